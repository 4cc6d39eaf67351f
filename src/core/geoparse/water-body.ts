// A name that a water body's head noun governs is the river's, canal's, reservoir's or lake's, not a settlement's:
// "the Siverskyi Donets River", "the Oskil river", "the Berkhivka reservoir", "річки Оскіл", "за реку Гайчур",
// "канал Северский Донец". Settlements share many such names (Oskil, Inhulets, Vovche for the Вовча), and the gold of
// every set skips rivers, so a reading there is at best a skipped span and at worst a false settlement.
import type { Token } from '../text/tokens.ts';
import { isCapitalized } from '../text/tokens.ts';

/** English heads after the name ("Dnipro River", "Siverskyi Donets Canal"), any case. */
const EN_HEAD_AFTER = /^(?:river|canal|reservoir)(?:['’]s)?$/iu;
/** English heads before the name, lower case or capitalised ("the river Dnipro", "Lake Sasyk"). */
const EN_HEAD_BEFORE = /^(?:river|canal|lake)(?:['’]s)?$/iu;
/** Russian and Ukrainian nouns of a river, canal, reservoir or lake in every case and number, before the name
 * ("річки Оскіл", "рекой Гайчур", "між річками Вовча та Солона", "каналу Сіверський Донець — Донбас"). */
const CYRILLIC_HEAD_BEFORE =
  /^(?:річк(?:а|и|у|ою|ам|ами|ах)|річці|річок|рік(?:а|и|у|ою)|ріці|рек(?:а|и|е|у|ой|ою|ам|ами|ах)?|канал(?:а|у|ом|е|і|ы|и|ов|ів)?|водосховищ(?:е|а|у|ем|і)|водохранилищ(?:е|а|у|ем)|озер(?:о|а|у|ом|е|і))$/u;
/** The same reservoir and lake nouns after an adjective name ("Печенізьке водосховище", "Каховского водохранилища"). */
const CYRILLIC_HEAD_AFTER = /^(?:водосховищ(?:е|а|у|ем|і)|водохранилищ(?:е|а|у|ем)|озер(?:о|а|у|ом|е|і))$/u;
/** What may stand between two words of one water body's name: a space, or a hyphen or dash joining two rivers'
 * names ("Siverskyi Donets–Donbas Canal"). */
const NAME_GAP = /^(?:[ \u00a0]|[ \u00a0]?[-–—][ \u00a0]?)$/u;

/** Whether the spot covering tokens [first, last) is the name of a water body, by the head noun around it. */
export function isWaterBodyName(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  // A head alone is no place, though sources list "Canal" (Port Said) and "Rivers" (Nigeria) as regions' names.
  if (last - first === 1 && (EN_HEAD_AFTER.test(tokens[first]!.text) || EN_HEAD_BEFORE.test(tokens[first]!.text))) return true;
  return headAfter(text, tokens, last) || headBefore(text, tokens, first);
}

/** A head right after the name, past at most two more capitalised words of the same name ("Siverskyi [Donets] River"). */
function headAfter(text: string, tokens: readonly Token[], last: number): boolean {
  for (let k = last; k < last + 3 && k < tokens.length; k++) {
    const word = tokens[k]!;
    if (!NAME_GAP.test(text.slice(tokens[k - 1]!.end, word.start))) return false;
    if (EN_HEAD_AFTER.test(word.text) || CYRILLIC_HEAD_AFTER.test(word.text))
      return !capitalisedAfter(text, tokens, k) && !facilityAfter(text, tokens, k);
    if (!isCapitalized(word.text)) return false;
  }
  return false;
}

/** "Dnipro River Port", "Kakhovka Reservoir Dam" name something else on the water: a capitalised word after the head
 * leaves the reading to the other rules. */
function capitalisedAfter(text: string, tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && /^[ \u00a0]$/u.test(text.slice(tokens[k]!.end, next.start)) && isCapitalized(next.text);
}

/** Plural heads, which alone open a list of names ("реками Волчья и Соленая", "між річками Вовча та Солона"): after a
 * singular head a list goes on to other places ("річки Оскіл та Куп'янськ"). */
const PLURAL_HEAD = /^(?:річками|річок|реками|рек|rivers)$/iu;
const CONJUNCTION = /^(?:и|і|й|та|and)$/iu;

/** "the Kherson river port", "the Izmail river station": the head modifies a facility noun, and the name before it is
 * the town whose port or station it is. */
const FACILITY_NOUN = /^(?:port|ports|station|terminal|harbou?r|pier|fleet)$/iu;
function facilityAfter(text: string, tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && /^[ \u00a0]$/u.test(text.slice(tokens[k]!.end, next.start)) && FACILITY_NOUN.test(next.text);
}

/** A head right before the name on the same line (a headline ending in "river" is no head of the dateline's city on
 * the next), or a plural head before a list of capitalised names the name ends. */
function headBefore(text: string, tokens: readonly Token[], first: number): boolean {
  let k = first;
  for (let items = 0; items < 6 && k > 0; items++) {
    const before = tokens[k - 1]!;
    const gap = text.slice(before.end, tokens[k]!.start);
    if (
      /^[ \u00a0]+$/u.test(gap) &&
      (CYRILLIC_HEAD_BEFORE.test(before.text) || EN_HEAD_BEFORE.test(before.text) || PLURAL_HEAD.test(before.text))
    )
      return k === first || PLURAL_HEAD.test(before.text);
    if (
      CONJUNCTION.test(before.text) &&
      /^[ \u00a0]+$/u.test(gap) &&
      k >= 2 &&
      /^,?[ \u00a0]+$/u.test(text.slice(tokens[k - 2]!.end, before.start))
    )
      k -= 1; // "Волчья и |Соленая": on to the item before the conjunction
    else if (!(/^,[ \u00a0]*$/u.test(gap) && isCapitalized(before.text))) return false;
    if (!isCapitalized(tokens[k - 1]!.text)) return false;
    k -= 1;
  }
  return false;
}
