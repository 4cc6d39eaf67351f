// Minimal types for the build-time packages that ship none (only what the basemap builder uses).
declare module 'opentype.js' {
  export interface PathCommand {
    type: 'M' | 'L' | 'Q' | 'C' | 'Z';
    x?: number;
    y?: number;
    x1?: number;
    y1?: number;
    x2?: number;
    y2?: number;
  }
  export interface Glyph {
    unicode?: number;
    unicodes: number[];
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): { commands: PathCommand[] };
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    charToGlyph(c: string): Glyph;
    hasChar(c: string): boolean;
    glyphs: { length: number; get(i: number): Glyph };
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: {
    parse(buffer: ArrayBuffer): Font;
    Glyph: new (o: Record<string, unknown>) => never;
    Path: new () => unknown;
    Font: new (o: Record<string, unknown>) => { toArrayBuffer(): ArrayBuffer };
  };
  export default opentype;
}
declare module 'vt-pbf' {
  export function fromGeojsonVt(
    layers: Record<string, { features: unknown[] }>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
}
