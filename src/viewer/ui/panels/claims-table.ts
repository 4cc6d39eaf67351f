// The claims table: every held-area claim with its figure, period, source, publication date and number of sources,
// whether it is shown at the timeline date (reported by then), and any dropped overlay's measured area against the
// latest claim; below it every other claim (peaks, losses, shares, counts — also those not on the map — movements).
// A selected claim that is not on the map (no place to draw it at) shows its quote and sources in a card above.
import { el, clear } from '../dom.ts';
import { moreList } from '../more-list.ts';
import type { ClaimFeature, ClaimsCollection } from '../../../core/schema.ts';
import {
  articleCount,
  claimHeadline,
  claimSource,
  countFigure,
  formatArea,
  formatDate,
  formatPeriod,
  km2,
  sourceCount,
} from '../format.ts';
import { daysBefore, sourcesKnownAt, staleAt } from '../../../core/claims/visibility.ts';
import { CLAIM_SYMBOLS, claimSymbolKey } from '../../../print/claim-symbols.ts';
import { markIcon } from '../mark-draw.ts';
import { areaGroupOf, countryOfClaim, isArea, latestAreas, shownAt, type AreaClaim } from '../../data/claims-model.ts';
import { outletLookup, staleNote } from '../../map/layers/claims.ts';
import { cached } from '../../data/dataset-index.ts';
import { findClaim } from '../../data/lookup.ts';
import { claimContent, whenQuotesLoaded } from '../../map/popups.ts';
import { rebuildKeepingView } from '../../map/popup-view.ts';
import type { AppState, Store } from '../../app/state.ts';

/** Rows per page of the table and of the list of other claims. */
const PAGE = 100;

/** Held-area claims by the start of their period (stable: dataset order among equals), once per collection. */
const sortedAreas = cached((c: ClaimsCollection): AreaClaim[] =>
  c.features.filter(isArea).sort((a, b) => a.properties.asOf.start.localeCompare(b.properties.asOf.start)),
);
const otherClaims = cached((c: ClaimsCollection): ClaimFeature[] => c.features.filter((f) => f.properties.type !== 'area-held'));

/** After a claim listed but not drawn: a count with no place, a figure about a whole country. */
const NOT_MAPPED = ' · not mapped';

