// Hand annotations, Ukrainian articles of tests/eval/fresh54 (see annotations-en.ts for the locators).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis named by an adjective';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-07-04',
    url: 'https://in-ukraine.info/article/116236313-mikrorayon-povnistyu-znischeniy-v-zsu-poyasnili-za',
    notes: 'Stored copy on in-ukraine.info, its headline and body as the store gives them; the currency ticker above the headline and the repeated lead line removed, and the last paragraph, cut by the store, kept to its last whole sentence. The page carries no date: it is dated 4 July 2024 from the body ("від ранку 4 липня"; the year by the withdrawal from the Kanal microdistrict; judgement call). Events (the microdistrict "Канал" is part of Chasiv Yar): "захоплення ЗС РФ "Каналу" в Часовому Яру" (captured, RU, part), "Українські підрозділи залишили позиції в мікрорайоні "Канал" на околицях Часового Яру" (withdrew, UA, part), "Ніяких змін в оборону Часового Яру це не вносить. Оборона міста триває" (controls, UA: the town still defended). "звідти відійшли наші війська" restates the withdrawal with no name (no second event). Skipped: "ЗС РФ" (the country inside a body\'s name; added after the first run), the microdistrict\'s name "Канал" and the canal "Сіверський Донець — Донбас" (a river and a region inside a canal\'s name). Traps: Радіо Свобода, Іван Петричак, "Короля Данила" (the brigade\'s patron).',
    places: [
      { t: 'Часовому Яру', all: true, ref: 'chasivYar' },
      { t: 'Часового Яру', all: true, ref: 'chasivYar' },
    ],
    traps: [
      { t: 'Радіо Свобода', why: 'a broadcaster' },
      { t: 'Іван Петричак', all: true, why: 'person' },
      { t: 'Короля Данила', why: "a person inside a brigade's name" },
    ],
    skipped: [
      { t: 'РФ', why: "country inside an official body's name" },
      { t: 'Каналу', why: "a microdistrict's name" },
      { t: 'Канал', n: 1, why: "a microdistrict's name" },
      { t: 'Сіверський Донець', why: "a river inside a canal's name" },
      { t: 'Донбас', why: "a region inside a canal's name" },
    ],
    claims: [],
    events: [
      { t: 'Часовому Яру', n: 1, ref: 'chasivYar', action: 'captured', actor: 'RU', claimant: '24th Mechanised Brigade', part: true, asOf: ['2024-07-04'], note: 'headline: "захоплення ЗС РФ "Каналу" в Часовому Яру"' },
      { t: 'Часового Яру', n: 1, ref: 'chasivYar', action: 'withdrew', actor: 'UA', claimant: '24th Mechanised Brigade', part: true, asOf: ['2024-07-04'], note: '"Українські підрозділи залишили позиції в мікрорайоні "Канал" на околицях Часового Яру"' },
      { t: 'Часового Яру', n: 2, ref: 'chasivYar', action: 'controls', actor: 'UA', claimant: 'Ivan Petrychak', asOf: ['2024-07-04'], note: '"Ніяких змін в оборону Часового Яру це не вносить. Оборона міста триває"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-08-16',
    url: 'https://fakty.com.ua/ua/ukraine/20250816-zsu-nyshhat-okupantiv-na-sumshhyni-prosunulysya-na-vidstan-do-25-km/',
    notes: 'Stored copy on ФАКТИ ICTV, its headline and body as the store gives them; the last sentence, cut by the store ("Крім цього, 7 корпус ... Покровськ п"), removed. The date is the index\'s and the URL\'s (16 August 2025). Events: "активні дії відбуваються у районах Олексіївки та Юнаківки" (fighting, UA, twice: the defenders\' offensive actions, the set\'s reading of fighting by the attacker); the six villages "звільнили" (liberated, UA, "нещодавно": a period of August to the report, judgement call). Not events: "між Костянтинівкою та Покровськом" (places that locate the villages). "Просунулися на відстань до 2,5 км" is a distance (no claim); "звільнили шість населених пунктів" is a count (count, settlements, UA; added after the first run). Hard cases: Рубіжне and Петрівка of Donetsk Oblast, not their namesakes; Веселе and Золотий Колодязь. Skipped: "Північно-Слобожанському" twice (an axis), "Сили оборони України" (the country inside a body\'s name).',
    places: [
      { t: 'Сумщині', ref: 'sumyOblast' },
      { t: 'Сумській області', all: true, ref: 'sumyOblast' },
      { t: 'України', ctx: 'населені пункти України', ref: 'ukraine' },
      { t: 'Олексіївки', ref: 'oleksiivkaSumy' },
      { t: 'Юнаківки', ref: 'yunakivka' },
      { t: 'Сумської області', ref: 'sumyOblast' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Костянтинівкою', ref: 'kostiantynivka' },
      { t: 'Покровськом', ref: 'pokrovsk' },
      { t: 'Грузьке', ref: 'hruzke' },
      { t: 'Рубіжне', ref: 'rubizhneDonetsk' },
      { t: 'Нововодяне', ref: 'novovodiane' },
      { t: 'Петрівка', ref: 'petrivkaDonetsk' },
      { t: 'Веселе', ref: 'veseleDonetsk' },
      { t: 'Золотий Колодязь', ref: 'zolotyiKolodiaz' },
    ],
    traps: [],
    skipped: [
      { t: 'Північно-Слобожанському', all: true, why: AXIS },
      { t: 'України', ctx: 'Сили оборони України', why: BODY },
    ],
    claims: [
      { t: 'шість населених пунктів', kind: 'count', value: 6, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2025-08-01', '2025-08-16'], note: '"Сили оборони України звільнили шість населених пунктів у Донецькій області" (added after the first run: a count of settlements retaken)' },
    ],
    events: [
      { t: 'Олексіївки', ref: 'oleksiivkaSumy', action: 'fighting', actor: 'UA', claimant: 'General Staff of the Armed Forces of Ukraine', asOf: ['2025-08-16'], note: '"активні дії відбуваються у районах Олексіївки та Юнаківки"' },
      { t: 'Юнаківки', ref: 'yunakivka', action: 'fighting', actor: 'UA', claimant: 'General Staff of the Armed Forces of Ukraine', asOf: ['2025-08-16'], note: '"активні дії відбуваються у районах Олексіївки та Юнаківки"' },
      { t: 'Грузьке', ref: 'hruzke', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-08-01', '2025-08-16'], note: '"Нещодавно ... звільнили шість населених пунктів ... Серед них – Грузьке"' },
      { t: 'Рубіжне', ref: 'rubizhneDonetsk', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-08-01', '2025-08-16'], note: 'the six villages liberated' },
      { t: 'Нововодяне', ref: 'novovodiane', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-08-01', '2025-08-16'], note: 'the six villages liberated' },
      { t: 'Петрівка', ref: 'petrivkaDonetsk', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-08-01', '2025-08-16'], note: 'the six villages liberated' },
      { t: 'Веселе', ref: 'veseleDonetsk', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-08-01', '2025-08-16'], note: 'the six villages liberated' },
      { t: 'Золотий Колодязь', ref: 'zolotyiKolodiaz', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-08-01', '2025-08-16'], note: 'the six villages liberated' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2024-10-31',
    url: 'https://vchasno.news/u-selydovomu-perebuvaye-461-lyudyna-z-mista-evakuacziyu-vzhe-ne-provodyat',
    notes: 'Stored copy on Вчасно, its headline and body as the store gives them; the last sentence, cut by the store ("У ранковому зведенні Генерального штабу ЗСУ за 31 жовтня зау..."), removed. The page carries no date: it is dated 31 October 2024, the day of the General Staff summary the body cites (judgement call). Event: "У місті, куди зайшли російські військові, станом на 28 жовтня 2024-го" (entered, RU, at the Selydove the sentence before names; the Donetsk administration). Not an event: "Українська влада офіційно не повідомляла про захоплення Селидового" (no capture is claimed or denied: the authorities have not reported one). "461 людина" counts civilians (no claim). Skipped: "Донецькій обласній військовій адміністрації" (added after the first run) and "Донецької ОВА" (an oblast inside a body\'s name).',
    places: [
      { t: 'Селидовому', ref: 'selydove' },
      { t: 'Селидове', all: true, ref: 'selydove' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Селидового', all: true, ref: 'selydove' },
    ],
    traps: [],
    skipped: [
      { t: 'Донецькій', why: "an oblast inside a body's name" },
      { t: 'Донецької', why: "an oblast inside a body's name" },
    ],
    claims: [],
    events: [
      { t: 'Селидове', n: 1, ref: 'selydove', action: 'entered', actor: 'RU', claimant: 'Donetsk Oblast Military Administration', asOf: ['2024-10-28'], note: '"з міста Селидове на Донеччині ... У місті, куди зайшли російські військові, станом на 28 жовтня 2024-го"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-11-21',
    url: 'https://24tv.ua/zaporizka-oblast-selo-vesele-okupovani-ni_n2956747/amp',
    notes: 'Stored copy on 24 Канал (AMP page), its headline, summary and body as the store gives them; the last sentence, cut by the store ("Тим часом у DeepState не відмовляються ... сказав"), removed. The date is the index\'s (21 November 2025). Events: DeepState\'s capture of Vesele, told four times ("спростували інформацію про окупацію села Веселе", added after the first run, "село Веселе окуповане", "росіяни захопили село Веселе", "позначене червоним ... як вже окуповане"), captured, RU, denied by the Southern Defence Forces ("Сили оборони Півдня кажуть, що це неправда"); "росіяни не можуть взяти село під контроль" and "ані зайти в нього ... противник не може" (fighting, RU, twice: a checked attempt on the village); "ведуться бої за Зелений Гай" (fighting, RU, DeepState). Not an event: the question "Чи справді Росія захопила село Веселе?". Hard case: Веселе north-east of Huliaipole, not the town of Vesele in the south of the oblast. "Росія" is the country as a place. Traps: DeepState, 24 Канал, Суспільне, Владислав Волошин.',
    places: [
      { t: 'Запоріжжі', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Веселе', all: true, ref: 'veseleZp' },
      { t: 'Зелений Гай', ref: 'zelenyiHaiZp' },
      { t: 'Запорізькій області', ref: 'zaporizhzhiaOblast' },
      { t: 'Гуляйполя', ref: 'huliaipole' },
      { t: 'Росія', ref: 'russia' },
      { t: 'Веселого', ref: 'veseleZp' },
    ],
    traps: [
      { t: 'DeepState', all: true, why: 'a monitoring group' },
      { t: '24 Канал', why: 'a television channel' },
      { t: 'Суспільному', why: 'a broadcaster' },
      { t: 'Владислав Волошин', why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Веселе', n: 1, ref: 'veseleZp', action: 'captured', actor: 'RU', claimant: 'DeepState', denied: true, asOf: ['2025-11-20'], note: '"Проєкт DeepState стверджує, що село Веселе окуповане"' },
      { t: 'Зелений Гай', ref: 'zelenyiHaiZp', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-11-21'], note: '"і зараз ведуться бої за Зелений Гай"' },
      { t: 'Веселе', n: 2, ref: 'veseleZp', action: 'fighting', actor: 'RU', claimant: 'Southern Defence Forces', asOf: ['2025-11-21'], note: '"спростували інформацію про окупацію села Веселе ... заявивши, що росіяни не можуть взяти село під контроль"' },
      { t: 'Веселе', n: 2, ref: 'veseleZp', action: 'captured', actor: 'RU', claimant: 'DeepState', denied: true, asOf: ['2025-11-20'], note: '"спростували інформацію про окупацію села Веселе": the claim restated in its denial (added after the first run)' },
      { t: 'Веселе', n: 3, ref: 'veseleZp', action: 'captured', actor: 'RU', claimant: 'DeepState', denied: true, asOf: ['2025-11-20'], note: '"20 листопада проєкт DeepState повідомив, що росіяни захопили село Веселе ... Сили оборони Півдня кажуть, що це неправда"' },
      { t: 'Веселе', n: 4, ref: 'veseleZp', action: 'captured', actor: 'RU', claimant: 'DeepState', denied: true, asOf: ['2025-11-20'], note: '"селище Веселе ... позначене червоним кольором, тобто як вже окуповане"' },
      { t: 'Веселого', ref: 'veseleZp', action: 'fighting', actor: 'RU', claimant: 'Vladyslav Voloshyn', asOf: ['2025-11-21'], note: '"окупації Веселого немає ... ані зайти в нього ... противник не може"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2024-10-02',
    url: 'https://bukvy.org/osuv-hortyczya-z-vugledara-vyvely-ukrayinski-pidrozdily',
    notes: 'Stored copy on Букви, its headline and body as the store gives them; the source line ("Джерело: ОСУВ “Хортиця”") removed, and the last sentence, cut by the store ("Водночас ще вчора джерела у 72-й ... про повне зах"), removed. The page carries no date: it is dated 2 October 2024, the day of the Khortytsia statement it reports (DeepState\'s occupation "напередодні", 1 October; judgement call). Events: "з Вугледара виводять українські підрозділи" (headline) and "дало зелене світло для маневру з виведення підрозділів з Вугледара" (withdrew, UA, twice); "противник не полишив спроб захопити Вугледар" (fighting, RU: attempts to take it) and "виникла загроза оточення міста" (no name: the attempt\'s Vuhledar carries it); "російські окупанти ... все ж захопили Вугледар" (captured, RU, ISW, told after the withdrawal; DeepState\'s same finding restated without a name). "Волноваському районі" is the raion (at its seat, Volnovakha). Skipped: "Збройних Сил України" (the country inside a body\'s name), "Військове командування України" (the same). Traps: ISW, DeepState, «Хортиця» (a grouping named after an island).',
    places: [
      { t: 'Вугледара', all: true, ref: 'vuhledar' },
      { t: 'Волноваському районі', ref: 'volnovakhaDistrict' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Вугледар', all: true, ref: 'vuhledar' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Хортиця', all: true, why: 'a grouping named after an island' },
      { t: 'ISW', why: 'a think tank' },
      { t: 'DeepState', why: 'a monitoring group' },
    ],
    skipped: [
      { t: 'України', ctx: 'Військове командування України', why: BODY },
      { t: 'України', ctx: 'Збройних Сил України', why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Вугледара', n: 1, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: 'Khortytsia group of forces', asOf: ['2024-10-02'], note: 'headline: "з Вугледара виводять українські підрозділи"' },
      { t: 'Вугледара', n: 2, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: 'Khortytsia group of forces', asOf: ['2024-10-02'], note: '"дало зелене світло для маневру з виведення підрозділів з Вугледара"' },
      { t: 'Вугледар', n: 1, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'Khortytsia group of forces', asOf: ['2024-10-02'], note: '"противник не полишив спроб захопити Вугледар ... виникла загроза оточення міста"' },
      { t: 'Вугледар', n: 2, ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: 'ISW', asOf: ['2024-10-01', '2024-10-02'], note: '"За оцінками аналітиків ISW, російські окупанти ... все ж захопили Вугледар"' },
    ],
  },
];
