// The data contract between the geoparser (src/core, src/cli) and the viewer/export (src/viewer).
// Every file that crosses a boundary is parsed with these schemas, so a change here is a change of contract.
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

// ---------- corpus input ----------

/** Text that must say something: not empty, not only spaces (kept as written; trimming only decides). */
const nonBlank = z.string().refine((s) => s.trim().length > 0, 'must not be empty or blank');

export const manifestEntrySchema = z.strictObject({
  file: z
    .string()
    .min(1)
    .refine((f) => !f.includes('/') && !f.includes('\\'), 'must be a file name inside the corpus folder, not a path')
    .refine((f) => f.endsWith('.txt'), 'must name a .txt file'),
  title: nonBlank,
  outlet: nonBlank,
  // Only web links: the viewer turns it into a link, so no javascript:, data: or file: URLs.
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  published: isoDate,
});

/** Optional corpus title and subtitle: the viewer's page title and the exports' default title. */
const corpusTitle = z.string().trim().min(1, 'must not be empty').max(200);
const corpusSubtitle = z.string().trim().min(1, 'must not be empty').max(300);

export const manifestSchema = z.strictObject({
  title: corpusTitle.optional(),
  subtitle: corpusSubtitle.optional(),
  articles: z.array(manifestEntrySchema).min(1, 'the manifest lists no articles'),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;
/** What a manifest says about the corpus as a whole. */
export type CorpusAbout = Pick<Manifest, 'title' | 'subtitle'>;

/** One article as the core sees it: metadata plus its full text. */
export interface Article extends ManifestEntry {
  text: string;
}

// ---------- places.geojson ----------

export const placeKinds = ['country', 'region', 'district', 'city', 'town', 'village', 'other'] as const;
export const placeKindSchema = z.enum(placeKinds);
export type PlaceKind = z.infer<typeof placeKindSchema>;

/**
 * How exactly a point stands for what the text named, as ACLED's geo_precision and UCDP's where_prec:
 * `exact` the settlement itself; `near` a named neighbour or "near X"; `district` the raion/hromada centre;
 * `region` the oblast (or a country) as a whole.
 */
export const precisions = ['exact', 'near', 'district', 'region'] as const;
export const precisionSchema = z.enum(precisions);
export type Precision = z.infer<typeof precisionSchema>;

/** The precision a gazetteer entry has when the text names it directly. */
export const precisionOfKind = (kind: PlaceKind): Precision =>
  kind === 'country' || kind === 'region' ? 'region' : kind === 'district' ? 'district' : 'exact';

export const mentionSchema = z.strictObject({
  article: z.string(), // manifest `file`
  start: z.number().int().nonnegative(), // JS string offsets into the article text
  end: z.number().int().nonnegative(),
  text: z.string(), // === articleText.slice(start, end)
  // At most ~300 characters of the sentence around the name, cut at word boundaries (src/core/text/context.ts):
  // context === articleText.slice(contextStart, contextStart + context.length), and it contains the name at
  // start - contextStart. Bounded so output stays linear in the input.
  context: z.string(),
  contextStart: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof mentionSchema>;

export const candidateSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: placeKindSchema,
  country: z.string(),
  admin1: z.string().nullable(),
  source: z.string(),
  lon: z.number(),
  lat: z.number(),
  score: z.number(),
});
export type Candidate = z.infer<typeof candidateSchema>;

export const placePropertiesSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: placeKindSchema,
  country: z.string().regex(/^[A-Z]{2}$/),
  admin1: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  precision: precisionSchema, // how exactly the point stands for what was named (see precisions)
  source: z.string(), // provenance: geonames:<id> | wikipedia:<page> | naturalearth:<code>
  variants: z.array(z.string()), // spellings seen in the articles
  // the gazetteer entry's other names the variants do not already find (GeoNames alternate names, cited renamings),
  // under the entry's source; at most 6, sorted; absent when none (pipeline/other-names.ts)
  otherNames: z.array(z.string()).optional(),
  mentionCount: z.number().int().positive(),
  articleCount: z.number().int().positive(),
  mentions: z.array(mentionSchema),
  candidates: z.array(candidateSchema), // other readings considered; empty when the name was unambiguous
  note: z.string().optional(), // e.g. "reported as Vorozhba; official name Vorobzha"
});
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;

const point = z.strictObject({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) });
const polygon = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))) });
const lineString = z.strictObject({ type: z.literal('LineString'), coordinates: z.array(z.tuple([z.number(), z.number()])) });

export const placeFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string().optional(),
  geometry: point,
  properties: placePropertiesSchema,
});
export const placesCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(placeFeatureSchema),
});
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type PlacesCollection = z.infer<typeof placesCollectionSchema>;

