/** The cite panel's picker and copy button (loaded by cite-panel.ts). */
const KEY = 'cite-style';

function remembered(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function enhance(panel: HTMLElement): void {
  const tools = panel.querySelector<HTMLElement>('[data-cite-tools]')!;
  const select = panel.querySelector<HTMLSelectElement>('[data-cite-select]')!;
  const button = panel.querySelector<HTMLButtonElement>('[data-cite-copy]')!;
  const status = panel.querySelector<HTMLElement>('[data-cite-status]')!;
  const blocks = [...panel.querySelectorAll<HTMLElement>('[data-cite-style]')];

  const show = (style: string) => {
    for (const b of blocks) b.hidden = b.dataset.citeStyle !== style;
    status.textContent = '';
  };
  const saved = remembered();
  if (saved && blocks.some((b) => b.dataset.citeStyle === saved)) select.value = saved;
  show(select.value);
  panel.classList.add('cite-panel--enhanced');
  tools.hidden = false;

  select.addEventListener('change', () => {
    show(select.value);
    try {
      localStorage.setItem(KEY, select.value);
    } catch {
      /* private mode: the choice is simply not remembered */
    }
  });

  button.addEventListener('click', async () => {
    const entry = blocks.find((b) => !b.hidden)?.querySelector<HTMLElement>('.csl-entry');
    if (!entry) return;
    const text = (entry.textContent ?? '').replace(/\s+/g, ' ').trim();
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = status.dataset.copied ?? '';
    } catch {
      status.textContent = status.dataset.failed ?? '';
      const range = document.createRange();
      range.selectNodeContents(entry);
      const sel = getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
  });
}
