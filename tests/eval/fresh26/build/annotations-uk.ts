// Hand annotations, Ukrainian articles of tests/eval/fresh26. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const MALIAR_WEEK = ['2023-09-11', '2023-09-18'] as const;

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2023-09-18',
    url: 'https://dev.unn.ua/news/ukrayinski-viyska-za-tizhden-zvilnili-5-2-kv-km-na-pivdennomu-fronti-minoboroni',
    notes: 'Stored copy of an УНН (unn.ua) news item, its headline and body as the store gives them; the byline ("Київ • УНН") and the dateline ("КИЇВ. 18 вересня. УНН. ") before the text removed. The labels inside the text ("Деталі", "Доповнення") are kept. The date is the dateline\'s (18 September, "у понеділок": 18 September 2023 is a Monday, and the counter-offensive\'s 260 km² puts it in 2023). Events: "Південніше і східніше від Роботиного ми мали успіхи" (fighting, UA, Ганна Маляр: an advance near the village, the past week). Claims: "5,2 кв. км" freed over the past week (the headline, the body and the quote: area-retaken, km2, UA, Маляр, the week to 18 September) and "більше ніж 260 кв. км" so far in the offensive in the south (area-retaken, km2, UA, as of the report\'s day, as fresh25 gives "в ходе контрнаступательных действий уже освободили 47 кв. км"). Front axes ("на Мелітопольському напрямку" twice, "на Бахмутському напрямку") are skipped; "заступниця міністра оборони України" is a title and "Сили оборони України" an army\'s name (skipped); "на сході та півдні України" is the country. Traps: УНН, Ганна Маляр (twice), Маляр.',
    places: [
      { t: 'Роботиного', ref: 'robotyne' },
      { t: 'України', n: 3, ref: 'ukraine' },
    ],
    traps: [
      { t: 'УНН', why: 'a news agency' },
      { t: 'Ганна Маляр', all: true, why: 'person' },
      { t: 'Маляр', n: 2, why: 'person' },
    ],
    skipped: [
      { t: 'України', n: 1, why: OFFICIAL + ' ("заступниця міністра оборони України")' },
      { t: 'України', n: 2, why: 'country inside an army\'s name ("Сили оборони України")' },
      { t: 'Мелітопольському', all: true, why: 'front axis ("на Мелітопольському напрямку")' },
      { t: 'Бахмутському', why: 'front axis ("на Бахмутському напрямку")' },
    ],
    claims: [
      { t: '5,2 кв. км', n: 1, kind: 'area-retaken', value: 5.2, unit: 'km2', holder: 'UA', claimant: 'Ганна Маляр', asOf: MALIAR_WEEK, note: 'the headline: "Українські війська за тиждень звільнили 5,2 кв. км на південному фронті"' },
      { t: '5,2 кв. км', n: 2, kind: 'area-retaken', value: 5.2, unit: 'km2', holder: 'UA', claimant: 'Ганна Маляр', asOf: MALIAR_WEEK, note: '"Сили оборони за минулий тиждень звільнили 5,2 кв. км на південному фронті"' },
      { t: '5,2 кв. км', n: 3, kind: 'area-retaken', value: 5.2, unit: 'km2', holder: 'UA', claimant: 'Ганна Маляр', asOf: MALIAR_WEEK, note: '"протягом минулого тижня на південному напрямку було звільнено 5,2 кв. км"' },
      { t: '260 кв. км', kind: 'area-retaken', value: 260, unit: 'km2', holder: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-09-18'], note: '"Загалом за час наступальних дій на півдні ... звільнено вже більше ніж 260 кв. км"' },
    ],
    events: [
      { t: 'Роботиного', ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: 'Ганна Маляр', asOf: MALIAR_WEEK, note: '"Південніше і східніше від Роботиного ми мали успіхи"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-11-06',
    url: 'https://tsn.ua/ato/ukrayinski-viyskovi-povernuly-chastynu-pozytsiy-u-kupiansku-detali-2951048.html',
    notes: 'Stored copy of a ТСН (tsn.ua) news item, its headline, lead and body as the store gives them; the index\'s date prefix and the page\'s metadata list before the headline ("Дата публікації", "Категорія", "Війна", "Кількість переглядів", "301", "Час на прочитання", "1 хв") removed; the last sentence, cut by the store ("“Це бої в місті, які дуже динамічно змінюються і за умови нестабільної логістики для об"), removed. The date is the index\'s (6 November 2025). Events: the Ukrainian troops "повернули частину позицій у Куп’янську" (the headline) and "провели серію контратак у північній частині Куп’янська" (fighting, UA, Віктор Трегубов: counter-attacks within the town); "в Куп’янську тривають запеклі бої в міських умовах" (fighting, RU: the street battles in the town the Russians attack). "Ситуація в Куп’янську залишається вкрай напруженою" and "Ситуація в Куп’янську дуже динамічна" describe the situation (no event). Traps: Віктор Трегубов, Трегубов.',
    places: [
      { t: 'Куп’янську', all: true, ref: 'kupiansk' },
      { t: 'Куп’янська', ref: 'kupiansk' },
    ],
    traps: [
      { t: 'Віктор Трегубов', why: 'person' },
      { t: 'Трегубов', n: 2, why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Куп’янську', n: 1, ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: 'Віктор Трегубов', asOf: ['2025-11-06'], note: 'the headline: "Українські військові повернули частину позицій у Куп’янську"' },
      { t: 'Куп’янська', ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: 'Віктор Трегубов', part: true, asOf: ['2025-11-06'], note: '"Українські війська провели серію контратак у північній частині Куп’янська"' },
      { t: 'Куп’янську', n: 4, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'Віктор Трегубов', asOf: ['2025-11-06'], note: '"в Куп’янську тривають запеклі бої в міських умовах"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-12-27',
    url: 'https://focus.ua/uk/voennye-novosti/738468-zahoplennya-ukrajinskih-mist-shcho-kazhut-u-genshtabi-zsu-detali',
    notes: 'Stored copy of a Фокус (focus.ua) news item, its body as the store gives it; the index\'s date prefix removed; the last sentence, cut by the store ("Сили оборони України утримуют"), removed. The subheadings inside the text ("Ситуація в Мирнограді", "Костянтинівка: що відомо") are kept. The store gives no headline: the manifest title is made from the URL slug. The date is the index\'s (27 December 2025). Events: "заяви Кремля про встановлення контролю над містами Гуляйполе та Мирноград" (captured, RU, the Kremlin, denied: "не підтверджуються жодними фактами"); "Ситуація в Гуляйполі ... оборонна операція триває" and "обстановка в Мирнограді також важка, але російським підрозділам ... не вдається реалізувати плани щодо захоплення" (fighting, RU, the General Staff); "нібито контроль російських військ над половиною міста Костянтинівка" (controls, RU, denied: "Не відповідають реальності"). The subheadings carry no event. "Збройних сил України" is an army\'s name and "керівництва Російської Федерації" a title (skipped); "Покровсько-Мирноградської агломерації" is an agglomeration named after two towns (skipped). Traps: Кремля (the government named by its seat).',
    places: [
      { t: 'Гуляйполе', ref: 'huliaipole' },
      { t: 'Мирноград', ref: 'myrnohrad' },
      { t: 'Гуляйполі', ref: 'huliaipole' },
      { t: 'Мирнограді', all: true, ref: 'myrnohrad' },
      { t: 'Костянтинівка', all: true, ref: 'kostiantynivka' },
    ],
    traps: [{ t: 'Кремля', why: 'the government named by its seat' }],
    skipped: [
      { t: 'України', why: 'country inside an army\'s name ("Збройних сил України")' },
      { t: 'Російської Федерації', why: OFFICIAL + ' ("вищого політичного керівництва Російської Федерації")' },
      { t: 'Покровсько-Мирноградської', why: 'an agglomeration named after two towns' },
    ],
    claims: [],
    events: [
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: 'Кремль', denied: true, asOf: ['2025-12-27'], note: '"заяви Кремля про встановлення контролю над містами Гуляйполе та Мирноград не підтверджуються жодними фактами"' },
      { t: 'Мирноград', ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: 'Кремль', denied: true, asOf: ['2025-12-27'], note: '"контролю над містами Гуляйполе та Мирноград не підтверджуються"' },
      { t: 'Гуляйполі', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'Генштаб ЗСУ', asOf: ['2025-12-27'], note: '"Ситуація в Гуляйполі залишається складною, однак оборонна операція триває"' },
      { t: 'Мирнограді', n: 2, ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: 'Генштаб ЗСУ', asOf: ['2025-12-27'], note: '"оперативна обстановка в Мирнограді також важка, але російським підрозділам ... не вдається реалізувати плани щодо захоплення"' },
      { t: 'Костянтинівка', n: 2, ref: 'kostiantynivka', action: 'controls', actor: 'RU', claimant: 'Кремль', denied: true, part: true, asOf: ['2025-12-27'], note: '"Не відповідають реальності й твердження про нібито контроль російських військ над половиною міста Костянтинівка"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2026-02-09',
    url: 'https://www.rbc.ua/rus/news/sili-oboroni-zachistili-chugunivku-harkivshchini-1770634816.html',
    notes: 'Stored copy of a РБК-Україна (rbc.ua) news item, its headline and body as the store gives them; the date line ("Понеділок 09 лютого 2026 13:07"), the repeated headline with the photo caption and the byline ("Автор: Ірина Глухова") before the text removed; the subheading at the end ("Що відомо про село Чугунівка") and the sentence under it, cut by the store ("Чугунівка розташована "), removed. The reading pointer inside the text ("Читайте також: ...") is kept. The date is the date line\'s (9 February 2026, a Monday). Events: "Сили оборони зачистили Чугунівку" (the headline) and "вибили ворога з села Чугунівка" (cleared, UA, the 16th Army Corps); the Russians "спробували непомітно проникнути ... у районі села Чугунівка" (fighting, RU); "у Чугунівці Сили оборони встановили український прапор" (controls, UA: "Населений пункт перебуває під контролем Сил оборони України"). Харківщина and "Харківській області" are the oblast; "в Україні" (the reading pointer) the country; "Сил оборони України" an army\'s name (skipped). Traps: РБК-Україна, Telegram, Кремль, «Шквал» is a company\'s name (not place-like, unmarked).',
    places: [
      { t: 'Чугунівку', ref: 'chuhunivka' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Чугунівка', all: true, ref: 'chuhunivka' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'Україні', ref: 'ukraine' },
      { t: 'Чугунівці', ref: 'chuhunivka' },
    ],
    traps: [
      { t: 'РБК-Україна', why: 'an outlet named after the country' },
      { t: 'Telegram', why: 'a messaging app' },
      { t: 'Кремль', why: 'the government named by its seat' },
    ],
    skipped: [{ t: 'України', why: 'country inside an army\'s name ("Сил оборони України")' }],
    claims: [],
    events: [
      { t: 'Чугунівку', ref: 'chuhunivka', action: 'cleared', actor: 'UA', claimant: '16-й армійський корпус', asOf: ['2026-02-09'], note: 'the headline: "Сили оборони зачистили Чугунівку на Харківщині від росіян"' },
      { t: 'Чугунівка', n: 1, ref: 'chuhunivka', action: 'cleared', actor: 'UA', claimant: '16-й армійський корпус', asOf: ['2026-02-09'], note: '"Українські військові вибили ворога з села Чугунівка у Харківській області"' },
      { t: 'Чугунівка', n: 2, ref: 'chuhunivka', action: 'fighting', actor: 'RU', claimant: '16-й армійський корпус', asOf: ['2026-02-09'], note: '"російські загарбники спробували непомітно проникнути через бойові порядки захисників у районі села Чугунівка"' },
      { t: 'Чугунівці', ref: 'chuhunivka', action: 'controls', actor: 'UA', claimant: '16-й армійський корпус', asOf: ['2026-02-09'], note: '"Також у Чугунівці Сили оборони встановили український прапор" ("Населений пункт перебуває під контролем Сил оборони України")' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-02-19',
    url: 'https://pravyibereg.kyiv.ua/zsu-sprostuvaly-zaiavy-rosiian-pro-prosuvannia-na-donechchyni',
    notes: 'Stored copy of a Правий берег (pravyibereg.kyiv.ua) news item after Укрінформ, its headline and body as the store gives them; the date line ("19.02.2026") and the headline given twice more before the text kept once; the last sentence, cut by the store ("“Ворог намагається просуватися там малими групами, інфільтруватися, по три-чотири особи максимум, але проводяться пошуково-ударні дії нашими піхотни"), removed. The date is the date line\'s (19 February 2026). Events: "Сили оборони зберігають контроль над Никифорівкою, Неліпівкою, Новим Шаховим і Затишком" (controls, UA, Григорій Шаповал), the Russian claims of their capture being denied ("Попри гучні заяви противника"; the claims themselves name no place). The villages are placed in the oblast the text names ("на Донеччині"). Traps: ЗСУ, Схід (a grouping\'s name), Григорій Шаповал, Шаповал, Укрінформу.',
    places: [
      { t: 'Донеччині', all: true, ref: 'donetskOblast' },
      { t: 'Никифорівкою', ref: 'nykyforivka' },
      { t: 'Неліпівкою', ref: 'nelipivka' },
      { t: 'Новим Шаховим', ref: 'noveShakhove' },
      { t: 'Затишком', ref: 'zatyshokDonetsk' },
    ],
    traps: [
      { t: 'ЗСУ', why: 'abbreviation of the armed forces' },
      { t: 'Схід', why: 'a grouping of troops ("угруповання військ Схід")' },
      { t: 'Григорій Шаповал', why: 'person' },
      { t: 'Шаповал', n: 2, why: 'person' },
      { t: 'Укрінформу', why: 'a news agency' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Никифорівкою', ref: 'nykyforivka', action: 'controls', actor: 'UA', claimant: 'Григорій Шаповал', asOf: ['2026-02-19'], note: '"Сили оборони зберігають контроль над Никифорівкою, Неліпівкою, Новим Шаховим і Затишком"' },
      { t: 'Неліпівкою', ref: 'nelipivka', action: 'controls', actor: 'UA', claimant: 'Григорій Шаповал', asOf: ['2026-02-19'], note: '"зберігають контроль над Никифорівкою, Неліпівкою ..."' },
      { t: 'Новим Шаховим', ref: 'noveShakhove', action: 'controls', actor: 'UA', claimant: 'Григорій Шаповал', asOf: ['2026-02-19'], note: '"зберігають контроль над ... Новим Шаховим і Затишком"' },
      { t: 'Затишком', ref: 'zatyshokDonetsk', action: 'controls', actor: 'UA', claimant: 'Григорій Шаповал', asOf: ['2026-02-19'], note: '"зберігають контроль над ... Новим Шаховим і Затишком"' },
    ],
  },
];
