// Hand annotations, Russian articles of tests/eval/fresh27. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const EARLIER_0310 = ['2022-10-01', '2022-10-03'] as const;
const VOLOSHYN_DAY = ['2025-11-11'] as const;
const SINCE_JANUARY = ['2026-01-01', '2026-03-07'] as const;

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-10-03',
    url: 'https://ru.slovoidilo.ua/2022/10/03/novost/bezopasnost/deokkupaciya-xersonshhiny-ukrainskie-voennye-voshli-shevchenkovku',
    notes: 'Stored copy of a Слово и дело (ru.slovoidilo.ua) news item, its headline and body as the store gives them; the language link after the headline ("Читати українською") removed; the last sentence, cut by the store ("Кроме того, начальник объединенного прес-сцентра Сил обороны юга Наталья Гуменюк заявила, что ситуация на Херсонском направлении наби"), removed. The date is the URL\'s (3 October 2022, a Monday; "в воскресенье, 2 октября" agrees). Events: "украинские военные вошли в Шевченковку" (the headline) and "зашли в село Шевченковка" (entered, UA, Игорь Шолтыс); "Только что освобождены в кровавых боях Хрещеновка и Шевченковка" (liberated, UA, Игорь Шолтыс); the Ukrainian flag raised "в Хрещеновке" on 2 October (controls, UA, as fresh26 gives the flag set up in Чугунівці); Архангельское and Миролюбовка "были освобождены" (liberated, UA, Владимир Зеленский, earlier: 1–3 October), Торское deoccupied (liberated, UA) and Лиман "полностью зачищен" (cleared, UA, Зеленский), reminded of with no day (1–3 October). "почти вся Херсонщина под огневым контролем ВСУ" is the oblast (no event). "Вооруженных сил Украины" is an army\'s name and "президент Украины" a title (skipped). Traps: Игоря Шолтыса, Фейсбуке, «Юг» (a command named after a direction), ВСУ, Владимир Зеленский, Зеленский.',
    places: [
      { t: 'Херсонщины', ref: 'khersonOblast' },
      { t: 'Шевченковку', ref: 'shevchenkivkaKherson' },
      { t: 'Шевченковка', all: true, ref: 'shevchenkivkaKherson' },
      { t: 'Херсонской области', all: true, ref: 'khersonOblast' },
      { t: 'Хрещеновка', ref: 'khreshchenivka' },
      { t: 'Хрещеновке', ref: 'khreshchenivka' },
      { t: 'Херсонщина', ref: 'khersonOblast' },
      { t: 'Архангельское', ref: 'arkhanhelskeKherson' },
      { t: 'Миролюбовка', ref: 'myroliubivkaKherson' },
      { t: 'Торское', ref: 'torske' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
      { t: 'Лиман', ref: 'lyman' },
    ],
    traps: [
      { t: 'Игоря Шолтыса', why: 'person' },
      { t: 'Фейсбуке', why: 'a social network' },
      { t: 'Юг', why: 'an operational command named after a direction ("ОК «Юг»")' },
      { t: 'ВСУ', why: 'abbreviation of the armed forces' },
      { t: 'Владимир Зеленский', why: 'person' },
      { t: 'Зеленский', n: 2, why: 'person' },
    ],
    skipped: [
      { t: 'Украины', n: 1, why: 'country inside an army\'s name ("Вооруженных сил Украины")' },
      { t: 'Украины', n: 2, why: OFFICIAL + ' ("президент Украины")' },
    ],
    claims: [],
    events: [
      { t: 'Шевченковку', ref: 'shevchenkivkaKherson', action: 'entered', actor: 'UA', claimant: 'Игорь Шолтыс', asOf: ['2022-10-03'], note: 'the headline: "украинские военные вошли в Шевченковку"' },
      { t: 'Шевченковка', n: 1, ref: 'shevchenkivkaKherson', action: 'entered', actor: 'UA', claimant: 'Игорь Шолтыс', asOf: ['2022-10-03'], note: '"Военные Вооруженных сил Украины зашли в село Шевченковка"' },
      { t: 'Хрещеновка', ref: 'khreshchenivka', action: 'liberated', actor: 'UA', claimant: 'Игорь Шолтыс', asOf: ['2022-10-03'], note: '"Только что освобождены в кровавых боях Хрещеновка и Шевченковка"' },
      { t: 'Шевченковка', n: 2, ref: 'shevchenkivkaKherson', action: 'liberated', actor: 'UA', claimant: 'Игорь Шолтыс', asOf: ['2022-10-03'], note: '"освобождены в кровавых боях Хрещеновка и Шевченковка"' },
      { t: 'Хрещеновке', ref: 'khreshchenivka', action: 'controls', actor: 'UA', claimant: null, asOf: ['2022-10-02'], note: '"о поднятии украинского флага в Хрещеновке стало известно еще в воскресенье, 2 октября"' },
      { t: 'Архангельское', ref: 'arkhanhelskeKherson', action: 'liberated', actor: 'UA', claimant: 'Владимир Зеленский', asOf: EARLIER_0310, note: '"поселок городского типа Архангельское и село Миролюбовка ... были освобождены от российских оккупантов"' },
      { t: 'Миролюбовка', ref: 'myroliubivkaKherson', action: 'liberated', actor: 'UA', claimant: 'Владимир Зеленский', asOf: EARLIER_0310, note: '"село Миролюбовка ... были освобождены"' },
      { t: 'Торское', ref: 'torske', action: 'liberated', actor: 'UA', claimant: null, asOf: EARLIER_0310, note: '"украинские защитники деоккупировали село Торское в Донецкой области"' },
      { t: 'Лиман', ref: 'lyman', action: 'cleared', actor: 'UA', claimant: 'Владимир Зеленский', asOf: EARLIER_0310, note: '"Ранее Зеленский заявил, что город Лиман был полностью зачищен от российских оккупантов"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-11-11',
    url: 'https://life.ru/p/1808972',
    notes: 'Stored copy of a Life.ru news item, its body as the store gives it (with its empty lines); the index\'s date prefix removed. The store gives no headline: the manifest title is written from the lead. The date is the index\'s (11 November 2025). Events: "украинские подразделения оставили населённые пункты Новоуспеновское, Новое, Охотничье, Успеновку и Новониколаевку" (withdrew, UA, Владислав Волошин, five times); "Российская армия выбила украинских боевиков из села Новоуспеновское" (captured, RU, Life.ru: the owner rule; told as earlier, dated to the day). "ВСУ подтвердили отступление с нескольких позиций в Запорожской области" names only the oblast (no event). The villages are placed in the oblast the text names. "границу Днепропетровской, Запорожской областей [и Донецкой народной республики]" names three oblasts (ДНР as Donetsk Oblast). "ВС РФ" is an army\'s name (skipped). Traps: ВСУ (twice), «Юга» (the Southern Defence Forces\' name), Владислав Волошин, Life.ru, «Восточной» (a grouping\'s name).',
    places: [
      { t: 'Запорожской области', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Новоуспеновское', all: true, ref: 'novouspenivske' },
      { t: 'Новое', ref: 'noveZp' },
      { t: 'Охотничье', ref: 'okhotnyche' },
      { t: 'Успеновку', ref: 'uspenivkaZp' },
      { t: 'Новониколаевку', ref: 'novomykolaivkaZp' },
      { t: 'Днепропетровской', ref: 'dnipropetrovskOblast' },
      { t: 'Запорожской областей', ref: 'zaporizhzhiaOblast' },
      { t: 'Донецкой народной республики', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'Юга', why: 'a grouping named after a direction ("Сил обороны Юга")' },
      { t: 'Владислав Волошин', why: 'person' },
      { t: 'Life.ru', why: 'an outlet' },
      { t: 'Восточной', why: 'a grouping of troops ("«Восточной» группировки")' },
    ],
    skipped: [{ t: 'РФ', why: 'country inside an army\'s name ("ВС РФ")' }],
    claims: [],
    events: [
      { t: 'Новоуспеновское', n: 1, ref: 'novouspenivske', action: 'withdrew', actor: 'UA', claimant: 'Владислав Волошин', asOf: VOLOSHYN_DAY, note: '"украинские подразделения оставили населённые пункты Новоуспеновское, Новое, Охотничье, Успеновку и Новониколаевку"' },
      { t: 'Новое', ref: 'noveZp', action: 'withdrew', actor: 'UA', claimant: 'Владислав Волошин', asOf: VOLOSHYN_DAY, note: '"оставили населённые пункты ... Новое"' },
      { t: 'Охотничье', ref: 'okhotnyche', action: 'withdrew', actor: 'UA', claimant: 'Владислав Волошин', asOf: VOLOSHYN_DAY, note: '"оставили населённые пункты ... Охотничье"' },
      { t: 'Успеновку', ref: 'uspenivkaZp', action: 'withdrew', actor: 'UA', claimant: 'Владислав Волошин', asOf: VOLOSHYN_DAY, note: '"оставили населённые пункты ... Успеновку"' },
      { t: 'Новониколаевку', ref: 'novomykolaivkaZp', action: 'withdrew', actor: 'UA', claimant: 'Владислав Волошин', asOf: VOLOSHYN_DAY, note: '"оставили населённые пункты ... Успеновку и Новониколаевку"' },
      { t: 'Новоуспеновское', n: 2, ref: 'novouspenivske', action: 'captured', actor: 'RU', claimant: 'Life.ru', asOf: VOLOSHYN_DAY, note: '"Российская армия выбила украинских боевиков из села Новоуспеновское в Запорожской области"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2026-01-28',
    url: 'https://novosti.dn.ua/ru/news/414482-sily-oborony-ukrainy-oprovergli-zayavleniya-rf-ob-ulichnyh-boyah-v-kutkovke',
    notes: 'Stored copy of a Новости Донбасса (novosti.dn.ua) news item, its headline and body as the store gives them (with its empty lines); the index\'s date prefix, the site\'s list of city rubrics before the text ("Донецк Мариуполь Славянск Макеевка Луганск Покровск Краматорск Бахмут Вода на Донбассе"), the date line ("28 января 2026, 16:36") and the photo caption given twice after the headline ("Удары дронов ВСУ по малочисленным группам ВС РФ, которые проникли в Кутьковку.") removed; the last paragraph, cut by the store ("«Противник пытался скрыться в Кутьковке. Небольшие пе"), removed. The date is the date line\'s (28 January 2026). Events: the Russian claim of "уличных боях" in Кутьковке (the headline) and of "«уличных боев» и «зачистке» в селе Кутьковка" (fighting, RU, and cleared, RU, Валерий Герасимов, denied: "опроверг заявления", on the same span), none dated by the text but the day; the Russian infantry groups destroyed "В районе Кутьковки" (fighting, RU, the 16th Army Corps: infiltration attempts near the village). "российским подразделениям не удалось закрепиться в населенном пункте" names no place; "к северу от Купянска" places the village (no event). "заявления РФ" names the country as a government; "Сил обороны Украины" (twice) and "Генерального штаба ВС РФ" are bodies\' names (skipped). Traps: Валерия Герасимова.',
    places: [
      { t: 'РФ', n: 1, ref: 'russia' },
      { t: 'Кутьковке', ref: 'kutkivka' },
      { t: 'Кутьковка', ref: 'kutkivka' },
      { t: 'Купянска', ref: 'kupiansk' },
      { t: 'Кутьковки', ref: 'kutkivka' },
    ],
    traps: [{ t: 'Валерия Герасимова', why: 'person' }],
    skipped: [
      { t: 'Украины', all: true, why: 'country inside an army\'s name ("Силы обороны Украины", "Сил обороны Украины")' },
      { t: 'РФ', n: 2, why: OFFICIAL + ' ("Генерального штаба ВС РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Кутьковке', ref: 'kutkivka', action: 'fighting', actor: 'RU', claimant: 'Валерий Герасимов', denied: true, asOf: ['2026-01-28'], note: 'the headline: "Силы обороны Украины опровергли заявления РФ об «уличных боях» в Кутьковке"' },
      { t: 'Кутьковка', ref: 'kutkivka', action: 'fighting', actor: 'RU', claimant: 'Валерий Герасимов', denied: true, asOf: ['2026-01-28'], note: '"опроверг заявления ... о якобы ведении «уличных боев» ... в селе Кутьковка"' },
      { t: 'Кутьковка', ref: 'kutkivka', action: 'cleared', actor: 'RU', claimant: 'Валерий Герасимов', denied: true, asOf: ['2026-01-28'], note: '"о якобы ведении «уличных боев» и «зачистке» в селе Кутьковка"' },
      { t: 'Кутьковки', ref: 'kutkivka', action: 'fighting', actor: 'RU', claimant: '16-й армейский корпус', asOf: ['2026-01-28'], note: '"противник действует малыми пехотными группами, пытаясь проникнуть в село ... В районе Кутьковки работают подразделения 151-й механизированной бригады, которые уничтожают отдельные группы российских военных"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2026-02-18',
    url: 'https://topwar.ru/278166-v-kontrnastup-v-zaporozhskoj-oblasti-teper-neudachno-shodil-i-syrskij.html',
    notes: 'Stored copy of a Военное обозрение (topwar.ru) commentary, its headline and body as the store gives them (its slip "приходят нового иного характера" kept); the index\'s date prefix removed; the last sentence, cut by the store ("В общей сложности с начала суток под контроль Вооружённых сил России севернее упомянутого Цветкового и юго-восточнее Зализничного (Железнодорожног"), removed. The date is the index\'s (18 February 2026). Events: the Ukrainian troops "потеряли и те позиции ... в районе села Цветковое" (fighting, RU: positions lost near the village, not the village); "Противник попытался своими ударами ... вернуть контроль над городом Гуляйполе" (fighting, UA: an attempt, the attacking side as actor); "контролируемым ВС РФ Пологам" (controls, RU). The axis adjectives ("на Гуляйпольском направлении", "с Гуляйпольского направления") and the river Гайчур (twice) are skipped; "ВС РФ" is an army\'s name (skipped). The village is placed in the oblast the text names. Traps: ВСУ (three times), Сырский, Александр Сырский.',
    places: [
      { t: 'Запорожской области', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Цветковое', ref: 'tsvitkoveZp' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
      { t: 'Пологам', ref: 'polohy' },
    ],
    traps: [
      { t: 'Сырский', n: 1, why: 'person' },
      { t: 'ВСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'Александр Сырский', why: 'person' },
    ],
    skipped: [
      { t: 'Гуляйпольском', why: 'front axis ("на Гуляйпольском направлении")' },
      { t: 'Гуляйпольского', why: 'front axis ("с Гуляйпольского направления")' },
      { t: 'Гайчур', why: 'a river' },
      { t: 'Гайчура', why: 'a river' },
      { t: 'РФ', why: 'country inside an army\'s name ("ВС РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Цветковое', ref: 'tsvitkoveZp', action: 'fighting', actor: 'RU', claimant: 'Военное обозрение', asOf: ['2026-02-18'], note: '"ВСУ ... потеряли и те позиции ... Это территории к востоку от железнодорожной ветки в районе села Цветковое"' },
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'fighting', actor: 'UA', claimant: 'Военное обозрение', asOf: ['2026-02-18'], note: '"Противник попытался своими ударами выйти к реке Гайчур, а далее вернуть контроль над городом Гуляйполе"' },
      { t: 'Пологам', ref: 'polohy', action: 'controls', actor: 'RU', claimant: 'Военное обозрение', asOf: ['2026-02-18'], note: '"за железнодорожную ветку, которая ведёт к контролируемым ВС РФ Пологам на юге"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2026-03-07',
    url: 'https://society.comments.ua/news/warrussia/vsu-nanosyat-kontrudar-rossiyskaya-oborona-treschit-ukraina-vernula-sotni-kilometrov-799821.html',
    notes: 'Stored copy of a Комментарии (comments.ua) news item, its headline, lead and body as the store gives them; the index\'s date prefix, the logo, the date line ("7 марта 2026, 09:05"), the headline given a second time and the photo credit ("ВСУ. Фото: из открытых источников") removed; the last sentence, cut by the store ("По имеющимся геолокационным материалам и сообщениям военных наблюдателей, украинские подразделения "), removed. The date is the date line\'s (7 March 2026). Events: "серьезных успехах украинских сил возле Гуляйполя и Александровки" (fighting, UA, ISW, the report\'s day) and the ground retaken "в районах Гуляйполя и Александровки" since the start of 2026 (fighting, UA: advances near the towns, not their capture). Claims: "около 244 квадратных километров" retaken by the Ukrainian troops and "лишь 115 квадратных километров" taken by the Russian troops since the start of 2026 (area-retaken, UA; area-gained, RU; ISW). Not claims: "сотни километров" (no figure). "реальные успехи Украины" names the country. "в Запорожском направлении" is a front axis (skipped). Александровка is the Oleksandrivka of the Oleksandrivka axis, placed as en-04 places it. Traps: ВСУ (twice), ISW (three times).',
    places: [
      { t: 'Украина', ref: 'ukraine' },
      { t: 'Гуляйполя', all: true, ref: 'huliaipole' },
      { t: 'Александровки', all: true, ref: 'oleksandrivkaAxis' },
      { t: 'Украины', ref: 'ukraine' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'ISW', all: true, why: 'an analysis centre' },
    ],
    skipped: [{ t: 'Запорожском', why: 'front axis ("в Запорожском направлении")' }],
    claims: [
      { t: '244 квадратных километров', kind: 'area-retaken', value: 244, unit: 'km2', holder: 'UA', claimant: 'ISW', asOf: SINCE_JANUARY, note: '"с начала 2026 года ВСУ вернули под контроль около 244 квадратных километров в районах Гуляйполя и Александровки"' },
      { t: '115 квадратных километров', kind: 'area-gained', value: 115, unit: 'km2', holder: 'RU', claimant: 'ISW', asOf: SINCE_JANUARY, note: '"российские войска за этот же период смогли захватить лишь 115 квадратных километров"' },
    ],
    events: [
      { t: 'Гуляйполя', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'UA', claimant: 'ISW', asOf: ['2026-03-07'], note: '"Аналитики ISW сообщают о серьезных успехах украинских сил возле Гуляйполя и Александровки"' },
      { t: 'Александровки', n: 1, ref: 'oleksandrivkaAxis', action: 'fighting', actor: 'UA', claimant: 'ISW', asOf: ['2026-03-07'], note: '"успехах украинских сил возле Гуляйполя и Александровки"' },
      { t: 'Гуляйполя', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'UA', claimant: 'ISW', asOf: SINCE_JANUARY, note: '"ВСУ вернули под контроль около 244 квадратных километров в районах Гуляйполя и Александровки"' },
      { t: 'Александровки', n: 2, ref: 'oleksandrivkaAxis', action: 'fighting', actor: 'UA', claimant: 'ISW', asOf: SINCE_JANUARY, note: '"в районах Гуляйполя и Александровки"' },
    ],
  },
];
