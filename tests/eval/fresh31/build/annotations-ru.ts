// Hand annotations, Russian articles of tests/eval/fresh31. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMED = 'abbreviation of the armed forces';
const GROUP = 'a group of forces';
const MOD = 'Минобороны России';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-12-15',
    url: 'https://life.ru/p/1820723',
    notes: 'Stored copy of a Life.ru news item, its headline and body complete as the store gives them; the index\'s date prefix and the photo credit between the headline and the text ("Обложка © ТАСС / Алексей Коновалов") removed. The date is the index date (15 December 2025). Events: the headline\'s and the lede\'s "освободили Песчаное в Днепропетровской области" and "освобождая Песчаное" (captured, RU, the defence ministry: the owner rule, three times); "водрузили российский флаг в освобожденной Варваровке" (captured, RU, the day before). "Населённый пункт взяли под контроль" names no settlement. Claim: "взят под контроль участок местности площадью более трех квадратных километров" (area-gained, 3 km², Russia, the day). "реки Гайчур" (twice) is a river (skipped); "Минобороны РФ" an official body (skipped). Traps: «Восток» (twice), ТАСС.',
    places: [
      { t: 'Песчаное', all: true, ref: 'pishchane' },
      { t: 'Днепропетровской области', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Варваровке', ref: 'varvarivka' },
    ],
    traps: [
      { t: 'Восток', all: true, why: GROUP },
      { t: 'ТАСС', why: 'a news agency' },
    ],
    skipped: [
      { t: 'Гайчур', all: true, why: 'a river' },
      { t: 'РФ', why: OFFICIAL + ' ("Минобороны РФ")' },
    ],
    claims: [
      { t: 'трех квадратных километров', kind: 'area-gained', value: 3, unit: 'km2', holder: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-12-15'], note: '"взят под контроль участок местности площадью более трех квадратных километров"' },
    ],
    events: [
      { t: 'Песчаное', n: 1, ref: 'pishchane', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-12-15'], note: 'the headline: "Российские войска освободили Песчаное в Днепропетровской области"' },
      { t: 'Песчаное', n: 2, ref: 'pishchane', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-12-15'], note: '"Российские военные освободили Песчаное в Днепропетровской области"' },
      { t: 'Песчаное', n: 3, ref: 'pishchane', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-12-15'], note: '"Также, освобождая Песчаное, бойцы создали плацдарм у реки Гайчур"' },
      { t: 'Варваровке', ref: 'varvarivka', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-12-14'], note: '"А накануне бойцы группировки «Восток» прорвали оборону противника и водрузили российский флаг в освобожденной Варваровке"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-12-21',
    url: 'https://tass.ru/mezhdunarodnaya-panorama/25979167',
    notes: 'Stored copy of a ТАСС news item, its headline, dateline and body complete as the store gives them; the index\'s date prefix, the byline and time stamp after the headline ("Редакция сайта ТАСС", "09:03") and the related-link lines inside the text ("Читайте также", "Военная операция на Украине. Онлайн") removed. The date is the dateline\'s (21 December 2025). Events: "украинские войска \\"отошли с нескольких позиций\\" в районе села Грабовское" (withdrew, UA, the Ukrainian officer Likhovyi: a side\'s own pull-back told by its speaker, from positions in the area of the village, as the sets give a regrouping in the areas of a settlement); "российские силы освободили населенный пункт Высокое в Сумской области" (captured, RU, the defence ministry, the day before). The headline\'s "оставили позиции на участке в Сумской области" names a region; the evacuation "из населенных пунктов Краснопольской общины, к которой относится Грабовское" and "чуть южнее Грабовского" are no change of hands (no event). "МОСКВА" is the dateline; "у границы с РФ", "на границе с РФ" the country; "Сумской области" the oblast (four times) and once inside an official\'s title ("Глава военной администрации Сумской области": skipped); "Вооруженных сил Украины" and "Минобороны РФ" official bodies (skipped). Traps: ТАСС, Украинская правда, ВСУ (twice), Дмитрия Лихового, Олег Григоров. No claims.',
    places: [
      { t: 'Сумской области', n: 1, ref: 'sumyOblast' },
      { t: 'РФ', n: 1, ref: 'russia' },
      { t: 'МОСКВА', ref: 'moscow' },
      { t: 'Сумской области', n: 2, ref: 'sumyOblast' },
      { t: 'РФ', n: 2, ref: 'russia' },
      { t: 'Грабовское', all: true, ref: 'hrabovske' },
      { t: 'Сумской области', n: 3, ref: 'sumyOblast' },
      { t: 'Краснопольской общины', ref: 'krasnopilliaHromada' },
      { t: 'Высокое', ref: 'vysoke' },
      { t: 'Сумской области', n: 5, ref: 'sumyOblast' },
      { t: 'Грабовского', ref: 'hrabovske' },
    ],
    traps: [
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Украинская правда', why: 'an outlet' },
      { t: 'ВСУ', all: true, why: ARMED },
      { t: 'Дмитрия Лихового', why: 'person' },
      { t: 'Олег Григоров', why: 'person' },
    ],
    skipped: [
      { t: 'Сумской области', n: 4, why: 'oblast inside an official\'s title ("Глава военной администрации Сумской области")' },
      { t: 'Украины', why: OFFICIAL + ' ("Вооруженных сил Украины")' },
      { t: 'РФ', n: 3, why: OFFICIAL + ' ("Минобороны РФ")' },
    ],
    events: [
      { t: 'Грабовское', n: 1, ref: 'hrabovske', action: 'withdrew', actor: 'UA', claimant: 'Дмитрий Лиховой', asOf: ['2025-12-20', '2025-12-21'], note: '"украинские войска \\"отошли с нескольких позиций\\" в районе села Грабовское на востоке Сумской области"' },
      { t: 'Высокое', ref: 'vysoke', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-12-20'], note: '"Накануне в Минобороны РФ сообщили, что российские силы освободили населенный пункт Высокое в Сумской области"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2026-01-16',
    url: 'https://ria.ru/20260116/balitskij-2068335075.html',
    notes: 'Stored copy of a РИА Новости news item, its dateline and body as the store gives them (no headline: the manifest title describes the text), up to the last full sentence; the index\'s date prefix removed, and the last sentence, cut by the store ("С марта 2023 года адми"), removed. The date is the URL\'s and the dateline\'s (16 January 2026). Events: "в запорожском городе Гуляйполе, освобожденном от ВСУ" (captured, RU: the owner rule, a state told by the governor\'s context) and "Минобороны 27 декабря 2025 года сообщило, что силы группировки \\"Восток\\" освободили населенный пункт Гуляйполе" (captured, RU, the defence ministry, 27 December 2025); "город Запорожье, удерживают украинские войска" (controls, UA). Claim: "под контролем России находится более 70% Запорожской области" (area-held, 70 %, Russia, the day). The dateline names Zvyozdny Gorodok and its oblast ("(Московская обл.)"); "запорожском" (the oblast\'s adjective naming the region) and "Запорожской области", "Запорожская область" are the oblast, once inside an official\'s title ("губернатор Запорожской области": skipped); "России" (three times) the country; "Киев" the government by its capital; "Днепра" a river (skipped). Traps: РИА Новости, ВСУ, Евгений Балицкий, Балицкий, «Восток».',
    places: [
      { t: 'ЗВЕЗДНЫЙ ГОРОДОК', ref: 'zvyozdnyGorodok' },
      { t: 'Московская обл', ref: 'moscowOblast' },
      { t: 'запорожском', ref: 'zaporizhzhiaOblast' },
      { t: 'Гуляйполе', all: true, ref: 'huliaipole' },
      { t: 'Запорожской области', n: 2, ref: 'zaporizhzhiaOblast' },
      { t: 'Запорожская область', ref: 'zaporizhzhiaOblast' },
      { t: 'России', all: true, ref: 'russia' },
      { t: 'Киев', ref: 'kyiv' },
      { t: 'Запорожской области', n: 3, ref: 'zaporizhzhiaOblast' },
      { t: 'Запорожье', ref: 'zaporizhzhia' },
    ],
    traps: [
      { t: 'РИА Новости', why: 'a news agency' },
      { t: 'ВСУ', why: ARMED },
      { t: 'Евгений Балицкий', why: 'person' },
      { t: 'Балицкий', ctx: 'сказал Балицкий', why: 'person' },
      { t: 'Восток', why: GROUP },
    ],
    skipped: [
      { t: 'Запорожской области', n: 1, why: 'oblast inside an official\'s title ("губернатор Запорожской области")' },
      { t: 'Днепра', why: 'a river' },
    ],
    claims: [
      { t: '70%', kind: 'area-held', value: 70, unit: 'percent', holder: 'RU', claimant: null, asOf: ['2026-01-16'], note: '"В настоящее время под контролем России находится более 70% Запорожской области"' },
    ],
    events: [
      { t: 'Гуляйполе', n: 1, ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: 'Евгений Балицкий', asOf: ['2025-12-27', '2026-01-16'], note: '"в запорожском городе Гуляйполе, освобожденном от ВСУ"' },
      { t: 'Гуляйполе', n: 2, ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: 'Минобороны', asOf: ['2025-12-27'], note: '"Минобороны 27 декабря 2025 года сообщило, что силы группировки \\"Восток\\" освободили населенный пункт Гуляйполе"' },
      { t: 'Запорожье', ref: 'zaporizhzhia', action: 'controls', actor: 'UA', claimant: null, asOf: ['2026-01-16'], note: '"остальную часть, в том числе областной центр, город Запорожье, удерживают украинские войска"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2026-02-22',
    url: 'https://360.ru/news/ukrainian-crisis/vsu-ne-vyderzhali-natiska-rossijskoj-armii-i-otstupili-na-zapasnye-pozitsii/',
    notes: 'Stored copy of a 360.ru news item, its headline and body complete as the store gives them; the index\'s date prefix removed. The date is the index date (22 February 2026). Events: "ВСУ откатываются на запасные позиции у Харьковки" (headline) and "откатываются на запасные позиции у Харьковки Сумской области" (withdrew, UA, told by the Russian expert Marochko: a pull-back from positions at the village, as the sets give a regrouping in the areas of a settlement); "После освобождения Харьковки" (captured, RU: the owner rule). Not events: "ударах по Кучеровке и Студенку" (strikes beside the control news), "эшелонированная оборона ВСУ у Харьковки" (a defence line by the village) and "под Сумами" (a location). "Сумами" is the city, "Сумской области" the oblast; "Вооруженных сил России" an official body (skipped). Traps: ВСУ (four times), ТАСС, Андрей Марочко, Марочко. No claims ("до трети личного состава" is no figure of losses in a period).',
    places: [
      { t: 'Харьковки', all: true, ref: 'kharkivka' },
      { t: 'Сумами', ref: 'sumy' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Кучеровке', ref: 'kucherivka' },
      { t: 'Студенку', ref: 'studenok' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: ARMED },
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Андрей Марочко', why: 'person' },
      { t: 'Марочко', ctx: 'подчеркнул Марочко', why: 'person' },
    ],
    skipped: [{ t: 'России', why: OFFICIAL + ' ("Вооруженных сил России")' }],
    events: [
      { t: 'Харьковки', n: 1, ref: 'kharkivka', action: 'withdrew', actor: 'UA', claimant: 'Андрей Марочко', asOf: ['2026-02-22'], note: 'the headline: "ВСУ откатываются на запасные позиции у Харьковки под Сумами"' },
      { t: 'Харьковки', n: 2, ref: 'kharkivka', action: 'withdrew', actor: 'UA', claimant: 'Андрей Марочко', asOf: ['2026-02-22'], note: '"Солдаты ВСУ не выдерживают натиска ... и откатываются на запасные позиции у Харьковки Сумской области"' },
      { t: 'Харьковки', n: 3, ref: 'kharkivka', action: 'captured', actor: 'RU', claimant: 'Андрей Марочко', asOf: ['2026-02-01', '2026-02-22'], note: '"После освобождения Харьковки наши военнослужащие основные усилия сосредоточили на ударах по Кучеровке и Студенку"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-10-27',
    url: 'https://www.5-tv.ru/news/5042949/vsrfosvobodili-tri-naselennyh-punkta-vzaporozskoj-idnepropetrovskoj-oblastah/',
    notes: 'Stored copy of a Пятый канал (5-tv.ru) news item, its body as the store gives it (no headline: the manifest title is made from the URL slug), up to the last full sentence; the index\'s date prefix removed, and the last sentence, cut by the store ("Попытки урегулировать конфликт путем дипломатии Украина проигнорировала, поэтому Россия решила"), removed. The subheading "Спецоперация" is kept. The date is the index date (27 October 2025). Events: "освободили Новониколаевку и Привольное в Запорожской области, а также Егоровку в Днепропетровской области" (captured, RU, the defence ministry: the owner rule, three settlements). Claims: "Все три населенных пункта были освобождены" (count, settlements, Russia, the day: the sets count settlements taken even when the text names them; added after the first run, an annotation slip); "Боевики потерял до 300 сослуживцев в зоне ответственности группировки" in the daily summary (count, casualties, the Ukrainian side, the day: no day named, so the 24 hours back from the report). "Донбасса" is Donbas, ЛНР and ДНР the oblasts; "денацификация Украины" the country; "(ВС) РФ", "ВС РФ", "Минобороны России", "Вооруженных сил Украины", "Президент России" official bodies and titles (skipped). Traps: «Восток», ВСУ (twice), Владимир Путин, СВО.',
    places: [
      { t: 'Новониколаевку', ref: 'novomykolaivka' },
      { t: 'Привольное', ref: 'pryvilne' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Егоровку', ref: 'yehorivka' },
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
      { t: 'Донбасса', ref: 'donbas' },
      { t: 'Украины', n: 2, ref: 'ukraine' },
      { t: 'ЛНР', ref: 'luhanskOblast' },
      { t: 'ДНР', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Восток', why: GROUP },
      { t: 'ВСУ', all: true, why: ARMED },
      { t: 'Владимир Путин', why: 'person' },
      { t: 'СВО', why: 'the "special military operation" (not a place)' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: 'country inside an army\'s name ("(ВС) РФ", "группировки ВС РФ")' },
      { t: 'России', all: true, why: OFFICIAL + ' ("Минобороны России", "Президент России")' },
      { t: 'Украины', n: 1, why: OFFICIAL + ' ("Вооруженных сил Украины")' },
    ],
    claims: [
      { t: 'три населенных пункта', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-10-27'], note: '"Все три населенных пункта были освобождены" (added after the first run: an annotation slip, the sets count settlements taken even when the text names them)' },
      { t: '300 сослуживцев', kind: 'count', value: 300, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-10-26', '2025-10-27'], note: '"Боевики потерял до 300 сослуживцев в зоне ответственности группировки ВС РФ" (the daily summary)' },
    ],
    events: [
      { t: 'Новониколаевку', ref: 'novomykolaivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-10-27'], note: '"Вооруженные силы (ВС) РФ освободили Новониколаевку и Привольное в Запорожской области"' },
      { t: 'Привольное', ref: 'pryvilne', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-10-27'], note: '"освободили Новониколаевку и Привольное в Запорожской области"' },
      { t: 'Егоровку', ref: 'yehorivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-10-27'], note: '"а также Егоровку в Днепропетровской области"' },
    ],
  },
];
