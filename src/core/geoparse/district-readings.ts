// Precision instead of silence for settlements known only with their municipal district or hromada (issue 9 item 5):
// a name whose only readings are such settlements (district-settlements.ts: no coordinate of their own) is mapped at its
// district's or hromada's centre with precision `district`, when the article places something in that oblast. Such
// readings never compete with located ones: they are set aside before scoring and used only when no located reading was
// mapped, or when the one mapped lies in an oblast the text does not name (named-oblast-reading.ts).
import {
  isDistrictSettlement,
  isLocated,
  type DistrictSettlementEntry,
  type Gazetteer,
  type IndexedEntry,
} from '../gazetteer/gazetteer.ts';
import { distanceKm } from '../geo.ts';
import { normalizeName } from '../text/normalize.ts';
import { spanAt, type Span } from '../text/sentences.ts';
import { rejectionReason, type FilterContext } from './filters.ts';
import type { ParsedMention } from './geoparse.ts';
import type { Governing } from './governing-region.ts';
import { namedOblastsOverWinner } from './named-oblast-reading.ts';
import type { Spot } from './spot.ts';

export interface DistrictReading {
  /** The spot as spotted (all its readings). */
  spot: Spot;
  /** Its district-settlement readings. */
  readings: DistrictSettlementEntry[];
  /** Whether the name had no located reading at all (its spot was taken out of the ordinary pipeline). */
  alone: boolean;
  /** Readings across the border from the name's one located reading, reached only as the other language's spelling
   * (Дегтярне, Kharkiv, for the Belgorod village Дегтярное): none of its namesakes, but the one meant when a qualifier
   * after the name's list puts it in their oblast ("Дегтярное … Харьковской области"). */
  acrossBorder?: DistrictSettlementEntry[];
}

/** Takes the district-settlement readings out of every spot: a spot left with located readings goes on without them,
 * one left with none is taken out. A name that is the own name of its one located reading ("Волфино", the Kursk village)
 * is that place: a village of the other country, without coordinates, that the name reaches only as that country's
 * spelling of its own name (Волфине, across the border) is no namesake of it, and is dropped (`isCross`: the index's
 * cross readings). In one country the other language's spelling is the village's name there (Подгородное, Підгородне). */
export function setAsideDistrictReadings(
  spots: readonly Spot[],
  isCross: (spot: Spot, e: IndexedEntry) => boolean = () => false,
): { spots: Spot[]; pending: DistrictReading[] } {
  const kept: Spot[] = [];
  const pending: DistrictReading[] = [];
  for (const spot of spots) {
    if (!spot.entries.some(isDistrictSettlement)) {
      kept.push(spot);
      continue;
    }
    const located = spot.entries.filter((e) => !isDistrictSettlement(e));
    const ownName = located.length === 1 && !isCross(spot, located[0]!);
    const across = (e: IndexedEntry): boolean => ownName && e.country !== located[0]!.country && isCross(spot, e);
    const readings = spot.entries.filter(isDistrictSettlement).filter((e) => !across(e));
    const acrossBorder = spot.entries.filter(isDistrictSettlement).filter(across);
    if (readings.length > 0 || acrossBorder.length > 0)
      pending.push({ spot, readings, alone: located.length === 0, ...(acrossBorder.length > 0 ? { acrossBorder } : {}) });
    if (located.length > 0) kept.push({ ...spot, entries: located });
  }
  return { spots: kept, pending };
}

/** Two districts this much nearer to the article's places tell the reading apart (km). */
const NEARER_KM = 15;
/** Farther than this from every place of the article a district is no better than another (km). */
const NEAR_PLACES_KM = 60;

/** Maps each set-aside name that no located reading took (unresolved, unspotted, or placed only in its oblast by the
 * text) at its district, when the article's mapped places lie in that district's oblast. The evidence a village needs
 * applies (filters.ts: a district settlement is a weak reading), and a word the article only ever capitalises at a
 * sentence start (`initialOnly`, by start offset) is left as the pipeline left it. Returns all mentions, in text order. */
