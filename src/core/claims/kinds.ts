// What an area figure says about the ground, from the words nearest it in its clause: held now, held at the peak,
// lost, retaken, gained over a period, or contested. General verb stems and phrases in English, Ukrainian and Russian.
import type { AreaKind } from '../schema.ts';
import { NUMBER_WORD_PATTERN } from './number-words.ts';
import { keptForLong, type LongTextMemo } from './long-text-memo.ts';

export type FigureKind = AreaKind | 'share-lost' | 'share-held';

const P = (source: string): RegExp => new RegExp(source, 'giu');

/** The verbs of liberating and their nouns and participles, the word either side uses for ground it takes back or
 * takes: "liberated", "freed"; Ukrainian "звільнили" and its synonym "визволили" ("визволено", "визволення");
 * Russian "освободили". Claims read them as retaking (MARKERS) and ask who liberated (liberated.ts). */
const LIBERATING_EN = String.raw`liberat\p{L}*|freed(?!\p{L})|freeing`;
const LIBERATING_CYR = String.raw`звільн\p{L}*|визвол\p{L}*|освобо[дж]\p{L}*`;
export const LIBERATING_STEMS = `${LIBERATING_EN}|${LIBERATING_CYR}`;

export type Marker = 'held' | 'peak' | 'lost' | 'retaken' | 'gained' | 'advanced' | 'contested' | 'ground';

