// Precision instead of silence (issue 9 item 5): a settlement no layer knows is still placed when the text places it —
// "the village of X in the Y district", "село Х Сумського району", "X, Kursk region", "X near Y" — at the district,
// oblast or neighbour, with the precision code that says so (ACLED geo_precision, UCDP where_prec). With no such clue
// it stays unresolved.
import type { Precision } from '../schema.ts';
import type { ParsedMention } from './geoparse.ts';
import { isAdminGenitive } from './governing-region.ts';
import { IN_THE } from './in-the-region.ts';

/** Between the unknown name and a district or oblast that contains it: nothing (a genitive: "Волфино Глушковского
 * района"), a comma, "in (the) (southeastern)", "of", "у/в", or an opening bracket. */
const CONTAINED_IN = new RegExp(String.raw`^(\s*,\s*|\s+${IN_THE}|\s+(в|у|во)\s+|\s*\(\s*|\s+)$`, 'iu');
/** Between the unknown name and a neighbouring settlement. */
const NEAR =
  /^\s*,?\s*(near|outside|close to|next to|not far from|біля|поблизу|поруч із|неподалік від|недалеко від|возле|около|под|недалеко от|рядом с)\s+$/iu;

/** A capitalised feminine -ськ-/-цьк- adjective, as a hromada is named ("Хотинська", "Новокаховской"). */
const HROMADA_ADJECTIVE = /^\p{Lu}\p{Ll}+(ськ|цьк|ск|цк)(а|ої|ій|у|ою|ая|ой|ую)$/u;

/** How far after the unknown name the clue may begin (characters). */
const REACH = 40;

export function approximate(text: string, unknown: readonly ParsedMention[], mapped: readonly ParsedMention[]): ParsedMention[] {
  if (unknown.length === 0) return [];
  const located = mapped
    .filter((m) => m.entry !== null && m.entry.lon !== null && (m.status === 'resolved' || m.status === 'low-confidence'))
    .sort((a, b) => a.start - b.start);
  return unknown.map((u) => {
    const clue = located.find((m) => m.start >= u.end && m.start - u.end <= REACH && m.start < u.sentence.end);
    const inList = (): ParsedMention => listedBeforeContainer(text, u, located) ?? listedAfterContainer(text, u, located) ?? u;
    if (!clue) return inList();
    const gap = text.slice(u.end, clue.start);
    // A district mapped at its centre (district-centre.ts) contains like the district it is.
    const kind = clue.precision === 'district' ? 'district' : clue.entry!.kind;
    let precision: Precision | null = null;
    // "Хотинська, Миколаївська сільська … громади": a hromada's adjective before a comma and another is a list's
    // item, no settlement of the next.
    const listedUnit = kind === 'district' && HROMADA_ADJECTIVE.test(u.text) && /^\s*,\s*$/u.test(gap);
    if ((kind === 'district' || kind === 'region') && CONTAINED_IN.test(gap) && !listedUnit)
      precision = kind === 'district' ? 'district' : 'region';
    else if ((kind === 'village' || kind === 'town' || kind === 'city') && NEAR.test(gap)) precision = 'near';
    if (!precision) return inList();
    const where = precision === 'near' ? `near ${clue.entry!.name}` : `in ${clue.entry!.name}`;
    return {
      ...u,
      status: 'low-confidence' as const,
      entry: clue.entry,
      confidence: 0.5,
      scored: [],
      precision,
      unlisted: true as const,
      reason: `not in the gazetteer; the text places it ${where}, so it is mapped there (precision ${precision})`,
    };
  });
}

/** The rest of a list after an item, up to its container: more capitalised items joined by commas and "и/та/and",
 * then the same joints as CONTAINED_IN. */
const LIST_TAIL = new RegExp(
  String.raw`^(?:\s*(?:,\s*(?:и\s+|і\s+|та\s+|and\s+)?|\s+(?:и|і|та|й|and)\s+)\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,2})*(\s*,\s*|\s+${IN_THE}|\s+(в|у|во)\s+|\s*\(\s*|\s+)$`,
  'u',
);

/** "Агроном, Бондаревка и Косица Курской области", "X, Y and Z in the Kursk region": every item of a list of
 * settlements lies in the district or oblast after its last item. */
