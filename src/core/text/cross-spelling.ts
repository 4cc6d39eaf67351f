// Cross-language spellings of a toponym: Ukrainian copy writes Russian villages in Ukrainian orthography ("Вікторовка"
// for Викторовка, "Новеньке" for Новенькое) and Russian copy writes Ukrainian villages in Russian orthography
// ("Писаревка" for Писарівка, "Сумы" for Суми). The rules follow the regular letter and ending correspondences of the
// two orthographies: и/і/ы, е/є/э, ё, ї, ґ, the apostrophe and the soft sign, and the adjective endings
// (-ый/-ий, -ая/-а, -ое/-е, -ские/-ські), -ск/-ськ, and the suffix -овка/-евка/-івка. They give the base (nominative)
// forms only; declension.ts declines them. Irregular names (Николаевка / Миколаївка) are not derivable by rule and
// stay the curated aliases' business.
import type { Lang } from './declension.ts';

const VOWELS = 'аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
const VELAR_HUSH = /[кгхжшщчц]$/;

/** The Russian nominative written in Ukrainian orthography: 'Викторовка' → 'вікторовка', 'вікторівка'. */
export function ruToUk(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  // Russian и is Ukrainian і in most transcribed names (Вікторовка, Теткіно) and и in shared roots (Мирний, Нижній).
  // Some outlets also write Russian е after a consonant as є (Бєлгород, Плєхово).
  return [
    ...new Set(
      (
        [
          [true, false],
          [false, false],
          [true, true],
        ] as const
      ).flatMap(([toI, toYe]) => combine(words.map((w) => ruWordToUk(w, toI, toYe)))),
    ),
  ];
}

/** The Ukrainian nominative written in Russian orthography: 'Писарівка' → 'писаровка', 'писаревка'. */
export function ukToRu(name: string): string[] {
  const own = ukToRuSpelled(name);
  // Russian copy translates the colour червоний as красный in many such names and keeps it in others: both, each with
  // its full share of readings (Червоний Маяк → Красный Маяк, Червоногригорівка → Красногригорьевка, Червоне → Красное).
  const translated = name.toLowerCase().replace(RED_ROOT, '$1красн');
  return translated === name.toLowerCase() ? own : [...new Set([...own, ...ukToRuSpelled(translated)])];
}

/** The colour's root at the start of a word or after a compound's linking vowel or hyphen. */
const RED_ROOT = /(^|[\sоеь-])червон/g;

function ukToRuSpelled(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  // Ukrainian и is Russian и (Великая, Писаревка) or, after a hard consonant, ы (Рыльск, Сумы, Мартыновка).
  // A word before the last in the plural adjective ending (-і: Великі, Вовчанські) makes the last word a plural noun.
  const pluralBefore = words.length > 1 && /[^аеєиіїоуюяь]і$/.test(words[words.length - 2]!);
  // A last word after a feminine adjective (-а: Нова Козача) may be a feminine adjective itself, as a one-word name may.
  const feminineBefore = words.length > 1 && /[^аеєиіїоуюяь]а$/.test(words[words.length - 2]!);
  const spelled = combine(
    words.map((w, i) => [
      ...new Set([false, true].flatMap((hard) => ukWordToRu(w, i === words.length - 1, words.length, hard, pluralBefore, feminineBefore))),
    ]),
  );
  // Appended, so they take no room from the spellings above (combine keeps MAX).
  return [...new Set([...spelled, ...spelled.flatMap(russianOnlyEndings)])];
}

/** Spellings only Russian's own adjectives have: a root's adjective before a noun with the stressed -ой (Сухий Яр →
 * Сухой Яр, Крутий Яр → Крутой Яр; the -ов-/-ев- suffix takes it above), and an -ск- adjective after a vowel with the
 * root's с that Ukrainian merged into the suffix (Черкаські Тишки → Черкасские Тишки, Одеське → Одесское). */
