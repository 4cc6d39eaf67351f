// Who says a figure whose own sentence names no speaker: the source the events read for the same sentence. A report
// names its source once ("The Russian Defence Ministry said …") and goes on in sentences that point back to it ("It
// said …", "за його словами"), continue it ("Також …") or stay in its paragraph; a document is cited with an impersonal
// verb ("— йдеться у зведенні Генштабу ЗСУ"); a headline names its source after its dash or before its colon. The
// events' readers of these (claimant-carry.ts, document-source.ts, headline-source.ts) are walked once over the
// article's sentences, with the claims' own reader of a sentence's speaker (attributed.ts) as each sentence's own.
// Only a carried source is flagged attributionCarried; a document or headline source is the sentence's own. A source
// named by an according-to phrase that ends its sentence ("…, according to the estimate.") qualifies that sentence,
// not the next of its paragraph unless that points back, continues or has a verb of saying of its own ("…, the
// analysis said."). The single-source carry across paragraphs stays: the dev gold names the report's source for the
// figures after it (round 52 fixD: without it dev claimant 805 → 691).
import { notAPlace } from '../events/claimant.ts';
import { ClaimantCarry } from '../events/claimant-carry.ts';
import { documentSourceIn } from '../events/document-source.ts';
import { headlineSourceIn } from '../events/headline-source.ts';
import { partitionPoint } from '../partition-point.ts';
import type { ClaimFeature } from '../schema.ts';
import { DOCUMENT_SAYING_CYR, SAYING_EN, SPEAKING_CYR } from '../text/saying.ts';
import type { Span } from '../text/sentences.ts';
import { attributedIn } from './attributed.ts';
import type { ClaimContext } from './context.ts';

/** A source named by an according-to phrase past the sentence's last comma: "…, according to the estimate.", "…, за
 * даними розвідки.", "…, по данным Минобороны." (one tail slice: linear). */
const FINAL_ACCORDING =
  /(?:^|[,;(—–]\s*)(?:according\s+to|за\s+(?:даними|словами|оцінками|інформацією)|по\s+(?:данным|словам|оценкам|информации)|згідно\s+з)\s[^,;:]{1,80}$/iu;
const endsWithAccording = (sentence: string): boolean => FINAL_ACCORDING.test(sentence.slice(-120).replace(/[\s.!?"”»)]+$/u, ''));
/** A verb of saying: a sentence with one whose speaker the reader did not take speaks for the source before it. */
const SAYS = new RegExp(String.raw`(?<![\p{L}])(?:${SAYING_EN}|${SPEAKING_CYR}|${DOCUMENT_SAYING_CYR})(?![\p{L}])`, 'iu');

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
  // (the last own source was an according-to phrase ending its sentence)
  let finalAccording = false;
  for (const sentence of ctx.parsed.sentences) {
    const said = text.slice(sentence.start, sentence.end);
    const located = places.get(sentence.start) ?? [];
    const names = located.map((m) => text.slice(m.start, m.end));
    const own = attributedIn(ctx, sentence, said) ?? notAPlace(documentSourceIn(said), names);
    // (a headline's source speaks for its own line only, as for the events: not carried on)
    const headline = own === null ? notAPlace(headlineSourceIn(text, sentence, located), names) : null;
    const held = carry.next(said, own, text.slice(lastEnd, sentence.start).includes('\n'));
    if (own !== null) finalAccording = endsWithAccording(said);
    const bounded = finalAccording && held.carried === 'paragraph' && !SAYS.test(said);
    if (own !== null || headline !== null) out.push({ who: headline ?? own, carried: false });
    else out.push({ who: bounded ? null : held.claimant, carried: !bounded && held.claimant !== null });
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
  // (the last sentence starting at or before the claim, else the first)
  const indexOf = (at: number): number => Math.max(0, partitionPoint(0, sentences.length, (i) => sentences[i]!.start <= at) - 1);
  return claims.map((c) => {
    if (c.properties.attributedTo !== null || sentences.length === 0) return c;
    const { who, carried } = speakers[indexOf(c.properties.start)] ?? { who: null, carried: false };
    if (who === null) return c;
    return { ...c, properties: { ...c.properties, attributedTo: who, ...(carried ? { attributionCarried: true } : {}) } } as ClaimFeature;
  });
}
