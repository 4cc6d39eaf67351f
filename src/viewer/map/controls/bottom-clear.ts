// The map's bottom corners hold the legend (left) and the scale bar and attribution (right). MapLibre stacks each
// corner on its own, so on a narrow map the attribution, two lines across the whole width of a 390 px phone, lay over
// the legend: its toggle lost its top edge and the last rows of the open legend (the footprint, the dashed ring) sat
// under the attribution and the scale bar at the end of its scroll, never readable. The left corner is raised above
// any right-corner control that reaches into its columns; the legend's max height gives the same room back.
import type { Map as MlMap } from 'maplibre-gl';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** How far (px) to raise the bottom-left controls (`left`, their boxes now) so that none lies under a bottom-right
 * control (`right`) whose columns overlap theirs; `floor` is the bottom of the map. 0 when the corners keep apart. */
export function bottomLift(left: readonly Box[], right: readonly Box[], floor: number): number {
  const shown = left.filter((b) => b.right > b.left);
  if (shown.length === 0) return 0;
  const from = Math.min(...shown.map((b) => b.left));
  const to = Math.max(...shown.map((b) => b.right));
  let lift = 0;
  for (const r of right) if (r.right > r.left && r.left < to && r.right > from) lift = Math.max(lift, floor - r.top);
  return Math.max(0, Math.ceil(lift));
}

/** Keeps `--bottom-lift` on the map's container up to date as the corners change size (the legend opens, the
 * attribution wraps on a resize or changes with the basemap). */
export function keepBottomCornersApart(map: MlMap): void {
  const host = map.getContainer();
  const leftCorner = host.querySelector<HTMLElement>('.maplibregl-ctrl-bottom-left');
  const rightCorner = host.querySelector<HTMLElement>('.maplibregl-ctrl-bottom-right');
  if (!leftCorner || !rightCorner || typeof ResizeObserver === 'undefined') return;
  const boxes = (corner: HTMLElement): Box[] =>
    [...corner.children].filter((c): c is HTMLElement => c instanceof HTMLElement && !c.hidden).map((c) => c.getBoundingClientRect());
  let last = -1;
  const update = () => {
    const lift = bottomLift(boxes(leftCorner), boxes(rightCorner), rightCorner.getBoundingClientRect().bottom);
    if (lift === last) return;
    last = lift;
    host.style.setProperty('--bottom-lift', `${lift}px`);
  };
  const watch = new ResizeObserver(update);
  watch.observe(host);
  watch.observe(rightCorner);
  // The corners' children: the legend's width changes when it opens, the attribution's height when it wraps.
  const children = new MutationObserver(() => {
    for (const c of [...leftCorner.children, ...rightCorner.children]) watch.observe(c);
    update();
  });
  children.observe(leftCorner, { childList: true });
  children.observe(rightCorner, { childList: true });
  for (const c of [...leftCorner.children, ...rightCorner.children]) watch.observe(c);
  update();
}
