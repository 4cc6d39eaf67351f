// Hand annotations, Ukrainian articles of tests/eval/fresh16. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const ZALUZHNYI = 'Валерій Залужний';
const GS = 'Генштаб ЗСУ';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-09-11',
    url: 'https://shotam.info/zsu-prosuvaiutsia-na-pivnochi-kharkivshchyny-do-kordonu-lyshylosia-50-km-zaluzhnyy',
    notes: 'Stored copy of a ШоТам news item; the reading-time and "Назад" lines, the repeated headline, the date line ("11 Вересня 2022, 11:03"), the author and the share counter before the lead removed (the headline kept as the first line), and the link line "Читайте також ..." after the last paragraph removed. The date is the page\'s date line (11 September 2022). Events: Zaluzhnyi: Ukrainian troops liberated Байрак, Нова Гусарівка, Щурівка and Вільхуватка (liberated, UA); the counteroffensive on Балаклія, Ізюм and Купʼянськ (fighting, UA: an offensive towards the towns). "під Ізюмом" places the villages (no event). Claim (Zaluzhnyi): more than 3,000 km² returned to Ukraine\'s control since the beginning of September (area-retaken, km², UA). Not claims: the 50 km to the border. «Масква», «Омск» and «Пітєр» are the Russian fortified areas\' names (traps); "Збройних Сил України" twice is an official body (skipped); "росією" (lower case) and "України" in "під контроль України" are the country (counted). The four villages are placed at Izium (`near`: "розміщені під Ізюмом").',
    places: [
      { t: 'Харківщини', ref: 'kharkivOblast' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'Байрак', ref: 'bairak' },
      { t: 'Нова Гусарівка', ref: 'novaHusarivka' },
      { t: 'Щурівка', ref: 'shchurivka' },
      { t: 'Вільхуватка', ref: 'vilkhuvatka' },
      { t: 'Ізюмом', ref: 'izium' },
      { t: 'Балаклію', ref: 'balakliia' },
      { t: 'Ізюм', ref: 'izium' },
      { t: 'Купʼянськ', ref: 'kupiansk' },
      { t: 'росією', ref: 'russia' },
      { t: 'України', ctx: 'під контроль України', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Залужний', ctx: '50 км — Залужний', why: 'person' },
      { t: 'Валерій Залужний', why: 'person' },
      { t: 'Масква', why: 'name of a fortified area' },
      { t: 'Омск', why: 'name of a fortified area' },
      { t: 'Пітєр', why: 'name of a fortified area' },
      { t: 'Залужний', ctx: 'Залужний відзначив', why: 'person' },
    ],
    skipped: [
      { t: 'України', ctx: 'Збройних Сил України', why: BODY },
      { t: 'України', ctx: 'Збройні Сили України', why: BODY },
    ],
    claims: [
      { t: 'понад 3000 кв км', kind: 'area-retaken', value: 3000, unit: 'km2', holder: 'UA', claimant: ZALUZHNYI, asOf: ['2022-09-01', '2022-09-11'], note: '"Від початку вересня понад 3000 кв км повернуто під контроль України"' },
    ],
    events: [
      ...([['Байрак', 'bairak'], ['Нова Гусарівка', 'novaHusarivka'], ['Щурівка', 'shchurivka'], ['Вільхуватка', 'vilkhuvatka']] as [string, string][]).map(([t, ref]) => ({
        t, ref, action: 'liberated' as const, actor: 'UA' as const, claimant: ZALUZHNYI,
        asOf: ['2022-09-01', '2022-09-11'] as const, note: '"українські військові звільнили села Байрак, Нова Гусарівка, Щурівка й Вільхуватка"',
      })),
      { t: 'Балаклію', ref: 'balakliia', action: 'fighting', actor: 'UA', claimant: ZALUZHNYI, asOf: ['2022-09-01', '2022-09-11'], note: '"розгорнути контрнаступ на Балаклію, Ізюм та Купʼянськ"' },
      { t: 'Ізюм', ref: 'izium', action: 'fighting', actor: 'UA', claimant: ZALUZHNYI, asOf: ['2022-09-01', '2022-09-11'] },
      { t: 'Купʼянськ', ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: ZALUZHNYI, asOf: ['2022-09-01', '2022-09-11'] },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-11-10',
    url: 'https://zakarpatpost.net/2022/11/10/zsu-z-1-zhovtnya-zvil%ca%b9nyly-ponad-40-naselenykh-punktiv-na-khersons%ca%b9komu-napryamku',
    notes: 'Stored copy of a Закарпаття онлайн (zakarpatpost.net) news item, as the store gives it with its headline first. The date is the URL\'s (10 November 2022). No event: the two villages are named only as an axis ("на напрямі Петропавлівка-Новорайськ", counted as places, no event, as fresh15 treats an axis named by villages), the six settlements taken in a day are not named. Claims (Zaluzhnyi): up to 1,381 km² retaken on the Kherson axis since 1 October (area-retaken, km², UA); 41 settlements liberated in all and the headline\'s "понад 40" (count, settlements, UA); in the last day 6 settlements and up to 107 km² (count, settlements, UA; area-retaken, km², UA). Not claims: the 7 km advance. "Херсонському напрямку" is a front axis (skipped); "Херсонщині" is the oblast; "Україні" is the country.',
    places: [
      { t: 'Херсонщині', ref: 'khersonOblast' },
      { t: 'Петропавлівка', ref: 'petropavlivkaKherson' },
      { t: 'Новорайськ', ref: 'novoraisk' },
      { t: 'Україні', ref: 'ukraine' },
    ],
    traps: [{ t: 'Валерій Залужний', why: 'person' }, { t: 'Залужний', ctx: 'напрямку — Залужний', why: 'person' }],
    skipped: [{ t: 'Херсонському напрямку', why: 'front axis' }],
    claims: [
      { t: 'понад 40 населених пунктів', kind: 'count', value: 40, unit: 'settlements', holder: 'UA', claimant: ZALUZHNYI, asOf: ['2022-10-01', '2022-11-10'], note: 'the headline' },
      { t: 'до 1381 кв. км', kind: 'area-retaken', value: 1381, unit: 'km2', holder: 'UA', claimant: ZALUZHNYI, asOf: ['2022-10-01', '2022-11-10'], note: '"починаючи з 1 жовтня, відбили в окупантів територію площею до 1381 кв. км"' },
      { t: '41 населений пункт', kind: 'count', value: 41, unit: 'settlements', holder: 'UA', claimant: ZALUZHNYI, asOf: ['2022-10-01', '2022-11-10'], note: '"Загалом уже звільнено 41 населений пункт"' },
      { t: '6 населених пунктів', kind: 'count', value: 6, unit: 'settlements', holder: 'UA', claimant: ZALUZHNYI, asOf: ['2022-11-09', '2022-11-10'], note: '"лише минулої доби ... взяли під контроль 6 населених пунктів"' },
      { t: 'до 107 кв. км', kind: 'area-retaken', value: 107, unit: 'km2', holder: 'UA', claimant: ZALUZHNYI, asOf: ['2022-11-09', '2022-11-10'], note: '"повернули Україні до 107 кв. км. території"' },
    ],
    events: [],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2024-09-10',
    url: 'https://zn.ua/ukr/amp/war/rosijani-aktivno-prosuvajutsja-v-bik-pokrovska-chim-vidpovidajut-zsu-karta.html',
    notes: 'Stored copy of a Дзеркало тижня (zn.ua) news item, its body as the store gives it (the store gives no headline: the manifest title is made from the URL slug). The date is established from the text: "Вчора, 9 вересня" (published the next day) in the battle for Novohrodivka, which Russia claimed on 8 September 2024 (with Невельське occupied on 7 September): 10 September 2024. Events: the General Staff: Russian main efforts in the area of Новогродівка (fighting, RU) and Russian pressure near Воздвиженка, Зелене Поле, Новотроїцьке, Гродівка, Новогродівка, Селидове and Михайлівка (fighting, RU); DeepState: assault actions towards Покровськ, on Лисівка (fighting, RU); Muchnoy: the enemy moving towards Лисівка advanced (fighting, RU); Невельське occupied on 7 September (captured, RU). "з боку Новогродівки" is where the attack comes from (no event). Not claims: "майже 40 відсотків" of the clashes, 33 clashes. "покровському напрямку" (twice) is a front axis (skipped); DeepState and the Telegram channel Muchnoy ✙ Jugend are traps. Гродівка is at its German Wikipedia page\'s point; the other villages at Donetsk Oblast (`region`).',
    places: [
      { t: 'Новогродівки', all: true, ref: 'novohrodivka' },
      { t: 'Покровська', ref: 'pokrovsk' },
      { t: 'Лисівку', ref: 'lysivka' },
      { t: 'Лисівки', ref: 'lysivka' },
      { t: 'Воздвиженки', ref: 'vozdvyzhenka' },
      { t: 'Зеленого Поля', ref: 'zelenePole' },
      { t: 'Новотроїцького', ref: 'novotroitskeDonetsk' },
      { t: 'Гродівки', ref: 'hrodivka' },
      { t: 'Селідового', ref: 'selydove' },
      { t: 'Михайлівки', ref: 'mykhailivkaDonetsk' },
      { t: 'Невельське', ref: 'nevelske' },
    ],
    traps: [
      { t: 'DeepState', why: 'OSINT project' },
      { t: 'Muchnoy ✙ Jugend', why: 'Telegram channel' },
    ],
    skipped: [{ t: 'покровському напрямку', all: true, why: 'front axis' }],
    claims: [],
    events: [
      { t: 'Новогродівки', n: 1, ref: 'novohrodivka', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2024-09-09'], note: '"росіяни зосередили основні зусилля у районі Новогродівки"' },
      { t: 'Покровська', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2024-09-10'], note: '"активні штурмові дії в напрямку Покровська – на Лисівку"' },
      { t: 'Лисівку', ref: 'lysivka', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2024-09-10'] },
      { t: 'Лисівки', ref: 'lysivka', action: 'fighting', actor: 'RU', claimant: 'Muchnoy ✙ Jugend', asOf: ['2024-09-10'], note: '"рухаючись в бік Лисівки, ворог зміг просунутися"' },
      ...([['Воздвиженки', 'vozdvyzhenka'], ['Зеленого Поля', 'zelenePole'], ['Новотроїцького', 'novotroitskeDonetsk'], ['Гродівки', 'hrodivka'], ['Селідового', 'selydove'], ['Михайлівки', 'mykhailivkaDonetsk']] as [string, string][]).map(([t, ref]) => ({
        t, ref, action: 'fighting' as const, actor: 'RU' as const, claimant: GS, asOf: ['2024-09-09', '2024-09-10'] as const,
        note: '"росіяни продовжують тиснути на українські позиції поблизу ..."',
      })),
      { t: 'Новогродівки', n: 3, ref: 'novohrodivka', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2024-09-09', '2024-09-10'] },
      { t: 'Невельське', ref: 'nevelske', action: 'captured', actor: 'RU', claimant: null, asOf: ['2024-09-07'], note: '"7 вересня на покровському напрямку росіяни окупували село Невельське"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-12-22',
    url: 'https://www.radiosvoboda.org/a/news-zsu-serebrianka-siversk/33629864.html',
    notes: 'Stored copy of a Радіо Свобода news item, its body as the store gives it up to the last full sentence (the store cuts the next one mid-word: removed; the store gives no headline: the manifest title is made from the URL slug). The date is the index date (22 December 2025). Events: the 7th Air Assault Corps: a "надскладна" situation in Серебрянка, where battles go on (fighting, RU); DeepState marks Серебрянка under Russian control (controls, RU) and Сіверськ partly captured (captured, RU: part of a town taken, as fresh15 frames "most of"). The Russian aim of full control over Серебрянка and Дронівка and of the heights near Закітне and Платонівка is a purpose (no event). "Сіверський Донець" is a river and "Серебрянського лісництва" a forest (skipped); DeepState is a trap. Серебрянка and Сіверськ are at their GeoNames points; Дронівка, Закітне and Платонівка at Donetsk Oblast (`region`).',
    places: [
      { t: 'Серебрянка', all: true, ref: 'serebrianka' },
      { t: 'Сіверська', ref: 'siversk' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Дронівка', ref: 'dronivka' },
      { t: 'Закітне', ref: 'zakitne' },
      { t: 'Платонівка', ref: 'platonivka' },
      { t: 'Сіверськ', ref: 'siversk' },
    ],
    traps: [{ t: 'DeepState', why: 'OSINT project' }],
    skipped: [
      { t: 'Сіверський Донець', why: 'river' },
      { t: 'Серебрянського лісництва', why: 'forest' },
    ],
    claims: [],
    events: [
      { t: 'Серебрянка', n: 1, ref: 'serebrianka', action: 'fighting', actor: 'RU', claimant: 'Командування 7-го корпусу Десантно-штурмових військ ЗСУ', asOf: ['2025-12-22'], note: '"«надскладну» ситуацію в селищі Серебрянка"; "тривають бої"' },
      { t: 'Серебрянка', n: 3, ref: 'serebrianka', action: 'controls', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-22'], note: '"Серебрянка позначена як така, що перебуває під російським контролем"' },
      { t: 'Сіверськ', ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'DeepState', part: true, asOf: ['2025-12-22'], note: '"Сіверськ – як також частково захоплений російськими військовими"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-08-24',
    url: 'https://focus.ua/uk/ukraine/720813-zsu-vibili-rosiyskih-okupantiv-z-naselenogo-punktu-na-donechchini-video',
    notes: 'Stored copy of a Фокус news item, its body as the store gives it up to the last full sentence (the store cuts the next one mid-word: removed; the store gives no headline: the manifest title is made from the URL slug). The date is the index date and the text\'s ("Станом на 24 серпня", 2025). Events: Новоміхайлівка (so spelt in the lead) cleared of Russian invaders and under the control of the Ukrainian Armed Forces (liberated, UA, claimant the HUR) and Новомихайлівка fully controlled by Ukrainian troops as of 24 August (controls, UA). "ГУР МО України" is an official body and "президент України" a title (skipped); «Артан» (a unit) and Zelensky are traps; "Донбасу" is the region Donbas. The village is placed at Donetsk Oblast (`region`; several villages of that name).',
    places: [
      { t: 'Новоміхайлівка', ref: 'novomykhailivkaDonetsk' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Новомихайлівка', ref: 'novomykhailivkaDonetsk' },
      { t: 'Донбасу', ref: 'donbas' },
    ],
    traps: [
      { t: 'Артан', why: 'unit' },
      { t: 'Володимир Зеленський', why: 'person' },
    ],
    skipped: [
      { t: 'України', ctx: 'ГУР МО України', why: BODY },
      { t: 'України', ctx: 'президент України', why: 'country inside a title' },
    ],
    claims: [],
    events: [
      { t: 'Новоміхайлівка', ref: 'novomykhailivkaDonetsk', action: 'liberated', actor: 'UA', claimant: 'Головне управління розвідки', asOf: ['2025-08-24'], note: '"зачищено від російських загарбників і перебуває під контролем українських Збройних Сил"' },
      { t: 'Новомихайлівка', ref: 'novomykhailivkaDonetsk', action: 'controls', actor: 'UA', claimant: 'Головне управління розвідки', asOf: ['2025-08-24'], note: '"Станом на 24 серпня село Новомихайлівка повністю контролюється українськими військовими"' },
    ],
  },
];
