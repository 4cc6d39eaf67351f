// Area claims: "1,400 square kilometers", "between 600 sq km and 700 sq km", "about a thousand square kilometres",
// "1 376,5 кв. км", "530 square miles", "40 %" — with their kind (held now, held at the peak, lost, retaken, gained,
// contested; a share lost), the side, region, the period the figure describes, and who states it.
import type { IndexedEntry } from '../gazetteer/gazetteer.ts';
import { heldAreaCircle } from '../held-area-circle.ts';
import { firstStartingAtOrAfter } from '../partition-point.ts';
import type { ClaimFeature, Figure as WrittenFigure, Qualifier } from '../schema.ts';
import type { Span } from '../text/sentences.ts';
import { attributedIn } from './attributed.ts';
import { SpanIndex } from './span-index.ts';
import {
  articleFocus,
  articlePerspective,
  locatedMentions,
  placesForFigures,
  regionOf,
  sentencesMatching,
  sentenceText,
  type ClaimContext,
  type LocatedMention,
} from './context.ts';
import { periodOf, PRESENT_TENSE, type DescribedPeriod } from './period.ts';
import { FULL_SCALE_INVASION } from './dates.ts';
import { fromWarStart } from './war-year.ts';
import { clauseMarkersBySpan, figureKind, NOW, type FigureKind, type Marker } from './kinds.ts';
import { clauseEnd, clauseStart, notAsserted } from './modality.ts';
import { numberWord } from './number-words.ts';
import { DIGITS_PATTERN, HAS_NUMBER, MAY_HOLD_NUMBER_WORD, parseNumber } from './numbers.ts';
import { boundedQuote } from './quote.ts';
import { LIBERATED, liberatorOf, speakerSide, unnamedLiberator } from './liberated.ts';
import { OWN_WORDS } from '../sides.ts';
import type { Perspective } from '../events/perspective.ts';
import { groundCountryIn, shareOfCountryAdjective, warGround } from './ground-country.ts';
import { agentHolder, explicitHolder, firstSide, holderIn, opposite, sideBefore, sideOrEnemyBefore, subjectSide } from './sides.ts';
import { rangeValue, toKm2, UNIT_HINT, UNIT_PATTERN, unitOf } from './units.ts';
import { QUALIFIER_PATTERN, qualifierOf } from './qualifiers.ts';
import { conjoined } from './conjoined.ts';
import { itemRegion, itemSpan } from './item-region.ts';
import { firstFrom, firstMatch, tailStart } from './text-index.ts';

const UNIT = `(${UNIT_PATTERN})`;
const Q = `(?:(${QUALIFIER_PATTERN})\\s)?`;
/** A range: "between 600 sq km and 700 sq km", "600-700 km²", "from 600 to 700 sq km", "від 600 до 700 кв. км",
 * "от 600 до 700 кв. км", "між 600 і 700", "между 600 и 700", "600 or 700". */
const rangeOf = (n: string): RegExp =>
  new RegExp(
    String.raw`(?:between|from|від|от|між|между)?\s?(${n})(?:\s?${UNIT})?\s?(?:and|to|or|-|–|—|до|і|и|або|или)\s?(${n})\s?${UNIT}`,
    'giu',
  );
const singleOf = (n: string): RegExp => new RegExp(String.raw`${Q}(${n})\s?${UNIT}`, 'giu');
const RANGE = rangeOf(DIGITS_PATTERN);
const SINGLE = singleOf(DIGITS_PATTERN);
const UNIT_ALONE = new RegExp(UNIT_PATTERN, 'giu');
const QUALIFIER_BEFORE = new RegExp(String.raw`(?:^|\s)(${QUALIFIER_PATTERN})\s$`, 'iu');

/** An English number word under a hundred right before an area unit ("two square kilometres", "four sq km"):
 * weekly gains and retakings are often that small. (Global, for sentencesMatching; `test` resets lastIndex.) */
const SMALL_WORD_AREA =
  /(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s(?:square|sq\.?)\s?(?:kilomet|km|mile|mi)/giu;
const SMALL_WORD_AREA_IN = new RegExp(SMALL_WORD_AREA.source, 'iu');

/** Figures written in words ("about a thousand square kilometres", "понад тисячу триста квадратних кілометрів"): found
 * by walking back from each unit over number words (numberWord), not by a pattern with every numeral in it — that
 * pattern took a second per sentence to run. */
function wordFiguresIn(text: string): Figure[] {
  const out: Figure[] = [];
  UNIT_ALONE.lastIndex = 0;
  for (let u = UNIT_ALONE.exec(text); u; u = UNIT_ALONE.exec(text)) {
    let start = u.index;
    if (start > 0 && /\s/u.test(text[start - 1]!)) start--; // one space between number and unit
    let runStart = -1;
    const tokens = /([a-zа-яёіїєґ'’ʼ.]+)(\s+)$/iu;
    let rest = text.slice(0, start + (start < u.index ? 1 : 0));
    for (let m = tokens.exec(rest); m; m = tokens.exec(rest)) {
      const word = m[1]!.toLowerCase();
      const isJoiner = /^(?:and|і|й|и)$/u.test(word) && runStart >= 0;
      if (!numberWord(word) && !isJoiner) break;
      runStart = m.index;
      rest = rest.slice(0, m.index);
    }
    if (runStart < 0) continue;
    const raw = text
      .slice(runStart, start)
      .trim()
      .replace(/^(?:and|і|й|и)\s+/iu, '');
    const from = text.indexOf(raw, runStart);
    // "a square kilometre" is no figure; "twenty-five" is read whole or not at all
    if (/^an?$/i.test(raw) || text[runStart - 1] === '-') continue;
    const value = parseNumber(raw);
    if (value === null || value <= 0) continue;
    const q = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, from - 30), from));
    const figStart = q ? from - q[0].length + (q[0].length - q[0].trimStart().length) : from;
    out.push({ start: figStart, end: u.index + u[0].length, min: value, max: value, qualifier: qualifierOf(q?.[1]), unit: unitOf(u[0]) });
  }
  return out;
}

const AROUND =
  /\b(around|surrounding|near|centred on|centered on|salient|pocket|bridgehead|area of|district of)\s(?:the\s)?(?:town\s|village\s|city\s)?(?:of\s)?$/i;
/** Shares in words: "nearly two-thirds of", "half of", "a third of", "a fifth of", "половину", "третину", "две трети",
 * "четверть", "пятую часть", and in the genitive after "около", "понад" ("двух третей", "двох третин").
 * Not a part of a period ("the second half of August", "во второй половине года"). */
const FRACTION = new RegExp(
  String.raw`(?<!(?:first|second|latter|former|перв|втор|перш|друг|останн|последн)\p{L}*\s)(?:(${QUALIFIER_PATTERN})\s)?(?:(a\shalf|half|(?:a|one)[-\s]third|two[-\s]thirds|(?:a|one)[-\s]quarter|three[-\s]quarters|(?:a|one)[-\s]fifth)\sof\b|(?<!\p{L})(половин[аиуы]|третин[аиу]|дві\sтретини|двох\sтретин|дв[еі]\sтрет[иі]|двух\sтретей|треть|трет[иі]|чверт[ьі]|три\sчверті|трьох\sчвертей|четверт[ьи]|три\sчетверти|трех\sчетвертей|трёх\sчетвертей|пят(?:ая|ую|ой)\sчаст[ьи]|п['’ʼ]?ят(?:а|у|ої)\sчастин[аиуі])(?!\p{L})(?!\s(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|года|року|дня|доби|суток|месяца|місяця)))`,
  'giu',
);
/** A sentence may hold a share in words (global, no context: see spansMatching). */
const FRACTION_HINT = /half|third|quarter|fifth|половин|третин|трет|чверт|четверт|част/giu;

