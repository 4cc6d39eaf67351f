// Hand annotations, Ukrainian articles of tests/eval/fresh23. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const GS = 'Генштаб ЗСУ';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-09-26',
    url: 'https://my.ua/uk/news/cluster/2022-09-26-v-genshtabe-vpervye-podtverdili-osvobozhdenie-kupianska-uzlovogo-cherez-etot-poselok-okkupanty-perebrasyvali-tekhniku/0e872c0e-0c3a-33b9-f2ae-611c8c4a06e2',
    notes: 'Stored copy of a MY.UA news item, its headline and body as the store gives them (lines ending in a space as the store gives them); the headline, given three times, kept once, and the last sentence, cut by the store ("Мер міста перейшов на бік Росії, в умовах воєнного стану надав представникам російської армі"), removed. The date is the URL\'s (26 September 2022, a Monday; "Про це 26 вересня"). Events: the General Staff confirming the liberation of Куп\'янськ-Вузловий (liberated, UA: the headline and the lead; the owner rule); the Russians occupying Куп\'янськ on 27 February (captured, RU). Куп\'янськ-Вузловий among the settlements shelled is shelling and its railway station a location (no event). Харківщині is the oblast, Бєлгородської області the Russian oblast, РФ ("з Бєлгородської області РФ") the country; "Слобожанському напрямку" is a front axis and Оскіл a river (skipped). Not claims: "три села" (villages shelled, not held or taken). Traps: none beyond the General Staff (Генштаб, not a place).',
    places: [
      { t: "Куп'янська-Вузлового", all: true, ref: 'kupianskVuzlovyi' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: "Куп'янськ-Вузловий", ref: 'kupianskVuzlovyi' },
      { t: "Куп'янську-Вузловому", ref: 'kupianskVuzlovyi' },
      { t: 'Бєлгородської області', ref: 'belgorodOblast' },
      { t: 'РФ', ref: 'russia' },
      { t: "Куп'янськ", ctx: "окупували Куп'янськ", ref: 'kupiansk' },
    ],
    traps: [],
    skipped: [
      { t: 'Слобожанському', why: 'front axis ("на Слобожанському напрямку")' },
      { t: 'Оскіл', why: 'a river ("річки Оскіл")' },
    ],
    claims: [],
    events: [
      { t: "Куп'янська-Вузлового", n: 1, ref: 'kupianskVuzlovyi', action: 'liberated', actor: 'UA', claimant: GS, asOf: ['2022-09-26'], note: 'the headline: "У Генштабі вперше підтвердили звільнення Куп\'янська-Вузлового"' },
      { t: "Куп'янська-Вузлового", n: 2, ref: 'kupianskVuzlovyi', action: 'liberated', actor: 'UA', claimant: GS, asOf: ['2022-09-26'], note: '"Генштаб вперше підтвердив звільнення Куп\'янська-Вузлового на Харківщині"' },
      { t: "Куп'янськ", ctx: "окупували Куп'янськ", ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: null, asOf: ['2022-02-27'], note: '"Росіяни окупували Куп\'янськ ще 27 лютого"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-09-24',
    url: 'https://wz.lviv.ua/news/498083-zsu-zakripliuiutsia-v-raioni-verbovoho-na-zaporizhzhi-henshtab',
    notes: 'Stored copy of a Високий Замок (wz.lviv.ua) news item, its headline and body as the store gives them; the date and view-count lines after the headline ("- 24.09.2023, 08:30", "- 943") removed. The date is the date line\'s (24 September 2023, a Sunday; "Протягом минулої доби, 23 вересня"). Events: the Ukrainian forces consolidating near Вербове (fighting, UA: the headline; an advance at a settlement, the attacking side as actor), pushing the enemy from its positions near Вербове (fighting, UA), the breakthrough of the Russian defence near Вербового reported the day before (fighting, UA); the occupiers trying to regain lost ground near Кліщіївки (fighting, RU); the assault actions south of Бахмута (fighting, UA). Запоріжжі and "Запорізької області" are the oblast, "Донецької області" the oblast, України ("на Сході та Півдні України") the country; "Мелітопольському" (twice) and "Бахмутському" (twice) are front axes and "Збройних сил України" an army\'s name (skipped). Not claims: "понад 20 бойових зіткнень" (clashes counted).',
    places: [
      { t: 'Вербового', all: true, ref: 'verboveZap' },
      { t: 'Запоріжжі', ref: 'zaporizhzhiaOblast' },
      { t: 'України', ctx: 'Півдні України', ref: 'ukraine' },
      { t: 'Вербове', ref: 'verboveZap' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
      { t: 'Кліщіївки', ref: 'klishchiivka' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Бахмута', ref: 'bakhmut' },
    ],
    traps: [],
    skipped: [
      { t: 'Мелітопольському', all: true, why: 'front axis ("на Мелітопольському напрямку")' },
      { t: 'Бахмутському', all: true, why: 'front axis ("на Бахмутському напрямку")' },
      { t: 'України', ctx: 'сил України', why: OFFICIAL + ' ("Генерального штабу Збройних сил України")' },
    ],
    claims: [],
    events: [
      { t: 'Вербового', n: 1, ref: 'verboveZap', action: 'fighting', actor: 'UA', claimant: GS, asOf: ['2023-09-23', '2023-09-24'], note: 'the headline: "ЗСУ закріплюються в районі Вербового"' },
      { t: 'Вербове', ref: 'verboveZap', action: 'fighting', actor: 'UA', claimant: GS, asOf: ['2023-09-23'], note: '"у районі села Вербове Запорізької області витісняють противника із займаних позицій і закріпляються на досягнутих рубежах"' },
      { t: 'Вербового', n: 2, ref: 'verboveZap', action: 'fighting', actor: 'UA', claimant: GS, asOf: ['2023-09-22'], note: '"Напередодні командування повідомило про прорив оборони росіян біля Вербового"' },
      { t: 'Кліщіївки', ref: 'klishchiivka', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2023-09-23'], note: '"окупанти намагалися відновити втрачене положення в районі Кліщіївки Донецької області, але успіху не мали"' },
      { t: 'Бахмута', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: GS, asOf: ['2023-09-23'], note: '"Сили оборони продовжують штурмові дії південніше Бахмута"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2024-05-20',
    url: 'https://grivna.ua/publikatsii/za-tri-misyaci-pislya-feykovoyi-likvidaciyi-placdarm-zsu-na-livoberezhzhi-hersonshini-rozshirivsya-do-kozachih-lageriv',
    notes: 'Stored copy of a Гривна (grivna.ua) article, its headline and opening as the store gives them; the headline, given twice, kept once, the byline and date line ("Автор: Марина Поліщук 20 Травня 2024 08:00") removed, and the last sentence, cut by the store ("А командир 810-ї окремої бригади морськ"), removed. The date is the byline\'s (20 May 2024, a Monday; "Рівно три місяці тому, 20 лютого" agrees). Events: the Russian command\'s report of the «звільнення» of Кринки on 20 February, called fake (captured, RU, denied: the owner rule, Russia taking a Ukrainian village; the headline\'s "фейкової «ліквідації»"); Shoigu declaring the bridgehead in Кринках eliminated (captured, RU, denied); the bridgehead expanding to Козачих Лагерів (fighting, UA: the headline, an advance towards a settlement), approaching Козачі Лагері (fighting, UA) and the administrative border with Козачими Лагерями (fighting, UA). The bridgehead "рухається від села Кринки на захід" is a direction of movement from the village (no event). Херсонщини (twice) is the oblast; "армії РФ" an army\'s name and "Сил оборони України" an army\'s name (skipped); «Дніпро» a grouping of troops. Traps: «Інформаційний спротив», Олександр Коваленко, Коваленко, Шойгу, «Дніпро», Теплинського.',
    places: [
      { t: 'Херсонщини', all: true, ref: 'khersonOblast' },
      { t: 'Козачих Лагерів', ref: 'kozachiLaheri' },
      { t: 'Кринки', all: true, ref: 'krynky' },
      { t: 'Козачі Лагері', ref: 'kozachiLaheri' },
      { t: 'Козачими Лагерями', ref: 'kozachiLaheri' },
      { t: 'Кринках', ref: 'krynky' },
    ],
    traps: [
      { t: 'Інформаційний спротив', why: 'a group of analysts («Інформаційний спротив»)' },
      { t: 'Олександр Коваленко', why: 'person' },
      { t: 'Коваленко', ctx: 'Коваленко нагадав', why: 'person' },
      { t: 'Шойгу', why: 'person' },
      { t: 'Дніпро', why: 'grouping of troops (угруповання «Дніпро»)' },
      { t: 'Теплинського', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', why: 'country inside an army\'s name ("командування армії РФ")' },
      { t: 'України', why: OFFICIAL + ' ("плацдарм Сил оборони України")' },
    ],
    claims: [],
    events: [
      { t: 'Козачих Лагерів', ref: 'kozachiLaheri', action: 'fighting', actor: 'UA', claimant: 'Олександр Коваленко («Інформаційний спротив»)', asOf: ['2024-02-20', '2024-05-20'], note: 'the headline: "плацдарм ЗСУ на лівобережжі Херсонщини розширився до Козачих Лагерів"' },
      { t: 'Кринки', n: 1, ref: 'krynky', action: 'captured', actor: 'RU', claimant: 'the Russian army command', denied: true, asOf: ['2024-02-20'], note: '"командування армії РФ браво відзвітувало про «звільнення» села Кринки" (the headline calls it a fake «ліквідація»)' },
      { t: 'Козачі Лагері', ref: 'kozachiLaheri', action: 'fighting', actor: 'UA', claimant: 'Олександр Коваленко («Інформаційний спротив»)', asOf: ['2024-02-20', '2024-05-20'], note: '"плацдарм Сил оборони України розширився та наблизився до села Козачі Лагері"' },
      { t: 'Козачими Лагерями', ref: 'kozachiLaheri', action: 'fighting', actor: 'UA', claimant: 'Олександр Коваленко («Інформаційний спротив»)', asOf: ['2024-05-20'], note: '"наразі наблизився до «дуже розмитого адміністративного кордону з Козачими Лагерями»"' },
      { t: 'Кринках', ref: 'krynky', action: 'captured', actor: 'RU', claimant: 'Шойгу', denied: true, asOf: ['2024-02-20'], note: '"Шойгу ... заявив про ліквідацію плацдарму ЗСУ в Кринках" (called fake)' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-11-30',
    url: 'https://24tv.ua/gulyaypole-silam-oboroni-vdalosya-zupiniti-rosiyan-pidstupah_n2962347/amp',
    notes: 'Stored copy of a 24 Канал news item, its body as the store gives it; the index\'s date prefix removed and the last subheading, its text cut by the store ("Ситуація в Запорізькій області: коротко"), removed (the store gives no headline: the manifest title is made from the URL slug). The question subheading inside the text is kept. The date is the index date (30 November 2025, a Sunday). Events: the occupiers failing to enter Гуляйполе, stopped on the approaches (fighting, RU: an attack on a settlement); "в самому Гуляйполі противника немає" (controls, UA: the town held); "в Гуляйполі бойових зіткнень немає та ворог в цей населений пункт не зайшов" (controls, UA). The question subheading "Чи є росіяни в Гуляйполі?" carries no event; "цей населений пункт" names no settlement (no span). "Запорізькій області" and Запоріжжі are the oblast; "Сили оборони України" an army\'s name (skipped). Traps: Владислав Волошин (twice) and Волошин.',
    places: [
      { t: 'Запорізькій області', ref: 'zaporizhzhiaOblast' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
      { t: 'Гуляйполі', all: true, ref: 'huliaipole' },
      { t: 'Запоріжжі', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Владислав Волошин', all: true, why: 'person' },
      { t: 'Волошин', ctx: 'додав Волошин', why: 'person' },
    ],
    skipped: [{ t: 'України', all: true, why: 'country inside an army\'s name ("Сили оборони України")' }],
    claims: [],
    events: [
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'Владислав Волошин (Сили оборони Півдня)', asOf: ['2025-11-30'], note: '"окупантам не вдалося зайти в Гуляйполе: Сили оборони зупинили ворога на підходах до міста"' },
      { t: 'Гуляйполі', n: 2, ref: 'huliaipole', action: 'controls', actor: 'UA', claimant: 'Владислав Волошин (Сили оборони Півдня)', asOf: ['2025-11-30'], note: '"в самому Гуляйполі противника немає"' },
      { t: 'Гуляйполі', n: 3, ref: 'huliaipole', action: 'controls', actor: 'UA', claimant: 'Владислав Волошин (Сили оборони Півдня)', asOf: ['2025-11-30'], note: '"в Гуляйполі бойових зіткнень немає та ворог в цей населений пункт не зайшов"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-01-28',
    url: 'https://novosti-n.org/ua/news/Gerasymov-zayavyv-pro-zahoplennya-Kup-yanskaVuzlovogo-yake-zalyshayetsya-pid-kontrolem-Ukrayiny-331628.amp',
    notes: 'Stored copy of a Новини N (novosti-n.org) news item, its headline and body as the store gives them; the rubric ("Новини") before the headline and the date line with the headline repeated and a view counter ("09:41—28 January 2026 ... 1000+") removed. The empty subheadings inside the text ("Фактична ситуація", "Реакція на заяву", "Значення населеного пункту") are kept. The date is the date line\'s (28 January 2026, a Wednesday). Events: Gerasimov\'s claim of the «захоплення» of Куп\'янськ-Вузловий, which remains under Ukraine\'s control (captured, RU, denied: the headline); his claim that the Russian forces captured the settlement and are "clearing" it (captured, RU, denied); the General Staff confirming the liberation of Куп\'янськ-Вузловий (liberated, UA: the owner rule; the text gives no date, the period runs from its liberation in September 2022 to publication). The railway junction and its connections are locations; the use of the station in 2022 is no control event. Харківській області is the oblast, "Білгородської області" the Russian oblast, Харковом, Білгородом, Святогірськом, Валуйками and Попасною the towns the junction connects with, Росія and України (twice) the countries; "генерального штабу РФ" is an official body and "Куп\'янською-Південною" a railway station\'s name (skipped). Traps: Герасимов (twice) and Валерій Герасимов, «Захід» (a grouping of troops), Мілітарний (an outlet), Telegram.',
    places: [
      { t: "Куп'янська-Вузлового", all: true, ref: 'kupianskVuzlovyi' },
      { t: 'України', all: true, ref: 'ukraine' },
      { t: "Куп'янськ-Вузловий", all: true, ref: 'kupianskVuzlovyi' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'Харковом', ref: 'kharkiv' },
      { t: 'Білгородом', ref: 'belgorod' },
      { t: 'Святогірськом', ref: 'sviatohirsk' },
      { t: 'Валуйками', ref: 'valuyki' },
      { t: 'Попасною', ref: 'popasna' },
      { t: 'Росія', ref: 'russia' },
      { t: 'Білгородської області', ref: 'belgorodOblast' },
    ],
    traps: [
      { t: 'Герасимов', ctx: 'Герасимов заявив', why: 'person' },
      { t: 'Валерій Герасимов', why: 'person' },
      { t: 'Герасимов', ctx: 'озвучив Герасимов', why: 'person' },
      { t: 'Захід', why: 'grouping of troops (угруповання військ «Захід»)' },
      { t: 'Мілітарний', why: 'news outlet' },
      { t: 'Telegram', why: 'messaging service' },
    ],
    skipped: [
      { t: 'РФ', why: OFFICIAL + ' ("Голова генерального штабу РФ")' },
      { t: "Куп'янською-Південною", why: 'a railway station\'s name ("сполучення з ... Куп\'янською-Південною")' },
    ],
    claims: [],
    events: [
      { t: "Куп'янська-Вузлового", n: 1, ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: 'Валерій Герасимов', denied: true, asOf: ['2026-01-28'], note: 'the headline: "Герасимов заявив про «захоплення» Куп\'янська-Вузлового, яке залишається під контролем України"' },
      { t: "Куп'янськ-Вузловий", n: 1, ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: 'Валерій Герасимов', denied: true, asOf: ['2026-01-28'], note: '"заявив, що російські сили нібито захопили селище Куп\'янськ-Вузловий у Харківській області і проводять там «зачистку кварталів»"' },
      { t: "Куп'янська-Вузлового", n: 2, ref: 'kupianskVuzlovyi', action: 'liberated', actor: 'UA', claimant: GS, asOf: ['2022-09-26', '2026-01-28'], note: '"Нагадаємо, у Генштабі підтвердили звільнення Куп\'янська-Вузлового" (no date given)' },
    ],
  },
];
