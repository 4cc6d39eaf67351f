// What a place feature says about all its mentions (confidence, spellings, counts, other candidates) kept as a
// running summary, so a corpus builder holds O(places) in memory however many mentions stream past. The mention
// list itself is supplied when the feature is built: from memory, or read back from a spill file by the CLI.
import { isDistrictSettlement, isLocated, type Gazetteer, type IndexedEntry } from '../gazetteer/gazetteer.ts';
import { precisionOfKind, type Candidate, type Mention, type PlaceFeature, type Precision } from '../schema.ts';
import { splitPlaceId } from '../geoparse/place-id.ts';
import type { PlaceMention } from './article.ts';
import { unlistedSettlementName } from '../geoparse/unlisted-name.ts';
import { otherNames } from './other-names.ts';

const MAX_CANDIDATES = 5;

/** What the tally reads of a mention (the sentence is not needed, so a streaming writer need not carry it). */
export type TalliedMention = Pick<PlaceMention, 'placeId' | 'confidence' | 'candidates'> & { mention: Pick<Mention, 'article' | 'text'> };

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface PlaceSummary {
  confidence: number;
  variants: Set<string>;
  mentionCount: number;
  articleCount: number;
  lastArticle: string | null;
  candidates: Map<string, Candidate>;
}

export class PlaceTally {
  readonly #places = new Map<string, PlaceSummary>();

  /** Mentions must arrive in corpus order (article by article, text order within one). */
  add(pm: TalliedMention): void {
    let s = this.#places.get(pm.placeId);
    if (!s) {
      s = { confidence: 0, variants: new Set(), mentionCount: 0, articleCount: 0, lastArticle: null, candidates: new Map() };
      this.#places.set(pm.placeId, s);
    }
    s.confidence = Math.max(s.confidence, pm.confidence);
    s.variants.add(pm.mention.text);
    s.mentionCount++;
    if (s.lastArticle !== pm.mention.article) {
      s.articleCount++;
      s.lastArticle = pm.mention.article;
    }
    for (const c of pm.candidates) {
      const prev = s.candidates.get(c.id);
      if (!prev || prev.score < c.score) s.candidates.set(c.id, c);
    }
  }

  /** Takes over the summary of a place feature already built (a corpus opened to add articles to). */
  adopt(f: PlaceFeature): void {
    const p = f.properties;
    if (this.#places.has(p.id)) throw new Error(`place ${p.id} adopted twice`);
    this.#places.set(p.id, {
      confidence: p.confidence,
      variants: new Set(p.variants),
      mentionCount: p.mentionCount,
      articleCount: p.articleCount,
      lastArticle: p.mentions.at(-1)?.article ?? null,
      candidates: new Map(p.candidates.map((c) => [c.id, c])),
    });
  }

  get size(): number {
    return this.#places.size;
  }

  mentionCount(id: string): number {
    return this.#places.get(id)?.mentionCount ?? 0;
  }

  /** Place ids in output order. */
  ids(): string[] {
    return [...this.#places.keys()].sort(byString);
  }

  /** The GeoJSON feature of place `id`, given all its mentions in corpus order. */
  feature(id: string, gazetteer: Gazetteer, mentions: Mention[]): PlaceFeature {
    if (mentions.length !== this.mentionCount(id))
      throw new Error(`place ${id}: ${mentions.length} mentions supplied, ${this.mentionCount(id)} tallied`);
    return this.#build(id, gazetteer, mentions);
  }

  /** The feature with only some of its mentions (a compact place opened in the viewer, plus the mentions added
   * since): the counts stay those of all of them; the rest are read from the side file. */
  featureWithSome(id: string, gazetteer: Gazetteer, mentions: Mention[]): PlaceFeature {
    return this.#build(id, gazetteer, mentions);
  }

  /** The feature with an empty mention list, for a writer that streams the mentions in (mentionCount says how many). */
  shell(id: string, gazetteer: Gazetteer): PlaceFeature {
    return this.#build(id, gazetteer, []);
  }

  #build(id: string, gazetteer: Gazetteer, mentions: Mention[]): PlaceFeature {
    const s = this.#places.get(id);
    const { entryId, precision, name } = splitPlaceId(id);
    const e = gazetteer.byId(entryId);
    if (!s || !e) throw new Error(`unreachable: place ${id} was never tallied`);
    const at = pointOf(e, gazetteer);
    if (!at) throw new Error(`unreachable: unlocated entry ${id} mapped`);
    const variants = [...s.variants].sort(byString);
    const own =
      name !== null && precision !== null
        ? unlistedProperties(variants, at, precision, gazetteer)
        : entryProperties(e, at, precision, s.candidates);
    // An unlisted settlement has no entry of its own, so no other names.
    const also = name !== null && precision !== null ? [] : otherNames(e, [own.head.name, ...variants]);
    return {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
      properties: {
        id,
        ...own.head,
        confidence: s.confidence,
        precision: own.precision,
        source: at.source,
        variants,
        ...(also.length > 0 ? { otherNames: also } : {}),
        mentionCount: s.mentionCount,
        articleCount: s.articleCount,
        mentions,
        candidates: own.candidates,
        ...(own.note ? { note: own.note } : {}),
      },
    };
  }
}

