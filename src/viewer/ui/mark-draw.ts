// A claim kind's mark as inline SVG and on a 2D canvas, from the same paths (print/claim-marks.ts) the map's images
// are rasterised beside: lists, the chart and the legends show the sign whatever fonts the reader has (the page
// font, Noto Sans, has no ■ ▲ ▼ ↺ ◔ ● →).
import { markPaths, type Mark } from '../../print/claim-marks.ts';
import { svg } from './dom.ts';

/** The mark's shapes in its -1…1 box, in `color`. */
export function markShapes(mark: Mark, color: string): SVGElement[] {
  return markPaths(mark).map((p) =>
    p.paint === 'fill'
      ? svg('path', { d: p.d, fill: color })
      : svg('path', { d: p.d, fill: 'none', stroke: color, 'stroke-width': p.width, 'stroke-linecap': p.cap }),
  );
}

/** The mark as an inline icon, `sizePx` wide, named for screen readers by `label`. */
export function markIcon(mark: Mark, color: string, label: string, sizePx = 12): SVGSVGElement {
  return svg(
    'svg',
    { class: 'claim-mark', viewBox: '-1 -1 2 2', width: sizePx, height: sizePx, role: 'img', 'aria-label': label },
    ...markShapes(mark, color),
  );
}

/** Draws the mark on a canvas, centred on (cx, cy), `half` pixels from its centre to its box's edge. */
export function drawMark(ctx: CanvasRenderingContext2D, mark: Mark, cx: number, cy: number, half: number, color: string): void {
  ctx.save();
  ctx.translate(cx, cy);
  ctx.scale(half, half);
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  for (const p of markPaths(mark)) {
    const path = new Path2D(p.d);
    if (p.paint === 'fill') ctx.fill(path);
    else {
      ctx.lineWidth = p.width;
      ctx.lineCap = p.cap;
      ctx.stroke(path);
    }
  }
  ctx.restore();
}
