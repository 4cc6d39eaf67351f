// One gazetteer entry, whatever layer it comes from. Coordinates always carry their source.
import { z } from 'zod';
import { placeKindSchema } from '../schema.ts';

export const gazetteerEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/), // stable, e.g. "ru-plekhovo", "gn-538560", "ne-ru-krs"
  name: z.string().min(1), // canonical English name
  aliases: z.array(z.string().min(1)), // other spellings: transliterations, Ukrainian, Russian, short forms
  kind: placeKindSchema,
  country: z.string().regex(/^[A-Z]{2}$/), // ISO 3166-1 alpha-2
  admin1: z.string().nullable(), // English admin-1 name, e.g. "Kursk Oblast"
  district: z.string().nullable().optional(), // English admin-2 (raion) name, e.g. "Sudzhansky District"
  ru: z.string().min(1).optional(), // Russian nominative name (Cyrillic): the base for case forms and transliterations
  uk: z.string().min(1).optional(), // Ukrainian nominative name (Cyrillic), likewise
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  population: z.number().int().nonnegative().nullable(),
  // provenance of the coordinates: geonames:<id> | wikipedia:<lang>:<page> | naturalearth:<layer>:<code> |
  // osm:<node|way|relation>/<id> | repo:<owner>/<name>@<commit>:<path> | import:<file> (a user's own layer)
  source: z.string().regex(/^(geonames|wikipedia|naturalearth|osm|repo|import):.+/),
  note: z.string().optional(), // e.g. "official name Vorobzha; reported as Vorozhba"
});
export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;

export const gazetteerFileSchema = z.strictObject({
  description: z.string(),
  licence: z.string(),
  entries: z.array(gazetteerEntrySchema),
});
export type GazetteerFile = z.infer<typeof gazetteerFileSchema>;
