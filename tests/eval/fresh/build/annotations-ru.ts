// Hand annotations, Russian articles of tests/eval/fresh (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const MOD = 'Russian defence ministry';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-09-10',
    url: 'https://www.rbc.ru/politics/10/09/2024/66e0876f9a7947899bf786bf?utm_referrer=https%3A%2F%2Fdzen.ru%2Fnews%2Fstory%2F77ed7afa-d92b-5305-969c-c9753996c3fe',
    notes: 'Stored excerpt with its headline and subheading; site chrome ("Перейти к основному контенту", the rubric, the map photo credits) and the repeated headline at the end, cut mid-word, removed. The date is in the URL. Governor Gladkov denies that Ukrainian forces took Журавлевка: the two "взятие Журавлевки силами ВСУ" clauses are captured, actor UA, denied, claimant the unverified reports he answers; "Село Журавлевка находится под контролем России" is controls, RU, claimant Gladkov. All on the publication day. "белгородской" names the oblast; "Журавлевка находится у границы" and the question "что с нашей Журавлевкой" are places only; "1,2 тыс. человек" is the pre-war population, not a claim.',
    places: [
      { t: 'Журавлевки', all: true, ref: 'zhuravlyovka' },
      { t: 'белгородской', ref: 'belgorodOblast' },
      { t: 'Журавлевка', all: true, ref: 'zhuravlyovka' },
      { t: 'Украиной', ref: 'ukraine' },
      { t: 'России', all: true, ref: 'russia' },
      { t: 'Белгородской области', ref: 'belgorodOblast' },
      { t: 'Журавлевкой', ref: 'zhuravlyovka' },
    ],
    claims: [],
    events: [
      { t: 'Журавлевки', n: 1, ref: 'zhuravlyovka', action: 'captured', actor: 'UA', claimant: 'unverified reports', denied: true, asOf: ['2024-09-10'] },
      { t: 'Журавлевки', n: 2, ref: 'zhuravlyovka', action: 'captured', actor: 'UA', claimant: 'unverified reports', denied: true, asOf: ['2024-09-10'] },
      { t: 'Журавлевка', n: 2, ref: 'zhuravlyovka', action: 'controls', actor: 'RU', claimant: 'Belgorod governor (Gladkov)', asOf: ['2024-09-10'] },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-12-11',
    url: 'https://www.rbc.ru/politics/11/12/2024/675972f49a7947ba4da5133a',
    notes: 'Stored excerpt with its headline and subheading; site chrome and map photo credits removed; the last sentence, cut mid-word, removed. The date is in the URL. Дарьино and Плёхово liberated (Russia retakes its own villages; headline, lead and the ministry\'s quote: three clauses each), claimant the Russian defence ministry, the publication day. "Новая Сорочина и хутор Покровский" liberated "9 октября" (2024). "И Дарьино, и Плёхово расположены" and "Дарьино находится" are places only; "к северо-западу от Суджи" is a reference point. "«Север»" is a group of forces (trap); "реки Снагость" a river (skipped); "Минобороны России" an official body (skipped).',
    places: [
      { t: 'Дарьино', all: true, ref: 'darino' },
      { t: 'Плёхово', all: true, ref: 'plekhovo' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Курскую область', ref: 'kurskOblast' },
      { t: 'Новая Сорочина', ref: 'novayaSorochina' },
      { t: 'Покровский', ref: 'pokrovsky' },
      { t: 'Суджанском районе', ref: 'sudzhanskyDistrict' },
      { t: 'Суджи', ref: 'sudzha' },
    ],
    traps: [{ t: 'Север', why: 'group of forces' }],
    skipped: [
      { t: 'России', why: 'country inside an official body\'s name (Минобороны России)' },
      { t: 'Снагость', why: 'river' },
    ],
    claims: [],
    events: [
      { t: 'Дарьино', n: 1, ref: 'darino', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
      { t: 'Плёхово', n: 1, ref: 'plekhovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
      { t: 'Дарьино', n: 2, ref: 'darino', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
      { t: 'Плёхово', n: 2, ref: 'plekhovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
      { t: 'Новая Сорочина', ref: 'novayaSorochina', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-10-09'] },
      { t: 'Покровский', ref: 'pokrovsky', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-10-09'] },
      { t: 'Дарьино', n: 3, ref: 'darino', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
      { t: 'Плёхово', n: 3, ref: 'plekhovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-01-17',
    url: 'https://lenta.ru/news/2025/01/17/minoborony-raskrylo-chislo-osvobozhdennyh-za-dve-nedeli-naselennyh-punktov-v-kurskoy-oblasti',
    notes: 'Stored excerpt without headline (the manifest title is the URL slug); the date is in the URL. Four settlements liberated "за две недели" (3-17 Jan 2025), claimant the Russian defence ministry via TASS. Ukrainian losses "с момента вторжения в Курскую область": from the incursion the text names (6 Aug 2024) to publication. "Минобороны России" and "Вооруженные силы Украины" are official bodies (skipped).',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Александрия', ref: 'aleksandriya' },
      { t: 'Леонидово', ref: 'leonidovo' },
      { t: 'Русское Поречное', ref: 'russkoyePorechnoye' },
      { t: 'Кругленькое', ref: 'kruglenkoye' },
      { t: 'Курскую область', ref: 'kurskOblast' },
      { t: 'Суджанского района', ref: 'sudzhanskyDistrict' },
    ],
    skipped: [
      { t: 'России', why: 'country inside an official body\'s name (Минобороны России)' },
      { t: 'Украины', why: 'country inside an official body\'s name (Вооруженные силы Украины)' },
    ],
    claims: [
      { t: 'четыре населенных пункта', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-01-03', '2025-01-17'] },
      { t: '52 450 военнослужащих', kind: 'count', value: 52450, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-08-06', '2025-01-17'] },
    ],
    events: [
      { t: 'Александрия', ref: 'aleksandriya', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-01-03', '2025-01-17'] },
      { t: 'Леонидово', ref: 'leonidovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-01-03', '2025-01-17'] },
      { t: 'Русское Поречное', ref: 'russkoyePorechnoye', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-01-03', '2025-01-17'] },
      { t: 'Кругленькое', ref: 'kruglenkoye', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-01-03', '2025-01-17'] },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2024-05-22',
    url: 'https://smotrim.ru/amp/article/3962772',
    notes: 'Stored excerpt with its headline and date line ("22 мая 2024 15:38"); the rubric "Спецоперация России" removed. Ganchev, head of the Russian occupation administration of Kharkiv Oblast: settlements "освободили" since the start of the invasion (24 Feb 2022) to 22 May 2024 — almost 50 (headline) and 49 in all, 36 in the Kupiansk district, 13 in the north, 8 of them in the Kharkiv district; counts of settlements taken by Russia (holder RU). "Волчанский район" is the former district. The ministry\'s report of Ukrainian counter-attacks "возле Волчанска и Липцов" is fighting, actor UA, "за сутки" before an undated earlier report: the publication date; "до 255 солдат" lost is a casualty count for that day. "Минобороны РФ" is an official body (skipped).',
    places: [
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Купянском районе', ref: 'kupianskDistrict' },
      { t: 'Харьковского района', ref: 'kharkivDistrict' },
      { t: 'Волчанский район', ref: 'vovchanskDistrict' },
      { t: 'Волчанска', ref: 'vovchansk' },
      { t: 'Липцов', ref: 'lyptsi' },
    ],
    skipped: [{ t: 'РФ', all: true, why: 'country inside an official body\'s name (ВС РФ, Минобороны РФ)' }],
    claims: [
      { t: 'почти 50 населенных пунктов', kind: 'count', value: 50, unit: 'settlements', holder: 'RU', claimant: 'Ganchev', asOf: ['2022-02-24', '2024-05-22'] },
      { t: '49 населенных пунктов', kind: 'count', value: 49, unit: 'settlements', holder: 'RU', claimant: 'Ganchev', asOf: ['2022-02-24', '2024-05-22'] },
      { t: '36 поселений', kind: 'count', value: 36, unit: 'settlements', holder: 'RU', claimant: 'Ganchev', asOf: ['2022-02-24', '2024-05-22'] },
      { t: '13', ctx: '13 — в северной', kind: 'count', value: 13, unit: 'settlements', holder: 'RU', claimant: 'Ganchev', asOf: ['2022-02-24', '2024-05-22'] },
      { t: '8 пунктов', kind: 'count', value: 8, unit: 'settlements', holder: 'RU', claimant: 'Ganchev', asOf: ['2022-02-24', '2024-05-22'] },
      { t: '255 солдат', kind: 'count', value: 255, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-05-21', '2024-05-22'] },
    ],
    events: [
      { t: 'Волчанска', ref: 'vovchansk', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-22'] },
      { t: 'Липцов', ref: 'lyptsi', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-22'] },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2024-08-20',
    url: 'https://istories.media/news/2024/08/20/glavkom-vsu-ukrainskie-voiska-prodvinulis-vglub-kurskoi-oblasti-na-28-35-km/',
    notes: 'Stored excerpt without headline (the manifest title is the URL slug); the date is in the URL. Syrskyi (20 Aug 2024): 93 settlements and 1,263 km² held; "За сутки" one settlement and 13 km² gained (19-20 Aug). Fighting "в районе села Малой Локни" (the Ukrainian offensive: actor UA, claimant the Z channels); "снято в Малой Локне" is a place only; Rybar: Russian forces "удерживают рубежи в районе Николаевки и Старой Сорочины" (controls, RU). «Суспільне» (outlet) and «Пепел Курск» (Telegram channel) are traps; "ВС РФ" is an official body (skipped); "Армия России" names the country; "при президенте Украины" is a title. "28–35 км" is a depth, not a claim.',
    places: [
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Украины', ctx: 'президенте Украины', ref: 'ukraine' },
      { t: 'России', ref: 'russia' },
      { t: 'Малой Локни', ref: 'malayaLoknya' },
      { t: 'Суджанском районе', ref: 'sudzhanskyDistrict' },
      { t: 'Малой Локне', ref: 'malayaLoknya' },
      { t: 'Николаевки', ref: 'nikolaevka' },
      { t: 'Старой Сорочины', ref: 'starayaSorochina' },
    ],
    traps: [
      { t: 'Суспільне', why: 'outlet' },
      { t: 'Пепел Курск', why: 'Telegram channel' },
    ],
    skipped: [
      { t: 'РФ', why: 'country inside an official body\'s name (ВС РФ)' },
      { t: 'Украины', ctx: 'силы Украины', why: 'country inside an official body\'s name (Вооруженные силы Украины)' },
    ],
    claims: [
      { t: '93 населенных пункта', kind: 'count', value: 93, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-20'] },
      { t: '1263 кв. км', kind: 'area-held', value: 1263, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-20'] },
      { t: 'один населенный пункт', kind: 'count', value: 1, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-19', '2024-08-20'] },
      { t: '13 кв. км', kind: 'area-gained', value: 13, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-19', '2024-08-20'] },
    ],
    events: [
      { t: 'Малой Локни', ref: 'malayaLoknya', action: 'fighting', actor: 'UA', claimant: 'Z channels (Russian bloggers)', asOf: ['2024-08-20'] },
      { t: 'Николаевки', ref: 'nikolaevka', action: 'controls', actor: 'RU', claimant: 'Rybar', asOf: ['2024-08-20'] },
      { t: 'Старой Сорочины', ref: 'starayaSorochina', action: 'controls', actor: 'RU', claimant: 'Rybar', asOf: ['2024-08-20'] },
    ],
  },
  {
    file: 'ru-06.txt', language: 'ru', published: '2025-08-30',
    url: 'https://www.kommersant.ru/doc/8005843',
    notes: 'Stored excerpt without headline (the manifest title is the annotator\'s summary, said so); the date is the index date. Gerasimov: 210 km² and 13 settlements of Sumy Oblast held by the North group (Russia), present tense = 30 Aug 2025. Gornal liberated "В конце апреля" (21-30 Apr 2025), claimant the Russian defence ministry. «Север» (twice) is a group of forces (trap); "Генштаба ВС России" an official body (skipped); "Сумской области Украины" is two mentions.',
    places: [
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
      { t: 'Горналь', ref: 'gornal' },
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Суджанском районе', ref: 'sudzhanskyDistrict' },
      { t: 'Украины', ref: 'ukraine' },
    ],
    traps: [{ t: 'Север', all: true, why: 'group of forces' }],
    skipped: [{ t: 'России', why: 'country inside an official body\'s name (Генштаба ВС России)' }],
    claims: [
      { t: '210 кв. км', kind: 'area-held', value: 210, unit: 'km2', holder: 'RU', claimant: 'Gerasimov', asOf: ['2025-08-30'] },
      { t: '13 населенных пунктов', kind: 'count', value: 13, unit: 'settlements', holder: 'RU', claimant: 'Gerasimov', asOf: ['2025-08-30'] },
    ],
    events: [
      { t: 'Горналь', ref: 'gornal', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-04-21', '2025-04-30'] },
    ],
  },
];
