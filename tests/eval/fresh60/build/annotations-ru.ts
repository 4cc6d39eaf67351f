// Hand annotations, Russian articles of tests/eval/fresh60 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation, EventItem, Period } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis named after a place';
const RIA = 'РИА «Новости»';
const MOD = 'Минобороны России';

// ru-03: each settlement the 2024 summary lists as taken, by month (the owner rule: captured by RU).
const taken = (t: string, ref: string, asOf: Period, n?: number): EventItem => ({
  t, ...(n === undefined ? {} : { n }), ref, action: 'captured', actor: 'RU', claimant: RIA, asOf,
});
const YEAR: Period = ['2024-01-01', '2024-12-31'];
const JAN: Period = ['2024-01-01', '2024-01-31'];
const FEB: Period = ['2024-02-01', '2024-02-29'];
const MAR: Period = ['2024-03-01', '2024-03-31'];
const APR: Period = ['2024-04-01', '2024-04-30'];

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-07-18',
    url: 'https://news.telegraf.com.ua/ukraina/2024-07-18/5863280-bezugla-ne-progavila-moment-zsu-ofitsiyno-pidtverdili-vidkhid-z-urozhaynogo-yak-poyasnili',
    notes: 'Stored copy on Телеграф (its Russian text), its headline, lead and body as the store gives them; the author and date fields, an image line ("Генштаб ВСУ") and the last sentence, cut by the store ("По сл…"), removed; the outlet\'s typo "Урожаного" kept. The date is the URL\'s (18 July 2024). Events: the withdrawal from Urozhaine, officially confirmed (withdrew, UA: the headline, the body\'s "отошла из населенного пункта Урожайное", and "почти все в Урожайном … пришлось отойти на другие позиции", Voloshyn); the lead\'s "потерю Урожаного", not acknowledged until then (captured, RU, as the sets read a loss; acknowledged now, so not denied). No oblast is named: Urozhaine is placed at its Wikipedia point (the Urozhaine of Donetsk Oblast on the Mokri Yaly, the only one of the front; judgement call). Traps: Bezuhla, the outlet "Суспільне Донбас" (a place word in an outlet\'s name), Voloshyn, the grouping «Хортица».',
    places: [
      { t: 'Урожайного', ref: 'urozhaine' },
      { t: 'Урожаного', ref: 'urozhaine' },
      { t: 'Урожайное', ref: 'urozhaine' },
      { t: 'Урожайном', ref: 'urozhaine' },
    ],
    traps: [
      { t: 'Безуглая', why: 'person' },
      { t: 'Суспільне Донбас', why: 'an outlet with a place word in its name' },
      { t: 'Назар Волошин', why: 'person' },
      { t: 'Хортица', why: 'a grouping of forces' },
    ],
    events: [
      { t: 'Урожайного', ref: 'urozhaine', action: 'withdrew', actor: 'UA', claimant: 'ВСУ', asOf: ['2024-07-18'], note: 'the headline: "ВСУ официально подтвердили отход из Урожайного"' },
      { t: 'Урожаного', ref: 'urozhaine', action: 'captured', actor: 'RU', claimant: 'ВСУ', asOf: ['2024-07-18'], note: '"В ВСУ до этого времени официально не признавали потерю Урожаного" (a loss: captured by RU; acknowledged now)' },
      { t: 'Урожайное', ref: 'urozhaine', action: 'withdrew', actor: 'UA', claimant: 'ВСУ', asOf: ['2024-07-18'], note: '"наша армия отошла из населенного пункта Урожайное"' },
      { t: 'Урожайном', ref: 'urozhaine', action: 'withdrew', actor: 'UA', claimant: 'Назар Волошин', asOf: ['2024-07-18'], note: '"враг уничтожил ... почти все в Урожайном и Силам обороны пришлось отойти на другие позиции"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-08-20',
    url: 'https://dnr-news.ru/society/2024/08/20/807063.html',
    notes: 'Stored copy on dnr-news.ru, its headline and bullets as the store gives them; the second sentence of the last bullet, cut by the store ("Они прикрывали украинску…"), removed. The date is the URL\'s (20 August 2024). Events: the headline "НЬЮ-ЙОРК — РУССКИЙ!" (controls, RU: a state the clause states); the ministry\'s "освобождении населённого пункта в ДНР", anchored on its name "Новгородское" in the same sentence (captured, RU; judgement call), and "Освобождение населённого пункта Новгородское", "После освобождения н.п. Новгородское" (captured, RU, the owner rule); the fighting "в боевых действиях в Нью-Йорке" before it (fighting, RU; dated to the report, the text dating it no further). The name in brackets ("(Нью-Йорк)", "(экс-Нью-Йорк)") is a place mention without an event of its own (the event sits on the clause\'s name; judgement call). Not events: the renaming, Horlivka and Donetsk shelled "из Нью-Йорка", the railway from Yasynuvata to Toretsk, the prospect of taking Toretsk (Dzerzhinsk) and Pokrovsk (Krasnoarmeysk). Skipped: "Минобороны России" (the country inside a body\'s name), "Торецкой агломерации" (an agglomeration named by its adjective). Traps: the grouping "Центр".',
    places: [
      { t: 'НЬЮ-ЙОРК', ref: 'newYork' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Новгородское', all: true, ref: 'newYork' },
      { t: 'Нью-Йорк', all: true, ref: 'newYork' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Горловки', ref: 'horlivka' },
      { t: 'Горловку', ref: 'horlivka' },
      { t: 'Донецк', ref: 'donetsk' },
      { t: 'Нью-Йорка', ref: 'newYork' },
      { t: 'Ясиноватой', ref: 'yasynuvata' },
      { t: 'Торецку', ref: 'toretsk' },
      { t: 'Торецка', ref: 'toretsk' },
      { t: 'Дзержинска', ref: 'toretsk' },
      { t: 'Покровска', ref: 'pokrovsk' },
      { t: 'Красноармейска', ref: 'pokrovsk' },
      { t: 'Нью-Йорке', ref: 'newYork' },
    ],
    traps: [{ t: 'Центр', why: 'a grouping of forces' }],
    skipped: [
      { t: 'России', why: BODY + ' ("Минобороны России")' },
      { t: 'Торецкой', why: 'an agglomeration named by its adjective ("Торецкой агломерации")' },
    ],
    events: [
      { t: 'НЬЮ-ЙОРК', ref: 'newYork', action: 'controls', actor: 'RU', claimant: null, asOf: ['2024-08-20'], note: 'the headline: "НЬЮ-ЙОРК — РУССКИЙ!"' },
      { t: 'Новгородское', n: 1, ref: 'newYork', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-08-20'], note: '"Минобороны России заявило об освобождении населённого пункта в ДНР, а также его переименовании — теперь он посёлок Новгородское" (judgement call: the sentence\'s only name of the settlement)' },
      { t: 'Новгородское', n: 3, ref: 'newYork', action: 'captured', actor: 'RU', claimant: null, asOf: ['2024-08-20'], note: '"Освобождение населённого пункта Новгородское (экс-Нью-Йорк) имеет большое значение"' },
      { t: 'Новгородское', n: 4, ref: 'newYork', action: 'captured', actor: 'RU', claimant: null, asOf: ['2024-08-20'], note: '"После освобождения н.п. Новгородское освободилась железнодорожная ветка"' },
      { t: 'Нью-Йорке', ref: 'newYork', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-08-20'], note: '"Главной проблемой в боевых действиях в Нью-Йорке считались крупные опорники ВСУ на терриконах" (dated to the report)' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-12-31',
    url: 'https://www.sila-rf.ru/2024/12/31/vs-rf-v-2024-godu-vzyali-pod-kontrol-214-naselennyh-punktov-v-zone-svo/amp',
    notes: 'Stored copy on Сила РФ (AMP page, after РИА Новости), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the photo credit ("Фото: Министерство обороны России") and the last sentence, cut by the store ("Важно отметить, что именно май стал месяцем, когда ВС РФ активи…"), removed. The date is the URL\'s (31 December 2024). Events (РИА Новости\'s count from the ministry\'s reports; the owner rule: captured, RU): Avdiivka, Vuhledar and Selydove as the year\'s largest; Vesele, Krakhmalne and Tabaivka in January; Avdiivka, Sieverne, Lastochkyne, Petrovske and Peremoha ("Победа") in February; Nevelske, Orlivka, Tonenke, Krasne and Myrne in March; Vodiane, Pervomaiske, Bohdanivka, Novomykhailivka, Novobakhmutivka and Semenivka in April (each dated to its month). Not events: the villages "в Курской области" (not named). Claims: 214 settlements in 2024, 157 of them in the DNR, five in February (count, settlements, RU). Villages with no point of their own are placed at the oblast the text names, or at Kupiansk for the two "на купянском направлении"; the April list names no oblast and follows the DNR villages (judgement call: Donetsk Oblast). Namesakes and common words: Vesele, Krasne, Myrne, Pervomaiske, Bohdanivka, "Победа". Skipped: "Министерства обороны России", "ВС РФ" (the country inside a body\'s name), "купянском направлении" (an axis). Traps: РИА «Новости».',
    places: [
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Авдеевка', all: true, ref: 'avdiivka' },
      { t: 'Угледар', ref: 'vuhledar' },
      { t: 'Селидово', ref: 'selydove' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Веселое', ref: 'veseleDnr' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Крахмальное', ref: 'krakhmalne' },
      { t: 'Табаевка', ref: 'tabaivka' },
      { t: 'Северное', ref: 'sieverne' },
      { t: 'Ласточкино', ref: 'lastochkyne' },
      { t: 'Петровское', ref: 'petrovske' },
      { t: 'Победа', ref: 'peremoha' },
      { t: 'Невельское', ref: 'nevelske' },
      { t: 'Орловка', ref: 'orlivka' },
      { t: 'Тоненькое', ref: 'tonenke' },
      { t: 'Красное', ref: 'krasne' },
      { t: 'Мирное', ref: 'myrneZp' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Водяное', ref: 'vodiane' },
      { t: 'Первомайское', ref: 'pervomaiske' },
      { t: 'Богдановка', ref: 'bohdanivka' },
      { t: 'Новомихайловка', ref: 'novomykhailivka' },
      { t: 'Новобахмутовка', ref: 'novobakhmutivka' },
      { t: 'Семеновка', ref: 'semenivka' },
    ],
    traps: [{ t: RIA, why: 'a news agency' }],
    skipped: [
      { t: 'России', why: BODY + ' ("Министерства обороны России")' },
      { t: 'купянском', why: AXIS + ' ("на купянском направлении")' },
      { t: 'РФ', why: BODY + ' ("ВС РФ")' },
    ],
    claims: [
      { t: '214 населенных пунктов', kind: 'count', value: 214, unit: 'settlements', holder: 'RU', claimant: RIA, asOf: YEAR, note: '"за весь 2024 год Вооруженные силы страны взяли под собственный контроль 214 населенных пунктов"' },
      { t: '157 сел, деревень и городов', kind: 'count', value: 157, unit: 'settlements', holder: 'RU', claimant: RIA, asOf: YEAR, note: '"Наибольшее количество населенных пунктов было освобождено в Донецкой Народной Республике, 157 сел, деревень и городов"' },
      { t: 'пять населенных пунктов', kind: 'count', value: 5, unit: 'settlements', holder: 'RU', claimant: RIA, asOf: FEB, note: '"В феврале под контроль ВС РФ перешли пять населенных пунктов"' },
    ],
    events: [
      taken('Авдеевка', 'avdiivka', YEAR, 1),
      taken('Угледар', 'vuhledar', YEAR),
      taken('Селидово', 'selydove', YEAR),
      taken('Веселое', 'veseleDnr', JAN),
      taken('Крахмальное', 'krakhmalne', JAN),
      taken('Табаевка', 'tabaivka', JAN),
      taken('Авдеевка', 'avdiivka', FEB, 2),
      taken('Северное', 'sieverne', FEB),
      taken('Ласточкино', 'lastochkyne', FEB),
      taken('Петровское', 'petrovske', FEB),
      taken('Победа', 'peremoha', FEB),
      taken('Невельское', 'nevelske', MAR),
      taken('Орловка', 'orlivka', MAR),
      taken('Тоненькое', 'tonenke', MAR),
      taken('Красное', 'krasne', MAR),
      taken('Мирное', 'myrneZp', MAR),
      taken('Водяное', 'vodiane', APR),
      taken('Первомайское', 'pervomaiske', APR),
      taken('Богдановка', 'bohdanivka', APR),
      taken('Новомихайловка', 'novomykhailivka', APR),
      taken('Новобахмутовка', 'novobakhmutivka', APR),
      taken('Семеновка', 'semenivka', APR),
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-01-27',
    url: 'https://pavlograd-news.ru/society/2025/01/27/18072-amp.html',
    notes: 'Stored copy on pavlograd-news.ru (AMP page, after Первый канал), its headline and body as the store gives them; the date line ("27 января 2025, 21:49") removed; the outlet\'s missing full stop ("символическое значение Именно") kept. The date is the URL\'s (27 January 2025). Events: "битвы за Великую Новоселку" (fighting, RU, told by the Russian soldiers) and "Освобождение Великой Новоселки" (captured, RU, the owner rule). Not events: the roads through the town, its symbolic value, "как брали важный рубеж" (no name). "Запорожской и Днепропетровской областей" is two oblast mentions. Skipped: "Южно-Донецком направлении" (an axis). Traps: the reporter, Первый канал.',
    places: [
      { t: 'Великую Новоселку', all: true, ref: 'velykaNovosilka' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'Великой Новоселки', all: true, ref: 'velykaNovosilka' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Запорожской', ref: 'zaporizhzhiaOblast' },
      { t: 'Днепропетровской областей', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'Евгения Лямина', why: 'person' },
      { t: 'Первый канал', why: 'a broadcaster' },
    ],
    skipped: [{ t: 'Южно-Донецком', why: AXIS + ' ("на Южно-Донецком направлении")' }],
    events: [
      { t: 'Великую Новоселку', n: 1, ref: 'velykaNovosilka', action: 'fighting', actor: 'RU', claimant: 'Российские бойцы', asOf: ['2025-01-27'], note: 'the headline: "Российские бойцы рассказали подробности битвы за Великую Новоселку"' },
      { t: 'Великой Новоселки', n: 1, ref: 'velykaNovosilka', action: 'captured', actor: 'RU', claimant: null, asOf: ['2025-01-27'], note: '"Освобождение Великой Новоселки стратегический успех российской армии"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-10-07',
    url: 'https://radio1.ru/news/specoperaciya-na-ukraine/putin-nazval-kolichestvo-osvobozhdyonnih-vs-rf-naselyonnih-punktov/',
    notes: 'Stored copy on Радио 1, its headline and body as the store gives them. The date is the page\'s (7 October 2025, the Tuesday of Putin\'s birthday meeting). No event and no place mention: "Президент России" and "ВС РФ" (twice) name the country inside an office\'s or body\'s title (skipped), the "зона проведения СВО" is no place. Claims (Putin): five thousand km² and 219 settlements taken in 2025 (area-gained and count, settlements, RU, 1 January to 7 October 2025). Traps: Putin (five times).',
    places: [],
    traps: [
      { t: 'Путин', n: 1, why: 'person' },
      { t: 'Владимир Путин', why: 'person' },
      { t: 'Путин', n: 3, why: 'person' },
      { t: 'Путин', n: 4, why: 'person' },
      { t: 'Путин', n: 5, why: 'person' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY + ' ("ВС РФ")' },
      { t: 'России', why: 'a country inside an office\'s title ("Президент России")' },
    ],
    claims: [
      { t: 'пять тысяч квадратных километров', kind: 'area-gained', value: 5000, unit: 'km2', holder: 'RU', claimant: 'Владимир Путин', asOf: ['2025-01-01', '2025-10-07'], note: '"в 2025 году ВС РФ освободили пять тысяч квадратных километров территорий"' },
      { t: '219 населённых пунктов', kind: 'count', value: 219, unit: 'settlements', holder: 'RU', claimant: 'Владимир Путин', asOf: ['2025-01-01', '2025-10-07'], note: '"и 219 населённых пунктов в зоне проведения СВО"' },
    ],
    events: [],
  },
];