export function placeInDistricts(
  mentions: readonly ParsedMention[],
  pending: readonly DistrictReading[],
  ctx: FilterContext,
  sentences: readonly Span[],
  gazetteer: Gazetteer,
  initialOnly: ReadonlySet<number> = new Set(),
  governedAt: ReadonlyMap<number, Governing> = new Map(),
): ParsedMention[] {
  if (pending.length === 0) return [...mentions];
  const mapped = mentions.filter(
    (m) => (m.status === 'resolved' || m.status === 'low-confidence') && m.entry !== null && isLocated(m.entry),
  );
  const oblasts = new Set(mapped.flatMap((m) => (m.entry!.admin1 ? [m.entry!.admin1] : [])));
  const districts = new Set(
    mapped.flatMap((m) => (m.entry!.kind === 'district' ? [m.entry!.name] : m.entry!.district ? [m.entry!.district] : [])),
  );
  const places = mapped.map((m) => m.entry!).filter((e) => e.kind !== 'country' && e.kind !== 'region');
  const mappedIds = new Set(places.map((e) => e.id));
  const out = [...mentions];
  for (const { spot, readings: ordinary, alone, acrossBorder } of pending) {
    const qualified = governedAt.get(spot.start);
    const readings =
      acrossBorder && qualified?.qualifier ? [...ordinary, ...acrossBorder.filter((e) => e.admin1 === qualified.admin1)] : ordinary;
    if (readings.length === 0) continue;
    const at = out.findIndex((m) => m.start < spot.end && spot.start < m.end);
    const existing = at >= 0 ? out[at] : undefined;
    if (existing?.status === 'rejected' || initialOnly.has(spot.start)) continue;
    // A located reading won, or the text placed the name at a neighbour or in its district: that stands.
    const taken = existing && existing.status !== 'unresolved' && existing.precision !== 'region';
    // "Бондаревку Суджанского района": the text placed the name in a district (approximate.ts) where the codifier
    // knows a settlement of that name: that settlement is the one meant, mapped where the text put it.
    const confirmed = taken && existing.precision === 'district' && !existing.named ? readingIn(readings, existing.entry) : undefined;
    if (existing && confirmed) {
      out[at] = {
        ...existing,
        named: confirmed,
        reason: `${existing.reason}; ${codifierOf(confirmed)} knows it there (${confirmed.note}, ${confirmed.source})`,
      };
      continue;
    }
    const own = taken
      ? (ownSpellingOblasts(existing, readings, mapped, gazetteer) ?? namedOblastsOverWinner(existing, readings, out))
      : null;
    if (taken && !own) continue;
    const sentence = spanAt(sentences, spot.start) ?? { start: spot.start, end: spot.end };
    const base = { start: spot.start, end: spot.end, text: spot.text, sentence, confidence: 0, scored: [] };
    // A name only this layer knows that the filters reject (a surname, a common word) is left unsaid: reporting every
    // khutor named like a person as "not a place" would bury the report.
    if (alone && !existing && rejectionReason(spot, ctx)) continue;
    const pick = own
      ? chooseReading(readings, own, districts, places, gazetteer, undefined, mappedIds)
      : chooseReading(readings, oblasts, districts, places, gazetteer, existing, mappedIds, governedAt.get(spot.start)?.admin1);
    const district = pick.entry && gazetteer.byId(pick.entry.districtId);
    if (!pick.entry || !district || !isLocated(district)) {
      if (!existing) out.push({ ...base, status: 'unresolved', reason: pick.why, entry: null });
      else if (existing.status === 'unresolved' && existing.entry === null && existing.scored.length === 0)
        out[at] = { ...existing, reason: pick.why };
      continue;
    }
    const mention: ParsedMention = {
      ...base,
      status: 'low-confidence',
      entry: district,
      named: pick.entry,
      confidence: 0.5,
      precision: 'district',
      reason: `not located; ${codifierOf(pick.entry)} places it in ${containerName(district)}, so it is mapped there (precision district; ${pick.entry.note}, ${pick.entry.source})`,
    };
    if (existing) out[at] = mention;
    else out.push(mention);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The one reading whose container is `container` (a district, or the settlement a hromada is centred on). */
function readingIn(readings: readonly DistrictSettlementEntry[], container: IndexedEntry | null): DistrictSettlementEntry | undefined {
  if (!container) return undefined;
  const inside = readings.filter((r) => r.districtId === container.id);
  return inside.length === 1 ? inside[0] : undefined;
}

/** "Drones struck Karaichnoye … in the Belgorod region": a located reading won only through the other language's
 * spelling (the Kharkiv Karaichne) yields to a reading of the text's own spelling known with its district in an oblast
 * where the article maps its other places and not the winner's. Those oblasts, or null when the winner stands. */
function ownSpellingOblasts(
  existing: ParsedMention,
  readings: readonly DistrictSettlementEntry[],
  mapped: readonly ParsedMention[],
  gazetteer: Gazetteer,
): Set<string> | null {
  const won = existing.entry;
  if (!won || gazetteer.isCrossReading?.(normalizeName(existing.text), won.id) !== true) return null;
  const others = new Set(mapped.flatMap((m) => (m.start !== existing.start && m.entry!.admin1 ? [m.entry!.admin1] : [])));
  if (won.admin1 !== null && others.has(won.admin1)) return null;
  return readings.some((r) => r.admin1 !== null && others.has(r.admin1)) ? others : null;
}

/** The codifier that places a district settlement (its note begins with it): OKTMO, KATOTTG. */
const codifierOf = (e: DistrictSettlementEntry): string => e.note?.split(' ')[0] ?? 'OKTMO';

/** The container a mention is mapped at: a district by its name, a hromada centre as the hromada around it. */
/** A container that is a settlement is the centre of the village's hromada or, failing that, of its raion (the note
 * names which). */
const containerName = (d: IndexedEntry): string => (d.kind === 'district' ? d.name : `the hromada or raion centred on ${d.name}`);

/** The one district-settlement reading the article supports: in an oblast the article maps places in (the one the
 * text placed the name in, or its clause names, if it did), preferring a district the article names, else the district nearest the
 * article's places by a clear margin. */
function chooseReading(
  readings: readonly DistrictSettlementEntry[],
  oblasts: ReadonlySet<string>,
  districts: ReadonlySet<string>,
  places: readonly IndexedEntry[],
  gazetteer: Gazetteer,
  existing: ParsedMention | undefined,
  mappedIds: ReadonlySet<string> = new Set(),
  governing?: string,
): { entry: DistrictSettlementEntry | null; why: string } {
  const where = [...new Set(readings.map((e) => e.district ?? e.admin1 ?? e.country))].join(', ');
  const by = [...new Set(readings.map(codifierOf))].join('/');
  // The oblast its clause names (governing-region.ts), else the one the text placed it in, else any the article maps.
  const oblast = governing ?? existing?.entry?.admin1;
  const inOblast = readings.filter((e) => (oblast ? e.admin1 === oblast : e.admin1 !== null && oblasts.has(e.admin1)));
  if (inOblast.length === 0)
    return { entry: null, why: `not located; ${by} knows it in ${where}, but the article maps nothing in its oblast` };
  // The article names the district, or maps the settlement a hromada is centred on (Привільне of Гуляйпільська громада
  // in a report that names Гуляйполе): that container is the one meant.
  const named = inOblast.filter((e) => (e.district && districts.has(e.district)) || mappedIds.has(e.districtId));
  const pool = named.length > 0 ? named : inOblast;
  const ids = [...new Set(pool.map((e) => e.districtId))];
  if (ids.length === 1) return { entry: pool[0]!, why: '' };
  const ranked = ids
    .map((id) => {
      const d = gazetteer.byId(id);
      const km = d && isLocated(d) ? Math.min(Infinity, ...places.map((p) => distanceKm(d, p as { lon: number; lat: number }))) : Infinity;
      return { id, km };
    })
    .sort((a, b) => a.km - b.km || (a.id < b.id ? -1 : 1));
  const [best, second] = ranked;
  if (best!.km <= NEAR_PLACES_KM && second!.km - best!.km >= NEARER_KM)
    return { entry: pool.find((e) => e.districtId === best!.id)!, why: '' };
  return { entry: null, why: `not located; ${by} knows it in ${where}, and the article does not tell which` };
}
