// The reported footprint's area on the area chart, beside the claimed figures: for each holder a dashed step line
// through the footprint's area at every control change date (known under the viewer's reading), with a hatched
// marker at the timeline date. Computed once per (events, reading, clip polygons).
import type { AppState } from '../app/state.ts';
import type { Side } from '../../core/schema.ts';
import { svg } from './dom.ts';
import { controlAt, controlTicks, readingOf } from '../data/control-model.ts';
import { clipState } from '../data/country-clip.ts';
import { parseDay } from '../../core/days.ts';
import { CONTROL_SYMBOLS, sideName } from '../../print/control-symbols.ts';
import { km2 } from './format.ts';

type Series = Map<Side, { day: number; area: number }[]>;
let cache: { key: unknown[]; series: Series } | null = null;

function areaAt(s: AppState, date: string, reading: ReturnType<typeof readingOf>): Map<Side, number> {
  const out = new Map<Side, number>();
  for (const fp of controlAt(s, date, reading).footprints) out.set(fp.holder, (out.get(fp.holder) ?? 0) + fp.areaKm2);
  return out;
}

function seriesOf(s: AppState): Series {
  const reading = readingOf(s);
  const key = [s.dataset.events, reading, clipState()];
  if (cache && cache.key.every((k, i) => k === key[i])) return cache.series;
  const series: Series = new Map();
  const dates = controlTicks(s.dataset.events.features, reading);
  for (const d of dates) {
    const areas = areaAt(s, d, reading);
    for (const side of new Set([...series.keys(), ...areas.keys()])) {
      const list = series.get(side) ?? [];
      list.push({ day: parseDay(d), area: areas.get(side) ?? 0 });
      series.set(side, list);
    }
  }
  cache = { key, series };
  return series;
}

/** Appends the footprint lines to the chart's SVG; `x`/`y` are the chart's scales. Returns the largest area drawn. */
export function drawFootprintSeries(
  root: SVGSVGElement,
  s: AppState,
  x: (day: number) => number,
  y: (area: number) => number,
  lastDay: number,
): void {
  const today = parseDay(s.date);
  for (const [side, points] of seriesOf(s)) {
    if (points.length === 0) continue;
    const color = CONTROL_SYMBOLS[side].color;
    // A step line: the footprint holds its area until the next change.
    const coords: string[] = [];
    points.forEach((p, i) => {
      const next = points[i + 1]?.day ?? lastDay;
      coords.push(`${x(p.day)},${y(p.area)}`, `${x(next)},${y(p.area)}`);
    });
    root.append(
      svg('polyline', {
        class: 'footprint-line',
        points: coords.join(' '),
        fill: 'none',
        stroke: color,
        'stroke-width': 1.5,
        'stroke-dasharray': '4 3',
        opacity: 0.8,
      }),
    );
    const current = [...points].reverse().find((p) => p.day <= today);
    if (current && current.area > 0) {
      const g = svg('g', { class: 'footprint-point', 'data-holder': side });
      g.append(
        svg(
          'title',
          null,
          `Settlements reported held by ${sideName(side)} span ${km2(Math.round(current.area))} (derived from named settlements)`,
        ),
      );
      g.append(
        svg('rect', {
          x: x(today) - 4,
          y: y(current.area) - 4,
          width: 8,
          height: 8,
          fill: '#fff',
          stroke: color,
          'stroke-width': 1.5,
          'stroke-dasharray': '2 1',
        }),
      );
      g.append(
        svg(
          'text',
          { class: 'point-label', x: x(today) + 7, y: y(current.area) + 12, fill: color },
          `span ${km2(Math.round(current.area))}`,
        ),
      );
      root.append(g);
    }
  }
}