// ---------- claims.geojson ----------
// Contract version 2 (see README, "Claims contract"): claim kinds beyond area-held, `sources[]` on every claim,
// figures kept as written (`original`), counts off the map (geometry null) when no place can be given.
// Version 3 adds the kind `share-held` (a percentage of a named place held); readers of version 2 see a new kind.
// Version 4: an area or share figure about a whole country ("Russia occupies 113,000 km² of Ukraine") has geometry
// null: listed, charted and exported, never drawn, since a circle or marker at a country's centre would show ground
// nobody holds (a Russian-held circle in central Ukraine, a Ukrainian-held one in Siberia).

// Version 5: a peak may be a share ("its peak of nearly 25%"): `area-held-peak` with a share's fields (`percent`,
// `percentMin`, `percentMax`, `original.unit` `percent`) and no km²; readers of version 4 must not assume `areaKm2`.

export const CLAIMS_CONTRACT_VERSION = 5;

export const qualifiers = ['exact', 'about', 'at least', 'more than', 'at most', 'less than', 'between', 'up to'] as const;
export const qualifierSchema = z.enum(qualifiers);
export type Qualifier = z.infer<typeof qualifierSchema>;

export const periodSchema = z.strictObject({ start: isoDate, end: isoDate });
export type Period = z.infer<typeof periodSchema>;

/** One place a statement was published: the same figure for the same period by the same claimant, repeated in an
 * article (headline, lead, quote) or syndicated to other outlets, is one claim with several sources. */
export const claimSourceSchema = z.strictObject({
  article: z.string(), // manifest `file`
  outlet: z.string(),
  published: isoDate,
  quote: z.string(), // the words around the figure, bounded (at most QUOTE_MAX characters plus ellipses)
  start: z.number().int().nonnegative(), // offsets of the figure's phrase in that article
  end: z.number().int().nonnegative(),
});
export type ClaimSource = z.infer<typeof claimSourceSchema>;

const provenance = {
  id: z.string(),
  // The first source (earliest published, then manifest order): its article, quote and offsets. `published` is
  // therefore when the statement first became known.
  article: z.string(),
  published: isoDate,
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sources: z.array(claimSourceSchema).min(1), // every publication of the statement, first one first
  attributedTo: z.string().nullable(), // who states it, e.g. "a Ukrainian military source"
  // attributedTo read from the report around the figure's sentence, not the sentence itself (claims/carried-claimant.ts):
  // merging reads such a claim as unattributed, so carrying a source changes no statement's grouping (a document cited
  // in the sentence, "— йдеться у зведенні X", or the headline's own source is not carried: not flagged)
  attributionCarried: z.boolean().optional(),
  asOf: periodSchema, // the period the figure describes (not the publication date unless the text says so)
  asOfBasis: z.string(), // why that period: "in October", "publication date (present tense)", ...
};

/** Units an area or share figure is written in; figures are converted to km² and the original kept. */
export const figureUnits = ['km2', 'mi2', 'ha', 'percent'] as const;
export const figureSchema = z.strictObject({
  value: z.number().nonnegative(), // as written (the upper bound of a range)
  valueMin: z.number().nonnegative(),
  valueMax: z.number().nonnegative(),
  unit: z.enum(figureUnits),
  text: z.string(), // the figure as it stands in the article: "1 376,5 кв. км", "530 square miles"
});
export type Figure = z.infer<typeof figureSchema>;

/**
 * Area figures by what they say about the ground:
 * `area-held` the area held now (for the period `asOf`) — the only kind drawn as held ground;
 * `area-held-peak` the most ever held ("at its height", "at most we controlled", "максимально");
 * `area-lost` lost by `side`; `area-retaken` retaken by `side`; `area-gained` gained by `side` over `asOf`;
 * `area-contested` contested or of unknown control (`side` null).
 */
export const areaKinds = ['area-held', 'area-held-peak', 'area-lost', 'area-retaken', 'area-gained', 'area-contested'] as const;
export type AreaKind = (typeof areaKinds)[number];
export const claimKinds = [...areaKinds, 'share-lost', 'share-held', 'count', 'movement'] as const;
export type ClaimKind = (typeof claimKinds)[number];

const areaFields = {
  side: z.string().nullable(), // ISO code of the side that holds / held / lost / retook / gained it; null if contested
  region: z.string(), // place id of the region, e.g. the Kursk oblast
  anchor: z.string(), // place id the figure is drawn at (the centre of the equal-area circle for area-held); a country: not drawn
  areaKm2: z.number().positive(), // the upper bound for a range, converted to km²
  areaKm2Min: z.number().positive(),
  areaKm2Max: z.number().positive(),
  qualifier: qualifierSchema,
  original: figureSchema,
};

export const areaClaimPropertiesSchema = z.strictObject({ type: z.literal('area-held'), ...provenance, ...areaFields });
export const otherAreaClaimPropertiesSchema = z.strictObject({
  type: z.enum(
    areaKinds.filter((k) => k !== 'area-held') as ['area-held-peak', 'area-lost', 'area-retaken', 'area-gained', 'area-contested'],
  ),
  ...provenance,
  ...areaFields,
});

