// Writes the panel's operations down its columns: content flows down a column and a block that does not fit moves
// to the next one. Shared by the panel's blocks (legend, marks, sources).
import type { PageLayout, Rect } from './layout.ts';
import type { PageOp } from './page-ops.ts';
import { INK } from './page-colors.ts';
import { printable, wrap, type Measure } from './text-wrap.ts';

/** Content flows down the panel's columns; a block that does not fit moves to the next column. */
export class Flow {
  private col = 0;
  y: number;
  constructor(private cols: Rect[]) {
    this.y = cols[0]!.y;
  }
  get rect(): Rect {
    return this.cols[this.col]!;
  }
  /** Room for h more pixels here, else in the next column; false when the panel is full. */
  fit(h: number): boolean {
    if (this.y + h <= this.rect.y + this.rect.h) return true;
    if (this.col + 1 >= this.cols.length) return false;
    this.col++;
    this.y = this.rect.y;
    return this.y + h <= this.rect.y + this.rect.h;
  }
  /** Moves to the next column if there is one and we are not at its top (for the second half of a band). */
  nextColumn(): void {
    if (this.col + 1 < this.cols.length) {
      this.col++;
      this.y = this.rect.y;
    }
  }
  /** Where the flow is, to go back there (a block taken back). */
  mark(): { col: number; y: number } {
    return { col: this.col, y: this.y };
  }
  reset(m: { col: number; y: number }): void {
    this.col = m.col;
    this.y = m.y;
  }
  get lastColumn(): boolean {
    return this.col === this.cols.length - 1;
  }
}

/** The page's operations as they are written, and the flow through the panel's columns. */
export class PanelWriter {
  readonly ops: PageOp[] = [];
  readonly flow: Flow;
  constructor(
    readonly layout: PageLayout,
    readonly measure: Measure,
  ) {
    this.flow = new Flow(layout.columns);
  }

  text(x: number, baseline: number, t: string, size: number, weight: 400 | 700 = 400, color = INK): void {
    this.ops.push({ op: 'text', x, baseline, text: printable(t), size, weight, color });
  }

  /** Line height for a type size. */
  lh(size: number): number {
    return size * 1.3;
  }

  /** A wrapped paragraph at the flow, line by line; false when the panel ran out before its last line. */
  para(t: string, size: number, weight: 400 | 700, color: string, indent = 0): boolean {
    const flow = this.flow;
    const lines = wrap(this.measure, t, size, weight, flow.rect.w - indent);
    for (const l of lines) {
      if (!flow.fit(this.lh(size))) return false;
      this.text(flow.rect.x + indent, flow.y + size * 1.02, l, size, weight, color);
      flow.y += this.lh(size);
    }
    return true;
  }

  /** Vertical space in CSS px. */
  space(px: number): void {
    this.flow.y += px * this.layout.u;
  }

  /** The height a paragraph takes in the current column (regular text unless `weight` says bold). */
  height(t: string, size: number, indent = 0, weight: 400 | 700 = 400): number {
    return wrap(this.measure, t, size, weight, this.flow.rect.w - indent).length * this.lh(size);
  }
}
