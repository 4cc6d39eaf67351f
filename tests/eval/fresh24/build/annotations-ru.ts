// Hand annotations, Russian articles of tests/eval/fresh24. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const ARMY = 'country inside an army\'s name';
const MOD = 'Минобороны России';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2023-04-06',
    url: 'https://susanin.news/russia/incidents/20230406-301208',
    notes: 'Stored copy of a Сусанин (susanin.news) news item after RT, its standfirst and body as the store gives them; the photo caption before the text ("Случовск. Брянская область.") removed (the store gives no headline: the manifest title is made from the lead). The date is the URL\'s (6 April 2023, a Thursday; the text names no weekday). Events: the sabotage group that tried to break into the Bryansk region, spotted near Случовск and struck by the Russian troops and border guards (fighting, UA: an attempted incursion repelled, the attacking side as actor); the attempt of 29 March near Ломаковка (fighting, UA). The attack on a car on 2 March names no settlement. Случовск is placed at the centre of "Погарского района" (Pogar), Ломаковка at the oblast ("на Брянщину"). "Брянскую область", "Брянщину" and "Брянской области" are the oblast, Украины the country, "Погарского района" the district. Claims: the group of 20 people (count, troops, UA). Traps: Александр Богомаз (twice), Telegram, RT, ДРГ (three times).',
    places: [
      { t: 'Брянскую область', ref: 'bryanskOblast' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Случовск', ref: 'sluchovsk' },
      { t: 'Погарского', ref: 'pogarskyDistrict' },
      { t: 'Брянщину', ref: 'bryanskOblast' },
      { t: 'Ломаковка', ref: 'lomakovka' },
      { t: 'Брянской области', ref: 'bryanskOblast' },
    ],
    traps: [
      { t: 'Александр Богомаз', all: true, why: 'person' },
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'RT', why: 'news outlet' },
      { t: 'ДРГ', all: true, why: 'abbreviation (a sabotage and reconnaissance group)' },
    ],
    skipped: [],
    claims: [
      { t: '20 человек', kind: 'count', value: 20, unit: 'troops', holder: 'UA', claimant: 'Александр Богомаз', asOf: ['2023-04-06'], note: '"численность группы составляла 20 человек"' },
    ],
    events: [
      { t: 'Случовск', ref: 'sluchovsk', action: 'fighting', actor: 'UA', claimant: 'Александр Богомаз', asOf: ['2023-04-06'], note: '"Ее заметили возле села Случовск Погарского района. Российские военные и пограничники нанесли ДРГ огневое поражение"' },
      { t: 'Ломаковка', ref: 'lomakovka', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-03-29'], note: '"украинские диверсанты пытались проникнуть на Брянщину 29 марта в районе населенного пункта Ломаковка"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-05-05',
    url: 'https://secretmag.ru/amp/news/rossiiskie-voiska-vzyali-pod-polnyi-kontrol-ocheretino-v-dnr-pochemu-eto-vazhno-05-05-2024.htm',
    notes: 'Stored copy of a Секрет фирмы (secretmag.ru, AMP page) news item, its headline and body as the store gives them; the site name and the rubric and reading-time line before the headline ("secretmag.ru", "Новости1 мин.") removed, and the last sentence, cut by the store ("Ранее РБ"), removed. The subheading inside the text ("Что такое Очеретино") is kept. The date is the URL\'s (5 May 2024, a Sunday; the text names no weekday). Events: Очеретино "взяли под полный контроль" and "освободили" (captured, RU: the owner rule, Russia taking a Ukrainian village whatever the verb; the headline, the lead and "Освобождение Очеретино"); the Ukrainian brigades defeated "в районах Архангельского и Новгородского" (fighting, RU); the 8 counter-attacks repelled "в районах Новокалиново, Очеретино, Соловьево, Бердычи, Семеновка и Нетайлово" (fighting, UA: counter-attacks, the attacking side as actor). The subheading and "Очеретино находится примерно в 25 км от Донецка" are a question and a location (no event). Новгородское is the Russian name of Нью-Йорк (Niu-York). The villages the text places only "ДНР" are at the oblast. ДНР (four times) is the oblast, Донецка the city; "железнодорожная линия Донецк — Покровск" a railway named after towns, "МО РФ" and "Министерстве обороны России" official bodies (skipped). Not claims: counter-attacks counted, a distance. Traps: «Центр» (grouping), ВСУ (twice), РИА «Новости».',
    places: [
      { t: 'Очеретино', all: true, ref: 'ocheretyne' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Архангельского', ref: 'arkhanhelske' },
      { t: 'Новгородского', ref: 'newYork' },
      { t: 'Новокалиново', ref: 'novokalynove' },
      { t: 'Соловьево', ref: 'soloviove' },
      { t: 'Бердычи', ref: 'berdychi' },
      { t: 'Семеновка', ref: 'semenivka' },
      { t: 'Нетайлово', ref: 'netailove' },
      { t: 'Донецка', ref: 'donetsk' },
    ],
    traps: [
      { t: 'Центр', why: 'grouping of troops (группировка войск «Центр»)' },
      { t: 'ВСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'РИА «Новости»', why: 'news agency' },
    ],
    skipped: [
      { t: 'РФ', why: 'country inside an official body\'s name ("МО РФ")' },
      { t: 'России', why: 'country inside an official body\'s name ("в Министерстве обороны России")' },
      { t: 'Донецк', why: 'a railway named after towns ("железнодорожная линия Донецк — Покровск")' },
      { t: 'Покровск', why: 'a railway named after towns ("железнодорожная линия Донецк — Покровск")' },
    ],
    claims: [],
    events: [
      { t: 'Очеретино', n: 1, ref: 'ocheretyne', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-05-05'], note: 'the headline: "Российские войска взяли под полный контроль Очеретино в ДНР" (the owner rule)' },
      { t: 'Очеретино', n: 2, ref: 'ocheretyne', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-05-05'], note: '"МО РФ: российские войска освободили Очеретино в ДНР"' },
      { t: 'Архангельского', ref: 'arkhanhelske', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-05-05'], note: '"нанесли поражение формированиям ... в районах Архангельского и Новгородского ДНР"' },
      { t: 'Новгородского', ref: 'newYork', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-05-05'], note: '"в районах Архангельского и Новгородского ДНР"' },
      { t: 'Новокалиново', ref: 'novokalynove', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-05'], note: '"отразили 8 контратак ВСУ в районах Новокалиново, Очеретино, ..."' },
      { t: 'Очеретино', n: 3, ref: 'ocheretyne', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-05'], note: '"отразили 8 контратак ВСУ в районах Новокалиново, Очеретино, ..."' },
      { t: 'Соловьево', ref: 'soloviove', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-05'], note: '"отразили 8 контратак ВСУ в районах ... Соловьево"' },
      { t: 'Бердычи', ref: 'berdychi', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-05'], note: '"отразили 8 контратак ВСУ в районах ... Бердычи"' },
      { t: 'Семеновка', ref: 'semenivka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-05'], note: '"отразили 8 контратак ВСУ в районах ... Семеновка"' },
      { t: 'Нетайлово', ref: 'netailove', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-05-05'], note: '"отразили 8 контратак ВСУ в районах ... Нетайлово ДНР"' },
      { t: 'Очеретино', n: 6, ref: 'ocheretyne', action: 'captured', actor: 'RU', claimant: 'РИА «Новости»', asOf: ['2024-05-05'], note: '"Освобождение Очеретино стратегически важно для российской армии" (the capture reported, the owner rule)' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-08-19',
    url: 'http://gazeta.ru/army/news/2024/08/19/23726341.shtml',
    notes: 'Stored copy of a Газета.Ru news item, its headline, subtitle and body as the store gives them; the channel promotion and comment line before the headline ("Подписывайтесь на Газету.Ru в Telegram ...", "Новые комментарии +") removed, and the last sentence, cut by the store ("«Военная хроника» отмечала, что взятие поселка позволит ... а такж"), removed. The date is the URL\'s (19 August 2024, a Monday; "19 августа ТАСС сообщал" agrees). Events: Нью-Йорк taken (captured, RU: the owner rule; the headline "о взятии Нью-Йорка", the subtitle, the lead and Rogov\'s "об освобождении поселка Нью-Йорк"); the Ukrainian troops that "практически утратили контроль над Нью-Йорком" by TASS (captured, RU). The brigade withdrawing "в сторону села Нелеповка" moves towards a village (no event on it); "Нью-Йорк (бывший поселок Новгородское) расположен в 10 км от Горловки и 5 км от Торецка" is a location. Новгородское is the town\'s former name; Донбассе the region; ДНР the oblast; "Общественной палаты РФ" an official body (skipped). Not claims: distances. Traps: Рогов (three times), Владимир Рогов, РИА Новости, ТАСС, ВСУ (twice).',
    places: [
      { t: 'Нью-Йорка', ref: 'newYork' },
      { t: 'Нью-Йорк', all: true, ref: 'newYork' },
      { t: 'Донбассе', ref: 'donbas' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Нелеповка', ref: 'nelepivka' },
      { t: 'Нью-Йорком', ref: 'newYork' },
      { t: 'Новгородское', ref: 'newYork' },
      { t: 'Горловки', ref: 'horlivka' },
      { t: 'Торецка', ref: 'toretsk' },
    ],
    traps: [
      { t: 'Рогов', n: 1, why: 'person' },
      { t: 'Рогов', n: 2, why: 'person' },
      { t: 'Рогов', n: 4, why: 'person' },
      { t: 'РИА Новости', why: 'news agency' },
      { t: 'Владимир Рогов', why: 'person' },
      { t: 'ТАСС', why: 'news agency' },
      { t: 'ВСУ', all: true, why: 'abbreviation of the armed forces' },
    ],
    skipped: [
      { t: 'РФ', why: 'country inside an official body\'s name ("Общественной палаты РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Нью-Йорка', ref: 'newYork', action: 'captured', actor: 'RU', claimant: 'Владимир Рогов', asOf: ['2024-08-19'], note: 'the headline: "Рогов сообщил о взятии Нью-Йорка"' },
      { t: 'Нью-Йорк', n: 1, ref: 'newYork', action: 'captured', actor: 'RU', claimant: 'Владимир Рогов', asOf: ['2024-08-19'], note: 'the subtitle: "российские войска взяли под контроль поселок Нью-Йорк, проводят зачистку"' },
      { t: 'Нью-Йорк', n: 2, ref: 'newYork', action: 'captured', actor: 'RU', claimant: 'Владимир Рогов', asOf: ['2024-08-19'], note: '"Российские войска взяли под контроль поселок Нью-Йорк в Донбассе"' },
      { t: 'Нью-Йорк', n: 3, ref: 'newYork', action: 'captured', actor: 'RU', claimant: 'Владимир Рогов', asOf: ['2024-08-19'], note: '"об освобождении поселка Нью-Йорк в ДНР" (the owner rule)' },
      { t: 'Нью-Йорком', ref: 'newYork', action: 'captured', actor: 'RU', claimant: 'ТАСС', asOf: ['2024-08-19'], note: '"19 августа ТАСС сообщал, что украинские войска практически утратили контроль над Нью-Йорком"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-11-27',
    url: 'https://censor.net/ru/news/3587424/gulyayipole-voennye-govoryat-chto-zashli-rossiyane-v-vsu-oprovergli',
    notes: 'Stored copy of a Цензор.НЕТ (Russian) news item after hromadske, its headline and body as the store gives them; the index\'s date prefix removed, and the last sentence, cut by the store ("- По их данным, оккупанты затягиваются в населенный пункт из села Затишье ... откуда их пытаются выби"), removed. The subheading inside the text ("Россияне на окраинах города") is kept. The date is the index date (27 November 2025, a Thursday; "с утра 27 ноября" agrees). Events: the occupiers "на окраинах Гуляйполя" (the headline) and "на северо-восточных окраинах Гуляйполя, в крайних домах" (entered, RU: a break-in, reported by servicemen; denied: "Силы обороны Юга - отрицают"); the Russian invaders seen "в окрестностях города Гуляйполе" (fighting, RU, denied: an approach to the town). The rifle fights "в пределах города" and the platoon "в пределах города" name no settlement. "Запорожской области" is the oblast, "на Запорожском направлении" a front axis (skipped). Not claims: "до взвода россиян" (no figure). Traps: Цензор.НЕТ, hromadske, "Громадське", Владислав Волошин.',
    places: [
      { t: 'Гуляйполя', all: true, ref: 'huliaipole' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Цензор.НЕТ', why: 'news outlet' },
      { t: 'hromadske', why: 'news outlet' },
      { t: 'Громадське', why: 'news outlet' },
      { t: 'Владислав Волошин', why: 'person' },
    ],
    skipped: [
      { t: 'Запорожском', why: 'front axis ("на Запорожском направлении")' },
    ],
    claims: [],
    events: [
      { t: 'Гуляйполя', n: 1, ref: 'huliaipole', action: 'entered', actor: 'RU', claimant: 'Ukrainian servicemen', denied: true, asOf: ['2025-11-27'], note: 'the headline: "оккупанты уже фиксируются на окраинах Гуляйполя. Силы обороны Юга - отрицают"' },
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'Ukrainian servicemen', denied: true, asOf: ['2025-11-27'], note: '"заметили российских захватчиков в окрестностях города Гуляйполе"' },
      { t: 'Гуляйполя', n: 2, ref: 'huliaipole', action: 'entered', actor: 'RU', claimant: 'Ukrainian servicemen', denied: true, asOf: ['2025-11-27'], note: '"с утра 27 ноября фиксируют российские силы на северо-восточных окраинах Гуляйполя, в крайних домах"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2024-05-22',
    url: 'https://news-kharkov.ru/society/2024/05/22/101675.html',
    notes: 'Stored copy of a Новости Харькова (news-kharkov.ru) news item after SHOT, its body as the store gives it (the store gives no headline: the manifest title is made from the lead). The date is the URL\'s (22 May 2024, a Wednesday; "21 мая" the day before). Events: the Russian troops controlling half of Волчанск and "уже 50 процентов Волчанска" (controls, RU: SHOT); the northern part of Волчанск "взяли под контроль" on 21 May (controls, RU: a side holding part of a town, Ganchev). "Ганчев назвал Волчанск самой горячей точкой" and the brigade moved "под Волчанск" carry no event. "Харьковской области" (twice) is the oblast; "военно-гражданской администрации Харьковской области" an official body, "ВС РФ" and "военные России" a country inside an army\'s name, "армия Украины" likewise, "«Мы вместе с Россией»" a movement\'s name and "ореховского направления" a front axis (skipped). Claims: half of the town (area-held, percent, RU: "половину", SHOT); 50 per cent (area-held, percent, RU: SHOT); 40 per cent (area-held, percent, RU: Ganchev, 21 May). Traps: Telegram, SHOT, Виталий Ганчев, Ганчев, Владимира Рогова.',
    places: [
      { t: 'Волчанска', all: true, ref: 'vovchansk' },
      { t: 'Харьковской области', ctx: 'Волчанска в Харьковской области', ref: 'kharkivOblast' },
      { t: 'Волчанск', all: true, ref: 'vovchansk' },
      { t: 'Харьковской области', ctx: 'пункта Харьковской области', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'SHOT', why: 'a Telegram channel' },
      { t: 'Виталий Ганчев', why: 'person' },
      { t: 'Ганчев', ctx: 'Ганчев назвал', why: 'person' },
      { t: 'Владимира Рогова', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', why: ARMY + ' ("ВС РФ")' },
      { t: 'Харьковской области', ctx: 'администрации Харьковской области', why: 'oblast inside an official body\'s name ("военно-гражданской администрации Харьковской области")' },
      { t: 'России', why: ARMY + ' ("военные России")' },
      { t: 'Россией', why: 'country inside a movement\'s name ("«Мы вместе с Россией»")' },
      { t: 'Украины', why: ARMY + ' ("армия Украины")' },
      { t: 'ореховского', why: 'front axis ("с ореховского направления")' },
    ],
    claims: [
      { t: 'половину', kind: 'area-held', value: 50, unit: 'percent', holder: 'RU', claimant: 'SHOT', asOf: ['2024-05-22'], note: '"Российские войска, предположительно, контролируют половину Волчанска"' },
      { t: '50 процентов', kind: 'area-held', value: 50, unit: 'percent', holder: 'RU', claimant: 'SHOT', asOf: ['2024-05-22'], note: '"На данный момент под контролем ВС РФ уже 50 процентов Волчанска"' },
      { t: '40 процентов', kind: 'area-held', value: 40, unit: 'percent', holder: 'RU', claimant: 'Виталий Ганчев', asOf: ['2024-05-21'], note: '"По его данным, военные России контролируют 40 процентов города" (21 May)' },
    ],
    events: [
      { t: 'Волчанска', n: 1, ref: 'vovchansk', action: 'controls', actor: 'RU', claimant: 'SHOT', part: true, asOf: ['2024-05-22'], note: '"Российские войска, предположительно, контролируют половину Волчанска"' },
      { t: 'Волчанска', n: 2, ref: 'vovchansk', action: 'controls', actor: 'RU', claimant: 'SHOT', part: true, asOf: ['2024-05-22'], note: '"под контролем ВС РФ уже 50 процентов Волчанска"' },
      { t: 'Волчанска', n: 3, ref: 'vovchansk', action: 'captured', actor: 'RU', claimant: 'Виталий Ганчев', part: true, asOf: ['2024-05-21'], note: '"21 мая ... российские силы взяли под контроль северную часть Волчанска"' },
    ],
  },
];
