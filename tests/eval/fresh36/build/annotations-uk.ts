// Hand annotations, Ukrainian articles of tests/eval/fresh36. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const DEFENCE_FORCES = "country inside the army's name (\"Сили оборони України\")";
const AXIS = 'a front axis named by an adjective';
const SYRSKYI = 'Олександр Сирський';
const BIELSKYI = 'Олексій Бєльський';
const SHAPOVAL = 'Григорій Шаповал';
const EAST = 'угруповання військ «Схід»';
const VOLOSHYN = 'Владислав Волошин';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-12-10',
    url: 'https://tsn.ua/ukrayina/okupanty-prosunulysia-na-kliuchovomu-napriamku-shcho-vidbuvayetsia-u-pokrovsku-ta-myrnohradi-deepstate-2975537.html',
    notes: 'Stored copy on ТСН (tsn.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix and the photo caption ("Битва за Покровськ / © ТСН") removed, and the two advertisement lines ("Реклама") removed; the last sentence, cut by the store ("Раніше видання The Telegraph ... невеликі групи російських диверсантів, які непомітно "), removed. The date is the index\'s (10 December 2025). Events: "мають просування на ключовому напрямку фронту в районі міст Покровськ і Мирноград" (fighting, RU: advances in their area, DeepState); DeepState\'s "Ворог просунувся у Сіверську, Мирнограді та поблизу Покровська" (fighting, RU: advances in and near the towns); "зафіксовано просування росіян на схід від Мирнограда" (fighting, RU: an advance by a bearing); Syrskyi\'s "українські війська контролюють 13 км² Покровська" (controls, UA, `part: true`). Not events: the road "яка сполучає Покровськ із Мирноградом" (a road segment), "Мирноград не перебуває в оточенні" (an encirclement denied, no change of hands), "частина позицій за 5–7 км від Покровська була відведена" (positions at a distance from the town). Claims: "контролюють 13 км² Покровська" (area-held, km², UA, Syrskyi, told as earlier with no day: dated the report\'s day; the first gold gave it [1, 10] December, a month the text does not name, fixed after the first run). Traps: DeepState, Syrskyi.',
    places: [
      { t: 'Покровськ', all: true, ref: 'pokrovsk' },
      { t: 'Покровська', all: true, ref: 'pokrovsk' },
      { t: 'Мирноград', all: true, ref: 'myrnohrad' },
      { t: 'Мирнограді', ref: 'myrnohrad' },
      { t: 'Мирноградом', ref: 'myrnohrad' },
      { t: 'Мирнограда', ref: 'myrnohrad' },
      { t: 'Сіверську', ref: 'siversk' },
    ],
    traps: [
      { t: 'DeepState', why: 'an OSINT project' },
      { t: 'Олександр Сирський', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '13 км²', kind: 'area-held', value: 13, unit: 'km2', holder: 'UA', claimant: SYRSKYI, asOf: ['2025-12-10'], note: '"раніше ... Олександр Сирський повідомив, що українські війська контролюють 13 км² Покровська" (told as earlier, with no day: the report\'s day)' },
    ],
    events: [
      { t: 'Покровськ', n: 1, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-10'], note: '"мають просування на ключовому напрямку фронту в районі міст Покровськ і Мирноград"' },
      { t: 'Мирноград', n: 1, ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-10'], note: 'the same clause' },
      { t: 'Сіверську', ref: 'siversk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-10'], note: '"«Ворог просунувся у Сіверську, Мирнограді та поблизу Покровська»"' },
      { t: 'Мирнограді', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-10'], note: 'the same clause' },
      { t: 'Покровська', n: 1, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-10'], note: 'the same clause ("поблизу Покровська")' },
      { t: 'Мирнограда', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-10'], note: '"зафіксовано просування росіян на схід від Мирнограда"' },
      { t: 'Покровська', n: 2, ref: 'pokrovsk', action: 'controls', actor: 'UA', claimant: SYRSKYI, part: true, asOf: ['2025-12-10'], note: '"українські війська контролюють 13 км² Покровська"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-09-22',
    url: 'https://patrioty.org.ua/politic/u-dnipropetrovskii-oblasti-okupovano-piat-sil--rechnyk-osuv-dnipro-569127.html',
    notes: 'Stored copy on Патріоти України (patrioty.org.ua, after РБК-Україна), its headline and body as the store gives them; the second bullet of the last list, cut by the store ("поступово реалізувати основну мету нелегітимного російськ"), removed. The date is the text\'s ("повідомив 22 вересня"). Events: "окупанти захопили Новогеоргіївку, Запорізьке, Січневе, Маліївку й Воронове" (captured, RU, Bielskyi); "про нібито захоплення ще одного села ... – Калинівського. Бєльський це спростував" (captured, RU, the Russian ministry, denied). Not an event: "Активне просування ворога Дніпропетровщиною зупинено" (an oblast). Claims: "окуповано п\'ять сіл" and "окупували п\'ять сіл" (count, settlements, RU, Bielskyi, the day); "ще в семи населених пунктах регіона сили оборони України утримують позиції" (count, settlements, UA, Bielskyi); "про нібито захоплення ще одного села" (count, settlements, RU, the Russian ministry: one more village taken, as en-05 counts "two more villages"; the claim is denied, which a claim does not carry). "новопавлівського напрямку" is an axis adjective (skipped), "сили оборони України" an army (skipped). Traps: the Dnipro group, the outlets, Bielskyi.',
    places: [
      { t: 'Дніпропетровській області', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Новогеоргіївку', ref: 'novoheorhiivka' },
      { t: 'Запорізьке', ref: 'zaporizke' },
      { t: 'Січневе', ref: 'sichneve' },
      { t: 'Маліївку', ref: 'maliivka' },
      { t: 'Воронове', ref: 'voronove' },
      { t: 'Дніпропетровщиною', ref: 'dnipropetrovskOblast' },
      { t: 'Калинівського', ref: 'kalynivske' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Дніпро', all: true, why: 'a group of forces (ОСУВ "Дніпро")' },
      { t: 'РБК-Україна', why: 'outlet' },
      { t: 'Патріоти України', why: 'the outlet' },
      { t: 'Олексій Бєльський', why: 'person' },
      { t: 'Бєльський', n: 2, why: 'person' },
      { t: 'Бєльський', n: 3, why: 'person' },
    ],
    skipped: [
      { t: 'України', n: 1, why: DEFENCE_FORCES },
      { t: 'новопавлівського напрямку', why: AXIS },
    ],
    claims: [
      { t: "п'ять сіл", n: 1, kind: 'count', value: 5, unit: 'settlements', holder: 'RU', claimant: BIELSKYI, asOf: ['2025-09-22'], note: 'the headline\'s "окуповано п\'ять сіл"' },
      { t: "п'ять сіл", n: 2, kind: 'count', value: 5, unit: 'settlements', holder: 'RU', claimant: BIELSKYI, asOf: ['2025-09-22'], note: '"Російські війська тимчасово окупували п\'ять сіл у Дніпропетровській області"' },
      { t: 'семи населених пунктах', kind: 'count', value: 7, unit: 'settlements', holder: 'UA', claimant: BIELSKYI, asOf: ['2025-09-22'], note: '"ще в семи населених пунктах регіона сили оборони України утримують позиції"' },
      { t: 'одного села', kind: 'count', value: 1, unit: 'settlements', holder: 'RU', claimant: 'російське міноборони', asOf: ['2025-09-22'], note: '"про нібито захоплення ще одного села у Дніпропетровській області" (the ministry\'s count of one more village taken, denied by Bielskyi; added after the first run)' },
    ],
    events: [
      { t: 'Новогеоргіївку', ref: 'novoheorhiivka', action: 'captured', actor: 'RU', claimant: BIELSKYI, asOf: ['2025-09-22'], note: '"окупанти захопили Новогеоргіївку, Запорізьке, Січневе, Маліївку й Воронове"' },
      { t: 'Запорізьке', ref: 'zaporizke', action: 'captured', actor: 'RU', claimant: BIELSKYI, asOf: ['2025-09-22'], note: 'the same list' },
      { t: 'Січневе', ref: 'sichneve', action: 'captured', actor: 'RU', claimant: BIELSKYI, asOf: ['2025-09-22'], note: 'the same list' },
      { t: 'Маліївку', ref: 'maliivka', action: 'captured', actor: 'RU', claimant: BIELSKYI, asOf: ['2025-09-22'], note: 'the same list' },
      { t: 'Воронове', ref: 'voronove', action: 'captured', actor: 'RU', claimant: BIELSKYI, asOf: ['2025-09-22'], note: 'the same list' },
      { t: 'Калинівського', ref: 'kalynivske', action: 'captured', actor: 'RU', claimant: 'російське міноборони', denied: true, asOf: ['2025-09-22'], note: '"поінформувало в Telegram про нібито захоплення ще одного села ... – Калинівського. Бєльський це спростував"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-12-11',
    url: 'https://novosti.dn.ua/news/411382-putin-zayavyv-pro-zahoplennya-siverska-u-zsu-vidpovily-na-slova-golovy-kremlya',
    notes: 'Stored copy on Новини Донбасу (novosti.dn.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix and the map caption ("Ситуація у Сіверську. Фото: карта DeepState") removed; the last sentence, cut by the store ("Нагадаємо, що раніше у 54-й механізованій бригаді ... у підвали багатоповерхі"), removed. The date is the index\'s and the text\'s (Putin\'s claim of 11 December 2025). Events: "Місто Сіверськ Донецької області залишається під контролем Сил оборони України" (controls, UA, Shapoval); Putin "заявив, що російська армія нібито «захопила» Сіверськ" (captured, RU, Putin, denied). Not events: infiltration into "місто" (no name). "Сил оборони України" is an army and "ЗС РФ" an army (skipped). Traps: the outlet\'s name («Новинам Донбасу»), the Kremlin, the East group, people.',
    places: [
      { t: 'Сіверськ', all: true, ref: 'siversk' },
      { t: 'Донецької області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Новинам Донбасу', why: 'the outlet' },
      { t: 'Схід', all: true, why: 'a group of forces' },
      { t: 'Григорій Шаповал', why: 'person' },
      { t: 'Шаповал', n: 2, why: 'person' },
      { t: 'Кремля', why: 'landmark used for the Russian government' },
      { t: 'Володимир Путін', why: 'person' },
      { t: 'Валерія Герасимова', why: 'person' },
    ],
    skipped: [
      { t: 'України', all: true, why: DEFENCE_FORCES },
      { t: 'РФ', why: 'country inside an army\'s name ("ЗС РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Сіверськ', n: 1, ref: 'siversk', action: 'controls', actor: 'UA', claimant: SHAPOVAL, asOf: ['2025-12-11'], note: '"Місто Сіверськ Донецької області залишається під контролем Сил оборони України"' },
      { t: 'Сіверськ', n: 2, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Володимир Путін', denied: true, asOf: ['2025-12-11'], note: '"заявив, що російська армія нібито «захопила» Сіверськ"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-10-29',
    url: 'https://bukovyna.net/2025/10/29/y-silah-oboroni-sprostyvali-%d1%96nformac%d1%96u-sh',
    notes: 'Stored copy on bukovyna.net (after Укрінформ), its headline and body as the store gives them; the date line ("29.10.2025 12:57") and the source line ("Укрінформ") after the headline removed, the teaser "Читайте також: ..." inside the text removed, and the photo caption and rubric after the body ("Фото: Генштаб ЗСУ", "Новини з передової") removed. The date is the date line\'s (29 October 2025). Events: the headline\'s "спростували інформацію щодо прориву росіян у Мирноград" (entered, RU, denied: the spokesman\'s report of the day before); "Сили оборони України повністю контролюють місто Мирноград" (controls, UA, the East group); "«Ворог не перебуває в Мирнограді." (entered, RU, denied, the East group\'s denial); Shapoval\'s "російські війська прорвалися на околиці міста Мирноград, де тривають важкі вуличні бої" (entered, RU, `part: true`: the outskirts; denied, the spokesman\'s slip). Not an event: "маючи на увазі ситуацію в місті Покровськ" (a situation). "Сили оборони України" is an army, "Покровському напрямку" an axis (skipped). Traps: Укрінформ, the East group, Shapoval.',
    places: [
      { t: 'Мирноград', all: true, ref: 'myrnohrad' },
      { t: 'Мирнограді', ref: 'myrnohrad' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Покровськ', ref: 'pokrovsk' },
    ],
    traps: [
      { t: 'Укрінформ', all: true, why: 'news agency' },
      { t: 'Схід', all: true, why: 'a group of forces' },
      { t: 'Григорій Шаповал', why: 'person' },
    ],
    skipped: [
      { t: 'України', all: true, why: DEFENCE_FORCES },
      { t: 'Покровському напрямку', why: AXIS },
    ],
    claims: [],
    events: [
      { t: 'Мирноград', n: 1, ref: 'myrnohrad', action: 'entered', actor: 'RU', claimant: SHAPOVAL, denied: true, asOf: ['2025-10-28', '2025-10-29'], note: 'the headline\'s "спростували інформацію щодо прориву росіян у Мирноград"' },
      { t: 'Мирноград', n: 2, ref: 'myrnohrad', action: 'controls', actor: 'UA', claimant: EAST, asOf: ['2025-10-29'], note: '"Сили оборони України повністю контролюють місто Мирноград Донецької області та його околиці"' },
      { t: 'Мирнограді', ref: 'myrnohrad', action: 'entered', actor: 'RU', claimant: EAST, denied: true, asOf: ['2025-10-29'], note: '"«Ворог не перебуває в Мирнограді."' },
      { t: 'Мирноград', n: 3, ref: 'myrnohrad', action: 'entered', actor: 'RU', claimant: SHAPOVAL, denied: true, part: true, asOf: ['2025-10-28'], note: '"російські війська прорвалися на околиці міста Мирноград, де тривають важкі вуличні бої"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-09-18',
    url: 'https://focus.ua/uk/voennye-novosti/724742-nastup-rf-rosiyani-prorivayutsya-v-zaporizhzhya-cherez-plavni-karta',
    notes: 'Stored copy on Фокус (focus.ua, Ukrainian), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed; the last paragraph, a quote cut by the store ("\\"З Кам\'янського і з Плавнів, що розташован"), removed. The date is the text\'s ("В ефірі телемарафону 18 вересня"). Events: "намагаючись захопити населені пункти Кам\'янське і Плавні" (fighting, RU: attempts), "веде бої за Кам\'янське і Плавні" (fighting, RU), "намагається вибити нас і з Кам\'янського, і з Плавнів" (fighting, RU: attempts to drive out the holders). Not events: "фактично знищив увесь населений пункт Кам\'янське" (destruction), "вийти на підступи до Запоріжжя" and "розвинути наступ на околиці Запоріжжя" (aims). "Запорізькому напрямку" is an axis adjective, "Сил оборони півдня України" an army and "військ РФ" an army (skipped). Traps: Voloshyn.',
    places: [
      { t: "Кам'янське", all: true, ref: 'kamianske' },
      { t: "Кам'янського", ref: 'kamianske' },
      { t: 'Плавні', all: true, ref: 'plavni' },
      { t: 'Плавнів', ref: 'plavni' },
      { t: 'Запоріжжя', all: true, ref: 'zaporizhzhia' },
    ],
    traps: [
      { t: 'Владислав Волошин', why: 'person' },
      { t: 'Волошина', why: 'person' },
    ],
    skipped: [
      { t: 'Запорізькому напрямку', why: AXIS },
      { t: 'України', why: 'country inside the army\'s name ("Сил оборони півдня України")' },
      { t: 'РФ', why: 'country inside an army\'s name ("військ РФ")' },
    ],
    claims: [],
    events: [
      { t: "Кам'янське", n: 1, ref: 'kamianske', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-09-18'], note: '"Російські війська активізували наступ ..., намагаючись захопити населені пункти Кам\'янське і Плавні"' },
      { t: 'Плавні', n: 1, ref: 'plavni', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-09-18'], note: 'the same clause' },
      { t: "Кам'янське", n: 2, ref: 'kamianske', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-06-01', '2025-09-18'], note: '"противник уже кілька місяців веде бої за Кам\'янське і Плавні"' },
      { t: 'Плавні', n: 2, ref: 'plavni', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-06-01', '2025-09-18'], note: 'the same clause' },
      { t: "Кам'янського", ref: 'kamianske', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-06-01', '2025-09-18'], note: '"Противник протягом усього літа намагається вибити нас і з Кам\'янського, і з Плавнів"' },
      { t: 'Плавнів', ref: 'plavni', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-06-01', '2025-09-18'], note: 'the same clause' },
    ],
  },
];
