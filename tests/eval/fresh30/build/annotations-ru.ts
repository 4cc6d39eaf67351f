// Hand annotations, Russian articles of tests/eval/fresh30. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMED = 'abbreviation of the armed forces';
const GROUP = 'a group of forces';
const TREHUBOV = 'Виктор Трегубов';
const PUSHILIN = 'Денис Пушилин';
const MOD = 'Минобороны России';
const VOLOSHYN = 'Владислав Волошин';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-01-27',
    url: 'https://apostrophe.ua/news/society/2025-01-27/boytsyi-vsu-otoshli-ot-velikoy-novoselki---spiker-osuv-hortitsa/338371',
    notes: 'Stored copy of an Апостроф news item (Russian edition), its headline and body as the store gives them, up to the last full paragraph; the site chrome before the headline (language switch, date, exchange rates, rubric, "Все новости") removed, and the last sentence, cut by the store ("Напомним, з"), removed. The date is the URL\'s (27 January 2025). Events: the headline\'s "Бойцы ВСУ отошли от Великой Новоселки" (withdrew, UA, the Khortytsia spokesman: a side\'s own withdrawal told by its speaker, the whole settlement as the headline frames it); "В южной части Великой Новоселки ... вывели подразделения Сил обороны" (withdrew, UA, `part: true`: the southern part). "они оттуда были выведены", "удерживают позиции в пределах населенного пункта" and "россияне зашли в значительную часть населенного пункта" name no settlement (no event). "Новопавловском направлении" is a front axis (skipped). Traps: ВСУ, "Хортица" (twice), Виктор Трегубов, Трегубов. No claims.',
    places: [{ t: 'Великой Новоселки', all: true, ref: 'velykaNovosilka' }],
    traps: [
      { t: 'ВСУ', why: ARMED },
      { t: 'Хортица', all: true, why: 'a grouping of forces named after an island' },
      { t: TREHUBOV, why: 'person' },
      { t: 'Трегубов', n: 2, why: 'person' },
    ],
    skipped: [{ t: 'Новопавловском', why: 'front axis adjective' }],
    events: [
      { t: 'Великой Новоселки', n: 1, ref: 'velykaNovosilka', action: 'withdrew', actor: 'UA', claimant: TREHUBOV, asOf: ['2025-01-27'], note: 'the headline: "Бойцы ВСУ отошли от Великой Новоселки"' },
      { t: 'Великой Новоселки', n: 2, ref: 'velykaNovosilka', action: 'withdrew', actor: 'UA', claimant: TREHUBOV, part: true, asOf: ['2025-01-27'], note: '"В южной части Великой Новоселки ... вывели подразделения Сил обороны"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-11-23',
    url: 'https://ria.ru/20251123/vs-2056888591.html',
    notes: 'Stored copy of a РИА Новости news item, its dateline and body as the store gives them, up to the last full sentence; the index\'s date prefix removed, and the last sentence, cut by the store in the middle of its list of losses ("За минувшие сутки потери противника ... три станции"), removed. The store gives no headline: the manifest title describes the text. The date is the URL\'s (23 November 2025, a Sunday; "В четверг" is 20 November). Events: "Российские войска расширили зону контроля в Константиновке" and "Что касается Константиновки ... расширение зоны контроля" (fighting, RU, Pushilin: an advance within a town, as fresh29 gives one; "Преимущественно с восточной и юго-восточной части самой Константиновки" says where, the same advance); "бои продолжаются за Иванополье" (fighting, RU); "полностью взяли под контроль восточную и юго-восточную части Константиновки" (captured, RU: the owner rule, `part: true`, the Southern grouping\'s commander, on Thursday). "Константиновка — город на севере ДНР" is a description and "зачистке центра города" names no settlement (no event). "ДОНЕЦК" is the dateline, "от Донецка" the city; ДНР (twice) the oblast. Skipped: "Клебан-Быкского водохранилища" (a reservoir named by an adjective) and "Краматорско-Славянской группировки" (a grouping named by two towns\' adjectives). Traps: РИА Новости (twice), Денис Пушилин, ВСУ, Южной (a group of forces), Сергей Медведев. No claims (the losses of the day were in the cut sentence).',
    places: [
      { t: 'ДОНЕЦК', ref: 'donetsk' },
      { t: 'Константиновке', ref: 'kostiantynivka' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Константиновки', all: true, ref: 'kostiantynivka' },
      { t: 'Иванополье', ref: 'ivanopillia' },
      { t: 'Константиновка', ref: 'kostiantynivka' },
      { t: 'Донецка', ref: 'donetsk' },
    ],
    traps: [
      { t: 'РИА Новости', all: true, why: 'a news agency' },
      { t: PUSHILIN, why: 'person' },
      { t: 'ВСУ', why: ARMED },
      { t: 'Южной', why: GROUP },
      { t: 'Сергей Медведев', why: 'person' },
    ],
    skipped: [
      { t: 'Клебан-Быкского', why: 'a reservoir named by a village\'s adjective ("Клебан-Быкского водохранилища")' },
      { t: 'Краматорско-Славянской', why: 'a grouping of forces named by two towns\' adjectives' },
    ],
    events: [
      { t: 'Константиновке', ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2025-11-23'], note: '"Российские войска расширили зону контроля в Константиновке в ДНР"' },
      { t: 'Константиновки', n: 1, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2025-11-23'], note: '"Что касается Константиновки, то здесь тоже мы видим расширение зоны контроля"' },
      { t: 'Иванополье', ref: 'ivanopillia', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2025-11-23'], note: '"бои продолжаются за Иванополье"' },
      { t: 'Константиновки', n: 3, ref: 'kostiantynivka', action: 'captured', actor: 'RU', claimant: 'Сергей Медведев', part: true, asOf: ['2025-11-20'], note: '"бойцы подразделения полностью взяли под контроль восточную и юго-восточную части Константиновки"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2026-01-11',
    url: 'https://news.ru/vlast/bojcy-gruppirovki-zapad-presekli-vylazku-vsu-v-kupyanske',
    notes: 'Stored copy of a NEWS.ru news item, its headline, standfirst and body as the store gives them; the date line before the headline ("11 января 2026 в 13:52"), the photo caption and the "Читайте нас в Дзен" line between the standfirst and the body removed, and the last sentence, cut by the store mid-word ("Ранее ВСУ обрекли на голод ... в Харько"), removed. The date is the page\'s (11 January 2026, a Sunday: "в воскресенье"). Events (the Ukrainian counter-attack repelled, so fighting with Ukraine as the attacking side): the headline\'s "пресекли вылазку ВСУ в Купянске"; "разбили бригаду ВСУ у населенного пункта Купянск-Узловой"; the clash "в непосредственной близости от города Купянска и Благодатовки, где ... ВСУ попытались вернуть утраченные позиции"; "отражены две атаки ... в районах населенных пунктов Благодатовка и Купянск-Узловой" (fighting, UA, the defence ministry). "Харьковской области" (twice) is the oblast; "Купянском направлении" a front axis (skipped). Claim: "уничтожено 15 военнослужащих" in the clash (count, casualties, the Ukrainian side, the day). Traps: «Запад» (twice, a group of forces), ВСУ (four times).',
    places: [
      { t: 'Купянске', ref: 'kupiansk' },
      { t: 'Купянск-Узловой', all: true, ref: 'kupianskVuzlovyi' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Купянска', ref: 'kupiansk' },
      { t: 'Благодатовки', ref: 'blahodativka' },
      { t: 'Благодатовка', ref: 'blahodativka' },
    ],
    traps: [
      { t: 'Запад', all: true, why: GROUP },
      { t: 'ВСУ', all: true, why: ARMED },
    ],
    skipped: [{ t: 'Купянском', why: 'front axis adjective' }],
    claims: [
      { t: '15 военнослужащих', kind: 'count', value: 15, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2026-01-11'], note: '"украинская сторона понесла потери в живой силе — уничтожено 15 военнослужащих"' },
    ],
    events: [
      { t: 'Купянске', ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2026-01-11'], note: 'the headline: "Бойцы группировки «Запад» пресекли вылазку ВСУ в Купянске"' },
      { t: 'Купянск-Узловой', n: 1, ref: 'kupianskVuzlovyi', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2026-01-11'], note: '"Российские военные разбили бригаду ВСУ у населенного пункта Купянск-Узловой"' },
      { t: 'Купянска', ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2026-01-11'], note: '"Столкновение произошло ... в непосредственной близости от города Купянска и Благодатовки, где ... ВСУ попытались вернуть утраченные позиции"' },
      { t: 'Благодатовки', ref: 'blahodativka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2026-01-11'], note: '"близости от города Купянска и Благодатовки"' },
      { t: 'Благодатовка', ref: 'blahodativka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2026-01-11'], note: '"отражены две атаки ... ВСУ в районах населенных пунктов Благодатовка и Купянск-Узловой"' },
      { t: 'Купянск-Узловой', n: 2, ref: 'kupianskVuzlovyi', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2026-01-11'], note: '"в районах населенных пунктов Благодатовка и Купянск-Узловой"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2026-02-11',
    url: 'https://censor.net/ru/news/3600044/poselok-zaliznychnoe-ne-okkupirovan-sily-oborony-ego-kontroliruyut',
    notes: 'Stored copy of a Цензор.НЕТ news item (Russian edition), its headline and body complete as the store gives them; the index\'s date prefix removed. Its subheadings ("Что известно", "Что предшествовало?") are kept. The date is the index date (11 February 2026). Events: the headline\'s "Поселок Зализнычное - под контролем ВСУ", "Украинские защитники контролируют поселок Зализнычное" and "наши бойцы удерживают Зализнычное" (controls, UA, Voloshyn); "Что касается Зализнычного, то россияне ... начали распространять информацию, что они взяли под контроль этот населенный пункт. Эта информация не соответствует действительности" (captured, RU, denied: the claim on the place the sentence names); the earlier report "ВСУ зачистили село Косовцево в Запорожье от российских оккупантов" (cleared, UA). "вся территория этого населенного пункта - под контролем" names no settlement. "станция Гуляйполе" is the railway station\'s name (skipped); "в Запорожье" the oblast; "Сил обороны Украины" an official body (skipped). Traps: ВСУ (twice), Владислав Волошин, Волошин, Цензор.НЕТ, Укрінформ. No claims.',
    places: [
      { t: 'Зализнычное', all: true, ref: 'zaliznychne' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Зализнычного', ref: 'zaliznychne' },
      { t: 'Косовцево', ref: 'kosivtseve' },
      { t: 'Запорожье', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: ARMED },
      { t: VOLOSHYN, why: 'person' },
      { t: 'Волошин', n: 2, why: 'person' },
      { t: 'Цензор.НЕТ', why: 'an outlet' },
      { t: 'Укрінформ', why: 'a news agency' },
    ],
    skipped: [
      { t: 'Гуляйполе', why: 'a railway station\'s name ("железнодорожная станция Гуляйполе")' },
      { t: 'Украины', why: OFFICIAL + ' ("Сил обороны Украины")' },
    ],
    events: [
      { t: 'Зализнычное', n: 1, ref: 'zaliznychne', action: 'controls', actor: 'UA', claimant: VOLOSHYN, asOf: ['2026-02-11'], note: 'the headline: "Поселок Зализнычное - под контролем ВСУ"' },
      { t: 'Зализнычное', n: 2, ref: 'zaliznychne', action: 'controls', actor: 'UA', claimant: VOLOSHYN, asOf: ['2026-02-11'], note: '"Украинские защитники контролируют поселок Зализнычное в Запорожской области"' },
      { t: 'Зализнычного', ref: 'zaliznychne', action: 'captured', actor: 'RU', claimant: 'россияне', denied: true, asOf: ['2026-02-11'], note: '"Что касается Зализнычного, то россияне ... взяли под контроль этот населенный пункт. Эта информация не соответствует действительности"' },
      { t: 'Зализнычное', n: 3, ref: 'zaliznychne', action: 'controls', actor: 'UA', claimant: VOLOSHYN, asOf: ['2026-02-11'], note: '"наши бойцы удерживают Зализнычное"' },
      { t: 'Косовцево', ref: 'kosivtseve', action: 'cleared', actor: 'UA', asOf: ['2026-02-01', '2026-02-11'], note: '"Ранее сообщалось, что ВСУ зачистили село Косовцево в Запорожье от российских оккупантов"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-03-20',
    url: 'https://newskiev.ru/politics/2025/03/20/636887.html',
    notes: 'Stored copy of a newskiev.ru news item, complete as the store gives it (no headline: the manifest title describes the text). The date is the URL\'s (20 March 2025). Events: after "отразили две контратаки" of the Ukrainian forces, the Russian group «Север» "нанесли поражение формированиям ... Бои велись в районах населенных пунктов Гоголевка, Горналь и Олешня" (fighting, RU: the Russian offensive in the Kursk border area; the defence ministry). "Курская область вскоре будет полностью освобождена" is a forecast about a region (no event). "Вооруженных сил Украины", "Министерстве обороны РФ" and "Вооруженных Сил РФ" are official bodies (skipped); "приграничного региона РФ" names the country. Claims: "За прошедшие сутки ВСУ потеряли более 250 военнослужащих" (count, casualties, the Ukrainian side, the day) and "Всего украинская армия при вторжении в Курскую область лишилась более 68 880 военных" (count, casualties, the Ukrainian side, 6 August 2024 to the report: Kursk figures). Traps: ВСУ (four times), «Север» (a group of forces), Владимир Путин. Not claims: tanks, vehicles, "две контратаки".',
    places: [
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Гоголевка', ref: 'gogolevka' },
      { t: 'Горналь', ref: 'gornal' },
      { t: 'Олешня', ref: 'oleshnya' },
      { t: 'Курскую область', ref: 'kurskOblast' },
      { t: 'РФ', n: 3, ref: 'russia' },
      { t: 'Курская область', ref: 'kurskOblast' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: ARMED },
      { t: 'Север', why: GROUP },
      { t: 'Владимир Путин', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', why: OFFICIAL + ' ("Вооруженных сил Украины")' },
      { t: 'РФ', n: 1, why: OFFICIAL + ' ("Министерстве обороны РФ")' },
      { t: 'РФ', n: 2, why: OFFICIAL + ' ("Вооруженных Сил РФ")' },
    ],
    claims: [
      { t: '250 военнослужащих', kind: 'count', value: 250, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-03-19', '2025-03-20'], note: '"За прошедшие сутки ВСУ потеряли более 250 военнослужащих"' },
      { t: '68 880 военных', kind: 'count', value: 68880, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-08-06', '2025-03-20'], note: '"Всего украинская армия при вторжении в Курскую область лишилась более 68 880 военных"' },
    ],
    events: [
      { t: 'Гоголевка', ref: 'gogolevka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-03-19', '2025-03-20'], note: '"Бои велись в районах населенных пунктов Гоголевка, Горналь и Олешня"' },
      { t: 'Горналь', ref: 'gornal', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-03-19', '2025-03-20'], note: '"Бои велись в районах населенных пунктов ... Горналь"' },
      { t: 'Олешня', ref: 'oleshnya', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-03-19', '2025-03-20'], note: '"Бои велись в районах населенных пунктов ... Олешня"' },
    ],
  },
];
