// Hand annotations, Russian articles of tests/eval/fresh28. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const GROUP = 'a grouping of forces';
const MOD = 'Минобороны РФ';
const DAY_26_27_SEP = ['2025-09-26', '2025-09-27'] as const;
const LOKNYA_DAYS = ['2025-03-09', '2025-03-10'] as const;
const LOZOVAYA_DAYS = ['2022-04-28', '2022-04-29'] as const;

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2026-02-02',
    url: 'https://www.m24.ru/news/politika/02022026/869566',
    notes: 'Stored copy of a Москва 24 news item, its headline and body as the store gives them; the index\'s date prefix, the site\'s search label ("Форма поиска по сайту"), the date line ("02 февраля, 12:04"), the rubric ("Политика") and the photo credit before the text ("Фото: телеграм-канал \\"Минобороны России\\"") removed, and the last paragraph, cut by the store ("Параллельно с этим ... в Киро"), removed. The date is the URL\'s and the date line\'s (2 February 2026). Events: "освободили Придорожное" and "операцию по освобождению населенного пункта Придорожное" (captured, RU, the owner rule: Russia taking a Ukrainian village); "Отбить село удалось" names no settlement. Claims: "за первый месяц 2026 года российские военнослужащие установили контроль в 24 населенных пунктах" (count, settlements, RU, January 2026); the "(10)", "6" and "4" that follow split the same 24 by region (not separate claims). "ВС РФ" and "Вооруженных сил России" are bodies\' names (skipped); ДНР names Donetsk Oblast. Traps: «Восток» (twice), «Днепр», «Центральной», «Южной», «Запад», «Север» (groupings).',
    places: [
      { t: 'Придорожное', all: true, ref: 'prydorozhnie' },
      { t: 'Запорожской области', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Восток', all: true, why: GROUP },
      { t: 'Днепр', why: GROUP },
      { t: 'Центральной', why: GROUP },
      { t: 'Южной', why: GROUP },
      { t: 'Запад', why: GROUP },
      { t: 'Север', why: GROUP },
    ],
    skipped: [
      { t: 'РФ', why: OFFICIAL + ' ("ВС РФ")' },
      { t: 'России', why: OFFICIAL + ' ("Вооруженных сил России")' },
    ],
    claims: [
      { t: '24 населенных пунктах', kind: 'count', value: 24, unit: 'settlements', holder: 'RU', claimant: null, asOf: ['2026-01-01', '2026-01-31'], note: '"за первый месяц 2026 года российские военнослужащие установили контроль в 24 населенных пунктах"' },
    ],
    events: [
      { t: 'Придорожное', n: 1, ref: 'prydorozhnie', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2026-02-02'], note: 'the headline: "Войска ВС РФ освободили Придорожное в Запорожской области"' },
      { t: 'Придорожное', n: 2, ref: 'prydorozhnie', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2026-02-02'], note: '"провели операцию по освобождению населенного пункта Придорожное"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2026-03-11',
    url: 'https://newdaynews.ru/ukraine/871089.html',
    notes: 'Stored copy of a «Новый день» (newdaynews.ru) news item, its headline and body as the store gives them; the date line before the headline ("Среда, 11 марта 2026, 13:16 мск") removed and the last paragraph, cut by the store («Оперативно-тактической авиацией ... топливно-энергетич), removed. The date is the date line\'s (11 March 2026, a Wednesday). Events: «установили контроль над населенным пунктом Червоная Заря Сумской области» (captured, RU, the ministry). Strikes on troops "в районах населенных пунктов Мирополье, Павловка, Храповщина, Кияница и Глухов" (fighting, RU, the last day, as fresh19 and fresh24 give the ministry\'s "нанесли поражение ... в районах": added after the first run, an annotation slip); "еще одного поселка" is a reference to the capture, not a figure. Claims: "общие потери киевского режима составили свыше 1370 боевиков и наемников" in the last day (count, casualties: "потери", UA as the side that lost them, the ministry). "Армия России" and "Министерстве обороны РФ" are an army\'s and a body\'s names and "киевского режима" the government named by an adjective (skipped, as earlier sets give it). Traps: «Север», ВСУ.',
    places: [
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
      { t: 'Червоная Заря', ref: 'chervonaZoria' },
      { t: 'Мирополье', ref: 'myropillia' },
      { t: 'Павловка', ref: 'pavlivkaSumy' },
      { t: 'Храповщина', ref: 'khrapivshchyna' },
      { t: 'Кияница', ref: 'kyianytsia' },
      { t: 'Глухов', ref: 'hlukhiv' },
    ],
    traps: [
      { t: 'Север', why: GROUP },
      { t: 'ВСУ', why: 'abbreviation of the armed forces' },
    ],
    skipped: [
      { t: 'России', why: 'country inside an army\'s name ("Армия России")' },
      { t: 'РФ', why: OFFICIAL + ' ("Министерстве обороны РФ")' },
      { t: 'киевского', why: 'the government named by an adjective ("киевского режима")' },
    ],
    claims: [
      { t: '1370 боевиков', kind: 'count', value: 1370, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2026-03-10', '2026-03-11'], note: '"За минувшие сутки общие потери киевского режима составили свыше 1370 боевиков и наемников"' },
    ],
    events: [
      { t: 'Червоная Заря', ref: 'chervonaZoria', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-03-11'], note: '«установили контроль над населенным пунктом Червоная Заря Сумской области»' },
      ...([['Мирополье', 'myropillia'], ['Павловка', 'pavlivkaSumy'], ['Храповщина', 'khrapivshchyna'], ['Кияница', 'kyianytsia'], ['Глухов', 'hlukhiv']] as [string, string][]).map(([t, ref]) => ({
        t, ref, action: 'fighting' as const, actor: 'RU' as const, claimant: MOD, asOf: ['2026-03-10', '2026-03-11'] as const,
        note: '"нанесено поражение живой силе и технике трех бригад ВСУ в районах населенных пунктов Мирополье, Павловка, Храповщина, Кияница и Глухов" (added after the first run: an annotation slip, as fresh19 and fresh24 give the ministry\'s "нанесли поражение ... в районах населенных пунктов")',
      })),
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-09-27',
    url: 'https://360.ru/news/ukrainian-crisis/rossijskie-voennye-vzjali-pod-kontrol-tri-sela-v-dnr-i-dnepropetrovskoj-oblasti/',
    notes: 'Stored copy of a 360.ru news item, its headline and body as the store gives them; the index\'s date prefix removed and the last paragraph, cut by the store ("Этот населенный пункт украинские боевики использовали ... в приграничные р"), removed. The date is the index\'s (27 September 2025; "В минувшую пятницу, 26 сентября" agrees). Events (the owner rule: Russia taking Ukrainian villages is captured whatever the verb): Майское, Степовое and Дерилово "освобождены" in the headline and the lead, Дерилово "освободили бойцы «Запада»", Степовое "взяли под контроль" (captured, RU, the ministry, the last day); "в село Майское зашли подразделения Южной группировки" (entered, RU); Юнаковка\'s "освобождении" reported on Friday 26 September (captured, RU). ДНР is spelt out ("Донецкой Народной Республике"). Traps: Южной, «Запада», «Восток», «Север» (groupings).',
    places: [
      { t: 'Майское', all: true, ref: 'maiske' },
      { t: 'Степовое', all: true, ref: 'stepove' },
      { t: 'Дерилово', all: true, ref: 'derylove' },
      { t: 'Донецкой Народной Республике', all: true, ref: 'donetskOblast' },
      { t: 'Днепропетровской области', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Юнаковка', ref: 'yunakivka' },
      { t: 'Сумской области', ref: 'sumyOblast' },
    ],
    traps: [
      { t: 'Южной', why: GROUP },
      { t: 'Запада', why: GROUP },
      { t: 'Восток', why: GROUP },
      { t: 'Север', why: GROUP },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Майское', n: 1, ref: 'maiske', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY_26_27_SEP, note: 'the headline: "Минобороны сообщило об освобождении сел Майское, Степовое и Дерилово"' },
      { t: 'Степовое', n: 1, ref: 'stepove', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY_26_27_SEP, note: 'the headline' },
      { t: 'Дерилово', n: 1, ref: 'derylove', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY_26_27_SEP, note: 'the headline' },
      { t: 'Майское', n: 2, ref: 'maiske', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY_26_27_SEP, note: '"за минувшие сутки освободили села Майское и Дерилово"' },
      { t: 'Дерилово', n: 2, ref: 'derylove', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY_26_27_SEP, note: '"освободили села Майское и Дерилово"' },
      { t: 'Степовое', n: 2, ref: 'stepove', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY_26_27_SEP, note: '"и населенный пункт Степовое в Днепропетровской области"' },
      { t: 'Майское', n: 3, ref: 'maiske', action: 'entered', actor: 'RU', claimant: MOD, asOf: DAY_26_27_SEP, note: '"в село Майское зашли подразделения Южной группировки российских войск"' },
      { t: 'Дерилово', n: 3, ref: 'derylove', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY_26_27_SEP, note: '"Село Дерилово в Донецкой Народной Республике освободили бойцы «Запада»"' },
      { t: 'Степовое', n: 3, ref: 'stepove', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY_26_27_SEP, note: '"взяли под контроль село Степовое"' },
      { t: 'Юнаковка', ref: 'yunakivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-09-26'], note: '"В минувшую пятницу, 26 сентября, Минобороны отчиталось об освобождении села Юнаковка"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-03-10',
    url: 'https://rusfront.ru/70118-vminoborony-podtverdili-osvobozhdenie-treh-naselennyh-punktov-vkurskoy-oblasti.html',
    notes: 'Stored copy of a «Русский фронт» (rusfront.ru) news item, its headline and body as the store gives them; the headline given twice kept once and the site\'s "Написать комментарий" at the end removed (the space after "говорится в сообщении." is the store\'s). The page gives no date: the text\'s "9 марта ... сообщал" puts it after 9 March, and the ministry confirmed Малая Локня, Черкасское Поречное and Косица on 10 March 2025 (abakan-news of that day, in the page store); the year is the Kursk incursion\'s end (Sudzha still fought for). Events (the owner rule: Russia retaking Russian villages is liberated): Малую Локню, Черкасское Поречное and Косицу "освободили", and again in the ministry\'s quotation (liberated, RU, 9-10 March); Поддубный\'s "освободили хутор Косица и село Черкасское Поречное" on 9 March (liberated, RU); Mash\'s "в Судже попали в мешок 1,5 тыс. бойцов" (fighting, RU: the encircling side) and "бои идут ... а также в Мирном и Бондаревке" (fighting, RU). Claims: the headline\'s "трех населенных пунктов" (count, settlements, RU, the ministry: added after the first run, an annotation slip) and "1,5 тыс. бойцов" encircled (count, troops, UA, Mash). "«курская авантюра» Украины" names the operation (skipped) and the country (counted); "Суджанского маслодельного комбината" is a plant\'s name (skipped); "ВС России", "Минобороны РФ" and "Вооруженных сил Украины" are bodies\' names (skipped). Traps: «Север», Евгений Поддубный, Mash, ВСУ (twice), Пионерской (a street).',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Малую Локню', ref: 'malayaLoknya' },
      { t: 'Черкасское Поречное', all: true, ref: 'cherkasskoyePorechnoye' },
      { t: 'Косицу', ref: 'kositsa' },
      { t: 'Малая Локня', ref: 'malayaLoknya' },
      { t: 'Косица', all: true, ref: 'kositsa' },
      { t: 'Украины', n: 1, ref: 'ukraine' },
      { t: 'Судже', ref: 'sudzha' },
      { t: 'Мирном', ref: 'mirnyKursk' },
      { t: 'Бондаревке', ref: 'bondarevka' },
    ],
    traps: [
      { t: 'Север', why: GROUP },
      { t: 'Евгений Поддубный', why: 'person' },
      { t: 'Mash', why: 'a Telegram channel' },
      { t: 'ВСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'Пионерской', why: 'a street ("на Пионерской улице")' },
    ],
    skipped: [
      { t: 'России', all: true, why: OFFICIAL + ' ("ВС России")' },
      { t: 'РФ', why: OFFICIAL + ' ("Минобороны РФ")' },
      { t: 'курская', why: 'the operation named by the oblast\'s adjective («курская авантюра»)' },
      { t: 'Украины', n: 2, why: OFFICIAL + ' ("Вооруженных сил Украины")' },
      { t: 'Суджанского', why: 'a plant\'s name ("Суджанского маслодельного комбината")' },
    ],
    claims: [
      { t: 'трех населенных пунктов', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: LOKNYA_DAYS, note: 'the headline: "В Минобороны подтвердили освобождение трех населенных пунктов в Курской области" (added after the first run: an annotation slip)' },
      { t: '1,5 тыс. бойцов', kind: 'count', value: 1500, unit: 'troops', holder: 'UA', claimant: 'Mash', asOf: ['2025-03-10'], note: '"в Судже попали в мешок 1,5 тыс. бойцов Вооруженных сил Украины"' },
    ],
    events: [
      { t: 'Малую Локню', ref: 'malayaLoknya', action: 'liberated', actor: 'RU', claimant: MOD, asOf: LOKNYA_DAYS, note: '"ВС России освободили Малую Локню, Черкасское Поречное и Косицу в Курской области"' },
      { t: 'Черкасское Поречное', n: 1, ref: 'cherkasskoyePorechnoye', action: 'liberated', actor: 'RU', claimant: MOD, asOf: LOKNYA_DAYS, note: '"освободили Малую Локню, Черкасское Поречное и Косицу"' },
      { t: 'Косицу', ref: 'kositsa', action: 'liberated', actor: 'RU', claimant: MOD, asOf: LOKNYA_DAYS, note: '"освободили Малую Локню, Черкасское Поречное и Косицу"' },
      { t: 'Малая Локня', ref: 'malayaLoknya', action: 'liberated', actor: 'RU', claimant: MOD, asOf: LOKNYA_DAYS, note: '«в Курской области освобождены населенные пункты Малая Локня, Черкасское Поречное и Косица»' },
      { t: 'Черкасское Поречное', n: 2, ref: 'cherkasskoyePorechnoye', action: 'liberated', actor: 'RU', claimant: MOD, asOf: LOKNYA_DAYS, note: 'the ministry\'s quotation' },
      { t: 'Косица', n: 1, ref: 'kositsa', action: 'liberated', actor: 'RU', claimant: MOD, asOf: LOKNYA_DAYS, note: 'the ministry\'s quotation' },
      { t: 'Косица', n: 2, ref: 'kositsa', action: 'liberated', actor: 'RU', claimant: 'Евгений Поддубный', asOf: ['2025-03-09'], note: '"9 марта ... сообщал, что российские военные освободили хутор Косица и село Черкасское Поречное"' },
      { t: 'Черкасское Поречное', n: 3, ref: 'cherkasskoyePorechnoye', action: 'liberated', actor: 'RU', claimant: 'Евгений Поддубный', asOf: ['2025-03-09'], note: '"освободили хутор Косица и село Черкасское Поречное"' },
      { t: 'Судже', ref: 'sudzha', action: 'fighting', actor: 'RU', claimant: 'Mash', asOf: ['2025-03-10'], note: '"в Судже попали в мешок 1,5 тыс. бойцов"; "бои идут на Пионерской улице"' },
      { t: 'Мирном', ref: 'mirnyKursk', action: 'fighting', actor: 'RU', claimant: 'Mash', asOf: ['2025-03-10'], note: '"бои идут ... а также в Мирном и Бондаревке"' },
      { t: 'Бондаревке', ref: 'bondarevka', action: 'fighting', actor: 'RU', claimant: 'Mash', asOf: ['2025-03-10'], note: '"бои идут ... а также в Мирном и Бондаревке"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2022-04-29',
    url: 'https://censor.net/ru/news/3337685/azovtsy_osvobodili_russkuyu_lozovuyu_pod_harkovom',
    notes: 'Stored copy of a Цензор.НЕТ (Russian edition) news item, its body as the store gives it; the index\'s date prefix removed. The site\'s pointer inside the text ("Читайте на \\"Цензор.НЕТ\\": Мэр оккупированного Энергодара теперь работает из Запорожья") is kept. The store gives no headline: the manifest title is made from the URL slug. The date is the index\'s (29 April 2022). Events: "освободили от оккупантов населенный пункт Русская Лозовая под Харьковом" (liberated, UA, Maksym Zhoryn, 28-29 April 2022, when the KHARKIV Today page in the store dates it); "Поселок полностью контролируется украинской армией" names no settlement; "оккупированного Энергодара" (controls, RU, as fresh26 gives "occupied Donetsk"); "также в Харьковской области украинские военные освободили Кутузовку и Момотово" (liberated, UA, the same days). "трассе Харьков – Белгород" names both cities (counted). Traps: KRAKEN, азовцами, Азов, Киев (inside the regiment\'s name «"Азов" Киев»), ССО, Максим Жорин, Жорин, Цензор.НЕТ (twice), ГУР МОУ, ВСУ.',
    places: [
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Русская Лозовая', ref: 'ruskaLozova' },
      { t: 'Харьковом', ref: 'kharkiv' },
      { t: 'Харьков', ref: 'kharkiv' },
      { t: 'Белгород', ref: 'belgorod' },
      { t: 'Харькова', all: true, ref: 'kharkiv' },
      { t: 'Энергодара', ref: 'enerhodar' },
      { t: 'Запорожья', ref: 'zaporizhzhia' },
      { t: 'Кутузовку', ref: 'kutuzivka' },
      { t: 'Момотово', ref: 'momotove' },
    ],
    traps: [
      { t: 'KRAKEN', why: 'a unit' },
      { t: 'азовцами', why: 'members of a unit' },
      { t: 'Азов', why: 'a unit' },
      { t: 'Киев', why: 'part of a unit\'s name (полк ССО «Азов» Киев)' },
      { t: 'ССО', why: 'abbreviation of the special operations forces' },
      { t: 'Максим Жорин', why: 'person' },
      { t: 'Жорин', n: 2, why: 'person' },
      { t: 'Цензор.НЕТ', all: true, why: 'an outlet' },
      { t: 'ГУР МОУ', why: 'an intelligence service' },
      { t: 'ВСУ', why: 'abbreviation of the armed forces' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Русская Лозовая', ref: 'ruskaLozova', action: 'liberated', actor: 'UA', claimant: 'Максим Жорин', asOf: LOZOVAYA_DAYS, note: '"освободили от оккупантов населенный пункт Русская Лозовая под Харьковом"' },
      { t: 'Энергодара', ref: 'enerhodar', action: 'controls', actor: 'RU', claimant: null, asOf: ['2022-04-29'], note: '"Мэр оккупированного Энергодара теперь работает из Запорожья"' },
      { t: 'Кутузовку', ref: 'kutuzivka', action: 'liberated', actor: 'UA', claimant: null, asOf: LOZOVAYA_DAYS, note: '"Напомним, также в Харьковской области украинские военные освободили Кутузовку и Момотово"' },
      { t: 'Момотово', ref: 'momotove', action: 'liberated', actor: 'UA', claimant: null, asOf: LOZOVAYA_DAYS, note: '"освободили Кутузовку и Момотово"' },
    ],
  },
];
