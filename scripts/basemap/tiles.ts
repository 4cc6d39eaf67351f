// Cuts layers into a z/x/y directory of Mapbox Vector Tiles (geojson-vt + vt-pbf). Each zoom has its own
// features (what is visible at that zoom) and its own area: the whole world up to WORLD_MAXZOOM, the theatre
// box above. The source is `sparse`, so MapLibre draws a missing tile from its nearest ancestor.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';

export const EXTENT = 8192; // finer than the usual 4096: borders stay smooth when z9 tiles are overzoomed for print

export interface ZoomPlan {
  z: number;
  /** [west, south, east, north] the zoom's tiles cover; null for the whole world. */
  box: readonly number[] | null;
  layers: Record<string, Feature[]>;
}

function lon2x(lon: number, z: number): number {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}
function lat2y(lat: number, z: number): number {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
}

/** Tile coordinates covering a box at z. */
export function tilesInBox(box: readonly number[], z: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const max = 2 ** z - 1;
  for (let x = Math.max(0, lon2x(box[0]!, z)); x <= Math.min(max, lon2x(box[2]!, z)); x++)
    for (let y = Math.max(0, lat2y(box[3]!, z)); y <= Math.min(max, lat2y(box[1]!, z)); y++) out.push([x, y]);
  return out;
}

/** Writes dir/{z}/{x}/{y}.pbf for every plan; returns the number of tiles and bytes. Deterministic. */
export function writeTiles(dir: string, plans: ZoomPlan[]): { tiles: number; bytes: number; perZoom: Record<number, number> } {
  rmSync(dir, { recursive: true, force: true });
  let tiles = 0;
  let bytes = 0;
  const perZoom: Record<number, number> = {};
  for (const plan of plans) {
    const { z } = plan;
    const indexes = Object.entries(plan.layers)
      .filter(([, features]) => features.length > 0)
      .map(([name, features]) => {
        const fc: FeatureCollection = { type: 'FeatureCollection', features };
        return [
          name,
          new GeoJSONVT(fc, { maxZoom: z + 1, indexMaxZoom: z, indexMaxPoints: 0, extent: EXTENT, buffer: 128, tolerance: 2 }),
        ] as const;
      });
    const coords = new Set<string>();
    for (const [, index] of indexes) for (const t of index.tileCoords) if (t.z === z) coords.add(`${t.x}/${t.y}`);
    const wanted = plan.box ? new Set(tilesInBox(plan.box, z).map(([x, y]) => `${x}/${y}`)) : null;
    const sorted = [...coords].filter((c) => !wanted || wanted.has(c)).sort();
    for (const c of sorted) {
      const [x, y] = c.split('/').map(Number) as [number, number];
      const layers: Record<string, { features: unknown[] }> = {};
      for (const [name, index] of indexes) {
        const t = index.getTile(z, x, y);
        if (t && t.features.length) layers[name] = t;
      }
      if (Object.keys(layers).length === 0) continue;
      const data = fromGeojsonVt(layers, { version: 2, extent: EXTENT });
      mkdirSync(join(dir, String(z), String(x)), { recursive: true });
      writeFileSync(join(dir, String(z), String(x), `${y}.pbf`), data);
      tiles++;
      bytes += data.length;
      perZoom[z] = (perZoom[z] ?? 0) + 1;
    }
  }
  return { tiles, bytes, perZoom };
}
