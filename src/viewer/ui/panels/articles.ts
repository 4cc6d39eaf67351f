// The articles list: title, outlet, date. Activating one highlights its places on the map (again: clears).
// Rendered a page at a time: a large corpus has thousands of articles. Newest first, as news is read and as the
// export's source list and the popups' histories end (the events dev corpus opened on a 2016 article), from the
// newest one published by the timeline's date: the later ones follow, greyed and saying so, as the claims table and
// the popups mark what the map does not show yet (at mid-March 2022 the events dev corpus listed 830 later articles,
// nine pages, before the first the map showed).
import { el, safeHref } from '../dom.ts';
import { formatDate } from '../format.ts';
import type { Report } from '../../../core/schema.ts';
import type { AppState, Store } from '../../app/state.ts';
import { moreList } from '../more-list.ts';
import { readingOf } from '../../data/control-model.ts';

type Article = Report['articles'][number];

export function createArticlesPanel(store: Store, onHighlight: (file: string | null) => void): HTMLElement {
  const list = el('ul', { class: 'articles', id: 'articles-list' });

  /** Published after the date the timeline reads as "reported up to" (hindsight reads every article). */
  const later = (s: AppState, published: string) => readingOf(s) === 'reported' && published > s.date;
  const AFTER = ' · after this date';
  const row = (a: Article) => {
    const s = store.get();
    const active = s.article === a.file;
    const future = later(s, a.published);
    const button = el(
      'button',
      { type: 'button', class: 'article-button', 'aria-pressed': active ? 'true' : 'false', 'data-file': a.file },
      el('span', { class: 'article-title' }, a.title),
      el(
        'span',
        { class: 'article-meta' },
        `${a.outlet} · ${formatDate(a.published)} · ${a.places} place${a.places === 1 ? '' : 's'}`,
        el('span', { class: 'article-later' }, future ? AFTER : ''),
      ),
    );
    button.addEventListener('click', () => {
      const next = store.get().article === a.file ? null : a.file;
      store.update({ article: next });
      onHighlight(next);
    });
    const href = safeHref(a.url);
    return el(
      'li',
      { class: [active ? 'active' : '', future ? 'future' : ''].filter(Boolean).join(' ') || undefined, 'data-published': a.published },
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

  /** Newest first; ties by file name, the same order on every build. */
  let newestFirst: Article[] = [];
  /** How many of them, at the start, were published after the date when the list was last built. */
  let laterShown = 0;
  const laterCount = (s: AppState) => {
    let n = 0;
    while (n < newestFirst.length && later(s, newestFirst[n]!.published)) n++;
    return n;
  };
  const render = (s: AppState) => {
    const focused = list.contains(document.activeElement) ? document.activeElement?.getAttribute('data-file') : null;
    laterShown = laterCount(s);
    rows.render([...newestFirst.slice(laterShown), ...newestFirst.slice(0, laterShown)]);
    if (focused) list.querySelector<HTMLElement>(`[data-file="${CSS.escape(focused)}"]`)?.focus();
  };
  const sortArticles = (s: AppState) => {
    const byDay = (a: Article, b: Article) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0);
    newestFirst = [...s.dataset.report.articles].sort((a, b) => byDay(a, b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  };
  // Highlighting touches the two rows concerned; only new data rebuilds the list.
  const mark = (file: string | null, on: boolean) => {
    if (!file) return;
    const button = list.querySelector(`[data-file="${CSS.escape(file)}"]`);
    button?.setAttribute('aria-pressed', on ? 'true' : 'false');
    button?.parentElement?.classList.toggle('active', on);
  };
  store.subscribe((s, prev) => {
    if (s.dataVersion !== prev.dataVersion) {
      sortArticles(s);
      render(s);
    } else {
      if (s.article !== prev.article) {
        mark(prev.article, false);
        mark(s.article, true);
      }
      // The later articles are a run at the start of newestFirst: the list changes only when that run does.
      if ((s.date !== prev.date || s.reading !== prev.reading) && laterCount(s) !== laterShown) render(s);
    }
  });
  sortArticles(store.get());
  render(store.get());
  return section;
}
