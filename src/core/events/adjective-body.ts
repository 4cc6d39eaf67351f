// A Cyrillic claimant read as a capitalised adjective alone, where the body it qualifies goes on in lower case right
// before or after the verb of saying: "Українські захисники повідомили" (read "Українські"), "повідомляє Бучанська
// міська рада" ("Бучанська"), "Российские пропагандисты заявили". The reading takes capitals only, so the adjective
// was cut from its noun; here the lower-case words that agree with it are added back. Agreement is read by morphology
// (the ending of the adjective and of every word after it), not from a list of bodies: a plural adjective takes words
// in -и/-і/-ы, a feminine one words in -а/-я, a neuter one words in -е/-о/-я. The words must stand right before the
// verb (the subject) or right after it (the verb first): "Російські заяви … виявилися фейком" names no body, and an
// adverb between a name and its verb ("Зеленський також заявив") does not agree, nor does a word of time, whatever its
// ending ("Ковальська вчора повідомила" is a surname and a day; "Українські захисники сьогодні повідомили" keeps
// "захисники").
import { escapeRegExp } from '../text/matches.ts';
import { normalizeName } from '../text/normalize.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { isTimeWord } from '../text/time-word.ts';
import { REPORTING_WORD_CYR } from '../text/saying.ts';

interface Agreement {
  /** A capitalised adjective of this gender or number. */
  adjective: RegExp;
  /** A lower-case word (adjective or noun) that agrees with it. */
  agrees: RegExp;
}

const AGREEMENTS: readonly Agreement[] = [
  // plural: Українські, Російські, Повітряні, Збройні; Российские, Воздушные
  { adjective: /(?:[сцз]ькі|[нвт]і|ые|ие)$/u, agrees: /[иіы]$/u },
  // feminine: Бучанська, Борівська, Державна; Российская
  { adjective: /(?:[сцз]ька|ьна|на|ова|ая|яя)$/u, agrees: /[ая]$/u },
  // neuter: Оперативне, Південне; Оперативное
  { adjective: /(?:[сцз]ьке|не|ове|ое|ее)$/u, agrees: /(?:[ео]|[нт]я)$/u },
];

const VERB = REPORTING_WORD_CYR;
/** Up to three lower-case words; a preposition or particle (three letters or fewer) is none of a body's words. */
const LOWER_WORDS = String.raw`((?:\s+\p{Ll}[\p{Ll}'’-]{3,}){1,3})`;
/** Capitalised words that end a subject's body before its verb ("Повітряні сили ЗСУ повідомили"). */
const NAMES_AFTER = String.raw`((?:\s+\p{Lu}[\p{L}'’-]*){0,2})`;

/** `name` with the lower-case words of its body after it, or `name` as read. */
export function withAdjectiveBody(sentence: string, name: string): string {
  if (/\s/u.test(name)) return name;
  const agreement = AGREEMENTS.find((a) => a.adjective.test(name));
  if (!agreement) return name;
  const at = String.raw`(?<![\p{L}])(?<![ВвУуНн][ао]?\s)${escapeRegExp(name)}`;
  const subject = new RegExp(String.raw`${at}${LOWER_WORDS}${NAMES_AFTER}\s+${VERB}`, 'u').exec(sentence);
  const verbFirst = subject ? null : new RegExp(String.raw`${VERB}\s+${escapeRegExp(name)}${LOWER_WORDS}`, 'u').exec(sentence);
  const read = (subject ?? verbFirst)?.[1]?.trim().split(/\s+/u) ?? [];
  // (the body ends before a word of time: "вчора", "сьогодні", "вранці", "сегодня")
  const words = takeWhile(read, (w) => !isTimeWord(w));
  // (after the verb the body ends where agreement does: "повідомляє Бучанська міська рада у Facebook")
  // (a function word agrees by its ending only by chance: "тогда", "также")
  const agrees = (w: string): boolean => agreement.agrees.test(w) && !STOPWORDS.has(normalizeName(w));
  const agreeing = subject ? (words.every(agrees) ? words : []) : takeWhile(words, agrees);
  if (agreeing.length === 0) return name;
  const names = words.length === read.length ? (subject?.[2]?.trim() ?? '') : '';
  return [name, ...agreeing, ...(names ? [names] : [])].join(' ');
}

function takeWhile<T>(xs: readonly T[], keep: (x: T) => boolean): T[] {
  const i = xs.findIndex((x) => !keep(x));
  return i < 0 ? [...xs] : xs.slice(0, i);
}
