// Names of renamed settlements (scripts/build-former-names.ts): the former name of a settlement the gazetteer knows by
// its new one (Russian reporting keeps "Красноармейск", "Кирово"), or the new name of one it knows by the former
// (Ukrainian copy writes "Андріївка-Клевцове" for Іскра). Each row is an alias of an existing entry, with the page that
// states the renaming; no row carries a coordinate.
import { z } from 'zod';

export const formerNamesFileSchema = z.strictObject({
  description: z.string(),
  licence: z.string(),
  columns: z.tuple([z.literal('alias'), z.literal('id'), z.literal('year'), z.literal('source')]),
  rows: z.array(z.tuple([z.string().min(1), z.string().min(1), z.number().int(), z.string().min(1)])),
});
export type FormerNamesFile = z.infer<typeof formerNamesFileSchema>;

/** The aliases by entry id. */
export function formerNameAliases(file: FormerNamesFile | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [alias, id] of file?.rows ?? []) out.set(id, [...(out.get(id) ?? []), alias]);
  return out;
}
