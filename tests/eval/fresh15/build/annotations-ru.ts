// Hand annotations, Russian articles of tests/eval/fresh15. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const MOD_DAY: ['2025-01-27', '2025-01-28'] = ['2025-01-27', '2025-01-28'];
const MOD_DAY_NOV: ['2025-11-16', '2025-11-17'] = ['2025-11-16', '2025-11-17'];

const listFighting = (refs: [string, string][], claimant: string, asOf: readonly [string, string]) =>
  refs.map(([t, ref]) => ({ t, ref, action: 'fighting' as const, actor: 'RU' as const, claimant, asOf }));

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-01-28',
    url: 'https://kharkov-news.ru/society/2025/01/28/138577.html',
    notes: 'Stored copy of a kharkov-news.ru report (RIA Novosti copy), from its dateline to its last line; the index\'s date prefix removed (the store gives no headline: the manifest title is made from the lead). The store\'s "B результате" with a Latin B is kept. The date is the URL\'s and the dateline\'s (28 January 2025). Events (the Defence Ministry): Двуречная taken under control and "освобожден" / "освободили" (captured, RU, three times: the owner rule); the "Запад" units defeated units of six Ukrainian brigades in the areas of eleven settlements (fighting, RU at each, over the day: the MoD-list convention of the dev set). Claim: the Ukrainian losses of the day in the grouping\'s zone, 330 killed and wounded (count, casualties, UA). Equipment is not a claim. "МОСКВА" in the dateline is the report\'s place (counted); РИА Новости and the grouping «Запад» are traps. The eleven villages are placed at the oblast the same bulletin names for them (`region`): Kharkiv Oblast (Тополи, Западное, Песчаное, Лозовая, Копанки, Зеленый Гай, Красное Первое), Donetsk Oblast (Ямполь is a GeoNames point; Григоровка, Ивановка) and Luhansk Oblast (Макеевка, not the city of Makiivka).',
    places: [
      { t: 'МОСКВА', ref: 'moscow' },
      { t: 'Двуречная', all: true, ref: 'dvorichna' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Тополей', ref: 'topoli' },
      { t: 'Западного', ref: 'zapadne' },
      { t: 'Песчаного', ref: 'pishchane' },
      { t: 'Лозовой', ref: 'lozovaVillage' },
      { t: 'Копанок', ref: 'kopanky' },
      { t: 'Зеленого Гая', ref: 'zelenyiHai' },
      { t: 'Красного Первого', ref: 'krasnePershe' },
      { t: 'Макеевки', ref: 'makiivkaLuhansk' },
      { t: 'Ямполя', ref: 'yampil' },
      { t: 'Григоровки', ref: 'hryhorivkaDonetsk' },
      { t: 'Ивановки', ref: 'ivanivkaDonetsk' },
    ],
    traps: [
      { t: 'РИА Новости', why: 'news agency' },
      { t: 'Запад', all: true, why: 'grouping of forces' },
      { t: 'Запада', why: 'grouping of forces' },
    ],
    claims: [
      { t: '330 солдат', kind: 'count', value: 330, unit: 'casualties', holder: 'UA', claimant: 'Минобороны', asOf: MOD_DAY, note: '"Потери ВСУ в зоне ответственности группировки за сутки составили: - 330 солдат убитыми и ранеными"' },
    ],
    events: [
      { t: 'Двуречная', n: 1, ref: 'dvorichna', action: 'captured', actor: 'RU', claimant: 'Минобороны', asOf: ['2025-01-28'], note: '"Российские войска взяли под контроль поселок Двуречная"' },
      { t: 'Двуречная', n: 2, ref: 'dvorichna', action: 'captured', actor: 'RU', claimant: 'Минобороны', asOf: ['2025-01-28'], note: '"освобожден населенный пункт Двуречная" (the owner rule)' },
      { t: 'Двуречная', n: 3, ref: 'dvorichna', action: 'captured', actor: 'RU', claimant: 'Минобороны', asOf: ['2025-01-28'], note: '"освободили поселок Двуречная"' },
      ...listFighting(
        [['Тополей', 'topoli'], ['Западного', 'zapadne'], ['Песчаного', 'pishchane'], ['Лозовой', 'lozovaVillage'], ['Копанок', 'kopanky'],
          ['Зеленого Гая', 'zelenyiHai'], ['Красного Первого', 'krasnePershe'], ['Макеевки', 'makiivkaLuhansk'], ['Ямполя', 'yampil'],
          ['Григоровки', 'hryhorivkaDonetsk'], ['Ивановки', 'ivanivkaDonetsk']],
        'Минобороны', MOD_DAY),
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-07-31',
    url: 'https://trt.global/russian/article/207e33e1a035',
    notes: 'Stored copy of a TRT (Russian) news item, from its lead; the index\'s date prefix, the rubric, reading time, headline, subheading, photo caption and date line before the lead removed, and the last sentence (cut by the store mid-word, "населенных пу") removed (the manifest title is the headline). The date is the index date and the page\'s date line (31 July 2025). Events: Russian troops took control of Часов Яр and the MoD\'s "освобожден город Часов Яр" (captured, RU, twice: the owner rule); Бахмут, which Russian forces took in May 2023 (captured, RU). "Падение Часова Яра может стать переломным моментом" and "заявление о захвате города" add no event. "Министерство обороны РФ" is an official body (skipped); "краматорско-дружковском направлении" is a front axis (skipped); the grouping «Южной» is a trap. "Донецкой Народной Республики" is Donetsk Oblast.',
    places: [
      { t: 'Часов Яр', all: true, ref: 'chasivYar' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
      { t: 'Донбассу', ref: 'donbas' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Часова Яра', ref: 'chasivYar' },
      { t: 'Бахмута', ref: 'bakhmut' },
    ],
    traps: [{ t: 'Южной', why: 'grouping of forces' }],
    skipped: [
      { t: 'РФ', why: BODY },
      { t: 'краматорско-дружковском', why: 'front axis' },
    ],
    claims: [],
    events: [
      { t: 'Часов Яр', n: 1, ref: 'chasivYar', action: 'captured', actor: 'RU', claimant: 'Министерство обороны РФ', asOf: ['2025-07-31'], note: '"Российские военные взяли под контроль стратегически важный город Часов Яр"' },
      { t: 'Часов Яр', n: 2, ref: 'chasivYar', action: 'captured', actor: 'RU', claimant: 'Министерство обороны РФ', asOf: ['2025-07-31'], note: '"освобожден город Часов Яр" (the owner rule)' },
      { t: 'Бахмута', ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-05-01', '2023-05-31'], note: '"Бахмута, который российские силы заняли в мае 2023 года"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-01-06',
    url: 'https://www.ostro.org/ru/news/v-vsu-otvetyly-na-zayavlenye-rossyyan-po-zahvatu-kurahovo-i506536',
    notes: 'Stored copy of an ОстроВ (Russian) news item, from its lead to the last line of the report; the index\'s date prefix and the headline removed (the manifest title is the headline), and the site\'s donation box and article list after the report removed. The store\'s trailing space after the lead is kept. The date is established from the text: Трегубов spoke to «Суспільне Донбас» "6 января", "сегодня", answering the Russian Defence Ministry\'s claim of the capture of Курахово, which it made on 6 January 2025 (the other reports of that day in the store): 6 January 2025. Events: street battles in Курахово for weeks (fighting, RU); the Defence Ministry\'s claim of its capture, which Трегубов says came too early (captured, RU, denied). "в его пределах шли бои" and "с заявлениями о захвате города" name no settlement in their clause. "минобороны РФ" is an official body (skipped); «Хортица», the outlets «Суспільне Донбас» and «Суспільне.Студия», «Deep State» and people are traps.',
    places: [{ t: 'Курахово', all: true, ref: 'kurakhove' }],
    traps: [
      { t: 'Хортица', why: 'group of forces' },
      { t: 'Виктор Трегубов', why: 'person' },
      { t: 'Суспільному Донбас', why: 'outlet' },
      { t: 'Трегубов', ctx: 'отметил Трегубов', why: 'person' },
      { t: 'Суспільне.Студия', why: 'outlet (programme)' },
      { t: 'Deep State', why: 'OSINT project' },
      { t: 'Руслан Микула', why: 'person' },
      { t: 'Микула', ctx: 'сказал Микула', why: 'person' },
    ],
    skipped: [{ t: 'РФ', why: BODY }],
    claims: [],
    events: [
      { t: 'Курахово', n: 1, ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: 'Виктор Трегубов', asOf: ['2025-01-06'], note: '"Уже которую неделю в Курахово продолжаются городские бои"' },
      { t: 'Курахово', n: 2, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: 'минобороны РФ', denied: true, asOf: ['2025-01-06'], note: '"минобороны РФ заявило о захвате Курахово"; "с заявлениями о захвате города противник явно поторопился"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-11-17',
    url: 'https://lenta.ru/news/2025/11/17/armiya-rossii-zanyala-naselennyy-punkt-v-harkovskoy-oblasti/',
    notes: 'Stored copy of a Lenta.ru news item, from its lead to its last line; the index\'s date prefix and the headline removed (the manifest title is the headline). The date is the URL\'s (17 November 2025). Events (the Defence Ministry): the Russian army took control of Двуречанское (captured, RU); the "Север" units defeated Ukrainian brigades in the areas of Алексеевка, Катериновка, Кондратовка, Новая Сечь and Шевченко (Sumy Oblast) and near Жовтневое, Колодезное and Малиновка (Kharkiv Oblast) (fighting, RU at each, over the day); "армия России полностью заняла Орестополь", reported earlier (captured, RU). Claim: Kyiv lost up to 150 servicemen in the grouping\'s zone over the day (count, casualties, UA). "поселок заняли" names no settlement. "Киев потерял" is the government (counted). "Минобороны России" (twice), "армия России" (the armed forces, as "ВС РФ") and "Вооруженных сил Украины" are skipped; "харьковском направлении" is a front axis (skipped); the grouping «Север» is a trap. The villages are placed at the oblast the text names (`region`); Шевченко is a village here, not a person.',
    places: [
      { t: 'Двуречанское', ref: 'dvorichanske' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Алексеевка', ref: 'oleksiivkaSumy' },
      { t: 'Катериновка', ref: 'katerynivkaSumy' },
      { t: 'Кондратовка', ref: 'kindrativkaSumy' },
      { t: 'Новая Сечь', ref: 'novaSich' },
      { t: 'Шевченко', ref: 'shevchenkoSumy' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Жовтневое', ref: 'zhovtneve' },
      { t: 'Колодезное', ref: 'kolodiazne' },
      { t: 'Малиновка', ref: 'malynivkaKharkiv' },
      { t: 'Киев', ref: 'kyiv' },
      { t: 'Орестополь', ref: 'orestopil' },
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
    ],
    traps: [{ t: 'Север', all: true, why: 'grouping of forces' }],
    skipped: [
      { t: 'России', all: true, why: 'official body or the armed forces ("Минобороны России", "армия России")' },
      { t: 'Украины', why: BODY },
      { t: 'харьковском', why: 'front axis' },
    ],
    claims: [
      { t: 'до 150-ти военнослужащих', kind: 'count', value: 150, unit: 'casualties', holder: 'UA', claimant: 'Минобороны России', asOf: MOD_DAY_NOV, note: '"за сутки Киев потерял ... до 150-ти военнослужащих"' },
    ],
    events: [
      { t: 'Двуречанское', ref: 'dvorichanske', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-11-17'], note: '"Российская армия взяла под контроль Двуречанское"' },
      ...listFighting(
        [['Алексеевка', 'oleksiivkaSumy'], ['Катериновка', 'katerynivkaSumy'], ['Кондратовка', 'kindrativkaSumy'], ['Новая Сечь', 'novaSich'],
          ['Шевченко', 'shevchenkoSumy'], ['Жовтневое', 'zhovtneve'], ['Колодезное', 'kolodiazne'], ['Малиновка', 'malynivkaKharkiv']],
        'Минобороны России', MOD_DAY_NOV),
      { t: 'Орестополь', ref: 'orestopil', action: 'captured', actor: 'RU', claimant: null, asOf: ['2025-11-17'], note: '"Ранее сообщалось, что армия России полностью заняла Орестополь"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2024-11-26',
    url: 'https://news.rambler.ru/army/53797942-rogov-rasskazal-ob-osvobozhdenii-okolo-8-kv-km-vostochnee-velikoy-novoselki',
    notes: 'Stored copy of a Рамблер news item (TASS copy), from its dateline; the index\'s date prefix and the headline removed (the manifest title is the headline; the URL slug names an 8 km² figure the stored text does not carry). The headline repeated with "© ТАСС" inside the text (a photo caption) is kept as the store gives it. The date is established from the text: the dateline "26 ноября" and the episode (the battle for Великая Новоселка, which the Russian Defence Ministry said it took on 26 January 2025): 26 November 2024. Events (Рогов): Russian troops began battles for the "освобождение" of Великая Новоселка, in the lead and in the caption (fighting, RU: an attack, the owner rule\'s "liberation" not yet achieved); Russian forces advance inside Великая Новоселка (fighting, RU). "наши зашли" names no settlement in its clause. "МЕЛИТОПОЛЬ" in the dateline is the report\'s place (counted); "ДНР" is Donetsk Oblast; "Общественной палаты РФ" is an official body (skipped); ТАСС and Рогов are traps.',
    places: [
      { t: 'МЕЛИТОПОЛЬ', ref: 'melitopol' },
      { t: 'Великой Новоселки', all: true, ref: 'velykaNovosilka' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Великой Новоселке', ref: 'velykaNovosilka' },
    ],
    traps: [
      { t: 'ТАСС', all: true, why: 'news agency' },
      { t: 'Владимир Рогов', why: 'person' },
      { t: 'Рогов', ctx: 'Рогов заявил', why: 'person' },
      { t: 'Рогов', ctx: 'сказал Рогов', why: 'person' },
    ],
    skipped: [{ t: 'РФ', why: BODY }],
    claims: [],
    events: [
      { t: 'Великой Новоселки', n: 1, ref: 'velykaNovosilka', action: 'fighting', actor: 'RU', claimant: 'Владимир Рогов', asOf: ['2024-11-26'], note: '"Российские войска начали бои за освобождение Великой Новоселки"' },
      { t: 'Великой Новоселки', n: 2, ref: 'velykaNovosilka', action: 'fighting', actor: 'RU', claimant: 'Рогов', asOf: ['2024-11-26'], note: 'the caption: "заявил о начале боев за освобождение Великой Новоселки"' },
      { t: 'Великой Новоселке', ref: 'velykaNovosilka', action: 'fighting', actor: 'RU', claimant: 'Рогов', asOf: ['2024-11-26'], note: '"российские силы продвигаются в самой Великой Новоселке"' },
    ],
  },
];
