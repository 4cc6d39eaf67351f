// Case forms of Russian and Ukrainian place names, generated from the nominative so the gazetteer index holds every
// form the press writes ("в Курской области", "у Великій Писарівці", "под Льговом", "Харкова", "Глухові"). The rules
// follow the declension classes of the two grammars for toponyms: adjectives (-ий/-ый/-ой/-ій, -ая/-яя/-а, -ое/-ее/-е,
// -ье/-ья, plural -ые/-ие/-і), nouns in -а/-я, -ия/-ія, -ь, -о (declined and indeclinable -ово/-ино), -ье/-я,
// consonant stems with the Ukrainian -ів/-їв alternation and fleeting vowels (-ець/-ец, -ок), and plurals
// (-и/-ы/-і). A multiword name is declined word by word in one case, so adjectives agree with their noun. Forms are
// over-generated where the grammar allows alternatives: a form nobody writes costs an index key, a missing one a miss.
export type Lang = 'ru' | 'uk';

/** Case slots: nominative, genitive, dative, accusative, instrumental, locative. */
const CASES = 6;
type Paradigm = string[][]; // [case][alternatives]

const UK_ONLY = /[іїєґ]/;
const RU_ONLY = /[ыэъё]/;

/** The language a Cyrillic name is written in, when its letters tell; otherwise both are tried. */
export function languagesOf(name: string): Lang[] {
  const lower = name.toLowerCase();
  if (UK_ONLY.test(lower)) return ['uk'];
  if (RU_ONLY.test(lower)) return ['ru'];
  return ['ru', 'uk'];
}

const same = (w: string): Paradigm => Array.from({ length: CASES }, () => [w]);
const p = (...cases: (string | string[])[]): Paradigm => cases.map((c) => (Array.isArray(c) ? c : [c]));
const VELAR_OR_HUSH = /[кгхжшщч]$/;
const HUSH = /[жшщчц]$/;

function ruAdjective(w: string): Paradigm | null {
  const stem2 = w.slice(0, -2);
  if (/(ый|ой)$/.test(w) || (/ий$/.test(w) && VELAR_OR_HUSH.test(stem2))) {
    // Курский, Большой, Красный; possessive Княжий → Княжьего as well as Рыжий → Рыжего
    const ins = VELAR_OR_HUSH.test(stem2) ? stem2 + 'им' : stem2 + 'ым';
    const g = HUSH.test(stem2) && !/ой$/.test(w) ? [stem2 + 'его', stem2 + 'ьего'] : [stem2 + 'ого'];
    const d = g.map((x) => x.slice(0, -3) + (x.endsWith('ьего') ? 'ему' : x.endsWith('его') ? 'ему' : 'ому'));
    const i = HUSH.test(stem2) && !/ой$/.test(w) ? [ins, stem2 + 'ьим'] : [ins];
    const l = g.map((x) => x.slice(0, -3) + (x.endsWith('его') ? 'ем' : 'ом'));
    return p(w, g, d, w, i, l); // inanimate: accusative = nominative
  }
  if (/ий$/.test(w)) return p(w, stem2 + 'его', stem2 + 'ему', w, stem2 + 'им', stem2 + 'ем'); // Нижний
  if (/ая$/.test(w))
    return p(w, stem2 + (HUSH.test(stem2) ? 'ей' : 'ой'), stem2 + 'ой', stem2 + 'ую', [stem2 + 'ой', stem2 + 'ою'], stem2 + 'ой');
  if (/яя$/.test(w)) return p(w, stem2 + 'ей', stem2 + 'ей', stem2 + 'юю', stem2 + 'ей', stem2 + 'ей');
  if (/ья$/.test(w)) return p(w, stem2 + 'ьей', stem2 + 'ьей', stem2 + 'ью', stem2 + 'ьей', stem2 + 'ьей'); // Казачья
  if (/ое$/.test(w)) return p(w, stem2 + 'ого', stem2 + 'ому', w, stem2 + (VELAR_OR_HUSH.test(stem2) ? 'им' : 'ым'), stem2 + 'ом'); // Большое, Солдатское
  if (/ее$/.test(w)) return p(w, stem2 + 'его', stem2 + 'ему', w, stem2 + 'им', stem2 + 'ем');
  if (/ье$/.test(w)) return p(w, stem2 + 'ьего', stem2 + 'ьему', w, stem2 + 'ьим', stem2 + 'ьем'); // Казачье
  if (/(ые|ие)$/.test(w))
    return p(
      w,
      stem2 + (w.endsWith('ые') ? 'ых' : 'их'),
      stem2 + (w.endsWith('ые') ? 'ым' : 'им'),
      w,
      stem2 + (w.endsWith('ые') ? 'ыми' : 'ими'),
      stem2 + (w.endsWith('ые') ? 'ых' : 'их'),
    );
  return null;
}