function listedBeforeContainer(text: string, u: ParsedMention, located: readonly ParsedMention[]): ParsedMention | null {
  // The first district or region after it; the list's other items may be located settlements (LIST_TAIL reads them).
  const container = located.find(
    (m) => m.start >= u.end && m.start < u.sentence.end && (m.entry!.kind === 'district' || m.entry!.kind === 'region'),
  );
  if (!container) return null;
  const gap = text.slice(u.end, container.start);
  if (gap.length > 2000 || !LIST_TAIL.test(gap)) return null;
  // A bare space only before a genitive with its administrative noun: "Косица Курской области".
  if (/[^\s]\s+$/.test(gap) && !/[,(]\s*$|\s(in|of|the|в|у|во)\s+$/u.test(gap) && !isAdminGenitive(container.text)) return null;
  return inContainer(u, container, `listed with settlements the text places in ${container.entry!.name}`);
}

/** Settlement words that open a list: "населённые пункты", "сёла", "villages". */
const SETTLEMENT_WORD = /(^|[^\p{L}])(сел[оаеиу]|сёл|сіл|селищ|посел|посёл|деревн|хутор|населен|населён|villages?|settlements?|hamlets?)/iu;

/** "в Курской области освобождены населённые пункты X, Y и Z": an unknown settlement listed after a settlement word
 * that follows the district or oblast its sentence names lies in it (the nearest such before it). */
function listedAfterContainer(text: string, u: ParsedMention, located: readonly ParsedMention[]): ParsedMention | null {
  let container: ParsedMention | undefined;
  for (const m of located) {
    if (m.start < u.sentence.start || m.end > u.start) continue;
    if (m.entry!.kind === 'district' || m.entry!.kind === 'region') container = m;
    else if (m.entry!.kind === 'country') container = undefined; // "в Курской области и на Украине": no longer one container
  }
  if (!container || !SETTLEMENT_WORD.test(text.slice(container.end, u.start))) return null;
  return inContainer(u, container, `listed among the settlements of ${container.entry!.name}`);
}

/** The unknown settlement mapped at the district or oblast that holds it, saying why. */
function inContainer(u: ParsedMention, container: ParsedMention, why: string): ParsedMention {
  const precision: Precision = container.entry!.kind === 'district' ? 'district' : 'region';
  return {
    ...u,
    status: 'low-confidence' as const,
    entry: container.entry,
    confidence: 0.5,
    scored: [],
    precision,
    unlisted: true,
    reason: `not in the gazetteer; ${why}, so it is mapped there (precision ${precision})`,
  };
}

/** A reading the text contradicts: "the village of Zhuravli in the Kursk region" when the only Zhuravli the gazetteer
 * knows lies in Crimea. Such a mention is not that place; it is returned unresolved, for `approximate` to place it in
 * the region or district the text gives. */
export function contradicted(text: string, mentions: readonly ParsedMention[]): { kept: ParsedMention[]; unknown: ParsedMention[] } {
  const kept: ParsedMention[] = [];
  const unknown: ParsedMention[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k]!;
    const e = m.entry;
    const next = sorted[k + 1];
    const settlement =
      e !== null && (e.kind === 'village' || e.kind === 'town') && (m.status === 'resolved' || m.status === 'low-confidence');
    const container =
      next?.entry &&
      (next.status === 'resolved' || next.status === 'low-confidence') &&
      (next.entry.kind === 'region' || next.entry.kind === 'district')
        ? next.entry
        : null;
    if (
      settlement &&
      container &&
      next &&
      next.start - m.end <= REACH &&
      CONTAINED_IN.test(text.slice(m.end, next.start)) &&
      // A bare space only before a genitive with its administrative noun: "Новоивановка Курской области".
      (!/^\s+$/.test(text.slice(m.end, next.start)) || isAdminGenitive(next.text)) &&
      container.admin1 !== null &&
      container.admin1 !== e.admin1
    ) {
      unknown.push({
        ...m,
        status: 'unresolved',
        entry: null,
        confidence: 0,
        scored: [],
        reason: `the text places it in ${container.name}; no ${m.text} there is known (the gazetteer's lies in ${e.admin1 ?? e.country})`,
      });
      continue;
    }
    kept.push(m);
  }
  return { kept, unknown };
}

/** The reason of a name the text calls a settlement ("село X", "the villages of X and Y") that no layer knows. */
export const SETTLEMENT_UNKNOWN = 'not in the gazetteer; the text calls it a settlement';

/** A settlement the text names as one ("село X", a list of villages) but no layer knows, in an article that names one
 * oblast and no other: it is mapped to that oblast with precision region, the only place the
 * text gives it. */
export function inTheArticlesOblast(unknown: readonly ParsedMention[], mapped: readonly ParsedMention[]): ParsedMention[] {
  const regions = new Map<string, ParsedMention>();
  for (const m of mapped)
    if (
      m.entry?.kind === 'region' &&
      m.entry.lon !== null &&
      m.precision === undefined &&
      (m.status === 'resolved' || m.status === 'low-confidence')
    )
      regions.set(m.entry.id, m);
  const only = regions.size === 1 ? [...regions.values()][0]!.entry! : null;
  if (!only) return [...unknown];
  return unknown.map((u) =>
    u.status === 'unresolved' && u.entry === null && u.reason === SETTLEMENT_UNKNOWN
      ? {
          ...u,
          status: 'low-confidence' as const,
          entry: only,
          confidence: 0.4,
          scored: [],
          precision: 'region' as const,
          unlisted: true as const,
          reason: `${u.reason}; the article names one oblast, ${only.name}, so it is mapped there (precision region)`,
        }
      : u,
  );
}
