// Hand annotations, Russian articles of tests/eval/fresh34. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2026-02-20',
    url: 'https://www.interfax.ru/russia/1073783',
    notes: 'Stored copy on Интерфакс (interfax.ru), its headline and body as the store gives them; the index\'s date prefix and the word "Поиск" before the headline removed; the last sentence, cut by the store ("По его словам, у ВСУ нет реальной возможности взять под контроль Купянск, все публичные зая"), removed. The date is the index\'s and the dateline\'s (20 February 2026). Events: the headline\'s "Российские военные заявили о контроле над Купянском" (controls, RU, the day); "Группировка войск \\"Запад\\" в прошлом году взяла под контроль ... в том числе Купянск" (captured, RU, 2025, Rudskoy) and "сначала блокировали, а затем взяли под контроль стратегически значимый город Купянск" (captured, RU, 2025). Not events: "попытки противника были пресечены" (the place not named). Claims: "взяла под контроль более 50 населенных пунктов" and "в течение прошлого года освободили более 50 населенных пунктов" (count, settlements, RU, 2025, twice). "Москва." is the dateline (a place); "Генштаба РФ" a body (skipped). Traps: INTERFAX.RU, the grouping "Запад", «Красная Звезда», people.',
    places: [
      { t: 'Купянском', ref: 'kupiansk' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Москва', ref: 'moscow' },
      { t: 'Купянск', all: true, ref: 'kupiansk' },
    ],
    traps: [
      { t: 'INTERFAX.RU', why: 'a news agency' },
      { t: 'Запад', all: true, why: 'a grouping\'s name' },
      { t: 'Сергей Рудской', why: 'person' },
      { t: 'Рудской', n: 2, why: 'person' },
      { t: 'Красная Звезда', why: 'a newspaper' },
    ],
    skipped: [
      { t: 'РФ', why: OFFICIAL + ' ("Генштаба РФ")' },
    ],
    claims: [
      { t: '50 населенных пунктов', n: 1, kind: 'count', value: 50, unit: 'settlements', holder: 'RU', claimant: 'Сергей Рудской', asOf: ['2025-01-01', '2025-12-31'], note: '"в прошлом году взяла под контроль более 50 населенных пунктов"' },
      { t: '50 населенных пунктов', n: 2, kind: 'count', value: 50, unit: 'settlements', holder: 'RU', claimant: 'Сергей Рудской', asOf: ['2025-01-01', '2025-12-31'], note: '"в течение прошлого года освободили более 50 населенных пунктов"' },
    ],
    events: [
      { t: 'Купянском', ref: 'kupiansk', action: 'controls', actor: 'RU', claimant: 'Российские военные', asOf: ['2026-02-20'], note: '"Российские военные заявили о контроле над Купянском"' },
      { t: 'Купянск', n: 1, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: 'Сергей Рудской', asOf: ['2025-01-01', '2025-12-31'], note: '"в прошлом году взяла под контроль более 50 населенных пунктов, в том числе Купянск"' },
      { t: 'Купянск', n: 2, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: 'Сергей Рудской', asOf: ['2025-01-01', '2025-12-31'], note: '"сначала блокировали, а затем взяли под контроль стратегически значимый город Купянск"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-03-16',
    url: 'http://afn.by/news/i/327948',
    notes: 'Stored copy on AFN (afn.by), its headline and body as the store gives them; the update line ("Последнее обновление: 16.03.2025 13:48") and the calendar and rubric lines after the text removed. The date is the page\'s update line (16 March 2025). Events: the headline\'s "Украинские войска покинули Суджу" (withdrew, UA); "Генштаб ВСУ подтвердил, что российские военные вернули под контроль Суджу" (liberated, RU: Russia retaking its own town, the owner rule); "Генштаб обнародовал карту, на которой изображен полный выход ВСУ из Суджи" (withdrew, UA). Not events: "О ситуации вокруг Суджи" (a location), "далеко за пределами города" (no name), "буферная зона в Курской области ... уменьшилась" (an oblast). "на Курском направлении" is an axis by adjective, "РБК-Украина" an outlet (skipped). Traps: Google maps. Claims: none ("19 боеприкосновений", "34 авиационных удара" are counts of strikes, not of ground or troops).',
    places: [
      { t: 'Суджу', all: true, ref: 'sudzha' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Суджи', all: true, ref: 'sudzha' },
    ],
    traps: [
      { t: 'Google maps', why: 'a web service' },
    ],
    skipped: [
      { t: 'Курском направлении', why: 'a front axis by adjective' },
      { t: 'РБК-Украина', why: 'an outlet\'s name' },
    ],
    claims: [],
    events: [
      { t: 'Суджу', n: 1, ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: null, asOf: ['2025-03-16'], note: '"Украинские войска покинули Суджу"' },
      { t: 'Суджу', n: 2, ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: 'Генштаб ВСУ', asOf: ['2025-03-16'], note: '"Генштаб ВСУ подтвердил, что российские военные вернули под контроль Суджу"' },
      { t: 'Суджи', n: 2, ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2025-03-16'], note: '"карту, на которой изображен полный выход ВСУ из Суджи"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-08-15',
    url: 'https://idelreal.org/a/syrskiy-zayavil-chto-vsu-kontroliruyut-v-kurskoy-oblasti-82-naselennyh-punkta-tam-sozdali-ukrainskuyu-voennuyu-komendaturu/33080097.html',
    notes: 'Stored copy on Idel.Реалии (idelreal.org), its headline and body as the store gives them; the accessibility line ("Ссылки для упрощенного доступа") and the photo caption, given twice, removed; the last sentence, cut by the store ("Мино"), removed. The date is the text\'s, with the year of the episode: Syrskyi\'s report to the Stavka of 15 August 2024 (the URL\'s article number is of the same day\'s series). Events: "в городе Судже, о \\"завершении освобождения\\" которого доложил Сырский" (captured, UA: Ukraine\'s "liberation" of a Russian town, the owner rule). Not events: "Комендатура создается в городе Судже" (a command office: the lede; the last sentence\'s "Судже" carries the capture). Claims: "контролируют в Курской области 82 населенных пункта" (count, settlements, UA, twice: headline and body) and "на площади 1150 квадратных километров" (area-held, km², UA), Syrskyi, the day; "на 35 километров" is a distance. "Президент Украины" is a title (skipped); "Россия пока не комментировала" the country. Traps: people.',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Судже', all: true, ref: 'sudzha' },
      { t: 'Россия', ref: 'russia' },
    ],
    traps: [
      { t: 'Сырский', n: 1, why: 'person' },
      { t: 'Сырский', n: 3, why: 'person' },
      { t: 'Сырский', n: 4, why: 'person' },
      { t: 'Александр Сырский', why: 'person' },
      { t: 'Эдуард Москалев', why: 'person' },
      { t: 'Владимир Зеленский', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', why: OFFICIAL + ' ("Президент Украины")' },
    ],
    claims: [
      { t: '82 населенных пункта', n: 1, kind: 'count', value: 82, unit: 'settlements', holder: 'UA', claimant: 'Александр Сырский', asOf: ['2024-08-15'], note: 'headline: "ВСУ контролируют в Курской области 82 населенных пункта"' },
      { t: '82 населенных пункта', n: 2, kind: 'count', value: 82, unit: 'settlements', holder: 'UA', claimant: 'Александр Сырский', asOf: ['2024-08-15'], note: '"украинские военные контролируют в Курской области 82 населенных пункта"' },
      { t: '1150 квадратных километров', kind: 'area-held', value: 1150, unit: 'km2', holder: 'UA', claimant: 'Александр Сырский', asOf: ['2024-08-15'], note: '"на площади 1150 квадратных километров"' },
    ],
    events: [
      { t: 'Судже', n: 2, ref: 'sudzha', action: 'captured', actor: 'UA', claimant: 'Александр Сырский', asOf: ['2024-08-15'], note: '"в городе Судже, о \\"завершении освобождения\\" которого доложил Сырский"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2024-05-02',
    url: 'https://dnr-news.ru/other/2024/05/02/703014.html',
    notes: 'Stored copy of a РИА Новости report on dnr-news.ru, its body as the store gives it (no headline: the manifest\'s title describes the text). The date is the URL\'s and the dateline\'s (2 May 2024). Events: "Назар Волошин признал частичный отход украинских войск из поселка Очеретино" (withdrew, UA, part); "(Противнику) удалось прорваться и закрепиться в Очеретино. Одна часть ... находится под контролем врага" (entered, RU, part: a foothold in part of the town, told by the Ukrainian spokesman); Rogov\'s "украинские войска снялись с позиций и сбежали из села Очеретино" (withdrew, UA, 22 April). Not events: "под Авдеевкой", "севернее Авдеевки" (locations), "Там идут тяжелые бои" (no name). "МОСКВА" is the dateline (a place), ДНР the oblast; "Общественной палате России" a body (skipped). Traps: РИА Новости, "Хортица" (a grouping), people.',
    places: [
      { t: 'МОСКВА', ref: 'moscow' },
      { t: 'Очеретино', all: true, ref: 'ocheretyne' },
      { t: 'Авдеевкой', ref: 'avdiivka' },
      { t: 'Авдеевки', ref: 'avdiivka' },
      { t: 'ДНР', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'РИА Новости', why: 'a news agency' },
      { t: 'Хортица', why: 'a grouping\'s name' },
      { t: 'Назар Волошин', why: 'person' },
      { t: 'Волошин', n: 2, why: 'person' },
      { t: 'Владимир Рогов', why: 'person' },
    ],
    skipped: [
      { t: 'России', why: OFFICIAL + ' ("Общественной палате России")' },
    ],
    claims: [],
    events: [
      { t: 'Очеретино', n: 1, ref: 'ocheretyne', action: 'withdrew', actor: 'UA', claimant: 'Назар Волошин', part: true, asOf: ['2024-05-02'], note: '"признал частичный отход украинских войск из поселка Очеретино"' },
      { t: 'Очеретино', n: 2, ref: 'ocheretyne', action: 'entered', actor: 'RU', claimant: 'Назар Волошин', part: true, asOf: ['2024-05-02'], note: '"(Противнику) удалось прорваться и закрепиться в Очеретино. Одна часть ... находится под контролем врага"' },
      { t: 'Очеретино', n: 3, ref: 'ocheretyne', action: 'withdrew', actor: 'UA', claimant: 'Владимир Рогов', asOf: ['2024-04-22'], note: '"украинские войска снялись с позиций и сбежали из села Очеретино"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-11-25',
    url: 'https://www.unian.net/war/konstantinovka-rossiyane-zayavili-o-zachistke-goroda-chto-govoryat-v-genshtabe-13207032.html',
    notes: 'Stored copy on УНИАН (unian.net, Russian edition), its lede and body as the store gives them (no headline: the manifest\'s title is made from the URL slug); the subheading "Константиновка - последние новости" and the sentence after it, cut by the store ("Как сообщал УНИАН, ... н"), removed. The date is the index\'s (25 November 2025). Events: "Константиновка Донецкой области находится под контролем Сил обороны Украины" (controls, UA, the General Staff); "российские генералы доложили Путину, что они уже зачищают центр Константиновки" (cleared, RU, part: the centre; denied: "Центр Константиновки никто не зачищает", "он наш"). Not events: the lede\'s "из центра города" (no name), "из центра населенного пункта", the denial\'s own "Центр Константиновки никто не зачищает", "все, кто был в Константиновке". "Сил обороны Украины" and "Вооруженных сил Украины" are armies (skipped). Traps: people.',
    places: [
      { t: 'Константиновка', ref: 'kostiantynivka' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
      { t: 'Константиновки', all: true, ref: 'kostiantynivka' },
      { t: 'Константиновке', ref: 'kostiantynivka' },
    ],
    traps: [
      { t: 'Александр Бакулин', why: 'person' },
      { t: 'Бакулин', n: 2, why: 'person' },
      { t: 'Бакулин', n: 3, why: 'person' },
      { t: 'Путину', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', n: 1, why: ARMY + ' ("Сил обороны Украины")' },
      { t: 'Украины', n: 2, why: ARMY + ' ("Вооруженных сил Украины")' },
    ],
    claims: [],
    events: [
      { t: 'Константиновка', ref: 'kostiantynivka', action: 'controls', actor: 'UA', claimant: 'Генеральный штаб Вооруженных сил Украины', asOf: ['2025-11-25'], note: '"Константиновка Донецкой области находится под контролем Сил обороны Украины"' },
      { t: 'Константиновки', n: 1, ref: 'kostiantynivka', action: 'cleared', actor: 'RU', claimant: 'российские генералы', denied: true, part: true, asOf: ['2025-11-25'], note: '"российские генералы доложили Путину, что они уже зачищают центр Константиновки"; "Центр Константиновки никто не зачищает"' },
    ],
  },
];
