// The date slider at the bottom: drag, arrow keys (one day), Page Up/Down (native range steps), Home/End,
// and play/pause. It only writes state.date; the map, chart and table redraw from it.
import { el } from './dom.ts';
import { timelineRange } from '../data/control-model.ts';
import { formatDate } from './format.ts';
import { dayToIso, parseDay } from '../../core/days.ts';
import type { AppState, Store } from '../app/state.ts';

const PLAY_STEP_DAYS = 2;
const PLAY_TICK_MS = 80;

export interface Timeline {
  controls: HTMLElement;
  slider: HTMLInputElement;
  /** The slider's date span, shared with the chart so both use one x scale. */
  range(): { start: string; end: string };
}

export function createTimeline(store: Store): Timeline {
  let range = timelineRange(store.get().dataset);
  const slider = el('input', { type: 'range', id: 'timeline-slider', step: '1', 'aria-label': 'Date', min: '0' });
  const output = el('output', { for: 'timeline-slider', class: 'timeline-date', id: 'timeline-date' });
  const play = el('button', { type: 'button', class: 'play', 'aria-pressed': 'false' }, 'Play');
  let timer: number | null = null;

  const setMax = () => {
    slider.max = String(parseDay(range.end) - parseDay(range.start));
  };
  setMax();

  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };
  const start = () => {
    if (store.get().date >= range.end) store.update({ date: range.start });
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = window.setInterval(() => {
      const next = Math.min(parseDay(store.get().date) + PLAY_STEP_DAYS, parseDay(range.end));
      store.update({ date: dayToIso(next) });
      if (next >= parseDay(range.end)) stop();
    }, PLAY_TICK_MS);
  };
  play.addEventListener('click', () => (timer === null ? start() : stop()));

  slider.addEventListener('input', () => {
    store.update({ date: dayToIso(parseDay(range.start) + Number(slider.value)) });
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
    const offset = Math.round(parseDay(s.date) - parseDay(range.start));
    slider.value = String(offset);
    slider.setAttribute('aria-valuetext', formatDate(s.date));
    output.textContent = formatDate(s.date);
  };

  store.subscribe((s, prev) => {
    if (s.dataVersion !== prev.dataVersion) {
      range = timelineRange(s.dataset);
      setMax();
    }
    if (s.date !== prev.date || s.dataVersion !== prev.dataVersion || s.reading !== prev.reading) render(s);
  });
  render(store.get());

  const controls = el('div', { class: 'timeline-controls' }, play, el('div', { class: 'timeline-readout' }, caption, output), hindsight);
  return { controls, slider, range: () => range };
}
