// Hand annotations, Ukrainian articles of tests/eval/fresh69. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "a place inside an official's title";
const MALIAR = 'Hanna Maliar';
const TYMOSHENKO = 'Kyrylo Tymoshenko';
const HONCHARENKO = 'Oleksii Honcharenko';
const STRELNYK = 'Maksym Strelnyk';
const WEEK = ['2023-08-14', '2023-08-21'] as const;
const COUNTEROFFENSIVE = ['2023-06-04', '2023-08-21'] as const;

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-09-04',
    url: 'https://gazeta.ua/articles/np/_zsu-zvilnili-selische-visokopillya-na-hersonschini-op-i-nardep/1109545',
    notes: 'Stored copy on Газета.ua, its headline and body as the store gives them; the date line ("неділя, 04 вересня 2022 20:04"), the rubric line ("Спецтема: Війна Росії проти України"), the headline\'s repetition, the photo caption with its credit ("ЗСУ звільнили Високопілля на Херсонщині. Фото: Кирило Тимошенко"), the related link ("ЧИТАЙТЕ ТАКОЖ: Окупанти \\"пресують\\" українців на Херсонщині. Вимагають видавати партизан") and the last paragraph, cut by the store inside a word ("Удень пост із натяком на звільненні Високопілля ... в Telegram фо"), removed. The date is the page\'s (4 September 2022). Events (liberated, UA): the headline\'s "ЗСУ звільнили селище Високопілля" and "Українські воїни деокупували населений пункт Високопілля" (Tymoshenko\'s photo, dated from Honcharenko\'s "два дні тому" to the report), Honcharenko\'s "Високопілля було звільнене ще два дні тому" and "Високопілля звільнили ще два дні тому" (2 September). Not events: Tymoshenko\'s caption "Високопілля. Херсонська область. Україна. Сьогодні" (a place and a day; judgement call), "звільнили ... ще одне селище на Херсонщині" (no name). Claim: "звільнили ... ще одне селище на Херсонщині" (count, settlements, UA, one more: added after the first run, as earlier sets read "ще одного села"). Counted: Херсонщині twice, "Херсонська область", Україна in the caption. Skipped: України in "Збройні сили України" (a body). Traps: ЗСУ twice, the persons.',
    places: [
      { t: 'Високопілля', all: true, ref: 'vysokopillia' },
      { t: 'Херсонщині', all: true, ref: 'khersonOblast' },
      { t: 'Херсонська область', ref: 'khersonOblast' },
      { t: 'Україна', ref: 'ukraine' },
    ],
    traps: [
      { t: 'ЗСУ', all: true, why: 'the Ukrainian armed forces\' abbreviation' },
      { t: 'Кирило Тимошенко', why: 'person' },
      { t: 'Олексій Гончаренко', why: 'person' },
      { t: 'Гончаренка', why: 'person' },
    ],
    skipped: [{ t: 'України', why: BODY }],
    claims: [
      { t: 'одне селище', kind: 'count', value: 1, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2022-09-02', '2022-09-04'], note: '"Збройні сили України звільнили від російських окупантів ще одне селище на Херсонщині" (a count of one more settlement freed, as fresh sets read "ще одного села"; an annotation slip found by the first run)' },
    ],
    events: [
      { t: 'Високопілля', n: 1, ref: 'vysokopillia', action: 'liberated', actor: 'UA', claimant: TYMOSHENKO, asOf: ['2022-09-02', '2022-09-04'], note: 'headline: "ЗСУ звільнили селище Високопілля на Херсонщині - ОП і нардеп"' },
      { t: 'Високопілля', n: 2, ref: 'vysokopillia', action: 'liberated', actor: 'UA', claimant: TYMOSHENKO, asOf: ['2022-09-02', '2022-09-04'], note: '"Українські воїни деокупували населений пункт Високопілля"' },
      { t: 'Високопілля', n: 4, ref: 'vysokopillia', action: 'liberated', actor: 'UA', claimant: HONCHARENKO, asOf: ['2022-09-02'], note: '"Високопілля було звільнене ще два дні тому"' },
      { t: 'Високопілля', n: 5, ref: 'vysokopillia', action: 'liberated', actor: 'UA', claimant: HONCHARENKO, asOf: ['2022-09-02'], note: '"За моїми даними Високопілля звільнили ще два дні тому"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-04-01',
    url: 'https://24tv.ua/do-povnoyi-blokadi-izyuma-okupantami-prizveli-diyi-mistsevih_n1931236/amp',
    notes: 'Stored copy of the AMP page of 24 Канал, its headline and body as the store gives them; the date line ("1 квітня 2022, 20:01"), the language link ("Читать новость на русском"), the related link ("Читайте також На Київщині ЗСУ повністю звільнили Броварський район і більшу частину Бучанського") and the last paragraph, cut by the store inside a word ("На жаль, кількісна перевага ... призвели до вст"), removed; the subheading "Ситуація в Ізюмі" kept (the store gives it inside the body). The date is the page\'s (1 April 2022). Events (Strelnyk): "повної блокади Ізюма окупантами" in the headline and the lead (fighting, RU: a town blockaded by the attacker, as the sets read an encircled town); "ворог ... почав захоплювати Ізюм" (fighting, RU: a capture begun, not told done). Not events: "битва за місто триває" and "провели російських окупантів на південну частину міста" (no name in the clause), "блокади шляху доставки гуманітарної допомоги в Ізюм" (the aid route blockaded, not the town; judgement call), "заходи з деблокування міста" (no name). Counted: Ізюм, Ізюмі. Skipped: Ізюма in "начальник відділу міської ради Ізюма" (an official\'s title, as fresh67 skips a region in a title). Traps: ЗСУ, the person twice. No claim.',
    places: [
      { t: 'Ізюма', n: 1, ref: 'izium' },
      { t: 'Ізюма', n: 2, ref: 'izium' },
      { t: 'Ізюмі', ref: 'izium' },
      { t: 'Ізюм', all: true, ref: 'izium' },
    ],
    traps: [
      { t: 'Максим Стрельник', why: 'person' },
      { t: 'Максима Стрельника', why: 'person' },
      { t: 'ЗСУ', why: 'the Ukrainian armed forces\' abbreviation' },
    ],
    skipped: [{ t: 'Ізюма', n: 3, why: TITLE }],
    events: [
      { t: 'Ізюма', n: 1, ref: 'izium', action: 'fighting', actor: 'RU', claimant: STRELNYK, asOf: ['2022-03-26', '2022-04-01'], note: 'headline: "До повної блокади Ізюма окупантами призвели дії місцевих зрадників"' },
      { t: 'Ізюма', n: 2, ref: 'izium', action: 'fighting', actor: 'RU', claimant: STRELNYK, asOf: ['2022-03-26', '2022-04-01'], note: '"До повної блокади Ізюма окупантами призвели дії місцевих зрадників."' },
      { t: 'Ізюм', n: 2, ref: 'izium', action: 'fighting', actor: 'RU', claimant: STRELNYK, asOf: ['2022-03-26', '2022-04-01'], note: '"ворог скористався цією ситуацією і почав захоплювати Ізюм"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2023-09-12',
    url: 'https://kramatorska-rda.gov.ua/news/1694506966/',
    notes: 'Stored copy on the site of the Kramatorsk district administration, its headline and body as the store gives them; the date and view-count lines ("Дата: 12.09.2023 11:17", "Кількість переглядів: 130") removed. The date is the page\'s (12 September 2023), a year after the liberation it marks. Святогір’я is read as the town of Sviatohirsk (judgement call: the text names it the town, "Аби зайти в місто", beside Святогірськ\'s own cases). Events: the headline\'s "12 вересня 2022 року ... було звільнено Святогір’я" (liberated, UA, 12 September 2022); "Навесні 2022 року поблизу Святогірська тривали важкі бої" (fighting, RU: the attacker of spring 2022; judgement call on the side); "Операція зі звільнення Святогір’я розпочалася ... у другий тиждень вересня" (fighting, UA: an operation named by its aim while begun); "В окупації Святогір’я перебувало 101 день" (controls, RU, from 3 June to 12 September 2022; judgement call: an occupation told as a state); Богородичне, Мазанівку, Краснопілля, Долину "там йшли піші бої" (fighting, RU, four: the sentence\'s subject is the Russian troops; judgement call on the side), dated over the occupation ("За цей час"). Not events: "на початку червня місто та навколишні села захопила російська армія" (no name in the clause), the buildings destroyed "у самому Святогірську". No claim (101 days is a span, not a figure of ground).',
    places: [
      { t: 'Святогір’я', all: true, ref: 'sviatohirsk' },
      { t: 'Святогірська', ref: 'sviatohirsk' },
      { t: 'Святогірську', ref: 'sviatohirsk' },
      { t: 'Богородичне', ref: 'bohorodychne' },
      { t: 'Мазанівку', ref: 'mazanivka' },
      { t: 'Краснопілля', ref: 'krasnopilliaDn' },
      { t: 'Долину', ref: 'dolynaDn' },
    ],
    events: [
      { t: 'Святогір’я', n: 1, ref: 'sviatohirsk', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-12'], note: 'headline: "12 вересня 2022 року від російської окупації було звільнено Святогір’я"' },
      { t: 'Святогірська', ref: 'sviatohirsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-03-01', '2022-05-31'], note: '"Навесні 2022 року поблизу Святогірська тривали важкі бої"' },
      { t: 'Святогір’я', n: 2, ref: 'sviatohirsk', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-09-05', '2022-09-12'], note: '"Операція зі звільнення Святогір’я розпочалася орієнтовно у другий тиждень вересня"' },
      { t: 'Святогір’я', n: 3, ref: 'sviatohirsk', action: 'controls', actor: 'RU', claimant: null, asOf: ['2022-06-03', '2022-09-12'], note: '"В окупації Святогір’я перебувало 101 день"' },
      { t: 'Богородичне', ref: 'bohorodychne', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-06-03', '2022-09-12'], note: '"майже повністю зруйнували Богородичне, Мазанівку, Краснопілля, Долину – там йшли піші бої"' },
      { t: 'Мазанівку', ref: 'mazanivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-06-03', '2022-09-12'], note: 'the same list' },
      { t: 'Краснопілля', ref: 'krasnopilliaDn', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-06-03', '2022-09-12'], note: 'the same list' },
      { t: 'Долину', ref: 'dolynaDn', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-06-03', '2022-09-12'], note: 'the same list' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2023-08-21',
    url: 'https://bahmut.in.ua/malyar-povidomyla-skilky-terytoriyi-deokupuvaly-zsu-pid-bahmutom',
    notes: 'Stored copy on Бахмут IN.UA, its headline and body as the store gives them; the byline and date line ("Семаковська Тетяна 11:20, 21 Серпня 2023") and the two pull-quote attributions ("Ганна Маляр // Заступниця Міністра Оборони", the second cut by the store, "Заступниця Мініс") removed. The date is the page\'s (21 August 2023, a Monday). Claims (Maliar; area-retaken, UA): "за минулий тиждень звільнили 3 кв. км біля Бахмута" and "минулого тижня ще 3 кв. км було звільнено" (the week back from the report, [14, 21 August]); "звільнені 43 кв. км довкола Бахмута" (the counteroffensive\'s total, from 4 June 2023, as fresh63 dates it). Events (fighting, UA: advances and ground freed in the area of the town, as fresh63 reads "advanced ... in the area of ... Bakhmut"): "деокупували ЗСУ під Бахмутом" (headline), "3 кв. км біля Бахмута", "маємо успіхи у напрямках Кліщіївки та Андрівки" (two: an advance toward a village is fighting at it; "Андрівки" sic for Андріївки), "Територія поблизу Бахмута поступово деокуповується", "просуваються на південному фланзі міста Бахмут", "звільнені 43 кв. км довкола Бахмута" (dated over the counteroffensive). Not events: "Ворог там у пастці, тому що вони не можуть вийти з Бахмута" (a negated withdrawal; judgement call), "по північному флангу довкола міста ворог намагається вибити ... українські війська" (no name). Skipped: України in "заступниця Міністра оборони України" (an official\'s title). Traps: ЗСУ twice, Military Media Center, the person.',
    places: [
      { t: 'Бахмутом', ref: 'bakhmut' },
      { t: 'Бахмута', all: true, ref: 'bakhmut' },
      { t: 'Кліщіївки', ref: 'klishchiivka' },
      { t: 'Андрівки', ref: 'andriivkaBakhmut' },
      { t: 'Бахмут', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Маляр', n: 1, why: 'person' },
      { t: 'ЗСУ', all: true, why: 'the Ukrainian armed forces\' abbreviation' },
      { t: 'Ганна Маляр', why: 'person' },
      { t: 'Military Media Center', why: 'a press centre' },
    ],
    skipped: [{ t: 'України', why: TITLE }],
    claims: [
      { t: '3 кв. км', n: 1, kind: 'area-retaken', value: 3, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: WEEK, note: '"Українські війська за минулий тиждень звільнили 3 кв. км біля Бахмута"' },
      { t: '3 кв. км', n: 2, kind: 'area-retaken', value: 3, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: WEEK, note: '"Відтак, минулого тижня ще 3 кв. км було звільнено"' },
      { t: '43 кв. км', kind: 'area-retaken', value: 43, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: COUNTEROFFENSIVE, note: '"І разом ми можемо говорити про звільнені 43 кв. км довкола Бахмута"' },
    ],
    events: [
      { t: 'Бахмутом', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: WEEK, note: 'headline: "Маляр повідомила, скільки території деокупували ЗСУ під Бахмутом"' },
      { t: 'Бахмута', n: 1, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: WEEK, note: '"за минулий тиждень звільнили 3 кв. км біля Бахмута"' },
      { t: 'Кліщіївки', ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: WEEK, note: '"маємо успіхи у напрямках Кліщіївки та Андрівки"' },
      { t: 'Андрівки', ref: 'andriivkaBakhmut', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: WEEK, note: 'the same clause' },
      { t: 'Бахмута', n: 2, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: WEEK, note: '"Територія поблизу Бахмута поступово деокуповується"' },
      { t: 'Бахмут', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: WEEK, note: '"українські військові просуваються на південному фланзі міста Бахмут"' },
      { t: 'Бахмута', n: 3, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: COUNTEROFFENSIVE, note: '"звільнені 43 кв. км довкола Бахмута"' },
    ],
  },
];
