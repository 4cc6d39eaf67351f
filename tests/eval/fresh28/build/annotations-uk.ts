// Hand annotations, Ukrainian articles of tests/eval/fresh28. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const POLOVYI_DAY = ['2026-03-05'] as const;

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-03-17',
    url: 'https://babel.ua/amp/texts/116328-rosiyani-zahopili-sudzhu-i-nastupayut-na-kurskomu-napryamku-shcho-tam-vidbuvayetsya-chomu-zsu-vidstupayut-perekazuyemo-materiali-nyt-ta-wsj',
    notes: 'Stored copy of a «Бабель» article (its AMP page) retelling The New York Times and The Wall Street Journal, its lead and first paragraphs as the store gives them; the index\'s date prefix and the rubric ("Тексти") removed, and the last paragraph, cut by the store ("Російські війська наближаються з усіх боків ... який відступив з"), removed. The AMP copy gives no headline: the manifest title is the headline of the page\'s other stored copy (babel.ua/texts/116328). The date is that copy\'s footnote ("За даними DeepState, 110 кв. км. на 17 березня": 17 March 2025; the index gives only March 2025). Claims: "У вересні, на піку Курської операції Україна контролювала майже 900 кв. км" (area-held-peak, km2, UA, September 2024); "приблизно у вісім разів менше" is a ratio, not a figure. Events: "на початку березня вони зайшли в місто Суджа" (entered, RU, 1-10 March 2025); "Росіяни вийшли на північні околиці Суджі" on 8 March (fighting, RU: an advance to the outskirts); "Десятого березня декілька українських підрозділів у Суджі отримали наказ відступати" (withdrew, UA, 10 March). "Курської операції" is the operation\'s name and "на Курському напрямку" a front axis (skipped); "Україна контролювала" names the country. Traps: The New York Times, The Wall Street Journal, NYT, Інституту вивчення війни.',
    places: [
      { t: 'Курській області', ref: 'kurskOblast' },
      { t: 'Суджа', ref: 'sudzha' },
      { t: 'Україна', ref: 'ukraine' },
      { t: 'Суджі', all: true, ref: 'sudzha' },
    ],
    traps: [
      { t: 'The New York Times', why: 'a newspaper' },
      { t: 'The Wall Street Journal', why: 'a newspaper' },
      { t: 'NYT', why: 'a newspaper' },
      { t: 'Інституту вивчення війни', why: 'a think tank' },
    ],
    skipped: [
      { t: 'Курської', why: 'the operation\'s name ("Курської операції")' },
      { t: 'Курському', why: 'front axis ("на Курському напрямку")' },
    ],
    claims: [
      { t: '900 кв. км', kind: 'area-held-peak', value: 900, unit: 'km2', holder: 'UA', claimant: null, asOf: ['2024-09-01', '2024-09-30'], note: '"У вересні, на піку Курської операції Україна контролювала майже 900 кв. км"' },
    ],
    events: [
      { t: 'Суджа', ref: 'sudzha', action: 'entered', actor: 'RU', claimant: null, asOf: ['2025-03-01', '2025-03-10'], note: '"на початку березня вони зайшли в місто Суджа"' },
      { t: 'Суджі', n: 1, ref: 'sudzha', action: 'fighting', actor: 'RU', claimant: 'The New York Times', asOf: ['2025-03-08'], note: '"Восьмого березня ... Росіяни вийшли на північні околиці Суджі через покинутий газопровід"' },
      { t: 'Суджі', n: 2, ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: null, asOf: ['2025-03-10'], note: '"Десятого березня декілька українських підрозділів у Суджі отримали наказ відступати"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-07-26',
    url: 'https://war.telegraf.com.ua/ukr/ukraina/2023-07-26/5801697-u-zsu-sprostuvali-informatsiyu-pro-zakhoplennya-rosiyanami-odrazu-trokh-sil',
    notes: 'Stored copy of a «Телеграф» news item, its headline, summary line and body as the store gives them; the language link ("Читать на русском"), the author label, the view count and the photo caption before the text removed, and the last sentence of the Russian ministry\'s quotation, cut by the store ("Загальне просування наших військ склало до 4 км по фронту і до 2 км вглиб о"), removed (the quotation stays open, as the store leaves it; the space before its full stop is the store\'s). The date is the URL\'s (26 July 2023; "у вівторок, 25 липня" agrees). Events: the ministry\'s claim that its troops "звільнили Сергіївку" (captured, RU, the owner rule; denied: "Ми цього не підтверджуємо", as the headline\'s "спростували"); "три населені пункти ... в районі Куп’янська" places them (no event on Kupiansk). "Міноборони росії" is a body\'s name (skipped). Claims (added after the first run, an annotation slip: small settlement counts are claims, as fresh12 and fresh14 give them): the three settlements the Russians claim, three times (count, settlements, RU, the ministry, 25 July; the text reports them denied). Traps: ЗСУ (three times), DeepState, Сергій Черевий, CNN, Буйлова, Східного (a grouping; added after the first run).',
    places: [
      { t: 'Куп’янська', ref: 'kupiansk' },
      { t: 'Україні', all: true, ref: 'ukraine' },
      { t: 'Сергіївку', ref: 'serhiivkaKupiansk' },
    ],
    traps: [
      { t: 'ЗСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'DeepState', why: 'a mapping project' },
      { t: 'Сергій Черевий', why: 'person' },
      { t: 'CNN', why: 'a broadcaster' },
      { t: 'Буйлова', why: 'person' },
      { t: 'Східного', why: 'a grouping named after a direction ("Східного угрупування", added after the first run: an annotation slip)' },
    ],
    skipped: [{ t: 'росії', why: OFFICIAL + ' ("Міноборони росії")' }],
    claims: [
      { t: 'трьох сіл', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Міноборони росії', asOf: ['2023-07-25'], note: 'the headline: "спростували інформацію про захоплення росіянами одразу трьох сіл" (added after the first run: an annotation slip)' },
      { t: 'три населені пункти', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Міноборони росії', asOf: ['2023-07-25'], note: '"не підтверджують інформацію про те, що здали три населені пункти" (added after the first run: an annotation slip)' },
      { t: 'трьох населених пунктів', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Міноборони росії', asOf: ['2023-07-25'], note: '"Заяву росіян про захоплення трьох населених пунктів в Україні спростував" (added after the first run: an annotation slip)' },
    ],
    events: [
      { t: 'Сергіївку', ref: 'serhiivkaKupiansk', action: 'captured', actor: 'RU', claimant: 'Міноборони росії', denied: true, asOf: ['2023-07-25'], note: '"Підрозділи 15-ї ОМСБр ... в ході успішних контрнаступів звільнили Сергіївку"; denied by the Eastern grouping\'s spokesman' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2022-03-31',
    url: 'https://volynpost.com/news/201921-ukrainski-zahysnyky-zvilnyly-vid-rosijskyh-zagarbnykiv-try-sela-na-hersonschyni',
    notes: 'Stored copy of a «Волинь Post» news item, its headline and body as the store gives them; the site\'s pointer at the end ("Бажаєте дізнаватися головні новини Луцька та Волині першими? ...") and the sentence after it, cut by the store ("Про це повідомив голова Дніпропе"), removed. The date is the text\'s ("у четвер, 31 березня ... тридцять шоста доба": 31 March 2022). Events: "наші військові зачистили від загарбників Орлове, Заградівку та Кочубеївку" (cleared, UA, Mykola Lukashuk, as fresh27 gives Лиман\'s clearing) and "ЗСУ встановили контроль над селами Орлове, Заградівка, Кочубеївка" (liberated, UA: a side retaking its own villages); "три села" names none; it is a count (count, settlements, UA, twice: added after the first run, an annotation slip). "Дніпропетровської облради" is a body\'s name and "Збройні сили України" the armed forces\' (skipped); "Дніпропетровської області" and "Дніпропетровщини" name the oblast. Traps: Микола Лукашук, Лукашук, ЗСУ (twice).',
    places: [
      { t: 'Херсонщині', all: true, ref: 'khersonOblast' },
      { t: 'Орлове', all: true, ref: 'orlove' },
      { t: 'Заградівку', ref: 'zahradivka' },
      { t: 'Кочубеївку', ref: 'kochubeivka' },
      { t: 'України', n: 2, ref: 'ukraine' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Дніпропетровської області', ref: 'dnipropetrovskOblast' },
      { t: 'Заградівка', ref: 'zahradivka' },
      { t: 'Кочубеївка', ref: 'kochubeivka' },
      { t: 'Кривого Рогу', ref: 'kryvyiRih' },
      { t: 'Дніпропетровщини', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'Микола Лукашук', why: 'person' },
      { t: 'Лукашук', n: 2, why: 'person' },
      { t: 'ЗСУ', all: true, why: 'abbreviation of the armed forces' },
    ],
    skipped: [
      { t: 'Дніпропетровської', n: 1, why: 'oblast inside an official body\'s name ("голова Дніпропетровської облради")' },
      { t: 'України', n: 1, why: OFFICIAL + ' ("Збройні сили України")' },
    ],
    claims: [
      { t: 'три села', all: true, kind: 'count', value: 3, unit: 'settlements', holder: 'UA', claimant: 'Микола Лукашук', asOf: ['2022-03-31'], note: '"звільнили від російських загарбників три села на Херсонщині", twice (added after the first run: an annotation slip)' },
    ],
    events: [
      { t: 'Орлове', n: 1, ref: 'orlove', action: 'cleared', actor: 'UA', claimant: 'Микола Лукашук', asOf: ['2022-03-31'], note: '"наші військові зачистили від загарбників Орлове, Заградівку та Кочубеївку"' },
      { t: 'Заградівку', ref: 'zahradivka', action: 'cleared', actor: 'UA', claimant: 'Микола Лукашук', asOf: ['2022-03-31'], note: '"зачистили від загарбників Орлове, Заградівку та Кочубеївку"' },
      { t: 'Кочубеївку', ref: 'kochubeivka', action: 'cleared', actor: 'UA', claimant: 'Микола Лукашук', asOf: ['2022-03-31'], note: '"зачистили від загарбників Орлове, Заградівку та Кочубеївку"' },
      { t: 'Орлове', n: 2, ref: 'orlove', action: 'liberated', actor: 'UA', claimant: 'Микола Лукашук', asOf: ['2022-03-31'], note: '"ЗСУ встановили контроль над селами Орлове, Заградівка, Кочубеївка"' },
      { t: 'Заградівка', ref: 'zahradivka', action: 'liberated', actor: 'UA', claimant: 'Микола Лукашук', asOf: ['2022-03-31'], note: '"ЗСУ встановили контроль над селами Орлове, Заградівка, Кочубеївка"' },
      { t: 'Кочубеївка', ref: 'kochubeivka', action: 'liberated', actor: 'UA', claimant: 'Микола Лукашук', asOf: ['2022-03-31'], note: '"ЗСУ встановили контроль над селами Орлове, Заградівка, Кочубеївка"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2026-01-17',
    url: 'https://www.unian.ua/war/viyna-v-ukrajini-u-zsu-vidreaguvali-na-zayavi-rf-pro-zahoplennya-privillya-13258587.html',
    notes: 'Stored copy of an УНІАН news item, its summary line and body as the store gives them; the index\'s date prefix removed and the last quotation, cut by the store ("Сили оборони України продовжують контролювати північну частин"), removed. The site\'s "Відео дня" inside the text is kept. The store gives no headline: the manifest title is made from the URL slug. The date is the index\'s (17 January 2026). Events: the Russian ministry\'s "нібито захоплення населеного пункту Привілля", twice (captured, RU, denied: "У Збройних силах України це заперечили", "не відповідає дійсності"); "Привілля перебуває під контролем Сил оборони" (controls, UA, the "Схід" grouping); "триває оборона населеного пункту Закітне. Ворог проводить постійні штурмові дії" (fighting, RU); "у Мирнограді українські підрозділи контролюють північну частину міста" (controls, UA, as the clause frames it). "ситуацію в Покровську та Мирнограді" carries no event. "Міністерство оборони країни-окупанта Росії" and "Збройних силах України" are bodies\' names, "на Слов’янському напрямку" a front axis (skipped). Traps: "Схід" (a grouping).',
    places: [
      { t: 'Покровську', ref: 'pokrovsk' },
      { t: 'Мирнограді', all: true, ref: 'myrnohrad' },
      { t: 'Привілля', all: true, ref: 'pryvillia' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Закітне', ref: 'zakitne' },
    ],
    traps: [{ t: 'Схід', why: 'a grouping of forces' }],
    skipped: [
      { t: 'Росії', why: OFFICIAL + ' ("Міністерство оборони країни-окупанта Росії")' },
      { t: 'України', why: OFFICIAL + ' ("Збройних силах України")' },
      { t: 'Слов’янському', why: 'front axis ("на Слов’янському напрямку")' },
    ],
    claims: [],
    events: [
      { t: 'Привілля', n: 1, ref: 'pryvillia', action: 'captured', actor: 'RU', claimant: 'Міністерство оборони Росії', denied: true, asOf: ['2026-01-17'], note: '"заявило про нібито захоплення населеного пункту Привілля Донецької області. У Збройних силах України це заперечили"' },
      { t: 'Привілля', n: 2, ref: 'pryvillia', action: 'controls', actor: 'UA', claimant: 'Угруповання військ "Схід"', asOf: ['2026-01-17'], note: '"Привілля перебуває під контролем Сил оборони"' },
      { t: 'Привілля', n: 3, ref: 'pryvillia', action: 'captured', actor: 'RU', claimant: 'Міністерство оборони Росії', denied: true, asOf: ['2026-01-17'], note: '"Заява міноборони держави-агресора про нібито захоплення Привілля не відповідає дійсності"' },
      { t: 'Закітне', ref: 'zakitne', action: 'fighting', actor: 'RU', claimant: 'Угруповання військ "Схід"', asOf: ['2026-01-17'], note: '"триває оборона населеного пункту Закітне. Ворог проводить постійні штурмові дії"' },
      { t: 'Мирнограді', n: 2, ref: 'myrnohrad', action: 'controls', actor: 'UA', claimant: 'Угруповання військ "Схід"', part: true, asOf: ['2026-01-17'], note: '"у Мирнограді українські підрозділи контролюють північну частину міста"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-03-05',
    url: 'https://www.radiosvoboda.org/a/news-pokrovsk-dshv-sytuatsiya/33696242.html',
    notes: 'Stored copy of a Радіо Свобода news item, its body as the store gives it; the index\'s date prefix removed and the last paragraph, cut by the store («Наразі в сам...), removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index\'s (5 March 2026). Events: "На півночі Покровська і Мирнограда ... залишаються українські військові" and "На півночі Покровська і Мирнограда залишаються наші позиції" (controls, UA, Volodymyr Polovyi, as fresh27 gives a side holding a settlement); "Покровськ і Мирноград залишаються однією з найгарячіших точок на лінії зіткнення" (fighting, RU); "основним його напрямком зусиль зараз є Гришине. Це охоплення" (fighting, RU). "зі сторони Родинського" is a direction (no event). Traps: Радіо Донбас Реалії (an outlet), Володимир Польовий.',
    places: [
      { t: 'Покровська', all: true, ref: 'pokrovsk' },
      { t: 'Мирнограда', all: true, ref: 'myrnohrad' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Покровськ', ref: 'pokrovsk' },
      { t: 'Мирноград', ref: 'myrnohrad' },
      { t: 'Гришине', ref: 'hryshyne' },
      { t: 'Родинського', ref: 'rodynske' },
    ],
    traps: [
      { t: 'Радіо Донбас Реалії', why: 'an outlet' },
      { t: 'Володимир Польовий', why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Покровська', n: 1, ref: 'pokrovsk', action: 'controls', actor: 'UA', claimant: 'Володимир Польовий', part: true, asOf: POLOVYI_DAY, note: '"На півночі Покровська і Мирнограда на Донеччині залишаються українські військові"' },
      { t: 'Мирнограда', n: 1, ref: 'myrnohrad', action: 'controls', actor: 'UA', claimant: 'Володимир Польовий', part: true, asOf: POLOVYI_DAY, note: '"На півночі Покровська і Мирнограда на Донеччині залишаються українські військові"' },
      { t: 'Покровськ', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'Володимир Польовий', asOf: POLOVYI_DAY, note: '"Покровськ і Мирноград залишаються однією з найгарячіших точок на лінії зіткнення"' },
      { t: 'Мирноград', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: 'Володимир Польовий', asOf: POLOVYI_DAY, note: '"Покровськ і Мирноград залишаються однією з найгарячіших точок на лінії зіткнення"' },
      { t: 'Покровська', n: 2, ref: 'pokrovsk', action: 'controls', actor: 'UA', claimant: 'Володимир Польовий', part: true, asOf: POLOVYI_DAY, note: '"На півночі Покровська і Мирнограда залишаються наші позиції, наші війська"' },
      { t: 'Мирнограда', n: 2, ref: 'myrnohrad', action: 'controls', actor: 'UA', claimant: 'Володимир Польовий', part: true, asOf: POLOVYI_DAY, note: '"На півночі Покровська і Мирнограда залишаються наші позиції, наші війська"' },
      { t: 'Гришине', ref: 'hryshyne', action: 'fighting', actor: 'RU', claimant: 'Володимир Польовий', asOf: POLOVYI_DAY, note: '"основним його напрямком зусиль зараз є Гришине. Це охоплення відбувається з півдня"' },
    ],
  },
];
