// Paints a page's operations (print/page-layout.ts lays them out, DOM-free) on a canvas: for PNG/JPEG with their
// text, for PDF without it (the PDF writer adds it as real text). The canvas measure lets the layout wrap text as the
// canvas will draw it; the swatches are drawn here, named by the operations.
import type { PageOp } from '../../print/page-ops.ts';
import type { Measure } from '../../print/text-wrap.ts';
import { INK } from '../../print/page-colors.ts';
import { drawSwatch } from '../ui/swatch.ts';

export const PAGE_FONT = '"Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif';

/** Remembers each width: the panel is laid out more than once (with and without the countries line),
 * and word wrap measures the same line again as it grows. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  const known = new Map<string, number>();
  return (text, size, weight) => {
    const font = `${weight} ${size.toFixed(2)}px ${PAGE_FONT}`;
    const key = `${font}\u0000${text}`;
    let w = known.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      known.set(key, w);
    }
    return w;
  };
}

function drawInset(ctx: CanvasRenderingContext2D, o: Extract<PageOp, { op: 'inset' }>): void {
  const [w0, s0, e0, n0] = o.view;
  const k = Math.cos((((s0 + n0) / 2) * Math.PI) / 180);
  const sx = o.rect.w / ((e0 - w0) * k);
  const sy = o.rect.h / (n0 - s0);
  const sc = Math.min(sx, sy);
  const px = (lon: number, lat: number): [number, number] => [o.rect.x + (lon - w0) * k * sc, o.rect.y + (n0 - lat) * sc];
  ctx.save();
  ctx.beginPath();
  ctx.rect(o.rect.x, o.rect.y, o.rect.w, o.rect.h);
  ctx.clip();
  ctx.fillStyle = '#e6eef3';
  ctx.fillRect(o.rect.x, o.rect.y, o.rect.w, o.rect.h);
  ctx.fillStyle = '#f4f1ea';
  ctx.strokeStyle = '#6f6480';
  ctx.lineWidth = Math.max(1, o.rect.w / 190);
  for (const poly of o.shapes) {
    ctx.beginPath();
    for (const ring of poly)
      ring.forEach(([lon, lat], i) => {
        const [x, y] = px(lon!, lat!);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
    ctx.fill('evenodd');
    ctx.stroke();
  }
  const [fw, fs, fe, fn] = o.frame;
  const [x0, y0] = px(fw, fn);
  const [x1, y1] = px(fe, fs);
  ctx.strokeStyle = '#dc2626';
  ctx.lineWidth = Math.max(1.5, o.rect.w / 95);
  ctx.strokeRect(x0, y0, Math.max(x1 - x0, 3), Math.max(y1 - y0, 3));
  ctx.restore();
  ctx.strokeStyle = 'rgba(17,24,39,0.5)';
  ctx.lineWidth = 1;
  ctx.strokeRect(o.rect.x, o.rect.y, o.rect.w, o.rect.h);
}

/** Paints the operations; with `withText` false, the text is left to the PDF writer. */
export function paintOps(ctx: CanvasRenderingContext2D, ops: PageOp[], mapImage: CanvasImageSource, withText: boolean): void {
  for (const o of ops) {
    ctx.save();
    switch (o.op) {
      case 'image':
        ctx.drawImage(mapImage, o.rect.x, o.rect.y, o.rect.w, o.rect.h);
        break;
      case 'rect':
        if (o.fill) {
          ctx.fillStyle = o.fill;
          ctx.fillRect(o.rect.x, o.rect.y, o.rect.w, o.rect.h);
        }
        if (o.stroke) {
          ctx.strokeStyle = o.stroke;
          ctx.lineWidth = o.lineWidth ?? 1;
          ctx.strokeRect(o.rect.x, o.rect.y, o.rect.w, o.rect.h);
        }
        break;
      case 'text':
        if (!withText) break;
        ctx.font = `${o.weight} ${o.size.toFixed(2)}px ${PAGE_FONT}`;
        ctx.fillStyle = o.color;
        ctx.textBaseline = 'alphabetic';
        ctx.textAlign = o.align ?? 'left';
        ctx.fillText(o.text, o.x, o.baseline);
        break;
      case 'swatch':
        drawSwatch(ctx, o.swatch, o.cx, o.cy, o.u);
        break;
      case 'scale':
        ctx.fillStyle = o.color;
        ctx.fillRect(o.x, o.y, o.px / 2, o.h);
        ctx.strokeStyle = o.color;
        ctx.lineWidth = o.lineWidth;
        ctx.strokeRect(o.x, o.y, o.px, o.h);
        break;
      case 'north': {
        const u = o.u;
        ctx.translate(o.cx, o.cy + 4 * u);
        ctx.rotate((-o.bearing * Math.PI) / 180);
        ctx.beginPath();
        ctx.moveTo(0, -9 * u);
        ctx.lineTo(5 * u, 6 * u);
        ctx.lineTo(0, 3 * u);
        ctx.lineTo(-5 * u, 6 * u);
        ctx.closePath();
        ctx.fillStyle = INK;
        ctx.fill();
        ctx.font = `700 ${(8.5 * u).toFixed(2)}px ${PAGE_FONT}`;
        ctx.textAlign = 'center';
        ctx.fillText('N', 0, -10.5 * u);
        break;
      }
      case 'inset':
        drawInset(ctx, o);
        break;
    }
    ctx.restore();
  }
}

/** Draws the page on a new canvas. `mapImage` must already be the size of `layout.map`. */
export function composePage(
  widthPx: number,
  heightPx: number,
  ops: PageOp[],
  mapImage: CanvasImageSource,
  withText = true,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas available');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, widthPx, heightPx);
  paintOps(ctx, ops, mapImage, withText);
  return canvas;
}
