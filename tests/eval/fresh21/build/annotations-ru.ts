// Hand annotations, Russian articles of tests/eval/fresh21. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const MOD = 'Минобороны России';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2023-06-01',
    url: 'https://news.ru/amp/society/zdes-byla-nastoyashaya-vojna-reportazh-iz-sela-kozinka-gde-shli-boi-s-drg',
    notes: 'Stored copy of a NEWS.ru report, its headline and opening as the store gives them, up to the last full sentence (the store cuts the next one, "Отсюда ", after its first word: removed); the rubric and date line ("Общество 01 июня, 2023 / 17:25") removed. The subheading «Они поставили растяжку на дороге» inside the text is kept. The date is the date line\'s (1 June 2023, a Thursday). Events: on 22 May 2023 Ukrainian saboteurs got into Russia through the village of Козинка (entered, UA: a break-in); the counter-terrorist operation that expelled them across the border on 23 May names no settlement; the reporters driving into Козинка carry no event. "Белгородской области" is the oblast, России (twice) and РФ ("признана в РФ") the country; БАХМУТА in the graffiti «ПРИВiТ З БАХМУТА!» names the town (a place, no event). Claims: more than 70 members of the sabotage group killed (count, killed, UA; Минобороны). Traps: NEWS.ru (the outlet), "Грайворонской" (a road named after the town, "по Грайворонской трассе"), «Русского добровольческого корпуса» and РДК (a military unit).',
    places: [
      { t: 'России', all: true, ref: 'russia' },
      { t: 'Козинка', all: true, ref: 'kozinka' },
      { t: 'Белгородской области', ref: 'belgorodOblast' },
      { t: 'БАХМУТА', ref: 'bakhmut' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [
      { t: 'NEWS.ru', why: 'news outlet' },
      { t: 'Грайворонской', why: 'a road named after a town ("по Грайворонской трассе")' },
      { t: 'Русского добровольческого корпуса', why: 'military unit (the Russian Volunteer Corps)' },
      { t: 'РДК', why: 'military unit (the Russian Volunteer Corps)' },
    ],
    skipped: [],
    claims: [
      { t: 'Более 70 членов ДРГ', kind: 'count', value: 70, unit: 'killed', holder: 'UA', claimant: MOD, asOf: ['2023-05-22', '2023-05-23'], note: '"Более 70 членов ДРГ, как заявили в Минобороны, были ликвидированы"' },
    ],
    events: [
      { t: 'Козинка', n: 1, ref: 'kozinka', action: 'entered', actor: 'UA', claimant: 'NEWS.ru', asOf: ['2023-05-22'], note: '"22 мая 2023 года украинские диверсанты смогли проникнуть на территорию России через село Козинка Белгородской области"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-03-14',
    url: 'https://rg.ru/amp/2024/03/14/v-rosgvardii-soobshchili-o-boe-s-diversantami-u-kurskogo-poselka-tetkino.html',
    notes: 'Stored copy of a Rossiyskaya Gazeta news item, its body as the store gives it (the store gives no headline and starts inside the item: the manifest title is made from the URL slug). The date is the URL\'s (14 March 2024, a Thursday; "Во вторник" is 12 March). Events: Ukrainian saboteurs keep trying to enter Russia in the area of Теткино, the Rosgvardia, the military and the FSB border guards fighting them (fighting, UA: the attacking side; Starovoit). The shelling of Теткино for a second day is a strike (no event). "Белгородской" and "Курской областях" are oblasts, "территорию России" the country; "глава Курской области" puts the oblast in an official\'s title and "ФСБ России" the country in an official body (skipped). Claims: more than 300 Ukrainian saboteurs who tried to break through on Tuesday (count, troops, UA) and 234 enemy soldiers killed (count, killed, UA). Not claims: the tanks, Bradleys and armoured personnel carriers (equipment). Traps: Роман Старовойт, Bradley.',
    places: [
      { t: 'России', ctx: 'территорию России', ref: 'russia' },
      { t: 'Теткино', all: true, ref: 'tetkino' },
      { t: 'Белгородской', ref: 'belgorodOblast' },
      { t: 'Курской областях', ref: 'kurskOblast' },
    ],
    traps: [
      { t: 'Роман Старовойт', why: 'person' },
      { t: 'Bradley', why: 'weapon (an infantry fighting vehicle)' },
    ],
    skipped: [
      { t: 'России', ctx: 'ФСБ России', why: OFFICIAL + ' ("пограничного управления ФСБ России")' },
      { t: 'Курской области', why: 'oblast inside an official\'s title ("глава Курской области")' },
    ],
    claims: [
      { t: 'более 300 украинских диверсантов', kind: 'count', value: 300, unit: 'troops', holder: 'UA', claimant: 'Russian security forces', asOf: ['2024-03-12'], note: '"Во вторник силовики предотвратили террористическую атаку более 300 украинских диверсантов"' },
      { t: '234 солдата противника', kind: 'count', value: 234, unit: 'killed', holder: 'UA', claimant: 'Russian security forces', asOf: ['2024-03-12'], note: '"В результате были ликвидированы 234 солдата противника"' },
    ],
    events: [
      { t: 'Теткино', n: 1, ref: 'tetkino', action: 'fighting', actor: 'UA', claimant: 'Роман Старовойт (governor of Kursk Oblast)', asOf: ['2024-03-13', '2024-03-14'], note: '"украинские диверсанты не оставляют попытки войти на территорию России в районе поселка Теткино"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-05-20',
    url: 'https://politgolos.ru/2025/05/20/vsu-usilivayut-ataki-na-tetkinskom-napravlenii-u-granicz-kurskoj-oblasti',
    notes: 'Stored copy of a Politgolos item, its body as the store gives it, up to the last full sentence (the store cuts the next one, "Интенсивные бои в этом районе не прекращались даже во время переговоров в Стамбуле 16 мая, ... параллельно с дипломатическим проти", mid-word: removed) (the store gives no headline: the manifest title is made from the URL slug). The subheading "Контрольный рубеж и ответные действия" inside the text is kept. The date is the URL\'s (20 May 2025). Events: the Ukrainian raid in the area of Бессаловка (fighting, UA); the Russian troops taking Марьино in Sumy Oblast under full control (captured, RU: Russia taking a Ukrainian village); the large Ukrainian operation at Теткино on 19 May (fighting, UA). Демидовка only locates the area attacked next to Марьино (no event of its own). "Теткинском направлении" and "Киевского направления" are front axes (skipped); "Курской области" and "Сумской области" oblasts; "Путивльский" and "Белопольский районы" districts of Sumy Oblast. Not claims: the dozens of armoured vehicles.',
    places: [
      { t: 'Бессаловки', ref: 'bezsalivka' },
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Путивльский', ref: 'putyvlRaion' },
      { t: 'Белопольский районы', ref: 'bilopilliaRaion' },
      { t: 'Марьино', ref: 'marino' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Демидовке', ref: 'demydivka' },
      { t: 'Теткино', ref: 'tetkino' },
    ],
    traps: [],
    skipped: [
      { t: 'Теткинском', why: 'front axis' },
      { t: 'Киевского', why: 'front axis ("из Киевского направления")' },
    ],
    claims: [],
    events: [
      { t: 'Бессаловки', ref: 'bezsalivka', action: 'fighting', actor: 'UA', claimant: 'Russian intelligence (as reported)', asOf: ['2025-05-20'], note: '"украинские подразделения предприняли рейд в районе Бессаловки"' },
      { t: 'Марьино', ref: 'marino', action: 'captured', actor: 'RU', claimant: 'Politgolos', asOf: ['2025-05-20'], note: '"Российские войска усилили позиции в приграничной зоне, взяв под полный контроль населенный пункт Марьино в Сумской области"' },
      { t: 'Теткино', ref: 'tetkino', action: 'fighting', actor: 'UA', claimant: 'Politgolos', asOf: ['2025-05-19'], note: '"ситуация в Теткино, где 19 мая украинская сторона развернула масштабную операцию"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-09-26',
    url: 'https://realnoevremya.ru/news/358108-rossiyskie-voyska-vzyali-pod-kontrol-yunakovku-v-sumskoy-oblasti',
    notes: 'Stored copy of a Realnoe Vremya news item, its headline, standfirst and body as the store gives them, up to the last full sentence (the store cuts the next one, "Расстояние от Юнаковки до Сум составляет около двадцати километров, ... продвижения войск с", mid-word: removed); the index\'s date prefix and the photo credit before the body ("Фото: Артем Дергунов") removed. The date is the index date (26 September 2025, a Friday). Events: the Russian troops took Юнаковка under control (captured, RU, three times: the headline, the lead and the ministry\'s "освободили населенный пункт Юнаковка" over the week). Юнаковка as a transit hub, the experts\' "Потеря Юнаковки грозит ..." (a consequence, not a report of its own) and the bridgehead for an offensive on Сумы (a plan) carry no event. "Сумской области" (three times) and "Курскую область" are oblasts. Traps: «Север» (the group of forces).',
    places: [
      { t: 'Юнаковку', ref: 'yunakivka' },
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
      { t: 'Юнаковка', all: true, ref: 'yunakivka' },
      { t: 'Курскую область', ref: 'kurskOblast' },
      { t: 'Юнаковки', ref: 'yunakivka' },
      { t: 'Сумы', ref: 'sumy' },
    ],
    traps: [{ t: 'Север', why: 'group of forces ("группировки войск «Север»")' }],
    skipped: [],
    claims: [],
    events: [
      { t: 'Юнаковку', ref: 'yunakivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-09-26'], note: 'the headline: "Российские войска взяли под контроль Юнаковку"' },
      { t: 'Юнаковка', n: 1, ref: 'yunakivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-09-26'], note: '"Российские военные взяли под контроль населенный пункт Юнаковка в Сумской области"' },
      { t: 'Юнаковка', n: 2, ref: 'yunakivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-09-20', '2025-09-26'], note: '"В течение недели подразделения группировки войск «Север» ... освободили населенный пункт Юнаковка" (the owner rule)' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-12-27',
    url: 'https://www.m24.ru/videos/politika/27122025/859908',
    notes: 'Stored copy of a Moskva 24 video item\'s text as the store gives it; the closing line "Подробнее – в эфире телеканала Москва 24." removed (the store gives no headline and the URL no slug: the manifest title is made from the lead). The date is the URL\'s (27 December 2025). Events: the Russian army established itself on the western outskirts of Гуляйполе (entered, RU: a presence in a town, as fresh20 records one; the experts\' reading that this means full control and the Defence Ministry\'s silence name the town only as "населенного пункта" and "города"). "Сумской", "Запорожской" and "Днепропетровской областях" are oblasts, ДНР the Donetsk Oblast, "на харьковском направлении" a front axis (skipped). Claims: 8 settlements taken over the past week (count, settlements, RU).',
    places: [
      { t: 'Гуляйполе', ref: 'huliaipole' },
      { t: 'Сумской', ref: 'sumyOblast' },
      { t: 'Запорожской', ref: 'zaporizhzhiaOblast' },
      { t: 'Днепропетровской областях', ref: 'dnipropetrovskOblast' },
      { t: 'ДНР', ref: 'donetskOblast' },
    ],
    traps: [],
    skipped: [{ t: 'харьковском', why: 'front axis' }],
    claims: [
      { t: '8 населенных пунктов', kind: 'count', value: 8, unit: 'settlements', holder: 'RU', claimant: 'the Russian side', asOf: ['2025-12-20', '2025-12-27'], note: '"Всего за прошедшую неделю российская сторона освободила 8 населенных пунктов"' },
    ],
    events: [
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'entered', actor: 'RU', claimant: 'Москва 24', asOf: ['2025-12-27'], note: '"Российская армия закрепилась на западных окраинах населенного пункта Гуляйполе"' },
    ],
  },
];
