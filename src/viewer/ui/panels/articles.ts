// The articles list: title, outlet, date. Activating one highlights its places on the map (again: clears).
// Rendered a page at a time: a large corpus has thousands of articles.
import { el, safeHref } from '../dom.ts';
import { formatDate } from '../format.ts';
import type { Report } from '../../../core/schema.ts';
import type { AppState, Store } from '../../app/state.ts';
import { moreList } from '../more-list.ts';

type Article = Report['articles'][number];

export function createArticlesPanel(store: Store, onHighlight: (file: string | null) => void): HTMLElement {
  const list = el('ul', { class: 'articles', id: 'articles-list' });

  const row = (a: Article) => {
    const active = store.get().article === a.file;
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
    return el(
      'li',
      { class: active ? 'active' : undefined },
      button,
      href ? el('a', { class: 'article-link', href, target: '_blank', rel: 'noopener noreferrer' }, 'Open article ↗') : null,
    );
  };
  const rows = moreList(list, row, 'articles');
  const section = el(
    'section',
    { class: 'panel-section', 'aria-labelledby': 'articles-h' },
    el('h2', { id: 'articles-h' }, 'Articles'),
    list,
    rows.more,
  );

  const render = (s: AppState) => {
    const focused = list.contains(document.activeElement) ? document.activeElement?.getAttribute('data-file') : null;
    rows.render([...s.dataset.report.articles].sort((a, b) => a.published.localeCompare(b.published)));
    if (focused) list.querySelector<HTMLElement>(`[data-file="${CSS.escape(focused)}"]`)?.focus();
  };
  // Highlighting touches the two rows concerned; only new data rebuilds the list.
  const mark = (file: string | null, on: boolean) => {
    if (!file) return;
    const button = list.querySelector(`[data-file="${CSS.escape(file)}"]`);
    button?.setAttribute('aria-pressed', on ? 'true' : 'false');
    button?.parentElement?.classList.toggle('active', on);
  };
  store.subscribe((s, prev) => {
    if (s.dataVersion !== prev.dataVersion) render(s);
    else if (s.article !== prev.article) {
      mark(prev.article, false);
      mark(s.article, true);
    }
  });
  render(store.get());
  return section;
}
