// A multiword river name of the theatre with no head noun around it ("the Siverskyi Donets", "за Сіверський Донець",
// "берег Северского Донца", "Південного Бугу") is the river's: read word by word it is distant namesakes (Siverskiy of
// the Leningrad region, a village Donets). The names are Natural Earth's (data/gazetteer/theatre-rivers.json, built by
// scripts/build-theatre-rivers.ts), declined and romanised as the gazetteer's name index does. One-word river names
// (Оскіл, Десна, Сейм) also name towns and are left to the head-noun rule (water-body.ts).
import rivers from '../../../data/gazetteer/theatre-rivers.json' with { type: 'json' };
import { caseForms, type Lang } from '../text/declension.ts';
import { normalizeName } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import { latinSpellings } from '../text/translit.ts';

/** What may stand between two words of one name: a space, or a hyphen ("Сомешул-Маре"). */
const WORD_GAP = /^(?:[ \u00a0]|-)$/u;

interface RiverKeys {
  keys: ReadonlySet<string>;
  maxWords: number;
}
let built: RiverKeys | null = null;

/** Every normalised form of every multiword river name: Latin names as they are, Russian and Ukrainian names in every
 * case and in their Latin spellings. Built once, on first use. */
function riverKeys(): RiverKeys {
  if (built) return built;
  const keys = new Set<string>();
  let maxWords = 0;
  const add = (form: string): void => {
    const key = normalizeName(form);
    keys.add(key);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  const multiword = (name: string): boolean => normalizeName(name).includes(' ');
  for (const river of rivers.entries as readonly { names: string[]; ru?: string; uk?: string }[]) {
    for (const name of river.names) if (multiword(name)) add(name);
    for (const [name, lang] of [
      [river.ru, 'ru'],
      [river.uk, 'uk'],
    ] as [string | undefined, Lang][]) {
      if (!name || !multiword(name)) continue;
      for (const form of caseForms(name)) add(form);
      for (const spelling of latinSpellings(name, lang)) add(spelling);
    }
  }
  return (built = { keys, maxWords });
}

/** The first token of the multiword river name the spot [first, last) lies in, or -1: each run of at most the longest
 * name's word count around the spot is looked up, so the walk is bounded per spot. */
export function riverNameStart(text: string, tokens: readonly Token[], first: number, last: number): number {
  const { keys, maxWords } = riverKeys();
  for (let s = Math.max(0, last - maxWords); s <= first; s++) {
    for (let e = Math.max(last, s + 2); e <= Math.min(tokens.length, s + maxWords); e++) {
      if (!joined(text, tokens, s, e)) break;
      if (keys.has(normalizeName(text.slice(tokens[s]!.start, tokens[e - 1]!.end)))) return s;
    }
  }
  return -1;
}

/** Whether tokens [s, e) are written as one name: single spaces or hyphens between them. */
function joined(text: string, tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) if (!WORD_GAP.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  return true;
}
