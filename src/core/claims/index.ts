import type { ClaimFeature } from '../schema.ts';
import { extractAreaClaims } from './area.ts';
import type { ClaimContext } from './context.ts';
import { extractCountClaims } from './counts.ts';
import { extractMovementClaims } from './movement.ts';

export type { ClaimContext } from './context.ts';

/** All claims of one geoparsed article, in text order. */
export function extractClaims(ctx: ClaimContext): ClaimFeature[] {
  return [...extractAreaClaims(ctx), ...extractCountClaims(ctx), ...extractMovementClaims(ctx)].sort(
    (a, b) => a.properties.start - b.properties.start || a.properties.type.localeCompare(b.properties.type),
  );
}
