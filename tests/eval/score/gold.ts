// The gold format of tests/eval/<set>/gold/*.json (see tests/eval/README.md), validated with zod so a malformed
// gold file fails with one line naming the file and the field. Objects are not strict: annotators of other sets may
// add fields of their own (notes); every field the scorer reads is required and typed.
import { z } from 'zod';
import { placeKinds, precisions } from '../../../src/core/schema.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const span = { start: z.number().int().nonnegative(), end: z.number().int().positive(), text: z.string().min(1) };
const side = z.enum(['UA', 'RU', 'DPRK']);
const coordSource = z
  .string()
  .regex(/^(geonames:\d+|wikipedia:[a-z]{2,3}:.+|naturalearth:[a-z0-9]+:.+)$/, 'must be geonames:<id>, wikipedia:<lang>:<page> or naturalearth:<layer>:<code>');

export const languages = ['en', 'uk', 'ru'] as const;
export type Language = (typeof languages)[number];

export const goldPlaceSchema = z.object({
  ...span,
  name: z.string().min(1),
  kind: z.enum(placeKinds),
  country: z.string().regex(/^[A-Z]{2}$/),
  admin1: z.string().nullable(),
  // null only with a coordNote saying why no source gives the point (such mentions count for recall and precision,
  // not for Acc@161 or the median)
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  coordSource: coordSource.nullable(),
  precision: z.enum(precisions),
  note: z.string().optional(),
  coordNote: z.string().min(1).optional(),
});

export const claimKinds = ['area-held', 'area-held-peak', 'area-lost', 'area-retaken', 'share-lost', 'area-gained', 'area-contested', 'count'] as const;
export const claimUnits = ['km2', 'mi2', 'percent', 'settlements', 'troops', 'killed', 'wounded', 'casualties'] as const;
const period = z.object({ start: isoDate, end: isoDate });

export const goldClaimSchema = z.object({
  ...span,
  kind: z.enum(claimKinds),
  value: z.number().nonnegative(),
  unit: z.enum(claimUnits),
  holder: z.enum(['UA', 'RU']).nullable(),
  claimant: z.string().nullable(),
  asOf: period,
  note: z.string().optional(),
});

export const eventActions = ['captured', 'liberated', 'entered', 'cleared', 'withdrew', 'fighting', 'controls'] as const;
export const goldEventSchema = z.object({
  ...span,
  settlement: z.string().min(1),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  coordSource: coordSource.nullable(),
  action: z.enum(eventActions),
  actor: side,
  claimant: z.string().nullable(),
  denied: z.boolean(),
  // only part of the settlement taken, held, entered or left ("the eastern part of X"), the action as the clause frames
  // it; absent for the whole settlement (the map reads a part as contested)
  part: z.boolean().optional(),
  asOf: period,
  note: z.string().optional(),
});

export const goldArticleSchema = z.object({
  file: z.string().regex(/\.txt$/),
  language: z.enum(languages),
  url: z.url(),
  published: isoDate,
  notes: z.string(),
  places: z.array(goldPlaceSchema),
  traps: z.array(z.object({ ...span, why: z.string().min(1) })),
  skipped: z.array(z.object({ ...span, why: z.string().min(1) })),
  claims: z.array(goldClaimSchema),
  events: z.array(goldEventSchema).optional(),
});

export type GoldPlace = z.infer<typeof goldPlaceSchema>;
export type GoldClaim = z.infer<typeof goldClaimSchema>;
export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;

/** Parses one gold file; throws one line naming the file and the first bad field. */
export function parseGold(raw: string, path: string): GoldArticle {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new Error(`${path}: not JSON (${(err as Error).message})`);
  }
  const r = goldArticleSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`${path} (${issue.path.join('.') || 'root'}): ${issue.message}`);
  }
  for (const [i, p] of r.data.places.entries())
    if ((p.lat === null) !== (p.lon === null) || (p.lat === null && !p.coordNote))
      throw new Error(`${path} (places.${i}): a place without a point needs lat and lon both null and a coordNote`);
  return r.data;
}

/** Spans overlap when they share at least one character. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
