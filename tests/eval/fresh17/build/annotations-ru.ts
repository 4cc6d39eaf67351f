// Hand annotations, Russian articles of tests/eval/fresh17 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const MOD = 'Минобороны России';
const BALITSKY = 'Евгений Балицкий';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-01-06',
    url: 'https://vz.ru/amp/news/2025/1/6/1307246.html',
    notes: 'Stored copy of a Взгляд (vz.ru, AMP page) news item, its headline first, up to the last full sentence (the store cuts the next one mid-word: removed); "Новости дня", the date line ("6 января 2025, 10:22") and the photo credit before the lead removed. The date is the date line\'s and the URL\'s (6 January 2025). Events (the Defence Ministry): Kurakhove fully "освобожден" by the Southern group (captured, RU: the owner rule; headline and lead). Claims (the Defence Ministry): more than 15 thousand troops concentrated to hold the town (count, troops, UA) and more than 12 thousand personnel lost (count, casualties, UA: the side whose troops; the same figure as "80% личного состава"). Not claims: the 3 thousand pieces of equipment and 40 tanks. "ДНР" is Donetsk Oblast; "Донбасса" Donbas; "Минобороны России" names an official body (skipped); "киевский режим" names the government by an adjective (skipped).',
    places: [
      { t: 'Курахово', all: true, ref: 'kurakhove' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Донбасса', ref: 'donbas' },
    ],
    traps: [],
    skipped: [
      { t: 'России', why: BODY },
      { t: 'киевский', why: 'the government named by an adjective ("киевский режим")' },
    ],
    claims: [
      { t: 'свыше 15 тыс. военнослужащих', kind: 'count', value: 15000, unit: 'troops', holder: 'UA', claimant: MOD, asOf: ['2025-01-06'], note: '"Для удержания города украинское командование сосредоточило свыше 15 тыс. военнослужащих"' },
      { t: 'более 12 тыс. человек', kind: 'count', value: 12000, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-01-06'], note: '"противник потерял 80% личного состава, что составляет более 12 тыс. человек"' },
    ],
    events: [
      { t: 'Курахово', n: 1, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-01-06'], note: 'the headline\'s "Российские войска полностью освободили город Курахово"' },
      { t: 'Курахово', n: 2, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-01-06'], note: '"город Курахово ... был полностью освобожден"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-09-23',
    url: 'https://newdaynews.ru/ukraine/861726.html',
    notes: 'Stored copy of a Новый День (newdaynews.ru) news item, its body as the store gives it up to the last full sentence (the store cuts the next one mid-word: removed); the index\'s date prefix removed (the store gives no headline: the manifest title is made from the lead). The date is the index date (23 September 2025). Events (the Defence Ministry): Russian troops blocked a large enemy group from the north and west of Kupiansk, in a half-ring (fighting, RU); the operation "по освобождению города" is in its final stage (no name; no event); "при удержании Купянска" says Ukraine holds it while losing troops (no event). Claims (the Defence Ministry): up to 700 men blocked (count, troops, UA), 250 of them destroyed (count, killed, UA), more than 1800 troops lost over the last month (count, casualties, UA). Not claims: the 5667 of 8667 buildings, tanks and guns. "Харьковской области" is the oblast; "Министерство обороны России" an official body (skipped). The railway stations Купянск-Узловая and Купянск-Сортировочный are traps (stations, not the settlements).',
    places: [
      { t: 'Купянска', all: true, ref: 'kupiansk' },
      { t: 'Купянск', ctx: 'Купянск – административный', ref: 'kupiansk' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Купянск-Узловая', why: 'railway station' },
      { t: 'Купянск-Сортировочный', why: 'railway station' },
    ],
    skipped: [{ t: 'России', why: BODY }],
    claims: [
      { t: 'до 700 человек', kind: 'count', value: 700, unit: 'troops', holder: 'UA', claimant: MOD, asOf: ['2025-09-23'], note: '"Всего заблокировано до 700 человек"' },
      { t: '250', kind: 'count', value: 250, unit: 'killed', holder: 'UA', claimant: MOD, asOf: ['2025-09-23'], note: '"из них 250 уже уничтожено"' },
      { t: 'свыше 1800 военнослужащих', kind: 'count', value: 1800, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-08-23', '2025-09-23'], note: '"только за последний месяц ВСУ при удержании Купянска потеряли свыше 1800 военнослужащих"' },
    ],
    events: [
      { t: 'Купянска', n: 1, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-09-23'], note: '"заблокировали крупную группировку противника с северной и западной стороны Купянска, взяв в ее полукольцо"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-09-03',
    url: 'https://eadaily.com/ru/news/2024/09/03/rossiyskie-voyska-prodolzhayut-prodvigatsya-k-ugledaru',
    notes: 'Stored copy of an EADaily news item, its body up to the last full sentence (the store cuts the next one mid-word: removed; the store gives no headline: the manifest title is made from the URL slug). The date is the URL\'s (3 September 2024). Events (Ukrainian sources, "некоторые данные"): Russian units drove the AFU from the Pivdennodonbaska-1 mine north of Vuhledar (fighting, RU, near Vuhledar); Russian troops entered the outskirts of Vodiane and dug in (entered, RU); they began an offensive on Prechystivka (fighting, RU). The mine\'s capture "позволит взять под огневой контроль ... село Водяное" is a purpose, "путь на Богоявленку" a road, the garrison of Vuhledar and the possible encirclement in the triangle Vuhledar – Prechystivka – Bohoiavlenka possibilities (no event). "угледарском направлении" is a front axis, "киевского режима" the government named by an adjective (skipped). The mines «Южнодонбасская-1» and «Южнодонбасская-3», the plant «Стройдеталь» and the group «Восток» are traps. Vodiane, Bohoiavlenka and Prechystivka are placed at Vuhledar (`near`).',
    places: [
      { t: 'Угледара', all: true, ref: 'vuhledar' },
      { t: 'Водяное', ref: 'vodianeVuhledar' },
      { t: 'Водяного', ref: 'vodianeVuhledar' },
      { t: 'Богоявленку', ref: 'bohoiavlenka' },
      { t: 'Пречистовка', all: true, ref: 'prechystivka' },
      { t: 'Угледар', all: true, ref: 'vuhledar' },
      { t: 'Богоявленка', ref: 'bohoiavlenka' },
    ],
    traps: [
      { t: 'Восток', why: 'group of forces name' },
      { t: 'Южнодонбасская-1', why: 'coal mine name' },
      { t: 'Стройдеталь', why: 'plant name' },
      { t: 'Южнодонбасская-3', why: 'coal mine name' },
    ],
    skipped: [
      { t: 'угледарском', why: 'front axis ("на угледарском направлении")' },
      { t: 'киевского', why: 'the government named by an adjective ("киевского режима")' },
    ],
    claims: [],
    events: [
      { t: 'Угледара', n: 1, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'украинские источники', asOf: ['2024-09-03'], note: '"выбили ВСУ из шахты «Южнодонбасская-1» севернее Угледара"' },
      { t: 'Водяного', ref: 'vodianeVuhledar', action: 'entered', actor: 'RU', claimant: 'некоторые данные', asOf: ['2024-09-03'], note: '"российские военные уже зашли на окраины Водяного и смогли там закрепиться"' },
      { t: 'Пречистовка', n: 1, ref: 'prechystivka', action: 'fighting', actor: 'RU', claimant: 'украинские источники', asOf: ['2024-09-03'], note: '"русские военные начали наступление на село Пречистовка"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-12-26',
    url: 'https://www.gazeta.ru/army/news/2025/12/26/27510637.shtml',
    notes: 'Stored copy of a Газета.Ru news item, its body as the store gives it; the index\'s date prefix removed (the store gives no headline: the manifest title is made from the lead). The date is the index date and the URL\'s (26 December 2025). Events: the governor Balitsky: in the past week the Vostok group liberated Zarichne and Kosivtseve (captured, RU: the owner rule); the clearing of the town\'s outskirts of Huliaipole goes on (fighting, RU: clearing in progress, not a completed capture); the blogger Podolyaka: Russian forces captured an AFU headquarters in Huliaipole and advanced beyond it (entered, RU). "Запорожской области" (three times) is the oblast; "Украины" in "Вооруженные силы Украины" and "РФ" in "ВС РФ" (twice) are countries inside an army\'s name (skipped). «Восток» (twice), Balitsky and Podolyaka are traps. Zarichne and Kosivtseve are placed at Zaporizhzhia Oblast (`region`).',
    places: [
      { t: 'Запорожской области', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Заречное', ref: 'zarichneZp' },
      { t: 'Косовцево', ref: 'kosivtseve' },
      { t: 'Гуляйполя', ref: 'huliaipole' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
    ],
    traps: [
      { t: 'Восток', all: true, why: 'group of forces name' },
      { t: 'Евгений Балицкий', why: 'person' },
      { t: 'Балицкого', why: 'person' },
      { t: 'Юрий Подоляка', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', why: BODY },
      { t: 'РФ', all: true, why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Заречное', ref: 'zarichneZp', action: 'captured', actor: 'RU', claimant: BALITSKY, asOf: ['2025-12-19', '2025-12-26'], note: '"в течение недели ... освободили села Заречное и Косовцево"' },
      { t: 'Косовцево', ref: 'kosivtseve', action: 'captured', actor: 'RU', claimant: BALITSKY, asOf: ['2025-12-19', '2025-12-26'], note: 'as Заречное' },
      { t: 'Гуляйполя', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: BALITSKY, asOf: ['2025-12-26'], note: '"в настоящее время продолжается зачистка городских окраин Гуляйполя"' },
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'entered', actor: 'RU', claimant: 'Юрий Подоляка', asOf: ['2025-12-26'], note: '"захват российскими силами штаба ВСУ в Гуляйполе ... ВС РФ продвинулись дальше занятого штаба"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-10-23',
    url: 'https://newsdnepr.ru/society/2025/10/23/23768.html',
    notes: 'Stored copy of a News-Dnepr (newsdnepr.ru) news item, its body as the store gives it (the store gives no headline: the manifest title is made from the lead). The date is the URL\'s (23 October 2025). Events (the Defence Ministry): the Dnepr group\'s paratroopers crossed the Dnieper, seized a bridgehead on Karantynnyi Island near Kherson, repelled counterattacks and took some large facilities on the island (Korabel) "в районе города Херсон" under control (fighting, RU, at Kherson, twice: the island lies within the city, and the text places the action "in the area of" the city, not in it). «Днепр» is the group\'s name (trap); "реку Днепр" the river (skipped); "РФ" in "Минобороны РФ" an official body (skipped). Карантинный (twice) and Корабел name the island (other), at Kherson\'s point.',
    places: [
      { t: 'Карантинный', all: true, ref: 'karantynnyi' },
      { t: 'Херсона', ref: 'kherson' },
      { t: 'Корабел', ref: 'karantynnyi' },
      { t: 'Херсон', ref: 'kherson' },
    ],
    traps: [{ t: 'Днепр', n: 1, why: 'group of forces name («Днепр»)' }],
    skipped: [
      { t: 'Днепр', n: 2, why: 'river' },
      { t: 'РФ', why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Херсона', ref: 'kherson', action: 'fighting', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-10-23'], note: '"захватили плацдарм на острове Карантинный в районе Херсона ... отразили контратаки ВСУ"' },
      { t: 'Херсон', ref: 'kherson', action: 'fighting', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-10-23'], note: '"установить контроль над некоторыми крупными объектами на острове Карантинный (Корабел) в районе города Херсон"' },
    ],
  },
];
