// The claims table: every held-area claim with its figure, period, source, publication date and number of sources,
// whether it is shown at the timeline date (reported by then), and any dropped overlay's measured area against the
// latest claim; below it every other claim (peaks, losses, shares, counts — also those not on the map — movements).
import { el, clear } from '../dom.ts';
import { claimHeadline, claimSource, formatArea, formatDate, formatPeriod, km2 } from '../format.ts';
import { sourcesKnownAt } from '../../../core/claims/visibility.ts';
import { CLAIM_SYMBOLS } from '../../../print/claim-symbols.ts';
import { isArea, latestArea, shownAt } from '../../data/claims-model.ts';
import { outletLookup } from '../../map/layers/claims.ts';
import type { AppState, Store } from '../../app/state.ts';

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
  const other = el('ul', { class: 'other-claims' });
  const section = el(
    'section',
    { class: 'panel-section', 'aria-labelledby': 'claims-h' },
    el('h2', { id: 'claims-h' }, 'Claims'),
    table,
    overlays,
    other,
  );

  const render = (s: AppState) => {
    const focused = section.contains(document.activeElement) ? document.activeElement?.getAttribute('data-claim') : null;
    const outletOf = outletLookup(s);
    const reading = s.reading ?? 'reported';
    const latest = latestArea(s.dataset.claims.features, s.date, reading);
    clear(body);
    const areas = s.dataset.claims.features.filter(isArea).sort((a, b) => a.properties.asOf.start.localeCompare(b.properties.asOf.start));
    for (const f of areas) {
      const p = f.properties;
      const status = !shownAt(f, s.date, reading) ? 'future' : latest?.properties.id === p.id ? 'latest' : 'older';
      const known = sourcesKnownAt(p.sources, s.date, reading).length;
      const button = el(
        'button',
        { type: 'button', class: 'link-button', 'data-claim': p.id, 'aria-pressed': s.selection?.id === p.id ? 'true' : 'false' },
        formatArea(p),
      );
      button.addEventListener('click', () => onSelect(p.id));
      body.append(
        el(
          'tr',
          { class: `claim-row ${status}`, 'data-claim-row': p.id },
          el('td', null, button),
          el('td', null, formatPeriod(p.asOf)),
          el('td', null, claimSource(p, outletOf)),
          el('td', null, formatDate(p.published)),
          el('td', { class: 'source-count' }, `${known} source${known === 1 ? '' : 's'}`),
        ),
      );
      if (focused === p.id) button.focus();
    }

    clear(overlays);
    for (const o of s.overlays) {
      const line = el('p', { class: 'overlay-area' }, el('strong', null, o.name), `: ${km2(Math.round(o.areaKm2))} (turf.area)`);
      if (latest) {
        const diff = Math.round(o.areaKm2 - latest.properties.areaKm2);
        line.append(
          el('br'),
          `Latest claim at ${formatDate(s.date)}: ${formatArea(latest.properties)} · difference ${diff >= 0 ? '+' : '−'}${km2(Math.abs(diff))}`,
        );
      } else {
        line.append(el('br'), `No area claim yet at ${formatDate(s.date)}.`);
      }
      overlays.append(line);
    }

    clear(other);
    for (const f of s.dataset.claims.features) {
      const p = f.properties;
      if (p.type === 'area-held') continue;
      const text =
        p.type === 'count'
          ? `${p.qualifier === 'exact' ? '' : `${p.qualifier} `}${p.value.toLocaleString('en-GB')} ${p.counts} (${p.subject})${f.geometry ? '' : ' · not mapped'}`
          : p.type === 'movement'
            ? `${p.subject} ${p.verb}…`
            : claimHeadline(p);
      const button = el('button', { type: 'button', class: 'link-button', 'data-claim': p.id }, text);
      button.addEventListener('click', () => onSelect(p.id));
      other.append(
        el(
          'li',
          { class: shownAt(f, s.date, reading) ? undefined : 'future', 'data-kind': p.type },
          `${CLAIM_SYMBOLS[p.type].glyph} `,
          button,
          ` · ${formatPeriod(p.asOf)} · published ${formatDate(p.published)} · ${p.sources.length} source${p.sources.length === 1 ? '' : 's'}`,
        ),
      );
      if (focused === p.id) button.focus();
    }
  };
  store.subscribe((s, prev) => {
    if (s.date !== prev.date || s.dataVersion !== prev.dataVersion || s.selection !== prev.selection) render(s);
  });
  render(store.get());
  return section;
}
