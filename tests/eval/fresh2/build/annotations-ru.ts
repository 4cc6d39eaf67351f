// Hand annotations, Russian articles of tests/eval/fresh2 (see annotations-en.ts for the locator conventions).
import type { ArticleAnnotation } from './types.ts';

const MOD = 'Russian defence ministry';
const SEVER = 'группировка войск «Север» (Russian North group of forces)';
const GLADKOV = 'Belgorod governor (Gladkov)';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-07-31',
    url: 'https://www.amic.ru/news/rossiyskie-voyska-vzyali-pod-kontrol-chasov-yar-v-dnr-566131',
    notes: 'Stored excerpt of ИА Амител with its lead line and date line ("31 июля 2025, 13:15, ИА Амител"); the headline is not in the store (the manifest title is the URL slug) and the photo credit ("Российские военные / Фото: пресс-служба Минобороны РФ") is removed. The defence ministry: Часов Яр "взят российскими военными" and "освобожден" (two clauses): captured, actor RU (a Ukrainian town, whatever the verb). On 29 July the ministry reported defeating Ukrainian forces "в районах" Константиновки, Иванополья, Васюковки и Дзержинска: fighting, actor RU, on 29 July. "Дзержинска" is the Russian name of Toretsk (not Dzerzhinsk in Russia). "Донецкой Народной Республике/Республики" names Donetsk Oblast; "ВС РФ" and "Министерстве обороны РФ" are official bodies (skipped); "краматорско-дружковском направлении" is a front axis (skipped); "Южной"/"Южная" name the group of forces (traps: Южный is also a village name).',
    places: [
      { t: 'Часов Яр', all: true, ref: 'chasivYar' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Донецкой Народной Республики', all: true, ref: 'donetskOblast' },
      { t: 'России', ref: 'russia' },
      { t: 'Константиновки', ref: 'kostiantynivka' },
      { t: 'Иванополья', ref: 'ivanopillia' },
      { t: 'Васюковки', ref: 'vasiukivka' },
      { t: 'Дзержинска', ref: 'toretsk' },
    ],
    traps: [
      { t: 'Южной', all: true, why: 'name of the group of forces ("Южная" группировка)' },
      { t: 'Южная', why: 'name of the group of forces' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: 'country inside an official body\'s name (ВС РФ, Министерство обороны РФ)' },
      { t: 'краматорско-дружковском', why: 'front axis' },
    ],
    events: [
      { t: 'Часов Яр', n: 1, ref: 'chasivYar', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-07-31'] },
      { t: 'Часов Яр', n: 2, ref: 'chasivYar', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-07-31'] },
      { t: 'Константиновки', ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-07-29'] },
      { t: 'Иванополья', ref: 'ivanopillia', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-07-29'] },
      { t: 'Васюковки', ref: 'vasiukivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-07-29'] },
      { t: 'Дзержинска', ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-07-29'] },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-03-10',
    url: 'https://kursk-news.ru/society/2025/03/10/544106.html',
    notes: 'Stored excerpt of kursk-news.ru, starting at the lead (no headline: the manifest title is by the annotator); the last sentence, cut mid-word ("... в соседней лесопосадке и о"), is removed. The date is in the URL ("на сегодняшнее утро" = 10 Mar 2025). The North group: "полное освобождение от противника сел" Локня, Малая Локня, Косица, Черкасское Поречное, Правда и Михайловка officially confirmed: liberated, actor RU (Russian villages retaken). Ukrainian soldiers "пытаются укрыться в городе Судже", which Ukraine\'s command prepares as a fortress: controls, actor UA. "Правда" is the village (not the newspaper); "Локня" is annotated only where it stands alone (the second is inside "Малая Локня"). "нашего региона" is not a name; "Курского фронта" is a front axis (skipped); «Север» and "Северян" name the group of forces and its men (traps). "23 километра" is a depth, not a claim.',
    places: [
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Локня', n: 1, ref: 'loknya' },
      { t: 'Малая Локня', ref: 'malayaLoknya' },
      { t: 'Косица', ref: 'kositsa' },
      { t: 'Черкасское Поречное', ref: 'cherkasskoyePorechnoye' },
      { t: 'Правда', ref: 'pravda' },
      { t: 'Михайловка', ref: 'mikhaylovka' },
      { t: 'Суджанском районе', all: true, ref: 'sudzhanskyDistrict' },
      { t: 'Судже', ref: 'sudzha' },
    ],
    traps: [
      { t: 'Север', why: 'name of the group of forces («Север»)' },
      { t: 'Северян', why: 'the soldiers of the Север group' },
    ],
    skipped: [{ t: 'Курского', why: 'front axis ("Курского фронта")' }],
    events: [
      { t: 'Локня', n: 1, ref: 'loknya', action: 'liberated', actor: 'RU', claimant: SEVER, asOf: ['2025-03-10'] },
      { t: 'Малая Локня', ref: 'malayaLoknya', action: 'liberated', actor: 'RU', claimant: SEVER, asOf: ['2025-03-10'] },
      { t: 'Косица', ref: 'kositsa', action: 'liberated', actor: 'RU', claimant: SEVER, asOf: ['2025-03-10'] },
      { t: 'Черкасское Поречное', ref: 'cherkasskoyePorechnoye', action: 'liberated', actor: 'RU', claimant: SEVER, asOf: ['2025-03-10'] },
      { t: 'Правда', ref: 'pravda', action: 'liberated', actor: 'RU', claimant: SEVER, asOf: ['2025-03-10'] },
      { t: 'Михайловка', ref: 'mikhaylovka', action: 'liberated', actor: 'RU', claimant: SEVER, asOf: ['2025-03-10'] },
      { t: 'Судже', ref: 'sudzha', action: 'controls', actor: 'UA', claimant: SEVER, asOf: ['2025-03-10'] },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-08-12',
    url: 'https://rg.ru/2024/08/12/reg-cfo/gladkov-zhitelej-belgorodskoj-oblasti-evakuiruiut-vglub-regiona-iz-za-atak-vsu.html',
    notes: 'Stored text of Российская газета with its headline, complete. The date is in the URL. Ukrainian attacks intensified at the "Колотиловка" border checkpoint "и одноименного села": fighting, actor UA (the attacking side), claimant Gladkov; the checkpoint is named after the village and stands at it, so the quoted name is the village\'s mention. The DRG that reached "соседний Беловский район" names a district, not a settlement: no event. "белгородские приграничные районы" names the oblast (the adjective, as "белгородский губернатор"); "краснояружцы" is a demonym (not a mention); Gladkov is a person (trap).',
    places: [
      { t: 'Белгородской области', ref: 'belgorodOblast' },
      { t: 'белгородские', ref: 'belgorodOblast' },
      { t: 'Колотиловка', ref: 'kolotilovka' },
      { t: 'Краснояружского района', ref: 'krasnoyaruzhskyDistrict' },
      { t: 'Беловский район', ref: 'belovskyDistrict' },
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Ракитянского района', ref: 'rakityanskyDistrict' },
    ],
    traps: [{ t: 'Гладков', all: true, why: 'person (Governor Vyacheslav Gladkov)' }],
    events: [{ t: 'Колотиловка', ref: 'kolotilovka', action: 'fighting', actor: 'UA', claimant: GLADKOV, asOf: ['2024-08-12'] }],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-01-13',
    url: 'https://www3.interfax-russia.ru/specoperaciya-na-ukraine/minoborony-rf-soobshchilo-ob-evakuacii-zhiteley-kurahovo-v-dnr',
    notes: 'Stored text of Интерфакс-Россия, complete, with its dateline ("Москва. 13 января. ИНТЕРФАКС"); the headline is not in the store (the manifest title is the URL slug). The date: 13 January, a Monday ("в понедельник"), after the capture of Kurakhove announced on 6 January 2025, so 13 Jan 2025. Курахово "освобожденного российскими военнослужащими на прошлой неделе" (6-12 Jan) and "6 января ... перешел под полный контроль РФ": captured, actor RU (a Ukrainian town), claimant the defence ministry; the evacuation of its residents is not a control event. "Москва" is the dateline; "Минобороны РФ" is an official body (skipped twice); "контроль РФ" and "армии Украины" name the countries; "ДНР" and "Донецкой народной республики" name Donetsk Oblast; "Южной" names the group of forces (trap).',
    places: [
      { t: 'Москва', ref: 'moscow' },
      { t: 'Курахово', all: true, ref: 'kurakhove' },
      { t: 'Донецкой народной республики', ref: 'donetskOblast' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'РФ', n: 3, ref: 'russia' },
      { t: 'Украины', ref: 'ukraine' },
    ],
    traps: [{ t: 'Южной', all: true, why: 'name of the group of forces ("Южная" группировка)' }],
    skipped: [
      { t: 'РФ', n: 1, why: 'country inside an official body\'s name (Минобороны РФ)' },
      { t: 'РФ', n: 2, why: 'country inside an official body\'s name (Минобороны РФ)' },
    ],
    events: [
      { t: 'Курахово', n: 2, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-01-06', '2025-01-12'] },
      { t: 'Курахово', n: 3, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-01-06'] },
    ],
  },
];
