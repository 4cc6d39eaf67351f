// Hand annotations, Ukrainian articles of tests/eval/fresh27. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const TEN_DAYS = ['2025-10-16', '2025-10-26'] as const;
const SINCE_21_AUGUST = ['2025-08-21', '2025-10-26'] as const;
const DAY_0228 = ['2026-02-28'] as const;

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-10-26',
    url: 'https://fakty.com.ua/ua/ukraine/20251026-zvilneno-dva-naseleni-punkty-za-10-dniv-genshtab-pro-boyi-na-ocheretynskomu-vidrizku/',
    notes: 'Stored copy of a Факти (fakty.com.ua) news item, its body as the store gives it; the last sentence, cut by the store ("Загалом за трохи більш ніж два місяці втрати противника на цьому напрямку перевищили 15 700 осіб і 1364 одиниці озб"), removed. The subheadings inside the text ("ЗСУ звільнили Кучерів Яр та Сухецьке", "Втрати ворога на цьому напрямку") are kept. The store gives no headline: the manifest title is made from the URL slug. The date is the URL\'s (26 October 2025). Events: "відновили контроль над двома населеними пунктами: Кучерів Яр та Сухецьке" over the last ten days and the subheading "ЗСУ звільнили Кучерів Яр та Сухецьке" (liberated, UA, the General Staff, 16–26 October). Claims: "двома населеними пунктами" (count, settlements, UA, the ten days), "дев’ятьма населеними пунктами" retaken and "ще дев’ять" cleared since 21 August 2025 (count, settlements, UA) and "1756 російських військових" killed in the ten days (count, killed, RU, the side that lost them as holder). Not claims: "75 одиниць техніки". The sector and axis adjectives ("на Очеретинському відрізку", "Покровського напрямку", "на Очеретинській ділянці фронту") are skipped, and so is the agglomeration named after two towns ("Покровсько-Мирноградської"); "Збройних Сил України" is an army\'s name (skipped). The villages are placed in Pokrovsk Raion, which the General Staff\'s report of the day names. Traps: ЗСУ (three times).',
    places: [
      { t: 'Кучерів Яр', all: true, ref: 'kucherivYar' },
      { t: 'Сухецьке', all: true, ref: 'sukhetske' },
    ],
    traps: [{ t: 'ЗСУ', all: true, why: 'abbreviation of the armed forces' }],
    skipped: [
      { t: 'Очеретинському', why: 'front sector named by an adjective ("на Очеретинському відрізку")' },
      { t: 'Покровського', why: 'front axis ("Покровського напрямку")' },
      { t: 'Покровсько-Мирноградської', why: 'an agglomeration named after two towns' },
      { t: 'України', why: 'country inside an army\'s name ("Збройних Сил України")' },
      { t: 'Очеретинській', why: 'front sector named by an adjective ("на Очеретинській ділянці фронту")' },
    ],
    claims: [
      { t: 'двома населеними пунктами', kind: 'count', value: 2, unit: 'settlements', holder: 'UA', claimant: 'Генштаб ЗСУ', asOf: TEN_DAYS, note: '"за останні 10 днів відновили контроль над двома населеними пунктами"' },
      { t: 'дев’ятьма населеними пунктами', kind: 'count', value: 9, unit: 'settlements', holder: 'UA', claimant: 'Генштаб ЗСУ', asOf: SINCE_21_AUGUST, note: '"З 21 серпня 2025 року ... контроль відновлено вже над дев’ятьма населеними пунктами"' },
      { t: 'дев’ять', kind: 'count', value: 9, unit: 'settlements', holder: 'UA', claimant: 'Генштаб ЗСУ', asOf: SINCE_21_AUGUST, note: '"ще дев’ять – зачищено від диверсійних груп противника"' },
      { t: '1756 російських військових', kind: 'count', value: 1756, unit: 'killed', holder: 'RU', claimant: 'Генштаб ЗСУ', asOf: TEN_DAYS, note: '"Лише за останні десять днів ЗСУ знищили 1756 російських військових"' },
    ],
    events: [
      { t: 'Кучерів Яр', n: 1, ref: 'kucherivYar', action: 'liberated', actor: 'UA', claimant: 'Генштаб ЗСУ', asOf: TEN_DAYS, note: '"за останні 10 днів відновили контроль над двома населеними пунктами: Кучерів Яр та Сухецьке"' },
      { t: 'Сухецьке', n: 1, ref: 'sukhetske', action: 'liberated', actor: 'UA', claimant: 'Генштаб ЗСУ', asOf: TEN_DAYS, note: '"відновили контроль над ... Кучерів Яр та Сухецьке"' },
      { t: 'Кучерів Яр', n: 2, ref: 'kucherivYar', action: 'liberated', actor: 'UA', claimant: 'Генштаб ЗСУ', asOf: TEN_DAYS, note: 'the subheading: "ЗСУ звільнили Кучерів Яр та Сухецьке"' },
      { t: 'Сухецьке', n: 2, ref: 'sukhetske', action: 'liberated', actor: 'UA', claimant: 'Генштаб ЗСУ', asOf: TEN_DAYS, note: 'the subheading: "ЗСУ звільнили Кучерів Яр та Сухецьке"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2026-02-28',
    url: 'https://24tv.ua/bilyakivku-dniprovshhini-nibito-zahopili-rosiyani-shho-kazhut_n3018870/amp',
    notes: 'Stored copy of a 24 Канал (24tv.ua) news item, its body as the store gives it, with the reminder of earlier items at its start, the page\'s headline line ("Росія заявила про нібито \\"просування\\" у Біляківці: що відповіли у Силах оборони") and its summary points kept; the index\'s date prefix removed; the closing pointer ("Дивітьс"), cut by the store, removed. The date is the index\'s (28 February 2026). Events, each reported as untrue (denied): the Russian claim of the "захоплення" of Куп’янськ-Вузловий ("спростували цю інформацію"), of the occupation of Новоплатонівка ("Чергову маячню противника спростували"), of an "просування" in Біляківці (fighting, RU) and of the capture of Біляківка, twice ("захоплення Біляківки ... це заперечують", "заявив, що захопив населений пункт Біляківка ... не відповідає дійсності") (captured, RU). None is dated by the text: the report\'s day. "ситуація під контролем ЗСУ" names no settlement. "кремлівської пропаганди" is an adjective (not a mention). Traps: ЗСУ (twice).',
    places: [
      { t: 'Росія', all: true, ref: 'russia' },
      { t: 'Куп’янськ-Вузловий', ref: 'kupianskVuzlovyi' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'Новоплатонівка', ref: 'novoplatonivka' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Біляківці', ref: 'biliakivka' },
      { t: 'Біляківки', ref: 'biliakivka' },
      { t: 'Біляківка', ref: 'biliakivka' },
      { t: 'Дніпропетровській області', ref: 'dnipropetrovskOblast' },
    ],
    traps: [{ t: 'ЗСУ', all: true, why: 'abbreviation of the armed forces' }],
    skipped: [],
    claims: [],
    events: [
      { t: 'Куп’янськ-Вузловий', ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: 'Росія', denied: true, asOf: DAY_0228, note: '"заявила про нібито \\"захоплення\\" селища Куп’янськ-Вузловий ... Українські воїни спростували цю інформацію"' },
      { t: 'Новоплатонівка', ref: 'novoplatonivka', action: 'captured', actor: 'RU', claimant: 'Російська пропаганда', denied: true, asOf: DAY_0228, note: '"заявляла про окупацію села Новоплатонівка на Харківщині. Чергову маячню противника спростували"' },
      { t: 'Біляківці', ref: 'biliakivka', action: 'fighting', actor: 'RU', claimant: 'Росія', denied: true, asOf: DAY_0228, note: 'the headline line: "Росія заявила про нібито \\"просування\\" у Біляківці"' },
      { t: 'Біляківки', ref: 'biliakivka', action: 'captured', actor: 'RU', claimant: 'Росія', denied: true, asOf: DAY_0228, note: '"Росія заявила про захоплення Біляківки, але українські військові це заперечують"' },
      { t: 'Біляківка', ref: 'biliakivka', action: 'captured', actor: 'RU', claimant: 'Росія', denied: true, asOf: DAY_0228, note: '"ворог заявив, що захопив населений пункт Біляківка ... інформація ворога не відповідає дійсності"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2026-02-11',
    url: 'https://www.rbc.ua/rus/news/zsu-zachistili-vid-okupantiv-selo-kosivtseve-1770805831.html/amp',
    notes: 'Stored copy of a РБК-Україна (rbc.ua) news item\'s closing section, as the store gives it (its subheading "Ситуація у Запорізькій області" kept, the store\'s slip "повдомляли" kept); the index\'s date prefix removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index\'s (11 February 2026). Events: "Сили оборони зачистили від росіян населений пункт Тернувате у Запорізькій області" (cleared, UA, the Southern Defence Forces, the report\'s day); "У січні росіяни розповсюдили інформацію про нібито окупацію села Тернувате, але це насправді не відповідало дійсності" (captured, RU, denied, January 2026). "Селище перебуває під контролем України" names the country, not the settlement (no event on it). The counter-offensive "на стику Дніпропетровської та Запорізької областей" the Russian war bloggers claimed is no settlement\'s (no event). Traps: ЗСУ, Півдня (the Southern Defence Forces\' name).',
    places: [
      { t: 'Запорізькій області', n: 1, ref: 'zaporizhzhiaOblast' },
      { t: 'Дніпропетровської', ref: 'dnipropetrovskOblast' },
      { t: 'Запорізької областей', ref: 'zaporizhzhiaOblast' },
      { t: 'Тернувате', all: true, ref: 'ternuvate' },
      { t: 'Запорізькій області', n: 2, ref: 'zaporizhzhiaOblast' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Росія', ref: 'russia' },
      { t: 'Запорізькій області', n: 3, ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'ЗСУ', why: 'abbreviation of the armed forces' },
      { t: 'Півдня', why: 'a grouping named after a direction ("Силах оборони Півдня")' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Тернувате', n: 1, ref: 'ternuvate', action: 'cleared', actor: 'UA', claimant: 'Сили оборони Півдня', asOf: ['2026-02-11'], note: '"нещодавно Сили оборони зачистили від росіян населений пункт Тернувате у Запорізькій області. Селище перебуває під контролем України."' },
      { t: 'Тернувате', n: 2, ref: 'ternuvate', action: 'captured', actor: 'RU', claimant: 'росіяни', denied: true, asOf: ['2026-01-01', '2026-01-31'], note: '"У січні росіяни розповсюдили інформацію про нібито окупацію села Тернувате, але це насправді не відповідало дійсності"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2024-10-02',
    url: 'https://ctpaha.media/ukr/news/472953-sili-oboroni-vijshli-z-vuhledaru-donetskoji-oblasti.html',
    notes: 'Stored copy of a Страна.ua (ctpaha.media) news item, its headline and body as the store gives them, with the live page\'s line naming the war\'s day and date kept at the end; the closing pointers after it ("Карти вторгнення, головні новини ...", "Щоб завжди бути в курсі найважливішого, рекомендуємо заванта"), cut by the store, removed. The date is the text\'s ("952-й день", "2 жовтня 2024 року"). Events: the headline "ЗСУ офіційно підтвердили втрату Вугледара" (captured, RU, the loss of a settlement by the other side: the owner rule, as fresh15 gives "the loss of Kurakhove"); "надано дозвіл на виведення військових із Вугледару" and "маневру щодо виведення підрозділів з Вугледару" (withdrew, UA, ОСУВ «Хортиця»); "Deep State заявив, що армія РФ захопила Вугледар" (captured, RU, DeepState, the day before). "Україна повністю втратила Волноваський район" is a district (no event). "армія РФ" is an army\'s name (skipped). Traps: ЗСУ (twice), Хортиця (a grouping named after an island), Deep State.',
    places: [
      { t: 'Вугледара', ref: 'vuhledar' },
      { t: 'Вугледару', all: true, ref: 'vuhledar' },
      { t: 'Донецької області', all: true, ref: 'donetskOblast' },
      { t: 'Вугледар', ref: 'vuhledar' },
      { t: 'Україна', ref: 'ukraine' },
      { t: 'Волноваський район', ref: 'volnovakhaRaion' },
      { t: 'Україні', ref: 'ukraine' },
    ],
    traps: [
      { t: 'ЗСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'Хортиця', why: 'a grouping of troops named after an island ("угрупування військ \\"Хортиця\\"")' },
      { t: 'Deep State', why: 'a mapping project' },
    ],
    skipped: [{ t: 'РФ', why: 'country inside an army\'s name ("армія РФ")' }],
    claims: [],
    events: [
      { t: 'Вугледара', ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: 'ОСУВ «Хортиця»', asOf: ['2024-10-02'], note: 'the headline: "ЗСУ офіційно підтвердили втрату Вугледара"' },
      { t: 'Вугледару', n: 1, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: 'ОСУВ «Хортиця»', asOf: ['2024-10-02'], note: '"вищим командуванням надано дозвіл на виведення військових із Вугледару Донецької області"' },
      { t: 'Вугледару', n: 2, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: 'ОСУВ «Хортиця»', asOf: ['2024-10-02'], note: '"дозвіл на здійснення маневру щодо виведення підрозділів з Вугледару"' },
      { t: 'Вугледар', ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: 'DeepState', asOf: ['2024-10-01'], note: '"вчора Deep State заявив, що армія РФ захопила Вугледар"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2022-10-01',
    url: 'https://freeradio.com.ua/boi-za-lyman-ukrainskyi-prapor-na-v-izdi-v-misto-panika-okupantiv-u-sotsmerezhakh-foto-video',
    notes: 'Stored copy of a Вільне радіо (freeradio.com.ua) news item, its body as the store gives it; the last line, cut by the store ("“1 жовтня. Розгортаємо наш державни"), removed. The store gives no headline: the manifest title is made from the URL slug. The date is the text\'s ("1 жовтня", the flag raised at Lyman\'s entrance the day after 30 September; 2022 by the encirclement of Lyman in the Kharkiv–Donetsk counter-offensive). Events: the flag unfurled "на в’їзді в Лиман" (entered, UA, twice, 1 October); the encirclement of Lyman reported on 30 September ("фактичне оточення Лимана", "оточення російських військ у районі Лимана": fighting, UA); Ямпіль "повернули під контроль" (liberated, UA, 30 September), Дробишеве (liberated, UA, the Defence Ministry, 30 September), "деокупувати смт Новоселівку" two days before (liberated, UA, 28 September), Шандриголове and Ставки "повернули під контроль" later (liberated, UA, 30 September–1 October). "на південь від Лимана" and "з іншого боку від Лимана" place villages (no event). Traps: ЗСУ (six times), Сергій Череватий.',
    places: [
      { t: 'Лиман', all: true, ref: 'lyman' },
      { t: 'Лимана', all: true, ref: 'lyman' },
      { t: 'Ямпіль', ref: 'yampil' },
      { t: 'Дробишеве', ref: 'drobysheve' },
      { t: 'Новоселівку', ref: 'novoselivkaLyman' },
      { t: 'Шандриголове', ref: 'shandryholove' },
      { t: 'Ставки', ref: 'stavkyLyman' },
    ],
    traps: [
      { t: 'ЗСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'Сергій Череватий', why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Лиман', n: 1, ref: 'lyman', action: 'entered', actor: 'UA', claimant: null, asOf: ['2022-10-01'], note: '"відео з українськими військовими, які розгортають синьо-жовтий прапор на в’їзді в Лиман"' },
      { t: 'Лимана', n: 1, ref: 'lyman', action: 'fighting', actor: 'UA', claimant: 'ЗСУ', asOf: ['2022-09-30'], note: '"Про фактичне оточення Лимана в ЗСУ повідомили ще 30 вересня"' },
      { t: 'Лимана', n: 2, ref: 'lyman', action: 'fighting', actor: 'UA', claimant: 'Сергій Череватий', asOf: ['2022-09-30'], note: '"Тривають заходи із завершення оточення російських військ у районі Лимана"' },
      { t: 'Ямпіль', ref: 'yampil', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-30'], note: '"30 вересня ЗСУ повернули під контроль селище Ямпіль на південь від Лимана"' },
      { t: 'Дробишеве', ref: 'drobysheve', action: 'liberated', actor: 'UA', claimant: 'Міноборони', asOf: ['2022-09-30'], note: '"Того ж дня Міноборони повідомило про звільнення селища Дробишеве"' },
      { t: 'Новоселівку', ref: 'novoselivkaLyman', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-28'], note: '"двома днями раніше вдалося деокупувати смт Новоселівку"' },
      { t: 'Шандриголове', ref: 'shandryholove', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-30', '2022-10-01'], note: '"Згодом стало відомо, що ЗСУ повернули під контроль Шандриголове та Ставки"' },
      { t: 'Ставки', ref: 'stavkyLyman', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-30', '2022-10-01'], note: '"ЗСУ повернули під контроль Шандриголове та Ставки"' },
      { t: 'Лиман', n: 2, ref: 'lyman', action: 'entered', actor: 'UA', claimant: null, asOf: ['2022-10-01'], note: '"Вже наступного дня в мережі з’явилося відео, на якому бійці ЗСУ встановлюють український прапор на в’їзді в Лиман"' },
    ],
  },
];
