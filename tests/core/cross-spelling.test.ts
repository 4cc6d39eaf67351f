// Cross-language spellings (src/core/text/cross-spelling.ts) against an independent table: the official Russian and
// Ukrainian names of places on both sides of the border (each pair as Wikipedia's Russian and Ukrainian editions write
// the place's own-language name in the other orthography), and the spotter reading them in their case forms.
import { describe, expect, it } from 'vitest';
import { crossSpellings, hushedSuffixVariants, ruToUk, ukToRu } from '../../src/core/text/cross-spelling.ts';
import { geoparseArticle } from '../../src/core/geoparse/geoparse.ts';
import { generatedNames } from '../../src/core/geoparse/name-forms.ts';
import { gazetteer } from './gazetteer-cache.ts';

/** Russian name → how Ukrainian copy writes it. */
const RU_TO_UK: readonly [string, string][] = [
  ['Курск', 'Курськ'],
  ['Рыльск', 'Рильськ'],
  ['Льгов', 'Льгов'],
  ['Новенькое', 'Новеньке'],
  ['Мирный', 'Мирний'],
  ['Красная Яруга', 'Красна Яруга'],
  ['Тёткино', 'Тьоткіно'],
  ['Викторовка', 'Вікторовка'],
  ['Мартыновка', 'Мартинівка'],
  ['Нижний Реутец', 'Нижній Реутец'],
  ['Дарьино', 'Дар’їно'],
  ['Белгородская область', 'Белгородська область'],
  ['Курский район', 'Курський район'],
  ['Сумы', 'Суми'],
  // The hard neuter ending after a hushing consonant, spelt -ее in Russian.
  ['Хорошее', 'Хороше'],
];
/** Ukrainian name → how Russian copy writes it. */
const UK_TO_RU: readonly [string, string][] = [
  ['Суми', 'Сумы'],
  ['Глухів', 'Глухов'],
  ['Охтирка', 'Охтырка'],
  ['Рильськ', 'Рыльск'],
  ['Новеньке', 'Новенькое'],
  ['Мирне', 'Мирное'],
  ['Велика Писарівка', 'Великая Писаревка'],
  ['Юнаківка', 'Юнаковка'],
  ['Краснопілля', 'Краснополье'],
  ['Покровськ', 'Покровск'],
  ['Торецьк', 'Торецк'],
  ['Нижня Сироватка', 'Нижняя Сыроватка'],
  ['Сумська область', 'Сумская область'],
  ['Великі Вільми', 'Великие Вильмы'],
  // Neuter adjective names in any stem, nouns kept, and the Russian noun form of -ове/-ине names.
  ['Нововодяне', 'Нововодяное'],
  ['Калинове', 'Калиновое'],
  ['Курахове', 'Курахово'],
  ['Варачине', 'Варачино'],
  ['Олександро-Шультине', 'Александро-Шультино'],
  ['Гуляйполе', 'Гуляйполе'],
  // -іївка/-аївка, given-name roots, під-, the old ѣ of біл-.
  ['Андріївка', 'Андреевка'],
  ['Олексіївка', 'Алексеевка'],
  ['Новоолександрівка', 'Новоалександровка'],
  ['Костянтинівка', 'Константиновка'],
  ['Катеринівка', 'Екатериновка'],
  // Катерин- is written both ways in Russian copy.
  ['Катеринівка', 'Катериновка'],
  ['Новокатеринівка', 'Новокатериновка'],
  ['Новокатеринівка', 'Новоекатериновка'],
  ['Підгородне', 'Подгородное'],
  ['Білозерське', 'Белозерское'],
  // The soft neuter ending; a doubled consonant before і as consonant, soft sign and и.
  ['Дальнє', 'Дальнее'],
  ['Дорожнє', 'Дорожное'], // Russian copy's own hard adjective for a soft -нє name
  ['Новоекономічне', 'Новоэкономическое'], // -ічн- of a borrowed adjective is -ическ-, е after the linking о is э
  ['Іллінка', 'Ильинка'],
  // ї between a vowel and a consonant as Russian е (as Київ → Киев).
  ['Виїмка', 'Выемка'],
  // Ordinal numerals, the prothetic в- of a word-initial у, no sign after a labial's apostrophe, the stressed -ой, and
  // the plural noun's stressed -а after a plural adjective.
  ['Лиман Перший', 'Лиман Первый'],
  ['Лозова Друга', 'Лозовая Вторая'],
  ['Вугледар', 'Угледар'],
  ['Куп’янськ-Вузловий', 'Купянск-Узловой'],
  ['П’ятихатки', 'Пятихатки'],
  ['Вовчанські Хутори', 'Волчанские Хутора'],
  // і closed by the consonant before the diminutive -к- as the old е or о.
  ['Велика Новосілка', 'Великая Новоселка'],
  ['Новосілки', 'Новоселки'],
  // Roots: пісок/песок (піщаний/песчаный), the numeral дво-/дву-.
  ['Піщане', 'Песчаное'],
  ['Піски', 'Пески'],
  ['Дворічанське', 'Двуречанское'],
  // A loanword's doubled с, single in Ukrainian.
  ['Новий Донбас', 'Новый Донбасс'],
  // під- after a compound's joint, the given-name root Володимир-, a closed і before -ськ- as е/о, ы after ц.
  ['Новопідгородне', 'Новоподгородное'],
  ['Володимирівка', 'Владимировка'],
  ['Новоуспенівське', 'Новоуспеновское'],
  // -ії- of a given name's -ий as Russian и (Георгий: Георгіївка → Георгиевка), and a final -ць as Russian -ц.
  ['Новогеоргіївка', 'Новогеоргиевка'],
  ['Сергіївка', 'Сергиевка'],
  ['Інгулець', 'Ингулец'],
  ['Костянтинопільське', 'Константинопольское'],
  ['Білопільська громада', 'Белопольская громада'],
  ['Коломийці', 'Коломийцы'],
  // A one-word feminine adjective beside the noun reading, the possessive -ча as -чья, козач- as казач-, a stem's ій as ей.
  ['Пильна', 'Пыльная'],
  ['Лозова', 'Лозовая'],
  ['Козача Лопань', 'Казачья Лопань'],
  ['Олійникове', 'Олейниково'],
  // The prefix від- as от-, the given name Ганна as Анна.
  ['Відрадне', 'Отрадное'],
  ['Ганнівка', 'Анновка'],
  ['Новоганнівка', 'Новоанновка'],
  // Russian ц is hard (ця → ца); the unstressed neuter -ое is -ее after a hushing consonant.
  ['Стариця', 'Старица'],
  ['Криниця', 'Криница'],
  ['Хороше', 'Хорошее'],
  // A given name in -ий after л, р: -ьев- (Григорий, Василий, Юрий); -зьк- after г, ж as Russian -жск- with о.
  ['Григорівка', 'Григорьевка'],
  ['Василівка', 'Васильевка'],
  ['Юріївка', 'Юрьевка'],
  ['Василівський район', 'Васильевский район'],
  ['Запорізький район', 'Запорожский район'],
  ['Криворізький район', 'Криворожский район'],
  ['Запорізьке', 'Запорожское'],
  // The possessive -ча/-чі as the last word after an adjective, and the soft plural noun's -я.
  ['Нова Козача', 'Новая Казачья'],
  ['Козачі Лагері', 'Казачьи Лагеря'],
  // A root's adjective before a noun with the stressed -ой; a root's с kept before -ск- after a vowel.
  ['Сухий Яр', 'Сухой Яр'],
  ['Крутий Яр', 'Крутой Яр'],
  ['Черкаські Тишки', 'Черкасские Тишки'],
  ['Одеське', 'Одесское'],
];
const norm = (s: string): string => s.toLowerCase().replace(/[’'ʼ]/g, '’').replace(/ё/g, 'е');

describe('cross-language spellings', () => {
  it('writes Russian names in Ukrainian orthography', () => {
    const misses = RU_TO_UK.filter(([ru, uk]) => !ruToUk(ru).map(norm).includes(norm(uk)) && norm(ru) !== norm(uk));
    expect(misses).toEqual([]);
  });
  it('writes Ukrainian names in Russian orthography', () => {
    const misses = UK_TO_RU.filter(([uk, ru]) => !ukToRu(uk).map(norm).includes(norm(ru)));
    expect(misses).toEqual([]);
  });
  it('reads a closed і as е or о only before the diminutive -к-, inside the stem', () => {
    expect(ukToRu('Вільне')).toEqual(['вильное']); // a closed і elsewhere stays и
    expect(ukToRu('Вільнянська')).toEqual(['вильнянская']); // two consonants close it: no -ськ- alternation
    expect(ukToRu('Гірка')).toEqual(['гирка']); // the word's first syllable is not inside the stem
    expect(ukToRu('Двори')).toEqual(['дворы']); // дво- is the numeral only before 'river'
    expect(ukToRu('Нова Гребля').some((s) => s.includes('гребля'))).toBe(true);
  });
  it('gives a few spellings, never the name itself', () => {
    for (const [ru] of RU_TO_UK) {
      expect(crossSpellings(ru, 'ru').length).toBeLessThanOrEqual(6);
      expect(crossSpellings(ru, 'ru')).not.toContain(ru.toLowerCase());
    }
  });
  it('reads a Ukrainian village known only by its Ukrainian name in the Russian spelling of a ministry report', () => {
    const text = 'Подразделения группировки войск «Центр» освободили населенный пункт Нововодяное Донецкой Народной Республики.';
    const m = geoparseArticle(text, gazetteer()).mentions.find((x) => x.text === 'Нововодяное');
    // Нововодяне, Покровський район: its own OpenStreetMap point since round 22 (before, its hromada's via KATOTTG)
    expect([m?.entry?.name, m?.entry?.admin1, m?.precision]).toEqual(['Novovodiane', 'Donetsk Oblast', undefined]);
  });
  it('reads a Russian village written in Ukrainian in its case forms, and a Ukrainian one written in Russian', () => {
    const g = gazetteer();
    const uk = geoparseArticle('Бої точилися біля Плєхова та у Гуєві Суджанського району Курської області.', g);
    const ru = geoparseArticle('Обстрелам подверглись Великая Писаревка и Краснополье Сумской области.', g);
    const ids = (a: ReturnType<typeof geoparseArticle>): string[] =>
      a.mentions.filter((m) => m.status === 'resolved' || m.status === 'low-confidence').map((m) => `${m.text}=${m.entry!.admin1}`);
    expect(ids(uk)).toEqual(expect.arrayContaining(['Гуєві=Kursk Oblast']));
    expect(ids(ru)).toEqual(expect.arrayContaining(['Великая Писаревка=Sumy Oblast', 'Краснополье=Sumy Oblast']));
  });
});

describe('English spellings of the Russian cross spelling', () => {
  const village = (country: string, names: { ru?: string; uk?: string }) =>
    generatedNames({ name: 'X', aliases: [], kind: 'village', country, ...names }, true);
  it('romanises the Russian spelling of a Ukrainian village as a weaker reading (Красне → Krasnoye, Krasnoe)', () => {
    const { cross } = village('UA', { uk: 'Красне' });
    expect(cross).toEqual(expect.arrayContaining(['krasnoye', 'krasnoe']));
    expect(village('UA', { uk: 'Невельське' }).cross).toContain('nevelskoye');
  });
  it('adds none for a village with names in both languages, nor the Ukrainian system to a Russian one', () => {
    expect(village('UA', { uk: 'Красне', ru: 'Красное' }).cross ?? []).not.toContain('krasnoye');
    expect(village('RU', { ru: 'Красное' }).cross ?? []).not.toContain('krasne');
  });
  it('reads a Ukrainian village in Russian-style English under its oblast, not its Russian namesake', () => {
    const text = 'Moscow said its troops had taken Krasnoye and Degtyarnoye in the Kharkov region.';
    const m = geoparseArticle(text, gazetteer()).mentions.filter((x) => x.entry);
    expect(m.map((x) => `${x.text}=${x.entry!.admin1}`)).toEqual(
      expect.arrayContaining(['Krasnoye=Kharkiv Oblast', 'Degtyarnoye=Kharkiv Oblast']),
    );
  });
});

describe('the vowel of -ов-/-ев- after a hushing consonant (Ukrainian)', () => {
  it('swaps е and о there and nowhere else', () => {
    expect(hushedSuffixVariants('Сторожеве')).toEqual(['сторожове']);
    expect(hushedSuffixVariants('Ключове')).toEqual(['ключеве']);
    expect(hushedSuffixVariants('Петрівка')).toEqual([]);
    expect(hushedSuffixVariants('Зелене')).toEqual([]);
  });
});
