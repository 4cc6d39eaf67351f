// A date series draws each frame as a single export of that date does, whichever way it is made. On six Kursk
// control reports (events dev articles, no km² figure), the page's series carried one map through the dates and a
// label kept its earlier frame's side ("Guyevo" left of its mark on 8 Apr 2025, under it in the CLI's series, which
// renders each date alone); and before that, with no claim date, there was no series at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { openViewer, serveCorpus, type CorpusViewer } from './helpers.ts';
import type { ExportOptionsInput } from '../../src/print/options.ts';

const corpus = join(import.meta.dirname, 'fixtures', 'kursk-series-corpus');
let cv: CorpusViewer;
beforeAll(async () => {
  cv = await serveCorpus(corpus, 'series-frames');
});
afterAll(async () => {
  await cv?.close();
});

describe('a date series of control reports', () => {
  it('has a frame per report date, each the single export of its date', { timeout: 400_000 }, async () => {
    const v = await openViewer(cv.browser, '', { width: 1366, height: 768 }, cv.url);
    const options: ExportOptionsInput = { size: 'slide', dpi: 96, format: 'png', title: 'Kursk', bounds: [34.0, 50.5, 36.5, 52.0] };
    const r = await v.page.evaluate((o) => window.__briefmapExport!.series(o, { container: 'zip' }), options);
    expect(r.dates).toEqual(['2024-09-16', '2025-03-08', '2025-03-17', '2025-04-08', '2025-04-10', '2025-12-22']);
    const files = unzipSync(new Uint8Array(Buffer.from(r.base64, 'base64')));
    for (const date of r.dates) {
      const single = await v.page.evaluate((o) => window.__briefmapExport!.render(o), { ...options, date });
      expect(Buffer.from(files[`briefmap-${date}.png`]!).equals(Buffer.from(single.base64, 'base64')), date).toBe(true);
    }
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
