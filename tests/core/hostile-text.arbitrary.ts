// Generated hostile articles for property tests: pieces that stress the parsers (runs of capitalised names in both
// scripts, look-alike letters, combining marks, zero-width and bidi controls, lone surrogates, lone quotes and
// brackets, numbers with decimal commas and thin spaces, "км²" against digits, nested name lists, dates far from now,
// very long sentences), mixed with sentences the event and claim readers do act on, so their offsets get exercised.
import fc from 'fast-check';

const LATIN_NAMES = ['Pokrovsk', 'Bakhmut', 'Chasiv Yar', 'Kupiansk', 'Sudzha', 'Kursk', 'Toretsk', 'Vuhledar', 'Kherson', 'Sumy'];
const CYRILLIC_NAMES = [
  'Покровськ',
  'Покровск',
  'Курахове',
  'Суджа',
  'Суджу',
  'Плехово',
  'Курської області',
  'Курской области',
  'Донецкой области',
  'Часовоярской громады',
  'Работино',
  'Вольное Поле',
];
const NAMES = [...LATIN_NAMES, ...CYRILLIC_NAMES];

/** Characters that are invisible or reorder text, and lone surrogate halves. */
const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u202a',
  '\u202b',
  '\u202e',
  '\u202c',
  '\u2066',
  '\u2067',
  '\u2069',
];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];
/** Characters outside the Basic Multilingual Plane (two code units each): a cut between them leaves lone halves. */
const ASTRAL = ['🇺🇦', '😀', '𝕂', '𐐷', '👨‍👩‍👧'];
const COMBINING = ['\u0301', '\u0306', '\u0308', '\u0300', '\u20dd'];
const PUNCT = ['"', "'", '«', '»', '„', '“', '”', '‘', '’', '(', ')', '[', ']', '{', '}', '—', '–', '-', ':', ';', '…', '?!', '.', ','];
/** Latin letters and their Cyrillic look-alikes: a name spelt in both at once. */
const LOOKALIKE: Record<string, string> = { a: 'а', o: 'о', e: 'е', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', K: 'К', P: 'Р', B: 'В' };

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);
const capWord = (lower: string, upper: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.string({ unit: pick([...upper]), minLength: 1, maxLength: 1 }), fc.string({ unit: pick([...lower]), maxLength: 9 }))
    .map(([a, b]) => a + b);
const latinCap = capWord('abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const cyrCap = capWord('абвгдежзийклмнопрстуфхцчшщьюяєіїґыэё', 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЮЯЄІЇҐЭ');

/** A run of capitalised words, real names among them, with no sentence end. */
const capsRun = fc.array(fc.oneof(latinCap, cyrCap, pick(NAMES)), { minLength: 3, maxLength: 40 }).map((ws) => ws.join(' '));

/** A real name with look-alike letters from the other script, combining marks or invisible characters inside it. */
const spoiledName = fc
  .tuple(
    pick(NAMES),
    fc.nat(),
    fc.constantFrom<'lookalike' | 'combining' | 'invisible' | 'surrogate'>('lookalike', 'combining', 'invisible', 'surrogate'),
    fc.nat(),
  )
  .map(([name, at, how, k]) => {
    const i = at % (name.length + 1);
    if (how === 'lookalike') return [...name].map((c, j) => (j % 2 === k % 2 ? (LOOKALIKE[c] ?? c) : c)).join('');
    const ins = how === 'combining' ? COMBINING : how === 'invisible' ? INVISIBLE : SURROGATES;
    return name.slice(0, i) + ins[k % ins.length]! + name.slice(i);
  });

const SPACES = [' ', '\u2009', '\u202f', '\u00a0', ''];
/** Figures as reporters write them: decimal commas, thin and no-break spaces as thousands separators, km² stuck on. */
const figure = fc
  .tuple(
    fc.integer({ min: 0, max: 999 }),
    fc.integer({ min: 0, max: 999 }),
    fc.integer({ min: 0, max: 9 }),
    pick(SPACES),
    pick([',', '.', '']),
    fc.nat(99),
  )
  .chain(([a, b, d, sep, dec, big]) =>
    pick([
      `${a}${sep}${String(b).padStart(3, '0')}${dec}${dec ? d : ''}`,
      `${a}${dec || ','}${d}`,
      `${big}${'0'.repeat(big % 25)}`,
      `${a}-${b}`,
      `${a}–${a + b}`,
    ]),
  );
const UNITS = [
  'км²',
  'км2',
  ' км²',
  ' кв. км',
  ' кв км',
  ' квадратных километров',
  ' квадратних кілометрів',
  ' square kilometres',
  ' sq km',
  ' km2',
  'km²',
  '%',
  ' відсотків',
  ' per cent',
  ' square miles',
  ' га',
  ' hectares',
  ' soldiers',
  ' населённых пунктов',
  ' населених пунктів',
  '',
];
const numberRun = fc
  .array(fc.tuple(figure, pick(UNITS)), { minLength: 1, maxLength: 30 })
  .map((fs) => fs.map(([f, u]) => f + u).join(pick1(fs.length)));
function pick1(n: number): string {
  return [' ', ', ', '; ', ' і ', ' и ', ' and ', '\u2009'][n % 7]!;
}