/** "Ukraine has lost about 40% of the territory it seized": a share, not an area. */
export const shareClaimPropertiesSchema = z.strictObject({
  type: z.literal('share-lost'),
  ...provenance,
  side: z.string().nullable(), // who lost it
  region: z.string(),
  anchor: z.string(),
  percent: z.number().nonnegative(), // the upper bound for a range
  percentMin: z.number().nonnegative(),
  percentMax: z.number().nonnegative(),
  qualifier: qualifierSchema,
  original: figureSchema,
});

/** "Russian troops occupy about 20 % of Pokrovsk", "Russia controls 18 % of Ukraine": a share of a named place held by
 * `side`; `anchor` is that place (a town, region or country), `region` its region (the place itself for a region or
 * country). Listed and marked, never drawn as ground. */
export const shareHeldClaimPropertiesSchema = shareClaimPropertiesSchema.extend({ type: z.literal('share-held') });

/** "Russia's control peaked at 22 per cent of Ukraine": the most of a place ever held, as a share (`original.unit`
 * `percent`), the kind `area-held-peak` with a share's fields instead of km². Listed and marked, never drawn as ground
 * nor charted on the km² axis. */
export const sharePeakClaimPropertiesSchema = shareClaimPropertiesSchema.extend({ type: z.literal('area-held-peak') });

/** What a count counts: settlements (held, taken or retaken), troops, casualties (killed and wounded together), the
 * killed, the wounded, recruits. */
export const countUnits = ['settlements', 'troops', 'casualties', 'killed', 'wounded', 'recruits'] as const;

export const countClaimPropertiesSchema = z.strictObject({
  type: z.literal('count'),
  ...provenance,
  value: z.number().nonnegative(), // the upper bound for a range
  valueMin: z.number().nonnegative(),
  valueMax: z.number().nonnegative(),
  qualifier: qualifierSchema,
  counts: z.enum(countUnits),
  // the side the counted belong to: who holds the settlements (at `asOf`), whose troops or casualties; null if unsaid
  side: z.string().nullable(),
  subject: z.string(), // whose: "North Korean troops", "Russian forces"
  place: z.string().nullable(), // place id the point stands for; null when the count is listed only (geometry null)
  precision: precisionSchema.nullable(), // `region` when the clause names no place and the article's focus region is used
});

export const movementClaimPropertiesSchema = z.strictObject({
  type: z.literal('movement'),
  ...provenance,
  subject: z.string(),
  from: z.string(), // place id
  to: z.string(), // place id
  verb: z.string(), // "flown from"
});

export type AreaClaimProperties = z.infer<typeof areaClaimPropertiesSchema>;
export type OtherAreaClaimProperties = z.infer<typeof otherAreaClaimPropertiesSchema>;
export type AnyAreaClaimProperties = AreaClaimProperties | OtherAreaClaimProperties;
export type ShareClaimProperties = z.infer<typeof shareClaimPropertiesSchema>;
export type ShareHeldClaimProperties = z.infer<typeof shareHeldClaimPropertiesSchema>;
export type SharePeakClaimProperties = z.infer<typeof sharePeakClaimPropertiesSchema>;
export type CountClaimProperties = z.infer<typeof countClaimPropertiesSchema>;
export type MovementClaimProperties = z.infer<typeof movementClaimPropertiesSchema>;
/** A figure written as a share (share lost, share held, or a peak share): it has `percent`, no km². */
export type ShareFigureProperties = ShareClaimProperties | ShareHeldClaimProperties | SharePeakClaimProperties;
export function isShareFigure(p: object): p is ShareFigureProperties {
  return 'percent' in p;
}

export type ClaimProperties =
  | AreaClaimProperties
  | OtherAreaClaimProperties
  | ShareClaimProperties
  | ShareHeldClaimProperties
  | SharePeakClaimProperties
  | CountClaimProperties
  | MovementClaimProperties;

export const claimFeatureSchema = z.union([
  // geometry null: a figure about a whole country (contract version 4), listed, not drawn
  z.strictObject({ type: z.literal('Feature'), geometry: polygon.nullable(), properties: areaClaimPropertiesSchema }),
  z.strictObject({ type: z.literal('Feature'), geometry: point.nullable(), properties: otherAreaClaimPropertiesSchema }),
  z.strictObject({ type: z.literal('Feature'), geometry: point.nullable(), properties: shareClaimPropertiesSchema }),
  z.strictObject({ type: z.literal('Feature'), geometry: point.nullable(), properties: shareHeldClaimPropertiesSchema }),
  z.strictObject({ type: z.literal('Feature'), geometry: point.nullable(), properties: sharePeakClaimPropertiesSchema }),
  z.strictObject({ type: z.literal('Feature'), geometry: point.nullable(), properties: countClaimPropertiesSchema }),
  z.strictObject({ type: z.literal('Feature'), geometry: lineString, properties: movementClaimPropertiesSchema }),
]);
export const claimsCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(claimFeatureSchema),
});
export type ClaimFeature = z.infer<typeof claimFeatureSchema>;
export type ClaimsCollection = z.infer<typeof claimsCollectionSchema>;

