// A long list rendered a page at a time with a "Show more" button, so 50,000 places never become 50,000 DOM
// rows at once. The rows shown so far survive a re-render (a selection, a new date), as does keyboard focus.
import { el, clear } from './dom.ts';

export interface MoreList<T> {
  /** The button that appends the next page; place it after the list. Hidden when everything is shown. */
  more: HTMLButtonElement;
  /** Replaces the items; keeps as many rows as were shown (at least one page, and at least `atLeast`: a rebuilt
   * popup shows as many as its previous content did). */
  render(items: readonly T[], atLeast?: number): void;
}

export function moreList<T>(list: HTMLElement, row: (item: T) => HTMLElement, noun: string, page = 100): MoreList<T> {
  let items: readonly T[] = [];
  let shown = 0;
  const more = el('button', { type: 'button', class: 'link-button more-button' });

  const update = () => {
    const left = items.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(page, left)} more ${noun} (${shown.toLocaleString('en-GB')} of ${items.length.toLocaleString('en-GB')} shown)`;
  };
  const append = (from: number, to: number): HTMLElement | null => {
    let first: HTMLElement | null = null;
    for (let i = from; i < to; i++) {
      const r = row(items[i]!);
      first ??= r;
      list.append(r);
    }
    return first;
  };

  more.addEventListener('click', () => {
    const from = shown;
    shown = Math.min(items.length, shown + page);
    const first = append(from, shown);
    update();
    // Keyboard users continue where the new rows start rather than at the (maybe hidden) button.
    first?.querySelector<HTMLElement>('button, a, [tabindex]')?.focus();
  });

  return {
    more,
    render(next, atLeast = 0) {
      items = next;
      shown = Math.min(items.length, Math.max(page, shown, atLeast));
      clear(list);
      append(0, shown);
      update();
    },
  };
}
