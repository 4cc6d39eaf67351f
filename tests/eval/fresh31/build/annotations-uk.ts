// Hand annotations, Ukrainian articles of tests/eval/fresh31. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMED = 'abbreviation of the armed forces';
const GROUP = 'a group of forces';
const BELSKYI = 'Олексій Бєльський';
const KOVALENKO = 'Андрій Коваленко';
const VOLOSHYN = 'Владислав Волошин';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-09-17',
    url: 'https://fakty.com.ua/ua/ukraine/suspilstvo/20250918-ukrayinski-vijskovi-zupynyly-rf-na-okolyczyah-kupyanska-rechnyk-osuv-dnipro/',
    notes: 'Stored copy of a Факти ICTV news item, its body as the store gives it (no headline: the manifest title is made from the URL slug), up to the last full sentence; the index\'s date prefix removed, and the last sentence, cut by the store mid-word ("Частина з них була у військовій формі, а інша група – у цивіл"), removed. The subheading "Що відбувається у Куп’янську" is kept. The date is the index date (17 September 2025; the URL\'s is the next day). Events: the report that "російські окупанти дісталися до центру Куп’янська" proved untrue (entered, RU, `part: true`, denied: "виявилася неправдивою"); soldiers ferried "на околиці Куп’янська" through the gas pipe (fighting, RU: an entry on the outskirts, as the sets give one); "інформація про бої у центрі Куп’янська – це не правда" (fighting, RU, denied); "росіяни діють на півночі Куп’янська, куди їм вдалося інфільтруватися" (entered, RU, `part: true`, the spokesman); "вони проникли до Куп’янська групами" (entered, RU, the prisoners). "з районів населених пунктів Радьківка та Голубівка" says where the infiltrators came from (no event); the subheading carries none. "Харківської області" is the oblast; "річку Оскіл" a river (skipped); "війська РФ", "армію РФ" name the army (skipped). Traps: Дніпро (twice, the grouping "ОСУВ Дніпро"), Олексій Бєльський, Бєльський (twice). No claims.',
    places: [
      { t: 'Куп’янська', all: true, ref: 'kupiansk' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Куп’янську', ref: 'kupiansk' },
      { t: 'Радьківка', ref: 'radkivka' },
      { t: 'Голубівка', ref: 'holubivka' },
    ],
    traps: [
      { t: 'Дніпро', all: true, why: GROUP + ' named after a river ("Оперативно-стратегічного угруповання військ Дніпро", "ОСУВ Дніпро")' },
      { t: BELSKYI, why: 'person' },
      { t: 'Бєльський', n: 2, why: 'person' },
      { t: 'Бєльський', n: 3, why: 'person' },
    ],
    skipped: [
      { t: 'Оскіл', why: 'a river' },
      { t: 'РФ', all: true, why: 'country inside an army\'s name ("війська РФ", "армію РФ")' },
    ],
    events: [
      { t: 'Куп’янська', n: 1, ref: 'kupiansk', action: 'entered', actor: 'RU', claimant: null, denied: true, part: true, asOf: ['2025-09-17'], note: '"Інформація про те, що нібито російські окупанти дісталися до центру Куп’янська ... виявилася неправдивою"' },
      { t: 'Куп’янська', n: 2, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: BELSKYI, asOf: ['2025-09-17'], note: '"трубу газопроводу, якою російські окупанти перекидали солдатів на околиці Куп’янська"' },
      { t: 'Куп’янська', n: 3, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: null, denied: true, asOf: ['2025-09-17'], note: '"інформація про бої у центрі Куп’янська – це не правда"' },
      { t: 'Куп’янська', n: 4, ref: 'kupiansk', action: 'entered', actor: 'RU', claimant: BELSKYI, part: true, asOf: ['2025-09-17'], note: '"росіяни діють на півночі Куп’янська, куди їм вдалося інфільтруватися"' },
      { t: 'Куп’янська', n: 5, ref: 'kupiansk', action: 'entered', actor: 'RU', claimant: 'полонені росіяни', asOf: ['2025-09-17'], note: '"За словами полонених росіян, вони проникли до Куп’янська групами від двох до дев’яти солдатів"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2026-01-27',
    url: 'https://regions.comments.ua/ua/news/kharkiv/okupanti-ne-mozhut-zaspokoitisya-yaku-chergovu-brehnyu-donosyat-putinu-795208.html',
    notes: 'Stored copy of a Коментарі (regions.comments.ua) news item, its headline, standfirst and body as the store gives them, up to the last full sentence; the index\'s date prefix, the logo text before the headline ("logo_ukra") and the date and author lines after the standfirst ("27 січня 2026, 14:07", "Недилько Ксения") removed, and the last sentence, whose quote the store cuts ("За його словами, керівництво російської армії продовжує подавати дезінформацію вищому керівництву: ... бре"), removed. Inside the text the repeated headline (a photo caption) and a related-story line ("У Генштабі РФ заявили про чергове просування на Харківщині ...") are kept. The date is the page\'s (27 January 2026). Events: "фейк Герасимова про захоплення Куп’янська-Вузлового", "заяву ... Герасимова про нібито захоплення міста Куп’янськ-Вузловий", "Чергова брехня про взяття Купʼянська-Вузлового" (captured, RU, Gerasimov, denied: a fake, "недостовірною"); "і Купʼянськ, і Купʼянськ-Вузловий росіяни не контролюють" (controls, RU, denied: a negated hold); "В Купʼянську завершується зачистка їх недобитків" (cleared, UA, Kovalenko). "на Харківщині" (twice) is the oblast; "Генштабі РФ" an official body (skipped). Traps: Путіну (twice), Путіна, Герасимова (twice), Гєрасімов, Андрій Коваленко, Коваленко. No claims ("10 кілометрів" is a distance).',
    places: [
      { t: 'Куп’янська-Вузлового', ref: 'kupianskVuzlovyi' },
      { t: 'Куп’янськ-Вузловий', ref: 'kupianskVuzlovyi' },
      { t: 'Харківщині', all: true, ref: 'kharkivOblast' },
      { t: 'Купʼянська-Вузлового', ref: 'kupianskVuzlovyi' },
      { t: 'Купʼянськ', ctx: 'і Купʼянськ, і', ref: 'kupiansk' },
      { t: 'Купʼянськ-Вузловий', ref: 'kupianskVuzlovyi' },
      { t: 'Купʼянську', ref: 'kupiansk' },
    ],
    traps: [
      { t: 'Путіну', all: true, why: 'person' },
      { t: 'Путіна', why: 'person' },
      { t: 'Герасимова', all: true, why: 'person' },
      { t: 'Гєрасімов', why: 'person' },
      { t: KOVALENKO, why: 'person' },
      { t: 'Коваленко', ctx: 'наголосив Коваленко', why: 'person' },
    ],
    skipped: [{ t: 'РФ', why: OFFICIAL + ' ("У Генштабі РФ")' }],
    events: [
      { t: 'Куп’янська-Вузлового', ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: 'Валерій Герасимов', denied: true, asOf: ['2026-01-26', '2026-01-27'], note: 'the standfirst: "OSINT-аналітики та ЦПД викрили фейк Герасимова про захоплення Куп’янська-Вузлового"' },
      { t: 'Куп’янськ-Вузловий', ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: 'Валерій Герасимов', denied: true, asOf: ['2026-01-26', '2026-01-27'], note: '"заяву ... Валерія Герасимова про нібито захоплення міста Куп’янськ-Вузловий на Харківщині" ("сама заява є недостовірною")' },
      { t: 'Купʼянська-Вузлового', ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: 'Валерій Герасимов', denied: true, asOf: ['2026-01-26', '2026-01-27'], note: '"Чергова брехня про взяття Купʼянська-Вузлового"' },
      { t: 'Купʼянськ', ctx: 'і Купʼянськ, і', ref: 'kupiansk', action: 'controls', actor: 'RU', claimant: KOVALENKO, denied: true, asOf: ['2026-01-27'], note: '"і Купʼянськ, і Купʼянськ-Вузловий росіяни не контролюють"' },
      { t: 'Купʼянськ-Вузловий', ref: 'kupianskVuzlovyi', action: 'controls', actor: 'RU', claimant: KOVALENKO, denied: true, asOf: ['2026-01-27'], note: '"і Купʼянськ, і Купʼянськ-Вузловий росіяни не контролюють"' },
      { t: 'Купʼянську', ref: 'kupiansk', action: 'cleared', actor: 'UA', claimant: KOVALENKO, asOf: ['2026-01-27'], note: '"В Купʼянську завершується зачистка їх недобитків"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-12-29',
    url: 'https://interfax.com.ua/news/general/1132273.html',
    notes: 'Stored copy of an Інтерфакс-Україна news item, its headline and body as the store gives them, up to the last full sentence; the index\'s date prefix removed, and the last sentence, cut by the store ("Отже, за Гул"), removed. The date is the index date (29 December 2025). Events: the headline\'s and the quote\'s "майже все Гуляйполе – зона, де йдуть бої" (fighting, RU, twice); "продовжують утримувати позиції в більшій частині Гуляйполя" (controls, UA, twice, `part: true`: most of the town); "бої в районі Гуляйполя продовжуються" (fighting, RU). The enemy moving its units "з Вербового та Затишшя" into the town is a transfer from villages it holds, told as no change of hands (no event, twice). "(Запорізька область)" is the oblast; "Сил оборони півдня України" and "Сили оборони України" official bodies (skipped). Traps: Волошин (twice), Владислав Волошин, Інтерфакс-Україна, ЗСУ. No claims.',
    places: [
      { t: 'Гуляйполе', all: true, ref: 'huliaipole' },
      { t: 'Гуляйполя', all: true, ref: 'huliaipole' },
      { t: 'Запорізька область', ref: 'zaporizhzhiaOblast' },
      { t: 'Вербового', all: true, ref: 'verbove' },
      { t: 'Затишшя', all: true, ref: 'zatyshshia' },
    ],
    traps: [
      { t: 'Волошин', n: 1, why: 'person' },
      { t: VOLOSHYN, why: 'person' },
      { t: 'Волошин', n: 3, why: 'person' },
      { t: 'Інтерфакс-Україна', why: 'a news agency' },
      { t: 'ЗСУ', why: ARMED },
    ],
    skipped: [{ t: 'України', all: true, why: OFFICIAL + ' ("Сил оборони півдня України", "Сили оборони України")' }],
    events: [
      { t: 'Гуляйполе', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-29'], note: 'the headline: "майже все Гуляйполе – зона, де йдуть бої, ворог намагається завести в місто групи закріплення"' },
      { t: 'Гуляйполя', n: 1, ref: 'huliaipole', action: 'controls', actor: 'UA', claimant: VOLOSHYN, part: true, asOf: ['2025-12-29'], note: '"Українські воїни продовжують утримувати позиції в більшій частині Гуляйполя"' },
      { t: 'Гуляйполе', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-29'], note: '"Майже все Гуляйполе – це зона, в якій йдуть бої"' },
      { t: 'Гуляйполя', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-29'], note: '"наразі бої в районі Гуляйполя продовжуються"' },
      { t: 'Гуляйполя', n: 3, ref: 'huliaipole', action: 'controls', actor: 'UA', claimant: 'ЗСУ', part: true, asOf: ['2025-12-29'], note: '"Сили оборони України ... продовжують утримувати позиції в більшій частині Гуляйполя"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-12-29',
    url: 'https://24tv.ua/rodinske-kostyantinivka-donechchini-pid-chiyim-kontrolem-naseleni_n2979536/amp',
    notes: 'Stored copy of a 24 Канал news item (AMP page), its body as the store gives it (no headline: the manifest title is made from the URL slug), up to the last full sentence; the index\'s date prefix removed, and the last sentence, cut by the store mid-word ("Військовослужбовці підкреслили, що українські захисники надійно тримають оборонні позиції та завдають значних вт"), removed. The subheading "Яка ситуація у Костянтинівці?" is kept. The date is the index date (29 December 2025). Events: "окупанти встигли оголосити російськими Родинське та Костянтинівку" (captured, RU, denied in the next sentence: "не відповідає дійсності"); "спростували твердження ... про нібито захоплення частини Костянтинівки" (captured, RU, denied, `part: true`); "Міфом є і твердження про нібито контроль над частиною Костянтинівки" (controls, RU, denied, `part: true`). The subheading carries no event. "Донецькій області" (twice) is the oblast; "Збройні сили України" the army (skipped). Traps: Азов (a unit of the National Guard), Кремль, ЗСУ. No claims.',
    places: [
      { t: 'Родинське', ref: 'rodynske' },
      { t: 'Костянтинівку', ref: 'kostiantynivka' },
      { t: 'Донецькій області', all: true, ref: 'donetskOblast' },
      { t: 'Костянтинівці', ref: 'kostiantynivka' },
      { t: 'Костянтинівки', all: true, ref: 'kostiantynivka' },
    ],
    traps: [
      { t: 'Азов', why: 'a unit ("1-му корпусі НГУ \\"Азов\\"")' },
      { t: 'Кремль', why: 'the government named by its seat' },
      { t: 'ЗСУ', why: ARMED },
    ],
    skipped: [{ t: 'України', why: 'country inside an army\'s name ("Збройні сили України")' }],
    events: [
      { t: 'Родинське', ref: 'rodynske', action: 'captured', actor: 'RU', claimant: 'окупанти', denied: true, asOf: ['2025-12-29'], note: '"окупанти встигли оголосити російськими Родинське та Костянтинівку" ("поширена ними інформація не відповідає дійсності")' },
      { t: 'Костянтинівку', ref: 'kostiantynivka', action: 'captured', actor: 'RU', claimant: 'окупанти', denied: true, asOf: ['2025-12-29'], note: '"оголосити російськими Родинське та Костянтинівку в Донецькій області"' },
      { t: 'Костянтинівки', n: 1, ref: 'kostiantynivka', action: 'captured', actor: 'RU', claimant: 'окупанти', denied: true, part: true, asOf: ['2025-12-29'], note: '"Збройні сили України спростували твердження російських окупантів про нібито захоплення частини Костянтинівки"' },
      { t: 'Костянтинівки', n: 2, ref: 'kostiantynivka', action: 'controls', actor: 'RU', claimant: 'окупанти', denied: true, part: true, asOf: ['2025-12-29'], note: '"Міфом є і твердження про нібито контроль над частиною Костянтинівки"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-03-07',
    url: 'https://freeradio.com.ua/okupanty-nalashtovani-zakhopyty-kostiantynivku-do-kintsia-kvitnia-zsu/',
    notes: 'Stored copy of a Вільне радіо news item, its body as the store gives it (no headline: the manifest title is made from the URL slug), up to the last full sentence; the index\'s date prefix and the photo caption before the text ("Вулиці Костянтинівки у 2025 році. Фото: АрміяInform") removed, and the last sentence, cut by the store mid-word ("Головна мета такої тактики — ... під повним контролем загарбн"), removed. The photo caption inside the text ("Президент України та Головнокомандувач ЗСУ прибули на Донеччину ...") is kept. The date is the index date (7 March 2026). Event: "Російська армія отримала завдання за будь-яку ціну зайти у Костянтинівку до кінця квітня 2026 року", told with the infiltration under way in the next sentence ("намагаються просочуватися в місто малими групами") (fighting, RU: an ordered taking under way, as an operation named by its aim). Not events: the visit "під час поїздки до Дружківки" and "Про обстановку в районі Костянтинівки доповів" (a report on the area); "захопити місто", "в місто", "в населений пункт" name no settlement. "Донеччину" is the oblast; "президента України", "Президент України", "Офіс президента України" official titles and bodies (skipped). Traps: Володимир Зеленський, Олександр Сирський, Анатолій Куликівський, ЗСУ (twice). No claims.',
    places: [
      { t: 'Костянтинівку', ref: 'kostiantynivka' },
      { t: 'Дружківки', ref: 'druzhkivka' },
      { t: 'Донеччину', ref: 'donetskOblast' },
      { t: 'Костянтинівки', ref: 'kostiantynivka' },
    ],
    traps: [
      { t: 'Володимир Зеленський', why: 'person' },
      { t: 'Олександр Сирський', why: 'person' },
      { t: 'Анатолій Куликівський', why: 'person' },
      { t: 'ЗСУ', all: true, why: ARMED },
    ],
    skipped: [{ t: 'України', all: true, why: OFFICIAL + ' ("Офісі президента України", "Президент України")' }],
    events: [
      { t: 'Костянтинівку', ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Офіс президента України', asOf: ['2026-03-07'], note: '"Російська армія отримала завдання за будь-яку ціну зайти у Костянтинівку до кінця квітня 2026 року. Для ілюзії контролю окупанти намагаються просочуватися в місто малими групами"' },
    ],
  },
];