function russianOnlyEndings(spelled: string): string[] {
  const words = spelled.split(' ');
  const out: string[] = [];
  const stressed = words.map((w, i) =>
    i < words.length - 1 && /[^аеиоуыэюя](ый|ий)$/.test(w) && !/[сц]кий$/.test(w) ? `${w.slice(0, -2)}ой` : w,
  );
  if (stressed.some((w, i) => w !== words[i])) out.push(stressed.join(' '));
  const rootS = words.map((w) => w.replace(/(?<=[аеиоуыэюя])(?=ск(ий|ая|ое|ие)$)/, 'с'));
  if (rootS.some((w, i) => w !== words[i])) out.push(rootS.join(' '));
  return out;
}

/** Cross spellings of a nominative written in `from` (what the other language's press writes). */
export function crossSpellings(name: string, from: Lang): string[] {
  const own = name.toLowerCase();
  return (from === 'ru' ? ruToUk(name) : ukToRu(name)).filter((s) => s !== own);
}

const MAX = 4;
function combine(per: string[][]): string[] {
  let out = [''];
  for (const alts of per) {
    out = out.flatMap((p) => alts.map((a) => (p ? `${p} ${a}` : a)));
    if (out.length > MAX) out = out.slice(0, MAX);
  }
  return [...new Set(out)];
}

function mapHyphenated(w: string, f: (part: string, last: boolean) => string[]): string[] {
  const parts = w.split('-');
  let out = [''];
  parts.forEach((part, i) => {
    const alts = f(part, i === parts.length - 1);
    out = out.flatMap((p) => alts.map((a) => (i === 0 ? a : `${p}-${a}`)));
    if (out.length > MAX) out = out.slice(0, MAX);
  });
  return out;
}

function ruWordToUk(word: string, toI: boolean, toYe: boolean): string[] {
  return mapHyphenated(word, (w) => {
    const ordinal = RU_ORDINALS[w];
    if (ordinal) return [ordinal];
    // Adjective endings (an adjective anywhere, or a one-word name in an adjective ending: Новенькое, Мирный).
    let stem = w;
    let end = '';
    const adj = /(ский|цкий|ская|цкая|ское|цкое|ские|цкие|ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.exec(w);
    if (adj && w.length > adj[1]!.length + 2) {
      stem = w.slice(0, -adj[1]!.length);
      const e = adj[1]!;
      end =
        e === 'ский' || e === 'цкий'
          ? `${e[0]}ький`
          : e === 'ская' || e === 'цкая'
            ? `${e[0]}ька`
            : e === 'ское' || e === 'цкое'
              ? `${e[0]}ьке`
              : e === 'ские' || e === 'цкие'
                ? `${e[0]}ькі`
                : (
                    {
                      ый: 'ий',
                      ий: VELAR_HUSH.test(stem) ? 'ий' : 'ій',
                      ой: 'ий',
                      ая: 'а',
                      яя: 'я',
                      ое: 'е',
                      // After ж, ш, ч, щ Russian spells the hard neuter ending -ее (Хорошее): Ukrainian -е (Хороше).
                      ее: /[жшчщ]$/.test(stem) ? 'е' : 'є',
                      ые: 'і',
                      ие: 'і',
                    } as const
                  )[e as 'ый'];
    }
    const letters = ruLettersToUk(stem, toI, toYe);
    const out = [letters + end];
    // Nouns in -ск/-цк: Курск → Курськ, Рыльск → Рильськ.
    if (!end && /[сц]к$/.test(letters)) out[0] = letters.slice(0, -1) + 'ьк';
    // The suffix -овка/-евка is Ukrainianised as -івка/-ївка by much of the press ("Вікторівка").
    const ivka = /^(.*?)([оеє])вка$/.exec(out[0]!);
    if (ivka) out.push(ivka[1]! + (isVowel(ivka[1]!.slice(-1)) || ivka[2] === 'є' ? 'ївка' : 'івка'));
    return out;
  });
}

/** Letter by letter, Russian to Ukrainian: и → і (ї after a vowel), ы → и, э → е, е → є after a vowel or at the
 * start, ё → ьо/йо, ъ and a separating ь → apostrophe. */
function ruLettersToUk(s: string, toI: boolean, toYe: boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const prev = s[i - 1];
    const next = s[i + 1];
    const afterVowel = i === 0 || isVowel(prev) || prev === 'ь' || prev === 'ъ';
    switch (c) {
      case 'и':
        out += prev === 'ь' || isVowel(prev) ? 'ї' : toI ? 'і' : 'и';
        break;
      case 'ы':
        out += 'и';
        break;
      case 'э':
        out += 'е';
        break;
      case 'е':
        out += afterVowel || toYe ? 'є' : 'е';
        break;
      case 'ё':
        out += afterVowel ? 'йо' : 'ьо';
        break;
      case 'ъ':
        out += '’';
        break;
      case 'ь':
        // Separating soft sign before a vowel: Дарьино → Дар'їно, Грайворонье → …
        out += next && 'еёиюя'.includes(next) ? '’' : 'ь';
        break;
      default:
        out += c;
    }
  }
  return out;
}

