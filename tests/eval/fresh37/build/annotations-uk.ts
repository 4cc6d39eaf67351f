// Hand annotations, Ukrainian articles of tests/eval/fresh37. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";
const RIVER = 'a river';
const MALIAR = 'Ганна Маляр';
const KHLAN = 'Сергій Хлань';
const CHEREVATYI = 'Сергій Череватий';
const ZELENSKYI = 'Володимир Зеленський';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2023-09-14',
    url: 'https://slovoidilo.ua/amp/2023/09/14/novyna/suspilstvo/ukrayinski-vijskovi-zvilnyly-andriyivku-donechchyni',
    notes: 'Stored copy on Слово і діло (slovoidilo.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("Нагадаємо, за даними Генштабу, ... Донецької обла"), removed. The date is the text\'s and the URL\'s (Maliar\'s post "у четвер, 14 вересня", 2023). Events: "Сили оборони намагаються вибити російських окупантів із селища Андріївка" (fighting, UA: the attacker, Maliar); "основні бої тривають у районах Андріївки, Курдюмівки, Кліщіївки" (fighting, UA, three); Maliar\'s first post "що ЗСУ звільнили Андріївку", edited within the hour (liberated, UA, denied: retracted); "передчасну інформацію щодо звільнення Андріївки" and "Заява про взяття Андріївки є хибною та передчасною" (liberated, UA, denied by the 3rd Assault Brigade: a Ukrainian taking of a village Russia held); "тривають серйозні і важкі бої в районах Кліщіївки та Андріївки" (fighting, UA, the brigade). Not events: the label "«Андріївка." of Maliar\'s post, "на Бахмутському напрямі ЗСУ рухаються вперед" (an axis named by an adjective, skipped). No claims. Traps: none.',
    places: [
      { t: 'Андріївка', all: true, ref: 'andriivka' },
      { t: 'Андріївки', all: true, ref: 'andriivka' },
      { t: 'Андріївку', ref: 'andriivka' },
      { t: 'Курдюмівки', ref: 'kurdiumivka' },
      { t: 'Кліщіївки', all: true, ref: 'klishchiivka' },
      { t: 'Донеччині', ref: 'donetskOblast' },
    ],
    traps: [],
    skipped: [
      { t: 'Бахмутському', why: 'a front axis named by an adjective ("на Бахмутському напрямі")' },
    ],
    claims: [],
    events: [
      { t: 'Андріївка', n: 1, ref: 'andriivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: '"Сили оборони намагаються вибити російських окупантів із селища Андріївка"' },
      { t: 'Андріївки', n: 1, ref: 'andriivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: '"зараз основні бої тривають у районах Андріївки, Курдюмівки, Кліщіївки"' },
      { t: 'Курдюмівки', ref: 'kurdiumivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: 'the same list' },
      { t: 'Кліщіївки', n: 1, ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: 'the same list' },
      { t: 'Андріївку', ref: 'andriivka', action: 'liberated', actor: 'UA', claimant: MALIAR, denied: true, asOf: ['2023-09-14'], note: '"спочатку Маляр повідомила про те, що ЗСУ звільнили Андріївку, але менше ніж за годину відредагувала публікацію"' },
      { t: 'Андріївки', n: 2, ref: 'andriivka', action: 'liberated', actor: 'UA', claimant: MALIAR, denied: true, asOf: ['2023-09-14'], note: '"Про передчасну інформацію щодо звільнення Андріївки також висловилася третя З-я ОШБ"' },
      { t: 'Андріївки', n: 3, ref: 'andriivka', action: 'liberated', actor: 'UA', claimant: MALIAR, denied: true, asOf: ['2023-09-14'], note: '"Заява про взяття Андріївки є хибною та передчасною"' },
      { t: 'Кліщіївки', n: 2, ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: 'the 3rd Separate Assault Brigade', asOf: ['2023-09-14'], note: '"Наразі тривають серйозні і важкі бої в районах Кліщіївки та Андріївки"' },
      { t: 'Андріївки', n: 4, ref: 'andriivka', action: 'fighting', actor: 'UA', claimant: 'the 3rd Separate Assault Brigade', asOf: ['2023-09-14'], note: 'the same sentence' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-10-14',
    url: 'https://m.gazeta.ua/articles/np/_kontrnastup-na-hersonschini-yaku-ploschu-zsu-zachistili-vid-voroga/1115855',
    notes: 'Stored copy on Gazeta.ua (m.gazeta.ua), its headline and body as the store gives them; the date line, the rubric ("Спецтема: Війна Росії проти України"), the repeated headline and the photo caption ("ЗСУ продовжують контрнаступ на Херсонщині. Фото: Генштаб ЗСУ") before the body removed; inside the text a "ЧИТАЙТЕ ТАКОЖ" teaser removed; the last paragraph, cut by the store ("12 жовтня стало відомо, ... з деокуп"), removed. The date is the date line\'s and the text\'s (the briefing "14 жовтня", 2022). Events: "лінія фронту наблизилась до Берислава" (fighting, UA: an approach, Khlan). Not events: the line of de-occupation "від Давидового Броду до Дудчан" (a line between places), the front line "проходить біля Милового" (a location), "котел ... вже зачищений" (no name). Claims (Khlan, the day): "Звільнена територія Херсонщини на сьогодні – 1170 кв. км" (area-retaken, UA); "29 населених пунктів на півночі Херсона" (count, settlements, UA). "Херсонської обласної ради" is a body (skipped); the Inhulets and the Dnipro are rivers (skipped). Traps: Gazeta.ua.',
    places: [
      { t: 'Херсонщині', ref: 'khersonOblast' },
      { t: 'Херсонщини', ref: 'khersonOblast' },
      { t: 'Херсона', ref: 'kherson' },
      { t: 'Бериславському районі', ref: 'beryslavRaion' },
      { t: 'Давидового Броду', ref: 'davydivBrid' },
      { t: 'Дудчан', ref: 'dudchany' },
      { t: 'Берислава', ref: 'beryslav' },
      { t: 'Милового', ref: 'mylove' },
      { t: 'Росії', ref: 'russia' },
    ],
    traps: [
      { t: 'Gazeta.ua', why: 'the outlet' },
    ],
    skipped: [
      { t: 'Херсонської', why: "an official body's name (\"депутат Херсонської обласної ради\")" },
      { t: 'Інгульця', why: RIVER },
      { t: 'Дніпра', why: RIVER },
    ],
    claims: [
      { t: '1170 кв. км', kind: 'area-retaken', value: 1170, unit: 'km2', holder: 'UA', claimant: KHLAN, asOf: ['2022-10-14'], note: '"Звільнена територія Херсонщини на сьогодні – 1170 кв. км"' },
      { t: '29 населених пунктів', kind: 'count', value: 29, unit: 'settlements', holder: 'UA', claimant: KHLAN, asOf: ['2022-10-14'], note: '"А це – 29 населених пунктів на півночі Херсона в Бериславському районі"' },
    ],
    events: [
      { t: 'Берислава', ref: 'beryslav', action: 'fighting', actor: 'UA', claimant: KHLAN, asOf: ['2022-10-14'], note: '"І лінія фронту наблизилась до Берислава"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2022-10-01',
    url: 'https://ua.news/ua/war-vs-rf/boy-ydut-uzhe-v-lymane-ofytsyalno',
    notes: 'Stored copy on UA.News (ua.news), its headline and body as the store gives them, complete. The date is the text\'s ("Зранку 1 жовтня", the day of the report: 1 October 2022). Events (1 October 2022): the headline\'s "Бої йдуть вже в Лимані" (fighting, UA: the attacker, Cherevatyi); "Бійці Збройних сил України увійшли до Лиману" (entered, UA, Cherevatyi); "Лиман і територія навколо взята в кільце військами України" (fighting, UA: an encirclement). Not events: the flag raised "біля стели з написом «Лиман»" (at the town\'s sign, the text of the sign), the occupiers "в Лимані, які прощаються зі своїми рідними" (no change of hands told). "Збройних сил України" and "військами України" are armies (skipped). Traps: «Єдині новини» (a telethon) and "Східного угрупування" (a grouping, added after the first run, as fresh36 marks «Схід»). No claims.',
    places: [
      { t: 'Лимані', all: true, ref: 'lyman' },
      { t: 'Лиману', ref: 'lyman' },
      { t: 'Лиман', all: true, ref: 'lyman' },
      { t: 'Донецька область', ref: 'donetskOblast' },
      { t: 'України', n: 2, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Єдині новини', why: 'a telethon' },
      { t: 'Східного', why: 'a grouping of forces ("спікер Східного угрупування ЗСУ")' },
    ],
    skipped: [
      { t: 'України', n: 1, why: ARMY + ' ("Збройних сил України")' },
      { t: 'України', n: 3, why: ARMY + ' ("військами України")' },
    ],
    claims: [],
    events: [
      { t: 'Лимані', n: 1, ref: 'lyman', action: 'fighting', actor: 'UA', claimant: CHEREVATYI, asOf: ['2022-10-01'], note: 'the headline: "Бої йдуть вже в Лимані - офіційно"' },
      { t: 'Лиману', ref: 'lyman', action: 'entered', actor: 'UA', claimant: CHEREVATYI, asOf: ['2022-10-01'], note: '"Бійці Збройних сил України увійшли до Лиману"' },
      { t: 'Лиман', n: 2, ref: 'lyman', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-10-01'], note: '"Лиман і територія навколо взята в кільце військами України"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2022-09-13',
    url: 'https://lenta.lviv.ua/other/2022/09/13/296333.html',
    notes: 'Stored copy on Lenta.lviv.ua, its headline and body as the store gives them; the repeated headline removed; the last sentence, cut by the store ("Там наші війська просуваються ..., відтак до ви"), removed. The date is the URL\'s (13 September 2022). Events: the headline\'s "У звільненому Куп’янську встановили український прапор" and the flag "над звільненим від російських окупантів містом Куп’янськ" (liberated, UA, the 92nd brigade: Kupiansk liberated on 10 September, the flag by the report); "українські захисники 10 вересня звільнили місто Куп’янськ" (liberated, UA). Not events: "вийшли на річку Оскіл, що проходить через Куп’янськ" (a river reached; the town a location). Claims: "З 1 по 11 вересня на Харківському напрямку вдалося звільнити 3000 м кв території" (area-retaken, UA, 1–11 September 2022): the outlet writes "м кв" for the 3,000 km² the commander-in-chief reported that day (the area of a counteroffensive, not of a room), so the unit is km². "Збройні сили України", "міністр оборони України", "Сили оборони України" and "Збройні Сили України" are armies and a title (skipped); the Oskil is a river and the Kharkiv axis an adjective (skipped). Traps: the 92nd brigade\'s Facebook, the Bushmaster carriers.',
    places: [
      { t: 'Куп’янську', ref: 'kupiansk' },
      { t: 'Куп’янськ', all: true, ref: 'kupiansk' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Харківщині', all: true, ref: 'kharkivOblast' },
      { t: 'Росією', ref: 'russia' },
      { t: 'України', n: 5, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Bushmaster', why: 'an armoured vehicle' },
    ],
    skipped: [
      { t: 'України', n: 1, why: ARMY + ' ("Збройні сили України")' },
      { t: 'України', n: 2, why: OFFICIAL + ' ("міністр оборони України")' },
      { t: 'України', n: 3, why: ARMY + ' ("Сили оборони України")' },
      { t: 'України', n: 4, why: ARMY + ' ("Збройні Сили України")' },
      { t: 'Оскіл', why: RIVER },
      { t: 'Харківському', why: 'a front axis named by an adjective ("на Харківському напрямку")' },
    ],
    claims: [
      { t: '3000 м кв', kind: 'area-retaken', value: 3000, unit: 'km2', holder: 'UA', claimant: null, asOf: ['2022-09-01', '2022-09-11'], note: '"З 1 по 11 вересня на Харківському напрямку вдалося звільнити 3000 м кв території" (the outlet\'s "м кв" for the 3,000 km² of the counteroffensive)' },
    ],
    events: [
      { t: 'Куп’янську', ref: 'kupiansk', action: 'liberated', actor: 'UA', claimant: 'the 92nd Separate Mechanized Brigade', asOf: ['2022-09-10', '2022-09-13'], note: 'the headline: "У звільненому Куп’янську встановили український прапор"' },
      { t: 'Куп’янськ', n: 1, ref: 'kupiansk', action: 'liberated', actor: 'UA', claimant: 'the 92nd Separate Mechanized Brigade', asOf: ['2022-09-10', '2022-09-13'], note: '"встановили український прапор над звільненим від російських окупантів містом Куп’янськ"' },
      { t: 'Куп’янськ', n: 2, ref: 'kupiansk', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-10'], note: '"українські захисники 10 вересня звільнили місто Куп’янськ на Харківщині"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2022-10-04',
    url: 'https://texty.org.ua/fragments/107897/zsu-zvilnyly-vid-rosijskyh-okupantiv-8-naselenyh-punktiv-na-hersonshyni-zokrema-klyuchovyj-davydiv-brid',
    notes: 'Stored copy on Тексти (texty.org.ua), its headline and body as the store gives them; a map credit ("Карта: DeepState") and the last paragraph, cut by the store inside its quote ("В Оперативному командуванні \\"Південь\\" також підтвердили, ... \\"З"), removed. The date is the text\'s (Zelensky\'s evening address "4 жовтня", 2022). Events: the headline\'s "ЗСУ звільнили ... зокрема ключовий Давидів Брід" (liberated, UA, the outlet); Zelensky\'s "звільнені від окупанта та стабілізовані населені пункти Любимівка, Хрещенівка, Золота Балка, Біляївка, Українка, Велика й Мала Олександрівки та Давидів Брід" (liberated, UA, eight; "Велика й Мала Олександрівки" names two villages, the first by its adjective alone). Not events: "звільнено вже десятки населених пунктів ... на Херсонщині, Харківщині, Луганщині й Донеччині" (regions). Claims: "8 населених пунктів", twice (count, settlements, UA, Zelensky, 4 October 2022). "Збройні Сили України" is an army (skipped; added after the first run, a slip of the set\'s own convention). No traps.',
    places: [
      { t: 'Херсонщині', all: true, ref: 'khersonOblast' },
      { t: 'Херсонській області', ref: 'khersonOblast' },
      { t: 'Херсонщини', ref: 'khersonOblast' },
      { t: 'Давидів Брід', all: true, ref: 'davydivBrid' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Луганщині', ref: 'luhanskOblast' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Любимівка', ref: 'liubymivka' },
      { t: 'Хрещенівка', ref: 'khreshchenivka' },
      { t: 'Золота Балка', ref: 'zolotaBalka' },
      { t: 'Біляївка', ref: 'biliaivka' },
      { t: 'Українка', ref: 'ukrainka' },
      { t: 'Велика', ctx: 'Велика й Мала', ref: 'velykaOleksandrivka' },
      { t: 'Мала Олександрівки', ref: 'malaOleksandrivka' },
    ],
    traps: [],
    skipped: [
      { t: 'України', why: ARMY + ' ("Збройні Сили України")' },
    ],
    claims: [
      { t: '8 населених пунктів', n: 1, kind: 'count', value: 8, unit: 'settlements', holder: 'UA', claimant: ZELENSKYI, asOf: ['2022-10-04'], note: 'the headline: "ЗСУ звільнили від російських окупантів 8 населених пунктів на Херсонщині"' },
      { t: '8 населених пунктів', n: 2, kind: 'count', value: 8, unit: 'settlements', holder: 'UA', claimant: ZELENSKYI, asOf: ['2022-10-04'], note: '"Збройні Сили України звільнили 8 населених пунктів у Херсонській області"' },
    ],
    events: [
      { t: 'Давидів Брід', n: 1, ref: 'davydivBrid', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-04'], note: 'the headline: "ЗСУ звільнили ... зокрема ключовий Давидів Брід"' },
      { t: 'Любимівка', ref: 'liubymivka', action: 'liberated', actor: 'UA', claimant: ZELENSKYI, asOf: ['2022-10-04'], note: '"звільнені від окупанта та стабілізовані населені пункти Любимівка, ..."' },
      { t: 'Хрещенівка', ref: 'khreshchenivka', action: 'liberated', actor: 'UA', claimant: ZELENSKYI, asOf: ['2022-10-04'], note: 'the same list' },
      { t: 'Золота Балка', ref: 'zolotaBalka', action: 'liberated', actor: 'UA', claimant: ZELENSKYI, asOf: ['2022-10-04'], note: 'the same list' },
      { t: 'Біляївка', ref: 'biliaivka', action: 'liberated', actor: 'UA', claimant: ZELENSKYI, asOf: ['2022-10-04'], note: 'the same list' },
      { t: 'Українка', ref: 'ukrainka', action: 'liberated', actor: 'UA', claimant: ZELENSKYI, asOf: ['2022-10-04'], note: 'the same list' },
      { t: 'Велика', ctx: 'Велика й Мала', ref: 'velykaOleksandrivka', action: 'liberated', actor: 'UA', claimant: ZELENSKYI, asOf: ['2022-10-04'], note: 'the same list ("Велика й Мала Олександрівки")' },
      { t: 'Мала Олександрівки', ref: 'malaOleksandrivka', action: 'liberated', actor: 'UA', claimant: ZELENSKYI, asOf: ['2022-10-04'], note: 'the same list' },
      { t: 'Давидів Брід', n: 2, ref: 'davydivBrid', action: 'liberated', actor: 'UA', claimant: ZELENSKYI, asOf: ['2022-10-04'], note: 'the same list' },
    ],
  },
];
