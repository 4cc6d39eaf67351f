// Hand annotations, Russian articles of tests/eval/fresh63 (see annotations-en.ts for the locator rules).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "region inside an official's title or a body's name";
const AXIS = 'a front axis named by an adjective';
const RIVER = 'river';
const SYNIEHUBOV = 'Олег Синегубов';
const PUSHILIN = 'Денис Пушилин';
const MOD = 'Минобороны России';
const SHOIGU = 'Сергей Шойгу';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-10-20',
    url: 'https://korrespondent.net/city/kharkov/4527808-na-kharkovschyne-pod-okkupatsyei-ostaetsia-32-sela',
    notes: 'Stored copy on Корреспондент.net (korrespondent.net, Russian text), its headline and body as the store gives them; site chrome removed: the language switch ("UA"), the byline and date line ("Текст: ,  20 октября 2022, 12:33"), counters ("0", "1121"), the repeated headline, the photo credit and caption ("Фото: Генштаб ВСУ", "ВСУ продолжают деоккупации Харьковщины"), the Telegram notice and the related-links list. The date is the page\'s (20 October 2022, a Thursday). Claims (Синегубов, 20 October unless said): "32 села" (headline), "32 населенных пункта" and "только 32" still occupied (count, settlements, held by RU; three spans of one figure); "почти 550 населенных пунктов" (the outlet\'s rounding) and "544 населенных пункта" de-occupied since the invasion (count, settlements, UA, 24 February to the report); "2% региона" and "чуть меньше 2% Харьковской области" under occupation (area-held, percent, RU; "чуть меньше" at its value, as fresh6 reads "около 6%"); "19 населенных пунктов" freed in the last six days (count, settlements, UA, 14–20 October). No settlement named, no event. Traps: the person (twice).',
    places: [
      { t: 'Харьковщине', ref: 'kharkivOblast' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Олег Синегубов', why: 'person' },
      { t: 'Синегубов', ctx: 'Синегубов отметил', why: 'person' },
    ],
    claims: [
      { t: '32 села', kind: 'count', value: 32, unit: 'settlements', holder: 'RU', claimant: SYNIEHUBOV, asOf: ['2022-10-20'], note: 'headline: "На Харьковщине под оккупацией остается 32 села"' },
      { t: 'почти 550 населенных пунктов', kind: 'count', value: 550, unit: 'settlements', holder: 'UA', claimant: SYNIEHUBOV, asOf: ['2022-02-24', '2022-10-20'], note: '"Украинские военные освободили почти 550 населенных пунктов в Харьковской области"' },
      { t: '2% региона', kind: 'area-held', value: 2, unit: 'percent', holder: 'RU', claimant: SYNIEHUBOV, asOf: ['2022-10-20'], note: '"под оккупацией остается 2% региона"' },
      { t: '32 населенных пункта', kind: 'count', value: 32, unit: 'settlements', holder: 'RU', claimant: SYNIEHUBOV, asOf: ['2022-10-20'], note: '"под российской оккупацией остаются 32 населенных пункта"' },
      { t: '544 населенных пункта', kind: 'count', value: 544, unit: 'settlements', holder: 'UA', claimant: SYNIEHUBOV, asOf: ['2022-02-24', '2022-10-20'], note: '"На сегодняшний день деоккупировано 544 населенных пункта"' },
      { t: '32', ctx: 'только 32', kind: 'count', value: 32, unit: 'settlements', holder: 'RU', claimant: SYNIEHUBOV, asOf: ['2022-10-20'], note: '"остается у нас под временной оккупацией только 32"' },
      { t: 'чуть меньше 2% Харьковской области', kind: 'area-held', value: 2, unit: 'percent', holder: 'RU', claimant: SYNIEHUBOV, asOf: ['2022-10-20'], note: '"это составляет чуть меньше 2% Харьковской области"' },
      { t: '19 населенных пунктов', kind: 'count', value: 19, unit: 'settlements', holder: 'UA', claimant: SYNIEHUBOV, asOf: ['2022-10-14', '2022-10-20'], note: '"только за последние шесть дней ВСУ освободили 19 населенных пунктов"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-11-09',
    url: 'https://mk.ru/politics/2022/11/09/pulishin-zayavil-o-tyazhelykh-boyakh-v-rayone-pavlovki.html',
    notes: 'Stored copy on Московский комсомолец (mk.ru), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug, whose "pulishin" is the URL\'s own slip); the last sentence, cut by the store ("В свою очередь, контроль над Угледаром необходим, чтобы "отодвинуть противника — от …"), removed. The date is the URL\'s (9 November 2022). Events: "в Марьинском районе продолжаются тяжелые бои в селе Павловка" and "В районе Павловки продолжаются тяжелые бои, это село необходимо занять" (fighting, RU, the attacker, Пушилин); the ministry\'s "украинские контратаки … в направлении населенных пунктов Новомихайловка и Павловка" (fighting, UA, the side counter-attacking toward them); the marines "находятся под Павловкой" and "положение дел в Павловке тяжелое, потери есть, но армия России идет вперед" (fighting, RU, the video Кожемяко published; "под X" read as the approaches, judgement call); "Продолжается освободительная операция в направлении Угледара" (fighting, RU: an operation named by its aim while under way, toward the town). No event: "без полного контроля над Павловкой продвижение к Угледару будет затруднено" (a prospect). Skipped: "Донецкой народной республики" twice in Пушилин\'s title ("Врио главы"), "Приморского края" in the governor\'s title, "Минобороны России" and "ВС РФ" (bodies), "Южно-Донецком направлении" (an axis). Counted: "ДНР" (Donetsk Oblast). Skipped after the first run (an annotation slip): "армия России" (the country inside an army\'s name, as the earlier sets skip it). Traps: the persons.',
    places: [
      { t: 'Марьинском районе', ref: 'marinkaRaion' },
      { t: 'Павловка', all: true, ref: 'pavlivka' },
      { t: 'Новомихайловка', ref: 'novomykhailivka' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Павловкой', all: true, ref: 'pavlivka' },
      { t: 'Павловке', ref: 'pavlivka' },
      { t: 'Павловки', ref: 'pavlivka' },
      { t: 'Угледара', ref: 'vuhledar' },
      { t: 'Угледару', ref: 'vuhledar' },
    ],
    traps: [
      { t: 'Денис Пушилин', all: true, why: 'person' },
      { t: 'Олег Кожемяко', why: 'person' },
      { t: 'Пушилин', ctx: 'сказал Пушилин', why: 'person' },
    ],
    skipped: [
      { t: 'Донецкой народной республики', all: true, why: TITLE + ' ("Врио главы Донецкой народной республики")' },
      { t: 'Приморского края', why: TITLE + ' ("губернатор Приморского края")' },
      { t: 'России', ctx: 'Минобороны России', why: BODY },
      { t: 'России', ctx: 'армия России', why: 'country inside an army\'s name ("армия России", as the earlier sets skip it; counted on the first pass, an annotation slip fixed after the first run)' },
      { t: 'РФ', why: BODY + ' ("ВС РФ")' },
      { t: 'Южно-Донецком', why: AXIS },
    ],
    events: [
      { t: 'Павловка', n: 1, ref: 'pavlivka', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2022-11-09'], note: '"в Марьинском районе продолжаются тяжелые бои в селе Павловка"' },
      { t: 'Новомихайловка', ref: 'novomykhailivka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2022-11-08', '2022-11-09'], note: '"ВС РФ отразили украинские контратаки … в направлении населенных пунктов Новомихайловка и Павловка в ДНР"' },
      { t: 'Павловка', n: 2, ref: 'pavlivka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2022-11-08', '2022-11-09'] },
      { t: 'Павловкой', n: 1, ref: 'pavlivka', action: 'fighting', actor: 'RU', claimant: 'Олег Кожемяко', asOf: ['2022-11-08', '2022-11-09'], note: '"видео с морпехами из 155-й отдельной бригады ТОФ, которые находятся под Павловкой" (judgement call)' },
      { t: 'Павловке', ref: 'pavlivka', action: 'fighting', actor: 'RU', claimant: 'Олег Кожемяко', asOf: ['2022-11-08', '2022-11-09'], note: '"положение дел в Павловке тяжелое, потери есть, но армия России идет вперед"' },
      { t: 'Павловки', ref: 'pavlivka', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2022-11-09'], note: '"В районе Павловки продолжаются тяжелые бои, это село необходимо занять"' },
      { t: 'Угледара', ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2022-11-09'], note: '"Продолжается освободительная операция в направлении Угледара"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2022-11-10',
    url: 'http://abakan-news.net/society/2022/11/10/117813.html',
    notes: 'Stored copy on Абакан-news (abakan-news.net, after Хакасия, xakac.info), its headline and body as the store gives them; the repeated headline, the photo caption ("Сергей Суровикин. Фото из открытых источников"), the source line ("Источник: https://xakac.info/") and the "Популярные новости за сутки" / "Лента новостей" labels removed. The date is the URL\'s (10 November 2022; the order was given on 9 November). Events: "Российская армия оставляет Херсон" (withdrew, RU, the headline, 9–10 November), Шойгу "распорядился оставить Херсон" and "российские силы будут выведены из Херсона" (withdrew, RU, Шойгу, 9 November: a side\'s decision to pull its troops out of a named town read as its withdrawal, as the README reads "regroup troops in the areas of X"). No event: the withdrawal "с правого берега Днепра" (a bank, no settlement), the defence "по левому берегу Днепра", "оставляемых территорий" (unnamed). Skipped: "Днепра" three times (a river), "РФ" in "Глава Минобороны РФ" (a body\'s name), "России" in "Министр обороны России" (an official\'s title). Traps: the persons.',
    places: [
      { t: 'Херсон', all: true, ref: 'kherson' },
      { t: 'Херсона', ref: 'kherson' },
    ],
    traps: [
      { t: 'Сергей Шойгу', all: true, why: 'person' },
      { t: 'Суровикин', all: true, why: 'person' },
      { t: 'Сергею Суровикину', why: 'person' },
      { t: 'Суровикина', why: 'person' },
    ],
    skipped: [
      { t: 'Днепра', all: true, why: RIVER },
      { t: 'РФ', why: BODY + ' ("Глава Минобороны РФ")' },
      { t: 'России', why: "country inside an official's title (\"Министр обороны России\")" },
    ],
    events: [
      { t: 'Херсон', n: 1, ref: 'kherson', action: 'withdrew', actor: 'RU', claimant: null, asOf: ['2022-11-09', '2022-11-10'], note: 'headline: "Российская армия оставляет Херсон"' },
      { t: 'Херсон', n: 2, ref: 'kherson', action: 'withdrew', actor: 'RU', claimant: SHOIGU, asOf: ['2022-11-09'], note: '"Глава Минобороны РФ Сергей Шойгу распорядился оставить Херсон"' },
      { t: 'Херсона', ref: 'kherson', action: 'withdrew', actor: 'RU', claimant: SHOIGU, asOf: ['2022-11-09'], note: '"В том числе, российские силы будут выведены из Херсона" (the order\'s withdrawal)' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-01-13',
    url: 'https://artsakh.news/ru/news/257301',
    notes: 'Stored copy on Artsakh.news (artsakh.news, Russian edition, after РБК-Украина), its headline and body as the store gives them; site chrome removed: the site\'s own date and weather line ("Суббота, 27 Апреля, 2024 года | В Степанакерте: +18 °C"), the repeated headline, a view count ("633") and the date line ("Пятница, 13 Января, 2023 года, 16:48"). The date is the page\'s date line (13 January 2023). Events: Russia\'s claim of "взятии" Соледара in the headline and the Russians\' "якобы "взятии" Соледара" that Череватый says "не соответствуют действительности" (captured, RU, denied, the claim\'s makers as claimant); "Бои идут в городе" (fighting, RU, the attacker, Череватый), anchored on the town\'s name in the sentence the quote answers, as fresh62 anchors a quote\'s "населеного пункту" on the town named before it (judgement call: a second event on that span). Counted: "заявление России" and "заявления РФ" (the country making a claim, not a body\'s name). Traps: the person (twice), the outlet "РБК-Украина" (a place word inside an outlet\'s name).',
    places: [
      { t: 'России', ref: 'russia' },
      { t: 'Соледара', all: true, ref: 'soledar' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [
      { t: 'Сергей Череватый', why: 'person' },
      { t: 'Череватый', ctx: 'сказал Череватый', why: 'person' },
      { t: 'РБК-Украина', why: 'an outlet with a place word in its name' },
    ],
    events: [
      { t: 'Соледара', n: 1, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Россия', denied: true, asOf: ['2023-01-13'], note: 'headline: "В ВСУ опровергли заявление России о "взятии" Соледара"' },
      { t: 'Соледара', n: 2, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'россияне', denied: true, asOf: ['2023-01-13'], note: '"Заявления россиян о якобы "взятии" Соледара не соответствуют действительности"' },
      { t: 'Соледара', n: 2, ref: 'soledar', action: 'fighting', actor: 'RU', claimant: 'Сергей Череватый', asOf: ['2023-01-13'], note: '"Нет, это не соответствует действительности. Бои идут в городе" (judgement call on the anchor)' },
    ],
  },
];
