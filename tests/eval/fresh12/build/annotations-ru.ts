// Hand annotations, Russian articles of tests/eval/fresh12 (see annotations-en.ts for the locators).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country or oblast inside an official body's name";
const JAN_2025 = ['2025-01-01', '2025-01-17'] as const;
const MARCH_8_9 = ['2025-03-08', '2025-03-09'] as const;
const FEB_2025 = ['2025-02-01', '2025-02-28'] as const;

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-02-26',
    url: 'https://life.ru/p/1642144/amp',
    notes: 'Stored copy of a Life.ru item from its lead to its last paragraph; the headline, the date line ("26 февраля, 13:29") and the cover caption before the lead removed (the manifest title is the headline). The date is established from the page and the text: "26 февраля" with "сегодня, 26 февраля", the day the Russian MoD announced Ласточкино (2024, after the fall of Avdiivka on 17 February 2024). Events: the MoD\'s "освободили село Ласточкино" and its quote (captured, RU: Russia taking a Ukrainian village, the owner rule); the report of 25 February that the ВСУ "вышли из Ласточкина" (withdrew, UA); Kyiv admitting "потерю контроля над селом Ласточкино" (withdrew, UA: the side losing it). "отошли на западную окраину посёлка" names no settlement; "Ласточкина, которое находится к западу от Авдеевки" is a description beside the event. "на Авдеевском направлении" is a front axis (skipped); "ВС РФ", "Минобороны РФ" official bodies (skipped); "Центр" a grouping (trap); Киеву stands for the government (place).',
    places: [
      { t: 'Ласточкино', all: true, ref: 'lastochkyne' },
      { t: 'Ласточкина', ref: 'lastochkyne' },
      { t: 'Авдеевки', ref: 'avdiivka' },
      { t: 'Киеву', ref: 'kyiv' },
    ],
    traps: [{ t: 'Центр', why: 'grouping of troops' }],
    skipped: [
      { t: 'Авдеевском направлении', all: true, why: 'front axis' },
      { t: 'РФ', ctx: 'ВС РФ', why: BODY },
      { t: 'РФ', ctx: 'Минобороны РФ', why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Ласточкино', ctx: 'село Ласточкино на', ref: 'lastochkyne', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2024-02-26'] },
      { t: 'Ласточкино', ctx: 'пункт Ласточкино', ref: 'lastochkyne', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2024-02-26'] },
      { t: 'Ласточкина', ref: 'lastochkyne', action: 'withdrew', actor: 'UA', claimant: 'СМИ', asOf: ['2024-02-25'] },
      { t: 'Ласточкино', ctx: 'селом Ласточкино', ref: 'lastochkyne', action: 'withdrew', actor: 'UA', claimant: 'Киев', asOf: ['2024-02-26'], note: '"Киеву пришлось признать потерю контроля над селом Ласточкино"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-01-17',
    url: 'https://www.rbc.ru/politics/17/01/2025/678a20259a7947864b9a04e9?from=materials_on_subject',
    notes: 'Stored copy of an РБК item from its lead to the end of its second paragraph; the "Перейти к основному контенту" link, the rubric, the headline, the standfirst and the photo credits before the lead removed, and the next paragraph, cut mid-sentence by the store, removed after it (the manifest title is the headline). The date is the URL\'s (17 January 2025). Events (Минобороны России): Александрия, Леонидово, Русское Поречное and Кругленькое liberated in the first two weeks of January (liberated, RU: Russia retaking Russian villages, the owner rule). Claims (Минобороны России): about 63% of the territory of Kursk Oblast occupied by Ukraine retaken since 6 August (share-lost: the share Ukraine lost, the holder at asOf RU) and about 801 km² (area-retaken, RU). "Минобороны России" is an official body (skipped).',
    places: [
      { t: 'Александрия', ref: 'aleksandriya' },
      { t: 'Леонидово', ref: 'leonidovo' },
      { t: 'Русское Поречное', ref: 'russkoyePorechnoye' },
      { t: 'Кругленькое', ref: 'kruglenkoye' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
    ],
    traps: [],
    skipped: [{ t: 'России', ctx: 'Минобороны России', why: BODY }],
    claims: [
      { t: '63%', kind: 'share-lost', value: 63, unit: 'percent', holder: 'RU', claimant: 'Минобороны России', asOf: ['2024-08-06', '2025-01-17'], note: '"около 63% изначально занятой территории Курской области ... освобождено"' },
      { t: '801 кв. км', kind: 'area-retaken', value: 801, unit: 'km2', holder: 'RU', claimant: 'Минобороны России', asOf: ['2024-08-06', '2025-01-17'] },
    ],
    events: [
      { t: 'Александрия', ref: 'aleksandriya', action: 'liberated', actor: 'RU', claimant: 'Минобороны России', asOf: JAN_2025 },
      { t: 'Леонидово', ref: 'leonidovo', action: 'liberated', actor: 'RU', claimant: 'Минобороны России', asOf: JAN_2025 },
      { t: 'Русское Поречное', ref: 'russkoyePorechnoye', action: 'liberated', actor: 'RU', claimant: 'Минобороны России', asOf: JAN_2025 },
      { t: 'Кругленькое', ref: 'kruglenkoye', action: 'liberated', actor: 'RU', claimant: 'Минобороны России', asOf: JAN_2025 },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-04-05',
    url: 'https://focus.ua/amp/voennye-novosti/638313-ih-tam-net-v-vsu-oprovergayut-informaciyu-o-proryve-vs-rf-k-chasovomu-yaru',
    notes: 'Stored copy of a Фокус (focus.ua, Russian edition) item from its headline to its last complete sentence; a last sentence cut mid-word by the store ("... в отчете Института изучения в") removed. The date is established from the text: "утром, 5 апреля" Гагин claimed the approach to Часов Яр and Задубинный answered the same day (2024: the battle for Chasiv Yar\'s eastern outskirts, Задубинный being the spokesman of the eastern grouping then); the item is of 5 April 2024. Events: the reported Russian breakthrough to Часов Яр, refuted ("опровергают информацию о прорыве": fighting, RU, denied); the Russian success near Часов Яр reported by ISW (fighting, RU); the Russian entry into Часов Яр that Задубинный denies ("не зашли в город Часов Яр": entered, RU, denied); Гагин\'s claim that Russian forces came close to Часов Яр (fighting, RU). "вошли в город" and "в пригороде" name no settlement in their clause. "ВС РФ" is an official body (skipped); «главы "ДНР"» a title (skipped); people are traps.',
    places: [
      { t: 'Часовому Яру', all: true, ref: 'chasivYar' },
      { t: 'Часового Яра', ref: 'chasivYar' },
      { t: 'Часов Яр', ref: 'chasivYar' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Андрей Задубинный', why: 'person' },
      { t: 'Задубинный', ctx: 'сообщил Задубинный', why: 'person' },
      { t: 'Ян Гагин', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY },
      { t: 'ДНР', why: 'region inside a title («советник главы "ДНР"»)' },
    ],
    claims: [],
    events: [
      { t: 'Часовому Яру', ctx: 'прорыве ВС РФ к Часовому Яру', ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: 'Российские СМИ', denied: true, asOf: ['2024-04-05'], note: '"в ВСУ опровергают информацию о прорыве ВС РФ к Часовому Яру"' },
      { t: 'Часового Яра', ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: 'Институт изучения войны', asOf: ['2024-04-04', '2024-04-05'], note: '"Информацию об успехе россиян вблизи Часового Яра"' },
      { t: 'Часов Яр', ref: 'chasivYar', action: 'entered', actor: 'RU', claimant: 'Ян Гагин', denied: true, asOf: ['2024-04-05'], note: '"Российские оккупанты не зашли в город Часов Яр"' },
      { t: 'Часовому Яру', ctx: 'приблизились к Часовому Яру', ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: 'Ян Гагин', asOf: ['2024-04-05'], note: '"ВС РФ вплотную приблизились к Часовому Яру"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-02-17',
    url: 'https://b2bingo.com/tr/community-12063/7801410',
    notes: 'Stored copy of a b2bingo.com community post (a Russian news item) from its headline to its fourth paragraph; a last sentence cut mid-word by the store ("... уничтожили 90 беспилот") removed. The date is established from the text: the MoD\'s report on Свердликово and "Также 17 февраля ведомство заявило" of the same day (2025: the recapture of the Sudzha salient; the MoD announced Свердликово on 17 February 2025). Events (Минобороны России): Свердликово retaken (liberated, RU, the owner rule), in the headline and the lead; Фиголевка (Kharkiv Oblast) taken (captured, RU); the Russian strikes on Ukrainian formations in the areas of Гончаровка, Гуево, Замостье, Заолешенка, Казачья Локня, Колмаков, Куриловка, Лебедевка, Локня, Никольский, Рубанщина and Южный (fighting, RU). Claim: more than 300 Ukrainian servicemen lost in a day on the Kursk axis (count, casualties, UA). Not claims: the four counterattacks, 90 drones. «Север», «Запад» are groupings (traps); "на Курском направлении" a front axis (skipped); "вооруженных сил Украины", "Минобороны России" official bodies (skipped).',
    places: [
      { t: 'Свердликово', all: true, ref: 'sverdlikovo' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Фиголевка', ref: 'fyholivka' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Гончаровка', ref: 'goncharovka' },
      { t: 'Гуево', ref: 'guyevo' },
      { t: 'Замостье', ref: 'zamostye' },
      { t: 'Заолешенка', ref: 'zaoleshenka' },
      { t: 'Казачья Локня', ref: 'kazachyaLoknya' },
      { t: 'Колмаков', ref: 'kolmakov' },
      { t: 'Куриловка', ref: 'kurilovka' },
      { t: 'Лебедевка', ref: 'lebedevka' },
      { t: 'Локня', ctx: 'Лебедевка, Локня', ref: 'loknya' },
      { t: 'Никольский', ref: 'nikolsky' },
      { t: 'Рубанщина', ref: 'rubanshchina' },
      { t: 'Южный', ref: 'yuzhny' },
    ],
    traps: [
      { t: 'Север', why: 'grouping of troops' },
      { t: 'Запад', why: 'grouping of troops' },
    ],
    skipped: [
      { t: 'России', ctx: 'Минобороны России', why: BODY },
      { t: 'Украины', why: BODY },
      { t: 'Курском направлении', why: 'front axis' },
    ],
    claims: [
      { t: 'более 300 военнослужащих', kind: 'count', value: 300, unit: 'casualties', holder: 'UA', claimant: 'Минобороны России', asOf: ['2025-02-16', '2025-02-17'], note: '"Потери ВСУ на Курском направлении составили более 300 военнослужащих" in a day' },
    ],
    events: [
      { t: 'Свердликово', ctx: 'селом Свердликово', ref: 'sverdlikovo', action: 'liberated', actor: 'RU', claimant: 'Минобороны', asOf: ['2025-02-17'] },
      { t: 'Свердликово', ctx: 'пункт Свердликово', ref: 'sverdlikovo', action: 'liberated', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-02-17'] },
      { t: 'Фиголевка', ref: 'fyholivka', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-02-17'] },
      ...(
        [
          ['Гончаровка', 'goncharovka'], ['Гуево', 'guyevo'], ['Замостье', 'zamostye'], ['Заолешенка', 'zaoleshenka'],
          ['Казачья Локня', 'kazachyaLoknya'], ['Колмаков', 'kolmakov'], ['Куриловка', 'kurilovka'], ['Лебедевка', 'lebedevka'],
          ['Никольский', 'nikolsky'], ['Рубанщина', 'rubanshchina'], ['Южный', 'yuzhny'],
        ] as const
      ).map(([t, ref]) => ({ t, ref, action: 'fighting' as const, actor: 'RU' as const, claimant: 'Минобороны России', asOf: ['2025-02-16', '2025-02-17'] as const })),
      { t: 'Локня', ctx: 'Лебедевка, Локня', ref: 'loknya', action: 'fighting', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-02-16', '2025-02-17'] },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-03-10',
    url: 'https://pg46.ru/amp/10123',
    notes: 'Stored copy of a Progorod Курск (pg46.ru) item from its lead to its third paragraph; the "Progorod logo", the headline, the time and age-rating line, the photo credit and the standfirst before the lead removed, and the next paragraph, cut mid-word by the store, removed after it (the manifest title is the headline). The date is established from the page and the text: "05:41 10 марта" with the villages of "8 и 9 марта" (2025: the MoD\'s reports on Малая Локня and Черкасское Поречное of 8–9 March 2025). Events (Минобороны РФ): the seven settlements of 8–9 March — Малая Локня, Черкасское Поречное, Косица, Лебедевка, Викторовка, Николаевка, Старая Сорочина — and the five villages of February — Погребки, Орловку, Никольский, Новую Сорочину, Свердликово — retaken (liberated, RU: Russia retaking Russian villages, the owner rule). Claims (Минобороны РФ): 32 settlements liberated in all since the recapture began (count, settlements, RU); seven in two days; five in February (count, settlements, RU). "Вооруженные силы Российской Федерации", "Министерства обороны РФ" are official bodies (skipped); «Север» a grouping, «Известия» and ТАСС outlets (traps).',
    places: [
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Малая Локня', ref: 'malayaLoknya' },
      { t: 'Черкасское Поречное', ref: 'cherkasskoyePorechnoye' },
      { t: 'Косица', ref: 'kositsa' },
      { t: 'Лебедевка', ref: 'lebedevka' },
      { t: 'Викторовка', ref: 'viktorovka' },
      { t: 'Николаевка', ref: 'nikolayevka' },
      { t: 'Старая Сорочина', ref: 'starayaSorochina' },
      { t: 'Погребки', ref: 'pogrebki' },
      { t: 'Орловку', ref: 'orlovka' },
      { t: 'Никольский', ref: 'nikolsky' },
      { t: 'Новую Сорочину', ref: 'novayaSorochina' },
      { t: 'Свердликово', ref: 'sverdlikovo' },
    ],
    traps: [
      { t: 'Север', why: 'grouping of troops' },
      { t: 'Известия', why: 'outlet' },
      { t: 'ТАСС', why: 'news agency' },
    ],
    skipped: [
      { t: 'Российской Федерации', why: BODY },
      { t: 'РФ', ctx: 'обороны РФ', why: BODY },
    ],
    claims: [
      { t: '32', kind: 'count', value: 32, unit: 'settlements', holder: 'RU', claimant: 'Министерства обороны РФ', asOf: ['2024-08-06', '2025-03-09'], note: '"общее число освобожденных сел и деревень достигло 32": all retaken since the incursion of 6 August 2024' },
      { t: 'семью населенными пунктами', kind: 'count', value: 7, unit: 'settlements', holder: 'RU', claimant: 'Министерства обороны РФ', asOf: MARCH_8_9 },
      { t: 'пять сел', kind: 'count', value: 5, unit: 'settlements', holder: 'RU', claimant: 'Министерства обороны РФ', asOf: FEB_2025 },
    ],
    events: [
      ...(
        [
          ['Малая Локня', 'malayaLoknya'], ['Черкасское Поречное', 'cherkasskoyePorechnoye'], ['Косица', 'kositsa'], ['Лебедевка', 'lebedevka'],
          ['Викторовка', 'viktorovka'], ['Николаевка', 'nikolayevka'], ['Старая Сорочина', 'starayaSorochina'],
        ] as const
      ).map(([t, ref]) => ({ t, ref, action: 'liberated' as const, actor: 'RU' as const, claimant: 'Министерства обороны РФ', asOf: MARCH_8_9 })),
      ...(
        [
          ['Погребки', 'pogrebki'], ['Орловку', 'orlovka'], ['Никольский', 'nikolsky'], ['Новую Сорочину', 'novayaSorochina'], ['Свердликово', 'sverdlikovo'],
        ] as const
      ).map(([t, ref]) => ({ t, ref, action: 'liberated' as const, actor: 'RU' as const, claimant: 'Министерства обороны РФ', asOf: FEB_2025 })),
    ],
  },
];
