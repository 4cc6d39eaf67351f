// Hand annotations, Russian articles added in the second pass.
import type { ArticleAnnotation, EventItem, Locator, Period, PlaceRef } from './types.ts';

const MOD = 'Russian defence ministry';
const GS = 'Ukrainian General Staff';
const ORG = 'country name inside the name of an organisation (armed forces, ministry)';

const lib = (t: string, ref: PlaceRef, asOf: Period, extra: Partial<Locator> = {}): EventItem => ({
  t, ref, action: 'liberated', actor: 'RU', claimant: MOD, asOf, ...extra,
});

export const RU2: ArticleAnnotation[] = [
  {
    file: 'ru-06.txt', language: 'ru', published: '2025-03-10',
    url: 'https://mk.ru/politics/2025/03/10/vs-rf-zanyali-32-naselennykh-punkta-v-kurskoy-oblasti.html',
    notes: 'Stored excerpt without its headline; the last sentence (September\'s 12 villages, cut off mid-list) was dropped. A chronology of Russian recaptures by period, from ministry data and TASS counts: every listed village is a liberated event dated to the period its sentence gives (8-9 Mar 2025; February 2025; January 2025; 31 Jan 2025; December 2024). Counts written as words: "семь", "пятью", "четыре", "три". On 17 Jan: 63.2 % (801 km²) of the 1,268 km² first taken by Ukraine retaken. "Дарьино" is a separate village from "Николаево-Дарьино". "Север" is a group of forces.',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Малая Локня', ref: 'malayaLoknya' },
      { t: 'Черкасское Поречное', ref: 'cherkasskoyePorechnoye' },
      { t: 'Косица', ref: 'kositsa' },
      { t: 'Лебедевка', ref: 'lebedevka' },
      { t: 'Викторовка', ref: 'viktorovka' },
      { t: 'Николаевка', ref: 'nikolaevka' },
      { t: 'Старая Сорочина', ref: 'starayaSorochina' },
      { t: 'Погребки', ref: 'pogrebki' },
      { t: 'Орловка', ref: 'orlovka' },
      { t: 'Никольский', ref: 'nikolsky' },
      { t: 'Новая Сорочина', ref: 'novayaSorochina' },
      { t: 'Свердликово', ref: 'sverdlikovo' },
      { t: 'Александрия', ref: 'aleksandriya' },
      { t: 'Леонидово', ref: 'leonidovo' },
      { t: 'Русское Поречное', ref: 'russkoyePorechnoye' },
      { t: 'Кругленькое', ref: 'kruglenkoye' },
      { t: 'Николаево-Дарьино', ref: 'nikolaevoDaryino' },
      { t: 'Плехово', ref: 'plekhovo' },
      { t: 'Дарьино', ctx: 'Плехово, Дарьино', ref: 'darino' },
      { t: 'Новоивановка', ref: 'novoivanovka' },
    ],
    traps: [{ t: 'Север', all: true, why: 'name of a Russian group of forces ("North")' }],
    skipped: [{ t: 'России', ctx: 'Минобороны России', why: ORG }],
    claims: [
      { t: '32 населенных пункта', kind: 'count', value: 32, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2024-08-06', '2025-03-10'] },
      { t: 'семь населенных пунктов', kind: 'count', value: 7, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-03-08', '2025-03-09'] },
      { t: 'пятью населенными пунктами', kind: 'count', value: 5, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-02-01', '2025-02-28'] },
      { t: '63,2%', kind: 'share-lost', value: 63.2, unit: 'percent', holder: 'RU', claimant: MOD, asOf: ['2025-01-17'] },
      { t: '801 кв. км', kind: 'area-retaken', value: 801, unit: 'km2', holder: 'RU', claimant: MOD, asOf: ['2025-01-17'] },
      { t: '1 268 кв. км', kind: 'area-held-peak', value: 1268, unit: 'km2', holder: 'UA', claimant: MOD, asOf: ['2024-08-06', '2025-01-17'] },
      { t: 'четыре населенных пункта', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-01-01', '2025-01-31'] },
      { t: 'три населенных пункта', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2024-12-01', '2024-12-31'] },
    ],
    events: [
      ...([
        ['Малая Локня', 'malayaLoknya'], ['Черкасское Поречное', 'cherkasskoyePorechnoye'], ['Косица', 'kositsa'],
        ['Лебедевка', 'lebedevka'], ['Викторовка', 'viktorovka'], ['Николаевка', 'nikolaevka'],
        ['Старая Сорочина', 'starayaSorochina'],
      ] as const).map(([t, ref]) => lib(t, ref, ['2025-03-08', '2025-03-09'])),
      ...([
        ['Погребки', 'pogrebki'], ['Орловка', 'orlovka'], ['Никольский', 'nikolsky'],
        ['Новая Сорочина', 'novayaSorochina'], ['Свердликово', 'sverdlikovo'],
      ] as const).map(([t, ref]) => lib(t, ref, ['2025-02-01', '2025-02-28'])),
      ...([
        ['Александрия', 'aleksandriya'], ['Леонидово', 'leonidovo'], ['Русское Поречное', 'russkoyePorechnoye'],
        ['Кругленькое', 'kruglenkoye'],
      ] as const).map(([t, ref]) => lib(t, ref, ['2025-01-01', '2025-01-31'])),
      lib('Николаево-Дарьино', 'nikolaevoDaryino', ['2025-01-31']),
      lib('Плехово', 'plekhovo', ['2024-12-01', '2024-12-31']),
      lib('Дарьино', 'darino', ['2024-12-01', '2024-12-31'], { ctx: 'Плехово, Дарьино' }),
      lib('Новоивановка', 'novoivanovka', ['2024-12-01', '2024-12-31']),
    ],
  },
  {
    file: 'ru-07.txt', language: 'ru', published: '2024-10-11',
    url: 'https://lenta.ru/news/2024/10/11/minoborony-soobschilo-podrobnosti-o-boyah-v-kurskoy-oblasti',
    notes: 'Stored excerpt; the truncated last sentence was dropped. Ministry report for the past day ("за сутки", 10-11 Oct 2024): fighting near five villages (Russia attacking) and five repelled Ukrainian attacks "в направлении" four villages (fighting, attacking side UA; Lyubimovka appears in both lists). Lyubimovka is the village of Korenevsky District, where the September-October fighting was. Country names inside "Минобороны России", "Вооруженные силы (ВС) России" and "Вооруженных сил Украины" are skipped.',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Плехово', ref: 'plekhovo' },
      { t: 'Толстый Луг', ref: 'tolstyLug' },
      { t: 'Новый Путь', ref: 'novyPut' },
      { t: 'Любимовка', all: true, ref: 'lyubimovka' },
      { t: 'Дарьино', ref: 'darino' },
      { t: 'Кремяное', ref: 'kremyanoye' },
      { t: 'Новая Сорочина', ref: 'novayaSorochina' },
      { t: 'Малая Локня', ref: 'malayaLoknya' },
      { t: 'Курскую область', ref: 'kurskOblast' },
      { t: 'Белгородской', ref: 'belgorodOblast' },
      { t: 'Брянской областях', ref: 'bryanskOblast' },
    ],
    skipped: [
      { t: 'России', ctx: 'Минобороны России', why: ORG },
      { t: 'России', ctx: '(ВС) России', why: ORG },
      { t: 'Украины', ctx: 'Вооруженных сил Украины', why: ORG },
    ],
    claims: [],
    events: [
      ...([['Плехово', 'plekhovo'], ['Толстый Луг', 'tolstyLug'], ['Новый Путь', 'novyPut']] as const).map(
        ([t, ref]): EventItem => ({ t, ref, action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-10-10', '2024-10-11'] }),
      ),
      { t: 'Любимовка', n: 1, ref: 'lyubimovka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-10-10', '2024-10-11'] },
      { t: 'Дарьино', ref: 'darino', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-10-10', '2024-10-11'] },
      ...([['Кремяное', 'kremyanoye'], ['Новая Сорочина', 'novayaSorochina']] as const).map(
        ([t, ref]): EventItem => ({ t, ref, action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-10-10', '2024-10-11'] }),
      ),
      { t: 'Любимовка', n: 2, ref: 'lyubimovka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-10-10', '2024-10-11'] },
      { t: 'Малая Локня', ref: 'malayaLoknya', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-10-10', '2024-10-11'] },
    ],
  },
  {
    file: 'ru-08.txt', language: 'ru', published: '2024-12-09',
    url: 'https://lenta.ru/news/2024/12/09/stalo-izvestno-ob-osvobozhdenii-naselennogo-punkta-v-kurskoy-oblasti',
    notes: 'Stored excerpt. Plekhovo "liberated and cleared" per the Telegram channel WarGonzo: one event on the name (liberated), dated to publication. "около половины" of the ground Ukraine took is retaken (share-lost 50 %, unattributed "сообщалось"). Unit nicknames "Курские витязи" and "Арбат" are traps. Sudzhansky District has no sourced point.',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Плехово', ref: 'plekhovo' },
      { t: 'Суджанского района', ref: 'sudzhanskyDistrict' },
    ],
    traps: [
      { t: 'Курские витязи', why: 'unit nickname ("Kursk knights")' },
      { t: 'Арбат', why: 'unit nickname (also a Moscow street)' },
    ],
    skipped: [{ t: 'Украины', ctx: 'Вооруженными силами Украины', why: ORG }],
    claims: [
      { t: 'около половины', kind: 'share-lost', value: 50, unit: 'percent', holder: 'RU', claimant: null, asOf: ['2024-12-09'] },
    ],
    events: [
      { t: 'Плехово', ref: 'plekhovo', action: 'liberated', actor: 'RU', claimant: 'WarGonzo', asOf: ['2024-12-09'] },
    ],
  },
  {
    file: 'ru-09.txt', language: 'ru', published: '2024-08-12',
    url: 'https://e-news24.ru/2024/08/12/boi-v-kyrskoi-oblasti-vsy-kontroliryut-28-naselennyh-pynktov',
    notes: 'Stored excerpt without its headline (republished from avia.pro). Contradicting counts on 12 Aug 2024: the acting governor Smirnov\'s 28 settlements under Ukrainian control against "the Ukrainian side\'s" 44, which the outlet calls unproven disinformation (the gold format has no denial flag for claims: noted here). "12 километров" and "40 километров" are depth and width of the incursion, not claims; "2 000 жителей" is not a claim kind. "avia.pro" is a website.',
    places: [
      { t: 'России', ref: 'russia' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
    ],
    claims: [
      { t: '28 населённых пунктов', kind: 'count', value: 28, unit: 'settlements', holder: 'UA', claimant: 'Kursk governor (Smirnov)', asOf: ['2024-08-12'] },
      { t: '44 населёнными пунктами', kind: 'count', value: 44, unit: 'settlements', holder: 'UA', claimant: 'Ukrainian side', asOf: ['2024-08-12'], note: 'contradicted by the outlet as disinformation' },
    ],
    events: [],
  },
  {
    file: 'ru-10.txt', language: 'ru', published: '2025-03-08',
    url: 'https://my.ua/news/cluster/2025-03-08-genshtab-rasskazal-o-situatsii-na-kurshchine',
    notes: 'Stored excerpt (Russian-language page of a Ukrainian aggregator), image line dropped; its last sentence may be cut. "в субботу, 8 марта" dates the General Staff\'s comment. It denies a massive breakthrough across the border in Sumy Oblast (no settlement named in the denial) and reports sabotage groups operating around Novenke and Zhuravka (fighting, attacking side RU) and heavy enemy losses in Sudzha (fighting, RU attacking). "Украинская правда" is an outlet. "оказываются" is the source\'s wording.',
    places: [
      { t: 'Курщине', ref: 'kurskOblast' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
      { t: 'Украины', all: true, ref: 'ukraine' },
      { t: 'Новенькое', ref: 'novenke' },
      { t: 'Журавка', ref: 'zhuravka' },
      { t: 'Судже', ref: 'sudzha' },
    ],
    traps: [{ t: 'Украинская правда', why: 'outlet name' }],
    claims: [],
    events: [
      { t: 'Новенькое', ref: 'novenke', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2025-03-08'] },
      { t: 'Журавка', ref: 'zhuravka', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2025-03-08'] },
      { t: 'Судже', ref: 'sudzha', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2025-03-08'] },
    ],
  },
];
