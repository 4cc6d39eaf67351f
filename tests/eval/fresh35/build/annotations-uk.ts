// Hand annotations, Ukrainian articles of tests/eval/fresh35. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const ARMY = "country inside an army's name";
const AXIS = 'a front axis named by an adjective';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2023-09-04',
    url: 'https://zn.ua/ukr/war/pid-bakhmutom-zsu-vzhe-zvilnili-majzhe-50-kv-kilometriv-maljar.html',
    notes: 'Stored copy on Дзеркало тижня (zn.ua), its body as the store gives it, with no edit (no headline: the manifest\'s title is made from the URL slug). The date is the text\'s: the day after the latest day it names ("геолокаційні кадри, опубліковані 2 і 3 вересня", reported "Зранку" by ISW), Monday 4 September 2023, Maliar\'s weekly briefing; the year is that of the episode (47 km² freed near Bakhmut since June 2023). Events: "Спроби відновити втрачені позиції в окупантів провалюються. Мова йде про відбиті у ворога позиції у районах Кліщіївки, Курдюмівки, Озарянівки" (fighting, RU: failed attempts, the attacker, three events); "мають пені успіхи в районі Кліщіївки" (fighting, UA); ISW: "українські сили контролюють південну Кліщіївку" (controls, UA, part). Not events: "звільнили ... під Бахмутом" (an area near the town, not the town). "на бахмутському напрямку" is an axis (skipped); "армії РФ" an army. Claims: "майже 50 кв. кілометрів" and "47 кв.км" freed near Bakhmut in all (area-retaken, UA, Maliar, the day), "ще 3 кв. кілометри" and "3 кв.км" in the last week (area-retaken, UA, Maliar, the week to the report). Traps: the Institute for the Study of War and its abbreviation, Maliar.',
    places: [
      { t: 'Бахмутом', all: true, ref: 'bakhmut' },
      { t: 'Кліщіївки', all: true, ref: 'klishchiivka' },
      { t: 'Курдюмівки', ref: 'kurdiumivka' },
      { t: 'Озарянівки', ref: 'ozarianivka' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Кліщіївку', ref: 'klishchiivka' },
    ],
    traps: [
      { t: 'Ганна Маляр', why: 'person' },
      { t: 'Інституту вивчення війни', why: 'a think tank' },
      { t: 'ISW', why: 'a think tank' },
    ],
    skipped: [
      { t: 'бахмутському', all: true, why: AXIS + ' ("на бахмутському напрямку")' },
      { t: 'РФ', why: ARMY + ' ("армії РФ")' },
    ],
    claims: [
      { t: 'майже 50 кв. кілометрів', kind: 'area-retaken', value: 50, unit: 'km2', holder: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-09-04'], note: '"Сили оборони вже звільнили майже 50 кв. кілометрів українських територій під Бахмутом"' },
      { t: '3 кв. кілометри', kind: 'area-retaken', value: 3, unit: 'km2', holder: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-08-28', '2023-09-04'], note: '"минулого тижня ЗСУ очистили від окупантів ще 3 кв. кілометри"' },
      { t: '47 кв.км', kind: 'area-retaken', value: 47, unit: 'km2', holder: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-09-04'], note: '"Загалом звільнено під Бахмутом 47 кв.км"' },
      { t: '3 кв.км', kind: 'area-retaken', value: 3, unit: 'km2', holder: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-08-28', '2023-09-04'], note: '"Протягом минулого тижня звільнена площа збільшена на 3 кв.км"' },
    ],
    events: [
      { t: 'Кліщіївки', n: 1, ref: 'klishchiivka', action: 'fighting', actor: 'RU', claimant: 'Ганна Маляр', asOf: ['2023-08-28', '2023-09-04'], note: '"Спроби відновити втрачені позиції в окупантів провалюються. Мова йде про відбиті у ворога позиції у районах Кліщіївки"' },
      { t: 'Курдюмівки', ref: 'kurdiumivka', action: 'fighting', actor: 'RU', claimant: 'Ганна Маляр', asOf: ['2023-08-28', '2023-09-04'], note: '"позиції у районах Кліщіївки, Курдюмівки, Озарянівки"' },
      { t: 'Озарянівки', ref: 'ozarianivka', action: 'fighting', actor: 'RU', claimant: 'Ганна Маляр', asOf: ['2023-08-28', '2023-09-04'], note: '"позиції у районах Кліщіївки, Курдюмівки, Озарянівки"' },
      { t: 'Кліщіївки', n: 2, ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-09-04'], note: '"ЗСУ своєю чергою, за словами Маляр, мають пені успіхи в районі Кліщіївки"' },
      { t: 'Кліщіївку', ref: 'klishchiivka', action: 'controls', actor: 'UA', claimant: 'Інститут вивчення війни', part: true, asOf: ['2023-09-03'], note: '"українські сили контролюють південну Кліщіївку" (ISW, from footage of 2 and 3 September)' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-03-06',
    url: 'https://dnipro.tv/news-dnipro/fortetsia-peredovoi-ta-platsdarm-dlia-kontrnastupu-iak-ukrainski-oborontsi-trymaiut-vuhledar',
    notes: 'Stored copy on dnipro.tv, its headline and body as the store gives them; the site chrome before the headline ("fbpx", the day and time the page was stored, the weather line) and the date line after it ("06.03.2023, 15:25") removed; the last sentence, cut by the store ("Завдяки безперервній роботі БпЛА, ... мінним загородженням"), removed. The date is the page\'s date line (6 March 2023). Events: the headline\'s "як українські оборонці тримають Вугледар" (controls, UA); "для заходу в тил наших позицій у Мар’їнці та Авдіївці. Ці міста вже не один місяць тримають оборону" (controls, UA, twice). Not events: "Вугледар є чудовим плацдармом для українського контрнаступу на Маріуполь або Новоазовськ" (a prospect), "залізничне сполучення між Маріуполем, Волновахою та Донецьком" (a railway), "Атакуючи протягом трьох тижнів, ворог ..." (names no settlement). Traps: Wagner.',
    places: [
      { t: 'Вугледар', all: true, ref: 'vuhledar' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Бахмут', ref: 'bakhmut' },
      { t: 'Мар’їнці', ref: 'marinka' },
      { t: 'Авдіївці', ref: 'avdiivka' },
      { t: 'Маріуполем', ref: 'mariupol' },
      { t: 'Волновахою', ref: 'volnovakha' },
      { t: 'Донецьком', ref: 'donetsk' },
      { t: 'Маріуполь', ref: 'mariupol' },
      { t: 'Новоазовськ', ref: 'novoazovsk' },
    ],
    traps: [
      { t: 'Вагнер', why: 'a mercenary group' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Вугледар', n: 1, ref: 'vuhledar', action: 'controls', actor: 'UA', claimant: null, asOf: ['2023-03-06'], note: '"як українські оборонці тримають Вугледар"' },
      { t: 'Мар’їнці', ref: 'marinka', action: 'controls', actor: 'UA', claimant: null, asOf: ['2023-03-06'], note: '"наших позицій у Мар’їнці та Авдіївці. Ці міста вже не один місяць тримають оборону"' },
      { t: 'Авдіївці', ref: 'avdiivka', action: 'controls', actor: 'UA', claimant: null, asOf: ['2023-03-06'], note: '"наших позицій у Мар’їнці та Авдіївці. Ці міста вже не один місяць тримають оборону"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2023-01-13',
    url: 'https://chas.news/news/u-rosii-zayavili-pro-zahoplennya-soledara-zsu-sprostovuyut-tsyu-informatsiyu',
    notes: 'Stored copy on Час News (chas.news), its headline and body as the store gives them; the photo credit after the headline ("Maxar") and the outlet\'s closing invitation, cut by the store ("Щодня Сhas News відбирає для вас ..."), removed. The date is the text\'s: the day after the evening it names for the claimed capture ("було «захоплене» ввечері 12 січня"), 13 January 2023, the day the Russian ministry announced it. Events: the headline\'s "У росії заявили про «захоплення Соледара». ЗСУ спростовують цю інформацію", "місто Соледар ... було «захоплене» ввечері 12 січня" and the ministry\'s "Встановлення повного контролю над Соледаром" (captured, RU, the Russian Defence Ministry, denied by Cherevatyi, three events); "в Соледарі йдуть бої" (fighting, RU: the attacker, Cherevatyi). Not events: the ministry\'s aim to cut supply to Artemivsk (Bakhmut) and encircle it (a prospect), satellite images of Soledar and Bakhmut. "МО Росії" holds a country inside a body\'s name (skipped). Traps: Wagner, Maxar Technologies, Cherevatyi.',
    places: [
      { t: 'росії', ref: 'russia' },
      { t: 'Соледара', all: true, ref: 'soledar' },
      { t: 'Соледар', ref: 'soledar' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Соледаром', ref: 'soledar' },
      { t: 'Артемівськ', ref: 'bakhmut' },
      { t: 'Бахмут', ref: 'bakhmut' },
      { t: 'Соледарі', ref: 'soledar' },
      { t: 'Бахмута', ref: 'bakhmut' },
      { t: 'Донеччині', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Сергій Череватий', why: 'person' },
      { t: 'Вагнер', why: 'a mercenary group' },
      { t: 'Maxar Technologies', why: 'a company' },
    ],
    skipped: [
      { t: 'Росії', why: 'country inside a body\'s name ("МО Росії")' },
    ],
    claims: [],
    events: [
      { t: 'Соледара', n: 1, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Російське Міністерство оборони', denied: true, asOf: ['2023-01-12'], note: '"У росії заявили про «захоплення Соледара». ЗСУ спростовують цю інформацію"' },
      { t: 'Соледар', ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Російське Міністерство оборони', denied: true, asOf: ['2023-01-12'], note: '"місто Соледар ... було «захоплене» ввечері 12 січня"' },
      { t: 'Соледаром', ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'МО Росії', denied: true, asOf: ['2023-01-12'], note: '"Встановлення повного контролю над Соледаром дозволяє ..."' },
      { t: 'Соледарі', ref: 'soledar', action: 'fighting', actor: 'RU', claimant: 'Сергій Череватий', asOf: ['2023-01-13'], note: '"Сергій Череватий ... заявив, що в Соледарі йдуть бої"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2022-03-31',
    url: 'https://t1.ua/news/66712-na-chernihivshchyni-zsu-zvilnyly-dva-sela.html',
    notes: 'Stored copy on Т1 Новини (t1.ua), its headline and body as the store gives them; the date and rubric lines before the headline ("31 Березня 2022", "Новини"), the headline given a second time, and the subscription line, tag line and "В тему" after the body removed. The date is the page\'s date line (31 March 2022). Events: Chaus\'s "ЗСУ звільнили Лукашівку та Слободу" (liberated, UA, twice). "Чернігівської ОВА" is the oblast inside an official\'s title (skipped). Claims: "два села" (the headline) and "два населені пункти" (count, settlements, UA, Chaus, the day). Traps: people.',
    places: [
      { t: 'Чернігівщині', all: true, ref: 'chernihivOblast' },
      { t: 'Лукашівку', ref: 'lukashivka' },
      { t: 'Слободу', ref: 'sloboda' },
      { t: 'Україну', ref: 'ukraine' },
    ],
    traps: [
      { t: 'В’ячеслав Чаус', why: 'person' },
      { t: 'Дмитром Синенком', why: 'person' },
      { t: 'Вячеславом Скоряком', why: 'person' },
    ],
    skipped: [
      { t: 'Чернігівської ОВА', why: 'oblast inside an official\'s title ("голова Чернігівської ОВА")' },
    ],
    claims: [
      { t: 'два села', kind: 'count', value: 2, unit: 'settlements', holder: 'UA', claimant: 'В’ячеслав Чаус', asOf: ['2022-03-31'], note: '"На Чернігівщині ЗСУ звільнили два села"' },
      { t: 'два населені пункти', kind: 'count', value: 2, unit: 'settlements', holder: 'UA', claimant: 'В’ячеслав Чаус', asOf: ['2022-03-31'], note: '"українські військові звільнили два населені пункти"' },
    ],
    events: [
      { t: 'Лукашівку', ref: 'lukashivka', action: 'liberated', actor: 'UA', claimant: 'В’ячеслав Чаус', asOf: ['2022-03-31'], note: '"ЗСУ звільнили Лукашівку та Слободу"' },
      { t: 'Слободу', ref: 'sloboda', action: 'liberated', actor: 'UA', claimant: 'В’ячеслав Чаус', asOf: ['2022-03-31'], note: '"ЗСУ звільнили Лукашівку та Слободу"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2022-07-03',
    url: 'https://www.freepress.com.ua/2022/07/03/%D0%B7%D1%81%D1%83-%D0%B2%D1%96%D0%B4%D1%96%D0%B9%D1%88%D0%BB%D0%B8-%D0%B7-%D0%BB%D0%B8%D1%81%D0%B8%D1%87%D0%B0%D0%BD%D1%81%D1%8C%D0%BA%D0%B0-%D0%BF%D1%96%D1%81%D0%BB%D1%8F-%D0%B2%D0%B0%D0%B6%D0%BA/',
    notes: 'Stored copy on Freepress (freepress.com.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the advertisement, author and comment chrome after the body removed. The date is the URL\'s (3 July 2022). Events: "Сили оборони України відійшли від займаних позицій і рубежів у Лисичанську" and the General Staff\'s "Після важких боїв за Лисичанськ Сили оборони України були змушені відійти із займаних позицій і рубежів" (withdrew, UA, the General Staff, twice: the clause frames the withdrawal). "Сили оборони України" holds a country inside an army\'s name (skipped, twice).',
    places: [
      { t: 'Лисичанську', ref: 'lysychansk' },
      { t: 'Луганської області', ref: 'luhanskOblast' },
      { t: 'Лисичанськ', ref: 'lysychansk' },
    ],
    traps: [],
    skipped: [
      { t: 'України', all: true, why: ARMY + ' ("Сили оборони України")' },
    ],
    claims: [],
    events: [
      { t: 'Лисичанську', ref: 'lysychansk', action: 'withdrew', actor: 'UA', claimant: 'Генеральний штаб ЗСУ', asOf: ['2022-07-03'], note: '"Сили оборони України відійшли від займаних позицій і рубежів у Лисичанську"' },
      { t: 'Лисичанськ', ref: 'lysychansk', action: 'withdrew', actor: 'UA', claimant: 'Генеральний штаб ЗСУ', asOf: ['2022-07-03'], note: '"Після важких боїв за Лисичанськ Сили оборони України були змушені відійти із займаних позицій і рубежів"' },
    ],
  },
];
