// Types of the hand annotations (what an annotator writes) and of the gold they become (GOLD-FORMAT.md).

export type Side = 'UA' | 'RU' | 'DPRK';
export type Action = 'captured' | 'liberated' | 'entered' | 'cleared' | 'withdrew' | 'fighting' | 'controls';
export type ClaimKind =
  | 'area-held' | 'area-held-peak' | 'area-lost' | 'area-retaken' | 'share-lost' | 'area-gained' | 'area-contested' | 'count';
export type Unit = 'km2' | 'mi2' | 'percent' | 'settlements' | 'troops' | 'killed' | 'wounded' | 'casualties';
export type PlaceKind = 'country' | 'region' | 'district' | 'city' | 'town' | 'village' | 'other';
export type Precision = 'exact' | 'near' | 'district' | 'region';
/** One day, or a first and last day (YYYY-MM-DD). */
export type Period = readonly [string] | readonly [string, string];

/** A reference place: where it is and which source says so (lat/lon null with a reason when no source locates it). */
export interface RefPlace {
  name: string;
  kind: PlaceKind;
  country: string;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  coordSource: string | null;
  precision: Precision;
  coordNote?: string;
}
/** A key of the set's reference places (its build/places.ts); an unknown key stops the gold build. */
export type PlaceRef = string;

/** How a span is found: its exact text plus the n-th whole-word occurrence, a unique context, or every occurrence. */
export interface Locator {
  t: string;
  n?: number;
  ctx?: string;
  all?: boolean;
}
export interface PlaceItem extends Locator {
  ref: PlaceRef;
}
export interface MarkItem extends Locator {
  why: string;
}
export interface ClaimItem extends Locator {
  kind: ClaimKind;
  value: number;
  unit: Unit;
  holder: 'UA' | 'RU' | null;
  claimant: string | null;
  asOf: Period;
  note?: string;
}
export interface EventItem extends Locator {
  ref: PlaceRef;
  action: Action;
  actor: Side;
  claimant?: string | null;
  denied?: boolean;
  /** Only part of the settlement ("the eastern part of X", "70 % of X"): the action as the clause frames it. */
  part?: boolean;
  asOf: Period;
  note?: string;
}
export interface ArticleAnnotation {
  file: string;
  language: 'en' | 'uk' | 'ru';
  url: string;
  published: string;
  notes: string;
  places: PlaceItem[];
  traps?: MarkItem[];
  skipped?: MarkItem[];
  claims?: ClaimItem[];
  events?: EventItem[];
}

export interface Span {
  start: number;
  end: number;
  text: string;
}
export type GoldPlace = Span & RefPlace;
export type GoldMark = Span & { why: string };
export type GoldClaim = Span & Omit<ClaimItem, keyof Locator | 'asOf'> & { asOf: { start: string; end: string } };
export type GoldEvent = Span & {
  settlement: string;
  lat: number | null;
  lon: number | null;
  coordSource: string | null;
  action: Action;
  actor: Side;
  claimant: string | null;
  denied: boolean;
  /** Written only when true, so a gold file without part events is unchanged. */
  part?: true;
  asOf: { start: string; end: string };
  note?: string;
};
export interface Gold {
  file: string;
  language: 'en' | 'uk' | 'ru';
  url: string;
  published: string;
  notes: string;
  places: GoldPlace[];
  traps: GoldMark[];
  skipped: GoldMark[];
  claims: GoldClaim[];
  events: GoldEvent[];
}
