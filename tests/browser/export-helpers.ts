// Helpers for the export tests: decode an exported image in Chromium and measure regions of it.
import type { Browser } from 'playwright-core';

export interface RegionStats {
  /** Share of pixels that are near-white on all channels (a legend or label panel). */
  panel: number;
  /** Share of dark "ink" pixels (text, outlines). */
  ink: number;
  /** Distinct colours (quantised to 5 bits per channel): a blank region has 1 or 2. */
  colours: number;
}

export type Region = { x: number; y: number; w: number; h: number };

export async function imageStats(
  browser: Browser,
  bytes: Uint8Array,
  mime: string,
  regions: Region[],
): Promise<{ width: number; height: number; regions: RegionStats[] }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ b64, mime, regions }) => {
        const bin = atob(b64);
        const arr = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
        const bmp = await createImageBitmap(new Blob([arr], { type: mime }));
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(bmp, 0, 0);
        const out = regions.map((r) => {
          const d = ctx.getImageData(Math.round(r.x), Math.round(r.y), Math.max(1, Math.round(r.w)), Math.max(1, Math.round(r.h))).data;
          let panel = 0;
          let ink = 0;
          const colours = new Set<number>();
          const n = d.length / 4;
          for (let i = 0; i < d.length; i += 4) {
            const [R, G, B] = [d[i]!, d[i + 1]!, d[i + 2]!];
            if (R >= 248 && G >= 248 && B >= 248) panel++;
            if (R + G + B < 240) ink++;
            colours.add(((R >> 3) << 10) | ((G >> 3) << 5) | (B >> 3));
          }
          return { panel: panel / n, ink: ink / n, colours: colours.size };
        });
        return { width: bmp.width, height: bmp.height, regions: out };
      },
      { b64: Buffer.from(bytes).toString('base64'), mime, regions },
    );
  } finally {
    await page.close();
  }
}
