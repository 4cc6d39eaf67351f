// Seed sentences → templates: literal text with slots where the generator may put another theatre place, figure or
// date. Parsing happens once, so rendering an article is only string concatenation (10,000 articles in seconds).
import { sentenceSpans } from '../../src/core/text/sentences.ts';

/** A theatre place as the generator needs it (data/gazetteer/theatre.json holds more). */
export interface TheatrePlace {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  country: string;
}

export type Slot =
  /** `regional`: the name stands for its region ("Kursk region", "Kursk Oblast"), so only a regional capital may
   * replace it; a bare name ("retake Kursk") may become any settlement of the same country. */
  | { type: 'place'; id: string; regional: boolean }
  /** A figure ≥ 32 that is not a year; `step` keeps its roundness (11,000 stays a multiple of 1,000). */
  | { type: 'number'; value: number; commas: boolean; step: number }
  /** A month name, with its day before ("19 June") or after ("December 14") when it had one. */
  | { type: 'date'; day: 'before' | 'after' | null };

export type Part = string | Slot;

export interface Template {
  parts: Part[];
  /** A crosshead ("Russian Military Shortcomings"): its own paragraph, never inside one. */
  subhead: boolean;
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const LATIN = /^[\p{Script=Latin}\s'’-]+$/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English-prose spellings of a place: its name and the Latin-script aliases (Cyrillic ones are not for English text). */
export const latinSpellings = (p: TheatrePlace): string[] => [p.name, ...p.aliases.filter((a) => LATIN.test(a) && a !== p.name)];

/** One pass finds all three kinds of slot, so they can never overlap. */
function slotPattern(places: readonly TheatrePlace[]): { re: RegExp; idOf: Map<string, string> } {
  const idOf = new Map<string, string>();
  for (const p of places) for (const s of latinSpellings(p)) if (!idOf.has(s)) idOf.set(s, p.id);
  const names = [...idOf.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join('|');
  const place = `(?<![\\p{L}\\p{N}])(?<place>${names})(?![\\p{L}\\p{N}])`;
  const date = `(?<![\\p{L}\\p{N}])(?:(?<dayBefore>\\d{1,2}) )?(?<month>${MONTHS.join('|')})(?: (?<dayAfter>\\d{1,2})(?![\\p{N}]|,\\d))?(?<year>,? \\d{4})?(?![\\p{L}\\p{N}])`;
  // Not part of a word, a code ("Il-76"), a price ("$8,300") or a decimal.
  const num = `(?<![\\p{L}\\p{N}\\-.,/$\\\\])(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\p{L}\\p{N}\\-/]|[.,]\\d)`;
  return { re: new RegExp(`${place}|${date}|${num}`, 'gu'), idOf };
}

function numberSlot(raw: string): Slot | null {
  const value = Number(raw.replaceAll(',', ''));
  const digits = String(value).length;
  // Small numbers are often days or counts of days; a bare four-digit 19xx/20xx is a year. Both stay as written.
  if (value < 32 || (!raw.includes(',') && value >= 1900 && value <= 2100)) return null;
  const trailingZeros = /0*$/.exec(String(value))![0].length;
  return { type: 'number', value, commas: raw.includes(',') || value < 1000, step: 10 ** Math.max(0, Math.min(trailingZeros, digits - 2)) };
}

const REGION_WORD = /^(?:['’]s)?\s+(?:region|oblast)\b/i;

/** Inline links keep their words: "[pushed back Ukraine's army in Kursk](#)" → "pushed back Ukraine's army in Kursk". */
const LINK = /\[([^\]]+)\]\([^)]*\)/g;

/** Page furniture the seeds were scraped with (image links, bylines, player widgets, bold markup), not prose. */
const FURNITURE = /\]\(|\*\*|©|\||https?:|^[a-z]|^Read also|^Additional reporting|^Cartography|rights reserved/;

const balanced = (s: string): boolean =>
  (s.match(/“/g)?.length ?? 0) === (s.match(/”/g)?.length ?? 0) && (s.match(/"/g)?.length ?? 0) % 2 === 0;

export interface Templater {
  /** One sentence or title → template. */
  toTemplate(text: string): Template;
  /** The usable sentences of one seed article, in order: prose sentences and short crossheads (not the headline
   * repeated at the top, nor a linked headline such as "Read also: …"'s "Ukraine’s Mineral Wealth: The Battle …"). */
  seedTemplates(text: string, title: string): Template[];
}

export function createTemplater(places: readonly TheatrePlace[]): Templater {
  const { re, idOf } = slotPattern(places);
  const toTemplate = (text: string): Template => {
    const parts: Part[] = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
      const g = m.groups!;
      let slot: Slot | null = null;
      if (g.place) slot = { type: 'place', id: idOf.get(g.place)!, regional: REGION_WORD.test(text.slice(m.index + m[0].length)) };
      // A date with its year ("in October 2022", "19 June 2024") is history, not the period the article reports on.
      else if (g.month && !g.year) slot = { type: 'date', day: g.dayBefore ? 'before' : g.dayAfter ? 'after' : null };
      else if (g.num) slot = numberSlot(g.num);
      if (!slot) continue;
      if (m.index > last) parts.push(text.slice(last, m.index));
      parts.push(slot);
      last = m.index + m[0].length;
    }
    if (last < text.length) parts.push(text.slice(last));
    return { parts, subhead: !/[.!?]["”’)]?$/.test(text) };
  };
  const seedTemplates = (text: string, title: string): Template[] => {
    const out: Template[] = [];
    for (const span of sentenceSpans(text)) {
      const s = text.slice(span.start, span.end).replace(LINK, '$1');
      if (FURNITURE.test(s) || !balanced(s)) continue;
      const t = toTemplate(s);
      if (t.subhead ? s.length < 15 || s.length > 80 || s.includes(':') || s === s.toUpperCase() || s === title : s.length < 40) continue;
      out.push(t);
    }
    return out;
  };
  return { toTemplate, seedTemplates };
}
