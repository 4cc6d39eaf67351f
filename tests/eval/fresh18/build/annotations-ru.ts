// Hand annotations, Russian articles of tests/eval/fresh18 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = 'country inside an official title ("Президент России", "министр обороны России", "президентом РФ")';
const GERASIMOV = 'Валерий Герасимов (Генштаб ВС РФ)';
const MOD = 'Минобороны России';
const SOLODCHUK = 'Валерий Солодчук (группировка «Центр»)';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-11-20',
    url: 'https://www.km.ru/v-rossii/2025/11/20/vladimir-putin/920053-gerasimov-na-komandnom-punkte-dolozhil-putinu-o-vzyatii-ku',
    notes: 'Stored copy of a KM.RU news item, its headline first and its body up to the last full sentence (the store cuts the next one mid-word: removed); the index\'s date prefix removed. The date is the URL\'s and the index date (20 November 2025). Events (Gerasimov): Kupiansk taken (captured, RU: "о взятии Купянска" in the headline, "о взятии под контроль Купянска", "освободили город Купянск", the owner rule); about 15 AFU battalions blocked in Kupiansk and the adjoining area (fighting, RU; Putin). The 80% of Vovchansk liberated is a share held (no event of its own). Claims (Gerasimov): the group "Восток" took 13 settlements (count, settlements, RU) and liberated more than 230 km² since 1 November (area-gained, RU); more than 80% of Vovchansk (area-held, percent, RU). Not claims: the 15 battalions (units, not troops). "Днепропетровской и Запорожской областях" names two oblasts ("Днепропетровской" the elliptical first); "Харьковской области" the oblast; "реки Оскол" a river (skipped); "Красноармейском направлении" a front axis (skipped); "России" in "Президент России" an official title (skipped). Traps: the groups «Запад» (twice), «Восток», «Центра», «Север», РИА Новости, Путин, Герасимов.',
    places: [
      { t: 'Купянска', all: true, ref: 'kupiansk' },
      { t: 'Купянск', ref: 'kupiansk' },
      { t: 'Купянске', ref: 'kupiansk' },
      { t: 'Днепропетровской', ref: 'dnipropetrovskOblast' },
      { t: 'Запорожской областях', ref: 'zaporizhzhiaOblast' },
      { t: 'Волчанска', ref: 'vovchansk' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Герасимов', ctx: 'Герасимов на командном', why: 'person' },
      { t: 'Путину', why: 'person' },
      { t: 'Владимир Путин', why: 'person' },
      { t: 'Запад', all: true, why: 'group of forces name' },
      { t: 'РИА Новости', why: 'news agency' },
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Путин', ctx: 'отметил Путин', why: 'person' },
      { t: 'Герасимов', ctx: 'Герасимов также', why: 'person' },
      { t: 'Восток', why: 'group of forces name' },
      { t: 'Центра', why: 'group of forces name' },
      { t: 'Север', why: 'group of forces name' },
    ],
    skipped: [
      { t: 'России', why: TITLE },
      { t: 'Оскол', why: 'river' },
      { t: 'Красноармейском', why: 'front axis ("на Красноармейском направлении")' },
    ],
    claims: [
      { t: '13 населенных пунктов', kind: 'count', value: 13, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: ['2025-11-20'], note: '"группировка \\"Восток\\" ... взяла под контроль 13 населенных пунктов"' },
      { t: 'более 230 квадратных километров', kind: 'area-gained', value: 230, unit: 'km2', holder: 'RU', claimant: GERASIMOV, asOf: ['2025-11-01', '2025-11-20'], note: '"С 1 ноября она освободила более 230 квадратных километров"' },
      { t: 'более 80%', kind: 'area-held', value: 80, unit: 'percent', holder: 'RU', claimant: GERASIMOV, asOf: ['2025-11-20'], note: '"Группировка \\"Север\\" освободили более 80% Волчанска"' },
    ],
    events: [
      { t: 'Купянска', n: 1, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-11-20'], note: 'the headline\'s "доложил Путину о взятии Купянска"' },
      { t: 'Купянска', n: 2, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-11-20'], note: '"ему доложили о взятии под контроль Купянска"' },
      { t: 'Купянск', ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-11-20'], note: '"Соединения группировки \\"Запад\\" освободили город Купянск"' },
      { t: 'Купянске', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'Владимир Путин', asOf: ['2025-11-20'], note: '"в Купянске и на прилегающей к нему территории заблокированы примерно 15 батальонов ВСУ"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2023-12-26',
    url: 'https://donbass.sq.com.ua/rus/novosti/26.12.2023/ukrainskie-voennye-otosli-na-okrainy-marinki-cto-proisxodit-v-gorode',
    notes: 'Stored copy of a Донбасс.SQ (donbass.sq.com.ua, Russian edition) news item, its body as the store gives it (the store gives no headline: the manifest title is made from the URL slug). The date is the URL\'s (26 December 2023). Events: Zaluzhnyi: "мы сейчас отошли на окраины Марьинки" (withdrew, UA); Shoigu reported to Putin on 25 December that Russian soldiers had "полностью взяли Марьинку под свой контроль", with "якобы" (captured, RU, denied: the article doubts it, the defenders still in the town\'s north). The withdrawal "на окраины города" in the lead and the DeepState report on "западных окраинах города" name no settlement in their clause; "Марьинка полностью разрушена", "Марьинка держалась почти два года" and "Марьинки уже нет" carry no event. "Украины" in "Вооруженных сил Украины" and "России" in "министр обороны России" are an official body and title (skipped). Traps: Залужный (twice), ТСН, DeepState, Шойгу, Путину.',
    places: [
      { t: 'Марьинка', all: true, ref: 'marinka' },
      { t: 'Марьинки', all: true, ref: 'marinka' },
      { t: 'Марьинку', ref: 'marinka' },
    ],
    traps: [
      { t: 'Валерий Залужный', why: 'person' },
      { t: 'ТСН', why: 'TV channel' },
      { t: 'Залужный', ctx: 'Залужный также', why: 'person' },
      { t: 'DeepState', why: 'monitoring project' },
      { t: 'Сергей Шойгу', why: 'person' },
      { t: 'Владимиру Путину', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', why: BODY },
      { t: 'России', why: TITLE },
    ],
    claims: [],
    events: [
      { t: 'Марьинки', n: 1, ref: 'marinka', action: 'withdrew', actor: 'UA', claimant: 'Валерий Залужный', asOf: ['2023-12-26'], note: '"то, что мы сейчас отошли на окраины Марьинки, а в некоторых местах чуть дальше"' },
      { t: 'Марьинку', ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Сергей Шойгу', denied: true, asOf: ['2023-12-25'], note: '"Шойгу доложил ... что российские солдаты якобы \\"полностью взяли Марьинку под свой контроль\\""' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-09-07',
    url: 'https://strana.news/news/491105-zhiteli-mezhevoj-zhivut-bez-sveta-i-haza-pod-udarami-dronov-front-v-15-km.html',
    notes: 'Stored copy of a Страна.ua (strana.news) news item, its body as the store gives it up to the last full sentence (the store cuts the next one after its first letter: removed); the index\'s date prefix removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (7 September 2025). Event: the Russian Defence Ministry claims the capture of the village of Khoroshe in Dnipropetrovsk Oblast (captured, RU). The front approaching Mezhova names no side\'s action (no event). Not claims: the 15 km to the front line. "Днепропетровской области" (twice) is the oblast; "РФ" in "Минобороны РФ" an official body (skipped). Khoroshe, Sosnivka and Vorone are placed at the oblast (`region`).',
    places: [
      { t: 'Межевая', ref: 'mezhova' },
      { t: 'Днепропетровской области', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Межевой', all: true, ref: 'mezhova' },
      { t: 'Хорошее', ref: 'khoroshe' },
      { t: 'Сосновкой', ref: 'sosnivka' },
      { t: 'Вороным', ref: 'vorone' },
    ],
    traps: [],
    skipped: [{ t: 'РФ', why: BODY }],
    claims: [],
    events: [
      { t: 'Хорошее', ref: 'khoroshe', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-09-07'], note: '"Минобороны РФ заявляет о захвате села Хорошее в Днепропетровской области"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-12-28',
    url: 'https://radio1.ru/news/specoperaciya-na-ukraine/rossiiskaya-armiya-osvobodila-stepnogorsk-v-zaporozhskoi-oblasti/',
    notes: 'Stored copy of a Радио 1 (radio1.ru) news item, its headline first and its body as the store gives it; the index\'s date prefix removed. The store\'s "Об сообщило" is kept. The date is the index date (28 December 2025). Events (the Defence Ministry): the group «Днепр» liberated Stepnohirsk (captured, RU: the owner rule; headline and lead). The strikes near Orikhiv, Preobrazhenka, Chervona Krynytsia and Sadove carry no event. Claim: more than 60 servicemen eliminated over the past day (count, killed, UA). Not claims: the armoured vehicle. "Запорожской области" (three times) and "Херсонской области" are the oblasts; "Украины" (twice) the country; "России" in "Минобороны России" and "президент России" and "РФ" in "ВС РФ" an official body and title (skipped); "киевского режима" the government named by an adjective (skipped). Traps: «Днепр» (group name, twice), Путин.',
    places: [
      { t: 'Степногорск', all: true, ref: 'stepnohirsk' },
      { t: 'Запорожской области', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Орехова', ref: 'orikhiv' },
      { t: 'Преображенки', ref: 'preobrazhenka' },
      { t: 'Червоной Криницы', ref: 'chervonaKrynytsia' },
      { t: 'Садового', ref: 'sadoveKherson' },
      { t: 'Херсонской области', ref: 'khersonOblast' },
      { t: 'Украины', all: true, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Днепр', all: true, why: 'group of forces name' },
      { t: 'Владимир Путин', why: 'person' },
    ],
    skipped: [
      { t: 'России', ctx: 'Минобороны России', why: BODY },
      { t: 'России', ctx: 'президент России', why: TITLE },
      { t: 'РФ', why: BODY },
      { t: 'киевского', why: 'the government named by an adjective ("киевского режима")' },
    ],
    claims: [
      { t: 'более 60 военнослужащих', kind: 'count', value: 60, unit: 'killed', holder: 'UA', claimant: MOD, asOf: ['2025-12-27', '2025-12-28'], note: '"За прошедшие сутки ... ликвидированы более 60 военнослужащих"' },
    ],
    events: [
      { t: 'Степногорск', n: 1, ref: 'stepnohirsk', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-28'], note: 'the headline\'s "Российская армия освободила Степногорск"' },
      { t: 'Степногорск', n: 2, ref: 'stepnohirsk', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-28'], note: '"освободили населенный пункт Степногорск в Запорожской области"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-12-27',
    url: 'https://www.interfax.ru/russia/1065455',
    notes: 'Stored copy of an Интерфакс news item, its headline first and its body up to the last full sentence (the store cuts the next one, on Гришино, mid-sentence: removed); the index\'s date prefix removed. The date is the dateline\'s and the index date (27 December 2025, a Saturday: Solodchuk spoke "в субботу"). Events (Solodchuk): the group «Центр» took Dimitrov (Myrnohrad) under control and "полностью освободили город" (captured, RU: the owner rule); mopping-up of its quarters continues (fighting, RU: clearing in progress, the headline). Stabilising the situation around Krasnoarmeysk (Pokrovsk) and Dimitrov names no side\'s action on them (no event). "Москва" is the dateline; "Мирноград" in brackets the same town (no second event); "красноармейском направлении" a front axis (skipped); "РФ" (headline, "президентом РФ") and "Украины" in "вооруженных сил Украины" official bodies and titles (skipped). Traps: «Центр», INTERFAX.RU, Солодчук (twice), Путиным.',
    places: [
      { t: 'Димитрове', ref: 'myrnohrad' },
      { t: 'Красноармейска', all: true, ref: 'pokrovsk' },
      { t: 'Москва', ref: 'moscow' },
      { t: 'Димитров', all: true, ref: 'myrnohrad' },
      { t: 'Мирноград', ref: 'myrnohrad' },
      { t: 'Димитрова', ref: 'myrnohrad' },
    ],
    traps: [
      { t: 'INTERFAX.RU', why: 'news agency' },
      { t: 'Центр', why: 'group of forces name' },
      { t: 'Валерий Солодчук', why: 'person' },
      { t: 'Солодчук', ctx: 'сказал Солодчук', why: 'person' },
      { t: 'Владимиром Путиным', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: TITLE },
      { t: 'красноармейском', why: 'front axis ("На красноармейском направлении")' },
      { t: 'Украины', why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Димитрове', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: SOLODCHUK, asOf: ['2025-12-27'], note: 'the headline\'s "Военные РФ ведут дозачистку в Димитрове"' },
      { t: 'Димитров', n: 1, ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: SOLODCHUK, asOf: ['2025-12-27'], note: '"заявили о взятии под контроль города Димитров (Мирноград)"' },
      { t: 'Димитров', n: 2, ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: SOLODCHUK, asOf: ['2025-12-27'], note: '"завершили уничтожение вооруженных сил Украины в городе Димитров. И тем самым полностью освободили город"' },
    ],
  },
];
