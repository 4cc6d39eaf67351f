// Hand annotations, Ukrainian articles of tests/eval/fresh40. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";
const AXIS = 'a front axis named by an adjective';
const VOLOSHYN = 'Назар Волошин';
const GS = 'Генштаб ЗСУ';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-07-04',
    url: 'https://apostrophe.ua/ua/news/society/accidents/2024-07-04/v-silah-obronyi-obyyasnili-otstuplenie-s-mikrorayona-kanal-v-chasovom-yaru/325727',
    notes: 'Stored copy on Апостроф (apostrophe.ua), its headline and body as the store gives them (the headline\'s "оброни" as printed); the language switch, the date and exchange-rate lines, the rubric and the "Всі новини" list before the headline removed, and the last sentence, cut by the store ("Більша частина ворожих обстрілів пр"), removed. The date is the URL\'s (4 July 2024). Events: "пояснили відступ з мікрорайону \\"Канал\\" у Часовому Яру" and "Сили оборони відійшли з мікрорайону \\"Канал\\" у Часовому Яру" (withdrew, UA, part: a district of the town, as Волошин tells it); "дедлайни, які він не може виконати уже кілька місяців поспіль, взяти Часів Яр" (fighting, RU: an aim failing for months, the attacker, with "ворог не припиняє своїх активних бойових дій"). Not events: "Мікрорайон \\"Канал\\", у який ворог зайшов" (no name of the town in the clause: the district is skipped), the shelling "в районі Часового Яру" (fire). No claims (238, 260 and 270 shellings are counts of fire, not a claim kind). Traps: «Хортиця», Назар Волошин. Skipped: the Kanal district.',
    places: [
      { t: 'Часовому Яру', all: true, ref: 'chasivYar' },
      { t: 'Часів Яр', ref: 'chasivYar' },
      { t: 'Часового Яру', ref: 'chasivYar' },
    ],
    traps: [
      { t: 'Хортиця', why: 'a grouping of forces' },
      { t: 'Назар Волошин', why: 'person' },
    ],
    skipped: [
      { t: 'Канал', all: true, why: 'a district of Chasiv Yar (a part of the town, not a settlement)' },
    ],
    claims: [],
    events: [
      { t: 'Часовому Яру', n: 1, ref: 'chasivYar', action: 'withdrew', actor: 'UA', claimant: VOLOSHYN, part: true, asOf: ['2024-07-04'], note: 'the headline: "пояснили відступ з мікрорайону \\"Канал\\" у Часовому Яру"' },
      { t: 'Часовому Яру', n: 2, ref: 'chasivYar', action: 'withdrew', actor: 'UA', claimant: VOLOSHYN, part: true, asOf: ['2024-07-04'], note: '"Сили оборони відійшли з мікрорайону \\"Канал\\" у Часовому Яру"' },
      { t: 'Часів Яр', ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2024-07-04'], note: '"дедлайни, які він не може виконати уже кілька місяців поспіль, взяти Часів Яр" (an attempt failing; "ворог не припиняє своїх активних бойових дій")' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2024-07-16',
    url: 'https://regionews.ua/ukr/news/ukraine/1721155778-sili-oboroni-vidstupili-z-krinok-ta-urozhaynogo-zmi',
    notes: 'Stored copy on RegioNews, its headline and body as the store gives them; the language switch and the date line ("16 липня 2024, 22:12") before the headline, the photo credit ("фото: Генштаб ЗСУ/Facebook") and the teaser cut by the store ("Нагадаємо, нещодавно воїни 68-ї окремої єгерської бригад") removed. The date is the date line\'s (16 July 2024). Events: the withdrawal from Krynky told five times (headline, "відійшли із села Кринки", "вихід з Кринок", "відхід із Кринок") and from Urozhaine three times (headline, "із села Урожайне", "відішли і з селища Урожайне") (withdrew, UA; reported by the media and not denied in the text); "сім безрезультатних штурмів біля Водяного, Костянтинівки та Макарівки Донецької області" (fighting, RU, the General Staff\'s morning summary: the day before). Not events: "запеклі бої ... за контроль над цими населеними пунктами" (no name in the clause), the attempts "на Придніпровському напрямку" (an axis), "окремих згадом про Кринки чи Урожайне не було" (no action). The Kostiantynivka of the Vremivka axis is the village by Vodiane and Makarivka, not the town. No claims. Traps: Суспільне, RegioNews, Liga.net. Skipped: the axes, Україна in "Сил оборони України".',
    places: [
      { t: 'Кринок', all: true, ref: 'krynky' },
      { t: 'Кринки', all: true, ref: 'krynky' },
      { t: 'Урожайного', ref: 'urozhaine' },
      { t: 'Урожайне', all: true, ref: 'urozhaine' },
      { t: 'Херсонщині', ref: 'khersonOblast' },
      { t: 'Донеччині', all: true, ref: 'donetskOblast' },
      { t: 'Водяного', ref: 'vodiane' },
      { t: 'Костянтинівки', ref: 'kostiantynivkaVremivka' },
      { t: 'Макарівки', ref: 'makarivka' },
      { t: 'Донецької області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Суспільне', why: 'a broadcaster' },
      { t: 'RegioNews', why: 'the outlet' },
      { t: 'Liga.net', why: 'an outlet' },
    ],
    skipped: [
      { t: 'України', why: OFFICIAL + ' ("Сил оборони України")' },
      { t: 'Придніпровському', why: AXIS + ' ("на Придніпровському напрямку")' },
      { t: 'Времівському', why: AXIS + ' ("на Времівському напрямку")' },
    ],
    claims: [],
    events: [
      { t: 'Кринок', n: 1, ref: 'krynky', action: 'withdrew', actor: 'UA', claimant: 'ЗМІ', asOf: ['2024-07-16'], note: 'the headline: "Сили оборони відступили з Кринок та Урожайного, — ЗМІ"' },
      { t: 'Урожайного', ref: 'urozhaine', action: 'withdrew', actor: 'UA', claimant: 'ЗМІ', asOf: ['2024-07-16'], note: 'the headline' },
      { t: 'Кринки', n: 1, ref: 'krynky', action: 'withdrew', actor: 'UA', claimant: 'Суспільне', asOf: ['2024-07-16'], note: '"Підрозділи Сил оборони України відійшли із села Кринки на Херсонщині"' },
      { t: 'Урожайне', n: 1, ref: 'urozhaine', action: 'withdrew', actor: 'UA', claimant: 'Суспільне', asOf: ['2024-07-16'], note: '"а також із села Урожайне на Донеччині"' },
      { t: 'Кринок', n: 2, ref: 'krynky', action: 'withdrew', actor: 'UA', claimant: 'Суспільне', asOf: ['2024-07-16'], note: '"вихід з Кринок відбулося ще кілька тижнів тому"' },
      { t: 'Кринок', n: 3, ref: 'krynky', action: 'withdrew', actor: 'UA', claimant: 'Liga.net', asOf: ['2024-07-16'], note: '"Liga.net ... також писала про відхід із Кринок"' },
      { t: 'Урожайне', n: 2, ref: 'urozhaine', action: 'withdrew', actor: 'UA', claimant: 'Liga.net', asOf: ['2024-07-16'], note: '"українські військові відішли і з селища Урожайне на Донеччині"' },
      { t: 'Водяного', ref: 'vodiane', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2024-07-15', '2024-07-16'], note: '"окупанти здійснили сім безрезультатних штурмів біля Водяного, Костянтинівки та Макарівки"' },
      { t: 'Костянтинівки', ref: 'kostiantynivkaVremivka', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2024-07-15', '2024-07-16'], note: 'the same failed assaults' },
      { t: 'Макарівки', ref: 'makarivka', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2024-07-15', '2024-07-16'], note: 'the same failed assaults' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-11-07',
    url: 'https://glavcom.ua/country/politics/zelenskij-povidomiv-pro-najnapruzhenishi-naprjamki-frontu-1087251.html',
    notes: 'Stored copy on Главком (glavcom.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the standfirst ("Президент наголосив, що у Вовчанську напружена ситуація") removed, and the last sentence, cut by the store ("Як повідомлялося, Російська Федерація зосер"), removed. The date is the index\'s (7 November 2025). Events: "окупанти хотіли захопити Сіверськ та Краматорськ ..., але успіху вони там не мали" (fighting, RU, at both: attempts that failed, as Зеленський tells it). Not events: "у Вовчанську ... напружена ситуація" (a situation), "окупанти хочуть захопити місто" (an aim), the Russians present "в Покровську" and in Vovchansk (counts, no action). Claims: "1100-1200 росіян" in Vovchansk (count, troops, RU, at the upper bound) and "314 росіян" in Pokrovsk (count, troops, RU), the day of the briefing. "169 боєзіткнень" and the strikes are counts of combat and fire, not claim kinds. Traps: «Главком», Володимир Зеленський. Skipped: Україна in "Президент України".',
    places: [
      { t: 'Сіверськ', ref: 'siversk' },
      { t: 'Краматорськ', ref: 'kramatorsk' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Вовчанську', ref: 'vovchansk' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Покровську', all: true, ref: 'pokrovsk' },
    ],
    traps: [
      { t: 'Главком', why: 'the outlet' },
      { t: 'Володимир Зеленський', why: 'person' },
    ],
    skipped: [
      { t: 'України', why: OFFICIAL + ' ("Президент України")' },
    ],
    claims: [
      { t: '1100-1200 росіян', kind: 'count', value: 1200, unit: 'troops', holder: 'RU', claimant: 'Володимир Зеленський', asOf: ['2025-11-07'], note: '"у Вовчанську ... Наразі там перебуває 1100-1200 росіян" (the upper bound)' },
      { t: '314 росіян', kind: 'count', value: 314, unit: 'troops', holder: 'RU', claimant: 'Володимир Зеленський', asOf: ['2025-11-07'], note: '"наразі 314 росіян перебуває в Покровську"' },
    ],
    events: [
      { t: 'Сіверськ', ref: 'siversk', action: 'fighting', actor: 'RU', claimant: 'Володимир Зеленський', asOf: ['2025-11-07'], note: '"окупанти хотіли захопити Сіверськ та Краматорськ на Донеччині, але успіху вони там не мали"' },
      { t: 'Краматорськ', ref: 'kramatorsk', action: 'fighting', actor: 'RU', claimant: 'Володимир Зеленський', asOf: ['2025-11-07'], note: 'the same failed attempts' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-12-02',
    url: 'https://focus.ua/uk/voennye-novosti/735356-zahoplennya-pokrovska-u-genshtabi-zsu-vidpovili-na-zayavi-z-kremlya-pro-okupaciyu-troh-mist',
    notes: 'Stored copy on Фокус (focus.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("\\"Так, наші підрозділи вже зачистили групу, яка під прикриттям туману під"), removed. The date is the index\'s and the text\'s ("2 грудня", 2025). Events: "Покровськ у Донецькій області та Вовчанськ у Харківській області нібито захоплені ЗС РФ" (captured, RU, Russia\'s claim, twice, denied: "нібито", "не відповідають дійсності"); "продовжують тримати оборону на складних ділянках фронту, зокрема у Покровську, Вовчанську, Куп’янську" (fighting, RU, the attacker, at all three, the General Staff); "У Покровську Сили оборони утримують північну частину міста" (controls, UA, part). Not events: "заяви ... про \\"захоплення\\" цих населених пунктів" (no name in the clause), the search-and-strike actions (no name). Claims: "104 російських бійця" neutralised "за минулу добу" (count, casualties, RU, the day before the statement). Traps: the Kremlin. Skipped: РФ in "ЗС РФ" and "армією РФ".',
    places: [
      { t: 'Росії', ref: 'russia' },
      { t: 'Покровськ', ref: 'pokrovsk' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Вовчанськ', ref: 'vovchansk' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'Покровську', all: true, ref: 'pokrovsk' },
      { t: 'Вовчанську', ref: 'vovchansk' },
      { t: 'Куп’янську', ref: 'kupiansk' },
    ],
    traps: [
      { t: 'Кремля', why: 'seat of government named as the government (not a settlement)' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: ARMY + ' ("ЗС РФ", "армією РФ")' },
    ],
    claims: [
      { t: '104 російських бійця', kind: 'count', value: 104, unit: 'casualties', holder: 'RU', claimant: GS, asOf: ['2025-12-01', '2025-12-02'], note: '"Лише за минулу добу на цьому напрямку \\"знешкодили\\" 104 російських бійця"' },
    ],
    events: [
      { t: 'Покровськ', ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: 'Росія', denied: true, asOf: ['2025-12-02'], note: '"У Росії заявили, що Покровськ ... нібито захоплені ЗС РФ" ("не відповідають дійсності")' },
      { t: 'Вовчанськ', ref: 'vovchansk', action: 'captured', actor: 'RU', claimant: 'Росія', denied: true, asOf: ['2025-12-02'], note: 'the same claim, denied' },
      { t: 'Покровську', n: 1, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2025-12-02'], note: '"продовжують тримати оборону на складних ділянках фронту, зокрема у Покровську, Вовчанську, Куп’янську"' },
      { t: 'Вовчанську', ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2025-12-02'], note: 'the same defence' },
      { t: 'Куп’янську', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2025-12-02'], note: 'the same defence' },
      { t: 'Покровську', n: 2, ref: 'pokrovsk', action: 'controls', actor: 'UA', claimant: GS, part: true, asOf: ['2025-12-02'], note: '"У Покровську Сили оборони утримують північну частину міста по лінії залізниці"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-08-07',
    url: 'https://tsn.ua/ato/chy-maiut-zsu-uspikh-na-sumskomu-napriamku-shcho-kaze-syrskyy-2885906.html',
    notes: 'Stored copy on ТСН (tsn.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the photo caption ("Головнокомандувач ЗСУ Олександр Сирський / © коллаж ТСН.ua/Bene Gusto") and the last word, cut by the store ("Ран"), removed. The date is the index\'s (7 August 2025). Events: "Юнаківка дійсно була на дві третини нами втрачена, але ... більше половини населеного пункту тепер під контролем Сил оборони" (controls, UA, part: the state the sentence ends on), "ЗСУ взяли під контроль Кіндратівку, Андріївку" (liberated, UA: Ukraine retaking its own villages), as Сирський tells it. Not events: "Зараз на черзі ще один населений пункт" (no name), "звільняємо територію Сумської області" (a region). No claims (two thirds and more than half of a village are shares of a settlement, not of a region). Traps: ТСН, people. Skipped: the Sumy axis, РФ in "бригада морської піхоти РФ".',
    places: [
      { t: 'Юнаківка', ref: 'yunakivka' },
      { t: 'Кіндратівку', ref: 'kindrativka' },
      { t: 'Андріївку', ref: 'andriivkaSumy' },
      { t: 'Сумської області', ref: 'sumyOblast' },
    ],
    traps: [
      { t: 'ТСН', why: 'the outlet' },
      { t: 'Олександр Сирський', why: 'person' },
      { t: 'Наталії Нагорній', why: 'person' },
    ],
    skipped: [
      { t: 'Сумському', why: AXIS + ' ("На Сумському напрямку")' },
      { t: 'РФ', why: ARMY + ' ("40-ва бригада морської піхоти РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Юнаківка', ref: 'yunakivka', action: 'controls', actor: 'UA', claimant: 'Олександр Сирський', part: true, asOf: ['2025-08-07'], note: '"Юнаківка дійсно була на дві третини нами втрачена, але ... більше половини населеного пункту тепер під контролем Сил оборони"' },
      { t: 'Кіндратівку', ref: 'kindrativka', action: 'liberated', actor: 'UA', claimant: 'Олександр Сирський', asOf: ['2025-08-07'], note: '"ЗСУ взяли під контроль Кіндратівку, Андріївку"' },
      { t: 'Андріївку', ref: 'andriivkaSumy', action: 'liberated', actor: 'UA', claimant: 'Олександр Сирський', asOf: ['2025-08-07'], note: 'the same' },
    ],
  },
];
