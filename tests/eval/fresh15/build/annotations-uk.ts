// Hand annotations, Ukrainian articles of tests/eval/fresh15. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2023-08-25',
    url: 'https://lb.ua/society/2023/08/25/571720_rosiyani_mayzhe_shchodnya_obstrilyuyut.html',
    notes: 'Stored copy of an LB.ua news item from its lead; the index\'s date prefix removed, and the last sentence (cut by the store mid-word, "Залужног") removed (the store gives no headline: the manifest title is made from the URL slug and the lead). The date is the URL\'s (25 August 2023). Events: Ukrainian defenders raised the Ukrainian flag in Роботине on 23 August (liberated, UA: Ukraine retaking its own village); the Russians shell Оріхів and Гуляйполе with guided bombs and artillery (fighting, RU: strikes on a town, as fresh14 frames strikes on Huliaipole); on 22 August the Ukrainian army entered Роботине with a fight (entered, UA, the Ministry of Defence). "бʼють по ньому артилерією" (a pronoun), "Наші воїни потихеньку йдуть вперед" and "Тривали бої" name no settlement; the population of Роботне before and now is not a claim. "голова ОВА" is a title without a place name; people are traps.',
    places: [
      { t: 'Роботине', all: true, ref: 'robotyne' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
      { t: 'Роботному', ref: 'robotyne' },
      { t: 'Оріхів', ref: 'orikhiv' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
    ],
    traps: [
      { t: 'Юрій Малашко', why: 'person' },
      { t: 'Малашка', why: 'person' },
    ],
    claims: [],
    events: [
      { t: 'Роботине', n: 1, ref: 'robotyne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-08-23'], note: '"де 23 серпня українські захисники підняли український прапор"' },
      { t: 'Оріхів', ref: 'orikhiv', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-08-25'], note: '"Оріхів та Гуляйполе росіяни обстрілюють керованими авіабомбами та артилерією"' },
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-08-25'] },
      { t: 'Роботине', n: 2, ref: 'robotyne', action: 'entered', actor: 'UA', claimant: 'Міноборони', asOf: ['2023-08-22'], note: '"українська армія з боєм увійшла в Роботине"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-10-09',
    url: 'https://www.rbc.ua/rus/news/gerasimov-dopoviv-putinu-nastup-rf-napryamku-1760009006.html/amp',
    notes: 'Stored copy of the end of an РБК-Україна news item (the Ukrainian text under the /rus/ path), as the store gives it: from its "Нагадаємо" paragraph to its last line; the index\'s date prefix and the subheading "Ситуація на Запоріжжі" removed (the manifest title is made from the URL slug). The date is the index date (9 October 2025); DeepState\'s marking came "раніше", before that day. Events: DeepState marked Кам’янське as occupied, the Southern Defence Forces denied it (captured, RU, denied); Russian troops trying to capture Кам’янське and Плавні (fighting, RU at each); the combined attack with drones and guided bombs on Запоріжжя (fighting, RU: strikes on a city, as fresh14 frames strikes). The advance towards Придніпровське and the outskirts of Запоріжжя is a purpose; the positions on the northern outskirts "населеного пункту" name no settlement (no event). "Силах оборони Півдня України" is an official body (skipped); DeepState is a trap. "Запорізького району" is the district, at its centre. Кам’янське, Плавні and Придніпровське are placed at Zaporizhzhia Oblast (`region`).',
    places: [
      { t: 'Кам’янське', all: true, ref: 'kamianskeZap' },
      { t: 'Запорізькій області', ref: 'zaporizhzhiaOblast' },
      { t: 'Плавні', ref: 'plavni' },
      { t: 'Придніпровського', ref: 'prydniprovske' },
      { t: 'Запоріжжя', all: true, ref: 'zaporizhzhia' },
      { t: 'Запорізького району', ref: 'zaporizhzhiaDistrict' },
    ],
    traps: [{ t: 'DeepState', why: 'OSINT project' }],
    skipped: [{ t: 'України', why: BODY }],
    claims: [],
    events: [
      { t: 'Кам’янське', n: 1, ref: 'kamianskeZap', action: 'captured', actor: 'RU', claimant: 'аналітики сервісу DeepState', denied: true, asOf: ['2025-10-09'], note: '"позначили селище Кам’янське ... як окуповане"; "у Силах оборони Півдня України цю інформацію спростували"' },
      { t: 'Кам’янське', n: 2, ref: 'kamianskeZap', action: 'fighting', actor: 'RU', claimant: 'військові', asOf: ['2025-10-09'], note: '"російські війська намагаються захопити Кам’янське та Плавні"' },
      { t: 'Плавні', ref: 'plavni', action: 'fighting', actor: 'RU', claimant: 'військові', asOf: ['2025-10-09'] },
      { t: 'Запоріжжя', n: 2, ref: 'zaporizhzhia', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-10-09'], note: '"здійснила комбіновану атаку на Запоріжжя, застосувавши дрони та авіабомби"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-09-22',
    url: 'https://glavred.net/front/rossiyane-rvutsya-k-okrainam-v-vsu-predupredili-ob-ugroze-dlya-mnogosottysyachnogo-goroda-10700330.html',
    notes: 'Stored copy of a Главред news item (Ukrainian text), from its lead; the index\'s date prefix removed, and the last sentence (cut by the store mid-word, "пошуково-ударні опе") removed (the manifest title is made from the URL slug and the lead). The store\'s inner subheading (ending "наступу на Запорізькі") and "відео дня" are kept. The date is the index date (22 September 2025). Events: Russian troops trying to capture Кам\'янське and Плавні, in the lead and in Волошин\'s quote (fighting, RU at each); trying to reach the outskirts of Приморське, twice (fighting, RU: an advance to a village\'s edge). The bridgehead "для наступу на Степногірськ" and the move towards Кушугум and Балабине are purposes; the names in "На напрямку Приморське-Плавні-Кам\'янське" name an axis (places, no event). "Війська РФ" is the armed forces (РФ skipped, as "ВС РФ"); "Оріхівському напрямку" is a front axis and "Каховського водосховища" a reservoir (skipped); the truncated adjective "Запорізькі" is skipped; Укрінформ and Волошин are traps. Балабине is placed at Запоріжжя (`near`: "південними передмістями Запоріжжя"); Кам\'янське, Плавні and Приморське at Zaporizhzhia Oblast (`region`).',
    places: [
      { t: "Кам'янське", all: true, ref: 'kamianskeZap' },
      { t: 'Плавні', all: true, ref: 'plavni' },
      { t: 'Степногірськ', all: true, ref: 'stepnohirsk' },
      { t: 'Запоріжжя', all: true, ref: 'zaporizhzhia' },
      { t: 'Приморського', all: true, ref: 'prymorske' },
      { t: 'Приморське', ref: 'prymorske' },
      { t: 'Кушугума', ref: 'kushuhum' },
      { t: 'Балабиного', ref: 'balabyneNear' },
    ],
    traps: [
      { t: 'Владислав Волошин', why: 'person' },
      { t: 'Укрінформ', why: 'news agency' },
    ],
    skipped: [
      { t: 'РФ', why: 'the armed forces ("Війська РФ", as "ВС РФ")' },
      { t: 'Запорізькі', why: 'truncated adjective in the subheading' },
      { t: 'Оріхівському', why: 'front axis ("на Оріхівському напрямку")' },
      { t: 'Каховського водосховища', why: 'reservoir' },
    ],
    claims: [],
    events: [
      { t: "Кам'янське", n: 1, ref: 'kamianskeZap', action: 'fighting', actor: 'RU', claimant: 'ЗСУ', asOf: ['2025-09-22'], note: '"Війська РФ намагаються захопити Кам\'янське та Плавні"' },
      { t: 'Плавні', n: 1, ref: 'plavni', action: 'fighting', actor: 'RU', claimant: 'ЗСУ', asOf: ['2025-09-22'] },
      { t: 'Приморського', n: 1, ref: 'prymorske', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2025-09-22'], note: '"намагаються вийти на околиці Приморського"' },
      { t: "Кам'янське", n: 3, ref: 'kamianskeZap', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2025-09-22'], note: '"намагаючись остаточно захопити населені пункти Кам\'янське і Плавні"' },
      { t: 'Плавні', n: 3, ref: 'plavni', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2025-09-22'] },
      { t: 'Приморського', n: 2, ref: 'prymorske', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин', asOf: ['2025-09-22'], note: '"намагається вийти на околиці Приморського"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2026-01-02',
    url: 'https://24tv.ua/skilki-teritoriy-rosiyani-okupuvali-2025-rotsi-deepstate-nazvali_n2981432/amp',
    notes: 'Stored copy of a 24 Канал news item, from its summary bullets to the quote\'s attribution; the index\'s date prefix and the headline removed, and the last sentence (cut by the store mid-word, "Там також опублі") removed (the manifest title is the headline). The store\'s inner "Дивіться також" link line is kept. The date is the index date (2 January 2026; DeepState\'s figures are for 2025). Claims (DeepState): the Russians occupied about 0.72% of Ukraine\'s area in 2025 (twice), over 4 thousand km² and 4,336 km² in 2025 (area-gained, RU), 7,463 km² or 1.23% from 1 January 2023 to 1 January 2026 (area-gained, RU). Events, from the link line: the battle for Куп\'янськ and Покровськ (fighting, RU) and the loss of Сіверськ and Курахове (captured, RU), all in 2025. "Сил Оборони України" is an official body (skipped); DeepState and 24 Канал are traps.',
    places: [
      { t: 'України', ctx: 'загальної площі України', ref: 'ukraine' },
      { t: 'Росія', ref: 'russia' },
      { t: "Куп'янськ", ref: 'kupiansk' },
      { t: 'Покровськ', ref: 'pokrovsk' },
      { t: 'Сіверська', ref: 'siversk' },
      { t: 'Курахового', ref: 'kurakhove' },
      { t: 'України', ctx: 'усієї території України', ref: 'ukraine' },
    ],
    traps: [
      { t: 'DeepState', all: true, why: 'OSINT project' },
      { t: '24 Канал', why: 'outlet' },
    ],
    skipped: [{ t: 'України', ctx: 'Сил Оборони України', why: BODY }],
    claims: [
      { t: '0,72%', kind: 'area-gained', value: 0.72, unit: 'percent', holder: 'RU', claimant: 'DeepState', asOf: ['2025-01-01', '2025-12-31'], note: '"ворог окупував території, що становить близько 0,72% від загальної площі України" (2025)' },
      { t: 'понад 4 тисячі квадратних кілометрів', kind: 'area-gained', value: 4000, unit: 'km2', holder: 'RU', claimant: 'аналітичного проєкту DeepState', asOf: ['2025-01-01', '2025-12-31'] },
      { t: '4 336 квадратних кілометрів', kind: 'area-gained', value: 4336, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-01-01', '2025-12-31'] },
      { t: '0.72%', kind: 'area-gained', value: 0.72, unit: 'percent', holder: 'RU', claimant: 'DeepState', asOf: ['2025-01-01', '2025-12-31'] },
      { t: '7463 квадратних кілометрів', kind: 'area-gained', value: 7463, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2023-01-01', '2026-01-01'], note: '"з 1 січня 2023 по 1 січня 2026 року приріст окупованої території склав 7463 квадратних кілометрів"' },
      { t: '1.23%', kind: 'area-gained', value: 1.23, unit: 'percent', holder: 'RU', claimant: 'DeepState', asOf: ['2023-01-01', '2026-01-01'] },
    ],
    events: [
      { t: "Куп'янськ", ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-01-01', '2025-12-31'], note: '"Битва за Куп\'янськ і Покровськ ... у 2025"' },
      { t: 'Покровськ', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-01-01', '2025-12-31'] },
      { t: 'Сіверська', ref: 'siversk', action: 'captured', actor: 'RU', claimant: null, asOf: ['2025-01-01', '2025-12-31'], note: '"втрата Сіверська і Курахового ... у 2025"' },
      { t: 'Курахового', ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: null, asOf: ['2025-01-01', '2025-12-31'] },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-08-31',
    url: 'https://censor.net/ua/videonews/3571501/genshtab-pokazav-kadry-iz-dachnogo-na-dnipropetrovschyni',
    notes: 'Stored copy of a Цензор.НЕТ video news item, its text as the store gives it; the index\'s date prefix removed (the manifest title is made from the URL slug). The date is the index date (31 August 2025; Герасимов\'s claim is "30 серпня"). The store\'s "Дніпропетровській області" (for "Дніпропетровської") is kept. Events: footage from Дачне refuting the "нібито" capture (captured, RU, denied); the quote\'s "окуповане", by Герасимов\'s report, village of Дачне (captured, RU, denied); Герасимов said Russian troops "нібито" captured Дачне and Філія (captured, RU, denied, at each). "генерального штабу рф" and "ЗС України" are official bodies (skipped); Цензор.НЕТ, "Подільської" (in a brigade\'s name) and Герасимов are traps. Дачне and Філія are placed at Dnipropetrovsk Oblast (`region`).',
    places: [
      { t: 'Дачне', all: true, ref: 'dachneDnipro' },
      { t: 'Дніпропетровській області', ref: 'dnipropetrovskOblast' },
      { t: 'Дніпропетровської області', ref: 'dnipropetrovskOblast' },
      { t: 'Філію', ref: 'filiia' },
      { t: 'Дніпропетровщині', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'Цензор.НЕТ', why: 'outlet' },
      { t: 'валерія герасимова', why: 'person' },
      { t: 'Подільської', why: 'part of a brigade\'s name' },
      { t: 'Валерій Герасимов', why: 'person' },
    ],
    skipped: [
      { t: 'рф', why: BODY },
      { t: 'України', why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Дачне', n: 1, ref: 'dachneDnipro', action: 'captured', actor: 'RU', claimant: 'Валерій Герасимов', denied: true, asOf: ['2025-08-30'], note: '"кадри із села Дачне ..., які спростовують інформацію про нібито захоплення цього населеного пункту"' },
      { t: 'Дачне', n: 2, ref: 'dachneDnipro', action: 'captured', actor: 'RU', claimant: 'начальника генерального штабу рф валерія герасимова', denied: true, asOf: ['2025-08-30'], note: '"Як виглядає "окуповане", за доповіддю ... село Дачне"' },
      { t: 'Дачне', n: 3, ref: 'dachneDnipro', action: 'captured', actor: 'RU', claimant: 'Валерій Герасимов', denied: true, asOf: ['2025-08-30'], note: '"російські війська нібито захопили Дачне та Філію"' },
      { t: 'Філію', ref: 'filiia', action: 'captured', actor: 'RU', claimant: 'Валерій Герасимов', denied: true, asOf: ['2025-08-30'] },
    ],
  },
];
