// Who states a claim, read from its sentence (attribution.ts), with the sentence's places known: a settlement the
// geoparser found there is never the one who says it ("said Dalne had fallen"), unless it names a side as its
// government's seat ("Kyiv said", "Moscow claimed"): the events' claimant test, notAPlace, on the sentence's places;
// nor is a word capitalised only because it opens the sentence (speaker-opener.ts).
import { SETTLEMENT_KINDS } from '../events/lexicon.ts';
import { notAPlace } from '../events/claimant.ts';
import type { Span } from '../text/sentences.ts';
import { attributionIn } from './attribution.ts';
import { withoutSentenceOpener } from './speaker-opener.ts';
import type { ClaimContext } from './context.ts';
import type { ParsedMention } from '../geoparse/geoparse.ts';

/** The mentions of each sentence, by its start: built once per article, so each sentence looks at its own alone. */
const BY_SENTENCE = new WeakMap<ClaimContext, Map<number, ParsedMention[]>>();
function mentionsOf(ctx: ClaimContext, sentence: Span): readonly ParsedMention[] {
  let by = BY_SENTENCE.get(ctx);
  if (!by) {
    by = new Map();
    for (const m of ctx.parsed.mentions) {
      const list = by.get(m.sentence.start);
      if (list) list.push(m);
      else by.set(m.sentence.start, [m]);
    }
    BY_SENTENCE.set(ctx, by);
  }
  return by.get(sentence.start) ?? [];
}

export function attributedIn(ctx: ClaimContext, sentence: Span, text: string): string | null {
  // (any mention the geoparser did not reject: "Покровске" may stay unresolved among its namesakes and is a place still;
  // a settlement only, a region or a country may speak for its authorities, "Kharkiv region said")
  const places = mentionsOf(ctx, sentence)
    .filter((m) => m.status !== 'rejected' && (m.entry === null || SETTLEMENT_KINDS.has(m.entry.kind)))
    .map((m) => m.text);
  // (a reading that is only the sentence's opening word, "Ранее", "Глава", is none: the next pattern is tried)
  const who = attributionIn(text, (w) => notAPlace(w, places) === null || withoutSentenceOpener(w, text) === null);
  return who === null ? null : withoutSentenceOpener(who, text);
}