export function createClaimsPanel(store: Store, onSelect: (id: string) => void): HTMLElement {
  const body = el('tbody');
  const table = el(
    'table',
    { class: 'claims-table', id: 'claims-table' },
    el('caption', null, 'Areas said to be held, by the period they describe'),
    el(
      'thead',
      null,
      el(
        'tr',
        null,
        el('th', { scope: 'col' }, 'Area'),
        el('th', { scope: 'col' }, 'As of'),
        el('th', { scope: 'col' }, 'Source'),
        el('th', { scope: 'col' }, 'Published'),
        el('th', { scope: 'col' }, 'Sources'),
      ),
    ),
    body,
  );
  const overlays = el('div', { class: 'overlay-compare', 'aria-live': 'polite' });
  // The selected claim's quote and sources when it is listed but not drawn (a count with no place, a figure about a
  // whole country): it has no spot for a popup to point at.
  const detail = el('div', { class: 'claim-detail', id: 'claim-detail', hidden: '' });
  const other = el('ul', { class: 'other-claims' });
  const section = el(
    'section',
    { class: 'panel-section', 'aria-labelledby': 'claims-h' },
    el('h2', { id: 'claims-h' }, 'Claims'),
    detail,
    table,
    overlays,
    other,
  );

  /** `stale`: the latest figure of its holder and country, but long before the date (faded on the map too). */
  type Row = { f: AreaClaim; status: 'future' | 'latest' | 'stale' | 'older'; known: number };
  let ctx: { s: AppState; outletOf: (file: string) => string | undefined } | null = null;
  const selectedId = (s: AppState) => (s.selection?.kind === 'claim' ? s.selection.id : null);
  const rows = moreList<Row>(
    body,
    ({ f, status, known }) => {
      const p = f.properties;
      const button = el(
        'button',
        { type: 'button', class: 'link-button', 'data-claim': p.id, 'aria-pressed': ctx && selectedId(ctx.s) === p.id ? 'true' : 'false' },
        `${formatArea(p)}${f.geometry ? '' : NOT_MAPPED}`,
      );
      button.addEventListener('click', () => onSelect(p.id));
      return el(
        'tr',
        { class: `claim-row ${status === 'stale' ? 'older stale' : status}`, 'data-claim-row': p.id },
        el('td', null, button),
        el(
          'td',
          null,
          formatPeriod(p.asOf),
          status === 'stale' && ctx ? el('span', { class: 'stale-note' }, ` · ${staleNote(daysBefore(p, ctx.s.date))}`) : null,
        ),
        el('td', { class: 'claim-source' }, claimSource(p, ctx?.outletOf ?? (() => undefined))),
        el('td', null, formatDate(p.published)),
        el('td', { class: 'source-count' }, sourceCount(known, status === 'future')),
      );
    },
    'claims',
    PAGE,
  );
  const others = moreList<ClaimFeature>(
    other,
    (f) => {
      const p = f.properties;
      const s = ctx!.s;
      const text =
        p.type === 'count'
          ? `${countFigure(p)} (${p.subject})${f.geometry ? '' : NOT_MAPPED}`
          : p.type === 'movement'
            ? `${p.subject} ${p.verb}…`
            : `${claimHeadline(p as Exclude<typeof p, { type: 'area-held' | 'count' | 'movement' }>)}${f.geometry ? '' : NOT_MAPPED}`;
      const button = el(
        'button',
        { type: 'button', class: 'link-button', 'data-claim': p.id, 'aria-pressed': selectedId(s) === p.id ? 'true' : 'false' },
        text,
      );
      button.addEventListener('click', () => onSelect(p.id));
      return el(
        'li',
        { class: shownAt(f, s.date, s.reading ?? 'reported') ? undefined : 'future', 'data-kind': p.type },
        markIcon(CLAIM_SYMBOLS[claimSymbolKey(p)].mark, CLAIM_SYMBOLS[claimSymbolKey(p)].color, CLAIM_SYMBOLS[claimSymbolKey(p)].label),
        ' ',
        button,
        ` · ${formatPeriod(p.asOf)} · published ${formatDate(p.published)} · ${articleCount(p.sources)} source${articleCount(p.sources) === 1 ? '' : 's'}`,
      );
    },
    'other claims',
    PAGE,
  );
  table.after(rows.more);
  other.after(others.more);

  const render = (s: AppState) => {
    const focused = section.contains(document.activeElement) ? document.activeElement?.getAttribute('data-claim') : null;
    ctx = { s, outletOf: outletLookup(s) };
    const reading = s.reading ?? 'reported';
    const countryOf = countryOfClaim(s.dataset.places);
    const latest = latestAreas(s.dataset.claims.features, s.date, countryOf, reading);
    const latestIds = new Set(latest.map((f) => f.properties.id));
    // The rows are a page at a time (a corpus of 10,000 articles has thousands of claims); sorting and the statuses
    // are computed for all of them, the DOM only for the rows shown.
    rows.render(
      sortedAreas(s.dataset.claims).map((f) => ({
        f,
        status: !shownAt(f, s.date, reading)
          ? 'future'
          : !latestIds.has(f.properties.id)
            ? 'older'
            : staleAt(f.properties, s.date)
              ? 'stale'
              : 'latest',
        known: articleCount(sourcesKnownAt(f.properties.sources, s.date, reading)),
      })),
    );

    clear(overlays);
    for (const o of s.overlays) {
      const line = el('p', { class: 'overlay-area' }, el('strong', null, o.name), `: ${km2(Math.round(o.areaKm2))} (turf.area)`);
      for (const f of latest) {
        const diff = Math.round(o.areaKm2 - f.properties.areaKm2);
        line.append(
          el('br'),
          `Latest claim (${areaGroupOf(f, countryOf)}) at ${formatDate(s.date)}: ${formatArea(f.properties)} · difference ${diff >= 0 ? '+' : '−'}${km2(Math.abs(diff))}`,
        );
      }
      if (latest.length === 0) {
        line.append(el('br'), `No area claim yet at ${formatDate(s.date)}.`);
      }
      overlays.append(line);
    }

    others.render(otherClaims(s.dataset.claims));
    if (focused) section.querySelector<HTMLElement>(`[data-claim="${CSS.escape(focused)}"]`)?.focus();
  };

  /** A new selection only restyles the buttons: the popup that opens with it must not wait for a rebuilt table. */
  const restyle = (s: AppState) => {
    const id = selectedId(s);
    for (const b of section.querySelectorAll<HTMLElement>('[data-claim][aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
    if (id)
      for (const b of section.querySelectorAll<HTMLElement>(`[data-claim="${CSS.escape(id)}"]`)) b.setAttribute('aria-pressed', 'true');
  };
  /** The card for a state. `keep`: the same claim at another date or reading, or its quotes arriving, so the boxes the
   * reader opened (its sources, the claims drawn with it) stay open, the panel's scroll and the focus stay, as in a
   * popup (popup-view.ts). */
  const showDetail = (s: AppState, keep = false) => {
    const id = selectedId(s);
    const f = id ? findClaim(s, id) : undefined;
    if (!f || f.geometry) {
      clear(detail);
      detail.hidden = true;
      return;
    }
    const close = el('button', { type: 'button', class: 'link-button claim-detail-close' }, 'Close');
    close.addEventListener('click', closeDetail);
    detail.hidden = false;
    rebuildKeepingView(detail, () => claimContent(s, f, onSelect), {
      keep,
      put: (content) => {
        clear(detail);
        detail.append(el('p', { class: 'claim-detail-note' }, 'Listed, not mapped: no place in the text to draw it at. ', close), content);
      },
      focus: () => detail,
      // The table was rebuilt under the focus (the claim's own row): the card takes it.
      focusAnyway: () => section.contains(document.activeElement) || document.activeElement === document.body,
    });
    whenQuotesLoaded(s, store, f, () => {
      if (store.get().selection === s.selection) showDetail(store.get(), true);
    });
  };
  detail.tabIndex = -1;
  /** Closes the card, as Escape closes a popup: the focus goes back to the claim's row, not to the page's start. */
  function closeDetail(): void {
    const id = selectedId(store.get());
    store.update({ selection: null });
    if (id) section.querySelector<HTMLElement>(`[data-claim="${CSS.escape(id)}"]`)?.focus();
  }
  detail.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || detail.hidden) return;
    e.preventDefault();
    closeDetail();
  });

  store.subscribe((s, prev) => {
    if (s.date !== prev.date || s.dataVersion !== prev.dataVersion || s.reading !== prev.reading) render(s);
    else if (s.selection !== prev.selection) restyle(s);
    // The card follows the timeline as a popup does (its "N published by D" counts go by the date).
    const moved = !detail.hidden && (s.date !== prev.date || s.reading !== prev.reading);
    if (s.selection !== prev.selection || s.dataVersion !== prev.dataVersion) showDetail(s);
    else if (moved) showDetail(s, true);
  });
  render(store.get());
  showDetail(store.get());
  return section;
}
