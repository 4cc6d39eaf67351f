// Hand annotations, Ukrainian articles of tests/eval/fresh58 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const AXIS = 'a front axis named by an adjective';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-02-26',
    url: 'https://ua.news/ua/war-vs-rf/syly-oborony-vidijshly-z-sela-lastochkyne-poblyzu-avdiyivky',
    notes: 'Stored copy on UA.NEWS, its headline and body as the store gives them; the exchange-rate and weather strip, the repeated headline, the byline and date line ("ua.news9 26 Лютого 2024 12:03") and the channel promotion removed. The date is the page\'s (26 February 2024). Events: the withdrawal from Lastochkyne in the headline and the body (withdrew, UA); the defence organised "по лінії населених пунктів Орлівка, Тоненьке та Бердичі" (controls, UA: the line the defenders hold; judgement call); the withdrawal from the "Зеніт" position "на околиці Авдіївки" on 16 February (withdrew, UA, part: a position on the town\'s fringe; judgement call). Not an event: "Авдіївської оборонної операції" (the operation\'s name, skipped). Claim: "понад 47 тис. військових", the enemy\'s losses in four months of the Avdiivka defence (count, casualties, RU). Traps: «Таврія», «Зеніт», the people.',
    places: [
      { t: 'Ласточкине', all: true, ref: 'lastochkyne' },
      { t: 'Авдіївки', all: true, ref: 'avdiivka' },
      { t: 'Орлівка', ref: 'orlivkaAvdiivka' },
      { t: 'Тоненьке', ref: 'tonenke' },
      { t: 'Бердичі', ref: 'berdychi' },
    ],
    traps: [
      { t: 'Таврія', all: true, why: 'a grouping of forces' },
      { t: 'Дмитро Лиховій', why: 'person' },
      { t: 'Олександр Тарнавський', why: 'person' },
      { t: 'Зеніт', why: 'a position\'s name' },
    ],
    skipped: [{ t: 'Авдіївської', why: 'the operation\'s name ("Авдіївської оборонної операції")' }],
    claims: [
      { t: 'понад 47 тис. військових', kind: 'count', value: 47000, unit: 'casualties', holder: 'RU', claimant: 'ЗСУ', asOf: ['2023-10-16', '2024-02-16'], note: '"лише за 4 місяці активної фази Авдіївської оборонної операції втрати ворога склали понад 47 тис. військових" (reported on 16 February)' },
    ],
    events: [
      { t: 'Ласточкине', n: 1, ref: 'lastochkyne', action: 'withdrew', actor: 'UA', claimant: 'Дмитро Лиховій', asOf: ['2024-02-26'], note: 'headline: "Сили оборони відійшли з села Ласточкине"' },
      { t: 'Ласточкине', n: 2, ref: 'lastochkyne', action: 'withdrew', actor: 'UA', claimant: 'Дмитро Лиховій', asOf: ['2024-02-26'], note: '"Українські оборонці відійшли з села Ласточкине поблизу Авдіївки"' },
      { t: 'Орлівка', ref: 'orlivkaAvdiivka', action: 'controls', actor: 'UA', claimant: 'Дмитро Лиховій', asOf: ['2024-02-26'], note: '"організувати оборону по лінії населених пунктів Орлівка, Тоненьке та Бердичі" (judgement call: the line held)' },
      { t: 'Тоненьке', ref: 'tonenke', action: 'controls', actor: 'UA', claimant: 'Дмитро Лиховій', asOf: ['2024-02-26'], note: 'the same defence line' },
      { t: 'Бердичі', ref: 'berdychi', action: 'controls', actor: 'UA', claimant: 'Дмитро Лиховій', asOf: ['2024-02-26'], note: 'the same defence line' },
      { t: 'Авдіївки', n: 3, ref: 'avdiivka', action: 'withdrew', actor: 'UA', part: true, claimant: 'Олександр Тарнавський', asOf: ['2024-02-16'], note: '"повідомив про відхід з позиції «Зеніт» на околиці Авдіївки" (a position on the fringe: part; judgement call)' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2024-07-12',
    url: 'https://ua.news-pravda.com/world/2024/07/12/45325.html',
    notes: 'Stored copy on news-pravda.com (Ukrainian edition, a pro-Russian aggregator retelling a LIGA.net interview), its headline and body as the store gives them; the last sentence, cut by the store, removed; the outlet\'s typos kept ("тлько", "Достовірність"). The date is the URL\'s (12 July 2024). No event: the villages "у сірій зоні на самому кордоні з Харківською областю" are not named. Claims: "5 % території Луганщини нібито досі непідконтрольні росіянам" and "на вільних 5% Луганської області" (area-held, percent, UA, Lysohor\'s figure as the outlet reports it; twice). "ЛНР" is Luhansk Oblast (as ДНР is Donetsk Oblast); "Києву" is the government by its capital; "Київському порталу" (an outlet described by its city) is skipped. Traps: «ЛІГА», the people ("Зеленським" is a surname).',
    places: [
      { t: 'Луганщини', all: true, ref: 'luhanskOblast' },
      { t: 'Луганської області', all: true, ref: 'luhanskOblast' },
      { t: 'ЛНР', ref: 'luhanskOblast' },
      { t: 'Росії', ref: 'russia' },
      { t: 'Києву', ref: 'kyiv' },
      { t: 'Харківською областю', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'ЛІГА', why: 'an outlet' },
      { t: 'Артема Лисогора', why: 'person' },
      { t: 'Зеленським', why: 'person' },
      { t: 'Лисогор', ctx: 'Лисогор похвалився', why: 'person' },
      { t: 'Лисогор', ctx: 'Лисогор вперто', why: 'person' },
      { t: 'Артем Лисогор', why: 'person' },
    ],
    skipped: [{ t: 'Київському', why: 'an outlet described by its city ("Київському порталу «ЛІГА»")' }],
    claims: [
      { t: '5 %', kind: 'area-held', value: 5, unit: 'percent', holder: 'UA', claimant: 'Артем Лисогор', asOf: ['2024-07-12'], note: '"5 % території Луганщини нібито досі непідконтрольні росіянам"' },
      { t: '5%', kind: 'area-held', value: 5, unit: 'percent', holder: 'UA', claimant: 'Артем Лисогор', asOf: ['2024-07-12'], note: '"на вільних 5% Луганської області" (restated)' },
    ],
    events: [],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2024-12-10',
    url: 'https://rubryka.com/2024/12/10/rosijski-okupanty-namagayutsya-vzyaty-pid-kontrol-logistychni-shlyahy-yaki-vedut-do-kurahovogo-rechnyk/amp',
    notes: 'Stored copy on Рубрика (AMP page), its body as the store gives it, starting after the lead (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store, removed. The date is the URL\'s (10 December 2024). Events: the Russians try to take the roads leading to Kurakhove "щоб ... прорвати оборону міста" (fighting, RU: an attempt on the town; judgement call); "Місто контролюють Сили оборони" after "обстрілює місто Курахове" (controls, UA, anchored on the town\'s name). Not events: the storms "на Курахівському напрямку" (an axis), the shelling itself. Traps: Рубрика, "Хортиця", the spokesman.',
    places: [{ t: 'Курахового', ref: 'kurakhove' }, { t: 'Курахове', ref: 'kurakhove' }],
    traps: [
      { t: 'Рубрика', why: 'the outlet' },
      { t: 'Хортиця', why: 'a grouping of forces' },
      { t: 'Назара Волошина', why: 'person' },
      { t: 'Волошин', all: true, why: 'person' },
    ],
    skipped: [
      { t: 'Курахівському', all: true, why: AXIS + ' ("на Курахівському напрямку")' },
      { t: 'Покровському', why: AXIS + ' ("на Покровському напрямку")' },
      { t: 'Курахівський', why: AXIS + ' ("Курахівський напрямок"; added after the first run)' },
    ],
    events: [
      { t: 'Курахового', ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: 'Назар Волошин', asOf: ['2024-12-09', '2024-12-10'], note: '"росіяни намагаються взяти під контроль логістичні шляхи, які ведуть до Курахового для того, щоб, зокрема, прорвати оборону міста"' },
      { t: 'Курахове', ref: 'kurakhove', action: 'controls', actor: 'UA', claimant: 'Назар Волошин', asOf: ['2024-12-10'], note: '"Російська армія інтенсивно обстрілює місто Курахове ... Місто контролюють Сили оборони"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-10-25',
    url: 'https://glavred.net/front/vsu-zachistili-strategicheskuyu-tochku-pochemu-rezultat-mozhet-izmenit-balans-sil-10709576.html',
    notes: 'Stored copy on Главред, its headline and body as the store gives them; the language switch ("Рус"), the byline and date line ("Руслан Іваненко 25 жовтня 2025, 18:13 оновлено ...") and a collage caption removed; the quotation, cut by the store after its first sentence, kept to that sentence. The date is the page\'s (25 October 2025). Events: "Торське звільнене від російських окупантів 425-м полком" (liberated, UA, the owner retaking its village) and "Населений пункт Торське ... зачищений від російських окупантів" (cleared, UA). Not events: the control over the Chornyi Zherebets (a river, skipped), Torske located on its bank. Traps: 24 Канал, Роман Світан.',
    places: [
      { t: 'Торське', all: true, ref: 'torske' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: '24 Каналу', why: 'a broadcaster' },
      { t: 'Роман Світан', why: 'person' },
    ],
    skipped: [
      { t: 'Чорним Жеребцем', why: 'a river' },
      { t: 'Чорний Жеребець', all: true, why: 'a river' },
    ],
    events: [
      { t: 'Торське', n: 1, ref: 'torske', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-10-24', '2025-10-25'], note: '"Торське звільнене від російських окупантів 425-м полком"' },
      { t: 'Торське', n: 2, ref: 'torske', action: 'cleared', actor: 'UA', claimant: 'Роман Світан', asOf: ['2025-10-24', '2025-10-25'], note: '"Населений пункт Торське ... зачищений від російських окупантів підрозділом штурмовиків 425-го полку"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-01-13',
    url: 'https://society.comments.ua/ua/news/warrussia/u-zsu-zrobili-novu-zayavu-schodo-okupacii-andriivki-na-sumschini-793688.html',
    notes: 'Stored copy on Коментарі (society.comments.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); a photo caption and the last sentence, cut by the store, removed; the outlet\'s typo kept ("спробо"). The date is the index\'s (13 January 2026). Events: Andriivka "яке влітку 2025 року деокупували українські захисники" (liberated, UA, summer 2025); the storms on Andriivka (fighting, RU); up to eight Russian soldiers "проникли на край села Андріївка" (fighting, RU, on its fringe); the so-called "окупація" supposed from their reaching "межі Андріївки", which the army "абсолютно не підтверджує" (captured, RU, denied); "Зараз Андріївка під нашим контролем" (controls, UA). Claim: "до 8 російських військових" that got onto the village\'s edge (count, troops, RU; added after the first run). "України" is the country; the "Сумському напрямку" is an axis. Traps: Коментарі, КИЇВ24, Вадим Карп’як.',
    places: [
      { t: 'Андріївка', all: true, ref: 'andriivkaSumy' },
      { t: 'Андріївку', ref: 'andriivkaSumy' },
      { t: 'Андріївки', ref: 'andriivkaSumy' },
      { t: 'України', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Коментарі', why: 'the outlet' },
      { t: 'КИЇВ24', why: 'a broadcaster' },
      { t: 'Вадим Карп’як', all: true, why: 'person' },
    ],
    skipped: [{ t: 'Сумському', why: AXIS + ' ("на Сумському напрямку фронту")' }],
    claims: [
      {
        t: 'до 8 російських військових',
        kind: 'count',
        value: 8,
        unit: 'troops',
        holder: 'RU',
        claimant: 'Вадим Карп’як',
        asOf: ['2026-01-06', '2026-01-13'],
        note: '"Нещодавно до 8 російських військових таки проникли на край села Андріївка" (a troop count, as fresh50 reads "более 200 украинских боевиков пытались зайти"; added after the first run)',
      },
    ],
    events: [
      { t: 'Андріївка', n: 1, ref: 'andriivkaSumy', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-06-01', '2025-08-31'], note: '"села Андріївка, яке влітку 2025 року деокупували українські захисники"' },
      { t: 'Андріївку', ref: 'andriivkaSumy', action: 'fighting', actor: 'RU', claimant: 'Вадим Карп’як', asOf: ['2026-01-13'], note: '"Противник не полишає своїх спроб штурмувати Андріївку"' },
      { t: 'Андріївка', n: 2, ref: 'andriivkaSumy', action: 'fighting', actor: 'RU', claimant: 'Вадим Карп’як', asOf: ['2026-01-06', '2026-01-13'], note: '"до 8 російських військових таки проникли на край села Андріївка" ("нещодавно"; on its fringe)' },
      { t: 'Андріївки', ref: 'andriivkaSumy', action: 'captured', actor: 'RU', denied: true, claimant: null, asOf: ['2026-01-06', '2026-01-13'], note: '"дало підстави припускати про так звану „окупацію“, що ми абсолютно не підтверджуємо"' },
      { t: 'Андріївка', n: 3, ref: 'andriivkaSumy', action: 'controls', actor: 'UA', claimant: 'Вадим Карп’як', asOf: ['2026-01-13'], note: '"Зараз Андріївка під нашим контролем, як і була"' },
    ],
  },
];
