// Claim markers drawn at exactly the same spot (counts at one place, movements between the same two places, figures
// of one kind at one place) become one feature: a large corpus stacks hundreds of identical circles and labels on a
// few dozen points, which MapLibre tiles, places and draws one by one although only the top one can be seen or
// clicked. The stacked marker shows its newest claim (or the selected one) and how many more are drawn there; the
// claims table and chart still list every claim, and `ids` (a JSON array: an id is a file name and may hold any character) keeps them all for the export's sources.
import type { Feature } from 'geojson';

/** Features of one role in drawing preference (newest first): one per distinct `stackKey`, in first-seen order. */
export function stackCoincident(features: Feature[]): Feature[] {
  const groups = new Map<string, Feature[]>();
  for (const f of features) {
    const k = stackKey(f);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const out: Feature[] = [];
  for (const g of groups.values()) {
    if (g.length === 1) {
      out.push({ ...g[0]!, properties: { ...g[0]!.properties, ids: JSON.stringify([g[0]!.properties?.id]), stacked: 1 } });
      continue;
    }
    const top = g.find((f) => f.properties?.selected === true) ?? g[0]!;
    out.push({
      type: 'Feature',
      geometry: top.geometry,
      properties: {
        ...top.properties,
        label: `${String(top.properties?.label)} (+${g.length - 1} more)`,
        ids: JSON.stringify(g.map((f) => f.properties?.id)),
        stacked: g.length,
      },
    });
  }
  return out;
}

/** What makes two markers of one role one: the exact coordinates, and the figure's kind (only figures carry one). */
const stackKey = (f: Feature): string =>
  `${String(f.properties?.kind ?? '')} ${JSON.stringify((f.geometry as { coordinates?: unknown } | null)?.coordinates ?? null)}`;

/** The claim ids a drawn claim feature stands for: its stack's, else its own. */
export function idsOf(properties: Record<string, unknown> | null | undefined): string[] {
  const ids = properties?.ids;
  if (typeof ids === 'string') {
    const list: unknown = JSON.parse(ids);
    if (Array.isArray(list)) return list.filter((x): x is string => typeof x === 'string');
  }
  return typeof properties?.id === 'string' ? [properties.id] : [];
}
