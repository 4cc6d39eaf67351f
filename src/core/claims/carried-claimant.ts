// Who says a figure whose own sentence names no speaker: the source the events read for the same sentence. A report
// names its source once ("The Russian Defence Ministry said …") and goes on in sentences that point back to it ("It
// said …", "за його словами"), continue it ("Також …") or stay in its paragraph; a document is cited with an impersonal
// verb ("— йдеться у зведенні Генштабу ЗСУ"); a headline names its source after its dash or before its colon. The
// events' readers of these (claimant-carry.ts, document-source.ts, headline-source.ts) are walked once over the
// article's sentences, with the claims' own reader of a sentence's speaker (attributed.ts) as each sentence's own.
// Only a carried source is flagged attributionCarried; a document or headline source is the sentence's own. The carry
// is not bounded further (no single-source carry across paragraphs, no according-to phrase ending its sentence): the
// dev gold names the report's source for the figures after it (claims README, round 52 fixD: dev claimant 805 → 691).
import { notAPlace } from '../events/claimant.ts';
import { ClaimantCarry } from '../events/claimant-carry.ts';
import { documentSourceIn } from '../events/document-source.ts';
import { headlineSourceIn } from '../events/headline-source.ts';
import type { ClaimFeature } from '../schema.ts';
import type { Span } from '../text/sentences.ts';
import { attributedIn } from './attributed.ts';
import type { ClaimContext } from './context.ts';

interface Speaker {
  who: string | null;
  /** read from the report around the sentence, not the sentence itself */
  carried: boolean;
}

/** Each sentence's speaker, its own or carried, by the sentence's index (one walk over the article). */
function speakersBySentence(ctx: ClaimContext): Speaker[] {
  const { text } = ctx.article;
  const places = new Map<number, Span[]>();
  for (const m of ctx.parsed.mentions) {
    if (m.status === 'rejected') continue;
    const list = places.get(m.sentence.start);
    if (list) list.push(m);
    else places.set(m.sentence.start, [m]);
  }
  const carry = new ClaimantCarry();
  const out: Speaker[] = [];
  let lastEnd = 0;
  for (const sentence of ctx.parsed.sentences) {
    const said = text.slice(sentence.start, sentence.end);
    const located = places.get(sentence.start) ?? [];
    const names = located.map((m) => text.slice(m.start, m.end));
    const own = attributedIn(ctx, sentence, said) ?? notAPlace(documentSourceIn(said), names);
    // (a headline's source speaks for its own line only, as for the events: not carried on)
    const headline = own === null ? notAPlace(headlineSourceIn(text, sentence, located), names) : null;
    const held = carry.next(said, own, text.slice(lastEnd, sentence.start).includes('\n'));
    if (own !== null || headline !== null) out.push({ who: headline ?? own, carried: false });
    else out.push({ who: held.claimant, carried: held.claimant !== null });
    lastEnd = sentence.end;
  }
  return out;
}

/** The claims with no claimant of their own given their sentence's speaker, own or carried (the claims read with one
 * keep it, and their sides are read as before). */
export function withCarriedClaimants(ctx: ClaimContext, claims: readonly ClaimFeature[]): ClaimFeature[] {
  if (!claims.some((c) => c.properties.attributedTo === null)) return [...claims];
  const speakers = speakersBySentence(ctx);
  const { sentences } = ctx.parsed;
  const indexOf = (at: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return claims.map((c) => {
    if (c.properties.attributedTo !== null || sentences.length === 0) return c;
    const { who, carried } = speakers[indexOf(c.properties.start)] ?? { who: null, carried: false };
    if (who === null) return c;
    return { ...c, properties: { ...c.properties, attributedTo: who, ...(carried ? { attributionCarried: true } : {}) } } as ClaimFeature;
  });
}
