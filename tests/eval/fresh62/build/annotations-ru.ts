// Hand annotations, Russian articles of tests/eval/fresh62 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "region inside an official's title or a body's name";
const AXIS = 'a front axis named after a place';
const MOD = 'Минобороны России';
const HRYHOROV = 'Олег Григоров';
const PUSHILIN = 'Денис Пушилин';
const GANCHEV = 'Виталий Ганчев';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-05-05',
    url: 'https://susanin.news/russia/other/20240505-313908',
    notes: 'Stored copy on Сусанин (susanin.news), its lead and body as the store gives them (no headline: the manifest\'s title is written from the body); the last sentence, cut by the store ("Напомним, 2 мая стало известно об освобождени…"), removed. The date is the URL\'s (5 May 2024; the ministry spoke "5 мая"). Events (the Russian Defence Ministry): "Населенный пункт Очеретино … полностью зачищен от украинских вооруженных формирований" (cleared, RU, the clause\'s action); "город освободили подразделения группировки войск «Центр»" (captured, RU, by the owner rule), anchored on "Очеретино" heading the paragraph before it (judgement call: the clause names the town only as "город"); "поражениях … в районах населенных пунктов Архангельское и Новгородское ДНР" (fighting, RU, the striking side); "отражены 8 контратак штурмовых групп противника возле Новокалиново, Очеретино, Соловьево, Бердычи, Семеновка и Нетайлово" (fighting, UA, the counter-attacking side, at each; the day back from the report). No event: "Очеретино. ДНР." (a label line), "С его взятием под огневой контроль могут попасть города Константиновка и Покровск" (a prospect and fire control). Claim: "до 380 военнослужащих" lost by Ukraine in the day (count, casualties, UA, the ministry). Not claims: "8 контратак", "3,7 тыс. жителей", the equipment. Новгородское is the 2024 Russian name of New York (Niu-York), as fresh60 places it. Skipped: "Авдеевском направлении" twice (an axis), "Минобороны России" (the country inside a body\'s name). Trap: «Центр» (a grouping named by a direction).',
    places: [
      { t: 'Очеретино', all: true, ref: 'ocheretyne' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Донецкой Народной Республики', all: true, ref: 'donetskOblast' },
      { t: 'Донецка', ref: 'donetsk' },
      { t: 'Константиновка', ref: 'kostiantynivka' },
      { t: 'Покровск', ref: 'pokrovsk' },
      { t: 'Донбассе', ref: 'donbas' },
      { t: 'Архангельское', ref: 'arkhanhelske' },
      { t: 'Новгородское', ref: 'newYork' },
      { t: 'Новокалиново', ref: 'novokalynove' },
      { t: 'Соловьево', ref: 'solovyove' },
      { t: 'Бердычи', ref: 'berdychi' },
      { t: 'Семеновка', ref: 'semenivka' },
      { t: 'Нетайлово', ref: 'netailove' },
    ],
    traps: [{ t: 'Центр', why: 'a grouping named by a direction ("группировки войск «Центр»")' }],
    skipped: [
      { t: 'Авдеевском', all: true, why: AXIS + ' ("на Авдеевском направлении")' },
      { t: 'России', why: BODY + ' ("Минобороны России")' },
    ],
    claims: [
      { t: 'до 380 военнослужащих', kind: 'count', value: 380, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-05-04', '2024-05-05'], note: '"За сутки ... Украинские военные потеряли до 380 военнослужащих"' },
    ],
    events: [
      { t: 'Очеретино', n: 2, ref: 'ocheretyne', action: 'cleared', actor: 'RU', claimant: MOD, asOf: ['2024-05-05'], note: '"Населенный пункт Очеретино Донецкой Народной Республики полностью зачищен от украинских вооруженных формирований"' },
      { t: 'Очеретино', n: 3, ref: 'ocheretyne', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-05-05'], note: '"По данным Минобороны, город освободили подразделения группировки войск «Центр»" (anchored on the paragraph\'s "Очеретино"; judgement call)' },
      { t: 'Архангельское', ref: 'arkhanhelske', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-05-05'], note: '"о поражениях, нанесенных частям 24-й и 115-й механизированных бригад ВСУ в районах населенных пунктов Архангельское и Новгородское ДНР"' },
      { t: 'Новгородское', ref: 'newYork', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-05-05'] },
      { t: 'Новокалиново', ref: 'novokalynove', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-04', '2024-05-05'], note: '"За сутки отражены 8 контратак штурмовых групп противника возле Новокалиново, Очеретино, Соловьево, Бердычи, Семеновка и Нетайлово"' },
      { t: 'Очеретино', n: 4, ref: 'ocheretyne', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-04', '2024-05-05'] },
      { t: 'Соловьево', ref: 'solovyove', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-04', '2024-05-05'] },
      { t: 'Бердычи', ref: 'berdychi', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-04', '2024-05-05'] },
      { t: 'Семеновка', ref: 'semenivka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-04', '2024-05-05'] },
      { t: 'Нетайлово', ref: 'netailove', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-04', '2024-05-05'] },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-05-27',
    url: 'https://fakty.com.ua/ru/proisshestvija/20250527-rosijski-vijska-okupuvaly-chotyry-sela-na-sumshhyni-ova/amp',
    notes: 'Stored copy on ФАКТЫ (Russian edition, AMP page), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the image label ("deepstatemap") and the last sentence, cut by the store ("По данным Генерального штаба ВСУ, Силы обороны во время наступательной операции в Курской области с ав…"), removed; the subheading "РФ оккупировали четыре села на Сумщине: что известно" kept. The date is the URL\'s (27 May 2025). Events (Hryhorov): "взяла под свой контроль четыре населенных пункта: Новенькое, Басовка … и Веселовка и Журавка" (captured, RU, at each); "боевые действия продолжаются в окрестностях села Водолаги и вблизи Владимировки, Беловодов, Константиновки и Кондратовки …, а также в окрестностях Локни" (fighting, RU, the attacker, at each). Claims: "четыре населенных пункта" and the subheading\'s "четыре села" (count, settlements, RU, Hryhorov; the figure restated). Skipped: "Сумской" in "Сумской областной военной администрации" and "Сумской ОВА" (the oblast in a body\'s name), "Силы обороны Украины" (the country inside a body\'s name). Counted: "РФ" in the subheading, the hromadas ("Юнаковской громады", "Хотинской громады", twice each), "Сумщине", "Сумщины". Traps: the person (twice).',
    places: [
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Новенькое', ref: 'novenke' },
      { t: 'Басовка', ref: 'basivka' },
      { t: 'Юнаковской громады', all: true, ref: 'yunakivkaHromada' },
      { t: 'Веселовка', ref: 'veselivka' },
      { t: 'Журавка', ref: 'zhuravka' },
      { t: 'Хотинской громады', all: true, ref: 'khotinHromada' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Сумщине', ref: 'sumyOblast' },
      { t: 'Водолаги', ref: 'vodolahy' },
      { t: 'Владимировки', ref: 'volodymyrivka' },
      { t: 'Беловодов', ref: 'bilovody' },
      { t: 'Константиновки', ref: 'kostiantynivkaSumy' },
      { t: 'Кондратовки', ref: 'kindrativka' },
      { t: 'Локни', ref: 'loknia' },
      { t: 'Сумщины', ref: 'sumyOblast' },
    ],
    traps: [
      { t: 'Олег Григоров', why: 'person' },
      { t: 'Олега Григорова', why: 'person' },
    ],
    skipped: [
      { t: 'Сумской', ctx: 'Сумской областной военной', why: TITLE + ' ("начальник Сумской областной военной администрации")' },
      { t: 'Украины', why: BODY + ' ("Силы обороны Украины")' },
      { t: 'Сумской', ctx: 'Сумской ОВА', why: TITLE + ' ("руководитель Сумской ОВА")' },
    ],
    claims: [
      { t: 'четыре населенных пункта', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: '"Российская армия в Сумской области взяла под свой контроль четыре населенных пункта"' },
      { t: 'четыре села', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: 'subheading: "РФ оккупировали четыре села на Сумщине" (the figure restated)' },
    ],
    events: [
      { t: 'Новенькое', ref: 'novenke', action: 'captured', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: '"взяла под свой контроль четыре населенных пункта: Новенькое, Басовка Юнаковской громады и Веселовка и Журавка Хотинской громады"' },
      { t: 'Басовка', ref: 'basivka', action: 'captured', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Веселовка', ref: 'veselivka', action: 'captured', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Журавка', ref: 'zhuravka', action: 'captured', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Водолаги', ref: 'vodolahy', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: '"боевые действия продолжаются в окрестностях села Водолаги"' },
      { t: 'Владимировки', ref: 'volodymyrivka', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: '"и вблизи Владимировки, Беловодов, Константиновки и Кондратовки Хотинской громады"' },
      { t: 'Беловодов', ref: 'bilovody', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Константиновки', ref: 'kostiantynivkaSumy', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Кондратовки', ref: 'kindrativka', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'] },
      { t: 'Локни', ref: 'loknia', action: 'fighting', actor: 'RU', claimant: HRYHOROV, asOf: ['2025-05-27'], note: '"а также в окрестностях Локни Юнаковской громады"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-10-08',
    url: 'https://www.gazeta.ru/army/news/2025/10/08/26913974.shtml',
    notes: 'Stored copy on Газета.Ru, its body as the store gives it (no headline, and the URL has no slug: the manifest\'s title is written from the body). The date is the page\'s (8 October 2025). Events: "В районе Красного Лимана … наши подразделения приближаются все ближе" (fighting, RU, the side advancing toward it, Pushilin); "ведут бои в Ямполе" (fighting, RU, Pushilin); "командование и штабы 53 и 60 отдельных механизированных бригад … выводят из Красного Лимана в тыловые районы" (withdrew, UA, РИА Новости, 4 October: a side pulling its staffs out of a town, as the sets read a regrouping; judgement call); "российская армия начала бои за Северск" (fighting, RU, 4 October). No event: "могут в скором времени взять под полный контроль город Красный Лиман" and "это время не за горами, когда данный населенный пункт будет освобожден" (prospects). Skipped: "ДНР" in "глава ДНР" (an official\'s title, as fresh47 and fresh19), "ВС РФ", "Вооруженных сил России", "Вооруженных сил Украины" (the country inside a body\'s name). Counted: "Донецкой народной республике" and "(ДНР)" after it. Traps: the people, Telegram, РИА Новости.',
    places: [
      { t: 'Красный Лиман', ref: 'lyman' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'ДНР', n: 1, ref: 'donetskOblast' },
      { t: 'Красного Лимана', all: true, ref: 'lyman' },
      { t: 'Ямполе', ref: 'yampil' },
      { t: 'Северск', ref: 'siversk' },
    ],
    traps: [
      { t: 'Андреем Руденко', why: 'person' },
      { t: 'Денис Пушилин', why: 'person' },
      { t: 'Руденко', ctx: 'разговора Руденко', why: 'person' },
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'Пушилин', ctx: 'сказал Пушилин', why: 'person' },
      { t: 'РИА Новости', why: 'a news agency' },
    ],
    skipped: [
      { t: 'России', why: BODY + ' ("Вооруженных сил России")' },
      { t: 'ДНР', n: 2, why: TITLE + ' ("глава ДНР")' },
      { t: 'РФ', why: BODY + ' ("ВС РФ")' },
      { t: 'Украины', why: BODY + ' ("Вооруженных сил Украины")' },
    ],
    events: [
      { t: 'Красного Лимана', n: 1, ref: 'lyman', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2025-10-08'], note: '"В районе Красного Лимана также мы видим, что наши подразделения приближаются все ближе"' },
      { t: 'Ямполе', ref: 'yampil', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2025-10-08'], note: '"в настоящее время ведут бои в Ямполе"' },
      { t: 'Красного Лимана', n: 2, ref: 'lyman', action: 'withdrew', actor: 'UA', claimant: 'РИА Новости', asOf: ['2025-10-04'], note: '"командование и штабы 53 и 60 отдельных механизированных бригад ... выводят из Красного Лимана в тыловые районы" (judgement call)' },
      { t: 'Северск', ref: 'siversk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-10-04'], note: '"В тот же день российская армия начала бои за Северск"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-12-01',
    url: 'https://tass.ru/armiya-i-opk/25781157',
    notes: 'Stored copy on ТАСС, its headline, lead and body as the store gives them. The date is the page\'s (1 December 2025; the dateline "МОСКВА, 1 декабря"). Events: "идет зачистка части районов Волчанска от Вооруженных сил Украины" (cleared, RU, part: "части районов"; Ganchev); "Волчанск почти полностью находится под контролем российской армии" (controls, RU, part: "почти полностью"; Putin, 27 November). No event: "продолжают зачистку некоторых районов города" in the lead and the quote (the town not named in the clause). Skipped: "волчанском направлении" three times (an axis), "ВС РФ" and "Президент РФ" (the country in a body\'s name or a title), "Харьковской" in "глава Харьковской военно-гражданской администрации" twice (the oblast in a body\'s name), "Вооруженных сил Украины". Counted: the dateline "МОСКВА", "Харьковской области". Traps: the people.',
    places: [
      { t: 'МОСКВА', ref: 'moscow' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Волчанска', ref: 'vovchansk' },
      { t: 'Волчанск', ref: 'vovchansk' },
    ],
    traps: [
      { t: 'Виталий Ганчев', all: true, why: 'person' },
      { t: 'Владимир Путин', why: 'person' },
      { t: 'Ганчев', ctx: 'сказал Ганчев', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY + ' ("ВС РФ", "Президент РФ")' },
      { t: 'волчанском', all: true, why: AXIS + ' ("на волчанском направлении")' },
      { t: 'Харьковской', ctx: 'Харьковской военно-гражданской администрации Виталий', why: TITLE + ' ("глава Харьковской военно-гражданской администрации")' },
      { t: 'Харьковской', ctx: 'Харьковской военно-гражданской администрации (ВГА)', why: TITLE + ' ("глава Харьковской военно-гражданской администрации (ВГА)")' },
      { t: 'Украины', why: BODY + ' ("Вооруженных сил Украины")' },
    ],
    events: [
      { t: 'Волчанска', ref: 'vovchansk', action: 'cleared', actor: 'RU', part: true, claimant: GANCHEV, asOf: ['2025-12-01'], note: '"В настоящее время идет зачистка части районов Волчанска от Вооруженных сил Украины"' },
      { t: 'Волчанск', ref: 'vovchansk', action: 'controls', actor: 'RU', part: true, claimant: 'Владимир Путин', asOf: ['2025-11-27'], note: '"Президент РФ Владимир Путин 27 ноября заявил, что Волчанск почти полностью находится под контролем российской армии"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-12-23',
    url: 'https://rtvi.com/news/genshtab-vsu-zayavil-ob-othode-ukrainskih-vojsk-iz-severska/',
    notes: 'Stored copy on RTVI, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("В ходе сове…"), removed; the outlet\'s slip "тяжелых боестолкновения" kept. The date is the page\'s (23 December 2025). Events: "Генштаб … сообщил об отходе украинских войск из населенного пункта Северск" (withdrew, UA, the General Staff); "доложили о полном переходе Северска в Донецкой народной республике под контроль российской армии" (captured, RU, Peskov, 11 December: the owner rule). Skipped: "Вооруженных сил Украины" and "президенту России" (the country in a body\'s name or a title). Traps: the Kremlin (a building and the seat of government), the people.',
    places: [
      { t: 'Северск', ref: 'siversk' },
      { t: 'Северска', ref: 'siversk' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Кремле', why: 'the seat of government ("совещания в Кремле")' },
      { t: 'Владимиру Путину', why: 'person' },
      { t: 'Дмитрий Песков', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', why: BODY + ' ("Генштаб Вооруженных сил Украины")' },
      { t: 'России', why: TITLE + ' ("президенту России")' },
    ],
    events: [
      { t: 'Северск', ref: 'siversk', action: 'withdrew', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2025-12-23'], note: '"Генштаб Вооруженных сил Украины (ВСУ) сообщил об отходе украинских войск из населенного пункта Северск"' },
      { t: 'Северска', ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Дмитрий Песков', asOf: ['2025-12-11'], note: '"президенту России Владимиру Путину доложили о полном переходе Северска в Донецкой народной республике под контроль российской армии. Об этом сообщил ... Дмитрий Песков 11 декабря"' },
    ],
  },
];
