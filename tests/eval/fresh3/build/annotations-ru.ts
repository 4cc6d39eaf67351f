// Hand annotations, Russian articles of tests/eval/fresh3. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation, EventItem } from './types.ts';

const MOD = 'Russian defence ministry';
const liberated = (t: string, ref: string, asOf: readonly [string] | readonly [string, string], extra: Partial<EventItem> = {}): EventItem => ({
  t, ref, action: 'liberated', actor: 'RU', claimant: MOD, asOf, ...extra,
});
const GROUP = 'a group of forces named like a place';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-03-14',
    url: 'http://inline.ru/gonews.asp?NewsID=764387&UserID=603857189',
    notes: 'Stored excerpt of an inline.ru news item with its headline; removed: the date line after the headline ("Пятница 14 марта 2025, 12:37", which gives the date) and the last sentence, cut ("У них, «будет только два выхода"); the slips "гордом" and the unmatched bracket and quote in the Putin quotation are kept. The Russian MoD: Goncharovka retaken (lead, and "Село Гончаровку взяли"): liberated, RU, 14 Mar 2025; Sudzha, Melovoy and Podol "накануне" (13 Mar); Kazachya Loknya, 1-y and 2-y Knyazhy, Zamostye, Mirny "несколькими днями ранее" (8–12 Mar): liberated, RU (Russia retaking its own villages). The headline\'s village is unnamed; "рядом с Суджей" and Guyevo carry no event. «Север» is a group of forces (trap); Владимиру Путину a person named like a city (trap); "Вооруженными силами Украины (ВСУ)" an official body (the country skipped).',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Суджей', ref: 'sudzha' },
      { t: 'Гончаровка', ref: 'goncharovka' },
      { t: 'Суджа', ref: 'sudzha' },
      { t: 'Гончаровку', ref: 'goncharovka' },
      { t: 'России', n: 1, ref: 'russia' },
      { t: 'Украины', n: 1, ref: 'ukraine' },
      { t: 'Гуево', ref: 'guyevo' },
      { t: 'Меловой', ref: 'melovoy' },
      { t: 'Подол', ref: 'podol' },
      { t: 'Казачья Локня', ref: 'kazachyaLoknya' },
      { t: '1-й Княжий', ref: 'knyazhy1' },
      { t: '2-й Княжий', ref: 'knyazhy2' },
      { t: 'Замостье', ref: 'zamostye' },
      { t: 'Мирный', ref: 'mirny' },
      { t: 'России', n: 2, ref: 'russia' },
    ],
    traps: [
      { t: 'Север', all: true, why: GROUP },
      { t: 'Владимиру Путину', why: 'person (Владимир is also a city)' },
    ],
    skipped: [{ t: 'Украины', n: 2, why: 'country inside an official body\'s name (Вооруженными силами Украины)' }],
    events: [
      liberated('Гончаровка', 'goncharovka', ['2025-03-14']),
      liberated('Суджа', 'sudzha', ['2025-03-13'], { note: '"об освобождении которого в ведомстве сообщили накануне"' }),
      liberated('Гончаровку', 'goncharovka', ['2025-03-14']),
      liberated('Меловой', 'melovoy', ['2025-03-13']),
      liberated('Подол', 'podol', ['2025-03-13']),
      liberated('Казачья Локня', 'kazachyaLoknya', ['2025-03-08', '2025-03-12']),
      liberated('1-й Княжий', 'knyazhy1', ['2025-03-08', '2025-03-12']),
      liberated('2-й Княжий', 'knyazhy2', ['2025-03-08', '2025-03-12']),
      liberated('Замостье', 'zamostye', ['2025-03-08', '2025-03-12']),
      liberated('Мирный', 'mirny', ['2025-03-08', '2025-03-12']),
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2026-02-16',
    url: 'https://www.trud.ru/article/16-02-2026/1781751_armija_rossii_osvobodila_dva_sela_v_dnr_i_v_sumskoj_oblasti.html',
    notes: 'Stored excerpt of a Труд (trud.ru) report from its lead (no headline in the store: the manifest title is the URL slug, transliterated); complete as given. The date is in the URL. The Russian MoD (via TASS): Minkivka in the Donetsk People\'s Republic and Pokrovka in Sumy Oblast "освободили": captured, RU (Russia taking Ukrainian villages, whatever the verb); Pokrovka again "заняли" in Krasnopillia district. The last sentence says "Покровку в Красноармейском (Бахмутском) районе ДНР" where the lead has Minkivka: an outlet\'s slip, so that "Покровку" and its two district adjectives are skipped (neither reading rewarded or penalised) and carry no event; "ДНР" there is Donetsk Oblast. «Север» and «Южной» are groups of forces (traps). "Вооружённые силы России" and "Министерства обороны РФ" are official bodies (the country skipped).',
    places: [
      { t: 'Миньковку', ref: 'minkivka' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Покровку', n: 1, ref: 'pokrovkaSumy' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Покровку', n: 2, ref: 'pokrovkaSumy' },
      { t: 'Краснопольском районе', ref: 'krasnopilliaRaion' },
      { t: 'ДНР', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Север', why: GROUP },
      { t: 'Южной', why: GROUP },
    ],
    skipped: [
      { t: 'России', why: 'country inside an official body\'s name (Вооружённые силы России)' },
      { t: 'РФ', why: 'country inside an official body\'s name (Министерства обороны РФ)' },
      { t: 'Покровку', n: 3, why: 'an outlet\'s slip: the lead names Minkivka for the Donetsk People\'s Republic' },
      { t: 'Красноармейском', why: 'district adjective in the slip sentence (Pokrovsk district, old name)' },
      { t: 'Бахмутском', why: 'district adjective in the slip sentence' },
    ],
    events: [
      { t: 'Миньковку', ref: 'minkivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-16'] },
      { t: 'Покровку', n: 1, ref: 'pokrovkaSumy', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-16'] },
      { t: 'Покровку', n: 2, ref: 'pokrovkaSumy', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-16'] },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-06-24',
    url: 'https://www.vedomosti.ru/strana/central/news/2024/06/24/1045706-gladkov-obstrelyali-graivoron',
    notes: 'Stored excerpt of a Ведомости report with its headline; the last line, cut ("23 июн"), is removed; the slips "два гаражах" and "№ 2 ." are kept. The date is in the URL. Shelling of Grayvoron and a drone attack on a car in Murom (Shebekinsky urban okrug): no control event. Murom is the Belgorod village, not the city of Murom (Vladimir Oblast). Claims: four civilians wounded (Gladkov), three of them in Grayvoron. "Грайворонской ЦРБ" (a hospital\'s name) is skipped; Гладков (the governor) is a trap; "Вооруженные силы Украины (ВСУ)" is an official body (the country skipped). The district\'s span includes its generic word ("Шебекинском округе", "Шебекинском городском округе").',
    places: [
      { t: 'Грайворон', all: true, ref: 'grayvoron' },
      { t: 'Муром', all: true, ref: 'murom' },
      { t: 'Шебекинском округе', ref: 'shebekinskyDistrict' },
      { t: 'Шебекинском городском округе', ref: 'shebekinskyDistrict' },
      { t: 'Белгородской области', ref: 'belgorodOblast' },
      { t: 'Белгорода', ref: 'belgorod' },
      { t: 'Грайвороне', ref: 'grayvoron' },
    ],
    traps: [{ t: 'Гладков', all: true, why: 'person (the governor)' }],
    skipped: [
      { t: 'Украины', why: 'country inside an official body\'s name (Вооруженные силы Украины)' },
      { t: 'Грайворонской', why: 'adjective in a hospital\'s name (Грайворонской ЦРБ)' },
    ],
    claims: [
      { t: 'четверо мирных жителей', kind: 'count', value: 4, unit: 'wounded', holder: null, claimant: 'Belgorod governor (Gladkov)', asOf: ['2024-06-24'] },
      { t: 'трое мирных жителей', kind: 'count', value: 3, unit: 'wounded', holder: null, claimant: 'Belgorod governor (Gladkov)', asOf: ['2024-06-24'] },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-12-02',
    url: 'https://haqqin.az/newsarchive/367756',
    notes: 'Stored excerpt of a Haqqin.az report (Baku, in Russian); removed: the site\'s currency rate and a repeated headline of another story before the headline ("USD 1.7000", "Джамиля Гасанлы после допроса освободили" twice) and the last sentence, cut mid-word ("По сообщениям украинской стороны, ... малых подразделе"). The date is the index date (2 Dec 2025). Peskov: the Russian army "захватила" Pokrovsk: captured, RU, claimant Peskov, reported the evening before (30 Nov – 2 Dec 2025); "о якобы взятии ... Покровска и Волчанска" reports the same claim as unconfirmed: captured, RU, denied. The headline "Покровск пал?" asks the question: captured, RU, denied. "Боевые действия за Покровск ... активизировались в 2024 году": fighting, RU, 2024. Владимир Путин is a trap (a person named like a city).',
    places: [
      { t: 'Покровск', all: true, ref: 'pokrovsk' },
      { t: 'Донецкой области', all: true, ref: 'donetskOblast' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'России', ref: 'russia' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Покровска', ref: 'pokrovsk' },
      { t: 'Волчанска', ref: 'vovchansk' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
    ],
    traps: [{ t: 'Владимир Путин', why: 'person (Владимир is also a city)' }],
    events: [
      { t: 'Покровск', n: 1, ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2025-11-30', '2025-12-02'], note: 'headline question "Покровск пал?"' },
      { t: 'Покровск', n: 2, ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: 'Peskov', asOf: ['2025-11-30', '2025-12-02'] },
      { t: 'Покровска', ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: 'Peskov', denied: true, asOf: ['2025-11-30', '2025-12-02'], note: '"о якобы взятии"' },
      { t: 'Волчанска', ref: 'vovchansk', action: 'captured', actor: 'RU', claimant: 'Peskov', denied: true, asOf: ['2025-11-30', '2025-12-02'], note: '"о якобы взятии"' },
      { t: 'Покровск', n: 3, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-01-01', '2024-12-31'] },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2024-08-13',
    url: 'https://hibiny.ru/murmanskaya-oblast/news/item-prodvijenie-strashnoe-glavkom-vsu-syrskiy-zayavil-chto-ukraina-zahvatila-74-naselennyh-punkta-v-kurskoy-oblasti-363615',
    notes: 'Stored excerpt of a Хибины.ru report from its lead (no headline in the store: the manifest title is the URL slug, transliterated); complete as given, with the page\'s line breaks inside sentences (before names) and its "1−3" kept. Date: from the text and the event: Syrskyi\'s report to Zelensky of 74 settlements and 40 km² in a day was made on 13 Aug 2024, and "в понедельник" (Smirnov\'s 28 settlements) is 12 Aug 2024. Claims: 74 settlements held by Ukraine (Syrskyi; lead and quote), 40 km² taken in the last day (area-gained), 28 settlements held by Kyiv (Smirnov, Monday). No settlement is named, so no event. "Киев" names the government; "США" the country. People named like cities (Владимиру Зеленскому, Владимира Путина) are traps.',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'России', ref: 'russia' },
      { t: 'Украины', all: true, ref: 'ukraine' },
      { t: 'Киев', ref: 'kyiv' },
      { t: 'США', ref: 'usa' },
    ],
    traps: [
      { t: 'Владимиру Зеленскому', why: 'person (Владимир is also a city)' },
      { t: 'Владимира Путина', why: 'person (Владимир is also a city)' },
    ],
    claims: [
      { t: '74 поселков и сел', kind: 'count', value: 74, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-13'] },
      { t: '40 квадратными километрами', kind: 'area-gained', value: 40, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-12', '2024-08-13'], note: 'taken "за последние сутки"' },
      { t: '74 населенных пункта', kind: 'count', value: 74, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-13'] },
      { t: '28 населенных пунктов', kind: 'count', value: 28, unit: 'settlements', holder: 'UA', claimant: 'Kursk acting governor (Smirnov)', asOf: ['2024-08-12'] },
    ],
  },
];
