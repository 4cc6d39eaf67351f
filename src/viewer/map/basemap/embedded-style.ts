// The offline basemap the viewer, the export renderer and the bare benchmark page draw: the vector tiles, glyphs
// and sprite of data/basemap (scripts/build-basemap.ts). The style itself is DOM-free (vector-style.ts).
import type { StyleSpecification } from 'maplibre-gl';
import { basemapStyle } from './vector-style.ts';

export { LABEL_FONT, BOLD_FONT, ITALIC_FONT } from './vector-style.ts';

export function embeddedStyle(base: URL): StyleSpecification {
  return basemapStyle(base);
}