/** Nested lists of names joined with і / и / and, with brackets around some. */
const nameList: fc.Arbitrary<string> = fc.letrec<{ list: string }>((tie) => ({
  list: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(pick(NAMES), spoiledName),
    fc
      .tuple(fc.array(tie('list'), { minLength: 1, maxLength: 5 }), pick([' і ', ' и ', ' and ', ', ', ' та ', ' й ']), fc.boolean())
      .map(([xs, and, bracket]) => {
        const joined = xs.length > 1 ? `${xs.slice(0, -1).join(', ')}${and}${xs.at(-1)}` : xs[0]!;
        return bracket ? `(${joined})` : joined;
      }),
  ),
})).list;

const year = fc.oneof(fc.integer({ min: 1, max: 1900 }), fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 2031, max: 99999 }));
const date = fc
  .tuple(year, fc.integer({ min: 0, max: 40 }), fc.nat(11))
  .chain(([y, d, m]) =>
    pick([
      `on ${d} March ${y}`,
      `in ${y}`,
      `by ${y}`,
      `since ${d} February ${y}`,
      `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      `${d}.${String(m + 1).padStart(2, '0')}.${y}`,
      `у ${['січні', 'лютому', 'березні'][m % 3]} ${y} року`,
      `станом на ${d} ${['січня', 'лютого', 'березня'][m % 3]} ${y} року`,
      `в ${y} году`,
      `на ${d} ${['января', 'февраля', 'марта'][m % 3]} ${y} г.`,
      `as of ${['January', 'February', 'December'][m % 3]} ${d}, ${y}`,
      `between ${y} and ${y + d}`,
      'yesterday',
      'on Monday',
      'last week',
    ]),
  );

/** Sentences the event and claim readers act on, with a generated place list and figure in them. */
const acting = fc
  .tuple(nameList, figure, date, pick(UNITS))
  .chain(([places, fig, when, unit]) =>
    pick([
      `Russian forces captured ${places} ${when}, the defence ministry said.`,
      `Ukrainian troops liberated ${places}, Syrskyi said ${when}.`,
      `Fighting continues near ${places}.`,
      `Ukrainian forces withdrew from ${places} ${when}.`,
      `ЗСУ звільнили ${places} ${when}, повідомив Генштаб.`,
      `ВС РФ освободили ${places}, сообщило Минобороны ${when}.`,
      `Бої тривають поблизу ${places}.`,
      `Ukraine controls ${fig}${unit} of the Kursk region ${when}, Zelensky said.`,
      `Russia occupies about ${fig}${unit} of Ukraine ${when}.`,
      `ЗСУ контролюють ${fig}${unit} Курської області ${when}.`,
      `Российские войска заняли ${fig}${unit} ${when} в районе ${places}.`,
      `Russian troops occupy about ${fig}% of ${places}.`,
      `Ukraine has lost ${fig}% of the territory it seized in ${places} ${when}.`,
      `${fig} North Korean troops were killed near ${places} ${when}.`,
      `Troops were flown from ${places} to Kursk ${when}.`,
      `Zelensky said ${when} that Ukraine controls ${fig}${unit}.`,
      `Российские войска ${when} контролируют ${fig}${unit}.`,
    ]),
  );

/** A clause that ends at its figure, with no full stop. */
const figureLast = fc
  .tuple(pick(['Ukraine controls', 'Russian troops killed', 'ЗСУ контролюють', 'Россия заняла', 'Ukraine has lost']), figure, pick(UNITS))
  .map(([s, f, u]) => `${s} ${f}${u}`);
const astralRun = fc.array(pick(ASTRAL), { minLength: 1, maxLength: 100 }).map((xs) => xs.join(''));

const piece = fc.oneof(
  { arbitrary: acting, weight: 6 },
  { arbitrary: capsRun, weight: 2 },
  { arbitrary: spoiledName, weight: 2 },
  { arbitrary: numberRun, weight: 2 },
  { arbitrary: nameList, weight: 2 },
  { arbitrary: date, weight: 2 },
  { arbitrary: pick(PUNCT), weight: 2 },
  { arbitrary: pick([...INVISIBLE, ...SURROGATES, ...COMBINING]), weight: 1 },
  { arbitrary: astralRun, weight: 1 },
  // a sentence run on into emoji: its quote is cut somewhere in them
  {
    arbitrary: fc.tuple(figureLast, fc.array(pick(ASTRAL), { minLength: 100, maxLength: 200 })).map(([s, a]) => `${s} ${a.join('')}`),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
);
const SEPARATORS = [' ', ' ', ' ', '. ', ', ', '\n', '\n\n', '', ' — ', '\n- ', ':\n'];

/** One hostile article's text: a few dozen pieces, separated by spaces, full stops, line breaks or nothing. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, pick(SEPARATORS)), { minLength: 1, maxLength: 40 })
  .map((ps) => ps.map(([p, s]) => p + s).join(''));

/** One very long sentence: many acting clauses and lists joined by commas and conjunctions, with no full stop. */
export const longSentence: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      acting.map((s) => s.replace(/[.!?]+$/u, '')),
      nameList,
      numberRun,
      capsRun,
      pick(ASTRAL),
    ),
    {
      minLength: 40,
      maxLength: 120,
    },
  )
  .map((ps) => ps.join(', and ') + '.');

/** A publication date anywhere from long ago to far ahead, as YYYY-MM-DD. */
export const published: fc.Arbitrary<string> = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