function ukWordToRu(word: string, last: boolean, count: number, hard: boolean, pluralBefore = false, feminineBefore = false): string[] {
  return mapHyphenated(word, (w, lastPart) => {
    const final = last && lastPart;
    // Ordinal numerals are words of their own in each language: Лиман Перший → Лиман Первый, Лозова Друга → Лозовая Вторая.
    const ordinal = UK_ORDINALS[w];
    if (ordinal) return [ordinal];
    // Prothetic в- before a word-initial у (вузол/узел, Вугледар/Угледар): Куп’янськ-Вузловий → Купянск-Узловой.
    w = w.replace(/^ву(?=[бвгґджзклмнпрстфхцчшщ])/, 'у');
    let stem = w;
    let end = '';
    const adj = /(ський|цький|зький|ська|цька|зька|ське|цьке|зьке|ські|цькі|зькі|ий|ій)$/.exec(w);
    // -зьк- is -ськ- after a stem's г, ж or з (Запоріжжя → Запорізький, Кривий Ріг → Криворізький, Харцизьк →
    // Харцизький): Russian keeps that consonant before -ск- (Запорожский, Криворожский, Харцызский), so the з stays in
    // the stem and is read both ways below.
    const zAdjective = !!adj && adj[1]!.startsWith('зьк');
    // Feminine/neuter/plural adjective endings in -а/-е/-і only before a noun (Велика Писарівка) or in -ське/-ька.
    // A noun in -івка/-ївка is none (Новоселівка Перша → Новоселовка Первая, not an adjective before the ordinal).
    const shortAdj = !adj && !final && !/[ії]вка$/.test(w) && /[^аеєиіїоуюяь](а|я|е|і)$/.exec(w);
    // A one-word name in -е after a consonant is a neuter adjective (Мирне, Калинове, Нововодяне) or a noun (Гуляйполе).
    const neuter = !adj && final && count === 1 && /[^аеєиіїоуюяь]е$/.test(w) ? /е$/.exec(w) : null;
    // A one-word name in -на/-ва/-ча/-жа may be a feminine adjective (Пильна → Пыльная, Лозова → Лозовая) as well as a
    // noun (Калина, Суджа): the adjective's Russian ending is offered beside the noun's.
    const feminine = !adj && final && (count === 1 || feminineBefore) && w.length >= 5 && /[нвчж]а$/.test(w);
    const softNeuter = !adj && !neuter && final && count === 1 && /нє$/.test(w);
    if (adj && w.length > adj[1]!.length + 2) {
      stem = w.slice(0, zAdjective ? 1 - adj[1]!.length : -adj[1]!.length);
      const e = adj[1]!;
      end = /^(с|ц|з)ьк/.test(e)
        ? `${zAdjective ? 'с' : e[0]}к${({ ий: 'ий', а: 'ая', е: 'ое', і: 'ие' } as const)[e.slice(3) as 'ий']}`
        : e === 'ій'
          ? 'ий'
          : VELAR_HUSH.test(stem)
            ? 'ий'
            : 'ый';
    } else if (shortAdj) {
      stem = w.slice(0, -1);
      const hush = VELAR_HUSH.test(stem);
      end = ({ а: 'ая', я: 'яя', е: 'ое', і: hush ? 'ие' : 'ые' } as const)[shortAdj[1] as 'а'];
    } else if (neuter) {
      // Новеньке → Новенькое: a one-word name in the neuter adjective ending.
      stem = w.slice(0, -1);
      end = 'ое';
    } else if (softNeuter) {
      // Дальнє → Дальнее, Верхнє → Верхнее: the soft neuter ending.
      stem = w.slice(0, -1);
      end = 'ее';
    }
    // Personal-name and common roots whose Russian form differs: Олександрівка → Александровка, Підгородне → Подгородное.
    // A root Russian writes both ways (Катеринівка → Катериновка and Екатериновка) gives both stems.
    const rooted = russianRoots(stem);
    const both = EITHER_ROOTS.reduce((st, [re, to]) => st.replace(re, to), rooted);
    const rootStems = both === rooted ? [rooted] : [rooted, both];
    // -івка/-ївка (and -івщина): Писарівка → Писаревка or Мартинівка → Мартыновка; Миколаївка → …аевка; Андріївка → Андреевка.
    // ї after a vowel is Russian е in many roots (Виїмка → Выемка, as Київ → Киев), и in others (Гаї → Гаи): both.
    // Ukrainian ій inside a stem before a consonant is Russian ей in many roots (Олійник/Олейник: Олійникове →
    // Олейниково), ий in others: both.
    const iy = rootStems.flatMap((st) => withReplaced(st, IY_IN_STEM, 'ей'));
    const yi = iy.flatMap((st) => withReplaced(st, YI_AFTER_VOWEL, 'е'));
    // Ukrainian і closed by the consonant before the diminutive -к- is the old е/ѣ or о that Russian keeps (both are
    // offered): Новосілка → Новоселка (село). Only there and inside the stem: a closed і elsewhere (Вільне) also
    // stands for Russian и, and its е/о readings made far namesakes readable.
    // So is an і closed by the consonant before the adjective suffix -ськ-/-цьк-, where the adjective derives from a
    // name in -івка or -піль/-пілля: Новоуспенівське → Новоуспеновское, Костянтинопільське → Константинопольское.
    const skAdjective = /^[сц]к/.test(end);
    const closed = (st: string): RegExp | null =>
      CLOSED_I_BEFORE_K.test(st) ? CLOSED_I_BEFORE_K : skAdjective && CLOSED_I_BEFORE_SK.test(st) ? CLOSED_I_BEFORE_SK : null;
    const stems = yi.flatMap((st) => {
      const re = closed(st);
      // Before -зьк- the closed і is the о of Russian's -ож- (Запорожье, Кривой Рог): that reading first, е not at all.
      if (re && zAdjective) return [st.replace(re, 'о'), st];
      if (!re) return [st];
      const out = [st, st.replace(re, 'е'), st.replace(re, 'о')];
      // After л, р the -ів- of a given name in -ий is Russian -ьев- (Василівський → Васильевский, Червоногригорівська
      // → Червоногригорьевская), as for -івка below.
      if (re === CLOSED_I_BEFORE_SK && SOFT_BEFORE_IV.test(st)) out.push(st.replace(re, 'ье'));
      return out;
    });
    // The suffix -івщина is the same -ов-/-ев-: Храпівщина → Храповщина.
    const bases = stems.flatMap((st) => {
      const ivka = /^(.*)([ії])в(ка|щина)$/.exec(st);
      const sfx = ivka?.[3] ?? '';
      if (!ivka) return [ukLettersToRu(st, hard)];
      // Андріївка → Андреевка, Георгіївка → Георгиевка, Юріївка → Юрьевка (the given name's -ий: Георгий, Юрий): the
      // readings of -ії-.
      if (ivka[2] === 'ї') {
        const vowels = SOFT_ROOT.test(ivka[1]!.slice(0, -1)) ? ['е', 'и', 'ь'] : ['е', 'и'];
        return [...new Set(vowels.map((v) => ukLettersToRu(ivka[1]!.replace(/і$/, v), hard) + 'ев' + sfx))];
      }
      const root = ukLettersToRu(ivka[1]!, hard);
      // Григорівка → Григорьевка, Василівка → Васильевка: a given name in -ий after л, р takes the soft sign in Russian.
      const soft = SOFT_ROOT.test(root) ? [root + 'ьев' + sfx] : [];
      return [root + 'ов' + sfx, root + 'ев' + sfx, ...soft];
    });
    const outs = new Set<string>();
    for (const base of bases) {
      // Курахове → Курахово, Зайцеве → Зайцево, Варачине → Варачино: Russian often writes such a name as a neuter noun.
      // (Across the border Волфине and Волфино are two villages: a cross reading is the weaker one, and a sentence that
      // names the other country's oblast sets it aside, disambiguate.ts.)
      if (neuter && /(ов|ев|ёв|ин)$/.test(base)) outs.add(`${base}о`);
      if (neuter && !/(ськ|цьк|ьк|н)$/.test(stem)) outs.add(base + 'е'); // Гуляйполе: a noun stays as it is
      // The з kept before -ск-: Russian ж (Запорожский, Криворожский) or з (Харцызский).
      if (zAdjective && base.endsWith('з')) outs.add(`${base.slice(0, -1)}ж${end}`);
      let x = base + end;
      if (!end) x = x.replace(/([сц])ьк$/, '$1к'); // Курськ → Курск
      if (!end && final) x = x.replace(/ць$/, 'ц'); // Інгулець → Ингулец: Russian writes ц without the soft sign
      // Харків → Харков, Глухів → Глухов; a word before the last is the possessive adjective: Кучерів Яр → Кучеров Яр.
      if (!end && (final || !last)) x = x.replace(/([^аеиоуыэюя])ив$/, '$1ов');
      // Суми → Сумы, Коломийці → Коломийцы: Russian writes ы after ц in endings, и only after velars and hushers. A
      // soft stem's plural -і stays и (Плавні → Плавни, Колодязі → Колодязи): only ц is hard in Russian.
      const softPlural = w.endsWith('і');
      if (!end && final)
        x = x.replace(/([^аеиоуыэюя])([ыи])$/, (_m, c: string) => c + (/[кгхжшщч]/.test(c) || (softPlural && c !== 'ц') ? 'и' : 'ы'));
      if (!end && final) x = x.replace(/ил+я$/, 'олье').replace(/иль$/, 'оль'); // Краснопілля → Краснополье, Ямпіль → Ямполь
      if (!end && final) x = x.replace(/([бвгджзклмнпрстфхцчшщ])\1я$/, '$1ье'); // Заріччя → Заречье-like doubling
      outs.add(x);
      // Possessive adjectives in -чий/-жий (козачий, вовчий) decline in Russian with the soft sign: -чья, -чье (Козача
      // Лопань → Казачья Лопань); others (гарячий/горячая) do not: both.
      if ((end === 'ая' || end === 'ое' || end === 'ие') && /[чж]$/.test(base))
        outs.add(base + ({ ая: 'ья', ое: 'ье', ие: 'ьи' } as const)[end]); // Козачі Лагері → Казачьи Лагеря
      // Russian copy writes many soft -нє names with its own hard adjective (Дорожнє → Дорожное, Придорожнє →
      // Придорожное), as it writes Ukrainian's hard -не (Мирне → Мирное): both.
      if (softNeuter) outs.add(`${base}ое`);
      // Ukrainian -ічн- of a borrowed adjective is Russian -ическ- (економічний/экономический): Новоекономічне →
      // Новоэкономическое. A root's і before -чн- (Зарічне → Заречное) gives a reading no name has.
      if (neuter && /.{4}ичн$/.test(base) && stem.endsWith('ічн')) outs.add(`${base.slice(0, -2)}ческое`);
      // Russian spelling writes the unstressed neuter -ое as -ее after ж, ш, ч, щ: Хороше → Хорошее.
      if (end === 'ое' && /[жшчщ]$/.test(base)) outs.add(`${base}ее`);
      if (feminine && !end) {
        const stemOnly = base.slice(0, -1);
        outs.add(/[чж]$/.test(stemOnly) ? `${stemOnly}ья` : `${stemOnly}ая`);
      }
      // Ukrainian writes one с where a loanword's Russian spelling doubles it (клас/класс, Донбас/Донбасс): Новий
      // Донбас → Новый Донбасс.
      if (!end && final && /.{3}[ауо]с$/.test(x)) outs.add(x + 'с');
      // Russian stresses the masculine ending of adjectives in the suffix -ов-/-ев- (-ой: Узловой, Луговой, Сторожевой)
      // where Ukrainian writes -ий; a root (Новий → Новый) keeps -ый.
      if ((end === 'ый' || end === 'ий') && /.{2}[^аеиоуыэюяі][оеё]в$/.test(base)) outs.add(base + 'ой');
      // A plural noun after a plural adjective takes Russian's stressed plural -а where Ukrainian has -и (Вовчанські
      // Хутори → Волчанские Хутора, as хутори/хутора, береги/берега): a stem in vowel and one consonant, as those.
      // A soft stem's -і is the soft -я (лагері/лагеря: Козачі Лагері → Казачьи Лагеря).
      if (!end && final && pluralBefore && /[аеиоу][бвгдзклмнпрстфх][иы]$/.test(x))
        outs.add(x.slice(0, -1) + (w.endsWith('і') ? 'я' : 'а'));
    }
    // Ukrainian е at the start of a word is [e], which Russian writes э (е there would be [je]): Есмань → Эсмань,
    // Есманьська → Эсманьская. Russian copy writes both.
    const first = [...outs][0]!;
    const initialE = w.startsWith('е') && first.startsWith('е') ? [`э${first.slice(1)}`] : [];
    // So is an е after a compound's linking vowel that starts a borrowed root (Новоекономічне → Новоэкономическое): the
    // -ическ- names only, as a native root keeps е (Новоелизаветівка → Новоелизаветовка).
    const linked = [...outs].filter((o) => o.endsWith('ческое')).map((o) => o.replace(/^(.{2,}?о)е/, '$1э'));
    const extra = [...initialE, ...linked.filter((o) => !outs.has(o))];
    return [...[...outs].slice(0, MAX - extra.length), ...extra];
  });
}

