// Event ticks on the timeline: one mark under the slider for each date on which some settlement's reported control
// may change (core changeDates, under the viewer's reading). A tick is a button: it moves the timeline to its date.
import type { AppState, Store } from '../app/state.ts';
import { el } from './dom.ts';
import { controlTicks, readingOf } from '../data/control-model.ts';
import { parseDay } from '../../core/days.ts';
import type { TimeScale } from '../data/time-scale.ts';
import { formatDate } from './format.ts';

/** `scale` is the slider's axis; the ticks use the slider's own thumb inset, as the chart does. */
export function createControlTicks(store: Store, scale: () => TimeScale): HTMLElement {
  const host = el('div', { class: 'control-ticks', id: 'control-ticks', role: 'group', 'aria-label': 'Dates of reported control changes' });
  const render = (s: AppState) => {
    const axis = scale();
    const { start, end } = axis;
    const span = Math.max(1, axis.length);
    const ticks = controlTicks(s.dataset.events.features, readingOf(s)).filter((d) => d >= start && d <= end);
    host.replaceChildren(
      ...ticks.map((d) => {
        const b = el('button', {
          type: 'button',
          class: `control-tick${d <= s.date ? ' past' : ''}`,
          'data-date': d,
          title: `Control change reported: ${formatDate(d)}`,
          'aria-label': `Control change reported ${formatDate(d)}`,
        });
        // Same inset as the chart's x scale (8 px each side, the slider thumb's half width).
        b.style.left = `calc(8px + (100% - 16px) * ${axis.posOf(parseDay(d)) / span})`;
        b.addEventListener('click', () => store.update({ date: d }));
        return b;
      }),
    );
  };
  store.subscribe((s, prev) => {
    if (s.date !== prev.date || s.reading !== prev.reading || s.dataVersion !== prev.dataVersion) render(s);
  });
  render(store.get());
  return host;
}
