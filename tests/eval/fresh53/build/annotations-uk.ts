// Hand annotations, Ukrainian articles of tests/eval/fresh53. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official body's name";
const AXIS = 'a front axis';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2023-06-12',
    url: 'https://hromadske.ua/amp/posts/ukrayinski-vijskovi-zvilnili-novodarivku-na-zaporizhzhi',
    notes: 'Stored copy on Громадське (hromadske.ua, AMP page), its headline and body as the store gives them; the embed notice ("AMP версія сайту не підтримує цей контент / Переглянути в Telegram.") removed, and the last paragraph, cut by the store ("Американський Інститут вивчення війни (ISW) вказує, що українські вій"), removed. The page carries no date: it is dated 12 June 2023, the day the Zaporizhzhia territorial defence brigade announced the liberation of 4 June and the day Storozheve\'s liberation was reported (judgement call). Events: Novodarivka liberated (UA) in the headline, in "звільнили ще один населений пункт — село Новодарівка" and in "звільнили Новодарівку від окупантів 4 червня"; "Сили оборони також звільнили село Сторожеве, Макарівку, Благодатне Донецької області" (liberated, UA, three); "повідомляли про звільнення ... населеного пункту Нескучне" (liberated, UA, claimed by the occupiers and Ukrainian volunteers). Not an event: "Численні спроби ворога повернути населений пункт під контроль" (no place named in the clause). "на Запоріжжі" in the headline is the oblast. "Сили оборони України" is skipped; "Запорізька окрема бригада територіальної оборони" and "Запорізької окремої бригади" are a unit\'s name (traps); "Таврійського напрямку" is a front axis (skipped). Traps: Сергій Телятицький.',
    places: [
      { t: 'Новодарівку', all: true, ref: 'novodarivka' },
      { t: 'Запоріжжі', ref: 'zaporizhzhiaOblast' },
      { t: 'Новодарівка', ref: 'novodarivka' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
      { t: 'Сторожеве', ref: 'storozheve' },
      { t: 'Макарівку', ref: 'makarivka' },
      { t: 'Благодатне', ref: 'blahodatne' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Нескучне', ref: 'neskuchne' },
    ],
    traps: [
      { t: 'Сергій Телятицький', why: 'person' },
      { t: 'Запорізька', why: 'a unit\'s name ("Запорізька окрема бригада територіальної оборони")' },
      { t: 'Запорізької', ctx: 'Запорізької окремої бригади', why: 'a unit\'s name ("Запорізької окремої бригади територіальної оборони")' },
    ],
    skipped: [
      { t: 'Таврійського', why: AXIS },
      { t: 'України', all: true, why: OFFICIAL + ' ("Сили оборони України", "Силами оборони України")' },
    ],
    claims: [],
    events: [
      { t: 'Новодарівку', n: 1, ref: 'novodarivka', action: 'liberated', actor: 'UA', claimant: 'Zaporizhzhia territorial defence brigade', asOf: ['2023-06-04', '2023-06-12'], note: 'headline "Українські військові звільнили Новодарівку на Запоріжжі"' },
      { t: 'Новодарівка', ref: 'novodarivka', action: 'liberated', actor: 'UA', claimant: 'Сергій Телятицький', asOf: ['2023-06-04', '2023-06-12'], note: '"Сили оборони України звільнили ще один населений пункт — село Новодарівка Запорізької області"' },
      { t: 'Новодарівку', n: 2, ref: 'novodarivka', action: 'liberated', actor: 'UA', claimant: 'Zaporizhzhia territorial defence brigade', asOf: ['2023-06-04'], note: '"звільнили Новодарівку від окупантів 4 червня у межах оборонної операції"' },
      { t: 'Сторожеве', ref: 'storozheve', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-10', '2023-06-12'], note: '"Перед цим стало відомо, що Сили оборони також звільнили село Сторожеве, Макарівку, Благодатне Донецької області"' },
      { t: 'Макарівку', ref: 'makarivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-10', '2023-06-12'], note: 'the same sentence' },
      { t: 'Благодатне', ref: 'blahodatne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-10', '2023-06-12'], note: 'the same sentence' },
      { t: 'Нескучне', ref: 'neskuchne', action: 'liberated', actor: 'UA', claimant: 'Russian sources and Ukrainian volunteers', asOf: ['2023-06-10', '2023-06-12'], note: '"Окупанти та українські добровольці також повідомляли про звільнення Силами оборони України населеного пункту Нескучне"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-10-19',
    url: 'https://politarena.ua/?p=37646',
    notes: 'Stored copy on Політарена (politarena.ua), its headline and body as the store gives them; the photo caption ("Фото: Скриншот з відео") removed, and the last paragraph, cut by the store ("“Усі свої невдачі вони ком"), removed. The page carries no date: it is dated 19 October 2023 from the body ("Відучора, 18 жовтня"; the year by Barabash\'s tenure and the October 2023 offensive on Avdiivka; judgement call). Event: "Відучора, 18 жовтня, в Авдіївці фіксують нове загострення бойових дій ... російські загарбники не полишають спроб захопити місто" (fighting, RU). Not events: the headline (residents who will not leave), "не залишають спроб оточити місто" and the strikes on the old and central parts of the town (no place named in the clause), strikes "в Очеретинській громаді" (strikes). "Авдіївської міської військової адміністрації" is skipped (a town inside an official body\'s name). Traps: Віталій Барабаш, Барабаш.',
    places: [
      { t: 'Авдіївки', ref: 'avdiivka' },
      { t: 'Авдіївці', ref: 'avdiivka' },
      { t: 'Очеретинській громаді', ref: 'ocheretyneHromada' },
    ],
    traps: [
      { t: 'Віталій Барабаш', why: 'person' },
      { t: 'Барабаш', n: 2, why: 'person' },
    ],
    skipped: [{ t: 'Авдіївської', why: 'a town inside an official body\'s name ("Авдіївської міської військової адміністрації")' }],
    claims: [],
    events: [
      { t: 'Авдіївці', ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'Віталій Барабаш', asOf: ['2023-10-18', '2023-10-19'], note: '"Відучора, 18 жовтня, в Авдіївці фіксують нове загострення бойових дій ... російські загарбники не полишають спроб захопити місто"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2022-07-23',
    url: 'https://antikor.ua/articles/562250-skoljko_naselennyh_punktov_okkupirovano_v_nikolaevskoj_oblasti_otvet_kima/print',
    notes: 'Stored copy on Антикор (antikor.ua, print page), its headline and body as the store gives them; the language link ("Читать на русском"), the repeated headline and the date line ("Дата і час 23 липня 2022 г., 20:23", which gives the date) with the view counter removed. Claims: "близько 5% населених пунктів" and, restated in the quotation, "окуповано 5% населених пунктів" (area-held, percent, RU: the share of the oblast\'s settlements occupied, as tests/eval/dev/claims reads "трохи менше 2%" of Kharkiv Oblast\'s settlements; each a claim). Event: "Це Снігурівка і ряд сіл поруч з нею" (the occupied settlements: controls, RU). Not events: "ЗСУ успішно просуваються в бік півдня" (no place), villages "зруйнованих на 90%" (destruction, no claim). "Миколаївської обласної військової адміністрації" is skipped (an oblast inside an official body\'s name). Traps: Віталія Кіма, Кіма, TV8 (a channel).',
    places: [
      { t: 'Миколаївській області', all: true, ref: 'mykolaivOblast' },
      { t: 'Миколаївської області', ref: 'mykolaivOblast' },
      { t: 'Снігурівка', ref: 'snihurivka' },
    ],
    traps: [
      { t: 'Кіма', n: 1, why: 'person' },
      { t: 'Віталія Кіма', why: 'person' },
      { t: 'TV8', why: 'a television channel' },
    ],
    skipped: [{ t: 'Миколаївської', ctx: 'Миколаївської обласної', why: 'an oblast inside an official body\'s name ("Миколаївської обласної військової адміністрації")' }],
    claims: [
      { t: 'близько 5% населених пунктів', kind: 'area-held', value: 5, unit: 'percent', holder: 'RU', claimant: 'Віталій Кім', asOf: ['2022-07-23'], note: '"На сьогодні під російською окупацією знаходиться близько 5% населених пунктів Миколаївської області"' },
      { t: '5% населених пунктів', ctx: 'окуповано 5% населених пунктів', kind: 'area-held', value: 5, unit: 'percent', holder: 'RU', claimant: 'Віталій Кім', asOf: ['2022-07-23'], note: 'restated in the quotation: "У Миколаївській області окуповано 5% населених пунктів"' },
    ],
    events: [
      { t: 'Снігурівка', ref: 'snihurivka', action: 'controls', actor: 'RU', claimant: 'Віталій Кім', asOf: ['2022-07-23'], note: '"окуповано 5% населених пунктів. Це Снігурівка і ряд сіл поруч з нею"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2023-01-13',
    url: 'https://novosti-n.org/ua/news/read/259506.html',
    notes: 'Stored copy on Новости-N (novosti-n.org, Ukrainian edition), its headline and body as the store gives them; the date line ("13.01.2023 в 06:21", which gives the date) and the repeated headline removed. Claims: "три населені пункти" in the headline, in the lead and in Kim\'s words (count, settlements, RU: still occupied, each a claim). No settlement is named: no events ("на Кінбурнській косі" names a spit; the shelled "Очаківська та Куцурубська громади" are hromadas, no event). "Кінбурнській косі" and "Кінбурнської коси" are skipped (a spit, a landform); "Миколаївської ОВ" (an oblast inside a body\'s name) and "Таврійського напрямку" (a front axis) are skipped. "Очаківська" is counted as the hromada ("Очаківська та Куцурубська громади", the generic word shared). Traps: Кім, Віталій Кім, Євген Єрин.',
    places: [
      { t: 'Миколаївській області', ref: 'mykolaivOblast' },
      { t: 'Миколаївщині', ref: 'mykolaivOblast' },
      { t: 'Очаківська', ref: 'ochakivHromada' },
      { t: 'Куцурубська громади', ref: 'kutsurubHromada' },
    ],
    traps: [
      { t: 'Кім', n: 1, why: 'person' },
      { t: 'Віталій Кім', why: 'person' },
      { t: 'Євген Єрин', why: 'person' },
    ],
    skipped: [
      { t: 'Кінбурнській косі', why: 'a spit (a landform, not a settlement or region)' },
      { t: 'Кінбурнської коси', why: 'a spit (a landform, not a settlement or region)' },
      { t: 'Миколаївської', why: "an oblast inside an official body's name (\"Миколаївської ОВ\")" },
      { t: 'Таврійського', why: AXIS },
    ],
    claims: [
      { t: 'три населені пункти', n: 1, kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Віталій Кім', asOf: ['2023-01-13'], note: 'headline "залишаються окупованими три населені пункти"' },
      { t: 'три населені пункти', n: 2, kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Віталій Кім', asOf: ['2023-01-13'], note: '"На Миколаївщині три населені пункти залишаються під контролем окупаційних російських військ"' },
      { t: 'три населені пункти', n: 3, kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Віталій Кім', asOf: ['2023-01-13'], note: '"У нас є три населені пункти, які ще окуповані"' },
    ],
    events: [],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2022-09-14',
    url: 'https://05361.com.ua/news/3461800/zelenskij-pribuv-do-zvilnenogo-izuma',
    notes: 'Stored copy on 05361.com.ua (a Ukrainian city news site), its headline and body as the store gives them; the date line ("16:38, 14 вересня 2022 р.", which gives the date) removed, and the last paragraph, cut by the store ("Глава Х"), removed. Events: Izium liberated (UA) in the headline ("звільненого Ізюма"), in "у звільненому українськими десантниками Ізюмі" (the 25th brigade) and in "11 вересня українські воїни підняли державний прапор у центрі міста Ізюм" (the flag raised in the centre: liberated, UA, 11 September); "10 вересня ЗСУ просунулися ... та підійшли до Ізюма" (fighting, UA: an approach to the Russian-held town). Not events: "на південно-східному напрямку від Балаклії" (a location), "Воно перебувало в окупації з березня" (no place named in the clause), "армія РФ відступає із Харківської області" (an oblast). "президент України" is skipped (the country inside an office\'s name, as earlier sets skip it); "Мініоборони Росії" and "армія РФ" are skipped (the country inside a body\'s name). Traps: Володимир Зеленський (twice), Зеленський (headline), Ганна Маляр, Facebook, "Січеславська" (a brigade\'s name).',
    places: [
      { t: 'Ізюма', all: true, ref: 'izium' },
      { t: 'Ізюмі', ref: 'izium' },
      { t: 'Харківської області', all: true, ref: 'kharkivOblast' },
      { t: 'України', ctx: 'прапор України', ref: 'ukraine' },
      { t: 'Балаклії', ref: 'balakliia' },
      { t: 'Ізюм', ref: 'izium' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Зеленський', n: 1, why: 'person' },
      { t: 'Володимир Зеленський', all: true, why: 'person' },
      { t: 'Ганна Маляр', why: 'person' },
      { t: 'Facebook', why: 'a social network' },
      { t: 'Січеславська', why: "a brigade's name" },
    ],
    skipped: [
      { t: 'України', ctx: 'президент України', why: OFFICIAL + ' (an office: "президент України")' },
      { t: 'Росії', why: OFFICIAL + ' ("Мініоборони Росії")' },
      { t: 'РФ', why: OFFICIAL + ' ("армія РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Ізюма', n: 1, ref: 'izium', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-10', '2022-09-14'], note: 'headline "Зеленський прибув до звільненого Ізюма"' },
      { t: 'Ізюмі', ref: 'izium', action: 'liberated', actor: 'UA', claimant: '25th Airborne Brigade', asOf: ['2022-09-10', '2022-09-14'], note: '"у звільненому українськими десантниками Ізюмі Харківської області підняли прапор України"' },
      { t: 'Ізюма', n: 2, ref: 'izium', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-09-10'], note: '"10 вересня ЗСУ просунулися на південно-східному напрямку від Балаклії та підійшли до Ізюма"' },
      { t: 'Ізюм', ref: 'izium', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-11'], note: '"11 вересня українські воїни підняли державний прапор у центрі міста Ізюм на Харківщині"' },
    ],
  },
];
