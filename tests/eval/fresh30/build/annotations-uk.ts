// Hand annotations, Ukrainian articles of tests/eval/fresh30. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMED = 'abbreviation of the armed forces';
const CHEREVATYI = 'Сергій Череватий';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2023-01-25',
    url: 'https://zi.ua/ua/news/vsu-viyshli-z-soledara-shchob-zberegti-zhittya-biytsiv-ofitsiyno_190339',
    notes: 'Stored copy of a ZI.ua (Запорізький інформаційний портал) news item, its headline and body as the store gives them, up to the last full paragraph; the page title line, "Акция закончилась", the headline\'s two repetitions, the dateline ("25 січня 2023, 15:05 | Офіційно 1248") and "Поділитися:" before the text removed, and the last paragraph, a quotation the store cuts mid-word ("Лінія фронту була в"), removed. The date is the page\'s dateline (25 January 2023). Events: the headline\'s "ВСУ вийшли з Соледара" and "ВСУ відійшли від Соледара Донецької області" (withdrew, UA, the eastern grouping\'s spokesman: a side\'s own withdrawal told by its speaker). "Збройні сили зайняли нові підготовлені позиції в околицях міста" names no settlement; "лінія фронту в Соледарі була вирівняна" reports no change of hands (no event). Traps: ВСУ (three times), Сергій Череватий, Череватий, Суспільного (a broadcaster). No claims.',
    places: [
      { t: 'Соледара', all: true, ref: 'soledar' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Соледарі', ref: 'soledar' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: ARMED },
      { t: CHEREVATYI, why: 'person' },
      { t: 'Череватий', n: 2, why: 'person' },
      { t: 'Суспільного', why: 'a broadcaster' },
    ],
    events: [
      { t: 'Соледара', n: 1, ref: 'soledar', action: 'withdrew', actor: 'UA', claimant: CHEREVATYI, asOf: ['2023-01-25'], note: 'the headline: "ВСУ вийшли з Соледара, щоб зберегти життя бійців"' },
      { t: 'Соледара', n: 2, ref: 'soledar', action: 'withdrew', actor: 'UA', claimant: CHEREVATYI, asOf: ['2023-01-25'], note: '"ВСУ відійшли від Соледара Донецької області"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-09-17',
    url: 'https://war.hvylya.net/uk/279511-ermak-nameknul-na-osvobozhdenie-kleshchievki-pod-bahmutom',
    notes: 'Stored copy of a Хвиля (war.hvylya.net) news item, its body complete as the store gives it (no headline: the manifest title is made from the URL slug). The store and the URL give no date: the text\'s latest news is "в ранковому зведенні 17 вересня" and the liberation is not yet confirmed, so the date is 17 September 2023 (the General Staff confirmed it that evening). Events: "Сили оборони України могли звільнити село Кліщіївка" (liberated, UA, Yermak\'s photo: unconfirmed, so denied), "чи звільнили українські військові Кліщіївку, голова ОП не надав" and "звільнення Кліщіївки наразі не підтвердили" (the same claim told again, unconfirmed: denied); "ЗСУ мали успіх у Кліщіївки, Авдіївки ... та Мар\'їнки" (fighting, UA, the General Staff\'s morning summary). "мали успіх у районі цього населеного пункту" names no settlement; the photo "у Кліщіївці" reports no change of hands. "Шахтарська" in the same list is skipped: a garbled axis or the occupied town of Shakhtarsk, the text does not say which. "Сили оборони України" and "Офісу президент України" are official bodies (skipped); "Україна завжди повертає своє" names the country. Traps: Андрій Єрмак, Єрмак, "Цунамі" and "Лють" (units), Покровського (a church\'s name, not Pokrovsk), ОП, ЗСУ (twice). No claims ("9 кілометрів" is a distance).',
    places: [
      { t: 'Кліщіївка', ref: 'klishchiivka' },
      { t: 'Бахмута', ref: 'bakhmut' },
      { t: 'Кліщіївці', ref: 'klishchiivka' },
      { t: 'Україна', ref: 'ukraine' },
      { t: 'Кліщіївку', ref: 'klishchiivka' },
      { t: 'Кліщіївки', all: true, ref: 'klishchiivka' },
      { t: 'Авдіївки', ref: 'avdiivka' },
      { t: "Мар'їнки", ref: 'marinka' },
    ],
    traps: [
      { t: 'Андрій Єрмак', why: 'person' },
      { t: 'Єрмак', n: 2, why: 'person' },
      { t: 'Цунамі', why: 'a regiment\'s name' },
      { t: 'Лють', why: 'a brigade\'s name' },
      { t: 'Покровського', why: 'a church named after a feast ("Покровського храму"), not Pokrovsk' },
      { t: 'ОП', why: 'abbreviation of the President\'s Office' },
      { t: 'ЗСУ', all: true, why: ARMED },
    ],
    skipped: [
      { t: 'України', n: 1, why: OFFICIAL + ' ("Сили оборони України")' },
      { t: 'України', n: 2, why: OFFICIAL + ' ("Офісу президент України")' },
      { t: 'Шахтарська', why: 'ambiguous: a garbled front axis or the town of Shakhtarsk, the text does not say which' },
    ],
    events: [
      { t: 'Кліщіївка', ref: 'klishchiivka', action: 'liberated', actor: 'UA', claimant: 'Андрій Єрмак', denied: true, asOf: ['2023-09-15', '2023-09-17'], note: '"Сили оборони України могли звільнити село Кліщіївка" (unconfirmed: "звільнення Кліщіївки наразі не підтвердили")' },
      { t: 'Кліщіївку', ref: 'klishchiivka', action: 'liberated', actor: 'UA', claimant: 'Андрій Єрмак', denied: true, asOf: ['2023-09-15', '2023-09-17'], note: '"чи звільнили українські військові Кліщіївку, голова ОП не надав"' },
      { t: 'Кліщіївки', n: 1, ref: 'klishchiivka', action: 'liberated', actor: 'UA', claimant: 'Андрій Єрмак', denied: true, asOf: ['2023-09-15', '2023-09-17'], note: '"звільнення Кліщіївки наразі не підтвердили до Міноборони та ЗСУ"' },
      { t: 'Кліщіївки', n: 2, ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: 'Генштаб', asOf: ['2023-09-16', '2023-09-17'], note: '"в ранковому зведенні 17 вересня Генштаб повідомив, що ЗСУ мали успіх у Кліщіївки"' },
      { t: 'Авдіївки', ref: 'avdiivka', action: 'fighting', actor: 'UA', claimant: 'Генштаб', asOf: ['2023-09-16', '2023-09-17'], note: '"ЗСУ мали успіх у ... Авдіївки"' },
      { t: "Мар'їнки", ref: 'marinka', action: 'fighting', actor: 'UA', claimant: 'Генштаб', asOf: ['2023-09-16', '2023-09-17'], note: '"ЗСУ мали успіх у ... Мар\'їнки"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2024-07-09',
    url: 'https://uanews.kharkiv.ua/society/2024/07/09/461721.html',
    notes: 'Stored copy of a UA News Kharkiv (uanews.kharkiv.ua) news item, complete as the store gives it (no headline: the manifest title describes the text). The date is the URL\'s (9 July 2024). Events: "бої точилися в районах населених пунктів Тихе, Вовчанськ, Глибоке, Стариця" after "Всі атаки ворога були відбиті" (fighting, RU, the OTU "Kharkiv" spokesman, over the past day). "не спостерігалося спроб противника ... проникнути" in Сотницький Козачок is a negated attempt (no event). "на Золочівщині" is the Zolochiv area (the hromada), "на Харківщині" the oblast. Claim: the enemy "втратив 187 осіб пораненими та вбитими" on "our direction" over the past day (count, casualties, the Russian side). Traps: «Харків» (a grouping of forces named after the city), Юрій Повх, Повх. Not claims: "11 бойових зіткнень", tanks, vehicles and equipment.',
    places: [
      { t: 'Сотницький Козачок', ref: 'sotnytskyiKozachok' },
      { t: 'Золочівщині', ref: 'zolochivHromada' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Тихе', ref: 'tykhe' },
      { t: 'Вовчанськ', ref: 'vovchansk' },
      { t: 'Глибоке', ref: 'hlyboke' },
      { t: 'Стариця', ref: 'starytsia' },
    ],
    traps: [
      { t: 'Харків', why: 'a grouping of forces named after the city (ОТУВ «Харків»)' },
      { t: 'Юрій Повх', why: 'person' },
      { t: 'Повх', n: 2, why: 'person' },
    ],
    claims: [
      { t: '187 осіб', kind: 'count', value: 187, unit: 'casualties', holder: 'RU', claimant: 'Юрій Повх', asOf: ['2024-07-08', '2024-07-09'], note: '"За минулу добу ... На нашому напрямку ворог втратив 187 осіб пораненими та вбитими"' },
    ],
    events: [
      { t: 'Тихе', ref: 'tykhe', action: 'fighting', actor: 'RU', claimant: 'Юрій Повх', asOf: ['2024-07-08', '2024-07-09'], note: '"Всі атаки ворога були відбиті, бої точилися в районах населених пунктів Тихе"' },
      { t: 'Вовчанськ', ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: 'Юрій Повх', asOf: ['2024-07-08', '2024-07-09'], note: '"бої точилися в районах населених пунктів ... Вовчанськ"' },
      { t: 'Глибоке', ref: 'hlyboke', action: 'fighting', actor: 'RU', claimant: 'Юрій Повх', asOf: ['2024-07-08', '2024-07-09'], note: '"бої точилися в районах населених пунктів ... Глибоке"' },
      { t: 'Стариця', ref: 'starytsia', action: 'fighting', actor: 'RU', claimant: 'Юрій Повх', asOf: ['2024-07-08', '2024-07-09'], note: '"бої точилися в районах населених пунктів ... Стариця"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2022-10-01',
    url: 'https://glavred.net/ukraine/amp-v-gorode-idut-boi-v-vsu-raskryli-detali-osvobozhdeniya-limana-10413743.html',
    notes: 'Stored copy of a Главред news item (Ukrainian text), its headline and body as the store gives them; the photo caption after the headline ("ЗСУ звільняють Лиман / Суспільне/Telegram В.Залужного") and the site chrome at the end ("Читайте ще:", "Новини заразКонтакти") removed. The store gives no date: the text reports Cherevatyi\'s words "в ефірі національного марафону новин 1 жовтня" and the flag video "опублікували 1 жовтня", so the date is 1 October 2022. Events: the headline\'s "подробиці звільнення Лиману" (liberated, UA: the owner rule); "Бійці ЗСУ вже знаходяться в Лимані", the inverted "В Лиман Донецької області вже увійшли підрозділи" and "Ми вже в Лимані" (entered, UA, Cherevatyi); "в Міноборони РФ підтвердили втечу окупантів з Лиману", which the ministry called "відведенням на більш вигідні рубежі" (withdrew, RU: a side\'s own withdrawal told by its speaker); the flag "на в\'їзді в Лиман" and "на міській стелі в Лимані" (fighting, UA: the town\'s entrance sign, as the sets give an entry on the outskirts). "Ситуація навколо Лиману" (a subheading) and "Лиман. Все буде Україна" (a soldier\'s words) carry no event; "У місті проходять бої" names no settlement. "Збройних сил України", "Збройні Сили України" and "Міноборони РФ" are official bodies (skipped); "Все буде Україна" names the country. Traps: ЗСУ (three times), Сергій Череватий (twice), Східного (the eastern grouping). No claims.',
    places: [
      { t: 'Лиману', all: true, ref: 'lyman' },
      { t: 'Лимані', all: true, ref: 'lyman' },
      { t: 'Лиман', all: true, ref: 'lyman' },
      { t: 'Донецької області', all: true, ref: 'donetskOblast' },
      { t: 'Україна', ref: 'ukraine' },
    ],
    traps: [
      { t: 'ЗСУ', all: true, why: ARMED },
      { t: CHEREVATYI, all: true, why: 'person' },
      { t: 'Східного', why: 'a grouping of forces named after a direction ("Східного угруповання"), as fresh29 marks "East"' },
    ],
    skipped: [
      { t: 'України', all: true, why: OFFICIAL + ' ("Збройних сил України", "Збройні Сили України")' },
      { t: 'РФ', why: OFFICIAL + ' ("Міноборони РФ")' },
    ],
    events: [
      { t: 'Лиману', n: 1, ref: 'lyman', action: 'liberated', actor: 'UA', claimant: CHEREVATYI, asOf: ['2022-10-01'], note: 'the headline: "у ЗСУ розкрили подробиці звільнення Лиману"' },
      { t: 'Лимані', n: 1, ref: 'lyman', action: 'entered', actor: 'UA', claimant: CHEREVATYI, asOf: ['2022-10-01'], note: '"Бійці ЗСУ вже знаходяться в Лимані"' },
      { t: 'Лиман', n: 1, ref: 'lyman', action: 'entered', actor: 'UA', claimant: CHEREVATYI, asOf: ['2022-10-01'], note: '"В Лиман Донецької області вже увійшли підрозділи Збройних сил України"' },
      { t: 'Лимані', n: 2, ref: 'lyman', action: 'entered', actor: 'UA', claimant: CHEREVATYI, asOf: ['2022-10-01'], note: '"Ми вже в Лимані. Але йдуть бої"' },
      { t: 'Лиману', n: 2, ref: 'lyman', action: 'withdrew', actor: 'RU', claimant: 'Міноборони РФ', asOf: ['2022-10-01'], note: '"в Міноборони РФ підтвердили втечу окупантів з Лиману. Там це назвали \\"відведенням на більш вигідні рубежі\\""' },
      { t: 'Лиман', n: 2, ref: 'lyman', action: 'fighting', actor: 'UA', asOf: ['2022-10-01'], note: '"підняли український прапор на в\'їзді в Лиман Донецької області"' },
      { t: 'Лимані', n: 3, ref: 'lyman', action: 'fighting', actor: 'UA', asOf: ['2022-10-01'], note: '"закріпили український прапор на міській стелі в Лимані"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-02-23',
    url: 'https://www.rbc.ua/rus/news/kontrataka-zsu-i-feyk-rosiyan-ternuvate-shcho-1771856311.html/amp',
    notes: 'Stored copy of an РБК-Україна news item (Ukrainian text under the site\'s /rus/ path, its AMP page), its body as the store gives it from its first subheading, up to the last full sentence; the index\'s date prefix removed, and the last sentence, cut by the store mid-word ("Сили оборони завершують зачистк"), removed. Its subheadings ("Контратака ЗСУ та звільнення територій", "Фейк про Тернувате") are kept. The store gives no headline: the manifest title is made from the URL slug. The date is the index date (23 February 2026). Events: "російська пропаганда поширює вкид про нібито захоплення селища Тернувате", then "Це неправда" (captured, RU, denied). "воно ... залишається під контролем Сил оборони України" and "в село прорвалася інфільтраційна група ворога" name the village only by a pronoun and a noun (no event); "Фейк про Тернувате" (a subheading) and "(недалеко від Гуляйполя)" (a location) carry no event. "Запорізької та Дніпропетровської областей" are two oblasts ("Запорізької", "Дніпропетровської областей"); "Сил оборони України" an official body (skipped). Claims: "звільнити близько 400 квадратних кілометрів територій" (area-retaken, km², the Ukrainian side, Syrskyi, since the counter-offensive began at the end of January 2026) and "Вісім населених пунктів було остаточно повернуто під контроль" (count, settlements, the Ukrainian side, Voloshyn, the same span). Traps: ЗСУ (twice), Волошин (twice), Олександра Сирського. Not claims: "10-15 кілометрів" (a distance), "двох тижнів".',
    places: [
      { t: 'Запорізької', ref: 'zaporizhzhiaOblast' },
      { t: 'Дніпропетровської областей', ref: 'dnipropetrovskOblast' },
      { t: 'Тернувате', all: true, ref: 'ternuvate' },
      { t: 'Гуляйполя', ref: 'huliaipole' },
    ],
    traps: [
      { t: 'ЗСУ', all: true, why: ARMED },
      { t: 'Волошин', all: true, why: 'person' },
      { t: 'Олександра Сирського', why: 'person' },
    ],
    skipped: [{ t: 'України', why: OFFICIAL + ' ("Сил оборони України")' }],
    claims: [
      { t: '400 квадратних кілометрів', kind: 'area-retaken', value: 400, unit: 'km2', holder: 'UA', claimant: 'Олександр Сирський', asOf: ['2026-01-25', '2026-02-23'], note: '"українським воїнам уже вдалося звільнити близько 400 квадратних кілометрів територій"' },
      { t: 'Вісім населених пунктів', kind: 'count', value: 8, unit: 'settlements', holder: 'UA', claimant: 'Владислав Волошин', asOf: ['2026-01-25', '2026-02-23'], note: '"Вісім населених пунктів було остаточно повернуто під контроль"' },
    ],
    events: [
      { t: 'Тернувате', n: 2, ref: 'ternuvate', action: 'captured', actor: 'RU', claimant: 'російська пропаганда', denied: true, asOf: ['2026-02-23'], note: '"російська пропаганда поширює вкид про нібито захоплення селища Тернувате" ... "Це неправда"' },
    ],
  },
];
