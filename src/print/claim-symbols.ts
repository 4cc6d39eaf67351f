// One symbol per claim kind, for the map, the chart, the legend and the print export alike. DOM-free. Only current
// area-held is drawn as held ground (a filled area); the other area figures are marked at their anchor with their own
// colour and glyph, so a peak or a loss can never be read as ground held.
import type { ClaimKind } from '../core/schema.ts';

export interface ClaimSymbol {
  /** Legend wording. */
  label: string;
  /** Fill or marker colour. */
  color: string;
  /** A glyph before the label on the map and in lists: tells kinds apart without colour. */
  glyph: string;
  /** How it is drawn: held ground as an area; other figures and counts as markers; movements as lines. */
  shape: 'area' | 'marker' | 'line';
}

export const CLAIM_SYMBOLS: Record<ClaimKind, ClaimSymbol> = {
  'area-held': { label: 'Area held (as reported)', color: '#1d4ed8', glyph: '■', shape: 'area' },
  'area-held-peak': { label: 'Area held at its peak (not current)', color: '#0891b2', glyph: '▲', shape: 'marker' },
  'area-lost': { label: 'Area lost', color: '#b45309', glyph: '▼', shape: 'marker' },
  'area-retaken': { label: 'Area retaken', color: '#be123c', glyph: '↺', shape: 'marker' },
  'area-gained': { label: 'Area gained over a period', color: '#15803d', glyph: '+', shape: 'marker' },
  'area-contested': { label: 'Area contested / control unknown', color: '#6b7280', glyph: '?', shape: 'marker' },
  'share-lost': { label: 'Share of held area lost (%)', color: '#a16207', glyph: '%', shape: 'marker' },
  'share-held': { label: 'Share of a place held (%)', color: '#4338ca', glyph: '◔', shape: 'marker' },
  count: { label: 'Troop or casualty count', color: '#dc2626', glyph: '●', shape: 'marker' },
  movement: { label: 'Movement', color: '#9333ea', glyph: '→', shape: 'line' },
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
] as const satisfies readonly ClaimKind[];

/** A MapLibre `match` expression giving each kind's colour (fallback grey). */
export function kindColorExpression(): unknown[] {
  return ['match', ['get', 'kind'], ...FIGURE_MARKER_KINDS.flatMap((k) => [k, CLAIM_SYMBOLS[k].color]), '#6b7280'];
}
