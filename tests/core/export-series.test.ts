import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { areaHeld as area } from './area-claim.ts';
import { pdfOfFrames, seriesDates, zipFrames } from '../../src/print/series.ts';
import { pdfOfPages } from '../../src/print/pdf.ts';
import type { ControlEventFeature } from '../../src/core/schema.ts';

const FONTS = join(import.meta.dirname, '..', '..', 'data', 'basemap', 'fonts');

describe('series dates', () => {
  // The seeds' sequence: 1,000 (late Aug) and 600–700 (Oct) both published 24 Oct; 1,400 (earlier) and 800 on 16 Dec.
  const claims = [
    area('a', '2024-08-01', '2024-12-16', 1400),
    area('b', '2024-08-21', '2024-08-31', 1000, '2024-10-24'),
    area('c', '2024-10-01', '2024-10-24', 650),
    area('d', '2024-12-16', '2024-12-16', 800),
    area('e', '2024-12-16', '2024-12-16', 790),
  ];
  it('one frame per distinct publication date, in order: nothing is framed before it was reported', () => {
    expect(seriesDates(claims, { everyDays: 0, claimTypes: 'area-held' })).toEqual(['2024-10-24', '2024-12-16']);
  });
  it('every N days from the first to the last publication date, last date included', () => {
    const d = seriesDates(claims, { everyDays: 30, claimTypes: 'area-held' });
    expect(d[0]).toBe('2024-10-24');
    expect(d[1]).toBe('2024-11-23');
    expect(d[d.length - 1]).toBe('2024-12-16');
    expect(new Set(d).size).toBe(d.length);
  });
  // A folder of settlement-control reports alone (a few Kursk articles, no km² figure): the series had no date and
  // the page's "Export date series" and `snapshot --series` both failed with "there are no claim dates".
  const reports = ['2024-08-09', '2024-08-07', '2024-08-09', '2024-08-12'].map(
    (published) => ({ type: 'Feature', properties: { published } }) as unknown as ControlEventFeature,
  );
  it('with no claim of the type asked, one frame per control-report publication date', () => {
    expect(seriesDates([], { everyDays: 0, claimTypes: 'area-held' }, reports)).toEqual(['2024-08-07', '2024-08-09', '2024-08-12']);
    expect(seriesDates([], { everyDays: 3, claimTypes: 'area-held' }, reports)).toEqual(['2024-08-07', '2024-08-10', '2024-08-12']);
    // Claims of that type there: their dates, as before.
    expect(seriesDates(claims, { everyDays: 0, claimTypes: 'area-held' }, reports)).toEqual(['2024-10-24', '2024-12-16']);
  });
});

describe('series packing', () => {
  // A 1×1 PNG: enough for pdf-lib and zip round trips.
  const png = Uint8Array.from(
    Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
  );
  const frames = ['2024-08-01', '2024-10-01'].map((date) => ({ date, bytes: png, format: 'png' as const, widthPt: 842, heightPt: 595 }));
  it('zips one file per frame, named by date', () => {
    const files = unzipSync(zipFrames(frames));
    expect(Object.keys(files).sort()).toEqual(['briefmap-2024-08-01.png', 'briefmap-2024-10-01.png']);
    expect(files['briefmap-2024-08-01.png']).toEqual(png);
  });
  it('makes one PDF page per frame at the page size in points', async () => {
    const doc = await PDFDocument.load(await pdfOfFrames(frames, 'series'));
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getPage(1).getSize()).toEqual({ width: 842, height: 595 });
  });
  it('keeps each frame’s page text as real text when the frames are one-page PDFs (title, legend, sources per page)', async () => {
    const font = (w: number) =>
      ['latin', 'latin-ext', 'cyrillic'].map((sub) => new Uint8Array(readFileSync(join(FONTS, `noto-sans-${sub}-${w}.woff`))));
    const fonts = { regular: font(400), bold: font(700) };
    const page = (date: string) =>
      pdfOfPages(
        [
          {
            image: png,
            format: 'png',
            widthPt: 842,
            heightPt: 595,
            text: {
              widthPx: 842,
              items: [
                { x: 20, baseline: 30, text: `Kursk, as reported up to ${date}`, size: 18, weight: 700, color: '#111827' },
                { x: 20, baseline: 60, text: 'Суджа · Sources: 5 articles', size: 10, weight: 400, color: '#334155' },
              ],
            },
          },
        ],
        'frame',
        fonts,
      );
    const pdfFrames = await Promise.all(
      ['2024-08-01', '2024-10-01', '2024-12-16'].map(async (date) => ({
        date,
        bytes: await page(date),
        format: 'pdf' as const,
        widthPt: 842,
        heightPt: 595,
      })),
    );
    const bytes = await pdfOfFrames(pdfFrames, 'series');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(3);
    expect(doc.getTitle()).toBe('series');
    // Every page draws text (BT … Tj … ET) in an embedded TrueType font of its own.
    const streams = [
      ...Buffer.from(bytes)
        .toString('latin1')
        .matchAll(/stream\r?\n([\s\S]*?)endstream/g),
    ].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(streams.filter((t) => /BT[\s\S]*Tj[\s\S]*ET/.test(t)).length).toBeGreaterThanOrEqual(3);
    const dictionaries = Buffer.from(bytes).toString('latin1') + streams.join('\n'); // pdf-lib packs objects in streams
    expect(dictionaries.match(/\/FontFile2/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(unzipSync(zipFrames(pdfFrames))['briefmap-2024-10-01.pdf']).toBeDefined();
  });
});
