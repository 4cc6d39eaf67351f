// The title a corpus goes by: the manifest's, when it gives one; otherwise said from the data itself — the regions
// most of the mapped mentions fall in and the span of publication dates ("Kursk Oblast and Sumy Oblast, Aug–Dec
// 2024"). The page title, the panel header and the default export title all use it.
import type { ClaimsCollection, PlacesCollection, Report } from './schema.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Aug–Dec 2024", "Dec 2024", "Nov 2023–Feb 2024". */
export function monthSpan(first: string, last: string): string {
  const [y1, m1] = first.split('-').map(Number) as [number, number];
  const [y2, m2] = last.split('-').map(Number) as [number, number];
  if (y1 === y2 && m1 === m2) return `${MONTHS[m1 - 1]} ${y1}`;
  if (y1 === y2) return `${MONTHS[m1 - 1]}–${MONTHS[m2 - 1]} ${y1}`;
  return `${MONTHS[m1 - 1]} ${y1}–${MONTHS[m2 - 1]} ${y2}`;
}

/**
 * The regions the corpus is about, most first (ties by name): those of its area claims when it has any (what the
 * map's story is), else the admin-1 regions holding the most place mentions.
 */
function mainRegions(places: PlacesCollection, claims: ClaimsCollection | undefined, max: number): string[] {
  const weight = new Map<string, number>();
  const nameOf = new Map(places.features.map((f) => [f.properties.id, f.properties]));
  for (const c of claims?.features ?? []) {
    if (c.properties.type !== 'area-held') continue;
    const region = nameOf.get(c.properties.region)?.name;
    if (region) weight.set(region, (weight.get(region) ?? 0) + 1);
  }
  if (weight.size === 0)
    for (const f of places.features) {
      const p = f.properties;
      // A region's own mentions count for it; a settlement's for the region it lies in.
      const region = p.kind === 'region' ? p.name : p.admin1;
      if (region) weight.set(region, (weight.get(region) ?? 0) + p.mentionCount);
    }
  const ranked = [...weight].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // A second region that is a minor part of the story is left out of the title.
  const top = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([, w], i) => i === 0 || w >= top / 3)
    .slice(0, max)
    .map(([name]) => name);
}

export interface CorpusTitle {
  title: string;
  subtitle: string;
}

export function corpusTitle(data: { places: PlacesCollection; claims?: ClaimsCollection; report: Report }): CorpusTitle {
  const { report } = data;
  const dates = report.articles.map((a) => a.published).sort();
  const span = dates.length ? monthSpan(dates[0]!, dates[dates.length - 1]!) : '';
  const regions = mainRegions(data.places, data.claims, 2);
  const derived = [regions.join(' and '), span].filter(Boolean).join(', ') || 'briefmap';
  const n = report.totals.articles;
  const outlets = new Set(report.articles.map((a) => a.outlet)).size;
  const counted = `${n} article${n === 1 ? '' : 's'} from ${outlets} outlet${outlets === 1 ? '' : 's'}: ${report.totals.places} places, ${report.totals.claims} claims`;
  return { title: report.title ?? derived, subtitle: report.subtitle ?? counted };
}
