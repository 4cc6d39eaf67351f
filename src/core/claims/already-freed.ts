// "Українські військові вже звільнили 639 населених пунктів", "В Україні деокуповано вже 919 населених пунктів", "46
// settlements have already been deoccupied", "освобождено уже 300 населенных пунктов": settlements freed or taken
// "already", with no span of their own, are a sum since the campaign began. With no campaign named in the
// article that is the war, from the full-scale invasion (the dev README's round-39 convention, "Already" with a
// change and no span); where the article names an operation or offensive whose start it does not give, the report day
// stands (187's Sumy offensive), and the Kursk fighting has its own start.
import type { Span } from '../text/sentences.ts';
import type { ClaimFeature } from '../schema.ts';

/** The basis a count dated by this rule carries: provisional, so that a dated change before it that it goes on from
 * (continued.ts) still dates it. */
export const ALREADY_FREED_BASIS = 'freed or taken already: since the invasion';

const ALREADY = /(?<!\p{L})(?:already|вже|уже)(?!\p{L})/iu;
/** A verb (or participle) of freeing or taking ground: the change "already" sums up. */
const FREED_OR_TAKEN =
  /(?<!\p{L})(?:liberat|de-?occup|recaptur|retak|retook|regain|captur|seiz|occupied|звільн|деокуп|визвол|окупува|окуповано|захопи|захоплено|освобо|деоккуп|захвати|захвачен|оккупирова)\p{L}*/iu;
/** A campaign named in the article, whose start (not the war's) the sum would run from ("наступ" as a noun only: not
 * "наступних", next). */
const CAMPAIGN =
  /(?<!\p{L})(?:(?:counter-?offensive|offensive|operation|incursion|контрнаступ|операці|контрнаступлени|наступлени|операци|kursk|курск|курськ|курщин)\p{L}*|наступ(?:у|ом|і|альн\p{L}*)?(?!\p{L}))/iu;

/** The figure's own comma clause: from the mark before it to the mark after it, inside its sentence ("1800 із них уже
 * звільнено, ще 1200 належить звільнити": the 1200 is not freed already). */
function commaClause(text: string, sentence: Span, fig: Span): string {
  const before = text.slice(sentence.start, fig.start);
  const after = text.slice(fig.end, sentence.end);
  const cut = Math.max(...[',', ';', ':', '(', '—', '–'].map((m) => before.lastIndexOf(m)));
  const stop = after.search(/[,;:()—–]/u);
  return before.slice(cut + 1) + text.slice(fig.start, fig.end) + (stop < 0 ? after : after.slice(0, stop));
}

/** Whether the figure `fig` is settlements freed or taken "already" in its own comma clause (in `sentence`), in an
 * article (`text`) that names no campaign of its own. */
export function isAlreadyFreedSum(text: string, sentence: Span, fig: Span): boolean {
  const own = commaClause(text, sentence, fig);
  return ALREADY.test(own) && FREED_OR_TAKEN.test(own) && !CAMPAIGN.test(text);
}

/** A sum "already" freed runs from the invasion only where the side that freed the settlements is Ukraine retaking its own
 * ground: it counts back to when the ground was lost. A side gaining ground ("освобождено уже 300 населенных пунктов"
 * from Russia) sums its current campaign, whose start the text does not give: the day it is stated as of stands. */
export function keptFromInvasionForRetaker(claims: readonly ClaimFeature[]): ClaimFeature[] {
  return claims.map((c) => {
    const p = c.properties;
    if (!p.asOfBasis.includes(ALREADY_FREED_BASIS) || ('side' in p && p.side === 'UA')) return c;
    const properties = {
      ...p,
      asOf: { start: p.asOf.end, end: p.asOf.end },
      asOfBasis: `${p.asOfBasis} (not a retaking: the day it is stated as of)`,
    };
    return { ...c, properties } as ClaimFeature;
  });
}
