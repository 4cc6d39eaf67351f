// Hand annotations, Russian articles of tests/eval/fresh58 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis named by an adjective';
const MOD = 'Минобороны РФ';
const GROUPING = 'a grouping of forces';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-07-11',
    url: 'https://rusnewshub.ru/2024/07/11/%d0%b0%d1%80%d0%bc%d0%b8%d1%8f-%d1%80%d0%be%d1%81%d1%81%d0%b8%d0%b8-%d1%83%d1%81%d1%82%d0%b0%d0%bd%d0%be%d0%b2%d0%b8%d0%bb%d0%b0-%d0%ba%d0%be%d0%bd%d1%82%d1%80%d0%be%d0%bb%d1%8c-%d0%bd%d0%b0%d0%b4-52',
    notes: 'Stored copy on RusNewsHub, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the outlet\'s slip "контроль на 39" kept. The date is the URL\'s (11 July 2024). No event: no settlement is named. Claims (Vitaly Ganchev, head of the Russian-installed administration): 39 settlements of Kharkiv Oblast held on the Kupiansk axis and 13 in the north, 34 under the administration and 5 more held by the army, the 13 restated, then 39 and 13 restated (count, settlements, RU; seven claims). "Вооружённые силы Российской Федерации" is skipped (the country inside a body\'s name); "Купянском направлении" is an axis. Trap: Ганчев.',
    places: [{ t: 'Харьковской области', all: true, ref: 'kharkivOblast' }],
    traps: [{ t: 'Виталий Ганчев', why: 'person' }],
    skipped: [
      { t: 'Российской Федерации', why: BODY + ' ("Вооружённые силы Российской Федерации")' },
      { t: 'Купянском', why: AXIS + ' ("на Купянском направлении")' },
      { t: 'купянском', why: AXIS + ' ("На купянском направлении")' },
    ],
    claims: [
      { t: '39 населёнными пунктами', kind: 'count', value: 39, unit: 'settlements', holder: 'RU', claimant: 'Виталий Ганчев', asOf: ['2024-07-11'], note: '"установили контроль на 39 населёнными пунктами Харьковской области на Купянском направлении"' },
      { t: '13 населёнными пунктами', kind: 'count', value: 13, unit: 'settlements', holder: 'RU', claimant: 'Виталий Ганчев', asOf: ['2024-07-11'], note: '"и ещё 13 населёнными пунктами на севере региона"' },
      { t: '34 населёнными пунктами', kind: 'count', value: 34, unit: 'settlements', holder: 'RU', claimant: 'Виталий Ганчев', asOf: ['2024-07-11'], note: '"установлен административный контроль ... над 34 населёнными пунктами"' },
      { t: '5 населённых пунктов', kind: 'count', value: 5, unit: 'settlements', holder: 'RU', claimant: 'Виталий Ганчев', asOf: ['2024-07-11'], note: '"вооружённые силы контролируют ещё 5 населённых пунктов"' },
      { t: '13 населённых пунктах', kind: 'count', value: 13, unit: 'settlements', holder: 'RU', claimant: 'Виталий Ганчев', asOf: ['2024-07-11'], note: '"Мы ранее объявляли о 13 населённых пунктах на северной территории" (restated)' },
      { t: '39 населённых пунктов', kind: 'count', value: 39, unit: 'settlements', holder: 'RU', claimant: 'Виталий Ганчев', asOf: ['2024-07-11'], note: '"39 населённых пунктов на востоке" (restated)' },
      { t: '13', ctx: '13 на севере территории', kind: 'count', value: 13, unit: 'settlements', holder: 'RU', claimant: 'Виталий Ганчев', asOf: ['2024-07-11'], note: '"и 13 на севере территории Харьковской области" (restated)' },
    ],
    events: [],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-04-03',
    url: 'https://rg.ru/2025/04/03/reg-dnr/vs-rf-osvobodili-veseloe-v-dnr-i-lobkovoe-v-zaporozhskoj-oblasti.html',
    notes: 'Stored copy on Российская газета (rg.ru), its headline and body as the store gives them. The date is the URL\'s (3 April 2025; the summary is "в четверг", 3 April). Events (the owner rule: the "освобождение" of Ukrainian villages is their capture by RU): Vesele of the DNR and Lobkove of Zaporizhzhia Oblast in the headline, in the list "два населенных пункта", and each again (captured, RU; the past day); Shcherbaky "освобождены на прошлой неделе" (captured, RU). Not events: Lobkove located 13 km from Shcherbaky, the breach "в Запорожской области" (an oblast). Claims: "два населенных пункта" (count, settlements, RU); the losses "до 125 военнослужащих" in the Vostok zone (count, casualties, UA) and "до 60 военнослужащих ВСУ" destroyed on the Dnepr axis (count, killed, UA). "ВС РФ" and "Минобороны РФ" are skipped (the country inside a body\'s name). Traps: the groupings "Восток" and "Днепр".',
    places: [
      { t: 'Веселое', all: true, ref: 'vesele' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Лобковое', all: true, ref: 'lobkove' },
      { t: 'Запорожской области', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'Щербаков', ref: 'shcherbaky' },
    ],
    traps: [
      { t: 'Восток', why: GROUPING },
      { t: 'Востока', why: GROUPING },
      { t: 'Днепр', why: GROUPING },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY + ' ("ВС РФ", "Минобороны РФ")' },
    ],
    claims: [
      { t: 'два населенных пункта', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-04-02', '2025-04-03'], note: '"Российская армия за сутки освободила два населенных пункта"' },
      { t: 'до 125 военнослужащих', kind: 'count', value: 125, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-04-02', '2025-04-03'], note: '"Потери противника в зоне ответственности "Востока" составили до 125 военнослужащих" (the past day)' },
      { t: 'до 60 военнослужащих ВСУ', kind: 'count', value: 60, unit: 'killed', holder: 'UA', claimant: MOD, asOf: ['2025-04-02', '2025-04-03'], note: '"На данном направлении уничтожены до 60 военнослужащих ВСУ" (the past day)' },
    ],
    events: [
      { t: 'Веселое', n: 1, ref: 'vesele', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-04-02', '2025-04-03'], note: 'headline: "ВС РФ освободили Веселое в ДНР"' },
      { t: 'Лобковое', n: 1, ref: 'lobkove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-04-02', '2025-04-03'], note: 'headline: "... и Лобковое в Запорожской области"' },
      { t: 'Лобковое', n: 2, ref: 'lobkove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-04-02', '2025-04-03'], note: '"за сутки освободила два населенных пункта - Лобковое ..."' },
      { t: 'Веселое', n: 2, ref: 'vesele', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-04-02', '2025-04-03'], note: '"... и Веселое в Донецкой народной республике"' },
      { t: 'Веселое', n: 3, ref: 'vesele', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-04-02', '2025-04-03'], note: '"продолжили продвижение ... и освободили Веселое в ДНР"' },
      { t: 'Лобковое', n: 3, ref: 'lobkove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-04-02', '2025-04-03'], note: '"Лобковое было освобождено в результате решительных действий"' },
      { t: 'Щербаков', ref: 'shcherbaky', action: 'captured', actor: 'RU', claimant: null, asOf: ['2025-03-24', '2025-03-30'], note: '"Щербаков, которые были освобождены на прошлой неделе"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-08-24',
    url: 'https://focus.ua/ukraine/720813-vsu-vybili-rossiyskih-okkupantov-iz-naselennogo-punkta-v-doneckoy-oblasti-video',
    notes: 'Stored copy on Фокус (focus.ua, Russian edition), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last paragraph, cut by the store, removed. The date is the index\'s (24 August 2025). Events: "Село Новомихайловка в Донецкой области зачищено от российских захватчиков" (cleared, UA) and "По состоянию на 24 августа село Новомихайловка полностью контролируется украинскими военными" (controls, UA). "ГУР МО Украины" is skipped (the country inside a body\'s name). No claim: "около роты" is not a number. Traps: "Артан", ГУР.',
    places: [
      { t: 'Новомихайловка', all: true, ref: 'novomykhailivka' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Артан', why: 'a unit' },
      { t: 'ГУР', all: true, why: 'an intelligence agency' },
    ],
    skipped: [{ t: 'Украины', why: BODY + ' ("ГУР МО Украины")' }],
    events: [
      { t: 'Новомихайловка', n: 1, ref: 'novomykhailivka', action: 'cleared', actor: 'UA', claimant: 'ГУР', asOf: ['2025-08-24'], note: '"Село Новомихайловка в Донецкой области зачищено от российских захватчиков"' },
      { t: 'Новомихайловка', n: 2, ref: 'novomykhailivka', action: 'controls', actor: 'UA', claimant: 'ГУР', asOf: ['2025-08-24'], note: '"По состоянию на 24 августа село Новомихайловка полностью контролируется украинскими военными"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-08-25',
    url: 'https://www.kommersant.ru/doc/7988908',
    notes: 'Stored copy on Коммерсантъ, its headline and body as the store gives them; a photo credit and the last paragraph, cut by the store, removed. The date is the index\'s (25 August 2025). Events (Denis Pushilin on "Россия 24"): Russian units "заходят на окраины Константиновки" in the headline and the body, and "на окраинах самой Константиновки" in the quotation (fighting, RU, three times); the hot spots Krasnoarmeysk (Pokrovsk), Rodinskoye, Udachnoye and Kotlino "где «достаточно жесткие и горячие боестолкновения»" (fighting, RU, the attacker); "освобождение населенного пункта Клебан-Бык" (captured, RU; dated to the report, judgement call). Not an event: the situation "под Добропольем" the Russians "контролируют" (no hold or attack on the town stated; judgement call). "красноармейском направлении" is an axis. Traps: Пушилин, «России 24», ТАСС.',
    places: [
      { t: 'Константиновки', all: true, ref: 'kostiantynivka' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Добропольем', ref: 'dobropillia' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'Красноармейск', ref: 'pokrovsk' },
      { t: 'Родинского', ref: 'rodynske' },
      { t: 'Удачное', ref: 'udachne' },
      { t: 'Котлино', ref: 'kotlyne' },
      { t: 'Клебан-Бык', ref: 'klebanByk' },
    ],
    traps: [
      { t: 'Пушилин', ctx: 'Пушилин: российские', why: 'person' },
      { t: 'Денис Пушилин', why: 'person' },
      { t: 'Пушилин', ctx: 'господин Пушилин', why: 'person' },
      { t: 'России 24', why: 'a television channel' },
      { t: 'ТАСС', why: 'a news agency' },
    ],
    skipped: [{ t: 'красноармейском', why: AXIS + ' ("на красноармейском направлении")' }],
    events: [
      { t: 'Константиновки', n: 1, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-08-25'], note: 'headline: "российские подразделения заходят на окраины Константиновки"' },
      { t: 'Константиновки', n: 2, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-08-25'], note: '"подразделения российских вооруженных сил заходят на окраины Константиновки"' },
      { t: 'Красноармейск', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-08-25'], note: '"много горячих точек. В их числе и сам Красноармейск"' },
      { t: 'Родинского', ref: 'rodynske', action: 'fighting', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-08-25'], note: '"район Родинского, Удачное и Котлино, где «достаточно жесткие и горячие боестолкновения»"' },
      { t: 'Удачное', ref: 'udachne', action: 'fighting', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-08-25'], note: 'the same hot spots' },
      { t: 'Котлино', ref: 'kotlyne', action: 'fighting', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-08-25'], note: 'the same hot spots' },
      { t: 'Константиновки', n: 3, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-08-25'], note: '"наши группы заходят и достаточно раздергивают противника и на окраинах самой Константиновки"' },
      { t: 'Клебан-Бык', ref: 'klebanByk', action: 'captured', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-08-25'], note: '"для нас важно было освобождение населенного пункта Клебан-Бык"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-09-15',
    url: 'https://ria.ru/20250915/pushilin-2041963313.html',
    notes: 'Stored copy on РИА Новости, its headline and body as the store gives them; the page\'s own address line and the teaser repeating the first paragraph removed, the last sentence, cut by the store, removed; the missing spaces after quotations kept. The date is the URL\'s and the dateline\'s (15 September 2025). Events (the owner rule): Novopetrovskoye, Sosnovka and Novonikolayevka "освободила" by the Vostok grouping "на прошлой неделе" (captured, RU; 8 to 14 September). Not events: the "освободительную кампанию" around the "Красноармейско-Дмитровской агломерации" (an agglomeration named by adjectives, skipped), the road Sloviansk–Izium (a road). Claim: "три населенных пункта" (count, settlements, RU). "ВС России" is skipped (the country inside a body\'s name); "Краснолиманском направлении" is an axis. Traps: РИА Новости, "Россия 24", "Восток", Пушилин.',
    places: [
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'МОСКВА', ref: 'moscow' },
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
      { t: 'Новопетровское', ref: 'novopetrivske' },
      { t: 'Сосновку', ref: 'sosnivkaDnipro' },
      { t: 'Новониколаевку', ref: 'novomykolaivkaDnipro' },
      { t: 'Славянск', ref: 'sloviansk' },
      { t: 'Изюм', ref: 'izium' },
    ],
    traps: [
      { t: 'РИА Новости', why: 'a news agency' },
      { t: 'Денис Пушилин', why: 'person' },
      { t: 'Пушилин', ctx: 'Пушилин: ВС', why: 'person' },
      { t: 'Пушилин', ctx: 'Пушилин отметил', why: 'person' },
      { t: 'Россия 24', why: 'a television channel' },
      { t: 'Восток', why: GROUPING },
    ],
    skipped: [
      { t: 'России', why: BODY + ' ("ВС России")' },
      { t: 'Красноармейско-Дмитровской', why: 'an agglomeration named by adjectives ("Красноармейско-Дмитровской агломерации")' },
      { t: 'Краснолиманском', why: AXIS + ' ("На Краснолиманском направлении")' },
    ],
    claims: [
      { t: 'три населенных пункта', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-09-08', '2025-09-14'], note: '"на прошлой неделе группировка войск "Восток" освободила три населенных пункта в Днепропетровской области"' },
    ],
    events: [
      { t: 'Новопетровское', ref: 'novopetrivske', action: 'captured', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-09-08', '2025-09-14'], note: '"освободила три населенных пункта в Днепропетровской области — Новопетровское, Сосновку и Новониколаевку"' },
      { t: 'Сосновку', ref: 'sosnivkaDnipro', action: 'captured', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-09-08', '2025-09-14'], note: 'the same list' },
      { t: 'Новониколаевку', ref: 'novomykolaivkaDnipro', action: 'captured', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2025-09-08', '2025-09-14'], note: 'the same list' },
    ],
  },
];
