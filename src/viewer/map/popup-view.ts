// What the reader has opened in a popup or a card (the whole control history, more mentions, a sources list), how far
// down it is scrolled and which of its controls has the focus: the timeline moving under it rebuilds its content
// (during Play, every step), and so do its quotes arriving. One mechanism for the three places that show such content
// (the claim or place popup, the "Countries named" card, the claims panel's card): `rebuildKeepingView`. Round 22 wrote
// it three times, and the three kept different parts (the claims card lost its scroll; all three moved the focus from
// the control the reader was on to the card).

export interface PopupView {
  /** The whole control history was asked for ("Show all N reports"). */
  historyAll: boolean;
  /** Rows of the control history and of the mentions shown: "Show more" pages kept. */
  historyShown: number;
  mentionsShown: number;
  /** The classes of the <details> boxes left open (a claim's sources, the claims drawn under it). */
  open: string[];
  /** How far down the box that scrolls (the popup's body, a card, the side panel) was. */
  scroll: number;
}

/** Marks a history section as expanded, so that `viewOf` can tell. */
export const EXPANDED = 'data-expanded';

const FOCUSABLE = 'a[href], button, summary, input, select, textarea, [tabindex]';

/** The box that scrolls the content: itself (a popup's body), a card, the side panel, or the page. */
function scrollerOf(content: HTMLElement): HTMLElement {
  for (let e: HTMLElement | null = content; e; e = e.parentElement) {
    const y = getComputedStyle(e).overflowY;
    if (y === 'auto' || y === 'scroll') return e;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

export function viewOf(box: HTMLElement): PopupView {
  return {
    historyAll: box.querySelector(`.control-history[${EXPANDED}]`) !== null,
    historyShown: box.querySelectorAll('.control-history-list > li').length,
    mentionsShown: box.querySelectorAll('ol.mentions > li').length,
    open: [...box.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.className),
    scroll: scrollerOf(box).scrollTop,
  };
}

/** Opens again the <details> boxes that were open; the lists and history are rebuilt at their size by their builders. */
function reopen(box: HTMLElement, view: PopupView): void {
  for (const d of box.querySelectorAll<HTMLDetailsElement>('details')) if (view.open.includes(d.className)) d.open = true;
}

/** The scroll a rebuilt box is to go back to once its lists have been read again (a side file's mentions arrive after
 * the box is on the page, and until then it is too short to scroll that far). */
const pendingScroll = new WeakMap<HTMLElement, number>();

/** Called by a list that has just grown to its rebuilt size: its box goes back to where it was scrolled. */
export function settleScroll(inside: HTMLElement): void {
  if (!inside.isConnected) return;
  const box = scrollerOf(inside);
  const want = pendingScroll.get(box);
  if (want === undefined) return;
  box.scrollTop = want;
  if (box.scrollTop >= want - 1) pendingScroll.delete(box);
}

export interface Rebuild {
  /** The same item at another date or reading, or its quotes arriving: keep the view. A new item starts afresh. */
  keep: boolean;
  /** Puts the new content where the old was (a popup's setDOMContent, a card's replaceChildren). */
  put: (content: HTMLElement) => void;
  /** What takes the focus when the focused control has no counterpart in the new content (the card, the popup body). */
  focus: (content: HTMLElement) => HTMLElement;
  /** The focus goes there even though it was not inside (the card's own list was rebuilt under the focus). */
  focusAnyway?: () => boolean;
}

/**
 * Rebuilds the content shown in `container` with `build`, keeping the reader's view when `how.keep`: the sections
 * they opened stay open, the box that scrolls goes back to where it was (now and once the lists are read again), and
 * the focus stays on the same control (its counterpart by position, tag and class), else on `how.focus`; a focus
 * outside the content (the timeline's slider) stays where it was.
 */
export function rebuildKeepingView(container: HTMLElement, build: (view?: PopupView) => HTMLElement, how: Rebuild): HTMLElement {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const inside = !!active && container.contains(active);
  const old = how.keep ? container.querySelector<HTMLElement>('.popup') : null;
  const view = old ? viewOf(old) : undefined;
  const focusables = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const at = inside && view && active !== container ? focusables(container).indexOf(active!) : -1;
  const was = at >= 0 ? { tag: active!.tagName, cls: active!.className } : null;
  const content = build(view);
  if (view) reopen(content, view);
  how.put(content);
  if (view) {
    const box = scrollerOf(content);
    box.scrollTop = view.scroll;
    if (box.scrollTop < view.scroll - 1) pendingScroll.set(box, view.scroll);
    else pendingScroll.delete(box);
  } else pendingScroll.delete(scrollerOf(content));
  // A focus outside stays there: MapLibre's setDOMContent focuses the popup (focusAfterOpen) at every rebuild, and
  // the timeline's slider lost the focus to an open popup at its first arrow key, the next keys scrolling the popup.
  if (!inside && active && active !== document.body && active.isConnected && document.activeElement !== active)
    active.focus({ preventScroll: true });
  else if (inside || how.focusAnyway?.()) {
    const same = was ? focusables(container)[at] : undefined;
    const target = same && same.tagName === was!.tag && same.className === was!.cls ? same : how.focus(content);
    target.focus({ preventScroll: true });
  }
  return content;
}
