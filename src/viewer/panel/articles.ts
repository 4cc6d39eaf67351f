// The articles list: title, outlet, date. Activating one highlights its places on the map (again: clears).
import { el, safeHref, clear } from '../dom.ts';
import { formatDate } from '../format.ts';
import type { AppState, Store } from '../state.ts';

export function createArticlesPanel(store: Store, onHighlight: (file: string | null) => void): HTMLElement {
  const list = el('ul', { class: 'articles', id: 'articles-list' });
  const section = el('section', { class: 'panel-section', 'aria-labelledby': 'articles-h' }, el('h2', { id: 'articles-h' }, 'Articles'), list);

  const render = (s: AppState) => {
    const focused = list.contains(document.activeElement) ? document.activeElement?.getAttribute('data-file') : null;
    clear(list);
    const articles = [...s.dataset.report.articles].sort((a, b) => a.published.localeCompare(b.published));
    for (const a of articles) {
      const active = s.article === a.file;
      const button = el(
        'button',
        { type: 'button', class: 'article-button', 'aria-pressed': active ? 'true' : 'false', 'data-file': a.file },
        el('span', { class: 'article-title' }, a.title),
        el('span', { class: 'article-meta' }, `${a.outlet} · ${formatDate(a.published)} · ${a.places} place${a.places === 1 ? '' : 's'}`),
      );
      button.addEventListener('click', () => {
        const next = store.get().article === a.file ? null : a.file;
        store.update({ article: next });
        onHighlight(next);
      });
      const href = safeHref(a.url);
      const li = el('li', { class: active ? 'active' : undefined }, button, href ? el('a', { class: 'article-link', href, target: '_blank', rel: 'noopener noreferrer' }, 'Open article ↗') : null);
      list.append(li);
      if (focused === a.file) button.focus();
    }
  };
  store.subscribe((s, prev) => {
    if (s.article !== prev.article || s.dataVersion !== prev.dataVersion) render(s);
  });
  render(store.get());
  return section;
}
