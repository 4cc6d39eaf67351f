// Legend swatches drawn on a 2D canvas from the symbol table's descriptions: the viewer legend and the export
// legend draw the same pictures.
import type { Swatch } from '../../print/symbols.ts';
import { MARKS } from '../../print/claim-marks.ts';
import { drawMark } from './mark-draw.ts';
import { staleRingDash } from '../../print/control-symbols.ts';

/** A ring swatch's radius (CSS px); the stale ring's dashes are laid out round this circle. */
const RING_RADIUS = 7;

/** Draws a legend swatch centred on (cx, cy); u = pixels per CSS pixel. */
export function drawSwatch(ctx: CanvasRenderingContext2D, s: Swatch, cx: number, cy: number, u: number): void {
  ctx.save();
  ctx.setLineDash([]);
  switch (s.kind) {
    case 'dot':
      ctx.beginPath();
      ctx.arc(cx, cy, 5 * u, 0, Math.PI * 2);
      if (!s.hollow) {
        ctx.fillStyle = s.fill;
        ctx.fill();
      }
      ctx.lineWidth = (s.hollow ? 2.5 : 1.5) * u;
      ctx.strokeStyle = s.stroke;
      ctx.stroke();
      break;
    case 'ring':
      ctx.beginPath();
      ctx.arc(cx, cy, RING_RADIUS * u, 0, Math.PI * 2);
      ctx.globalAlpha = s.opacity;
      ctx.fillStyle = s.fill;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = s.width * u;
      ctx.strokeStyle = s.color;
      if (s.dash) ctx.setLineDash(staleRingDash(RING_RADIUS).map((d) => d * u));
      ctx.stroke();
      break;
    case 'line':
      ctx.beginPath();
      ctx.moveTo(cx - 9 * u, cy);
      ctx.lineTo(cx + 9 * u, cy);
      ctx.lineWidth = s.width * u;
      ctx.strokeStyle = s.color;
      if (s.dash) ctx.setLineDash([4 * u, 3 * u]);
      ctx.lineCap = 'round';
      ctx.stroke();
      if (s.arrow) {
        ctx.setLineDash([]);
        drawMark(ctx, MARKS.arrow, cx + 6 * u, cy, 5 * u, s.color);
      }
      break;
    case 'mark':
      ctx.beginPath();
      ctx.arc(cx, cy, 7 * u, 0, Math.PI * 2);
      ctx.fillStyle = s.color;
      ctx.fill();
      ctx.lineWidth = 1.5 * u;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      drawMark(ctx, s.mark, cx, cy, 4.8 * u, '#ffffff');
      break;
    case 'area':
    case 'region': // drawn alike: a filled, outlined rectangle
      ctx.fillStyle = s.fill;
      ctx.fillRect(cx - 9 * u, cy - 6 * u, 18 * u, 12 * u);
      ctx.lineWidth = 2 * u;
      ctx.strokeStyle = s.stroke;
      ctx.strokeRect(cx - 9 * u, cy - 6 * u, 18 * u, 12 * u);
      break;
    case 'cluster':
      ctx.beginPath();
      ctx.arc(cx, cy, 7 * u, 0, Math.PI * 2);
      ctx.fillStyle = 'rgba(51,65,85,0.85)';
      ctx.fill();
      ctx.lineWidth = 2 * u;
      ctx.strokeStyle = '#fff';
      ctx.stroke();
      break;
    case 'halo':
      ctx.beginPath();
      ctx.arc(cx, cy, 8 * u, 0, Math.PI * 2);
      ctx.fillStyle = s.fill;
      ctx.fill();
      ctx.lineWidth = 1 * u;
      ctx.strokeStyle = s.stroke;
      ctx.globalAlpha = 0.6;
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.beginPath();
      ctx.arc(cx, cy, 3.5 * u, 0, Math.PI * 2);
      ctx.fillStyle = s.stroke;
      ctx.fill();
      break;
    case 'hatch': {
      const r = { x: cx - 9 * u, y: cy - 6 * u, w: 18 * u, h: 12 * u };
      ctx.save();
      ctx.beginPath();
      ctx.rect(r.x, r.y, r.w, r.h);
      ctx.clip();
      ctx.globalAlpha = 0.1;
      ctx.fillStyle = s.color;
      ctx.fillRect(r.x, r.y, r.w, r.h);
      ctx.globalAlpha = s.opacity;
      ctx.strokeStyle = s.color;
      ctx.lineWidth = 1.6 * u;
      for (let d = -r.h; d < r.w + r.h; d += 5 * u) {
        ctx.beginPath();
        ctx.moveTo(r.x + d, r.y + r.h);
        ctx.lineTo(r.x + d + r.h, r.y);
        ctx.stroke();
      }
      ctx.restore();
      ctx.lineWidth = 2 * u;
      ctx.strokeStyle = s.color;
      if (s.dash) ctx.setLineDash([4 * u, 2 * u]);
      ctx.strokeRect(r.x, r.y, r.w, r.h);
      break;
    }
    case 'glow':
      ctx.beginPath();
      ctx.arc(cx, cy, 7 * u, 0, Math.PI * 2);
      ctx.fillStyle = 'rgba(250,204,21,0.55)';
      ctx.fill();
      break;
  }
  ctx.restore();
}