function ukAdjective(w: string): Paradigm | null {
  const stem2 = w.slice(0, -2);
  const stem1 = w.slice(0, -1);
  if (/ий$/.test(w)) return p(w, stem2 + 'ого', stem2 + 'ому', w, stem2 + 'им', [stem2 + 'ому', stem2 + 'ім']); // Великий
  if (/ій$/.test(w)) return p(w, stem2 + 'ього', stem2 + 'ьому', w, stem2 + 'ім', [stem2 + 'ьому', stem2 + 'ім']); // Верхній
  if (/[^аеєиіїоуюяь]а$/.test(w)) return p(w, stem1 + 'ої', stem1 + 'ій', stem1 + 'у', stem1 + 'ою', stem1 + 'ій'); // Велика, Сумська
  if (/[^аеєиіїоуюя]я$/.test(w)) return p(w, stem1 + 'ьої', stem1 + 'ій', stem1 + 'ю', stem1 + 'ьою', stem1 + 'ій'); // Верхня
  if (/[^аеєиіїоуюя]е$/.test(w)) return p(w, stem1 + 'ого', stem1 + 'ому', w, stem1 + 'им', [stem1 + 'ому', stem1 + 'ім']); // Велике, Курське, Ломове
  if (/[^аеєиіїоуюя]є$/.test(w)) return p(w, stem1 + 'ього', stem1 + 'ьому', w, stem1 + 'ім', [stem1 + 'ьому', stem1 + 'ім']); // Верхнє
  if (/[^аеєиіїоуюя]і$/.test(w)) return p(w, stem1 + 'их', stem1 + 'им', w, stem1 + 'ими', stem1 + 'их'); // Великі
  return null;
}

/** Every case form of one Ukrainian word in -а/-я read as an adjective used as a noun (Кремінна → Кремінної,
 * Кремінній), for callers that know it is one: alone, the declension reads such a word as a noun. */
export function ukAdjectiveForms(word: string): string[] {
  const par = ukAdjective(word.toLowerCase());
  return par ? [...new Set(par.flat())] : [];
}

/** The first part of a hyphenated name that declines on its own: a feminine noun in -а/-я after a consonant or a
 * town in -ськ/-цьк/-ск/-цк (not a joining stem in -о/-е such as Попово-, Николаево-). */
