// Hand annotations, Ukrainian articles of tests/eval/fresh47. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "a region or town inside a body's or official's name";
const AXIS = 'a front axis named by an adjective';
const GS = 'General Staff of the Armed Forces of Ukraine';
const RU_SOURCES = 'Russian sources';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2023-05-17',
    url: 'https://www.objectiv.tv/uk/objectively/2023/05/17/nastup-na-harkivshhini-sinyegubov-zayaviv-shho-vorog-vidstupiv-iz-vtratami/',
    notes: 'Stored copy on Objectiv.tv (Ukrainian edition), its headline and body as the store gives them; the date, city, weather and exchange-rate lines, the section label ("Події"), the repeated headline, the author line ("Автор: Оксана Горун"), "Популярно" and the closing "Ви читали новину" line removed. The date is the URL\'s (17 May 2023); "Минулої доби" is 16 May 2023. Events: "спростував твердження ... про нібито захоплення Масютівки" and the Russian sources\' "захопили Масютівку" of 15 May, with "Підтвердженої інформації ... не було" (captured, RU, Russian sources, denied, twice), "спробували вести наступ у напрямку Масютівки" (fighting, RU, Syniehubov, 16 May), "ворожі атаки в районі Масютівки, а також Синьківки" (fighting, RU, the General Staff). Not events: the heading\'s "Наступ на Харківщині" (an oblast), "відтіснили українські війська на західний берег річки Оскіл" (a river). No claims. Traps: Олег Синєгубов, Синєгубов (twice), Інститут вивчення війни, Генштаб ЗСУ / Генштабу. Skipped: the river Оскіл (left unmarked at first, an annotation slip found by the first run: rivers are skipped spans); ХОВА is an abbreviation with no place name spelled out.',
    places: [
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Масютівки', all: true, ref: 'masiutivka' },
      { t: 'Масютівку', ref: 'masiutivka' },
      { t: 'Куп’янському районі', ref: 'kupianskDistrict' },
      { t: 'Синьківки', ref: 'synkivka' },
      { t: 'Дворічної', ref: 'dvorichna' },
    ],
    traps: [
      { t: 'Олег Синєгубов', why: 'person' },
      { t: 'Синєгубов', n: 1, why: 'person' },
      { t: 'Синєгубов', n: 3, why: 'person' },
      { t: 'Інститут вивчення війни', why: 'a think-tank' },
    ],
    skipped: [
      { t: 'Оскіл', why: 'a river ("на західний берег річки Оскіл"; skipped spans per tests/eval/README.md, an annotation slip found by the first run)' },
    ],
    claims: [],
    events: [
      { t: 'Масютівки', n: 1, ref: 'masiutivka', action: 'captured', actor: 'RU', claimant: RU_SOURCES, denied: true, asOf: ['2023-05-15'], note: '"спростував твердження російських джерел про нібито захоплення Масютівки"' },
      { t: 'Масютівки', n: 2, ref: 'masiutivka', action: 'fighting', actor: 'RU', claimant: 'Олег Синєгубов', asOf: ['2023-05-16'], note: '"Минулої доби окупанти знову спробували вести наступ у напрямку Масютівки"' },
      { t: 'Масютівку', ref: 'masiutivka', action: 'captured', actor: 'RU', claimant: RU_SOURCES, denied: true, asOf: ['2023-05-15'], note: '"російські джерела заявили про те, що 15 травня ... захопили Масютівку" with "Підтвердженої інформації ... не було"' },
      { t: 'Масютівки', n: 3, ref: 'masiutivka', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2023-05-17'], note: '"Про ворожі атаки в районі Масютівки, а також Синьківки ... Генштаб ЗСУ повідомляє вже кілька діб"' },
      { t: 'Синьківки', ref: 'synkivka', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2023-05-17'], note: 'the same clause' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-05-10',
    url: 'https://gx.net.ua/ru/obshhestvo/region/atakuvali-znovu-de-okupanti-nastupayut-u-harkivskij-oblasti-09052023.html',
    notes: 'Stored copy on gx.net.ua (Голос Харківщини; the Ukrainian text under its /ru/ path), its headline and body as the store gives them; the view count ("2237") and the link label ("Читайте також:") removed; the store\'s "Нагадаэмо" kept as given. The date is the General Staff report\'s it names ("від 10 травня", 2023, the year of the URL\'s 09052023). Events: "ворог 9 травня атакував в районі села Масютівка ... Успіху не мав" (fighting, RU, the General Staff, 9 May), "6 травня проводили наступальні дії в районі села Синьківка" (fighting, RU, 6 May). Not events: the reference paragraph on Masiutivka (a description). No claims. Traps: none. Skipped: "Куп’янському напрямку" (a front axis named by an adjective); the rivers Оскіл and Вільшана and the lake Біле (left unmarked at first, an annotation slip found by the first run: rivers are skipped spans); the railway station «Мовчанове» is not a settlement (left unmarked). Hromadas and the raion are places (district).',
    places: [
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'Масютівка', all: true, ref: 'masiutivka' },
      { t: 'Дворічанської громади', ref: 'dvorichnaHromada' },
      { t: 'Куп’янського району', ref: 'kupianskDistrict' },
      { t: 'Синьківка', ref: 'synkivka' },
      { t: 'Петропавлівської громади', ref: 'petropavlivkaHromada' },
      { t: 'Куп’янський район', ref: 'kupianskDistrict' },
      { t: 'Харківської області', all: true, ref: 'kharkivOblast' },
      { t: 'Дворічанській селищній громаді', ref: 'dvorichnaHromada' },
      { t: "Куп'янського району", ref: 'kupianskDistrict' },
    ],
    traps: [],
    skipped: [
      { t: 'Куп’янському', why: AXIS + ' ("на Куп’янському напрямку")' },
      { t: 'Оскіл', all: true, why: 'a river (an annotation slip found by the first run: rivers are skipped spans)' },
      { t: 'Вільшана', why: 'a river (an annotation slip found by the first run: rivers are skipped spans)' },
      { t: 'Біле', why: 'a lake ("озеро Біле"; a body of water skipped as rivers are, an annotation slip found by the first run)' },
    ],
    claims: [],
    events: [
      { t: 'Масютівка', n: 1, ref: 'masiutivka', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2023-05-09'], note: '"ворог 9 травня атакував в районі села Масютівка ... Успіху не мав"' },
      { t: 'Синьківка', ref: 'synkivka', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2023-05-06'], note: '"6 травня проводили наступальні дії в районі села Синьківка"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2022-10-12',
    url: 'https://in.kherson.ua/zsu-zvilnyly-vzhe-75-naselenyh-punktiv-hersonshhyny',
    notes: 'Stored copy on in.kherson.ua, its headline and body as the store gives them. The page carries no date: the date is that of the head of the Kherson OVA\'s statement it reports, 12 October 2022 (Yanushevych\'s count of 75, given that day; a judgement call). Claims: the headline\'s "75 населених пунктів" (count, settlements, UA, Yanushevych, as of 12 October 2022) and "лише з початку жовтня ... деокупували 29 населених пунктів" (count, settlements, UA, 1–12 October 2022). No events (no settlement named). Skipped: "Херсонської ОВА" (a body\'s name).',
    places: [
      { t: 'Херсонщини', ref: 'khersonOblast' },
    ],
    traps: [],
    skipped: [
      { t: 'Херсонської', why: BODY + ' ("Херсонської ОВА")' },
    ],
    claims: [
      { t: '75 населених пунктів', kind: 'count', value: 75, unit: 'settlements', holder: 'UA', claimant: 'Ярослав Янушевич', asOf: ['2022-10-12'], note: 'the headline: "ЗСУ звільнили вже 75 населених пунктів Херсонщини"' },
      { t: '29 населених пунктів', kind: 'count', value: 29, unit: 'settlements', holder: 'UA', claimant: 'Ярослав Янушевич', asOf: ['2022-10-01', '2022-10-12'], note: '"лише з початку жовтня українські захисники деокупували 29 населених пунктів"' },
    ],
    events: [],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2022-10-31',
    url: 'https://ua.korrespondent.net/amp/4530992-osvobozhdeno-deviat-naselennykh-punktov-luhanschyny-haidai',
    notes: 'Stored copy on Кореспондент.net (Ukrainian edition), its headline and body as the store gives them; the author, date and view-count line ("Текст: Надтока Світлана, 31 жовтня 2022, 22:35", "💬 0", "👁 5605") and the Telegram line removed. The date is the date line\'s (31 October 2022). Claims: "дев\'ять населених пунктів" (count, settlements, UA, Haidai, as of 31 October 2022) in the headline, the body and the quote (three statements), "на Херсонщині деокуповано 75 населених пунктів" (count, settlements, UA, as of the report; no claimant named). No events ("звільнили на Донбасі низку сіл" names no settlement). Traps: Сергій Гайдай. Skipped: "Луганської ОВА" (a body\'s name).',
    places: [
      { t: 'Луганщини', ref: 'luhanskOblast' },
      { t: 'Луганської області', ref: 'luhanskOblast' },
      { t: 'Донбасі', ref: 'donbas' },
      { t: 'Херсонщині', ref: 'khersonOblast' },
    ],
    traps: [
      { t: 'Сергій Гайдай', why: 'person' },
    ],
    skipped: [
      { t: 'Луганської', ctx: 'Луганської ОВА', why: BODY + ' ("голова Луганської ОВА")' },
    ],
    claims: [
      { t: "дев'ять населених пунктів", n: 1, kind: 'count', value: 9, unit: 'settlements', holder: 'UA', claimant: 'Сергій Гайдай', asOf: ['2022-10-31'], note: 'the headline' },
      { t: "дев'ять населених пунктів", n: 2, kind: 'count', value: 9, unit: 'settlements', holder: 'UA', claimant: 'Сергій Гайдай', asOf: ['2022-10-31'], note: '"на 31 жовтня 2022 року звільнили дев\'ять населених пунктів Луганської області"' },
      { t: "дев'ять населених пунктів", n: 3, kind: 'count', value: 9, unit: 'settlements', holder: 'UA', claimant: 'Сергій Гайдай', asOf: ['2022-10-31'], note: '"На сьогодні дев\'ять населених пунктів деокуповано"' },
      { t: '75 населених пунктів', kind: 'count', value: 75, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2022-10-31'], note: '"А на Херсонщині деокуповано 75 населених пунктів"' },
    ],
    events: [],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2023-02-15',
    url: 'https://vgolos.ua/news/okupanti-namagayutsya-otochiti-avdiyivku-shcho-vidomo_1433461.html',
    notes: 'Stored copy on Вголос (vgolos.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the link block ("Читайте також на сайті ІА «Вголос»:" and its headlines, the last cut by the store) removed. The page carries no date: the date is the day after the 14 February strike it recalls as past ("Як писав «Вголос», 14 лютого ..."), 15 February 2023 (the year of Barabash\'s same words in other outlets in mid-February 2023; a judgement call). Events: "кинули сили на Водяне, Опитне, Невельське", in the lead and in the quote (fighting, RU, Barabash: forces thrown at named villages), "не залишають спроб оточити Авдіївку" (fighting, RU: attempts on a named town). Not events: "не полишають планів оточити Авдіївку" (a plan), the strike on Kostiantynivka (a strike). No claims. Traps: Віталій Барабаш, Барабаш, «Вголос». Skipped: "Авдіївської міської військової адміністрації" (a body), "Авдіївський напрямок" (an axis named by an adjective).',
    places: [
      { t: 'Авдіївку', all: true, ref: 'avdiivka' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Водяне', all: true, ref: 'vodianeAvdiivka' },
      { t: 'Опитне', all: true, ref: 'opytne' },
      { t: 'Невельське', all: true, ref: 'nevelske' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Костянтинівка', ref: 'kostiantynivka' },
    ],
    traps: [
      { t: 'Віталій Барабаш', why: 'person' },
      { t: 'Барабаш', n: 2, why: 'person' },
      { t: 'Вголос', why: 'a news agency' },
    ],
    skipped: [
      { t: 'Авдіївської', why: BODY + ' ("очільник Авдіївської міської військової адміністрації")' },
      { t: 'Авдіївський', why: AXIS + ' ("Авдіївський напрямок")' },
    ],
    claims: [],
    events: [
      { t: 'Водяне', n: 1, ref: 'vodianeAvdiivka', action: 'fighting', actor: 'RU', claimant: 'Віталій Барабаш', asOf: ['2023-02-15'], note: '"Для цього вони кинули сили на Водяне, Опитне, Невельське"' },
      { t: 'Опитне', n: 1, ref: 'opytne', action: 'fighting', actor: 'RU', claimant: 'Віталій Барабаш', asOf: ['2023-02-15'], note: 'the same list' },
      { t: 'Невельське', n: 1, ref: 'nevelske', action: 'fighting', actor: 'RU', claimant: 'Віталій Барабаш', asOf: ['2023-02-15'], note: 'the same list' },
      { t: 'Авдіївку', n: 2, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'Віталій Барабаш', asOf: ['2023-02-15'], note: '"вони не залишають спроб оточити Авдіївку" (attempts on a named town)' },
      { t: 'Водяне', n: 2, ref: 'vodianeAvdiivka', action: 'fighting', actor: 'RU', claimant: 'Віталій Барабаш', asOf: ['2023-02-15'], note: 'the quote: "Вони кинули сили на Водяне, Опитне, Невельське"' },
      { t: 'Опитне', n: 2, ref: 'opytne', action: 'fighting', actor: 'RU', claimant: 'Віталій Барабаш', asOf: ['2023-02-15'], note: 'the same list' },
      { t: 'Невельське', n: 2, ref: 'nevelske', action: 'fighting', actor: 'RU', claimant: 'Віталій Барабаш', asOf: ['2023-02-15'], note: 'the same list' },
    ],
  },
];
