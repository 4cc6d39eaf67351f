// The symbol table's fill patterns for styles that do not carry them in their sprite (online basemaps): added
// on demand, drawn from the same table the embedded sprite was built from.
import type { Map as MlMap } from 'maplibre-gl';
import { hatchImage, sideColour } from '../../print/symbols.ts';

export function provideSymbolImages(map: MlMap): void {
  map.on('styleimagemissing', (e: { id: string }) => {
    const m = /^hatch-(ua|ru)$/.exec(e.id);
    if (!m || map.hasImage(e.id)) return;
    map.addImage(e.id, hatchImage(sideColour(m[1]!.toUpperCase()), 2), { pixelRatio: 2 });
  });
}
