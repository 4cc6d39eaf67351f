// The panel's line of countries the articles name but the map does not draw.

/** "Countries named, not drawn: Ukraine 471× · Russia 455× · +3 more": as many as fit on one line of `maxW` px (at
 * least the first), most-mentioned first, as the viewer's box at the map's edge reads; a country without a count
 * (`mentions` null: some articles naming it are published after the date) by its name alone. */
export function countriesLine(
  countries: readonly { name: string; mentions: number | null }[],
  maxW: number,
  fits: (text: string) => boolean,
): string | null {
  const n = countries.length;
  if (n === 0) return null;
  const line = (k: number) =>
    `Countries named, not drawn: ${countries
      .slice(0, k)
      .map((c) => (c.mentions === null ? c.name : `${c.name} ${c.mentions.toLocaleString('en-GB')}×`))
      .join(' · ')}${k < n ? ` · +${n - k} more` : ''}`;
  for (let k = n; k > 1; k--) if (fits(line(k))) return line(k);
  return maxW > 0 ? line(1) : null;
}