const FIRST_PART_NOUN = /([^аеєиіїоуюяь'’][ая]|[сц]ьк|[сц]к)$/;

/** Whether a word ends like an adjective of its language (what a noun never ends in, but for -а/-я, -е, -і in Ukrainian). */
const RU_ADJ = /(ый|ий|ой|ая|яя|ья|ое|ее|ье|ые|ие)$/;
const UK_ADJ = /(ий|ій|[^аеєиіїоуюя][еє]|ськ[аеі]|цьк[аеі])$/;

/** Ukrainian consonant alternation before -і: Писарівка → Писарівці, Прага → Празі, Вільха → Вільсі. */
const ukSoften = (stem: string): string => stem.replace(/к$/, 'ц').replace(/г$/, 'з').replace(/х$/, 'с');

/** A fleeting vowel: Крупец → Крупц-, Городок → Городк-, Кременець → Кременц-. */
function fleeting(w: string): string | null {
  const m = /^(.*[^аеєиіїоуюяь])(е|о)(ц|к)ь?$/.exec(w);
  if (!m || m[1]!.length < 2) return null;
  return m[1]! + softAfterL(m[1]!, m[2]!) + m[3]!;
}

/** The fleeting е of -ец/-ець leaves a soft sign after л, in both languages: Елец → Ельца, Інгулець → Інгульця. */
const softAfterL = (before: string, vowel: string): string => (vowel === 'е' && before.endsWith('л') ? 'ь' : '');

function ruNoun(w: string): Paradigm {
  const stem1 = w.slice(0, -1);
  const stem2 = w.slice(0, -2);
  if (/ия$/.test(w)) return p(w, stem1 + 'и', stem1 + 'и', stem1 + 'ю', stem1 + 'ей', stem1 + 'и');
  if (/ья$/.test(w)) return p(w, stem1 + 'и', stem1 + 'е', stem1 + 'ю', stem1 + 'ей', stem1 + 'е');
  if (/а$/.test(w)) {
    const gen = stem1 + (VELAR_OR_HUSH.test(stem1) ? 'и' : 'ы');
    return p(w, gen, stem1 + 'е', stem1 + 'у', [stem1 + (HUSH.test(stem1) ? 'ей' : 'ой'), stem1 + 'ою', stem1 + 'ей'], stem1 + 'е');
  }
  if (/я$/.test(w)) return p(w, stem1 + 'и', stem1 + 'е', stem1 + 'ю', [stem1 + 'ей', stem1 + 'ею'], stem1 + 'е'); // Локня
  if (/ье$/.test(w)) return p(w, stem1 + 'я', stem1 + 'ю', w, stem1 + 'ем', [w, stem1 + 'и']); // Замостье
  if (/(ово|ево|ино|ыно|ёво)$/.test(w))
    // Глушково: both usages are written, "в Глушково" and "в Глушкове"
    return p(w, [w, stem1 + 'а'], [w, stem1 + 'у'], w, [w, stem1 + 'ом'], [w, stem1 + 'е']);
  if (/о$/.test(w)) return p(w, stem1 + 'а', stem1 + 'у', w, stem1 + 'ом', stem1 + 'е');
  if (/е$/.test(w)) return p(w, stem1 + 'я', stem1 + 'ю', w, stem1 + 'ем', stem1 + 'е');
  if (/[ыи]$/.test(w)) {
    // plurals: Кульбаки → Кульбак, Сумы → Сум, Попово-Лежачи → Лежачей
    // After ц and the hushers the unstressed ending is -ев: Коломийцы → Коломийцев.
    const gens = [stem1, stem1 + 'ов', stem1 + 'ей', ...(/[цжшчщ]$/.test(stem1) ? [stem1 + 'ев'] : [])];
    const vowel = /[^аеёиоуыэюяй][кц]$/.test(stem1) ? stem1.slice(0, -1) + (/[жшчщ]$/.test(stem2) ? 'е' : 'о') + stem1.slice(-1) : null;
    if (vowel) gens.push(vowel);
    const soft = /[ьй]$/.test(stem1) ? stem1.slice(0, -1) : stem1;
    return p(w, gens, [soft + 'ам', soft + 'ям'], w, [soft + 'ами', soft + 'ями'], [soft + 'ах', soft + 'ях']);
  }
  if (/ь$/.test(w))
    // masculine (Горналь → Горналя) or feminine (Русь → Руси): both
    return p(w, [stem1 + 'я', stem1 + 'и'], [stem1 + 'ю', stem1 + 'и'], w, [stem1 + 'ем', w + 'ю'], [stem1 + 'е', stem1 + 'и']);
  if (/й$/.test(w)) return p(w, stem1 + 'я', stem1 + 'ю', w, stem1 + 'ем', stem1 + 'е');
  if (/[бвгдзклмнпрстфхцчшщж]$/.test(w)) {
    const stem = fleeting(w) ?? w;
    const stems = stem === w ? [w] : [stem, w];
    const ins = stems.map((s) => s + (HUSH.test(s) ? 'ем' : 'ом'));
    return p(
      w,
      stems.map((s) => s + 'а'),
      stems.map((s) => s + 'у'),
      w,
      ins,
      stems.map((s) => s + 'е'),
    );
  }
  return same(w);
}

/** A Ukrainian word ending in a consonant: the masculine noun's stem, or a third-declension feminine's. */
const UK_FINAL_CONSONANT = /[бвгґдзклмнпрстфхцчшщж]$/;

function ukNoun(w: string): Paradigm {
  const stem1 = w.slice(0, -1);
  if (/ія$/.test(w)) return p(w, stem1 + 'ї', stem1 + 'ї', stem1 + 'ю', stem1 + 'єю', stem1 + 'ї');
  if (/[аеєиоуюя]я$/.test(w)) return p(w, stem1 + 'ї', stem1 + 'ї', stem1 + 'ю', stem1 + 'єю', stem1 + 'ї'); // Корея → Кореї, Кореєю
  if (/[^аеєиіїоуюя]я$/.test(w)) return p(w, stem1 + 'і', stem1 + 'і', stem1 + 'ю', [stem1 + 'ею', stem1 + 'ям'], stem1 + 'і'); // Вільшаня; neuter Замостя → ins -ям
  if (/а$/.test(w)) {
    const hush = HUSH.test(stem1);
    return p(w, stem1 + (hush ? 'і' : 'и'), ukSoften(stem1) + 'і', stem1 + 'у', stem1 + (hush ? 'ею' : 'ою'), ukSoften(stem1) + 'і');
  }
  if (/о$/.test(w))
    return p(w, stem1 + 'а', [stem1 + 'у', stem1 + 'ові'], w, stem1 + 'ом', [stem1 + 'і', stem1 + 'у', ukSoften(stem1) + 'і']);
  if (/[иі]$/.test(w)) {
    // plurals: Суми → Сум, Великі Вільми → Вільм, Лужки → Лужків
    const gens = [stem1, stem1 + 'ів', stem1 + 'ей'];
    const vowel = /[^аеєиіїоуюяй][кц]$/.test(stem1) ? stem1.slice(0, -1) + 'о' + stem1.slice(-1) : null;
    if (vowel) gens.push(vowel);
    return p(w, gens, [stem1 + 'ам', stem1 + 'ям'], w, [stem1 + 'ами', stem1 + 'ями'], [stem1 + 'ах', stem1 + 'ях']);
  }
  if (/ь$/.test(w)) {
    // masculine (Горналь → Горналя; Ямпіль → Ямполя) or feminine (область → області, областю)
    const stems = /іль$/.test(w) ? [stem1, w.slice(0, -3) + 'ол'] : [stem1];
    return p(
      w,
      stems.flatMap((s) => [s + 'я', s + 'і']),
      stems.flatMap((s) => [s + 'ю', s + 'еві', s + 'і']),
      w,
      stems.flatMap((s) => [s + 'ем', s + 'ю']),
      stems.flatMap((s) => [s + 'і', s + 'ю']),
    );
  }
  // The -й stem takes the genitive -ю as well as -я, as a hard stem takes -у beside -а (Гай → Зеленого Гаю, у гаю).
  if (/й$/.test(w)) return p(w, [stem1 + 'я', stem1 + 'ю'], [stem1 + 'ю', stem1 + 'єві'], w, stem1 + 'єм', [stem1 + 'ї', stem1 + 'ю']);
  if (UK_FINAL_CONSONANT.test(w)) {
    // Харків → Харкова, Глухів → Глухові, Київ → Києва; Кременець → Кременця; Курськ → Курська, у Курську
    const iv = /^(.*)(ів|їв)$/.exec(w);
    const fl = fleeting(w);
    // The same і/о alternation before any one final consonant: Ріг → Рогу (Кривого Рогу), Остріг → Острога.
    const io = !iv && !fl ? /^(.+)і([бвгґдзклмнпрстфхцчшщж])$/.exec(w) : null;
    const stems = iv ? [iv[1]! + (iv[2] === 'їв' ? 'єв' : 'ов')] : fl ? [fl, w] : io ? [w, `${io[1]}о${io[2]}`] : [w];
    const hush = (s: string): boolean => HUSH.test(s);
    return p(
      w,
      stems.flatMap((s) => [s + 'а', s + 'у']), // Курська; району
      stems.flatMap((s) => [s + 'у', s + (hush(s) ? 'еві' : 'ові')]),
      w,
      stems.map((s) => s + (hush(s) ? 'ем' : 'ом')),
      stems.flatMap((s) => [s + 'і', s + 'у', ukSoften(s) + 'і']),
    );
  }
  return same(w);
}

/** A Ukrainian consonant-final noun after a feminine adjective is a feminine noun of the third declension (Нова Січ →
 * з Нової Січі, Новою Січчю): -і in the genitive, dative and locative, -ю in the instrumental, the consonant doubled
 * after a vowel. The masculine paradigm alone gave Січа, Січу, so "Нової Січі" was read nowhere. */
function ukThirdDeclension(w: string): Paradigm {
  const ins = /[аеєиіїоуюя][бвгґдзклмнпрстфхцчшщж]$/.test(w) ? w + w.slice(-1) + 'ю' : w + 'ю';
  return p(w, w + 'і', w + 'і', w, ins, w + 'і');
}

/** Ukrainian neuter nouns of the hard group in -е that toponyms end in (поле, море), alone or as a compound's last root. */
const UK_NEUTER_NOUN = /(поле|море)$/;
function ukNeuterNoun(w: string): Paradigm {
  const stem = w.slice(0, -1);
  return p(w, stem + 'я', [stem + 'ю', stem + 'еві'], w, stem + 'ем', [stem + 'і', stem + 'ю']);
}

/** Ukrainian -ець stems: Кременець → Кременця (the soft sign after the fleeting vowel goes, but for one after л:
 * Інгулець → Інгульця). */
function ukEts(w: string): Paradigm | null {
  const m = /^(.*[^аеєиіїоуюя])ець$/.exec(w);
  if (!m) return null;
  const s = m[1]! + softAfterL(m[1]!, 'е') + 'ц';
  return p(w, s + 'я', [s + 'ю', s + 'еві'], w, s + 'ем', [s + 'і', s + 'ю']);
}

function paradigm(word: string, lang: Lang, last: boolean, afterAdjective = false): Paradigm {
  // A numeral ordinal written with its ending agrees as an adjective: 10-й Октябрь → 10-го Октября, 1-я Гостевка → 1-й.
  const ordinal = /^(\d{1,3}-)(й|я|е|а|ий|ый|ая|ое)$/.exec(word);
  if (ordinal) {
    const n = ordinal[1]!;
    const g = ordinal[2]!;
    if (/^(й|ий|ый)$/.test(g)) return p(word, n + 'го', n + 'му', word, [n + 'м', n + 'им'], [n + 'м', n + 'ому']);
    if (/^(я|а|ая)$/.test(g)) return p(word, n + 'й', n + 'й', n + 'ю', n + 'й', n + 'й');
    return p(word, n + 'го', n + 'му', word, n + 'м', n + 'м');
  }
  // Two letters are a name's word only as a consonant-final noun (Сухий Яр → Сухого Яру).
  if (word.length < 2 || !/[а-яіїєґё]$/.test(word) || (word.length === 2 && !/^[а-яіїєґё][бвгґдзклмнпрстфхцчшщж]$/.test(word)))
    return same(word);
  // A hyphenated compound declines its last part only: Попово-Лежачи, Николаево-Дарьино, Зноб-Новгородське.
  const dash = word.lastIndexOf('-');
  if (dash > 0) {
    const tail = paradigm(word.slice(dash + 1), lang, last);
    const head = word.slice(0, dash);
    // A first part that is a noun of its own (Андріївка-Клевцове, Куп’янськ-Вузловий, Каменск-Шахтинский) declines
    // with the last, in the same case: Андріївки-Клевцового, Куп’янську-Вузловому. The last-part-only forms stay.
    if (dash === word.indexOf('-') && FIRST_PART_NOUN.test(head)) {
      const first = paradigm(head, lang, true);
      return tail.map((alts, c) => [
        ...new Set([...alts.map((a) => `${head}-${a}`), ...first[c]!.flatMap((f) => alts.map((a) => `${f}-${a}`))]),
      ]);
    }
    return tail.map((alts) => alts.map((a) => `${head}-${a}`));
  }
  if (lang === 'ru') {
    // A first word in -ов/-ев/-ёв/-ин/-ын is a short possessive adjective, as its Ukrainian -ів twin below: Часов Яр →
    // Часова Яра, Часовом Яре, Часовым Яром. The press also leaves it undeclined before a declined noun (Часов Яра).
    if (!last && /^.{2,}(ов|ев|ёв|ин|ын)$/.test(word))
      return p(word, [word + 'а', word], [word + 'у', word], word, [word + 'ым', word], [word + 'ом', word]);
    // A name's last word in -ья/-ье is a noun (Замостье), an earlier one an adjective (Казачья Локня).
    if (RU_ADJ.test(word) && !(last && /(ья|ье)$/.test(word))) return ruAdjective(word) ?? ruNoun(word);
    return ruNoun(word);
  }
  // Ukrainian: -а/-я/-і are adjectives before the noun (Велика Писарівка, Великі Вільми), nouns at the end. A first
  // word in -ів/-їв is a possessive adjective: Часів Яр → Часового Яру, Часовому Яру.
  const possessive = !last && /^(.{2,})(ів|їв)$/.exec(word);
  if (possessive) {
    const s = possessive[1]! + (possessive[2] === 'їв' ? 'єв' : 'ов');
    return p(word, s + 'ого', s + 'ому', word, s + 'им', [s + 'ому', s + 'ім']);
  }
  // The nouns поле and море end like a neuter adjective but decline as nouns: Гуляйполе → у Гуляйполі, Гуляйполя;
  // Зелене Поле → Зеленого Поля, Зеленому Полі.
  if (UK_NEUTER_NOUN.test(word)) return ukNeuterNoun(word);
  if (UK_ADJ.test(word) || (!last && /[^аеєиіїоуюяь][аяі]$/.test(word))) return ukAdjective(word) ?? ukNoun(word);
  // A last word in -ова/-ева after an adjective is often an adjective used as a noun (Руська Лозова → у Руській
  // Лозовій), sometimes a noun (Діброва → Діброві): both paradigms. (Alone such a word is as often a woman's surname,
  // and -ська's adjective forms are the hromadas' own, Покровській громаді.)
  if (last && afterAdjective && /[^аеєиіїоуюя](ов|ев|єв)а$/.test(word)) {
    const adj = ukAdjective(word);
    const noun = ukNoun(word);
    if (adj) return noun.map((alts, c) => [...new Set([...alts, ...adj[c]!])]);
  }
  const noun = ukEts(word) ?? ukNoun(word);
  // (after an adjective in -а/-я, a feminine; the same test admits a plural -і, before which a name's noun is plural
  // and does not end in a consonant)
  if (last && afterAdjective && UK_FINAL_CONSONANT.test(word)) {
    const feminine = ukThirdDeclension(word);
    return noun.map((alts, c) => [...new Set([...alts, ...feminine[c]!])]);
  }
  return noun;
}

const MAX_FORMS = 64;

/** Every case form of a nominative name in one language, lower-case, the nominative included. */
export function declineName(name: string, lang: Lang): string[] {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const paradigms = words.map((w, i) => paradigm(w, lang, i === words.length - 1, i > 0 && /[^аеєиіїоуюя][аяі]$/.test(words[i - 1]!)));
  const out = new Set<string>();
  for (let c = 0; c < CASES; c++) {
    let phrases = [''];
    for (const par of paradigms) {
      phrases = phrases.flatMap((ph) => par[c]!.map((f) => (ph ? `${ph} ${f}` : f)));
      if (phrases.length > MAX_FORMS) phrases = phrases.slice(0, MAX_FORMS);
    }
    for (const ph of phrases) out.add(ph);
  }
  return [...out];
}

/** Case forms in every language the name may be written in. */
export function caseForms(name: string): string[] {
  const out = new Set<string>();
  for (const lang of languagesOf(name)) for (const f of declineName(name, lang)) out.add(f);
  return [...out];
}

/** Every case form of one word of a name (lower-case), read as the name's last word or an earlier one. */
export function wordForms(word: string, lang: Lang, last: boolean): string[] {
  return [...new Set(paradigm(word.toLowerCase(), lang, last, false).flat())];
}
