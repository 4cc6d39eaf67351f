// The oblast a clause puts a settlement in. A region or district named as a list's qualifier
// ("Тихое, Отрадное Днепропетровской области", "Кондратовка, Харьковка и Хотень Сумской области", "Вишневое
// (Днепропетровская область)", "Dovhenke and Dmytrivka in the Donetsk region") governs the settlements listed before it;
// one introduced by a locative preposition ("в Запорожской области под контроль перешли Цветковое, … Приморское",
// "у Покровському районі — A та B", "на Харківщині: …") governs the settlements after it in its sentence, up to the
// next region named. Namesakes abound (Ukraine has a Петровское in most oblasts), so the governed reading is the one.
import type { IndexedEntry } from '../gazetteer/gazetteer.ts';
import { spanAt, type Span } from '../text/sentences.ts';
import { ADMIN_GENITIVE } from './admin-nouns.ts';
import { IN_THE } from './in-the-region.ts';
import type { Spot } from './spot.ts';

/** Between two items of one list: a comma, a conjunction, or both. */
const LIST_JOINT = /^(\s*,\s*((и|і|й|та|а также|and|or|или|або)\s+)?|\s+(и|і|й|та|а также|and|or|или|або)\s+)$/iu;
/** Between a list's last item and the region that qualifies it: a space before a genitive with its administrative noun
 * ("Хотень Сумской области"), a parenthesis, or "in/of (the) (southeastern)" (in-the-region.ts), "в/у". */
const QUALIFIER_JOINT = new RegExp(String.raw`^(\s*\(\s*|\s+${IN_THE}|\s+(в|у|во)\s+)$`, 'iu');
const BARE_SPACE = /^\s+$/u;
/** Items of the list the gazetteer does not know, between two known ones or before the qualifier ("Борисовка,
 * Огурцово, Плетеневка, Пыльная и Стрелечья в Харьковской области"): each a joint and one or two capitalised words. */
const UNKNOWN_ITEMS =
  /^(?:(?:\s*,\s*(?:(?:и|і|й|та|and|or|или|або)\s+)?|\s+(?:и|і|й|та|and|or|или|або)\s+)\p{Lu}[\p{Ll}’'ʼ-]+(?:[ -]\p{Lu}[\p{Ll}’'ʼ-]+)?)+/u;
/** The gap between two spots with the list's unknown items left out: what joins the known ones. */
const joint = (gap: string): string => gap.replace(UNKNOWN_ITEMS, '');
/** An abbreviation needs no case: it, or a region's or district's name in the genitive with its noun (admin-nouns.ts),
 * qualifies a name after a bare space. */
const ABBREVIATION = /(^|\s)\p{Lu}{2,4}$/u;
export const isAdminGenitive = (name: string): boolean => ADMIN_GENITIVE.test(name) || ABBREVIATION.test(name);
/** A locative preposition right before a region: what follows in the sentence happens there. */
const LOCATIVE_BEFORE = /(^|[\s(«"“])(в|у|во|на|in|across)\s+(the\s+)?$/iu;

/** A front axis named after a city or region ("in the Donetsk direction", "на Покровському напрямку") places nothing. */
const AXIS_AFTER = /^\s+(direction|axis|sector|front|напрям|направлен)/iu;

/** The one admin-1 a spot names when all its readings are regions or districts of one oblast; else null. */
function regionOf(spot: Spot): string | null {
  if (spot.entries.length === 0 || !spot.entries.every((e) => e.kind === 'region' || e.kind === 'district')) return null;
  const oblasts = new Set(spot.entries.map((e) => e.admin1));
  const [only] = oblasts;
  return oblasts.size === 1 && only ? only : null;
}

const isAdminUnit = (e: IndexedEntry): boolean => e.kind === 'region' || e.kind === 'district';
/** A settlement's name, not one that may also be a region's or district's ("на Сумщині та Харківщині": a village is
 * called Харківщина too): only those are governed. */
const settlementOnly = (spot: Spot): boolean =>
  spot.entries.length === 0 || (spot.entries.some((e) => e.kind !== 'country') && !spot.entries.some(isAdminUnit));

/** The oblast a clause puts a name in, and whether a qualifier right after its list says so (the stronger statement: it
 * overrides even a big city's prominence) or a region before it in the sentence. */
export interface Governing {
  admin1: string;
  qualifier: boolean;
}

/** For each spot whose clause puts it in one oblast, that oblast, by the spot's start offset. */
export function governingRegions(text: string, unordered: readonly Spot[], sentences: readonly Span[]): Map<number, Governing> {
  const spots = [...unordered].sort((a, b) => a.start - b.start);
  const regions = spots.map((spot) => (AXIS_AFTER.test(text.slice(spot.end, spot.end + 12)) ? null : regionOf(spot)));
  const out = new Map<number, Governing>();
  const qualifiers = new Set<number>();
  // A qualifier after a list governs the list's items, walking back over the joints.
  for (let r = 1; r < spots.length; r++) {
    const admin1 = regions[r];
    if (!admin1) continue;
    const gap = joint(text.slice(spots[r - 1]!.end, spots[r]!.start));
    if (!QUALIFIER_JOINT.test(gap) && !(BARE_SPACE.test(gap) && isAdminGenitive(spots[r]!.text))) continue;
    for (let i = r - 1; i >= 0; i--) {
      if (!settlementOnly(spots[i]!)) break;
      out.set(spots[i]!.start, { admin1, qualifier: true });
      qualifiers.add(r);
      if (i === 0 || !LIST_JOINT.test(joint(text.slice(spots[i - 1]!.end, spots[i]!.start)))) break;
    }
  }
  // A region after a locative preposition governs the rest of its sentence up to the next region named, unless it
  // qualifies a list before it ("у Суджи в Курской области, а также в Волчанске": Волчанск is not said to be in Kursk).
  for (let r = 0; r < spots.length; r++) {
    const admin1 = regions[r];
    if (!admin1 || qualifiers.has(r)) continue;
    const sentence = spanAt(sentences as Span[], spots[r]!.start);
    if (!sentence || !LOCATIVE_BEFORE.test(text.slice(sentence.start, spots[r]!.start))) continue;
    for (let i = r + 1; i < spots.length && spots[i]!.start < sentence.end && regions[i] === null; i++)
      if (!out.has(spots[i]!.start) && settlementOnly(spots[i]!)) out.set(spots[i]!.start, { admin1, qualifier: false });
  }
  return out;
}
