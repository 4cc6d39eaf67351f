// Hand annotations, Russian articles of tests/eval/fresh50 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "страна или область в названии органа или должности (country or oblast inside an official body's or title's name)";
const MOD = 'Минобороны России';
const SEPTEMBER: readonly [string, string] = ['2025-09-01', '2025-09-30'];

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-10-01',
    url: 'https://news-dnepr.ru/politics/2025/10/01/114339.html',
    notes: 'Stored copy on news-dnepr.ru, its headline and body as the store gives them. The date is the URL\'s (1 October 2025). Events: Вербовое "освободили" (captured, RU, owner rule, the ministry; three times: headline, body, quotation). Claims (the ministry\'s September, count of settlements, RU): "20 населенных пунктов", "девять населенных пунктов в ДНР", "восемь" in Dnipropetrovsk Oblast, "два" in the Zaporizhzhia region, "еще один" in Sumy Oblast (one settlement, unnamed: a count, unlike a named village). Trap: «Восток». Skipped: РФ in "ВС РФ", "Российской Федерации" in the ministry\'s name, России in "ВС России". ДНР is Donetsk Oblast; "Запорожском регионе" is Zaporizhzhia Oblast.',
    places: [
      { t: 'Вербовое', all: true, ref: 'verbove' },
      { t: 'Днепропетровской области', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Запорожском регионе', ref: 'zaporizhzhiaOblast' },
      { t: 'Сумской области', ref: 'sumyOblast' },
    ],
    traps: [
      { t: 'Восток', why: 'a Russian grouping of forces' },
    ],
    skipped: [
      { t: 'РФ', why: OFFICIAL },
      { t: 'Российской Федерации', why: OFFICIAL },
      { t: 'России', why: OFFICIAL },
    ],
    claims: [
      { t: '20 населенных пунктов', kind: 'count', value: 20, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: SEPTEMBER, note: '"Военные за месяц освободили от боевиков ВСУ 20 населенных пунктов" (the successes "за сентябрь")' },
      { t: 'девять населенных пунктов', kind: 'count', value: 9, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: SEPTEMBER, note: 'in the DNR' },
      { t: 'восемь', kind: 'count', value: 8, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: SEPTEMBER, note: 'in Dnipropetrovsk Oblast' },
      { t: 'два', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: SEPTEMBER, note: 'in the Zaporizhzhia region' },
      { t: 'еще один', kind: 'count', value: 1, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: SEPTEMBER, note: 'in Sumy Oblast (unnamed)' },
    ],
    events: [
      { t: 'Вербовое', n: 1, ref: 'verbove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-10-01'], note: 'headline: "ВС РФ освободили населенный пункт Вербовое" (owner rule)' },
      { t: 'Вербовое', n: 2, ref: 'verbove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-10-01'], note: '"бойцы освободили населенный пункт Вербовое"' },
      { t: 'Вербовое', n: 3, ref: 'verbove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-10-01'], note: 'the ministry\'s quotation' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-09-07',
    url: 'https://ura.news/news/1052991851',
    notes: 'Stored copy on URA.RU (ura.news), its headline, standfirst and body as the store gives them; the index\'s date prefix, the repeated standfirst and the rubric ("Спецоперация РФ на Украине") removed. The date is the index\'s (7 September 2025). Events: Хорошее "освободили" (captured, RU, owner rule, the ministry; headline, body and quotation); "Ранее ... освободили село Вороное" (captured, RU, the ministry, earlier: the week to the report). Not events: "Населенный пункт освобожден", "населенный пункт был взят под контроль" (no name). No claims. Traps: «Восток» (four times). Skipped: РФ in "ВС РФ", "МО РФ", "Минобороны РФ". "вблизи Днепропетровска" names the city of Dnipro by its old Russian name (the village is in its oblast, far from the city): a place, Dnipro.',
    places: [
      { t: 'Хорошее', all: true, ref: 'khoroshe' },
      { t: 'Днепропетровска', ref: 'dnipro' },
      { t: 'Днепропетровской области', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Вороное', ref: 'vorone' },
    ],
    traps: [
      { t: 'Восток', all: true, why: 'a Russian grouping of forces' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Хорошее', n: 1, ref: 'khoroshe', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-09-07'], note: 'headline: "ВС РФ освободили село Хорошее" (owner rule)' },
      { t: 'Хорошее', n: 2, ref: 'khoroshe', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-09-07'], note: '"Российские вооруженные силы освободили село Хорошее"' },
      { t: 'Хорошее', n: 3, ref: 'khoroshe', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-09-07'], note: 'the ministry\'s quotation' },
      { t: 'Вороное', ref: 'vorone', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-08-31', '2025-09-07'], note: '"Ранее подразделения группировки войск «Восток» освободили село Вороное" (earlier, no day given: the week to the report)' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-08-21',
    url: 'https://fedpress.ru/news/77/policy/3334117',
    notes: 'Stored copy on ФедералПресс (fedpress.ru), its body as the store gives it (no headline: the manifest\'s title is written from the body); the dateline ("МОСКВА, 21 августа, ФедералПресс.") removed, and the last sentence, cut by the store ("К 20:30 началась вторая волна атаки, еще через "), removed. The date is the dateline\'s day with the year of the weekday it names ("вечером в среду": Wednesday 21 August 2024). Event: "более 200 украинских боевиков пытались зайти на территорию России в районе брянского поселка Забрама" (fighting, UA, the attacker, Mash). Not events: the attempt "на территорию России в Климовском районе" (a district), "бой на границе" (no name), "противник отступил" (no name). Claim: "более 200 украинских боевиков" (count, troops, UA, Mash, the day, its lower bound). Traps: Александр Богомаз, Богомаз, Mash (a Telegram channel). "брянского" (the oblast adjective naming the region) is Bryansk Oblast.',
    places: [
      { t: 'России', all: true, ref: 'russia' },
      { t: 'Климовском районе', ref: 'klimovskyDistrict' },
      { t: 'Брянской области', all: true, ref: 'bryanskOblast' },
      { t: 'Украиной', ref: 'ukraine' },
      { t: 'Климовский район', ref: 'klimovskyDistrict' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Беларуси', ref: 'belarus' },
      { t: 'брянского', ref: 'bryanskOblast' },
      { t: 'Забрама', ref: 'zabrama' },
    ],
    traps: [
      { t: 'Александр Богомаз', why: 'person' },
      { t: 'Богомаз', n: 2, why: 'person' },
      { t: 'Mash', why: 'a Telegram channel' },
    ],
    skipped: [],
    claims: [
      { t: 'более 200 украинских боевиков', kind: 'count', value: 200, unit: 'troops', holder: 'UA', claimant: 'Mash', asOf: ['2024-08-21'], note: '"более 200 украинских боевиков пытались зайти на территорию России"' },
    ],
    events: [
      { t: 'Забрама', ref: 'zabrama', action: 'fighting', actor: 'UA', claimant: 'Mash', asOf: ['2024-08-21'], note: '"пытались зайти на территорию России в районе брянского поселка Забрама ... противник отступил с потерями"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-01-05',
    url: 'https://news-donetsk.ru/society/2025/01/05/327716-amp.html',
    notes: 'Stored copy on news-donetsk.ru, its headline and body as the store gives them; the date line ("05.01.2025, 09:42"), the link label ("Читать на сайте News-donetsk.ru") and the photo credit ("Источник фото: rbc.ru") removed, and the last paragraph, cut by the store ("Он отметил, что сотрудники администрации следуют за российскими "), removed. The date is the date line\'s (5 January 2025). Events: the ministry\'s "нанесли поражение ... в районах населенных пунктов Двуречная, Зеленый Гай Харьковской области, Терны и Торское" (fighting, RU, 2 January: the striking side). Not events: the station "освобожденную ... станцию Двуречная" (a railway station, not the settlement), "одноименного населенного пункта, за который идут бои" (the clause names no settlement), "силы [России] продвинулись" (no name). No claims. Skipped: the station named Двуречная (three times), Харьковской области in "российской администрации Харьковской области", "Купянского района" in the official\'s title, России in "Министерство обороны России", РФ in "Вооруженными силами РФ", Украины in "Вооруженных сил Украины". Traps: «РИА Новости», «Запад», Александр Капленко. "Донецкой Народной Республики" is Donetsk Oblast; "[России – ред.]" is a place.',
    places: [
      { t: 'Двуречная', n: 3, ref: 'dvorichna' },
      { t: 'Харьковской области', n: 2, ref: 'kharkivOblast' },
      { t: 'Харьковской области', n: 3, ref: 'kharkivOblast' },
      { t: 'Зеленый Гай', ref: 'zelenyiHai' },
      { t: 'Терны', ref: 'terny' },
      { t: 'Торское', ref: 'torske' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'России', n: 2, ref: 'russia' },
    ],
    traps: [
      { t: 'РИА Новости', why: 'a news agency' },
      { t: 'Запад', why: 'a Russian grouping of forces' },
      { t: 'Александр Капленко', why: 'person' },
    ],
    skipped: [
      { t: 'Двуречная', n: 1, why: 'a railway station named after the settlement' },
      { t: 'Двуречная', n: 2, why: 'a railway station named after the settlement' },
      { t: 'Двуречная', n: 4, why: 'a railway station named after the settlement' },
      { t: 'Харьковской области', n: 1, why: OFFICIAL },
      { t: 'Купянского района', why: OFFICIAL },
      { t: 'России', n: 1, why: OFFICIAL },
      { t: 'РФ', why: OFFICIAL },
      { t: 'Украины', why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Двуречная', n: 3, ref: 'dvorichna', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-01-02'], note: '"нанесли поражение ... в районах населенных пунктов Двуречная ..."' },
      { t: 'Зеленый Гай', ref: 'zelenyiHai', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-01-02'], note: 'the same list' },
      { t: 'Терны', ref: 'terny', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-01-02'], note: 'the same list' },
      { t: 'Торское', ref: 'torske', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-01-02'], note: 'the same list' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-12-31',
    url: 'https://www.kommersant.ru/doc/8336548',
    notes: 'Stored copy on Коммерсантъ (kommersant.ru), its headline and body as the store gives them; the index\'s date prefix and the photo credit ("Фото: Глеб Щелкунов, Коммерсантъ") removed, and the last sentence, cut by the store ("Валерий Герасимов добавил, что войска группировки «Север» в освобожденных районах Курской"), removed. The date is the index\'s (31 December 2025). Event: Vovchansk, "Самый крупный из них" of the 32 settlements taken in the security strip (captured, RU, Gerasimov; the strip\'s start is not given: the report day). Claims (Gerasimov, RU): "более 700 кв. км" "За месяц" (area-gained, the month to the report), "около 950 кв. км" and "32 населенных пункта": "14" in Kharkiv Oblast and "18" in Sumy Oblast (area-gained and counts of settlements, "всего" in the strip, start not given: the report day). Traps: Герасимов (headline and "господин Герасимов"), Валерий Герасимов, «Север». Skipped: Украины in "Вооруженных сил Украины", "Российской Федерации" in the President\'s title, РФ in "Начальник Генштаба РФ" (added after the first run: a slip of the written convention). "в Сумской" (the oblast with its noun left out) is Sumy Oblast.',
    places: [
      { t: 'Украине', ref: 'ukraine' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Сумской', ref: 'sumyOblast' },
      { t: 'Волчанск', ref: 'vovchansk' },
      { t: 'Белгородской', ref: 'belgorodOblast' },
      { t: 'Курской областей', ref: 'kurskOblast' },
    ],
    traps: [
      { t: 'Герасимов', n: 1, why: 'person' },
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Герасимов', n: 3, why: 'person' },
      { t: 'Север', why: 'a Russian grouping of forces' },
    ],
    skipped: [
      { t: 'Украины', why: OFFICIAL },
      { t: 'Российской Федерации', why: OFFICIAL },
      { t: 'РФ', why: OFFICIAL },
    ],
    claims: [
      { t: 'более 700 кв. км', kind: 'area-gained', value: 700, unit: 'km2', holder: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-01', '2025-12-31'], note: '"За месяц войска заняли более 700 кв. км территории"' },
      { t: 'около 950 кв. км', kind: 'area-gained', value: 950, unit: 'km2', holder: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-31'], note: '"всего в рамках создания «полосы безопасности» ... взято под контроль" (start not given)' },
      { t: '32 населенных пункта', kind: 'count', value: 32, unit: 'settlements', holder: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-31'], note: 'the same total' },
      { t: '14', kind: 'count', value: 14, unit: 'settlements', holder: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-31'], note: '"14 в Харьковской области"' },
      { t: '18', kind: 'count', value: 18, unit: 'settlements', holder: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-31'], note: '"18 — в Сумской"' },
    ],
    events: [
      { t: 'Волчанск', ref: 'vovchansk', action: 'captured', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-31'], note: '"32 населенных пункта ... Самый крупный из них — город Волчанск"' },
    ],
  },
];
