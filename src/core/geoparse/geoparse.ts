// Geoparses one article: spot names, drop what is not a place, score the readings in context, and say for every
// mention what became of it.
import type { Gazetteer, IndexedEntry } from '../gazetteer/gazetteer.ts';
import type { PlaceKind } from '../schema.ts';
import { normalizeName } from '../text/normalize.ts';
import { sentenceSpans, spanAt, type Span } from '../text/sentences.ts';
import { isAllCaps, isCapitalized, tokenize, type Token } from '../text/tokens.ts';
import { confidenceOf, defaultScoringOptions, scoreCandidates, type Scored, type ScoringOptions } from './disambiguate.ts';
import { rejectionReason, type FilterContext } from './filters.ts';
import { CALENDAR, COMMON_CAPITALISED, ORGANISATION_HEADS } from './lexicon.ts';
import { findPeople } from './people.ts';
import { spotNames, type Spot } from './spot.ts';

export interface GeoparseOptions extends ScoringOptions {
  /** Below this confidence a place is still mapped but flagged (hollow symbol, listed in the report). */
  lowConfidence: number;
  /** Below this score the best reading is too weak to map at all (a small town abroad, no context). */
  minScore: number;
}

export const defaultGeoparseOptions: GeoparseOptions = {
  ...defaultScoringOptions,
  lowConfidence: 0.6,
  minScore: 0.3,
};

export type MentionStatus = 'resolved' | 'low-confidence' | 'unresolved' | 'rejected';

export interface ParsedMention {
  start: number;
  end: number;
  text: string;
  sentence: Span;
  status: MentionStatus;
  reason: string;
  entry: IndexedEntry | null;
  confidence: number;
  scored: Scored[];
}

export interface ParsedArticle {
  sentences: Span[];
  mentions: ParsedMention[];
}

const KIND_WORDS: [RegExp, PlaceKind][] = [
  [/\b(villages?|hamlets?|settlements?|сел[оа]|сіл|деревн)/iu, 'village'],
  [/\b(towns?|urban-type)/i, 'town'],
  [/\b(city|cities)\b/i, 'city'],
  [/\b(regions?|oblasts?|provinces?|област)/iu, 'region'],
];

/** "X, Y, and Z": spots joined only by commas and "and"/"or" form a list. */
function listGroups(text: string, spots: readonly Spot[]): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < spots.length; i++) {
    const prev = spots[i - 1];
    if (prev && /^\s*(,\s*(and\s+|or\s+)?|\s+(and|or|та|і|и)\s+)$/u.test(text.slice(prev.end, spots[i]!.start))) current.push(i);
    else {
      if (current.length > 1) groups.push(current);
      current = [i];
    }
  }
  if (current.length > 1) groups.push(current);
  return groups;
}

/** A region that merely shares its bare name with a settlement of the same country ("Moscow", "Kyiv") yields to it:
 * the region's own form ("Kyiv Oblast", "Kyiv region") is spotted as a longer name when the text means the region. */
