// Hand annotations, Ukrainian articles of tests/eval/fresh67. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";
const MALIAR = 'Ганна Маляр';
const HAIDAI = 'Сергій Гайдай';
const ZELENSKY = 'Володимир Зеленський';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-04-02',
    url: 'https://politerno.com.ua/2022/04/02/minoborony-zayavlyaye-shho-usyu-kyyivsku-oblast-zvilnyly-vid-okupantiv/',
    notes: 'Stored copy on Politerno, its headline and body as the store gives them, up to the last whole paragraph (the store cuts the next one inside a word: "31 березня міський голова Бучі ... заявив, що мі"); the breadcrumb ("Politerno > Україна і світ > ..."), the headline\'s repetition, the date, views and comments lines ("2 Квітня, 2022", "935 Переглядів", "0") and an empty line with a non-breaking space removed. The date is the page\'s (2 April 2022). Events: Maliar\'s "Ірпінь, Буча, Гостомель ... – звільнені від загарбників" (liberated, UA); "У Немішаєвому ... після звільнення від російських окупантів підняли український прапор" (liberated, UA); "23 березня захисники України взяли в кільце міста Ірпінь і Буча та селище Гостомель" (fighting, UA: the encircling side); "мер Ірпеня ... повідомив, що місто звільнено" (liberated, UA, 28 March; judgement call: the city is named only in its mayor\'s title, and "місто" is Irpin). Not events: the whole oblast freed (a region), the Guard "допомагати звільняти населені пункти ... районів" (districts, no settlement), the hromadas shelled (districts; shelling). Counted: Київську/Київська область, Київщині twice, the district adjectives (Вишгородського, Бучанського, "Броварського районів") and the hromada adjectives (Макарівську, Бучанську, Ірпінську, "Дмирівську громади": the store\'s spelling of Дмитрівську), України in "захисники України" (the country, as earlier sets read "захисниками України"), Ірпеня in the mayor\'s title (as fresh35 counts "мэр Киева"). Traps: the persons. No claim.',
    places: [
      { t: 'Київську область', all: true, ref: 'kyivOblast' },
      { t: 'Ірпінь', all: true, ref: 'irpin' },
      { t: 'Буча', all: true, ref: 'bucha' },
      { t: 'Гостомель', all: true, ref: 'hostomel' },
      { t: 'Київська область', ref: 'kyivOblast' },
      { t: 'Немішаєвому', ref: 'nemishaieve' },
      { t: 'Київщині', all: true, ref: 'kyivOblast' },
      { t: 'Вишгородського', ref: 'vyshhorodDistrict' },
      { t: 'Бучанського', ref: 'buchaDistrict' },
      { t: 'Броварського районів', ref: 'brovaryDistrict' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Макарівську', ref: 'makarivHromada' },
      { t: 'Бучанську', ref: 'buchaHromada' },
      { t: 'Ірпінську', ref: 'irpinHromada' },
      { t: 'Дмирівську громади', ref: 'dmytrivkaHromada' },
      { t: 'Ірпеня', ref: 'irpin' },
    ],
    traps: [
      { t: 'Ганна Маляр', why: 'person' },
      { t: 'Маляр', ctx: 'Про це Маляр', why: 'person' },
      { t: 'Маляр', ctx: 'зазначила Маляр', why: 'person' },
      { t: 'Олександр Маркушин', why: 'person' },
    ],
    events: [
      { t: 'Ірпінь', n: 1, ref: 'irpin', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2022-04-02'], note: '“Ірпінь, Буча, Гостомель та вся Київська область – звільнені від загарбників”' },
      { t: 'Буча', n: 1, ref: 'bucha', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2022-04-02'] },
      { t: 'Гостомель', n: 1, ref: 'hostomel', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2022-04-02'] },
      { t: 'Немішаєвому', ref: 'nemishaieve', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-04-02'], note: '"У Немішаєвому на Київщині після звільнення від російських окупантів підняли український прапор"' },
      { t: 'Ірпінь', n: 2, ref: 'irpin', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-03-23'], note: '"23 березня захисники України взяли в кільце міста Ірпінь і Буча та селище Гостомель"' },
      { t: 'Буча', n: 2, ref: 'bucha', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-03-23'] },
      { t: 'Гостомель', n: 2, ref: 'hostomel', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-03-23'] },
      { t: 'Ірпеня', ref: 'irpin', action: 'liberated', actor: 'UA', claimant: 'Олександр Маркушин', asOf: ['2022-03-28'], note: '"28 березня мер Ірпеня Олександр Маркушин повідомив, що місто звільнено від російських окупантів" (judgement call)' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-04-18',
    url: 'https://bastion.tv/okupanti-vzyali-pid-kontrol-misto-kreminna-na-luganshini_n46765/amp',
    notes: 'Stored copy of the AMP page of Бастіон, its headline, standfirst and body as the store gives them, up to the last whole paragraph (the store cuts the last quote\'s attribution inside a word: "– застерігає Сергій Га"; the quote "Не виходьте з укриттів!!! Не намагайтеся самостійно покинути Кремінну! Це небезпечно!" went with it); the SVG line ("Created with Sketch."), the date line ("18.04.2022, 12:25") and the photo caption with its credit ("Ілюстративне фото", "Фото: Сергій Гайдай") removed. The date is the page\'s (18 April 2022). Events: the headline\'s and the body\'s "Окупанти/Окупаційні війська московії взяли під контроль місто Кремінна" (captured, RU, Haidai); "вуличні бої в місті та важкі обстріли Кремінної" (fighting, RU: the street battles in the town, told of before its fall). Not events: "бої тривають" and "Евакуація з міста" (no name), the evacuation from Кремінної, the fire and the shot car in Кремінній. Counted: Луганщині twice; "московії" (lower-case, a pejorative name of Russia, judgement call: counted as the country, as the sets count lower-case рф and росія). Traps: "Олімп" (a sports complex), the persons. Not claims: the four people killed and one wounded (civilians).',
    places: [
      { t: 'Кремінна', all: true, ref: 'kreminna' },
      { t: 'Луганщині', all: true, ref: 'luhanskOblast' },
      { t: 'Кремінної', all: true, ref: 'kreminna' },
      { t: 'московії', ref: 'russia' },
      { t: 'Кремінній', all: true, ref: 'kreminna' },
    ],
    traps: [
      { t: 'Сергій Гайдай', all: true, why: 'person' },
      { t: 'Гайдая', why: 'person' },
      { t: 'Олімп', why: 'a sports complex' },
    ],
    events: [
      { t: 'Кремінна', n: 1, ref: 'kreminna', action: 'captured', actor: 'RU', claimant: HAIDAI, asOf: ['2022-04-18'], note: 'headline: "Окупанти взяли під контроль місто Кремінна на Луганщині"' },
      { t: 'Кремінна', n: 2, ref: 'kreminna', action: 'captured', actor: 'RU', claimant: HAIDAI, asOf: ['2022-04-18'], note: '"Окупаційні війська московії взяли під контроль місто Кремінна на Луганщині"' },
      { t: 'Кремінної', n: 2, ref: 'kreminna', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2022-04-18'], note: '"Раніше він інформував про вуличні бої в місті та важкі обстріли Кремінної"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2022-09-13',
    url: 'https://greenpost.ua/news/zvilneno-3-tysyachi-800-kvadratnyh-kilometriv-ponad-300-naselenyh-punktiv-malyar-i47964',
    notes: 'Stored copy on GreenPost (after УНІАН), its headline, standfirst and body as the store gives them; the page controls ("Догори", "Дати відгук"), the reading-time, date and share line ("1 хв на прочитання13 Вересня 2022, 15:47", "Поділитись:"), the related-article link after the body ("Як повідомляли, Росіяни повністю залишили Кремінну та всю ніч обстрілювали Нікопольщину і Лозову", a linked headline with no full stop: chrome, judgement call) and the closing social line ("Читайте GreenPost у Facebook. Підписуйтесь на нас у Telegram.") removed. The date is the page\'s (13 September 2022). Claims (Maliar, 6–13 September): 3,800 km² freed in the headline and the quote (area-retaken, UA) and "понад 300 населених пунктів" three times (count, settlements, UA, the lower bound of "more than"). Not claims: "близько 150 тисяч наших людей" (people). No event (no settlement named). Counted: Харківщини, Харківській/Харківської області. Skipped: України in "Збройні сили України" (a body) and in "заступниця міністра оборони України" (an official\'s title). Traps: УНІАН (an outlet), the persons.',
    places: [
      { t: 'Харківщини', ref: 'kharkivOblast' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'Харківської області', all: true, ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Маляр', n: 1, why: 'person' },
      { t: 'УНІАН', why: 'an outlet' },
      { t: 'Ганна Маляр', why: 'person' },
      { t: 'Маляр', n: 3, why: 'person' },
      { t: 'Маляр', n: 4, why: 'person' },
    ],
    skipped: [
      { t: 'України', n: 1, why: BODY + ' ("Збройні сили України")' },
      { t: 'України', n: 2, why: TITLE + ' ("заступниця міністра оборони України")' },
    ],
    claims: [
      { t: '3 тисячі 800 км²', kind: 'area-retaken', value: 3800, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2022-09-06', '2022-09-13'], note: 'headline: "Звільнено 3 тисячі 800 км², понад 300 населених пунктів - Маляр"' },
      { t: 'понад 300 населених пунктів', n: 1, kind: 'count', value: 300, unit: 'settlements', holder: 'UA', claimant: MALIAR, asOf: ['2022-09-06', '2022-09-13'], note: 'headline' },
      { t: 'понад 300 населених пунктів', n: 2, kind: 'count', value: 300, unit: 'settlements', holder: 'UA', claimant: MALIAR, asOf: ['2022-09-06', '2022-09-13'], note: '"Збройні сили України звільнили від окупантів понад 300 населених пунктів у Харківській області"' },
      { t: '3 тисячі 800 квадратних кілометрів', kind: 'area-retaken', value: 3800, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2022-09-06', '2022-09-13'], note: '"Починаючи з 6 вересня і по сьогодні, звільнено 3 тисячі 800 квадратних кілометрів"' },
      { t: 'понад 300 населених пунктів', n: 3, kind: 'count', value: 300, unit: 'settlements', holder: 'UA', claimant: MALIAR, asOf: ['2022-09-06', '2022-09-13'], note: 'the quote' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2022-10-02',
    url: 'https://volynua.com/posts/liman-zachischeniy-povnistu',
    notes: 'Stored copy on Волинь (volynua.com), its headline and body as the store gives them; the image placeholder ("image"), the date line (" |  0 2 Жовтня 2022 | 15:17") and the closing lines (the Telegram and Facebook invitations and "Вас також може зацікавити") removed. The date is the page\'s (2 October 2022). Events: the headline\'s, the body\'s and Zelensky\'s "Лиман зачищений повністю" / "повну зачистку Лимана" (cleared, UA); "Взявши під контроль Лиман" (liberated, UA: the owner retaking its town, told as done; judgement call). Not events: "Лиман використовувався росіянами як один з опорних пунктів для атаки на Слов\'янськ" (the town\'s past use; no attack on Sloviansk told: judgement call), the fire control of the road from Сватового to Кремінної (no event; the road is described by its ends, not named, so both towns are counted, judgement call). Counted: Донецької області, Луганської області, Україні in "Слава Україні!" (the country, as earlier sets read it). Traps: the persons. No claim.',
    places: [
      { t: 'Лиман', all: true, ref: 'lyman' },
      { t: 'Лимана', ref: 'lyman' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Україні', ref: 'ukraine' },
      { t: "Слов'янськ", ref: 'sloviansk' },
      { t: 'Сватового', ref: 'svatove' },
      { t: 'Кремінної', ref: 'kreminna' },
      { t: 'Луганської області', ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'Володимир Зеленський', why: 'person' },
      { t: 'Зеленський', ctx: 'повідомив Зеленський', why: 'person' },
    ],
    events: [
      { t: 'Лиман', n: 1, ref: 'lyman', action: 'cleared', actor: 'UA', claimant: ZELENSKY, asOf: ['2022-10-02'], note: 'headline: "Лиман зачищений повністю"' },
      { t: 'Лимана', ref: 'lyman', action: 'cleared', actor: 'UA', claimant: ZELENSKY, asOf: ['2022-10-02'], note: '"повідомив про повну зачистку Лимана Донецької області від російських окупантів"' },
      { t: 'Лиман', n: 2, ref: 'lyman', action: 'cleared', actor: 'UA', claimant: ZELENSKY, asOf: ['2022-10-02'], note: '"Станом на 12:30 Лиман зачищений повністю."' },
      { t: 'Лиман', n: 4, ref: 'lyman', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-02'], note: '"Взявши під контроль Лиман, Збройні сили також матимуть можливість ..." (judgement call)' },
    ],
  },
];
