// English copy slips a letter in a village's name as often as it spells it ("Suzha" for Sudzha, "Kupianisk",
// "Shbekino", "Zaphorizhzhia", "Bourhunka"): the spotter looks names up whole, so the word is no mention at all. A
// capitalised Latin word no stage took, one letter (added, dropped or changed) from the name of a settlement in an
// oblast the article already maps, and from no other, is read as that settlement, with low confidence.
import { isLocated, type Gazetteer, type IndexedEntry } from '../gazetteer/gazetteer.ts';
import { hasCyrillic } from '../text/cyrillic.ts';
import { normalizeName } from '../text/normalize.ts';
import { spanAt, type Span } from '../text/sentences.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { isCapitalized, type Token } from '../text/tokens.ts';
import type { ParsedMention } from './geoparse.ts';
import { isRead } from './mention-read.ts';

/** Shorter words are one letter from too many names (and from English words). */
const MIN_LETTERS = 5;
const LATIN_WORD = /^[A-Z][a-z]+$/;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every spelling one letter from `w` (lower case a–z). */
function oneLetterFrom(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) out.add(w.slice(0, i) + w.slice(i + 1));
    for (const c of LETTERS) {
      out.add(w.slice(0, i) + c + w.slice(i));
      if (i < w.length && c !== w[i]) out.add(w.slice(0, i) + c + w.slice(i + 1));
    }
  }
  out.delete(w);
  return out;
}

/** Most longer words capitalised, places aside (a list of villages is no headline): a headline in title case ("Houses
 * Burnt to the Ground"). */
function titleCase(text: string, sentence: Span, mentions: readonly ParsedMention[]): boolean {
  const words = [...text.slice(sentence.start, sentence.end).matchAll(/\p{L}{4,}/gu)]
    .map((x) => ({ word: x[0], at: sentence.start + x.index }))
    .filter((x) => !mentions.some((m) => m.start <= x.at && x.at < m.end));
  return words.length >= 3 && words.filter((x) => isCapitalized(x.word)).length / words.length > 0.6;
}

/** Whether the article writes the word, anywhere, as a name's last part after a capitalised word ("Oleksiy Hromov",
 * "Sergiy Gaiday": the person, later "Hromov continued") or before a word for water ("the Oskol river"). */
function namesOther(text: string, word: string): boolean {
  const w = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    String.raw`(\p{Lu}[\p{L}'’.-]*[ -]${w}(?![\p{L}])|(?<![\p{L}])${w}\s+(river|river's|reservoir|lake|valley)\b)`,
    'u',
  ).test(text);
}

/** Where a place's name stands: after a preposition of place or in a list ("the outskirts of Suzha", "towards
 * Kupianisk", "Bourhunka, Havrylivka"), or before a list's joint or a place noun ("Lischansk and Severodonetsk areas",
 * "the Gravoron district"). A name after "reported to" or "two" is someone's or something's. */
const BEFORE_PLACE =
  /(?:\b(?:of|in|near|at|from|towards?|over|around|outside|into|and|targeting|retook|took|captured|liberated|entered)|,)\s+$/iu;
const AFTER_PLACE = /^(?:\s*,|\s+(?:and|or|district|region|community|hromada|area|areas|village|city|town|direction|checkpoint)\b)/iu;
/** A word right after someone is reported, said or written to or by ("reported to Belousov", "according to Syrskyi",
 * "signed by Gerasimov") is a person's name, whatever follows it. */
const ADDRESSEE =
  /\b(?:report\w*|sa(?:id|ys?)|told|tell\w*|according|wr(?:ote|itten)|sign\w*|order\w*|submit\w*|address\w*)\s+(?:to|by)\s+$/iu;
/** Whether the article also writes the word in lower case: a common noun ("a kozak" armoured car), not a name. */
const asCommonNoun = (text: string, word: string): boolean => new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text);
const placeSyntax = (text: string, t: Token): boolean =>
  BEFORE_PLACE.test(text.slice(Math.max(0, t.start - 40), t.start)) || AFTER_PLACE.test(text.slice(t.end, t.end + 40));

const isSettlement = (e: IndexedEntry): boolean => (e.kind === 'village' || e.kind === 'town' || e.kind === 'city') && isLocated(e);

/** The mentions with one-letter slips of the article's settlements' oblasts read. `people`: token indices of persons'
 * names. Latin copy only. */
export function oneLetterSlips(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  mentions: readonly ParsedMention[],
  gazetteer: Gazetteer,
  people: ReadonlySet<number>,
): ParsedMention[] {
  if (hasCyrillic(text)) return [...mentions];
  // The oblasts the article maps (its named regions and its settlements read with confidence).
  const oblasts = new Set(
    mentions
      .filter((m) => isRead(m) && m.status === 'resolved' && m.entry.admin1 !== null)
      .map((m) => `${m.entry!.country}|${m.entry!.admin1}`),
  );
  if (oblasts.size === 0) return [...mentions];
  const added: ParsedMention[] = [];
  tokens.forEach((t, k) => {
    if (!LATIN_WORD.test(t.text) || t.text.length < MIN_LETTERS || !isCapitalized(t.text) || people.has(k)) return;
    const w = normalizeName(t.text);
    if (STOPWORDS.has(w) || gazetteer.lookup(w).length > 0) return;
    // (not the first word of a longer capitalised name: "Suzha checkpoint" is read, "Ivanka Trump" is not)
    const next = tokens[k + 1];
    if (next && isCapitalized(next.text) && /^\s+$/.test(text.slice(t.end, next.start))) return;
    // (nor its last: "Khutir Vilny" is a name of its own)
    const prev = tokens[k - 1];
    if (prev && isCapitalized(prev.text) && /^[ -]+$/.test(text.slice(prev.end, t.start))) return;
    if (mentions.some((m) => m.start < t.end && t.start < m.end)) return;
    if (namesOther(text, t.text) || !placeSyntax(text, t)) return;
    if (ADDRESSEE.test(text.slice(Math.max(0, t.start - 40), t.start)) || asCommonNoun(text, t.text)) return;
    const sentence = spanAt(sentences, t.start);
    // A sentence's or a quotation's first word, or a word of a title-case headline: its capital says nothing.
    if (!sentence || sentence.start === t.start || /[“"«(/‘]\s*$/u.test(text.slice(sentence.start, t.start))) return;
    if (titleCase(text, sentence, mentions)) return;
    const found = new Map<string, IndexedEntry>();
    for (const v of oneLetterFrom(w)) {
      // (the same first letter; and not an English plural of the name: "Marines" is no Marine)
      if (v[0] !== w[0] || (w.endsWith('s') && v === w.slice(0, -1))) continue;
      for (const e of gazetteer.lookup(v)) if (isSettlement(e) && oblasts.has(`${e.country}|${e.admin1}`)) found.set(e.id, e);
    }
    if (found.size !== 1) return;
    const entry = [...found.values()][0]!;
    added.push({
      start: t.start,
      end: t.end,
      text: t.text,
      sentence,
      status: 'low-confidence',
      reason: `no name any layer spells so: one letter from ${entry.name}, a settlement of ${entry.admin1}, an oblast the article maps`,
      entry,
      confidence: 0.5,
      scored: [],
    });
  });
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
