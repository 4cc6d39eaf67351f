// An uploaded article's date and title from its own text, never from the file's time: the dateline or the first full
// date (day, month and year) in the text, in English, Ukrainian or Russian; the title from the headline line.
import * as chrono from 'chrono-node';

/** Only the head of a long text is searched: datelines and bylines come first. */
const HEAD = 20_000;
const MAX_TITLE = 200;

export interface ArticleMeta {
  title: string | null;
  published: string | null; // YYYY-MM-DD, or null when the text gives no full date (then ask the user)
  basis: string | null; // the words the date was read from
}

const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Whether the matched words write the year (2024, or 24 in 30.11.24). chrono also calls the year of a relative date
 * ("last few days", "минулого тижня") certain, computed from the reference instant: an upload was dated 1999. */
const writesYear = (words: string, year: number): boolean =>
  (words.match(/\d+/g) ?? []).some((d) => Number(d) === year || (d.length === 2 && Number(d) === year % 100));

/** The first full date in the text: day, month and year all written (chrono's "certain" components, the year in the
 * words themselves). */
export function firstFullDate(text: string): { date: string; text: string } | null {
  const head = text.slice(0, HEAD);
  let best: { index: number; date: string; text: string } | null = null;
  for (const parser of [chrono, chrono.uk, chrono.ru])
    for (const r of parser.parse(head, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 }, { forwardDate: false })) {
      const c = r.start;
      if (!c.isCertain('day') || !c.isCertain('month') || !c.isCertain('year')) continue;
      const y = c.get('year')!;
      if (y < 1900 || y > 2100 || !writesYear(r.text, y)) continue;
      if (!best || r.index < best.index) best = { index: r.index, date: iso(y, c.get('month')!, c.get('day')!), text: r.text };
    }
  return best && { date: best.date, text: best.text };
}

/** The headline: the first non-empty line, when it is short and more text follows (markdown heading marks dropped). */
export function headline(text: string): string | null {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => l.trim().length > 0);
  if (i < 0) return null;
  const line = lines[i]!.trim()
    .replace(/^#+\s*/, '')
    .trim();
  const rest = lines
    .slice(i + 1)
    .join('\n')
    .trim();
  if (!line || line.length > MAX_TITLE || rest.length === 0) return null;
  return line;
}

export function articleMeta(text: string): ArticleMeta {
  const found = firstFullDate(text);
  return { title: headline(text), published: found?.date ?? null, basis: found?.text ?? null };
}
