// A composed page as a list of drawing operations, DOM-free: the canvas painter draws them all for PNG/JPEG; the
// PDF writer draws the non-text ones as the page image and the text ones as real, selectable text.
import type { Swatch } from './symbols.ts';
import type { Rect } from './layout.ts';

export type PageOp =
  | { op: 'text'; x: number; baseline: number; text: string; size: number; weight: 400 | 700; color: string; align?: 'left' | 'center' }
  | { op: 'image'; which: 'map'; rect: Rect }
  | { op: 'rect'; rect: Rect; fill?: string; stroke?: string; lineWidth?: number }
  | { op: 'swatch'; swatch: Swatch; cx: number; cy: number; u: number }
  | { op: 'scale'; x: number; y: number; px: number; h: number; color: string; lineWidth: number }
  | { op: 'north'; cx: number; cy: number; u: number; bearing: number }
  | { op: 'inset'; rect: Rect; shapes: number[][][][]; frame: [number, number, number, number]; view: [number, number, number, number] };

/** Whole-page text: what a PDF should be able to search. */
export const pageText = (ops: PageOp[]): string =>
  ops
    .filter((o): o is Extract<PageOp, { op: 'text' }> => o.op === 'text')
    .map((o) => o.text)
    .join('\n');
