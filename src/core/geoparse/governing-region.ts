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

/** A landmark's direction right before a name ("villages in Donetsk province, south and east of Dachnoye", "вошли в
 * село Андреевка западнее Курахово", "на південь від Покровська"): the clause places the other places, not the one
 * their bearing is taken from. */
const BEARING_BEFORE =
  /(?<![\p{L}])(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:\s+(?:and|or)\s+(?:north|south|east|west)(?:-?(?:east|west))?)?\s+of|(?:(?:северо|юго)-)?(?:север|юж|восточ|запад)нее|(?:(?:північно|південно)-)?(?:північ|півден|схід|захід)ніше|(?:к|на)\s+(?:(?:северо|юго)-)?(?:север|юг|восток|запад)[ау]?\s+от|на\s+(?:північн\S*\s+|південн\S*\s+)?(?:північ|південь|схід|захід)\s+від|\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:er|re)s|miles|км|километрах|кілометрах)\s+(?:from|от|від))\s+$/iu;

/** A region named as a boundary ("close to the administrative boundary with Kharkiv region", "рядом с границей с ДНР",
 * "близько межі з Дніпропетровською областю"): the text is beside it, not in it. */
const BOUNDARY_BEFORE =
  /(?<![\p{L}])(?:border|boundary|frontier|границ\p{L}*|меж[іаеуи]|кордон\p{L}*)\s+(?:(?:with|с|з|із)\s+)?(?:the\s+)?$/iu;

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
      if (
        !out.has(spots[i]!.start) &&
        settlementOnly(spots[i]!) &&
        !BEARING_BEFORE.test(text.slice(Math.max(0, spots[i]!.start - 48), spots[i]!.start))
      )
        out.set(spots[i]!.start, { admin1, qualifier: false });
  }
  // "…атаковала Донецкую область. Здесь под ударом оказались Дружба, Тарасовка…": a sentence naming no region of its
  // own goes on in the one oblast the sentence before it names last (in the same paragraph).
  const bySentence = new Map<Span, number[]>();
  for (let i = 0; i < spots.length; i++) {
    const sentence = spanAt(sentences as Span[], spots[i]!.start);
    if (sentence) (bySentence.get(sentence) ?? bySentence.set(sentence, []).get(sentence)!).push(i);
  }
  for (let j = 1; j < sentences.length; j++) {
    const here = bySentence.get(sentences[j]!);
    const before = bySentence.get(sentences[j - 1]!);
    // (the sentence names no place that may be an oblast of its own)
    if (
      !here ||
      !before ||
      here.some((i) => spots[i]!.entries.some((e) => e.kind === 'region' && (e.country === 'UA' || e.country === 'RU')))
    )
      continue;
    if (/\n\s*\n/u.test(text.slice(sentences[j - 1]!.end, sentences[j]!.start))) continue;
    // Every oblast a name of that sentence may be counts ("in the Kharkiv region … in Donetsk": two, so none).
    const named = new Set(
      before.flatMap((i) =>
        AXIS_AFTER.test(text.slice(spots[i]!.end, spots[i]!.end + 12))
          ? []
          : spots[i]!.entries.flatMap((e) => (e.kind === 'region' && e.admin1 ? [e.admin1] : [])),
      ),
    );
    // (and the sentence ends on it: "… в Харьковской области взяли Бологовку и Двуречное" has moved on to its villages)
    const last = spots[before[before.length - 1]!]!;
    if (named.size !== 1 || regions[before[before.length - 1]!] === null) continue;
    if (BOUNDARY_BEFORE.test(text.slice(Math.max(0, last.start - 40), last.start))) continue;
    const [admin1] = named;
    // Only a list's items go on there ("… оказались Дружба, Тарасовка и Водяное"), not a name told alone ("He said Ukraine
    // would seek to recapture Luhansk after Lyman is retaken", after the Luhansk region's governor was quoted).
    const listed = (k: number): boolean =>
      (k > 0 && LIST_JOINT.test(joint(text.slice(spots[here[k - 1]!]!.end, spots[here[k]!]!.start)))) ||
      (k + 1 < here.length && LIST_JOINT.test(joint(text.slice(spots[here[k]!]!.end, spots[here[k + 1]!]!.start))));
    for (const [k, i] of here.entries())
      if (
        listed(k) &&
        !out.has(spots[i]!.start) &&
        settlementOnly(spots[i]!) &&
        !spots[i]!.entries.some((e) => (e.population ?? 0) >= 100_000) &&
        !AXIS_AFTER.test(text.slice(spots[i]!.end, spots[i]!.end + 12)) &&
        !BEARING_BEFORE.test(text.slice(Math.max(0, spots[i]!.start - 48), spots[i]!.start))
      )
        out.set(spots[i]!.start, { admin1: admin1!, qualifier: false });
  }
  return out;
}
