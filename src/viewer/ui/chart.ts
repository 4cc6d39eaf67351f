// Area held against date, as SVG built with DOM APIs. Each area claim is a point at the middle of the
// period it describes, with a horizontal bar for that period and a vertical bar for a range (600–700).
// Overlays are dashed horizontal lines. A vertical rule marks the timeline date. Points are buttons:
// click or Enter selects the claim and flies the map to it.
import { svg, clear } from './dom.ts';
import { formatArea, formatPeriod, km2, periodMid } from './format.ts';
import { parseDay } from '../../core/days.ts';
import { isArea, latestArea, shownAt } from '../data/claims-model.ts';
import type { AppState, Store } from '../app/state.ts';
import { drawFootprintSeries } from './chart-footprint.ts';
import { onClipsSettled } from '../data/country-clip.ts';

const HEIGHT = 150;
const PAD = { top: 14, right: 8, bottom: 20, left: 8 }; // left/right match the slider thumb inset
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function niceStep(max: number): number {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f < 1.5 ? 1 : f < 3.5 ? 2.5 : f < 7.5 ? 5 : 10) * mag;
}

export interface ChartDeps {
  store: Store;
  range: () => { start: string; end: string };
  onSelectClaim: (id: string) => void;
}

export function createChart(deps: ChartDeps): HTMLElement {
  const host = document.createElement('div');
  host.className = 'chart';
  const root = svg('svg', { class: 'chart-svg', role: 'group', 'aria-label': 'Areas said to be held, by the date they describe' });
  host.append(root);

  const render = () => {
    const s: AppState = deps.store.get();
    const width = Math.max(200, host.clientWidth || 600);
    root.setAttribute('width', String(width));
    root.setAttribute('height', String(HEIGHT));
    root.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    // Redrawing replaces the nodes; keep keyboard focus on the same point.
    const focused = root.contains(document.activeElement) ? document.activeElement?.getAttribute('data-claim') : null;
    clear(root);

    const { start, end } = deps.range();
    const d0 = parseDay(start);
    const d1 = Math.max(parseDay(end), d0 + 1);
    const areas = s.dataset.claims.features.filter(isArea);
    const maxArea = Math.max(100, ...areas.map((f) => f.properties.areaKm2Max), ...s.overlays.map((o) => o.areaKm2)) * 1.12;
    const x = (day: number) => PAD.left + ((day - d0) / (d1 - d0)) * (width - PAD.left - PAD.right);
    const y = (a: number) => HEIGHT - PAD.bottom - (a / maxArea) * (HEIGHT - PAD.top - PAD.bottom);

    // Grid and axes.
    const step = niceStep(maxArea);
    for (let a = 0; a <= maxArea; a += step) {
      root.append(svg('line', { class: 'grid', x1: PAD.left, x2: width - PAD.right, y1: y(a), y2: y(a) }));
      if (a > 0) root.append(svg('text', { class: 'axis-label', x: PAD.left + 2, y: y(a) - 3 }, km2(a)));
    }
    const first = new Date(d0 * 86_400_000);
    for (let m = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)); m.getTime() / 86_400_000 <= d1; m.setUTCMonth(m.getUTCMonth() + 1)) {
      const day = m.getTime() / 86_400_000;
      if (day < d0) continue;
      root.append(svg('line', { class: 'tick', x1: x(day), x2: x(day), y1: HEIGHT - PAD.bottom, y2: HEIGHT - PAD.bottom + 4 }));
      root.append(svg('text', { class: 'axis-label', x: x(day) + 3, y: HEIGHT - 6 }, `${MONTHS[m.getUTCMonth()]}${m.getUTCMonth() === 0 ? ` ${m.getUTCFullYear()}` : ''}`));
    }

    for (const o of s.overlays) {
      root.append(
        svg('line', { class: 'overlay-line', x1: PAD.left, x2: width - PAD.right, y1: y(o.areaKm2), y2: y(o.areaKm2) }),
        svg('text', { class: 'overlay-label', x: width - PAD.right - 4, y: y(o.areaKm2) - 4, 'text-anchor': 'end' }, `${o.name}: ${km2(Math.round(o.areaKm2))}`),
      );
    }

    drawFootprintSeries(root, s, x, y, d1);

    // The timeline date.
    const today = parseDay(s.date);
    root.append(svg('line', { class: 'cursor', x1: x(today), x2: x(today), y1: PAD.top - 6, y2: HEIGHT - PAD.bottom }));

    const latest = latestArea(s.dataset.claims.features, s.date);
    const selected = s.selection?.kind === 'claim' ? s.selection.id : null;
    const sorted = [...areas].sort((a, b) => periodMid(a.properties.asOf) - periodMid(b.properties.asOf));
    // Connect shown claims in date order: the trend the timeline is about.
    const shown = sorted.filter((f) => shownAt(f, s.date));
    if (shown.length > 1) {
      root.append(svg('polyline', { class: 'trend', points: shown.map((f) => `${x(periodMid(f.properties.asOf))},${y(f.properties.areaKm2)}`).join(' ') }));
    }
    for (const f of sorted) {
      const p = f.properties;
      const cx = x(periodMid(p.asOf));
      const state = !shownAt(f, s.date) ? 'future' : latest?.properties.id === p.id ? 'latest' : 'older';
      const label = `${formatArea(p)}, ${formatPeriod(p.asOf)}`;
      const g = svg('g', {
        class: `point ${state}${selected === p.id ? ' selected' : ''}`,
        tabindex: 0,
        role: 'button',
        'data-claim': p.id,
        'aria-label': `${label}${state === 'future' ? ' (after the selected date)' : ''}`,
        'aria-pressed': selected === p.id ? 'true' : 'false',
      });
      g.append(svg('title', null, label));
      const xs = x(parseDay(p.asOf.start));
      const xe = x(parseDay(p.asOf.end));
      if (xe - xs > 1) g.append(svg('line', { class: 'span', x1: xs, x2: xe, y1: y(p.areaKm2), y2: y(p.areaKm2) }));
      if (p.areaKm2Max > p.areaKm2Min) g.append(svg('rect', { class: 'range', x: cx - 4, width: 8, y: y(p.areaKm2Max), height: Math.max(2, y(p.areaKm2Min) - y(p.areaKm2Max)), rx: 2 }));
      g.append(svg('circle', { class: 'dot', cx, cy: y(p.areaKm2), r: state === 'latest' ? 6 : 4.5 }));
      g.append(svg('text', { class: 'point-label', x: cx + 8, y: y(p.areaKm2Max) - 4 }, formatArea(p)));
      g.addEventListener('click', () => deps.onSelectClaim(p.id));
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          deps.onSelectClaim(p.id);
        }
      });
      root.append(g);
      if (focused === p.id) g.focus();
    }
  };

  deps.store.subscribe((s, prev) => {
    if (s.date !== prev.date || s.dataVersion !== prev.dataVersion || s.selection !== prev.selection || s.reading !== prev.reading) render();
  });
  onClipsSettled(() => render()); // footprint areas change once they are clipped to the country
  new ResizeObserver(() => render()).observe(host);
  render();
  return host;
}
