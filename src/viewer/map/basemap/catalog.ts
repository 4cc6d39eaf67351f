// The basemaps the switcher offers. Online styles bring their own sources and attribution.
import type { BasemapId } from '../../app/state.ts';

export interface BasemapOption {
  id: BasemapId;
  label: string;
  /** Style URL; null for the embedded, offline style. */
  url: string | null;
}

export const BASEMAPS: BasemapOption[] = [
  { id: 'embedded', label: 'Embedded (offline)', url: null },
  { id: 'liberty', label: 'OpenFreeMap Liberty', url: 'https://tiles.openfreemap.org/styles/liberty' },
  { id: 'positron', label: 'OpenFreeMap Positron', url: 'https://tiles.openfreemap.org/styles/positron' },
];

export function styleUrlOf(id: BasemapId): string | null {
  const known = BASEMAPS.find((b) => b.id === id);
  return known ? known.url : id; // anything else is a pasted https URL (validated by the state schema)
}
