// The chart folds away on short windows (700 px high or less): the timeline sheet with its chart took a third of a
// 1024 × 600 laptop and two thirds of a short phone or tablet, leaving little map. Folded, the sheet is one row
// (play, date, reading, this button) over the slider; the button (a plain <button>: Enter and Space) unfolds it.
// The window's height decides until the user presses it; after that their choice holds.
import { el } from './dom.ts';

export const SHORT_WINDOW = '(max-height: 700px)';

export function createChartFold(chart: HTMLElement, sheet: HTMLElement): HTMLButtonElement {
  if (!chart.id) chart.id = 'timeline-chart';
  const button = el('button', { type: 'button', class: 'chart-toggle', 'aria-controls': chart.id });
  const short = window.matchMedia(SHORT_WINDOW);
  let chosen: boolean | null = null; // the user's choice, once made

  const set = (open: boolean) => {
    chart.hidden = !open;
    sheet.classList.toggle('chart-folded', !open);
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Hide chart' : 'Show chart';
  };
  button.addEventListener('click', () => {
    const open = chart.hidden === true;
    chosen = open;
    set(open);
  });
  short.addEventListener('change', () => {
    if (chosen === null) set(!short.matches);
  });
  set(!short.matches);
  return button;
}
