// Hand annotations, Ukrainian articles of tests/eval/fresh32. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const AXIS = 'front axis named by an adjective';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-05-23',
    url: 'https://khersonline.net/lenta/397134-752489-u-krinkah-na-hersonsini-situacia-kontrolovana-vijskovi-rf-zaznaut-vtrat-pletencuk.html',
    notes: 'Stored copy of a khersonline.net news item, its body complete as the store gives it (no headline: the manifest title is made from the URL slug). The date is the text\'s ("Станом на 23 травня"), the year the episode\'s (the Krynky bridgehead held from October 2023 to July 2024; the social-media report of a withdrawal on 23 May 2024). Events: "українські морські піхотинці продовжують виконувати завдання за призначенням у Кринках" (controls, UA, Pletenchuk: the marines holding the village); "Раніше у соцмережах поширили інформацію, що Сили оборони вийшли з Кринок" (withdrew, UA, denied: "Ситуація залишається контрольованою"). "Херсонської області" and "Херсонщині" are the oblast. Traps: Суспільному, Суспільне, Дмитро Плетенчук, Плетенчук, ПК "Південь" (a command named after a direction). No claims (drones shot down).',
    places: [
      { t: 'Кринках', ref: 'krynky' },
      { t: 'Херсонської області', ref: 'khersonOblast' },
      { t: 'Кринок', ref: 'krynky' },
      { t: 'Херсонщині', ref: 'khersonOblast' },
    ],
    traps: [
      { t: 'Суспільному', why: 'a broadcaster' },
      { t: 'Дмитро Плетенчук', why: 'person' },
      { t: 'Плетенчук', n: 2, why: 'person' },
      { t: 'Південь', why: 'a command named after a direction' },
      { t: 'Суспільне', why: 'a broadcaster' },
    ],
    events: [
      { t: 'Кринках', ref: 'krynky', action: 'controls', actor: 'UA', claimant: 'Дмитро Плетенчук', asOf: ['2024-05-23'], note: '"Станом на 23 травня українські морські піхотинці продовжують виконувати завдання за призначенням у Кринках"' },
      { t: 'Кринок', ref: 'krynky', action: 'withdrew', actor: 'UA', claimant: 'соцмережі', denied: true, asOf: ['2024-05-23'], note: '"Раніше у соцмережах поширили інформацію, що Сили оборони вийшли з Кринок" ("Ситуація залишається контрольованою")' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-07-31',
    url: 'https://antikor.ua/articles/783240-rossijane_zajavili_o_vzjatii_chasova_jara_v_osgv_hortitsa_prokommentirovali/print',
    notes: 'Stored copy of an Антикор news item (print page), its headline and body as the store gives them, up to the last full sentence; the language links after the headline ("Читать на русскомRead in English") and the headline repeated twice removed, and the last sentence, cut by the store ("При цьому, за даними українського OSINT-проєкту DeepState від 30 липня, під контролем російс"), removed. The subheadings "Що заявили у Міноборони РФ" and "В ОСУВ "Хортиця" спростували" are kept. The date is the text\'s ("сьогодні, 31 липня"), the year the claim\'s (the Russian defence ministry\'s report of 31 July 2025). Events: the headline\'s "Росіяни заявили про "взяття" Часового Яру", "оголосило про "захоплення" міста Часів Яр" and the quoted "звільнено місто Часів Яр" (captured, RU, the Russian defence ministry, denied: "Ця інформація не відповідає дійсності", "Росіяни просто знову брешуть"; the owner rule). "Ситуація в Часовому Яру така ж, як і в останні місяці" names no action (no event). "Донецькій області" and "Донецької Народної Республіки" are the oblast; "Краматорсько-дружківському напрямку" a front axis (skipped); "Міністерство оборони РФ", "Міноборони РФ" official bodies (skipped). Traps: "Хортиця" (three times: a grouping named after an island), Віктор Трегубов, "Південним" ("Південним угрупованням військ", a grouping named after a direction; added after the first run, an annotation slip), РБК-Україна. No claims.',
    places: [
      { t: 'Часового Яру', ref: 'chasivYar' },
      { t: 'Часів Яр', all: true, ref: 'chasivYar' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Донецької Народної Республіки', ref: 'donetskOblast' },
      { t: 'Часовому Яру', ref: 'chasivYar' },
    ],
    traps: [
      { t: 'Хортиця', all: true, why: 'a grouping named after an island' },
      { t: 'Віктор Трегубов', why: 'person' },
      { t: 'Південним', why: 'a grouping named after a direction ("Південним угрупованням військ"; added after the first run, an annotation slip)' },
      { t: 'РБК-Україна', why: 'an outlet' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: OFFICIAL + ' ("Міністерство оборони РФ", "Міноборони РФ")' },
      { t: 'Краматорсько-дружківському напрямку', why: AXIS },
    ],
    events: [
      { t: 'Часового Яру', ref: 'chasivYar', action: 'captured', actor: 'RU', claimant: 'Міноборони РФ', denied: true, asOf: ['2025-07-31'], note: 'the headline: "Росіяни заявили про "взяття" Часового Яру"' },
      { t: 'Часів Яр', n: 1, ref: 'chasivYar', action: 'captured', actor: 'RU', claimant: 'Міноборони РФ', denied: true, asOf: ['2025-07-31'], note: '"Міністерство оборони РФ оголосило про "захоплення" міста Часів Яр в Донецькій області. Ця інформація не відповідає дійсності."' },
      { t: 'Часів Яр', n: 2, ref: 'chasivYar', action: 'captured', actor: 'RU', claimant: 'Міноборони РФ', denied: true, asOf: ['2025-07-31'], note: 'the quoted report: "звільнено місто Часів Яр Донецької Народної Республіки" (the owner rule; "Росіяни просто знову брешуть")' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-10-20',
    url: 'https://interfax.com.ua/news/general/1113844.html',
    notes: 'Stored copy of an Інтерфакс-Україна news item, its headline and body complete as the store gives them; the index\'s date prefix, the outlet and time-stamp line ("Інтерфакс-Україна", "10:49 20.10.2025") and the photo credit ("Фото: Генштаб ЗСУ") removed. The date is the index\'s and the time stamp\'s (20 October 2025; "у неділю" is 19 October). Events: the headline\'s "спростував інформацію про присутність росіян на околицях Лиману" (fighting, RU, denied: the report of soldiers at a town\'s outskirts, fighting by the attacker, called disinformation); "Російських військ немає на околицях міста Лиман" and the quote\'s "На околицях Лимана ... там немає росіян, там тільки наші війська" (controls, UA, Zelensky: the sets give "there are no enemies in X" as a hold by the speaker\'s side; fighting, RU, denied in the gold commit, changed after the first run, an annotation slip); "Покровськ – складна ситуація, але багато робиться, щоб знищувати окупанта" (fighting, RU). "У Куп’янську ситуація стала кращою" names no action (no event). Claims: "8 сіл вони (росіяни – ІФ-У) взяли на адміністративній межі з Дніпровщиною" (count, settlements, Russia) and "Потім наші відбили 4" (count, settlements, Ukraine), both up to the day of the meeting. "Донецької області", "Донецької, Запорізької та Дніпропетровської областей" and "Дніпровщиною" are oblasts; "новопавлівському" and "сумському" (напрямку) front axes (skipped); "Збройні сили України" and "президент України" official bodies and titles (skipped). Traps: Зеленський (twice), Володимир Зеленський, Зеленського, ІФ-У.',
    places: [
      { t: 'Лиману', ref: 'lyman' },
      { t: 'Лиман', ref: 'lyman' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Куп’янську', ref: 'kupiansk' },
      { t: 'Покровськ', ref: 'pokrovsk' },
      { t: 'Лимана', ref: 'lyman' },
      { t: 'Донецької', n: 2, ref: 'donetskOblast' },
      { t: 'Запорізької', ref: 'zaporizhzhiaOblast' },
      { t: 'Дніпропетровської областей', ref: 'dnipropetrovskOblast' },
      { t: 'Дніпровщиною', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'Зеленський', n: 1, why: 'person' },
      { t: 'Володимир Зеленський', why: 'person' },
      { t: 'Зеленський', n: 3, why: 'person' },
      { t: 'Зеленського', why: 'person' },
      { t: 'ІФ-У', why: 'a news agency' },
    ],
    skipped: [
      { t: 'України', all: true, why: OFFICIAL + ' ("президент України", "Збройні сили України")' },
      { t: 'новопавлівському', why: AXIS },
      { t: 'сумському', why: AXIS },
    ],
    claims: [
      { t: '8 сіл', kind: 'count', value: 8, unit: 'settlements', holder: 'RU', claimant: 'Володимир Зеленський', asOf: ['2025-10-19'], note: '"Було, що 8 сіл вони (росіяни – ІФ-У) взяли на адміністративній межі з Дніпровщиною"' },
      { t: '4', kind: 'count', value: 4, unit: 'settlements', holder: 'UA', claimant: 'Володимир Зеленський', asOf: ['2025-10-19'], note: '"Потім наші відбили 4"' },
    ],
    events: [
      { t: 'Лиману', ref: 'lyman', action: 'fighting', actor: 'RU', claimant: null, denied: true, asOf: ['2025-10-19'], note: 'the headline: "Зеленський спростував інформацію про присутність росіян на околицях Лиману"' },
      { t: 'Лиман', ref: 'lyman', action: 'controls', actor: 'UA', claimant: 'Володимир Зеленський', asOf: ['2025-10-19'], note: '"Російських військ немає на околицях міста Лиман Донецької області" (the sets give "there are no enemies in X" as a hold by the speaker\'s side; changed after the first run, an annotation slip)' },
      { t: 'Покровськ', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'Володимир Зеленський', asOf: ['2025-10-19'], note: '"Покровськ – складна ситуація, але багато робиться, щоб знищувати окупанта"' },
      { t: 'Лимана', ref: 'lyman', action: 'controls', actor: 'UA', claimant: 'Володимир Зеленський', asOf: ['2025-10-19'], note: '"На околицях Лимана – хтось розповсюджував дезінформацію постійно – але там немає росіян, там тільки наші війська" (a hold by the speaker\'s side; changed after the first run, an annotation slip)' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2026-03-05',
    url: 'https://www.unian.ua/war/rosiyani-namagayutsya-prorvatisya-beregom-kahovskoji-vodoshovishcha-u-zsu-poperedili-pro-zagrozu-13305840.html',
    notes: 'Stored copy of an УНІАН news item, its lede and body as the store gives them (no headline: the manifest title is made from the URL slug), up to the last full sentence; the index\'s date prefix removed, and the last sentence, cut by the store ("Далі ворог, за даними розвідки, отримав завдання підійти якомога ближче до Оріхова - це ділянки фронту, починаючи"), removed, leaving the quote unclosed as the store gives it. The date is the index date (5 March 2026). Events: "намагаються прорватися та взяти під контроль селище Степногірськ" and the quote\'s "намагається прорватися та взяти під контроль Степногірськ" (fighting, RU, Voloshyn: an attempted taking, the attacker). "Звідти ми його вибиваємо" names no settlement; "Степногірськ залишається одним з пріоритетів" is an aim (no event). "Запоріжжі" is the oblast; "Гуляйпільський" and "Оріхівський" (напрямок) front axes, "Каховського водосховища" (twice) a reservoir (skipped); "Сил оборони Півдня України" an official body (skipped). Traps: Владислав Волошин. No claims.',
    places: [
      { t: 'Степногірськ', all: true, ref: 'stepnohirsk' },
      { t: 'Запоріжжі', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [{ t: 'Владислав Волошин', why: 'person' }],
    skipped: [
      { t: 'Гуляйпільський', why: AXIS },
      { t: 'Каховського водосховища', all: true, why: 'a reservoir' },
      { t: 'України', why: OFFICIAL + ' ("Сил оборони Півдня України")' },
      { t: 'Оріхівський', why: AXIS },
    ],
    events: [
      { t: 'Степногірськ', n: 1, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2026-03-05'], note: '"Росіяни узбережжям колишнього Каховського водосховища намагаються прорватися та взяти під контроль селище Степногірськ"' },
      { t: 'Степногірськ', n: 2, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2026-03-05'], note: '"Тут ворог ... намагається прорватися та взяти під контроль Степногірськ"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-12-01',
    url: 'https://www.rbc.ua/rus/news/gerasimov-znovu-nafantazuvav-uspihi-rosiyi-1764625213.html/amp',
    notes: 'Stored copy of an РБК-Україна news item (AMP page, Ukrainian text), its body from where the store\'s excerpt begins (no headline: the manifest title is made from the URL slug), up to the last full section; the last subheading ("Червоний Лиман") and its first sentence, cut by the store, removed. The subheadings "Дніпропетровський напрямок" and "Донецький напрямок: Костянтинівка і Сіверськ" are kept. The date is the URL\'s time stamp (1764625213: 1 December 2025). Events: "російські війська нібито оточили Степногірськ" (fighting, RU, Gerasimov, denied: "нібито", "не знаходять підтвердження"); "близько 30% будівель у Костянтинівці нібито опинилися під контролем російських підрозділів" (controls, RU, `part: true`, denied); "Сіверськ став ще одним прикладом подібних заяв: ... штурмові групи ведуть вуличні бої" (fighting, RU, denied). The subheading\'s "Костянтинівка і Сіверськ" carries no action (no event). "Запорізькій області" and "Дніпропетровській області" are oblasts; "Москви" the government by its capital; "Дніпропетровський" and "Донецький" (напрямок) front axes, "ЗС РФ" an official body (skipped). Traps: Герасимов (three times), Герасимова. No claims (the share of buildings is a part of a town).',
    places: [
      { t: 'Степногірськ', ref: 'stepnohirsk' },
      { t: 'Запорізькій області', ref: 'zaporizhzhiaOblast' },
      { t: 'Москви', ref: 'moscow' },
      { t: 'Дніпропетровській області', ref: 'dnipropetrovskOblast' },
      { t: 'Костянтинівка', ref: 'kostiantynivka' },
      { t: 'Сіверськ', all: true, ref: 'siversk' },
      { t: 'Костянтинівці', ref: 'kostiantynivka' },
    ],
    traps: [
      { t: 'Герасимов', all: true, why: 'person' },
      { t: 'Герасимова', why: 'person' },
    ],
    skipped: [
      { t: 'Дніпропетровський', why: AXIS + ' (a subheading)' },
      { t: 'РФ', why: OFFICIAL + ' ("ЗС РФ")' },
      { t: 'Донецький', why: AXIS + ' (a subheading)' },
    ],
    events: [
      { t: 'Степногірськ', ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: 'Герасимов', denied: true, asOf: ['2025-12-01'], note: '"Герасимов повідомив, що російські війська нібито оточили Степногірськ у Запорізькій області" ("не знаходять підтвердження")' },
      { t: 'Костянтинівці', ref: 'kostiantynivka', action: 'controls', actor: 'RU', claimant: 'Герасимов', part: true, denied: true, asOf: ['2025-12-01'], note: '"близько 30% будівель у Костянтинівці нібито опинилися під контролем російських підрозділів"' },
      { t: 'Сіверськ', n: 2, ref: 'siversk', action: 'fighting', actor: 'RU', claimant: 'Герасимов', denied: true, asOf: ['2025-12-01'], note: '"Сіверськ став ще одним прикладом подібних заяв: ... штурмові групи ведуть вуличні бої"' },
    ],
  },
];
