// Curated area anchors, a gazetteer layer: the place an area claim's equal-area circle is centred on when the text names
// none. Claims ask the gazetteer (`gazetteer.anchor(region, holder)`), never this file.
import { z } from 'zod';

export const anchorsFileSchema = z.strictObject({
  description: z.string(),
  licence: z.string(),
  anchors: z.array(
    z.strictObject({
      region: z.string(), // region place id, e.g. "ne-ru-krs"
      holder: z.string().regex(/^[A-Z]{2}$/),
      anchor: z.string(), // gazetteer id of the place
      why: z.string(),
    }),
  ),
});
export type AnchorsFile = z.infer<typeof anchorsFileSchema>;