/** Stem-internal і after a consonant, closed by one consonant before the word's final -ка/-ки/-ке/-ок (not -івка). */
const CLOSED_I_BEFORE_K = /(?<=.[бвгґджзклмнпрстфхцчшщ])і(?=[бгґджзлмнпрстфхцчшщ]к(?:а|и|і|е)?$)/;

/** The stem of an -ськ-/-цьк- adjective ending in і after a consonant and one consonant (-ів, -піль). */
const CLOSED_I_BEFORE_SK = /(?<=.[бвгґджзклмнпрстфхцчшщ])і(?=[бвгґджзлмнпрстфх]ь?$)/;

/** A root ending in a vowel and л or р, as the given names in -ий that Russian writes -ьев- (Васил-, Григор-, Юр-; not
 * Дмитр-: Дмитровка). */
const SOFT_ROOT = /[аеиоуыіюяє][лр]$/;
/** The same root before -ів- and the adjective suffix (Василів-, Григорів-). */
const SOFT_BEFORE_IV = /[аеиоуыіюяє][лр]ів$/;

/** ій after a consonant and before one, inside a stem. */
const IY_IN_STEM = /(?<=[бвгґджзклмнпрстфхцчшщ])ій(?=[бвгґджзклмнпрстфхцчшщ])/g;

