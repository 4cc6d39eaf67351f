// Fills a template's slots for one article. Within an article each seed place maps to one substitute and one spelling,
// so the text stays coherent ("Sudzha" is "Suja" throughout, not a different town per sentence); substitutes share
// the original's country, and a name standing for its region is replaced by a regional capital, so "Russia's Kursk
// region" can become "Russia's Belgorod region" but never "Russia's Sumy region" or "the Plekhovo region".
import type { Rng } from './prng.ts';
import { latinSpellings, MONTHS, type Template, type TheatrePlace } from './templates.ts';

/** Keeping the seed's own place this often keeps Kursk as common as it is in real reporting of the incursion. */
const KEEP_ORIGINAL = 0.35;
/** How often an article uses a variant spelling ("Hlushkovo", "Ryl'sk") rather than the canonical name. */
const VARIANT_SPELLING = 0.4;

/** The substitutes for a place: same country; regional capitals only (the theatre's `city` entries) when regional. */
const groupKey = (country: string, regional: boolean): string => `${country}/${regional ? 'capital' : 'any'}`;

export function groupForSubstitution(places: readonly TheatrePlace[]): Map<string, TheatrePlace[]> {
  const groups = new Map<string, TheatrePlace[]>();
  const add = (key: string, p: TheatrePlace): void => void groups.set(key, [...(groups.get(key) ?? []), p]);
  for (const p of places) {
    add(groupKey(p.country, false), p);
    if (p.kind === 'city') add(groupKey(p.country, true), p);
  }
  return groups;
}

export function formatNumber(n: number, commas: boolean): string {
  const s = String(n);
  return commas ? s.replace(/\B(?=(\d{3})+$)/g, ',') : s;
}

export interface ArticleRenderer {
  render(t: Template): string;
}

/** `months`: the months (0-11) the article may mention, up to its publication; `lastDay`: the latest day allowed in
 * the final one, so no date runs past publication. */
export function createArticleRenderer(
  rng: Rng,
  byId: ReadonlyMap<string, TheatrePlace>,
  groups: ReadonlyMap<string, TheatrePlace[]>,
  months: readonly number[],
  lastDay: number,
): ArticleRenderer {
  const spelling = new Map<string, string>();
  const placeText = (id: string, regional: boolean): string => {
    const key = `${id}/${regional}`;
    let s = spelling.get(key);
    if (s === undefined) {
      const original = byId.get(id)!;
      // A name used regionally that is no regional capital (none in the seeds today) is kept as it is.
      const pool = regional && original.kind !== 'city' ? [original] : groups.get(groupKey(original.country, regional))!;
      const sub = rng.chance(KEEP_ORIGINAL) ? original : rng.pick(pool);
      const forms = latinSpellings(sub);
      s = forms.length > 1 && rng.chance(VARIANT_SPELLING) ? rng.pick(forms.slice(1)) : sub.name;
      spelling.set(key, s);
    }
    return s;
  };
  const dateText = (day: 'before' | 'after' | null): string => {
    const i = rng.int(0, months.length - 1);
    const month = MONTHS[months[i]!]!;
    if (!day) return month;
    const d = rng.int(1, i === months.length - 1 ? Math.min(28, lastDay) : 28);
    return day === 'before' ? `${d} ${month}` : `${month} ${d}`;
  };
  return {
    render(t) {
      // One factor per sentence keeps ranges ordered ("between 600 and 700" stays a range) and totals consistent.
      const factor = 0.5 + rng.next();
      let out = '';
      for (const p of t.parts) {
        if (typeof p === 'string') out += p;
        else if (p.type === 'place') out += placeText(p.id, p.regional);
        else if (p.type === 'date') out += dateText(p.day);
        else out += formatNumber(Math.max(p.step, Math.round((p.value * factor) / p.step) * p.step), p.commas);
      }
      return out;
    },
  };
}
