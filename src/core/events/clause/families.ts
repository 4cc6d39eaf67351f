// Verb families of control, by stem: every tense, aspect, voice, participle, reflexive, short passive, gerund and
// nominalisation of a stem is one word of its family, its voice read from the ending. A family says which action its
// settlement gets and how the verb governs it: a direct object (and the subject of its passive), a locative phrase
// (fighting "near / в районе / біля X"), or a source ("from / из / з X").
import type { ControlAction } from '../../schema.ts';
import { ENGLISH_PASSIVE_BEFORE, SHORT_PASSIVE_FORM } from '../triggers/voice.ts';

export type Government = 'object' | 'locative' | 'source' | 'subject';
export interface Family {
  action: ControlAction;
  government: Government;
  /** Stems of the three languages (Cyrillic stems of Russian and Ukrainian are matched together). */
  stems: readonly string[];
  /** The prepositions that introduce its object ("вошли в X", "увійшли до X", "entered into X"). */
  preposition?: string;
  /** What must follow the word for it to be of the family ("перейшло під контроль", "оказался под контролем"). */
  after?: RegExp;
}

export const FAMILIES: readonly Family[] = [
  {
    action: 'captured',
    government: 'object',
    stems: [
      // ru
      'захват',
      'захвач',
      'взял',
      'взят',
      'заня',
      'оккупир',
      'овладе',
      'овлад',
      // uk
      'захопи',
      'захопл',
      'окупува',
      'окупова',
      'зайня',
      // en
      'captur',
      'seiz',
      'took',
      'taken',
      'occup',
      'overr[au]n',
    ],
  },
  {
    action: 'liberated',
    government: 'object',
    stems: ['освобо[дж]', 'отво[её]в', 'звільн', 'визвол', 'відвою', 'liberat', 'recaptur', 'retook', 'retak', 'regain', 'reclaim'],
  },
  {
    action: 'controls',
    government: 'object',
    stems: ['контролир', 'удержива', 'контролю', 'утримує', 'утримуют', 'утримуват', 'control', 'hold', 'held'],
  },
  {
    action: 'fighting',
    government: 'locative',
    stems: [
      // nouns and verbs of combat, assault, advance and losses inflicted: the place is where they happen
      // (the paradigms of "бой"/"бій" whole: "бойцы", "боятся" are other words)
      String.raw`бо(?:й|и|я|ю|ем|ев|ях|ям|ями|ї|їв|єм)(?![\p{L}])`,
      String.raw`бі[йю](?![\p{L}])`,
      'боестолкнов',
      'боєзіткнен',
      'сражен',
      'столкновен',
      'зіткнен',
      'штурм',
      'атак',
      'атаку',
      'наступ(?!н)',
      'продвиг',
      'продвину',
      'просува',
      'просуну',
      'потер',
      'втрат',
      'fight',
      'clash',
      'battl',
      'combat',
      'hostilit',
      'assault',
      'attack',
      'offensive',
      'advanc',
      'losses',
    ],
  },
  // intransitives whose subject changes hands: "X fell", "Kreminna falls to Russia", "X перейшло під контроль",
  // "X оказался под контролем", "X пала"
  { action: 'captured', government: 'subject', stems: ['fell', 'fallen', 'falls', String.raw`пал[аио]?(?![\p{L}])`] },
  {
    action: 'captured',
    government: 'subject',
    stems: ['перешл', 'перешёл', 'перешел', 'перейш', 'потрапи', 'опинил', 'оказал', 'came', 'come'],
    after: /^\s+(?:\p{L}+\s+)?(?:под|під|under)\s+(?:\p{L}+\s+){0,2}?(?:контрол|control)\p{L}*/iu,
  },
  {
    action: 'entered',
    government: 'object',
    stems: ['вош[её]л', 'вошл', 'зашл', 'заш[её]л', 'зайш', 'увійш', 'ввійш', 'заход', 'заходя', 'entered', 'enters', 'entering'],
    preposition: String.raw`в|во|у|до|into`,
  },
  {
    action: 'withdrew',
    government: 'source',
    stems: [
      'вышл',
      'вышед',
      'выход',
      'вывел',
      'вывод',
      'отступ',
      'отош',
      'вийш',
      'вихід',
      'виход',
      'вивел',
      'вивод',
      'відступ',
      'відійш',
      'withdr',
      'retreat',
      'pulled\\s+out',
    ],
  },
];

/** A word of a family at its start, with any tail (inflection, suffixes of aspect, voice and nominalisation). */
export const familyPattern = (f: Family): RegExp => new RegExp(String.raw`(?<![\p{L}])(?:${f.stems.join('|')})\p{L}*`, 'giu');

/** Long-form (attributive) participles: "захваченную", "звільнених", "the captured": they describe a noun. */
const ATTRIBUTIVE_FORM = /(?:енн|ённ|анн|янн|ован|ен|ан)(?:ый|ого|ому|ом|ой|ую|ая|ое|ые|ых|ым|ыми|ий|а|е|і|их|им|ими|ої|ій|ого|у)$/u;
/** Relational adjectives of a stem: "штурмовую бригаду", "боевые действия", "наступальні дії" name no act. */
const ADJECTIVE_FORM = /(?:ов|ев|льн|ивн)(?:ый|ий|ой|ая|яя|ое|ее|ую|юю|ые|ие|ых|их|ого|его|ому|ему|ыми|ими|ым|им|а|е|і|у|ої|ій)$/u;
/** Infinitives: an aim or an attempt, no act ("пытались захватить", "to capture"). */
const INFINITIVE_FORM = /(?:ть|ти|тись|ться)$/u;

export type Voice = 'active' | 'passive' | 'attributive' | 'infinitive';
export function voiceOf(word: string, before: string): Voice {
  if (/^\p{Script=Latin}/u.test(word)) {
    if (/(?<![\p{L}])to\s+$/iu.test(before)) return 'infinitive';
    // "the occupied town of X", "in occupied X", "Russian-held X": a participle before its noun describes it
    if (/(?:ed|en|ld)$/iu.test(word) && /(?:(?<![\p{L}])(?:the|a|an|in|of|its|their|newly|recently)\s+|-)$/iu.test(before))
      return 'attributive';
    return ENGLISH_PASSIVE_BEFORE.test(before) && /(?:ed|en|ld|ok|un|an)$/iu.test(word) ? 'passive' : 'active';
  }
  const w = word.toLowerCase();
  if (INFINITIVE_FORM.test(w)) return 'infinitive';
  if (ADJECTIVE_FORM.test(w)) return 'attributive';
  if (SHORT_PASSIVE_FORM.test(w)) return 'passive';
  if (ATTRIBUTIVE_FORM.test(w) && !/(?:ла|ли|ло|ил|ал)$/u.test(w)) return 'attributive';
  return 'active';
}
