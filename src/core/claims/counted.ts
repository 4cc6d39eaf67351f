// Counts found from what they count: settlements ("74 settlements", "seven Kursk region villages", "28 населенных
// пунктов", "три села", "80 other settlements"), people killed or wounded ("до 40 человек", "один мирный житель погиб",
// "трое ранены") and soldiers in Ukrainian and Russian. The noun is found first, then the number is read walking back
// over at most a few modifiers (adjectives, a region's name): digits, a range, number words in three languages,
// collective numerals (трое, четверо), "dozens of" (kept as an approximate lower bound).
import type { CountClaimProperties, Qualifier } from '../schema.ts';
import { clauseMarkers, figureKind, type ClauseMarkers } from './kinds.ts';
import { numberWord } from './number-words.ts';
import { DIGITS_PATTERN, parseNumber } from './numbers.ts';
import { QUALIFIER_PATTERN, qualifierOf } from './qualifiers.ts';
import { otherSide, type Perspective } from '../events/perspective.ts';
import { ENEMY_WORDS } from '../sides.ts';
import { explicitHolder, holderIn, nearestSideAfter, opposite, sideBefore, sideOrEnemyBefore, SIDES } from './sides.ts';
import { deprivedIn } from './deprived.ts';
import { stillHeldBy } from './still-held.ts';
import { havingAt } from './having.ts';
import { CYRILLIC_PREPOSITIONS } from '../text/prepositions.ts';

export type CountedUnit = CountClaimProperties['counts'];

export interface CountedFigure {
  start: number; // offsets within the sentence: the number (with its qualifier) to the end of the noun
  end: number;
  min: number;
  max: number;
  qualifier: Qualifier;
  counts: CountedUnit;
  /** The words counted: "Kursk region villages", "мирный житель". */
  subject: string;
  /** What decides the side: settlements by the clause's verb, people by whose they are. */
  of: 'settlements' | 'military' | 'civilians' | 'people' | 'deployed';
}

export const SETTLEMENT_NOUN = String.raw`\b(?:settlements?|villages?|towns?|hamlets?|localities|populated\s(?:areas|localities|places))\b|(?<!\p{L})(?:населен\p{L}*\sпункт\p{L}*|населён\p{L}*\sпункт\p{L}*|н\.\s?п\.|сіл|села|село|сел|сёл|селищ\p{L}*|посёлк\p{L}*|поселк\p{L}*|поселен(?:и\p{L}*|ь|ня)|пункт(?:а|ов|ы|и|ів)?(?!\s(?:управлен|дислок|базир|пропуск|наблюден|спостереж|обогр|обігр|временн|тимчасов|постоянн|постійн|сбор|збор|незламн))|деревн[ия]|деревень|хутор\p{L}*|міст|городов)(?!\p{L})`;
// Soldiers by their side's words: the invader's (загарбник, захватчик count as окупант does, sides.ts) and troops'
// genitive plural after a number ("180 тисяч військ", "20 тыс. войск").
const MILITARY_NOUN = String.raw`(?<!\p{L})(?:личн\p{L}*\sсостав\p{L}*|особов\p{L}*\sсклад\p{L}*|военнослужащ\p{L}*|військовослужбов\p{L}*|военн(?:ых|ые|ого|ый)|військов(?:их|і|ого|ий)|солдат\p{L}*|бойц\p{L}*|бійц\p{L}*|боевик\p{L}*|бойовик\p{L}*|наемник\p{L}*|найманц\p{L}*|оккупант\p{L}*|окупант\p{L}*|загарбник\p{L}*|захватчик\p{L}*|військ|войск)(?!\p{L})`;
const PEOPLE_NOUN = String.raw`\b(?:people|persons|civilians|residents)\b|(?<!\p{L})(?:человек|людей|люди|людини|осіб|особи|мирн\p{L}*\sжител\p{L}*|жител\p{L}*|мирн\p{L}*\sмешкан\p{L}*|мешкан\p{L}*|цивільн\p{L}*|гражданск\p{L}*)(?!\p{L})`;
const NOUNS = new RegExp(`(${SETTLEMENT_NOUN})|(${MILITARY_NOUN})|(${PEOPLE_NOUN})`, 'giu');
/** A sentence holds a counted noun only if it holds one of these: a cheap pre-test (same flags). */
export const HAS_COUNTED_NOUN =
  /settlement|village|town|hamlet|localit|populated|населен|населён|н\.|сіл|сел|сёл|посёлк|поселк|поселен|пункт|деревн|деревень|хутор|міст|город|военн|військ|состав|склад|солдат|бойц|бійц|боевик|бойовик|наемник|найманц|оккупант|окупант|загарбник|захватчик|войск|people|person|civilian|resident|человек|люд|осіб|особ|жител|мешкан|цивільн|гражданск|[дт]во[еєи]|трое|троє|четвер|[пя]ятеро|шестеро|семеро|десятеро/giu;

