// A settlement's whole control history for its popup: every report about it, oldest period first, each with what it
// says happened, who says so, the period it describes and when it was published, whether it was denied, the quote
// with the settlement's name marked, and the article. Reports published after the timeline date are listed but marked
// as such. DOM nodes and textContent only.
import type { ControlEventFeature } from '../../../core/schema.ts';
import type { AppState } from '../../app/state.ts';
import { el, safeHref } from '../dom.ts';
import { formatDate, formatPeriod } from '../format.ts';
import { findArticle } from '../../data/lookup.ts';
import { claimantOf, controlAt, newestReport, readingOf, settlementStale } from '../../data/control-model.ts';
import { knownAt, type SettlementStatus } from '../../../core/events/status.ts';
import { sideName, statusWords } from '../../../print/control-symbols.ts';
import { moreList } from '../more-list.ts';
import { reportWords } from './report-words.ts';
import { eventsBySettlement } from '../../data/dataset-index.ts';
import { EXPANDED, type PopupView } from '../../map/popup-view.ts';

const HISTORY_PAGE = 50;
/** Past this many reports the popup opens on the latest ones only, with a button for the whole history: a town
 * reported on 48 times is 48 quotes, thousands of pixels, and the latest reports are what decide its status. */
export const HISTORY_COLLAPSED = 5;

function quoteOf(e: ControlEventFeature): HTMLElement {
  const p = e.properties;
  const q = el('q', { class: 'control-quote' });
  const at = p.quote.indexOf(p.settlementName);
  const name = at >= 0 ? p.settlementName : null;
  // The name as written in the sentence (inflected forms too): mark the first variant found, else nothing.
  if (name) q.append(p.quote.slice(0, at), el('mark', null, name), p.quote.slice(at + name.length));
  else q.append(p.quote);
  return q;
}

function eventItem(s: AppState, e: ControlEventFeature, known: boolean): HTMLElement {
  const p = e.properties;
  const who = reportWords(p.action, p.actor, p.part === true);
  const holder = p.holder ? ` → held${p.part ? ' in part' : ''} by ${sideName(p.holder)}` : '';
  const a = findArticle(s, p.article);
  const href = safeHref(a?.url);
  const title = a
    ? href
      ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, a.title)
      : el('span', { class: 'title' }, a.title)
    : el('span', null, p.article);
  return el(
    'li',
    {
      class: `control-event${p.denied ? ' denied' : ''}${known ? '' : ' later'}`,
      'data-event': p.id,
      'data-action': p.action,
      'data-holder': p.holder ?? '',
      ...(p.part ? { 'data-part': '' } : {}),
    },
    el(
      'p',
      { class: 'control-what' },
      el('strong', null, `${who}${holder}`),
      p.denied ? el('span', { class: 'control-denied' }, ' · denied') : null,
    ),
    el(
      'p',
      { class: 'meta control-when' },
      `describes ${formatPeriod(p.asOf)} · published ${formatDate(p.published)}${known ? '' : ' (after this date)'}`,
    ),
    el('p', { class: 'meta control-who' }, `reported by ${claimantOf(s, e)} · confidence ${Math.round(p.confidence * 100)}%`),
    quoteOf(e),
    el('p', { class: 'source' }, title, a ? ` · ${a.outlet} · ${formatDate(a.published)}` : null),
  );
}

/** "5 months", "1 year 4 months": how long before `date` the day `day` is (whole months, at least 1). */
function monthsBefore(day: string, date: string): string {
  const [y0, m0, d0] = day.split('-').map(Number) as [number, number, number];
  const [y1, m1, d1] = date.split('-').map(Number) as [number, number, number];
  const months = Math.max(1, (y1 - y0) * 12 + (m1 - m0) - (d1 < d0 ? 1 : 0));
  const y = Math.floor(months / 12);
  const m = months % 12;
  const part = (n: number, w: string) => (n ? `${n} ${w}${n === 1 ? '' : 's'}` : '');
  return [part(y, 'year'), part(m, 'month')].filter(Boolean).join(' ');
}

/** Why a settlement is contested when its deciding report names only part of it (status.ts's `partContests`): the
 * legend's reasons (contradiction, denial, fighting) come first there, so this one is said only when it alone decides. */
