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
  /** Its subject holds the other side off ("обороняють X"): the actor of the fighting is the other side. */
  repelled?: boolean;
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
    // (the verbs of holding in both aspects and both languages: "тримають X", "утримали X", "держат X", "удержали X")
    stems: [
      'контролир',
      'удержива',
      'удержал',
      'держат',
      'держит',
      'контролю',
      'утримує',
      'утримуют',
      'утримуват',
      'утримал',
      'утримав',
      'тримаю',
      'тримає',
      'тримал',
      'control',
      'hold',
      'held',
    ],
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
      // "улучшили положение у X", "покращили тактичне положення біля X": ground gained by fighting at the place
      String.raw`(?:улучши|покращи)\p{L}*\s+(?:\p{L}+\s+)?(?:положени|положенн)`,
      // breaking through near a place ("намагався прорватися поблизу X", "прорыв у X"): fighting there
      'прорва',
      'прорив',
      'прорыв',
      'атаку',
      // the counter-moves, whose prefix hides the stem at the word's start: "предпринял контратаку", "контрнаступ"
      'контратак',
      'контрнаступ',
      // closing in on a place: "підійшли на відстань 20 кілометрів до X", "подошли к X", "приблизиться к позициям у X"
      'підійш',
      'підход',
      'подош',
      'подход',
      'наблизи',
      'наближа',
      'приблизи',
      'приближа',
      // a side cut off in a place: "окружение группировки в X", "оточення в районі X"
      'окруж',
      'оточ',
      // an attempt is fighting where it is made, whatever it tries ("пытались изменить обстановку в районах X",
      // "намагаються закріпитися в районі X", "пытается вытеснить защитников в направлении X")
      'пыта',
      'попыт',
      'намага',
      'намаган',
      'спроб',
      'пробу',
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
  // verbs of assault and encirclement govern the place as their direct object, and so do their nouns with the place in
  // the genitive: "штурмують X", "намагаються оточити X", "штурм X", "оточення X", "блокировали X", "осада X" (an
  // attempt in the infinitive is fighting too)
  {
    action: 'fighting',
    government: 'object',
    stems: ['штурм', 'оточ', 'окруж', 'блокир', 'блокува', 'блоку', 'осад', 'облог'],
  },
  // defending a place governs it as the direct object: "обороняють X", "захищають X", "защищают X" is fighting there,
  // the defender's subject holding the other side off
  {
    action: 'fighting',
    government: 'object',
    stems: ['обороня', 'оборонял', 'захища', 'защища'],
    repelled: true,
  },
  // leaving a place: the place is the direct object of the verb and the genitive of its noun ("залишили X", "залишення
  // X", "оставили X", "оставление X", "покинули X"); not "залишається", "оставался" (remaining)
  {
    action: 'withdrew',
    government: 'object',
    stems: ['залиши', 'залишил', 'залишен', 'остави', 'оставил', 'оставлен', 'покину', 'покинул', 'покида'],
  },
  // a place that stays its side's: "X залишається українським", "X остаётся российским", "X залишається під
  // синьо-жовтим стягом" (the holder is the adjective)
  {
    action: 'controls',
    government: 'subject',
    stems: ['залиша', 'лиша', 'остаёт', 'остает', 'остава'],
    after: /^\s+(?:\p{L}+\s+)?(?:українськ|російськ|украинск|российск|(?:синьо|сине|жовто|желто)-\p{L}+|триколор)\p{L}*/iu,
  },
  // intransitives whose subject changes hands: "X fell", "Kreminna falls to Russia", "X перейшло під контроль",
  // "X оказался под контролем", "X пала"
  { action: 'captured', government: 'subject', stems: ['fell', 'fallen', 'falls', String.raw`пал[аио]?(?![\p{L}])`] },
  {
    action: 'captured',
    government: 'subject',
    stems: ['перешл', 'перешёл', 'перешел', 'перешедш', 'перейш', 'потрапи', 'опинил', 'оказал', 'came', 'come'],
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
      // pulling back, the transitive beside "вывели": "отвели войска из X", "відвели підрозділи з X"
      'отвел',
      'отвод',
      'отвед',
      'відвел',
      'відвод',
      'відвед',
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

/** The Ukrainian third person plural ends in "ть" too: "штурмують", "контролюють", "ведуть", "просуваються" are
 * finite (no Russian infinitive ends in "-ють"/"-ються", and "-уть" is one only after "н": "вернуть", "продвинуть"). */
const FINITE_PLURAL_FORM = /(?:ють|ються|(?<!н)уть|(?<!н)уться)$/u;

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
  if (INFINITIVE_FORM.test(w) && !FINITE_PLURAL_FORM.test(w)) return 'infinitive';
  if (ADJECTIVE_FORM.test(w)) return 'attributive';
  if (SHORT_PASSIVE_FORM.test(w)) return 'passive';
  if (ATTRIBUTIVE_FORM.test(w) && !/(?:ла|ли|ло|ил|ал)$/u.test(w)) return 'attributive';
  return 'active';
}
