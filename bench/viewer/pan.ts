// Frame times while the map pans continuously: MapLibre animates a loop of panBy legs (linear easing, like a
// steady drag) while a requestAnimationFrame loop records the interval between frames.
import type { Page } from 'playwright-core';
import { quantile, median } from '../lib/section.ts';

/** The display interval headless Chromium paces requestAnimationFrame at (60 Hz). */
export const FRAME_MS = 1000 / 60;

export interface PanPlan {
  center: [number, number];
  zoom: number;
  /** Length of each of the four legs (east, south, west, north), in ms. */
  legMs: number;
  /** Distance of each leg in CSS px. */
  legPx: number;
}

/** Runs the pan in the page and returns every rAF delta (ms) measured while it moved. */
export async function panFrames(page: Page, plan: PanPlan): Promise<number[]> {
  return page.evaluate(async ({ center, zoom, legMs, legPx }) => {
    const map = window.__briefmap!.map;
    map.jumpTo({ center, zoom });
    await window.__briefmap!.idle();
    const deltas: number[] = [];
    let running = true;
    let last = -1;
    const tick = (t: number) => {
      if (last >= 0) deltas.push(t - last);
      last = t;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    for (const [dx, dy] of [
      [legPx, 0],
      [0, legPx * 0.6],
      [-legPx, 0],
      [0, -legPx * 0.6],
    ] as [number, number][]) {
      await new Promise<void>((resolve) => {
        map.once('moveend', () => resolve());
        map.panBy([dx, dy], { duration: legMs, easing: (t) => t });
      });
    }
    running = false;
    return deltas;
  }, plan);
}

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames a 60 Hz display would have shown but the page did not produce. */
  dropped: number;
  /** Share of the 60 Hz frames that were dropped. */
  droppedShare: number;
  durationMs: number;
}

export function frameStats(deltas: number[]): FrameStats {
  const durationMs = deltas.reduce((t, d) => t + d, 0);
  // A delta of ~2 intervals means one frame was missed; a little jitter around one interval is not a drop.
  const dropped = deltas.reduce((t, d) => t + Math.max(0, Math.round(d / FRAME_MS) - 1), 0);
  return {
    frames: deltas.length,
    p50: median(deltas),
    p95: quantile(deltas, 0.95),
    max: Math.max(...deltas),
    dropped,
    droppedShare: dropped / Math.max(1, Math.round(durationMs / FRAME_MS)),
    durationMs,
  };
}
