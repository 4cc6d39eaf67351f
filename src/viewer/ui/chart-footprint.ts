// The reported footprint's area on the area chart, beside the claimed figures: for each holder a dashed step line
// through the footprint's area at every control change date (known under the viewer's reading), with a hatched
// marker at the timeline date. Computed once per (events, reading, clip polygons), in a worker after the map's first
// idle (footprint-series-worker.ts); the lines appear when it is done.
import type { AppState } from '../app/state.ts';
import type { Side } from '../../core/schema.ts';
import { svg } from './dom.ts';
import { controlTicks, readingOf } from '../data/control-model.ts';
import type { Reading } from '../../core/events/status.ts';
import type { FromSeriesWorker, ToSeriesWorker } from '../data/footprint-series-worker.ts';
import { clipState } from '../data/country-clip.ts';
import { parseDay } from '../../core/days.ts';
import { CONTROL_SYMBOLS, sideName } from '../../print/control-symbols.ts';
import { km2 } from './format.ts';
import { footprintLabelBox, LABEL_CHAR_PX, type LabelBox } from './chart-labels.ts';
import { inBackground } from '../app/background.ts';

type Series = Map<Side, { day: number; area: number }[]>;

interface Job {
  key: unknown[];
  series: Series | null;
}
let job: Job | null = null;
let startSeries: () => void = () => {};
const started = new Promise<void>((resolve) => (startSeries = resolve));

/** The series are computed once the map has drawn its first frame (main.ts calls this at the first idle): they are
 * a detail of the chart, and the first view must not wait for them. */
export function allowFootprintSeries(): void {
  startSeries();
}

let worker: Worker | null = null;
let jobs = 0;
const startWorker = (): Worker =>
  (worker ??= new Worker(new URL('../data/footprint-series-worker.ts', import.meta.url), { type: 'module' }));

/** Each date's area per holder, computed in the worker (footprint-series-worker.ts). */
function computeInWorker(s: AppState, reading: Reading, dates: string[]): Promise<[Side, number][][]> {
  const id = ++jobs;
  const w = startWorker();
  const countries: [string, string][] = s.dataset.places.features.map((f) => [f.properties.id, f.properties.country]);
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<FromSeriesWorker>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if ('error' in e.data) reject(new Error(e.data.error));
      else resolve(e.data.areas);
    };
    w.addEventListener('message', onMessage);
    const message: ToSeriesWorker = {
      id,
      base: document.baseURI,
      clip: clipState().status === 'ready',
      events: s.dataset.events.features,
      countries,
      reading,
      dates,
    };
    w.postMessage(message);
  });
}

/** The series for the state, or null while it is being computed; `onReady` is called once it is. */
function seriesOf(s: AppState, onReady: () => void): Series | null {
  const reading = readingOf(s);
  const key = [s.dataset.events, reading, clipState()];
  if (job && job.key.every((k, i) => k === key[i])) return job.series;
  const mine: Job = { key, series: null };
  job = mine;
  const dates = controlTicks(s.dataset.events.features, reading);
  // Sent in a background turn (copying the reports to the worker takes a moment), then computed off the main thread.
  void started.then(() =>
    inBackground(() => {
      if (job !== mine) return; // superseded (new data, reading or clip polygons)
      computeInWorker(s, reading, dates).then(
        (areas) => {
          if (job !== mine) return;
          const series: Series = new Map();
          areas.forEach((list, i) => {
            const at = new Map(list);
            for (const side of new Set([...series.keys(), ...at.keys()])) {
              const points = series.get(side) ?? [];
              points.push({ day: parseDay(dates[i]!), area: at.get(side) ?? 0 });
              series.set(side, points);
            }
          });
          mine.series = series;
          onReady();
        },
        (e: unknown) => console.warn(`footprint series: ${e instanceof Error ? e.message : String(e)}`),
      );
    }),
  );
  return null;
}

/** Appends the footprint lines to the chart's SVG; `x`/`y` are the chart's scales, `right` the plot's right edge.
 * Returns the boxes of the labels drawn, which the claims' labels keep clear of. */
export function drawFootprintSeries(
  root: SVGSVGElement,
  s: AppState,
  x: (day: number) => number,
  y: (area: number) => number,
  lastDay: number,
  right: number,
  onReady: () => void,
): LabelBox[] {
  const today = parseDay(s.date);
  const boxes: LabelBox[] = [];
  for (const [side, points] of seriesOf(s, onReady) ?? []) {
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
      // Beside the date's cursor; to its left when the date is near the chart's right edge. Below its mark, unless
      // that runs past the plot's baseline into the time axis's labels (a small footprint on a chart of thousands of
      // km²: "span 59 km²" over "Jan 2022" on the events dev corpus): then above it.
      const text = `span ${km2(Math.round(current.area))}`;
      const w = text.length * LABEL_CHAR_PX;
      const x0 = x(today) + 7 + w > right ? x(today) - 7 - w : x(today) + 7;
      // Clear of the other side's label (chart-labels.ts).
      const box = footprintLabelBox(x0, w, y(current.area), y(0), boxes);
      g.append(svg('text', { class: 'point-label', x: x0, y: box.y0 + 11, fill: color }, text));
      boxes.push(box);
      root.append(g);
    }
  }
  return boxes;
}
