// Mentions that are not on the map, with the reason: names no source could place (e.g. Vorozhba, identified as the
// Kursk-oblast village Vorobzha but without sourced coordinates) and names the gazetteer does not know.
// Rendered a page at a time: a large corpus has thousands.
import { el } from '../dom.ts';
import { findArticle } from '../../data/lookup.ts';
import type { ReportIssue } from '../../../core/schema.ts';
import type { AppState, Store } from '../../app/state.ts';
import { moreList } from '../more-list.ts';
import { issuesLoaded, issuesPending, loadIssues } from '../../data/report-issues.ts';

export function createUnresolvedPanel(store: Store): HTMLElement {
  const list = el('ul', { class: 'unresolved', id: 'unresolved-list' });
  const count = el('span', { class: 'muted' });
  const row = (i: ReportIssue) => {
    const article = findArticle(store.get(), i.article);
    return el(
      'li',
      { 'data-text': i.text, 'data-place': i.placeId ?? undefined },
      el('strong', null, i.text),
      el('span', { class: 'muted' }, article ? ` · ${article.outlet}, ${article.published}` : ` · ${i.article}`),
      el('p', { class: 'reason' }, i.reason),
    );
  };
  const rows = moreList(list, row, 'names');
  const details = el(
    'details',
    { class: 'panel-section unresolved-section' },
    el('summary', null, el('h2', null, 'Not on the map '), count),
    el('p', { class: 'muted' }, 'Place names found in the articles that could not be placed with a sourced coordinate.'),
    list,
    rows.more,
  );

  let waiting: AppState['dataset']['report'] | null = null;
  const render = (s: AppState) => {
    const report = s.dataset.report;
    if (issuesPending(report)) {
      // Read after the first idle (main.ts), or now if the section is opened first.
      count.textContent = '(loading…)';
      rows.render([]);
      if (waiting !== report) {
        waiting = report;
        void issuesLoaded(report).then(() => store.get().dataset.report === report && render(store.get()));
      }
      if (details.open) loadIssues(report).catch(showError);
      return;
    }
    const issues = s.dataset.report.issues.filter((i) => i.status === 'unresolved');
    count.textContent = `(${issues.length.toLocaleString('en-GB')})`;
    rows.render(issues);
  };
  const showError = (e: unknown) => {
    count.textContent = '(could not be loaded)';
    store.update({
      notice: { tone: 'error', text: `The names not on the map could not be loaded: ${e instanceof Error ? e.message : String(e)}` },
    });
  };
  details.addEventListener('toggle', () => {
    if (details.open) loadIssues(store.get().dataset.report).catch(showError);
  });
  store.subscribe((s, prev) => {
    if (s.dataVersion !== prev.dataVersion) render(s);
  });
  render(store.get());
  return details;
}
