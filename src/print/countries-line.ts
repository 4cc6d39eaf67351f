// The line of countries the articles name but the map does not draw: the panel of a printed page and the viewer's
// box at the map's edge say it in the same words.
import { keepWhole } from './text-wrap.ts';

/** What the line's counts are: articles naming the country published by the date (all of them in hindsight). */
export function countriesHeading(toDate = true): string {
  return `Countries named, not drawn (articles${toDate ? ' to date' : ''}): `;
}

/** "Ukraine 6": a country and the articles naming it. */
export const countryCount = (c: { name: string; articles: number }): string => `${c.name} ${c.articles.toLocaleString('en-GB')}`;

/** "Countries named, not drawn (articles to date): Ukraine 6 · Russian Federation 5 · +3 more": as many as fit on
 * one line of `maxW` px (at least the first), in the given order (most articles first). Each country with its count,
 * and the "+3 more", is kept whole on a line when wrapped (keepWhole). */
export function countriesLine(
  countries: readonly { name: string; articles: number }[],
  maxW: number,
  fits: (text: string) => boolean,
): string | null {
  const n = countries.length;
  if (n === 0) return null;
  const line = (k: number) =>
    `${countriesHeading()}${countries
      .slice(0, k)
      .map((c) => keepWhole(countryCount(c)))
      .join(' · ')}${k < n ? ` · ${keepWhole(`+${n - k} more`)}` : ''}`;
  for (let k = n; k > 1; k--) if (fits(line(k))) return line(k);
  return maxW > 0 ? line(1) : null;
}
