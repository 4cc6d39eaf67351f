// Whether a name is an inflected case form of another: GeoNames lists case forms among a place's alternate names
// ("Бахмута", "Бахмуті" beside "Бахмут"), which are no other name of the place. The test is the declension's
// (declension.ts): the nominative's case forms in its language(s) hold the word.
import { caseForms } from './declension.ts';

const CYRILLIC = /[а-яёіїєґ]/i;
/** Case forms keep the stem's first letters (alternations such as Київ/Києва, Харків/Харкова change only later ones). */
const STEM = 2;

/** The case forms of the nominatives asked about lately: one place's names are asked about name by name. */
const recent = new Map<string, readonly string[]>();
const MAX_RECENT = 256;

function formsOf(nominative: string): readonly string[] {
  let forms = recent.get(nominative);
  if (!forms) {
    if (recent.size >= MAX_RECENT) recent.clear();
    forms = caseForms(nominative);
    recent.set(nominative, forms);
  }
  return forms;
}

/** `word` is a case form of `nominative` other than the nominative itself (Cyrillic names only). */
export function isCaseFormOf(word: string, nominative: string): boolean {
  const w = word.toLowerCase();
  const n = nominative.toLowerCase();
  if (w === n || !CYRILLIC.test(w) || !CYRILLIC.test(n) || w.slice(0, STEM) !== n.slice(0, STEM)) return false;
  return formsOf(nominative).includes(w);
}
