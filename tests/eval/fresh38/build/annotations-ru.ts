// Hand annotations, Russian articles of tests/eval/fresh38. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";
const MOD = 'Минобороны России';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-04-28',
    url: 'https://pnp.ru/social/v-minoborony-soobshhili-ob-osvobozhdenii-sela-novobakhmutovka-v-dnr.html',
    notes: 'Stored copy on Парламентская газета (pnp.ru), its headline and body as the store gives them; the rubric and source lines after the headline ("Тема: Военная операция на Украине", "Источник: Минобороны") removed; the last words, cut by the store ("Помимо этого, в ходе"), removed. The date is the text\'s: the ministry\'s summary "от 28 апреля" (2024: Novobakhmutivka was taken after Avdiivka, with Ocheretyne and Berdychi on the same front). Events (the owner rule: the Russian "освободили" of a Ukrainian village is `captured`): the headline\'s "об освобождении села Новобахмутовка" and "освободили село Новобахмутовка" (captured, RU, the ministry); "отбили 10 контратак ... ВСУ в районах населенных пунктов Новгородское, Очеретино, Новобахмутовка, Нетайлово и Бердычи" (fighting, UA: the counterattacks are Ukraine\'s). "нанесено поражение формированиям ... в районах населенных пунктов Ленинское, Керамик и Семеновка" (fighting, RU, as fresh19, fresh24 and later sets give the ministry\'s "нанесли поражение ... в районах"; added after the first run, an annotation slip). Claims: "до 380 военнослужащих" (count, casualties, UA, the ministry, the summary\'s day). Skipped: РФ in "Министерства обороны РФ". Traps: the grouping «Центр».',
    places: [
      { t: 'Новобахмутовка', all: true, ref: 'novobakhmutivka' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Ленинское', ref: 'leninske' },
      { t: 'Керамик', ref: 'keramik' },
      { t: 'Семеновка', ref: 'semenivka' },
      { t: 'Новгородское', ref: 'newYork' },
      { t: 'Очеретино', ref: 'ocheretyne' },
      { t: 'Нетайлово', ref: 'netailove' },
      { t: 'Бердычи', ref: 'berdychi' },
    ],
    traps: [
      { t: 'Центр', why: 'a group of forces (группировки войск «Центр»)' },
    ],
    skipped: [
      { t: 'РФ', why: OFFICIAL + ' ("Министерства обороны РФ")' },
    ],
    claims: [
      { t: 'до 380 военнослужащих', kind: 'count', value: 380, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-04-27', '2024-04-28'], note: '"украинская армия лишилась до 380 военнослужащих" (the summary of 28 April)' },
    ],
    events: [
      { t: 'Новобахмутовка', n: 1, ref: 'novobakhmutivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-04-28'], note: 'the headline: "В Минобороны сообщили об освобождении села Новобахмутовка в ДНР"' },
      { t: 'Новобахмутовка', n: 2, ref: 'novobakhmutivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-04-28'], note: '"Российские войска ... освободили село Новобахмутовка Донецкой Народной Республики"' },
      { t: 'Ленинское', ref: 'leninske', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-04-27', '2024-04-28'], note: '"было нанесено поражение формированиям ... в районах населенных пунктов Ленинское, Керамик и Семеновка ДНР"' },
      { t: 'Керамик', ref: 'keramik', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-04-27', '2024-04-28'], note: 'the ministry\'s "нанесено поражение ... в районах"' },
      { t: 'Семеновка', ref: 'semenivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-04-27', '2024-04-28'], note: 'the ministry\'s "нанесено поражение ... в районах"' },
      { t: 'Новгородское', ref: 'newYork', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-04-27', '2024-04-28'], note: '"отбили 10 контратак ... ВСУ в районах населенных пунктов Новгородское, ..."' },
      { t: 'Очеретино', ref: 'ocheretyne', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-04-27', '2024-04-28'], note: 'the repelled counterattacks' },
      { t: 'Новобахмутовка', n: 3, ref: 'novobakhmutivka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-04-27', '2024-04-28'], note: 'the repelled counterattacks' },
      { t: 'Нетайлово', ref: 'netailove', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-04-27', '2024-04-28'], note: 'the repelled counterattacks' },
      { t: 'Бердычи', ref: 'berdychi', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-04-27', '2024-04-28'], note: 'the repelled counterattacks' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-08-09',
    url: 'https://news.ru/regions/marochko-zayavil-chto-vsu-pytalis-probratsya-v-kurskuyu-oblast-po-reke',
    notes: 'Stored copy on NEWS.ru, its headline and body as the store gives them; the standfirst ("Марочко: ВС России пресекли попытки ВСУ атаковать курское приграничье") removed; the last word, cut by the store ("Д"), removed. The date is the index\'s (9 August 2025). Events: "пытались атаковать приграничье в направлении Теткина" (fighting, UA: attacks toward a place are fighting there, as earlier sets give "в направлении X" and "в бік X" advances; added after the first run, an annotation slip) and "Сложные участки были в районе Теткина" after the Ukrainian counterattacks (fighting, UA, the attacker, this week, as Марочко tells it); "командование ВСУ оттягивает силы и средства из населенного пункта Колодези" (withdrew, UA) and "российские войска установили контроль над частью села" (captured, RU, `part: true`: part of Kolodezi; both told "Ранее" with no day: the report\'s day). Not events: "С района Бояро-Лежачи ... пытались продвинуться" (a starting point). No claims. Traps: ТАСС, the river Seym. Skipped: Ukraine in the armed forces\' names, РФ in "Минобороны РФ".',
    places: [
      { t: 'Курскую область', ref: 'kurskOblast' },
      { t: 'Теткина', all: true, ref: 'tetkino' },
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Бояро-Лежачи', ref: 'boiaroLezhachi' },
      { t: 'Российской Федерации', ref: 'russia' },
      { t: 'Колодези', ref: 'kolodezi' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Сейм', why: 'a river' },
      { t: 'Андрей Марочко', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', all: true, why: ARMY + ' ("Вооруженных сил Украины", "Вооруженные формирования Украины")' },
      { t: 'РФ', why: OFFICIAL + ' ("Минобороны РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Теткина', n: 1, ref: 'tetkino', action: 'fighting', actor: 'UA', claimant: 'Андрей Марочко', asOf: ['2025-08-04', '2025-08-09'], note: '"Подразделения Вооруженных сил Украины на текущей неделе пытались атаковать приграничье в направлении Теткина"' },
      { t: 'Теткина', n: 2, ref: 'tetkino', action: 'fighting', actor: 'UA', claimant: 'Андрей Марочко', asOf: ['2025-08-04', '2025-08-09'], note: '"попытались провести ряд контратак ... Сложные участки были в районе Теткина"' },
      { t: 'Колодези', ref: 'kolodezi', action: 'withdrew', actor: 'UA', claimant: 'Андрей Марочко', asOf: ['2025-08-09'], note: '"командование Вооруженных сил Украины оттягивает силы и средства из населенного пункта Колодези"' },
      { t: 'Колодези', ref: 'kolodezi', action: 'captured', actor: 'RU', claimant: 'Андрей Марочко', part: true, asOf: ['2025-08-09'], note: '"российские войска установили контроль над частью села"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-08-29',
    url: 'https://vz.ru/news/2025/8/29/1356312.html',
    notes: 'Stored copy on ВЗГЛЯД (vz.ru), its headline and body as the store gives them; the author line ("Tекст: Дарья Григоренко") removed; the last sentence, cut by the store ("Ранее на этой неделе российские войска освободили Запорожское в Днепропетровской об"), removed. The date is the index\'s and the URL\'s (29 August 2025, "В пятницу"). Events (the owner rule: "освободила" of Ukrainian settlements is `captured`): "на минувшей неделе армия России освободила населенные пункты Клебан-Бык, Нелеповка, Запорожское, Филия, Первое Мая и Среднее" (captured, RU, the ministry, the past week); "накануне российские войска освободили Нелеповку в ДНР" (captured, RU, 28 August); "До этого они освободили поселок Первое Мая в ДНР" (captured, RU, earlier in the week). Claims (a range is given by its upper bound, as fresh9 reads "10 – 15%"): "600-700 кв. километров" in the headline and "600-700" in the quote (area-gained, RU, Белоусов, a month now: August 2025); "300-400 квадратных километров" (area-gained, RU, a month at the start of the year: January 2025). Skipped: Russia and РФ in the army\'s name and an official title.',
    places: [
      { t: 'Клебан-Бык', ref: 'klebanByk' },
      { t: 'Нелеповка', ref: 'nelipivka' },
      { t: 'Запорожское', ref: 'zaporizke' },
      { t: 'Филия', ref: 'filiia' },
      { t: 'Первое Мая', all: true, ref: 'persheTravnia' },
      { t: 'Среднее', ref: 'serednie' },
      { t: 'Нелеповку', ref: 'nelipivka' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'ТАСС', why: 'a news agency' },
    ],
    skipped: [
      { t: 'России', all: true, why: ARMY + ' ("ВС России", "армия России")' },
      { t: 'РФ', why: OFFICIAL + ' ("президентом РФ")' },
    ],
    claims: [
      { t: '600-700 кв. километров', kind: 'area-gained', value: 700, unit: 'km2', holder: 'RU', claimant: 'Андрей Белоусов', asOf: ['2025-08-01', '2025-08-29'], note: 'the headline: "ВС России ежемесячно освобождают 600-700 кв. километров" (upper bound; a month now)' },
      { t: '300-400 квадратных километров', kind: 'area-gained', value: 400, unit: 'km2', holder: 'RU', claimant: 'Андрей Белоусов', asOf: ['2025-01-01', '2025-01-31'], note: '"Если на начало года мы ежемесячно освобождали 300-400 квадратных километров" (upper bound; a month at the start of the year)' },
      { t: '600-700', n: 2, kind: 'area-gained', value: 700, unit: 'km2', holder: 'RU', claimant: 'Андрей Белоусов', asOf: ['2025-08-01', '2025-08-29'], note: '"то в настоящее время – 600-700" (upper bound; a month now)' },
    ],
    events: [
      { t: 'Клебан-Бык', ref: 'klebanByk', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-08-23', '2025-08-29'], note: '"на минувшей неделе армия России освободила населенные пункты Клебан-Бык, ..."' },
      { t: 'Нелеповка', ref: 'nelipivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-08-23', '2025-08-29'], note: 'the week\'s list' },
      { t: 'Запорожское', ref: 'zaporizke', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-08-23', '2025-08-29'], note: 'the week\'s list' },
      { t: 'Филия', ref: 'filiia', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-08-23', '2025-08-29'], note: 'the week\'s list' },
      { t: 'Первое Мая', n: 1, ref: 'persheTravnia', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-08-23', '2025-08-29'], note: 'the week\'s list' },
      { t: 'Среднее', ref: 'serednie', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-08-23', '2025-08-29'], note: 'the week\'s list' },
      { t: 'Нелеповку', ref: 'nelipivka', action: 'captured', actor: 'RU', claimant: null, asOf: ['2025-08-28'], note: '"накануне российские войска освободили Нелеповку в ДНР"' },
      { t: 'Первое Мая', n: 2, ref: 'persheTravnia', action: 'captured', actor: 'RU', claimant: null, asOf: ['2025-08-23', '2025-08-28'], note: '"До этого они освободили поселок Первое Мая в ДНР"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-03-16',
    url: 'https://www.rbc.ru/politics/16/03/2025/67d68c7b9a79475baac47f51',
    notes: 'Stored copy on РБК (rbc.ru), its headline and body as the store gives them; the site chrome before the headline ("Перейти к основному контенту", the rubric and a comment count), the standfirst ("ВСУ оставили Суджу и переместились к российско-украинской границе, ... 13 марта") and the photo caption after it removed; a teaser of another story and the next article\'s first words after the body ("Минобороны показало кадры из освобожденной Суджи", "Политика", "Суджа — единственный город, который был занят ВСУ в ходе напа") removed. The date is the URL\'s (16 March 2025). Events: the headline\'s "оставление ВСУ Суджи" and "ВСУ оставили позиции в городе Судже" (withdrew, UA, as the Ukrainian General Staff\'s map of 15 March shows); "подтвердило освобождение Суджи" (liberated, RU, the ministry, 13 March: Russia retaking its own town, the owner rule); "Вместе с Суджей были освобождены населенные пункты Меловой и Подол" (liberated, RU, 13 March: Melovoy and Podol, and Sudzha again, as fresh36 reads "the capture of Rodynske, along with Myrnohrad"; Sudzha\'s event here added after the first run, an annotation slip). Not events: "Город находился под контролем ВСУ с августа 2024 года" (a past hold, told as background), "прорвали границу в Суджанском районе" (the border, a district), "новых населенных пунктов в окрестностях города" (no name). No claims.',
    places: [
      { t: 'Суджи', all: true, ref: 'sudzha' },
      { t: 'Судже', ref: 'sudzha' },
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Суджанском районе', ref: 'sudzhaDistrict' },
      { t: 'Суджей', ref: 'sudzha' },
      { t: 'Меловой', ref: 'melovoy' },
      { t: 'Подол', ref: 'podol' },
    ],
    traps: [],
    skipped: [
      { t: 'Украины', why: OFFICIAL + ' ("Генштаб Украины")' },
      { t: 'России', why: OFFICIAL + ' ("Министерство обороны России")' },
    ],
    claims: [],
    events: [
      { t: 'Суджи', n: 1, ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: 'Генштаб Украины', asOf: ['2025-03-13', '2025-03-15'], note: 'the headline: "Генштаб Украины подтвердил оставление ВСУ Суджи"' },
      { t: 'Судже', ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: 'Генштаб Украины', asOf: ['2025-03-13', '2025-03-15'], note: '"ВСУ оставили позиции в городе Судже Курской области ... свидетельствует карта, которую 15 марта опубликовал украинский Генштаб"' },
      { t: 'Суджи', n: 2, ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'], note: '"13 марта Министерство обороны России официально подтвердило освобождение Суджи"' },
      { t: 'Суджей', ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'], note: '"Вместе с Суджей были освобождены населенные пункты Меловой и Подол"' },
      { t: 'Меловой', ref: 'melovoy', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'], note: '"Вместе с Суджей были освобождены населенные пункты Меловой и Подол"' },
      { t: 'Подол', ref: 'podol', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'], note: '"Вместе с Суджей были освобождены населенные пункты Меловой и Подол"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2024-08-20',
    url: 'https://embed.dailystorm.ru/news/v-minoborony-zayavili-ob-osvobozhdenii-rossiyskoy-armiey-nyu-yorka',
    notes: 'Stored copy on Daily Storm (dailystorm.ru), its headline and body as the store gives them; the site chrome, the repeated headline, the standfirst ("Поселок находится в ДНР"), the photo credits and the subscription line removed; the last sentence, cut by the store ("По его сведениям, 46-я отдельная аэром"), removed. The page gives no date of its own: the date is the text\'s, the ministry\'s report after Rogov\'s "19 августа" (20 August 2024, the day the ministry reported New York taken, as other stored reports of it date it). Events (the owner rule: "освобождении"/"освобожден" of a Ukrainian settlement is `captured`): the headline\'s "освобождении Российской армией Нью-Йорка", "взяли под свой контроль поселок Нью-Йорк (Новгородское)" (the event on the name, the bracketed old name an alias), "освобожден ... Новгородское ДНР" (captured, RU, the ministry); "над Нью-Йорком подняли российский флаг" (captured, RU, Рогов, 19 August). Skipped: the agglomeration named by an adjective, Russia and РФ in the army\'s and ministry\'s names. Traps: the grouping «Центр».',
    places: [
      { t: 'Нью-Йорка', ref: 'newYork' },
      { t: 'Нью-Йорк', ref: 'newYork' },
      { t: 'Новгородское', all: true, ref: 'newYork' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Нью-Йорком', ref: 'newYork' },
    ],
    traps: [
      { t: 'Центр', why: 'a group of forces (группировки войск «Центр»)' },
      { t: 'Владимир Рогов', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', why: ARMY + ' ("ВС РФ")' },
      { t: 'Украины', why: ARMY + ' ("Вооруженных сил Украины")' },
      { t: 'России', why: OFFICIAL + ' ("Минобороны России")' },
      { t: 'Торецкой', why: 'an agglomeration named by an adjective ("Торецкой агломерации")' },
    ],
    claims: [],
    events: [
      { t: 'Нью-Йорка', ref: 'newYork', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-08-20'], note: 'the headline: "В Минобороны заявили об освобождении Российской армией Нью-Йорка"' },
      { t: 'Нью-Йорк', ref: 'newYork', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-08-20'], note: '"взяли под свой контроль поселок Нью-Йорк (Новгородское) в ДНР"' },
      { t: 'Новгородское', n: 2, ref: 'newYork', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-08-20'], note: '"освобожден один из крупнейших населенных пунктов ... Новгородское ДНР"' },
      { t: 'Нью-Йорком', ref: 'newYork', action: 'captured', actor: 'RU', claimant: 'Владимир Рогов', asOf: ['2024-08-19'], note: '"над Нью-Йорком подняли российский флаг, 19 августа заявил ... Владимир Рогов"' },
    ],
  },
];
