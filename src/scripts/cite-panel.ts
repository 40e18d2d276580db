/**
 * Enhances the cite panel: without JavaScript every style is listed; with it, a picker shows
 * one style at a time (remembered across pages) and a button copies it. The work is loaded
 * only when the page has a panel.
 */
const panel = document.querySelector<HTMLElement>('[data-cite-panel]');
if (panel) void import('./cite-panel-ui.ts').then((m) => m.enhance(panel));
