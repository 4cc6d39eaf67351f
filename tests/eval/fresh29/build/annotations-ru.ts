// Hand annotations, Russian articles of tests/eval/fresh29. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMED = 'abbreviation of the armed forces';
const GROUP = 'a group of forces';
const MOD = 'Минобороны России';
const GERASIMOV = 'Валерий Герасимов';
const PROPAGANDISTS = 'российские пропагандисты';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-09-11',
    url: 'https://sevastopol-news.ru/society/2025/09/11/496260.html',
    notes: 'Stored copy of a Sevastopol-news news item, complete as the store gives it (no headline: the manifest title describes the text). The date is the URL\'s (11 September 2025). Events: "Подразделения группировки войск «Восток» освободили село Сосновка в Днепропетровской области" (captured, RU: the owner rule, a Ukrainian village; the defence ministry). "Министерстве обороны России" is an official body (skipped); "Днепропетровской области" the oblast. Claim: the losses of the Ukrainian forces "за сутки превысили 1 400 человек" (count, casualties, UA, the ministry, the day before the report). Traps: «Восток», «Запада», «Центра», «Южной» (groups of forces), ВСУ.',
    places: [
      { t: 'Сосновка', ref: 'sosnivkaDnipro' },
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'Восток', why: GROUP },
      { t: 'Запада', why: GROUP },
      { t: 'Центра', why: GROUP },
      { t: 'Южной', why: GROUP },
      { t: 'ВСУ', why: ARMED },
    ],
    skipped: [{ t: 'России', why: OFFICIAL + ' ("Министерстве обороны России")' }],
    claims: [
      { t: '1 400 человек', kind: 'count', value: 1400, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-09-10', '2025-09-11'], note: '"Потери ВСУ за сутки превысили 1 400 человек"' },
    ],
    events: [
      { t: 'Сосновка', ref: 'sosnivkaDnipro', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-09-11'], note: '"Подразделения группировки войск «Восток» освободили село Сосновка в Днепропетровской области"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-11-30',
    url: 'https://topwar.ru/274468-vs-rf-osvobodili-severnuju-chast-stepnogorska-vzjav-ostatki-vsu-v-ognevoj-meshok.html',
    notes: 'Stored copy of a Военное обозрение (topwar.ru) article, its headline and opening paragraphs as the store gives them, up to the last full sentence (the store cuts the next one, "К настоящему моменту российские Вооружённ", mid-word: removed); the index\'s date prefix removed. The date is the index date (30 November 2025, a Sunday: "за субботу и неполное воскресенье"). Events: the headline\'s "ВС РФ освободили северную часть Степногорска" (captured, RU: a part of a town taken, as fresh16 and fresh22 record); "взяли под контроль очередные кварталы Димитрова (Мирнограда)" (captured, RU: a part of a town, on Димитрова; the name in brackets is the same town); "вошли в Гришино" (entered, RU); "освободили восточную часть Гуляйполя" (captured, RU: a part of a town); "о продвижении уже и в северной части Степногорска" (fighting, RU: an advance within a town, as fresh13 annotates one). "От пгт Степногорск до южной окраины Запорожья – около 18 км" is a distance (no event). Front axes named by adjectives (Волчанском, Купянском, Новопавловском, Краснолиманском, Северском, Константиновском, Запорожского) are skipped; "ВС РФ" is an official body (skipped); Димитрова and Мирнограда are the old and new names of one town (two mentions). The article gives no author in the store and claims nothing in the first person: the claimant is left empty. Traps: ВСУ (three times). Not claims: "около 18 км" (a distance).',
    places: [
      { t: 'Степногорска', all: true, ref: 'stepnohirsk' },
      { t: 'Димитрова', ref: 'myrnohrad' },
      { t: 'Мирнограда', ref: 'myrnohrad' },
      { t: 'Гришино', ref: 'hryshyne' },
      { t: 'Гуляйполя', ref: 'huliaipole' },
      { t: 'Степногорск', ref: 'stepnohirsk' },
      { t: 'Запорожья', ref: 'zaporizhzhia' },
    ],
    traps: [{ t: 'ВСУ', all: true, why: ARMED }],
    skipped: [
      { t: 'РФ', why: OFFICIAL + ' ("ВС РФ")' },
      { t: 'Волчанском', why: 'front axis adjective' },
      { t: 'Купянском', why: 'front axis adjective' },
      { t: 'Новопавловском', why: 'front axis adjective' },
      { t: 'Краснолиманском', why: 'front axis adjective' },
      { t: 'Северском', why: 'front axis adjective' },
      { t: 'Константиновском', why: 'front axis adjective' },
      { t: 'Запорожского', why: 'front axis adjective ("С Запорожского направления")' },
    ],
    events: [
      { t: 'Степногорска', n: 1, ref: 'stepnohirsk', action: 'captured', actor: 'RU', claimant: null, part: true, asOf: ['2025-11-30'], note: 'the headline: "ВС РФ освободили северную часть Степногорска"' },
      { t: 'Димитрова', ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: null, part: true, asOf: ['2025-11-29', '2025-11-30'], note: '"за субботу и неполное воскресенье российские войска ... взяли под контроль очередные кварталы Димитрова (Мирнограда)"' },
      { t: 'Гришино', ref: 'hryshyne', action: 'entered', actor: 'RU', claimant: null, asOf: ['2025-11-29', '2025-11-30'], note: '"вошли в Гришино"' },
      { t: 'Гуляйполя', ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: null, part: true, asOf: ['2025-11-29', '2025-11-30'], note: '"освободили восточную часть Гуляйполя"' },
      { t: 'Степногорска', n: 2, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: null, part: true, asOf: ['2025-11-30'], note: '"С Запорожского направления поступают позитивные новости о продвижении уже и в северной части Степногорска"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-12-19',
    url: 'https://fakty.com.ua/ru/ukraine/20251219-u-zsu-sprostuvaly-fejk-pro-zahoplennya-rf-serebryanky-ta-dronivky-na-donechchyni/',
    notes: 'Stored copy of a ФАКТЫ (Russian edition) news item, its body as the store gives it, up to the last full sentence (the store cuts the next one, "В ВСУ утверждают, что такие действия носят характер локальных штурмовых действий и диверсионно-разв", mid-word: removed); the index\'s date prefix removed. The subheading inside the text ("Ситуация в Серебрянке и Дроновке 19 декабря") is kept. The store gives no headline: the manifest title is made from the URL slug. The date is the index date and the URL\'s (19 December 2025). Events: the propagandists\' report "о якобы захвате населенных пунктов Серебрянка и Дроновка", which "не соответствует действительности" (captured, RU, denied, twice). "Силы обороны Украины удерживают позиции в пределах указанных населенных пунктов" names them only by "указанных" (no event); the subheading and "местных жителей Серебрянки и Дроновки" are no control events. "Донецкой области" is the oblast; "Вооруженных сил Украины" and "Силы обороны Украины" are official bodies (skipped). Traps: Слобожанская (twice, a brigade named after a historical region), ДШВ, ВСУ. No claims.',
    places: [
      { t: 'Серебрянка', ref: 'serebrianka' },
      { t: 'Дроновка', ref: 'dronivka' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
      { t: 'Серебрянке', ref: 'serebrianka' },
      { t: 'Дроновке', ref: 'dronivka' },
      { t: 'Серебрянки', ref: 'serebrianka' },
      { t: 'Дроновки', ref: 'dronivka' },
    ],
    traps: [
      { t: 'Слобожанская', all: true, why: 'a brigade named after a historical region' },
      { t: 'ДШВ', why: 'abbreviation of the air assault forces' },
      { t: 'ВСУ', why: ARMED },
    ],
    skipped: [{ t: 'Украины', all: true, why: OFFICIAL + ' ("Вооруженных сил Украины", "Силы обороны Украины")' }],
    events: [
      { t: 'Серебрянка', ref: 'serebrianka', action: 'captured', actor: 'RU', claimant: PROPAGANDISTS, denied: true, asOf: ['2025-12-19'], note: '"Информация российских пропагандистов о якобы захвате населенных пунктов Серебрянка и Дроновка Донецкой области не соответствует действительности"' },
      { t: 'Дроновка', ref: 'dronivka', action: 'captured', actor: 'RU', claimant: PROPAGANDISTS, denied: true, asOf: ['2025-12-19'], note: '"о якобы захвате населенных пунктов Серебрянка и Дроновка ... не соответствует действительности"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2026-02-04',
    url: 'https://realnoevremya.ru/news/381091-minoborony-soobschilo-o-vzyatii-pod-kontrol-staroukrainki-i-stepanovki',
    notes: 'Stored copy of a Реальное время news item, its headline, standfirst and body as the store gives them; the index\'s date prefix, the photo credit after the standfirst ("Фото: Дарья Пинегина") and the author\'s name at the end ("Рената Валеева") removed. The date is the index date (4 February 2026). Events (all captured, RU: the owner rule, Ukrainian villages "под контроль"; the defence ministry): Староукраинки and Степановки in the headline; "об установлении контроля над населенными пунктами Староукраинка ... и Степановка"; "задачи по занятию Староукраинки были выполнены"; "обеспечили переход под контроль населенного пункта Степановка"; Придорожное on 2 February; Зеленое and Сухецкого on 1 February. "Запорожской области" (twice), "Харьковской области", "Донецкой Народной Республике" and "ДНР" name the oblasts; "Минобороны России" is an official body (skipped). Traps: «Восток» (twice), «Южное», «Южной», «Север», «Центр» (groups of forces). No claims.',
    places: [
      { t: 'Староукраинки', all: true, ref: 'staroukrainka' },
      { t: 'Степановки', ref: 'stepanivka' },
      { t: 'Староукраинка', ref: 'staroukrainka' },
      { t: 'Запорожской области', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Степановка', all: true, ref: 'stepanivka' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Придорожное', ref: 'prydorozhnie' },
      { t: 'Зеленое', ref: 'zeleneKharkiv' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Сухецкого', ref: 'sukhetske' },
      { t: 'ДНР', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Восток', all: true, why: GROUP },
      { t: 'Южное', why: GROUP },
      { t: 'Южной', why: GROUP },
      { t: 'Север', why: GROUP },
      { t: 'Центр', why: GROUP },
    ],
    skipped: [{ t: 'России', why: OFFICIAL + ' ("Минобороны России")' }],
    events: [
      { t: 'Староукраинки', n: 1, ref: 'staroukrainka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-04'], note: 'the headline: "Минобороны сообщило о взятии под контроль Староукраинки и Степановки"' },
      { t: 'Степановки', ref: 'stepanivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-04'], note: 'the headline: "о взятии под контроль Староукраинки и Степановки"' },
      { t: 'Староукраинка', ref: 'staroukrainka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-04'], note: '"сообщило об установлении контроля над населенными пунктами Староукраинка в Запорожской области и Степановка"' },
      { t: 'Степановка', n: 1, ref: 'stepanivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-04'], note: '"об установлении контроля над населенными пунктами Староукраинка ... и Степановка в Донецкой Народной Республике"' },
      { t: 'Староукраинки', n: 2, ref: 'staroukrainka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-04'], note: '"задачи по занятию Староукраинки были выполнены подразделениями группировки войск «Восток»"' },
      { t: 'Степановка', n: 2, ref: 'stepanivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-04'], note: '"обеспечили переход под контроль населенного пункта Степановка"' },
      { t: 'Придорожное', ref: 'prydorozhnie', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-02'], note: '"2 февраля ведомство информировало об установлении контроля над поселком Придорожное"' },
      { t: 'Зеленое', ref: 'zeleneKharkiv', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-01'], note: '"Первого февраля стало известно о занятии села Зеленое в Харьковской области"' },
      { t: 'Сухецкого', ref: 'sukhetske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-02-01'], note: '"о занятии ... Сухецкого в ДНР подразделениями группировки «Центр»"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2026-02-16',
    url: 'https://news.mail.ru/svo/69828659/',
    notes: 'Stored copy of a Новости Mail (news.mail.ru) item, its body as the store gives it (it begins with the ministry\'s quotation; no headline: the manifest title describes the text, the URL has no slug); the index\'s date prefix removed. The date is the index date (16 February 2026; Gerasimov spoke "накануне", 15 February). Events (captured, RU: the owner rule): Покровка in Sumy Oblast "освободили" (the ministry); Миньковка in the ДНР "была освобождена" (the ministry); Gerasimov\'s Староукраинка, Придорожное, Зализничное and Цветковое taken by «Восток» in the first two weeks of February. "Сумской области" and "ДНР" name the oblasts; "Вооруженных сил Украины" and "ВС РФ" (twice) are official bodies (skipped). Claims: the Ukrainian losses "за сутки превысили 600 человек" (count, casualties, UA, the ministry); "12 населенных пунктов" taken in two weeks of February (count, settlements, RU, Gerasimov, 1-14 February); "более 200 кв. км" passed under Russian control in the same two weeks (area-gained, km², RU, Gerasimov). Traps: «Север», «Южной», «Восток» (groups of forces), ВСУ, Валерий Герасимов.',
    places: [
      { t: 'Покровка', ref: 'pokrovkaSumy' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Миньковка', ref: 'minkivka' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Староукраинка', ref: 'staroukrainka' },
      { t: 'Придорожное', ref: 'prydorozhnie' },
      { t: 'Зализничное', ref: 'zaliznychne' },
      { t: 'Цветковое', ref: 'tsvitkove' },
    ],
    traps: [
      { t: 'Север', why: GROUP },
      { t: 'Южной', why: GROUP },
      { t: 'Восток', why: GROUP },
      { t: 'ВСУ', why: ARMED },
      { t: 'Валерий Герасимов', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', why: OFFICIAL + ' ("Вооруженных сил Украины")' },
      { t: 'РФ', all: true, why: OFFICIAL + ' ("Генерального штаба ВС РФ", "контроль ВС РФ")' },
    ],
    claims: [
      { t: '600 человек', kind: 'count', value: 600, unit: 'casualties', holder: 'UA', claimant: 'Минобороны России', asOf: ['2026-02-15', '2026-02-16'], note: '"общие потери Вооруженных сил Украины (ВСУ) за сутки превысили 600 человек"' },
      { t: '12 населенных пунктов', kind: 'count', value: 12, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: ['2026-02-01', '2026-02-14'], note: '"за две недели февраля ... освободили 12 населенных пунктов"' },
      { t: '200 кв. км', kind: 'area-gained', value: 200, unit: 'km2', holder: 'RU', claimant: GERASIMOV, asOf: ['2026-02-01', '2026-02-14'], note: '"под контроль ВС РФ перешло более 200 кв. км территории" (in the same two weeks of February)' },
    ],
    events: [
      { t: 'Покровка', ref: 'pokrovkaSumy', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2026-02-16'], note: '"освободили населенный пункт Покровка Сумской области"' },
      { t: 'Миньковка', ref: 'minkivka', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2026-02-16'], note: '"Миньковка в ДНР была освобождена «Южной» группировкой войск"' },
      { t: 'Староукраинка', ref: 'staroukrainka', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-02-01', '2026-02-15'], note: '"бойцы группировки войск «Восток» взяли под контроль населенные пункты Староукраинка, Придорожное, Зализничное и Цветковое"' },
      { t: 'Придорожное', ref: 'prydorozhnie', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-02-01', '2026-02-15'], note: '"взяли под контроль населенные пункты Староукраинка, Придорожное, Зализничное и Цветковое"' },
      { t: 'Зализничное', ref: 'zaliznychne', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-02-01', '2026-02-15'], note: '"взяли под контроль населенные пункты Староукраинка, Придорожное, Зализничное и Цветковое"' },
      { t: 'Цветковое', ref: 'tsvitkove', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-02-01', '2026-02-15'], note: '"взяли под контроль населенные пункты Староукраинка, Придорожное, Зализничное и Цветковое"' },
    ],
  },
];
