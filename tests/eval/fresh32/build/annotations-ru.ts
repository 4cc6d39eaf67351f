// Hand annotations, Russian articles of tests/eval/fresh32. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMED = 'abbreviation of the armed forces';
const GROUP = 'a group of forces';
const AXIS = 'front axis named by an adjective';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-02-07',
    url: 'https://eadaily.com/ru/news/2025/02/07/rossiyskie-voyska-osvobodili-gorod-dzerzhinsk-v-dnr-gruppa-centr',
    notes: 'Stored copy of an EADaily news item, its body as the store gives it (no headline: the manifest title is made from the URL slug); the related-link lines after the text removed. The store\'s "уточнили ," is kept. The date is the URL\'s (7 February 2025, a Friday: "в пятницу, 7 февраля"). Events: "освободили город Дзержинск (Торецк) Донецкой Народной Республики" and the quoted "освобожден город Дзержинск" (captured, RU, the defence ministry: the owner rule; the event sits on the old name, "Торецк" in brackets is the same town); "Ранее ... освободили населенный пункт Дружба" (captured, RU, earlier: the week before the report). "в освобождении города" names no settlement. "Донецкой Народной Республики" (three times) is Donetsk Oblast; "Министерства обороны Российской Федерации" an official body (skipped). Traps: «Центр» (three times), «Ветераны», EADaily. No claims.',
    places: [
      { t: 'Дзержинск', all: true, ref: 'toretsk' },
      { t: 'Торецк', ref: 'toretsk' },
      { t: 'Донецкой Народной Республики', all: true, ref: 'donetskOblast' },
      { t: 'Дружба', ref: 'druzhba' },
    ],
    traps: [
      { t: 'Центр', all: true, why: GROUP },
      { t: 'Ветераны', why: 'a volunteer formation' },
      { t: 'EADaily', why: 'an outlet' },
    ],
    skipped: [{ t: 'Российской Федерации', why: OFFICIAL + ' ("Министерства обороны Российской Федерации")' }],
    events: [
      { t: 'Дзержинск', n: 1, ref: 'toretsk', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-02-07'], note: '"освободили город Дзержинск (Торецк) Донецкой Народной Республики"' },
      { t: 'Дзержинск', n: 2, ref: 'toretsk', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-02-07'], note: 'the quoted report: "освобожден город Дзержинск Донецкой Народной Республики"' },
      { t: 'Дружба', ref: 'druzhba', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2025-01-31', '2025-02-07'], note: '"Ранее EADaily сообщало, что российские подразделения ... освободили населенный пункт Дружба Донецкой Народной Республики" (no day named)' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-12-04',
    url: 'https://abbv.ru/news/obshchestvo/rossiyskie-voyska-likvidirovali-platsdarm-vsu-na-zaporozhskom-napravlenii',
    notes: 'Stored copy of an abbv.ru news item (after ria.ru), its headline and body as the store gives them; the date and time-stamp line and the view count after the headline ("04.12.2024 06:18", "361") and the source line at the end ("Источник и фото - ria.ru") removed. The date is the page\'s time stamp (4 December 2024). Events: "Движение войск в сторону Великой Новоселки" (fighting, RU: an advance toward a settlement, the attacker). The bridgehead "в районе юго-восточнее поселка Великая Новоселка" (a location), "контролируют окраины поселка" (no name) and "Великая Новоселка является важным ... центром" are no event. Claim: "российские войска освободили примерно 15 квадратных километров территории" (area-gained, 15 km², Russia, Rogov, the day). "Запорожской области" (twice) is the oblast as the text gives it; "Запорожском", "ореховским" and "времевским" (направлениях) front axes, "Общественной палаты РФ" an official body (skipped). Traps: ВСУ, Владимир Рогов, Рогов.',
    places: [
      { t: 'Великая Новоселка', all: true, ref: 'velykaNovosilka' },
      { t: 'Запорожской области', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Великой Новоселки', ref: 'velykaNovosilka' },
    ],
    traps: [
      { t: 'ВСУ', why: ARMED },
      { t: 'Владимир Рогов', why: 'person' },
      { t: 'Рогов', n: 2, why: 'person' },
    ],
    skipped: [
      { t: 'Запорожском направлении', why: AXIS },
      { t: 'РФ', why: OFFICIAL + ' ("Общественной палаты РФ")' },
      { t: 'ореховским', why: AXIS },
      { t: 'времевским', why: AXIS },
    ],
    claims: [
      { t: '15 квадратных километров', kind: 'area-gained', value: 15, unit: 'km2', holder: 'RU', claimant: 'Владимир Рогов', asOf: ['2024-12-04'], note: '"Рогов отметил, что российские войска освободили примерно 15 квадратных километров территории"' },
    ],
    events: [
      { t: 'Великой Новоселки', ref: 'velykaNovosilka', action: 'fighting', actor: 'RU', claimant: 'Владимир Рогов', asOf: ['2024-12-04'], note: '"Движение войск в сторону Великой Новоселки позволит контролировать трассу снабжения"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2023-09-04',
    url: 'https://meduza.io/news/2023/09/04/v-bryanskoy-oblasti-po-dannym-gubernatora-otrazili-ataku-ukrainskih-diversantov-russkiy-dobrovolcheskiy-korpus-zayavil-chto-ubil-dvuh-pogranichnikov',
    notes: 'Stored copy of a Meduza news item, its headline and body as the store gives them, up to the last full sentence; the site\'s skip link before the headline ("Перейти к материалам") removed, and the last sentence, cut by the store ("Ответственность за диверсию в Брянской области взял на себя «Русский добровольческий кор"), removed. The date is the URL\'s (4 September 2023; "утром 4 сентября"). Events: "попытка прорыва в Брянскую область ... произошла утром 4 сентября в районе поселка Подывотье" (fighting, UA, «База»: a repelled assault is fighting by the attacker; the volunteer units fighting on the Ukrainian side: actor UA). "пресечена попытка проникновения на территорию РФ" names a district, no settlement. "Брянской области" (twice) and "Брянскую область" are the oblast, "Севском районе" the district, "на территорию РФ" the country; "Минобороны РФ" an official body (skipped). Claims: "убил двух пограничников" (count, killed, Russia, the Russian Volunteer Corps, the day); "от 15 до 30 украинских диверсантов" (count, troops, Ukraine, «База»: the lower bound); "погиб один пограничник ФСБ" (count, killed, Russia, «База»). Traps: «Русский добровольческий корпус», Александр Богомаз, Богомаз, «База».',
    places: [
      { t: 'Брянской области', all: true, ref: 'bryanskOblast' },
      { t: 'Севском районе', ref: 'sevskDistrict' },
      { t: 'РФ', n: 1, ref: 'russia' },
      { t: 'Брянскую область', ref: 'bryanskOblast' },
      { t: 'Подывотье', ref: 'podyvotye' },
    ],
    traps: [
      { t: 'Русский добровольческий корпус', why: 'a unit\'s name' },
      { t: 'Александр Богомаз', why: 'person' },
      { t: 'Богомаз', n: 2, why: 'person' },
      { t: 'База', why: 'an outlet' },
    ],
    skipped: [{ t: 'РФ', n: 2, why: OFFICIAL + ' ("Минобороны РФ")' }],
    claims: [
      { t: 'двух пограничников', kind: 'count', value: 2, unit: 'killed', holder: 'RU', claimant: 'Русский добровольческий корпус', asOf: ['2023-09-04'], note: 'the headline: "«Русский добровольческий корпус» заявил, что убил двух пограничников"' },
      { t: 'от 15 до 30', kind: 'count', value: 15, unit: 'troops', holder: 'UA', claimant: 'База', asOf: ['2023-09-04'], note: '"в которой участвовали от 15 до 30 украинских диверсантов": the lower bound' },
      { t: 'один пограничник', kind: 'count', value: 1, unit: 'killed', holder: 'RU', claimant: 'База', asOf: ['2023-09-04'], note: '"в ходе боя погиб один пограничник ФСБ"' },
    ],
    events: [
      { t: 'Подывотье', ref: 'podyvotye', action: 'fighting', actor: 'UA', claimant: 'База', asOf: ['2023-09-04'], note: '"попытка прорыва в Брянскую область ... произошла утром 4 сентября в районе поселка Подывотье"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-12-27',
    url: 'https://www.rbc.ru/rbcfreenews/695023439a7947388da7efaf',
    notes: 'Stored copy of an РБК news item, its headline and body as the store gives them, up to the last full sentence; the index\'s date prefix, the second headline ("Герасимов пообещал продолжить наступление в Донбассе и Запорожье") and the photo credit ("Фото: Сергей Бобылев / РИА Новости") removed, and the last sentence, cut by the store ("Путин назвал занятие города серьезным шагом к полному контролю н"), removed. The date is the index date (27 December 2025). Events: "военные взяли Гуляйполе" (captured, RU, Gerasimov); "взяли населенный пункт Степногорск" (captured, RU); "завершают зачистку от украинских сил в Приморском и Лукьяновском" (cleared, RU, twice); "о взятии Димитрова (украинское название — Мирноград)" (captured, RU; the event sits on the name the report uses, "Мирноград" in brackets is the same town). The aims "устанавливать контроль над Донбассом, Запорожской и Херсонской областями" and "задач по освобождению Донбасса" name regions (no event). "Донбассе", "Донбассом", "Донбасса" are Donbas; "Запорожье" (beside Donbas and Херсонщина) and "Запорожской" (three times, beside another oblast) and "Запорожской области" the oblast, "Херсонщине", "Херсонской областями", "Херсонской областей" the oblast, "Днепропетровской областях" the oblast, "ДНР" Donetsk Oblast. Traps: Герасимов (five times), Валерий, Владимиром Путиным, Путину, «Восток», «Днепр».',
    places: [
      { t: 'Донбассе', ref: 'donbas' },
      { t: 'Запорожье', ref: 'zaporizhzhiaOblast' },
      { t: 'Херсонщине', ref: 'khersonOblast' },
      { t: 'Донбассом', ref: 'donbas' },
      { t: 'Запорожской', ctx: 'Донбассом, Запорожской', ref: 'zaporizhzhiaOblast' },
      { t: 'Херсонской областями', ref: 'khersonOblast' },
      { t: 'Донбасса', ref: 'donbas' },
      { t: 'Запорожской', ctx: 'также Запорожской', ref: 'zaporizhzhiaOblast' },
      { t: 'Херсонской областей', ref: 'khersonOblast' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
      { t: 'Степногорск', ref: 'stepnohirsk' },
      { t: 'Приморском', ref: 'prymorske' },
      { t: 'Лукьяновском', ref: 'lukianivske' },
      { t: 'Запорожской', ctx: 'в Запорожской и', ref: 'zaporizhzhiaOblast' },
      { t: 'Днепропетровской областях', ref: 'dnipropetrovskOblast' },
      { t: 'Димитрова', ref: 'myrnohrad' },
      { t: 'Мирноград', ref: 'myrnohrad' },
      { t: 'ДНР', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Герасимов', all: true, why: 'person' },
      { t: 'Валерий', why: 'person (first name of Valery Gerasimov)' },
      { t: 'Владимиром Путиным', why: 'person' },
      { t: 'Путину', why: 'person' },
      { t: 'Восток', why: GROUP },
      { t: 'Днепр', why: GROUP + ' (named after a river)' },
    ],
    events: [
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-27'], note: '"группировка войск «Восток» наступает в западном направлении Запорожской области, военные взяли Гуляйполе"' },
      { t: 'Степногорск', ref: 'stepnohirsk', action: 'captured', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-27'], note: '"Штурмовые подразделения группировки войск «Днепр» взяли населенный пункт Степногорск"' },
      { t: 'Приморском', ref: 'prymorske', action: 'cleared', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-27'], note: '"и завершают зачистку от украинских сил в Приморском и Лукьяновском"' },
      { t: 'Лукьяновском', ref: 'lukianivske', action: 'cleared', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-27'], note: '"завершают зачистку от украинских сил в Приморском и Лукьяновском"' },
      { t: 'Димитрова', ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-27'], note: '"Президенту также доложили о взятии Димитрова (украинское название — Мирноград) в ДНР"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-12-01',
    url: 'https://ura.news/news/1053042813',
    notes: 'Stored copy of an URA.RU news item, its headline, subheading and body as the store gives them, up to the last full sentence; the index\'s date prefix and the photo credit after the subheading ("Фото: Сергей Русанов © URA.RU") removed, and the last sentence, cut by the store ("Отдельно Герасимов "), removed. The date is the index date (1 December 2025; "Об этом 1 декабря доложил"). Events: "окружили Степногорск" (headline and lede), "Окружен населенный пункт Степногорск" and "в районе Степногорска российские части ведут бои по замыканию кольца окружения" (fighting, RU, Gerasimov: encircling is fighting by the attacker); "вошли в Красный Лиман" (headline and lede: entered, RU) and "продвинулись вглубь Красного Лимана" (entered, RU); "Ведутся боевые действия за завладение Приморским" and "Бои за Приморское ... продолжаются" (fighting, RU). "прорваться из города" names no settlement. "Запорожской области" is the oblast, "Донецкой народной республике" Donetsk Oblast; "Запорожском направлении" a front axis, "ВС России", "ВС РФ", "президенту России" and "Вооруженных сил РФ" official bodies and titles (skipped). Traps: Герасимов (three times), Валерий Герасимов, Владимиру Путину, «Днепр» and „Днепр“, «Запад». No claims.',
    places: [
      { t: 'Степногорск', all: true, ref: 'stepnohirsk' },
      { t: 'Красный Лиман', all: true, ref: 'lyman' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'Приморским', ref: 'prymorske' },
      { t: 'Красного Лимана', ref: 'lyman' },
      { t: 'Степногорска', ref: 'stepnohirsk' },
      { t: 'Приморское', ref: 'prymorske' },
    ],
    traps: [
      { t: 'Герасимов', n: 1, why: 'person' },
      { t: 'Днепр', all: true, why: GROUP + ' (named after a river)' },
      { t: 'Запад', why: GROUP },
      { t: 'Владимиру Путину', why: 'person' },
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Герасимов', n: 3, why: 'person' },
    ],
    skipped: [
      { t: 'России', all: true, why: OFFICIAL + ' ("ВС России", "президенту России")' },
      { t: 'РФ', all: true, why: OFFICIAL + ' ("ВС РФ", "Вооруженных сил РФ")' },
      { t: 'Запорожском направлении', why: AXIS },
    ],
    events: [
      { t: 'Степногорск', n: 1, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-01'], note: 'the headline: "ВС России окружили Степногорск"' },
      { t: 'Красный Лиман', n: 1, ref: 'lyman', action: 'entered', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-01'], note: 'the headline: "и вошли в Красный Лиман"' },
      { t: 'Степногорск', n: 2, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-01'], note: '"Войска российской группировки «Днепр» окружили Степногорск в Запорожской области"' },
      { t: 'Красный Лиман', n: 2, ref: 'lyman', action: 'entered', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-01'], note: '"а силы группировки «Запад» вошли в Красный Лиман в Донецкой народной республике"' },
      { t: 'Степногорск', n: 3, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-01'], note: '"Окружен населенный пункт Степногорск"' },
      { t: 'Приморским', ref: 'prymorske', action: 'fighting', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-01'], note: '"Ведутся боевые действия за завладение Приморским"' },
      { t: 'Красного Лимана', ref: 'lyman', action: 'entered', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-01'], note: '"российские штурмовые подразделения продвинулись вглубь Красного Лимана"' },
      { t: 'Степногорска', ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-01'], note: '"в районе Степногорска российские части ведут бои по замыканию кольца окружения"' },
      { t: 'Приморское', ref: 'prymorske', action: 'fighting', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-01'], note: '"Бои за Приморское, по словам начальника Генштаба, продолжаются"' },
    ],
  },
];
