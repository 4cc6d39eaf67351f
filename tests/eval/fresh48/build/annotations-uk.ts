// Hand annotations, Ukrainian articles of tests/eval/fresh48 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = 'країна в назві органу чи посади (country inside an official body\'s or title\'s name)';
const AXIS = 'a front axis named by an adjective';
const GENSTAFF = 'Генштаб ЗСУ';
const DEEPSTATE = 'DeepState';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-09-01',
    url: 'https://tsn.ua/ukrayina/na-donechchyni-zsu-zvilnyly-vid-okupantiv-selyshche-novoekonomichne-2903378.html',
    notes: 'Stored copy on ТСН (tsn.ua), its headline and body as the store gives them; the index\'s date prefix, the rubric ("ЗСУ") and the photo credit ("© Генеральний штаб ЗСУ / Facebook") removed. The date is the index\'s (Monday 1 September 2025). Event: Novoekonomichne liberated (UA, the General Staff), the flag raised on 31 August (the headline\'s liberation; "увійшли до населеного пункту" names no settlement in its clause). Not events: "відновлення контролю над населеними пунктами" (no name). No claims ("близько двох тижнів" is a duration). Traps: «Скеля» (a regiment), Telegram. Skipped: України in "Генеральний штаб Збройних сил України".',
    places: [
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Новоекономічне', ref: 'novoekonomichne' },
      { t: 'Донеччині', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Telegram', why: 'a messenger' },
      { t: 'Скеля', why: 'a regiment\'s name («Скеля»)' },
    ],
    skipped: [
      { t: 'України', why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Новоекономічне', ref: 'novoekonomichne', action: 'liberated', actor: 'UA', claimant: GENSTAFF, asOf: ['2025-08-31'], note: 'the headline: "українські військові звільнили селище Новоекономічне" (the flag raised on 31 August, reported on 1 September)' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2024-05-18',
    url: 'https://censor.net/ua/news/3490101/sytuatsiya_na_harkivschyni_na_ranok_18_travnya',
    notes: 'Stored copy on Цензор.НЕТ (censor.net), its headline and body as the store gives them; the last paragraph, a quote cut by the store before its end ("По Липецькому напрямку успіхів не має. ... Там так само просування ворога не зафіксовано"), removed. The date: the page gives none; the URL\'s "на ранок 18 травня" gives the day, and the year is 2024, the month of the offensive on Vovchansk and Lyptsi that the report tells of (about 100 people left in Vovchansk, the enemy in its northern part) — a judgement call, as fresh46 dated a page with no date by the day it reports. Events (Syniehubov, the day): "У Вовчанську - важкі бої" (fighting, RU: the attacker of "Окупанти продовжують атаки"), "з північної частини Вовчанська, де наразі перебувають ворожі війська" (controls, RU, part). Not events: the evacuation from Vovchansk\'s south and from Lyptsi, the axes. Not claims: the people left in the towns (about a hundred: no toll, no troops). Traps: Цензор.НЕТ, Олег Синєгубов. Skipped: України in "Сили оборони України", the axis "Липецькому" (twice), Харківської in "Харківської ОВА" (the administration\'s name).',
    places: [
      { t: 'Вовчанську', all: true, ref: 'vovchansk' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Липцях', ref: 'lyptsi' },
      { t: 'Вовчанська', ref: 'vovchansk' },
      { t: 'Липців', ref: 'lyptsi' },
    ],
    traps: [
      { t: 'Цензор.НЕТ', why: 'the outlet' },
      { t: 'Олег Синєгубов', why: 'person' },
    ],
    skipped: [
      { t: 'України', why: OFFICIAL + ' ("Сили оборони України")' },
      { t: 'Липецькому', all: true, why: AXIS },
      { t: 'Харківської', why: 'the oblast inside an administration\'s name ("Харківської ОВА")' },
    ],
    claims: [],
    events: [
      { t: 'Вовчанську', n: 1, ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: 'Олег Синєгубов', asOf: ['2024-05-18'], note: 'the headline: "У Вовчанську - важкі бої" (the attacker: "Окупанти продовжують атаки на Харківщині")' },
      { t: 'Вовчанська', ref: 'vovchansk', action: 'controls', actor: 'RU', claimant: 'Олег Синєгубов', part: true, asOf: ['2024-05-18'], note: '"з північної частини Вовчанська, де наразі перебувають ворожі війська"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-10-10',
    url: 'https://sed-rada.gov.ua/news/pro-sytuatsiyu-na-luhanshchyni-stanom-na-ranok-10102025',
    notes: 'Stored copy on the Sievierodonetsk city military administration\'s site (sed-rada.gov.ua), its headline and body as the store gives them; the last sentence, cut by the store ("Водночас жителі Привілля та Новодруже"), removed. The date is the headline\'s (10 October 2025). No events: the attacks "поблизу десятьох населених пунктів" name none, and the occupation of "цих міст" (Alchevsk and Dovzhansk) is told through a pronoun. No claims (31 attempts, 10 drone and four artillery uses, 20 blocks of flats). Places: the occupied towns of Luhansk Oblast, several under their new names (Довжанськ, Кадіївка, Голубівка, Хрустальний, Сорокине) and Брянка (not Bryansk); "«лнр»" is Luhansk Oblast; lower-case "росія" is the country. Traps: Олексій Харченко. Skipped: the axes "Лиманському" and "Слов’янському", Луганщини in the governor\'s title ("очільник Луганщини").',
    places: [
      { t: 'Луганщині', ref: 'luhanskOblast' },
      { t: 'Алчевську', ref: 'alchevsk' },
      { t: 'Довжанську', ref: 'dovzhansk' },
      { t: 'лнр', ref: 'luhanskOblast' },
      { t: 'росія', ref: 'russia' },
      { t: 'Кадіївці', ref: 'kadiivka' },
      { t: 'Перевальську', ref: 'perevalsk' },
      { t: 'Брянці', ref: 'brianka' },
      { t: 'Голубівці', ref: 'holubivka' },
      { t: 'Хрустальному', ref: 'khrustalnyi' },
      { t: 'Сорокиному', ref: 'sorokyne' },
    ],
    traps: [
      { t: 'Олексій Харченко', why: 'person' },
    ],
    skipped: [
      { t: 'Лиманському', why: AXIS },
      { t: 'Слов’янському', why: AXIS },
      { t: 'Луганщини', why: 'the oblast inside an official\'s title ("очільник Луганщини")' },
    ],
    claims: [],
    events: [],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-08-12',
    url: 'https://uanews.net/post/1171137-stalo-vdomo-sklki-naselenikh-punktv-zsu-zvlnili-na-sumshchin',
    notes: 'Stored copy on UANews (uanews.net, a reprint of RegioNews), its headline and body as the store gives them; the source and date line ("regionews.ua", "Tue, 12 Aug 2025 22:09:11 +0300") and the closing "Останні новини" removed. The date is the date line\'s (12 August 2025). No events: the liberated points and the border reached are named by no settlement ("у двох точках", "біля кількох пунктів"). No claims, a judgement call following fresh46\'s: "18 точок – окупованих сіл або важливих точок. Шість звільнено" counts points (villages "або важливих точок") over no dated period, as fresh46 read "понад десять сіл" with no period; "900 метрів" is a distance. Traps: RegioNews, «Інтерфакс-Україна», Зеленський, Апостол, Сирський, Путіна, Трампом. Skipped: України in "президент України".',
    places: [
      { t: 'Сумщині', all: true, ref: 'sumyOblast' },
      { t: 'Сумщина', ref: 'sumyOblast' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Володимир Зеленський', why: 'person' },
      { t: 'RegioNews', why: 'an outlet' },
      { t: 'Інтерфакс-Україна', why: 'a news agency' },
      { t: 'Зеленський', n: 2, why: 'person' },
      { t: 'Зеленський', n: 3, why: 'person' },
      { t: 'Апостол', why: 'person' },
      { t: 'Сирський', why: 'person' },
      { t: 'Путіна', why: 'person' },
      { t: 'Трампом', why: 'person' },
    ],
    skipped: [
      { t: 'України', why: OFFICIAL + ' ("президент України")' },
    ],
    claims: [],
    events: [],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-09-19',
    url: 'https://society.comments.ua/ua/news/warrussia/ce-vidterminovuvali-rokami-bezugla-osheleshila-zayavoyu-pro-dolyu-kup-yanska-781515.html',
    notes: 'Stored copy on Коментарі (comments.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix and the photo credit ("Фото: з відкритих джерел") removed, and the last sentence, cut by the store ("За даними військового оглядача ... накопичення сил"), removed. The date is the index\'s (19 September 2025). Events (DeepState, the day): "просування російських сил у районі Куп’янська" (fighting, RU), the enemy repelled "поблизу Володимирівки" (fighting, RU: the attacker), the advances "у районах Шахове, Кіндрашівка, Шандриголове, Зелена Долина та Новоіванівка" (fighting, RU). Not events: the "катастрофа" in Kupiansk (no action), the reoccupation of Kharkiv Oblast\'s districts (a region, a prospect). No claims. Traps: Мар’яна Безугла, Безугла, Deep State (twice). Skipped: України in "Народна депутатка України" and "Сили оборони України".',
    places: [
      { t: 'Куп’янську', all: true, ref: 'kupiansk' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Харківщини', ref: 'kharkivOblast' },
      { t: 'Куп’янська', ref: 'kupiansk' },
      { t: 'Володимирівки', ref: 'volodymyrivka' },
      { t: 'Шахове', ref: 'shakhove' },
      { t: 'Кіндрашівка', ref: 'kindrashivka' },
      { t: 'Шандриголове', ref: 'shandryholove' },
      { t: 'Зелена Долина', ref: 'zelenaDolyna' },
      { t: 'Новоіванівка', ref: 'novoivanivka' },
    ],
    traps: [
      { t: 'Мар’яна Безугла', why: 'person' },
      { t: 'Безугла', n: 2, why: 'person' },
      { t: 'Deep State', all: true, why: 'a monitoring project' },
    ],
    skipped: [
      { t: 'України', ctx: 'депутатка України', why: OFFICIAL },
      { t: 'України', ctx: 'оборони України', why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Куп’янська', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-09-19'], note: '"поступове просування російських сил у районі Куп’янська"' },
      { t: 'Володимирівки', ref: 'volodymyrivka', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-09-19'], note: '"Сили оборони України відбили ворога поблизу Володимирівки" (the attacker\'s fighting)' },
      { t: 'Шахове', ref: 'shakhove', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-09-19'], note: '"окупанти просунулися у районах Шахове, ..."' },
      { t: 'Кіндрашівка', ref: 'kindrashivka', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-09-19'], note: 'the same list' },
      { t: 'Шандриголове', ref: 'shandryholove', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-09-19'], note: 'the same list' },
      { t: 'Зелена Долина', ref: 'zelenaDolyna', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-09-19'], note: 'the same list' },
      { t: 'Новоіванівка', ref: 'novoivanivka', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-09-19'], note: 'the same list' },
    ],
  },
];
