// Hand annotations, Russian articles of tests/eval/fresh56. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis named by an adjective';
const MOD = 'Russian Defence Ministry';
const GERASIMOV = 'Valery Gerasimov';
const STRIKES = ['2024-09-07', '2024-09-08'] as const;

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-09-08',
    url: 'http://belta.by/amp/socium/view/vooruzhennye-sily-rossii-vzjali-pod-kontrol-novogrodovku-v-dnr-659687-2024',
    notes: 'Stored copy on БелТА (AMP page, after ТАСС), its headline and body as the store gives them; the date line ("2024-09-08 15:13") removed. The date is the page\'s (8 September 2024). Events: Novogrodovka (Novohrodivka) taken under control and "освобожден" by the ministry\'s account, in the headline, the lead and the quotation (captured, RU: the owner rule); the ministry\'s losses inflicted on the Ukrainian forces "в районах населенных пунктов" Dzerzhinsk (Toretsk), Shcherbinovka, Kleban-Byk, Mikhaylovka, Krasnoarmeysk (Pokrovsk), Grodovka, Galitsynovka and Dimitrov (Myrnohrad) (fighting, RU, each; the day back from the report). Claim: "до 560 военнослужащих" (count, casualties, UA, the ministry, the day). Hard cases: the Soviet names Дзержинск, Красноармейск and Димитров for Toretsk, Pokrovsk and Myrnohrad; ДНР and "Донецкой Народной Республике/Республики" as Donetsk Oblast. Skipped: "Вооруженные силы России" and "Минобороны РФ" (the country inside a body\'s name), "производства США" (a country of make). Traps: ТАСС, «Центр» (twice), MaxxPro and «Козак» (armoured vehicles).',
    places: [
      { t: 'Новогродовку', ref: 'novohrodivka' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Новогродовка', all: true, ref: 'novohrodivka' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Дзержинск', ref: 'toretsk' },
      { t: 'Щербиновка', ref: 'shcherbynivka' },
      { t: 'Клебан-Бык', ref: 'klebanByk' },
      { t: 'Михайловка', ref: 'mykhailivkaDonetsk' },
      { t: 'Красноармейск', ref: 'pokrovsk' },
      { t: 'Гродовка', ref: 'hrodivka' },
      { t: 'Галицыновка', ref: 'halytsynivka' },
      { t: 'Димитров', ref: 'myrnohrad' },
    ],
    traps: [
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Центр', all: true, why: 'a grouping of forces' },
      { t: 'MaxxPro', why: 'an armoured vehicle' },
      { t: 'Козак', why: 'an armoured vehicle' },
    ],
    skipped: [
      { t: 'России', why: BODY + ' ("Вооруженные силы России")' },
      { t: 'РФ', why: BODY + ' ("Минобороны РФ")' },
      { t: 'США', why: 'a country of make ("производства США")' },
    ],
    claims: [
      { t: 'до 560 военнослужащих', kind: 'count', value: 560, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: [...STRIKES], note: '"Потери противника составили до 560 военнослужащих" (the past day)' },
    ],
    events: [
      { t: 'Новогродовку', ref: 'novohrodivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-09-08'], note: 'the headline: "взяли под контроль Новогродовку в ДНР"' },
      { t: 'Новогродовка', n: 1, ref: 'novohrodivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-09-08'], note: '"взяли под контроль населенный пункт Новогродовка"' },
      { t: 'Новогродовка', n: 2, ref: 'novohrodivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-09-08'], note: '"освобожден населенный пункт Новогродовка" (the owner rule)' },
      { t: 'Дзержинск', ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: [...STRIKES], note: '"поразило живую силу и технику ВСУ в районах населенных пунктов ..."' },
      { t: 'Щербиновка', ref: 'shcherbynivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: [...STRIKES] },
      { t: 'Клебан-Бык', ref: 'klebanByk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: [...STRIKES] },
      { t: 'Михайловка', ref: 'mykhailivkaDonetsk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: [...STRIKES] },
      { t: 'Красноармейск', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: [...STRIKES] },
      { t: 'Гродовка', ref: 'hrodivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: [...STRIKES] },
      { t: 'Галицыновка', ref: 'halytsynivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: [...STRIKES] },
      { t: 'Димитров', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: MOD, asOf: [...STRIKES] },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-03-24',
    url: 'https://belgorod-news.ru/society/2025/03/24/292782.html',
    notes: 'Stored copy on belgorod-news.ru (after ПолитНавигатор), its headline and body as the store gives them, with the outlet\'s typos kept ("Руссеи", "родолжаются"), up to the last whole sentence (the next, a quotation from «Два майора» cut by the store, "«В Белгородской области вчера основные события развернулись у Демидовки, которая, судя по сообщ", removed). The date is the URL\'s (24 March 2025). Events: Demidovka, "главной точкой противостояния" (fighting, UA: the attacker in a Russian village); "Выбили наши противника из Демидовки" (liberated, RU: the owner rule, a Russian village retaken; Podolyaka, the day before the report); the Russians entering Sumy Oblast "в районе села Владимировка" and starting fights for it (fighting, RU); the fighting in Demidovka going on by night (fighting, UA, «Два майора»). Not events: the border of Belgorod Oblast entered and Sumy Oblast\'s front widened (oblasts); the Ukrainian foothold "в южной части населенного пункта" (no name in the clause). Hard cases: the elliptical "В Белгородской" for the oblast; Vladimirovka, the Russian form of Volodymyrivka of Sumy Oblast (not the Crimean Vladimirovka); Demidovka in three case forms. Skipped: "ВС РФ" (the country inside a body\'s name). Traps: ПолитНавигатор, Podolyaka (twice), «Спецназ-Ахмат» (a unit), «Два майора» (a channel).',
    places: [
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
      { t: 'Белгородской', n: 1, ref: 'belgorodOblast' },
      { t: 'Белгородской области', ref: 'belgorodOblast' },
      { t: 'Демидовка', ref: 'demidovka' },
      { t: 'Демидовки', ref: 'demidovka' },
      { t: 'Владимировка', ref: 'volodymyrivkaSumy' },
      { t: 'Демидовке', ref: 'demidovka' },
    ],
    traps: [
      { t: 'ПолитНавигатора', why: 'an outlet' },
      { t: 'Юрии Подоляки', why: 'person' },
      { t: 'Подоляка', why: 'person' },
      { t: 'Спецназ-Ахмат', why: 'a unit' },
      { t: 'Два майора', why: 'a Telegram channel' },
    ],
    skipped: [{ t: 'РФ', why: BODY + ' ("ВС РФ")' }],
    claims: [],
    events: [
      { t: 'Демидовка', ref: 'demidovka', action: 'fighting', actor: 'UA', claimant: 'ПолитНавигатор', asOf: ['2025-03-23', '2025-03-24'], note: '"Главной точкой противостояния стало село Демидовка"' },
      { t: 'Демидовки', ref: 'demidovka', action: 'liberated', actor: 'RU', claimant: 'Yuri Podolyaka', asOf: ['2025-03-23'], note: '"Выбили наши противника из Демидовки. Идет зачистка"' },
      { t: 'Владимировка', ref: 'volodymyrivkaSumy', action: 'fighting', actor: 'RU', claimant: 'Yuri Podolyaka', asOf: ['2025-03-23'], note: '"ВС РФ сумели зайти на территорию Сумской области еще в одном месте в районе села Владимировка и завязали бои за него"' },
      { t: 'Демидовке', ref: 'demidovka', action: 'fighting', actor: 'UA', claimant: 'Два майора', asOf: ['2025-03-23'], note: '"к ночи бои в Демидовке продолжались"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-02-03',
    url: 'https://iz.ru/1832691/2025-02-03/voennosluzasie-vs-rf-rasskazali-o-rabote-v-sele-plehovo-kurskoi-oblasti',
    notes: 'Stored copy on Известия, its headline and body as the store gives them, up to the last whole paragraph (the next, a quotation cut by the store, "«Мародерили и эксплуатировали безоружных. ...", removed). The date is the URL\'s (3 February 2025). Event: the clearing of Plekhovo of the Ukrainian forces the servicemen tell of (cleared, RU; dated to the report: the text gives no day). Not events: the headline\'s "работе в селе Плехово" (no action told), the entry "Когда в село зашли российские штурмовые отряды" (no name in the clause). Skipped: "Вооруженных сил (ВС) России", "Вооруженных сил Украины" and "ВС РФ" (the country inside a body\'s name). Traps: «Известия», the call signs Гера and Ара.',
    places: [
      { t: 'Плехово', all: true, ref: 'plekhovo' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
    ],
    traps: [
      { t: 'Известия', why: 'an outlet' },
      { t: 'Гера', why: 'a call sign' },
      { t: 'Ара', why: 'a call sign' },
    ],
    skipped: [
      { t: 'России', why: BODY + ' ("Вооруженных сил (ВС) России")' },
      { t: 'Украины', why: BODY + ' ("Вооруженных сил Украины")' },
      { t: 'РФ', all: true, why: BODY + ' ("ВС РФ", twice)' },
    ],
    claims: [],
    events: [
      { t: 'Плехово', n: 2, ref: 'plekhovo', action: 'cleared', actor: 'RU', claimant: 'Russian servicemen', asOf: ['2025-02-03'], note: '"рассказали о зачистке от боевиков Вооруженных сил Украины (ВСУ) села Плехово"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2024-07-23',
    url: 'https://donetskmedia.ru/20240723-voenstor-vs-rf-vzjali-poslednie-doma-na-okraine-krasnogorovki.media',
    notes: 'Stored copy on ДонецкМедиа, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug; the URL\'s tracking parameter "?utm_referrer=..." dropped). The date is the URL\'s (23 July 2024). Events: the Russian forces "расширили зону контроля в центре Красногоровки и заняли дома на северо-западе города" (fighting, RU: an advance inside the town, still going on, not `part`; the military analysts); the storm of Maksimilyanovka begun (fighting, RU, the past day) and "занят его 1/3 часть" (controls, RU, part). Not events: Krasnogorovka "может стать следующим ... который освободят" (a prospect), Avdeevka (named for comparison), "Помимо Красногоровки" (a reference back), "север города всё ещё находится под контролем ВСУ" (no name in the clause). Claim: "1/3 часть" of Maksimilyanovka (area-held, percent 33.3, RU; judgement call: a share written as a fraction in digits is read as a share held). Skipped: the axis "марьинском направлении". Hard case: the Russian forms Красногоровка, Авдеевка, Максимильяновка.',
    places: [
      { t: 'Красногоровка', ref: 'krasnohorivka' },
      { t: 'Авдеевки', ref: 'avdiivka' },
      { t: 'Красногоровки', all: true, ref: 'krasnohorivka' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Максимильяновка', ref: 'maksymilianivka' },
    ],
    traps: [],
    skipped: [{ t: 'марьинском', why: AXIS }],
    claims: [
      { t: '1/3 часть', kind: 'area-held', value: 33.3, unit: 'percent', holder: 'RU', claimant: null, asOf: ['2024-07-22', '2024-07-23'], note: '"удалось продвинуться порядка 1 км вглубь населенного пункта и занят его 1/3 часть"' },
    ],
    events: [
      { t: 'Красногоровки', n: 1, ref: 'krasnohorivka', action: 'fighting', actor: 'RU', claimant: 'military analysts', asOf: ['2024-07-23'], note: '"российские войска расширили зону контроля в центре Красногоровки и заняли дома на северо-западе города"' },
      { t: 'Максимильяновка', ref: 'maksymilianivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-07-22', '2024-07-23'], note: '"начали штурм села Максимильяновка"' },
      { t: 'Максимильяновка', ref: 'maksymilianivka', action: 'controls', actor: 'RU', claimant: null, part: true, asOf: ['2024-07-22', '2024-07-23'], note: '"занят его 1/3 часть"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2026-01-27',
    url: 'https://news.mail.ru/politics/69574174/',
    notes: 'Stored copy on Новости Mail, its headline and body as the store gives them. The page carries no date: it is dated 27 January 2026, the day of Gerasimov\'s inspection statement it reports (other outlets\' copies of the statement are dated that day; judgement call). Claims: "17 населенных пунктов" and "500 квадратных километров", each told twice, in the lead and in the quotation (count, settlements; area-gained, km²; RU, Gerasimov, 1 to 27 January 2026). Events: the liberation of Kupyansk-Uzlovoy noted in the inspection (captured, RU: the owner rule) and its quarters still being cleared (cleared, RU). Not events: the security belt of the border districts of Sumy and Kharkiv oblasts (regions). Hard case: the elliptical "Сумской и Харьковской областей" (two oblasts, one generic word). Skipped: "ВС РФ" (three times) and "ВС России" (the country inside a body\'s name). Traps: Gerasimov (three forms), «Север» and «Запад» (groupings).',
    places: [
      { t: 'Сумской', ref: 'sumyOblast' },
      { t: 'Харьковской областей', ref: 'kharkivOblast' },
      { t: 'Купянска-Узлового', ref: 'kupianskVuzlovyi' },
    ],
    traps: [
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Герасимов', ctx: 'сказал Герасимов', why: 'person' },
      { t: 'Герасимова', why: 'person' },
      { t: 'Север', why: 'a grouping of forces' },
      { t: 'Запад', why: 'a grouping of forces' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY + ' ("ВС РФ")' },
      { t: 'России', why: BODY + ' ("ВС России")' },
    ],
    claims: [
      { t: '17 населенных пунктов', n: 1, kind: 'count', value: 17, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: ['2026-01-01', '2026-01-27'], note: '"В 2026 года ВС России уже освободили 17 населенных пунктов"' },
      { t: '500 квадратных километров', n: 1, kind: 'area-gained', value: 500, unit: 'km2', holder: 'RU', claimant: GERASIMOV, asOf: ['2026-01-01', '2026-01-27'], note: '"взяв под контроль территории площадью в 500 квадратных километров"' },
      { t: '17 населенных пунктов', n: 2, kind: 'count', value: 17, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: ['2026-01-01', '2026-01-27'], note: '«С начала января освобождено 17 населенных пунктов»' },
      { t: '500 квадратных километров', n: 2, kind: 'area-gained', value: 500, unit: 'km2', holder: 'RU', claimant: GERASIMOV, asOf: ['2026-01-01', '2026-01-27'], note: '«Под наш контроль перешло более 500 квадратных километров территории»' },
    ],
    events: [
      { t: 'Купянска-Узлового', ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-01-27'], note: '"было отмечено освобождение Купянска-Узлового" (the owner rule)' },
      { t: 'Купянска-Узлового', ref: 'kupianskVuzlovyi', action: 'cleared', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-01-27'], note: '"где до сих пор продолжаются зачистные мероприятия городских кварталов"' },
    ],
  },
];
