// Places we can name but not locate: known so the geoparser does not pick a wrong namesake, never given a coordinate.
import { z } from 'zod';
import { placeKindSchema } from '../schema.ts';

export const unlocatedEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: placeKindSchema,
  country: z.string().regex(/^[A-Z]{2}$/),
  admin1: z.string().nullable(),
  evidence: z.url(), // where the name and its location (district) are attested
  note: z.string(),
});
export const unlocatedFileSchema = z.strictObject({
  description: z.string(),
  licence: z.string(),
  entries: z.array(unlocatedEntrySchema),
});
export type UnlocatedEntry = z.infer<typeof unlocatedEntrySchema>;
export type UnlocatedFile = z.infer<typeof unlocatedFileSchema>;
