// Hand annotations, Ukrainian articles of tests/eval/fresh57. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const HAIDAI = 'Serhii Haidai';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-06-21',
    url: 'https://1zahid.com/news/okupanty-namagayutsya-otochyty-ukrayinskyh-zahysnykiv-vzdovzh-trasy-lysychansk-bahmut-gajdaj',
    notes: 'Stored copy on Перший Західний (1zahid.com), its headline and body as the store gives them; the date line ("- Вівторок, 21 червня 2022") and the closing links ("Новини", "- Сьогодні", "- 22 Листопада", "- Більше новин") removed. The date is the page\'s (Tuesday 21 June 2022). Events: "Росіяни захопили Тошківку" (captured, RU, Haidai); the enemy thrown "в напрямок Тошківки" that broke through (fighting, RU: an advance toward it; the loss of control that follows names no place); the enemy held back "Біля Лисичанська", twice (fighting, RU). Not events: the attempted encirclement along the road «Лисичанськ-Бахмут» (a road: its name is skipped, three times), "захоплення Луганщини" (an oblast, a date announced). "Луганської" in "голова Луганської ОВА" names the oblast (counted). Traps: Гайдай.',
    places: [
      { t: 'Тошківку', ref: 'toshkivka' },
      { t: 'Лисичанська', all: true, ref: 'lysychansk' },
      { t: 'Луганської', ref: 'luhanskOblast' },
      { t: 'Тошківки', ref: 'toshkivka' },
      { t: 'Луганщини', ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'Гайдай', n: 1, why: 'person' },
      { t: 'Сергій Гайдай', why: 'person' },
    ],
    skipped: [
      { t: 'Лисичанськ-Бахмут', all: true, why: 'a road named after two towns («траси «Лисичанськ-Бахмут»»)' },
    ],
    claims: [],
    events: [
      { t: 'Тошківку', ref: 'toshkivka', action: 'captured', actor: 'RU', claimant: HAIDAI, asOf: ['2022-06-21'], note: '"Росіяни захопили Тошківку"' },
      { t: 'Тошківки', ref: 'toshkivka', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2022-06-21'], note: '"ворог кинув в напрямок Тошківки, вони змогли здійснити прорив"' },
      { t: 'Лисичанська', n: 1, ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2022-06-21'], note: '"Біля Лисичанська противника вдається стримувати"' },
      { t: 'Лисичанська', n: 2, ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2022-06-21'] },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-08-17',
    url: 'https://amp.strana.today/ukr/news/442850-u-minoboroni-prokomentuvali-desant-zsu-na-livomu-berezi-dnipra.html',
    notes: 'Stored copy on Страна.ua (Ukrainian edition, AMP page), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence cut by the store ("Ми стежимо за останніми новинами та ключовими подіями 17 серпня 2023 ро") removed. The date is that sentence\'s, agreeing with "війна ... триває вже 540-й день" (Thursday 17 August 2023). "Козачі Табори" is a name the press gave Kozachi Laheri (Козачі Лагері, "Cossack camps"), a hard case. Events: the bridgehead "в районі Козачих Таборів" that appeared last week (fighting, UA: a landing on its fringes, 7 to 13 August 2023, reported); Russian public channels\' claim that "українських сил у районі Козачих Таборів уже немає" (withdrew, UA, in the days before the report; judgement call: the text adds that the ministry gave to understand the forces had not dug in). Not events: the left bank, the oblast, the Zaporizhzhia axis (skipped). Skipped: "Міноборони України" (the country inside a body\'s name), "Запорізького напрямку" (an axis). Traps: Маляр, "24 канали".',
    places: [
      { t: 'Херсонської області', all: true, ref: 'khersonOblast' },
      { t: 'Козачих Таборів', all: true, ref: 'kozachiLaheri' },
      { t: 'Україні', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Ганна Маляр', why: 'person' },
      { t: 'Маляр', n: 2, why: 'person' },
      { t: '24 канали', why: 'a television channel' },
    ],
    skipped: [
      { t: 'Запорізького', why: 'a front axis named by an adjective ("із Запорізького напрямку")' },
      { t: 'України', why: BODY + ' ("Міноборони України")' },
    ],
    claims: [],
    events: [
      { t: 'Козачих Таборів', n: 1, ref: 'kozachiLaheri', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-08-07', '2023-08-13'], note: '"минулого тижня, як повідомлялося, з\'явився плацдарм ЗСУ в районі Козачих Таборів"' },
      { t: 'Козачих Таборів', n: 2, ref: 'kozachiLaheri', action: 'withdrew', actor: 'UA', claimant: 'Russian public channels', asOf: ['2023-08-14', '2023-08-17'], note: '"Низка російських пабліків заявляла, що українських сил у районі Козачих Таборів уже немає"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2023-12-13',
    url: 'https://kyiv24.news/news/u-zsu-sprostuvaly-rosijskyj-fejk-pro-povne-vzyattya-maryinky/amp',
    notes: 'Stored copy on Kyiv24 (kyiv24.news, AMP page), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the rubric tag ("ЗСУ") and the unrelated teasers that follow the article ("Шеєр, чия партія ...", "Сьогодні, 24 квітня ...", "Мета візиту сина Трампа ...", "Трамп хоче також ...") removed. The date is the body\'s: "У середу, 13 грудня" (13 December falls on a Wednesday in 2023, the year of Tarnavskyi\'s command of «Таврія» and of the Marinka claim; judgement call). The outlet writes Marinka with three apostrophes (Мар\'їнки, Мар’їнки, Марʼїнки), a hard case kept. Events: the Russian claim of Marinka\'s capture that Tarnavskyi "спростував" (captured, RU, denied, Russian claimants), and "нібито захопили Мар’їнку" (captured, RU, denied); "оборона Мар’їнки триває", twice (fighting, RU, the attacker); the enemy held back "в районах Новомихайлівки та Красногорівки" (fighting, RU); "масований наступ під Марʼїнкою й Авдіївкою" reported on 11 December (fighting, RU). Not events: "В районі Марʼїнки противник накопичує сили" (forces massed for assaults to come, no fighting told), "повне взяття цього міста" (no place span). "на Донеччині" is Donetsk Oblast. Traps: Тарнавський, «Таврія» (a grouping\'s name).',
    places: [
      { t: "Мар'їнки", ref: 'marinka' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Мар’їнки', ref: 'marinka' },
      { t: 'Новомихайлівки', ref: 'novomykhailivka' },
      { t: 'Красногорівки', ref: 'krasnohorivka' },
      { t: 'Марʼїнки', all: true, ref: 'marinka' },
      { t: 'Марʼїнкою', ref: 'marinka' },
      { t: 'Авдіївкою', ref: 'avdiivka' },
      { t: 'Мар’їнку', ref: 'marinka' },
    ],
    traps: [
      { t: 'Олександр Тарнавський', why: 'person' },
      { t: 'Тарнавський', n: 2, why: 'person' },
      { t: 'Таврія', why: 'a grouping of troops («Таврія»)' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: "Мар'їнки", ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Russian claimants', denied: true, asOf: ['2023-12-13'], note: '"Олександр Тарнавський спростував заяви росіян про взяття Мар\'їнки на Донеччині"' },
      { t: 'Мар’їнки', ref: 'marinka', action: 'fighting', actor: 'RU', claimant: 'Oleksandr Tarnavskyi', asOf: ['2023-12-13'], note: '"оборона Мар’їнки триває"' },
      { t: 'Новомихайлівки', ref: 'novomykhailivka', action: 'fighting', actor: 'RU', claimant: 'Oleksandr Tarnavskyi', asOf: ['2023-12-13'], note: '"українські захисники стримують ворога в районах Новомихайлівки та Красногорівки, відбито 11 атак"' },
      { t: 'Красногорівки', ref: 'krasnohorivka', action: 'fighting', actor: 'RU', claimant: 'Oleksandr Tarnavskyi', asOf: ['2023-12-13'] },
      { t: 'Марʼїнки', n: 2, ref: 'marinka', action: 'fighting', actor: 'RU', claimant: 'Oleksandr Tarnavskyi', asOf: ['2023-12-13'], note: '"Оборона Марʼїнки триває, — наголосив Тарнавський"' },
      { t: 'Марʼїнкою', ref: 'marinka', action: 'fighting', actor: 'RU', claimant: 'Armed Forces of Ukraine', asOf: ['2023-12-11'], note: '"росіяни розпочали масований наступ під Марʼїнкою й Авдіївкою, ЗСУ повідомляли 11 грудня"' },
      { t: 'Авдіївкою', ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'Armed Forces of Ukraine', asOf: ['2023-12-11'] },
      { t: 'Мар’їнку', ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Russian propaganda', denied: true, asOf: ['2023-12-13'], note: '"Натомість російська пропаганда запустила наратив, що вони нібито захопили Мар’їнку"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2022-10-10',
    url: 'https://zemliak.com/news/pobut/3522-na-luganshchini-7-sil-pereyshli-pid-kontrol-zsu?amp=1',
    notes: 'Stored copy on Земляк (zemliak.com, AMP page), its headline and body as the store gives them; the date and rubric line ("10 жовтня Побут") and the closing links ("Читайте також:", "Підтримайте наші агромедіа") removed. The date is the page\'s day (10 October) in the year of the events it reports (2022: Haidai headed the Luhansk administration and named these seven villages on 9 October 2022; judgement call, the page prints no year). Events: the seven villages of Svatove Raion "звільнили" (liberated, UA, Haidai, dated to the report: the text does not say when each was freed). Not events: "вигнання окупантів із цього населеного пункту" and "всі сім населених пунктів повністю контролюються Україною" (no place span). Hromadas by their adjectives ("Красноріченська селищна громада", "Коломийчиська сільська громада") and the raion ("Сватівського району") are places. Claims: "7 сіл" (headline), "сім сіл" and "всі сім населених пунктів" (count, settlements, UA, Haidai; a figure restated). Skipped: "Збройні сили України" (the country inside a body\'s name). Traps: Гайдай.',
    places: [
      { t: 'Луганщині', all: true, ref: 'luhanskOblast' },
      { t: 'Луганської', ref: 'luhanskOblast' },
      { t: 'Новолюбівка', ref: 'novoliubivka' },
      { t: 'Невське', ref: 'nevske' },
      { t: 'Греківка', ref: 'hrekivka' },
      { t: 'Новоєгорівка', ref: 'novoiehorivka' },
      { t: 'Надія', ref: 'nadiia' },
      { t: 'Андріївка', ref: 'andriivkaSvatove' },
      { t: 'Стельмахівка', ref: 'stelmakhivka' },
      { t: 'Красноріченська селищна громада', all: true, ref: 'krasnorichenskeHromada' },
      { t: 'Коломийчиська сільська громада', all: true, ref: 'kolomyichykhaHromada' },
      { t: 'Сватівського району', all: true, ref: 'svatoveRaion' },
      { t: 'Україною', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Сергій Гайдай', why: 'person' },
      { t: 'Гайдая', why: 'person' },
    ],
    skipped: [{ t: 'України', why: BODY + ' ("Збройні сили України")' }],
    claims: [
      { t: '7 сіл', kind: 'count', value: 7, unit: 'settlements', holder: 'UA', claimant: HAIDAI, asOf: ['2022-10-10'], note: 'the headline: "На Луганщині 7 сіл перейшли під контроль ЗСУ"' },
      { t: 'сім сіл', kind: 'count', value: 7, unit: 'settlements', holder: 'UA', claimant: HAIDAI, asOf: ['2022-10-10'], note: '"звільнили ще сім сіл на Луганщині"' },
      { t: 'всі сім населених пунктів', kind: 'count', value: 7, unit: 'settlements', holder: 'UA', claimant: HAIDAI, asOf: ['2022-10-10'], note: '"Наразі всі сім населених пунктів повністю контролюються Україною"' },
    ],
    events: [
      { t: 'Новолюбівка', ref: 'novoliubivka', action: 'liberated', actor: 'UA', claimant: HAIDAI, asOf: ['2022-10-10'], note: '"Збройні сили України звільнили ще сім сіл на Луганщині ... ідеться про села"' },
      { t: 'Невське', ref: 'nevske', action: 'liberated', actor: 'UA', claimant: HAIDAI, asOf: ['2022-10-10'] },
      { t: 'Греківка', ref: 'hrekivka', action: 'liberated', actor: 'UA', claimant: HAIDAI, asOf: ['2022-10-10'] },
      { t: 'Новоєгорівка', ref: 'novoiehorivka', action: 'liberated', actor: 'UA', claimant: HAIDAI, asOf: ['2022-10-10'] },
      { t: 'Надія', ref: 'nadiia', action: 'liberated', actor: 'UA', claimant: HAIDAI, asOf: ['2022-10-10'] },
      { t: 'Андріївка', ref: 'andriivkaSvatove', action: 'liberated', actor: 'UA', claimant: HAIDAI, asOf: ['2022-10-10'] },
      { t: 'Стельмахівка', ref: 'stelmakhivka', action: 'liberated', actor: 'UA', claimant: HAIDAI, asOf: ['2022-10-10'] },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2022-10-09',
    url: 'https://devb.regionews.ua/ukr/news/hersonshchina/1665314662-stalo-vidomo-skilki-teritoriyi-zvilnili-zsu-na-hersonskomu-napryamku',
    notes: 'Stored copy on RegioNews (a devb.regionews.ua mirror), its headline and body as the store gives them; the language switch ("UA | RU"), the date line ("09 жовтня 2022, 14:43"), the photo credit ("Фото: з відкритих джерел") and the subscription line ("gnews gnews Підписуйся, щоб дізнаватись новини першим П") removed. The date is the page\'s (Sunday 9 October 2022). Claim: "понад 1170 квадратних кілометрів" liberated on the Kherson axis "З початку активних бойових дій" (area-retaken, km², UA, Humeniuk; the period from the southern counteroffensive\'s start, 29 August 2022, to the report: judgement call). No event: Velyka Kostromka is named for a mine that went off there. Skipped: "Херсонському напрямку" (an axis, twice), "Збройні сили України" and "Сил оборони півдня України" (the country inside a body\'s name). Traps: Гуменюк, RegioNews.',
    places: [
      { t: 'Великій Костромці', ref: 'velykaKostromka' },
      { t: 'України', n: 3, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Наталія Гуменюк', why: 'person' },
      { t: 'Гуменюк', n: 2, why: 'person' },
      { t: 'Гуменюк', n: 3, why: 'person' },
      { t: 'RegioNews', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Херсонському', all: true, why: 'a front axis named by an adjective ("на Херсонському напрямку")' },
      { t: 'України', n: 1, why: BODY + ' ("Збройні сили України")' },
      { t: 'України', n: 2, why: BODY + ' ("Сил оборони півдня України")' },
    ],
    claims: [
      { t: 'понад 1170 квадратних кілометрів', kind: 'area-retaken', value: 1170, unit: 'km2', holder: 'UA', claimant: 'Natalia Humeniuk', asOf: ['2022-08-29', '2022-10-09'], note: '"З початку активних бойових дій Збройні сили України звільнили понад 1170 квадратних кілометрів на Херсонському напрямку"' },
    ],
    events: [],
  },
];
