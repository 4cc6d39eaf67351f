import { describe, expect, it } from 'vitest';
import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';
import { crc32, pngChunks, readPngInfo, setJpegDpi, setPngDpi } from '../../src/print/png-phys.ts';

/** A valid 2×1 RGB PNG built by hand, so the test does not depend on the code under test. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlibCrc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.from([0, 255, 0, 0, 0, 0, 255]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

describe('PNG pHYs', () => {
  it('computes the same CRC-32 as zlib', () => {
    const bytes = new TextEncoder().encode('pHYs and more');
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });
  it('inserts one pHYs chunk right after IHDR with pixels per metre and a correct CRC', () => {
    const out = setPngDpi(tinyPng(), 200);
    const chunks = pngChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const p = chunks[1]!;
    const dv = new DataView(out.buffer, out.byteOffset);
    expect(dv.getUint32(p.offset + 8)).toBe(7874); // 200 / 0.0254
    expect(out[p.offset + 16]).toBe(1);
    expect(dv.getUint32(p.offset + 8 + 9)).toBe(zlibCrc32(Buffer.from(out.subarray(p.offset + 4, p.offset + 17))));
    expect(readPngInfo(out)).toEqual({ width: 2, height: 1, dpi: 200 });
  });
  it('replaces an existing pHYs instead of adding a second one', () => {
    const twice = setPngDpi(setPngDpi(tinyPng(), 96), 300);
    expect(pngChunks(twice).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(readPngInfo(twice).dpi).toBe(300);
  });
  it('rejects data that is not a PNG and detects a corrupted pHYs', () => {
    expect(() => setPngDpi(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), 100)).toThrow(/not a PNG/);
    const bad = setPngDpi(tinyPng(), 150);
    bad[33 + 8] = bad[33 + 8]! ^ 0xff; // a byte of pHYs data (8 signature + 25 IHDR, then length + type)
    expect(() => readPngInfo(bad)).toThrow(/CRC/);
  });
});

describe('JPEG density', () => {
  it('writes dots per inch into the JFIF header', () => {
    const jfif = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
    ]);
    const out = setJpegDpi(jfif, 300);
    expect(out[13]).toBe(1);
    expect((out[14]! << 8) | out[15]!).toBe(300);
    expect((out[16]! << 8) | out[17]!).toBe(300);
    expect(jfif[13]).toBe(0); // input untouched
  });
});
