// Hand annotations, Russian articles of tests/eval/fresh13 (locators as in annotations-en.ts).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country or oblast inside an official body's name";
const MOD = 'Минобороны России';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-05-08',
    url: 'https://rus.delfi.lv/news/daily/abroad/rossijskie-vojska-zanyali-popasnuyu-chto-eto-menyaet-na-fronte.d?id=54328306',
    notes: 'Stored copy of a Delfi (Latvia, Russian edition) item from its lead to its last paragraph as the store gives it; the index\'s date prefix removed (the store gives no headline: the manifest title is made from the URL slug). The page gives May 2022; the day is established from the text: Haidai\'s statement and Zelensky\'s video, both of 8 May 2022, and no later day named. Events: the Ukrainian forces withdrew from Popasna (withdrew, UA, Haidai; the clause "город находится под контролем российских сил" falls on the same span: one event a span); the battles for Popasna over more than two months (fighting, RU: the attacking side, from early March). "сравнил Попасную с ... Лидице" is a comparison (no event); Lidice is a real Czech village (a place). "Луганской областной военной администрации" is an official body and "Президент Украины" a title (skipped); people are traps.',
    places: [
      { t: 'Попасной', ref: 'popasna' },
      { t: 'Луганской области', ref: 'luhanskOblast' },
      { t: 'Попасную', all: true, ref: 'popasna' },
      { t: 'Лидице', ref: 'lidice' },
    ],
    traps: [
      { t: 'Сергей Гайдай', why: 'person' },
      { t: 'Гайдай', ctx: 'сказал Гайдай', why: 'person' },
      { t: 'Владимир Зеленский', why: 'person' },
    ],
    skipped: [
      { t: 'Луганской', ctx: 'Луганской областной', why: BODY },
      { t: 'Украины', ctx: 'Президент Украины', why: 'title (the president of the country)' },
    ],
    claims: [],
    events: [
      { t: 'Попасной', ref: 'popasna', action: 'withdrew', actor: 'UA', claimant: 'Сергей Гайдай', asOf: ['2022-05-08'], note: '"Украинские военные отошли от города Попасной"' },
      { t: 'Попасную', n: 1, ref: 'popasna', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-03-01', '2022-05-08'], note: '"Бои за Попасную продолжались более двух месяцев"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-03-24',
    url: 'https://donpress.com/news/24-03-2025-rossiyskie-pabliki-soobschayut-o-zakhode-vsu-v-novyy-naselennyy-punkt-belgorodskoy',
    notes: 'Stored copy of a Донпресс item from its lead to its last complete sentence (the store gives no headline: the manifest title is made from the URL slug); the last sentence, cut mid-word by the store ("По информации пабликов, ... заходя н"), removed. The date is the URL\'s (24 March 2025). Events: Russian propagandists and Z-milbloggers admit the Ukrainian capture of Demidovka (captured, UA: Ukraine taking a Russian village); Ukrainian attacks in the area of Demidovka (fighting, UA, "Рыбарь"); the assault on Popovka (fighting, UA, Romanov). "штурм еще одного населенного пункта" and "еще на три деревни" name no settlement. Not claims: the depth of the advance ("от 500 метров до 2 километров") and the 10-km zone. Telegram channels, BILD and people are traps.',
    places: [
      { t: 'Демидовка', ref: 'demidovka' },
      { t: 'Белгородской области', all: true, ref: 'belgorodOblast' },
      { t: 'Демидовки', ref: 'demidovka' },
      { t: 'Поповки', ref: 'popovka' },
      { t: 'Украина', ref: 'ukraine' },
      { t: 'Курской области', ref: 'kurskOblast' },
    ],
    traps: [
      { t: 'Рыбарь', why: 'Telegram channel' },
      { t: 'Романов', why: 'person' },
      { t: 'Архангел спецназа', why: 'Telegram channel' },
      { t: 'BILD', all: true, why: 'newspaper' },
      { t: 'Юлиан Репке', why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Демидовка', ref: 'demidovka', action: 'captured', actor: 'UA', claimant: 'Российские военные пропагандисты и Z-военкоры', asOf: ['2025-03-23', '2025-03-24'], note: '"вынуждены признавать захват украинскими силами деревни Демидовка"' },
      { t: 'Демидовки', ref: 'demidovka', action: 'fighting', actor: 'UA', claimant: 'Рыбарь', asOf: ['2025-03-24'], note: '"Подразделения противника раз за разом атакуют в районе Демидовки"' },
      { t: 'Поповки', ref: 'popovka', action: 'fighting', actor: 'UA', claimant: 'военкор Романов', asOf: ['2025-03-24'], note: '"Про штурм Поповки"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2022-08-21',
    url: 'https://donetsk-news.ru/society/2022/08/21/39782-amp.html',
    notes: 'Stored copy of a Donetsk-news.ru item from its lead to its last complete sentence; the headline, the date line ("21.08.2022, 17:48") and "Читать на сайте Donetsk-news.ru" before the lead removed (the manifest title is the headline); the last sentence, cut by the store ("13 августа о"), removed. The date is the URL\'s and the page\'s (21 August 2022). Events: Pisky cleared by Russian and DPR forces (cleared, RU, Kadyrov); the artillery strike on Ukrainian soldiers in Pisky shown on 20 August (fighting, RU, Severyanov); the allied forces advancing on the line Pisky – Marinka – Avdiivka and the Ukrainian defence cracking on the line Siversk – Soledar – Artemovsk (fighting, RU, Miroshnik, 18 August). "после освобождения населенного пункта" names no settlement. "Вооруженные силы России", "военнослужащие Донецкой Народной Республики (ДНР)" and "Вооруженных сил Украины" are official bodies; "глава Чечни" and "посол Луганской Народной Республики (ЛНР)" are titles (skipped); «Известия» is a trap; "в России" is a place.',
    places: [
      { t: 'Пески', all: true, ref: 'pisky' },
      { t: 'России', ctx: 'в России', ref: 'russia' },
      { t: 'Марьинка', ref: 'marinka' },
      { t: 'Авдеевка', ref: 'avdiivka' },
      { t: 'Северск', ref: 'siversk' },
      { t: 'Соледар', ref: 'soledar' },
      { t: 'Артемовск', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Рамзан Кадыров', why: 'person' },
      { t: 'Кадыров', ctx: 'добавил Кадыров', why: 'person' },
      { t: 'Известий', why: 'newspaper' },
      { t: 'Известиям', why: 'newspaper' },
      { t: 'Родион Северьянов', why: 'person' },
      { t: 'Родион Мирошник', why: 'person' },
    ],
    skipped: [
      { t: 'России', ctx: 'Вооруженные силы России', why: BODY },
      { t: 'Донецкой Народной Республики', why: BODY },
      { t: 'ДНР', why: BODY },
      { t: 'Чечни', why: 'title (the head of the republic)' },
      { t: 'Украины', all: true, why: BODY },
      { t: 'Луганской Народной Республики', why: 'title (its ambassador)' },
      { t: 'ЛНР', why: 'title (its ambassador)' },
    ],
    claims: [],
    events: [
      { t: 'Пески', n: 1, ref: 'pisky', action: 'cleared', actor: 'RU', claimant: 'Рамзан Кадыров', asOf: ['2022-08-21'], note: '"зачистили поселок Пески от украинских националистов"' },
      { t: 'Пески', n: 2, ref: 'pisky', action: 'fighting', actor: 'RU', claimant: 'Родион Северьянов', asOf: ['2022-08-20'], note: '"кадры уничтожения группы солдат ... в поселке Пески"' },
      { t: 'Пески', n: 3, ref: 'pisky', action: 'fighting', actor: 'RU', claimant: 'Родион Мирошник', asOf: ['2022-08-18'], note: '"на линии Пески, Марьинка, Авдеевка союзные силы уверенно идут вперед"' },
      { t: 'Марьинка', ref: 'marinka', action: 'fighting', actor: 'RU', claimant: 'Родион Мирошник', asOf: ['2022-08-18'] },
      { t: 'Авдеевка', ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'Родион Мирошник', asOf: ['2022-08-18'] },
      { t: 'Северск', ref: 'siversk', action: 'fighting', actor: 'RU', claimant: 'Родион Мирошник', asOf: ['2022-08-18'], note: '"оборона противника на линии Северск – Соледар – Артемовск трещит"' },
      { t: 'Соледар', ref: 'soledar', action: 'fighting', actor: 'RU', claimant: 'Родион Мирошник', asOf: ['2022-08-18'] },
      { t: 'Артемовск', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: 'Родион Мирошник', asOf: ['2022-08-18'] },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-03-27',
    url: 'https://rznonline.ru/news/politics/item/snova-poshli-na-proryv-vs-rf-vedut-boi-s-vsu-u-granitsy-v-belgorodskoy-oblasti',
    notes: 'Stored copy of an rznonline.ru item from its lead to its last complete sentence (the store gives no headline: the manifest title is made from the URL slug); the last sentence, cut mid-word by the store ("Благодаря плотной обороне, ... и беспилотн"), removed. The date is established from the text: the night attack "В ночь на 27 марта" reported the same day; the year is the episode\'s (the Ukrainian push at Demidovka and Popovka, Krasnoyaruzhsky district, March 2025). Events: intense fighting around Demidovka and Popovka (fighting, UA: the attacking side seeking a foothold). The attempted breakthrough "в Краснояружском районе" names a district, not a settlement (no event). "Вооружённые силы Украины" is an official body (skipped); the Telegram channel «Два майора» and the Abrams tank are traps.',
    places: [
      { t: 'Краснояружском районе', ref: 'krasnoyaruzhskyDistrict' },
      { t: 'Белгородской области', ref: 'belgorodOblast' },
      { t: 'Демидовка', ref: 'demidovka' },
      { t: 'Поповка', ref: 'popovka' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Украины', n: 2, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Два майора', why: 'Telegram channel' },
      { t: 'Абрамс', why: 'tank type' },
    ],
    skipped: [{ t: 'Украины', n: 1, why: BODY }],
    claims: [],
    events: [
      { t: 'Демидовка', ref: 'demidovka', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2025-03-27'], note: '"в районе населённых пунктов Демидовка и Поповка продолжаются интенсивные боевые действия"' },
      { t: 'Поповка', ref: 'popovka', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2025-03-27'] },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-09-25',
    url: 'https://report.az/ru/drugie-strany/rossiya-zayavila-ob-zahvate-205-ukrainskih-naselennyh-punktov-s-nachala-goda',
    notes: 'Stored copy of a Report.az (Russian edition) item from its lead to its last paragraph, complete as given (the store gives no headline: the manifest title is made from the URL slug). The date is established from the text: the Russian MoD\'s statement covering "с 1 января по 25 сентября", reported as news on that day; the year is the statement\'s (2025: the oblasts listed include Sumy and Dnipropetrovsk, where the Russian advances it counts took place that year). Claims (the Russian MoD): 205 Ukrainian settlements taken since the start of the year (count, settlements, RU); 4714 km² taken under control (area-gained, RU); both for 1 January – 25 September 2025. No settlement is named (no events). "Минобороны России" and "ВС РФ" are official bodies (skipped); the oblasts are named by their adjectives ("в Донецкой, ... Днепропетровской областях Украины": places); Report is a trap.',
    places: [
      { t: 'Донецкой', ref: 'donetskOblast' },
      { t: 'Луганской', ref: 'luhanskOblast' },
      { t: 'Харьковской', ref: 'kharkivOblast' },
      { t: 'Запорожской', ref: 'zaporizhzhiaOblast' },
      { t: 'Сумской', ref: 'sumyOblast' },
      { t: 'Днепропетровской', ref: 'dnipropetrovskOblast' },
      { t: 'Украины', ref: 'ukraine' },
    ],
    traps: [{ t: 'Report', why: 'news agency' }],
    skipped: [
      { t: 'России', why: BODY },
      { t: 'РФ', why: BODY },
    ],
    claims: [
      { t: '205 украинских населенных пунктов', kind: 'count', value: 205, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-01-01', '2025-09-25'] },
      { t: '4714 кв.км', kind: 'area-gained', value: 4714, unit: 'km2', holder: 'RU', claimant: MOD, asOf: ['2025-01-01', '2025-09-25'] },
    ],
    events: [],
  },
];