const MARKERS: [Marker, RegExp][] = [
  [
    'contested',
    P(
      String.raw`\b(?:(?:area|size)\sof\s(?:the\s)?(?:fighting|hostilities|combat)|contested|disputed|grey\s?zone|gray\s?zone|no[-\s]man['’]s[-\s]land|unclear\swho|not\sclear\swho|neither\sside|under\sdispute|unknown\scontrol|search[-\s]and[-\s](?:strike|destroy)|(?:attack|strike)[-\s]and[-\ssearch])\b|(?<!\p{L})(?:площ\p{L}*\s(?:боевых\sдействий|бойових\sдій|боїв|боев)|(?:ударно-пошуков|пошуково-ударн|поисково-ударн|ударно-поисков)\p{L}*|сір\p{L}*\sзон\p{L}*|спірн\p{L}*|невідомо,?\sхто|нічийн\p{L}*|сер\p{L}*\sзон\p{L}*|спорн\p{L}*|оспарива\p{L}*|неизвестно,?\sкто|ничейн\p{L}*)`,
    ),
  ],
  [
    'peak',
    P(
      String.raw`\b(?:at\s(?:its|the|their|our)\s(?:peak|height|maximum|greatest\sextent|furthest)|at\s(?:the\s)?most,?\s(?=we|they|it|ukrain|russia|kyiv|the)|at\sbest|at\s(?:its|their)\slargest|once\s(?:had|held|controlled|occupied|seized|captured)|had\s(?:(?:once|at\sone\spoint|previously|earlier)\s)?(?:held|controlled|occupied)|peak(?:ed)?|maximum|largest\sextent|greatest\sextent|at\sone\s(?:point|stage|time)|(?:initially|originally|at\sfirst)(?!\s(?:hoped|expected|planned|thought|believed|intended|anticipated|assumed|envisaged|feared|promised)\b)|at\sthe\s(?:start|beginning|outset)(?!\sof\s(?:january|february|march|april|may|june|july|august|september|october|november|december|the\s(?:year|month|week)|\d)))\b|(?<!\p{L})(?:максимальн\p{L}*|максимум\p{L}*|на\sпіку|на\sпике|найбільше|наибольше|(?:найбільш|наибольш)\p{L}*\s(?:площ\p{L}*|територі[яїюй]|территори[яиюй])|у\sрозпал\p{L}*|в\sразгар\p{L}*|пік\p{L}*|пик\p{L}*|в\sлучшем\sслучае|в\sлучшие\sвремена|в\sлучший\sмомент|[ув]\sкращі\sчаси|[ув]\sнайкращі\sчаси|у\sкращому\s(?:разі|випадку)|в\sнайкращому\s(?:разі|випадку)|щонайбільше|[ув]\s(?:какой-то|какой-либо|один|определённый|определенный)\sмомент|[ув]\s(?:якийсь|певний|один)\sмомент|свого\sчасу|в\sсвоё\sвремя|в\sсвое\sвремя|изначально|первоначально|спочатку|спершу|сначала|(?:в\sначале|на\sпочатку)(?!\s(?:(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|січн|лют|берез|квітн|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн|год|року|месяц|місяц|недел|тижн)\p{L}*|\d)))(?!\p{L})`,
    ),
  ],
  [
    'retaken',
    P(
      String.raw`\b(?:(?:retak\p{L}*|retook|recaptur\p{L}*|regain\p{L}*|restor\p{L}*|re-?establish\p{L}*)\s(?:full\s)?control|(?:brought|bring|brings|bringing)\sback\sunder\s(?:\[?[\p{L}'’]+\]?\s)?control|cleared\sof|(?:pushed|drove|driven|forced|ousted)\s(?:(?!been\b)[\p{L}'’-]+\s){1,3}out\sof|expelled\s(?:[\p{L}'’-]+\s){1,3}from|regain\p{L}*\s(?:full\s)?control|retook|retaken|retake|retaking|recaptur\p{L}*|${LIBERATING_EN}|regain\p{L}*|reclaim\p{L}*|recover(?:ed|ing|s)?|won\sback|win\sback|winning\sback|taken\sback|took\sback|clawed\sback|claw\sback|de-?occup\p{L}*)\b|(?<!\p{L})(?:(?:віднов\p{L}*|восстан[ао]в\p{L}*|(?:по)?вернул\p{L}*|(?:по)?верну[вт]\p{L}*)\s(?:\p{L}+\s)?контрол\p{L}*|(?:очищен\p{L}*|очистил\p{L}*|очищ[еа]\p{L}*)\s(?:\p{L}+\s){0,2}?(?:от|від)|выбили|вытеснили|выдавили|вибили|витіснили|відтіснили|(?:от|від)би(?:ть|ти|то|тий|та|ты)|${LIBERATING_CYR}|відвою\p{L}*|відбил\p{L}*|деокуп\p{L}*|отвоева\p{L}*|отвою\p{L}*|отбил\p{L}*|вернул\p{L}*\sпод\sконтроль|повернул\p{L}*\sпід\sконтроль|(?:вернул|повернул|возвра[тщ]|поверта|поверну)\p{L}*\s(?:\p{L}+\s){0,2}?(?:под|під)\s(?:(?:свой|свій|свою|своєю|своим)\s)?контрол\p{L}*|вернул\p{L}*\s(?:себе|назад)|повернул\p{L}*\s(?:собі|назад)|зачист\p{L}*|деоккуп\p{L}*|(?:по)?верну(?:л[аио]?|в|ти|ть)(?!\p{L})|возвратил[аио]?(?!\p{L})|возвращен\p{L}*|повернут[оіа]?(?!\p{L}))`,
    ),
  ],
  [
    'lost',
    P(
      String.raw`\b(?:(?:been|were|was)\s(?:pushed|driven|forced)\sout\sof|(?:lost|lose|loses|losing)\s(?:[\p{L}-]+\s)?control|lost|lose|loses|losing|ceded|cede|gave\sup|given\sup|surrendered|abandoned)\b|(?<!\p{L})(?:(?:втрат|потер|утрат)\p{L}*\s(?:\p{L}+\s)?контрол\p{L}*|втрат\p{L}*|віддал\p{L}*|потерял\p{L}*|потеря\p{L}*|утрат\p{L}*|утратил\p{L}*|сдал[иао]?)(?!\p{L})`,
    ),
  ],
  [
    'advanced',
    P(
      String.raw`\b(?:gained|gaining|gains?|advanced|advancing|advances|(?<!in\s)advance(?!\s(?:of|notice|warning))|territorial\s(?:conquests|achievements|gains))\b|(?<!\p{L})(?:(?:територіальн|территориальн)\p{L}*\s(?:досягнен|достижени|завоюван|завоевани|успіх|успех)\p{L}*|(?:приріст|приросту|прирост|прироста)\s(?:\p{L}+\s)?(?:окупован|оккупирован|захоплен|захваченн|зайнят|занят)\p{L}*|просунул\p{L}*|просува\p{L}*|продвинул\p{L}*|продвига\p{L}*|продвижени\p{L}*|просування|здобут(?:ок|ки|ків|ками)|приріст|приросту|прирост|прироста|завоевани[яйе]|завоювань)`,
    ),
  ],
  [
    'gained',
    P(
      String.raw`\b(?:tak(?:ing|es?)\scontrol|conquer(?:ed|ing|s)?|captured|capturing|seized|seizing|took(?:\scontrol)?|taken(?:\scontrol)?|overran|overrun|brought\sunder\s\p{L}+\scontrol|(?:came|come|comes|coming|fell|fallen|went|go|goes|going|gone)\sunder\s(?:the\s)?(?:[\p{L}'’]+\s)?control)\b|(?<!\p{L})(?:захопил\p{L}*|захопле\p{L}*|захопити|захопив|захватил\p{L}*|захвач\p{L}*|захватить|захватывать|зайнял\p{L}*|зайняв|зайняти|занял[иао]?|занять|окупувати|оккупировать|(?:перейшл[оаи]?|перейшов|перешл[оаи]?|перешёл|перешел|перейти|перейде|перейдут)\s(?:під|под)\s(?:\p{L}+\s)?контроль|(?:під|под)\s(?:(?:наш|свій|свой|їхній|их)\s)?контроль\s(?:\p{L}+\s){0,2}(?:перейшл[оаи]?|перейшов|перешл[оаи]?|перешёл|перешел)|(?:взял\p{L}*|взят\p{L}*|узял\p{L}*|взяв\p{L}*|узяв\p{L}*|встановил\p{L}*|установил\p{L}*)\s(?:під\s|под\s)?(?:(?:свій|свой|свою|наш|свои|свої)\s)?контрол\p{L}*|(?:перехід|переход)\p{L}*\s(?:під|под)\s(?:\p{L}+\s)?контрол\p{L}*)(?!\p{L})`,
    ),
  ],
  [
    'held',
    P(
      String.raw`\b(?:hold|holds|held|holding|control|controls|controlled|controlling|occup\p{L}*|under\s\p{L}+\scontrol)\b|(?<!\p{L})(?:(?:під|под)\s(?:\p{L}+\s){0,2}?(?:владою|властью)(?!\p{L})|(?:під|под)?контрол\p{L}*|утриму\p{L}*|удержива\p{L}*|трима\p{L}*|держ\p{L}*|окуп\p{L}*|оккуп\p{L}*|займа\p{L}*)`,
    ),
  ],
  // Nouns of ground: they make a figure an area held only when no verb above speaks of it.
  ['ground', P(String.raw`\b(?:territory|land|ground)\b|(?<!\p{L})(?:територі\p{L}*|территори\p{L}*|земл\p{L}*)`)],
];

