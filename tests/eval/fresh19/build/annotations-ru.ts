// Hand annotations, Russian articles of tests/eval/fresh19 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "region inside an official's title";
const RU_MOD = 'Минобороны России';
const GERASIMOV = 'Валерий Герасимов (Генштаб ВС РФ)';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2023-09-15',
    url: 'https://ru.slovoidilo.ua/amp/2023/09/15/novost/bezopasnost/vsu-xode-shturmovyx-dejstvij-ovladeli-andreevkoj-genshtab',
    notes: 'Stored copy of a Слово і діло news item, its headline first and its body as the store gives it; the closing rubric "АКТУАЛЬНОЕ ВИДЕО" removed. The date is the URL\'s (15 September 2023). Events (the General Staff): the Defence Forces took Andriivka of Donetsk Oblast in assault actions and are entrenching (liberated, UA: Ukraine retaking its village; headline, lead and quote); the enemy keeps trying to break through the defence near Bohdanivka (fighting, RU); partial success near Klishchiivka (fighting, UA: the attacking side); Maliar\'s report of Andriivka\'s liberation the evening before, which she edited after the military\'s refutation (liberated, UA, denied, 14 September). "Донецкой области" (twice) is the oblast; "Бахмутском направлении" a front axis and "Украины" in "Силы обороны Украины" and "Вооруженных Сил Украины" official bodies (skipped). Traps: Хортица (a group of forces named after an island), Анна Маляр, Маляр. Bohdanivka, on the Bakhmut axis, is placed at Bakhmut (`near`).',
    places: [
      { t: 'Андреевкой', all: true, ref: 'andriivkaBakhmut' },
      { t: 'Донецкой области', all: true, ref: 'donetskOblast' },
      { t: 'Богдановки', ref: 'bohdanivkaBakhmut' },
      { t: 'Клищиевки', ref: 'klishchiivka' },
      { t: 'Андреевки', ref: 'andriivkaBakhmut' },
    ],
    traps: [
      { t: 'Хортица', why: 'group of forces named after an island' },
      { t: 'Анна Маляр', why: 'person' },
      { t: 'Маляр', ctx: 'Позже Маляр', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', all: true, why: BODY },
      { t: 'Бахмутском направлении', why: 'front axis' },
    ],
    claims: [],
    events: [
      { t: 'Андреевкой', n: 1, ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2023-09-15'], note: 'the headline\'s "ВСУ в ходе штурмовых действий овладели Андреевкой"' },
      { t: 'Андреевкой', n: 2, ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2023-09-15'], note: '"овладели Андреевкой Донецкой области и закрепляются на достигнутых рубежах"' },
      { t: 'Андреевкой', n: 3, ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2023-09-15'], note: 'the quoted report' },
      { t: 'Богдановки', ref: 'bohdanivkaBakhmut', action: 'fighting', actor: 'RU', claimant: 'Генштаб ВСУ', asOf: ['2023-09-15'], note: '"противник не оставляет попыток прорвать оборону ... в районе Богдановки"' },
      { t: 'Клищиевки', ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2023-09-15'], note: '"в ходе наступательных действий имели частичный успех в районе Клищиевки"' },
      { t: 'Андреевки', ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: 'Анна Маляр', denied: true, asOf: ['2023-09-14'], note: '"вчера вечером ... Маляр сообщила об освобождении Андреевки. После опровержения от военных она отредактировала свой пост"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-10-04',
    url: 'https://new.lyubimiigorod.ru/irkutsk/news/17817195',
    notes: 'Stored copy of a Любимый город news item, its headline first and its body as the store gives it; the date line after the headline ("2024-10-04 03:00:07") removed. The date is the page\'s date line (4 October 2024; the report is of the evening of 3 October). The store\'s form "Пушили" is kept. Events: the MoD: Russian troops took Vuhledar under control, "освобожден населенный пункт Угледар" (captured, RU: the owner rule; the headline, the lead and the quote); before that the flag of Russia was set on the administration of Vuhledar (entered, RU; Гагин). "о боях в городе" and "Бои за город" name no settlement in their clause. "ДНР" (twice) and "Донецкой Народной Республики" are the oblast, "главы ДНР" (twice) an official\'s title (skipped); "России" in "флаг России" the country, "РФ" in "Минобороны РФ" an official body (skipped). Traps: Восток (the group of forces), Ян Гагин, Денис Пушили, РИА Новости, Коммерсанта.',
    places: [
      { t: 'Угледар', all: true, ref: 'vuhledar' },
      { t: 'ДНР', n: 1, ref: 'donetskOblast' },
      { t: 'ДНР', n: 2, ref: 'donetskOblast' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Угледара', ref: 'vuhledar' },
      { t: 'России', ref: 'russia' },
    ],
    traps: [
      { t: 'Восток', why: 'name of a group of forces' },
      { t: 'Ян Гагин', why: 'person' },
      { t: 'Денис Пушили', why: 'person (the store\'s form)' },
      { t: 'РИА Новости', why: 'news agency' },
      { t: 'Коммерсанта', why: 'newspaper' },
    ],
    skipped: [
      { t: 'ДНР', n: 3, why: TITLE + ' ("советник главы ДНР")' },
      { t: 'ДНР', n: 4, why: TITLE + ' ("глава ДНР")' },
      { t: 'РФ', why: BODY + ' ("Минобороны РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Угледар', n: 1, ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2024-10-03'], note: 'the headline\'s "Российские войска освободили Угледар"' },
      { t: 'Угледар', n: 2, ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2024-10-03'], note: '"взяли под контроль город Угледар"' },
      { t: 'Угледар', n: 3, ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2024-10-03'], note: '"освобожден населенный пункт Угледар"' },
      { t: 'Угледара', ref: 'vuhledar', action: 'entered', actor: 'RU', claimant: 'Ян Гагин', asOf: ['2024-10-01', '2024-10-03'], note: '"Перед этим ... на администрации Угледара установили флаг России"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-09-25',
    url: 'https://mk.ru/politics/2024/09/25/rossiyskie-voennye-osvobodili-dva-naselennykh-punkta-v-dnr.html',
    notes: 'Stored copy of a Московский комсомолец news item, its body as the store gives it; the index\'s date prefix removed (the store gives no headline: the manifest title is made from the URL slug). The date is the URL\'s and the text\'s (25 September 2024). Claims: two settlements taken (count, settlements, RU; the MoD; added after the first run, a slip). Events (the MoD): units of the "Southern" group took Ostre and Hryhorivka (captured, RU: the owner rule; the lead and the quote); Russian troops defeated formations of two mechanised brigades and a territorial-defence brigade near Mykolaivka, Kostiantynivka and Kurakhove (fighting, RU: combat at the settlements); Pushilin earlier spoke of fighting in Vuhledar (fighting, RU). "Донецкой Народной Республике" and "ДНР" (twice) are the oblast, "глава Донецкой Народной Республики" an official\'s title (skipped); "для России" the country, "Министерстве обороны России" and "Вооруженных сил Украины" official bodies (skipped). Traps: Южной (the group of forces), Денис Пушилин. Ostre, Hryhorivka, Mykolaivka and Kostiantynivka, for which the text names only the DPR, are at the oblast (`region`).',
    places: [
      { t: 'Острое', all: true, ref: 'ostre' },
      { t: 'Григоровка', all: true, ref: 'hryhorivka' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Николаевка', ref: 'mykolaivkaDonetsk' },
      { t: 'Константиновка', ref: 'kostiantynivkaDonetsk' },
      { t: 'Курахово', ref: 'kurakhove' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Угледаре', ref: 'vuhledar' },
      { t: 'России', ctx: 'для России', ref: 'russia' },
    ],
    traps: [
      { t: 'Южной', why: 'name of a group of forces' },
      { t: 'Денис Пушилин', why: 'person' },
    ],
    skipped: [
      { t: 'России', ctx: 'обороны России', why: BODY + ' ("Министерстве обороны России")' },
      { t: 'Украины', why: BODY + ' ("Вооруженных сил Украины")' },
      { t: 'Донецкой Народной Республики', why: TITLE + ' ("глава Донецкой Народной Республики")' },
    ],
    claims: [
      { t: 'два населенных пункта', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: RU_MOD, asOf: ['2024-09-25'], note: '"освободили два населенных пункта – Острое и Григоровка" (added after the first run: a slip, the same claim as ru-05\'s "освобождены четыре населенных пункта")' },
    ],
    events: [
      { t: 'Острое', n: 1, ref: 'ostre', action: 'captured', actor: 'RU', claimant: RU_MOD, asOf: ['2024-09-25'], note: '"освободили два населенных пункта – Острое и Григоровка"' },
      { t: 'Григоровка', n: 1, ref: 'hryhorivka', action: 'captured', actor: 'RU', claimant: RU_MOD, asOf: ['2024-09-25'], note: '"освободили два населенных пункта – Острое и Григоровка"' },
      { t: 'Острое', n: 2, ref: 'ostre', action: 'captured', actor: 'RU', claimant: RU_MOD, asOf: ['2024-09-25'], note: '"освобождены населенные пункты Острое и Григоровка"' },
      { t: 'Григоровка', n: 2, ref: 'hryhorivka', action: 'captured', actor: 'RU', claimant: RU_MOD, asOf: ['2024-09-25'], note: '"освобождены населенные пункты Острое и Григоровка"' },
      ...([['Николаевка', 'mykolaivkaDonetsk'], ['Константиновка', 'kostiantynivkaDonetsk'], ['Курахово', 'kurakhove']] as [string, string][]).map(([t, ref]) => ({
        t, ref, action: 'fighting' as const, actor: 'RU' as const, claimant: RU_MOD, asOf: ['2024-09-25'] as const,
        note: '"нанесли поражение формированиям двух механизированных бригад ... в районах населенных пунктов Николаевка, Константиновка и Курахово"',
      })),
      { t: 'Угледаре', ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2024-09-25'], note: '"Ранее ... Пушилин заявил о боевых действиях в Угледаре"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-12-28',
    url: 'https://news.ru/russia/osvobozhdenie-gulyajpolya-otkrylo-strategicheskoe-napravlenie-dlya-vs-rf',
    notes: 'Stored copy of a NEWS.ru news item, its headline and subheading first and its body up to the last full sentence (the store cuts the next one, "Штурмовые подразделения установили российские флаги ..., уже проведена", mid-sentence: removed); the index\'s date prefix, the site\'s rubric lines ("Новый год — 2026", "Специальная военная операция на Украине: мирные переговоры 2025", "Кризис на Ближнем Востоке"), the date line ("28 декабря 2025 в 00:59") and the photo credit removed. The date is the page\'s date line and the index date (28 December 2025). Events (the MoD): Russian troops took Huliaipole, "освободили ... город Гуляйполе" (captured, RU: the owner rule; the headline, the subheading and twice in the body). Claims: a territory of more than 76 km² taken in the operation (area-gained, km², RU). "Запорожской области" is the oblast; "Запорожском направлении" (twice) a front axis; "РФ" in "ВС РФ" (three times) and "Минобороны РФ" and "Российской Федерации" in "Министерства обороны Российской Федерации" official bodies (skipped). Traps: Восток (the group of forces).',
    places: [
      { t: 'Гуляйполя', all: true, ref: 'huliaipole' },
      { t: 'Гуляйполе', all: true, ref: 'huliaipole' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [{ t: 'Восток', why: 'name of a group of forces' }],
    skipped: [
      { t: 'РФ', all: true, why: BODY + ' ("ВС РФ", "Минобороны РФ")' },
      { t: 'Российской Федерации', why: BODY + ' ("Министерства обороны Российской Федерации")' },
      { t: 'Запорожском направлении', all: true, why: 'front axis' },
    ],
    claims: [
      { t: '76 кв. км', kind: 'area-gained', value: 76, unit: 'km2', holder: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-12-27', '2025-12-28'], note: '"в результате операции полностью освобождена территория площадью более 76 кв. км"' },
    ],
    events: [
      { t: 'Гуляйполя', n: 1, ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: RU_MOD, asOf: ['2025-12-27', '2025-12-28'], note: 'the headline\'s "Освобождение Гуляйполя"' },
      { t: 'Гуляйполя', n: 2, ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: RU_MOD, asOf: ['2025-12-27', '2025-12-28'], note: 'the subheading\'s "освобождение Гуляйполя"' },
      { t: 'Гуляйполе', n: 1, ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: RU_MOD, asOf: ['2025-12-27', '2025-12-28'], note: '"Российские войска освободили стратегически важный город Гуляйполе"' },
      { t: 'Гуляйполе', n: 2, ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: RU_MOD, asOf: ['2025-12-27', '2025-12-28'], note: '"Освобождение населенного пункта Гуляйполе <…> создало условия"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-04-29',
    url: 'https://yakutia-news.ru/russia/2025/04/29/1351.html',
    notes: 'Stored copy of a Якутия-новости news item, its body as the store gives it up to the last full sentence (the store cuts the next one, "Он охарактеризовал события как провал \'аван", mid-word: removed); no chrome to remove (the store gives no headline: the manifest title is made from the lead). The date is the URL\'s (29 April 2025). Events (Gerasimov): the last stronghold of the enemy, the village of Gornal, "теперь также под контролем" (liberated, RU: Russia retaking its village; the text gives no day: between Gerasimov\'s report of 26 April and the article). Claims (Gerasimov): more than 76 thousand Ukrainian troops killed and wounded (count, casualties, UA, since the incursion), four settlements taken in Sumy Oblast (count, settlements, RU) and more than 90 km² controlled there (area-held, km², RU). Not claims: the 19 settlements cleared of mines. "Курскую область", "Курской области" and "Курском приграничье" name the oblast, "Сумской области" the Ukrainian oblast; "Украины" and "КНДР" (its troops) the countries. Traps: Герасимов, Герасимова, Путин.',
    places: [
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Курскую область', ref: 'kurskOblast' },
      { t: 'Горналь', ref: 'gornal' },
      { t: 'КНДР', ref: 'northKorea' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Курском', ref: 'kurskOblast' },
    ],
    traps: [
      { t: 'Герасимов', why: 'person' },
      { t: 'Герасимова', why: 'person' },
      { t: 'Путин', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '76 тысяч', kind: 'count', value: 76000, unit: 'casualties', holder: 'UA', claimant: GERASIMOV, asOf: ['2024-08-06', '2025-04-29'], note: '"украинская армия понесла колоссальные потери — более 76 тысяч военнослужащих убитыми и ранеными" (since the incursion into the Kursk region)' },
      { t: 'четыре населенных пункта', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: ['2025-04-29'], note: '"в Сумской области ... освобождены четыре населенных пункта"' },
      { t: '90 квадратных километров', kind: 'area-held', value: 90, unit: 'km2', holder: 'RU', claimant: GERASIMOV, asOf: ['2025-04-29'], note: '"контролируется территория размером более 90 квадратных километров"' },
    ],
    events: [
      { t: 'Горналь', ref: 'gornal', action: 'liberated', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-04-26', '2025-04-29'], note: '"Последний оплот противника, село Горналь, теперь также под контролем"' },
    ],
  },
];
