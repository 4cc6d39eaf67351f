// Hand annotations, Russian articles of tests/eval/fresh40. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";
const AXIS = 'a front axis named by an adjective';
const MOD = 'Минобороны России';
const ROGOV = 'Владимир Рогов';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-09-26',
    url: 'https://www.5-tv.ru/news/5038606/vsrossii-osvobodili-unakovku-vsumskoj-oblasti/',
    notes: 'Stored copy on Пятый канал (5-tv.ru), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the rubric "Спецоперация" and the background paragraph after it, cut by the store ("Президент России Владимир Путин 24 февраля 2022 года ... главными целями которой стали демилитари"), removed. The date is the index\'s (26 September 2025). Events (the owner rule: the Russian "освободили" of a Ukrainian village is `captured`): "освободили населенный пункт Юнаковка в Сумской области" and the ministry\'s quote "освободили населенный пункт Юнаковка Сумской области" (captured, RU, the ministry, the week of 20–26 September). Not events: the strikes on depots and stations (fire, no place). Claims: "Потери противника на неделю составили около 1250 боевиков" (count, casualties, UA, 20–26 September). Traps: «Север». Skipped: Россия and Украина in the armed forces\' names, РФ in "Минобороны РФ".',
    places: [
      { t: 'Юнаковка', all: true, ref: 'yunakivka' },
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
    ],
    traps: [
      { t: 'Север', why: 'a group of forces (группировки войск „Север“)' },
    ],
    skipped: [
      { t: 'России', why: ARMY + ' ("Вооруженные силы (ВС) России")' },
      { t: 'РФ', why: OFFICIAL + ' ("Минобороны РФ")' },
      { t: 'Украины', why: ARMY + ' ("Вооруженных сил Украины")' },
    ],
    claims: [
      { t: 'около 1250 боевиков', kind: 'count', value: 1250, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-09-20', '2025-09-26'], note: '"Потери противника на неделю составили около 1250 боевиков" (the week of 20–26 September)' },
    ],
    events: [
      { t: 'Юнаковка', n: 1, ref: 'yunakivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-09-20', '2025-09-26'], note: '"ВС России освободили населенный пункт Юнаковка в Сумской области" (a Ukrainian village: captured)' },
      { t: 'Юнаковка', n: 2, ref: 'yunakivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-09-20', '2025-09-26'], note: '"В течение недели ... освободили населенный пункт Юнаковка Сумской области"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-08-08',
    url: 'https://ria.ru/20250808/rogov-2034177081.html',
    notes: 'Stored copy on РИА Новости (ria.ru), its headline and body as the store gives them; the index\'s date prefix, the URL line and the repeated headline removed, and the background sentences cut by the store ("Запорожская область - регион России ... Стал частью России п") removed. The date is the URL\'s and the dateline\'s ("8 авг", 2025). Events: "Российские войска выбили подразделения ВСУ из трех крупных опорных пунктов в поселке Степногорск" (fighting, RU: strongpoints inside the town, not a part of it taken) and "ведут бои за освобождение Степногорска" (fighting, RU: an operation named by its aim, under way), as Рогов tells it; "после освобождения российскими подразделениями группировки \\"Днепр\\" села Каменское" (captured, RU: a Ukrainian village, told as done before the report). Not events: "Степногорск находится на левом берегу" (a location), "вдоль трассы по направлению к городу Запорожье" (a route, no advance). No claims. Traps: РИА Новости, «Днепр», Владимир Рогов. Skipped: Россия in "ВС России", РФ in "Общественной палаты РФ", the Kakhovka reservoir, "на запорожской линии фронта" (a front named by an adjective).',
    places: [
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'СИМФЕРОПОЛЬ', ref: 'simferopol' },
      { t: 'Степногорск', all: true, ref: 'stepnohirsk' },
      { t: 'Степногорска', ref: 'stepnohirsk' },
      { t: 'Запорожье', ref: 'zaporizhzhia' },
      { t: 'Каменское', ref: 'kamianskeZp' },
    ],
    traps: [
      { t: 'РИА Новости', all: true, why: 'a news agency' },
      { t: 'Днепр', why: 'a group of forces (группировки "Днепр")' },
      { t: 'Владимир Рогов', why: 'person' },
    ],
    skipped: [
      { t: 'России', why: ARMY + ' ("ВС России")' },
      { t: 'РФ', why: OFFICIAL + ' ("Общественной палаты РФ")' },
      { t: 'Каховского водохранилища', why: 'a reservoir' },
      { t: 'запорожской', why: AXIS + ' ("на запорожской линии фронта")' },
    ],
    claims: [],
    events: [
      { t: 'Степногорск', n: 1, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: ROGOV, asOf: ['2025-08-08'], note: '"выбили подразделения ВСУ из трех крупных опорных пунктов в поселке Степногорск"' },
      { t: 'Степногорска', ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: ROGOV, asOf: ['2025-08-08'], note: '"Наши штурмовые отряды десантников ведут бои за освобождение Степногорска"' },
      { t: 'Каменское', ref: 'kamianskeZp', action: 'captured', actor: 'RU', claimant: null, asOf: ['2025-08-08'], note: '"Бои сюда перекинулись после освобождения российскими подразделениями группировки \\"Днепр\\" села Каменское" (a Ukrainian village: captured; told as done before the report, with no day)' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-08-12',
    url: 'https://lenta.ru/news/2024/08/12/minoborony-zayavilo-ob-otrazhenii-semi-atak-vsu-v-kurskoy-oblasti/amp',
    notes: 'Stored copy on Lenta.ru, its headline and body as the store gives them; the rubric and time line ("Россия", "14:07, 12 августа 2024"), the standfirst ("Минобороны: группировка войск «Север» отразила семь атак ВСУ в Курской области"), the author line and the "Узнайте больше в полной версии" link removed, and the last words, cut by the store ("Еще в"), removed. The date is the time line\'s (12 August 2024). Events: "Они пытались прорваться в районах Мартиновки, Борки и Коренево — группировка войск «Север» отразила атаки" (fighting, UA, the attacker, at the three, the ministry, the day before the report). Not events: "Бои ... ведутся в Суджанском и Кореневском районах" (districts, not settlements), "Бои с ВСУ в Курской области" (a region). Claims: "суточные потери противника в Курской области составили до 260 военных" (count, casualties, UA). Traps: «Север». Skipped: Россия and РФ in the ministry\'s and the armed forces\' names.',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Мартиновки', ref: 'martynovka' },
      { t: 'Борки', ref: 'borki' },
      { t: 'Коренево', ref: 'korenevo' },
      { t: 'Суджанском', ref: 'sudzhaDistrict' },
      { t: 'Кореневском районах', ref: 'korenevskyDistrict' },
    ],
    traps: [
      { t: 'Север', why: 'a group of forces (группировка войск «Север»)' },
    ],
    skipped: [
      { t: 'России', ctx: 'Вооруженные силы (ВС) России', why: ARMY + ' ("Вооруженные силы (ВС) России")' },
      { t: 'России', ctx: 'в Минобороны России', why: OFFICIAL + ' ("Минобороны России")' },
      { t: 'РФ', why: OFFICIAL + ' ("Министерства обороны РФ")' },
    ],
    claims: [
      { t: 'до 260 военных', kind: 'count', value: 260, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-08-11', '2024-08-12'], note: '"суточные потери противника в Курской области составили до 260 военных"' },
    ],
    events: [
      { t: 'Мартиновки', ref: 'martynovka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-08-11', '2024-08-12'], note: '"Они пытались прорваться в районах Мартиновки, Борки и Коренево — группировка войск «Север» отразила атаки"' },
      { t: 'Борки', ref: 'borki', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-08-11', '2024-08-12'], note: 'the repelled attacks' },
      { t: 'Коренево', ref: 'korenevo', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-08-11', '2024-08-12'], note: 'the repelled attacks' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2024-09-02',
    url: 'https://tass.ru/armiya-i-opk/21745553',
    notes: 'Stored copy on ТАСС (tass.ru), its body complete as the store gives it (no headline: the manifest\'s title is made from the ministry\'s statement). The date is the dateline\'s ("2 сентября"; 2024: the ministry\'s daily reports "на курском направлении" after the Ukrainian incursion of August 2024). Events: "отражены шесть атак штурмовых групп противника в направлении населенных пунктов Борки, Комаровка, Коренево и Черкасское Поречное" and "сорваны три попытки атак ВСУ в направлении населенных пунктов Ольговка и Кремяное" (fighting, UA: attacks toward a place are fighting there by the attacker; the ministry, the day before the report). Claims: "Потери противника составили до 40 человек убитыми и ранеными" (count, casualties, UA). Traps: ТАСС, «Север». Skipped: РФ in "ВС РФ" and "Минобороны РФ", the Kursk axis.',
    places: [
      { t: 'МОСКВА', ref: 'moscow' },
      { t: 'Борки', ref: 'borki' },
      { t: 'Комаровка', ref: 'komarovka' },
      { t: 'Коренево', ref: 'korenevo' },
      { t: 'Черкасское Поречное', ref: 'cherkasskoyePorechnoye' },
      { t: 'Ольговка', ref: 'olgovka' },
      { t: 'Кремяное', ref: 'kremyanoye' },
    ],
    traps: [
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Север', why: 'a group of forces (группировки войск "Север")' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: OFFICIAL + ' ("ВС РФ", "Минобороны РФ")' },
      { t: 'курском', why: AXIS + ' ("на курском направлении")' },
    ],
    claims: [
      { t: 'до 40 человек', kind: 'count', value: 40, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-09-01', '2024-09-02'], note: '"Потери противника составили до 40 человек убитыми и ранеными" (за сутки)' },
    ],
    events: [
      { t: 'Борки', ref: 'borki', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-09-01', '2024-09-02'], note: '"отражены шесть атак штурмовых групп противника в направлении населенных пунктов Борки, Комаровка, Коренево и Черкасское Поречное"' },
      { t: 'Комаровка', ref: 'komarovka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-09-01', '2024-09-02'], note: 'the repelled attacks' },
      { t: 'Коренево', ref: 'korenevo', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-09-01', '2024-09-02'], note: 'the repelled attacks' },
      { t: 'Черкасское Поречное', ref: 'cherkasskoyePorechnoye', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-09-01', '2024-09-02'], note: 'the repelled attacks' },
      { t: 'Ольговка', ref: 'olgovka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-09-01', '2024-09-02'], note: '"сорваны три попытки атак ВСУ в направлении населенных пунктов Ольговка и Кремяное"' },
      { t: 'Кремяное', ref: 'kremyanoye', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-09-01', '2024-09-02'], note: 'the foiled attempts' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-08-26',
    url: 'https://trt.global/russian/article/65ebb12b75ce',
    notes: 'Stored copy on TRT на русском (trt.global), its body complete as the store gives it (no headline: the manifest\'s title is made from its first sentence). The date is the index\'s (26 August 2025). Events: "Проект DeepState ранее утверждал, что российские подразделения заняли села Запорожское и Новогеоргиевка" (captured, RU, DeepState, denied: "сообщения об оккупации этих населенных пунктов не соответствуют действительности"). Not events: "российская армия ... зашла на территорию Днепропетровской области" and "россияне зашли и пытаются закрепиться" (a region, no settlement named). No claims. Traps: «Суспільне», «Днепр», Виктор Трегубов, DeepState. The oblasts named by a shared noun ("Запорожской и Донецкой областями") are two mentions.',
    places: [
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
      { t: 'Запорожское', ref: 'zaporizke' },
      { t: 'Новогеоргиевка', ref: 'novoheorhiivka' },
      { t: 'Запорожской', ref: 'zaporizhzhiaOblast' },
      { t: 'Донецкой областями', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Суспільному', why: 'a broadcaster' },
      { t: 'Днепр', why: 'a group of forces (группировки войск «Днепр»)' },
      { t: 'Виктор Трегубов', why: 'person' },
      { t: 'DeepState', why: 'a monitoring project' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Запорожское', ref: 'zaporizke', action: 'captured', actor: 'RU', claimant: 'DeepState', denied: true, asOf: ['2025-08-26'], note: '"российские подразделения заняли села Запорожское и Новогеоргиевка" ("не соответствуют действительности")' },
      { t: 'Новогеоргиевка', ref: 'novoheorhiivka', action: 'captured', actor: 'RU', claimant: 'DeepState', denied: true, asOf: ['2025-08-26'], note: 'the same claim, denied' },
    ],
  },
];
