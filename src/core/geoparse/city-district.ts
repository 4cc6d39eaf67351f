// A city's own districts ("Салтівському районі", "Киевском районе Харькова", "the Nemyshlyanskyi district",
// "Індустріальному районі"): their adjectives derive from no settlement (Салтівка, Немишля and Основа are the city's
// own quarters, not villages), so the centre reading (district-centre.ts) finds none or a namesake outside the sector
// (Київ for Kharkiv's Київський район).
// No layer holds city districts with a sourced point, so such a district is mapped at its city with precision
// `district`, as a hromada is at its centre, and only where the text ties it to that city: the city's genitive or
// "of <city>" after the noun ("районі Харкова", "district of Donetsk"), "міста"/"города" after it with the city named
// before, or the city as the nearest place named before it in the same or the two previous sentences.
import type { Span } from '../text/sentences.ts';
import type { ParsedMention } from './geoparse.ts';
import { SortedMentions } from './sorted-mentions.ts';

const CYRILLIC_ADJECTIVE = String.raw`\p{Lu}[\p{Ll}ʼ’'-]+?(?:ськ|цьк|зьк|ск|цк|н)(?:ий|ого|ому|им|ім|ая|ой|ую|ом|ый|ые|ие|их|ых|ими|ыми|ому|і)`;
const CYRILLIC_NOUN = String.raw`район(?:а|у|і|ом|е|ы|и|ах|ів|ов|ами|ам)?`;
const LATIN_ADJECTIVE = String.raw`\p{Lu}[a-z’'-]+?(?:sk|tsk|ck|n)(?:yi|yy|iy|ij|ii|y|i)`;
const LATIN_NOUN = String.raw`(?:districts?|raions?|rayons?)`;
/** "<adjective> [and <adjective>] <district noun>"; the first adjective of a pair shares the plural noun. */
const PHRASE = new RegExp(
  String.raw`(?<![\p{L}])(?:(${CYRILLIC_ADJECTIVE})\s+(?:і|й|и|та|,)\s+)?(${CYRILLIC_ADJECTIVE})\s+(${CYRILLIC_NOUN})(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(?:(${LATIN_ADJECTIVE})\s+(?:and|,)\s+)?(${LATIN_ADJECTIVE})\s+(${LATIN_NOUN})(?![\p{L}])`,
  'gu',
);
/** The city named as the noun of the phrase: "району міста", "районе города", "district of the city". */
const OF_THE_CITY = /^\s+(міста|города|of the city|in the city)(?![\p{L}])/u;
/** The two sentences before a district may name its city. */
const SENTENCES_BACK = 2;

const mapped = (m: ParsedMention): boolean => (m.status === 'resolved' || m.status === 'low-confidence') && m.entry !== null;
const isCity = (m: ParsedMention): boolean => mapped(m) && m.entry!.kind === 'city';

export function cityDistrictReadings(text: string, mentions: readonly ParsedMention[], sentences: readonly Span[]): ParsedMention[] {
  const sorted = new SortedMentions([...mentions].sort((a, b) => a.start - b.start));
  const added: ParsedMention[] = [];
  const replaced = new Set<ParsedMention>();
  for (const match of text.matchAll(PHRASE)) {
    const firstAdjective = match[1] ?? match[4];
    const adjective = match[2] ?? match[5]!;
    const noun = match[3] ?? match[6]!;
    const start = match.index;
    const nounEnd = start + match[0].length;
    const beforeNoun = match[0].slice(0, match[0].length - noun.length).trimEnd();
    const secondStart = start + beforeNoun.length - adjective.length;
    const spans: [number, number][] = firstAdjective
      ? [
          [start, start + firstAdjective.length],
          [secondStart, nounEnd],
        ]
      : [[start, nounEnd]];
    const overlapping = sorted.overlapping(start, nounEnd);
    // A phrase some stage mapped (an oblast's raion, a hromada's centre) is that reading's.
    if (overlapping.some(mapped)) continue;
    const city = cityOf(text, sorted, sentences, start, nounEnd);
    if (!city) continue;
    for (const m of overlapping) replaced.add(m);
    const sentence = sentences.find((s) => s.start <= start && start < s.end) ?? { start, end: nounEnd };
    for (const [s, e] of spans)
      added.push({
        start: s,
        end: e,
        text: text.slice(s, e),
        sentence,
        status: city.status,
        entry: city.entry,
        confidence: city.confidence,
        scored: [],
        precision: 'district',
        reason: `a district of the city ${city.entry!.name} (its adjective names no settlement), mapped there (precision district)`,
      });
  }
  if (added.length === 0) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The city the text ties the district phrase [start, end) to, if any. */
function cityOf(text: string, sorted: SortedMentions, sentences: readonly Span[], start: number, end: number): ParsedMention | undefined {
  const after = text.slice(end, end + 40);
  // The city's genitive, or "of <city>", right after the noun.
  const next = sorted.firstAtOrAfter(end);
  if (next && /^\s+(of\s+)?$/u.test(text.slice(end, next.start)) && isCity(next)) return next;
  const last = sorted.lastEndingBy(start, (m) => mapped(m) && m.entry!.kind !== 'country');
  if (OF_THE_CITY.test(after)) return last && isCity(last) ? last : undefined;
  // Else the nearest place named before it, in its own sentence or the two before, must be a city.
  const here = sentences.findIndex((s) => s.start <= start && start < s.end);
  const from = here < 0 ? start : (sentences[Math.max(0, here - SENTENCES_BACK)]?.start ?? start);
  return last && last.start >= from && isCity(last) ? last : undefined;
}
