// Hand annotations, Russian articles of tests/eval/fresh65. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";
const AXIS = 'a front axis named by an adjective';
const RIVER = 'a river';
const MOD = 'Минобороны России';
const REGROUP = ['2022-09-08', '2022-09-10'] as const;
const SUROVIKIN = 'Сергей Суровикин';
const PRIGOZHIN = 'Евгений Пригожин';
const THURSDAY = ['2023-05-11'] as const;

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-09-10',
    url: 'https://zerkalo.az/minoborony-rf-nazvalo-otstuplenie-v-harkovskoj-oblasti-peregruppirovkoj-vojsk/',
    notes: 'Stored copy on Зеркало (zerkalo.az, Azerbaijan; after ТАСС), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); an image line ("image"), the author, date and rubric line ("Автор: Редакция | Дата: 2022/09/10, 22:05 | Рубрика: Мир") and the rating line ("(1 оценок, среднее: 5,00 из 5)") removed; the outlet\'s typo "бегостве" kept. The date is the page\'s (10 September 2022). Events: the ministry\'s regrouping of the troops "в районах Балаклеи и Изюма" at each of its three namings (withdrew, RU, the regrouping side, as the conventions read a regrouping from named settlements; claimant the ministry; dated the three days of the operation, "в течение трех суток", up to the statement). No event: "освобождении населенных пунктов и городов" (no name), "на территорию «ДНР»" (a region). Counted: Донбасса (the Donbas, in the operation\'s stated aim), «ДНР» (Donetsk Oblast), "Луганской и Донецкой областях" (two mentions). Skipped: России in "Министерстве обороны России" (a body), "донецком направлении" three times (an axis adjective). Traps: ТАСС, "изюмско-балаклейской" (the grouping\'s name). No claim.',
    places: [
      { t: 'Балаклеи', all: true, ref: 'balakliia' },
      { t: 'Изюма', all: true, ref: 'izium' },
      { t: 'Донбасса', ref: 'donbas' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Луганской', ref: 'luhanskOblast' },
      { t: 'Донецкой областях', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'изюмско-балаклейской', why: 'a military grouping named by the towns\' adjectives' },
    ],
    skipped: [
      { t: 'России', why: BODY + ' ("Министерстве обороны России")' },
      { t: 'донецком', all: true, why: AXIS + ' ("на донецком направлении")' },
    ],
    events: [
      { t: 'Балаклеи', n: 1, ref: 'balakliia', action: 'withdrew', actor: 'RU', claimant: MOD, asOf: REGROUP, note: '"Российские войска перегруппированы из Балаклеи и Изюма на донецком направлении"' },
      { t: 'Изюма', n: 1, ref: 'izium', action: 'withdrew', actor: 'RU', claimant: MOD, asOf: REGROUP },
      { t: 'Балаклеи', n: 2, ref: 'balakliia', action: 'withdrew', actor: 'RU', claimant: MOD, asOf: REGROUP, note: '"российские войска, находящиеся в районах Балаклеи и Изюма, перегруппированы и переброшены"' },
      { t: 'Изюма', n: 2, ref: 'izium', action: 'withdrew', actor: 'RU', claimant: MOD, asOf: REGROUP },
      { t: 'Балаклеи', n: 3, ref: 'balakliia', action: 'withdrew', actor: 'RU', claimant: MOD, asOf: REGROUP, note: '"принято решение перегруппировать российские войска, находящиеся в районах Балаклеи и Изюма"' },
      { t: 'Изюма', n: 3, ref: 'izium', action: 'withdrew', actor: 'RU', claimant: MOD, asOf: REGROUP },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-11-09',
    url: 'https://holod.media/2022/11/09/sdaut-kherson/',
    notes: 'Stored copy on Холод, its body as the store gives it, with its subheading "Как это было" (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("При этом в своем докладе Суровикин положительно отозвался о делах росси"), removed. The date is the URL\'s (9 November 2022; the text\'s "9 ноября"). Events: "российские военные сдают Херсон" (withdrew, RU, the outlet\'s reading of the report) and "так Суровикин предложил покинуть Херсон" (withdrew, RU, Surovikin; the proposal Shoigu accepts and orders, "приказал начать отвод войск"). No event: "Херсон — единственный областной центр, захваченный за все время войны" (the capture named in an apposition without a date: judgement call), "на правом берегу в ограниченном районе" (no name). Counted: "в Украине" (the country), "в Херсонской области". Skipped: the Dnieper four times (Днепра, Днепр: a river). Traps: the persons. No claim.',
    places: [
      { t: 'Украине', ref: 'ukraine' },
      { t: 'Херсонской области', ref: 'khersonOblast' },
      { t: 'Херсон', all: true, ref: 'kherson' },
    ],
    traps: [
      { t: 'Сергей Суровикин', why: 'person' },
      { t: 'Сергею Шойгу', why: 'person' },
      { t: 'Суровикин', n: 2, why: 'person' },
      { t: 'Суровикин', n: 3, why: 'person' },
      { t: 'Шойгу', n: 2, why: 'person' },
    ],
    skipped: [
      { t: 'Днепра', all: true, why: RIVER },
      { t: 'Днепр', all: true, why: RIVER },
    ],
    events: [
      { t: 'Херсон', n: 1, ref: 'kherson', action: 'withdrew', actor: 'RU', claimant: null, asOf: ['2022-11-09'], note: '"Фактически это означает, что российские военные сдают Херсон"' },
      { t: 'Херсон', n: 2, ref: 'kherson', action: 'withdrew', actor: 'RU', claimant: SUROVIKIN, asOf: ['2022-11-09'], note: '"так Суровикин предложил покинуть Херсон" ... "Шойгу согласился с предложениями и приказал начать отвод войск"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2022-07-03',
    url: 'https://checheninfo.ru/337540-shojgu-dolozhil-putinu-ob-osvobozhdenii-luganskoj-narodnoj-respubliki.html',
    notes: 'Stored copy on Чеченинфо, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("Офицер Народной милиции ЛНР Андрей Марочко сообщил в субботу ТАСС, что территория республики в самое ближайшее время будет взята под конт"), removed. The date is the text\'s ("Сегодня, 3 июля 2022 года", "в воскресенье": 3 July 2022 was a Sunday); the page shows none apart. The ministry\'s list of villages is also in fresh49\'s ru-05 (another outlet, another wording); this article\'s own sentences are in no other set. Events: "установили полный контроль над Лисичанском и некоторыми близлежащими населенными пунктами, наиболее крупные из которых Белогоровка, Белая Гора, Новодружеск и Малорязанцево" (captured, RU under the owner rule, the ministry, at each; dated the report). No event: "об освобождении Луганской Народной Республики" twice (a region). Claim: "Общая площадь освобожденных за последние 24 часа территорий составила 182 квадратных километра" (area-gained, RU, the ministry, the 24 hours back from the report). Counted: "Луганской Народной Республики" twice (Luhansk Oblast), "на Украине" (the country). Skipped: России in "Министр обороны России" and "Президент России" (officials\' titles) and twice in "Минобороны России" (a body), РФ in "президенту РФ" and "министр обороны РФ" (titles) and twice in "ВС РФ" (a body), ЛНР in "Народная милиция ЛНР" (an army\'s name) and ДНР and ЛНР in "глав ДНР и ЛНР" (officials\' titles). Traps: the persons.',
    places: [
      { t: 'Луганской Народной Республики', all: true, ref: 'luhanskOblast' },
      { t: 'Лисичанском', ref: 'lysychansk' },
      { t: 'Белогоровка', ref: 'bilohorivka' },
      { t: 'Белая Гора', ref: 'bilaHora' },
      { t: 'Новодружеск', ref: 'novodruzhesk' },
      { t: 'Малорязанцево', ref: 'maloriazantseve' },
      { t: 'Украине', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Сергей Шойгу', all: true, why: 'person' },
      { t: 'Владимиру Путину', all: true, why: 'person' },
      { t: 'Владимир Путин', why: 'person' },
      { t: 'Дениса Пушилина', why: 'person' },
      { t: 'Леонида Пасечника', why: 'person' },
    ],
    skipped: [
      { t: 'России', n: 1, why: TITLE + ' ("Министр обороны России")' },
      { t: 'России', n: 2, why: BODY + ' ("Минобороны России")' },
      { t: 'России', n: 3, why: BODY + ' ("Минобороны России")' },
      { t: 'России', n: 4, why: TITLE + ' ("Президент России")' },
      { t: 'РФ', n: 1, why: TITLE + ' ("президенту РФ")' },
      { t: 'РФ', n: 2, why: TITLE + ' ("министр обороны РФ")' },
      { t: 'РФ', n: 3, why: BODY + ' ("ВС РФ")' },
      { t: 'РФ', n: 4, why: BODY + ' ("ВС РФ")' },
      { t: 'ЛНР', n: 1, why: 'the oblast inside an army\'s name ("Народная милиция ЛНР")' },
      { t: 'ДНР', why: 'the oblast inside an official\'s title ("глав ДНР и ЛНР")' },
      { t: 'ЛНР', n: 2, why: 'the oblast inside an official\'s title ("глав ДНР и ЛНР")' },
    ],
    claims: [
      { t: '182 квадратных километра', kind: 'area-gained', value: 182, unit: 'km2', holder: 'RU', claimant: MOD, asOf: ['2022-07-02', '2022-07-03'], note: '"Общая площадь освобожденных за последние 24 часа территорий составила 182 квадратных километра"' },
    ],
    events: [
      { t: 'Лисичанском', ref: 'lysychansk', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-07-03'], note: '"ВС РФ и Народная милиция ЛНР установили полный контроль над Лисичанском"' },
      { t: 'Белогоровка', ref: 'bilohorivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-07-03'], note: '"и некоторыми близлежащими населенными пунктами, наиболее крупные из которых Белогоровка, Белая Гора, Новодружеск и Малорязанцево"' },
      { t: 'Белая Гора', ref: 'bilaHora', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-07-03'] },
      { t: 'Новодружеск', ref: 'novodruzhesk', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-07-03'] },
      { t: 'Малорязанцево', ref: 'maloriazantseve', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-07-03'] },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-05-11',
    url: 'https://dzen.ru/a/ZF1F7IcuXFVjYuy3',
    notes: 'Stored copy of a Дзен channel\'s article, its body and, after it, its headline line as the store gives them (kept in the store\'s order); the date lines ("11 мая 202311 мая 2023"), the counter ("1") and the reading time ("~1 мин") removed. The date is the page\'s (11 May 2023, a Thursday: "за четверг"). Prigozhin\'s figures are also quoted by fresh39\'s ru-02 (another outlet); this article\'s own sentences, with its second figure "порядка 2,36 квадратных километра", are in no other set. Claims (Thursday 11 May 2023): "за противником - 2,18 квадратных километра территории города" and the quote\'s "за контролем противника - 2,18 квадратных километра" (area-held, UA, Prigozhin); "украинские военные удерживают под своим контролем порядка 2,36 квадратных километра" (area-held, UA, the outlet); "занято 68,5 тысячи квадратных метров" (area-gained, RU, 0.0685 km², Prigozhin). Events: "продвинулись в Артемовске" twice, "двигаются в гнезде Артемовска" (fighting, RU, the side advancing, Prigozhin); "в Бахмуте продолжаются ожесточенные бои" (fighting, RU, the attacker) and, on the same span, "украинские военные удерживают под своим контролем порядка 2,36 квадратных километра территории города" (controls, UA, part: true). No event: "взяли под полный контроль ЛНР, а также большую часть ДНР, Херсонской и Запорожской областей" (regions). Counted: Артемовск (Bakhmut\'s Russian name) and Бахмут, ДНР twice (Donetsk Oblast), ЛНР (Luhansk Oblast), "Херсонской и Запорожской областей" (two mentions). Traps: the person, the Wagner group three times. Not claims: "на 220 метров" (distances).',
    places: [
      { t: 'Артемовске', all: true, ref: 'bakhmut' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Бахмуте', ref: 'bakhmut' },
      { t: 'Артемовска', ref: 'bakhmut' },
      { t: 'ЛНР', ref: 'luhanskOblast' },
      { t: 'Херсонской', ref: 'khersonOblast' },
      { t: 'Запорожской областей', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Вагнер', why: 'a mercenary company' },
      { t: 'Евгений Пригожин', why: 'person' },
      { t: 'Пригожина', why: 'person' },
      { t: 'Вагнера', all: true, why: 'a mercenary company' },
      { t: 'Пригожин', n: 2, why: 'person' },
      { t: 'Пригожин', n: 3, why: 'person' },
    ],
    claims: [
      { t: '2,18 квадратных километра', n: 1, kind: 'area-held', value: 2.18, unit: 'km2', holder: 'UA', claimant: PRIGOZHIN, asOf: THURSDAY, note: '"за противником - 2,18 квадратных километра территории города"' },
      { t: '2,36 квадратных километра', kind: 'area-held', value: 2.36, unit: 'km2', holder: 'UA', claimant: null, asOf: THURSDAY, note: '"украинские военные удерживают под своим контролем порядка 2,36 квадратных километра территории города"' },
      { t: '68,5 тысячи квадратных метров', kind: 'area-gained', value: 0.0685, unit: 'km2', holder: 'RU', claimant: PRIGOZHIN, asOf: THURSDAY, note: '"Максимальное продвижение составило 220 метров, занято 68,5 тысячи квадратных метров" (68,500 m², written in km²)' },
      { t: '2,18 квадратных километра', n: 2, kind: 'area-held', value: 2.18, unit: 'km2', holder: 'UA', claimant: PRIGOZHIN, asOf: THURSDAY, note: '"за контролем противника - 2,18 квадратных километра"' },
    ],
    events: [
      { t: 'Артемовске', n: 1, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: PRIGOZHIN, asOf: THURSDAY, note: '"бойцы группы за четверг продвинулись в Артемовске в ДНР на 220 метров"' },
      { t: 'Бахмуте', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: null, asOf: THURSDAY, note: '"На сегодняшний день в Бахмуте продолжаются ожесточенные бои"' },
      { t: 'Бахмуте', ref: 'bakhmut', action: 'controls', actor: 'UA', claimant: null, part: true, asOf: THURSDAY, note: '"украинские военные удерживают под своим контролем порядка 2,36 квадратных километра территории города"' },
      { t: 'Артемовска', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: PRIGOZHIN, asOf: THURSDAY, note: '"Подразделения "Вагнера" двигаются в гнезде Артемовска в западном направлении"' },
      { t: 'Артемовске', n: 2, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: PRIGOZHIN, asOf: THURSDAY, note: '"бойцы «Группы Вагнера» продвинулись еще на 220 метров в Артемовске"' },
    ],
  },
];
