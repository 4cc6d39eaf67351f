// Who says it, scored on matched pairs the same way for events and claims: the pipeline's claimant against the gold's.
import { claimantsAgree } from '../../../src/core/text/claimant-identity.ts';

/** Over matched pairs: `agreed` both none or one person or body (claimant-identity; a gold "Name (Body)" agrees by
 * either part); `gold`/`predicted` the named ones; `same` both named and agreeing; `bothNone` none on either side. */
export interface ClaimantCounts {
  agreed: number;
  gold: number;
  predicted: number;
  same: number;
  bothNone: number;
}

const named = (x: string | null): boolean => x !== null && x.trim() !== '';

/** The counts over [gold claimant, predicted claimant] pairs. */
export function claimantCounts(pairs: readonly (readonly [string | null, string | null])[]): ClaimantCounts {
  return {
    agreed: pairs.filter(([g, p]) => claimantsAgree(g, p)).length,
    gold: pairs.filter(([g]) => named(g)).length,
    predicted: pairs.filter(([, p]) => named(p)).length,
    same: pairs.filter(([g, p]) => named(g) && named(p) && claimantsAgree(g, p)).length,
    bothNone: pairs.filter(([g, p]) => !named(g) && !named(p)).length,
  };
}

/** "12/20 (15/14, 9)": agreed of matched (named gold/predicted, both named and agreeing). */
export const claimantCell = (c: ClaimantCounts, matched: number): string => `${c.agreed}/${matched} (${c.gold}/${c.predicted}, ${c.same})`;
