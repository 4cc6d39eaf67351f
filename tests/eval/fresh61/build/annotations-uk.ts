// Hand annotations, Ukrainian articles of tests/eval/fresh61. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const MALIAR = 'Hanna Maliar';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-05-02',
    url: 'https://df.news/2022/05/02/rusku-lozovu-vidbyly-vid-okupantiv-zastupnytsia-minoborony-hanna-maliar',
    notes: 'Stored copy on DF.news, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); nothing removed. The date is the URL\'s (2 May 2022). Events: Verkhnia Rohanka, Ruska Lozova, Slobidske and Prelesne ("Прилесне") retaken by the Armed Forces of Ukraine, their owner (liberated, UA, by Maliar; the text dates the operation only by the report, so dated to it). Not claims: "ряд населених пунктів", "декількома населеними пунктами" (no number). "України" inside "Міністра оборони України", "Збройні сили України" and "Сухопутних Військ України" is skipped (the country inside a body\'s name). Traps: the people, ФБ (Facebook).',
    places: [
      { t: 'Харківщині', all: true, ref: 'kharkivOblast' },
      { t: 'Верхня Роганка', ref: 'verkhniaRohanka' },
      { t: 'Руська Лозова', ref: 'ruskaLozova' },
      { t: 'Слобідське', ref: 'slobidske' },
      { t: 'Прилесне', ref: 'prelesne' },
    ],
    traps: [
      { t: 'Ганна Маляр', why: 'person' },
      { t: 'Маляр', ctx: 'написала Маляр', why: 'person' },
      { t: 'ФБ', why: 'a social network (Facebook)' },
      { t: 'Олександра Сирського', why: 'person' },
    ],
    skipped: [
      { t: 'України', ctx: 'Міністра оборони України', why: BODY },
      { t: 'України', ctx: 'Збройні сили України', why: BODY },
      { t: 'України', ctx: 'Сухопутних Військ України', why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Верхня Роганка', ref: 'verkhniaRohanka', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2022-05-02'], note: '"Збройні сили України відновили контроль над декількома населеними пунктами: Верхня Роганка, Руська Лозова, Слобідське, Прилесне тощо"' },
      { t: 'Руська Лозова', ref: 'ruskaLozova', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2022-05-02'] },
      { t: 'Слобідське', ref: 'slobidske', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2022-05-02'] },
      { t: 'Прилесне', ref: 'prelesne', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2022-05-02'] },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-09-27',
    url: 'https://dev.kp.ua/ua/politics/a656809-ukrainskie-zashchitniki-podnjali-natsionalnyj-flah-nad-osvobozhdennym-kupjansk-uzlovym',
    notes: 'Stored copy on КП в Україні (its Ukrainian edition, as a dev.kp.ua mirror gives it), its headline and body; the sidebar\'s date and "Завантажити ще" link, the repeated headline and the photo credit ("Фото: t.me/chilli_1654") removed, and the last sentence, cut by the store ("На щастя, нашим захисникам вдалося звільнити українське міс…"), removed. The page prints no date of its own (the sidebar\'s "22 листопада" is another item\'s): the date is the body\'s, "Сьогодні, 27 вересня 2022 року" in Velychko\'s words (judgement call). Events: the flag raised over Kupiansk-Vuzlovyi, "звільненим" and "який наші захисники деокупували" (liberated, UA, twice: its owner retaking it); "повністю зачищено від окупантів населений пункт Куп\'янськ-Вузловий" (cleared, UA, Velychko); "ЗСУ повернули під свій контроль Куп\'янськ-Вузловий" (liberated, UA, Syniehubov, told as earlier: dated to the report). Claim: "менше ніж 6%" of Kharkiv Oblast still held by the Russians (area-held, percent, RU, Syniehubov; fresh6 has the same statement from another outlet, kept as a judgement call). Not events: the town\'s description and "війська РФ захопили цю територію" at the war\'s start (no name in its clause). "Харківської ОДА" is counted (the oblast inside an administration\'s name, as fresh57 counts "голова Луганської ОВА"); "війська РФ" is the country (counted). Traps: KRAKEN (a unit), the people.',
    places: [
      { t: "Куп'янськ-Вузловим", ref: 'kupianskVuzlovyi' },
      { t: "Куп'янськ-Вузловому", ref: 'kupianskVuzlovyi' },
      { t: 'Харківської області', all: true, ref: 'kharkivOblast' },
      { t: "Куп'янськ-Вузловий", all: true, ref: 'kupianskVuzlovyi' },
      { t: 'Харківської', ctx: 'Харківської ОДА', ref: 'kharkivOblast' },
      { t: 'Харківській області', all: true, ref: 'kharkivOblast' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [
      { t: 'KRAKEN', all: true, why: 'a special unit' },
      { t: 'Сергій Величко', why: 'person' },
      { t: 'Величко', ctx: 'наголосив Величко', why: 'person' },
      { t: 'Олег Синегубов', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: 'менше ніж 6%', kind: 'area-held', value: 6, unit: 'percent', holder: 'RU', claimant: 'Oleh Syniehubov', asOf: ['2022-09-27'], note: '"захопленими росіянами залишаються менше ніж 6% території Харківської області"' },
    ],
    events: [
      { t: "Куп'янськ-Вузловим", ref: 'kupianskVuzlovyi', action: 'liberated', actor: 'UA', claimant: 'Serhii Velychko', asOf: ['2022-09-27'], note: 'headline: "підняли національний прапор над звільненим Куп\'янськ-Вузловим"' },
      { t: "Куп'янськ-Вузловому", ref: 'kupianskVuzlovyi', action: 'liberated', actor: 'UA', claimant: 'Serhii Velychko', asOf: ['2022-09-27'], note: '"У Куп\'янськ-Вузловому ..., який наші захисники деокупували, встановили український прапор"' },
      { t: "Куп'янськ-Вузловий", n: 1, ref: 'kupianskVuzlovyi', action: 'cleared', actor: 'UA', claimant: 'Serhii Velychko', asOf: ['2022-09-27'], note: '"27 вересня 2022 року ... повністю зачищено від окупантів населений пункт Куп\'янськ-Вузловий"' },
      { t: "Куп'янськ-Вузловий", n: 2, ref: 'kupianskVuzlovyi', action: 'liberated', actor: 'UA', claimant: 'Oleh Syniehubov', asOf: ['2022-09-27'], note: '"ЗСУ повернули під свій контроль Куп\'янськ-Вузловий, раніше повідомив голова Харківської ОДА Олег Синегубов"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2022-10-14',
    url: 'https://t1.ua/amp/72092-skilky-naselenykh-punktiv-zvilnyly-zsu.html',
    notes: 'Stored copy on Т1 Новини (AMP page), its headline and body as the store gives them; the date line ("14 Жовтня 2022"), the subscription appeal ("Друзі! Підписуйтесь ...") and the tag line ("Все про: ...") removed. The date is the page\'s (14 October 2022, a Friday: the briefing "у п\'ятницю"). Claims, all counts of settlements retaken by Ukraine (count, settlements, UA): "1620 населених пунктів" deoccupied since the full-scale invasion, twice (Tymoshenko; from 24 February 2022); "75 населених пунктів" freed in Kherson Oblast "на сьогоднішній день" (the state on the report\'s day); "29 населених пунктів" in October (1–14 October 2022). Not claims: the objects restored in Sumy, Zaporizhzhia and Mykolaiv oblasts (1024, 1147, 1804: not settlements, not ground). No event (no settlement named). "України" in "Збройні сили України" is skipped (twice); "росії" (lower case) is counted. Traps: Tymoshenko.',
    places: [
      { t: 'росії', ref: 'russia' },
      { t: 'Сумська область', ref: 'sumyOblast' },
      { t: 'Запорізька область', ref: 'zaporizhzhiaOblast' },
      { t: 'Миколаївська область', ref: 'mykolaivOblast' },
      { t: 'Херсонщині', ref: 'khersonOblast' },
      { t: 'Донбасі', ref: 'donbas' },
    ],
    traps: [
      { t: 'Кирило Тимошенко', why: 'person' },
      { t: 'Тимошенко', ctx: 'сказав Тимошенко', why: 'person' },
    ],
    skipped: [{ t: 'України', all: true, why: BODY + ' ("Збройні сили України")' }],
    claims: [
      { t: '1620 населених пунктів', n: 1, kind: 'count', value: 1620, unit: 'settlements', holder: 'UA', claimant: 'Kyrylo Tymoshenko', asOf: ['2022-02-24', '2022-10-14'], note: '"з початку повномасштабного вторгнення росії деокупували 1620 населених пунктів"' },
      { t: '1620 населених пунктів', n: 2, kind: 'count', value: 1620, unit: 'settlements', holder: 'UA', claimant: 'Kyrylo Tymoshenko', asOf: ['2022-02-24', '2022-10-14'], note: '«З початку війни деокуповано 1620 населених пунктів»' },
      { t: '75 населених пунктів', kind: 'count', value: 75, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2022-10-14'], note: '"на Херсонщині ... на сьогоднішній день звільнено 75 населених пунктів"' },
      { t: '29 населених пунктів', kind: 'count', value: 29, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2022-10-01', '2022-10-14'], note: '"Лише за жовтень Збройні сили України повернули під жовто-блакитний прапор 29 населених пунктів"' },
    ],
    events: [],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2022-12-02',
    url: 'https://news.meta.ua/uk/news/deokupatsiia-luganshchini-gaidai-rozpoviv-iaki-mista-zsu-mozhut-zvilniti-nastupnimi-1515316',
    notes: 'Stored copy on Meta.ua (news), its headline, standfirst and body as the store gives them; the date line ("2 грудня 2022 – 11:07") removed and the last sentence, cut by the store ("А окупанти…"), removed. The date is the page\'s (2 December 2022). No event: "наступними українські захисники звільнять Кремінну та Рубіжне" and "які міста ЗСУ можуть звільнити" are prospects ("Ймовірно", "можуть"), and a resumed offensive "у Луганській області" is an oblast\'s. "Луганської ОВА" is counted (the oblast inside an administration\'s name, as fresh57 counts "голова Луганської ОВА"). Traps: Haidai.',
    places: [
      { t: 'Луганщини', ref: 'luhanskOblast' },
      { t: 'Луганській області', ref: 'luhanskOblast' },
      { t: 'Кремінну', ref: 'kreminna' },
      { t: 'Рубіжне', ref: 'rubizhne' },
      { t: 'Луганської', ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'Гайдай', n: 1, why: 'person' },
      { t: 'Гайдай', n: 2, why: 'person' },
      { t: 'Сергій Гайдай', why: 'person' },
      { t: 'Гайдай', n: 4, why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2023-08-29',
    url: 'https://www.zoda.gov.ua/news/66740/adm@zoda.gov.ua',
    notes: 'Stored copy on the Zaporizhzhia Oblast State Administration\'s site (zoda.gov.ua), its headline and body as the store gives them; the site\'s hotline and humanitarian-headquarters lines, the "Новини" rubric and the date line ("29 серпня 2023 - 20:10") removed, and the last paragraph, cut by the store in its attribution ("Після перемоги все відбудуємо ... - зазначив перший заступник голови ОДА Руслан …"), removed (the quotation so lacks its closing mark). The date is the page\'s (29 August 2023). Events: Robotyne liberated by Ukraine, twice ("у звільненому селі Роботине", "Звільнено черговий населений пункт - Роботине": liberated, UA, by Movchan). Not events: "звільняти Запорізьку область" (an oblast, a process); "рф" in "вторгнення рф" is the country (counted). Not claims: "3 місяці" (a duration), 500 and 10 residents (population). Traps: Movchan.',
    places: [
      { t: 'Запорізького регіону', ref: 'zaporizhzhiaOblast' },
      { t: 'Роботине', all: true, ref: 'robotyne' },
      { t: 'Запорізьку область', ref: 'zaporizhzhiaOblast' },
      { t: 'рф', ref: 'russia' },
    ],
    traps: [{ t: 'Руслан Мовчан', all: true, why: 'person' }],
    skipped: [],
    claims: [],
    events: [
      { t: 'Роботине', n: 1, ref: 'robotyne', action: 'liberated', actor: 'UA', claimant: 'Ruslan Movchan', asOf: ['2023-08-29'], note: '"розповів про ситуацію у звільненому селі Роботине"' },
      { t: 'Роботине', n: 2, ref: 'robotyne', action: 'liberated', actor: 'UA', claimant: 'Ruslan Movchan', asOf: ['2023-08-29'], note: '"Звільнено черговий населений пункт - Роботине, деокупація якого зайняла 3 місяці"' },
    ],
  },
];
