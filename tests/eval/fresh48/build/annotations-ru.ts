// Hand annotations, Russian articles of tests/eval/fresh48 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official body's name";
const AXIS = 'a front axis named by an adjective';
const MOD = 'Минобороны РФ';
const GROUPING = 'a Russian grouping of forces';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-11-14',
    url: 'https://tverskaya13.ru/politika/v-minoborony-rf-rasskazaoi-o-situatsii-na-kurskom-napravlenii/',
    notes: 'Stored copy on tverskaya13.ru, its headline and body as the store gives them; the date line ("Дата публикации: Четверг, 14 ноября") removed. The date is the body\'s ("14 ноября 2024 года"). Events: the strikes "в окрестностях населённых пунктов Дарьино, Леонидово, Малая Локня, Николаево-Дарьино и Новоивановка" (fighting, RU, the ministry: the striking side, as "нанесено поражение … в районах" is read). Claims: "430 военнослужащих" in a day (count, casualties, UA) and "более 32 580 потерь среди военнослужащих" since the fighting in Kursk Oblast began (count, casualties, UA, from 6 August 2024). Not claims: tanks and armoured vehicles. Traps: «Север», Алексей Смирнов, Марину Дегтяреву, Сергей Бондарев. Skipped: the axis "курском" (the headline\'s "курском направлении"), РФ and России in the ministry\'s names, Курской области in the governor\'s title.',
    places: [
      { t: 'Курской области', ctx: 'сообщили о ситуации в Курской области', ref: 'kurskOblast' },
      { t: 'Курской области', ctx: 'относительно ситуации в Курской области', ref: 'kurskOblast' },
      { t: 'Дарьино', ctx: 'пунктов Дарьино', ref: 'darino' },
      { t: 'Леонидово', ref: 'leonidovo' },
      { t: 'Малая Локня', ref: 'malayaLoknya' },
      { t: 'Николаево-Дарьино', ref: 'nikolaevoDarino' },
      { t: 'Новоивановка', ref: 'novoivanovkaKursk' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Кореневского района', ref: 'korenevskyDistrict' },
    ],
    traps: [
      { t: 'Север', why: GROUPING },
      { t: 'Алексей Смирнов', why: 'person' },
      { t: 'Марину Дегтяреву', why: 'person' },
      { t: 'Сергей Бондарев', why: 'person' },
    ],
    skipped: [
      { t: 'курском', why: AXIS },
      { t: 'РФ', why: OFFICIAL + ' ("Минобороны РФ")' },
      { t: 'России', all: true, why: OFFICIAL + ' ("Министерстве обороны России", "Минобороны России")' },
      { t: 'Курской области', ctx: 'Губернатор Курской области', why: 'the oblast inside an official\'s title' },
    ],
    claims: [
      { t: '430 военнослужащих', kind: 'count', value: 430, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-11-13', '2024-11-14'], note: '"В течение суток потери ВСУ достигли 430 военнослужащих"' },
      { t: '32 580', kind: 'count', value: 32580, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-08-06', '2024-11-14'], note: '"С начала боевых действий противник понёс более 32 580 потерь среди военнослужащих" (the Kursk fighting, from 6 August 2024)' },
    ],
    events: [
      { t: 'Дарьино', ctx: 'пунктов Дарьино', ref: 'darino', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-11-14'], note: '"нанесли удары по украинским формированиям в окрестностях населённых пунктов Дарьино, ..."' },
      { t: 'Леонидово', ref: 'leonidovo', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-11-14'], note: 'the same list' },
      { t: 'Малая Локня', ref: 'malayaLoknya', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-11-14'], note: 'the same list' },
      { t: 'Николаево-Дарьино', ref: 'nikolaevoDarino', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-11-14'], note: 'the same list' },
      { t: 'Новоивановка', ref: 'novoivanovkaKursk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-11-14'], note: 'the same list' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-12-29',
    url: 'https://smotrim.ru/article/4291507',
    notes: 'Stored copy on Смотрим (smotrim.ru, after ТАСС), its headline and body as the store gives them; the rubric ("Спецоперация России") and the hourly time stamps of 29 December 2024 before the headline, and the closing link labels ("Читайте также", "Видео по теме", "Эфир", "Лента новостей", "Авто-геолокация"), removed. The date is the time stamps\' (29 December 2024). Events: the Ukrainian forces left their positions in Shevchenko, three times (withdrew, UA, TASS\'s security sources: the headline\'s "оставили позиции в Шевченко", "покинули свои позиции в донецком Шевченко", "С позиций в Шевченко ... ушли"), and Pushilin\'s "ВС РФ освободили село Шевченко" (captured, RU: owner rule). Not events: "ушла северо-восточнее населенного пункта" (no name). No claims. Traps: ТАСС (twice), Денис Пушилин (twice), «Россия 24» (a TV channel). Skipped: Украины in "Вооруженных сил Украины", РФ in "ВС РФ", ДНР in "глава ДНР" (twice), the axis "красноармейском".',
    places: [
      { t: 'Шевченко', all: true, ref: 'shevchenkoDonetsk' },
      { t: 'ДНР', ctx: 'Шевченко в ДНР', ref: 'donetskOblast' },
      { t: 'донецком', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'ТАСС', all: true, why: 'a news agency' },
      { t: 'Денис Пушилин', all: true, why: 'person' },
      { t: 'Россия 24', why: 'a TV channel' },
    ],
    skipped: [
      { t: 'Украины', why: OFFICIAL + ' ("Вооруженных сил Украины")' },
      { t: 'РФ', why: OFFICIAL + ' ("ВС РФ")' },
      { t: 'ДНР', ctx: 'глава ДНР Денис Пушилин заявил', why: 'inside an official\'s title ("глава ДНР")' },
      { t: 'ДНР', ctx: 'Глава ДНР Денис Пушилин подчеркнул', why: 'inside an official\'s title ("глава ДНР")' },
      { t: 'красноармейском', why: AXIS },
    ],
    claims: [],
    events: [
      { t: 'Шевченко', n: 1, ref: 'shevchenkoDonetsk', action: 'withdrew', actor: 'UA', claimant: 'ТАСС', asOf: ['2024-12-29'], note: 'the headline: "украинские военные оставили позиции в Шевченко в ДНР"' },
      { t: 'Шевченко', n: 2, ref: 'shevchenkoDonetsk', action: 'withdrew', actor: 'UA', claimant: 'ТАСС', asOf: ['2024-12-29'], note: '"ВСУ покинули свои позиции в донецком Шевченко, сообщили ТАСС силовики"' },
      { t: 'Шевченко', n: 3, ref: 'shevchenkoDonetsk', action: 'withdrew', actor: 'UA', claimant: 'ТАСС', asOf: ['2024-12-29'], note: '"С позиций в Шевченко [украинские военные] ушли"' },
      { t: 'Шевченко', n: 4, ref: 'shevchenkoDonetsk', action: 'captured', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2024-12-29'], note: '"Ранее глава ДНР Денис Пушилин заявил ..., что ВС РФ освободили село Шевченко" (owner rule)' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-09-26',
    url: 'https://news.rambler.ru/army/55365257-rossiyskie-voennye-vzyali-pod-kontrol-bolee-2-5-tysyachi-zdaniy-v-kirovske-v-dnr/',
    notes: 'Stored copy on Рамблер/новости (news.rambler.ru), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed, and the last sentence, cut by the store ("25 сентября в Минобороны РФ рассказали, что военнослу"), removed. The date is the index\'s (26 September 2025). Events: "взяли под контроль более 2,5 тыс. зданий в населенном пункте Кировск" and "овладели 2519 зданиями в населенном пункте Кировск" (captured, RU, the ministry, part: buildings of the town, the past week). Claim: losses "превысили 1605 военнослужащих" from 20 to 26 September (count, casualties, UA). Not claims: buildings, vehicles, guns, depots and stations. Kirovsk "в ДНР" of the "Запад" group is read as Zarichne near Lyman (its name until 2016), as an earlier set reads it. Traps: «Запад» (twice), Telegram. Skipped: РФ in "министерства обороны РФ" and "Вооруженных сил РФ", Украины in "Вооруженных сил Украины".',
    places: [
      { t: 'Кировск', all: true, ref: 'kirovskZarichne' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'ДНР', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Запад', all: true, why: GROUPING },
      { t: 'Telegram', why: 'a messenger' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: OFFICIAL },
      { t: 'Украины', why: OFFICIAL },
    ],
    claims: [
      { t: '1605 военнослужащих', kind: 'count', value: 1605, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-09-20', '2025-09-26'], note: '"в период с 20 по 26 сентября ... Потери украинских формирований превысили 1605 военнослужащих"' },
    ],
    events: [
      { t: 'Кировск', n: 1, ref: 'kirovskZarichne', action: 'captured', actor: 'RU', claimant: MOD, part: true, asOf: ['2025-09-19', '2025-09-26'], note: '"за минувшую неделю взяли под контроль более 2,5 тыс. зданий в населенном пункте Кировск" (part of the settlement)' },
      { t: 'Кировск', n: 2, ref: 'kirovskZarichne', action: 'captured', actor: 'RU', claimant: MOD, part: true, asOf: ['2025-09-19', '2025-09-26'], note: '"За неделю российские штурмовые подразделения овладели 2519 зданиями в населенном пункте Кировск"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-03-15',
    url: 'https://ptoday.ru/6179-situacija-v-kurskoj-oblasti-na-15-marta-osvobozhdenie-territorij-boi-na-granice-i-zverstva-vsu.html',
    notes: 'Stored copy on ptoday.ru, its headline, body and subheading as the store gives them; the map credit ("Карта: ТГ-канал Олега Царева") removed, and the last sentence, cut by the store ("Подразделения 186-го мотострелкового полка Севе"), removed. The date is the body\'s ("К утру 15 марта 2025 года"). Events: "освобождение Гончаровки и Рубанщины в Курском приграничье" (liberated, RU: Russian villages retaken by Russia, the ministry, the past week) and of "села Новенькое на украинской стороне" (captured, RU: owner rule). Not events: the fighting carried "на территорию Сумской области Украины" (a region). Claim: "28 населённых пунктов" in Kursk Oblast in a week (count, settlements, RU, the ministry); "один — в Сумской области" names one more village (Novenke), not a count, as fresh46 reads "ещё один населённый пункт". Skipped: Украины in "Вооружённых сил Украины", РФ in "Министерства обороны РФ", России in "армия России" (the army\'s name).',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
      { t: 'Украины', ctx: 'Сумской области Украины. Этот', ref: 'ukraine' },
      { t: 'Курскую область', ref: 'kurskOblast' },
      { t: 'Курская область', ref: 'kurskOblast' },
      { t: 'Сумщину', ref: 'sumyOblast' },
      { t: 'Украины', ctx: 'Сумской области Украины. Среди', ref: 'ukraine' },
      { t: 'Гончаровки', ref: 'goncharovka' },
      { t: 'Рубанщины', ref: 'rubanshchina' },
      { t: 'Курском', ref: 'kurskOblast' },
      { t: 'Новенькое', ref: 'novenke' },
    ],
    traps: [],
    skipped: [
      { t: 'России', why: OFFICIAL + ' ("армия России")' },
      { t: 'Украины', ctx: 'сил Украины', why: OFFICIAL + ' ("Вооружённых сил Украины")' },
      { t: 'РФ', why: OFFICIAL + ' ("Министерства обороны РФ")' },
    ],
    claims: [
      { t: '28 населённых пунктов', kind: 'count', value: 28, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-03-08', '2025-03-15'], note: '"за неделю российские войска освободили 28 населённых пунктов в Курской области"' },
    ],
    events: [
      { t: 'Гончаровки', ref: 'goncharovka', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-08', '2025-03-15'], note: '"Среди последних успехов — освобождение Гончаровки и Рубанщины в Курском приграничье"' },
      { t: 'Рубанщины', ref: 'rubanshchina', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-08', '2025-03-15'], note: 'the same clause' },
      { t: 'Новенькое', ref: 'novenke', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-03-08', '2025-03-15'], note: '"а также села Новенькое на украинской стороне" (a Ukrainian village: owner rule)' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-03-25',
    url: 'https://yamal-media.ru/news/polkovnik-matvijchuk-vsu-mogut-otstupit-iz-kurskoj-oblasti-do-kontsa-nedeli?from=related',
    notes: 'Stored copy on Ямал-Медиа (yamal-media.ru), its headline and body as the store gives them; the date line ("25 марта 2025, 10:07 (обновлено: 25 марта 2025, 13:32)") and the closing channel notice removed. The date is the date line\'s (25 March 2025). Claims (Matviichuk): "не более трех тысяч украинских военных" in the region (count, troops, UA, an upper bound) and "в четырех населенных пунктах" on the border (count, settlements held, UA). Event: the border guards\' "бой с подразделением ВСУ под Белгородом" (fighting, UA: the incursion near a named city). Not events: the forecast that Kursk Oblast "будет полностью очищена" (a region, a prospect), the Ukrainian forces leaving the region (a region). The country in "пограничники России" (not an official body\'s name) is a place. Traps: Матвийчук (three forms), «Лента.ру».',
    places: [
      { t: 'Курскую область', all: true, ref: 'kurskOblast' },
      { t: 'Курской', ref: 'kurskOblast' },
      { t: 'Сумской областей', ref: 'sumyOblast' },
      { t: 'Курская область', ref: 'kurskOblast' },
      { t: 'Сумскую область', ref: 'sumyOblast' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'России', ref: 'russia' },
      { t: 'Белгородом', ref: 'belgorod' },
    ],
    traps: [
      { t: 'Матвийчук', n: 1, why: 'person' },
      { t: 'Анатолий Матвийчук', why: 'person' },
      { t: 'Матвийчука', why: 'person' },
      { t: 'Лента.ру', why: 'an outlet' },
    ],
    skipped: [],
    claims: [
      { t: 'трех тысяч украинских военных', kind: 'count', value: 3000, unit: 'troops', holder: 'UA', claimant: 'Анатолий Матвийчук', asOf: ['2025-03-25'], note: '"в регионе осталось не более трех тысяч украинских военных"' },
      { t: 'четырех населенных пунктах', kind: 'count', value: 4, unit: 'settlements', holder: 'UA', claimant: 'Анатолий Матвийчук', asOf: ['2025-03-25'], note: '"ВСУ расположены в четырех населенных пунктах на границе Курской и Сумской областей" (settlements held)' },
    ],
    events: [
      { t: 'Белгородом', ref: 'belgorod', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2025-03-25'], note: '"пограничники России были ранены после боя с подразделением ВСУ под Белгородом"' },
    ],
  },
];
