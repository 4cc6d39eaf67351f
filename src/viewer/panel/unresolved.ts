// Mentions that are not on the map, with the reason: names no source could place (e.g. Vorozhba, identified as the
// Kursk-oblast village Vorobzha but without sourced coordinates) and names the gazetteer does not know.
import { el, clear } from '../dom.ts';
import { findArticle } from '../lookup.ts';
import type { AppState, Store } from '../state.ts';

export function createUnresolvedPanel(store: Store): HTMLElement {
  const list = el('ul', { class: 'unresolved', id: 'unresolved-list' });
  const count = el('span', { class: 'muted' });
  const details = el(
    'details',
    { class: 'panel-section unresolved-section' },
    el('summary', null, el('h2', null, 'Not on the map '), count),
    el('p', { class: 'muted' }, 'Place names found in the articles that could not be placed with a sourced coordinate.'),
    list,
  );

  const render = (s: AppState) => {
    clear(list);
    const issues = s.dataset.report.issues.filter((i) => i.status === 'unresolved');
    count.textContent = `(${issues.length})`;
    for (const i of issues) {
      const article = findArticle(s, i.article);
      list.append(
        el(
          'li',
          { 'data-text': i.text, 'data-place': i.placeId ?? undefined },
          el('strong', null, i.text),
          el('span', { class: 'muted' }, article ? ` · ${article.outlet}, ${article.published}` : ` · ${i.article}`),
          el('p', { class: 'reason' }, i.reason),
        ),
      );
    }
  };
  store.subscribe((s, prev) => {
    if (s.dataVersion !== prev.dataVersion) render(s);
  });
  render(store.get());
  return details;
}
