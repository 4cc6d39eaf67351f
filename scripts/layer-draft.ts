// A districts-layer row as its builders (scripts/build-theatre-layers.ts, scripts/build-ua-raions.ts,
// scripts/build-ua-hromadas.ts) assemble it before `toPlacesLayer` packs it: the entry, its own ref and its source split
// into the layer's source and the row's reference.
import type { GazetteerEntry } from '../src/core/gazetteer/entry.ts';
import type { PlacesLayer } from '../src/core/gazetteer/places-layer.ts';
import { latinFromUkrainian } from '../src/cli/gazetteer/cyrillic-names.ts';

export type Draft = Omit<GazetteerEntry, 'id' | 'source'> & { ref: string; source: [string, string] };

/** Coordinates kept to five decimals (about a metre), so rebuilding gives the same file. */
export const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** A ref from a Ukrainian name: its Latin form in lower case, words joined by "-". */
export const slug = (s: string): string =>
  latinFromUkrainian(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A packed layer's rows back into drafts, leaving out those whose ref ends in `dropRefEnd` (a builder's own rows, so
 * a second run replaces them). */
export const draftsOf = (layer: PlacesLayer, dropRefEnd: string): Draft[] =>
  layer.rows
    .filter((r) => !r[0].endsWith(dropRefEnd))
    .map(([ref, name, ru, uk, kind, country, admin1, district, lon, lat, population, source, sourceRef, aliases]) => ({
      ref,
      name,
      aliases: aliases ?? [],
      ...(ru ? { ru } : {}),
      ...(uk ? { uk } : {}),
      kind,
      country,
      admin1: layer.admin1Names[admin1] || null,
      district: layer.districtNames[district] || null,
      lon,
      lat,
      population,
      source: [layer.sources[source]!, sourceRef],
    }));

/** A hromada's Latin name and the forms reporting uses for it: "… hromada"/"… community" of its adjective and of its
 * centre, and the full Ukrainian "… територіальна громада". */
export function hromadaNames(adjective: string, centre: string): { name: string; aliases: string[] } {
  const latin = latinFromUkrainian(adjective);
  const centreLatin = latinFromUkrainian(centre);
  return {
    name: `${latin} hromada`,
    aliases: [
      `${latin} Hromada`,
      `${latin} community`,
      `${centreLatin} hromada`,
      `${centreLatin} community`,
      `${adjective} територіальна громада`,
    ],
  };
}
