// Writes the resolution into image files so print tools place them at the right size:
// a PNG pHYs chunk (pixels per metre) inserted after IHDR, and the JFIF density fields of a JPEG.
// Pure byte manipulation: no DOM, so the CLI and the tests use it too.
import { dpiToPpm } from './sizes.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let crcTable: Uint32Array | null = null;
function table(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** CRC-32 as PNG defines it (ISO 3309), over chunk type + data. */
export function crc32(bytes: Uint8Array): number {
  const t = table();
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

interface Chunk {
  type: string;
  offset: number; // of the length field
  length: number; // of the data
}

export function pngChunks(bytes: Uint8Array): Chunk[] {
  if (!isPng(bytes)) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Chunk[] = [];
  let off = 8;
  while (off + 12 <= bytes.length) {
    const length = view.getUint32(off);
    const type = String.fromCharCode(bytes[off + 4]!, bytes[off + 5]!, bytes[off + 6]!, bytes[off + 7]!);
    out.push({ type, offset: off, length });
    off += 12 + length;
    if (type === 'IEND') break;
  }
  return out;
}

function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Returns a copy of the PNG with one pHYs chunk for `dpi` (any existing pHYs is replaced). */
export function setPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  const chunks = pngChunks(png);
  const ihdr = chunks[0];
  if (!ihdr || ihdr.type !== 'IHDR') throw new Error('PNG does not start with IHDR');
  const ppm = dpiToPpm(dpi);
  const data = new Uint8Array(9);
  const dv = new DataView(data.buffer);
  dv.setUint32(0, ppm);
  dv.setUint32(4, ppm);
  data[8] = 1; // unit: metre
  const phys = makeChunk('pHYs', data);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const c of chunks) {
    if (c.type === 'pHYs') continue;
    parts.push(png.subarray(c.offset, c.offset + 12 + c.length));
    if (c.type === 'IHDR') parts.push(phys);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Width, height and DPI (from pHYs, null if absent) of a PNG; checks the pHYs CRC. */
export function readPngInfo(png: Uint8Array): { width: number; height: number; dpi: number | null } {
  const chunks = pngChunks(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const ihdr = chunks[0]!;
  const width = view.getUint32(ihdr.offset + 8);
  const height = view.getUint32(ihdr.offset + 12);
  const phys = chunks.find((c) => c.type === 'pHYs');
  if (!phys) return { width, height, dpi: null };
  const stored = view.getUint32(phys.offset + 8 + phys.length);
  if (crc32(png.subarray(phys.offset + 4, phys.offset + 8 + phys.length)) !== stored) throw new Error('pHYs chunk has a bad CRC');
  const ppm = view.getUint32(phys.offset + 8);
  const unit = png[phys.offset + 16];
  // pHYs stores whole pixels per metre, so the DPI read back is only exact to ~0.01: round it.
  return { width, height, dpi: unit === 1 ? Math.round(ppm * 0.0254) : null };
}

/** Sets the JFIF APP0 density to `dpi` dots per inch; a JPEG without a JFIF header is returned unchanged. */
export function setJpegDpi(jpeg: Uint8Array, dpi: number): Uint8Array {
  const out = jpeg.slice();
  const isJfif =
    out[0] === 0xff && out[1] === 0xd8 && out[2] === 0xff && out[3] === 0xe0 && String.fromCharCode(...out.subarray(6, 10)) === 'JFIF';
  if (!isJfif) return out;
  const d = Math.round(dpi);
  out[13] = 1; // units: dots per inch
  out[14] = d >> 8;
  out[15] = d & 0xff;
  out[16] = d >> 8;
  out[17] = d & 0xff;
  return out;
}
