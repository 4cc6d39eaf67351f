// Hand annotations, Russian articles of tests/eval/fresh42. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const MOD = 'Минобороны России';
const GERASIMOV = 'Валерий Герасимов';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-10-25',
    url: 'https://regnum.ru/amp/3925065',
    notes: 'Stored copy on ИА Регнум, its headline, subheadline and body as the store gives them; the date line ("Курск, 25 октября, 2024, 14:02 — ИА Регнум.") before the lead removed, and the last sentence, cut by the store ("Как передавало ИА Регнум, 24 о"), removed. The date is the date line\'s (25 October 2024). Events: the Ukrainian attempt to break through the border "у Нового Пути", "в районе населённого пункта Новый Путь" and "в направлении населённого пункта Новый Путь" (fighting, UA: an attempt at and toward a named settlement by the attacker, the ministry). Not events: the attempt "в Курской области" (a region), "пяти контратак противника" (no settlement). Claims: "около 15 человек убитыми и ранеными" and its restatement (count, casualties, UA, the attempt reported on 25 October: the 24 hours back), "более 300 человек" "в минувшие сутки" (count, casualties, UA), "более 26,5 тыс. человек" "за всё время ведения боевых действий на данном направлении" (count, casualties, UA, the Kursk fighting since 6 August 2024). Not claims: the two armoured vehicles, the prisoner. Skipped: России in "Вооружённые силы России", РФ in "ВС РФ".',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Нового Пути', ref: 'novyiPut' },
      { t: 'Курском', ref: 'kursk' },
      { t: 'Новый Путь', all: true, ref: 'novyiPut' },
      { t: 'Российской Федерации', ref: 'russia' },
    ],
    traps: [],
    skipped: [
      { t: 'РФ', all: true, why: OFFICIAL + ' ("ВС РФ")' },
      { t: 'России', why: OFFICIAL + ' ("Вооружённые силы России")' },
    ],
    claims: [
      { t: 'около 15 человек убитыми и ранеными', kind: 'count', value: 15, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-10-24', '2024-10-25'], note: '"ВСУ при попытке совершить прорыв через границу потеряли около 15 человек убитыми и ранеными"' },
      { t: 'около 15 человек личного состава убитыми и ранеными', kind: 'count', value: 15, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-10-24', '2024-10-25'], note: 'the ministry\'s quote restating the same losses' },
      { t: 'более 300 человек', kind: 'count', value: 300, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-10-24', '2024-10-25'], note: '"об отражении в минувшие сутки пяти контратак противника. Потери ВСУ в указанный период составили более 300 человек"' },
      { t: 'более 26,5 тыс. человек', kind: 'count', value: 26500, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-08-06', '2024-10-25'], note: '"а за всё время ведения боевых действий на данном направлении — более 26,5 тыс. человек" (the Kursk axis since the incursion of 6 August 2024)' },
    ],
    events: [
      { t: 'Нового Пути', ref: 'novyiPut', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2024-10-25'], note: 'the subheadline: "ВС РФ предотвратили попытку ВСУ прорвать госграницу у Нового Пути под Курском"' },
      { t: 'Новый Путь', n: 1, ref: 'novyiPut', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-10-25'], note: '"предотвратили попытку ВСУ прорвать государственную границу в районе населённого пункта Новый Путь"' },
      { t: 'Новый Путь', n: 2, ref: 'novyiPut', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-10-25'], note: '"Предотвращена попытка ВСУ прорваться через границу ... в направлении населённого пункта Новый Путь"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-10-29',
    url: 'https://rusnewshub.ru/2024/10/29/%d0%bc%d0%b8%d0%bd%d0%be%d0%b1%d0%be%d1%80%d0%be%d0%bd%d1%8b-%d0%be%d0%b1%d1%8a%d1%8f%d0%b2%d0%b8%d0%bb%d0%be-%d0%be-%d0%bf%d0%be%d0%bb%d0%bd%d0%be%d0%bc-%d0%be%d1%81%d0%b2%d0%be%d0%b1%d0%be%d0%b6',
    notes: 'Stored copy on RusNewsHub, its body as the store gives it, complete (no headline: the manifest\'s title is made from the first sentence; the last sentence has no full stop in the store, kept as given). The date is the URL\'s (29 October 2024). Events: Selydove "освободили" and "полностью освобождён" (captured, RU: a Ukrainian town, the ministry). Not events: "Селидово в ДНР расположен ... северо-западнее Донецка" (a location), the fortified area "для обороны Красноармейска" (a purpose), the Donbas operation. No claims (20,000 and 50,000 are populations). Traps: «Центр» (a grouping). Skipped: России in "Минобороны России" and "ВС России", the rivers Солёная, Волчья and Днепр.',
    places: [
      { t: 'Селидово', all: true, ref: 'selydove' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Донецка', ref: 'donetsk' },
      { t: 'Донбасса', ref: 'donbas' },
      { t: 'Красноармейска', ref: 'pokrovsk' },
      { t: 'Покровск', ref: 'pokrovsk' },
    ],
    traps: [
      { t: 'Центр', why: 'a grouping of forces' },
    ],
    skipped: [
      { t: 'России', all: true, why: OFFICIAL + ' ("Минобороны России", "ВС России")' },
      { t: 'Солёной', why: 'a river' },
      { t: 'Волчьей', why: 'a river' },
      { t: 'Днепра', why: 'a river (its basin)' },
    ],
    claims: [],
    events: [
      { t: 'Селидово', n: 1, ref: 'selydove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-10-29'], note: '"Российские войска освободили город Селидово в ДНР" (a Ukrainian town: captured)' },
      { t: 'Селидово', n: 2, ref: 'selydove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-10-29'], note: '"полностью освобождён город Селидово"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-03-26',
    url: 'https://donetskmedia.ru/20250326-situacija-v-belgorodskoj-oblasti-vsu-ukrepljajut-pozicii-na-granice.media',
    notes: 'Stored copy on Донецк Медиа, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("Губернатор региона Вячеслав Гладков сообщил, что общая обстановка не "), removed. The date is the URL\'s (26 March 2025). Events: "В окрестностях Поповки и Демидовки не прекращаются столкновения" (fighting, UA: the Ukrainian attacks across the border, the attacker), "захватить опорный пункт в районе Поповки не удалось" (fighting, UA: a failed attempt on a strongpoint). Not events: the attempt "добиться контроля над приграничной зоной" (no settlement), the presence "у границы с Краснояружским районом" (a district, no action), a unit that "ранее участвовала в боях под Суджей" (a unit\'s past, with no side\'s action told), "Позиция осталась под контролем российских сил" (a position, no name). No claims. Traps: «Север» (a grouping). Skipped: РФ in "Министерства обороны РФ".',
    places: [
      { t: 'Белгородской области', ref: 'belgorodOblast' },
      { t: 'Краснояружским районом', ref: 'krasnoyaruzhskyDistrict' },
      { t: 'Суджей', ref: 'sudzha' },
      { t: 'Поповки', all: true, ref: 'popovka' },
      { t: 'Демидовки', ref: 'demidovka' },
    ],
    traps: [
      { t: 'Север', why: 'a grouping of forces' },
    ],
    skipped: [
      { t: 'РФ', why: OFFICIAL + ' ("Министерства обороны РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Поповки', n: 1, ref: 'popovka', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2025-03-26'], note: '"В окрестностях Поповки и Демидовки не прекращаются столкновения. Противник неоднократно предпринимал попытки проникновения ... через границу"' },
      { t: 'Демидовки', ref: 'demidovka', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2025-03-26'], note: 'the same clashes' },
      { t: 'Поповки', n: 2, ref: 'popovka', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2025-03-26'], note: '"захватить опорный пункт в районе Поповки не удалось" (a failed attempt)' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2024-09-10',
    url: 'https://lenta.ru/news/2024/09/10/raskryty-sutochnye-poteri-ukrainskih-voysk',
    notes: 'Stored copy on Лента.ру, its headline, standfirst and body as the store gives them; the photo credit ("Фото: Serhii Nuzhnenko / Reuters") after the standfirst and the site\'s promotion lines after the body ("Лента добра деактивирована ...") removed. The date is the URL\'s (10 September 2024). Events: the losses "в районах населенных пунктов Верхнекаменское, Выемка, Часов Яр, Кураховка, Максимильяновка и Катериновка" (fighting, RU: the ministry\'s losses inflicted in the areas of named settlements, as "нанесено поражение ... в районах X"; the day back from the report). Not events: the four counterattacks repelled "на указанном направлении" (no settlement), fighting in three oblasts (regions), "темпы наступления в Донбассе" (a region). Claims: "до 2175 человек" (standfirst and lead: count, casualties, UA, the day) and "около 715 человек" (count, casualties, UA, the day). Not claims: Shoigu\'s "ежедневно теряют до двух тысяч" and "в среднем по 28 квадратных километров" (rates per day, no toll or area of a span). Traps: «Южной» (a grouping), Сергей Шойгу. Skipped: Украины in "Вооруженные силы Украины", России in "Минобороны России" and "Совбеза России", РФ in "МО РФ".',
    places: [
      { t: 'Верхнекаменское', ref: 'verkhnokamianske' },
      { t: 'Выемка', ref: 'vyimka' },
      { t: 'Часов Яр', ref: 'chasivYar' },
      { t: 'Кураховка', ref: 'kurakhivka' },
      { t: 'Максимильяновка', ref: 'maksymilianivka' },
      { t: 'Катериновка', ref: 'katerynivka' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Харьковской', ref: 'kharkivOblast' },
      { t: 'Запорожской', ref: 'zaporizhzhiaOblast' },
      { t: 'Херсонской', ref: 'khersonOblast' },
      { t: 'Донбассе', ref: 'donbas' },
    ],
    traps: [
      { t: 'Южной', why: 'a grouping of forces' },
      { t: 'Сергей Шойгу', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', why: OFFICIAL + ' ("Вооруженные силы Украины")' },
      { t: 'России', all: true, why: OFFICIAL + ' ("Минобороны России", "Совбеза России")' },
      { t: 'РФ', why: OFFICIAL + ' ("МО РФ")' },
    ],
    claims: [
      { t: 'до 2175 человек', n: 1, kind: 'count', value: 2175, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-09-09', '2024-09-10'], note: 'the standfirst: "потери ВСУ за сутки составили до 2175 человек"' },
      { t: 'до 2175 человек', n: 2, kind: 'count', value: 2175, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-09-09', '2024-09-10'], note: '"Потери украинских войск за сутки составили до 2175 человек"' },
      { t: 'около 715 человек', kind: 'count', value: 715, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-09-09', '2024-09-10'], note: '"больше всего бойцов ... потеряли в районах населенных пунктов ... — около 715 человек" (the same day)' },
    ],
    events: [
      { t: 'Верхнекаменское', ref: 'verkhnokamianske', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-09-09', '2024-09-10'], note: '"ВСУ потеряли в районах населенных пунктов Верхнекаменское, Выемка, Часов Яр, Кураховка, Максимильяновка и Катериновка" (losses inflicted in the areas of named settlements)' },
      { t: 'Выемка', ref: 'vyimka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-09-09', '2024-09-10'], note: 'the same list' },
      { t: 'Часов Яр', ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-09-09', '2024-09-10'], note: 'the same list' },
      { t: 'Кураховка', ref: 'kurakhivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-09-09', '2024-09-10'], note: 'the same list' },
      { t: 'Максимильяновка', ref: 'maksymilianivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-09-09', '2024-09-10'], note: 'the same list' },
      { t: 'Катериновка', ref: 'katerynivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-09-09', '2024-09-10'], note: 'the same list' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2026-01-27',
    url: 'https://www.m24.ru/amp/news/politika/27012026/867581',
    notes: 'Stored copy on Москва 24, its body as the store gives it, complete (no headline: the manifest\'s title is made from the first sentence). The date is the URL\'s (27 January 2026). Events: the grouping "установила контроль над поселком городского типа Купянск-Узловой" (captured, RU, Gerasimov: a Ukrainian settlement taken). Not events: the blocked district of 4 by 6 km (no settlement named), "проверке территории и зачистке кварталов" (no name). Claims: "до 800 человек" Ukrainian troops in the blocked district (count, troops, UA, the day), "17 населенных пунктов" and "свыше 500 квадратных километров" since the start of January 2026 (count, settlements, and area-gained, RU, 1–27 January 2026). Traps: «Запад» (a grouping), Герасимов. Skipped: РФ in "Генштаба ВС РФ" and "ВС РФ".',
    places: [
      { t: 'Купянск-Узловой', ref: 'kupianskVuzlovyi' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Запад', why: 'a grouping of forces' },
      { t: 'Валерия Герасимова', why: 'person' },
      { t: 'Герасимов', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: OFFICIAL + ' ("Генштаба ВС РФ", "ВС РФ")' },
    ],
    claims: [
      { t: 'до 800 человек', kind: 'count', value: 800, unit: 'troops', holder: 'UA', claimant: GERASIMOV, asOf: ['2026-01-27'], note: '"остается до 800 человек военнослужащих украинских подразделений"' },
      { t: '17 населенных пунктов', kind: 'count', value: 17, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: ['2026-01-01', '2026-01-27'], note: '"Всего с начала января 2026 года российские военнослужащие освободили 17 населенных пунктов"' },
      { t: 'свыше 500 квадратных километров', kind: 'area-gained', value: 500, unit: 'km2', holder: 'RU', claimant: GERASIMOV, asOf: ['2026-01-01', '2026-01-27'], note: '"Под контроль ВС РФ перешло свыше 500 квадратных километров территории" (the same span)' },
    ],
    events: [
      { t: 'Купянск-Узловой', ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-01-27'], note: '"эта же группировка войск установила контроль над поселком городского типа Купянск-Узловой в Харьковской области"' },
    ],
  },
];
