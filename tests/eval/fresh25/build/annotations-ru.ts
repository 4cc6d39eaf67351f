// Hand annotations, Russian articles of tests/eval/fresh25. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const ARMY = 'country inside an army\'s name';
const OFFICIAL = "country inside an official title or body's name";
const MALIAR_WEEK = ['2023-08-28', '2023-09-04'] as const;

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-12-09',
    url: 'https://news.ru/regions/vs-rossii-osvobodili-seversk-v-doneckoj-narodnoj-respublike',
    notes: 'Stored copy of a News.ru news item after Mash, its body as the store gives it; the index\'s date prefix removed; the last sentence, cut by the store ("Кроме того, военный эксперт Василий Дандыкин заявил, что освобождение ВС РФ населенного пун"), removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index\'s (9 December 2025; the text names no day). Events: Северск "освободили" (captured, RU: the owner rule, Russia taking a Ukrainian town whatever the verb; Mash), unconfirmed ("Минобороны РФ эту информацию не комментировало": denied in the gold\'s sense, a claim the text reports as unconfirmed); "после освобождения Красноармейска" (captured, RU, Валерий Герасимов, earlier). The grouping\'s concentration "на ликвидации блокированных украинских частей в районе Димитрова" is a plan (future). Claims: Северск "на 99% находится под контролем российской армии" (area-held, percent, RU, Mash). Красноармейск (Pokrovsk) and Димитров (Myrnohrad) are the Soviet-era names at their towns\' points. "Донецкой Народной Республике" and "ДНР" are Donetsk Oblast; "Вооруженные силы России", "Вооруженных сил России" armies\' names and "Минобороны РФ" an official body (skipped). Traps: Mash, Telegram, ВСУ, Валерий Герасимов, «Центр» (a grouping).',
    places: [
      { t: 'Северск', ref: 'siversk' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Красноармейска', ref: 'pokrovsk' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Димитрова', ref: 'myrnohrad' },
    ],
    traps: [
      { t: 'Mash', why: 'a Telegram channel' },
      { t: 'Telegram', why: 'a messaging app' },
      { t: 'ВСУ', why: 'abbreviation of the armed forces' },
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Центр', why: 'a grouping of troops ("группировка «Центр»")' },
    ],
    skipped: [
      { t: 'России', n: 1, why: ARMY + ' ("Вооруженные силы России")' },
      { t: 'России', n: 2, why: ARMY + ' ("Генштаба Вооруженных сил России")' },
      { t: 'РФ', why: OFFICIAL + ' ("Минобороны РФ")' },
    ],
    claims: [
      { t: '99%', kind: 'area-held', value: 99, unit: 'percent', holder: 'RU', claimant: 'Mash', asOf: ['2025-12-09'], note: '"город Северск ..., который на 99% находится под контролем российской армии"' },
    ],
    events: [
      { t: 'Северск', ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Mash', denied: true, asOf: ['2025-12-09'], note: '"Вооруженные силы России освободили город Северск" (unconfirmed: "Минобороны РФ эту информацию не комментировало")' },
      { t: 'Красноармейска', ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-09'], note: '"после освобождения Красноармейска в ДНР" (told earlier by Gerasimov)' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2026-02-25',
    url: 'https://24tv.ua/ru/rozhdestvenku-zaporozhe-jakoby-zahvatila-rossija-chto-govorjat_n3016621/amp',
    notes: 'Stored copy of a 24 Канал (Russian) news item after RBC-Ukraine, its body as the store gives it; the index\'s date prefix removed; the last sentence, cut by the store ("По словам защитников, Рождественка расположена ... и противник не имеет физической"), removed. The store gives no headline: the manifest title is made from the URL slug. The subheading ("Что известно о якобы захвате села?") is kept. The date is the index\'s (25 February 2026; the text names no day). Events: the Russian Defence Ministry\'s "взятии под контроль" of Рождественка and "российские войска якобы захватили населенный пункт Рождественка" (captured, RU, Минобороны России, denied: "назвали эти сообщения ложными и опровергли факт захвата"). "населенный пункт продолжает находиться под контролем ВСУ" names no settlement. Рождественка (Rizdvianka) is placed in the oblast the text names ("в Запорожской области"); "на юге Украины" is the country; "Министерство обороны России" an official body (skipped). No claims. Traps: РБК-Украина (an outlet named after the country), ВСУ, Владислав Волошин (twice).',
    places: [
      { t: 'Рождественка', all: true, ref: 'rizdvianka' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Украины', ref: 'ukraine' },
    ],
    traps: [
      { t: 'РБК-Украина', why: 'an outlet named after the country' },
      { t: 'ВСУ', why: 'abbreviation of the armed forces' },
      { t: 'Владислав Волошин', all: true, why: 'person' },
    ],
    skipped: [{ t: 'России', why: OFFICIAL + ' ("Министерство обороны России")' }],
    claims: [],
    events: [
      { t: 'Рождественка', n: 1, ref: 'rizdvianka', action: 'captured', actor: 'RU', claimant: 'Минобороны России', denied: true, asOf: ['2026-02-25'], note: '"заявление о якобы "взятии под контроль" села Рождественка" (called false: "назвали эти сообщения ложными и опровергли факт захвата")' },
      { t: 'Рождественка', n: 2, ref: 'rizdvianka', action: 'captured', actor: 'RU', claimant: 'Минобороны России', denied: true, asOf: ['2026-02-25'], note: '"российские войска якобы захватили населенный пункт Рождественка" ("в Силах обороны опровергли эти заявления")' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-12-27',
    url: 'https://news.mail.ru/svo/69262189/',
    notes: 'Stored copy of a Новости Mail (news.mail.ru) news item after KP.RU, its body as the store gives it, with no edit. The store gives no headline: the manifest title is made from the lead. The date is the text\'s ("в субботу, 27 декабря": 27 December 2025 is a Saturday, and Gerasimov reported Stepnohirsk taken that day). Events: Степногорск "освободили" (captured, RU: the owner rule; Валерий Герасимов); "в боях за Гуляйполе" (fighting, RU, the Russian Defence Ministry). Taking control of "Донбасса, Запорожской и Херсонской областей" is a plan. "Запорожской области", "Запорожской" and "Херсонской областей" are the oblasts, Донбасс the region; "Вооруженные силы (ВС) России" and "Вооруженных сил Украины" armies\' names, "ВС РФ" and "Министерстве обороны России" official bodies (skipped). No claims ("свыше батальона" is no figure). Traps: Валерий Герасимов, KP.RU, ВСУ.',
    places: [
      { t: 'Степногорск', ref: 'stepnohirsk' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Донбасса', ref: 'donbas' },
      { t: 'Запорожской', n: 2, ref: 'zaporizhzhiaOblast' },
      { t: 'Херсонской областей', ref: 'khersonOblast' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
    ],
    traps: [
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'KP.RU', why: 'an outlet' },
      { t: 'ВСУ', why: 'abbreviation of the armed forces' },
    ],
    skipped: [
      { t: 'России', n: 1, why: ARMY + ' ("Вооруженные силы (ВС) России")' },
      { t: 'РФ', why: OFFICIAL + ' ("Генерального штаба ВС РФ")' },
      { t: 'Украины', why: ARMY + ' ("Вооруженных сил Украины")' },
      { t: 'России', n: 2, why: OFFICIAL + ' ("в Министерстве обороны России")' },
    ],
    claims: [],
    events: [
      { t: 'Степногорск', ref: 'stepnohirsk', action: 'captured', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-12-27'], note: '"Вооруженные силы (ВС) России освободили Степногорск"' },
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'Министерство обороны России', asOf: ['2025-12-27'], note: '"в боях за Гуляйполе уничтожено свыше батальона живой силы Вооруженных сил Украины"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-09-04',
    url: 'https://fun.my.ua/news/cluster/2023-09-04-kontrnastup-zsu-minoboroni-povidomilo-skilki-teritorii-zvilneno-pid-bakhmutom/2b825b4a-1fc4-19a9-4b67-e6a14b7f306b',
    notes: 'Stored copy of a MY.UA (fun.my.ua, Russian) news item, its headline and body as the store gives them; the image tag and image address before the headline removed; the reading pointer after the text ("За ситуацией в городах можно следить на интерактивной карте боевых действий в Украине.") and the last sentence, cut by the store ("Больше информации о войне в Укра"), removed. The date is the URL\'s (4 September 2023; "уже 558-е сутки" of the full-scale war agrees). Events: "ожесточенные бои идут на южном и северном флангах Бахмута" (fighting, UA, the attacking side of the counter-offensive; Анна Маляр); "очень горячо в районах Клещеевки, Курдюмовки и Озаряновки" (fighting, UA, the past week); "успехи в районе Новоданиловка — Новопрокоповка" (fighting, UA: an advance near settlements). The headline\'s "Под Бахмутом горячо" (fighting, UA, like "очень горячо в районах Клещеевки"). Claims: ground retaken on the Bakhmut axis (area-retaken, km2, UA, Анна Маляр): "47 кв. км" so far, "3 кв. км" over the week (the headline) and "3 кв. м" over the last week (the store\'s text says "кв. м" where the headline and the sense say square kilometres: the same figure, annotated as 3 km2). Клещеевка (Klishchiivka) has its Wikipedia point; Курдюмовка and Озаряновка are placed near Bakhmut (its flanks), Новоданиловка and Новопрокоповка in Zaporizhzhia Oblast (the Melitopol axis; the text names no oblast). Украина ("Полномасштабная война в Украине") is the country; "на Бахмутском направлении" and "на Мелитопольском направлении" are front axes (skipped); "на Юге" names no place. Traps: Маляр (three times), ВСУ.',
    places: [
      { t: 'Бахмутом', ref: 'bakhmut' },
      { t: 'Бахмута', ref: 'bakhmut' },
      { t: 'Клещеевки', ref: 'klishchiivka' },
      { t: 'Курдюмовки', ref: 'kurdiumivka' },
      { t: 'Озаряновки', ref: 'ozarianivka' },
      { t: 'Новоданиловка', ref: 'novodanylivkaZp' },
      { t: 'Новопрокоповка', ref: 'novoprokopivka' },
      { t: 'Украине', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Маляр', all: true, why: 'person (Анна Маляр)' },
      { t: 'ВСУ', why: 'abbreviation of the armed forces' },
    ],
    skipped: [
      { t: 'Бахмутском', why: 'front axis ("На Бахмутском направлении")' },
      { t: 'Мелитопольском', why: 'front axis ("на Мелитопольском направлении")' },
    ],
    claims: [
      { t: '3 кв. км', kind: 'area-retaken', value: 3, unit: 'km2', holder: 'UA', claimant: 'Анна Маляр', asOf: MALIAR_WEEK, note: 'the headline: "за неделю освобождено еще 3 кв. км"' },
      { t: '47 кв. км', kind: 'area-retaken', value: 47, unit: 'km2', holder: 'UA', claimant: 'Анна Маляр', asOf: ['2023-09-04'], note: '"На Бахмутском направлении Силы обороны в ходе контрнаступательных действий уже освободили 47 кв. км"' },
      { t: '3 кв. м', kind: 'area-retaken', value: 3, unit: 'km2', holder: 'UA', claimant: 'Анна Маляр', asOf: MALIAR_WEEK, note: '"из которых 3 кв. м — за последнюю неделю" (the store\'s "кв. м" for the headline\'s "кв. км")' },
    ],
    events: [
      { t: 'Бахмутом', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Анна Маляр', asOf: MALIAR_WEEK, note: 'the headline: "Под Бахмутом горячо" (the same form as "очень горячо в районах Клещеевки ...")' },
      { t: 'Бахмута', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Анна Маляр', asOf: ['2023-09-04'], note: '"ожесточенные бои идут на южном и северном флангах Бахмута" (the Ukrainian counter-offensive)' },
      { t: 'Клещеевки', ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: 'Анна Маляр', asOf: MALIAR_WEEK, note: '"На прошлой неделе было очень горячо в районах Клещеевки, Курдюмовки и Озаряновки"' },
      { t: 'Курдюмовки', ref: 'kurdiumivka', action: 'fighting', actor: 'UA', claimant: 'Анна Маляр', asOf: MALIAR_WEEK, note: '"очень горячо в районах Клещеевки, Курдюмовки и Озаряновки"' },
      { t: 'Озаряновки', ref: 'ozarianivka', action: 'fighting', actor: 'UA', claimant: 'Анна Маляр', asOf: MALIAR_WEEK, note: '"очень горячо в районах Клещеевки, Курдюмовки и Озаряновки"' },
      { t: 'Новоданиловка', ref: 'novodanylivkaZp', action: 'fighting', actor: 'UA', claimant: 'Анна Маляр', asOf: MALIAR_WEEK, note: '"за последние несколько дней были успехи в районе Новоданиловка — Новопрокоповка"' },
      { t: 'Новопрокоповка', ref: 'novoprokopivka', action: 'fighting', actor: 'UA', claimant: 'Анна Маляр', asOf: MALIAR_WEEK, note: '"были успехи в районе Новоданиловка — Новопрокоповка"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2023-01-30',
    url: 'https://rg.ru/amp/2023/01/30/pushilin-vsu-zakrepilis-v-ugledare-i-poka-ne-namereny-otstupat.html',
    notes: 'Stored copy of a Российская газета (rg.ru) news item, its headline and body as the store gives them; the date line ("30.01.2023 10:18"), the rubric ("Власть") and the byline ("Текст:  Алексей Комолов") before the headline, and the tag line after the text ("Армия Донецкая Народная Республика"), removed. The link label inside the text ("Читать на сайте RG.RU") is kept. The date is the URL\'s and the date line\'s (30 January 2023). Events: "ВСУ закрепились в Угледаре" (the headline) and "Украинские войска в Угледаре оборудовали сильные позиции" (controls, UA: the side holding the town; Денис Пушилин); "российские войска продолжают продвижение в Угледаре и закрепились в восточной части города" (fighting, RU: an advance within the town; Пушилин, earlier); Артемовск and Угледар "под постоянными обстрелами ... постоянными попытками прорвать оборону" (fighting, RU, Владимир Зеленский). Forecasts "по срокам освобождения города" name no settlement. Артемовск (Бахмут) is the Soviet-era name beside the current one in brackets (two mentions, the event on the first). "ДНР" is Donetsk Oblast; "Минобороны России" an official body and "президент Украины" a title (skipped); "России 24" a TV channel (trap). No claims. Traps: Денис Пушилин, Пушилин (twice), Владимир Зеленский, ВСУ, «России 24», RG.RU.',
    places: [
      { t: 'Угледаре', all: true, ref: 'vuhledar' },
      { t: 'Угледар', ref: 'vuhledar' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Артемовск', ref: 'bakhmut' },
      { t: 'Бахмут', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Денис Пушилин', why: 'person' },
      { t: 'Пушилин', n: 1, why: 'person (the headline)' },
      { t: 'Пушилин', n: 3, why: 'person' },
      { t: 'Владимир Зеленский', why: 'person' },
      { t: 'ВСУ', why: 'abbreviation of the armed forces' },
      { t: 'России 24', why: 'a TV channel' },
      { t: 'RG.RU', why: 'an outlet' },
    ],
    skipped: [
      { t: 'России', ctx: 'Минобороны России', why: OFFICIAL + ' ("в Минобороны России")' },
      { t: 'Украины', why: 'title (the president of the country: "президент Украины")' },
    ],
    claims: [],
    events: [
      { t: 'Угледаре', n: 1, ref: 'vuhledar', action: 'controls', actor: 'UA', claimant: 'Денис Пушилин', asOf: ['2023-01-30'], note: 'the headline: "ВСУ закрепились в Угледаре и пока не намерены отступать"' },
      { t: 'Угледаре', n: 2, ref: 'vuhledar', action: 'controls', actor: 'UA', claimant: 'Денис Пушилин', asOf: ['2023-01-30'], note: '"Украинские войска в Угледаре оборудовали сильные позиции и пока не намерены отступать"' },
      { t: 'Угледаре', n: 3, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'Денис Пушилин', part: true, asOf: ['2023-01-30'], note: '"Ранее Пушилин говорил, что российские войска продолжают продвижение в Угледаре и закрепились в восточной части города"' },
      { t: 'Артемовск', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: 'Владимир Зеленский', asOf: ['2023-01-30'], note: '"Артемовск (Бахмут) и Угледар находятся под постоянными обстрелами российских войск, постоянными попытками прорвать оборону"' },
      { t: 'Угледар', ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'Владимир Зеленский', asOf: ['2023-01-30'], note: '"Артемовск (Бахмут) и Угледар находятся под ... постоянными попытками прорвать оборону"' },
    ],
  },
];
