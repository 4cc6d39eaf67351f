// Hand annotations, Ukrainian articles of tests/eval/fresh29. Spans are located by gold.ts (n = occurrence as a
// whole word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMED = 'abbreviation of the armed forces';
const VOLOSHIN_N = 'Назар Волошин';
const VOLOSHIN_V = 'Владислав Волошин';
const BRIGADE = '110 окрема механізована бригада';
const GENSTAB = 'Генштаб';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-04-27',
    url: 'https://interfax.com.ua/news/general/983308-amp.html',
    notes: 'Stored copy of an Інтерфакс-Україна news item, its headline and body as the store gives them; the site chrome after the text ("Реклама" twice and the "ЩЕ ЗА ТЕМОЮ" list of other reports with their times) removed. The store gives the page no date: the date is that of the page\'s other stored report of the same statement (fun.my.ua\'s cluster of 27 April 2024, which quotes the same words of Voloshin, "прорваться и закрепиться в определенной части этого населенного пункта"). Events: the Russians broke through and gained a foothold in part of Очеретине (entered, RU, the headline "прорватися і закріпитися в частині Очеретиного" and the body "прорватися біля Очеретиного ... та закріпитися в частині населеного пункту": a breakthrough into part of a settlement, as the clauses frame it; Voloshin). "ситуація контролюється підрозділами Сил оборони" names no settlement. "Донецької області" is the oblast. Traps: "Хортиця" (twice, a grouping named after an island), Назар Волошин, Волошин, ЗСУ. Not claims: "чотири бригади" (units).',
    places: [
      { t: 'Очеретиного', all: true, ref: 'ocheretyne' },
      { t: 'Донецької області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Хортиця', all: true, why: 'a grouping of forces named after an island' },
      { t: 'Назар Волошин', why: 'person' },
      { t: 'Волошин', n: 2, why: 'person' },
      { t: 'ЗСУ', why: ARMED },
    ],
    events: [
      { t: 'Очеретиного', n: 1, ref: 'ocheretyne', action: 'entered', actor: 'RU', claimant: VOLOSHIN_N, part: true, asOf: ['2024-04-27'], note: 'the headline: "Росіянам вдалося прорватися і закріпитися в частині Очеретиного"' },
      { t: 'Очеретиного', n: 2, ref: 'ocheretyne', action: 'entered', actor: 'RU', claimant: VOLOSHIN_N, part: true, asOf: ['2024-04-27'], note: '"Російським окупантам вдалося прорватися біля Очеретиного Донецької області та закріпитися в частині населеного пункту"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-10-03',
    url: 'https://24tv.ua/verbove-dnipropetrovskoyi-oblasti-okupovane-yaka-situatsiya-seli_n2926697/amp',
    notes: 'Stored copy of a 24 Канал news item, its body as the store gives it, up to the last full sentence (the store cuts the next one, "Однак це поняття застосовується до тих тер", mid-word: removed); the index\'s date prefix removed. The subheading inside the text ("Що відомо про ситуацію у Вербовому?") is kept. The store gives no headline: the manifest title is made from the URL slug. The date is the index date (3 October 2025). Events: the Russian video "нібито про окупацію Вербового", which the 110th brigade calls untrue ("Інформація на DeepState не відповідає дійсності": captured, RU, denied, claimed by the Russians); "До Вербового дійсно зайшла диверсійно-розвідувальна група росіян" (entered, RU, the brigade: confirmed, not denied); "Вербове під контролем 110 ОМБр" (controls, UA). "село знаходиться під контролем ЗСУ", "Хлопці зайшли в село ... й зачистили населений пункт" and "Про захоплення одного з сіл" name no settlement (no event); the grey zone on the analysts\' map is a description (no event). "Дніпропетровській області" is the oblast. Traps: DeepState (twice), 24 Канал (the outlet), ЗСУ.',
    places: [
      { t: 'Дніпропетровській області', ref: 'dnipropetrovskOblast' },
      { t: 'Вербовому', ref: 'verboveDnipro' },
      { t: 'Вербового', all: true, ref: 'verboveDnipro' },
      { t: 'Вербове', all: true, ref: 'verboveDnipro' },
    ],
    traps: [
      { t: 'DeepState', all: true, why: 'a mapping project' },
      { t: '24 Канал', why: 'the outlet' },
      { t: 'ЗСУ', why: ARMED },
    ],
    events: [
      { t: 'Вербового', n: 1, ref: 'verboveDnipro', action: 'captured', actor: 'RU', claimant: 'росіяни', denied: true, asOf: ['2025-10-03'], note: '"росіяни з метою пропаганди поширили відео, на якому йдеться нібито про окупацію Вербового" (denied: "Інформація на DeepState не відповідає дійсності")' },
      { t: 'Вербового', n: 2, ref: 'verboveDnipro', action: 'entered', actor: 'RU', claimant: BRIGADE, asOf: ['2025-10-03'], note: '"До Вербового дійсно зайшла диверсійно-розвідувальна група росіян"' },
      { t: 'Вербове', n: 1, ref: 'verboveDnipro', action: 'controls', actor: 'UA', claimant: BRIGADE, asOf: ['2025-10-03'], note: '"Вербове під контролем 110 ОМБр"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-12-02',
    url: 'https://lb.ua/society/2025/12/02/709770_genshtab_sili_oboroni.html',
    notes: 'Stored copy of an LB.ua news item, its standfirst and body as the store gives them. The store gives no headline: the manifest title is made from the URL slug. The date is the URL\'s (2 December 2025; "сьогодні в Москві відбудуться переговори зі США"). Events: "Сили оборони продовжують ведення оборонних операцій у Покровську, Вовчанську і Куп\'янську" (fighting, RU, three times, the General Staff: the attacked towns; the next sentence calls Russia\'s claims of their capture untrue, but names them by "цих населених пунктів": no event there); "У Покровську Донецької області Сили оборони утримують північну частину міста" (controls, UA: a part held); "ситуація у Вовчанську, де росіяни не полишають спроб просунутися" (fighting, RU). "в цих населених пунктах" names no settlement; "в районах Покровська та Мирнограда" is a location of supply routes (no event). Росії and Росія name the country, Москві the city, США the country. No claims.',
    places: [
      { t: 'Покровську', all: true, ref: 'pokrovsk' },
      { t: 'Вовчанську', all: true, ref: 'vovchansk' },
      { t: "Куп'янську", ref: 'kupiansk' },
      { t: 'Росії', ref: 'russia' },
      { t: 'Росія', ref: 'russia' },
      { t: 'Москві', ref: 'moscow' },
      { t: 'США', ref: 'usa' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Покровська', ref: 'pokrovsk' },
      { t: 'Мирнограда', ref: 'myrnohrad' },
    ],
    events: [
      { t: 'Покровську', n: 1, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: GENSTAB, asOf: ['2025-12-02'], note: '"Сили оборони продовжують ведення оборонних операцій у Покровську, Вовчанську і Куп\'янську"' },
      { t: 'Вовчанську', n: 1, ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: GENSTAB, asOf: ['2025-12-02'], note: '"оборонних операцій у Покровську, Вовчанську і Куп\'янську"' },
      { t: "Куп'янську", ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: GENSTAB, asOf: ['2025-12-02'], note: '"оборонних операцій у Покровську, Вовчанську і Куп\'янську"' },
      { t: 'Покровську', n: 2, ref: 'pokrovsk', action: 'controls', actor: 'UA', claimant: GENSTAB, part: true, asOf: ['2025-12-02'], note: '"У Покровську Донецької області Сили оборони утримують північну частину міста по лінії залізниці"' },
      { t: 'Вовчанську', n: 2, ref: 'vovchansk', action: 'fighting', actor: 'RU', asOf: ['2025-12-02'], note: '"Напруженою залишається ситуація у Вовчанську, де росіяни не полишають спроб просунутися"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2026-01-02',
    url: 'https://society.comments.ua/ua/news/warrussia/voroga-tam-u-razi-bilshe-u-zsu-rozpovili-scho-vidbuvaetsya-v-gulyaypoli-792567.html',
    notes: 'Stored copy of a Коментарі news item, its body as the store gives it, up to the last full sentence (the store cuts the next one, "Сили оборони проводять активні пошуково-ударні операції, спрямова", mid-word: removed); the index\'s date prefix removed. The photo caption inside the text ("За Гуляйполе тривають важкі бої. Фото: з відкритих джерел") is kept. The store gives no headline: the manifest title is made from the URL slug. The date is the index date (2 January 2026). Events: "Російські війська змогли прорватися до міста Гуляйполе ..., однак повністю встановити контроль над населеним пунктом їм не вдалося" (entered, RU, Voloshin: a breakthrough into the town, not its capture); "За Гуляйполе тривають важкі бої" (fighting, RU); "противник намагається розширити присутність у Гуляйполі" (fighting, RU); "Наразі в Гуляйполі діє одразу кілька українських військових формувань" (controls, UA: units holding their sectors of the town, as the preceding sentences say). "Українські військові залишаються в межах міста" and "закріпитися в місті" name no settlement (no event). "Запорізькій області" is the oblast; "Сил оборони Півдня України" an official body (the country skipped). Traps: Владислав Волошин, Волошин. No claims.',
    places: [
      { t: 'Гуляйполе', all: true, ref: 'huliaipole' },
      { t: 'Запорізькій області', ref: 'zaporizhzhiaOblast' },
      { t: 'Гуляйполі', all: true, ref: 'huliaipole' },
    ],
    traps: [
      { t: 'Владислав Волошин', why: 'person' },
      { t: 'Волошин', n: 2, why: 'person' },
    ],
    skipped: [{ t: 'України', why: OFFICIAL + ' ("Сил оборони Півдня України")' }],
    events: [
      { t: 'Гуляйполе', n: 1, ref: 'huliaipole', action: 'entered', actor: 'RU', claimant: VOLOSHIN_V, asOf: ['2026-01-02'], note: '"Російські війська змогли прорватися до міста Гуляйполе ..., однак повністю встановити контроль над населеним пунктом їм не вдалося"' },
      { t: 'Гуляйполе', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'RU', asOf: ['2026-01-02'], note: '"За Гуляйполе тривають важкі бої"' },
      { t: 'Гуляйполі', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHIN_V, asOf: ['2026-01-02'], note: '"противник намагається розширити присутність у Гуляйполі"' },
      { t: 'Гуляйполі', n: 2, ref: 'huliaipole', action: 'controls', actor: 'UA', claimant: VOLOSHIN_V, asOf: ['2026-01-02'], note: '"Наразі в Гуляйполі діє одразу кілька українських військових формувань"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-02-25',
    url: 'https://tsn.ua/ukrayina/rf-zaiavyla-pro-zakhoplennia-shche-odnoho-naseleno-punktu-na-zaporizzi-shcho-kazut-v-zsu-3029102.html',
    notes: 'Stored copy of a ТСН news item, its body as the store gives it, up to the last full sentence (the store cuts the next one, on 400 km² regained on the Oleksandrivka axis, mid-word: removed); the index\'s date prefix and the photo credit before the text ("Війна / © Associated Press") removed. The map credit and the subheading inside the text ("© Deepstatemap", "Ситуація на фронті в Запорізькій області") are kept. The store gives no headline: the manifest title is made from the URL slug. The date is the index date (25 February 2026). Events: the Russian report of the capture of Різдвянка, called untrue in the next sentence ("Втім, це не відповідає дійсності": captured, RU, denied). "Населений пункт контролюють ЗСУ" and "перед цим селом" name no settlement; "Навіть до цих населених пунктів ... загарбники не можуть дійти" names them only by "цих" (no event); "на схід від населеного пункту Добропілля тривають важкі бої" reports fighting near the village (fighting, RU, Voloshin: added after the first run, an annotation slip against fresh28\'s "the fierce battles ... near Bakhmut"), while "за 20–25 кілометрів до Різдвянки" is a distance (no event). "на Гуляйпільському напрямку" is a front axis (skipped). Добропілля is the village of Zaporizhzhia Oblast, not the town of Donetsk Oblast. Traps: Владислав Волошин, Волошина, Волошин, «Інтерфакс-Україна» (an agency named after the country), ЗСУ (twice), Deepstatemap, Олександр Сирський. No claims.',
    places: [
      { t: 'Різдвянка', ref: 'rizdvianka' },
      { t: 'Запорізькій області', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Тернувате', ref: 'ternuvate' },
      { t: 'Придорожнє', ref: 'prydorozhnie' },
      { t: 'Добропілля', all: true, ref: 'dobropilliaZp' },
      { t: 'Різдвянки', ref: 'rizdvianka' },
    ],
    traps: [
      { t: 'Владислав Волошин', why: 'person' },
      { t: 'Волошина', why: 'person' },
      { t: 'Волошин', n: 2, why: 'person' },
      { t: 'Інтерфакс-Україна', why: 'a news agency named after the country' },
      { t: 'ЗСУ', all: true, why: ARMED },
      { t: 'Deepstatemap', why: 'a mapping project' },
      { t: 'Олександр Сирський', why: 'person' },
    ],
    skipped: [{ t: 'Гуляйпільському', why: 'front axis adjective ("на Гуляйпільському напрямку")' }],
    events: [
      { t: 'Різдвянка', ref: 'rizdvianka', action: 'captured', actor: 'RU', claimant: 'Російські війська', denied: true, asOf: ['2026-02-25'], note: '"Російські війська звітують про захоплення села Різдвянка в Запорізькій області. Втім, це не відповідає дійсності"' },
      { t: 'Добропілля', n: 2, ref: 'dobropilliaZp', action: 'fighting', actor: 'RU', claimant: VOLOSHIN_V, asOf: ['2026-02-25'], note: '"на схід від населеного пункту Добропілля тривають важкі бої" (fighting near a village, as fresh28 gives "the fierce battles ... near Bakhmut"; added after the first run, an annotation slip)' },
    ],
  },
];
