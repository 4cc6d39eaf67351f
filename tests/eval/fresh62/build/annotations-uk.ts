// Hand annotations, Ukrainian articles of tests/eval/fresh62 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis or sector named after a place';
const KHORTYTSIA = 'ОСУВ "Хортиця"';
const GS = 'Генштаб ЗСУ';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-10-02',
    url: 'https://lider.112.ua/osuv-hortica-pidtverdilo-vivedenna-vijsk-z-vugledaru-41996',
    notes: 'Stored copy on 112.ua (its lider.112.ua site), its headline, subheading and body as the store gives them; the date and view-count lines ("02.10.2024", "1449", twice), the byline ("Журналіст", "Шосталь Олександр") and the "Читайте також" list of links removed. The date is the page\'s (2 October 2024). Events: the withdrawal in the headline, the subheading and the body ("підтвердило виведення підрозділів Сил Оборони з міста Вугледар 2 жовтня 2024 року") (withdrew, UA, the Khortytsia group); "Противник намагався захопити Вугледар" (fighting, RU: an attempt to take it); "Сили оборони продовжують ведення операцій не тільки у Вугледарі" (fighting, UA, as the text frames it; judgement call). No event: the Kursk region, where "ворог завдав авіаудари" (an oblast). Traps: "Хортиця" (a grouping named after an island; three times). No claim.',
    places: [
      { t: 'Вугледару', all: true, ref: 'vuhledar' },
      { t: 'Вугледар', all: true, ref: 'vuhledar' },
      { t: 'Вугледарі', ref: 'vuhledar' },
      { t: 'Курській області', ref: 'kurskOblast' },
    ],
    traps: [{ t: 'Хортиця', all: true, why: 'a grouping named after an island' }],
    events: [
      { t: 'Вугледару', n: 1, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: KHORTYTSIA, asOf: ['2024-10-02'], note: 'headline: "ОСУВ "Хортиця" підтвердило виведення військ з Вугледару"' },
      { t: 'Вугледару', n: 2, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: KHORTYTSIA, asOf: ['2024-10-02'], note: 'subheading: "ОСУВ "Хортиця" вивело підрозділи з Вугледару"' },
      { t: 'Вугледар', n: 1, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: KHORTYTSIA, asOf: ['2024-10-02'], note: '"офіційно підтвердило виведення підрозділів Сил Оборони з міста Вугледар 2 жовтня 2024 року"' },
      { t: 'Вугледар', n: 2, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: KHORTYTSIA, asOf: ['2024-10-02'], note: '"Противник намагався захопити Вугледар, виконуючи флангові удари" (an attempt to take it)' },
      { t: 'Вугледарі', ref: 'vuhledar', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2024-10-02'], note: '"Сили оборони продовжують ведення операцій не тільки у Вугледарі, але й в Курській області" (judgement call)' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-10-01',
    url: 'https://24tv.ua/dobropilskiy-napryamok-sili-oboroni-prosunulisya-bilya-dobropillya_n2925668/amp',
    notes: 'Stored copy on 24 Канал (AMP page), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("У боях українські оборонці ліквідували 52 російських військових, а загальні втрати противника за доб…"), removed. The date is the page\'s (1 October 2025). No settlement control event: "становище в напрямку Добропілля" names a direction (the town counted as a place, no event; judgement call), the "Добропільський виступ" is a salient, the advance "від 100 до 1400 метрів" names no place. Claim: "протягом останньої доби українські військові повернули під свій контроль 2,2 квадратних кілометрів території" (area-retaken, UA, Syrskyi, the 24 hours back from the report). Not a claim: the "операції зі знищення ворога ще на 3 квадратних кілометрах у Покровському районі" (ground searched for the enemy, as fresh10 reads it). Skipped: "Добропільському напрямку" twice and "Добропільський виступ" (an axis and a salient named by the town\'s adjective), "Сил оборони України" (the country inside a body\'s name). Counted: "Донеччині", "Добропілля", "Покровському районі" (a district), "Донецької області". Traps: the outlet "24 Канал", the person.',
    places: [
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Добропілля', ref: 'dobropillia' },
      { t: 'Покровському районі', ref: 'pokrovskRaion' },
      { t: 'Донецької області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: '24 Канал', why: 'an outlet' },
      { t: 'Олександр Сирський', why: 'person' },
      { t: 'Сирського', why: 'person' },
    ],
    skipped: [
      { t: 'України', why: BODY + ' ("Сил оборони України")' },
      { t: 'Добропільському', all: true, why: AXIS + ' ("на Добропільському напрямку")' },
      { t: 'Добропільський', why: 'a salient named by the town\'s adjective ("так званий “Добропільський виступ”")' },
    ],
    claims: [
      { t: '2,2 квадратних кілометрів', kind: 'area-retaken', value: 2.2, unit: 'km2', holder: 'UA', claimant: 'Олександр Сирський', asOf: ['2025-09-30', '2025-10-01'], note: '"протягом останньої доби українські військові повернули під свій контроль 2,2 квадратних кілометрів території"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-10-26',
    url: 'https://freeradio.com.ua/rosiiany-cherez-lymanskyi-napriamok-khochut-stvoryty-zahrozu-dlia-sloviansko-kramatorskoi-ahlomeratsii-uos/',
    notes: 'Stored copy on Вільне радіо, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the map caption ("Лиманський напрямок на мапі. Фото: DeepState") and the last sentence, cut by the store ("Серед іншого, окупанти ускладнюють дронами л…"), removed. The date is the page\'s (26 October 2025). An article with no place mention (as fresh60\'s ru-05): "Лиманському напрямку" / "Лиманському відтинку" are an axis and a sector, "Слов’янсько-Краматорської агломерації" an agglomeration named by the two cities\' adjectives (skipped, as fresh60 skips "Торецкой агломерации"). No event, no claim. Traps: the person (twice), "Deep State" (a mapping group), the programme "Суспільне. Студія".',
    places: [],
    traps: [
      { t: 'Віктор Трегубов', all: true, why: 'person' },
      { t: 'Суспільне. Студія', why: 'a broadcast programme' },
      { t: 'Deep State', why: 'a mapping group' },
    ],
    skipped: [
      { t: 'Лиманському', all: true, why: AXIS + ' ("на Лиманському напрямку", "на Лиманському відтинку")' },
      { t: 'Слов’янсько-Краматорської', all: true, why: 'an agglomeration named by two cities\' adjectives ("Слов’янсько-Краматорської агломерації")' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-12-04',
    url: 'https://tsn.ua/ukrayina/misto-vze-ne-skhoze-na-misto-viyskovyy-pro-boyi-u-vovchansku-2970872.html',
    notes: 'Stored copy on ТСН, its lead and body as the store gives them (no headline: the manifest\'s title is made from the URL slug); the rubric word before the lead ("Вовчанськ") and the last sentence, cut by the store ("Це завершилось традиційно — підрозділи 16-го армійського корпусу швид…"), removed; the store\'s own break inside a paragraph ("постійні штурми даю") and the outlet\'s typo ("Свытлини") kept. The date is the page\'s (4 December 2025). Events: the occupiers\' attempts to hang a Russian flag "у Вовчанську" and to raise the tricolour "над будівлею в місті Вовчанськ" (fighting, RU: attempts to show the town taken; judgement call). No event: "Росіяни не полишають намірів захопити місто" (the town named only by the axis adjective before it), "від Вовчанська вже майже нічого не залишилося" (destruction). Skipped: "Вовчанському напрямку" (an axis). Counted: "прапор РФ" (the country). Traps: the TV channel "КИЇВ24" (a place word in its name), the brigade "Форпост", the person (three times).',
    places: [
      { t: 'Вовчанська', ref: 'vovchansk' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Вовчанську', ref: 'vovchansk' },
      { t: 'Вовчанськ', ref: 'vovchansk' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'КИЇВ24', why: 'a TV channel with a place word in its name' },
      { t: 'Роман Коссе', why: 'person' },
      { t: 'Форпост', why: 'a brigade' },
      { t: 'Коссе', ctx: 'зазначає Коссе', why: 'person' },
      { t: 'Коссе', ctx: 'додав Коссе', why: 'person' },
    ],
    skipped: [{ t: 'Вовчанському', why: AXIS + ' ("На Вовчанському напрямку")' }],
    events: [
      { t: 'Вовчанську', ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-12-04'], note: '"Раніше окупанти намагалися вивісити прапор РФ у Вовчанську" (an attempt to show the town taken; judgement call)' },
      { t: 'Вовчанськ', ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-12-04'], note: '"Пара росіян зробили самогубну спробу підняти триколор над будівлею в місті Вовчанськ на Харківщині"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-12-23',
    url: 'https://glavnoe.in.ua/news/zsu-vidijshly-z-siverska-na-donechchyni-henshtab',
    notes: 'Stored copy on Главное (glavnoe.in.ua, Ukrainian text), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the outlet\'s stray space before the closing quote ("населеного пункту “") kept. The date is the page\'s (23 December 2025). Events (the General Staff): "Українські війська відійшли з міста Сіверськ" (withdrew, UA); "У районі Сіверська тривають важкі бої" (fighting, RU, the attacker: "продовжують активні наступальні дії"); the quote\'s "українські захисники відійшли з населеного пункту" (withdrew, UA), anchored on the town\'s name in the quote\'s first sentence (judgement call, as fresh60 anchors "the city" on the name before). Not an event: "залишається під вогневим контролем ЗСУ" (fire control is not control). No claim, no trap.',
    places: [
      { t: 'Сіверськ', ref: 'siversk' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Сіверська', ref: 'siversk' },
    ],
    events: [
      { t: 'Сіверськ', ref: 'siversk', action: 'withdrew', actor: 'UA', claimant: GS, asOf: ['2025-12-23'], note: '"Українські війська відійшли з міста Сіверськ Донецької області"' },
      { t: 'Сіверська', ref: 'siversk', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2025-12-23'], note: '"У районі Сіверська тривають важкі бої. Російські окупанти ... продовжують активні наступальні дії"' },
      { t: 'Сіверська', ref: 'siversk', action: 'withdrew', actor: 'UA', claimant: GS, asOf: ['2025-12-23'], note: '"українські захисники відійшли з населеного пункту" (anchored on the town\'s name in the quote\'s first sentence; judgement call)' },
    ],
  },
];
