// Hand annotations, Russian articles of tests/eval/fresh41. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";
const AXIS = 'a front axis named by an adjective';
const TITLE = 'country inside an official title ("президенту РФ", "министра обороны Украины")';
const MOD = 'Минобороны России';
const SHOIGU = 'Сергей Шойгу';
const MALIAR = 'Анна Маляр';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-08-13',
    url: 'https://sensaciy.net/minoborony-rf-soobshhilo-o-polnom-osvobozhdenii-peski-v-dnr/?amp=1',
    notes: 'Stored copy on sensaciy.net (its AMP page), its headline, standfirst and body as the store gives them; the date line ("13.08.2022 13:43") before the headline, the repeated headline and the photo credit ("Фото: Минобороны РФ") after it, and the last sentence, cut by the store ("Напомним, что власти ДНР еще на п"), removed. The date is the date line\'s (13 August 2022). Events: the full "освобождение" of Pisky, three times (captured, RU: the Russian "освобождение" of a Ukrainian village, the owner rule); the offensive "в районе населенного пункта Артемовск" (fighting, RU; Artemovsk is the old name of Bakhmut); "В поселке Старые Терны потерпел поражение пункт управления" (fighting, RU, as the ministry\'s "нанесено поражение … в районах X" is read). Not events: the storm "с начала августа" and the clearing operation (no name in the clause), the HIMARS launcher destroyed "в районе Краматорска" (a strike on equipment far behind the line). Claim: "погибли более 100 националистов" (count, killed, UA, the day\'s report). Traps: Konashenkov, «Правый сектор». Skipped: Russia in "Минобороны РФ" and "Министерство обороны России".',
    places: [
      { t: 'Пески', all: true, ref: 'piskyDnr' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Артемовск', ref: 'bakhmut' },
      { t: 'Старые Терны', ref: 'stariTerny' },
      { t: 'Краматорска', ref: 'kramatorsk' },
    ],
    traps: [
      { t: 'Игорь Конашенков', why: 'person' },
      { t: 'Правый сектор', why: 'a group (боевого формирования «Правый сектор»)' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: OFFICIAL + ' ("Минобороны РФ")' },
      { t: 'России', why: OFFICIAL + ' ("Министерство обороны России")' },
    ],
    claims: [
      { t: 'более 100 националистов', kind: 'count', value: 100, unit: 'killed', holder: 'UA', claimant: MOD, asOf: ['2022-08-12', '2022-08-13'], note: '"В поселке Старые Терны потерпел поражение пункт управления ..., погибли более 100 националистов" (the day\'s report: "За прошедшие сутки")' },
    ],
    events: [
      { t: 'Пески', n: 1, ref: 'piskyDnr', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-08-13'], note: 'the headline: "Минобороны РФ сообщило о полном освобождении поселка Пески в ДНР"' },
      { t: 'Пески', n: 2, ref: 'piskyDnr', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-08-13'], note: '"Министерство обороны России доложило о полном освобождении населенного пункта Пески в ДНР"' },
      { t: 'Пески', n: 3, ref: 'piskyDnr', action: 'captured', actor: 'RU', claimant: 'Игорь Конашенков', asOf: ['2022-08-13'], note: '"полностью освобожден населенный пункт Пески Донецкой Народной Республики"' },
      { t: 'Артемовск', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2022-08-12', '2022-08-13'], note: '"продолжаются наступательные действия союзных сил в районе населенного пункта Артемовск в ДНР"' },
      { t: 'Старые Терны', ref: 'stariTerny', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2022-08-12', '2022-08-13'], note: '"В поселке Старые Терны потерпел поражение пункт управления"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-04-21',
    url: 'https://360tv.ru/news/vlast/shojgu-predostavil-putinu-doklad-ob-uspehah-operatsii-po-osvobozhdeniju-mariupolja/',
    notes: 'Stored copy on 360tv.ru, its headline and body as the store gives them; the "| 360°" after the headline, the date line ("21 апреля 2022, 11:14"), the repeated headline and subtitle, the "Читать 360 в" line, the "Реклама" line and the last sentence, cut by the store ("По словам Шойгу, в общей сложности из Мар"), removed. The date is the date line\'s (21 April 2022). Events: "доклад об успехах операции по освобождению Мариуполя" (an operation named by its aim that the text reports done: captured, RU), "доложил ... об освобождении Мариуполя ВС РФ и Народной милицией ДНР" and "Во время освобождения Мариуполя" (captured, RU). Not events: "Теперь город находится под их контролем" and the encirclement "11 марта" (no name), the Azovstal plant blocked (not a settlement). Claims: the group of more than 8,100 at the encirclement of 11 March (count, troops, UA), more than four thousand destroyed (count, killed, UA), more than two thousand blocked at Azovstal (count, troops, UA); the 1,478 who surrendered are prisoners, not a claim kind. Traps: Shoigu, Putin, the Azovstal plant. Skipped: Russia in "президенту РФ" and "ВС РФ", the DPR in "Народной милицией ДНР" (a force\'s name).',
    places: [
      { t: 'Мариуполя', all: true, ref: 'mariupol' },
    ],
    traps: [
      { t: 'Шойгу', n: 1, why: 'person' },
      { t: 'Сергей Шойгу', why: 'person' },
      { t: 'Шойгу', ctx: 'рассказал Шойгу', why: 'person' },
      { t: 'Путину', n: 1, why: 'person' },
      { t: 'Владимиру Путину', why: 'person' },
      { t: 'Азовсталь', why: 'a steel plant, not a settlement' },
      { t: 'Азовстали', why: 'a steel plant, not a settlement' },
    ],
    skipped: [
      { t: 'РФ', n: 1, why: TITLE },
      { t: 'РФ', n: 2, why: ARMY + ' ("ВС РФ")' },
      { t: 'ДНР', why: OFFICIAL + ' ("Народной милицией ДНР")' },
    ],
    claims: [
      { t: 'превышала 8100 человек', kind: 'count', value: 8100, unit: 'troops', holder: 'UA', claimant: SHOIGU, asOf: ['2022-03-11'], note: '"На момент окружения, которое произошло еще 11 марта, общая численность группировки ВСУ ... превышала 8100 человек"' },
      { t: 'более четырех тысяч украинских боевиков', kind: 'count', value: 4000, unit: 'killed', holder: 'UA', claimant: SHOIGU, asOf: ['2022-04-21'], note: '"Во время освобождения Мариуполя уничтожено более четырех тысяч украинских боевиков и иностранных наемников" (no start given)' },
      { t: 'свыше двух тысяч', kind: 'count', value: 2000, unit: 'troops', holder: 'UA', claimant: SHOIGU, asOf: ['2022-04-21'], note: '"в промзоне «Азовстали» заблокированы свыше двух тысяч"' },
    ],
    events: [
      { t: 'Мариуполя', n: 1, ref: 'mariupol', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2022-04-21'], note: 'the headline: "Шойгу представил Путину доклад об успехах операции по освобождению Мариуполя" (the operation reported done)' },
      { t: 'Мариуполя', n: 2, ref: 'mariupol', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2022-04-21'], note: '"доложил президенту РФ Владимиру Путину об освобождении Мариуполя ВС РФ и Народной милицией ДНР. Теперь город находится под их контролем"' },
      { t: 'Мариуполя', n: 3, ref: 'mariupol', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2022-04-21'], note: '"Во время освобождения Мариуполя уничтожено более четырех тысяч ..."' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2023-09-18',
    url: 'https://nv.ua/ukraine/events/andreevka-i-kleshcheevka-osvobozhdenie-malyar-soobshchila-detali-novosti-ukrainy-50354145.html',
    notes: 'Stored copy on НВ (nv.ua, Russian text), its headline and body as the store gives them, up to the last full sentence (the next, "Также Маляр сообщила об", is cut by the store and removed). The date is the text\'s ("в понедельник, 18 сентября", 2023). Events: "Освобождение Андреевки и Клещиевки" (the headline: liberated, UA, last week); the Russian troops trying "вернуть под свой контроль ... Андреевку и Клещиевку" (fighting, RU); the failed attempts "прорвать оборону в районах населенных пунктов: Орехово-Васильевка, Богдановка, Клещиевка, Курдюмовка" (fighting, RU, four). Not events: "закрепляются на освобожденных территориях" (no name). Claims: "2 кв. км" freed over the last week and "51 кв. км" retaken near Bakhmut in all (area-retaken, UA). Traps: Maliar. Skipped: Ukraine in "министра обороны Украины" and "Вооруженные силы Украины", the Bakhmut axis named by an adjective.',
    places: [
      { t: 'Андреевки', ref: 'andriivkaBakhmut' },
      { t: 'Андреевку', ref: 'andriivkaBakhmut' },
      { t: 'Клещиевки', ref: 'klishchiivka' },
      { t: 'Клещиевку', ref: 'klishchiivka' },
      { t: 'Клещиевка', ref: 'klishchiivka' },
      { t: 'Донецкой области', all: true, ref: 'donetskOblast' },
      { t: 'Украины', ctx: 'под контроль Украины', ref: 'ukraine' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Орехово-Васильевка', ref: 'orikhovoVasylivka' },
      { t: 'Богдановка', ref: 'bohdanivkaBakhmut' },
      { t: 'Курдюмовка', ref: 'kurdiumivka' },
      { t: 'Бахмутом', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Маляр', n: 1, why: 'person' },
      { t: 'Анна Маляр', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', ctx: 'министра обороны Украины', why: TITLE },
      { t: 'Украины', ctx: 'силы Украины', why: ARMY + ' ("Вооруженные силы Украины")' },
      { t: 'Бахмутском', all: true, why: AXIS },
    ],
    claims: [
      { t: '2 кв. км', kind: 'area-retaken', value: 2, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2023-09-11', '2023-09-18'], note: '"За последнюю неделю на указанном направлении ВСУ освободили 2 кв. км"' },
      { t: '51 кв. км', kind: 'area-retaken', value: 51, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2023-09-18'], note: '"общая площадь возвращенной под контроль Украины территории под Бахмутом составляет 51 кв. км"' },
    ],
    events: [
      { t: 'Андреевки', ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-11', '2023-09-17'], note: 'the headline: "Освобождение Андреевки и Клещиевки" ("освобожденные на прошлой неделе")' },
      { t: 'Клещиевки', ref: 'klishchiivka', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-11', '2023-09-17'], note: 'the same headline' },
      { t: 'Андреевку', ref: 'andriivkaBakhmut', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-09-18'], note: '"Российские войска «изо всех сил» пытаются вернуть под свой контроль освобожденные на прошлой неделе Андреевку и Клещиевку"' },
      { t: 'Клещиевку', ref: 'klishchiivka', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-09-18'], note: 'the same attempts' },
      { t: 'Орехово-Васильевка', ref: 'orikhovoVasylivka', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-09-18'], note: '"Российские войска безуспешно пытались прорвать оборону в районах населенных пунктов"' },
      { t: 'Богдановка', ref: 'bohdanivkaBakhmut', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-09-18'], note: 'the same attempts' },
      { t: 'Клещиевка', ref: 'klishchiivka', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-09-18'], note: 'the same attempts' },
      { t: 'Курдюмовка', ref: 'kurdiumivka', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-09-18'], note: 'the same attempts' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2022-11-10',
    url: 'https://rus.ozodlik.org/amp/32124676.html',
    notes: 'Stored copy on Озодлик (rus.ozodlik.org, Radio Liberty\'s Uzbek service in Russian, its AMP page), its headline and body as the store gives them, up to the last full sentence; the photo caption after the headline ("Украинская военная техника видна на дороге недалеко от линии фронта в Донбассе. Июль 2022 года.") removed, and the last sentence cut after its first clause by the store (kept: "9 ноября российские власти Снигиревки сообщили о боях в городе"). The date is the text\'s ("город освобожден 10 ноября", 2022). Events: the liberation of Snihurivka (headline and "заявило об освобождении города Снигиревка": liberated, UA); the authorities\' report "о боях в городе" on 9 November (fighting, UA, the attacker). Not events: "Город находился под российской оккупацией с 19 марта" (no name), Snihurivka put into Kherson Oblast by the Russian authorities (an administrative act), the video "снято в западной части Снигиревки" (a location of filming), the liberation confirmed by residents (no name in the clause). Traps: «Медуза», «Суспiлне». Skipped: the Dnieper, Ukraine in "Вооруженных сил Украины".',
    places: [
      { t: 'Снигиревки', all: true, ref: 'snihurivka' },
      { t: 'Снигиревка', ref: 'snihurivka' },
      { t: 'Снигиревку', ref: 'snihurivka' },
      { t: 'Николаевской области', ref: 'mykolaivOblast' },
      { t: 'Херсонской области', ref: 'khersonOblast' },
    ],
    traps: [
      { t: 'Медуза', why: 'an outlet' },
      { t: 'Суспiлне', why: 'a broadcaster' },
    ],
    skipped: [
      { t: 'Днепра', why: 'a river (на левый берег Днепра)' },
      { t: 'Украины', why: ARMY + ' ("Вооруженных сил Украины")' },
    ],
    claims: [],
    events: [
      { t: 'Снигиревки', n: 1, ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: 'Украинские военные', asOf: ['2022-11-10'], note: 'the headline: "Украинские военные сообщили об освобождении Снигиревки"' },
      { t: 'Снигиревка', ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: '131-й разведывательный батальон', asOf: ['2022-11-10'], note: '"Подразделение Вооруженных сил Украины заявило об освобождении города Снигиревка в Николаевской области" ("город освобожден 10 ноября")' },
      { t: 'Снигиревки', n: 3, ref: 'snihurivka', action: 'fighting', actor: 'UA', claimant: 'российские власти Снигиревки', asOf: ['2022-11-09'], note: '"9 ноября российские власти Снигиревки сообщили о боях в городе"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2022-04-01',
    url: 'https://newsru.co.il/world/1apr2022/izum807.html',
    notes: 'Stored copy on NEWSru.co.il, its headline and body as the store gives them; the site\'s city list and rubric menu before the headline, the repeated headline and the photo credit ("AP Photo/Felipe Dana") after it, and the "В мире / СЛЕДУЮЩАЯ СТАТЬЯ / Будьте с нами" lines after the body removed. The date is the URL\'s (1 April 2022). Events: the General Staff confirming that Russian troops control Izium (headline: controls, RU) and "захватили Изюм" (captured, RU); the Russian ministry\'s report of the taking of Izium on 24 March (captured, RU), then contradicted by the city\'s authorities ("тогда власти Изюма заявляли, что бои за город продолжаются": denied), and that fighting for the city (fighting, RU, the attacker, the authorities of Izium, as ru-04 reads its authorities\' report of battles in the city). Not events: the population. Traps: the BBC ("ВВС").',
    places: [
      { t: 'Изюм', all: true, ref: 'izium' },
      { t: 'Изюма', all: true, ref: 'izium' },
    ],
    traps: [
      { t: 'ВВС', why: 'a broadcaster (the BBC)' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Изюм', n: 1, ref: 'izium', action: 'controls', actor: 'RU', claimant: 'Генштаб ВСУ', asOf: ['2022-04-01'], note: 'the headline: "Генштаб ВСУ подтвердил, что российские войска контролируют город Изюм"' },
      { t: 'Изюм', n: 2, ref: 'izium', action: 'captured', actor: 'RU', claimant: 'Генштаб ВСУ', asOf: ['2022-04-01'], note: '"Генштаб ВСУ впервые подтвердил, что российские войска захватили Изюм"' },
      { t: 'Изюма', n: 1, ref: 'izium', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2022-03-24'], note: '"О взятии Изюма российское минобороны рапортовало еще 24 марта, но тогда власти Изюма заявляли, что бои за город продолжаются"' },
      { t: 'Изюма', n: 2, ref: 'izium', action: 'fighting', actor: 'RU', claimant: 'власти Изюма', asOf: ['2022-03-24'], note: '"тогда власти Изюма заявляли, что бои за город продолжаются" (the fighting for the city the authorities name; added after the first run, read as ru-04\'s "российские власти Снигиревки сообщили о боях в городе" is)' },
    ],
  },
];