/** The markers of a change of hands, whose prepositional object may name holding ("від окупації", "под свой контроль"). */
const CHANGES: ReadonlySet<Marker> = new Set(['retaken', 'gained', 'lost']);

/** Between a verb of change and a word of holding it governs: a preposition of source or goal and at most two words
 * ("від ", " из-под российской ", " под свой "). */
const GOVERNED = /^\s(?:від|од|от|із-під|з-під|из-под|під|под|from|under)\s(?:[\p{L}'’ʼ-]+\s){0,2}$/iu;

/** A marker's last word when it is GOVERNED's preposition: "очищено від", "очистили от". */
const PREPOSITION_AT_END = /\s(?:від|од|от|from)$/iu;

/** A pluperfect of holding ("had occupied", "had held"): a peak, unless a date it was reached by sets its time. */
const PLUPERFECT = /^had\s/iu;

/** "By 1 September", "by the end of August", "by mid-October": the time a state had been reached by. */
const BY_DATE =
  /\bby\s(?:(?:the\s)?(?:end|middle|start|beginning)\sof\s|mid-?|early\s|late\s)?(?:\d{1,2}\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s\d{1,2}\b)?/iu;

/** Words for the time of writing: a figure after them is the current one. */
export const NOW =
  /\b(?:now|currently|today|at present|as of now)\b|(?<!\p{L})(?:сейчас|теперь|ныне|на\sданный\sмомент|на\sсегодня|зараз|тепер|нині|наразі|на\sсьогодні|станом\sна\sзараз)(?!\p{L})/iu;

/** A word for now shortly before a figure, with nothing but its verb and qualifiers between: "now controls about". */
const NOW_BEFORE = new RegExp(`(?:${NOW.source})(?:\\s+[\\p{L}-]+){0,3}\\s*$`, 'iu');

/** Whether a clause speaks of a peak ("at the peak of its invasion, its forces controlled about 100 villages"). */
export function speaksOfPeak(clause: string): boolean {
  return keptForLong(PEAK_SPOKEN, clause, (c) => {
    const re = MARKERS.find(([m]) => m === 'peak')![1];
    re.lastIndex = 0;
    return re.test(c);
  });
}

/** `speaksOfPeak`'s answers for long clauses (read for each count of one). */
const PEAK_SPOKEN: LongTextMemo<boolean> = new Map();

/** A counted span: a number (digits, a decimal, a number word) of days, weeks, months or years after "за" or "in",
 * "over", "within": "за 7,5 месяцев", "за три роки", "за 1010 дней", "in two weeks", "over 10 days". */
const COUNTED_SPAN = String.raw`(?<!\p{L})(?:за|in|over|within)\s(?:(?:почти|майже|около|близько|about|almost|nearly|some)\s)?(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\sfew|${NUMBER_WORD_PATTERN})\s(?:(?:full|полных|повних|календарн\p{L}*)\s)?(?:days?|weeks?|months?|years?|дн(?:і|ів|я|ей)|доб\p{L}*|сут\p{L}*|тижн\p{L}*|недел\p{L}*|місяц\p{L}*|месяц\p{L}*|рок(?:и|ів)|років|рік|год(?:а|ы)?|лет)(?!\p{L})`;

/** A duration the figure is counted over: "since August", "over the past month", "in the first week", "за тиждень",
 * "с начала года", and a counted one, "за 7,5 месяцев", "за два тижні", "за 1010 дней", "in three months", "over 10
 * days" (the number of units is what makes it a span). A bare date ("captured 1,000 km² in August") is not one: that
 * is the area held then. */
const OVER_A_PERIOD = new RegExp(
  String.raw`\b(?:since|over\sthe|during|in\sthe\s(?:past|last|first)|within|so\sfar\sthis|this\s(?:year|month|week)|per\s(?:day|week|month))\b|(?<!\p{L})(?:за\s(?:останн|минул|перш|прошл|прошедш|минувш|последн|тиждень|місяць|рік|неделю|месяц|год|сутки|добу)\p{L}*|(?:з|із)\sпочатку|с\sначала|протягом|в\sтечение|у\sході|в\sходе|відтоді|с\sтех\sпор)|${COUNTED_SPAN}`,
  'iu',
);

/** Peak words that make no share a peak: a share at the start ("At the beginning of the war … controlled about 30
 * percent of the region") is the share held then, "найбільше" before a share is the most of something else ("Найбільше
 * втрат … 69% окупованих територій"), and "at best" is a bound. */
const NO_SHARE_PEAK =
  /^(?:initially|originally|at\sfirst|at\sthe\s(?:start|beginning|outset)|at\sbest|at\sone\s\p{L}+|изначально|первоначально|спочатку|спершу|сначала|в\sначале|на\sпочатку|найбільше|наибольше|щонайбільше|в\sлучшем\sслучае|у\sкращому\s\p{L}+|в\sнайкращому\s\p{L}+|[ув]\s(?:какой-то|какой-либо|один|определённый|определенный|якийсь|певний)\sмомент)$/iu;

/** Whether the clause's peak marker belongs to the figure at [figStart, figEnd): not a pluperfect a date sets the time
 * of, not one with a word for now or another figure between them. `clauseFigs` may hold the figure itself: only one
 * strictly between the two is asked for. */
function peakHere(
  clause: string,
  figStart: number,
  figEnd: number,
  found: ReadonlyMap<Marker, string>,
  clauseFigs: readonly { start: number; end: number }[],
  before: string,
): boolean {
  const marker = found.get('peak');
  if (marker === undefined || (PLUPERFECT.test(marker) && (BY_DATE.test(clause) || BY_DATE.test(before)))) return false;
  const at = clause.indexOf(marker);
  const between = at < figStart ? clause.slice(at, figStart) : clause.slice(figEnd, at);
  const [lo, hi] = at < figStart ? [at, figStart] : [figEnd, at];
  const otherBetween = clauseFigs.some((o) => o.start >= lo && o.end <= hi);
  const nowBefore = NOW_BEFORE.test(clause.slice(Math.max(0, figStart - 40), figStart));
  return !NOW.test(between) && !otherBetween && !nowBefore;
}

/** A clause's markers of MARKERS (their order: MARKERS' rows, each in text order), none part of a longer one: what
 * `figureKind` reads of the clause whatever its figure. */
export interface ClauseMarkers {
  marks: { marker: Marker; start: number; end: number; text: string }[];
  /** Whether the clause counts over a period (OVER_A_PERIOD), once asked. */
  overPeriod?: boolean;
}

/** The markers of `clause`. Made once per clause and passed to `figureKind` for each of its figures: read per figure,
 * a clause of many figures and markers was cubic (round 48, bench/HISTORY.md). */
export function clauseMarkers(clause: string): ClauseMarkers {
  const all: { marker: Marker; m: RegExpExecArray }[] = [];
  for (const [marker, re] of MARKERS) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) all.push({ marker, m });
  }
  // A marker inside a longer one of another kind is part of it: "control" in "regained control", "вернула под свой контроль".
  const within = (a: RegExpExecArray, b: RegExpExecArray): boolean =>
    b !== a && b.index <= a.index && b.index + b[0].length >= a.index + a[0].length && b[0].length > a[0].length;
  // So is a word of holding that a verb of change governs through a preposition: "звільнити від окупантів", "освободили
  // из-под российской оккупации", "вернуть под свой контроль" name what the change ends or brings, not ground held.
  // The verb's marker may end on the preposition itself ("очистили від окупантів"): it is read from there.
  const governed = (a: RegExpExecArray, b: RegExpExecArray): boolean => {
    const end = b.index + b[0].length;
    const from = end - (PREPOSITION_AT_END.exec(b[0])?.[0].length ?? 0);
    return end <= a.index && GOVERNED.test(clause.slice(from, a.index));
  };
  const partOf = (x: { marker: Marker; m: RegExpExecArray }): boolean =>
    all.some((y) => y.marker !== x.marker && (within(x.m, y.m) || (x.marker === 'held' && CHANGES.has(y.marker) && governed(x.m, y.m))));
  return {
    marks: all.filter((x) => !partOf(x)).map(({ marker, m }) => ({ marker, start: m.index, end: m.index + m[0].length, text: m[0] })),
  };
}

