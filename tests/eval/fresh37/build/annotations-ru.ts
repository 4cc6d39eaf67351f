// Hand annotations, Russian articles of tests/eval/fresh37. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";
const DPR_HQ = 'штаб территориальной обороны ДНР';
const MOD = 'Минобороны России';
const ROGOV = 'Владимир Рогов';
const SHOIGU = 'Сергей Шойгу';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-03-02',
    url: 'https://interfax.ru/amp/825673',
    notes: 'Stored copy on Интерфакс (interfax.ru), its headline and body as the store gives them; the rubric after the body ("Хроника 24 февраля 2022 года – 02 ноября 2024 годаВоенная операция на Украине ... Новости") removed. The date is the dateline\'s ("Москва. 2 марта", "в среду": 2 March 2022). Events (the DPR forces, RU, 2 March 2022): the headline\'s "вошли в Волноваху" (entered) and "ведут бои на подступах к Мариуполю" (fighting: an approach); "в настоящее время занимают населенный пункт Волноваха" (fighting: a taking under way) and "ведут бои на подступах к Мариуполю"; the quote\'s "ведет бои на подступах к Мариуполю" (fighting) "и вошла в Волноваху" (entered); Basurin\'s "Мариуполь взят в кольцо" (fighting: an encirclement). Not events: "как ситуация будет развиваться по Мариуполю" (a prospect), the corridors for Mariupol\'s residents. ДНР and "Донецкой народной республики" name the DPR\'s forces, its defence staff and its militia (skipped, as an army\'s name). Traps: Интерфакс (the outlet). No claims.',
    places: [
      { t: 'Волноваху', all: true, ref: 'volnovakha' },
      { t: 'Волноваха', ref: 'volnovakha' },
      { t: 'Мариуполю', all: true, ref: 'mariupol' },
      { t: 'Мариуполь', ref: 'mariupol' },
      { t: 'Мариуполя', ref: 'mariupol' },
      { t: 'Москва', ref: 'moscow' },
    ],
    traps: [
      { t: 'INTERFAX.RU', why: 'the outlet' },
      { t: 'Интерфаксу', why: 'the outlet' },
    ],
    skipped: [
      { t: 'ДНР', all: true, why: "the DPR inside its forces', staff's and militia's names (\"Силы ДНР\", \"штабе территориальной обороны ДНР\", \"Группировка войск ДНР\", \"народной милиции ДНР\")" },
      { t: 'Донецкой народной республики', why: ARMY + ' ("Войска Донецкой народной республики")' },
    ],
    claims: [],
    events: [
      { t: 'Волноваху', n: 1, ref: 'volnovakha', action: 'entered', actor: 'RU', claimant: DPR_HQ, asOf: ['2022-03-02'], note: 'the headline: "Силы ДНР сообщили, что вошли в Волноваху"' },
      { t: 'Мариуполю', n: 1, ref: 'mariupol', action: 'fighting', actor: 'RU', claimant: DPR_HQ, asOf: ['2022-03-02'], note: 'the headline: "ведут бои на подступах к Мариуполю"' },
      { t: 'Волноваха', ref: 'volnovakha', action: 'fighting', actor: 'RU', claimant: DPR_HQ, asOf: ['2022-03-02'], note: '"Войска Донецкой народной республики в настоящее время занимают населенный пункт Волноваха"' },
      { t: 'Мариуполю', n: 2, ref: 'mariupol', action: 'fighting', actor: 'RU', claimant: DPR_HQ, asOf: ['2022-03-02'], note: '"и ведут бои на подступах к Мариуполю"' },
      { t: 'Мариуполю', n: 3, ref: 'mariupol', action: 'fighting', actor: 'RU', claimant: DPR_HQ, asOf: ['2022-03-02'], note: '"Группировка войск ДНР ведет бои на подступах к Мариуполю"' },
      { t: 'Волноваху', n: 2, ref: 'volnovakha', action: 'entered', actor: 'RU', claimant: DPR_HQ, asOf: ['2022-03-02'], note: '"и вошла в Волноваху"' },
      { t: 'Мариуполь', ref: 'mariupol', action: 'fighting', actor: 'RU', claimant: 'Эдуард Басурин', asOf: ['2022-03-02'], note: '"Мариуполь взят в кольцо"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-03-22',
    url: 'https://lenta.ru/news/2022/03/22/control',
    notes: 'Stored copy on Лента.ру (lenta.ru), its body as the store gives it, complete (no headline: the manifest\'s title describes the text). The date is the text\'s and the URL\'s ("во вторник, 22 марта", 2022). Events (captured, RU, the Russian Defence Ministry, 22 March 2022: Ukrainian settlements taken, the owner rule): "взяли под контроль поселок Урожайное в Донецкой области"; "Славное, Трудовской, Шахта Челюскинцев и Марьинка — были взяты силами ДНР"; "Калиново, Попасная, Новоалександровка, Степное и Богуславское" "перешли под контроль народной милиции ЛНР". Not events: the fighting with the 128th brigade (no place named), the destroyed tanks. Claims (count, settlements, RU, the ministry, the day): "Украина потеряла контроль над десятью населенными пунктами" (10), "Четыре населенных пункта" (4), "Еще пять" (5). ДНР and ЛНР in their forces\' names, "Вооруженных сил Украины" and the four "России" of the ministry and the president are skipped. Traps: «Интерфакс», the helicopters\' «Ночные охотники».',
    places: [
      { t: 'Украина', ref: 'ukraine' },
      { t: 'Урожайное', ref: 'urozhaine' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
      { t: 'Славное', ref: 'slavne' },
      { t: 'Трудовской', ref: 'trudivske' },
      { t: 'Шахта Челюскинцев', ref: 'shakhtaCheliuskintsiv' },
      { t: 'Марьинка', ref: 'marinka' },
      { t: 'Калиново', ref: 'kalynove' },
      { t: 'Попасная', ref: 'popasna' },
      { t: 'Новоалександровка', ref: 'novooleksandrivka' },
      { t: 'Степное', ref: 'stepne' },
      { t: 'Богуславское', ref: 'bohuslavske' },
      { t: 'Украине', ref: 'ukraine' },
      { t: 'Москву', ref: 'moscow' },
      { t: 'Донбассе', ref: 'donbas' },
    ],
    traps: [
      { t: 'Интерфакс', why: 'a news agency' },
      { t: 'Ночные охотники', why: 'a helicopter\'s name' },
    ],
    skipped: [
      { t: 'России', all: true, why: OFFICIAL + ' ("Министерства обороны России", "Минобороны России", "президент России")' },
      { t: 'Украины', why: ARMY + ' ("Вооруженных сил Украины")' },
      { t: 'ДНР', why: ARMY + ' ("силами ДНР")' },
      { t: 'ЛНР', why: ARMY + ' ("народной милиции ЛНР")' },
    ],
    claims: [
      { t: 'десятью населенными пунктами', kind: 'count', value: 10, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: '"Украина потеряла контроль над десятью населенными пунктами"' },
      { t: 'Четыре населенных пункта', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: '"Четыре населенных пункта — ... — были взяты силами ДНР"' },
      { t: 'пять', kind: 'count', value: 5, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: '"Еще пять, по данным Минобороны России, перешли под контроль народной милиции ЛНР"' },
    ],
    events: [
      { t: 'Урожайное', ref: 'urozhaine', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: '"российские войска взяли под контроль поселок Урожайное в Донецкой области"' },
      { t: 'Славное', ref: 'slavne', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: '"были взяты силами ДНР"' },
      { t: 'Трудовской', ref: 'trudivske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: 'the same list' },
      { t: 'Шахта Челюскинцев', ref: 'shakhtaCheliuskintsiv', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: 'the same list' },
      { t: 'Марьинка', ref: 'marinka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: 'the same list' },
      { t: 'Калиново', ref: 'kalynove', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: '"перешли под контроль народной милиции ЛНР: Калиново, ..."' },
      { t: 'Попасная', ref: 'popasna', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: 'the same list' },
      { t: 'Новоалександровка', ref: 'novooleksandrivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: 'the same list' },
      { t: 'Степное', ref: 'stepne', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: 'the same list' },
      { t: 'Богуславское', ref: 'bohuslavske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2022-03-22'], note: 'the same list' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2023-01-13',
    url: 'https://dev.bfm.ru/amp/news/516984',
    notes: 'Stored copy on BFM.ru (dev.bfm.ru, after ТАСС), its headline and body as the store gives them, complete; the standfirst ("Город имеет стратегическое значение для дальнейшего наступления на Донецком направлении") and a link line ("Читать на полной версии") before the body removed. The date is the text\'s: the ministry\'s report the day after "вечером в четверг" (Thursday 12 January 2023), 13 January 2023, the day other copies give the report. Events (captured, RU, the ministry: a Ukrainian town taken, the owner rule): the headline\'s "о полном контроле над Соледаром" and "Российские силы установили контроль над Соледаром" (13 January); "Освобождение Соледара от украинских формирований было завершено вечером в четверг" (12 January). Not events: "отрезать снабжение ВСУ в Артемовске (Бахмуте)" and the cauldron (a prospect), "блокировали город" (no name), losses "в районе Соледара". Claims: "более 700 украинских военнослужащих" (count, killed, UA, the ministry, the last three days, 10–13 January 2023); the 300 weapons are not a claim of the set\'s units. "ВДВ России" and "Вооруженных сил Украины" are armies, the Donetsk axis an adjective (skipped). Traps: ТАСС.',
    places: [
      { t: 'Соледаром', all: true, ref: 'soledar' },
      { t: 'Соледара', all: true, ref: 'soledar' },
      { t: 'Соледар', ref: 'soledar' },
      { t: 'Артемовске', ref: 'bakhmut' },
      { t: 'Бахмуте', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'ТАСС', why: 'a news agency' },
    ],
    skipped: [
      { t: 'России', why: ARMY + ' ("подразделения ВДВ России")' },
      { t: 'Украины', why: ARMY + ' ("Вооруженных сил Украины")' },
      { t: 'Донецком', why: 'a front axis named by an adjective ("на Донецком направлении")' },
    ],
    claims: [
      { t: 'более 700 украинских военнослужащих', kind: 'count', value: 700, unit: 'killed', holder: 'UA', claimant: 'Минобороны', asOf: ['2023-01-10', '2023-01-13'], note: '"за последние трое суток в районе Соледара были уничтожены более 700 украинских военнослужащих"' },
    ],
    events: [
      { t: 'Соледаром', n: 1, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Минобороны', asOf: ['2023-01-13'], note: 'the headline: "Минобороны сообщает о полном контроле над Соледаром"' },
      { t: 'Соледаром', n: 2, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Минобороны', asOf: ['2023-01-13'], note: '"Российские силы установили контроль над Соледаром, сообщает Минобороны"' },
      { t: 'Соледара', n: 1, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Минобороны', asOf: ['2023-01-12'], note: '"Освобождение Соледара от украинских формирований было завершено вечером в четверг"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-09-06',
    url: 'https://pnp.ru/social/rossiyskie-voennye-otbili-novye-ataki-vsu-v-rayone-sela-rabotino.html',
    notes: 'Stored copy on Парламентская газета (pnp.ru, after РИА Новости), its headline and body as the store gives them; the date line ("06.09.2023 09:56"), the author and source lines, the repeated headline with its photo credit before the body removed; inside the text a teaser line ("Для направления осужденных на принудительные работы разработали единый порядок") removed; the last sentence, cut by the store ("Попытки украинцев полностью занять населенный пункт п"), removed. The date is the date line\'s (6 September 2023). Events (Rogov, 5–6 September 2023): the headline\'s and the lead\'s repelled attacks "в районе села Работино" (fighting, UA: the attacker, twice); "продолжаются ожесточенные бои за Работино, продвижения ВСУ в населенном пункте нет" (fighting, UA); «В районе Работино отбито несколько атак украинских войск» (fighting, UA); "украинские военные находятся на северных окраинах Работино и в полуразрушенном здании школы в центре" (controls, UA, `part: true`; the Russians on the south-western outskirts are told of no name). Not events: "заняли высоты южнее Работино" (heights, a location). "Вооруженные силы России" is an army (skipped). Traps: РИА «Новости». No claims.',
    places: [
      { t: 'Работино', all: true, ref: 'robotyne' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'РИА', why: 'a news agency ("РИА «Новости»")' },
    ],
    skipped: [
      { t: 'России', why: ARMY + ' ("Вооруженные силы России")' },
    ],
    claims: [],
    events: [
      { t: 'Работино', n: 1, ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: ROGOV, asOf: ['2023-09-05', '2023-09-06'], note: 'the headline: "Российские военные отбили новые атаки ВСУ в районе села Работино"' },
      { t: 'Работино', n: 2, ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: ROGOV, asOf: ['2023-09-05', '2023-09-06'], note: '"Вооруженные силы России отбили несколько атак украинских войск в районе села Работино"' },
      { t: 'Работино', n: 3, ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: ROGOV, asOf: ['2023-09-05', '2023-09-06'], note: '"продолжаются ожесточенные бои за Работино, продвижения ВСУ в населенном пункте нет"' },
      { t: 'Работино', n: 4, ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: ROGOV, asOf: ['2023-09-05', '2023-09-06'], note: '«В районе Работино отбито несколько атак украинских войск»' },
      { t: 'Работино', n: 5, ref: 'robotyne', action: 'controls', actor: 'UA', claimant: ROGOV, part: true, asOf: ['2023-09-05', '2023-09-06'], note: '"украинские военные находятся на северных окраинах Работино и в полуразрушенном здании школы в центре"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2023-12-25',
    url: 'https://nokstv.ru/news/russia/power/shojgu-dolozhil-putinu-o-polnom-osvobozhdenii-marinki-v-dnr',
    notes: 'Stored copy on НОКС ТВ (nokstv.ru), its body as the store gives it, complete (no headline: the manifest\'s title is made from the URL slug). The date is that of Shoigu\'s report to Putin, "сегодня" in his words, 25 December 2023, as other stored copies of the report date it (runews24.ru 25.12.2023, lifelines\' copy of ВЗГЛЯД "25 декабря 2023"). Events (captured, RU: a Ukrainian town taken, the owner rule): "российские военные полностью освободили город Марьинку в Донецкой Народной Республике" and the quote\'s "полностью освободили населённый пункт Марьинка" (Shoigu); "после взятия Марьинки" (Shoigu); "принимавшим участие в освобождении Марьинки" (Putin). Not events: artillery moved "от Донецка" (a reference point), "Освобождение города" (no name). "Минобороны РФ", "ВС РФ" and "МО РФ" are a body and an army (skipped). Traps: the "Юг" grouping, Лайф (an outlet). No claims.',
    places: [
      { t: 'Марьинку', ref: 'marinka' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Марьинка', ref: 'marinka' },
      { t: 'Донецка', ref: 'donetsk' },
      { t: 'Марьинки', all: true, ref: 'marinka' },
    ],
    traps: [
      { t: 'Юг', why: 'a grouping of forces (группировки "Юг")' },
      { t: 'Лайф', why: 'an outlet' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: OFFICIAL + ' / ' + ARMY + ' ("Минобороны РФ", "ВС РФ", "МО РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Марьинку', ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: '"российские военные полностью освободили город Марьинку в Донецкой Народной Республике"' },
      { t: 'Марьинка', ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: '"штурмовые отряды группировки \\"Юг\\" сегодня полностью освободили населённый пункт Марьинка"' },
      { t: 'Марьинки', n: 1, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: '"ВС РФ существенно отодвинули артиллерию ВСУ от Донецка после взятия Марьинки"' },
      { t: 'Марьинки', n: 2, ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Владимир Путин', asOf: ['2023-12-25'], note: '"военным, принимавшим участие в освобождении Марьинки"' },
    ],
  },
];
