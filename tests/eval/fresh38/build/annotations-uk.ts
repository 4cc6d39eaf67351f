// Hand annotations, Ukrainian articles of tests/eval/fresh38. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";
const AXIS = 'a front axis named by an adjective';
const VOLOSHYN = 'Владислав Волошин';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-02-07',
    url: 'https://realgazeta.com.ua/rosiiany-zaiavyly-pro-nibyto-okupatsiiu-toretska-zsu-ta-osint-analityky-sprostuvaly',
    notes: 'Stored copy on Реальна Газета, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("Вони також поділилися фрагментом своєї інтерактивної карти, на якій можна поб"), removed. The date is the text\'s: "сьогодні, 7 лютого" (the year, which neither the text nor the index gives, is that of the Russian ministry\'s claim of Toretsk that the text reports: 7 February 2025). Events: "нібито окупували місто Торецьк" and "нібито встановили повний контроль над Торецьком" (captured, RU, the Russian ministry, denied: "Українська сторона заяву окупантів спростувала", "заяви росіян не відповідають дійсності"); "противник атакував вісім разів у районі Торецька" (fighting, RU, Voloshyn); "у Торецьку тривають бої" (fighting, RU, DeepState). Not events: "місто нібито окупували частини ... бригад" (no name in its clause), the fighting "в районі мікрорайону “Забалка”" (a district of the town, skipped) and "на північних та західних околицях міста" (no name). No claims. Traps: the outlet, «Хортиця», «Суспільне Донбас», «Ветерани». Skipped: Russia in the ministry\'s name, РФ in "ЗС РФ", the axis adjective, the microdistrict.',
    places: [
      { t: 'Торецьк', ref: 'toretsk' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Торецьком', ref: 'toretsk' },
      { t: 'Торецька', ref: 'toretsk' },
      { t: 'Торецьку', ref: 'toretsk' },
    ],
    traps: [
      { t: 'Реальна Газета', why: 'the outlet' },
      { t: 'Хортиця', why: 'a grouping of forces' },
      { t: 'Суспільне Донбас', why: 'a broadcaster' },
      { t: 'Ветерани', why: 'a volunteer formation' },
      { t: 'Назар Волошин', why: 'person' },
    ],
    skipped: [
      { t: 'Росії', why: OFFICIAL + ' ("Міністерство оборони країни-агресора Росії")' },
      { t: 'РФ', why: ARMY + ' ("ЗС РФ")' },
      { t: 'Торецькому', why: AXIS + ' ("на Торецькому напрямку")' },
      { t: 'Забалка', why: 'a microdistrict of Toretsk (a part of the town, not a settlement)' },
    ],
    claims: [],
    events: [
      { t: 'Торецьк', ref: 'toretsk', action: 'captured', actor: 'RU', claimant: 'Міністерство оборони Росії', denied: true, asOf: ['2025-02-07'], note: '"російські війська нібито окупували місто Торецьк ... Українська сторона заяву окупантів спростувала"' },
      { t: 'Торецьком', ref: 'toretsk', action: 'captured', actor: 'RU', claimant: 'Міністерство оборони Росії', denied: true, asOf: ['2025-02-07'], note: '"нібито встановили повний контроль над Торецьком" (denied: "заяви росіян не відповідають дійсності")' },
      { t: 'Торецька', ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: 'Назар Волошин', asOf: ['2025-02-07'], note: '"противник атакував вісім разів у районі Торецька. Досі ще тривають чотири бої"' },
      { t: 'Торецьку', ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-02-07'], note: '"у Торецьку тривають бої"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-09-21',
    url: 'https://lb.ua/society/2025/09/21/697540_sili_oboroni_vorog_namagaietsya.html',
    notes: 'Stored copy on LB.ua, its headline and body as the store gives them; a teaser of another story and the rubric before the headline ("Мухлювання на мільярди: ...", "Війна"), the standfirst ("Захоплення Костянтинівки стало для росіян проблематичним.") and the photo caption ("Ілюстративне фото Фото: Генштаб") removed; the last sentence, cut by the store ("Основною проблемою росіян є те, що вони не реалізували ціль повн"), removed. The date is the index\'s and the URL\'s (21 September 2025). Events: "окупантам не вдалося взяти Часів Яр та Торецьк" (fighting, RU: failed attempts on both towns, as Трегубов tells it); "довкола Костянтинівки і Ступочок — там вони ... намагаються маневрувати" (fighting, RU, near both); "захоплювати малі населені пункти на шляху до Костянтинівки" (the headline) and "окуповувати малі населені пункти по дорозі до міста Костянтинівка" (fighting, RU: an advance toward the town, as earlier sets give "в бік X" and "в направлении X"; added after the first run, an annotation slip). Not events: "завдання зі захоплення Костянтинівки" (an aim), "малі населені пункти" (no name). No claims. Traps: ОСУВ «Дніпро», «Укрінформ».',
    places: [
      { t: 'Костянтинівки', all: true, ref: 'kostiantynivka' },
      { t: 'Костянтинівка', ref: 'kostiantynivka' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Часів Яр', ref: 'chasivYar' },
      { t: 'Торецьк', ref: 'toretsk' },
      { t: 'Ступочок', ref: 'stupochky' },
    ],
    traps: [
      { t: 'Дніпро', why: 'a grouping of forces (ОСУВ "Дніпро")' },
      { t: 'Укрінформ', why: 'a news agency' },
      { t: 'Віктор Трегубов', why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Костянтинівки', n: 1, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Віктор Трегубов', asOf: ['2025-09-21'], note: 'the headline: "ворог намагається захоплювати малі населені пункти на шляху до Костянтинівки"' },
      { t: 'Костянтинівка', ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Віктор Трегубов', asOf: ['2025-09-21'], note: '"Російська армія намагається окуповувати малі населені пункти по дорозі до міста Костянтинівка"' },
      { t: 'Часів Яр', ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: 'Віктор Трегубов', asOf: ['2025-09-21'], note: '"окупантам не вдалося взяти Часів Яр та Торецьк" (failed attempts)' },
      { t: 'Торецьк', ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: 'Віктор Трегубов', asOf: ['2025-09-21'], note: '"окупантам не вдалося взяти Часів Яр та Торецьк" (failed attempts)' },
      { t: 'Костянтинівки', n: 3, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Віктор Трегубов', asOf: ['2025-09-21'], note: '"довкола Костянтинівки і Ступочок — там вони ... намагаються маневрувати"' },
      { t: 'Ступочок', ref: 'stupochky', action: 'fighting', actor: 'RU', claimant: 'Віктор Трегубов', asOf: ['2025-09-21'], note: '"довкола Костянтинівки і Ступочок — там вони ... намагаються маневрувати"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-10-21',
    url: 'https://fakty.com.ua/ua/ukraine/20251021-u-zsu-sprostuvaly-fejk-pro-prosuvannya-voroga-v-napryamku-kostyantynivky/',
    notes: 'Stored copy on Факти ICTV, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("Українські оператори дрон"), removed. The date is the index\'s and the URL\'s (21 October 2025). Events: "на початку жовтня українські прикордонники відбили штурм Костянтинівки" (fighting, RU, the attacker, early October 2025). The reported advance toward Kostiantynivka, three times (the first sentence, the subheading "Росіяни не просунулися у напрямку Костянтинівки", "неправдиву інформацію про просування сил противника в напрямку Костянтинівки"), is fighting, RU, denied by the Eastern grouping (an advance toward a place is fighting there, as earlier sets give "в бік X"; added after the first run, an annotation slip). Not events: "“захоплення” ним населених пунктів на Донеччині" (no name), "прорвати оборону міста" (the same assault, no name). No claims. Traps: «Схід». Skipped: Ukraine in "Сили оборони України".',
    places: [
      { t: 'Костянтинівки', all: true, ref: 'kostiantynivka' },
      { t: 'Донецькій області', all: true, ref: 'donetskOblast' },
      { t: 'Донеччині', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Схід', why: 'a grouping of forces ("Угруповання військ Схід")' },
    ],
    skipped: [
      { t: 'України', why: ARMY + ' ("Сили оборони України")' },
    ],
    claims: [],
    events: [
      { t: 'Костянтинівки', n: 1, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Угруповання військ Схід', denied: true, asOf: ['2025-10-21'], note: '"Інформація про нібито просування російських військ у напрямку Костянтинівки ... не відповідає дійсності"' },
      { t: 'Костянтинівки', n: 2, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Угруповання військ Схід', denied: true, asOf: ['2025-10-21'], note: 'the subheading: "Росіяни не просунулися у напрямку Костянтинівки"' },
      { t: 'Костянтинівки', n: 3, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Угруповання військ Схід', denied: true, asOf: ['2025-10-21'], note: '"поширюють неправдиву інформацію про просування сил противника в напрямку Костянтинівки"' },
      { t: 'Костянтинівки', n: 4, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-10-01', '2025-10-10'], note: '"на початку жовтня українські прикордонники відбили штурм Костянтинівки"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-12-27',
    url: 'https://society.comments.ua/ua/news/warrussia/situaciya-duzhe-duzhe-vazhka-u-zsu-nazvali-naybilsh-kritichniy-napryamok-frontu-792011.html',
    notes: 'Stored copy on Коментарі (society.comments.ua), its body as the store gives it, complete (no headline: the manifest\'s title is made from the URL slug); the photo caption ("Бої за Гуляйполе. Фото: із відкритих джерел") removed. The date is the index\'s (27 December 2025; the text\'s "За минулу добу (26 грудня)"). Events: "намагається витіснити українських захисників з Гуляйполя" (fighting, RU); "штурмуючи Варварівку та Добропілля, що розташовані поблизу" (fighting, RU); "намагається витіснити Сили оборони з Гуляйполя, з міських кварталів" (fighting, RU, the day of 26 December). Not events: air strikes on Huliaipole (strikes), "логістичних шляхів, які ведуть до Гуляйполя" (routes), "українські підрозділи, які обороняють місто" (no name in its clause). No claims ("31 бойове зіткнення" counts clashes). Traps: «Суспільне». Skipped: РФ in "війська РФ", the axis adjective.',
    places: [
      { t: 'Гуляйполя', all: true, ref: 'huliaipole' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
      { t: 'Варварівку', ref: 'varvarivka' },
      { t: 'Добропілля', ref: 'dobropilliaZp' },
      { t: 'Гуляйполю', ref: 'huliaipole' },
      { t: 'Гуляйполі', ref: 'huliaipole' },
    ],
    traps: [
      { t: 'Суспільному', why: 'a broadcaster' },
      { t: 'Владислав Волошин', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', why: ARMY + ' ("війська РФ")' },
      { t: 'Гуляйпільському', why: AXIS + ' ("на Гуляйпільському напрямку")' },
    ],
    claims: [],
    events: [
      { t: 'Гуляйполя', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-27'], note: '"Російська загарбницька армія намагається витіснити українських захисників з Гуляйполя"' },
      { t: 'Варварівку', ref: 'varvarivka', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-27'], note: '"штурмуючи Варварівку та Добропілля, що розташовані поблизу"' },
      { t: 'Добропілля', ref: 'dobropilliaZp', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-27'], note: '"штурмуючи Варварівку та Добропілля"' },
      { t: 'Гуляйполя', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-26'], note: '"За минулу добу (26 грудня) ... намагається витіснити Сили оборони з Гуляйполя, з міських кварталів"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-12-28',
    url: 'https://news.online.ua/bitva-za-guliaipole-armiia-rf-zaznaje-kolosalnix-vtrat-900119/',
    notes: 'Stored copy on Online.ua (news.online.ua), its body as the store gives it, complete (no headline: the manifest\'s title is made from the URL slug); the subheading inside the body ("Армія РФ програє битву за Гуляйполе, однак не відступає") kept as the store gives it. The page gives no date of its own: the date is the text\'s, the day after "лише протягом 27 грудня" with "станом на сьогодні" (28 December 2025; the year is that of the battle for Huliaipole, which uk-04 dates). Events: "програє битву за Гуляйполе" (fighting, RU); "Що стосується безпосередньо Гуляйполя, то там досі не вщухають запеклі бої" (fighting, RU). Not events: "для захоплення Гуляйполя" (an aim), "найскладнішою ситуація є біля Гуляйполя" (a situation, no action), "у боях за місто" (no name). Claims: "майже 400 осіб живої сили" (count, casualties, RU, 27 December). Skipped: РФ in "Армію РФ", "Армія РФ", "солдатів РФ"; Ukraine in the defence forces\' names; the axis adjectives.',
    places: [
      { t: 'Гуляйполя', all: true, ref: 'huliaipole' },
      { t: 'Запорізькій області', ref: 'zaporizhzhiaOblast' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
    ],
    traps: [
      { t: 'Владислав Волошин', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: ARMY + ' ("Армію РФ", "солдатів РФ")' },
      { t: 'України', all: true, why: ARMY + ' ("Сил оборони півдня України", "Сили оборони України")' },
      { t: 'Гуляйпільському', why: AXIS + ' ("на Гуляйпільському напрямку")' },
      { t: 'Олександрівському', why: AXIS + ' ("на Олександрівському напрямку")' },
    ],
    claims: [
      { t: 'майже 400 осіб', kind: 'count', value: 400, unit: 'casualties', holder: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-27'], note: '"лише протягом 27 грудня російські війська на цій ділянці фронту втратили майже 400 осіб живої сили"' },
    ],
    events: [
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-28'], note: '"Армія РФ програє битву за Гуляйполе, однак не відступає"' },
      { t: 'Гуляйполя', n: 3, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-28'], note: '"Що стосується безпосередньо Гуляйполя, то там досі не вщухають запеклі бої"' },
    ],
  },
];
