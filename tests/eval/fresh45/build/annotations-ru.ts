// Hand annotations, Russian articles of tests/eval/fresh45. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const OBLAST_TITLE = "the oblast or district inside an official body's name";
const VLASENKO = 'Роман Власенко (Северодонецкая РВА)';
const KYRYLENKO = 'Павел Кириленко (Донецкая ОВА)';
const BOGOMAZ = 'Александр Богомаз';
const LYSOHOR = 'Артем Лысогор (Луганская ОВА)';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-06-21',
    url: 'https://rubryka.com/ru/2022/06/21/rosiyany-zahopyly-selyshhe-toshkivka-na-luganshhyni-glava-rva',
    notes: 'Stored copy on Рубрика (Russian text), its headline and body as the store gives them; the time and date line ("19:26 21 Июн 2022") and the rubric tail ("Рубрика: Події") removed. The date is the URL\'s and the date line\'s (21 June 2022). Events: the capture of Toshkovka told three times (headline, lead, "Тошковка полностью оккупирована россиянами"; captured, RU, Vlasenko), "пытаются продавить оборону наших ребят между Мирной Долиной и Горным" (fighting, RU, at both: attacks between two named places). "Горным" renders the Ukrainian "Гірським", Hirske, which lies beside Myrna Dolyna (its Russian name is Горское; the village Горное is elsewhere): the gold reads Hirske. Not events: "Были остановлены вчера" (no name), "вся Луганская область является эпицентром" (a region). No claims. Traps: Роман Власенко, Власенко (twice), УП. Skipped: the district in "Глава Северодонецкой районной военной администрации".',
    places: [
      { t: 'Тошковка', all: true, ref: 'toshkivka' },
      { t: 'Луганской области', all: true, ref: 'luhanskOblast' },
      { t: 'Мирной Долиной', ref: 'myrnaDolyna' },
      { t: 'Горным', ref: 'hirske' },
      { t: 'Луганская область', ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'Роман Власенко', why: 'person' },
      { t: 'Власенко', n: 2, why: 'person' },
      { t: 'Власенко', n: 3, why: 'person' },
      { t: 'УП', why: 'an outlet (Украинская правда)' },
    ],
    skipped: [
      { t: 'Северодонецкой', why: OBLAST_TITLE + ' ("Глава Северодонецкой районной военной администрации")' },
    ],
    claims: [],
    events: [
      { t: 'Тошковка', n: 1, ref: 'toshkivka', action: 'captured', actor: 'RU', claimant: VLASENKO, asOf: ['2022-06-21'], note: 'headline: "россияне захватили поселок Тошковка в Луганской области"' },
      { t: 'Тошковка', n: 2, ref: 'toshkivka', action: 'captured', actor: 'RU', claimant: VLASENKO, asOf: ['2022-06-21'], note: '"российские оккупанты захватили в Луганской области поселок Тошковка"' },
      { t: 'Тошковка', n: 3, ref: 'toshkivka', action: 'captured', actor: 'RU', claimant: VLASENKO, asOf: ['2022-06-21'], note: '"Тошковка полностью оккупирована россиянами"' },
      { t: 'Мирной Долиной', ref: 'myrnaDolyna', action: 'fighting', actor: 'RU', claimant: VLASENKO, asOf: ['2022-06-21'], note: '"Они пытаются продавить оборону наших ребят между Мирной Долиной и Горным"' },
      { t: 'Горным', ref: 'hirske', action: 'fighting', actor: 'RU', claimant: VLASENKO, asOf: ['2022-06-21'], note: 'the same attacks' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-09-12',
    url: 'https://www.ostro.org/ru/news/pod-kontrolem-ukrayny-ostaetsya-45-terrytoryy-donetchyny-kyrylenko-i365012',
    notes: 'Stored copy on Остров (Russian text), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the section menu ("Выжить в оккупации", "Прифронтовой Донбасс", "Полезно переселенцам"), the channel line and the language note at the end removed. The date is the text\'s ("12 сентября", 2022: Kyrylenko\'s figure of that month). Events: "Мариуполь и Волноваха – это не занятые врагом, а уничтоженные города" (captured, RU, denied: the official says they are not taken; judged a denial of their occupation), "в Святогорске у входа в горисполком появился украинский флаг" (controls, UA: a flag over a settlement its side holds). Claims: "почти половину Донецкой области" (area-held, percent, UA, at its bound, 50; the outlet\'s paraphrase) and "над 45% области" (area-held, percent, UA, Kyrylenko), both the day of the report. Traps: Павел Кириленко, Кириленко. Slip fixed after the first run: the country at the text\'s start ("Украина все еще продолжает контролировать") added as a place.',
    places: [
      { t: 'Украина', ref: 'ukraine' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
      { t: 'Донетчина', ref: 'donetskOblast' },
      { t: 'Мариуполь', ref: 'mariupol' },
      { t: 'Волноваха', ref: 'volnovakha' },
      { t: 'Святогорске', ref: 'sviatohirsk' },
    ],
    traps: [
      { t: 'Павел Кириленко', why: 'person' },
      { t: 'Кириленко', n: 2, why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: 'почти половину', kind: 'area-held', value: 50, unit: 'percent', holder: 'UA', claimant: KYRYLENKO, asOf: ['2022-09-12'], note: '"Украина все еще продолжает контролировать почти половину Донецкой области" (its bound, half)' },
      { t: '45% области', kind: 'area-held', value: 45, unit: 'percent', holder: 'UA', claimant: KYRYLENKO, asOf: ['2022-09-12'], note: '"контроль ... остается постоянным над 45% области"' },
    ],
    events: [
      { t: 'Мариуполь', ref: 'mariupol', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2022-09-12'], note: '"Мариуполь и Волноваха – это не занятые врагом, а уничтоженные города"' },
      { t: 'Волноваха', ref: 'volnovakha', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2022-09-12'], note: 'the same sentence' },
      { t: 'Святогорске', ref: 'sviatohirsk', action: 'controls', actor: 'UA', claimant: null, asOf: ['2022-09-12'], note: '"в Святогорске у входа в горисполком появился украинский флаг"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2023-03-02',
    url: 'https://www.evening-kazan.ru/obshhestvo/news/s-territorii-ukrainy-v-brianskuiu-oblast-zasla-drg-soobshhil-gubernator/amp',
    notes: 'Stored copy on Вечерняя Казань, its headline and body as the store gives them; the date line ("2 марта 2023 08:44"), the author line and the repeated headline removed. The date is the date line\'s (2 March 2023). Events: "на территорию села Любечане проникла вражеская диверсионно-разведывательная группа" (entered, UA, Bogomaz). Not events: "совершили хаотичный обстрел села" (no name; shelling), the group\'s "ликвидации" (no name). No claims (one civilian killed and a child wounded: no figure). Traps: Александр Богомаз. Skipped: Россия in "Вооруженными силами Российской Федерации".',
    places: [
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Брянскую область', ref: 'bryanskOblast' },
      { t: 'Брянской области', ref: 'bryanskOblast' },
      { t: 'Любечане', ref: 'lyubechane' },
    ],
    traps: [
      { t: 'Александр Богомаз', why: 'person' },
    ],
    skipped: [
      { t: 'Российской Федерации', why: OFFICIAL + ' ("Вооруженными силами Российской Федерации")' },
    ],
    claims: [],
    events: [
      { t: 'Любечане', ref: 'lyubechane', action: 'entered', actor: 'UA', claimant: BOGOMAZ, asOf: ['2023-03-02'], note: '"на территорию села Любечане проникла вражеская диверсионно-разведывательная группа"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-03-02',
    url: 'https://info24.ru/news/ukrainskaya-drg-zahvatila-v-plen-zhitelej-bryanskoj-oblasti.html',
    notes: 'Stored copy on info24.ru, its headline, subtitle and body as the store gives them; the weather and exchange-rate line, the date line ("12:03 2 марта 2023") and the rubric removed. The date is the date line\'s (2 March 2023). Events: the group "зашла на территорию посёлка" named in the sentence before (entered, UA, Baza; read on "взяла местных жителей села Сушаны", the name of the village the clause means). Not events: hostages taken (not a control action in itself), the drone fire on a house "в селе Сушаны" and the attack on "район" (strikes). Claims: "ДРГ, состоящая из 50 военных" and its restatement "группа из 50 вооруженных человек" (count, troops, UA, Baza, the day of the report). Traps: Baza (twice), Telegram, Александр Богомаз.',
    places: [
      { t: 'Брянской области', all: true, ref: 'bryanskOblast' },
      { t: 'Сушаны', all: true, ref: 'sushany' },
      { t: 'Климовский район', ref: 'klimovskyDistrict' },
    ],
    traps: [
      { t: 'Baza', all: true, why: 'a Telegram channel' },
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'Александр Богомаз', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '50 военных', kind: 'count', value: 50, unit: 'troops', holder: 'UA', claimant: 'Baza', asOf: ['2023-03-02'], note: '"Украинская диверсионно-разведывательная группа (ДРГ), состоящая из 50 военных"' },
      { t: '50 вооруженных человек', kind: 'count', value: 50, unit: 'troops', holder: 'UA', claimant: 'Baza', asOf: ['2023-03-02'], note: '"группа из 50 вооруженных человек ... зашла на территорию посёлка" (restated)' },
    ],
    events: [
      { t: 'Сушаны', n: 2, ref: 'sushany', action: 'entered', actor: 'UA', claimant: 'Baza', asOf: ['2023-03-02'], note: '"взяла местных жителей села Сушаны ... группа ... зашла на территорию посёлка" (the village named in the sentence before)' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2023-06-16',
    url: 'https://novosti.dn.ua/ru/news/375549-iz-sela-v-luganskoj-oblasti-evakuirovali-eshhe-odnogo-grazhdanskogo-lysogor',
    notes: 'Stored copy on Новости Донбасса (Russian text), its body as the store gives it (no headline: the manifest\'s title is made from the first sentence); a last sentence cut by the store ("Шесть раз — реакт") removed. The date is the text\'s ("вчера, 15 июня": 16 June 2023). Events: "россияне пытались оттеснить Силы обороны с позиций в районах Андреевки, Грековки, Макеевки, Невского" (fighting, RU, at each: attempts at named places; Lysohor). Not events: the shelling of Nevske, Makeevka, Stelmakhovka and Kuzemovka (strikes), "освобожденных нами осенью 2022 года населенных пунктов" (no name), "Ситуация находится под контролем ВСУ" (no name), the evacuation from Makeevka. Makeevka here is the Luhansk village, not the city of Makiivka in Donetsk Oblast. No claims (12 attacks, 69 and 29 shellings). Traps: Артем Лысогор. Skipped: the oblast in "глава Луганской областной военной администрации", the hromada in "Краснореченская военная администрация", "Купянском и Лиманском направлениях" (front axes) and the Serebrianka forest ("Серебрянском лесу").',
    places: [
      { t: 'Макеевка', ref: 'makiivkaLuhansk' },
      { t: 'Луганской области', ref: 'luhanskOblast' },
      { t: 'Славянска', ref: 'sloviansk' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
      { t: 'Полтавщины', ref: 'poltavaOblast' },
      { t: 'Андреевки', ref: 'andriivkaLuhansk' },
      { t: 'Грековки', ref: 'hrekivka' },
      { t: 'Макеевки', ref: 'makiivkaLuhansk' },
      { t: 'Невского', all: true, ref: 'nevske' },
      { t: 'Невскому', ref: 'nevske' },
      { t: 'Макеевке', ref: 'makiivkaLuhansk' },
      { t: 'Стельмаховке', ref: 'stelmakhivka' },
      { t: 'Куземовке', ref: 'kuzemivka' },
      { t: 'Стельмаховки', ref: 'stelmakhivka' },
      { t: 'Куземовки', ref: 'kuzemivka' },
    ],
    traps: [
      { t: 'Артем Лысогор', why: 'person' },
    ],
    skipped: [
      { t: 'Луганской', ctx: 'Луганской областной', why: OBLAST_TITLE + ' ("глава Луганской областной военной администрации")' },
      { t: 'Краснореченская', why: OBLAST_TITLE + ' ("Краснореченская военная администрация")' },
      { t: 'Купянском', why: 'a front axis named by an adjective ("на Купянском и Лиманском направлениях")' },
      { t: 'Лиманском', why: 'a front axis named by an adjective' },
      { t: 'Серебрянском лесу', why: 'a forest' },
    ],
    claims: [],
    events: [
      { t: 'Андреевки', ref: 'andriivkaLuhansk', action: 'fighting', actor: 'RU', claimant: LYSOHOR, asOf: ['2023-06-16'], note: '"россияне пытались оттеснить Силы обороны с позиций в районах Андреевки, Грековки, Макеевки, Невского"' },
      { t: 'Грековки', ref: 'hrekivka', action: 'fighting', actor: 'RU', claimant: LYSOHOR, asOf: ['2023-06-16'], note: 'the same attempts' },
      { t: 'Макеевки', ref: 'makiivkaLuhansk', action: 'fighting', actor: 'RU', claimant: LYSOHOR, asOf: ['2023-06-16'], note: 'the same attempts' },
      { t: 'Невского', n: 1, ref: 'nevske', action: 'fighting', actor: 'RU', claimant: LYSOHOR, asOf: ['2023-06-16'], note: 'the same attempts' },
    ],
  },
];
