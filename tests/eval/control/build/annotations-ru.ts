// Hand annotations, Russian articles (see annotations-en.mjs for the span conventions).
import type { ArticleAnnotation } from './types.ts';

const MOD = 'Russian defence ministry';
const ORG = 'country name inside the name of an organisation (armed forces, ministry, security service)';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-08-13',
    url: 'http://russian.news.cn/20240813/cd0d4959ab6a40878c81a717b02369ea/c.html',
    notes: 'Stored excerpt (Xinhua, dateline 13 Aug). "В понедельник" = Monday 12 Aug 2024: Syrskyi\'s ~1,000 km² (headline and body) and the Kursk governor\'s 28 settlements are both dated 12 Aug. "Интерфакс-Украина" is a news agency: a trap. Country names inside organisation names are skipped; "Президент Украины" is a mention of the country.',
    places: [
      { t: 'Украина', ctx: 'Украина взяла', ref: 'ukraine' },
      { t: 'РФ', all: true, ref: 'russia' },
      { t: 'Киев', ref: 'kyiv' },
      { t: 'Москва', ref: 'moscow' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'России', ref: 'russia' },
      { t: 'Украины', ctx: 'Президент Украины', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Интерфакс-Украина', why: 'news agency name' },
      { t: 'Синьхуа', why: 'news agency name (Xinhua)' },
    ],
    skipped: [
      { t: 'Украины', ctx: 'Вооруженными силами Украины', why: ORG },
      { t: 'Украины', ctx: 'Службе безопасности Украины', why: ORG },
    ],
    claims: [
      { t: '1000 кв. км', n: 1, kind: 'area-held', value: 1000, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-12'] },
      { t: '1000 кв. км', n: 2, kind: 'area-held', value: 1000, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-12'] },
      { t: '28 населенных пунктов', kind: 'count', value: 28, unit: 'settlements', holder: 'UA', claimant: 'Kursk governor (Smirnov)', asOf: ['2024-08-12'] },
    ],
    events: [],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-08-14',
    url: 'https://m24.ru/amp/news/proisshestviya/14082024/716716',
    notes: 'Stored excerpt without its headline; the truncated last word was dropped. A denial: Alaudinov says Ukraine does NOT control Sudzha (event: controls, actor UA, denied). "там", "в городе" refer back to Sudzha without naming it: no further event spans. Martynovka: Ukrainian forces, advancing through it, took heavy damage there (fighting; the attacking side is UA). Losses "до 2 030 военных" by 13 Aug, counted from the start of the fighting on 6 Aug that the text gives. "курском направлении" is a front axis: skipped. "Ахмат" is a unit name.',
    places: [
      { t: 'Суджа', ref: 'sudzha' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Мартыновке', ref: 'martynovka' },
      { t: 'Курской', ctx: 'в Курской, Белгородской', ref: 'kurskOblast' },
      { t: 'Белгородской', ref: 'belgorodOblast' },
      { t: 'Брянской областях', ref: 'bryanskOblast' },
    ],
    traps: [{ t: 'Ахмат', why: 'name of a special forces unit' }],
    skipped: [
      { t: 'Украины', ctx: 'Вооруженные силы Украины', why: ORG },
      { t: 'РФ', ctx: 'Вооруженных сил РФ', why: ORG },
      { t: 'РФ', ctx: 'ВС РФ', why: ORG },
      { t: 'курском', why: 'front axis ("Kursk direction"): adjective, region or city cannot be settled' },
    ],
    claims: [
      { t: '2 030 военных', kind: 'count', value: 2030, unit: 'casualties', holder: 'UA', claimant: null, asOf: ['2024-08-06', '2024-08-13'] },
    ],
    events: [
      { t: 'Суджа', ref: 'sudzha', action: 'controls', actor: 'UA', claimant: 'Alaudinov', denied: true, asOf: ['2024-08-14'] },
      { t: 'Мартыновке', ref: 'martynovka', action: 'fighting', actor: 'UA', claimant: 'Alaudinov', asOf: ['2024-08-14'] },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-08-16',
    url: 'https://ubn.news/ru/ukraina-prodolzhaet-nastuplenie-v-kur',
    notes: 'Stored excerpt: the headline runs on into the lead across the dateline line "Пятница, 16 августа, 2024". Syrskyi: Sudzha cleared (with three unnamed settlements), 82 settlements and 1,150 km² held "на данный момент" (no date for the statement in the text: publication date). "0,5-1,5 км" and "35 км" are advances, not claims. "военные Украины" is a mention of the country.',
    places: [
      { t: 'Украина', all: true, ref: 'ukraine' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Судже', ref: 'sudzha' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'России', ref: 'russia' },
    ],
    claims: [
      { t: '82 населенных пункта', n: 1, kind: 'count', value: 82, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-16'] },
      { t: '1 150 квадратных километров', kind: 'area-held', value: 1150, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-16'] },
      { t: '82 населенных пункта', n: 2, kind: 'count', value: 82, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-16'] },
    ],
    events: [
      { t: 'Судже', ref: 'sudzha', action: 'cleared', actor: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-16'] },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-03-10',
    url: 'https://abakan-news.net/politics/2025/03/10/205414.html',
    notes: 'Stored excerpt; its last sentence (Lebedevka and a khutor cut off mid-word) was dropped. "установили контроль над ... Малую Локню, Черкасское Поречное и Косицу" = three liberated events (Russia retaking its own villages), claimed by the defence ministry; "о взятии Малой Локни" in VGTRK footage; Cherkasskoye Porechnoye and Kositsa again "перешли под контроль" per a TASS source. Undated statements: publication date. Sudzha is only a distance reference here (no event).',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Малую Локню', ref: 'malayaLoknya' },
      { t: 'Малой Локни', ref: 'malayaLoknya' },
      { t: 'Черкасское Поречное', all: true, ref: 'cherkasskoyePorechnoye' },
      { t: 'Косицу', ref: 'kositsa' },
      { t: 'Косица', ref: 'kositsa' },
      { t: 'Суджи', all: true, ref: 'sudzha' },
    ],
    skipped: [{ t: 'РФ', ctx: 'Министерстве обороны РФ', why: ORG }],
    claims: [],
    events: [
      { t: 'Малую Локню', ref: 'malayaLoknya', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-10'] },
      { t: 'Черкасское Поречное', n: 1, ref: 'cherkasskoyePorechnoye', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-10'] },
      { t: 'Косицу', ref: 'kositsa', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-10'] },
      { t: 'Малой Локни', ref: 'malayaLoknya', action: 'liberated', actor: 'RU', claimant: 'VGTRK', asOf: ['2025-03-10'] },
      { t: 'Черкасское Поречное', n: 2, ref: 'cherkasskoyePorechnoye', action: 'liberated', actor: 'RU', claimant: 'TASS source', asOf: ['2025-03-10'] },
      { t: 'Косица', ref: 'kositsa', action: 'liberated', actor: 'RU', claimant: 'TASS source', asOf: ['2025-03-10'] },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-03-13',
    url: 'https://vestivrn.ru/amp/2025/03/13/rossiiskie-voennye-osvobodili-sudzhu-v-kurskoi-oblasti',
    notes: 'Stored excerpt. "в четверг, 13 марта" dates the ministry\'s claims (Sudzha in the headline and the body, Melovoy and Podol: a list of two). "ВСУ потеряли 340 военнослужащих" "за сутки": 12-13 Mar. Background: Ukraine occupied Sudzha "к середине августа" 2024 (captured, dated 1-20 Aug 2024). "Вести Воронеж" is the outlet (trap); "Воронежскую область" is a place. Equipment counts are not claim kinds.',
    places: [
      { t: 'Суджу', all: true, ref: 'sudzha' },
      { t: 'Суджа', ref: 'sudzha' },
      { t: 'Суджи', ref: 'sudzha' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Меловой', ref: 'melovoy' },
      { t: 'Подол', ref: 'podol' },
      { t: 'Воронежскую область', ref: 'voronezhOblast' },
    ],
    traps: [{ t: 'Вести Воронеж', why: 'outlet name' }],
    skipped: [{ t: 'РФ', ctx: 'Минобороны РФ', why: ORG }],
    claims: [
      { t: '340 военнослужащих', kind: 'count', value: 340, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-03-12', '2025-03-13'] },
    ],
    events: [
      { t: 'Суджу', n: 1, ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'] },
      { t: 'Суджа', ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'] },
      { t: 'Меловой', ref: 'melovoy', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'] },
      { t: 'Подол', ref: 'podol', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'] },
      { t: 'Суджу', n: 2, ref: 'sudzha', action: 'captured', actor: 'UA', claimant: null, asOf: ['2024-08-01', '2024-08-20'] },
    ],
  },
];
