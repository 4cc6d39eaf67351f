// A trigger whose object is a noun of settlement of its own: "Russia's capture of the town brings its forces closer to
// the cities of X", "captured the last town before X", "Освобождение города означает, что открыт путь к X", "о занятии
// населенного пункта распространил штаб … Y". The noun is what was taken; a name further on that is not set beside it
// ("the town of X", "города X", "the village, X") is no object of the trigger, whatever the clause after the noun says.
import { PLACE_NOUN } from './nominal.ts';

const EN_PLACE_NOUN = String.raw`(?:villages?|towns?|settlements?|cit(?:y|ies)|hamlets?)`;

/** The noun right after the trigger (English: with its determiner and up to three modifiers; Cyrillic: up to three
 * lower-case modifiers), and the words after it up to the name. */
const EN_OWN_NOUN = new RegExp(
  String.raw`^\s+(?:of\s+)?(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Aa]nother|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?${EN_PLACE_NOUN}(?![\p{L}'’])(?<rest>[^]*)$`,
  'u', // (the noun in small letters: "the Novohrodivka City Council" names no settlement of its own)
);
const CYRILLIC_OWN_NOUN = new RegExp(String.raw`^\s+(?:\p{Ll}+\s+){0,3}?${PLACE_NOUN}(?![\p{L}])(?<rest>[^]*)$`, 'u');

/** The name set beside the noun: nothing, a comma, colon or dash, "of", "called", "named", "known as"; a kind of
 * settlement ("поселок городского типа X"); a second noun of settlement joined to the first ("the town and the village
 * of X", "город и село X"); names the gazetteer does not know before it in the same list ("the villages of Unknown and
 * X"). A region blanked out of the gap leaves only spaces (and an empty bracket). */
const APPOSED = new RegExp(
  String.raw`^[\s,:–—-]*(?:(?:of\s+)+(?:the\s+)?|(?:called|named|known\s+as)\s+|\p{Ll}+\s+тип[ау]\s+)?(?:\p{Lu}[\p{L}'’-]*\s*(?:,|and|і|и|та|й)?\s*)*$|^\s*,?\s*(?:and|or|и|і|та|й)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+){0,2}(?:${EN_PLACE_NOUN}|${PLACE_NOUN})(?:\s+of)?\s*$`,
  'u', // (case-sensitive: a name is capitalised)
);
/** A list's items introduced after the noun and a phrase about it, maybe with a noun of settlement again: "another
 * village in the region, X", "нескольких сел на пути к городу, таких как X", "три села, а саме X", "такие населенные
 * пункты, как X", "восемь населённых пунктов на участках фронта, включая ключевой город X". */
const ITEMS_INTRODUCED = new RegExp(
  String.raw`(?:[,:–—]|\s-|,?\s*(?:таких\s+)?(?:как|як|як-от|such\s+as|including|включая|зокрема|а\s+саме|в\s+том\s+числе|в\s+частности|у\s+тому\s+числі|серед\s+них|среди\s+них)(?:\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}(?:${EN_PLACE_NOUN}|${PLACE_NOUN})(?:\s+of)?)?)\s*$`,
  'iu',
);

/** A predicate in the Cyrillic words after the noun, a finite verb ("означает", "распространил", "відкриває") or a
 * clause of "что"/"що": the noun's phrase has ended in a clause of its own. Without one, words of place after the noun
 * ("село на Харківщині X", whose colloquial region the gazetteer may not read) may still lead to its name. */
const CYRILLIC_PREDICATE =
  /(?<![\p{L}])\p{L}{3,}(?:ли|ла|ло|ил|ал|ет|ит|ют|ят|ает|ає|ює|ить|ать)(?![\p{L}])|,\s*(?:что|що|чтобы|щоб)(?![\p{L}])/u;

/** The words after the trigger's own noun of settlement when the text after the trigger opens with one (`cyrillic`:
 * read by the Cyrillic pattern). */
export function ownNoun(text: string): { rest: string; cyrillic: boolean } | undefined {
  const en = EN_OWN_NOUN.exec(text);
  if (en) return { rest: en.groups!.rest!, cyrillic: false };
  const cyrillic = CYRILLIC_OWN_NOUN.exec(text);
  return cyrillic ? { rest: cyrillic.groups!.rest!, cyrillic: true } : undefined;
}

/** True when the gap between a trigger and a name opens with the trigger's own noun of settlement, and the name is not
 * set beside that noun. */
export function ownNounObject(gap: string): boolean {
  const own = ownNoun(gap);
  if (!own) return false;
  const words = own.rest.replace(/\(\s*\)/gu, ' ');
  if (own.cyrillic && !CYRILLIC_PREDICATE.test(words)) return false;
  return !APPOSED.test(words) && !ITEMS_INTRODUCED.test(words);
}