// ---------- report.json ----------

export const reportIssueSchema = z.strictObject({
  article: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  status: z.enum(['unresolved', 'low-confidence', 'not-a-place']),
  reason: z.string(),
  placeId: z.string().nullable(),
});

export const reportSchema = z.strictObject({
  generator: z.string(), // "briefmap <version>"
  title: corpusTitle.optional(), // from the manifest, when it gives one
  subtitle: corpusSubtitle.optional(),
  articles: z.array(
    z.strictObject({
      file: z.string(),
      title: z.string(),
      outlet: z.string(),
      url: z.string().optional(),
      published: isoDate,
      characters: z.number().int().nonnegative(),
      mentions: z.number().int().nonnegative(),
      resolved: z.number().int().nonnegative(),
      unresolved: z.number().int().nonnegative(),
      lowConfidence: z.number().int().nonnegative(),
      notPlaces: z.number().int().nonnegative(),
      places: z.number().int().nonnegative(),
      claims: z.number().int().nonnegative(),
      events: z.number().int().nonnegative(), // settlement control events
    }),
  ),
  totals: z.strictObject({
    articles: z.number().int(),
    mentions: z.number().int(),
    places: z.number().int(),
    unresolved: z.number().int(),
    lowConfidence: z.number().int(),
    claims: z.number().int(),
    events: z.number().int(),
  }),
  issues: z.array(reportIssueSchema),
});
export type Report = z.infer<typeof reportSchema>;
export type ReportIssue = z.infer<typeof reportIssueSchema>;

// ---------- events.geojson: settlement control as reported ----------

/**
 * What a report says happened to a settlement. `captured` / `liberated` (retaken by the side whose country it is) /
 * `entered` / `cleared` / `withdrew` (the actor left) / `fighting` (in or near it, no change stated) / `controls`.
 */
export const controlActions = ['captured', 'liberated', 'entered', 'cleared', 'withdrew', 'fighting', 'controls'] as const;
export const controlActionSchema = z.enum(controlActions);
export type ControlAction = z.infer<typeof controlActionSchema>;

export const sides = ['UA', 'RU', 'DPRK'] as const;
export const sideSchema = z.enum(sides);
export type Side = z.infer<typeof sideSchema>;

export const controlEventPropertiesSchema = z.strictObject({
  type: z.literal('control'),
  id: z.string(),
  article: z.string(), // manifest `file`
  published: isoDate, // when it became known
  quote: z.string(), // the sentence it comes from
  start: z.number().int().nonnegative(), // offsets of the settlement's name in the article
  end: z.number().int().nonnegative(),
  trigger: z.string(), // the words that say what happened: "liberated", "взяли під контроль"
  settlement: z.string(), // place id
  settlementName: z.string(),
  /** A settlement without a point of its own: the place whose point stands for it (its district or hromada centre,
   * the oblast, or the neighbour the text puts it near; `precision` says which), its own id being `settlement`. */
  locatedAt: z.string().optional(),
  precision: precisionSchema, // `near` for "fighting near X"
  action: controlActionSchema,
  actor: sideSchema.nullable(), // who did it (null: the text does not say and the action does not imply it)
  holder: sideSchema.nullable(), // who holds the settlement afterwards by this report (null: contested / unknown)
  claimant: z.string().nullable(), // who says so: "Russia's defence ministry", "Syrskyi"
  denied: z.boolean(), // the text reports the claim as denied or contradicted
  /** Only part of the settlement is taken, held, entered or left ("the eastern part of X", "70 % of X"); the action
   * is the clause's, and the map shows the settlement contested. Absent for the whole settlement. */
  part: z.literal(true).optional(),
  asOf: periodSchema, // the period the report describes
  asOfBasis: z.string(),
  confidence: z.number().min(0).max(1),
  /** 'clause': no trigger phrase reached the settlement; the general clause reading gave it its verb's action. */
  reading: z.literal('clause').optional(),
});
export type ControlEventProperties = z.infer<typeof controlEventPropertiesSchema>;

export const controlEventFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  geometry: point,
  properties: controlEventPropertiesSchema,
});
export const eventsCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(controlEventFeatureSchema),
});
export type ControlEventFeature = z.infer<typeof controlEventFeatureSchema>;
export type EventsCollection = z.infer<typeof eventsCollectionSchema>;
