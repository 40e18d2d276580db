/** The files of a new article: valid from the start, every field commented. */
export function scaffoldArticle(o: { slug: string; issue: string; doiPrefix: string }): Record<string, string> {
  const article = `# Language-neutral metadata of the article "${o.slug}". Titles, abstracts and keywords go in
# en.mdx, kk.mdx and ru.mdx beside this file. Run \`npm run check-content\` after editing.

# DOI assigned by the journal (bare, no https://doi.org/). TODO: replace the placeholder suffix.
doi: "${o.doiPrefix}/${o.slug}"
# The issue file in content/issues/ this article belongs to.
issue: ${o.issue}
# First and last page in the printed issue. TODO
pages: { first: 1, last: 1 }
# Language the article was written in: en, kk or ru. Its file must have the full text.
originalLanguage: en
# Publication date, ISO: YYYY, YYYY-MM or YYYY-MM-DD. TODO
published: "${new Date().getUTCFullYear()}"
# SPDX licence id (e.g. CC-BY-4.0), or null when the journal states none.
license: null
# A draft is shown by \`npm run dev\` and kept out of the published site. Delete this line when
# every TODO is filled in: a published article with a TODO left stops the build.
draft: true

# Institutions; authors refer to them by id. Names in as many languages as known.
affiliations:
  - id: org-1
    name: { en: "TODO: institution name" }
    # city: { en: Astana, kk: Астана, ru: Астана }
    # country: KZ          # ISO 3166-1 alpha-2

# Authors in byline order. family/given in Latin script (latin) and as the Kazakh and
# Russian editions spell them (kk, ru). Use initials: instead of given: when only initials are known.
authors:
  - family: { latin: "TODO" }
    given: { latin: "TODO" }
    affiliations: [org-1]
    # orcid: "0000-0000-0000-0000"   # checked: the last digit is a checksum
    # email: someone@example.org      # required for the corresponding author
    # corresponding: true

# References. id: a key cited in the text as [@key] or [@key1; @key2] (then numbered in order of
# first citation), or ref-1, ref-2… in order when the text prints numbers [1], [1–3]. text: the
# reference as printed; the other fields are CSL-JSON variables (type, title, author, issued, DOI…).
#   - id: keeling1976
#     text: "Keeling C.D. … (1976)."
#     type: article-journal
references: []
`;
  const edition = (lang: string, status: string) => `---
# Title, abstract and keywords of the ${lang} edition.
title: "TODO: title (${lang})"
abstract: "TODO: abstract (${lang})"
keywords: [TODO]
# original: written in this language; translation: translatedFrom, method (human or machine), reviewed.
edition: ${status}
---
${lang === 'en' ? `
{/* The body. Numbered sections (## 1. Introduction, ### 1.1 …) give language-neutral ids
    (sec-1, sec-1-1); an unnumbered one needs its own: ## Acknowledgements {#acknowledgements}.
    Cite references as [@key] or [@key1; @key2]; refer to a figure, table or section by id:
    [@fig-…], [@table-1], [@sec-1] (printed "Figure 1", "Table 1", "Section 1" in each language).
    Tables: <DataTable id="table-1" caption="…" source="…"> with a Markdown table inside;
    figures: <Figure id="fig-…" /> with figures/fig-….json beside. */}

## 1. Introduction

TODO: text.
` : `
{/* Leave the body empty until the translation is ready: the page then shows the original
    text under a notice. A translation keeps the original's sections, tables, figures,
    citation markers and numbers (npm run check-content compares them). */}
`}`;
  return {
    'article.yaml': article,
    'en.mdx': edition('en', '{ status: original }'),
    'kk.mdx': edition('kk', '{ status: translation, translatedFrom: en, method: human, reviewed: false }'),
    'ru.mdx': edition('ru', '{ status: translation, translatedFrom: en, method: human, reviewed: false }'),
  };
}
