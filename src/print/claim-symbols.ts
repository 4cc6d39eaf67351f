// One symbol per claim kind, for the map, the chart, the legend and the print export alike. DOM-free. Only current
// area-held is drawn as held ground (a filled area); the other area figures are marked at their anchor with their own
// colour and glyph, so a peak or a loss can never be read as ground held.
import { isShareFigure, type ClaimKind, type ClaimProperties } from '../core/schema.ts';
import { MARKS, markImage, type Mark, type RgbaImage } from './claim-marks.ts';

export interface ClaimSymbol {
  /** Legend wording. */
  label: string;
  /** Fill or marker colour. */
  color: string;
  /** A glyph before the label in DOM lists and the chart (page fonts draw it): tells kinds apart without colour. */
  glyph: string;
  /** The same sign as geometry, for the map and the legends: map glyph sets and the PDF's faces lack the glyphs. */
  mark: Mark;
  /** How it is drawn: held ground as an area; other figures and counts as markers; movements as lines. */
  shape: 'area' | 'marker' | 'line';
}

/** What a claim is drawn and listed as: its kind, but a peak written as a share has a key of its own, so the legend
 * never calls a percentage an area. */
export type ClaimSymbolKey = ClaimKind | 'share-held-peak';

export function claimSymbolKey(p: Pick<ClaimProperties, 'type'>): ClaimSymbolKey {
  return p.type === 'area-held-peak' && isShareFigure(p) ? 'share-held-peak' : p.type;
}

export const CLAIM_SYMBOLS: Record<ClaimSymbolKey, ClaimSymbol> = {
  'area-held': { label: 'Area held (as reported)', color: '#1d4ed8', glyph: '■', mark: MARKS.square, shape: 'area' },
  'area-held-peak': { label: 'Area held at its peak (not current)', color: '#0891b2', glyph: '▲', mark: MARKS.triangleUp, shape: 'marker' },
  'area-lost': { label: 'Area lost', color: '#b45309', glyph: '▼', mark: MARKS.triangleDown, shape: 'marker' },
  'area-retaken': { label: 'Area retaken', color: '#be123c', glyph: '↺', mark: MARKS.circleArrow, shape: 'marker' },
  'area-gained': { label: 'Area gained over a period', color: '#15803d', glyph: '+', mark: MARKS.plus, shape: 'marker' },
  'area-contested': { label: 'Area contested / control unknown', color: '#6b7280', glyph: '?', mark: MARKS.question, shape: 'marker' },
  'share-lost': { label: 'Share of held area lost (%)', color: '#a16207', glyph: '%', mark: MARKS.percent, shape: 'marker' },
  'share-held': { label: 'Share of a place held (%)', color: '#4338ca', glyph: '◔', mark: MARKS.pie, shape: 'marker' },
  'share-held-peak': {
    label: 'Share of a place held at its peak (%, not current)',
    color: '#155e75',
    glyph: '△',
    mark: MARKS.triangleOpen,
    shape: 'marker',
  },
  count: { label: 'Troop or casualty count', color: '#dc2626', glyph: '●', mark: MARKS.disc, shape: 'marker' },
  movement: { label: 'Movement', color: '#9333ea', glyph: '→', mark: MARKS.arrow, shape: 'line' },
};

/** The area-figure kinds drawn as markers (all but held ground, counts and movements), in legend order. */
export const FIGURE_MARKER_KINDS = [
  'area-held-peak',
  'area-lost',
  'area-retaken',
  'area-gained',
  'area-contested',
  'share-lost',
  'share-held',
  'share-held-peak',
] as const satisfies readonly ClaimSymbolKey[];

/** A MapLibre `match` expression giving each kind's colour (fallback grey). */
export function kindColorExpression(): unknown[] {
  return ['match', ['get', 'kind'], ...FIGURE_MARKER_KINDS.flatMap((k) => [k, CLAIM_SYMBOLS[k].color]), '#6b7280'];
}

/** Map image ids of the kind marks: `claim-mark-<kind>`. */
export const MARK_IMAGE_PREFIX = 'claim-mark-';
/** CSS px of a marker's mark (drawn white on its kind's disc) and of a movement's arrow (in its colour, on the line). */
export const MARKER_MARK_PX = 11;
export const LINE_MARK_PX = 16;
/** The disc a marker's mark sits on, in CSS px. */
export const MARKER_RADIUS_PX = 8;

/** The image behind a `claim-mark-<kind>` id, or null for another id: white on a marker's disc, coloured on a line. */
export function claimMarkImage(id: string, pixelRatio = 2): RgbaImage | null {
  if (!id.startsWith(MARK_IMAGE_PREFIX)) return null;
  const kind = id.slice(MARK_IMAGE_PREFIX.length);
  if (!Object.hasOwn(CLAIM_SYMBOLS, kind)) return null;
  const sym = CLAIM_SYMBOLS[kind as ClaimSymbolKey];
  return sym.shape === 'line'
    ? markImage(sym.mark, sym.color, LINE_MARK_PX, pixelRatio)
    : markImage(sym.mark, '#ffffff', MARKER_MARK_PX, pixelRatio);
}
