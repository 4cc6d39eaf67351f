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
import { rovingIndex } from '../roving.ts';

type Article = Report['articles'][number];

/** `onSelect` sets the article in the store (with what it does to the selection: app/article-selection.ts) and
 * moves the map to its places. */
export function createArticlesPanel(store: Store, onSelect: (file: string | null) => void): HTMLElement {
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
      { type: 'button', class: 'article-button', 'aria-pressed': active ? 'true' : 'false', 'data-file': a.file, tabindex: '-1' },
      el('span', { class: 'article-title' }, a.title),
      el(
        'span',
        { class: 'article-meta' },
        `${a.outlet} · ${formatDate(a.published)} · ${a.places} place${a.places === 1 ? '' : 's'}`,
        el('span', { class: 'article-later' }, future ? AFTER : ''),
      ),
    );
    button.addEventListener('click', () => onSelect(store.get().article === a.file ? null : a.file));
    const href = safeHref(a.url);
    return el(
      'li',
      { class: [active ? 'active' : '', future ? 'future' : ''].filter(Boolean).join(' ') || undefined, 'data-published': a.published },
      button,
      href
        ? el('a', { class: 'article-link', href, target: '_blank', rel: 'noopener noreferrer', tabindex: '-1' }, 'Open article ↗')
        : null,
    );
  };
  const rows = moreList(list, row, 'articles');

  // One tab stop for the whole list, as for the claims chart: the row that had the focus, else the article open, else
  // the first; the arrow keys (Home, End) walk the articles and Tab goes on to that row's "Open article" link, then out
  // of the list. Two stops per article made the 100 rows shown 200 Tabs between the search box and the claims.
  const buttons = () => [...list.querySelectorAll<HTMLButtonElement>('button.article-button')];
  const setStop = (button: HTMLButtonElement | null | undefined) => {
    if (!button) return;
    for (const e of list.querySelectorAll<HTMLElement>('[tabindex="0"]')) e.tabIndex = -1;
    button.tabIndex = 0;
    const link = button.parentElement?.querySelector<HTMLElement>('a.article-link');
    if (link) link.tabIndex = 0;
  };
  const placeStop = (s: AppState) => {
    const all = buttons();
    setStop(all.find((b) => b.getAttribute('data-file') === s.article) ?? all[0]);
  };
  list.addEventListener('focusin', (e) => {
    const rowOf = (e.target as HTMLElement).closest('li');
    setStop(rowOf?.querySelector<HTMLButtonElement>('button.article-button'));
  });
  list.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (!target.matches('button.article-button')) return;
    const all = buttons();
    const i = all.indexOf(target as HTMLButtonElement);
    const to = rovingIndex(e.key, i, all.length, 'vertical');
    if (to === undefined) return;
    e.preventDefault();
    const next = all[to];
    setStop(next);
    next?.focus();
  });
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
    placeStop(s);
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
        if (!list.contains(document.activeElement)) placeStop(s);
      }
      // The later articles are a run at the start of newestFirst: the list changes only when that run does.
      if ((s.date !== prev.date || s.reading !== prev.reading) && laterCount(s) !== laterShown) render(s);
    }
  });
  sortArticles(store.get());
  render(store.get());
  return section;
}
