// Hand annotations, Ukrainian articles of tests/eval/fresh63 (see annotations-en.ts for the locator rules).
import type { ArticleAnnotation } from './types.ts';

const AXIS = 'a front axis or sector named after a place';
const TITLE = "region inside an official's title or a body's name";
const HAIDAI = 'Сергій Гайдай';
const OP = 'Офіс президента';
const KISHAK = 'Назарій Кішак';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-10-21',
    url: 'https://agrimpasa.com/gajdaj-nazvav-najgaryachishu-tochku-luganshhini',
    notes: 'Stored copy on AGRIMPASA (agrimpasa.com), its headline and body as the store gives them; the rubric line ("Category: Війна проти РФ") and the date line ("21 Жов 22") removed. The date is the page\'s (21 October 2022). Events: "Найважча ситуація … у напрямку Сватового" and "Найбільш “гарячою” ділянкою фронту … є напрямок в районі Сватового" (fighting at Svatove by UA, the side advancing toward the Russian-held town: the text\'s "деокуповані села" on that line; judgement call on the actor, the text naming none). No event: the quote\'s "напрям Сватове" and "на напрямках Кремінна-Сватове" (axes named after places, skipped as fresh62 skips "the Orikhiv sector"), the shelled "деокуповані села" (not named), the seizure of flats "у Рубіжному та Сєвєродонецьку" (an occupier\'s act in towns it holds, not a control statement; judgement call). Counted: Луганщини three times, "Луганській області" twice. Traps: the person.',
    places: [
      { t: 'Луганщини', all: true, ref: 'luhanskOblast' },
      { t: 'Луганській області', all: true, ref: 'luhanskOblast' },
      { t: 'Сватового', all: true, ref: 'svatove' },
      { t: 'Рубіжному', ref: 'rubizhne' },
      { t: 'Сєвєродонецьку', ref: 'sievierodonetsk' },
    ],
    traps: [{ t: 'Сергій Гайдай', why: 'person' }],
    skipped: [
      { t: 'Сватове', ctx: 'напрям Сватове', why: AXIS + ' ("напрям Сватове")' },
      { t: 'Кремінна', why: AXIS + ' ("на напрямках Кремінна-Сватове")' },
      { t: 'Сватове', ctx: 'Кремінна-Сватове', why: AXIS + ' ("на напрямках Кремінна-Сватове")' },
    ],
    events: [
      { t: 'Сватового', n: 1, ref: 'svatove', action: 'fighting', actor: 'UA', claimant: HAIDAI, asOf: ['2022-10-21'], note: '"Найважча ситуація в Луганській області наразі у напрямку Сватового" (judgement call on the actor)' },
      { t: 'Сватового', n: 2, ref: 'svatove', action: 'fighting', actor: 'UA', claimant: HAIDAI, asOf: ['2022-10-21'], note: '"Найбільш “гарячою” ділянкою фронту … є напрямок в районі Сватового"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-11-22',
    url: 'https://novosti-n.org/ua/news/ZSU-deokupuvaly-1-886-naselenyh-punktiv-OP-255940',
    notes: 'Stored copy on Новости-N (novosti-n.org, Ukrainian edition), its headline and body as the store gives them; the date line ("22.11.2022 в 20:39") and the repeated headline after it removed. The date is the page\'s (22 November 2022). Claims: "1 886 населених пунктів" (headline) and "1886 населених пунктів" (body) de-occupied since the full-scale invasion (count, settlements, UA, the Office of the President; two spans of one figure). Not claims: the settlements where medical care, gas, power, water and mobile service were restored (965, "1 303 міст і сіл", "1 340", "1 432", "1 190": services, not ground changing hands). No event, no settlement named; the only place is Росії. Traps: the person.',
    places: [{ t: 'Росії', ref: 'russia' }],
    traps: [{ t: 'Кирило Тимошенко', why: 'person' }],
    claims: [
      { t: '1 886 населених пунктів', kind: 'count', value: 1886, unit: 'settlements', holder: 'UA', claimant: OP, asOf: ['2022-02-24', '2022-11-22'], note: 'headline: "ЗСУ деокупували 1 886 населених пунктів, - ОП"' },
      { t: '1886 населених пунктів', kind: 'count', value: 1886, unit: 'settlements', holder: 'UA', claimant: OP, asOf: ['2022-02-24', '2022-11-22'], note: '"з початку повномасштабного вторгнення Росії станом на 22 листопада деокупували вже 1886 населених пунктів"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2023-01-19',
    url: 'https://intent.press/publications/war/2023/den-bez-mertvih-rosiyan-ce-ne-povnij-den-komandir-pidrozdilu-zsu',
    notes: 'Stored copy on Інтент (intent.press), a translation of a report for The Times, its headline and body as the store gives them; the date line ("19 січня 2023 р. 19:22"), a view count ("4850") and the photo caption given twice ("Бійці артилерійського підрозділу чекають нові координати цілі. Фото: Кріс Макграт/Getty Images") removed; the last sentence, cut by the store ("Ми виходили на безпосередній контакт з ворогом, використовуючи … г…"), removed, keeping the quote\'s first sentence without its closing mark. The date is the page\'s (19 January 2023). Claims: "11 росіян" killed by the battalion "на днях" (count, killed, held by RU who suffered it, Назарій Кішак; "на днях" read as the week before the report, judgement call) and "близько чотирьох сотень російських військових" killed "протягом чотирьох днів минулого місяця" (count, killed, RU, the same commander; December 2022; "близько" at its value). No event (judgement call): "ліній оборони на околицях Вугледара" tells where the defenders\' lines run, not fighting or a change of hands; the height held "в Донецькій області" is no settlement. Traps: the persons, the newspaper and the outlet ("The Times", "Інтента").',
    places: [
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Вугледара', ref: 'vuhledar' },
      { t: 'України', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Чарлі Фолкнер', why: 'person' },
      { t: 'Артур Чупригін', why: 'person' },
      { t: 'Назарій Кішак', why: 'person' },
      { t: 'The Times', why: 'a newspaper' },
      { t: 'Інтента', why: 'the outlet' },
    ],
    claims: [
      { t: '11 росіян', kind: 'count', value: 11, unit: 'killed', holder: 'RU', claimant: KISHAK, asOf: ['2023-01-12', '2023-01-19'], note: '"на днях вдалося знищити 11 росіян" (judgement call on the period)' },
      { t: 'чотирьох сотень російських військових', kind: 'count', value: 400, unit: 'killed', holder: 'RU', claimant: KISHAK, asOf: ['2022-12-01', '2022-12-31'], note: '"Ми вбили близько чотирьох сотень російських військових протягом чотирьох днів минулого місяця"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2023-11-10',
    url: 'https://odessa-life.od.ua/uk/news-uk/misto-snigurivka-na-mikolaivshhini-svjatkuie-rik-zvilnennja-vid-rosijskih-okupantiv-video/amp',
    notes: 'Stored copy on Odessa-Life (odessa-life.od.ua, Ukrainian text, AMP page), its headline and body as the store gives them; the rubric word ("Новини") and a "Читайте також" link ("Обшуки, гранатомет та вишиванки: історія гіда про окупацію Херсона") removed; the last sentence, cut by the store ("За час окупації та ворожих обстрілів на території громади майже 2000 прива…"), removed. The store\'s trailing space after "було в окупації." and its missing space in "громади.Тисячі" kept. The date is the page\'s ("сьогодні, 10 листопада 2023 року"). Events: the anniversary of Snihurivka\'s liberation in the headline ("святкує рік звільнення") and "День визволення Снігурівки від російських окупантів" (liberated, UA, 10 November 2022), and "Окрім Снігурівки в той день було звільнено ще низку населених пунктів" (liberated, UA, the same day: the clause tells Snihurivka freed with the others, judgement call). No event: "Місто 8 місяців - 236 днів - було в окупації" and the flag raised "на центральній площі міста" (the town not named in the clause), the hromada (a district). Skipped: "Миколаївської ОВА" (the oblast inside a body\'s name). Not a claim: "236 днів" (a duration). Traps: the person.',
    places: [
      { t: 'Снігурівка', ref: 'snihurivka' },
      { t: 'Миколаївщині', all: true, ref: 'mykolaivOblast' },
      { t: 'Снігурівки', all: true, ref: 'snihurivka' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Снігурівської громади', ref: 'snihurivkaHromada' },
    ],
    traps: [{ t: 'Віталій Кім', why: 'person' }],
    skipped: [{ t: 'Миколаївської ОВА', why: TITLE }],
    events: [
      { t: 'Снігурівка', ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-11-10'], note: 'headline: "Місто Снігурівка на Миколаївщині святкує рік звільнення від російських окупантів"' },
      { t: 'Снігурівки', n: 1, ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: 'Віталій Кім', asOf: ['2022-11-10'], note: '"відзначають День визволення Снігурівки від російських окупантів"' },
      { t: 'Снігурівки', n: 2, ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-11-10'], note: '"Окрім Снігурівки в той день було звільнено ще низку населених пунктів Снігурівської громади" (judgement call)' },
    ],
  },
];
