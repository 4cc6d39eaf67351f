// MapLibre chooses a popup's side (above or below its point) from the popup's size when it places it, and again
// only when the map moves. A popup's content grows after it opens (a place's mentions and a claim's quotes load
// later, "Show more" adds rows), so a popup opened small near the map's top grew upwards off the map, its heading
// and close button out of reach. Placing it again whenever its size changes keeps the side with room. Its width counts
// too: on a small window a popup may be as wide as the window, and one opened narrow (its heading only) near the map's
// left edge, centred on its point, grew to full width as its mentions arrived and ran 284 px off the window's left,
// its name cut (the events dev set's longest settlement history in a 700 × 500 window).
import type { Map as MlMap, Popup } from 'maplibre-gl';

/** The map moved sideways just enough for the popup to be whole on it: a popup as wide as a small window, anchored by
 * its side at a point 40 px from the map's left, still ran 16 px past the right edge (its × cut). Only for a point on
 * the map, so that a permalink's view is not moved to a selection outside it. */
function panIntoView(map: MlMap, popup: Popup): void {
  const m = map.getContainer().getBoundingClientRect();
  const r = popup.getElement().getBoundingClientRect();
  const at = map.project(popup.getLngLat());
  if (r.width > m.width || at.x < 0 || at.x > m.width) return;
  const dx = r.left < m.left ? r.left - m.left : r.right > m.right ? r.right - m.right : 0;
  if (dx !== 0) map.panBy([dx, 0], { animate: false });
}

/** Re-places `popup` on every change of its size until it closes, the map moved if it would run off a side. */
export function keepPlaced(popup: Popup, map: MlMap): void {
  // Each size is placed once: a new anchor moves the popup without resizing it, and were a side's width ever to differ
  // from the other's, the two sizes would not be placed in turn for ever.
  const placed = new Set<string>();
  const observer = new ResizeObserver(() => {
    const e = popup.getElement();
    const size = `${e?.offsetWidth ?? 0}x${e?.offsetHeight ?? 0}`;
    if (placed.has(size)) return;
    placed.add(size);
    popup.setLngLat(popup.getLngLat());
    panIntoView(map, popup);
  });
  observer.observe(popup.getElement());
  popup.once('close', () => observer.disconnect());
}