/** "трое ранены", "двое погибли": a collective numeral standing for people (not a share in words: "двох третин"). */
const COLLECTIVE =
  /(?<!\p{L})(двое|двоє|двоих|двох|трое|троє|троих|трьох|четверо|четверых|чотирьох|пятеро|п['’ʼ]?ятеро|пятерых|шестеро|семеро|сьомеро|восьмеро|десятеро)(?!\p{L})(?!\s+(?:третин|третей|чвертей|четвертей))/giu;
const COLLECTIVE_VALUES: [RegExp, number][] = [
  [/^дво/u, 2],
  [/^тр/u, 3],
  [/^чет|^чот/u, 4],
  [/^п/u, 5],
  [/^ше/u, 6],
  [/^се|^сь/u, 7],
  [/^во/u, 8],
  [/^де/u, 10],
];

const KILLED =
  /\b(?:killed|dead|died|deaths?|fatalit\p{L}*|lost\stheir\slives)\b|(?<!\p{L})(?:погиб\p{L}*|убит\p{L}*|уничтож\p{L}*|ликвидир\p{L}*|скончал\p{L}*|загин\p{L}*|загибл\p{L}*|вбит\p{L}*|знищ\p{L}*|ліквід(?:ов|ува)\p{L}*|помер\p{L}*|жертв\p{L}*)(?!\p{L})/iu;
const WOUNDED =
  /\b(?:wounded|injured|injuries|hurt)\b|(?<!\p{L})(?:ранен\p{L}*|поранен\p{L}*|травм\p{L}*|пострадал\p{L}*|постражд\p{L}*|госпитализ\p{L}*|госпіталізов\p{L}*)(?!\p{L})/iu;
// The verb of losing in the past counts as the Ukrainian and Russian ones do ("втратила 300 осіб", "потеряли 40 человек"):
// "lost approximately 160,000 people", "has lost up to 25 people", "has lost a total of 77,170 personnel" (not "lost
// their homes", "lost control", "lost a battle"), and in a
// headline's present ("Ukraine Loses Over 150 Troops").
const LOSSES =
  /\b(?:casualt\p{L}*|losses|losing\sup\sto|(?:lost|loses)(?!\s(?:their|its|his|her|our|my|your|control|contact|ground|territory|the|a(?!\stotal\sof\b)|an)\b))\b|(?<!\p{L})(?:потер[ьияе]\p{L}*|втрат(?:и|ах|ами)?|втратил[аиo]?|втратив|втрача\p{L}*|теря[ею]\p{L}*|теряли)(?!\p{L})/iu;

/** The noun of losses, with the side right after it in the genitive: "Потери ВСУ", "Потери Вооруженных сил Украины",
 * "втрати російської армії" (at most three words before the side's name). */
const LOSS_NOUN = /(?<!\p{L})(?:потер[ьияе]\p{L}*|втрат(?:и|ах|ами)?)\s/giu;

/** A preposition among the words between the noun of losses and a side: the side is then no possessor. */
const PREPOSITION = new RegExp(`(?<!\\p{L})(?:${CYRILLIC_PREPOSITIONS}|in|on|at|with|from|by|of|for)\\s`, 'iu');

/** Whose losses a clause names by the possessor of its noun of losses, before the figure ("Потери ВСУ в зоне
 * ответственности группировки «Север» составили …": Ukraine's, not the Russian grouping's named after), or null. */
function lossesPossessor(before: string, perspective: Perspective): string | null {
  let found: string | null = null;
  for (const m of before.matchAll(LOSS_NOUN)) {
    const end = m.index + m[0].length;
    // (the words between qualify the possessor: no preposition, "втрати в боях з росіянами" names no possessor)
    const leadOk = (lead: string): boolean => /^(?:[\p{L}-]+\s){0,3}$/u.test(lead) && !PREPOSITION.test(lead);
    const after = before.slice(end, end + 40);
    // ("потери противника": the enemy by the article's perspective, as the side named before a figure is read)
    const enemy = perspective ? ENEMY_WORDS.exec(after) : null;
    const side = nearestSideAfter(after, leadOk) ?? (enemy && leadOk(after.slice(0, enemy.index)) ? otherSide(perspective!) : null);
    // (a verb of losing after it has a subject of its own: "Потери ВСУ составили 900, а российские войска потеряли 50")
    found = side && !LOST.test(before.slice(end)) ? side : null;
  }
  return found;
}

/** The zone of a grouping where losses were counted ("в зоне ответственности группировки «Восток»", "в зоне действий
 * российской группировки войск", "у зоні угруповання"): a place, so the side it names is not the one that lost. */
const GROUPING_ZONE =
  /(?<!\p{L})(?:в|у|во|на)\s(?:зон|район|полос|смуз|смуг|направлени|напрямк)\p{L}*(?:\s[^\s,.;:]+){0,4}?\s(?:группиров|угрупован|угрупуван)\p{L}*(?:\s(?:войск|військ))?(?:\s?(?:«[^«»]{1,24}»|"[^"]{1,24}"|“[^”]{1,24}”))?/giu;

/** `text` with its grouping zones blanked out (offsets kept). */
const withoutZones = (text: string): string => text.replace(GROUPING_ZONE, (zone) => ' '.repeat(zone.length));

/** A preposition of place after a figure's noun: the country or grouping after it is where, not whose ("4,000 troops
 * in Ukraine", "до 230 военных в зоне действий российской группировки", "солдатів у зоні відповідальності"). */
const PLACE_AFTER = /\s(?:in|inside|into|within|across|в|во|у|на|под|під)\s/iu;

/** The English verb of losing: people right after it are losses ("the enemy lost 300 soldiers"), whose by its subject. */
export const LOST = /\b(?:lost|loses)\b/iu;

/** Verbs and nouns of massing or deploying forces: people counted in their clause ("зосередила до 110 тисяч осіб",
 * "сосредоточила 50 тысяч человек", "amassed 50,000 personnel") are troops. */
const DEPLOYED =
  /\b(?:deploy\p{L}*|mass(?:ed|ing)|amass\p{L}*|concentrat\p{L}*|station(?:ed|ing)|build-?up|grouping)\b|(?<!\p{L})(?:зосереди\p{L}*|зосереджу\p{L}*|зосереджен\p{L}*|сосредоточ\p{L}*|стягну\p{L}*|стягнув|стягува\p{L}*|стягива\p{L}*|перекину\p{L}*|перекинув|перекида\p{L}*|переброси\p{L}*|перебрасыва\p{L}*|розгорну\p{L}*|развернул\p{L}*|развёрнут\p{L}*|розміщ\p{L}*|размещ\p{L}*|угрупован\p{L}*|угрупуван\p{L}*|группировк\p{L}*|контингент\p{L}*)(?!\p{L})/iu;

/** Words that end a walk back from a noun: articles, prepositions, conjunctions, auxiliaries and units. */
const STOP =
  /^(?:a|an|the|of|in|on|at|to|from|for|with|by|near|and|or|but|were|was|is|are|be|been|has|have|had|than|that|which|who|per|km|sq|square|miles?|kilomet\p{L}*|в|во|у|на|и|і|й|та|а|но|з|із|зі|с|со|по|під|под|від|от|до|за|для|біля|около|не|ні|из|що|что|км|кв|тис|тыс)$/iu;
/** Modifiers between a number and what it counts: capitalised words (a region's name), adjectives and participles. */
const EN_MODIFIER =
  /^(?:[A-Z][\p{L}'’-]*|other|more|further|additional|new|small|smaller|large|larger|major|key|border|frontline|front-line|nearby|neighbouring|neighboring|remaining|occupied|liberated|captured|abandoned|region|district|oblast|regional|russian|ukrainian|strategic|tiny|big|different|separate)$/u;
const CYR_MODIFIER = /^[а-яёіїєґ'’ʼ-]+(?:[ыиї]х|[ыи]е|[ыиоі]й|ая|яя|ое|ее|є|і|ого|его|ому|ему|ою|ею)$/iu;

const DIGITS_AT_END = new RegExp(String.raw`(?<![\d\p{L}.,])(${DIGITS_PATTERN})\s*$`, 'u');
const RANGE_AT_END = /(?<![\d\p{L}.,])(\d{1,4})\s?(?:-|–|—|to|до|or|або|или)\s?(\d{1,4})\s*$/u;
const QUALIFIER_BEFORE = new RegExp(String.raw`(?:^|[\s(«"“])(${QUALIFIER_PATTERN}|up\sto|до|около|свыше|понад|близько)\s$`, 'iu');
/** "dozens of villages", "десятки сел", "hundreds of people": an approximate lower bound. */
const VAGUE_AT_END =
  /(?:^|\s)(dozens|scores|hundreds|a\sdozen|about\sa\sdozen|several\sdozen|десятки|десятков|десятків|кілька\sдесятків|несколько\sдесятков|сотни|сотен|сотні|сотень)(?:\sof)?\s*$/iu;
/** A numeral and "десяток"/"сотня" in any case, with "с лишним"/"з гаком" (and more) after it: "два десятка", "две сотни
 * с лишним", "три сотні". */
const COLLECTIVE_NOUN_AT_END =
  /(?<!\p{L})([\p{L}'’ʼ]+)\s(десят(?:ок|ка|ку|ков|ків|ки)|сот(?:ня|ни|ню|ней|ень|ні))(\sс\sлишним|\sз\sгаком)?\s*$/iu;
const VAGUE: [RegExp, number, Qualifier][] = [
  [/^(?:a|about\sa)\sdozen$/iu, 12, 'about'],
  [/dozen|scores|десят/iu, 24, 'at least'],
  [/hundreds|сотн|сотен|сотень/iu, 200, 'at least'],
];

/** Soldiers taken prisoner are no count of the contract (no unit for them). */
export const PRISONERS =
  /\b(?:prisoners?|captive|pows?|surrender\p{L}*|taken\sprisoner|captured|hostages?)\b|(?<!\p{L})(?:заложник\p{L}*|заручник\p{L}*|пле?н\p{L}*|полон\p{L}*|полонен\p{L}*|здал\p{L}*\sв\sплен|сдал\p{L}*\sв\sплен|здал\p{L}*|сдавш\p{L}*)(?!\p{L})/iu;

const isYear = (raw: string): boolean => /^(1[89]|20)\d\d$/.test(raw.trim());
/** A Cyrillic counted noun in the genitive plural at the start of the text ("населених пунктів", "сёл", "осіб"). */
const GENITIVE_PLURAL_NOUN =
  /^(?:населен\p{L}*\s|населён\p{L}*\s)?(?:пункт(?:ов|ів)|сіл|сел|сёл|селищ|посёлков|поселков|деревень|хуторов|хуторів|осіб|человек|людей|\p{L}+(?:ых|их)\s?(?:пункт(?:ов|ів)|жител\p{L}*|мешканц\p{L}*)|военнослужащих|військовослужбовців|солдат|бойцов|бійців)(?!\p{L})/iu;

interface Num {
  start: number; // within the text given
  min: number;
  max: number;
  qualifier: Qualifier;
}

/** The number that ends `pre` (the text before a noun and its modifiers), with the qualifier before it. */
function numberAtEnd(pre: string, yearCannotBe = false): Num | null {
  const qualified = (start: number, min: number, max: number, q?: Qualifier): Num => {
    const m = QUALIFIER_BEFORE.exec(pre.slice(Math.max(0, start - 30), start));
    // "control over 44 settlements": the preposition, not a qualifier.
    if (m && /^over$/iu.test(m[1]!) && /control\s+over\s$/iu.test(pre.slice(Math.max(0, start - 14), start)))
      return { start, min, max, qualifier: q ?? (min === max ? 'exact' : 'between') };
    if (!m) return { start, min, max, qualifier: q ?? (min === max ? 'exact' : 'between') };
    const qual = /^до$/iu.test(m[1]!) ? 'up to' : qualifierOf(m[1]);
    return { start: start - m[0].length + (m[0].length - m[0].trimStart().length), min, max, qualifier: q ?? qual };
  };
  const range = RANGE_AT_END.exec(pre);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (a < b) return qualified(range.index + range[0].indexOf(range[1]!), a, b, 'between');
  }
  const d = DIGITS_AT_END.exec(pre);
  if (d) {
    if (isYear(d[1]!) && !yearCannotBe) return null;
    const v = parseNumber(d[1]!);
    return v === null || v <= 0 ? null : qualified(d.index + d[0].indexOf(d[1]!), v, v);
  }
  // "два десятка сёл", "две сотни с лишним населённых пунктів", "три сотні": a numeral times a collective noun of ten
  // or a hundred is a number (alone, "десятки", "сотні" stay vague).
  const collective = COLLECTIVE_NOUN_AT_END.exec(pre);
  if (collective) {
    const n = numberWord(collective[1]!.toLowerCase());
    if (n && n.kind === 'add' && Number.isInteger(n.value) && n.value < 10) {
      const v = n.value * (/^дес/iu.test(collective[2]!) ? 10 : 100);
      return qualified(collective.index + collective[0].indexOf(collective[1]!), v, v, collective[3] ? 'at least' : undefined);
    }
  }
  const vague = VAGUE_AT_END.exec(pre);
  if (vague) {
    // "dozens of villages", "несколько десятков сёл": no figure to chart or compare; "a dozen" is one.
    const [, v, q] = VAGUE.find(([re]) => re.test(vague[1]!)) ?? [null, 0, 'at least'];
    return q === 'about' ? { start: vague.index + vague[0].indexOf(vague[1]!), min: v, max: v, qualifier: q } : null;
  }
  // Number words, walking back: "seven", "twenty-eight", "двадцять вісім", "одна", and the abbreviated thousand with
  // its full stop, as digits take it ("трьох тис. населених пунктів", "двух тыс."; "3 тис." is read above).
  let rest = pre.replace(/\s+$/u, '');
  let runStart = -1;
  const lastWord = /((?:тис|тыс)\.|[\p{L}'’ʼ-]+)$/iu;
  for (let m = lastWord.exec(rest); m; m = lastWord.exec(rest)) {
    const word = m[1]!.toLowerCase();
    const joiner = /^(?:and|і|й|и)$/u.test(word) && runStart >= 0;
    const isNumber = word !== 'a' && word.split('-').every((w) => numberWord(w) !== null);
    if (!isNumber && !joiner) break;
    runStart = m.index;
    rest = rest.slice(0, m.index).replace(/\s+$/u, '');
  }
  if (runStart < 0) return null;
  const raw = pre
    .slice(runStart)
    .trim()
    .replace(/^(?:and|і|й|и)\s+/iu, '');
  const v = parseNumber(raw);
  if (v === null || v <= 0 || !Number.isInteger(v)) return null;
  return qualified(pre.indexOf(raw, runStart), v, v);
}

/** The number counting the noun at `at` in `text`: right before it or before up to three modifiers. */
function numberBefore(text: string, at: number): (Num & { modifiers: string }) | null {
  const from = Math.max(0, at - 120);
  let pre = text.slice(from, at);
  const mods: string[] = [];
  // A Ukrainian or Russian year is followed by "року"/"года", never by a noun in the genitive plural: "1888 населених
  // пунктів", "1900 сёл" count.
  const genitivePlural = GENITIVE_PLURAL_NOUN.test(text.slice(at, at + 40));
  for (let k = 0; k <= 3; k++) {
    const n = numberAtEnd(pre, k === 0 && genitivePlural);
    if (n) return { ...n, start: n.start + from, modifiers: mods.reverse().join(' ') };
    const w = /(?:^|[\s(«"“])([\p{L}'’ʼ-]+)\s+$/u.exec(pre);
    if (!w) return null;
    const word = w[1]!;
    if (STOP.test(word) || numberWord(word.toLowerCase())) return null;
    if (!EN_MODIFIER.test(word) && !CYR_MODIFIER.test(word)) return null;
    mods.push(word);
    pre = pre.slice(0, w.index + w[0].indexOf(word));
  }
  return null;
}

/** What happened to the people counted: the casualty words nearest after the figure (before the next figure), else
 * before it in the clause. The one rule for every count of people (counts.ts reads troops with it too). */
export function casualtyUnit(after: string, before: string, adjacentAfter = false): CountedUnit | null {
  const read = (s: string): CountedUnit | null => {
    const k = KILLED.test(s);
    const w = WOUNDED.test(s);
    if (k && w) return 'casualties';
    if (k) return 'killed';
    if (w) return 'wounded';
    return LOSSES.test(s) || deprivedIn(s, `${before} ${after}`) ? 'casualties' : null;
  };
  // The verb right before the figure first ("killed two civilians and wounded 11"), then the words after it.
  // A collective numeral goes with the word right after it ("погиб, еще четверо ранены").
  if (adjacentAfter) return read(after) ?? read(before);
  return read(before.slice(-16)) ?? read(after) ?? read(before);
}

/** Every counted figure in a sentence (offsets within it), in text order. */
export function countedFiguresIn(sentence: string, clauseOf: (at: number) => [number, number]): CountedFigure[] {
  const out: CountedFigure[] = [];
  const nouns = [...sentence.matchAll(NOUNS)];
  const collectives = [...sentence.matchAll(COLLECTIVE)];
  const starts = [...nouns.map((m) => m.index), ...collectives.map((m) => m.index)].sort((a, b) => a - b);
  const nextAfter = (at: number): number => starts.find((s) => s > at) ?? sentence.length;
  // The sentence's markers, read once for all its counts of settlements (per count, quadratic in a long sentence).
  let marks: ClauseMarkers | undefined;
  for (const m of nouns) {
    const n = numberBefore(sentence, m.index);
    if (!n) continue;
    const end = m.index + m[0].length;
    const [cs, ce] = clauseOf(n.start);
    const after = sentence.slice(end, Math.min(ce, nextAfter(end), end + 60));
    const before = sentence.slice(cs, n.start);
    const subject = `${n.modifiers ? `${n.modifiers} ` : ''}${m[0]}`;
    // "the two villages", "these three villages": settlements already named, not a new count.
    if (/(?:^|\s)(?:the|these|those|both|all)\s$/iu.test(sentence.slice(Math.max(0, n.start - 7), n.start))) continue;
    // "по одному населенному пункту": one each, or strikes on one; not a count of settlements held or taken.
    if (/(?:^|\s)по\s$/iu.test(sentence.slice(Math.max(0, n.start - 4), n.start))) continue;
    // A bare "пунктов" stands for settlements only right after its number ("8 пунктов"): "8 опорных пунктов" are strongpoints.
    if (m[1] && /^пункт/iu.test(m[0]) && n.modifiers) continue;
    if (m[1]) {
      // A count of settlements is a claim about control: a verb or noun of holding, taking, losing or retaking them
      // stands in its sentence ("attacks on two villages" counts nothing held).
      if (!figureKind(sentence, n.start, end, false, '', [], (marks ??= clauseMarkers(sentence)))) continue;
      out.push({ start: n.start, end, min: n.min, max: n.max, qualifier: n.qualifier, counts: 'settlements', subject, of: 'settlements' });
      continue;
    }
    const unit = casualtyUnit(after, before);
    if (m[2] && !unit && PRISONERS.test(sentence.slice(cs, ce))) continue;
    // "убитими, понад 350 пораненими, ще 37 окупантів потрапили в полон": the words right after the soldiers say they
    // were taken prisoner, whatever casualty word stands before them.
    if (m[2] && PRISONERS.test(after) && !casualtyUnit(after, '')) continue;
    if (m[2])
      out.push({ start: n.start, end, min: n.min, max: n.max, qualifier: n.qualifier, counts: unit ?? 'troops', subject, of: 'military' });
    else if (!unit && DEPLOYED.test(sentence.slice(cs, ce)) && !/мирн|civilian|цивільн|гражданск|жител|мешкан|resident/iu.test(m[0]))
      // People massed or deployed are troops: "зосередила біля кордону до 110 тисяч осіб".
      out.push({ start: n.start, end, min: n.min, max: n.max, qualifier: n.qualifier, counts: 'troops', subject, of: 'deployed' });
    else if (unit)
      out.push({
        start: n.start,
        end,
        min: n.min,
        max: n.max,
        qualifier: n.qualifier,
        counts: unit,
        subject,
        of: /мирн|civilian|цивільн|гражданск|жител|мешкан|resident/iu.test(m[0]) ? 'civilians' : 'people',
      });
  }
  for (const m of collectives) {
    const end = m.index + m[0].length;
    if (out.some((f) => m.index < f.end && end > f.start)) continue;
    // Only right before the casualty word ("трое ранены") or right after it ("ранены трое").
    const after = sentence.slice(end, Math.min(end + 25, nextAfter(end)));
    const before = sentence.slice(Math.max(0, m.index - 25), m.index);
    const unit = casualtyUnit(after, before, true);
    if (!unit) continue;
    const v = COLLECTIVE_VALUES.find(([re]) => re.test(m[1]!.toLowerCase()))?.[1] ?? null;
    if (v === null) continue;
    out.push({ start: m.index, end, min: v, max: v, qualifier: 'exact', counts: unit, subject: m[1]!, of: 'people' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The side the counted belong to. Settlements: who holds them at the period described — the side the clause says
 * takes, holds or retakes them (its subject), else the one an incursion implies; the side that did not lose them when
 * lost. Soldiers: the side their words name ("Russian soldiers", "військових ЗСУ"). Civilians: the country they are
 * in. `read` is the clause's markers (`clauseMarkers`), if the caller keeps them for the clause's other figures. */
export function countedSide(
  f: CountedFigure,
  clause: string,
  figStart: number,
  figEnd: number,
  regionCountry: string | undefined,
  perspective: Perspective = null,
  read?: ClauseMarkers,
): string | null {
  // The figure and the words right after it up to a comma ("военнослужащих ВСУ"), not a claimant after the comma
  // ("…, сообщили в Минобороны России"), nor the place after "in", "в", "у" ("Russia lost 4,000 troops in Ukraine",
  // "до 40 военных в зоне группировки"; its Russian grouping is where the losses were, not whose).
  const phrase =
    clause.slice(figStart, figEnd) +
    clause
      .slice(figEnd, Math.min(clause.length, figEnd + 25))
      .split(/[,;(—–]/u)[0]!
      .split(PLACE_AFTER)[0];
  if (f.of === 'settlements') {
    const kind = figureKind(clause, figStart, figEnd, false, '', [], read);
    if (!kind || kind.by === 'ground') return holderIn(clause, regionCountry) ?? regionCountry ?? null;
    const at = clause.indexOf(kind.marker);
    const subject = sideBefore(clause, at);
    // (the word right after the figure, where the clause repeats it: "1,017 … liberated, another 2,603 need to be liberated")
    const after = clause.indexOf(kind.marker, figEnd);
    const still = stillHeldBy(clause, after >= 0 ? after : at, figEnd, kind.marker, kind.by, subject, regionCountry);
    if (still !== undefined) return still;
    switch (kind.by) {
      case 'contested':
        return null;
      case 'retaken':
        return subject ?? regionCountry ?? null;
      case 'lost':
        return opposite(subject ?? opposite(regionCountry));
      default:
        // ("окупанти захопили 12 населених пунктів", "противник занял 5 сел": each side's words for the other, "the enemy".)
        return (
          explicitHolder(clause) ??
          subject ??
          sideOrEnemyBefore(clause, at, perspective) ??
          holderIn(clause, regionCountry) ??
          (regionCountry ? opposite(regionCountry) : null)
        );
    }
  }
  if (f.of === 'civilians') return regionCountry ?? null;
  for (const [re, side] of SIDES) if (re.test(phrase)) return side;
  // "50 окупантів", "100 ворожих солдатів": the other side's forces by their own name or as "the enemy".
  const named = sideOrEnemyBefore(phrase, phrase.length, perspective);
  if (named) return named;
  // People massed or deployed: the side that masses them, named before the verb ("Росія зосередила …").
  // ("противник наростив угруповання до 710 тисяч осіб": "the enemy" by the article's perspective.)
  if (f.of === 'deployed') return sideOrEnemyBefore(clause, figStart, perspective);
  // "ворог втратив 1200 солдатів", "the enemy lost 300 troops": the side that lost them, "the enemy" by perspective.
  const lead = clause.slice(0, figStart);
  if (LOSSES.test(lead) || LOST.test(lead) || deprivedIn(lead, clause))
    return lossesPossessor(lead, perspective) ?? sideOrEnemyBefore(withoutZones(lead), figStart, perspective);
  // "Russia has 600,000 troops", "ВСУ насчитывали 260 200": the subject of a verb of having right before the figure.
  const having = havingAt(lead);
  if (having >= 0) {
    const holder = sideOrEnemyBefore(withoutZones(lead), having, perspective);
    if (holder) return holder;
  }
  // People killed or wounded where the clause names no side: the country they were in.
  return f.of === 'people' ? (regionCountry ?? null) : null;
}
