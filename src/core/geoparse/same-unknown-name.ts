// A settlement no layer knows is found only where the text places it ("the settlement of Zhovanka in the Artemovsky
// district", "the villages of Sladkoe and Novoye in the Zaporizhzhia region"): the spotter looks up gazetteer names, so
// the same word elsewhere in the article ("freed Zhovanka", "control over Sladkoe") was never a mention at all, and one
// sense per article (one-sense.ts) had nothing to give its reading to. Those other occurrences of the very word are the
// same settlement, read as the placed one was.
import { SETTLEMENT_UNKNOWN } from './approximate.ts';
import type { ParsedMention } from './geoparse.ts';
import { spanAt, type Span } from '../text/sentences.ts';

/** A settlement the text itself placed (in a district or oblast it names, in a list it qualifies, near a neighbour):
 * not one mapped to the article's only oblast for want of any clue (SETTLEMENT_UNKNOWN), a guess too weak to copy. */
const placedUnknown = (m: ParsedMention): boolean =>
  m.unlisted === true &&
  m.entry !== null &&
  (m.status === 'resolved' || m.status === 'low-confidence') &&
  m.reason.startsWith('not in the gazetteer; ') &&
  !m.reason.startsWith(SETTLEMENT_UNKNOWN);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The mentions with every unspotted occurrence of a placed unknown settlement's word added, read as it was. A word
 * read as two different places, or an occurrence any stage already took (a person, an organisation), is left alone. */
export function sameUnknownName(text: string, sentences: readonly Span[], mentions: readonly ParsedMention[]): ParsedMention[] {
  const placed = new Map<string, ParsedMention>();
  const split = new Set<string>();
  for (const m of mentions) {
    if (!placedUnknown(m)) continue;
    const o = placed.get(m.text);
    if (o && (o.entry!.id !== m.entry!.id || o.precision !== m.precision)) split.add(m.text);
    else if (!o) placed.set(m.text, m);
  }
  // (every reading of the word: one mention read it as a listed place, another as an unknown one, is two senses)
  for (const m of mentions)
    if (placed.has(m.text) && m.entry !== null && !m.unlisted && !m.reason.startsWith('the same name as')) split.add(m.text);
  const added: ParsedMention[] = [];
  for (const [word, o] of placed) {
    if (split.has(word)) continue;
    // the whole word, not a part of a longer one or of a hyphenated compound
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${escape(word)}(?![\p{L}\p{N}'’-])`, 'gu');
    for (const hit of text.matchAll(re)) {
      const start = hit.index!;
      const end = start + word.length;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      const sentence = spanAt(sentences, start);
      if (!sentence) continue;
      added.push({
        ...o,
        start,
        end,
        text: word,
        sentence,
        status: 'low-confidence',
        confidence: Math.min(o.confidence, 0.5),
        scored: [],
        reason: `the same name as "${o.text}" elsewhere in the article, placed there by the text (${o.reason})`,
      });
    }
  }
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
