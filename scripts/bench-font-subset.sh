#!/usr/bin/env bash
# Remakes src/styles/fonts/noto-serif-kazakh-400-normal.woff2: the seven Kazakh letters of
# Noto Serif's Cyrillic Extended subset (Ғғ Ққ Ңң Үү Һһ Әә Өө), about 2 KB instead of the
# subset's 25 KB (issue 8: font bytes on Kazakh pages). Needs fontTools with brotli
# (Debian: apt-get install python3-fonttools python3-brotli). Run only when the font changes;
# the output is committed, so builds need nothing of this.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 -m fontTools.subset \
  node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-ext-400-normal.woff2 \
  --unicodes="U+0492-0493,U+049A-049B,U+04A2-04A3,U+04AE-04AF,U+04BA-04BB,U+04D8-04D9,U+04E8-04E9" \
  --layout-features='*' --flavor=woff2 \
  --output-file=src/styles/fonts/noto-serif-kazakh-400-normal.woff2
ls -l src/styles/fonts/noto-serif-kazakh-400-normal.woff2
