// Hand annotations, Ukrainian articles of tests/eval/fresh60 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis named after a place';
const GS = 'Генеральний штаб ЗСУ';
const VOLOSHYN = 'Владислав Волошин';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-05-19',
    url: 'https://slovoidilo.ua/2024/05/19/novyna/bezpeka/voroh-aktyvizuvavsya-xarkivskomu-napryamku-pislya-rankovoho-zatyshshya',
    notes: 'Stored copy on Слово і діло, its headline and body as the store gives them; the language link ("Читать на русском"), the repeated teaser, the photo credit ("armyinform.com.ua") and the last sentence, cut by the store ("Українські захисники знищили … 11"), removed. The date is the URL\'s (19 May 2024). Events (the General Staff, 19 May): the enemy trying to push back the Defence Forces "поблизу Вовчанська та сіл Стариця, Липці" (fighting, RU, the attacker, at each); the air strike "біля села Лук’янці" (fighting, RU: the striking side, as the sets read "нанесено поражение … в районах"; judgement call). Claim: the toll of 18 May, "209 окупантів" (count, casualties, RU; no claimant named). Not a claim: "43 одиниці техніки" (no unit of the gold). "Харківському напрямку" (three times) is an axis (skipped). Starytsia is placed at Vovchansk, the town it is named with (judgement call). Traps: Facebook.',
    places: [
      { t: 'Вовчанська', ref: 'vovchansk' },
      { t: 'Стариця', ref: 'starytsia' },
      { t: 'Липці', ref: 'lyptsi' },
      { t: 'Лук’янці', ref: 'lukiantsi' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
    ],
    traps: [{ t: 'Facebook', why: 'a social network' }],
    skipped: [{ t: 'Харківському', all: true, why: AXIS + ' ("на Харківському напрямку")' }],
    claims: [
      { t: '209 окупантів', kind: 'count', value: 209, unit: 'casualties', holder: 'RU', claimant: null, asOf: ['2024-05-18'], note: '"за 18 травня загальні втрати країни-агресора у Харківській області склали 209 окупантів"' },
    ],
    events: [
      { t: 'Вовчанська', ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2024-05-19'], note: '"противник намагається потіснити підрозділи Сил оборони поблизу Вовчанська та сіл Стариця, Липці"' },
      { t: 'Стариця', ref: 'starytsia', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2024-05-19'] },
      { t: 'Липці', ref: 'lyptsi', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2024-05-19'] },
      { t: 'Лук’янці', ref: 'lukiantsi', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2024-05-19'], note: '"біля села Лук’янці загарбники завдали авіаційного удару" (the striking side; judgement call)' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-09-04',
    url: 'https://armiya.novyny.live/skilki-liudei-perebuvaie-v-chasovomu-iaru-detali-vid-miskradi-278757.html',
    notes: 'Stored copy on Новини.LIVE (its army section), its headline and body as the store gives them; the breadcrumb line, the language switch, the date line ("Дата публікації: 4 вересня 2025 12:16"), a teaser heading with the photo caption, a "Читайте також" link, trailing spaces and the last sentence, cut by the store ("Він додав, що в місті ще залишаються цивільні особ…"), removed. The date is the page\'s (4 September 2025). Event: "в місті відбуваються відкриті бойові дії" (fighting, RU, the attacker, Chaus), anchored on the town\'s name in the sentence before ("Чаус розповів, що Часів Яр повністю зруйнований"; judgement call). Not events: the town destroyed by the Russian troops (destruction, no change of hands). "Часовоярської міської військової адміністрації" is skipped (the town\'s adjective inside an administration\'s name; judgement call). Traps: the programme Ранок.LIVE, Chaus.',
    places: [
      { t: 'Часовому Яру', all: true, ref: 'chasivYar' },
      { t: 'Часів Яр', all: true, ref: 'chasivYar' },
      { t: 'Донецької області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Сергій Чаус', why: 'person' },
      { t: 'Ранок.LIVE', why: 'a broadcast programme' },
      { t: 'Чаус', ctx: 'Чаус розповів', why: 'person' },
    ],
    skipped: [{ t: 'Часовоярської', why: 'the town\'s adjective inside an administration\'s name ("Часовоярської міської військової адміністрації")' }],
    events: [
      { t: 'Часів Яр', n: 2, ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: 'Сергій Чаус', asOf: ['2025-09-04'], note: '"Станом на зараз в місті відбуваються відкриті бойові дії" (anchored on the town\'s name in the sentence before; judgement call)' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-09-02',
    url: 'https://racurs.ua/ua/n208852-brytanska-rozvidka-poyasnyla-aktyvizaciu-armiyi-rf-u-serebryanskomu-lisi.html',
    notes: 'Stored copy on Ракурс, its lead and body as the store gives them (no headline: the manifest\'s title is made from the URL slug); the photo caption ("Серебрянський ліс. Фото: «Азов»") and the last sentence, cut by the store ("І росіяни поставили собі на меті захопити селище Ямпіль, бо знаходяться…"), removed. The date is the page\'s (2 September 2025). Event: the enemy\'s "спробах оточити місто" Kupiansk over the past month (fighting, RU, the attacker: an attempt to take it; the British defence ministry). Not events: Yampil, the village the Russians aim at, is in the sentence the store cut; the Ukrainian counteroffensive "на захід від Куп’янська" (the town locates it), the fighting "за Серебрянський ліс" (a forest), the oblasts where activity fell or the enemy advanced. Skipped: "Армія РФ", "Сухопутні війська Росії", "Міністерство оборони Великої Британії", "Сили оборони України" (the country inside a body\'s name), the Serebrianka forest (twice), the river Сіверський Донець. Traps: none.',
    places: [
      { t: 'Харківській', ref: 'kharkivOblast' },
      { t: 'Сумській областях', ref: 'sumyOblast' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Куп’янська', ref: 'kupiansk' },
      { t: 'Донецької області', ref: 'donetskOblast' },
    ],
    skipped: [
      { t: 'РФ', why: BODY + ' ("Армія РФ")' },
      { t: 'Серебрянського лісу', why: 'a forest' },
      { t: 'Росії', why: BODY + ' ("Сухопутні війська Росії")' },
      { t: 'Великої Британії', why: BODY + ' ("Міністерство оборони Великої Британії")' },
      { t: 'України', why: BODY + ' ("Сили оборони України")' },
      { t: 'Серебрянський ліс', why: 'a forest' },
      { t: 'Сіверський Донець', why: 'a river' },
    ],
    events: [
      { t: 'Куп’янська', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'Міністерство оборони Великої Британії', asOf: ['2025-08-02', '2025-09-02'], note: '"де протягом останнього місяця ворожа армія досягла чималих успіхів у спробах оточити місто" (an attempt to take it)' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-09-23',
    url: 'https://www.unian.ua/war/viyna-v-ukrajini-navishcho-rf-perekidaye-na-hersonshchinu-svizhih-shturmovikiv-13139961.html',
    notes: 'Stored copy on УНІАН, its lead and body as the store gives them (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("За словами військового, Сили оборони надійно…"), removed. The date is the page\'s (23 September 2025). No event: the assaults "у напрямку Антонівських мостів" aim at bridges, not a settlement; the assault groups concentrated in Dachi (held by Russia) tell of no change; Antonivka and Oleshky only locate Dachi and the bridge; the island zone is not a settlement. "РФ завершує" is the country as an actor (a place). Skipped: the Dnipro (a river, twice), the Antonivskyi bridges (twice: a bridge named after a village). Traps: Voloshyn.',
    places: [
      { t: 'РФ', ref: 'russia' },
      { t: 'Херсонської області', ref: 'khersonOblast' },
      { t: 'Херсонщини', ref: 'khersonOblast' },
      { t: 'Дачі', ref: 'dachi' },
      { t: 'Антонівка', ref: 'antonivkaKherson' },
      { t: 'Олешків', ref: 'oleshky' },
    ],
    traps: [
      { t: VOLOSHYN, why: 'person' },
      { t: 'Волошин', ctx: 'додав Волошин', why: 'person' },
      { t: 'Волошин', ctx: 'уточнив Волошин', why: 'person' },
    ],
    skipped: [
      { t: 'Дніпро', why: 'a river' },
      { t: 'Антонівських', why: 'bridges named after a village ("Антонівських мостів")' },
      { t: 'Дніпра', why: 'a river' },
      { t: 'Антонівського', why: 'a bridge named after a village ("Антонівського мосту")' },
    ],
    events: [],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-12-25',
    url: 'https://www.radiosvoboda.org/a/news-syly-oborony-pivdnia-zapekli-boi-huliaipole/33632641.html',
    notes: 'Stored copy on Радіо Свобода, its headline and body as the store gives them; the accessibility link, the photo caption (twice) and the last sentence, cut by the store («За ці населені пункти також зараз тривають дуже за…»), removed. The date is the page\'s (25 December 2025). Events (Voloshyn): "«запеклі бої» за Гуляйполе" (the headline), the Russian troops trying "прорватися до центру Гуляйполя", the 20 clashes "в самому Гуляйполі" the day before, the Russian task to "захопити якнайбільше кварталів … у Гуляйполі" (fighting, RU, the attacker, each). Also "триває складна ситуація в районі Добропілля, Прилук та Варварівки" (fighting, RU, at each: a difficult situation at a place, as earlier sets read it; first judged no event, fixed after the first run). Not events: the supply road "з Покровського … до Гуляйполя" (it locates them). Dobropillia, Pryluky and Varvarivka are the Zaporizhzhia villages on that road (namesakes of the Donetsk town Dobropillia and the Chernihiv city Pryluky), placed at Huliaipole (judgement call). "Сили оборони України" is skipped (the country inside a body\'s name). Not a claim: "20 бойових зіткнень" (no unit of the gold). Traps: Voloshyn.',
    places: [
      { t: 'Гуляйполе', ref: 'huliaipole' },
      { t: 'Гуляйполя', all: true, ref: 'huliaipole' },
      { t: 'Гуляйполі', all: true, ref: 'huliaipole' },
      { t: 'Добропілля', ref: 'dobropilliaZp' },
      { t: 'Прилук', ref: 'prylukyZp' },
      { t: 'Варварівки', ref: 'varvarivkaZp' },
      { t: 'Покровського', ref: 'pokrovskeDnipro' },
      { t: 'Дніпропетровської області', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: VOLOSHYN, why: 'person' },
      { t: 'Волошина', why: 'person' },
    ],
    skipped: [{ t: 'України', why: BODY + ' ("Сили оборони України")' }],
    events: [
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-25'], note: 'the headline: "розповіли про «запеклі бої» за Гуляйполе"' },
      { t: 'Гуляйполя', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-25'], note: '"Російські війська намагаються прорватися до центру Гуляйполя"' },
      { t: 'Гуляйполі', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-24'], note: '"в самому Гуляйполі напередодні відбулося 20 бойових зіткнень"' },
      { t: 'Гуляйполі', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-25'], note: '"російська армія має завдання ... «просунутися якнайбільше і захопити якнайбільше кварталів, вулиць, будинків» у Гуляйполі" (an attempt to take it)' },
      { t: 'Добропілля', ref: 'dobropilliaZp', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-25'], note: '"триває складна ситуація в районі Добропілля, Прилук та Варварівки" (a difficult situation at a place is fighting by the attacker, as earlier sets read "складна ситуація" at Huliaipole and Pokrovsk and "the situation remains difficult" at Dvorichne; added after the first run)' },
      { t: 'Прилук', ref: 'prylukyZp', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-25'], note: 'added after the first run' },
      { t: 'Варварівки', ref: 'varvarivkaZp', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-25'], note: 'added after the first run' },
    ],
  },
];
