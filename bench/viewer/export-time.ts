// Export time through the page API the CLI uses (window.__briefmapExport), as tests/browser/export.test.ts does.
import type { Page } from 'playwright-core';
import type { ExportOptionsInput } from '../../src/print/options.ts';

export interface ExportRun {
  /** Wall time around the call, ms. */
  ms: number;
  /** The exporter's own figure (options → encoded bytes), ms. */
  reportedMs: number;
  widthPx: number;
  heightPx: number;
  achievedDpi: number;
  tiles: number;
  bytes: number;
}

export async function exportOnce(page: Page, options: ExportOptionsInput): Promise<ExportRun> {
  return page.evaluate(async (opts) => {
    const t = performance.now();
    const r = await window.__briefmapExport!.render(opts);
    return {
      ms: performance.now() - t,
      reportedMs: r.ms,
      widthPx: r.widthPx,
      heightPx: r.heightPx,
      achievedDpi: r.achievedDpi,
      tiles: r.tiles,
      bytes: Math.floor((r.base64.length * 3) / 4),
    };
  }, options);
}