/** ї between a vowel and a consonant, not the suffix -ївка (read on its own above); a final ї stays и (Гаї → Гаи). */
const YI_AFTER_VOWEL = /(?<=[аеиіоуяює])ї(?=[бвгґджзклмнпрстфхцчшщ])(?!вка$)/g;

/** A stem, and the stem with every match of `all` (a global pattern) replaced when there is one: both readings. */
const withReplaced = (stem: string, all: RegExp, to: string): string[] => {
  const replaced = stem.replace(all, to);
  return replaced === stem ? [stem] : [stem, replaced];
};

/** Roots that Russian spells otherwise (given names in patronymic place names, the prefix під-, the old ѣ of common
 * toponymic roots), at the start of a word or after a compound's linking vowel or hyphen. */
const RUSSIAN_ROOTS: readonly [RegExp, string][] = [
  [/(^|[оеь-])олександр/, '$1александр'],
  [/(^|[оеь-])олекс/, '$1алекс'],
  [/(^|[оеь-])микола/, '$1никола'],
  // ... and its closed-syllable і (Микільське ← Микола): Russian keeps о, Никольское.
  [/(^|[оеь-])микіл/, '$1никол'],
  [/(^|[оеь-])костянтин/, '$1константин'],
  [/(^|[оеь-])володимир/, '$1владимир'],
  [/(^|[оеь-])єлизавет/, '$1елизавет'],
  [/(^|[оеь-])під(?=[бвгґджзклмнпрстфхцчшщ])/, '$1под'], // Підгороднє, Новопідгородне → Новоподгородное
  [/(^|[оеь-])біл/, '$1бел'],
  // The prefix від- is Russian от- (відрада/отрада: Відрадне → Отрадное); the given name Ганна is Анна (Ганнівка →
  // Анновка), Ukrainian's prothetic г- before а.
  [/^від(?=[бвгґджзклмнпрстфхцчшщ])/, 'от'],
  [/(^|[оеь-])ганн/, '$1анн'],
  // козак/казак and its adjectives: Козача Лопань → Казачья Лопань, Козачий Яр → Казачий Яр.
  [/(^|[оеь-])коза(?=[кчц])/, '$1каза'],
  [/(^|[оеь-])ліс/, '$1лес'],
  [/(^|[оеь-])річ/, '$1реч'],
  [/(^|[оеь-])світл/, '$1светл'],
  // сніг/снег, the old ѣ before г and its ж (сніжний/снежный): Сніжківка → Снежковка.
  [/(^|[оеь-])сні(?=[гж])/, '$1сне'],
  // The positional adjective середній is Russian средний (Church Slavonic сред- for East Slavonic серед-), where
  // верхній/верхний and нижній/нижний agree: Середній Бурлук → Средний Бурлук.
  [/(^|[оеь-])середн/, '$1средн'],
  // пісок/песок: the root's і before the fallen vowel, and щ for Russian сч (піщаний/песчаный): Піщане → Песчаное.
  [/(^|[оеь-])піщ/, '$1песч'],
  [/(^|[оеь-])піск/, '$1песк'],
  // The numeral дво- of 'two rivers' is Russian дву- (дворіччя/двуречье): Дворічанське → Двуречанское.
  [/^дво(?=річ|реч)/, 'дву'],
  // Ukrainian вов-/ов- for the old vьl- (вовк/волк): Вовчанськ → Волчанск, Вовча → Волча.
  [/(^|[оеь-])вовч/, '$1волч'],
  [/(^|[оеь-])вовк/, '$1волк'],
  // дніпр/днепр, the river's old ѣ, also after the prefix при-: Дніпровське → Днепровское, Придніпровське → Приднепровское.
  [/(^|[оеь-]|при)дніпр/, '$1днепр'],
  // The oblast capital's root keeps Russian's soft р (Харків/Харьков) in the names built on it: Харківка → Харьковка.
  [/(^|[оеь-])харк(?=ів)/, '$1харьк'],
];

