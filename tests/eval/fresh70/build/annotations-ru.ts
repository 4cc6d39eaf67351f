// Hand annotations, Russian articles of tests/eval/fresh70. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";
const GERASIMOV = 'Валерий Герасимов';
const MOD = 'Минобороны РФ';
const KIMAKOVSKY = 'Игорь Кимаковский';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-12-27',
    url: 'https://www.interfax.ru/russia/1065454',
    notes: 'Stored copy on Интерфакс (interfax.ru), its headline and body as the store gives them; the photo caption and credit ("Начальник Генерального штаба ВС РФ генерал армии Валерий Герасимов Фото: Дмитрий Харичков/пресс-служба Минобороны РФ/ТАСС") and the last paragraph, cut by the store (Belousov\'s quote, "... продолжают славные традиции предков-по"), removed. The date is the dateline\'s and the page\'s (27 December 2025). The owner rule: a Russian "освобождение" of a Ukrainian-held town is `captured` by RU. Events: Dimitrov (the Russian name of Myrnohrad) taken four times (the headline\'s "взятии под контроль Димитрова", "Под контроль российских войск перешел город Димитров", the quote\'s "освободили город Димитров": Gerasimov; "Взятие Димитрова": Putin) and Huliaipole ("с освобождением населенного пункта Гуляйполе Запорожской области", the ministry). The Ukrainian name in brackets (Мирнограда, Мирноград) is the same place, counted, no second event (judgement call). Counted: the dateline\'s Москва, ДНР three times (Donetsk Oblast), "Запорожской области". Skipped: РФ five times (in "Генштаба РФ" twice and "Минобороны РФ", bodies; in "президенту РФ" and "Министр обороны РФ", titles), Украины in "вооруженных сил Украины" (a body). Traps: INTERFAX.RU, the grouping «Центр», the persons, "Красноградской" (a brigade\'s honorific from the town of Krasnohrad, no mention of the town). No claim ("60-й", "57-й" are unit numbers).',
    places: [
      { t: 'Димитрова', all: true, ref: 'myrnohrad' },
      { t: 'Мирнограда', ref: 'myrnohrad' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Москва', ref: 'moscow' },
      { t: 'Димитров', all: true, ref: 'myrnohrad' },
      { t: 'Мирноград', ref: 'myrnohrad' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'INTERFAX.RU', why: 'a news agency' },
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Центр', why: 'a grouping name' },
      { t: 'Герасимов', ctx: 'доложил Герасимов', why: 'person' },
      { t: 'Владимиру Путину', why: 'person' },
      { t: 'Путин', why: 'person' },
      { t: 'Андрей Белоусов', why: 'person' },
      { t: 'Красноградской', why: 'a brigade\'s honorific title' },
    ],
    skipped: [
      { t: 'РФ', n: 1, why: BODY + ' ("Генштаба РФ")' },
      { t: 'РФ', n: 2, why: BODY + ' ("Генштаба РФ")' },
      { t: 'Украины', why: BODY + ' ("вооруженных сил Украины")' },
      { t: 'РФ', n: 3, why: TITLE + ' ("президенту РФ")' },
      { t: 'РФ', n: 4, why: TITLE + ' ("Министр обороны РФ")' },
      { t: 'РФ', n: 5, why: BODY + ' ("Минобороны РФ")' },
    ],
    events: [
      { t: 'Димитрова', n: 1, ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-12-27'], note: 'headline: "Начальник Генштаба РФ сообщил о взятии под контроль Димитрова (Мирнограда) в ДНР"' },
      { t: 'Димитров', n: 1, ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-12-27'], note: '"Под контроль российских войск перешел город Димитров (Мирноград) в ДНР"' },
      { t: 'Димитров', n: 2, ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-12-27'], note: '"Войска группировки "Центр" ... освободили город Димитров"' },
      { t: 'Димитрова', n: 2, ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: 'Владимир Путин', asOf: ['2025-12-27'], note: '"Взятие Димитрова - серьезный шаг к освобождению ДНР, заявил в свою очередь Путин"' },
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-27'], note: '"Белоусов поздравил ... с освобождением населенного пункта Гуляйполе Запорожской области, сообщается в телеграм-канале Минобороны РФ"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2026-01-08',
    url: 'https://tass.ru/armiya-i-opk/26106477',
    notes: 'Stored copy on ТАСС (tass.ru), its headline, standfirst and body as the store gives them (the store\'s "наступательный действия" kept, twice). The date is the page\'s and the dateline\'s (8 January 2026). Events: the headline\'s "пробуют занять высоты к западу от Орехова" and the advance "в сторону Орехова" twice (fighting, RU: an advance toward a town is fighting at it, as the sets read "в направлении X"; Kimakovsky); "об освобождении Степногорска" (captured, RU, the ministry, 28 December 2025: the owner rule). Not events: "продвинулись от Степногорска" and "идут со стороны Степногорска" (the place they start from, judgement call). Counted: the dateline\'s ДОНЕЦК (the city), Orikhiv three times, Stepnohirsk three times, "Запорожской области" twice. Skipped: ДНР twice in "советник главы ДНР" (a region inside an official\'s title, judgement call as the sets skip a country in a title), РФ in "ВС РФ" and "Минобороны РФ" (bodies). Traps: Kimakovsky (twice), ТАСС, the grouping «Днепр» (three times, named after a river), the programme «Соловьев Live». No claim.',
    places: [
      { t: 'Орехова', all: true, ref: 'orikhiv' },
      { t: 'ДОНЕЦК', ref: 'donetsk' },
      { t: 'Степногорска', all: true, ref: 'stepnohirsk' },
      { t: 'Запорожской области', all: true, ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Кимаковский', ctx: 'Кимаковский: ВС РФ', why: 'person' },
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Днепр', all: true, why: 'a grouping named after a river' },
      { t: 'Игорь Кимаковский', why: 'person' },
      { t: 'Соловьев Live', why: 'a television programme' },
    ],
    skipped: [
      { t: 'РФ', n: 1, why: BODY + ' ("ВС РФ")' },
      { t: 'ДНР', all: true, why: 'a region inside an official\'s title ("советник главы ДНР")' },
      { t: 'РФ', n: 2, why: BODY + ' ("Минобороны РФ")' },
    ],
    events: [
      { t: 'Орехова', n: 1, ref: 'orikhiv', action: 'fighting', actor: 'RU', claimant: KIMAKOVSKY, asOf: ['2026-01-08'], note: 'headline: "ВС РФ пробуют занять высоты к западу от Орехова"' },
      { t: 'Орехова', n: 2, ref: 'orikhiv', action: 'fighting', actor: 'RU', claimant: KIMAKOVSKY, asOf: ['2026-01-08'], note: '"продвинулись от Степногорска в Запорожской области в сторону Орехова и пытаются занять высоты к западу от города"' },
      { t: 'Орехова', n: 3, ref: 'orikhiv', action: 'fighting', actor: 'RU', claimant: KIMAKOVSKY, asOf: ['2026-01-08'], note: '"идут со стороны Степногорска в сторону Орехова"' },
      { t: 'Степногорска', n: 3, ref: 'stepnohirsk', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-28'], note: '"Минобороны РФ 28 декабря сообщило об освобождении Степногорска"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-11-14',
    url: 'https://www.rbc.ru/politics/14/11/2025/6916f66b9a79470c6d923eeb',
    notes: 'Stored copy on РБК (rbc.ru), its body as the store gives it (no headline: the manifest\'s title is made by the annotator from the lead); the image line ("Фото: сервис «Яндекс.Карты»") and the site\'s note "Материал дополняется" removed. The date is the page\'s and the URL\'s (14 November 2025). The owner rule: "установили контроль" and "заняли" over Ukrainian villages are `captured` by RU. Events: Orestopil ("установили контроль над населенным пунктом Орестополь", the ministry, the report\'s day); Novoselivka ("о контроле над которым Минобороны России отчитывалось 5 сентября": captured, RU, 5 September); Danylivka, Vovche, Novouspenivske, Nove, Solodke and Rybne ("За минувшую неделю ... установили контроль над населенными пунктами": captured, RU, the week to the report). Not events: "населенный пункт заняли" (no name), Orestopil\'s location. Claim: "1 665 военных" of Ukrainian losses in the week (count, casualties, UA: the side that suffers them, the ministry). Not claims: "574 человека" (a population), "В 5 км" (a distance), the brigades and regiments struck, the vehicles. Counted: Orestopil twice (two cases), "Днепропетровской области" three times, "Запорожской" in "с Запорожской и ДНР" (an oblast adjective sharing "области") and "Запорожской области", ДНР. Skipped: the river Вовча ("реки Волчья"), России and Украины inside bodies ("Минобороны России", "Вооруженных сил Украины"). Traps: the grouping «Восток», «Востока» (a compass word).',
    places: [
      { t: 'Орестополь', all: true, ref: 'orestopil' },
      { t: 'Днепропетровской области', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Запорожской', n: 1, ref: 'zaporizhzhiaOblast' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Новоселовка', ref: 'novoselivkaDnipro' },
      { t: 'Орестополе', ref: 'orestopil' },
      { t: 'Даниловка', ref: 'danylivka' },
      { t: 'Волчье', ref: 'vovche' },
      { t: 'Новоуспеновское', ref: 'novouspenivske' },
      { t: 'Новое', ref: 'noveZp' },
      { t: 'Сладкое', ref: 'solodke' },
      { t: 'Рыбное', ref: 'rybne' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Восток', why: 'a grouping named by a compass word' },
      { t: 'Востока', why: 'a grouping named by a compass word' },
    ],
    skipped: [
      { t: 'Волчья', why: 'river' },
      { t: 'России', why: BODY + ' ("Минобороны России")' },
      { t: 'Украины', why: BODY + ' ("Вооруженных сил Украины")' },
    ],
    claims: [
      { t: '1 665 военных', kind: 'count', value: 1665, unit: 'casualties', holder: 'UA', claimant: 'Минобороны России', asOf: ['2025-11-07', '2025-11-14'], note: '"Потери ВСУ в зоне действия этой группировки войск Минобороны оценило в 1 665 военных" (the week)' },
    ],
    events: [
      { t: 'Орестополь', n: 1, ref: 'orestopil', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-11-14'], note: '"Российские военнослужащие установили контроль над населенным пунктом Орестополь в Днепропетровской области, сообщило Минобороны"' },
      { t: 'Новоселовка', ref: 'novoselivkaDnipro', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-09-05'], note: '"село Новоселовка, о контроле над которым Минобороны России отчитывалось 5 сентября"' },
      { t: 'Даниловка', ref: 'danylivka', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-11-07', '2025-11-14'], note: '"За минувшую неделю подразделения «Востока» ... установили контроль над населенными пунктами Даниловка, Волчье ..."' },
      { t: 'Волчье', ref: 'vovche', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-11-07', '2025-11-14'], note: 'the same list' },
      { t: 'Новоуспеновское', ref: 'novouspenivske', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-11-07', '2025-11-14'], note: 'the same list' },
      { t: 'Новое', ref: 'noveZp', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-11-07', '2025-11-14'], note: 'the same list' },
      { t: 'Сладкое', ref: 'solodke', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-11-07', '2025-11-14'], note: 'the same list' },
      { t: 'Рыбное', ref: 'rybne', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-11-07', '2025-11-14'], note: 'the same list' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-12-11',
    url: 'https://www.gazeta.ru/army/news/2025/12/11/27391399.shtml',
    notes: 'Stored copy on Газета.Ru (gazeta.ru), its headline and body as the store gives them; the cookie notice, the photo credit ("Григорий Сысоев/РИА Новости") and the last paragraph, cut by the store ("В тот же день Герасимов з"), removed. The date is the page\'s (11 December 2025). Events: the southern part of Dimitrov (the Russian name of Myrnohrad) taken (captured, RU, `part: true`, Gerasimov: the headline\'s "об освобождении части Димитрова", "освободили всю южную часть Димитрова", "В Димитрове освобождена вся южная часть"); Kucherivka and Kurylivka ("вытеснили противника из населенных пунктов": captured, RU, Gerasimov); Siversk ("поблагодарил ... за освобождение Северска": captured, RU, Putin; "ВС РФ завершили освобождение города Северска": captured, RU, the channel Mash, 9 December). Not events: "Бои идут в центре, на севере и на северо-востоке города" (no name in the clause; the same sentence pair\'s taking is written on Димитрове), "вошли в город" (no name). Counted: Dimitrov three times (two cases) and the Ukrainian name in brackets, "Донецкой народной республике" and ДНР (Donetsk Oblast), "Харьковской области", Siversk twice. Skipped: России in "президенту России" (a title), РФ three times inside bodies ("Генштаба ВС РФ", "Вооруженные силы РФ", "ВС РФ"). Traps: the grouping «Центр», the persons, ТАСС, Mash. No claim ("6-й и 7-й", "81-ю" are unit numbers).',
    places: [
      { t: 'Димитрова', all: true, ref: 'myrnohrad' },
      { t: 'Мирноград', ref: 'myrnohrad' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Димитрове', ref: 'myrnohrad' },
      { t: 'Кучеровка', ref: 'kucherivka' },
      { t: 'Куриловка', ref: 'kurylivka' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Северска', all: true, ref: 'siversk' },
    ],
    traps: [
      { t: 'Путину', n: 1, why: 'person' },
      { t: 'Центр', why: 'a grouping name' },
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Владимиру Путину', why: 'person' },
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Герасимов', ctx: 'сказал Герасимов', why: 'person' },
      { t: 'Путин', why: 'person' },
      { t: 'Mash', why: 'a Telegram channel' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY + ' ("Генштаба ВС РФ", "Вооруженные силы РФ", "ВС РФ")' },
      { t: 'России', why: TITLE + ' ("президенту России")' },
    ],
    events: [
      { t: 'Димитрова', n: 1, ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: GERASIMOV, part: true, asOf: ['2025-12-11'], note: 'headline: "Путину доложили об освобождении части Димитрова"' },
      { t: 'Димитрова', n: 2, ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: GERASIMOV, part: true, asOf: ['2025-12-11'], note: '"Военнослужащие группировки войск «Центр» освободили всю южную часть Димитрова"' },
      { t: 'Димитрове', ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: GERASIMOV, part: true, asOf: ['2025-12-11'], note: '"В Димитрове освобождена вся южная часть"' },
      { t: 'Кучеровка', ref: 'kucherivka', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-12-11'], note: '"Вооруженные силы РФ также вытеснили противника из населенных пунктов Кучеровка и Куриловка в Харьковской области"' },
      { t: 'Куриловка', ref: 'kurylivka', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-12-11'], note: 'the same sentence' },
      { t: 'Северска', n: 1, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Владимир Путин', asOf: ['2025-12-11'], note: '"Путин в свою очередь поблагодарил одного из командующих за освобождение Северска"' },
      { t: 'Северска', n: 2, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Mash', asOf: ['2025-12-09'], note: '"9 декабря Telegram-канал Mash рассказал, что ВС РФ завершили освобождение города Северска"' },
    ],
  },
];
