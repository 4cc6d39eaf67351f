// The date slider at the bottom: drag, arrow keys (one day), Page Up/Down (native range steps), Home/End,
// and play/pause. It only writes state.date; the map, chart and table redraw from it. Its steps are the timeline
// scale's (time-scale.ts): a day each, except across a long stretch without reporting, drawn as a short break.
import { el } from './dom.ts';
import { timelineScale } from '../data/timeline-scale.ts';
import type { TimeScale } from '../data/time-scale.ts';
import { formatDate } from './format.ts';
import { dayToIso, parseDay } from '../../core/days.ts';
import type { AppState, Store } from '../app/state.ts';

const PLAY_STEPS = 2; // axis steps a tick: two days, or a twelfth of a break
const PLAY_TICK_MS = 80;

export interface Timeline {
  controls: HTMLElement;
  /** The row holding the play button, where the viewer adds the chart's fold button. */
  buttons: HTMLElement;
  slider: HTMLInputElement;
  /** The slider's axis, shared with the chart and the control ticks so all use one x scale. */
  scale(): TimeScale;
}

export function createTimeline(store: Store): Timeline {
  let scale = timelineScale(store.get().dataset);
  const slider = el('input', { type: 'range', id: 'timeline-slider', step: '1', 'aria-label': 'Date', min: '0' });
  const output = el('output', { for: 'timeline-slider', class: 'timeline-date', id: 'timeline-date' });
  const play = el('button', { type: 'button', class: 'play', 'aria-pressed': 'false' }, 'Play');
  let timer: number | null = null;

  const setMax = () => {
    slider.max = String(scale.length);
  };
  setMax();

  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };
  const start = () => {
    if (store.get().date >= scale.end) store.update({ date: scale.start });
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = window.setInterval(() => {
      // Steps of the axis, not days: a break is crossed in a few ticks, not minutes.
      const next = Math.min(Math.round(scale.posOf(parseDay(store.get().date))) + PLAY_STEPS, scale.length);
      store.update({ date: dayToIso(scale.dayAt(next)) });
      if (next >= scale.length) stop();
    }, PLAY_TICK_MS);
  };
  play.addEventListener('click', () => (timer === null ? start() : stop()));

  slider.addEventListener('input', () => {
    store.update({ date: dayToIso(scale.dayAt(Number(slider.value))) });
  });
  slider.addEventListener('keydown', (e) => {
    if (e.key === ' ') {
      e.preventDefault();
      if (timer === null) start();
      else stop();
    }
  });

  // The date means "as reported up to D"; the toggle switches to hindsight, "as described at D" (later reports too).
  const caption = el('span', { class: 'timeline-caption', id: 'timeline-caption' }, 'As reported up to');
  const toggle = el('input', { type: 'checkbox', id: 'timeline-hindsight' });
  const hindsight = el(
    'label',
    { class: 'timeline-hindsight', for: 'timeline-hindsight' },
    toggle,
    ' as described at this date (includes later reports)',
  );
  toggle.addEventListener('change', () => store.update({ reading: toggle.checked ? 'described' : 'reported' }));

  const render = (s: AppState) => {
    const described = s.reading === 'described';
    toggle.checked = described;
    caption.textContent = described ? 'As described at' : 'As reported up to';
    slider.value = String(Math.round(scale.posOf(parseDay(s.date))));
    slider.setAttribute('aria-valuetext', formatDate(s.date));
    output.textContent = formatDate(s.date);
  };

  store.subscribe((s, prev) => {
    if (s.dataVersion !== prev.dataVersion) {
      scale = timelineScale(s.dataset);
      setMax();
    }
    if (s.date !== prev.date || s.dataVersion !== prev.dataVersion || s.reading !== prev.reading) render(s);
  });
  render(store.get());

  const buttons = el('div', { class: 'timeline-buttons' }, play);
  const controls = el('div', { class: 'timeline-controls' }, buttons, el('div', { class: 'timeline-readout' }, caption, output), hindsight);
  return { controls, buttons, slider, scale: () => scale };
}
