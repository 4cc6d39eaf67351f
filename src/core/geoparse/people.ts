// Finds people's names so their parts are not read as places: "Rob Lee", "JD Vance", "Go Myong-hyun", and later
// lone surnames of the same people ("Watling said").
import { isAllCaps, isCapitalized, type Token } from '../text/tokens.ts';
import { GIVEN_NAMES, PERSON_TITLES, SPEECH_VERBS } from './lexicon.ts';

export interface People {
  /** Token indices that belong to a person's name. */
  tokens: ReadonlySet<number>;
  /** Lower-cased surnames seen in the article. */
  surnames: ReadonlySet<string>;
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const nameLike = (t: Token | undefined): boolean => !!t && isCapitalized(t.text) && !/\d/.test(t.text);

export function findPeople(text: string, tokens: readonly Token[]): People {
  const inName = new Set<number>();
  const surnames = new Set<string>();
  const adjacent = (i: number): boolean => /^ $/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  const markRun = (from: number): void => {
    let j = from;
    while (j < tokens.length && nameLike(tokens[j]) && (j === from || adjacent(j))) inName.add(j++);
    if (j - 1 > from - 1 && j - 1 >= from) surnames.add(lower(tokens[j - 1]).replace(/['’]s$/, ''));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!nameLike(t)) continue;
    const next = tokens[i + 1];
    const nextIsName = nameLike(next) && adjacent(i + 1);
    const givenName = GIVEN_NAMES.has(lower(t)) || (isAllCaps(t.text) && t.text.length <= 3 && nextIsName && /^[A-Z]{2}$/.test(t.text));
    if (givenName && nextIsName) {
      markRun(i);
      continue;
    }
    // "said Go Myong-hyun": a two-part capitalised name right after a speech verb, the second part hyphenated or unknown.
    if (SPEECH_VERBS.has(lower(tokens[i - 1])) && nextIsName && /-/.test(next!.text)) {
      markRun(i);
      continue;
    }
    // "defence minister Rustem Umerov", "analyst Rob Lee"
    if (i > 0 && PERSON_TITLES.has(lower(tokens[i - 1])) && adjacent(i)) markRun(i);
  }
  return { tokens: inName, surnames };
}
