// Hand annotations, Ukrainian articles of tests/eval/fresh24. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const ARMY = 'country inside an army\'s name';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-07-26',
    url: 'https://fun.my.ua/uk/news/cluster/2024-07-26-krinki-maizhe-povnistiu-zruinovani-shcho-vidomo-pro-sili-oboroni-na-tsomu-napriamku/f57fdf52-51b9-3d74-a4ee-7e478647e281',
    notes: 'Stored copy of a MY.UA (fun.my.ua) news item after Крим.Реалії, its headline and body as the store gives them; the headline, given three times, kept once, and its fourth copy after the text, cut by the store ("Кринки майже повністю знищені, але ЗСУ продовжують тримати оборону на лівому березі Дніпра –"), removed. The date is the URL\'s (26 July 2024, a Friday; the text names no weekday). Events: the Ukrainian troops holding positions on the left bank "неподалік населеного пункту Кринки" and carrying out combat tasks "неподалік села Кринки" (fighting, UA: the defensive operation at the bridgehead, as fresh23 marks the Krynky operation). Кринки "зруйновано практично вщент" (the headline and the lead) is destruction, not a change of control (no event); "боїв за плацдарм" names no settlement. "Херсонщини" and "Херсонській області" are the oblast; "Сил оборони України" and "Сили оборони України" an army\'s name (skipped); Дніпра (three times) the river. Traps: ЗСУ, "Таврія" (twice: a grouping of troops named after a historical region), Дмитро Лиховій, Лиховій, Крим.Реалії (an outlet named after Crimea), Дніпра (three times).',
    places: [
      { t: 'Кринки', all: true, ref: 'krynky' },
      { t: 'Херсонщини', ref: 'khersonOblast' },
      { t: 'Херсонській області', ref: 'khersonOblast' },
    ],
    traps: [
      { t: 'ЗСУ', why: 'abbreviation of the armed forces' },
      { t: 'Дніпра', all: true, why: 'a river ("на лівому березі Дніпра")' },
      { t: 'Таврія', all: true, why: 'grouping of troops named after a historical region (ОСУВ "Таврія")' },
      { t: 'Дмитро Лиховій', why: 'person' },
      { t: 'Лиховій', ctx: 'Лиховій наголосив', why: 'person' },
      { t: 'Крим.Реалії', why: 'news outlet' },
    ],
    skipped: [
      { t: 'України', all: true, why: ARMY + ' ("Сил оборони України", "Сили оборони України")' },
    ],
    claims: [],
    events: [
      { t: 'Кринки', n: 3, ref: 'krynky', action: 'fighting', actor: 'UA', claimant: 'Дмитро Лиховій', asOf: ['2024-07-26'], note: '"утримують позиції на лівому березі Дніпра, зокрема й неподалік населеного пункту Кринки"' },
      { t: 'Кринки', n: 4, ref: 'krynky', action: 'fighting', actor: 'UA', claimant: 'Дмитро Лиховій', asOf: ['2024-07-26'], note: '"продовжують виконувати бойові завдання ... у тому числі і неподалік села Кринки"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-08-20',
    url: 'https://focus.ua/uk/voennye-novosti/720292-proriv-zs-rf-pid-dobropillyam-rosiyani-opinilis-v-otochenni-karti-ta-ostanni-novini',
    notes: 'Stored copy of a Фокус (focus.ua) news item after the BBC, its body as the store gives it; the index\'s date prefix removed, and the last sentence, cut by the store ("Зараз обидві сторони підтягують резерви"), removed (the store gives no headline: the manifest title is made from the URL slug). The photo captions inside the text ("Ситуація біля Добропілля Фото: ВВС", "Карти DeepState демонструють, що відбувається біла Добропілля Фото: DeepState") are kept. The date is the index date (20 August 2025, a Wednesday; the text names no weekday; "Майже тиждень тому" agrees with the breakthrough reported on 11–13 August). Events: the breakthrough of the Russian forces "під Добропіллям" (fighting, RU: an advance towards a town); the settlements "по лінії Рубіжне — Золотий Колодязь — Веселе" retaken (liberated, UA: the owner rule, Ukraine retaking its villages). The two captions name Добропілля with no event. Рубіжне, Золотий Колодязь and Веселе are placed near Dobropillia, where the text puts the fighting (data/gazetteer\'s GeoNames Rubizhne is a namesake town in Luhansk Oblast). "ЗС РФ" (twice) is an army\'s name (skipped). Not claims: distances advanced ("на 10-12 км", "до 15-18 км"). Traps: ЗСУ (twice), ВВС (twice: the BBC), DeepState (twice), "Рыбаря" (a blogger), Інституту вивчення війни, ISW.',
    places: [
      { t: 'Добропіллям', ref: 'dobropillia' },
      { t: 'Покровська', ref: 'pokrovsk' },
      { t: 'Рубіжне', ref: 'rubizhneDobropillia' },
      { t: 'Золотий Колодязь', ref: 'zolotyiKolodiaz' },
      { t: 'Веселе', ref: 'veseleDobropillia' },
      { t: 'Добропілля', all: true, ref: 'dobropillia' },
    ],
    traps: [
      { t: 'ЗСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'ВВС', all: true, why: 'news outlet (the BBC)' },
      { t: 'DeepState', all: true, why: 'a monitoring project' },
      { t: 'Рыбаря', why: 'a blogger ("Рыбарь")' },
      { t: 'Інституту вивчення війни', why: 'a think-tank' },
      { t: 'ISW', why: 'a think-tank' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: ARMY + ' ("ЗС РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Добропіллям', ref: 'dobropillia', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-08-13', '2025-08-20'], note: '"Майже тиждень тому стало відомо про прорив ЗС РФ під Добропіллям"' },
      { t: 'Рубіжне', ref: 'rubizhneDobropillia', action: 'liberated', actor: 'UA', claimant: 'BBC', asOf: ['2025-08-20'], note: '"ЗСУ зупинили наступ і відбили населені пункти по лінії Рубіжне — Золотий Колодязь — Веселе" (the owner rule)' },
      { t: 'Золотий Колодязь', ref: 'zolotyiKolodiaz', action: 'liberated', actor: 'UA', claimant: 'BBC', asOf: ['2025-08-20'], note: '"відбили населені пункти по лінії Рубіжне — Золотий Колодязь — Веселе"' },
      { t: 'Веселе', ref: 'veseleDobropillia', action: 'liberated', actor: 'UA', claimant: 'BBC', asOf: ['2025-08-20'], note: '"відбили населені пункти по лінії Рубіжне — Золотий Колодязь — Веселе"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-09-17',
    url: 'https://www.unian.ua/war/chi-ydut-boji-v-centri-kup-yanska-v-zsu-dali-vidpovid-novini-harkova-13133817.html',
    notes: 'Stored copy of an УНІАН (unian.ua) news item, its body from the standfirst as the store gives it (apostrophes as the store gives them: "Куп\'янська" twice, "Куп’янська" once); the index\'s date prefix removed, and the last sentence, cut by the store ("\\"До північних околиць Куп’янська загарбники інфільтруються групами в"), removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (17 September 2025, a Wednesday; the text names no weekday). Events: the report that the Russians "вже дійшли до центру Куп\'янська і там тривають бої", called untrue by the spokesman (fighting, RU, denied); the operation in the north of the town to block and destroy the occupiers "які інфільтрувалися до Куп\'янська" (fighting, UA: a clearing operation, the side conducting it as actor); the occupiers infiltrating "до північних околиць Куп’янська" (entered, RU: a break-in). The accumulation of personnel "в районі населених пунктів Радьківка та Голубівка" and the occupiers reaching the area of Радьківки by a gas pipe are locations and movements (no event). Радьківка, Голубівка and Радьківки are placed near Kupiansk. Оскіл (twice) is the river; ОСУВ "Дніпро" a grouping named after a river. Traps: Оскіл (twice), Дніпро, Олексій Бєльський, УНІАН.',
    places: [
      { t: "Куп'янська", all: true, ref: 'kupiansk' },
      { t: 'Куп’янська', ref: 'kupiansk' },
      { t: 'Радьківка', ref: 'radkivka' },
      { t: 'Голубівка', ref: 'holubivka' },
      { t: 'Радьківки', ref: 'radkivka' },
    ],
    traps: [
      { t: 'Оскіл', all: true, why: 'a river ("через річку Оскіл")' },
      { t: 'Дніпро', why: 'grouping of troops named after a river (ОСУВ "Дніпро")' },
      { t: 'Олексій Бєльський', why: 'person' },
      { t: 'УНІАН', why: 'news agency' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: "Куп'янська", n: 1, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: null, denied: true, part: true, asOf: ['2025-09-17'], note: '"з\'явилася інформація про те, що росіяни вже дійшли до центру Куп\'янська і там тривають бої" (called untrue: "така інформація є неправдивою")' },
      { t: "Куп'янська", n: 2, ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: 'Олексій Бєльський', part: true, asOf: ['2025-09-17'], note: '"в північній частині міста триває операція з блокування та знищення окупантів, які інфільтрувалися до Куп\'янська"' },
      { t: 'Куп’янська', ref: 'kupiansk', action: 'entered', actor: 'RU', claimant: 'Олексій Бєльський', asOf: ['2025-09-17'], note: '"Перед тим, як інфільтруватися до північних околиць Куп’янська"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-12-18',
    url: 'https://24tv.ua/situatsiya-vovchansku-shho-naspravdi-vidbuvayetsya-misti_n2972956/amp',
    notes: 'Stored copy of a 24 Канал (24tv.ua, AMP page) news item, its body as the store gives it; the index\'s date prefix removed (the store gives no headline: the manifest title is made from the URL slug). The subheading and the map link inside the text ("Що насправді відбувається у Вовчанську?", "Бої у Вовчанську: дивіться на карті") are kept. The date is the index date (18 December 2025, a Thursday; the text names no weekday). Events: the Russian propaganda\'s claim of the capture of Вовчанськ, put with the "captures" of Покровськ and Куп\'янськ (captured, RU, denied: the expert calls the town a grey zone that neither side controls, and the text sets the claims among false ones); the fighting in Вовчанськ (fighting, RU: "Бої у Вовчанську", after "Там ідуть боєзіткнення"). "у Вовчанську більшість будинків знищені" is destruction; "ні Україна, ні Росія не можуть говорити про повний контроль над ним" denies control to both (no event); "якби росіяни справді повністю окупували Вовчанськ" is a condition (no event). Україна and Росія are the countries. Claims: "80% міста – це сіра зона" (area-contested, percent, no holder). Not claims: a distance ("за 5 – 10 кілометрів"). Traps: 24 Каналу, "Реактивна пошта" (a charity), Павло Нарожний.',
    places: [
      { t: 'Вовчанська', ref: 'vovchansk' },
      { t: 'Покровська', ref: 'pokrovsk' },
      { t: "Куп'янська", ref: 'kupiansk' },
      { t: 'Вовчанську', all: true, ref: 'vovchansk' },
      { t: 'Україна', ref: 'ukraine' },
      { t: 'Росія', ref: 'russia' },
      { t: 'Вовчанськ', ref: 'vovchansk' },
    ],
    traps: [
      { t: '24 Каналу', why: 'news outlet' },
      { t: 'Реактивна пошта', why: 'a charity' },
      { t: 'Павло Нарожний', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '80%', kind: 'area-contested', value: 80, unit: 'percent', holder: null, claimant: 'Павло Нарожний', asOf: ['2025-12-18'], note: '"80% міста – це сіра зона, в якій пересуваються і наші, і російські війська"' },
    ],
    events: [
      { t: 'Вовчанська', ref: 'vovchansk', action: 'captured', actor: 'RU', claimant: 'Russian propaganda', denied: true, asOf: ['2025-12-18'], note: '"Російська пропаганда заявляє про захоплення Вовчанська" (the expert: a grey zone controlled by neither side)' },
      { t: 'Покровська', ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: 'Russian propaganda', denied: true, asOf: ['2025-12-18'], note: '"до категорії про \\"захоплення\\" Покровська та Куп\'янська" (the capture in quotation marks)' },
      { t: "Куп'янська", ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: 'Russian propaganda', denied: true, asOf: ['2025-12-18'], note: '"про \\"захоплення\\" Покровська та Куп\'янська"' },
      { t: 'Вовчанську', n: 3, ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: 'Павло Нарожний', asOf: ['2025-12-18'], note: '"Там ідуть боєзіткнення ... Бої у Вовчанську"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-01-11',
    url: 'https://news.online.ua/shho-vidbuvajetsia-u-guliaipoli-ostanni-podrobici-z-frontu-900511/',
    notes: 'Stored copy of an Online.ua (news.online.ua) news item, its body as the store gives it; the index\'s date prefix removed (the store gives no headline: the manifest title is made from the URL slug). The subheading inside the text ("Ситуація у Гуляйполі залишається складною") and the share label after the quotation ("Поширити") are kept. The date is the index date (11 January 2026, a Sunday; the text names no weekday). Events: the fierce fighting "У місті Гуляйполе" (fighting, RU: the attacking side as actor); the 14 clashes "безпосередньо у Гуляйполі" (fighting, RU); "Гуляйполе зараз — це велика сіра зона. Там тривають бої" (fighting, RU). The subheading carries no event; the clashes near the settlements north and south of Гуляйполя name none. "Запорізької області" is the oblast; "на Гуляйпільському напрямку" a front axis and "Сил оборони Півдня України" an army\'s name (skipped). Not claims: clashes counted ("14 боєзіткнень"). Traps: Владислав Волошин, Волошин, ЗСУ.',
    places: [
      { t: 'Гуляйполе', all: true, ref: 'huliaipole' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
      { t: 'Гуляйполі', all: true, ref: 'huliaipole' },
      { t: 'Гуляйполя', ref: 'huliaipole' },
    ],
    traps: [
      { t: 'Владислав Волошин', why: 'person' },
      { t: 'Волошин', ctx: 'уточнив Волошин', why: 'person' },
      { t: 'ЗСУ', why: 'abbreviation of the armed forces' },
    ],
    skipped: [
      { t: 'України', why: ARMY + ' ("Сил оборони Півдня України")' },
      { t: 'Гуляйпільському', why: 'front axis ("на Гуляйпільському напрямку")' },
    ],
    claims: [],
    events: [
      { t: 'Гуляйполе', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2026-01-11'], note: '"У місті Гуляйполе Запорізької області точаться запеклі бої між українськими захисниками та російськими загарбниками"' },
      { t: 'Гуляйполі', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2026-01-11'], note: '"14 боєзіткнень було безпосередньо у Гуляйполі"' },
      { t: 'Гуляйполе', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2026-01-11'], note: '"Гуляйполе зараз — це велика сіра зона. Там тривають бої"' },
    ],
  },
];
