// What the reader has opened in a popup (the whole control history, more mentions, a sources list) and how far down
// it is scrolled: the timeline moving under an open popup rebuilds its content (during Play, every step), and
// "All 12 reports" collapsed back to the latest 5 at each step. Read from the old content, handed to the new one.

export interface PopupView {
  /** The whole control history was asked for ("Show all N reports"). */
  historyAll: boolean;
  /** Rows of the control history and of the mentions shown: "Show more" pages kept. */
  historyShown: number;
  mentionsShown: number;
  /** The classes of the <details> boxes left open (a claim's sources, the claims drawn under it). */
  open: string[];
  scroll: number;
}

/** Marks a history section as expanded, so that `viewOf` can tell. */
export const EXPANDED = 'data-expanded';

export function viewOf(box: HTMLElement): PopupView {
  return {
    historyAll: box.querySelector(`.control-history[${EXPANDED}]`) !== null,
    historyShown: box.querySelectorAll('.control-history-list > li').length,
    mentionsShown: box.querySelectorAll('ol.mentions > li').length,
    open: [...box.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.className),
    scroll: box.scrollTop,
  };
}

/** Opens again the <details> boxes that were open; the lists and history are rebuilt at their size by their builders. */
export function reopen(box: HTMLElement, view: PopupView): void {
  for (const d of box.querySelectorAll<HTMLDetailsElement>('details')) if (view.open.includes(d.className)) d.open = true;
}