function preferSettlement(spot: Spot): Spot {
  const settlements = spot.entries.filter((e) => e.kind !== 'region' && e.kind !== 'country');
  const entries = spot.entries.filter(
    (e) => e.kind !== 'region' || !settlements.some((c) => c.country === e.country && normalizeName(c.name) === normalizeName(spot.text.replace(/['’]s$/, ''))),
  );
  return entries.length === spot.entries.length ? spot : { ...spot, entries };
}

export function geoparseArticle(text: string, gazetteer: Gazetteer, options: Partial<GeoparseOptions> = {}): ParsedArticle {
  const opts = { ...defaultGeoparseOptions, ...options };
  const tokens = tokenize(text);
  const sentences = sentenceSpans(text);
  const sentenceStarts = new Set<number>();
  let s = 0;
  tokens.forEach((t, i) => {
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    const sp = sentences[s];
    if (sp && sp.start === t.start) sentenceStarts.add(i);
    // Quoted speech and headings start sentences too.
    if (i === 0 || /["“‘«]\s*$/.test(text.slice(tokens[i - 1]!.end, t.start))) sentenceStarts.add(i);
  });
  const lowercaseWords = new Set(tokens.filter((t) => !isCapitalized(t.text)).map((t) => t.text.toLowerCase()));
  const spots = spotNames(text, tokens, gazetteer).map(preferSettlement);
  const ctx: FilterContext = { text, tokens, people: findPeople(text, tokens), lowercaseWords, sentenceStarts, spotStarts: new Set(spots.map((s) => s.first)) };

  const rejected = new Map<Spot, string>();
  for (const spot of spots) {
    const reason = rejectionReason(spot, ctx);
    if (reason) rejected.set(spot, reason);
  }
  const accepted = spots.filter((sp) => !rejected.has(sp));

  // Article context: regions and countries named outright, and the regions/countries of names with one reading.
  const articleAdmin1 = new Set<string>();
  const articleCountries = new Set<string>();
  for (const sp of accepted) {
    const located = sp.entries.filter((e) => e.layer !== 'unlocated');
    if (located.length !== 1 && !located.every((e) => e.kind === 'country' || e.kind === 'region')) continue;
    for (const e of located) {
      if (e.kind === 'country') articleCountries.add(e.country);
      else if (e.admin1) {
        articleAdmin1.add(e.admin1);
        articleCountries.add(e.country);
      }
    }
  }

  const groups = listGroups(text, accepted);
  const groupOf = new Map<number, number[]>();
  for (const g of groups) for (const i of g) groupOf.set(i, g);

  const mentions: ParsedMention[] = [];
  accepted.forEach((spot, i) => {
    const sentence = spanAt(sentences, spot.start) ?? { start: spot.start, end: spot.end };
    const inSentence = accepted.filter((o, j) => j !== i && o.start >= sentence.start && o.end <= sentence.end);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const sentenceAdmin1 = new Set(inSentence.flatMap((o) => o.entries.filter((e) => e.kind === 'region' && e.admin1).map((e) => e.admin1!)));
    const sentenceKinds = new Set(KIND_WORDS.filter(([re]) => re.test(sentenceText)).map(([, k]) => k));
    const mates = (groupOf.get(i) ?? []).filter((j) => j !== i).map((j) => accepted[j]!.entries);
    const scored = scoreCandidates(
      spot.entries,
      {
        articleAdmin1,
        articleCountries,
        sentenceAdmin1,
        sentenceCountries: new Set(inSentence.flatMap((o) => o.entries.filter((e) => e.kind === 'country').map((e) => e.country))),
        sentenceKinds,
        listMates: mates,
        sentenceMates: inSentence.map((o) => o.entries),
        unique: spot.entries.length === 1,
      },
      opts,
    );
    const top = scored[0]!;
    const confidence = confidenceOf(scored);
    const base = { start: spot.start, end: spot.end, text: spot.text, sentence, scored, confidence };
    if (top.score < opts.minScore)
      mentions.push({ ...base, status: 'unresolved', entry: null, reason: `weak reading: best is ${top.entry.name} (${top.entry.country}), ${top.why.join('; ')}` });
    else if (top.entry.lon === null)
      mentions.push({ ...base, status: 'unresolved', entry: top.entry, reason: `identified as ${top.entry.name} (${top.entry.admin1 ?? top.entry.country}) but no source gives its coordinates: ${top.entry.note ?? ''}`.trim() });
    else if (confidence < opts.lowConfidence)
      mentions.push({ ...base, status: 'low-confidence', entry: top.entry, reason: `confidence ${confidence}: ${top.why.join('; ')}` });
    else mentions.push({ ...base, status: 'resolved', entry: top.entry, reason: top.why.join('; ') });
  });

  for (const [spot, reason] of rejected) {
    const sentence = spanAt(sentences, spot.start) ?? { start: spot.start, end: spot.end };
    mentions.push({ start: spot.start, end: spot.end, text: spot.text, sentence, status: 'rejected', reason, entry: null, confidence: 0, scored: [] });
  }
  mentions.push(...unknownNames(text, tokens, sentences, spots, ctx));
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { sentences, mentions };
}

/** Capitalised names after place words ("near X", "villages of X, Y") that no gazetteer knows: reported, never guessed. */
const PLACE_CUE = /^(in|near|outside|around|from|villages?|towns?|city|settlements?)$/i;

function unknownNames(text: string, tokens: readonly Token[], sentences: Span[], spots: readonly Spot[], ctx: FilterContext): ParsedMention[] {
  const covered = new Set<number>();
  for (const sp of spots) for (let i = sp.first; i < sp.last; i++) covered.add(i);
  const out: ParsedMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const cue = tokens[i - 1]!;
    const cueWord = cue.text.toLowerCase();
    const afterOf = cueWord === 'of' && i > 1 && /^(villages?|towns?|settlements?)$/i.test(tokens[i - 2]!.text);
    if (!(PLACE_CUE.test(cueWord) || afterOf) || text.slice(cue.end, t.start) !== ' ') continue;
    if (covered.has(i) || !isCapitalized(t.text) || isAllCaps(t.text) || /\d/.test(t.text) || ctx.people.tokens.has(i)) continue;
    const w = t.text.toLowerCase().replace(/['’]s$/, '');
    if (CALENDAR.has(w) || COMMON_CAPITALISED.has(w) || ORGANISATION_HEADS.has(w) || ctx.people.surnames.has(w)) continue;
    if (/(an|ian|ese|ish|i)$/.test(w) && isCapitalized(tokens[i + 1]?.text ?? '') === false && /^[a-z]/.test(tokens[i + 1]?.text ?? '')) continue; // demonym before a noun
    const next = tokens[i + 1];
    if (next && isCapitalized(next.text) && text.slice(t.end, next.start) === ' ') continue; // a longer proper name: organisation or person
    const end = /['’]s$/.test(t.text) ? t.end - 2 : t.end;
    const sentence = spanAt(sentences, t.start) ?? { start: t.start, end };
    out.push({ start: t.start, end, text: text.slice(t.start, end), sentence, status: 'unresolved', reason: 'not in the gazetteer', entry: null, confidence: 0, scored: [] });
  }
  return out;
}
