// Hand annotations, Russian articles of tests/eval/fresh39. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country or region inside an official title or body's name";
const PRIGOZHIN = 'Евгений Пригожин';
const GAIDAI = 'Сергей Гайдай';
const BATTLE: readonly [string, string] = ['2022-06-01', '2023-05-20'];

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2023-05-25',
    url: 'https://vologda-poisk.ru/news/na-zlobu-dnya/muzykanty-pokidayut-artemovsk',
    notes: 'Stored copy on Вологда-Поиск (vologda-poisk.ru), its headline and body as the store gives them; the rubric, time, view count, author and photo credit ("image", "На злобу дня 11:15 1 036 просмотров Елена Иванова фото ВК Евгений Пригожин", twice) and the teaser cut by the store ("Главные н") removed. The date is the text\'s: Prigozhin\'s address that "Сегодня выходит основная часть" and the rest leaves "до 5 июня", after the city passed under Russian control on "20 мая" (25 May 2023, the day of that address). Events: "Почти год шло сражение за Артемовск ... с лета 2022 года и до 20 мая" and "в ходе битвы за Артемовск" (fighting, RU, the attacker; the second added after the first run) and, in the same sentence, "когда город полностью перешел под контроль России" (captured, RU, on 20 May, at the aside "Бахмут" that names the city there). Not events: Wagner "начала выходить из Артемовска" and "покинут город" (a unit handing over a city its side keeps, no withdrawal of control), "подразделений из Бахмута" (the same). Claims: "около 20 000 человек" of Wagner killed (count, killed, RU), and Ukraine\'s "50 000 погибшими" (count, killed, UA) and "70 000 ранеными" (count, wounded, UA), all Prigozhin\'s, over the battle (summer 2022 – 20 May 2023, from 1 June). Traps: Wagner (ЧВК «Вагнер», twice), Prigozhin.',
    places: [
      { t: 'Артемовск', all: true, ref: 'bakhmut' },
      { t: 'Артемовска', ref: 'bakhmut' },
      { t: 'Бахмута', ref: 'bakhmut' },
      { t: 'Бахмут', ref: 'bakhmut' },
      { t: 'России', ref: 'russia' },
      { t: 'Украины', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Вагнер', all: true, why: 'a private military company' },
      { t: 'Евгений Пригожин', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: 'около 20 000 человек', kind: 'count', value: 20000, unit: 'killed', holder: 'RU', claimant: PRIGOZHIN, asOf: BATTLE, note: '"в подразделении ЧВК «Вагнер» в ходе битвы за Артемовск погибло около 20 000 человек"' },
      { t: '50 000 погибшими', kind: 'count', value: 50000, unit: 'killed', holder: 'UA', claimant: PRIGOZHIN, asOf: BATTLE, note: '"Потери Украины значительно больше – 50 000 погибшими"' },
      { t: '70 000 ранеными', kind: 'count', value: 70000, unit: 'wounded', holder: 'UA', claimant: PRIGOZHIN, asOf: BATTLE, note: '"70 000 ранеными"' },
    ],
    events: [
      { t: 'Артемовск', n: 2, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: null, asOf: BATTLE, note: '"Почти год шло сражение за Артемовск (иначе Бахмут) – с лета 2022 года и до 20 мая"' },
      { t: 'Артемовск', n: 3, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: PRIGOZHIN, asOf: BATTLE, note: '"в ходе битвы за Артемовск погибло около 20 000 человек" (the battle told again; added after the first run)' },
      { t: 'Бахмут', ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-05-20'], note: '"... и до 20 мая, когда город полностью перешел под контроль России" (the city named "Артемовск (иначе Бахмут)" in the same sentence)' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2023-05-12',
    url: 'https://runews24.ru/amp/society/12/05/2023/673d54s35662ec83de64ba5498053595',
    notes: 'Stored copy on Новости России (runews24.ru), its headline and body as the store gives them. The date is the URL\'s (12 May 2023; the advance of "за четверг, 11 мая"). Events: "продвижениях ЧВК «Вагнер» в Артемовске" (headline), "продвинулись в Артемовске в ДНР на 220 метров" and "двигаются в «гнезде Артемовска» в западном направлении" (fighting, RU, Prigozhin: advances inside the city). Claims: "за противником осталось 2,18 квадратных километра города" (area-held, km², UA, 11 May) and "российскими силами занято 68,5 тысячи квадратных метров" (area-gained, 0.0685 km², RU, the day\'s gain: the advance of 11 May that the press service sums up; "В настоящее время" is the report\'s time). Traps: Wagner (twice), Prigozhin (twice).',
    places: [
      { t: 'Артемовске', all: true, ref: 'bakhmut' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Артемовска', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Вагнер', all: true, why: 'a private military company' },
      { t: 'Евгений Пригожин', all: true, why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '2,18 квадратных километра', kind: 'area-held', value: 2.18, unit: 'km2', holder: 'UA', claimant: PRIGOZHIN, asOf: ['2023-05-11'], note: '"за противником осталось 2,18 квадратных километра города"' },
      { t: '68,5 тысячи квадратных метров', kind: 'area-gained', value: 0.0685, unit: 'km2', holder: 'RU', claimant: PRIGOZHIN, asOf: ['2023-05-11'], note: '"российскими силами занято 68,5 тысячи квадратных метров" (the day\'s advance of 11 May, 68,500 m²)' },
    ],
    events: [
      { t: 'Артемовске', n: 1, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-05-11'], note: 'the headline: "Пригожин рассказал о продвижениях ЧВК «Вагнер» в Артемовске"' },
      { t: 'Артемовске', n: 2, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-05-11'], note: '"бойцы группы за четверг, 11 мая, продвинулись в Артемовске в ДНР на 220 метров"' },
      { t: 'Артемовска', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-05-11', '2023-05-12'], note: '"«вагнеровцы» двигаются в «гнезде Артемовска» в западном направлении"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2022-03-26',
    url: 'https://www.dsnews.ua/politics/sumshchina-zsu-vviyshli-v-trostyanec-i-prodovzhuyut-zachishchati-misto-vid-okupantiv-26032022-456131',
    notes: 'Stored copy on Деловая столица (dsnews.ua, Russian edition), its headline, standfirst and body as the store gives them; the currency rates, "Спецпроекты", the advertising lines and the editor\'s name removed. The date is the URL\'s (26 March 2022). Events: "ВСУ вошли в Тростянец и продолжают зачищать город" (headline: entered, UA, and cleared, UA, under way); "Вооруженные силы продолжают отбивать Тростянец" and "\\"Украинское сафари 2.0\\" в Тростянце ... идет по плану" (fighting, UA, the General Staff\'s strategic communications); "5 марта Живицкий заявил, что российско-оккупационные войска полностью оккупировали Тростянец" (captured, RU, by 5 March). Not events: "близки к возвращению полного контроля над Тростянцем" (a prospect), "Вскоре город будет очищен" (a prospect, no name), "активных боях в Тростянецкой общине" (a hromada, not a settlement), "скорого освобождения нескольких населенных пунктов" (no name). No claims. Traps: "ДС" (the outlet), Facebook, Zhyvytskyi. Skipped: Sumy in "Сумской ОВА".',
    places: [
      { t: 'Сумщина', ref: 'sumyOblast' },
      { t: 'Тростянец', all: true, ref: 'trostianets' },
      { t: 'Тростянцем', ref: 'trostianets' },
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
      { t: 'Тростянце', ref: 'trostianets' },
      { t: 'Тростянецкой общине', ref: 'trostianetsHromada' },
    ],
    traps: [
      { t: 'ДС', why: 'the outlet' },
      { t: 'Facebook', why: 'a social network' },
      { t: 'Дмитрий Живицкий', why: 'person' },
    ],
    skipped: [
      { t: 'Сумской', ctx: 'Сумской ОВА', why: OFFICIAL + ' ("глава Сумской ОВА")' },
    ],
    claims: [],
    events: [
      { t: 'Тростянец', n: 1, ref: 'trostianets', action: 'entered', actor: 'UA', claimant: null, asOf: ['2022-03-26'], note: 'the headline: "ВСУ вошли в Тростянец"' },
      { t: 'Тростянец', n: 1, ref: 'trostianets', action: 'cleared', actor: 'UA', claimant: null, asOf: ['2022-03-26'], note: 'the headline: "и продолжают зачищать город от оккупантов"' },
      { t: 'Тростянец', n: 2, ref: 'trostianets', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-03-26'], note: '"Вооруженные силы продолжают отбивать Тростянец"' },
      { t: 'Тростянце', ref: 'trostianets', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-03-26'], note: '"\\"Украинское сафари 2.0\\" в Тростянце Сумской области идет по плану, финальной его части"' },
      { t: 'Тростянец', n: 3, ref: 'trostianets', action: 'captured', actor: 'RU', claimant: 'Дмитрий Живицкий', asOf: ['2022-02-24', '2022-03-05'], note: '"5 марта Живицкий заявил, что российско-оккупационные войска полностью оккупировали Тростянец"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2022-05-08',
    url: 'https://www.petrimazepa.com/ru/ukrainskie_voyska_otoshli_ot_popasnoy_na_zaranee_podgotovlennye_pozicii',
    notes: 'Stored copy on Петр и Мазепа (petrimazepa.com, Russian edition), its headline and body as the store gives them; the skip link and an empty image line before the headline and the embedded Ukrainian Telegram post after the body ("‼️Українські воїни відійшли від Попасної ... Врятували 27 люд") removed. The date is the text\'s: Haidai on the telethon, the embedded morning summary of "08 травня" (2022). Events: "Украинские войска отошли от Попасной" (headline and body: withdrew, UA, Haidai); the main fighting Haidai lists in Luhansk Oblast, "Северодонецк, Воеводовку ... и Горскую громаду (Тошковка, Катериновка, Золотое-4)" (fighting, RU, the attacker, at each settlement); "Постоянно за Воеводовку идут бои" (fighting, RU). Not events: "Она переходит", "Заходят в село. Наши их потом выбивают" (no name in the clause), the hromada (not a settlement), "Город обстреливали больше двух месяцев" (shelling). No claims. Skipped: Luhansk in "Луганской ОВА".',
    places: [
      { t: 'Попасной', all: true, ref: 'popasna' },
      { t: 'Луганской области', ref: 'luhanskOblast' },
      { t: 'Северодонецк', ref: 'sievierodonetsk' },
      { t: 'Воеводовку', all: true, ref: 'voievodivka' },
      { t: 'Северодонецка', ref: 'sievierodonetsk' },
      { t: 'Горскую громаду', ref: 'horskaHromada' },
      { t: 'Тошковка', ref: 'toshkivka' },
      { t: 'Катериновка', ref: 'katerynivkaLuhansk' },
      { t: 'Золотое-4', ref: 'zolote4' },
    ],
    traps: [
      { t: 'Сергей Гайдай', why: 'person' },
    ],
    skipped: [
      { t: 'Луганской ОВА', why: OFFICIAL + ' ("руководитель Луганской ОВА")' },
    ],
    claims: [],
    events: [
      { t: 'Попасной', n: 1, ref: 'popasna', action: 'withdrew', actor: 'UA', claimant: GAIDAI, asOf: ['2022-05-08'], note: 'the headline: "Украинские войска отошли от Попасной"' },
      { t: 'Попасной', n: 2, ref: 'popasna', action: 'withdrew', actor: 'UA', claimant: GAIDAI, asOf: ['2022-05-08'], note: '"Украинские войска немного отошли от Попасной на более крепкие ... позиции"' },
      { t: 'Северодонецк', ref: 'sievierodonetsk', action: 'fighting', actor: 'RU', claimant: GAIDAI, asOf: ['2022-05-08'], note: '"где еще проходят основные бои в Луганской области, Гайдай перечислил Северодонецк"' },
      { t: 'Воеводовку', n: 1, ref: 'voievodivka', action: 'fighting', actor: 'RU', claimant: GAIDAI, asOf: ['2022-05-08'], note: 'the same list' },
      { t: 'Тошковка', ref: 'toshkivka', action: 'fighting', actor: 'RU', claimant: GAIDAI, asOf: ['2022-05-08'], note: 'the same list, in the Hirske hromada' },
      { t: 'Катериновка', ref: 'katerynivkaLuhansk', action: 'fighting', actor: 'RU', claimant: GAIDAI, asOf: ['2022-05-08'], note: 'the same list, in the Hirske hromada' },
      { t: 'Золотое-4', ref: 'zolote4', action: 'fighting', actor: 'RU', claimant: GAIDAI, asOf: ['2022-05-08'], note: 'the same list, in the Hirske hromada' },
      { t: 'Воеводовку', n: 2, ref: 'voievodivka', action: 'fighting', actor: 'RU', claimant: GAIDAI, asOf: ['2022-05-08'], note: '"Постоянно за Воеводовку идут бои"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2022-09-09',
    url: 'https://www.rbc.ua/rus/news/balakleya-kupyansk-izyum-zhdat-nastupleniya-1662740470.html',
    notes: 'Stored copy on РБК-Украина (rbc.ua, Russian edition), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the photo caption ("Фото: результаты трех дней украинского наступления") and the last sentence, cut by the store ("\\"Освобождение любого населенного пункта, ... операции в "), removed. The date is the URL\'s (its number is the time of 9 September 2022; Balakliia\'s liberation announced "накануне", on 8 September). Events: "официально было объявлено об освобождении Балаклеи" and "Деоккупация Балаклеи стала итогом" (liberated, UA). Not events: "Балаклея является мощной победой" (a judgement), "видео с украинскими бойцами в городе" (no name). Claims: "более 20 населенных пунктов" liberated over the last week (count, settlements, UA, the General Staff, 2–9 September 2022) and "более 1000 квадратных километров" deoccupied since the start of September (area-retaken, km², UA, 1–9 September 2022). Traps: РБК-Украина (the outlet), Mykhailo Zhyrokhov, Zelensky. "Флаг Украины" names the country; "Слава Украине!" is a slogan (skipped).',
    places: [
      { t: 'Балаклеи', all: true, ref: 'balakliia' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Балаклея', ref: 'balakliia' },
    ],
    traps: [
      { t: 'РБК-Украина', why: 'the outlet' },
      { t: 'Михаил Жирохов', why: 'person' },
      { t: 'Владимир Зеленский', why: 'person' },
    ],
    skipped: [
      { t: 'Украине', why: 'the country inside a slogan ("Слава Украине!")' },
    ],
    claims: [
      { t: 'более 20 населенных пунктов', kind: 'count', value: 20, unit: 'settlements', holder: 'UA', claimant: 'General Staff of the Armed Forces of Ukraine', asOf: ['2022-09-02', '2022-09-09'], note: '"наступательных действий ..., которые продолжаются последнюю неделю. По данным Генерального штаба, за это время было освобождено более 20 населенных пунктов"' },
      { t: 'более 1000 квадратных километров', kind: 'area-retaken', value: 1000, unit: 'km2', holder: 'UA', claimant: 'General Staff of the Armed Forces of Ukraine', asOf: ['2022-09-01', '2022-09-09'], note: '"А всего с начала сентября деоккупировано более 1000 квадратных километров территории"' },
    ],
    events: [
      { t: 'Балаклеи', n: 1, ref: 'balakliia', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-08'], note: '"накануне официально было объявлено об освобождении Балаклеи"' },
      { t: 'Балаклеи', n: 2, ref: 'balakliia', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-08'], note: '"Деоккупация Балаклеи стала итогом наступательных действий"' },
    ],
  },
];
