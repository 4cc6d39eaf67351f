// Finds people's names so their parts are not read as places: "Rob Lee", "JD Vance", "Go Myong-hyun", and later
// lone surnames of the same people ("Watling said").
import { isAllCaps, isCapitalized, type Token } from '../text/tokens.ts';
import { CYRILLIC_GIVEN_NAMES } from './given-names.ts';
import { GIVEN_NAMES, PERSON_TITLES, SPEECH_VERBS } from './lexicon.ts';

export interface People {
  /** Token indices that belong to a person's name. */
  tokens: ReadonlySet<number>;
  /** Lower-cased surnames seen in the article. */
  surnames: ReadonlySet<string>;
}

/** The Virgin, in English and in the cases of Russian дева and Ukrainian діва. */
const VIRGIN = /^(virgin|дев[аыеуой]|дів[аиіуою])$/u;

const givenName = (t: Token): boolean => GIVEN_NAMES.has(lower(t)) || CYRILLIC_GIVEN_NAMES.has(lower(t).replace(/['ʼ]/g, '’'));
const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const nameLike = (t: Token | undefined): boolean => !!t && isCapitalized(t.text) && !hasAsciiDigit(t.text);

function hasAsciiDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

export function findPeople(text: string, tokens: readonly Token[]): People {
  const inName = new Set<number>();
  const surnames = new Set<string>();
  const nameLikeAt = new Uint8Array(tokens.length); // each token is asked about twice, as itself and as the next
  tokens.forEach((t, k) => (nameLikeAt[k] = nameLike(t) ? 1 : 0));
  const isName = (k: number): boolean => nameLikeAt[k] === 1;
  // Exactly one space between token i-1 and token i.
  const adjacent = (i: number): boolean => tokens[i]!.start - tokens[i - 1]!.end === 1 && text.charCodeAt(tokens[i - 1]!.end) === 0x20;
  const markRun = (from: number): void => {
    let j = from;
    while (j < tokens.length && isName(j) && (j === from || adjacent(j))) inName.add(j++);
    if (j - 1 > from - 1 && j - 1 >= from) for (const s of surnameForms(lower(tokens[j - 1]).replace(/['’]s$/, ''))) surnames.add(s);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(i)) continue;
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const nextIsName = isName(i + 1) && adjacent(i + 1);
    if (nextIsName) {
      if (givenName(t) || (isAllCaps(t.text) && t.text.length <= 3 && /^[A-Z]{2}$/.test(t.text))) {
        markRun(i);
        continue;
      }
      // "said Go Myong-hyun": a two-part capitalised name right after a speech verb, the second part hyphenated or unknown.
      if (SPEECH_VERBS.has(lower(tokens[i - 1])) && /-/.test(next!.text)) {
        markRun(i);
        continue;
      }
    }
    // "defence minister Rustem Umerov", "analyst Rob Lee" — but not the title's own complement: "голова
    // Великописарівської громади Людмила Бірюкова", "governor of Kursk region" (a lower-case word follows the capital).
    if (i > 0 && adjacent(i) && PERSON_TITLES.has(lower(tokens[i - 1])) && !(next && adjacent(i + 1) && /^\p{Ll}/u.test(next.text)))
      markRun(i);
    // The Virgin of a church's dedication is a person, whatever follows her given name: "the Nativity of the Virgin
    // Mary in Guevo" (not Mary, Turkmenistan), "Пресвятой Девы Марии", "Пресвятої Діви Марії" (not the village Марія).
    // The Virgin Islands keep their reading (no given name).
    else if (i > 0 && adjacent(i) && VIRGIN.test(lower(tokens[i - 1])) && givenName(t)) markRun(i);
  }
  return { tokens: inName, surnames };
}

/** A surname with its case forms when it is a Russian or Ukrainian possessive surname (-ов, -ев, -ин): Рогов → Рогова,
 * Рогову, Роговым; Федоров → Федоровим. Other surnames are read as written. */
function surnameForms(surname: string): string[] {
  const base = /^(.*(?:ов|ев|ёв|єв|ин|ын|ін))(?:а|у|ым|им|ом|е|ої|ою|ой)?$/.exec(surname)?.[1];
  if (base === undefined) return [surname];
  return [surname, base, ...['а', 'у', 'ым', 'им', 'ом', 'е'].map((e) => base + e)];
}
