// mentions.index.json: where each place's mentions lie in mentions.json (written by `briefmap geocode` next to
// places.compact.geojson) so the viewer reads a page of them with one HTTP range request when a popup opens.
import { z } from 'zod';

export const mentionIndexSchema = z.strictObject({
  /** Mentions per page. */
  pageSize: z.number().int().positive(),
  /** The side file, relative to the index. */
  file: z.string().regex(/^[\w.-]+$/),
  /** Article files in report order: `places[id].articles` holds indexes into this list. */
  articles: z.array(z.string()),
  places: z.record(
    z.string(),
    z.strictObject({
      /** Byte offsets in `file`: page i is the JSON array of mentions in [pages[i], pages[i+1]). */
      pages: z.array(z.number().int().nonnegative()).min(1),
      /** The articles that mention the place, as indexes into `articles`, in report order. */
      articles: z.array(z.number().int().nonnegative()),
    }),
  ),
});
export type MentionIndex = z.infer<typeof mentionIndexSchema>;

/** claims.quotes.index.json: where each claim's quotes lie in claims.quotes.json (written next to
 * claims.compact.geojson, whose claims have empty quotes): the line in [start, end) is the JSON array
 * [claim quote, ...quotes of its sources in order]. */
export const claimQuoteIndexSchema = z.strictObject({
  file: z.string().regex(/^[\w.-]+$/),
  claims: z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
export type ClaimQuoteIndex = z.infer<typeof claimQuoteIndexSchema>;
