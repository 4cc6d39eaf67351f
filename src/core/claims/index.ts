import type { ClaimFeature } from '../schema.ts';
import { extractAreaClaims } from './area.ts';
import { withCarriedClaimants } from './carried-claimant.ts';
import type { ClaimContext } from './context.ts';
import { extractCountClaims } from './counts.ts';
import { mergeClaims } from './merge.ts';
import { extractMovementClaims } from './movement.ts';
import { openingGainsAsPeak } from './opening-gain.ts';
import { datedByContinuation } from './continued.ts';
import { datedByRestatement } from './restated.ts';
import { datedByTally } from './tally.ts';

export type { ClaimContext } from './context.ts';
export { ClaimMerger, mergeClaims } from './merge.ts';

/** All claims of one geoparsed article, in text order; a statement repeated in the article (headline, lead, quote) is
 * one claim with a source for each place it stands (an undated repetition first takes the period the article gives it,
 * an undated part of a tally of settlements the tally's). */
export function extractClaims(ctx: ClaimContext): ClaimFeature[] {
  // (a figure whose sentence names no speaker takes the one the sentence's report has, carried-claimant.ts)
  const found = withCarriedClaimants(ctx, [...extractAreaClaims(ctx), ...extractCountClaims(ctx), ...extractMovementClaims(ctx)]);
  const ordered = openingGainsAsPeak(datedByRestatement(found), ctx.article.published).sort(
    (a, b) => a.properties.start - b.properties.start || a.properties.type.localeCompare(b.properties.type),
  );
  return mergeClaims(datedByContinuation(datedByTally(ordered, ctx.article.text), ctx.article.text));
}
