// The one symbol table: every symbol the map draws, with the legend row that explains it. The map layers take
// their colours and patterns from here, the viewer legend and the export legend their rows, so the three never
// disagree. DOM-free. Adding a symbol is one entry (plus, for a claim kind, its `symbolOfClaim` mapping).
import type { Mark } from './claim-marks.ts';
import { coverageImage, type RgbaImage } from './coverage-image.ts';

export type Swatch =
  | { kind: 'dot'; fill: string; stroke: string; hollow?: boolean }
  | { kind: 'halo'; fill: string; stroke: string }
  /** `dash`: the stale settlement ring's dashes (control-symbols.ts staleRingDash). */
  | { kind: 'ring'; color: string; width: number; fill: string; opacity: number; dash?: boolean }
  | { kind: 'line'; color: string; width: number; dash: boolean; arrow?: boolean }
  /** A claim kind's mark (claim-symbols.ts) white on a disc of its colour, as the map draws it. */
  | { kind: 'mark'; color: string; mark: Mark }
  | { kind: 'area'; fill: string; stroke: string }
  | { kind: 'hatch'; color: string; opacity: number; dash: boolean }
  | { kind: 'region'; fill: string; stroke: string }
  | { kind: 'cluster' }
  | { kind: 'glow' };

/** Field conventions (DeepStateMap, ISW): blue for Ukrainian-held, red for Russian-held. */
export const SIDE_COLOURS: Record<string, string> = { UA: '#1d4ed8', RU: '#b91c1c' };
export const OTHER_SIDE_COLOUR = '#6b7280';
export const sideColour = (iso: string): string => SIDE_COLOURS[iso] ?? OTHER_SIDE_COLOUR;

/**
 * A place circle's radius in px by its mentions: area proportional to mentions up to `PLACE_SQRT_UP_TO`, then growing
 * with the logarithm, so that a place named 100,000 times in a large corpus is a larger circle (about 75 px), not one
 * of 970 px that covers the map and costs every frame its fill. Up to 100 mentions (every seed place) the scale is the
 * plain `4 + 3√n`.
 */
export const PLACE_RADIUS = {
  /** px at zero mentions */
  base: 4,
  /** px per √mention, up to `sqrtUpTo` mentions */
  perSqrt: 3,
  sqrtUpTo: 100,
  /** px per e-fold of mentions beyond `sqrtUpTo` */
  perLog: 6,
} as const;

/** The gap between a place circle and its highlight or selection ring. */
export const RING_GAP_PX = 4;

export function placeRadius(mentionCount: number): number {
  const { base, perSqrt, sqrtUpTo, perLog } = PLACE_RADIUS;
  return base + perSqrt * Math.sqrt(Math.min(mentionCount, sqrtUpTo)) + perLog * Math.log(Math.max(1, mentionCount / sqrtUpTo));
}

/** `placeRadius` as a MapLibre expression over the feature's `mentionCount`, plus `extra` px. */
export function placeRadiusExpression(extra = 0): unknown[] {
  const { base, perSqrt, sqrtUpTo, perLog } = PLACE_RADIUS;
  const n = ['get', 'mentionCount'];
  return ['+', base + extra, ['*', perSqrt, ['sqrt', ['min', n, sqrtUpTo]]], ['*', perLog, ['ln', ['max', 1, ['/', n, sqrtUpTo]]]]];
}

/** The uncertainty halo of an approximate place, whatever its kind (the map layer and its legend swatch). */
export const HALO_COLOUR = '#475569';

export const KIND_COLOURS: Record<string, string> = {
  country: '#6d28d9',
  region: '#b45309',
  district: '#a16207',
  city: '#be123c',
  town: '#c2410c',
  village: '#0f766e',
  other: '#475569',
};
const KIND_LABELS: Record<string, string> = {
  country: 'Country',
  region: 'Region',
  district: 'District',
  city: 'City',
  town: 'Town',
  village: 'Village',
  other: 'Other place',
};

export type SymbolGroup = 'claims' | 'places' | 'overlays';

export interface SymbolDef {
  id: string;
  group: SymbolGroup;
  label: string;
  swatch: Swatch;
  /** The row packed with the others of its caption on a page short of room (print/legend-packing.ts). */
  packed?: { caption: string; short: string };
  /** Map paint for area symbols: outline colour and dash, fill pattern image (see hatchImage) and tint. */
  area?: { color: string; pattern: string | null; tint: number; dash: boolean };
}

export const countryName = (iso: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(iso) ?? iso;
  } catch {
    return iso;
  }
};

/** Claimed (a figure someone states) is hatched with a dashed edge; assessed (an analyst's map) is a solid tint. */
function areaSymbol(side: 'UA' | 'RU', basis: 'claimed' | 'assessed'): SymbolDef {
  const color = sideColour(side);
  const claimed = basis === 'claimed';
  return {
    id: `area-held-${side.toLowerCase()}-${basis}`,
    group: 'claims',
    label: claimed
      ? `Held by ${countryName(side)} (claimed): a circle of the reported area around its anchor place, clipped to the country; approximate, not a front line`
      : `Held by ${countryName(side)} (assessed)`,
    swatch: claimed ? { kind: 'hatch', color, opacity: 0.85, dash: true } : { kind: 'area', fill: `${color}40`, stroke: color },
    area: { color, pattern: claimed ? `hatch-${side.toLowerCase()}` : null, tint: claimed ? 0.08 : 0.25, dash: claimed },
  };
}

