// Composes the printable page on a 2D canvas: the rendered map, then everything a reader needs without
// the app — title, date stamp, legend, scale bar, north arrow, sources and attribution.
import type { PageLayout, Rect } from '../../print/layout.ts';
import type { LegendEntry, SourceRef, Swatch } from './visible.ts';
import { niceScale } from '../../print/sizes.ts';
import { formatDate } from '../ui/format.ts';

export interface PageContent {
  title: string;
  subtitle: string;
  dateStamp: string | null;
  legend: { heading: string; entries: LegendEntry[] } | null;
  sources: SourceRef[] | null;
  attribution: string;
  /** Ground metres per page pixel at the map centre, or null to omit the scale bar. */
  metersPerPx: number | null;
  /** Map bearing in degrees, or null to omit the north arrow. */
  bearing: number | null;
}

const FONT = '"Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif';
const INK = '#111827';
const MUTED = '#4b5563';

function font(ctx: CanvasRenderingContext2D, px: number, weight = 400): void {
  ctx.font = `${weight} ${px.toFixed(2)}px ${FONT}`;
}

/** Cuts text with an ellipsis so it fits maxW. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, maxW: number): string {
  if (ctx.measureText(text).width <= maxW) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxW) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/** Greedy word wrap. */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxW: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/)) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && ctx.measureText(next).width > maxW) {
      lines.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

function panel(ctx: CanvasRenderingContext2D, r: Rect, u: number): void {
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeStyle = 'rgba(17,24,39,0.35)';
  ctx.lineWidth = Math.max(1, u);
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.w, r.h, 4 * u);
  ctx.fill();
  ctx.stroke();
  ctx.restore();
}

function drawSwatch(ctx: CanvasRenderingContext2D, s: Swatch, cx: number, cy: number, u: number): void {
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
      ctx.arc(cx, cy, 7 * u, 0, Math.PI * 2);
      ctx.globalAlpha = s.opacity;
      ctx.fillStyle = s.fill;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = s.width * u;
      ctx.strokeStyle = s.color;
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
      break;
    case 'area':
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
    case 'glow':
      ctx.beginPath();
      ctx.arc(cx, cy, 7 * u, 0, Math.PI * 2);
      ctx.fillStyle = 'rgba(250,204,21,0.55)';
      ctx.fill();
      break;
  }
  ctx.restore();
}

function drawLegend(ctx: CanvasRenderingContext2D, legend: NonNullable<PageContent['legend']>, map: Rect, u: number): Rect {
  const pad = 8 * u;
  const row = 16 * u;
  const swatchW = 22 * u;
  const maxTextW = Math.min(map.w * 0.42, 330 * u);
  font(ctx, 10.5 * u);
  const lines = legend.entries.map((e) => ({ e, lines: wrap(ctx, e.label, maxTextW) }));
  font(ctx, 11 * u, 700);
  const headingLines = wrap(ctx, legend.heading, swatchW + maxTextW);
  let textW = Math.max(...headingLines.map((l) => ctx.measureText(l).width));
  font(ctx, 10.5 * u);
  for (const l of lines) for (const t of l.lines) textW = Math.max(textW, swatchW + ctx.measureText(t).width);
  const h = pad * 2 + headingLines.length * row + lines.reduce((n, l) => n + l.lines.length * row * 0.9 + row * 0.15, 0);
  const r: Rect = { x: map.x + 10 * u, y: map.y + map.h - 10 * u - h, w: textW + pad * 2, h };
  panel(ctx, r, u);
  let y = r.y + pad + row * 0.75;
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  font(ctx, 11 * u, 700);
  for (const l of headingLines) {
    ctx.fillText(l, r.x + pad, y);
    y += row;
  }
  font(ctx, 10.5 * u);
  for (const { e, lines: ls } of lines) {
    drawSwatch(ctx, e.swatch, r.x + pad + 9 * u, y - 4 * u, u);
    ctx.fillStyle = INK;
    for (const t of ls) {
      ctx.fillText(t, r.x + pad + swatchW, y);
      y += row * 0.9;
    }
    y += row * 0.15;
  }
  return r;
}

function drawScaleBar(ctx: CanvasRenderingContext2D, metersPerPx: number, map: Rect, u: number): void {
  const s = niceScale(metersPerPx, 130 * u);
  const pad = 6 * u;
  font(ctx, 10 * u, 600);
  const labelW = ctx.measureText(s.label).width;
  const w = Math.max(s.px, labelW) + pad * 2;
  const h = 30 * u;
  const r: Rect = { x: map.x + map.w - 10 * u - w, y: map.y + map.h - 10 * u - h, w, h };
  panel(ctx, r, u);
  const x0 = r.x + pad;
  const yb = r.y + h - pad - 5 * u;
  const half = s.px / 2;
  ctx.fillStyle = INK;
  ctx.fillRect(x0, yb, half, 5 * u);
  ctx.strokeStyle = INK;
  ctx.lineWidth = Math.max(1, u);
  ctx.strokeRect(x0, yb, s.px, 5 * u);
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(s.label, x0, yb - 4 * u);
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, bearing: number, map: Rect, u: number): void {
  const size = 34 * u;
  const r: Rect = { x: map.x + map.w - 10 * u - size, y: map.y + 10 * u, w: size, h: size };
  panel(ctx, r, u);
  ctx.save();
  ctx.translate(r.x + size / 2, r.y + size / 2 + 3 * u);
  // Bearing b puts north b degrees anticlockwise from up.
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -11 * u);
  ctx.lineTo(6 * u, 7 * u);
  ctx.lineTo(0, 3 * u);
  ctx.lineTo(-6 * u, 7 * u);
  ctx.closePath();
  ctx.fillStyle = INK;
  ctx.fill();
  ctx.restore();
  ctx.save();
  ctx.translate(r.x + size / 2, r.y + size / 2 + 3 * u);
  ctx.rotate((-bearing * Math.PI) / 180);
  font(ctx, 9 * u, 700);
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.fillText('N', 0, -12.5 * u);
  ctx.restore();
}

