// Hand annotations, Russian articles of tests/eval/fresh36. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const ARMY = "country inside an army's name";
const SOURCES = 'российские силовые структуры';
const MAROCHKO = 'Андрей Марочко';
const MOD = 'Минобороны';
const PUSHILIN = 'Денис Пушилин';
const GENSTAB = 'Генштаб ВСУ';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-08-27',
    url: 'https://www.tvc.ru/news/324379',
    notes: 'Stored copy on ТВ Центр (tvc.ru), its body as the store gives it, complete (no headline: the manifest\'s title describes the text). The date is the report it retells: ТАСС\'s item from the Russian security structures of 27 August 2025 (tass.ru/armiya-i-opk/24887307, seen with the search tool). Events: "Украинские войска почти полностью утратили контроль над Юнаковкой" (captured, RU, `part: true`: almost all of it; the security structures; "в Киеве этого признавать не хотят" leaves Kyiv silent, not denying); "Киев контролируют небольшой участок на юго-западной окраине Юнаковки" (controls, UA, `part: true`). Not events: "сделать из Юнаковки очередную крепость" (an intention), "в Юнаковке были сосредоточены основные силы" (a past base), "пропадают без вести близ Юнаковки" (losses near it), the comparison with Bakhmut. "курской авантюре" names the operation by an adjective (skipped). Traps: ТАСС.',
    places: [
      { t: 'Юнаковкой', ref: 'yunakivka' },
      { t: 'Юнаковки', all: true, ref: 'yunakivka' },
      { t: 'Юнаковке', ref: 'yunakivka' },
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
      { t: 'Киеве', ref: 'kyiv' },
      { t: 'Киев', ref: 'kyiv' },
      { t: 'Бахмут', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'ТАСС', why: 'news agency' },
    ],
    skipped: [
      { t: 'курской', why: 'the operation named by an adjective ("курской авантюре")' },
    ],
    claims: [],
    events: [
      { t: 'Юнаковкой', ref: 'yunakivka', action: 'captured', actor: 'RU', claimant: SOURCES, part: true, asOf: ['2025-08-27'], note: '"Украинские войска почти полностью утратили контроль над Юнаковкой"' },
      { t: 'Юнаковки', n: 2, ref: 'yunakivka', action: 'controls', actor: 'UA', claimant: SOURCES, part: true, asOf: ['2025-08-27'], note: '"сейчас Киев контролируют небольшой участок на юго-западной окраине Юнаковки"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-10-12',
    url: 'https://vz.ru/news/2025/10/12/1365888.html',
    notes: 'Stored copy on ВЗГЛЯД (vz.ru), its headline and body as the store gives them; the index\'s date prefix and the author line ("Tекст: Ирма Каплан") removed. The date is the index\'s and the URL\'s (12 October 2025). The speaker of the first quote ("рассказал он ТАСС") is Андрей Марочко, named in the next paragraph. Events: the headline\'s "к Звановке ДНР, куда зашли ВС России" (entered, RU, the outlet); "В районе населенного пункта Звановка противник оказывает ожесточенное сопротивление" (fighting, RU: the attacker, Marochko); "Красный Лиман и Славянск в ДНР, которые контролируются Киевом" (controls, UA, Marochko); "ВС России за неделю продвинулись на севере, юге и востоке Северска ДНР, в городе начались бои" (fighting, RU: advances within the town). Not events: reinforcements arriving "В Свято-Покровское" (a movement of troops), "через нее откроется путь на Северск" (a prospect), "Северск защищает важный путь" (a description), "командиры ВСУ покинули Северск, а на позициях остались только простые солдаты" (officers leaving, the garrison staying). "ВС России" is an army (skipped). Traps: ТАСС, ВЗГЛЯД, Marochko.',
    places: [
      { t: 'Звановке', all: true, ref: 'zvanivka' },
      { t: 'Звановка', ref: 'zvanivka' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Свято-Покровское', ref: 'sviatoPokrovske' },
      { t: 'Северск', all: true, ref: 'siversk' },
      { t: 'Северска', ref: 'siversk' },
      { t: 'Красный Лиман', ref: 'lyman' },
      { t: 'Славянск', ref: 'sloviansk' },
      { t: 'Киевом', ref: 'kyiv' },
    ],
    traps: [
      { t: 'ТАСС', why: 'news agency' },
      { t: 'ВЗГЛЯД', why: 'the outlet' },
      { t: 'Марочко', all: true, why: 'person' },
    ],
    skipped: [
      { t: 'России', all: true, why: ARMY + ' ("ВС России")' },
    ],
    claims: [],
    events: [
      { t: 'Звановке', n: 1, ref: 'zvanivka', action: 'entered', actor: 'RU', claimant: null, asOf: ['2025-10-12'], note: 'the headline\'s "к Звановке ДНР, куда зашли ВС России"' },
      { t: 'Звановка', ref: 'zvanivka', action: 'fighting', actor: 'RU', claimant: MAROCHKO, asOf: ['2025-10-12'], note: '"В районе населенного пункта Звановка противник оказывает ожесточенное сопротивление"' },
      { t: 'Красный Лиман', ref: 'lyman', action: 'controls', actor: 'UA', claimant: MAROCHKO, asOf: ['2025-10-12'], note: '"важный путь на Красный Лиман и Славянск в ДНР, которые контролируются Киевом"' },
      { t: 'Славянск', ref: 'sloviansk', action: 'controls', actor: 'UA', claimant: MAROCHKO, asOf: ['2025-10-12'], note: 'the same clause' },
      { t: 'Северска', ref: 'siversk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-10-05', '2025-10-12'], note: '"ВС России за неделю продвинулись на севере, юге и востоке Северска ДНР, в городе начались бои"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-02-17',
    url: 'https://daytimenews.ru/rossiyskie-voyska-osvobodili-sverdlikovo-v-kurskoy-oblasti-3776845.html',
    notes: 'Stored copy on daytimenews.ru (after РБК), its headline and body as the store gives them; the source and date line ("Источник: РБК | Дата: 4 дней назад") removed; the last sentence, a list of destroyed equipment cut by the store ("Уничтожены в том числе 4 танка, ... и радиолокац"), removed. The page gives no date of its own: the date is the ministry\'s report of Sverdlikovo\'s capture, 17 February 2025, as another stored copy of the same report dates it ("Также 17 февраля ведомство заявило", b2bingo.com, seen with the search tool). Events (the owner rule: Russia retaking its own villages is `liberated`): "освободили Свердликово" (headline) and "освободили населенный пункт Свердликово" (liberated, RU, the ministry); "об освобождении населенных пунктов Дарьино и Плехово" (liberated, RU, the ministry, mid-December 2024); "освободили еще 4 поселка ...: Александрию, Леонидово, Русское Поречное и Кругленькое" (liberated, RU, January 2025); "освободили населенный пункт Николаево-Дарьино" (liberated, RU, 27 January 2025). Not events: the road "из Сумской области в Суджу" (a location). Claims: "еще 4 поселка" (count, settlements, RU, January 2025), "За сутки потери ВСУ составили более 300 военнослужащих" (count, casualties, UA, the ministry, the 24 hours back from the report). Traps: the Sever group.',
    places: [
      { t: 'Свердликово', all: true, ref: 'sverdlikovo' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Курскую область', ref: 'kurskOblast' },
      { t: 'Суджанском районе', all: true, ref: 'sudzhaDistrict' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Суджу', ref: 'sudzha' },
      { t: 'Дарьино', n: 1, ref: 'daryino' },
      { t: 'Плехово', ref: 'plekhovo' },
      { t: 'Александрию', ref: 'aleksandriyaDistrict' },
      { t: 'Леонидово', ref: 'leonidovoDistrict' },
      { t: 'Русское Поречное', ref: 'russkoyePorechnoyeDistrict' },
      { t: 'Кругленькое', ref: 'kruglenkoyeDistrict' },
      { t: 'Николаево-Дарьино', ref: 'nikolayevoDaryino' },
    ],
    traps: [
      { t: 'Север', why: 'a group of forces' },
    ],
    skipped: [],
    claims: [
      { t: '4 поселка', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: null, asOf: ['2025-01-01', '2025-01-31'], note: '"В январе российские военные освободили еще 4 поселка в Суджанском районе"' },
      { t: 'более 300 военнослужащих', kind: 'count', value: 300, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-02-16', '2025-02-17'], note: '"За сутки потери ВСУ составили более 300 военнослужащих"' },
    ],
    events: [
      { t: 'Свердликово', n: 1, ref: 'sverdlikovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-02-17'], note: 'the headline\'s "Российские войска освободили Свердликово"' },
      { t: 'Свердликово', n: 2, ref: 'sverdlikovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-02-17'], note: '"Российские войска освободили населенный пункт Свердликово в Курской области, сообщает Минобороны"' },
      { t: 'Дарьино', n: 1, ref: 'daryino', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11', '2024-12-20'], note: '"В середине декабря Минобороны сообщало об освобождении населенных пунктов Дарьино и Плехово"' },
      { t: 'Плехово', ref: 'plekhovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11', '2024-12-20'], note: 'the same clause' },
      { t: 'Александрию', ref: 'aleksandriyaDistrict', action: 'liberated', actor: 'RU', claimant: null, asOf: ['2025-01-01', '2025-01-31'], note: '"В январе российские военные освободили еще 4 поселка в Суджанском районе: Александрию, ..."' },
      { t: 'Леонидово', ref: 'leonidovoDistrict', action: 'liberated', actor: 'RU', claimant: null, asOf: ['2025-01-01', '2025-01-31'], note: 'the same list' },
      { t: 'Русское Поречное', ref: 'russkoyePorechnoyeDistrict', action: 'liberated', actor: 'RU', claimant: null, asOf: ['2025-01-01', '2025-01-31'], note: 'the same list' },
      { t: 'Кругленькое', ref: 'kruglenkoyeDistrict', action: 'liberated', actor: 'RU', claimant: null, asOf: ['2025-01-01', '2025-01-31'], note: 'the same list' },
      { t: 'Николаево-Дарьино', ref: 'nikolayevoDaryino', action: 'liberated', actor: 'RU', claimant: null, asOf: ['2025-01-27'], note: '"27 января подразделения группировки «Север» в Курской области освободили населенный пункт Николаево-Дарьино"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-11-10',
    url: 'https://www.gazeta.ru/army/news/2025/11/10/27144266.shtml',
    notes: 'Stored copy on Газета.Ru (gazeta.ru), its headline and body as the store gives them; the index\'s date prefix, the cookie notice before the headline, the standfirst ("Пушилин: уничтожены военные ВСУ, пытавшиеся деблокировать Димитров у Родинского") and the photo credit removed; the last sentence, cut by the store ("Также Пушилин рассказал, что ВСУ пытались деблокировать село Гришино ... но бойцы ВС РФ отраж"), removed. The date is the index\'s and the URL\'s (10 November 2025). Events: "уничтожили в районе Родинского ... украинских военнослужащих, пытавшихся деблокировать Димитров" (Rodynske: fighting, UA, the attacker near it, Pushilin; Dimitrov: fighting, RU: the town blockaded, Pushilin); "в районе Родинского ВСУ не оставляют попыток совершить новые атаки" (fighting, UA, Pushilin). Not events: "Димитров — город-спутник Красноармейска" (a description), "в направлении Родинского — здесь есть замысел противника деблокировать Димитров" (a direction and an aim). Places: Димитров (Мирноград) and Красноармейск (Покровск) as the text glosses them; "глава ДНР" names the oblast as earlier sets count it. "Вооруженные силы России" is an army (skipped). Traps: Pushilin, the channel «Россия-24».',
    places: [
      { t: 'Красноармейска', all: true, ref: 'pokrovsk' },
      { t: 'Родинского', all: true, ref: 'rodynske' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'Димитров', all: true, ref: 'myrnohrad' },
      { t: 'Мирноград', ref: 'myrnohrad' },
      { t: 'Покровск', ref: 'pokrovsk' },
      { t: 'ДНР', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Пушилин', n: 1, why: 'person' },
      { t: 'Денис Пушилин', why: 'person' },
      { t: 'Пушилина', why: 'person' },
      { t: 'Россия-24', why: 'a TV channel' },
    ],
    skipped: [
      { t: 'России', why: ARMY + ' ("Вооруженные силы России")' },
    ],
    claims: [],
    events: [
      { t: 'Родинского', n: 1, ref: 'rodynske', action: 'fighting', actor: 'UA', claimant: PUSHILIN, asOf: ['2025-11-10'], note: '"уничтожили в районе Родинского ... украинских военнослужащих, пытавшихся деблокировать Димитров"' },
      { t: 'Димитров', n: 1, ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2025-11-10'], note: 'the blockade of Dimitrov the Ukrainians tried to break ("пытавшихся деблокировать Димитров")' },
      { t: 'Родинского', n: 2, ref: 'rodynske', action: 'fighting', actor: 'UA', claimant: PUSHILIN, asOf: ['2025-11-10'], note: '"в районе Родинского ВСУ не оставляют попыток совершить новые атаки"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-07-02',
    url: 'https://nv.ua/ukraine/events/genshtab-zsu-sprostuvav-rosiysku-propagandu-pro-okupaciyu-dachnogo-u-dnipropetrovskiy-oblasti-50526604.html',
    notes: 'Stored copy on НВ (nv.ua, Russian text), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed; the last sentence, cut by the store ("На кадрах захватчики вывешивали россий"), removed. The date is the text\'s ("в среду, 2 июля", 2025). Events: "Село Дачное в Днепропетровской области остается под контролем Сил обороны Украины" (controls, UA, the General Staff; the capture it denies is told with no name: "о захвате населенного пункта"); "небольшая разведывательная группа армии РФ проникла в Дачное ..., однако Силы обороны уничтожили оккупантов" (entered, RU, told by the General Staff, some days before). Not events: "реляции российской пропаганды о захвате плацдарма на Днепропетровщине" (an oblast), the video "из населенного пункта Дачное" (a location). "Сил обороны Украины" and "армии РФ" are armies (skipped). No claims (two prisoners taken are not a toll of the figures\' kinds).',
    places: [
      { t: 'Дачное', all: true, ref: 'dachne' },
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
      { t: 'Днепропетровщине', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Донецкой', ref: 'donetskOblast' },
      { t: 'Днепропетровской областей', ref: 'dnipropetrovskOblast' },
    ],
    traps: [],
    skipped: [
      { t: 'Украины', why: 'country inside the army\'s name ("Сил обороны Украины")' },
      { t: 'РФ', why: ARMY + ' ("армии РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Дачное', n: 1, ref: 'dachne', action: 'controls', actor: 'UA', claimant: GENSTAB, asOf: ['2025-07-02'], note: '"Село Дачное в Днепропетровской области остается под контролем Сил обороны Украины"' },
      { t: 'Дачное', n: 2, ref: 'dachne', action: 'entered', actor: 'RU', claimant: GENSTAB, asOf: ['2025-06-26', '2025-07-02'], note: '"несколько дней назад небольшая разведывательная группа армии РФ проникла в Дачное"' },
    ],
  },
];
