// Hand annotations, Russian articles of tests/eval/fresh59 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis named by an adjective';
const MOD = 'Минобороны РФ';
const PUSHILIN = 'Денис Пушилин';
const PRIGOZHIN = 'Евгений Пригожин';
const RU_SOLDIERS = 'российские военные';
const DAY = ['2023-09-25', '2023-09-26'] as const;

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-11-10',
    url: 'https://lenta.ru/news/2022/11/10/pushilin_/amp',
    notes: 'Stored copy on Лента.ру (lenta.ru, AMP page), its headline, subhead and body as the store gives them; the rubric ("Россия"), the date line ("21:17, 10 ноября 2022"), the byline ("Марина Совина (Редактор отдела оперативной информации)"), the photo caption and credit ("Денис Пушилин / Фото: Сергей Батурин / РИА Новости"), the link "Узнайте больше в полной версии ➞" and the last sentence, cut by the store ("Это необходимо, чтобы впоследствии отод"), removed. The date is the page\'s and the URL\'s (10 November 2022). Events (the owner rule: the "освобождение" of the Ukrainian-held Pavlivka is its capture by RU): the headline\'s "освобождении Павловки", the subhead\'s "освобождении Павловки от ВСУ на 90 процентов" (captured, RU, part), the lead\'s "Павловка ... освобожден и уже на 90 процентов зачищен" (captured, RU, and cleared, RU, part, on the same span), "освобождение населенного пункта Павловка", "Павловка перешла под контроль российских военных" (captured, RU); "тяжелых боях в районе Павловки" on Wednesday 9 November (fighting, RU); "без полного занятия Павловки будет крайне затруднительно продвинуться" (a noun of taking weighed by a modal, where the article tells elsewhere of its capture: captured, RU). Not an event: "взять под контроль Угледар" (an aim). Claims: "на 90 процентов" in the subhead, the lead and the quote (area-held, percent, RU, Pushilin: the share of the village liberated or cleared). "ДНР" and "Донецкой народной республике" are Donetsk Oblast; "ДНР" in "МВД ДНР" is skipped (a body\'s name); "флага России" is the country. Traps: Pushilin, ТАСС, the Pacific Fleet.',
    places: [
      { t: 'ДНР', n: 1, ref: 'donetskOblast' },
      { t: 'ДНР', n: 2, ref: 'donetskOblast' },
      { t: 'ДНР', n: 3, ref: 'donetskOblast' },
      { t: 'Павловки', all: true, ref: 'pavlivka' },
      { t: 'Павловка', all: true, ref: 'pavlivka' },
      { t: 'России', ref: 'russia' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'Угледар', ref: 'vuhledar' },
    ],
    traps: [
      { t: 'Пушилин', n: 1, why: 'person' },
      { t: 'Денис Пушилин', why: 'person' },
      { t: 'Пушилин', n: 3, why: 'person' },
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Тихоокеанского флота', why: 'a fleet (unit name)' },
    ],
    skipped: [{ t: 'ДНР', n: 4, why: 'a region inside a body\'s name ("МВД ДНР")' }],
    claims: [
      { t: '90 процентов', n: 1, kind: 'area-held', value: 90, unit: 'percent', holder: 'RU', claimant: PUSHILIN, asOf: ['2022-11-10'], note: 'subhead: "Пушилин заявил об освобождении Павловки от ВСУ на 90 процентов"' },
      { t: '90 процентов', n: 2, kind: 'area-held', value: 90, unit: 'percent', holder: 'RU', claimant: PUSHILIN, asOf: ['2022-11-10'], note: '"освобожден и уже на 90 процентов зачищен"' },
      { t: '90 процентов', n: 3, kind: 'area-held', value: 90, unit: 'percent', holder: 'RU', claimant: PUSHILIN, asOf: ['2022-11-10'], note: '«Практически уже на 90 процентов зачищен, можно сказать, освобожден»' },
    ],
    events: [
      { t: 'Павловки', n: 1, ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: PUSHILIN, asOf: ['2022-11-10'], note: 'headline: "В ДНР сообщили об освобождении Павловки"' },
      { t: 'Павловки', n: 2, ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: PUSHILIN, part: true, asOf: ['2022-11-10'], note: 'subhead: "об освобождении Павловки от ВСУ на 90 процентов"' },
      { t: 'Павловка', n: 1, ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: PUSHILIN, asOf: ['2022-11-10'], note: '"Населенный пункт Павловка ... освобожден"' },
      { t: 'Павловка', n: 1, ref: 'pavlivka', action: 'cleared', actor: 'RU', claimant: PUSHILIN, part: true, asOf: ['2022-11-10'], note: '"и уже на 90 процентов зачищен"' },
      { t: 'Павловка', n: 2, ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: PUSHILIN, asOf: ['2022-11-10'], note: '"одно из достижений — освобождение населенного пункта Павловка"' },
      { t: 'Павловка', n: 3, ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: null, asOf: ['2022-11-10'], note: '"Павловка перешла под контроль российских военных"' },
      { t: 'Павловки', n: 3, ref: 'pavlivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-11-09'], note: '"В среду, 9 ноября, сообщалось о тяжелых боях в районе Павловки"' },
      { t: 'Павловки', n: 4, ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: PUSHILIN, asOf: ['2022-11-10'], note: '"без полного занятия Павловки будет крайне затруднительно продвинуться" (a noun of taking weighed by a modal; the article tells of the capture)' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2023-01-13',
    url: 'https://argumenti.ru/society/2023/01/808714/amp',
    notes: 'Stored copy on Аргументы недели (argumenti.ru, AMP page), its headline and body as the store gives them; the page title line ("> МО РФ: ... - Аргументы Недели"), the rubric ("//Общество 13+"), the date line ("13 января 2023, 13:52 [ «Аргументы Недели» ]"), the photo caption ("Российские военные, MOD Russia / globallookpress.com") and the last sentence, cut by the store ("Как сообщалось ранее в пятницу, помощн"), removed. The date is the page\'s and the URL\'s (13 January 2023). Events (the owner rule: the "освобождение" of the Ukrainian-held Soledar is its capture by RU): the headline\'s, the lead\'s and the quote\'s "освобождение Соледара завершено 12 января" (captured, RU, the Defence Ministry, the evening of 12 January). Not events: "пути снабжения ВСУ в Артемовске" three times (Artemovsk, Bakhmut, named to locate the supply routes). "Донбасса" is the Donbas (a region); "МО РФ", "министерство обороны РФ", "Минобороны России" and "Вооруженных сил Украины" are skipped (bodies\' names). Trap: РИА Новости.',
    places: [
      { t: 'Соледара', all: true, ref: 'soledar' },
      { t: 'Артемовске', all: true, ref: 'bakhmut' },
      { t: 'Донбасса', ref: 'donbas' },
    ],
    traps: [{ t: 'РИА Новости', why: 'a news agency' }],
    skipped: [
      { t: 'РФ', all: true, why: BODY + ' ("МО РФ", "министерство обороны РФ")' },
      { t: 'Украины', why: BODY + ' ("Вооруженных сил Украины")' },
      { t: 'России', why: BODY + ' ("Минобороны России")' },
    ],
    claims: [],
    events: [
      { t: 'Соледара', n: 1, ref: 'soledar', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2023-01-12'], note: 'headline: "МО РФ: освобождение Соледара завершено 12 января"' },
      { t: 'Соледара', n: 2, ref: 'soledar', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2023-01-12'], note: '"Освобождение расположенного на территории Донбасса города Соледара завершено 12 января"' },
      { t: 'Соледара', n: 3, ref: 'soledar', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2023-01-12'], note: '«вечером 12 января завершено освобождение Соледара»' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2023-04-11',
    url: 'https://runews24.ru/amp/donetsk/11/04/2023/673d54se0a1cbebfc85001ef28a5159b',
    notes: 'Stored copy on Runews24 (runews24.ru, AMP page), its headline, subhead and body as the store gives them; the story link ("Больше новостей в сюжете: Военная спецоперация на Украине"), the photo credit ("Фото: AP Photo / Libkos") and the "Реклама" line removed. The date is the URL\'s (11 April 2023). Events: Wagner "контролирует 80% территории Артемовска" in the headline (controls, RU, part, Prigozhin); his "под контролем ... находится более 80% городской территории", anchored on "Артемовске" in the sentence before (controls, RU, part; as fresh58 anchored uk-03\'s "Місто контролюють"); Pushilin "посетил Артемовск и сообщил, что отрядами «Вагнер» контролируется 75% города" (controls, RU, part). Not events: the administrative buildings and factories taken (no place span), the Ukrainian "отступления" inside the town (no span). Claims: "80%" in the headline and "более 80%" (area-held, percent, RU, Prigozhin) and "75%" (area-held, percent, RU, Pushilin, "Ранее": dated to the report for want of a day). Artemovsk is Bakhmut; "Донецкой народной республики" is Donetsk Oblast. Traps: Prigozhin, "Вагнер", Simonov, Pushilin.',
    places: [
      { t: 'Артемовска', ref: 'bakhmut' },
      { t: 'Артемовске', ref: 'bakhmut' },
      { t: 'Донецкой народной республики', ref: 'donetskOblast' },
      { t: 'Артемовск', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Евгений Пригожин', all: true, why: 'person' },
      { t: 'Вагнер', all: true, why: 'a mercenary group' },
      { t: 'Александра Симонова', why: 'person' },
      { t: 'Денис Пушилин', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '80%', n: 1, kind: 'area-held', value: 80, unit: 'percent', holder: 'RU', claimant: PRIGOZHIN, asOf: ['2023-04-11'], note: 'headline: "ЧВК «Вагнер» контролирует 80% территории Артемовска"' },
      { t: 'более 80%', kind: 'area-held', value: 80, unit: 'percent', holder: 'RU', claimant: PRIGOZHIN, asOf: ['2023-04-11'], note: '"под контролем бойцов подразделений компании находится более 80% городской территории"' },
      { t: '75%', kind: 'area-held', value: 75, unit: 'percent', holder: 'RU', claimant: PUSHILIN, asOf: ['2023-04-11'], note: '"отрядами «Вагнер» контролируется 75% города" ("Ранее": no day given)' },
    ],
    events: [
      { t: 'Артемовска', ref: 'bakhmut', action: 'controls', actor: 'RU', claimant: PRIGOZHIN, part: true, asOf: ['2023-04-11'], note: 'headline: "контролирует 80% территории Артемовска"' },
      { t: 'Артемовске', ref: 'bakhmut', action: 'controls', actor: 'RU', claimant: PRIGOZHIN, part: true, asOf: ['2023-04-11'], note: '"комментирует обстановку в Артемовске. По словам главы ЧВК, под контролем ... находится более 80% городской территории" (anchored on the town named in the sentence before; judgement call)' },
      { t: 'Артемовск', ref: 'bakhmut', action: 'controls', actor: 'RU', claimant: PUSHILIN, part: true, asOf: ['2023-04-11'], note: '"посетил Артемовск и сообщил, что отрядами «Вагнер» контролируется 75% города"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-09-06',
    url: 'https://osnmedia.ru/?p=1405517',
    notes: 'Stored copy on ОСН (osnmedia.ru, Общественная служба новостей), its headline and body as the store gives them; the stray "test" line, the rubric ("Политика"), the date lines ("6 сентября 2023, 22:09") and the photo credit ("Фото: Министерство обороны РФ"), the link "Подробнее об этом читайте в материале Общественной службы новостей." and the channel promotion cut by the store ("Больше актуальных новостей и эксклюзивных видео смотрите в тел") removed. The date is the page\'s (6 September 2023). Events (by Russian officers\' account; the attacker is Ukraine): "боях за Работино" in the headline and "украинская армия лишь пытается получить полный контроль над Работино" (fighting, UA), "Продвижение к Новопрокоповке" (fighting, UA: an advance toward it), "позиционные бои за контроль над Вербовым, Старомайоровкой и Новодонецком" (fighting, UA). Not events: the denied breach of "первой линии обороны в Запорожье" (no settlement), Leonkov\'s view of "обстановку у села Работино" and "под Купянском" (assessments). "Запорожье" is Zaporizhzhia Oblast each time ("на Запорожье", "в Запорожье": the region, not the city; judgement call). Russian spellings: Работино (Robotyne), Новопрокоповка (Novoprokopivka), Старомайоровка (Staromaiorske). Trap: Леонков.',
    places: [
      { t: 'Работино', all: true, ref: 'robotyne' },
      { t: 'Запорожье', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Новопрокоповке', ref: 'novoprokopivka' },
      { t: 'Вербовым', ref: 'verbove' },
      { t: 'Старомайоровкой', ref: 'staromaiorske' },
      { t: 'Новодонецком', ref: 'novodonetske' },
      { t: 'Купянском', ref: 'kupiansk' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
    ],
    traps: [{ t: 'Алексей Леонков', why: 'person' }],
    skipped: [],
    claims: [],
    events: [
      { t: 'Работино', n: 1, ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: RU_SOLDIERS, asOf: ['2023-09-06'], note: 'headline: "Российские бойцы рассказали о боях за Работино"' },
      { t: 'Работино', n: 2, ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: RU_SOLDIERS, asOf: ['2023-09-06'], note: '"украинская армия лишь пытается получить полный контроль над Работино"' },
      { t: 'Новопрокоповке', ref: 'novoprokopivka', action: 'fighting', actor: 'UA', claimant: RU_SOLDIERS, asOf: ['2023-09-06'], note: '"Продвижение к Новопрокоповке также ограничено обстрелом"' },
      { t: 'Вербовым', ref: 'verbove', action: 'fighting', actor: 'UA', claimant: RU_SOLDIERS, asOf: ['2023-09-06'], note: '"ВСУ продолжают позиционные бои за контроль над Вербовым, Старомайоровкой и Новодонецком"' },
      { t: 'Старомайоровкой', ref: 'staromaiorske', action: 'fighting', actor: 'UA', claimant: RU_SOLDIERS, asOf: ['2023-09-06'] },
      { t: 'Новодонецком', ref: 'novodonetske', action: 'fighting', actor: 'UA', claimant: RU_SOLDIERS, asOf: ['2023-09-06'] },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2023-09-26',
    url: 'http://ru.vesti.news/pushilin-rossii-uluchshili-pozitsii-pod-marinkoi-avdeevkoi-23092611404122.htm',
    notes: 'Stored copy on Вести (ru.vesti.news), its lead and body as the store gives them, with its missing spaces after the closing quotes (no headline: the manifest\'s title is made from the URL slug); the date line ("2023-9-26 11:40 |") and the last sentence, cut by the store ("Ранее Денис Пушилин сообщил, что ВСУ стягиваются к краснолиманскому н"), removed. The date is the page\'s (26 September 2023). Events (Pushilin, the past day): "Это направление Красногоровки, Водяного" of the improved positions (fighting, RU: an advance in the direction of each), "продвижение российской армии в районах сел Орехово-Васильевка и Берховка" (fighting, RU). The axes "авдеевском, марьинском и артемовском" and "Авдеевское и марьинское" are skipped; "Донецкой Народной Республики" and "ДНР" are Donetsk Oblast; "Вооруженные силы Украины" is skipped (a body\'s name). Traps: Pushilin, «Соловьев Live».',
    places: [
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Красногоровки', ref: 'krasnohorivka' },
      { t: 'Водяного', ref: 'vodiane' },
      { t: 'Орехово-Васильевка', ref: 'orikhovoVasylivka' },
      { t: 'Берховка', ref: 'berkhivka' },
      { t: 'ДНР', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Денис Пушилин', all: true, why: 'person' },
      { t: 'Пушилин', n: 3, why: 'person' },
      { t: 'Соловьев Live', why: 'a programme' },
    ],
    skipped: [
      { t: 'авдеевском', why: AXIS },
      { t: 'марьинском', why: AXIS },
      { t: 'артемовском', all: true, why: AXIS },
      { t: 'Авдеевское', why: AXIS },
      { t: 'марьинское', why: AXIS },
      { t: 'Украины', why: BODY + ' ("Вооруженные силы Украины")' },
    ],
    claims: [],
    events: [
      { t: 'Красногоровки', ref: 'krasnohorivka', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: DAY, note: '"за последние сутки есть объективные улучшения позиций ... Это направление Красногоровки, Водяного"' },
      { t: 'Водяного', ref: 'vodiane', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: DAY },
      { t: 'Орехово-Васильевка', ref: 'orikhovoVasylivka', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: DAY, note: '"отметил продвижение российской армии в районах сел Орехово-Васильевка и Берховка"' },
      { t: 'Берховка', ref: 'berkhivka', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: DAY },
    ],
  },
];
