// Hand annotations, Ukrainian articles of tests/eval/fresh21. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const LUHANSK_OVA = 'Луганська ОВА';
const KHORTYTSIA = 'ОСУВ «Хортиця»';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-06-16',
    url: 'https://my.ua/news/cluster/2024-06-16-desantniki-trimaiut-oboronu-bilogorivki-iak-vigliadaie-forpost-luganshchini',
    notes: 'Stored copy of an Ukrinform news item as MY.UA carries it, its body as the store gives it; the photo note after the body ("Фото ілюстративне") removed (the store gives no headline: the manifest title is made from the URL slug). The date is the URL\'s (16 June 2024). Events: the paratroopers of the 81st brigade continue to hold the defence of Білогорівка (controls, UA: a side holding a settlement); the Russians\' constant claims that they took the village under their control, against which the brigade holds it (captured, RU, denied: the quote after "форпост Луганщини – Білогорівка"). "у Білогорівці вже давно немає цивільних" carries no event. "Луганщини" (twice) and "Донеччині" are oblasts; "Луганська" in "Луганська ОВА" names an administration (skipped). Traps: Слобожанської (twice, in the brigade\'s name), Телеграмі, Укрінформ (twice). Not claims: the three residents killed and five wounded (civilians).',
    places: [
      { t: 'Білогорівки', ref: 'bilohorivka' },
      { t: 'Луганщини', all: true, ref: 'luhanskOblast' },
      { t: 'Білогорівка', ref: 'bilohorivka' },
      { t: 'Білогорівці', ref: 'bilohorivka' },
      { t: 'Донеччині', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Слобожанської', all: true, why: 'military unit name (the 81st Slobozhanska brigade)' },
      { t: 'Телеграмі', why: 'messaging service' },
      { t: 'Укрінформ', all: true, why: 'news agency' },
    ],
    skipped: [{ t: 'Луганська', why: 'oblast inside an administration\'s name ("Луганська ОВА")' }],
    claims: [],
    events: [
      { t: 'Білогорівки', ref: 'bilohorivka', action: 'controls', actor: 'UA', claimant: LUHANSK_OVA, asOf: ['2024-06-16'], note: '"продовжують тримати оборону Білогорівки" (a side holding a settlement)' },
      { t: 'Білогорівка', ref: 'bilohorivka', action: 'captured', actor: 'RU', claimant: 'the Russian side', denied: true, asOf: ['2024-06-16'], note: '"форпост Луганщини – Білогорівка. Десантники ... продовжують тримати оборону цього населеного пункту попри постійні заяви росіян про взяття селища під свій контроль"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-01-14',
    url: 'https://news-xl.net/?p=141491',
    notes: 'Stored copy of a News-XL item (a Novyny Donbasu report, "Джерело"), its headline and body as the store gives them; the headline given a second time, the map caption before the body ("Ситуація в Торецьку. Фото: карта DeepState") and the source link after it ("Джерело") removed. The headline keeps its date and rubric ("— 14 січня 2025 :: Донеччина"). The date is the headline\'s (14 January 2025). Events: the information that 90% of Торецьк had been captured by the Russians, which the Khortytsia spokesman calls untrue (captured, RU, denied, twice: the headline and "90% міста нібито захоплені росіянами"; a part of a town taken is taken, as fresh16 records); DeepState\'s report that the Russian troops are gradually taking the town under their control (fighting, RU: an advance within a town, as fresh13 and fresh20 annotate one). "Там є українські війська" names no settlement. "Донеччині", the rubric "Донеччина" and "Донецької області" are the oblast; "війська РФ" names an armed force (skipped). Claims: 90% of the town held by the Russians (area-held, percent, RU, twice; the claim the article refutes). Traps: «Хортиця» (twice), Віктор Трегубов, DeepState.',
    places: [
      { t: 'Торецьк', ref: 'toretsk' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Донеччина', ref: 'donetskOblast' },
      { t: 'Торецька', ref: 'toretsk' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Торецьку', ref: 'toretsk' },
    ],
    traps: [
      { t: 'Хортиця', all: true, why: 'military grouping (OSUV Khortytsia)' },
      { t: 'Віктор Трегубов', why: 'person' },
      { t: 'DeepState', why: 'monitoring project' },
    ],
    skipped: [{ t: 'РФ', why: OFFICIAL + ' ("війська РФ")' }],
    claims: [
      { t: '90% міста', all: true, kind: 'area-held', value: 90, unit: 'percent', holder: 'RU', claimant: 'unnamed reports (refuted by the Khortytsia spokesman)', asOf: ['2025-01-14'], note: '"там 90% міста нібито захоплені росіянами" (called untrue)' },
    ],
    events: [
      { t: 'Торецьк', ref: 'toretsk', action: 'captured', actor: 'RU', claimant: 'unnamed reports', denied: true, part: true, asOf: ['2025-01-14'], note: 'the headline: "У ЗСУ спростували інформацію про захоплення 90% міста Торецьк"' },
      { t: 'Торецька', ref: 'toretsk', action: 'captured', actor: 'RU', claimant: 'unnamed reports', denied: true, part: true, asOf: ['2025-01-14'], note: '"Щодо Торецька ... розійшлася інформація, яку ЗСУ довелося спростовувати, що там 90% міста нібито захоплені росіянами"' },
      { t: 'Торецьку', ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-01-14'], note: '"погіршення ситуації у Торецьку. За їхніми даними, війська РФ поступово забирають місто під контроль"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-02-07',
    url: 'https://www.rbc.ua/rus/news/zakidayut-shturmovim-m-yasom-zsu-sprostuvali-1738944301.html',
    notes: 'Stored copy of an RBC-Ukraine news item (its Ukrainian text under the /rus/ address), its headline and body as the store gives them, up to the last full sentence (the store cuts the next one, the spokesman\'s quote "Ворог використовує всі сили та засоби ... на атаки св", mid-word: removed); the language switch ("ua en ru") and the headline given a second time with its photo caption removed. The date is the URL\'s (its number is the Unix time 1738944301, 7 February 2025, a Friday) and the text\'s ("Удень 7 лютого"). Events: the Russian claim of the capture of Торецьк, which the Ukrainian military call a fake (captured, RU, denied, three times: the headline, "Росіяни заявили про захоплення Торецька, але бої в місті тривають" and the Russian Defence Ministry\'s statement); the fighting in Торецьк\'s urban area (fighting, RU: the attacking side) and the eight attacks in the area of Торецьк (fighting, RU). "на Торецькому напрямку" is a front axis, "Міноборони Росії" and "Міністерства внутрішніх справ України" name official bodies (skipped). Traps: РБК-Україна (twice, the outlet), "Хортиця" (twice), Назара Волошина, Назар Волошин, DeepState. Not claims: the three brigades, the eight attacks and four battles.',
    places: [
      { t: 'Торецька', all: true, ref: 'toretsk' },
      { t: 'Торецьку', ref: 'toretsk' },
    ],
    traps: [
      { t: 'РБК-Україна', all: true, why: 'news outlet' },
      { t: 'Хортиця', all: true, why: 'military grouping (OSUV Khortytsia)' },
      { t: 'Назара Волошина', why: 'person' },
      { t: 'Назар Волошин', why: 'person' },
      { t: 'DeepState', why: 'monitoring project' },
    ],
    skipped: [
      { t: 'України', why: OFFICIAL + ' ("Міністерства внутрішніх справ України")' },
      { t: 'Росії', why: OFFICIAL + ' ("Міноборони Росії")' },
      { t: 'Торецькому', why: 'front axis' },
    ],
    claims: [],
    events: [
      { t: 'Торецька', n: 1, ref: 'toretsk', action: 'captured', actor: 'RU', claimant: 'Міноборони Росії', denied: true, asOf: ['2025-02-07'], note: 'the headline: "У ЗСУ спростували російський фейк про захоплення Торецька"' },
      { t: 'Торецька', n: 2, ref: 'toretsk', action: 'captured', actor: 'RU', claimant: 'Міноборони Росії', denied: true, asOf: ['2025-02-07'], note: '"Росіяни заявили про захоплення Торецька, але бої в місті тривають"' },
      { t: 'Торецька', n: 3, ref: 'toretsk', action: 'captured', actor: 'RU', claimant: 'Міноборони Росії', denied: true, asOf: ['2025-02-07'], note: '"Удень 7 лютого у Міноборони Росії заявили про захоплення Торецька"' },
      { t: 'Торецьку', ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: KHORTYTSIA, asOf: ['2025-02-07'], note: '"наразі бої в Торецьку точаться у міській забудові"' },
      { t: 'Торецька', n: 4, ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: KHORTYTSIA, asOf: ['2025-02-07'], note: '"противник атакував 8 разів в районі Торецька"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-11-04',
    url: 'https://novosti.dn.ua/news/409156-u-zsu-vidpovily-chy-ye-otochennya-ukrayinskyh-vijsk-u-pokrovsku-ta-myrnogradi',
    notes: 'Stored copy of a Novyny Donbasu news item, its body as the store gives it (blank lines as the store gives them); the index\'s date prefix and the map caption before the body ("Ситуація в районах Покровська та Мирнограда. Фото: карта DeepState") removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (4 November 2025). Events: the operation in Покровськ to find, destroy and drive out the Russian occupiers in the urban area (fighting, UA: the side attacking to expel the enemy, as fresh20 annotates the Defence Forces in Очеретине). The denial that any unit is encircled "у Покровсько-Мирноградській агломерації" and that the towns are blockaded names no single settlement: the agglomeration, named after two towns, is skipped and carries no event. "Сил оборони України" names an official body (skipped). Traps: «Новинам Донбасу» (the outlet, "Донбасу" in it), Андрій Ковальов.',
    places: [{ t: 'Покровську', ref: 'pokrovsk' }],
    traps: [
      { t: 'Новинам Донбасу', why: 'news outlet ("Новини Донбасу")' },
      { t: 'Андрій Ковальов', why: 'person' },
    ],
    skipped: [
      { t: 'України', why: OFFICIAL + ' ("Сил оборони України")' },
      { t: 'Покровсько-Мирноградській', why: 'an agglomeration named after two towns (Покровськ and Мирноград), no single place' },
    ],
    claims: [],
    events: [
      { t: 'Покровську', ref: 'pokrovsk', action: 'fighting', actor: 'UA', claimant: 'Андрій Ковальов (General Staff)', asOf: ['2025-11-04'], note: '"Ситуація в Покровську складна, але зараз триває комплексна операція з виявлення сил ворога у міській забудові, знищення та витіснення російських окупантів"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-12-10',
    url: 'https://news.online.ua/bitva-za-pokrovsk-ta-mirnograd-sirskii-vistupiv-z-vazlivoiu-zaiavoiu-899560/',
    notes: 'Stored copy of an ONLINE.UA news item, its body as the store gives it (the longest excerpt with a whole body; a longer one is cut earlier in the body); the index\'s date prefix removed. The attribution inside the body ("Олександр Сирський Головнокомандувач ЗСУ") is kept. The date is the index date (10 December 2025). Events: the defence of Покровськ continues, the Ukrainian troops controlling almost 13 km² in the north of the town (controls, UA, twice: a side holding part of a town); the Russians failed to encircle Мирноград although they keep claiming it, "Мирноград — не в оточенні" (fighting, RU, denied, twice: encircling is fighting, as fresh20 annotates it); the successful counter-sabotage operation in Куп\'янськ (fighting, UA: the side attacking to expel the enemy). "Донецькій області" is the oblast, Києва and України places, "армії РФ" an armed force (skipped). Claims: almost 13 km² in the north of Покровськ held (area-held, km², UA; Syrskyi). Traps: Олександр Сирський (twice), Сирського (twice), Кремлю (the Kremlin for the Russian government).',
    places: [
      { t: 'Покровська', all: true, ref: 'pokrovsk' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Мирноград', all: true, ref: 'myrnohrad' },
      { t: "Куп'янську", ref: 'kupiansk' },
      { t: 'Києва', ref: 'kyiv' },
      { t: 'України', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Олександр Сирський', all: true, why: 'person' },
      { t: 'Сирського', all: true, why: 'person' },
      { t: 'Кремлю', why: 'landmark used for the Russian government' },
    ],
    skipped: [{ t: 'РФ', why: OFFICIAL + ' ("армії РФ")' }],
    claims: [
      { t: 'майже 13 кв. кілометрів', kind: 'area-held', value: 13, unit: 'km2', holder: 'UA', claimant: 'Олександр Сирський (Commander-in-Chief)', asOf: ['2025-12-10'], note: '"наші війська контролюють на півночі міста майже 13 кв. кілометрів"' },
    ],
    events: [
      { t: 'Покровська', n: 1, ref: 'pokrovsk', action: 'controls', actor: 'UA', claimant: 'Олександр Сирський (Commander-in-Chief)', asOf: ['2025-12-10'], note: '"оборона Покровська у Донецькій області продовжується" (a side holding a town)' },
      { t: 'Мирноград', n: 1, ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: 'the Russian side', denied: true, asOf: ['2025-12-10'], note: '"російські загарбники не змогли оточити Мирноград, попри те, що вони постійно про це заявляють"' },
      { t: 'Покровська', n: 2, ref: 'pokrovsk', action: 'controls', actor: 'UA', claimant: 'Олександр Сирський (Commander-in-Chief)', part: true, asOf: ['2025-12-10'], note: '"Оборона Покровська продовжується, наші війська контролюють на півночі міста майже 13 кв. кілометрів" (part of the town held)' },
      { t: 'Мирноград', n: 2, ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: 'the Russian side', denied: true, asOf: ['2025-12-10'], note: '"Мирноград — не в оточенні"' },
      { t: "Куп'янську", ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: 'Олександр Сирський (Commander-in-Chief)', asOf: ['2025-12-10'], note: '"У Куп\'янську триває наша успішна контрдиверсійна операція"' },
    ],
  },
];