/** Kinds of place dot and the marks on places share one packed caption. */
const PLACE_KINDS_CAPTION = 'Places named in the articles (size: mentions):';

export const SYMBOLS: SymbolDef[] = [
  areaSymbol('UA', 'claimed'),
  areaSymbol('RU', 'claimed'),
  areaSymbol('UA', 'assessed'),
  areaSymbol('RU', 'assessed'),
  {
    id: 'area-earlier',
    group: 'claims',
    label: 'Earlier area claims (same convention, faded)',
    swatch: { kind: 'ring', color: 'rgba(29,78,216,0.45)', width: 1.2, fill: '#1d4ed8', opacity: 0.035 },
  },
  {
    id: 'count',
    group: 'claims',
    label: 'Reported number (troops, casualties…)',
    swatch: { kind: 'dot', fill: '#dc2626', stroke: '#ffffff' },
  },
  {
    id: 'movement',
    group: 'claims',
    label: 'Reported movement (arrows: its direction)',
    swatch: { kind: 'line', color: '#9333ea', width: 2, dash: true, arrow: true },
  },
  {
    id: 'region',
    group: 'places',
    label: 'Region named in the articles (outlined)',
    swatch: { kind: 'region', fill: 'rgba(180,83,9,0.10)', stroke: KIND_COLOURS.region! },
  },
  ...Object.keys(KIND_COLOURS)
    .filter((k) => k !== 'region')
    .map((kind): SymbolDef => ({
      id: `place-${kind}`,
      group: 'places',
      label: `${KIND_LABELS[kind]} named in the articles (size: mentions)`,
      packed: { caption: PLACE_KINDS_CAPTION, short: KIND_LABELS[kind]! },
      swatch: { kind: 'dot', fill: KIND_COLOURS[kind]!, stroke: '#ffffff' },
    })),
  {
    id: 'place-approximate',
    group: 'places',
    label: 'Approximate location (near a place, or a district centre): the halo shows the uncertainty',
    packed: { caption: PLACE_KINDS_CAPTION, short: 'approximate (halo)' },
    swatch: { kind: 'halo', fill: 'rgba(71,85,105,0.22)', stroke: HALO_COLOUR },
  },
  {
    id: 'place-low-confidence',
    group: 'places',
    label: 'Location uncertain (geocoder confidence < 60%)',
    packed: { caption: PLACE_KINDS_CAPTION, short: 'uncertain (< 60%)' },
    swatch: { kind: 'dot', fill: '#475569', stroke: '#475569', hollow: true },
  },
  {
    id: 'cluster',
    group: 'places',
    label: 'Several places (number = count)',
    packed: { caption: PLACE_KINDS_CAPTION, short: 'several (count)' },
    swatch: { kind: 'cluster' },
  },
  {
    id: 'highlight',
    group: 'places',
    label: 'Places in the highlighted article',
    packed: { caption: PLACE_KINDS_CAPTION, short: 'highlighted article' },
    swatch: { kind: 'glow' },
  },
  {
    id: 'overlay',
    group: 'overlays',
    label: 'Overlay (user-supplied)',
    swatch: { kind: 'area', fill: 'rgba(234,88,12,0.18)', stroke: '#c2410c' },
  },
];

const BY_ID = new Map(SYMBOLS.map((s) => [s.id, s]));
export function symbol(id: string): SymbolDef {
  const s = BY_ID.get(id);
  if (!s) throw new Error(`no symbol "${id}" in the symbol table`);
  return s;
}

/** The symbol of an area claim: its kind, who holds the ground, and whether it is a claim or an assessment. */
export function symbolOfClaim(p: { type: string; side?: string | null; basis?: string }): string {
  const side = p.side === 'RU' ? 'ru' : 'ua';
  const basis = p.basis === 'assessed' ? 'assessed' : 'claimed';
  const id = `${p.type}-${side}-${basis}`;
  return BY_ID.has(id) ? id : `area-held-${side}-${basis}`;
}

/** Every area symbol, for data-driven map paint (match on the feature's `symbol`). */
export const AREA_SYMBOLS = SYMBOLS.filter((s) => s.area);

/** A diagonal hatch tile as RGBA pixels (for map.addImage), the same pattern the basemap sprite carries. */
export function hatchImage(color: string, pixelRatio = 1, period = 10, width = 2, alpha = 0.85): RgbaImage {
  const n = Math.round(period * pixelRatio);
  return coverageImage(
    n,
    color,
    (x, y) => {
      const t = ((((x + y) / pixelRatio) % period) + period) % period;
      return Math.min(t, period - t) / Math.SQRT2 <= width / 2;
    },
    alpha,
  );
}
