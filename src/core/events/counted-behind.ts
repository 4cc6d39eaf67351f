// A list that details a count told a few sentences before ("Восемь населенных пунктов … остаются под контролем Сил
// обороны. Они не находятся в "серой зоне". Об этом заявил … Шаповал. Речь идет о X, Y"): the sentences between that
// name no settlement and only restate the count's subject or name who reported it do not cut the list from its count.

/** How far back a list's count may stand: the list's sentence and at most this many settlement-less ones before it. */
export const COUNTED_BEHIND = 3;

/** A sentence that only restates the count's subject by a pronoun and a copula or verb of state ("Они не находятся в
 * "серой зоне"", "They are held by…", "Всі вони були на … напрямку"; Ukrainian "усі/всі" alternate by the sound before):
 * a list may be read past it, as past one that only names who reported the count. A pronoun sentence reporting another
 * act ("They also lost 40 tanks", "They said …") is no restatement: it ends the search. */
export const RESTATEMENT =
  /^\s*(?:они|все\s+они|вони|[ув]сі\s+вони|they|all\s+of\s+them)\s+(?:(?:also|all|still|now|not|не|тоже|также|все|всё|еще|ещё|теж|також|досі|ще|вже|уже)\s+){0,3}(?:are|were|remain|remained|lie|lay|have\s+been|had\s+been|находятся|находились|расположены|располагаются|остаются|оставались|остались|были|являются|перебувають|перебували|розташовані|залишаються|залишалися|залишились|залишилися|були|є)(?![\p{L}])/iu;

/** The count a list details: the nearest of the settlement-less sentences right before it (nearest first) that reports
 * a change, control or fighting, read past those that only restate or attribute (`passable`); any other sentence ends
 * the search ("… противник відступив. Ворожі ДРГ заходять із Брянської області. Зокрема, в районі X …": no withdrawal at X). */
export function countedBehind<S, F>(run: readonly S[], countedIn: (s: S) => F | null, passable: (s: S) => boolean): F | null {
  for (const s of run.slice(0, COUNTED_BEHIND)) {
    const found = countedIn(s);
    if (found) return found;
    if (!passable(s)) return null;
  }
  return null;
}

/** A wire dateline's city opening the sentence ("MOSCOW - Russian forces captured two villages", "KYIV, Ukraine (AP) —",
 * "KYIV, Dec 7 (Reuters) -"): the place the report was filed from, no settlement the sentence reports on. Capitals only,
 * then an optional country or date (a month with its day and year), an agency, then a dash. */
const DATELINE_AFTER = /^(?:,\s*\p{Lu}[\p{L}.-]*(?:\s+\d{1,2})?(?:,\s*\d{4})?)?(?:\s*\([\p{L}. ]{1,20}\))?\s*[-–—]\s/u;
export function isDateline(text: string, sentenceStart: number, m: { start: number; end: number }): boolean {
  if (text.slice(sentenceStart, m.start).trim() !== '') return false;
  const name = text.slice(m.start, m.end);
  return /\p{Lu}{3}/u.test(name) && !/\p{Ll}/u.test(name) && DATELINE_AFTER.test(text.slice(m.end, m.end + 40));
}
