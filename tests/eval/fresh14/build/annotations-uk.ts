// Hand annotations, Ukrainian articles of tests/eval/fresh14 (locators as in annotations-en.ts).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'front axis named by an adjective';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-04-10',
    url: 'https://www.rbc.ua/ukr/news/seredine-rubezhnogo-nachalsya-pozitsionnyy-1649574817.html',
    notes: 'Stored copy of an РБК-Україна news item, from its lead to its last quote; the language switch ("ua en ru"), the headline and the photo caption before the lead and a last "Нагадаємо" sentence cut mid-word by the store ("дві жит") removed (the manifest title is the headline). The date is the URL\'s Unix time (1649574817: 10 April 2022). Events (the Luhansk governor Гайдай): a positional battle begun in the middle of Рубіжне (fighting, RU, in the lead and in the quote); the occupiers\' attempts to break through near Попасна and Рубіжне, repelled (fighting, RU, at both). "Можливий наступ на Сєвєродонецьк" is a possibility (no event, twice); "окупованого Щастя" is an attribute (no event, twice). "голови Луганської ОДА" is an official body (skipped); РБК-Україна (an outlet) and people are traps.',
    places: [
      { t: 'Рубіжне', ref: 'rubizhne' },
      { t: 'Луганської області', ref: 'luhanskOblast' },
      { t: 'Сєвєродонецьк', all: true, ref: 'sievierodonetsk' },
      { t: 'Щастя', all: true, ref: 'shchastia' },
      { t: 'Рубіжному', ref: 'rubizhne' },
      { t: 'Луганщини', ref: 'luhanskOblast' },
      { t: 'Попасної', ref: 'popasna' },
      { t: 'Рубіжного', ref: 'rubizhne' },
      { t: 'Луганщині', ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'РБК-Україна', why: 'news outlet' },
      { t: 'Сергія Гайдая', why: 'person' },
      { t: 'Гайдай', all: true, why: 'person' },
    ],
    skipped: [{ t: 'Луганської', ctx: 'Луганської ОДА', why: 'official body (the oblast administration)' }],
    claims: [],
    events: [
      { t: 'Рубіжне', ref: 'rubizhne', action: 'fighting', actor: 'RU', claimant: 'Сергій Гайдай', asOf: ['2022-04-10'], note: '"У середині міста Рубіжне ... почався позиційний бій"' },
      { t: 'Рубіжному', ref: 'rubizhne', action: 'fighting', actor: 'RU', claimant: 'Гайдай', asOf: ['2022-04-10'], note: '"У Рубіжному розпочався позиційний бій в середині міста"' },
      { t: 'Попасної', ref: 'popasna', action: 'fighting', actor: 'RU', claimant: 'Гайдай', asOf: ['2022-04-10'], note: '"не полишають спроб здійснити прорив біля Попасної та Рубіжного, але безуспішно"' },
      { t: 'Рубіжного', ref: 'rubizhne', action: 'fighting', actor: 'RU', claimant: 'Гайдай', asOf: ['2022-04-10'] },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-07-18',
    url: 'https://lb.ua/society/2023/07/18/565789_ukrainski_viyska_mayut_perevagu.html',
    notes: 'Stored copy of an LB.ua news item, its whole body as the store gives it (the store gives no headline: the manifest title is made from the URL slug and the lead). The date is the URL\'s (18 July 2023). Events (the Tavria spokesman Шершень): the Ukrainian forces have the upper hand in the battles for Старомайорське (fighting, UA, in the lead and in the quote). "на південь від Макарівки" is a position (no event); "наступ північніше та південніше Бахмута" is an advance placed north and south of a town, a position (no event). The front axes ("Мелітопольському та Бердянському напрямках", "Таврійського напрямку") and the river Мокрі Яли are skipped; "Сили оборони України" is an official body (skipped); people are traps.',
    places: [
      { t: 'Старомайорське', all: true, ref: 'staromaiorske' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Макарівки', ref: 'makarivka' },
      { t: 'Бахмута', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Валерій Шершень', why: 'person' },
      { t: 'Шершень', ctx: 'Шершень зазначив', why: 'person' },
    ],
    skipped: [
      { t: 'України', n: 1, why: BODY },
      { t: 'Мелітопольському', why: AXIS },
      { t: 'Бердянському', why: AXIS },
      { t: 'України', n: 2, why: BODY },
      { t: 'Таврійського', why: AXIS },
      { t: 'Мокрі Яли', why: 'river' },
    ],
    claims: [],
    events: [
      { t: 'Старомайорське', n: 1, ref: 'staromaiorske', action: 'fighting', actor: 'UA', claimant: 'Валерій Шершень', asOf: ['2023-07-18'], note: '"мають перевагу в боях за Старомайорське"' },
      { t: 'Старомайорське', n: 2, ref: 'staromaiorske', action: 'fighting', actor: 'UA', claimant: 'Валерій Шершень', asOf: ['2023-07-18'], note: '"важкі бої за населений пункт Старомайорське ... тут перевага на нашому боці"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2023-12-08',
    url: 'https://amp.slk.kh.ua/oblast-online/kupanskij-rajon/rosijski-zagarbniki-namagautsa-zahopiti-sinkivku.html',
    notes: 'Stored copy of a Слобідський край (AMP page) news item, from its lead to the paragraph before the last; the newsletter box, headline, date line and photo captions before the lead and a last "Нагадаємо" sentence cut mid-word by the store ("17 авіауда") removed (the manifest title is the headline). The date is the page\'s date line (08.12.2023). Events (the Ground Forces spokesman Фітьо): Russia trying to capture Синьківка (fighting, RU); the Russians\' report of its capture "не відповідає дійсності" (captured, RU, denied; "Днями"). "для наступу на Куп\'янськ" is a purpose and "за дев\'ять кілометрів від Куп\'янська" a distance (no event); the residents leaving Синьківка is no control event. "Куп\'янський напрямок" is a front axis (skipped); lower-case "росії" and "рф" are counted; «Слобідський край» (an outlet) and people are traps.',
    places: [
      { t: 'росії', ref: 'russia' },
      { t: 'Синьківка', ref: 'synkivka' },
      { t: "Куп'янському районі", ref: 'kupianskDistrict' },
      { t: "Куп'янськ", ref: 'kupiansk' },
      { t: 'Синьківки', all: true, ref: 'synkivka' },
      { t: "Куп'янська", ref: 'kupiansk' },
      { t: 'рф', ref: 'russia' },
    ],
    traps: [
      { t: 'Володимир Фітьо', all: true, why: 'person' },
      { t: 'Слобідський край', why: 'news outlet' },
    ],
    skipped: [{ t: "Куп'янський", why: AXIS }],
    claims: [],
    events: [
      { t: 'Синьківка', ref: 'synkivka', action: 'fighting', actor: 'RU', claimant: 'Володимир Фітьо', asOf: ['2023-12-08'], note: '"намагається захопити село Синьківка"' },
      { t: 'Синьківки', n: 2, ref: 'synkivka', action: 'captured', actor: 'RU', claimant: 'росіяни', denied: true, asOf: ['2023-12-01', '2023-12-08'], note: '"Днями росіяни поширили інформацію про захоплення Синьківки ..., однак це не відповідає дійсності"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-11-03',
    url: 'https://www.radiosvoboda.org/a/news-temp-armiji-rf-v-ukrajini-stabilnyj-analiz/33580346.html',
    notes: 'Stored copy of a Радіо Свобода news item (an AFP analysis of ISW data), from its lead to the paragraph before the last, as the store\'s longer excerpt of the page gives it (its shorter excerpt adds the index\'s date prefix, an accessibility link, the headline and a photo caption before the lead); a last sentence cut mid-word by the store ("Кримським півостром, о") removed (the manifest title is the headline). The date is the index date (3 November 2025). Claims (ISW via France-Presse): 461 km² taken by Russia in October 2025 and 634 km² in July 2025 (area-gained, RU); Russia controls 81% of Donetsk Oblast (area-held, percent, RU). Event: the Ukrainian forces trying to hold Покровськ (controls, UA: a side holding a town). "Москва вимагає ... виведення своїх військ звідти" and the withdrawal demand concern oblasts (no event). The oblasts are named by their adjectives ("із Луганської, Херсонської та Запорізької областей": counted); Москва and Київ are governments (counted); "Збройні сили України" is an official body (skipped); France-Presse is a news agency (trap).',
    places: [
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'України', n: 1, ref: 'ukraine' },
      { t: 'України', n: 2, ref: 'ukraine' },
      { t: 'Покровськ', ref: 'pokrovsk' },
      { t: 'Росія', all: true, ref: 'russia' },
      { t: 'України', n: 4, ref: 'ukraine' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Москва', ref: 'moscow' },
      { t: 'України', n: 5, ref: 'ukraine' },
      { t: 'Луганської', ref: 'luhanskOblast' },
      { t: 'Херсонської', ref: 'khersonOblast' },
      { t: 'Запорізької областей', ref: 'zaporizhzhiaOblast' },
      { t: 'Київ', ref: 'kyiv' },
    ],
    traps: [{ t: 'France-Presse', why: 'news agency' }],
    skipped: [{ t: 'України', n: 3, why: BODY }],
    claims: [
      { t: '461 квадратний кілометр', kind: 'area-gained', value: 461, unit: 'km2', holder: 'RU', claimant: 'France-Presse', asOf: ['2025-10-01', '2025-10-31'], note: '"Росія за жовтень захопила 461 квадратний кілометр території України"' },
      { t: '634 квадратних кілометри', kind: 'area-gained', value: 634, unit: 'km2', holder: 'RU', claimant: 'France-Presse', asOf: ['2025-07-01', '2025-07-31'], note: '"у липні, коли Росія захопила 634 квадратних кілометри"' },
      { t: '81%', kind: 'area-held', value: 81, unit: 'percent', holder: 'RU', claimant: 'France-Presse', asOf: ['2025-11-03'], note: '"Росія зараз контролює 81% Донецької області"' },
    ],
    events: [
      { t: 'Покровськ', ref: 'pokrovsk', action: 'controls', actor: 'UA', claimant: null, asOf: ['2025-11-03'], note: '"Збройні сили України намагаються утримати важливе місто Покровськ"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-01-27',
    url: 'https://tsn.ua/ukrayina/herasymov-zvilnyv-naselenyy-punkt-do-iakoho-okupanty-navit-ne-diyshly-reaktsiia-zsu-karty-3009161.html',
    notes: 'Stored copy of a ТСН news item, from its lead to the first sentence of the last quote; the photo caption before the lead and the quote\'s second sentence, cut by the store ("лікарів") removed (the manifest title is the headline the store gives in its other excerpt of the page). The date is the index date (27 January 2026). Events: Герасимов\'s claimed capture of Куп’янськ-Вузловий, called a fake (captured, RU, denied); «Куп’янськ-Вузловий не тільки не перебуває під контролем загарбників» (controls, RU, denied). Куп’янськ-Вузловий is placed at Kupiansk (`district`: its hromada\'s centre). "Генштабу РФ" is an official body (skipped); Герасимов is a trap.',
    places: [
      { t: 'Куп’янськ-Вузловий', all: true, ref: 'kupianskVuzlovyi' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
    ],
    traps: [{ t: 'Валерій Герасимов', why: 'person' }],
    skipped: [{ t: 'РФ', why: BODY }],
    claims: [],
    events: [
      { t: 'Куп’янськ-Вузловий', n: 1, ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: 'Валерій Герасимов', denied: true, asOf: ['2026-01-27'], note: '"заявив про нібито захоплення ... селища Куп’янськ-Вузловий"; "цей фейк"' },
      { t: 'Куп’янськ-Вузловий', n: 2, ref: 'kupianskVuzlovyi', action: 'controls', actor: 'RU', claimant: 'Валерій Герасимов', denied: true, asOf: ['2026-01-27'], note: '«не тільки не перебуває під контролем загарбників»' },
    ],
  },
];
