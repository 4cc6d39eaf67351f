// Hand annotations, Ukrainian articles of tests/eval/fresh22. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const GENSTAFF = 'Генштаб ЗСУ';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-10-02',
    url: 'https://umoloda.kyiv.ua/number/0/188/169946',
    notes: 'Stored copy of an Україна молода news item, its headline and body as the store gives them; the date line ("00:07, 02.10.2022"), the headline given a second time and the photo caption ("Бійці ЗСУ під вигуки ... (Скріншот відео)") removed, and the last sentence of the quotation, cut by the store ("Росіяни повинні знати, що їм не"), removed. The date is the page\'s date line (2 October 2022, a Sunday: "в ніч на неділю"). Events: Лиман liberated (liberated, UA: the headline); the Armed Forces finally liberating Лиман on Saturday evening and taking control of it (liberated, UA); the soldiers announcing the liberation of Лимана (liberated, UA); the 81st brigade with the National Guard liberating and taking control of Лиман (liberated, UA). "Донеччині" and "Донецької області" (twice) are the oblast; Україні in «Слава Україні!» and України in "захисниками України" and "Захисники України" the country; "Збройні сили України" (twice) and "Національної гвардії України" official bodies (skipped). "донецьких бойовиків" is an adjective (no span). Traps: Україна молода (the outlet), Кирилом Тимошенко, Telegram, батальйоном Кульчицького (a unit named after a person).',
    places: [
      { t: 'Лиман', all: true, ref: 'lyman' },
      { t: 'Лимана', ref: 'lyman' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Донецької області', all: true, ref: 'donetskOblast' },
      { t: 'України', ctx: 'захисниками України', ref: 'ukraine' },
      { t: 'України', ctx: 'Захисники України', ref: 'ukraine' },
      { t: 'Україні', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Україна молода', why: 'newspaper' },
      { t: 'Кирилом Тимошенко', why: 'person' },
      { t: 'Telegram', why: 'messaging service' },
      { t: 'Кульчицького', why: 'military unit named after a person ("батальйоном Кульчицького")' },
    ],
    skipped: [
      { t: 'України', ctx: 'Збройні сили України остаточно', why: OFFICIAL + ' ("Збройні сили України")' },
      { t: 'України', ctx: 'Збройні сили України, а саме', why: OFFICIAL + ' ("Збройні сили України")' },
      { t: 'України', ctx: 'гвардії України', why: OFFICIAL + ' ("Національної гвардії України")' },
    ],
    claims: [],
    events: [
      { t: 'Лиман', n: 1, ref: 'lyman', action: 'liberated', actor: 'UA', claimant: 'Україна молода', asOf: ['2022-10-01'], note: 'the headline: "Місто Лиман на Донеччині звільнено захисниками України"' },
      { t: 'Лиман', n: 2, ref: 'lyman', action: 'liberated', actor: 'UA', claimant: 'Україна молода', asOf: ['2022-10-01'], note: '"остаточно звільнили місто Лиман Донецької області у суботу ввечері та встановили контроль над ним"' },
      { t: 'Лимана', ref: 'lyman', action: 'liberated', actor: 'UA', claimant: 'Ukrainian soldiers (video published by Kyrylo Tymoshenko)', asOf: ['2022-10-01'], note: '"На відео наші бійці оголошують про звільнення Лимана"' },
      { t: 'Лиман', n: 3, ref: 'lyman', action: 'liberated', actor: 'UA', claimant: 'Ukrainian soldiers (video published by Kyrylo Tymoshenko)', asOf: ['2022-10-01'], note: '"81-а окрема аеромобільна десантна бригада ... звільнили та взяли під контроль населений пункт Лиман"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-09-17',
    url: 'https://ua.news/ua/war-vs-rf/zsu-zvilnyly-klishhiyivku',
    notes: 'Stored copy of a UA.NEWS news item, its headline and body as the store gives them; the exchange-rate and weather line before the headline, the byline and date line ("ua.news9 17 Вересня 2023 14:48") and the headline given a second time removed; the empty lines left by a photo are kept. The date is the page\'s date line (17 September 2023, a Sunday). Events: Yermak hinting that the Armed Forces liberated Кліщіївку (liberated, UA: the headline); the Defence Forces having probably liberated Кліщіївку (liberated, UA; the General Staff\'s confirmation still missing is the same side\'s caution, not a denial); the Kalinouski regiment\'s report of 15 September on the liberation of Кліщіївка, later deleted (liberated, UA); the defenders confirming the liberation of Андріївки on 15 September (liberated, UA). "Бахмутському напрямку" is a front axis (skipped); "Бахмутському районі" the district (at Bakhmut\'s point); "Донецької області" (twice) the oblast; "Сили оборони України" an official body (skipped); Андріївка is placed only in the oblast (region). "білоруський" is an adjective (no span). Traps: Андрій Єрмак, Кастуся Калиновського (a regiment named after a person).',
    places: [
      { t: 'Кліщіївку', all: true, ref: 'klishchiivka' },
      { t: 'Кліщіївка', ref: 'klishchiivka' },
      { t: 'Бахмутському районі', ref: 'bakhmutRaion' },
      { t: 'Донецької області', all: true, ref: 'donetskOblast' },
      { t: 'Андріївки', ref: 'andriivkaDonetsk' },
    ],
    traps: [
      { t: 'Андрій Єрмак', why: 'person' },
      { t: 'Кастуся Калиновського', why: 'military unit named after a person ("полк ім. Кастуся Калиновського")' },
    ],
    skipped: [
      { t: 'України', why: OFFICIAL + ' ("Сили оборони України")' },
      { t: 'Бахмутському', ctx: 'Бахмутському напрямку', why: 'front axis ("на Бахмутському напрямку")' },
    ],
    claims: [],
    events: [
      { t: 'Кліщіївку', n: 1, ref: 'klishchiivka', action: 'liberated', actor: 'UA', claimant: 'Андрій Єрмак (a hint)', asOf: ['2023-09-17'], note: 'the headline: "Глава ОП натякнув, що ЗСУ звільнили Кліщіївку"' },
      { t: 'Кліщіївку', n: 2, ref: 'klishchiivka', action: 'liberated', actor: 'UA', claimant: 'UA.NEWS', asOf: ['2023-09-17'], note: '"Сили оборони України, ймовірно, звільнили Кліщіївку на Бахмутському напрямку"' },
      { t: 'Кліщіївка', ref: 'klishchiivka', action: 'liberated', actor: 'UA', claimant: 'Kastus Kalinouski regiment (a deleted post)', asOf: ['2023-09-15'], note: '"полк ім. Кастуся Калиновського ще 15 вересня повідомляв про звільнення села Кліщіївка"' },
      { t: 'Андріївки', ref: 'andriivkaDonetsk', action: 'liberated', actor: 'UA', claimant: 'Ukrainian defenders', asOf: ['2023-09-15'], note: '"15 вересня, українські захисники підтвердили звільнення Андріївки Донецької області"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-12-08',
    url: 'https://novosti.dn.ua/news/411152-siversk-potrohu-perehodyt-do-ruk-armiyi-rf-poperedno-rosiyany-zahopyly-polovynu-mista-deepstate',
    notes: 'Stored copy of a Новини Донбасу news item, its headline and body as the store gives them; the index\'s date prefix, the menu of town names before the headline ("Донецьк Луганськ Маріуполь ... Вода на Донбасі"), the date line ("08 грудня 2025, 23:36") and the map caption given twice ("Ситуація у Сіверську. Фото: карта DeepState") removed, and the last sentence, cut by the store ("У DeepState зазначили, що піхота росі"), removed. The date is the page\'s date line and the index date (8 December 2025, a Monday). Events: Сіверськ passing bit by bit into the Russian army\'s hands, half the town taken (captured, RU: the headline; a part of a town taken is taken); "Сіверськ потроху переходить до рук ворога" in DeepState\'s words (captured, RU). "Ускладнилася ситуація у районі міста Сіверськ" is a situation (no event); the infantry drawn "у місто" and half "міста" name no settlement. "Донецької області" is the oblast; the river Бахмутка (skipped: a river); "армії РФ" and "ЗС РФ" the country inside the army\'s name and "Сил оборони України" an official body (skipped). Claims: half the town taken (area-held, percent, RU: the headline) and half the town under the enemy\'s control (area-held, percent, RU), both DeepState\'s, on 8 December. Traps: DeepState (three times).',
    places: [
      { t: 'Сіверськ', all: true, ref: 'siversk' },
      { t: 'Донецької області', ref: 'donetskOblast' },
    ],
    traps: [{ t: 'DeepState', all: true, why: 'OSINT project' }],
    skipped: [
      { t: 'РФ', all: true, why: 'country inside the army\'s name ("армії РФ", "ЗС РФ")' },
      { t: 'України', why: OFFICIAL + ' ("пілоти Сил оборони України")' },
      { t: 'Бахмутка', why: 'a river ("річка Бахмутка")' },
    ],
    claims: [
      { t: 'половину міста', kind: 'area-held', value: 50, unit: 'percent', holder: 'RU', claimant: 'DeepState', asOf: ['2025-12-08'], note: 'the headline: "попередньо, росіяни захопили половину міста"' },
      { t: 'половина міста', kind: 'area-held', value: 50, unit: 'percent', holder: 'RU', claimant: 'DeepState', asOf: ['2025-12-08'], note: '"За попередніми даними, половина міста під контролем ворога"' },
    ],
    events: [
      { t: 'Сіверськ', n: 1, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'DeepState', part: true, asOf: ['2025-12-08'], note: 'the headline: "Сіверськ потроху переходить до рук армії РФ: попередньо, росіяни захопили половину міста"' },
      { t: 'Сіверськ', n: 3, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-08'], note: '"адже Сіверськ потроху переходить до рук ворога"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2024-09-21',
    url: 'https://bahmut.in.ua/rosiyany-stverdzhuyut-shho-zajshly-v-selydove-chy-tak-cze-naspravdi',
    notes: 'Stored copy of a Бахмут IN.UA news item, its headline and body as the store gives them; the byline and date line ("Валентина Твердохліб 10:00, 21 Вересня 2024"), the tag ("селидове") and the photo caption ("Наслідки обстрілу міста Селидове / фото Селидівська міськрада") removed, and the last sentence, cut by the store ("Хоча російські воєнк"), removed. The subheading "Селидове окуповане чи ні" inside the text is kept. The date is the page\'s date line (21 September 2024, a Saturday). Events: the Russians claiming to have entered Селидове (entered, RU, denied: the headline; the National Guard officer denies it); the occupiers saying they managed to enter Селидове (entered, RU, denied); the Russian sources claiming the army already entered Селидове, denied by Oleksandr Riasnyi (entered, RU, denied); the occupiers advancing near Миколаївка and near Цукурине per DeepState (fighting, RU). The subheading is a question and "Даних про просування чи захоплення Селидового не надходили" an absence of reports (no event). "Курахівському" and "Покровському" (the axes, three spans) are front axes (skipped); "Покровському районі" is the district (at Pokrovsk\'s point); "Донеччині" the oblast; Миколаївка and Цукурине are placed in the oblast (region). "Нацгвардії України" is an official body (skipped); "під повним контролем України" the country. Not claims: 217 combat clashes. Traps: Бахмут IN.UA (the outlet), DeepState, Олександр Рясний.',
    places: [
      { t: 'Селидове', all: true, ref: 'selydove' },
      { t: 'Селидового', ref: 'selydove' },
      { t: 'Покровському районі', ref: 'pokrovskRaion' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Миколаївка', ref: 'mykolaivkaDonetsk' },
      { t: 'Цукурине', ref: 'tsukuryne' },
      { t: 'України', ctx: 'контролем України', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Бахмут IN.UA', why: 'news outlet' },
      { t: 'DeepState', why: 'OSINT project' },
      { t: 'Олександр Рясний', why: 'person' },
    ],
    skipped: [
      { t: 'Курахівському', ctx: 'Курахівському та', why: 'front axis ("на Курахівському та Покровському напрямках")' },
      { t: 'Покровському', ctx: 'Покровському напрямках', why: 'front axis ("на Курахівському та Покровському напрямках")' },
      { t: 'Покровському', ctx: 'Покровському напрямку', why: 'front axis ("що на Покровському напрямку")' },
      { t: 'Курахівському', ctx: 'Курахівському напрямку', why: 'front axis ("що на Курахівському напрямку")' },
      { t: 'України', ctx: 'Нацгвардії України', why: OFFICIAL + ' ("офіцер Нацгвардії України")' },
    ],
    claims: [],
    events: [
      { t: 'Селидове', n: 1, ref: 'selydove', action: 'entered', actor: 'RU', claimant: 'Russian sources', denied: true, asOf: ['2024-09-21'], note: 'the headline: "Росіяни стверджують, що зайшли в Селидове: чи так це насправді"' },
      { t: 'Селидове', n: 2, ref: 'selydove', action: 'entered', actor: 'RU', claimant: 'Russian sources', denied: true, asOf: ['2024-09-21'], note: '"Окупанти кажуть, що їм вдалося зайти в місто Селидове"' },
      { t: 'Миколаївка', ref: 'mykolaivkaDonetsk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2024-09-20', '2024-09-21'], note: '"окупанти просунулися біля села Миколаївка"' },
      { t: 'Цукурине', ref: 'tsukuryne', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2024-09-20', '2024-09-21'], note: '"та біля селище Цукурине"' },
      { t: 'Селидове', n: 4, ref: 'selydove', action: 'entered', actor: 'RU', claimant: 'Russian sources', denied: true, asOf: ['2024-09-21'], note: '"росджерела стверджують, що російська армія ... вже зайшла в Селидове. Однак цю інформацію спростував офіцер Нацгвардії"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-11-20',
    url: 'https://ukrbb.net/polityka/genshtab-zsu-sprostuvav-zayavy-rosiyi/',
    notes: 'Stored copy of a UBB (ukrbb.net) news item, its headline and body as the store gives them, up to the last full sentence (the store cuts the next, "«Також не відповідає дійсності заява про нібито захоплення 80% міста Вовчансь"). The subtitle under the headline is kept. The date is the text\'s: the General Staff denied the claims "20 листопада" (2025: Gerasimov\'s report to Putin on Kupiansk and Yampil; the page gives no date line and the URL none). Events: the General Staff denying the Russian claims of capturing Куп’янська and Ямполя (captured, RU, denied: the headline, the subtitle and the lead, three times each); Куп’янськ remaining under the control of the Ukrainian Defence Forces (controls, UA); the search-and-strike actions in Ямполі (fighting, UA: the side operating to clear the town). The counter-sabotage measures "у місті та його околицях" name no settlement (no span). "Харківщині" and "Донеччині" are the oblasts; "росії" (lower case, as the text writes it) the country; "Збройних сил України", "Генерального штабу російської федерації" and "правителю рф" official bodies and a title (skipped). Traps: UBB, Валерій Герасимов.',
    places: [
      { t: 'Куп’янська', all: true, ref: 'kupiansk' },
      { t: 'Куп’янськ', ref: 'kupiansk' },
      { t: 'Ямполя', all: true, ref: 'yampil' },
      { t: 'Ямполі', ref: 'yampil' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'росії', ref: 'russia' },
    ],
    traps: [
      { t: 'UBB', why: 'news outlet' },
      { t: 'Валерій Герасимов', why: 'person' },
    ],
    skipped: [
      { t: 'України', why: OFFICIAL + ' ("Генеральний штаб Збройних сил України")' },
      { t: 'російської федерації', why: OFFICIAL + ' ("начальник Генерального штабу російської федерації")' },
      { t: 'рф', why: 'country inside a title ("правителю рф")' },
    ],
    claims: [],
    events: [
      { t: 'Куп’янська', n: 1, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: 'Valery Gerasimov', denied: true, asOf: ['2025-11-20'], note: 'the headline: "Генштаб ЗСУ спростував заяви росії про захоплення Куп’янська та Ямполя"' },
      { t: 'Ямполя', n: 1, ref: 'yampil', action: 'captured', actor: 'RU', claimant: 'Valery Gerasimov', denied: true, asOf: ['2025-11-20'], note: 'the headline' },
      { t: 'Куп’янська', n: 2, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: 'Valery Gerasimov', denied: true, asOf: ['2025-11-20'], note: 'the subtitle: "назвав «провокацією» заяву російського командування про захоплення Куп’янська та Ямполя"' },
      { t: 'Ямполя', n: 2, ref: 'yampil', action: 'captured', actor: 'RU', claimant: 'Valery Gerasimov', denied: true, asOf: ['2025-11-20'], note: 'the subtitle' },
      { t: 'Куп’янська', n: 3, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: 'Valery Gerasimov', denied: true, asOf: ['2025-11-20'], note: '"20 листопада спростував інформацію російської сторони про захоплення Куп’янська"' },
      { t: 'Ямполя', n: 3, ref: 'yampil', action: 'captured', actor: 'RU', claimant: 'Valery Gerasimov', denied: true, asOf: ['2025-11-20'], note: '"та Ямполя на Донеччині"' },
      { t: 'Куп’янськ', ref: 'kupiansk', action: 'controls', actor: 'UA', claimant: GENSTAFF, asOf: ['2025-11-20'], note: '"Куп’янськ залишається під контролем українських Сил оборони"' },
      { t: 'Ямполі', ref: 'yampil', action: 'fighting', actor: 'UA', claimant: GENSTAFF, asOf: ['2025-11-20'], note: '"Пошуково-ударні дії також активно проводяться в Ямполі"' },
    ],
  },
];
