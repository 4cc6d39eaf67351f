// Hand annotations, Ukrainian articles of tests/eval/fresh39. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country or region inside an official title or body's name";
const AXES = 'front axes named by adjectives';
const HAIDAI = 'Сергій Гайдай';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-06-05',
    url: 'https://ostannipodii.com/amp/?n=25596',
    notes: 'Stored copy on Останні події (ostannipodii.com), its headline and body as the store gives them (a sentence begun in lower case, "росіяни контролювали", kept as stored); the site\'s name at the end ("OstanniPodii.com") removed. The date is the text\'s: Haidai\'s "ранковому зведенні від 5 червня" (2022: the battle for Sievierodonetsk). Events: "У Сєверодонецьку росіян відкинуто" (headline) and "контратака українських військ в Сєверодонецьку" (fighting, UA, the counterattacker); "росіяни контролювали 70% Сєвєродонецька" (controls, RU, part, before the two days\' counterattack); "орки повірили в свою брехню про взяття Сєвєродонецька" (captured, RU, denied: Haidai calls the capture a lie). Not events: "вони контролюють половину міста", "місто поділено навпіл" (no name in the clause), "спрямовані на захоплення Сєвєродонецька" (an aim), the shelling of a humanitarian hub in Lysychansk (a strike), the road "траси Лисичанськ – Бахмут" (a route; its two towns are mentions). Claims: "70% Сєвєродонецька" held by Russia before the counterattack (area-held, percent, RU, 3 June 2022). Skipped: Luhansk in the oblast military administration\'s name. росії in "плани росії" is a lower-case mention of Russia.',
    places: [
      { t: 'Сєверодонецьку', all: true, ref: 'sievierodonetsk' },
      { t: 'Сєвєродонецька', all: true, ref: 'sievierodonetsk' },
      { t: 'Лисичанськ', ref: 'lysychansk' },
      { t: 'Бахмут', ref: 'bakhmut' },
      { t: 'Лисичанську', ref: 'lysychansk' },
      { t: 'росії', ref: 'russia' },
    ],
    traps: [
      { t: 'Сергій Гайдай', why: 'person' },
    ],
    skipped: [
      { t: 'Луганської', why: OFFICIAL + ' ("Луганської обласної військової адміністрації")' },
    ],
    claims: [
      { t: '70%', kind: 'area-held', value: 70, unit: 'percent', holder: 'RU', claimant: HAIDAI, asOf: ['2022-06-03'], note: '"росіяни контролювали 70% Сєвєродонецька, однак упродовж двох днів їх відкинуто"' },
    ],
    events: [
      { t: 'Сєверодонецьку', n: 1, ref: 'sievierodonetsk', action: 'fighting', actor: 'UA', claimant: HAIDAI, asOf: ['2022-06-03', '2022-06-05'], note: 'the headline: "У Сєверодонецьку росіян відкинуто"' },
      { t: 'Сєвєродонецька', n: 1, ref: 'sievierodonetsk', action: 'controls', actor: 'RU', claimant: HAIDAI, part: true, asOf: ['2022-06-03'], note: '"росіяни контролювали 70% Сєвєродонецька"' },
      { t: 'Сєвєродонецька', n: 2, ref: 'sievierodonetsk', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2022-06-05'], note: '"орки повірили в свою брехню про взяття Сєвєродонецька"' },
      { t: 'Сєверодонецьку', n: 2, ref: 'sievierodonetsk', action: 'fighting', actor: 'UA', claimant: 'British intelligence', asOf: ['2022-06-05'], note: '"контратака українських військ в Сєверодонецьку зруйнувала плани росії"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-08-14',
    url: 'https://vechirniy.kyiv.ua/news/86913/',
    notes: 'Stored copy on Вечірній Київ (vechirniy.kyiv.ua), its headline and body as the store gives them (a paragraph broken after "Волноваського району)," and "щоукраїнські" kept as stored); the repeated headline and the photo caption ("Сили оборони вибили ворога з Урожайного. Фото: Генштаб", twice) removed, and the last sentence, cut by the store ("Також, за словами Ганни Маляр, Збройні Сили Украї"), removed. The date is the text\'s: "14 серпня з’явились обережні офіційні дані" (2023). Events: "ЗСУ мають успіх в Урожайному" (headline) and "Цього тижня тривали бої в населеному пункті Урожайне" (fighting, UA, Maliar); "російські війська втратили контроль над селищем Урожайне" (withdrew, RU, Mashovets, 13 August); the grouping "яке прямує на Завітне бажання та Старомлинівку, а далі — на Токмак" (fighting, UA: an advance toward a place). Not events: "Урожайне — одне з вузлів опору" (a description). No claims. Traps: DeepState, Military Media Center. Skipped: the axes "Мелітопольському та Бердянському напрямках".',
    places: [
      { t: 'Урожайному', ref: 'urozhaine' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Херсонщині', ref: 'khersonOblast' },
      { t: 'Урожайне', all: true, ref: 'urozhaine' },
      { t: 'Завітне бажання', ref: 'zavitneBazhannia' },
      { t: 'Старомлинівку', ref: 'staromlynivka' },
      { t: 'Токмак', ref: 'tokmak' },
      { t: 'Донецької області', all: true, ref: 'donetskOblast' },
      { t: 'Великоновосілківська селищна громада', ref: 'velykaNovosilkaHromada' },
      { t: 'Волноваського району', ref: 'volnovakhaRaion' },
      { t: 'Донбасу', ref: 'donbas' },
    ],
    traps: [
      { t: 'DeepState', why: 'an analytical project' },
      { t: 'Military Media Center', why: 'a briefing centre' },
      { t: 'Костянтин Машовець', why: 'person' },
    ],
    skipped: [
      { t: 'Мелітопольському', why: AXES },
      { t: 'Бердянському', why: AXES },
      { t: 'України', why: OFFICIAL + ' ("Міністра оборони України")' },
    ],
    claims: [],
    events: [
      { t: 'Урожайному', ref: 'urozhaine', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-08-14'], note: 'the headline: "ЗСУ мають успіх в Урожайному"' },
      { t: 'Завітне бажання', ref: 'zavitneBazhannia', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-08-14'], note: '"того наступального угрупування, яке прямує на Завітне бажання та Старомлинівку" (an advance toward a place)' },
      { t: 'Старомлинівку', ref: 'staromlynivka', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-08-14'], note: 'the same advance' },
      { t: 'Токмак', ref: 'tokmak', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-08-14'], note: '"а далі — на Токмак" (the same advance, further on)' },
      { t: 'Урожайне', n: 2, ref: 'urozhaine', action: 'withdrew', actor: 'RU', claimant: 'Костянтин Машовець', asOf: ['2023-08-13'], note: '"російські війська втратили контроль над селищем Урожайне"' },
      { t: 'Урожайне', n: 4, ref: 'urozhaine', action: 'fighting', actor: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-08-07', '2023-08-14'], note: '"Цього тижня тривали бої в населеному пункті Урожайне, там є певні успіхи"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2023-03-26',
    url: 'https://unn.ua/amp/yedine-velike-misto-v-sumskiy-oblasti-yake-perezhilo-okupatsiyu-zastupnik-komanduvacha-sukhoputnikh-viysk-pro-zvilnennya-trostyantsya',
    notes: 'Stored copy on УНН (unn.ua), its headline and body as the store gives them; the language switch and URL slug before the headline ("ukenru", the slug), the view count, the rubric "Цитата" and the closing "Додамо" with its last sentence, cut by the store ("21 березня минулого року завершилася битва за Мощун — ... першим великим к"), removed. The date is the dateline\'s ("КИЇВ. 26 березня", 2023: "Рік тому, 26 березня 2022 року"). Events: "про звільнення Тростянця" (headline and body) and "звільнили Тростянець!" (liberated, UA, Nesterenko, 26 March 2022). Not events: "Росіяни зайшли 24 лютого, а вийшли — 26 березня" (no name in the clause), "Тростянець та Сумщина стали \\"кісткою в горлі\\"" (no action). Claims: "Більше 40 цивільних загинуло" (count, killed, civilians: holder none, 24 February – 26 March 2022, the occupation). Traps: УНН, Military Media Center, Telegram. Skipped: Ukraine in "Збройних Сил України".',
    places: [
      { t: 'Сумській області', all: true, ref: 'sumyOblast' },
      { t: 'Тростянця', all: true, ref: 'trostianets' },
      { t: 'КИЇВ', ref: 'kyiv' },
      { t: 'Сумщині', ref: 'sumyOblast' },
      { t: 'Тростянець', all: true, ref: 'trostianets' },
      { t: 'Сумщина', ref: 'sumyOblast' },
    ],
    traps: [
      { t: 'УНН', all: true, why: 'the outlet' },
      { t: 'Military Media Center', why: 'a briefing centre' },
      { t: 'Telegram', why: 'a messenger' },
      { t: 'Олександр Нестеренко', why: 'person' },
    ],
    skipped: [
      { t: 'України', why: OFFICIAL + ' ("Збройних Сил України")' },
    ],
    claims: [
      { t: 'Більше 40 цивільних', kind: 'count', value: 40, unit: 'killed', holder: null, claimant: 'Олександр Нестеренко', asOf: ['2022-02-24', '2022-03-26'], note: '"Більше 40 цивільних загинуло" in Trostianets\'s month of occupation' },
    ],
    events: [
      { t: 'Тростянця', n: 1, ref: 'trostianets', action: 'liberated', actor: 'UA', claimant: 'Олександр Нестеренко', asOf: ['2022-03-26'], note: 'the headline: "про звільнення Тростянця"' },
      { t: 'Тростянця', n: 2, ref: 'trostianets', action: 'liberated', actor: 'UA', claimant: 'Олександр Нестеренко', asOf: ['2022-03-26'], note: '"розповів про звільнення Тростянця на Сумщині"' },
      { t: 'Тростянець', n: 1, ref: 'trostianets', action: 'liberated', actor: 'UA', claimant: 'Олександр Нестеренко', asOf: ['2022-03-26'], note: '"26 березня 2022 року, наші воїни ... звільнили Тростянець!"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2023-01-17',
    url: 'https://gazeta.ua/articles/donbas/_vsu-idut-vpered-kakaya-situaciya-okolo-svatovo-i-kremennoj/1129379',
    notes: 'Stored copy on Gazeta.ua, its headline and body as the store gives them; the rubric and date line ("Ексклюзиви", "вівторок, 17 січня 2023 09:28", "Спецтема: Війна Росії проти України"), the repeated headline and the photo caption ("Окупанти пробують контратакувати поблизу Білогорівки. Фото: facebook.com/GeneralStaff.ua") removed, and the last sentence, cut by the store ("Водночас переодягнені у форму ... редути, до"), removed. The date is the date line\'s (17 January 2023). Events: "ЗСУ йдуть уперед: яка ситуація біля Сватового й Кремінної" (headline) and "Біля Кремінної та Сватового ... наші війська просуваються вперед" (fighting, UA, Haidai: advances near both towns); "Російські десантники, яких прислали до Кремінної, намагаються закріпитися і втримати місто" (controls, RU); "Окупанти пробують контратакувати поблизу Білогорівки" (fighting, RU). Not events: "на Сватівському та Кремінському напрямках точаться важкі бої" (axes named by adjectives). No claims. Traps: Gazeta.ua. Skipped: the axes (twice each), Luhansk in "глава військової адміністрації Луганської області", Ukraine in "Збройних сил України".',
    places: [
      { t: 'Сватового', all: true, ref: 'svatove' },
      { t: 'Кремінної', all: true, ref: 'kreminna' },
      { t: 'Луганській області', ref: 'luhanskOblast' },
      { t: 'Білогорівки', ref: 'bilohorivka' },
    ],
    traps: [
      { t: 'Gazeta.ua', why: 'the outlet' },
      { t: 'Сергій Гайдай', why: 'person' },
    ],
    skipped: [
      { t: 'Сватівському', all: true, why: AXES },
      { t: 'Кремінському', all: true, why: AXES },
      { t: 'Луганської області', why: OFFICIAL + ' ("глава військової адміністрації Луганської області")' },
      { t: 'України', why: OFFICIAL + ' ("Збройних сил України")' },
    ],
    claims: [],
    events: [
      { t: 'Сватового', n: 1, ref: 'svatove', action: 'fighting', actor: 'UA', claimant: HAIDAI, asOf: ['2023-01-17'], note: 'the headline: "ЗСУ йдуть уперед: яка ситуація біля Сватового й Кремінної"' },
      { t: 'Кремінної', n: 1, ref: 'kreminna', action: 'fighting', actor: 'UA', claimant: HAIDAI, asOf: ['2023-01-17'], note: 'the same headline' },
      { t: 'Кремінної', n: 2, ref: 'kreminna', action: 'fighting', actor: 'UA', claimant: HAIDAI, asOf: ['2023-01-17'], note: '"Біля Кремінної та Сватового ситуація стабільна – наші війська просуваються вперед"' },
      { t: 'Сватового', n: 2, ref: 'svatove', action: 'fighting', actor: 'UA', claimant: HAIDAI, asOf: ['2023-01-17'], note: 'the same sentence' },
      { t: 'Кремінної', n: 3, ref: 'kreminna', action: 'controls', actor: 'RU', claimant: HAIDAI, asOf: ['2023-01-17'], note: '"Російські десантники, яких прислали до Кремінної, намагаються закріпитися і втримати місто"' },
      { t: 'Білогорівки', ref: 'bilohorivka', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2023-01-17'], note: '"Окупанти пробують контратакувати поблизу Білогорівки"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2022-12-29',
    url: 'https://www.ostro.org/news/vozle-kremennoj-ydut-boy-deokkupatsyya-goroda-vozmozhna-v-nachale-2023-goda-gajdaj-i399321',
    notes: 'Stored copy on ОстроВ (ostro.org, Ukrainian edition), its headline and body as the store gives them; the appeal for support and the teasers of other stories after the body ("Раніше «ОстроВ» підтримували грантодавці ...", "Статті", "Світ 22.10.2025 ...") removed. The date is the text\'s: Haidai on "24 каналу" on "29 грудня" (2022: deoccupation "можлива на початку 2023 року"). Events: "Біля Кремінної точаться бої" (headline: fighting, UA, the attacker near the town); "зайшли наші війська буцімто в Кремінну, не відповідає дійсності" (entered, UA, denied by Haidai). Not events: "Деокупація Кремінної можлива" and "після деокупації Кремінної" (prospects), "біля міста точаться бої" and "безпосередньо біля міста знаходяться Сили оборони" (no name in the clause), "росіяни стягують до Кремінної все більше бійців" (reinforcement, no action on the town). No claims. Traps: "24 каналу" (a TV channel). Skipped: Luhansk in "Луганської ОВА".',
    places: [
      { t: 'Кремінної', all: true, ref: 'kreminna' },
      { t: 'Кремінну', ref: 'kreminna' },
    ],
    traps: [
      { t: '24 каналу', why: 'a TV channel' },
      { t: 'Сергій Гайдай', why: 'person' },
    ],
    skipped: [
      { t: 'Луганської', why: OFFICIAL + ' ("Луганської ОВА")' },
    ],
    claims: [],
    events: [
      { t: 'Кремінної', n: 1, ref: 'kreminna', action: 'fighting', actor: 'UA', claimant: HAIDAI, asOf: ['2022-12-29'], note: 'the headline: "Біля Кремінної точаться бої"' },
      { t: 'Кремінну', ref: 'kreminna', action: 'entered', actor: 'UA', claimant: null, denied: true, asOf: ['2022-12-29'], note: '"Та інформація ..., що зайшли наші війська буцімто в Кремінну, не відповідає дійсності"' },
    ],
  },
];