/** Roots Russian spells both as Ukrainian does and otherwise: villages named after Катерина are Катериновка in much
 * Russian copy (and in the Russian columns of the codifier) and Екатериновка in the rest. */
const EITHER_ROOTS: readonly [RegExp, string][] = [
  [/(^|[оеь-])катерин/, '$1екатерин'],
  // камінь/камень: the root кам'ян- is Russian камен- (Кам'янка → Каменка, Кам'янське → Каменское, Кам'янсько-
  // Дніпровський → Каменско-Днепровский).
  [/(^|[оеь-])кам['’ʼ]?ян/, '$1камен'],
];

/** Ordinal numerals in names (Лиман Перший, Лозова Друга, Новостроевка-Вторая), nominative in each gender. */
const UK_ORDINALS: Readonly<Record<string, string>> = {
  перший: 'первый',
  перша: 'первая',
  перше: 'первое',
  другий: 'второй',
  друга: 'вторая',
  друге: 'второе',
  третій: 'третий',
  третя: 'третья',
  третє: 'третье',
};
const RU_ORDINALS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(UK_ORDINALS).map(([uk, ru]) => [ru, uk]));
const russianRoots = (stem: string): string => RUSSIAN_ROOTS.reduce((s, [re, to]) => s.replace(re, to), stem);

/** Letter by letter, Ukrainian to Russian: і → и, ї → и (ьи after an apostrophe), є → е, ґ → г, ьо/йо → ё, the
 * apostrophe → ь; и → ы after a hard consonant when `hard` (Рильськ → Рыльск), else kept. */
function ukLettersToRu(word: string, hard: boolean): string {
  // A doubled consonant before і/ю/є (or я inside the word) is Russian's consonant, soft sign and vowel: Іллінка →
  // Ильинка. (A final -ллля/-ччя is the neuter noun ending, Краснопілля → Краснополье, read in ukWordToRu.)
  const s = word.replace(/([лжчшцдтзс])\1(?=[іює]|я.)/g, '$1ь');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const prev = s[i - 1];
    switch (c) {
      case 'і':
        out += 'и';
        break;
      case 'ї':
        out += 'и';
        break;
      case 'є':
        out += 'е';
        break;
      case 'ґ':
        out += 'г';
        break;
      // Russian ц is always hard: Ukrainian ця, цю are ца, цу (Стариця → Старица, Криниця → Криница).
      case 'я':
        out += prev === 'ц' ? 'а' : 'я';
        break;
      case 'ю':
        out += prev === 'ц' ? 'у' : 'ю';
        break;
      // Ukrainian writes Russian ё after a consonant as ьо, and ьё as йо (ruToUk's reverse): Соловйове → Соловьёво,
      // Воробйовка → Воробьёвка. (ё is е once normalised.)
      case 'й':
        if (s[i + 1] === 'о' && prev !== undefined && !isVowel(prev) && prev !== 'ь' && !"’'ʼ".includes(prev)) {
          out += 'ьё';
          i++;
        } else out += 'й';
        break;
      case 'ь':
        if (s[i + 1] === 'о' && prev !== undefined && !isVowel(prev)) {
          out += 'ё';
          i++;
        } else out += 'ь';
        break;
      case '’':
      case "'":
      case 'ʼ':
        // After a labial Russian writes no sign (Куп’янськ → Купянск, П’ятихатки → Пятихатки); elsewhere ь (Дар’ївка → Дарьевка).
        out += /[бпвмф]/.test(prev ?? '') ? '' : 'ь';
        break;
      case 'и':
        out += hard && i > 0 && !isVowel(prev) && prev !== 'ь' && !/[кгхжшщчц]/.test(prev ?? '') ? 'ы' : 'и';
        break;
      default:
        out += c;
    }
  }
  return out;
}

/** Ukrainian spells the vowel of the suffix -ов-/-ев- after ж, ч, ш, щ as е or о by stress (грошовий, ключовий,
 * but Сторожеве), and the press follows the word's sound rather than the register: "Сторожове" for Сторожеве.
 * The name with that vowel swapped, when the name has such a suffix: 'Сторожеве' → 'сторожове'. */
export function hushedSuffixVariants(name: string): string[] {
  const own = name.toLowerCase();
  const swapped = own.replace(/(?<=[жчшщ])([ео])(?=в)/gu, (v) => (v === 'е' ? 'о' : 'е'));
  return swapped === own ? [] : [swapped];
}