function fractionValue(word: string): number {
  const w = word.toLowerCase();
  if (/two|дв[еі]|двух|двох/u.test(w)) return 66.7;
  if (/three|три|трьох|тр[её]х/u.test(w)) return 75;
  if (/fifth|п['’ʼ]?ят/u.test(w)) return 20;
  if (/half|половин/u.test(w)) return 50;
  if (/third|трет/u.test(w)) return 33.3;
  return 25;
}

/** Said after an area held: the ground held now is smaller, so the figure was a peak. The comparative in any form, as
 * the English "smaller" reads for every noun: "зараз … ця територія менша", "сейчас … меньшая часть". */
const SMALLER_NOW =
  /\b(?:now|today|currently)\b[^.;]{0,30}\b(?:smaller|less|fewer|shrunk|shrank|reduced)\b|\b(?:has|have)\ssince\s(?:shrunk|shrank|fallen|dropped|decreased|been\s(?:reduced|cut|halved)|retaken|recaptured|regained|reclaimed|won\sback|taken\sback|pushed)\b|(?<!\p{L})(?:с\sтех\sпор|відтоді|з\sтого\sчасу)\s(?:\p{L}+\s){0,2}(?:сократил\p{L}*|уменьшил\p{L}*|скоротил\p{L}*|зменшил\p{L}*|отвоевал\p{L}*|вернул\p{L}*|освободил\p{L}*|відвоювал\p{L}*|повернул\p{L}*)(?!\p{L})|(?<!\p{L})(?:тепер|зараз|нині|сейчас|теперь|ныне)(?!\p{L})[^.;]{0,30}(?<!\p{L})(?:менш\p{L}*|меньш\p{L}*|скоротил\p{L}*|сократил\p{L}*|зменшил\p{L}*|уменьшил\p{L}*)(?!\p{L})/iu;

/** A next sentence opening on the time since a figure held and telling of that ground taken back or shrunk ("Since
 * then, Russia has … reclaimed about 800 square kilometers", "С тех пор … вернули", "Відтоді … відвоювали"): the figure
 * held before was a peak. The same words in the figure's own sentence are SMALLER_NOW's. */
const SINCE_THEN_TAKEN_BACK =
  /^\s*(?:\bsince\s(?:then|that\stime)\b|(?<!\p{L})(?:с\sтех\sпор|відтоді|з\sтого\sчасу)(?!\p{L}))[^.;]{0,120}?(?:\b(?:reclaimed|retaken|recaptured|regained|won\sback|taken\sback|pushed\s(?:\p{L}+\s)?back|shr[au]nk|lost)\b|(?<!\p{L})(?:сократил\p{L}*|уменьшил\p{L}*|скоротил\p{L}*|зменшил\p{L}*|отвоевал\p{L}*|вернул\p{L}*|освободил\p{L}*|відвоювал\p{L}*|повернул\p{L}*|звільнил\p{L}*)(?!\p{L}))/iu;

/** A verb of holding in the past tense: "controlled", "held", "контролировали", "утримували", "занимали". */
const isPastTense = (verb: string): boolean =>
  /^(?:held|controlled|occupied|had|captured|seized|took|taken|gained|won)$/iu.test(verb) || /^[а-яёіїєґ'’]+(?:л[аиоі]?|в)$/iu.test(verb);

/** A verb of holding in the present tense: "holds", "controls", "контролирует", "утримують". */
const HOLDS_NOW =
  /\b(?:holds|controls|still\shold|still\scontrol)\b|(?<!\p{L})(?:контролю[єю]\p{L}*|контролиру[ею]\p{L}*|утриму[єю]\p{L}*|удержива[ею]\p{L}*|трима[єю]\p{L}*|занима[ею]\p{L}*|займа[єю]\p{L}*)(?!\p{L})/iu;

/** Whether, after `fig`, the rest of its sentence or the next sentence gives a smaller area after a word for now
 * ("…, сейчас — около 800 кв. км", "It now holds about 800 sq km"), or the rest of its sentence after a verb of
 * holding in the present ("…, and holds about 800 sq km"). */
function smallerNow(fig: Figure, rest: string, next: string, whose: () => string | null, inRest: (re: RegExp) => number): boolean {
  const largest = toKm2(fig.min, fig.unit);
  if (largest === null || fig.unit === 'percent') return false;
  for (const part of [rest, next]) {
    // (`rest` is read by look-ups, not scanned for each figure: `inRest` gives `re.exec(rest)?.index ?? -1`)
    const at = (re: RegExp): number => (part === rest ? inRest(re) : (re.exec(part)?.index ?? -1));
    // In the next sentence a word for now must stand somewhere: "claimed Ukraine held 1,300 km² last week. ЗСУ контролюють
    // 1000 кв. км …, заявив Сирський 20 серпня" is an older, smaller figure, not the current one.
    const now = at(NOW);
    if (part !== rest && now < 0) continue;
    const marks = [now, at(HOLDS_NOW)].filter((m) => m >= 0);
    if (marks.length === 0) continue;
    const from = Math.min(...marks);
    const later = figuresIn(part).find((f) => f.start >= from && f.unit !== 'percent');
    const km2 = later && toKm2(later.max, later.unit);
    // Another side's ground is no later state of this one: "Russian forces have captured 3517 sq km, … more than what
    // Ukraine currently holds in Kursk (427.5 sq km)".
    const laterWhose = later ? sideBefore(part, later.start) : null;
    if (laterWhose) {
      const own = whose();
      if (own && own !== laterWhose) continue;
    }
    if (km2 != null && km2 < largest) return true;
  }
  return false;
}

/** Right before a figure it is the earlier one of a comparison: "down from 1,300 km²", "shrank from 1,300 km² (to …)",
 * "скоротилася з 1300 кв. км", "сократилась с 1300 до 300 кв. км". */
export const FROM_BEFORE =
  /(?:\b(?:down|up)(?:\s(?:sharply|significantly|considerably|markedly|substantially|steeply|dramatically))?\sfrom(?:\s(?:a|its|the)(?:\s(?:peak|high|maximum|height)\sof)?)?(?:\s(?:more|less)\sthan)?|\b(?:shr[au]nk|fell|dropped|declined|decreased|reduced|grew|rose|increased|expanded|went)\s(?:[\p{L}-]+\s){0,6}?from|(?<!\p{L})(?:скороти\p{L}*|сократи\p{L}*|зменши\p{L}*|уменьши\p{L}*|зменшувал\p{L}*|уменьшал\p{L}*|сократил\p{L}*|скорочувал\p{L}*|впала|упала|зросла|выросла)\s(?:\p{L}+\s){0,6}?(?:з|із|с|від|от))\s$/iu;
/** Between the two figures of "from 1,300 km² to 300 km²", "з 1300 до 300 кв. км". */
const TO_BETWEEN = /^\s?(?:to|до|по)\s?$/iu;

/** Whether `fig` is the earlier figure of a comparison whose later figure (`later`, in the same clause) is the current
 * one: "now controls 300 km², down from 1,300 km²", "shrank from 1,300 km² to about 300 km²", "з 1300 до 300 кв. км". */
function comparedEarlier(fig: Figure, before: string, later: Figure | undefined, after: string): boolean {
  const fromBefore = FROM_BEFORE.test(before);
  const pairedTo =
    later !== undefined &&
    /(?:^|\s)(?:from|з|із|с|від|от)\s$/iu.test(before) &&
    TO_BETWEEN.test(after.slice(0, later.start - fig.end).replace(/^\s*[\p{L}.²]*\s?(?:[\p{L}.²]+\s?)?(?=\s?(?:to|до|по)\s)/u, ''));
  return fromBefore || pairedTo;
}

/** A bare number, then "and"/"та"/"и" right before a figure (not a range's "between … and", "від … до"). */
const SHARES_UNIT = /(?<![\d.,]|between\s|між\s|между\s)(\d{1,3}(?:[,\s\u202f\u00a0]\d{3})*(?:[.,]\d+)?)\s(?:та|і|й|и|and)\s$/iu;

interface Figure {
  start: number;
  end: number;
  min: number;
  max: number;
  qualifier: Qualifier;
  unit: WrittenFigure['unit'];
  /** Its unit and verb left out, said once for a list: the figure they were said with ("3,3 тысячи кв. км … в ДНР, 542 —
   * в Харьковской области"). */
  elidedFrom?: Figure;
}

/** Next in a list after a figure, a bare number before a place: ", 542 — в Харьковской области", "и 175 — в …",
 * ", 261 in Zaporizhzhia" (group 1 the qualifier, 2 the number). */
const LISTED_BARE = new RegExp(
  String.raw`^(?:,|;|\s(?:and|і|й|и|та))\s(?:(${QUALIFIER_PATTERN})\s)?(\d{1,3}(?:[,\s  ]\d{3})*(?:[.,]\d+)?)(?:\s?[—–-])?\s(?:in|в|у|на)\s(?=\p{Lu})`,
  'iu',
);

/** The same with the place first and the bare number in brackets: ", Харьковской (более 542)", "and Sumy (223)". */
const LISTED_BRACKETED = new RegExp(
  String.raw`^(?:,|;|\s(?:and|і|й|и|та))\s\p{Lu}[\p{L}'’ʼ-]+\s\((?:(${QUALIFIER_PATTERN})\s)?(\d{1,3}(?:[,\s\u202f\u00a0]\d{3})*(?:[.,]\d+)?)\)`,
  'iu',
);

/** The figures a list goes on with after `f`, its unit (and verb) left out: "… 3,3 тысячи квадратных километров … в ДНР,
 * 542 — в Харьковской области, 261 — в Запорожской". Only up to the sentence's next figure with a unit. */
function elidedAfter(text: string, f: Figure, all: SpanIndex): Figure[] {
  const out: Figure[] = [];
  const nextStart = Math.min(text.length, all.firstStartFrom(f.end));
  let at = f.end;
  for (;;) {
    // The place the previous item is of stands between: up to 80 characters with no clause break.
    const rest = text.slice(at, nextStart);
    const gap = /^[^,;.!?]{0,80}?(?=,|;|\s(?:and|і|й|и|та)\s)/iu.exec(rest);
    if (!gap) break;
    const item = rest.slice(gap[0].length);
    const m = LISTED_BARE.exec(item) ?? LISTED_BRACKETED.exec(item);
    if (!m) break;
    const start = at + gap[0].length + m[0].indexOf(m[2]!, m[1] ? m[1].length : 0);
    const v = parseNumber(m[2]!);
    if (v === null || v <= 0 || /^(?:19|20)\d\d$/.test(m[2]!)) break;
    const qStart = m[1] ? at + gap[0].length + m[0].indexOf(m[1]) : start;
    out.push({ start: qStart, end: start + m[2]!.length, min: v, max: v, qualifier: qualifierOf(m[1]), unit: f.unit, elidedFrom: f });
    at = start + m[2]!.length;
  }
  return out;
}

function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(RANGE)) {
    const a = parseNumber(m[1]!);
    const b = parseNumber(m[3]!);
    const unit = unitOf(m[4]!);
    // "600-700 km²", not "40 %-500 km²": a unit after the first number must be the same unit.
    if (a === null || b === null || a === b || (m[2] && unitOf(m[2]) !== unit)) continue;
    // "610 and 725 km²" lists two figures; only "between 600 and 700" makes "and" a range.
    const bAt0 = m.index + m[0].lastIndexOf(m[3]!);
    if (/(?<!\p{L})(?:and|і|и)\s?$/iu.test(text.slice(m.index, bAt0)) && !/^\s?(?:between|між|между)/iu.test(m[0])) continue;
    if (a > b) {
      // "з 1300 до 400 кв. км", "from 1,300 to 400 sq km": not a range but a change, two figures in the second's unit.
      const aAt = m.index + m[0].indexOf(m[1]!);
      if (!/(?<!\p{L})(?:from|з|із|с|від|от)\s?$/iu.test(text.slice(Math.max(0, aAt - 6), aAt))) continue;
      const bAt = m.index + m[0].lastIndexOf(m[3]!);
      out.push({
        start: aAt,
        end: aAt + (m[2] ? m[0].indexOf(m[2], m[1]!.length) - m[0].indexOf(m[1]!) + m[2].length : m[1]!.length),
        min: a,
        max: a,
        qualifier: 'exact',
        unit,
      });
      out.push({ start: bAt, end: m.index + m[0].length, min: b, max: b, qualifier: 'exact', unit });
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, min: a, max: b, qualifier: 'between', unit });
  }
  // (`placed` holds what `out` holds, indexed: `out.some(overlaps)` per match was quadratic in a long list)
  const placed = new SpanIndex(out);
  const push = (f: Figure): void => void (out.push(f), placed.add(f));
  for (const m of text.matchAll(SINGLE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (placed.overlaps(start, end)) continue;
    const v = parseNumber(m[2]!);
    if (v === null || v <= 0) continue;
    const qualifier = qualifierOf(m[1]);
    push({ start, end, min: v, max: v, qualifier, unit: unitOf(m[3]!) });
  }
  if (MAY_HOLD_NUMBER_WORD.test(text) || SMALL_WORD_AREA_IN.test(text))
    for (const f of wordFiguresIn(text)) if (!placed.overlaps(f.start, f.end)) push(f);
  FRACTION.lastIndex = 0;
  for (const m of text.matchAll(FRACTION)) {
    const word = (m[2] ?? m[3])!;
    const start = m.index;
    const end = m.index + m[0].length - (m[2] ? ' of'.length : 0);
    if (placed.overlaps(start, end)) continue;
    const v = fractionValue(word);
    push({ start, end, min: v, max: v, qualifier: qualifierOf(m[1]), unit: 'percent' });
  }
  // "477 та 459 квадратних кілометрів", "610 and 725 sq km": a bare number joined to a figure shares its unit.
  for (const f of [...out]) {
    if (f.unit === 'percent' || f.min !== f.max) continue;
    const m = SHARES_UNIT.exec(text.slice(Math.max(0, f.start - 24), f.start));
    if (!m) continue;
    const v = parseNumber(m[1]!);
    const start = f.start - m[0].length + m[0].indexOf(m[1]!);
    if (v === null || v <= 0 || /^(?:19|20)\d\d$/.test(m[1]!) || placed.overlaps(start, start + m[1]!.length)) continue;
    push({ start, end: start + m[1]!.length, min: v, max: v, qualifier: 'exact', unit: f.unit });
  }
  for (const f of [...out]) if (f.unit !== 'percent') for (const e of elidedAfter(text, f, placed)) push(e);
  out.sort((a, b) => a.start - b.start);
  // "1,000 square kilometres (386 square miles)", "1,150 square km [715 square miles]": a conversion in brackets is the
  // same figure, not another one; so is one after ", or" ("203 square kilometers, or 78 square miles") when its value
  // is the same area in the other unit.
  return out.filter((f, i) => {
    const prev = out[i - 1];
    if (!prev || prev.unit === 'percent' || f.unit === 'percent') return true;
    const between = text.slice(prev.end, f.start);
    if (/^\s*[([]\s*$/.test(between.replace(/^[^([]*?(?=[([])/, '')) && f.start - prev.end <= 4) return false;
    return !(OR_BEFORE_CONVERSION.test(between) && f.unit !== prev.unit && sameArea(prev, f));
  });
}

/** What stands between a figure and its conversion restated after it: ", or", "—or". */
const OR_BEFORE_CONVERSION = /^\s*[,—–-]\s*or\s+(?:about\s|some\s|roughly\s|nearly\s|almost\s)?$/iu;

/** Whether two figures in different area units are the same area, to the rounding of a conversion (within 3 %). */
function sameArea(a: Figure, b: Figure): boolean {
  const x = toKm2(a.min, a.unit);
  const y = toKm2(b.min, b.unit);
  return x !== null && y !== null && x > 0 && Math.abs(x - y) / x <= 0.03;
}

function sideFor(
  kind: FigureKind,
  by: Marker,
  marker: string,
  clause: string,
  sentence: string,
  regionCountry: string | undefined,
  clauseAt = 0,
  fig: { start: number; end: number } = { start: 0, end: clause.length },
  clauseFigs: readonly { start: number; end: number }[] = [],
  own: Perspective = null,
): string | null {
  if (kind === 'area-contested') return null;
  // A gain is the subject's: "Russian troops advanced 40 km²" (the owner named as subject gains ground too).
  if (kind === 'area-gained') {
    const subject = subjectSide(clause, marker);
    if (subject) return subject;
  }
  // Ground captured is held by the side that captured it: "Russian forces have captured 3517 sq km", "українські
  // військові … взяли під контроль майже 90% території міста".
  if ((kind === 'area-held' || kind === 'share-held') && by === 'gained') {
    const subject = subjectSide(clause, marker);
    if (subject) return subject;
  }
  if (kind === 'area-held' || kind === 'area-held-peak' || kind === 'area-gained' || kind === 'share-held')
    return (
      explicitHolder(clause) ??
      agentHolder(clause, fig, clauseFigs) ??
      holderIn(clause, regionCountry) ??
      holdingSubject(clause, by, marker, fig, own) ??
      holderIn(sentence, regionCountry) ??
      opposite(regionCountry)
    );
  const retaken = by === 'retaken';
  // Ground is retaken by the side named before the verb ("ЗСУ повернули", "Russia has retaken"), else by the region's
  // own side; it is lost by the side named before the verb (the subject: "Украина потеряла"), else by the side that
  // came in.
  // A verbal adverb's clause has no subject of its own: it is the sentence's, named first ("ВСУ удалось остановить прорыв
  // российских войск, вернув около 12 кв. км", "Ukrainian troops pushed back Russian units, retaking 40 km²").
  // Before its subject, the adverb's clause takes the subject after it ("потеряв в августе пять кв. км, подразделения
  // Сил обороны смогли восстановить …").
  const at = clause.indexOf(marker);
  const gerund = /(?:^|,)\s*$/u.test(clause.slice(0, at)) && GERUND.test(marker);
  const afterGerund = (): string | null => {
    const comma = sentence.indexOf(',', clauseAt + at);
    return comma < 0 ? null : firstSide(sentence.slice(comma + 1));
  };
  const subject = gerund
    ? (firstSide(sentence.slice(0, clauseAt + at)) ?? afterGerund() ?? subjectSide(clause, marker))
    : (subjectSide(clause, marker) ?? (clauseAt > 0 ? firstSide(sentence.slice(0, clauseAt)) : null));
  const actor = retaken ? (subject ?? regionCountry ?? 'RU') : (subject ?? opposite(regionCountry));
  // A share retaken by one side is a share lost by the other.
  return kind === 'share-lost' && retaken ? opposite(actor) : actor;
}

/** A verb of holding in an active form, not a participle ("контролируемой", "controlled by"). */
const ACTIVE_HOLD =
  /^(?:holds?|held|controls?|controlled|occup(?:y|ies|ied))$|^(?:контролю|контролиру|утриму|удержива|трима|держ|займа|окупу|оккупиру)\p{L}*(?<!(?:[нм](?:ий|ая|ое|ые|ых|их|ой|ої|ого|ую|а|е|і|и))|ся)$/iu;

/** The side the text names as the subject of a verb of holding, with the words each side's reporting uses for the
 * other's forces ("Неонацисты контролируют менее 1%", "occupiers hold") and, by `own`, the speaker's "our troops": the
 * holder when the clause names no other. */
function holdingSubject(clause: string, by: Marker, marker: string, fig: { start: number; end: number }, own: Perspective): string | null {
  if (by !== 'held' || !ACTIVE_HOLD.test(marker)) return null;
  const at = clause.indexOf(marker);
  if (/^\s+by\b/iu.test(clause.slice(at + marker.length))) return null;
  const before = sideOrEnemyBefore(clause.slice(clauseStart(clause, at)), at - clauseStart(clause, at), own);
  if (before || fig.end > at) return before;
  // The figure as the object before the verb puts the subject after it (Ukrainian and Russian word order: "более трети
  // города контролируют наши ВСУ", "третину міста утримують українські війська"): the side in its first words.
  const words = /^\s*(?:[^\s,;:.()—–]+\s+){0,2}[^\s,;:.()—–]+/u.exec(clause.slice(at + marker.length))?.[0] ?? '';
  return sideOrEnemyBefore(words, words.length, own);
}

function regionFor(ctx: ClaimContext, sentence: Span, previous?: IndexedEntry): IndexedEntry | undefined {
  const here = placesForFigures(ctx, sentence).filter((m) => m.entry.kind !== 'country');
  for (const m of here) {
    const r = regionOf(ctx, m.entry);
    if (r) return r;
  }
  // A sentence that names no region but names the country as the ground's ("325 квадратних км території України",
  // "took 4,500 square kilometers of territory in Ukraine", "of Ukrainian territory") is of that country, whatever
  // place the article names most.
  const country =
    placesForFigures(ctx, sentence).find(
      (m) => m.entry.kind === 'country' && GROUND_OF.test(ctx.article.text.slice(Math.max(sentence.start, m.start - 16), m.start)),
    )?.entry ?? groundCountryIn(ctx, sentenceText(ctx, sentence));
  if (country) return country;
  if (previous) return previous;
  const focus = articleFocus(ctx);
  const inFocus = focus && regionOf(ctx, focus.entry);
  if (inFocus) return inFocus;
  // An article that names no region at all: the country it names by its adjective ("деокупованої української землі"),
  // else the ground of the war (a figure of the whole front: "с начала года освобождено 327 кв. км").
  return groundCountryIn(ctx, ctx.article.text) ?? warGround(ctx);
}

/** The region of the last figure, read `from` sentences back, when no sentence since names a place of another region. */
function goesOn(ctx: ClaimContext, from: number, k: number, region: IndexedEntry | undefined): IndexedEntry | undefined {
  if (!region || from < 0 || k - from > 3) return undefined;
  const { sentences } = ctx.parsed;
  for (let j = from + 1; j < k; j++)
    for (const m of placesForFigures(ctx, sentences[j]!))
      if (m.entry.kind !== 'country' && regionOf(ctx, m.entry)?.id !== region.id) return undefined;
  return region;
}

/** Right before a country's name, a noun of ground: "території України", "территории России", "of Ukraine". */
const GROUND_OF = /(?:(?:of|in|from)|(?<!\p{L})(?:територі\p{L}*|территори\p{L}*|земл\p{L}*|площ\p{L}*))\s$/iu;

export function extractAreaClaims(ctx: ClaimContext): ClaimFeature[] {
  const out: ClaimFeature[] = [];
  // The span of the last gain or retaking the article dated by a time phrase: a later one with no time phrase of its own
  // continues it ("за прошлую неделю … 75,7 кв. км. … под Покровском — 32 кв. км").
  let lastChange: DescribedPeriod | null = null;
  let lastRegion: IndexedEntry | undefined;
  let lastRegionAt = -2; // the sentence the last figure's region was read in
  const { article } = ctx;
  const hasNumber = sentencesMatching(ctx, HAS_NUMBER); // every figure has a number and a unit, or is a share in words
  const hasFraction = sentencesMatching(ctx, FRACTION_HINT);
  const hasSmallWord = sentencesMatching(ctx, SMALL_WORD_AREA);
  const { sentences } = ctx.parsed;
  for (let k = 0; k < sentences.length; k++) {
    if (!hasNumber[k] && !hasFraction[k] && !hasSmallWord[k]) continue;
    const sentence = sentences[k]!;
    const text = sentenceText(ctx, sentence);
    if (!UNIT_HINT.test(text) && !hasFraction[k]) continue;
    const figs = figuresIn(text);
    if (figs.length === 0) continue;
    let region: IndexedEntry | undefined | null = null; // looked up once a figure qualifies
    let sentenceRegion: IndexedEntry | undefined; // the sentence's own, before a share's whole or a list item's place
    let ownItem: IndexedEntry | undefined; // the last figure's region taken from its own item
    const attributedTo = attributedIn(ctx, sentence, text);
    const articleFigs = figs.map((f) => ({ ...f, start: f.start + sentence.start, end: f.end + sentence.start }));
    const kinds = new Map<number, ReturnType<typeof figureKind>>();
    const marksOf = clauseMarkersBySpan(text); // by clause span: read once for all its figures
    const changed = new Map<number, boolean>(); // the figure is what an area grew or shrank by
    const sides = new Map<number, string | null>(); // the side each figure's ground is of
    const gains = new Set<number>(); // the figures read as ground gained over a span
    const undatedStart = new Map<string, boolean>(); // by clause span: SINCE_UNDATED_START read once for its figures
    const inSpan = new Map<string, { start: number; end: number }[]>(); // by clause span: its figures, clause offsets
    // `figs` is in start order (figuresIn sorts it): the figures within [a, b) are found by a binary search and a walk
    // up to b, not a filter of all of them per clause (with one figure per clause, clauses × figures).
    const figsWithin = (a: number, b: number, limit = Infinity): Figure[] => {
      const found: Figure[] = [];
      for (let j = firstStartingAtOrAfter(figs, a); j < figs.length && figs[j]!.start <= b && found.length < limit; j++)
        if (figs[j]!.end <= b) found.push(figs[j]!);
      return found;
    };
    const clauseFigsIn = (a: number, b: number): { start: number; end: number }[] => {
      let found = inSpan.get(`${a}:${b}`);
      if (!found) inSpan.set(`${a}:${b}`, (found = figsWithin(a, b).map((o) => ({ start: o.start - a, end: o.end - a }))));
      return found;
    };
    const sinceStart = (a: number, b: number): boolean => {
      let found = undatedStart.get(`${a}:${b}`);
      if (found === undefined) undatedStart.set(`${a}:${b}`, (found = SINCE_UNDATED_START.test(text.slice(a, b))));
      return found;
    };
    figs.forEach((fig, i) => {
      let cs = clauseStart(text, fig.start);
      // "Наибольшая площадь, которую контролировали ВСУ, — 1300 кв. км": a figure after a dash is the predicate of
      // the clause before it.
      if (cs >= 3 && /\s[—–-]\s$/u.test(text.slice(cs - 3, cs))) cs = clauseStart(text, cs - 3);
      // A figure whose unit and verb a list left out is read in the clause they were said in.
      if (fig.elidedFrom) cs = Math.min(cs, clauseStart(text, fig.elidedFrom.start));
      const ce = clauseEnd(text, fig.end);
      const clause = text.slice(cs, ce);
      const isShare = fig.unit === 'percent';
      if (isShare && (fig.max > 100 || fig.min < 0)) return;
      // What comes before the clause (the previous sentence, the sentence's start) may give the period a capture is
      // counted over: "Протягом доби наші війська просунулися …, взявши під контроль 5 квадратних кілометрів".
      const before = `${k > 0 ? sentenceText(ctx, sentences[k - 1]!) : ''} ${text.slice(0, cs)}`;
      // (the figure itself is among them, which changes nothing: it never lies between itself and a marker, figureKind's
      // and agentHolder's only question; so one list per clause span, not one filtered per figure, quadratic in a long list)
      const clauseFigs = clauseFigsIn(cs, ce);
      // An item of a list says its figure only ("Дніпропетровська – 0,6%"): what it is a figure of, the lead-in said
      // ("По областях ситуація з окупацією виглядає так:").
      const plain = figureKind(clause, fig.start - cs, fig.end - cs, isShare, before, clauseFigs, marksOf(cs, ce));
      const lead = plain ? null : leadIn(ctx, k);
      const own = lead
        ? figureKind(`${lead} ${clause}`, lead.length + 1 + fig.start - cs, lead.length + 1 + fig.end - cs, isShare, before)
        : plain;
      // "звільнили 1260 кв. км, що становить понад 99% території": a share restating the area before it is that area's
      // share, lost or retaken as it was.
      const prevKind = i > 0 ? kinds.get(i - 1) : undefined;
      const restates = isShare && prevKind && RESTATES.test(text.slice(figs[i - 1]!.end, fig.start));
      // "окуповані 116 165 кв км …, що складає 19,25% від усієї території": a share restating an area held is a share
      // held, of the ground the area is of.
      // (A share restating ground taken, "захватил 5842 кв. км, что составляет 0,96%", is a share of a gain: no claim.)
      const restatesHeld = restates && prevKind.by === 'held' && !OCCUPIED.test(prevKind.marker);
      // The patterns read right before the figure end there and span a few words: read in the clause's last words, not
      // all of it (a clause of many figures read whole for each was quadratic: bench/HISTORY.md, round 48).
      const upToFigure = text.slice(
        tailStart(ctx, article.text, 'space', BEFORE_SPACES, sentence.start + cs, sentence.start + fig.start) - sentence.start,
        fig.start,
      );
      // "…зросла на 9,14 кв. км, а між містами – на 0,36 кв км": a figure after a dash whose clause has no verb of its own
      // (the verb gapped) is of the kind of the figure before it.
      // "…257 km² in July 2023, and 1.47 km² in September 2023": a conjunct whose verb was left out, likewise.
      const conjunct = !own && !lead && i > 0 && sameMeasure(figs[i - 1]!, fig) && conjoined(text.slice(figs[i - 1]!.end, fig.start));
      const gapped = !own && !lead && i > 0 && (GAPPED.test(upToFigure) || conjunct) ? prevKind : undefined;
      // "…вона зросла на 9,14 кв. км": an area that grew by the figure, though its clause names no ground verb.
      const grew =
        !own && !gapped && !isShare && CHANGED_BY.test(upToFigure)
          ? { kind: 'area-held' as const, marker: '', by: 'held' as const }
          : undefined;
      let kindOf =
        gapped ??
        grew ??
        (restates && (prevKind.by === 'retaken' || prevKind.by === 'lost')
          ? { kind: 'share-lost' as const, marker: prevKind.marker, by: prevKind.by }
          : restatesHeld
            ? { kind: 'share-held' as const, marker: prevKind.marker, by: prevKind.by }
            : own);
      if (kindOf) kindOf = changeBy(kindOf, upToFigure);
      kinds.set(i, kindOf);
      if (!kindOf) return;
      // "захопила 234 кв. км, що еквівалентно 0,039% території України": a share restating ground gained over a span is a
      // share of a gain, no kind of ours.
      if (restates && gains.has(i - 1)) return;
      changed.set(i, CHANGED_BY.test(upToFigure) || (GAPPED.test(upToFigure) && changed.get(i - 1) === true));
      if (notAsserted(text, fig.start, fig.end)) return; // "could lose 1,000 km²", "did not capture …"
      if (PER_TIME.test(text.slice(fig.end, fig.end + 40))) return; // a pace ("225 кв. км в неделю"), not ground
      if (DIFFERENCE.test(text.slice(fig.end, fig.end + 60))) return; // "2,000 km² more than a year before": a difference
      if (placeSize(upToFigure, fig.qualifier)) return; // "a region of over 31,000 km²": the place's size, not ground
      const af0 = { start: fig.start + sentence.start, end: fig.end + sentence.start };
      // A share held is a share of the place named right after it ("20 % of Pokrovsk", "18% території України").
      // So is a peak share ("peaked at 22 per cent of Ukrainian land"), though it may name none ("its peak of nearly 25%").
      const peakShare = kindOf.kind === 'area-held-peak' && isShare;
      const whole =
        kindOf.kind === 'share-held' || peakShare
          ? (shareOf(ctx, sentence, af0) ?? elidedWhole(ctx, sentence, af0, articleFigs))
          : undefined;
      if (kindOf.kind === 'share-held' && !whole && !restatesHeld) return;
      // "90% of the territory taken by the Russians in November": a share of ground captured is a share of a gain.
      if (kindOf.kind === 'share-held' && OF_GROUND_TAKEN.test(text.slice(fig.end, fig.end + 60))) return;
      // A sentence naming no ground goes on with the ground of the article's figures before it ("325 кв км території
      // України. … від 363 кв км у серпні до 730 кв км у листопаді").
      // A sentence after a figure's, naming no place (nor any sentence between), goes on about that figure's ground ("…lost 576 km² in the
      // Kursk region. 'Now we control about 800 km²,' the source said"), before the place the article names most.
      if (region === null) sentenceRegion = region = regionFor(ctx, sentence, goesOn(ctx, lastRegionAt, k, lastRegion)) ?? lastRegion;
      // One of several figures is of the place named in its own item ("…в Донецькій області на 30 кв км, а біля
      // Куп'янська – на 5 кв км"); an item naming none goes back to the sentence's place.
      if (figs.length > 1 && !fig.elidedFrom) {
        const own = itemRegion(ctx, sentence, itemSpan(text, figs, i), fig, sentenceRegion);
        if (own) region = ownItem = own;
        else if (ownItem) region = ownItem = sentenceRegion;
      }
      if (whole) region = regionOf(ctx, whole.entry) ?? whole.entry;
      // An item of a list is of the place named right after it: "542 — в Харьковской области".
      if (fig.elidedFrom) {
        const after = locatedMentions(ctx, { start: af0.end, end: af0.end + 40 }).find((m) => m.entry.kind !== 'country');
        region = (after && regionOf(ctx, after.entry)) ?? sentenceRegion;
      }
      if (!region || region.lon === null) return;
      lastRegion = region;
      lastRegionAt = k;
      // "about 1,300 km² in August; now it is much smaller": the larger, earlier figure is a peak.
      // "контролировали до 1300 кв. км … сейчас — около 800": held in the past, a smaller figure now, so a peak.
      const next = k + 1 < sentences.length ? sentenceText(ctx, sentences[k + 1]!) : '';
      // `re.exec(text.slice(fig.end))?.index ?? -1`, looked up in the sentence's index (text-index.ts)
      const inRest = (re: RegExp): number => {
        const at = firstFrom(sentence, text, re, fig.end);
        return at < 0 ? -1 : at - fig.end;
      };
      const peak =
        kindOf.kind === 'area-held' &&
        (inRest(SMALLER_NOW) >= 0 ||
          (isPastTense(kindOf.marker) &&
            (SINCE_THEN_TAKEN_BACK.test(next) ||
              smallerNow(fig, text.slice(fig.end), next, () => sideBefore(text.slice(cs, fig.start), fig.start - cs), inRest))));
      // "300 km², down from 1,000 km²", "shrank from 1,300 km² to 300 km²": the first figure was held before now, at a
      // time the text does not give (a peak only when a peak word says so).
      const earlier = kindOf.kind === 'area-held' && comparedEarlier(fig, upToFigure, figsWithin(fig.end, ce, 1)[0], text.slice(fig.end));
      // A share "liberated" by the side that does not own the region ("освобождено более 99% территории ЛНР", said by
      // Russia's General Staff) is a share it holds.
      const liberator =
        kindOf.kind === 'share-lost' && kindOf.by === 'retaken' && LIBERATED.test(kindOf.marker)
          ? liberatorOf(clause, kindOf.marker, text, attributedTo, ctx)
          : null;
      const heldShare = liberator !== null && liberator !== region.country;
      const kindAsRead = peak ? 'area-held-peak' : heldShare ? 'share-held' : kindOf.kind;
      // Ground "liberated" with no side as the verb's subject ("в ДНР освобождено свыше 3308 кв. км"): by the side of
      // who says so, or the article's.
      const unnamed =
        kindAsRead === 'area-retaken'
          ? unnamedLiberator(clause, kindOf.marker, text, attributedTo, ctx, articlePerspective(ctx), sentence.start)
          : null;
      // A conjunct's subject is the one of the figure before it ("Ukrainian forces achieved a net gain of 33 km² …, and
      // 57 km² …").
      const side = heldShare
        ? liberator
        : conjunct && sides.get(i - 1)
          ? sides.get(i - 1)!
          : unnamed !== null && unnamed !== region.country
            ? unnamed
            : sideFor(
                kindAsRead,
                kindOf.by,
                kindOf.marker,
                clause,
                text,
                region.country,
                cs,
                {
                  start: fig.start - cs,
                  end: fig.end - cs,
                },
                clauseFigs,
                ownSide(ctx, clause, text, attributedTo),
              );
      sides.set(i, side);
      const anchor = whole?.entry ?? anchorFor(ctx, sentence, region, side ?? opposite(region.country));
      if (!anchor) return;
      const af = articleFigs[i]!;
      const clauseSpan = { start: sentence.start + cs, end: sentence.start + ce };
      const dated = periodOf(ctx, {
        sentence,
        fig: af,
        figs: articleFigs,
        clause: clauseSpan,
        peak: kindAsRead === 'area-held-peak' || earlier,
        // "267 square miles, or 90% of the territory taken in November": the capture verb after the figure is the
        // figure's own, so the time it carries dates the figure.
        change: kindAsRead === 'area-gained' || kindAsRead === 'area-retaken' || capturedAfter(kindOf, clause, fig.end - cs),
        share: kindAsRead === 'share-lost',
      });
      // Ground captured or occupied over a span of days ("захопили 470 км² у жовтні", "took 196 km² from 20 to 27
      // October", "с 12 ноября 2022 года … оккупировал 5842 кв. км") is a gain over that span, not what is held.
      const undated = dated.basis.startsWith(PRESENT_TENSE);
      // So is ground "occupied each month" ("росіяни займали щомісяця більші території – від 363 кв км у серпні …").
      const taken =
        !earlier &&
        !dated.cumulative &&
        dated.period.start < dated.period.end &&
        (capturedOver(kindOf.by, kindOf.marker) || (kindOf.by === 'held' && EACH_PERIOD.test(text)));
      // A capture with no time of its own, after gains dated over a span, is one more gain of that span.
      const continues = undated && lastChange !== null && !earlier && kindAsRead === 'area-held' && kindOf.by === 'gained';
      // A share taken over a span ("за 1010 днів ворог окупував менше 1 відсотка території України") is a share of a
      // gain: neither held nor lost, and no kind of ours.
      if (taken && kindAsRead === 'share-held') return;
      // So is a share captured over a span or on top of an earlier one ("за 3 роки … змогла окупувати 23% території",
      // "захопити ще 22,4%"). (Its region still stands for the sentences after it.)
      if (
        kindAsRead === 'share-held' &&
        capturedOver(kindOf.by, kindOf.marker) &&
        (GAIN_SPAN.test(text.slice(0, fig.start)) || MORE_TAKEN.test(text.slice(Math.max(0, fig.start - 30), fig.start)))
      )
        return;
      // Russian reporting "liberates" Ukrainian ground it takes (Minoborony's "освобождено 4,7 тысячи кв. км"): ground
      // "liberated" by the side that does not own the region is ground gained, not retaken.
      const liberatedForeign =
        kindAsRead === 'area-retaken' &&
        LIBERATED.test(kindOf.marker) &&
        side !== null &&
        side !== region.country &&
        region.country === opposite(side);
      const gainedKind = ((taken || continues) && kindAsRead === 'area-held') || liberatedForeign ? 'area-gained' : kindAsRead;
      // The other way round, ground the owner's own side advances over or takes over a span ("Сили Оборони просунулися на
      // 12,6 квадратних кілометри", "Ukrainian forces achieved a net gain of almost 33 square kilometers", "ВСУ смогли
      // взять под контроль около 13 квадратных километров … Покровска") is ground it retakes: only the other side gains.
      // Only on the war's ground (Ukraine's): a region of the other country found for a Russian gain is too often one the
      // sentence names beside the ground ("Over the month, Russia captured 701 square kilometres … not taking into account
      // the Kursk region"), so Russian ground retaken is left to the verbs of retaking.
      const ownGround = side !== null && side === region.country && side === warGround(ctx)?.country;
      const kind = gainedKind === 'area-gained' && !liberatedForeign && ownGround ? 'area-retaken' : gainedKind;
      if (kind === 'area-gained' && kindOf.by === 'gained') gains.add(i);
      // Ground lost, and a grey zone that grew by the figure, are changes over a span too ("…втратили контроль над 7,5
      // кв. км", "«Сіра зона» … зросла на 1,26 кв. км" after "за минулий тиждень").
      const change =
        kind === 'area-gained' || kind === 'area-retaken' || kind === 'area-lost' || (kind === 'area-contested' && changed.get(i) === true);
      // A total ("загалом звільнено 24 км²", "in total") or a whole a part is counted out of ("168,6 км², з яких минулого
      // тижня — 10,2") is no continuation of the last gain's span.
      const total =
        firstMatch(ctx, article.text, TOTAL_BEFORE, TOTAL_REACH, sentence.start + cs, sentence.start + fig.start) >= 0 ||
        WHOLE_OF_PART.test(text.slice(fig.end, fig.end + 40)) ||
        sinceStart(cs, ce);
      const { period: read, basis } =
        change && undated && lastChange && !total
          ? { ...lastChange, basis: `${lastChange.basis} (the gain before, which this one continues)` }
          : dated;
      // "captured more than 60,000 square kilometres in 2022", read as held till its span made it a gain: a gain over
      // the war's year runs from the invasion (war-year.ts).
      const period = change && read === dated.period ? fromWarStart(read, dated.phrase, FULL_SCALE_INVASION) : read;
      if (change && !undated && dated.period.start < dated.period.end) lastChange = dated;
      const quote = boundedQuote(article.text, sentence, af.start, af.end);
      const common = {
        id: `${article.file}:${af.start}`,
        article: article.file,
        published: article.published,
        quote,
        start: af.start,
        end: af.end,
        sources: [{ article: article.file, outlet: article.outlet, published: article.published, quote, start: af.start, end: af.end }],
        attributedTo,
        asOf: period,
        asOfBasis: basis,
      };
      const original: WrittenFigure = {
        value: rangeValue(fig.min, fig.max),
        valueMin: fig.min,
        valueMax: fig.max,
        unit: fig.unit,
        text: text.slice(fig.start, fig.end),
      };
      const at: [number, number] = [anchor.lon, anchor.lat];
      // A figure about a whole country is listed and charted, not drawn: its centre is no place the ground lies around.
      const drawn = anchor.kind !== 'country';
      if (kind === 'share-lost' || kind === 'share-held' || (kind === 'area-held-peak' && fig.unit === 'percent')) {
        const share = {
          ...common,
          side,
          region: region.id,
          anchor: anchor.id,
          percent: original.value,
          percentMin: fig.min,
          percentMax: fig.max,
          qualifier: fig.qualifier,
          original,
        };
        const geometry = drawn ? { type: 'Point' as const, coordinates: at } : null;
        if (kind === 'share-lost') out.push({ type: 'Feature', geometry, properties: { type: 'share-lost', ...share } });
        else if (kind === 'share-held') out.push({ type: 'Feature', geometry, properties: { type: 'share-held', ...share } });
        else out.push({ type: 'Feature', geometry, properties: { type: 'area-held-peak', ...share } });
        return;
      }
      const min = toKm2(fig.min, fig.unit)!;
      const max = toKm2(fig.max, fig.unit)!;
      // No ground fought over in this war is larger than Ukraine: a larger figure is a misprint ("8500 тисяч квадратних
      // кілометрів" for 8,500) or a country's size, not a claim, and charted it would flatten every other figure.
      if (min <= 0 || max > LARGEST_GROUND_KM2) return;
      const areaKm2 = rangeValue(min, max);
      const fields = {
        side,
        region: region.id,
        anchor: anchor.id,
        areaKm2,
        areaKm2Min: min,
        areaKm2Max: max,
        qualifier: fig.qualifier,
        original,
      };
      // (the circle is heldAreaCircle's, which the viewer's compact claims redraw from the centre)
      if (kind === 'area-held')
        out.push({
          type: 'Feature',
          geometry: drawn ? heldAreaCircle(at, areaKm2) : null,
          properties: { type: 'area-held', ...common, ...fields },
        });
      else {
        const geometry = drawn ? { type: 'Point' as const, coordinates: at } : null;
        out.push({ type: 'Feature', geometry, properties: { type: kind, ...common, ...fields } });
      }
    });
  }
  return out;
}

/** Whose "our troops" a clause speaks of: the quoted speaker's side ("'our troops control almost 13 km²,' Syrskyi
 * said"), else the writer's; null when the clause says no "our". */
function ownSide(ctx: ClaimContext, clause: string, sentence: string, speaker: string | null): Perspective {
  if (!OWN_WORDS.test(clause)) return null;
  const said = speakerSide(sentence, speaker, ctx);
  return said === 'UA' || said === 'RU' ? said : articlePerspective(ctx);
}

/** Ukraine's area, 603,628 km² (Wikipedia, "Ukraine"): the bound of any area a side can hold, gain or lose here. */
const LARGEST_GROUND_KM2 = 603_628;

/** Before a figure, a dash with nothing but "на"/"by" and a qualifier after it: a list item whose verb is gapped. */
/** Both figures areas, or both shares: a share does not go on from an area, nor an area from a share. */
const sameMeasure = (a: Figure, b: Figure): boolean => (a.unit === 'percent') === (b.unit === 'percent');

export const GAPPED = new RegExp(String.raw`[—–-]\s(?:на\s|by\s)?(?:${QUALIFIER_PATTERN}\s)?$`, 'iu');

/** More whitespace characters than a match of CHANGED_BY (ten words, "by", a qualifier), GAPPED, FROM_BEFORE or
 * PLACE_OF holds, each starting on a non-space and ending at the figure: the figure's clause is read from the last
 * that many (text-index.ts `tailStart`). */
export const BEFORE_SPACES = 24;

/** Before a figure, a verb of growing or shrinking with "на"/"by" right before the figure: "площа окупації збільшилася
 * на 40 кв км", "grew by 40 km²", "сократилась на 7 кв. км". The figure is the change, not the area (group 1: shrinking). */
export const CHANGED_BY = new RegExp(
  String.raw`(?:\b(?:increased|grew|expanded|rose|(?:de|in)creas\p{L}*)|(?<!\p{L})(?:збільши\p{L}*|зросл\p{L}*|зріс|розшири\p{L}*|увеличи\p{L}*|вырос\p{L}*|расшири\p{L}*)|(\b(?:decreased|shrank|shrunk|fell|reduced)|(?<!\p{L})(?:зменши\p{L}*|скороти\p{L}*|уменьши\p{L}*|сократи\p{L}*)))(?:\s[^\s,;.]+){0,10}?\s(?:by|на)\s(?:${QUALIFIER_PATTERN}\s)?$`,
  'iu',
);

/** The kind of a figure that is a change of an area ("збільшили площу контролю … на 42,3 кв. км"): a gain when what
 * grew is ground held, ground lost when it shrank; a grey zone's growth stays contested. Other kinds unchanged. */
function changeBy<K extends { kind: FigureKind; marker: string; by: Marker }>(
  kind: K,
  before: string,
): K | { kind: FigureKind; marker: string; by: Marker } {
  const m = CHANGED_BY.exec(before);
  if (!m || (kind.kind !== 'area-held' && kind.kind !== 'area-held-peak')) return kind;
  return m[1]
    ? { kind: 'area-lost', marker: m[0].trim().split(/\s/u)[0]!, by: 'lost' }
    : { kind: 'area-gained', marker: m[0].trim().split(/\s/u)[0]!, by: 'advanced' };
}

/** Before a figure in its clause, a word for a total: "загалом", "всего", "в общей сложности", "in total", "the total
 * territory recaptured", "so far", "to date". */
export const TOTAL_BEFORE =
  /\b(?:in\stotal|overall|altogether|total|so\sfar|to\sdate)\b|(?<!\p{L})(?:загалом|всього|усього|всего|в\sцелом|в\sобщей\sсложности|у\sцілому|в\sцілому)(?!\p{L})/iu;

/** More characters than a match of TOTAL_BEFORE and the code point after it take (text-index.ts `firstMatch`). */
export const TOTAL_REACH = 24;

/** In a figure's clause, a count from the start of an operation the clause does not date: "since the counteroffensive
 * began", "since launching its counteroffensive", "since the start of the offensive", "з початку контрнаступу", "с начала
 * наступления". A cumulative total to the report day, not one more gain of the span read before it. (A dated start,
 * "since 1 June", "з початку року", dates the figure itself.) */
const SINCE_UNDATED_START =
  /\bsince\s(?:(?:the\s)?(?:start|beginning|launch|outset)\sof\s(?:the\s|its\s|their\s)?[\p{L}-]*(?:offensive|operation|incursion)|(?:launching|starting|beginning)\s(?:the\s|its\s|their\s)?[\p{L}-]*(?:offensive|operation|incursion)|(?:the\s|its\s|their\s)[\p{L}-]*(?:offensive|operation|incursion)\s(?:began|started|was\slaunched))|(?<!\p{L})(?:з|із|від|с|от)\s(?:початку|начала|старту)\s(?:\p{L}+\s)?(?:контр)?(?:наступ\p{L}*|операці\p{L}*|операци\p{L}*)/iu;

/** Right after a figure, a part counted out of it: ", з яких 4 км²", ", из которых", ", of which". */
const WHOLE_OF_PART = /^[^.;]{0,10}?,\s(?:з\sяких|із\sяких|з\sних|из\sкоторых|из\sних|of\swhich|of\sthem)(?!\p{L})/iu;

/** A unit of time right after a figure makes it a pace, not an area: "20 km² a day", "225 кв. км в неделю",
 * "по 30 кв. км на тиждень". */
/** A comparative right after a figure (its unit in brackets aside): the figure is a difference between two others
 * ("almost 2,000 square kilometres more than in the same period", "на 300 кв. км больше, чем", "44% less"). */
const DIFFERENCE =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:more|less|fewer|larger|smaller|greater|bigger)\b(?!\s+of\b)|(?:больше|меньше|більше|менше)(?!\p{L}))/iu;

/** A noun of a place with "of" right before a figure: "the region of over 31,000 square kilometres", "a country of
 * 230,000 square miles" give the place's size. The idiom "in the region of 400 km²" is "about 400 km²", so a figure
 * after it counts as a size only with a qualifier of its own ("in the region of over 31,000"). */
export const PLACE_OF = /\b(?:region|oblast|province|country|city|town|village|district)\sof\s$/iu;
export const ABOUT_IDIOM = /\bin\sthe\sregion\sof\s$/iu;
const placeSize = (upToFigure: string, qualifier: Qualifier): boolean =>
  PLACE_OF.test(upToFigure) && !(ABOUT_IDIOM.test(upToFigure) && qualifier === 'exact');

const PER_TIME =
  /^\s*(?:of\s(?:territory|land|ground)\s)?(?:(?:per|a|each|every)\s(?:day|week|month)\b|daily\b|weekly\b|в\s(?:сутки|день|неделю|месяц)(?!\p{L})|на\s(?:день|тиждень|добу|місяць)(?!\p{L})|щодня|щотижня|щомісяця|ежедневно|еженедельно|ежемесячно)/iu;

/** Verbs of liberating ("liberated", "звільнили", "освобождено"), unlike "retook": the word either side uses. */

/** Each month, each week: ground held anew every period is ground taken in it. */
const EACH_PERIOD =
  /\b(?:each|every)\s(?:month|week)\b|(?<!\p{L})(?:щомісяця|щомісячно|щотижня|ежемесячно|каждый\sмесяц|каждую\sнеделю)(?!\p{L})/iu;

/** A verbal adverb after a comma ("вернув", "повернувши", "освободив", "retaking"): its subject is the sentence's. */
const GERUND = /^\p{L}+(?:вши|вшись|[аеиоуяі]в|ing)$/iu;

/** A verb of occupying in the past ("occupied", "окупувала", "оккупировали"): a capture, like "captured". */
/** The verbs of occupying in a finite or infinitive form, and the noun of the act in the nominative or accusative
 * ("Окупація за тиждень понад 200 км²", "оккупацию … за месяц"): over a span of days they say the ground was taken then.
 * ("під окупацією", "под оккупацией", the instrumental of a state, are not among them.) */
const OCCUPIED = /^(?:occupied|occupy|окупува?л\p{L}*|окупував|окупувати|оккупировал\p{L}*|оккупировать|окупаці[яю]|оккупаци[яю])$/iu;

/** Before a share in its sentence, the span a capture is counted over ("за 3 роки", "за почти четыре года", "за 2022
 * рік", "у перші 40 днів", "in the first 40 days", "over two years"): the share taken in it is a share of a gain. */
const GAIN_SPAN =
  /(?<!\p{L})(?:за\s(?:\p{L}+\s){0,2}?(?:\d+\s)?(?:рок[иі]в?|рік|років|год[аы]?|лет|місяц\p{L}*|месяц\p{L}*|тижн\p{L}*|тиждень|недел\p{L}*|дн(?:і|ів|я|ей)|доб\p{L}*|сут\p{L}*)|за\s\d{4}(?!\d)|[ув]\sперш\p{L}*\s(?:\d+\s)?\p{L}+|в\sперв\p{L}*\s(?:\d+\s)?\p{L}+|in\sthe\sfirst\s(?:\d+\s)?\p{L}+|over\s(?:the\s(?:past|last)\s)?(?:\d+|two|three|four|five|several)\s(?:years|months|weeks|days))(?!\p{L})/iu;

/** Right before a share, "ще"/"another": more ground taken, a share of a gain ("захопити ще 22,4%"). */
const MORE_TAKEN = new RegExp(String.raw`(?<!\p{L})(?:ще|еще|ещё|another|a\sfurther|an\sadditional)\s(?:${QUALIFIER_PATTERN}\s)?$`, 'iu');

/** Right after a share, the ground it is a share of described as captured: "of the territory taken by …", "of the land
 * Russia seized", "захопленої росіянами території", "захваченной в ноябре территории". */
const OF_GROUND_TAKEN =
  /^\s*(?:of\s(?:the\s)?(?:territory|land|ground|area)\s(?:(?:that|which)\s)?(?:[\p{L}'’]+\s){0,2}?(?:taken|captured|seized|gained|conquered|took)\b|(?:захоплен|захвачен|завойован|завоеван)\p{L}*\s(?:[\p{L}\d]+\s){0,3}?(?:територі|территори))/iu;

/** Whether the capture verb that made a figure a gain or a holding stands after the figure, in its clause ("…, or 90%
 * of the territory taken in November", "1,300 km² which Ukraine took in August"): the figure is the ground captured. */
function capturedAfter(kindOf: { by: Marker; marker: string }, clause: string, figEnd: number): boolean {
  return (
    kindOf.by === 'gained' &&
    kindOf.marker !== '' &&
    clause.indexOf(kindOf.marker, figEnd) >= 0 &&
    clause.lastIndexOf(kindOf.marker, figEnd) < 0
  );
}

/** Whether the verb that made a figure "held" tells of taking the ground (captured, occupied), not of holding it. */
const capturedOver = (by: Marker, marker: string): boolean => by === 'gained' || (by === 'held' && OCCUPIED.test(marker));

/** Between an area figure and a share that restates it: "…, що становить понад 99%", "(which is 63%", "— это 63%",
 * "…, що еквівалентно 0,039%", "equivalent to 18%". */
const RESTATES =
  /^[^.;%]{0,60}?(?:що\s(?:становить|становило|складає|складало)|что\s(?:составляет|составило)|которые\sсоставляют|які\sстановлять|which\s(?:is|was|represents|amounts\sto)|representing|amounting\sto|или|або|\bor|это|це|(?:що|что)\s(?:(?:приблизно|примерно|майже|почти)\s)?(?:еквівалентно|эквивалентно|дорівнює|равно)|(?:(?:which\sis|roughly|about)\s)?(?:equivalent|equal)\sto)(?:\s(?:about|around|almost|nearly|over|more\sthan|понад|майже|близько|около|почти|более|свыше|до))?\s$/iu;

/** Words that may stand between a share and the place it is of: "of", "of the town of", "території", "площади". */
const SHARE_OF =
  /^["”»’]?\s*(?:(?:of|the|town|city|village|region|oblast|country|territory|area|eastern|western|northern|southern)\s+|(?:територі\p{L}*|территори\p{L}*|площ\p{L}*|міста|города|села|області|области)\s+){0,5}$/iu;

/** A noun for a place right after a share, the place named before it: "22,6% регіону", "32% території області", "20%
 * территории города", "30 percent of the region", "of the city" (groups: a region, a settlement). */
const PLACE_NOUN_AFTER =
  /^["”»’]?\s*(?:of\s(?:the\s|this\s|that\s)?(?:territory\sof\s(?:the\s|this\s|that\s)?)?(?:(region|oblast|province)|(city|town|village))\b|(?:(?:територі|территори|площ)\p{L}*\s)?(?:(?:цієї|цього|тієї|того|этой|этого|той|тот)\s)?(?:(регіону|региона|області|области)|(міста|города|села|селища|поселка))(?!\p{L}))/iu;

/** Right after a share, ground a possessive or the definite article points back with: "of its land", "of the territory",
 * "її території", "ее территории" (not a country's: "of the territory of Ukraine" names its place). */
/** The speaker's own ground right after a share: "of our territory", "нашої території", "нашей территории". */
const OUR_GROUND =
  /^["”»’]?\s*(?:of\sour\s(?:territory|land|country)\b|(?:нашої|нашей)\s(?:територі|территори|земл|країни|страны)\p{L}*)/iu;

const GROUND_POINTED_BACK =
  /^["”»’]?\s*(?:of\s(?:its|their|the)\s(?:land|territory|ground)\b(?!\s(?:of\b|in\s(?:the\s)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}))|(?:її|його|їх|ее|её|его|их)\s(?:територі|территори|земл|площ)\p{L}*(?!\s+\p{Lu}))/u;

/** A share's noun as the subject its figure is the predicate of, with the ground it is of (groups 1 and 2, for a
 * country's adjective): "частка окупованої території", "доля оккупированной территории", "the share of Ukrainian
 * territory". */
const SHARE_SUBJECT =
  /(?:\b(?:share|proportion|percentage)\sof\s((?:the\s)?(?:[\p{L}'’-]+\s){0,2}?(?:territory|land))\b|(?<!\p{L})(?:частк|дол)\p{L}*\s((?:\p{L}+\s){0,2}?(?:територі|территори|земл)\p{L}*))(?=[^.!?%]*$)/iu;

/** How far back the place a noun like "регіону", "of the city" stands for is looked for, in characters. */
const PLACE_NOUN_REACH = 600;

/** The place a share is of: a located mention right after the figure with nothing but SHARE_OF words between, else,
 * for a noun of a place ("регіону", "of the city"), the last place of that kind named before the figure. */
function shareOf(
  ctx: ClaimContext,
  sentence: Span,
  fig: { start: number; end: number },
): Pick<ReturnType<typeof locatedMentions>[number], 'entry'> | undefined {
  const named = locatedMentions(ctx, sentence).find(
    (m) => m.start >= fig.end && m.start - fig.end <= 40 && SHARE_OF.test(ctx.article.text.slice(fig.end, m.start)),
  );
  if (named) return named;
  // A list item's place before a dash: "Дніпропетровська – 0,6%", "Kharkiv region — 4.7%".
  const dashed = locatedMentions(ctx, { start: Math.max(0, fig.start - 60), end: fig.start })
    .reverse()
    .find((m) => /^(?:\s+\p{L}+)?\s*[—–-]\s*$/u.test(ctx.article.text.slice(m.end, fig.start)));
  if (dashed) return dashed;
  // A country named by its adjective: "19,09% української території", "19.3 percent of Ukrainian territory".
  const country = shareOfCountryAdjective(ctx, ctx.article.text.slice(fig.end));
  if (country && country.lon !== null) return { entry: country };
  const after = ctx.article.text.slice(fig.end, fig.end + 40);
  // "about 20% of our territory is under the control of the occupiers", "близько 20% нашої території": the speaker's
  // own ground, which a figure of the war's occupation is of (the war's ground, as for the front's figures).
  if (OUR_GROUND.test(after)) {
    const ground = warGround(ctx);
    if (ground && ground.lon !== null) return { entry: ground };
  }
  // "93% of its land", "54% of the territory", "70% її території": ground a possessive or the article points back with
  // is the ground of the last place named before the share.
  if (GROUND_POINTED_BACK.test(after)) {
    const before = locatedMentions(ctx, { start: Math.max(0, fig.start - PLACE_NOUN_REACH), end: fig.start });
    return before.reverse().find((m) => m.entry.kind !== 'country');
  }
  // "частка окупованої території України тепер сягає 19,04%", "доля оккупированной территории Украины сейчас достигает
  // 19%": the share is the predicate of a subject naming its ground; the place is the one in that subject.
  const subject = SHARE_SUBJECT.exec(ctx.article.text.slice(sentence.start, fig.start));
  if (subject) {
    const country = shareOfCountryAdjective(ctx, subject[1] ?? subject[2] ?? '');
    if (country && country.lon !== null) return { entry: country };
    const at = sentence.start + subject.index + subject[0].length;
    const named = locatedMentions(ctx, { start: at - 1, end: fig.start }).find((m) =>
      /^\s*(?:of\s(?:the\s)?|in\s)?$/iu.test(ctx.article.text.slice(at, m.start)),
    );
    if (named) return named;
  }
  const noun = PLACE_NOUN_AFTER.exec(after);
  if (!noun) return undefined;
  const region = noun[1] !== undefined || noun[3] !== undefined;
  const before = locatedMentions(ctx, { start: Math.max(0, fig.start - PLACE_NOUN_REACH), end: fig.start });
  return before.reverse().find((m) => (region ? m.entry.kind === 'region' : ['city', 'town', 'village'].includes(m.entry.kind)));
}

/** A list item: a name (or a dash alone), a dash, a figure — "Дніпропетровська – 0,6% (+0,6)", "Kharkiv — 4.7%". */
const LIST_ITEM = /^(?:[-—–•*]|(?:[-—–•*]\s*)?\p{Lu}[\p{L}'’ʼ.-]*(?:\s[\p{L}'’ʼ.-]+){0,3}\s*[—–:-]\s*\d[^.!?]{0,40})$/u;

/** The lead-in of the list sentence `k` is an item of: the sentence before the items that ends with a colon ("По
 * областях ситуація з окупацією наступна:"); null when `k` is no list item or no such sentence stands before it. */
function leadIn(ctx: ClaimContext, k: number): string | null {
  const { sentences } = ctx.parsed;
  if (!LIST_ITEM.test(sentenceText(ctx, sentences[k]!).trim())) return null;
  for (let j = k - 1; j >= 0 && j >= k - 24; j--) {
    const t = sentenceText(ctx, sentences[j]!).trim();
    if (/:$/u.test(t)) return t;
    if (!LIST_ITEM.test(t)) return null;
  }
  return null;
}

/** Right after a share, words that say what it is of (then it is no share with its whole left out). */
const WHOLE_AFTER = /^["”»’]?\s*(?:of\b|(?:територі|территори|площ|земл|регіон|регион|област|міст|город|сел)\p{L}*)/iu;

/** The whole of a share written without one, when another share of its sentence has one: "controlled 93% of its land in
 * June but now owns 73%", "After controlling 51.5% …, Russia now controls 54% of the territory" (the whole left out
 * once said). */
function elidedWhole(
  ctx: ClaimContext,
  sentence: Span,
  fig: { start: number; end: number },
  figs: readonly { start: number; end: number; unit: WrittenFigure['unit'] }[],
): ReturnType<typeof shareOf> {
  if (WHOLE_AFTER.test(ctx.article.text.slice(fig.end, fig.end + 30))) return undefined;
  for (const o of figs) {
    if (o.unit !== 'percent' || o.start === fig.start || o.start < sentence.start || o.end > sentence.end) continue;
    const w = shareOf(ctx, sentence, o);
    if (w) return w;
  }
  return undefined;
}

/** The settlement each sentence says a region's area lies around, per context: the same for each figure of a long
 * sentence (each read walked the sentence's mentions). */
const namedAnchors = new WeakMap<ClaimContext, Map<string, LocatedMention | undefined>>();

function namedAnchor(ctx: ClaimContext, sentence: Span, region: IndexedEntry): LocatedMention | undefined {
  let memo = namedAnchors.get(ctx);
  if (!memo) namedAnchors.set(ctx, (memo = new Map()));
  const key = `${sentence.start}:${sentence.end}:${region.id}`;
  if (memo.has(key)) return memo.get(key);
  const named = locatedMentions(ctx, sentence).find(
    (m) =>
      m.entry.kind !== 'country' &&
      m.entry.kind !== 'region' &&
      regionOf(ctx, m.entry)?.id === region.id &&
      AROUND.test(ctx.article.text.slice(Math.max(sentence.start, m.start - 30), m.start)),
  );
  memo.set(key, named);
  return named;
}

/** Where a figure is drawn: a settlement the text says the area lies around, else the region's curated anchor for the
 * side, else the region. */
function anchorFor(ctx: ClaimContext, sentence: Span, region: IndexedEntry, side: string): Extract<IndexedEntry, { lon: number }> | null {
  const anchor = namedAnchor(ctx, sentence, region)?.entry ?? ctx.gazetteer.anchor(region.id, side)?.entry ?? region;
  return anchor.lon === null ? null : (anchor as Extract<IndexedEntry, { lon: number }>);
}