function partWhy(status: SettlementStatus): string {
  const p = status.latest.properties;
  if (status.status !== 'contested' || !p.part || p.denied || status.contradicting.length || p.action === 'fighting') return '';
  return ` — its latest report names only part of it (${reportWords(p.action, p.actor, true)})`;
}

/** The popup section for a settlement with control reports, or null; `view`, the popup's previous content at another
 * date: its whole history stays shown if it was. */
export function controlHistory(s: AppState, settlement: string, view?: PopupView): HTMLElement | null {
  const events = [...(eventsBySettlement(s.dataset.events).get(settlement) ?? [])];
  if (events.length === 0) return null;
  const reading = readingOf(s);
  const status = controlAt(s, s.date).statuses.find((st) => st.settlement === settlement);
  const when = reading === 'reported' ? `As reported up to ${formatDate(s.date)}` : `As described at ${formatDate(s.date)}`;
  // A status decided by reports about a time long before the date says so (its ring is faded on the map): "held by
  // Russia" at March 2026 from a report about September 2024 is that report's word, not the situation in March.
  const age =
    status && settlementStale(status, s.date)
      ? ` — its newest report describes ${formatPeriod(newestReport(status).properties.asOf)}, ${monthsBefore(newestReport(status).properties.asOf.end, s.date)} before this date`
      : '';
  const now = status ? `${statusWords(status.status)}${partWhy(status)}${age}` : 'nothing reported yet';
  // ISO dates order by code unit as by locale, far cheaper over a settlement's thousands of reports.
  const byDay = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  events.sort(
    (a, b) =>
      byDay(a.properties.asOf.end, b.properties.asOf.end) ||
      byDay(a.properties.published, b.properties.published) ||
      a.properties.id.localeCompare(b.properties.id),
  );
  // A contested town of a large corpus has thousands of reports: the latest few first, then all of them a page at a
  // time on request, like the mentions.
  const list = el('ol', { class: 'control-history-list' });
  const item = (e: ControlEventFeature) => eventItem(s, e, knownAt(e, s.date, reading));
  const history = moreList(list, item, 'reports', HISTORY_PAGE);
  // The latest reports known at the date (those that decide the status shown), else the first ones.
  const known = events.filter((e) => knownAt(e, s.date, reading));
  const latest = known.length ? known.slice(-HISTORY_COLLAPSED) : events.slice(0, HISTORY_COLLAPSED);
  const showAll =
    events.length > HISTORY_COLLAPSED
      ? el('button', { type: 'button', class: 'link-button show-all-reports' }, `Show all ${events.length.toLocaleString('en-GB')} reports`)
      : null;
  // "of 55 reports" at a date when 12 were known read as 55 known: the count known at the date comes first.
  const n = (k: number) => k.toLocaleString('en-GB');
  const by = reading === 'reported' ? `published by ${formatDate(s.date)}` : `describing up to ${formatDate(s.date)}`;
  const caption = showAll
    ? el(
        'p',
        { class: 'meta' },
        !known.length
          ? `The first ${latest.length} of ${n(events.length)} reports (none ${by}):`
          : known.length < events.length
            ? `The latest ${latest.length} of the ${n(known.length)} reports ${by} (${n(events.length)} in all):`
            : `The latest ${latest.length} of ${n(events.length)} reports:`,
      )
    : null;
  const section = el(
    'section',
    { class: 'control-history', 'data-status': status?.status ?? 'none' },
    el('h3', null, 'Control as reported (claims, not an assessment)'),
    el('p', { class: 'control-status' }, `${when}: ${now}`),
    caption,
    showAll,
    list,
  );
  const expand = (atLeast = 0) => {
    history.render(events, atLeast);
    caption!.textContent = `All ${events.length.toLocaleString('en-GB')} reports, earliest period first:`;
    showAll!.remove();
    section.setAttribute(EXPANDED, '');
    if (events.length > HISTORY_PAGE) list.after(history.more);
  };
  if (showAll && view?.historyAll) expand(view.historyShown);
  else if (showAll) {
    list.append(...latest.map(item));
    showAll.addEventListener('click', () => {
      expand();
      list.querySelector<HTMLElement>('a, button')?.focus();
    });
  } else history.render(events);
  return section;
}