/** What a feature says of itself, apart from its tally: who it is, how exactly its point stands for it, the other
 * readings and a note. */
interface OwnProperties {
  head: Pick<PlaceFeature['properties'], 'name' | 'kind' | 'country' | 'admin1'>;
  precision: Precision;
  candidates: Candidate[];
  note: string | null;
}

/** A gazetteer entry's place, at its own point or, for a village known with its district or hromada alone, at the
 * container's, which the note names. */
function entryProperties(
  e: IndexedEntry,
  at: Extract<IndexedEntry, { lon: number }>,
  precision: Precision | null,
  candidates: ReadonlyMap<string, Candidate>,
): OwnProperties {
  const container = at.kind === 'district' ? at.name : `its hromada or raion centre, ${at.name}`;
  return {
    head: { name: e.name, kind: e.kind, country: e.country, admin1: e.admin1 },
    precision: precision ?? (at === e ? precisionOfKind(e.kind) : 'district'),
    candidates: [...candidates.values()].sort((a, b) => b.score - a.score || byString(a.id, b.id)).slice(0, MAX_CANDIDATES),
    note: at !== e ? `${e.note ? `${e.note}; ` : ''}${e.source}; no point of its own: mapped at ${container}` : (e.note ?? null),
  };
}

/** A settlement no layer knows, put at a neighbour, district or region by the text: named by the nominative its
 * spellings decline from (geoparse/unlisted-name.ts), in the container's country and oblast. */
function unlistedProperties(
  variants: readonly string[],
  at: Extract<IndexedEntry, { lon: number }>,
  precision: Precision,
  gazetteer: Gazetteer,
): OwnProperties {
  const name = unlistedSettlementName(variants, at.country, gazetteer);
  return {
    head: { name, kind: 'village', country: at.country, admin1: at.admin1 ?? (at.kind === 'region' ? at.name : null) },
    precision,
    candidates: [],
    note: `not in the gazetteer; the text places it ${placedAt(precision, at)}, so it is mapped there`,
  };
}

/** The container's words for a settlement put at its point: "near Yunakivka", "in Sudzhansky District". */
const placedAt = (precision: Precision, container: IndexedEntry): string => `${precision === 'near' ? 'near' : 'in'} ${container.name}`;

/** Where a place's point comes from: its own entry, or for a village known with its district or hromada alone
 * (district-settlements.ts) that container's entry, whose source is then the coordinates' provenance. */
function pointOf(e: IndexedEntry, gazetteer: Gazetteer): Extract<IndexedEntry, { lon: number }> | null {
  if (isLocated(e)) return e;
  if (!isDistrictSettlement(e)) return null;
  const container = gazetteer.byId(e.districtId);
  return container && isLocated(container) ? container : null;
}