function drawDateStamp(ctx: CanvasRenderingContext2D, text: string, map: Rect, u: number): void {
  font(ctx, 13 * u, 700);
  const pad = 7 * u;
  const w = ctx.measureText(text).width + pad * 2;
  const r: Rect = { x: map.x + 10 * u, y: map.y + 10 * u, w, h: 26 * u };
  panel(ctx, r, u);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, r.x + pad, r.y + r.h / 2 + 0.5 * u);
  ctx.textBaseline = 'alphabetic';
}

function sourceLine(s: SourceRef): string {
  return `${s.outlet} — “${s.title}”${s.published ? `, ${formatDate(s.published)}` : ''}`;
}

function drawSources(ctx: CanvasRenderingContext2D, sources: SourceRef[], l: PageLayout): void {
  if (!l.sources) return;
  const { rect, columns, rows } = l.sources;
  const lh = l.fonts.body * 1.35;
  ctx.fillStyle = INK;
  font(ctx, l.fonts.body, 700);
  ctx.textBaseline = 'top';
  ctx.fillText(sources.length ? `Sources: the ${sources.length === 1 ? 'article' : `${sources.length} articles`} behind what is shown` : 'Sources: no article claims or places are visible in this view', rect.x, rect.y);
  font(ctx, l.fonts.body);
  const slots = columns * rows;
  const colW = (rect.w - (columns - 1) * 16 * l.u) / columns;
  const shown = sources.length > slots ? sources.slice(0, slots - 1) : sources;
  const items = shown.map(sourceLine);
  if (sources.length > slots) items.push(`… and ${sources.length - shown.length} more (all listed in the bundle's manifest.json)`);
  items.forEach((text, i) => {
    const col = Math.floor(i / rows);
    const row = i % rows;
    ctx.fillText(fitText(ctx, text, colW), rect.x + col * (colW + 16 * l.u), rect.y + lh * (row + 1));
  });
  ctx.textBaseline = 'alphabetic';
}

/** Draws the page. `mapImage` must already be the size of `layout.map`. */
export function composePage(widthPx: number, heightPx: number, layout: PageLayout, mapImage: CanvasImageSource, c: PageContent): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas available');
  const u = layout.u;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, widthPx, heightPx);
  const m = layout.map;
  ctx.drawImage(mapImage, m.x, m.y, m.w, m.h);
  ctx.strokeStyle = 'rgba(17,24,39,0.6)';
  ctx.lineWidth = Math.max(1, u);
  ctx.strokeRect(m.x - 0.5, m.y - 0.5, m.w + 1, m.h + 1);

  if (layout.header) {
    const h = layout.header;
    let y = h.y;
    ctx.textBaseline = 'top';
    if (c.title) {
      font(ctx, layout.fonts.title, 700);
      ctx.fillStyle = INK;
      ctx.fillText(fitText(ctx, c.title, h.w), h.x, y);
      y += layout.fonts.title * 1.35;
    }
    if (c.subtitle) {
      font(ctx, layout.fonts.subtitle);
      ctx.fillStyle = MUTED;
      ctx.fillText(fitText(ctx, c.subtitle, h.w), h.x, y);
    }
    ctx.textBaseline = 'alphabetic';
  }

  ctx.save();
  ctx.beginPath();
  ctx.rect(m.x, m.y, m.w, m.h);
  ctx.clip();
  if (c.dateStamp) drawDateStamp(ctx, c.dateStamp, m, u);
  if (c.bearing !== null) drawNorthArrow(ctx, c.bearing, m, u);
  if (c.metersPerPx !== null) drawScaleBar(ctx, c.metersPerPx, m, u);
  if (c.legend) drawLegend(ctx, c.legend, m, u);
  ctx.restore();

  if (c.sources) drawSources(ctx, c.sources, layout);
  if (c.attribution) {
    font(ctx, layout.fonts.small);
    ctx.fillStyle = MUTED;
    ctx.textBaseline = 'top';
    ctx.fillText(fitText(ctx, c.attribution, layout.attribution.w), layout.attribution.x, layout.attribution.y);
    ctx.textBaseline = 'alphabetic';
  }
  return canvas;
}
