#!/usr/bin/env bash
# Debian packages the tests need: Chromium for browser tests, xmllint for XSD validation,
# poppler-utils and qpdf for the PDF tests, Java for the Nu HTML Checker (vnu-jar) that
# validates every built page.
# Installs them when missing and running as root; otherwise says what to install.
set -euo pipefail
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${need[*]} (Debian packages) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "missing: ${need[*]}. Install with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
