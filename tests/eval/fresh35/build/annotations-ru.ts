// Hand annotations, Russian articles of tests/eval/fresh35. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-04-02',
    url: 'https://bessarabiainform.com/2022/04/vsya-kievskaya-oblast-osvobozhdena-ot-okkupantov-minoborony-ukrainy',
    notes: 'Stored copy on Бессарабия ИНФОРМ (bessarabiainform.com), its headline and body as the store gives them; the site\'s language line after the headline ("Ви можете обрати мову сайту: ...") and the correspondent\'s sign-off at the end removed. The date is the text\'s and the URL\'s month ("в Facebook 2 апреля сообщила", 2 April 2022). Events: Maliar\'s "Ирпень, Буча, Гостомель и вся Киевская область освобождены от захватчика" (liberated, UA, three events). Not events: the oblast "освобождена" (a region, not a settlement), "вокруг Киева" (a location). Claims: "Генштаб ВСУ сообщал о взятии украинскими военными под контроль 28 населенных пунктов вокруг Киева" (count, settlements, UA, the General Staff, 1 April). "Минобороны Украины" and "замминистра обороны Украины" hold a country inside a body\'s or an official\'s name (skipped); "мэр Киева" is the city. Traps: Facebook, people.',
    places: [
      { t: 'Киевская область', all: true, ref: 'kyivOblast' },
      { t: 'Ирпень', ref: 'irpin' },
      { t: 'Буча', ref: 'bucha' },
      { t: 'Гостомель', ref: 'hostomel' },
      { t: 'Киева', all: true, ref: 'kyiv' },
      { t: 'Киевской области', ref: 'kyivOblast' },
    ],
    traps: [
      { t: 'Facebook', why: 'a social network' },
      { t: 'Анна Маляр', why: 'person' },
      { t: 'Виталий Кличко', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', n: 1, why: OFFICIAL + ' ("Минобороны Украины")' },
      { t: 'Украины', n: 2, why: OFFICIAL + ' ("замминистра обороны Украины")' },
    ],
    claims: [
      { t: '28 населенных пунктов', kind: 'count', value: 28, unit: 'settlements', holder: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2022-04-01'], note: '"Вчера, 1 апреля, Генштаб ВСУ сообщал о взятии украинскими военными под контроль 28 населенных пунктов вокруг Киева"' },
    ],
    events: [
      { t: 'Ирпень', ref: 'irpin', action: 'liberated', actor: 'UA', claimant: 'Анна Маляр', asOf: ['2022-04-02'], note: '"Ирпень, Буча, Гостомель и вся Киевская область освобождены от захватчика"' },
      { t: 'Буча', ref: 'bucha', action: 'liberated', actor: 'UA', claimant: 'Анна Маляр', asOf: ['2022-04-02'], note: '"Ирпень, Буча, Гостомель и вся Киевская область освобождены от захватчика"' },
      { t: 'Гостомель', ref: 'hostomel', action: 'liberated', actor: 'UA', claimant: 'Анна Маляр', asOf: ['2022-04-02'], note: '"Ирпень, Буча, Гостомель и вся Киевская область освобождены от захватчика"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-03-26',
    url: 'https://novosti-n.org/news/Bojczi-VSU-osvobodyly-gorod-v-Sumskoj-oblasty-238284',
    notes: 'Stored copy on Новости-N (novosti-n.org), its headline and body as the store gives them; the date line after the headline ("26.03.2022 в 20:50") removed. The date is that line\'s and the text\'s ("Об этом 26 марта сообщила", 26 March 2022). Events: "Украинские защитники освободили город Тростянец Сумской области" and "Тростянец был освобожден от российских оккупационных войск" (liberated, UA, the 93rd brigade, twice); "в первые дни обороны Ахтырки и боев за Тростянец" (fighting, RU: the attacker in the first days of the invasion, twice). Not an event: the headline\'s "освободили город в Сумской области" (names the oblast only). "Сумской ОВА" is the oblast inside an official\'s title (skipped). Traps: the brigade\'s name Холодный Яр (twice; "Холодноярцам" is its men), the Kantemirovskaya division, Facebook, Zhyvytskyi.',
    places: [
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
      { t: 'Тростянец', all: true, ref: 'trostianets' },
      { t: 'Ахтырки', ref: 'okhtyrka' },
    ],
    traps: [
      { t: 'Холодный Яр', why: 'a brigade\'s name' },
      { t: 'Холодного Яра', why: 'a brigade\'s name' },
      { t: 'Facebook', why: 'a social network' },
      { t: 'Дмитрий Живицкий', why: 'person' },
      { t: 'Кантемировскую', why: 'a division\'s name' },
    ],
    skipped: [
      { t: 'Сумской ОВА', why: 'oblast inside an official\'s title ("Глава Сумской ОВА")' },
    ],
    claims: [],
    events: [
      { t: 'Тростянец', n: 1, ref: 'trostianets', action: 'liberated', actor: 'UA', claimant: '93 отдельная механизированная бригада', asOf: ['2022-03-26'], note: '"Украинские защитники освободили город Тростянец Сумской области"' },
      { t: 'Тростянец', n: 2, ref: 'trostianets', action: 'liberated', actor: 'UA', claimant: '93 отдельная механизированная бригада', asOf: ['2022-03-26'], note: '"Тростянец был освобожден от российских оккупационных войск силами Холодного Яра"' },
      { t: 'Ахтырки', ref: 'okhtyrka', action: 'fighting', actor: 'RU', claimant: '93 отдельная механизированная бригада', asOf: ['2022-02-24', '2022-03-26'], note: '"еще в первые дни обороны Ахтырки"' },
      { t: 'Тростянец', n: 3, ref: 'trostianets', action: 'fighting', actor: 'RU', claimant: '93 отдельная механизированная бригада', asOf: ['2022-02-24', '2022-03-26'], note: '"и боев за Тростянец" (the first days of the invasion)' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2023-05-21',
    url: 'https://news.rambler.ru/army/50771152-minoborony-obyavilo-o-zavershenii-osvobozhdeniya-artemovska',
    notes: 'Stored copy on Рамблер (news.rambler.ru), its body as the store gives it, with no edit (no headline: the manifest\'s title is made from the URL slug). The date is the text\'s: the ministry\'s statement after "Ранее в субботу, 20 мая" (Sunday 21 May 2023). Events: the ministry\'s "завершено освобождение города Артемовск (украинское название — Бахмут)" (captured, RU: Russia\'s "liberation" of a Ukrainian town, the owner rule; denied: "украинская сторона опровергает утрату полного контроля над городом") and "российские силы объявили о полном взятии под контроль Артемовска" (captured, RU, denied). "Бахмут" is the same town\'s name in parentheses (a place, no second event). Not an event: Maliar\'s "ВСУ контролируют «инфраструктурные и промышленные объекты» в районе многоэтажки «Самолет»" (names no settlement; the denial above). "на Артемовском тактическом направлении" is an axis (skipped). Traps: Wagner (twice), Telegram, the high-rise "Самолет", people.',
    places: [
      { t: 'Артемовск', ref: 'bakhmut' },
      { t: 'Бахмут', ref: 'bakhmut' },
      { t: 'Артемовска', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Вагнер', all: true, why: 'a mercenary group' },
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'Евгений Пригожин', why: 'person' },
      { t: 'Анна Маляр', why: 'person' },
      { t: 'Самолет', why: 'a building\'s nickname' },
    ],
    skipped: [
      { t: 'Артемовском', why: 'a front axis named by an adjective ("на Артемовском тактическом направлении")' },
      { t: 'России', why: OFFICIAL + ' ("Минобороны России")' },
      { t: 'Украины', why: OFFICIAL + ' ("Заместитель министра обороны Украины")' },
    ],
    claims: [],
    events: [
      { t: 'Артемовск', ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: 'Минобороны России', denied: true, asOf: ['2023-05-20'], note: '"завершено освобождение города Артемовск"; "украинская сторона опровергает утрату полного контроля над городом"' },
      { t: 'Артемовска', ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: 'российские силы', denied: true, asOf: ['2023-05-20'], note: '"российские силы объявили о полном взятии под контроль Артемовска"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2023-12-26',
    url: 'https://migeko.ru/?p=36301',
    notes: 'Stored copy on migeko.ru (after Страна.ua), its headline and body as the store gives them, with no edit. The date is the text\'s: the latest day it names ("26 декабря в ВСУ уже косвенно признали потерю Марьинки"), Zaluzhnyi\'s briefing of 26 December 2023. Events: the headline\'s and the body\'s "Марьинка перешла под (российский) контроль (российской армии)" (captured, RU, Zaluzhnyi, twice); "Отошли из западных окраин города: в некоторых местах окопались в окрестностях Марьинки" (withdrew, UA, Zaluzhnyi: the clause names the town only by the outskirts the troops dug in at); Shoigu\'s report "о полном освобождении Марьинки" of 25 December (captured, RU, denied: Shtupun "тогда заявил, что говорить о полном оставлении Украиной населенного пункта «некорректно»"); "признали потерю Марьинки" (captured, RU, the AFU, 26 December). "Вооруженных сил Украины", "Министр обороны России" and "президенту России" hold a country inside an army\'s name or an official\'s title (skipped); "Таврического направления" is an axis (skipped). Traps: Страна.ua, people.',
    places: [
      { t: 'Марьинка', all: true, ref: 'marinka' },
      { t: 'Марьинки', all: true, ref: 'marinka' },
      { t: 'Украиной', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Валерий Залужный', all: true, why: 'person' },
      { t: 'Страна.ua', why: 'an outlet' },
      { t: 'Сергей Шойгу', why: 'person' },
      { t: 'Владимиру Путину', why: 'person' },
      { t: 'Александр Штупун', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', why: ARMY + ' ("Вооруженных сил Украины")' },
      { t: 'России', n: 1, why: OFFICIAL + ' ("Министр обороны России")' },
      { t: 'России', n: 2, why: OFFICIAL + ' ("президенту России")' },
      { t: 'Таврического', why: 'a front axis named by an adjective ("Сил обороны Таврического направления")' },
    ],
    claims: [],
    events: [
      { t: 'Марьинка', n: 1, ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Валерий Залужный', asOf: ['2023-12-26'], note: '"Главком ВСУ Залужный: Марьинка перешла под российский контроль"' },
      { t: 'Марьинка', n: 2, ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Валерий Залужный', asOf: ['2023-12-26'], note: '"Марьинка перешла под контроль российской армии"' },
      { t: 'Марьинки', n: 1, ref: 'marinka', action: 'withdrew', actor: 'UA', claimant: 'Валерий Залужный', asOf: ['2023-12-26'], note: '"Отошли из западных окраин города: в некоторых местах окопались в окрестностях Марьинки"' },
      { t: 'Марьинки', n: 2, ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Сергей Шойгу', denied: true, asOf: ['2023-12-25'], note: '"Шойгу отчитался ... о полном освобождении Марьинки"; Shtupun then called it "некорректно"' },
      { t: 'Марьинки', n: 3, ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'ВСУ', asOf: ['2023-12-26'], note: '"26 декабря в ВСУ уже косвенно признали потерю Марьинки"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2022-11-11',
    url: 'https://inedeli.ru/2022/11/11/minoborony-soobshilo-o-30-tys-vyvedennyh-na-levyi-bereg-dnepra-voennyh/',
    notes: 'Stored copy on Неделя (inedeli.ru), its headline, lead and body as the store gives them; the video label between the lead and the body ("Video") removed; the last sentence, cut by the store ("Военные заняли ... также говорит"), removed. The date is the URL\'s and the text\'s ("маневр завершили 11 ноября", 11 November 2022). Events: "Минобороны 9 ноября заявило об отводе российских войск из Херсона на левый берег Днепра, маневр завершили 11 ноября" (withdrew, RU, the ministry). The Dnieper is a river (skipped everywhere). Claims: the 30,000 troops withdrawn, four times (the headline, the lead twice, the body: count, troops, RU, the Russian Defence Ministry, 9–11 November 2022). Not claims: "5 тыс. единиц техники" (vehicles). "Минобороны России" and "Министерство обороны России" hold a country inside a body\'s name (skipped).',
    places: [
      { t: 'Херсона', ref: 'kherson' },
    ],
    traps: [],
    skipped: [
      { t: 'Днепра', all: true, why: 'a river' },
      { t: 'России', all: true, why: OFFICIAL + ' ("Минобороны России", "Министерство обороны России")' },
    ],
    claims: [
      { t: '30 тыс.', all: true, kind: 'count', value: 30000, unit: 'troops', holder: 'RU', claimant: 'Минобороны России', asOf: ['2022-11-09', '2022-11-11'], note: '"выведено свыше 30 тыс. российских военных" (the headline, the lead twice and the body)' },
    ],
    events: [
      { t: 'Херсона', ref: 'kherson', action: 'withdrew', actor: 'RU', claimant: 'Минобороны России', asOf: ['2022-11-09', '2022-11-11'], note: '"заявило об отводе российских войск из Херсона на левый берег Днепра, маневр завершили 11 ноября"' },
    ],
  },
];
