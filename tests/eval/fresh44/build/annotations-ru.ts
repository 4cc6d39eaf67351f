// Hand annotations, Russian articles of tests/eval/fresh44. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const MOD = 'Минобороны России';
const KUZOVLEV = 'Сергей Кузовлёв';
const GERASIMOV = 'Валерий Герасимов';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-08-12',
    url: 'https://bignews.net.ru/2024/08/12/idet-boi-drg-vsy-pri-podderjke-tankov-popytalas-prorvatsia-v-belgorodskyu-oblast.html',
    notes: 'Stored copy on bignews.net.ru, its headline and body as the store gives them; the photo caption ("фото: В Белгородской области началась эвакуация жителей Краснояружского района.") removed, and the last sentence, cut by the store ("По словам Гладкова, для местных жителей началось «тревожное утро: враг проявляе"), removed. The date is the URL\'s (12 August 2024; "На 9:16 утра 12 августа"). Events: "идет бой на пограничном переходе «Колотиловка» Краснояружского района" (fighting, UA: the Ukrainian attempt at the border crossing named by the village). Not events: the attempts "прорваться в Белгородскую область" and "на территорию Белгородской области" (a region), "прорыва ВСУ на территорию РФ допущено не было" (a country). No claims. Traps: Вячеслав Гладков, Александр Коц, Telegram, «Старше Эдды», Mash.',
    places: [
      { t: 'Белгородскую область', all: true, ref: 'belgorodOblast' },
      { t: 'Белгородской области', ref: 'belgorodOblast' },
      { t: 'Колотиловка', ref: 'kolotilovka' },
      { t: 'Краснояружского района', all: true, ref: 'krasnoyaruzhskyDistrict' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [
      { t: 'Вячеслав Гладков', why: 'person' },
      { t: 'Александр Коц', why: 'person' },
      { t: 'Коц', n: 2, why: 'person' },
      { t: 'Telegram', all: true, why: 'a messaging service' },
      { t: 'Старше Эдды', why: 'a Telegram channel' },
      { t: 'Mash', why: 'a Telegram channel' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Колотиловка', ref: 'kolotilovka', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2024-08-12'], note: '"По информации СМИ, сейчас идет бой на пограничном переходе «Колотиловка» Краснояружского района" (the Ukrainian attempt to break through)' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-12-11',
    url: 'https://web.lifelines.name/read/6ee1c032-5844-50cb-ae70-c969a598f56b',
    notes: 'Stored copy on lifelines.name (a reader copy of a Ведомости item), its headline and body as the store gives them. The store gives no date: the date is the ministry\'s statement\'s, Wednesday 11 December 2024 (the text tells "10 декабря" as an earlier day, and Vesti\'s report of the same statement, vesti.ru/article/4262858, has "сообщило в среду Минобороны"). Events: the liberation of Дарьино and Плехово, in the headline and the lead (liberated, RU, the ministry: Russian villages retaken), "о взятии населенного пункта Желтое" (captured, RU, Ведомости, 10 December 2024). Not events: the fighting "в Курской области ... с 6 августа" (a region). Claims: "около 200 военных" lost "за сутки" (count, casualties, UA, the ministry, the 24 hours back from the report), "свыше 575 военнослужащих" lost "В этот день" (count, casualties, UA, Ведомости, 10 December 2024). Traps: «Север» (a grouping), Telegram, «Ведомости», Bradley (a vehicle). Skipped: Украины in "вооруженные силы Украины (ВСУ)", "на курском направлении" (a front axis). США in "производства США" is the country.',
    places: [
      { t: 'Дарьино', all: true, ref: 'daryino' },
      { t: 'Плехово', all: true, ref: 'plekhovo' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Желтое', ref: 'zhovte' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'США', ref: 'usa' },
    ],
    traps: [
      { t: 'Север', why: 'a grouping of forces' },
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'Ведомости', why: 'a newspaper' },
      { t: 'Bradley', all: true, why: 'a vehicle' },
    ],
    skipped: [
      { t: 'Украины', why: OFFICIAL + ' ("вооруженные силы Украины")' },
      { t: 'курском', why: 'a front axis ("на курском направлении")' },
    ],
    claims: [
      { t: 'около 200 военных', kind: 'count', value: 200, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-12-10', '2024-12-11'], note: '"за сутки на курском направлении вооруженные силы Украины (ВСУ) потеряли около 200 военных"' },
      { t: 'свыше 575 военнослужащих', kind: 'count', value: 575, unit: 'casualties', holder: 'UA', claimant: 'Ведомости', asOf: ['2024-12-10'], note: '"В этот день противник потерял свыше 575 военнослужащих" (10 December)' },
    ],
    events: [
      { t: 'Дарьино', n: 1, ref: 'daryino', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'], note: 'the headline: "Минобороны сообщило об освобождении Дарьино и Плехово в Курской области"' },
      { t: 'Плехово', n: 1, ref: 'plekhovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'], note: 'the headline' },
      { t: 'Дарьино', n: 2, ref: 'daryino', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'], note: '"Войска группировки «Север» в Курской области освободили населенные пункты Дарьино и Плехово"' },
      { t: 'Плехово', n: 2, ref: 'plekhovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'], note: 'the same clause' },
      { t: 'Желтое', ref: 'zhovte', action: 'captured', actor: 'RU', claimant: 'Ведомости', asOf: ['2024-12-10'], note: '"10 декабря «Ведомости» писали о взятии населенного пункта Желтое в Донецкой народной республике"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-03-10',
    url: 'https://kursk-news.ru/society/2025/03/10/544483.html',
    notes: 'Stored copy on kursk-news.ru, its body as the store gives it (no headline: the manifest\'s title is made from the first sentence). The date is the URL\'s (10 March 2025). Events: "В Судже начались бои" (fighting, RU: the Russian assault on the town the Ukrainian force held), "сообщают об освобождении Малой Локни" (liberated, RU: a Russian village retaken). Not events: "ВСУшники пытались сбежать из Суджи" (an attempted flight, not an attack or a withdrawal made), the column destroyed (no name). No claims. Traps: "Улица 8 марта" (a street).',
    places: [
      { t: 'Судже', ref: 'sudzha' },
      { t: 'Суджи', ref: 'sudzha' },
      { t: 'Малой Локни', ref: 'malayaLoknya' },
    ],
    traps: [
      { t: 'Улица 8 марта', why: 'a street' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Судже', ref: 'sudzha', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-03-10'], note: '"В Судже начались бои"' },
      { t: 'Малой Локни', ref: 'malayaLoknya', action: 'liberated', actor: 'RU', claimant: null, asOf: ['2025-03-10'], note: '"Также сообщают об освобождении Малой Локни" (a Russian village retaken)' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-11-20',
    url: 'https://kharkov-news.ru/society/2025/11/20/184834.html',
    notes: 'Stored copy on kharkov-news.ru, its body as the store gives it (no headline: the manifest\'s title is made from the first sentence). The date is the URL\'s (20 November 2025). Events: Petropavlovka "освободили" and "Освобождён" (captured, RU, Kuzovlev: a Ukrainian village), "Идут бои по освобождению" Kucherovka, Kurilovka and Kupiansk-Uzlovoi (fighting, RU), "завладела в Константиновке 4 тыс. зданий" (captured, RU, part, Medvedev), "об освобождении 70% Красноармейска" (captured, RU, part, Gerasimov: the old name of Pokrovsk), "об освобождении Купянска" (captured, RU, Gerasimov). Not events: "условия для сдачи в плен ВСУ созданы" (no name). Claims: 70% of Krasnoarmeysk (area-held, percent, RU, Gerasimov). Not claims: "4 тыс. зданий" (buildings). Traps: Сергей Кузовлёв, Владимир Путин, Сергей Медведев, Валерий Герасимов, «Запад», «Юг». Skipped: России in "армия России" and "Генштаба ВС России".',
    places: [
      { t: 'Петропавловку', ref: 'petropavlivka' },
      { t: 'Петропавловка', ref: 'petropavlivka' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Кучеровки', ref: 'kucherivka' },
      { t: 'Куриловки', ref: 'kurylivka' },
      { t: 'Купянск-Узловой', ref: 'kupianskVuzlovyi' },
      { t: 'Константиновке', ref: 'kostiantynivka' },
      { t: 'Красноармейска', ref: 'pokrovsk' },
      { t: 'Купянска', ref: 'kupiansk' },
    ],
    traps: [
      { t: 'Сергей Кузовлёв', why: 'person' },
      { t: 'Владимиру Путину', why: 'person' },
      { t: 'Сергей Медведев', why: 'person' },
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Герасимов', n: 2, why: 'person' },
      { t: 'Запад', why: 'a grouping of forces' },
      { t: 'Юг', why: 'a grouping of forces' },
    ],
    skipped: [
      { t: 'России', ctx: 'армия России', why: 'country inside a force\'s name ("армия России")' },
      { t: 'России', ctx: 'ВС России', why: OFFICIAL + ' ("Генштаба ВС России")' },
    ],
    claims: [
      { t: '70%', kind: 'area-held', value: 70, unit: 'percent', holder: 'RU', claimant: GERASIMOV, asOf: ['2025-11-20'], note: '"Герасимов сообщил об освобождении 70% Красноармейска"' },
    ],
    events: [
      { t: 'Петропавловку', ref: 'petropavlivka', action: 'captured', actor: 'RU', claimant: KUZOVLEV, asOf: ['2025-11-20'], note: '"Российские войска освободили Петропавловку в Харьковской области" (a Ukrainian village: captured)' },
      { t: 'Петропавловка', ref: 'petropavlivka', action: 'captured', actor: 'RU', claimant: KUZOVLEV, asOf: ['2025-11-20'], note: '"«Освобождён населённый пункт Петропавловка»"' },
      { t: 'Кучеровки', ref: 'kucherivka', action: 'fighting', actor: 'RU', claimant: KUZOVLEV, asOf: ['2025-11-20'], note: '"Идут бои по освобождению населённых пунктов Кучеровки, Куриловки и Купянск-Узловой"' },
      { t: 'Куриловки', ref: 'kurylivka', action: 'fighting', actor: 'RU', claimant: KUZOVLEV, asOf: ['2025-11-20'], note: 'the same list' },
      { t: 'Купянск-Узловой', ref: 'kupianskVuzlovyi', action: 'fighting', actor: 'RU', claimant: KUZOVLEV, asOf: ['2025-11-20'], note: 'the same list' },
      { t: 'Константиновке', ref: 'kostiantynivka', action: 'captured', actor: 'RU', claimant: 'Сергей Медведев', part: true, asOf: ['2025-11-20'], note: '"армия России завладела в Константиновке 4 тыс. зданий" (part of the town)' },
      { t: 'Красноармейска', ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: GERASIMOV, part: true, asOf: ['2025-11-20'], note: '"сообщил об освобождении 70% Красноармейска" (70 % of a Ukrainian town: captured, part)' },
      { t: 'Купянска', ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-11-20'], note: '"Также Герасимов заявил об освобождении Купянска"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-11-21',
    url: 'https://www.gazeta.ru/army/news/2025/11/21/27236905.shtml',
    notes: 'Stored copy on Газета.Ru, its headline and body as the store gives them. The date is the URL\'s (21 November 2025). Events: Petropavlovka\'s liberation "подтвердили" (headline) and "взяли под контроль" (captured, RU, the ministry), Novoselovka, Stavki, Masliakovka and Yampol "взяли под контроль" (captured, RU, the ministry), Kuzovlev\'s report of 20 November that the forces "освободили село Петропавловка" (captured, RU), "заблокировали 15 украинских батальонов в районе Купянск-Узлового" (fighting, RU, Putin, 20 November). Not events: units "окруженных на левом берегу реки Оскол" (a river bank), "взяли под контроль 16 населенных пунктов" (no names). No claims: the 15 battalions are units, not troops, and the 16 settlements have no period ("Ранее"). Traps: Telegram, «Запад», Сергей Кузовлев, Владимир Путин. Skipped: РФ in the ministry\'s and the forces\' names, Украины in "Вооруженных сил Украины (ВСУ)", России in "президенту России", the Oskil.',
    places: [
      { t: 'Петропавловки', ref: 'petropavlivka' },
      { t: 'Петропавловка', all: true, ref: 'petropavlivka' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Новоселовка', ref: 'novoselivka' },
      { t: 'Ставки', ref: 'stavky' },
      { t: 'Масляковка', ref: 'masliakivka' },
      { t: 'Ямполь', ref: 'yampil' },
      { t: 'Донецкой народной республики', ref: 'donetskOblast' },
      { t: 'Купянск-Узлового', ref: 'kupianskVuzlovyi' },
    ],
    traps: [
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'Запад', all: true, why: 'a grouping of forces' },
      { t: 'Сергей Кузовлев', why: 'person' },
      { t: 'Владимиру Путину', why: 'person' },
      { t: 'Путин', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: OFFICIAL + ' ("Вооруженные силы РФ", "Минобороны РФ", "силы РФ", "ВС РФ")' },
      { t: 'Украины', why: OFFICIAL + ' ("Вооруженных сил Украины")' },
      { t: 'России', why: OFFICIAL + ' ("президенту России")' },
      { t: 'Оскол', why: 'a river' },
    ],
    claims: [],
    events: [
      { t: 'Петропавловки', ref: 'petropavlivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-11-21'], note: 'the headline: "В Минобороны подтвердили освобождение Петропавловки в Харьковской области"' },
      { t: 'Петропавловка', n: 1, ref: 'petropavlivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-11-21'], note: '"Вооруженные силы РФ взяли под контроль населенный пункт Петропавловка в Харьковской области"' },
      { t: 'Новоселовка', ref: 'novoselivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-11-21'], note: '"силы РФ взяли под контроль населенные пункты Новоселовка, Ставки, Масляковка, Ямполь"' },
      { t: 'Ставки', ref: 'stavky', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-11-21'], note: 'the same list' },
      { t: 'Масляковка', ref: 'masliakivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-11-21'], note: 'the same list' },
      { t: 'Ямполь', ref: 'yampil', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-11-21'], note: 'the same list' },
      { t: 'Петропавловка', n: 2, ref: 'petropavlivka', action: 'captured', actor: 'RU', claimant: 'Сергей Кузовлев', asOf: ['2025-11-20'], note: '"20 ноября командующий ... доложил ..., что ВС РФ освободили село Петропавловка"' },
      { t: 'Купянск-Узлового', ref: 'kupianskVuzlovyi', action: 'fighting', actor: 'RU', claimant: 'Владимир Путин', asOf: ['2025-11-20'], note: '"российские военные заблокировали 15 украинских батальонов в районе Купянск-Узлового"' },
    ],
  },
];
