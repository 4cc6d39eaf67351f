// Hand annotations, Russian articles of tests/eval/fresh6. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const OBL_BODY = "oblast inside an official body's name";
const MOD = 'Минобороны РФ (Russian Defence Ministry)';
const RV = '«Военкоры Русской Весны» (Telegram channel)';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-10-03',
    url: 'https://fakty.com.ua/ru/ukraine/20221003-prosuvannya-tryvaye-zsu-zvilnyly-selyshhe-borova-na-harkivshhyni',
    notes: 'Stored excerpt of a Факты (ICTV, Russian edition) report from its headline; removed: the editor\'s byline fragment before it (", выпускающий редактор"), a widget line ("Сейчас смотрят") and the last line, a photo caption cut mid-sentence in Ukrainian. The page\'s tag line ("Війна в Україні") and photo credit ("Фото: Генштаб ВСУ") are kept. The date is in the URL (3 Oct 2022). Боровая liberated by Ukraine (liberated, UA: headline and lead) and under Ukrainian control (controls, UA, the settlement council); Шейковка liberated (liberated, UA, "есть информация"). "Боровской поселковой территориальной общины" and "Боровской общине" name the hromada; "Боровского поселкового совета" is the council, an official body named after the settlement (skipped), as are "Вооруженные силы Украины" (skipped). Оскол is a river (skipped). "Україні" (the tag) and "Слава Украине!" name the country.',
    places: [
      { t: 'Боровая', all: true, ref: 'borova' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Україні', ref: 'ukraine' },
      { t: 'Боровской поселковой территориальной общины', ref: 'borovaHromada' },
      { t: 'Украине', ref: 'ukraine' },
      { t: 'Изюмском районе', ref: 'iziumRaion' },
      { t: 'Шейковка', ref: 'sheikivka' },
      { t: 'Боровской общине', ref: 'borovaHromada' },
      { t: 'Луганской областью', ref: 'luhanskOblast' },
    ],
    skipped: [
      { t: 'Украины', why: BODY },
      { t: 'Боровского', why: 'a settlement council, an official body named after the settlement' },
      { t: 'Оскол', why: 'a river' },
    ],
    events: [
      { t: 'Боровая', n: 1, ref: 'borova', action: 'liberated', actor: 'UA', claimant: 'Боровской поселковый совет', asOf: ['2022-10-03'] },
      { t: 'Боровая', n: 2, ref: 'borova', action: 'liberated', actor: 'UA', claimant: 'Боровской поселковый совет', asOf: ['2022-10-03'] },
      { t: 'Боровая', n: 3, ref: 'borova', action: 'controls', actor: 'UA', claimant: 'Боровской поселковый совет', asOf: ['2022-10-03'] },
      { t: 'Шейковка', ref: 'sheikivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-03'] },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-12-16',
    url: 'https://kharkov-news.ru/incident/2025/12/16/188462.html',
    notes: 'Stored copy of a kharkov-news.ru report with its headline; the trailing blank lines are removed; complete as given. The date is in the URL (16 Dec 2025). The MoD: Новоплатоновка "освободили" (captured, RU: the owner rule; headline and lead). The rest is commentary: Боровая ("захват Боровой создаст предпосылки" is hypothetical), Подлиман, Купянск and Изюм carry no event. "Боровском районе" is the former Borova Raion (its centre\'s point). «Запад» (a group of forces named after a direction) is a trap; Оскол is a river (skipped).',
    places: [
      { t: 'Новоплатоновку', ref: 'novoplatonivka' },
      { t: 'Новоплатоновка', all: true, ref: 'novoplatonivka' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Боровском районе', ref: 'borovaHromada' },
      { t: 'Боровой', all: true, ref: 'borova' },
      { t: 'Подлиманом', ref: 'pidlyman' },
      { t: 'Купянск', ref: 'kupiansk' },
      { t: 'Изюм', ref: 'izium' },
    ],
    traps: [{ t: 'Запад', why: 'a group of forces named after a direction' }],
    skipped: [{ t: 'Оскол', why: 'a river' }],
    events: [
      { t: 'Новоплатоновку', ref: 'novoplatonivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-16'] },
      { t: 'Новоплатоновка', n: 1, ref: 'novoplatonivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-16'] },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-12-30',
    url: 'https://lenta.ru/news/2025/12/30/stalo-izvestno-o-nastuplenii-shirokim-frontom-v-prigranichnom-regione-ukrainy/',
    notes: 'Stored copy of a Лента.ру report with its headline; complete as given. The date is in the URL (30 Dec 2025). The Telegram channel «Военкоры Русской Весны»: Russian troops advanced to the centre of Андреевка (fighting, RU), took control of the Константиновка area (captured, RU) and began fighting for Кондратовка (fighting, RU) — the villages of Khotin hromada north of Sumy. Claims: the ground taken north of Sumy in the latest offensive, more than 230 km² (area-gained, RU), about 50 km² of "grey zone" (area-contested). "ВС России" and "Вооруженных сил Украины" are official bodies (skipped); "президент России", "Украины", "границе с Украиной", "регионов России" name the countries.',
    places: [
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
      { t: 'Украины', n: 1, ref: 'ukraine' },
      { t: 'Андреевки', ref: 'andriivkaSumy' },
      { t: 'Константиновки', ref: 'kostiantynivkaSumy' },
      { t: 'Кондратовку', ref: 'kindrativkaSumy' },
      { t: 'Сумы', ref: 'sumy' },
      { t: 'России', ctx: 'президент России', ref: 'russia' },
      { t: 'Украиной', ref: 'ukraine' },
      { t: 'России', ctx: 'регионов России', ref: 'russia' },
    ],
    skipped: [
      { t: 'России', ctx: 'ВС России', why: BODY },
      { t: 'Украины', n: 2, why: BODY },
    ],
    claims: [
      { t: '230 квадратных километров', kind: 'area-gained', value: 230, unit: 'km2', holder: 'RU', claimant: RV, asOf: ['2025-12-30'], note: '"более чем до 230": the ground taken north of Sumy in the latest offensive' },
      { t: '50 квадратных километров', kind: 'area-contested', value: 50, unit: 'km2', holder: null, claimant: RV, asOf: ['2025-12-30'], note: '"около 50": the grey zone' },
    ],
    events: [
      { t: 'Андреевки', ref: 'andriivkaSumy', action: 'fighting', actor: 'RU', claimant: RV, part: true, asOf: ['2025-12-30'], note: 'advanced to its centre' },
      { t: 'Константиновки', ref: 'kostiantynivkaSumy', action: 'captured', actor: 'RU', claimant: RV, asOf: ['2025-12-30'], note: '"взяли под контроль район Константиновки"' },
      { t: 'Кондратовку', ref: 'kindrativkaSumy', action: 'fighting', actor: 'RU', claimant: RV, asOf: ['2025-12-30'] },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-01-02',
    url: 'https://glavred.info/ukraine/amp-vsu-otbili-u-okkupantov-ostrov-velikiy-potemkinskiy-na-hersonshchine-nardep-10438061.html',
    notes: 'Stored excerpt of a Главред (Russian edition, AMP page) report from its lead (the store gives no headline: the manifest title is the URL slug, transliterated); the last sentence, cut mid-word ("в родном поселке На"), is removed; the store\'s "в Херсоне?" is kept. The date is established from the text: Honcharenko\'s post "вечером 2 января" (2023: the article reports the shelling of 31 December and the New Year\'s night, and Факты\'s report of the same post is dated 2 Jan 2023 in its URL); 2 Jan 2023 is taken. The island of Большой (Великий) Потемкинский is not a settlement: its names are skipped, like the river Днепр, and its liberation is no settlement event. «Европейской солидарности» (a party) is a trap; "Вооруженных сил Украины" is an official body (skipped); "флага Украины" names the country.',
    places: [
      { t: 'Херсонщине', ref: 'khersonOblast' },
      { t: 'Херсона', all: true, ref: 'kherson' },
      { t: 'Украины', n: 1, ref: 'ukraine' },
      { t: 'Херсонской области', ref: 'khersonOblast' },
      { t: 'Херсоне', ref: 'kherson' },
    ],
    traps: [{ t: 'Европейской солидарности', why: 'a political party' }],
    skipped: [
      { t: 'Большой Потемкинский', why: 'an island in the Dnipro (not a settlement)' },
      { t: 'Днепра', all: true, why: 'a river' },
      { t: 'Великий Потемкинский', why: 'an island in the Dnipro (not a settlement)' },
      { t: 'Украины', n: 2, why: BODY },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2022-09-27',
    url: 'https://www.ua-football.com/ukrainian/news/1664273924-harkovskaya-ova-podtverdila-osvobozhdenie-strategicheski-vazhnogo-poselka-kupyansk-uzlovoy.html',
    notes: 'Stored copy of a UA-Футбол (Russian-language news section) report from its lead (the store gives no headline: the manifest title is the URL slug, transliterated); the index\'s date prefix is removed; it ends with the embedded tweet (its blank lines kept). The date is the URL\'s Unix timestamp (1664273924 = 27 Sep 2022, 10:18 UTC). Купянск-Узловой liberated (liberated, UA: Synehubov; the scout Kriegsforscher\'s report and his tweet "Куп’янськ-Вузлова is fully liberated"). Claim: about 6% of Kharkiv Oblast still occupied (area-held, percent, RU, Synehubov). "Купянск-Узловой – одна из ... развязок" and Изюм carry no event. "Глава Харьковской ОВА" is the oblast inside an official body\'s name (skipped); "Донецкой и Луганской областей" are two oblasts ("Донецкой" its own mention).',
    places: [
      { t: 'Купянск-Узловой', all: true, ref: 'kupianskVuzlovyi' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Донецкой', ref: 'donetskOblast' },
      { t: 'Луганской областей', ref: 'luhanskOblast' },
      { t: 'Изюм', ref: 'izium' },
      { t: 'Харьковщины', ref: 'kharkivOblast' },
      { t: 'Купянска-Узлового', ref: 'kupianskVuzlovyi' },
      { t: 'Куп’янськ-Вузлова', ref: 'kupianskVuzlovyi' },
    ],
    skipped: [{ t: 'Харьковской', ctx: 'Харьковской ОВА', why: OBL_BODY }],
    claims: [
      { t: '6%', kind: 'area-held', value: 6, unit: 'percent', holder: 'RU', claimant: 'Синегубов', asOf: ['2022-09-27'], note: '"около 6% территорий Харьковской области до сих пор остаются оккупированными"' },
    ],
    events: [
      { t: 'Купянск-Узловой', n: 1, ref: 'kupianskVuzlovyi', action: 'liberated', actor: 'UA', claimant: 'Синегубов', asOf: ['2022-09-26', '2022-09-27'] },
      { t: 'Купянска-Узлового', ref: 'kupianskVuzlovyi', action: 'liberated', actor: 'UA', claimant: 'Kriegsforscher', asOf: ['2022-09-26', '2022-09-27'] },
      { t: 'Куп’янськ-Вузлова', ref: 'kupianskVuzlovyi', action: 'liberated', actor: 'UA', claimant: 'Kriegsforscher', asOf: ['2022-09-26', '2022-09-27'] },
    ],
  },
];
