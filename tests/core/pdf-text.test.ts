// PDF exports carry their page text as real text in the embedded page face (not only pixels).
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { fontRuns, mergePdfs, pdfOfPages } from '../../src/print/pdf.ts';

const fonts = join(import.meta.dirname, '..', '..', 'data', 'basemap', 'fonts');
const face = (w: number) =>
  ['latin', 'latin-ext', 'cyrillic'].map((s) => new Uint8Array(readFileSync(join(fonts, `noto-sans-${s}-${w}.woff`))));

describe('PDF text', () => {
  it('splits text into runs by the subset that has each character, keeping spaces with the run before', () => {
    const latin = { name: 'latin', chars: new Set([...'Sudzha '].map((c) => c.codePointAt(0)!)) };
    const cyr = { name: 'cyrillic', chars: new Set([...'Суджа'].map((c) => c.codePointAt(0)!)) };
    expect(fontRuns('Sudzha Суджа', [latin, cyr]).map((r) => [r.face.name, r.text])).toEqual([
      ['latin', 'Sudzha '],
      ['cyrillic', 'Суджа'],
    ]);
  });

  it('embeds the Noto Sans subsets it uses and writes the text with them', { timeout: 60_000 }, async () => {
    const png = new PNG({ width: 10, height: 10 });
    png.data.fill(255);
    const bytes = await pdfOfPages(
      [
        {
          image: new Uint8Array(PNG.sync.write(png)),
          format: 'png',
          widthPt: 100,
          heightPt: 100,
          text: { widthPx: 10, items: [{ x: 1, baseline: 2, text: 'Sudzha Суджа', size: 1, weight: 400, color: '#111827' }] },
        },
      ],
      't',
      { regular: face(400), bold: face(700) },
    );
    const pdf = Buffer.from(bytes).toString('latin1');
    // The page content draws text (BT … Tj … ET), not only an image.
    const streams = [...pdf.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      } catch {
        return m[1]!;
      }
    });
    expect(streams.some((s) => /BT[\s\S]*Tj[\s\S]*ET/.test(s))).toBe(true);
    // Two subsets used (Latin, Cyrillic), each embedded as a TrueType font file; the bold face is not embedded.
    const all = pdf + streams.join('\n');
    expect(all.match(/\/FontFile2/g)?.length).toBe(2);
    expect(all).toMatch(/NotoSans-Regular/);
    expect(all).not.toMatch(/NotoSans-Bold/);
  });
});

describe('PDF bytes', () => {
  // `briefmap snapshot --format pdf` twice on the events dev corpus gave two files differing only in the
  // CreationDate and ModDate pdf-lib takes from the clock; the page's PDF of the same view differed the same way.
  it('are the same for the same pages whatever the time, one document or several merged', { timeout: 60_000 }, async () => {
    const png = new PNG({ width: 4, height: 4 });
    png.data.fill(200);
    const pages = [{ image: new Uint8Array(PNG.sync.write(png)), format: 'png' as const, widthPt: 100, heightPt: 80 }];
    const at = async (iso: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(iso));
      try {
        const one = await pdfOfPages(pages, 'Kursk');
        return { one: Buffer.from(one), merged: Buffer.from(await mergePdfs([one, one], 'Kursk')) };
      } finally {
        vi.useRealTimers();
      }
    };
    const a = await at('2025-03-01T09:00:00Z');
    const b = await at('2026-12-05T03:15:55Z');
    expect(a.one.equals(b.one)).toBe(true);
    expect(a.merged.equals(b.merged)).toBe(true);
  });
});
