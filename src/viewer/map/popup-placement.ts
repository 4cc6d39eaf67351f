// MapLibre chooses a popup's side (above or below its point) from the popup's size when it places it, and again
// only when the map moves. A popup's content grows after it opens (a place's mentions and a claim's quotes load
// later, "Show more" adds rows), so a popup opened small near the map's top grew upwards off the map, its heading
// and close button out of reach. Placing it again whenever its size changes keeps the side with room.
import type { Popup } from 'maplibre-gl';

/** Re-places `popup` on every change of its size until it closes. */
export function keepPlaced(popup: Popup): void {
  let height = -1;
  const observer = new ResizeObserver(() => {
    const h = popup.getElement()?.offsetHeight ?? 0;
    if (h === height) return; // a new anchor moves the popup but does not resize it: no loop
    height = h;
    popup.setLngLat(popup.getLngLat());
  });
  observer.observe(popup.getElement());
  popup.once('close', () => observer.disconnect());
}
