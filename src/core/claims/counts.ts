// Troop and casualty figures: "about 11,000 North Korean soldiers", "a 12,000-strong force", "at least 30 soldiers
// were killed and wounded", "more than 600,000 killed and wounded", "30,000 recruits a month".
import type { ClaimFeature, CountClaimProperties } from '../schema.ts';
import { attributionIn } from './attribution.ts';
import { articleFocus, nearestPhrase, placesForFigures, sentencePhrases, sentencesMatching, sentenceText, type ClaimContext, type LocatedMention } from './context.ts';
import { HAS_NUMBER, NUMBER_PATTERN, parseNumber } from './numbers.ts';
import { QUALIFIER_PATTERN, qualifierOf } from './qualifiers.ts';

const NOUN = String.raw`(troops|soldiers|servicemen|personnel|fighters|forces|recruits|military personnel|contingent|force|військових|военных|солдат)`;
/** Up to three capitalised or adjective words between figure and noun: "North Korean", "Russian and North Korean". */
const WHO = String.raw`((?:(?:[A-Z][\p{L}-]+|and|additional|more|new|foreign|elite|enemy)\s){0,4})`;
const COUNT = new RegExp(String.raw`(?:(${QUALIFIER_PATTERN})\s)?(${NUMBER_PATTERN})(-strong\s(?:force|contingent)|\s${WHO}${NOUN}|\s(?:were\s)?(?:killed|wounded|dead)(?:\s(?:and|or)\s(?:killed|wounded))?)`, 'gu');
/** Every COUNT match holds a number (see HAS_NUMBER) and one of these (same case sensitivity): a noun, "-strong" or
 * "killed"/"wounded"/"dead". Sentences without both are skipped. */
const HAS_COUNTED = /troops|soldiers|servicemen|personnel|fighters|force|recruits|contingent|військових|военных|солдат|-strong|killed|wounded|dead/;
const CASUALTY = /\b(killed|wounded|casualt\p{L}*|dead|losses|injured)\b/iu;

function countsOf(match: string, sentence: string): CountClaimProperties['counts'] {
  if (/recruits/i.test(match)) return 'recruits';
  if (/killed|wounded|dead/i.test(match) || CASUALTY.test(sentence)) {
    if (/killed/i.test(sentence) && /wounded/i.test(sentence)) return 'casualties';
    if (/killed|dead/i.test(sentence)) return 'killed';
    if (/wounded/i.test(sentence)) return 'wounded';
    return 'casualties';
  }
  return 'troops';
}

export function extractCountClaims(ctx: ClaimContext): ClaimFeature[] {
  const out: ClaimFeature[] = [];
  const { article } = ctx;
  const focus = articleFocus(ctx);
  const hasNumber = sentencesMatching(ctx, HAS_NUMBER);
  const { sentences } = ctx.parsed;
  for (let k = 0; k < sentences.length; k++) {
    if (!hasNumber[k]) continue;
    const sentence = sentences[k]!;
    const text = sentenceText(ctx, sentence);
    if (!HAS_COUNTED.test(text)) continue;
    let places: LocatedMention[] | undefined; // only sentences with a figure need them
    for (const m of text.matchAll(COUNT)) {
      const value = parseNumber(m[2]!);
      if (value === null || value < 2) continue;
      // Years and calibres are not counts.
      if (/^(1[89]|20)\d\d$/.test(m[2]!) && !/troops|soldiers|strong/.test(m[3]!)) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      // A settlement or region named in the sentence; else a country the figure is "in"; else what the article is about.
      places ??= placesForFigures(ctx, sentence);
      const place =
        places.find((p) => p.entry.kind !== 'country' && p.start >= end) ??
        places.find((p) => p.entry.kind !== 'country') ??
        places.find((p) => p.entry.kind === 'country' && /\bin\s$/.test(article.text.slice(p.start - 3, p.start))) ??
        focus ??
        places[0];
      if (!place) continue;
      const who = (m[4] ?? '').trim();
      const noun = m[5] ?? (/strong/.test(m[3]!) ? 'troops' : m[3]!.trim());
      const phrase = nearestPhrase(sentencePhrases(ctx, sentence), start, end);
      out.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [place.entry.lon, place.entry.lat] },
        properties: {
          type: 'count',
          id: `${article.file}:${start}`,
          article: article.file,
          published: article.published,
          quote: text,
          start,
          end,
          attributedTo: attributionIn(text),
          asOf: phrase?.period ?? { start: article.published, end: article.published },
          asOfBasis: phrase ? `“${phrase.text}”` : 'the publication date',
          value,
          valueMin: value,
          valueMax: value,
          qualifier: qualifierOf(m[1]),
          counts: countsOf(m[0], text),
          subject: `${who ? `${who} ` : ''}${noun}`.replace(/\s+/g, ' ').trim(),
          place: place.entry.id,
        },
      });
    }
  }
  return out;
}
