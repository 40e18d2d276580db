/**
 * The search page: reads ?q= and ?type=, searches this language's Pagefind index as the reader
 * types, and lists results with links to the exact section, figure or table. All strings come
 * from the page (rendered from the i18n dictionaries); excerpts are built as text nodes and
 * <mark> elements, never as HTML.
 */
import { excerptParts } from '../lib/search/excerpt.ts';
import { pagefindQuery, searchType } from '../lib/search/query.ts';
import { loadPagefind, type PagefindData } from './search-engine.ts';

interface Strings { empty: string; noResults: string; count: string; loading: string; error: string; kind: Record<string, string> }

const MAX_RESULTS = 20;
const MAX_SUB_RESULTS = 3;

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) {
  const lang = app.dataset.lang ?? document.documentElement.lang;
  const strings = JSON.parse(app.dataset.strings ?? '{}') as Strings;
  const form = app.querySelector<HTMLFormElement>('[data-search-page-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const select = form.querySelector<HTMLSelectElement>('select[name="type"]')!;
  const status = app.querySelector<HTMLElement>('[data-search-status]')!;
  const section = app.querySelector<HTMLElement>('[data-search-results-section]')!;
  const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  select.value = searchType(params.get('type'));
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const excerpt = (text: string, className: string): HTMLElement => {
    const p = document.createElement('p');
    p.className = className;
    for (const part of excerptParts(text)) {
      if (part.mark) {
        const m = document.createElement('mark');
        m.textContent = part.text;
        p.append(m);
      } else p.append(part.text);
    }
    return p;
  };

  const link = (href: string, text: string): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  };

  const item = (d: PagefindData): HTMLLIElement => {
    const kind = d.filters.type?.[0] ?? 'section';
    const li = document.createElement('li');
    li.className = `search-result search-result--${kind}`;
    li.dataset.kind = kind;
    const label = document.createElement('p');
    label.className = 'search-result__kind';
    label.textContent = strings.kind[kind] ?? kind;
    const h = document.createElement('h3');
    const subs = d.sub_results.filter((s) => s.url !== d.url && s.anchor?.id).slice(0, MAX_SUB_RESULTS);
    // A page hit links to its best section; a figure or table record already has its id.
    h.append(link(subs[0]?.url ?? d.url, d.meta.title ?? d.url));
    li.append(label, h);
    const article = d.filters.article?.[0];
    if (kind !== 'section' && article) {
      const ctx = document.createElement('p');
      ctx.className = 'search-result__context';
      ctx.textContent = [article, d.filters.section?.[0]].filter(Boolean).join(' · ');
      li.append(ctx);
    }
    if (subs.length) {
      const ul = document.createElement('ul');
      ul.className = 'search-result__sections';
      for (const s of subs) {
        const sli = document.createElement('li');
        sli.append(link(s.url, s.title), excerpt(s.excerpt, 'search-result__excerpt'));
        ul.append(sli);
      }
      li.append(ul);
    } else li.append(excerpt(d.excerpt, 'search-result__excerpt'));
    return li;
  };

  const say = (text: string) => { status.textContent = text; };

  const search = async () => {
    const mine = ++run;
    const q = input.value.trim();
    const type = searchType(select.value);
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
    if (type !== 'all') url.searchParams.set('type', type); else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    if (!q) {
      section.hidden = true;
      list.replaceChildren();
      say(strings.empty);
      return;
    }
    say(strings.loading);
    try {
      const pf = await loadPagefind();
      const filters: Record<string, string> = type === 'all' ? {} : { type };
      const article = url.searchParams.get('article');
      if (article) filters.article = article;
      const res = await pf.search(pagefindQuery(lang, q), { filters });
      if (mine !== run || !res) return;
      const data = await Promise.all(res.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== run) return;
      list.replaceChildren(...data.map(item));
      section.hidden = data.length === 0;
      say(data.length ? strings.count.replace('%n', new Intl.NumberFormat(document.documentElement.lang).format(res.results.length)) : strings.noResults.replace('%q', q));
    } catch (error) {
      if (mine !== run) return;
      console.warn('search failed', error);
      section.hidden = true;
      say(strings.error);
    }
  };

  form.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(timer); void search(); });
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => void search(), 250); });
  select.addEventListener('change', () => void search());
  void search();
}
