// Hand annotations, Russian articles of tests/eval/fresh53. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country or region inside an official body's name";

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-03-11',
    url: 'https://kuban24.tv/item/minoborony-rf-vojska-dnr-osvobodili-gorod-volnovaha',
    notes: 'Stored copy on Кубань 24 (kuban24.tv), its headline and body as the store gives them; the last sentence, cut by the store ("Оперативно-тактическая и армейская авиация уничтожила за сутки 107 объектов ...: 6 пунктов управления "), removed. The date is the body\'s ("Об этом 11 марта сообщил", the briefing of Friday 11 March 2022; the year by the Volnovakha fighting). Events (the owner rule: the DPR\'s "освобождение" of Ukrainian towns is `captured` by RU): Volnovakha in the headline and in "группировка войск ДНР освободила город Волноваха" (captured, RU, twice); "взяты под контроль населенные пункты Ольгинка, Велико-Анадоль, Зеленый Гай" (captured, RU, three); "продолжали сжимать кольцо окружения в Мариуполе" (fighting, RU: an encirclement); "Подразделения ВС РФ вышли на рубеж Петровское — Евгеновка — Октябрьское" (fighting, RU: an advance that reached a line of villages, not an entry; three). Not events: the strikes on the airfields of Lutsk and Ivano-Frankivsk. "до 6 км", "до 800 м" and "17 км" are depths of advance, no claim. "ДНР" in "войска ДНР" and "группировка войск ДНР" names the region\'s polity (counted as Donetsk Oblast); in "Народной милиции ДНР" it is inside a body\'s name (skipped), as "РФ" in "Минобороны РФ" and "ВС РФ". Petrovskoe, Evgenovka and Oktyabrskoe are named with no oblast or town near them and have namesakes in several oblasts: unlocated (judgement call). Traps: Игорь Конашенков, Конашенков, Bayraktar.',
    places: [
      { t: 'ДНР', n: 1, ref: 'donetskOblast' },
      { t: 'Волноваха', all: true, ref: 'volnovakha' },
      { t: 'ДНР', n: 2, ref: 'donetskOblast' },
      { t: 'Ольгинка', ref: 'olhynka' },
      { t: 'Велико-Анадоль', ref: 'velykyiAnadol' },
      { t: 'Зеленый Гай', ref: 'zelenyiHai' },
      { t: 'Мариуполе', ref: 'mariupol' },
      { t: 'Петровское', ref: 'petrivske' },
      { t: 'Евгеновка', ref: 'yevhenivka' },
      { t: 'Октябрьское', ref: 'oktiabrske' },
      { t: 'Украине', ref: 'ukraine' },
      { t: 'Луцке', ref: 'lutsk' },
      { t: 'Ивано-Франковске', ref: 'ivanoFrankivsk' },
    ],
    traps: [
      { t: 'Игорь Конашенков', why: 'person' },
      { t: 'Конашенков', n: 2, why: 'person' },
      { t: 'Bayraktar', why: 'a drone' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: OFFICIAL + ' ("Минобороны РФ", "ВС РФ")' },
      { t: 'ДНР', n: 3, why: OFFICIAL + ' ("Народной милиции ДНР")' },
    ],
    claims: [],
    events: [
      { t: 'Волноваха', n: 1, ref: 'volnovakha', action: 'captured', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-03-11'], note: 'headline "войска ДНР освободили город Волноваха"' },
      { t: 'Волноваха', n: 2, ref: 'volnovakha', action: 'captured', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-03-11'], note: '"группировка войск ДНР освободила город Волноваха"' },
      { t: 'Ольгинка', ref: 'olhynka', action: 'captured', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-03-11'], note: '"Также взяты под контроль населенные пункты Ольгинка, Велико-Анадоль, Зеленый Гай"' },
      { t: 'Велико-Анадоль', ref: 'velykyiAnadol', action: 'captured', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-03-11'], note: 'the same sentence' },
      { t: 'Зеленый Гай', ref: 'zelenyiHai', action: 'captured', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-03-11'], note: 'the same sentence' },
      { t: 'Мариуполе', ref: 'mariupol', action: 'fighting', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-03-11'], note: '"продолжали сжимать кольцо окружения в Мариуполе"' },
      { t: 'Петровское', ref: 'petrivske', action: 'fighting', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-03-11'], note: '"вышли на рубеж Петровское — Евгеновка — Октябрьское"' },
      { t: 'Евгеновка', ref: 'yevhenivka', action: 'fighting', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-03-11'], note: 'the same line' },
      { t: 'Октябрьское', ref: 'oktiabrske', action: 'fighting', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-03-11'], note: 'the same line' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-05-09',
    url: 'https://eadaily.com/ru/news/2022/05/09/gorod-popasnaya-polnostyu-osvobozhden-lnr',
    notes: 'Stored copy on EADaily (eadaily.com), its body as the store gives it (no headline in the store: the manifest\'s title is made from the URL slug); the list of teaser headlines after the body ("Суд в Москве назначил Telegram ...", five lines) removed. The date is the URL\'s and the body\'s ("сообщает сегодня, 9 мая"). Events (the owner rule): "Город Попасная полностью перешел под контроль Народной милиции ЛНР" and "Населенный пункт Попасная полностью перешел под контроль" (captured, RU, Ivan Filiponenko, twice); "8 мая ... Кадыров сообщил, что город Попасная «полностью освобожден»" (captured, RU, Ramzan Kadyrov, 8 May). Not events: "ВСУ продолжают обстрелы Попасной" (strikes), "освободили город, выбили противника за его пределы" (no place named in the clause). "Луганской Народной Республики (ЛНР)" and "ЛНР" are inside "Народной милиции ..." (skipped), as "РФ" in "ВС РФ"; "Чеченской Республики" is a region of Russia (counted). Traps: Иван Филипоненко, Филипоненко, Рамзан Кадыров, ТАСС.',
    places: [
      { t: 'Попасная', all: true, ref: 'popasna' },
      { t: 'Попасной', ref: 'popasna' },
      { t: 'Чеченской Республики', ref: 'chechnya' },
    ],
    traps: [
      { t: 'Иван Филипоненко', why: 'person' },
      { t: 'Филипоненко', n: 2, why: 'person' },
      { t: 'Рамзан Кадыров', why: 'person' },
      { t: 'ТАСС', why: 'a news agency' },
    ],
    skipped: [
      { t: 'Луганской Народной Республики', why: OFFICIAL + ' ("Народной милиции Луганской Народной Республики")' },
      { t: 'ЛНР', all: true, why: OFFICIAL + ' ("Народной милиции ЛНР")' },
      { t: 'РФ', why: OFFICIAL + ' ("ВС РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Попасная', n: 1, ref: 'popasna', action: 'captured', actor: 'RU', claimant: 'Ivan Filiponenko', asOf: ['2022-05-09'], note: '"Город Попасная полностью перешел под контроль Народной милиции Луганской Народной Республики (ЛНР)"' },
      { t: 'Попасная', n: 2, ref: 'popasna', action: 'captured', actor: 'RU', claimant: 'Ivan Filiponenko', asOf: ['2022-05-09'], note: '"Населенный пункт Попасная полностью перешел под контроль Народной милиции ЛНР"' },
      { t: 'Попасная', n: 3, ref: 'popasna', action: 'captured', actor: 'RU', claimant: 'Ramzan Kadyrov', asOf: ['2022-05-08'], note: '"8 мая ... Кадыров сообщил, что город Попасная «полностью освобожден»"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2022-08-05',
    url: 'https://ukraina.ru/20220805/1037331878.html',
    notes: 'Stored copy on Украина.ру (ukraina.ru), its headline and body as the store gives them; the time line ("12:06 05.08.2022 (обновлено: 13:47 28.11.2023)", which gives the date) and the photo credit and caption ("© РИА Новости . Наталья Селиверстова / Перейти в фотобанкБлокпост ДНР возле села Пески в Донецкой области") removed, and the last paragraph, cut by the store ("Накануне, 4 августа, ... сообщал, что поселок Пески взят под контроль, однак"), removed; the URL\'s query ("?in=t") dropped. Events (the owner rule): Pisky "перешел под контроль России и ДНР" (headline) and "установили полный контроль на поселком Пески" (captured, RU, twice); "поселок Пески под нашим контролем" (controls, RU); "Пески полностью зачищены" (cleared, RU, Daniil Bezsonov); Marinka, "В Марьинке продолжается зачистка. Более половины территории зачищено и под нашим контролем" (controls, RU, part; cleared, RU, part, added after the first run; and fighting, RU: a clearing still under way). "Более половины" is a share in words, no claim (fresh52\'s convention). "России" and "ДНР" as the holders ("под контроль России и ДНР", "Союзные войска России и ДНР") are counted; "ДНР" in "НМ ДНР" and "министра информации ДНР" and "Донецкой Народной Республики" in "Народной милиции Донецкой Народной Республики" are skipped (inside a body\'s name), as "РФ" in "ВС РФ". Traps: Илья Емельянов, Первого канала, Украина.ру, Даниила Безсонова, Енакиево-Дунайского (a regiment\'s name).',
    places: [
      { t: 'Пески', all: true, ref: 'pisky' },
      { t: 'России', all: true, ref: 'russia' },
      { t: 'ДНР', n: 1, ref: 'donetskOblast' },
      { t: 'ДНР', n: 2, ref: 'donetskOblast' },
      { t: 'Донецка', ref: 'donetsk' },
      { t: 'Марьинке', ref: 'marinka' },
    ],
    traps: [
      { t: 'Илья Емельянов', why: 'person' },
      { t: 'Первого канала', why: 'a television channel' },
      { t: 'Украина.ру', why: 'an outlet' },
      { t: 'Даниила Безсонова', why: 'person' },
      { t: 'Енакиево-Дунайского', why: "a regiment's name" },
    ],
    skipped: [
      { t: 'Донецкой Народной Республики', why: OFFICIAL + ' ("Народной милиции Донецкой Народной Республики")' },
      { t: 'ДНР', n: 3, why: OFFICIAL + ' ("НМ ДНР")' },
      { t: 'ДНР', n: 4, why: OFFICIAL + ' ("министра информации ДНР")' },
      { t: 'РФ', why: OFFICIAL + ' ("ВС РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Пески', n: 1, ref: 'pisky', action: 'captured', actor: 'RU', claimant: null, asOf: ['2022-08-05'], note: 'headline "Поселок Пески перешел под контроль России и ДНР"' },
      { t: 'Пески', n: 2, ref: 'pisky', action: 'captured', actor: 'RU', claimant: 'Ilya Yemelyanov', asOf: ['2022-08-05'], note: '"Союзные войска России и ДНР установили полный контроль на поселком Пески"' },
      { t: 'Пески', n: 3, ref: 'pisky', action: 'controls', actor: 'RU', claimant: 'Ilya Yemelyanov', asOf: ['2022-08-05'], note: '"Что сам поселок Пески под нашим контролем, это можно с уверенностью сказать"' },
      { t: 'Пески', n: 4, ref: 'pisky', action: 'cleared', actor: 'RU', claimant: 'Daniil Bezsonov', asOf: ['2022-08-05'], note: '"Пески полностью зачищены, наши ребята закрепились"' },
      { t: 'Марьинке', ref: 'marinka', action: 'controls', actor: 'RU', claimant: 'Daniil Bezsonov', part: true, asOf: ['2022-08-05'], note: '"Более половины территории зачищено и под нашим контролем"' },
      { t: 'Марьинке', ref: 'marinka', action: 'fighting', actor: 'RU', claimant: 'Daniil Bezsonov', asOf: ['2022-08-05'], note: '"В Марьинке продолжается зачистка" (a clearing under way)' },
      { t: 'Марьинке', ref: 'marinka', action: 'cleared', actor: 'RU', claimant: 'Daniil Bezsonov', part: true, asOf: ['2022-08-05'], note: '"Более половины территории зачищено" (more than half of the town cleared: cleared, part; added after the first run, a slip: the first pass had folded the clearing of part of the town into the hold)' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-01-25',
    url: 'https://news-kiev.ru/society/2023/01/25/97773.html',
    notes: 'Stored copy on news-kiev.ru, its body as the store gives it (no headline in the store: the manifest\'s title is written from the first sentence). The date is the URL\'s. Claim: "до 40 тыс. бойцов" (count, troops, UA, Yevgeny Balitsky: the Ukrainian grouping in the part of the region Kyiv holds). Event: "подконтрольного Киеву города Запорожья" (controls, UA). Not an event: the concentration of forces "в районе ... Запорожья" (no change of control). "Киеву" (twice) names the capital for its government (counted); "Вооруженные силы Украины" is skipped (the country inside a body\'s name). "губернатора Запорожской области" names the oblast (counted). Traps: Евгений Балицкий, Россия-24 (a channel).',
    places: [
      { t: 'Киеву', all: true, ref: 'kyiv' },
      { t: 'Запорожья', ref: 'zaporizhzhia' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Евгений Балицкий', why: 'person' },
      { t: 'Россия-24', why: 'a television channel' },
    ],
    skipped: [{ t: 'Украины', why: OFFICIAL + ' ("Вооруженные силы Украины")' }],
    claims: [
      { t: 'до 40 тыс. бойцов', kind: 'count', value: 40000, unit: 'troops', holder: 'UA', claimant: 'Yevgeny Balitsky', asOf: ['2023-01-25'], note: '"ВСУ располагают группировкой в размере до 40 тыс. бойцов в подконтрольной Киеву части региона"' },
    ],
    events: [
      { t: 'Запорожья', ref: 'zaporizhzhia', action: 'controls', actor: 'UA', claimant: 'Yevgeny Balitsky', asOf: ['2023-01-25'], note: '"в районе подконтрольного Киеву города Запорожья"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2023-08-15',
    url: 'https://life.ru/p/1600684/amp',
    notes: 'Stored copy on Life.ru (AMP page), its headline and body as the store gives them; the date line and view counter ("15 августа 2023, 16:27 / 3278", which give the date) removed. Event: "украинская диверсионно-разведывательная группа пыталась проникнуть на территорию Брянской области в районе села Курковичи, но российские военные и пограничники пресекли эту попытку" (fighting, UA: an attempt at a named village, thwarted: fighting by the attacker). Not an event: the shelling of the farm (a strike). Traps: Александр Богомаз, Богомаз.',
    places: [
      { t: 'Брянской области', all: true, ref: 'bryanskOblast' },
      { t: 'Курковичи', ref: 'kurkovichi' },
    ],
    traps: [
      { t: 'Александр Богомаз', why: 'person' },
      { t: 'Богомаз', n: 2, why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Курковичи', ref: 'kurkovichi', action: 'fighting', actor: 'UA', claimant: 'Aleksandr Bogomaz', asOf: ['2023-08-15'], note: '"пыталась проникнуть на территорию Брянской области в районе села Курковичи, но российские военные и пограничники пресекли эту попытку"' },
    ],
  },
];
