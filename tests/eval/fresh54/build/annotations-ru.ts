// Hand annotations, Russian articles of tests/eval/fresh54 (see annotations-en.ts for the locators).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-10-02',
    url: 'https://www.gazeta.ru/army/news/2025/10/02/26869796.shtml',
    notes: 'Stored copy on Газета.Ru, its body as the store gives it (no headline: the manifest\'s title is written from the first sentence). The date is the index\'s and the URL\'s (2 October 2025). Claims: "почти 100%" of the LNR held by Russia, twice (area-held, percent, RU, Putin; a figure, each statement a claim); "0,13%" held by the enemy (area-held, percent, UA, Putin); the Defence Ministry\'s figures from 1 January to 25 September 2025: 4714 km² in all, more than 3.3 thousand km² in the DNR, 205 in the LNR, 542 in Kharkiv Oblast, 261 in Sumy Oblast and 175 in Dnipropetrovsk Oblast (area-gained, RU), and 205 settlements "с начала года" (count, settlements, RU). No event: the holds are of whole oblasts. ЛНР and ДНР are the oblasts. Skipped: "РФ" in "президент РФ" (an official\'s title) and "Минобороны РФ" (a body), "России" in "Вооруженные силы России" and "ВС России" (bodies). Trap: the club «Валдай».',
    places: [
      { t: 'Россия', ref: 'russia' },
      { t: 'Луганской народной республики', ref: 'luhanskOblast' },
      { t: 'ЛНР', all: true, ref: 'luhanskOblast' },
      { t: 'Луганской области', ref: 'luhanskOblast' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
    ],
    traps: [{ t: 'Валдай', why: "a discussion club's name" }],
    skipped: [
      { t: 'РФ', ctx: 'президент РФ', why: TITLE },
      { t: 'РФ', ctx: 'Минобороны РФ', why: BODY },
      { t: 'России', all: true, why: BODY },
    ],
    claims: [
      { t: '100%', n: 1, kind: 'area-held', value: 100, unit: 'percent', holder: 'RU', claimant: 'Putin', asOf: ['2025-10-02'], note: '"Россия контролирует почти 100% Луганской народной республики"' },
      { t: '100%', n: 2, kind: 'area-held', value: 100, unit: 'percent', holder: 'RU', claimant: 'Putin', asOf: ['2025-10-02'], note: '"Примерно, почти 100% Луганской области в наших руках"' },
      { t: '0,13%', kind: 'area-held', value: 0.13, unit: 'percent', holder: 'UA', claimant: 'Putin', asOf: ['2025-10-02'], note: '"нам осталось, по-моему, 0,13%, которые противник контролирует"' },
      { t: '4714 кв. км', kind: 'area-gained', value: 4714, unit: 'km2', holder: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-01-01', '2025-09-25'], note: '"с 1 января по 25 сентября 2025 года ... взяли под контроль 4714 кв. км"' },
      { t: '3,3 тыс. кв. км', kind: 'area-gained', value: 3300, unit: 'km2', holder: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-01-01', '2025-09-25'], note: '"более 3,3 тыс. кв. км в ДНР"' },
      { t: '205 кв. км', kind: 'area-gained', value: 205, unit: 'km2', holder: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-01-01', '2025-09-25'], note: '"более 205 кв. км в ЛНР"' },
      { t: '542 кв. км', kind: 'area-gained', value: 542, unit: 'km2', holder: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-01-01', '2025-09-25'], note: '"свыше 542 кв. км в Харьковской области"' },
      { t: '261 кв. км', kind: 'area-gained', value: 261, unit: 'km2', holder: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-01-01', '2025-09-25'], note: '"более 261 кв. км в Сумской области"' },
      { t: '175 кв. км', kind: 'area-gained', value: 175, unit: 'km2', holder: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-01-01', '2025-09-25'], note: '"более 175 кв. км в Днепропетровской области"' },
      { t: '205 населенных пунктов', kind: 'count', value: 205, unit: 'settlements', holder: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-01-01', '2025-09-25'], note: '"под полный контроль ВС России с начала года перешли 205 населенных пунктов"' },
    ],
    events: [],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-12-24',
    url: 'https://www.m24.ru/news/politika/24122025/858935',
    notes: 'Stored copy on Москва 24, its body as the store gives it (no headline: the manifest\'s title is written from the first sentence); the photo credit ("Фото: телеграм-канал "Минобороны России"") removed. The date is the index\'s and the URL\'s (24 December 2025). Event: "ВС РФ освободили населенный пункт Заречное в Запорожской области" (captured, RU: the owner rule reads the Russian "освобождение" of a Ukrainian village as a capture). Claim: "за 2025 год освободили более 300 населенных пунктов" (count, settlements, RU, Putin, the year to the report). Not events: "установлении полного контроля над Донбассом" (an aim for a region), "полосы безопасности в приграничных районах Украины" (no settlement). Hard case: Заречное of Zaporizhzhia Oblast, not its Donetsk namesake. Skipped: "РФ" in "ВС РФ", "Минобороны РФ", "Генштаба ВС РФ" and "России" in "Армия России" (bodies). Traps: Герасимов, Путин.',
    places: [
      { t: 'Заречное', ref: 'zarichneZp' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Донбассом', ref: 'donbas' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Украине', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Владимир Путин', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY },
      { t: 'России', why: BODY },
    ],
    claims: [
      { t: '300 населенных пунктов', kind: 'count', value: 300, unit: 'settlements', holder: 'RU', claimant: 'Putin', asOf: ['2025-01-01', '2025-12-24'], note: '"ВС РФ за 2025 год освободили более 300 населенных пунктов"' },
    ],
    events: [
      { t: 'Заречное', ref: 'zarichneZp', action: 'captured', actor: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-12-24'], note: '"ВС РФ освободили населенный пункт Заречное в Запорожской области"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-10-28',
    url: 'https://room.520baby.info/news/58574-rocsijskie_vojska_vzjali_pod_kontrolj_gorod_selidovo_v_donetskoj_oblasti/print',
    notes: 'Stored copy on an aggregator (room.520baby.info, print page), its headline and body as the store gives them; the date line and view count under the headline ("28 октября 2024", "3032", which give the date), the image and the teaser "Читайте ещё: ..." removed. Events: the headline\'s "Российские войска взяли под контроль город Селидово" (captured, RU, the Russian side\'s video account), "Украинские военные также заявляют о почти полном захвате Селидово россиянами" (captured, RU, part: "almost complete", by Ukrainian soldiers\' account); "в угрозе окружения остаются украинские военные в городе Курахово" (fighting, RU: the encirclement convention). Not events: "Из Селидово открывается прямая дорога на Покровск" (a road), "Если Покровск падёт до зимы" (a prospect), "здания горсовета Селидово" (a building named by the town; the video\'s claim is the headline\'s). "Под контролем РФ" and "Украина этого официально не заявляла" are the countries as places.',
    places: [
      { t: 'Селидово', all: true, ref: 'selydove' },
      { t: 'Донецкой области', all: true, ref: 'donetskOblast' },
      { t: 'Покровск', all: true, ref: 'pokrovsk' },
      { t: 'Днепропетровскую область', ref: 'dnipropetrovskOblast' },
      { t: 'Курахово', ref: 'kurakhove' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Украина', ref: 'ukraine' },
    ],
    traps: [],
    skipped: [],
    claims: [],
    events: [
      { t: 'Селидово', n: 1, ref: 'selydove', action: 'captured', actor: 'RU', claimant: 'Russian military', asOf: ['2024-10-28'], note: 'headline: "Российские войска взяли под контроль город Селидово"' },
      { t: 'Селидово', ctx: 'почти полном захвате Селидово', ref: 'selydove', action: 'captured', actor: 'RU', claimant: 'Ukrainian military', part: true, asOf: ['2024-10-28'], note: '"Украинские военные также заявляют о почти полном захвате Селидово россиянами"' },
      { t: 'Курахово', ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-10-28'], note: '"Также в угрозе окружения остаются украинские военные в городе Курахово"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-07-01',
    url: 'https://aroundprague.cz/news/vojna-v-ukraine/rossiya-zayavila-o-polnom-kontrole-nad-luganskoj-oblastyu?page=48',
    notes: 'Stored copy on Around Prague (Russian), its headline and body as the store gives them; the date line ("1 июля 2025, 20:30 Война в Украине", which gives the date) removed, and the last sentence, cut by the store ("Киев эту информацию тогда..."), removed. Claim: "российские силы контролировали чуть более 99% территории региона ... такую цифру в декабре озвучивал министр обороны РФ Андрей Белоусов" (area-held, percent, RU, Belousov, from December 2024 "until recently", judgement call). No event: the hold told is of the whole oblast. "Луганская" alone ("Луганская станет первой украинской областью") is the oblast; "назначенный Москвой" and "проведённого Москвой" are the capital as a place; "Россия заявила" (headline; added after the first run), "Россией" and "частью России" the country. Skipped: "РФ" in "министр обороны РФ" (an official\'s title). Traps: the Kremlin, Первый канал, РИА Новости, Леонид Пасечник, Андрей Белоусов.',
    places: [
      { t: 'Россия', ref: 'russia' },
      { t: 'Луганской областью', ref: 'luhanskOblast' },
      { t: 'Луганская область', all: true, ref: 'luhanskOblast' },
      { t: 'Москвой', all: true, ref: 'moscow' },
      { t: 'Луганской народной республики', all: true, ref: 'luhanskOblast' },
      { t: 'ЛНР', ref: 'luhanskOblast' },
      { t: 'Луганская', ctx: 'Луганская станет', ref: 'luhanskOblast' },
      { t: 'Россией', ref: 'russia' },
      { t: 'России', ref: 'russia' },
    ],
    traps: [
      { t: 'Кремль', why: 'the Russian government by its seat' },
      { t: 'Первый канал', why: 'a television channel' },
      { t: 'РИА Новости', why: 'a news agency' },
      { t: 'Леонид Пасечник', why: 'person' },
      { t: 'Пасечника', why: 'person' },
      { t: 'Андрей Белоусов', why: 'person' },
    ],
    skipped: [{ t: 'РФ', why: TITLE }],
    claims: [
      { t: '99%', kind: 'area-held', value: 99, unit: 'percent', holder: 'RU', claimant: 'Andrei Belousov', asOf: ['2024-12-01', '2025-06-30'], note: '"до последнего времени российские силы контролировали чуть более 99% территории региона. Именно такую цифру в декабре озвучивал министр обороны РФ Андрей Белоусов"' },
    ],
    events: [],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-11-21',
    url: 'https://www.tvc.ru/news/330854',
    notes: 'Stored copy on ТВ Центр, its body as the store gives it (no headline: the manifest\'s title is written from the first sentence). The page carries no date: it is dated 21 November 2025, the day after Gerasimov\'s report of 20 November 2025 to Putin that the body cites ("освободили город Волчанск на 80%"; judgement call). Events: "перебрасывает подкрепления, чтобы удержать позиции в Волчанске" (controls, UA, part: positions in the town held); "освободили город Волчанск на 80%" (captured, RU, part: the owner rule and the share). Claim: "на 80%" (area-held, percent, RU, Gerasimov). Not events: reinforcements "направлены в район населенного пункта Вильча" and officers "эвакуируются из этого населенного пункта" (movements of units and command posts, no change of control told). Skipped: "харьковском направлении" (an axis; added after the first run), "России" in "Генштаба ВС России" (a body) and "президенту России" (a title). Traps: ТАСС, Валерий Герасимов, Владимир Путин.',
    places: [
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Волчанске', ref: 'vovchansk' },
      { t: 'Вильча', ref: 'vilcha' },
      { t: 'Волчанск', ref: 'vovchansk' },
    ],
    traps: [
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Владимиру Путину', why: 'person' },
    ],
    skipped: [
      { t: 'харьковском', why: 'a front axis named by an adjective' },
      { t: 'России', ctx: 'ВС России', why: BODY },
      { t: 'России', ctx: 'президенту России', why: TITLE },
    ],
    claims: [
      { t: '80%', kind: 'area-held', value: 80, unit: 'percent', holder: 'RU', claimant: 'Valery Gerasimov', asOf: ['2025-11-20'], note: '"российские военные освободили город Волчанск на 80%"' },
    ],
    events: [
      { t: 'Волчанске', ref: 'vovchansk', action: 'controls', actor: 'UA', claimant: 'Russian security sources', part: true, asOf: ['2025-11-21'], note: '"Командование ВСУ экстренно перебрасывает подкрепления, чтобы удержать позиции в Волчанске"' },
      { t: 'Волчанск', ref: 'vovchansk', action: 'captured', actor: 'RU', claimant: 'Valery Gerasimov', part: true, asOf: ['2025-11-20'], note: '"освободили город Волчанск на 80%"' },
    ],
  },
];
