// The gazetteer's layer files and how they are loaded, once for everyone: the CLI passes a reader of
// data/gazetteer/ on disk, the viewer one that fetches the same files. Adding a layer file = one row in LAYER_FILES
// (and its field in GazetteerData); a user's own layers (curated entry format, e.g. from `briefmap gazetteer import`)
// are read by name from the imported-layers folder with the same reader.
import type { z } from 'zod';
import { gazetteerFileSchema } from './entry.ts';
import { citiesFileSchema } from './cities.ts';
import { unlocatedFileSchema } from './unlocated.ts';
import { anchorsFileSchema } from './anchors.ts';
import { placesLayerSchema } from './places-layer.ts';
import { districtSettlementsSchema } from './district-settlements.ts';
import { formerNamesFileSchema } from './former-names.ts';
import { createGazetteer, type Gazetteer, type GazetteerData, type GazetteerIndex } from './gazetteer.ts';
import { validationMessage } from '../validation-message.ts';

/** The shipped layer files (`<name>.json`), each with its schema. Precedence is fixed by createGazetteer. */
export const LAYER_FILES = {
  theatre: gazetteerFileSchema,
  countries: gazetteerFileSchema,
  admin1: gazetteerFileSchema,
  cities: citiesFileSchema,
  unlocated: unlocatedFileSchema,
  anchors: anchorsFileSchema,
  // Compact place layers (scripts/build-theatre-layers.ts): raions and hromadas, Ukrainian settlements, Russian villages.
  districts: placesLayerSchema,
  'ua-settlements': placesLayerSchema,
  'ru-border-villages': placesLayerSchema,
  // Ukrainian settlements no layer above locates, at their OpenStreetMap node (scripts/build-osm-settlements.ts).
  'ua-osm-settlements': placesLayerSchema,
  // Settlements known by their municipal district only (scripts/build-district-settlements.ts): no coordinates.
  'ru-district-settlements': districtSettlementsSchema,
  // Ukrainian settlements known by their hromada only (scripts/build-hromada-settlements.ts, KATOTTG): the same.
  'ua-hromada-settlements': districtSettlementsSchema,
  // Former and new names of renamed Ukrainian settlements (scripts/build-former-names.ts): aliases of existing entries.
  'ua-former-names': formerNamesFileSchema,
} as const satisfies { [K in keyof ShippedLayers]: z.ZodType<ShippedLayers[K]> };

type ShippedLayers = Omit<GazetteerData, 'imported'>;
export type LayerName = keyof typeof LAYER_FILES;
export const LAYER_NAMES = Object.keys(LAYER_FILES) as LayerName[];

/** Folder (relative to the gazetteer folder) of a user's own layers: the curated entry format, or the compact place
 * format `briefmap gazetteer import` writes (told apart by `entries` / `rows`). */
export const IMPORTED_DIR = 'imported';

/** Reads one layer file by its path relative to the gazetteer folder ("theatre.json", "imported/x.json"). */
export type ReadLayer<R> = (file: string) => R;

export interface LoadOptions {
  /** Names of imported layers (files `imported/<name>.json`), applied in this order after the curated theatre. */
  imported?: readonly string[];
}

function layerFiles(opts: LoadOptions): string[] {
  return [...LAYER_NAMES.map((n) => `${n}.json`), ...(opts.imported ?? []).map((n) => `${IMPORTED_DIR}/${n}.json`)];
}

function parseLayer<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new Error(`gazetteer ${validationMessage(file, r.error.issues)}`);
}

/** Raw JSON values by file → validated gazetteer data, naming the file and field that are wrong. */
export function parseGazetteerData(raw: ReadonlyMap<string, unknown> | Record<string, unknown>, opts: LoadOptions = {}): GazetteerData {
  const get = (file: string): unknown => (raw instanceof Map ? raw.get(file) : (raw as Record<string, unknown>)[file]);
  const shipped = Object.fromEntries(
    LAYER_NAMES.map((n) => [n, parseLayer(`${n}.json`, LAYER_FILES[n] as z.ZodType<unknown>, get(`${n}.json`))]),
  ) as ShippedLayers;
  const imported = (opts.imported ?? []).map((n) => {
    const file = `${IMPORTED_DIR}/${n}.json`;
    const value = get(file);
    const compact = typeof value === 'object' && value !== null && 'rows' in value;
    return compact ? parseLayer(file, placesLayerSchema, value) : parseLayer(file, gazetteerFileSchema, value);
  });
  return { ...shipped, imported };
}

/** Reads every layer with `read` (synchronous: the CLI, tests), validates and builds the gazetteer. `prebuilt`, called
 * once every layer is read, may give a name index built before from the same files (see GazetteerIndex). */
export function loadGazetteerSync(
  read: ReadLayer<unknown>,
  opts: LoadOptions & { prebuilt?: () => GazetteerIndex | undefined } = {},
): Gazetteer {
  const raw = new Map(layerFiles(opts).map((f) => [f, read(f)]));
  const data = parseGazetteerData(raw, opts);
  return createGazetteer(data, opts.prebuilt?.());
}

/** The same with an asynchronous reader (the viewer's fetch); the files are requested in parallel. */
export async function loadGazetteer(read: ReadLayer<Promise<unknown> | unknown>, opts: LoadOptions = {}): Promise<Gazetteer> {
  const files = layerFiles(opts);
  const values = await Promise.all(files.map((f) => read(f)));
  return createGazetteer(parseGazetteerData(new Map(files.map((f, i) => [f, values[i]])), opts));
}