/** `clauseMarkers` of the clauses of `text` by their span, each read once for all the figures asked of it. */
export function clauseMarkersBySpan(text: string): (cs: number, ce: number) => ClauseMarkers {
  const read = new Map<string, ClauseMarkers>();
  return (cs, ce) => {
    let marks = read.get(`${cs}:${ce}`);
    if (!marks) read.set(`${cs}:${ce}`, (marks = clauseMarkers(text.slice(cs, ce))));
    return marks;
  };
}

/** The kind of the figure at [figStart, figEnd) of `clause` (offsets within it); null if the clause says nothing
 * about ground. A peak or contested marker anywhere in the clause decides ("At its height, Ukraine controlled 1,376
 * km²"); otherwise the marker nearest the figure. A percentage is only a `share-lost` (lost or retaken). `read` is the
 * clause's markers, if the caller keeps them for the clause's other figures; `clauseFigs` the clause's figures, which
 * may hold this one (peakHere asks only for one between it and the marker). */
export function figureKind(
  clause: string,
  figStart: number,
  figEnd: number,
  isShare: boolean,
  before = '',
  clauseFigs: readonly { start: number; end: number }[] = [],
  read: ClauseMarkers = clauseMarkers(clause),
): { kind: FigureKind; marker: string; by: Marker } | null {
  let nearest: { marker: Marker; text: string; gap: number } | null = null;
  const found = new Map<Marker, string>();
  for (const { marker, start: s, end: e, text } of read.marks) {
    if (s < figEnd && e > figStart) continue; // inside the figure ("at most 1,000 km²" is a qualifier)
    if (!found.has(marker)) found.set(marker, text);
    const gap = e <= figStart ? figStart - e : s - figEnd;
    if (marker === 'ground') continue;
    if (!nearest || gap < nearest.gap) nearest = { marker, text, gap }; // ties: the earlier row of MARKERS
  }
  if (!nearest && found.has('ground')) nearest = { marker: 'held', text: found.get('ground')!, gap: 0 };
  if (!nearest) return null;
  // A share held or taken ("occupy about 20 % of Pokrovsk") counts only as a share of a place named right after it: the
  // extractor checks that.
  // A share at a peak ("its peak of nearly 25%", "control peaked at 22 per cent") is the most of the place ever held.
  if (
    isShare &&
    nearest.marker !== 'lost' &&
    nearest.marker !== 'retaken' &&
    !NO_SHARE_PEAK.test(found.get('peak') ?? '') &&
    peakHere(clause, figStart, figEnd, found, clauseFigs, before)
  )
    return { kind: 'area-held-peak', marker: found.get('peak')!, by: 'peak' };
  if (isShare)
    return nearest.marker === 'lost' || nearest.marker === 'retaken'
      ? { kind: 'share-lost', marker: nearest.text, by: nearest.marker }
      : nearest.marker === 'held' || nearest.marker === 'gained'
        ? { kind: 'share-held', marker: nearest.text, by: nearest.marker }
        : null;
  if (found.has('contested')) return { kind: 'area-contested', marker: found.get('contested')!, by: 'contested' };
  // A peak marker dates the figures up to a word for now ("В лучшие времена … до 1300 кв. км, сейчас — около 800").
  // A peak marker belongs to the figure it stands by: not to one with another figure between them ("now controls 300
  // km², down from 1,300 km² at its peak"), nor to one a word for now introduces.
  if (peakHere(clause, figStart, figEnd, found, clauseFigs, before))
    return { kind: 'area-held-peak', marker: found.get('peak')!, by: 'peak' };
  const { marker, text } = nearest;
  switch (marker) {
    case 'lost':
      return { kind: 'area-lost', marker: text, by: marker };
    case 'retaken':
      return { kind: 'area-retaken', marker: text, by: marker };
    case 'advanced':
      return { kind: 'area-gained', marker: text, by: marker };
    case 'gained':
      // The period may be given just before: "За останню добу … просунулися. «Взято контроль над 40 км²»".
      read.overPeriod ??= OVER_A_PERIOD.test(clause);
      return { kind: read.overPeriod || OVER_A_PERIOD.test(before) ? 'area-gained' : 'area-held', marker: text, by: marker };
    default:
      return { kind: 'area-held', marker: text, by: marker };
  }
}
