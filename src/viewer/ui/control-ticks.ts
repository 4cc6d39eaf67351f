// Event ticks on the timeline: one mark under the slider for each date on which some settlement's reported control
// may change (core changeDates, under the viewer's reading), dates too close to tell apart on the track merged into one.
// A tick is a button: it moves the timeline to its (latest) date.
import type { AppState, Store } from '../app/state.ts';
import { el } from './dom.ts';
import { controlTicks, readingOf } from '../data/control-model.ts';
import { parseDay } from '../../core/days.ts';
import type { TimeScale } from '../data/time-scale.ts';
import { formatDate } from './format.ts';

/** Ticks nearer than this (CSS px) are merged; a tick is 3 px wide. */
const TICK_MERGE_PX = 6;
const FALLBACK_TRACK_PX = 800;

/** `scale` is the slider's axis; the ticks use the slider's own thumb inset, as the chart does. */
export function createControlTicks(store: Store, scale: () => TimeScale): HTMLElement {
  const host = el('div', { class: 'control-ticks', id: 'control-ticks', role: 'group', 'aria-label': 'Dates of reported control changes' });
  const render = (s: AppState) => {
    const axis = scale();
    const { start, end } = axis;
    const span = Math.max(1, axis.length);
    const ticks = controlTicks(s.dataset.events.features, readingOf(s)).filter((d) => d >= start && d <= end);
    // Ticks closer than TICK_MERGE_PX on the track are one button, at the group's latest date: on the events dev
    // corpus (729 articles) 402 ticks of 3 px overlapped into one solid bar, none could be told apart or clicked, and
    // a keyboard met 402 tab stops. The track's width is read at render (a fallback before layout).
    const px = Math.max(1, (host.clientWidth || FALLBACK_TRACK_PX) - 16);
    const at = (d: string) => axis.posOf(parseDay(d)) / span;
    const groups: string[][] = [];
    for (const d of ticks) {
      const g = groups[groups.length - 1];
      if (g && (at(d) - at(g[0]!)) * px < TICK_MERGE_PX) g.push(d);
      else groups.push([d]);
    }
    host.replaceChildren(
      ...groups.map((g) => {
        const d = g[g.length - 1]!;
        const words =
          g.length === 1
            ? `Control change reported ${formatDate(d)}`
            : `${g.length} control changes reported ${formatDate(g[0]!)} – ${formatDate(d)}`;
        const b = el('button', {
          type: 'button',
          class: `control-tick${d <= s.date ? ' past' : ''}`,
          'data-date': d,
          ...(g.length > 1 ? { 'data-count': String(g.length) } : {}),
          title: g.length === 1 ? `Control change reported: ${formatDate(d)}` : words,
          'aria-label': words,
        });
        // Same inset as the chart's x scale (8 px each side, the slider thumb's half width).
        b.style.left = `calc(8px + (100% - 16px) * ${at(d)})`;
        b.addEventListener('click', () => store.update({ date: d }));
        return b;
      }),
    );
  };
  // The merge depends on the track's width.
  let width = 0;
  new ResizeObserver(() => {
    if (host.clientWidth !== width) {
      width = host.clientWidth;
      render(store.get());
    }
  }).observe(host);
  store.subscribe((s, prev) => {
    if (s.date !== prev.date || s.reading !== prev.reading || s.dataVersion !== prev.dataVersion) render(s);
  });
  render(store.get());
  return host;
}
