// Hand annotations, Ukrainian articles of tests/eval/fresh46. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const DEEPSTATE = 'DeepState';
const LYSOHOR = 'Артем Лисогор';
const VOLOSHYN = 'Владислав Волошин';
const AXIS = 'a front axis named by an adjective';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-05-26',
    url: 'https://nenka.info/rosijski-vijska-zahopyly-selo-umanske-na-donechchyni',
    notes: 'Stored copy on Ненька (nenka.info), its headline and body as the store gives them; the last sentence, cut by the store ("Військовий оглядач німецького видання Bild Юліан Ріпке стверджує, що на початку травня воро"), removed. The date is the text\'s (DeepState\'s map of "26 травня", 2024: the page and URL carry none). Events: Umanske taken (captured, RU, three times: the headline, "окупувавши село Уманське", DeepState\'s "Ворог окупував Уманське"), "мала успіхи в Іванівці" and "просунувся в Іванівці" (fighting, RU, DeepState: an advance inside a village), "досягнення Росії в Очеретино" (fighting, RU, ISW: gains inside a town). Not events: "у напрямку Покровська", "у напрямку Часового Яру" (the choices of an offensive: aims), "наступу на Харківщині" (a region). Claims: "близько шести сіл" passed under Russian control in April 2024 (count, settlements, RU). Not claims: "майже на 100 кв.км більше, ніж за останні три місяці 2023 року" (a difference between two periods\' gains, not an area gained), "понад десять сіл" taken during the Kharkiv offensive (a count whose period the text does not date). Traps: DeepState, ISW. Skipped: "на донецькому напрямку" (a front axis), РФ in "армія РФ" and "командування РФ".',
    places: [
      { t: 'Уманське', all: true, ref: 'umanske' },
      { t: 'Донеччині', all: true, ref: 'donetskOblast' },
      { t: 'Покровському районі', ref: 'pokrovskDistrict' },
      { t: 'Іванівці', all: true, ref: 'ivanivkaDonetsk' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Росія', ref: 'russia' },
      { t: 'РФ', ctx: 'під контроль РФ', ref: 'russia' },
      { t: 'Росії', ref: 'russia' },
      { t: 'Очеретино', ref: 'ocheretyne' },
      { t: 'Покровська', ref: 'pokrovsk' },
      { t: 'Часового Яру', ref: 'chasivYar' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'DeepState', why: 'a monitoring project' },
      { t: 'ISW', why: 'a think tank' },
    ],
    skipped: [
      { t: 'донецькому', why: AXIS + ' ("на донецькому напрямку")' },
      { t: 'РФ', ctx: 'армія РФ', why: 'country inside an army\'s name ("армія РФ")' },
      { t: 'РФ', ctx: 'командування РФ', why: 'country inside a body\'s name ("командування РФ")' },
    ],
    claims: [
      { t: 'близько шести сіл', kind: 'count', value: 6, unit: 'settlements', holder: 'RU', claimant: null, asOf: ['2024-04-01', '2024-04-30'], note: '"Лише за квітень під контроль РФ перейшло близько шести сіл на донецькому напрямку"' },
    ],
    events: [
      { t: 'Уманське', n: 1, ref: 'umanske', action: 'captured', actor: 'RU', claimant: null, asOf: ['2024-05-26'], note: 'the headline: "Російські війська захопили село Уманське на Донеччині"' },
      { t: 'Уманське', n: 2, ref: 'umanske', action: 'captured', actor: 'RU', claimant: DEEPSTATE, asOf: ['2024-05-26'], note: '"Російські окупанти продовжують наступ на Донеччині, окупувавши село Уманське в Покровському районі"' },
      { t: 'Іванівці', n: 1, ref: 'ivanivkaDonetsk', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2024-05-26'], note: '"армія РФ також мала успіхи в Іванівці" (an advance inside a village)' },
      { t: 'Уманське', n: 3, ref: 'umanske', action: 'captured', actor: 'RU', claimant: DEEPSTATE, asOf: ['2024-05-26'], note: '"«Ворог окупував Уманське і просунувся в Іванівці»"' },
      { t: 'Іванівці', n: 2, ref: 'ivanivkaDonetsk', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2024-05-26'], note: 'the same quote: "просунувся в Іванівці"' },
      { t: 'Очеретино', ref: 'ocheretyne', action: 'fighting', actor: 'RU', claimant: 'ISW', asOf: ['2024-05-26'], note: '"досягнення Росії в Очеретино" (gains inside a town)' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2024-09-14',
    url: 'https://uapress.com.ua/2024/09/14/ataki-poblizu-shesti-s%d1%96l-novini-donbasu-news-dn-ua',
    notes: 'Stored copy on UAPress (uapress.com.ua, after news.dn.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug). The date is the URL\'s (14 September 2024). Events: "бойові зіткнення відбулися поблизу Стельмахівки, Греківки, Твердохлібового, Макіївки, Невського та Білогорівки" (fighting, RU, Lysohor: the Russian forces "атакували райони шести населених пунктів", the 24 hours back). Not events: the shelling of Makiivka and Nevske and the air strike on Novoiehorivka (strikes, not ground fighting). No claims ("шести населених пунктів" and "три населені пункти" count settlements attacked or shelled, not taken). Traps: Артем Лисогор. Skipped: the Luhansk oblast administration\'s name, "на Куп’янському" and "Лиманському напрямках" (front axes).',
    places: [
      { t: 'Луганщині', ref: 'luhanskOblast' },
      { t: 'Стельмахівки', ref: 'stelmakhivka' },
      { t: 'Греківки', ref: 'hrekivka' },
      { t: 'Твердохлібового', ref: 'tverdokhlibove' },
      { t: 'Макіївки', ref: 'makiivkaLuhansk' },
      { t: 'Невського', ref: 'nevske' },
      { t: 'Білогорівки', ref: 'bilohorivka' },
      { t: 'Макіївці', ref: 'makiivkaLuhansk' },
      { t: 'Невському', ref: 'nevske' },
      { t: 'Новоєгорівці', ref: 'novoiehorivka' },
    ],
    traps: [
      { t: 'Артем Лисогор', why: 'person' },
    ],
    skipped: [
      { t: 'Луганської', why: 'the oblast inside a body\'s name ("Луганської обласної військової адміністрації")' },
      { t: 'Куп’янському', why: AXIS },
      { t: 'Лиманському', why: AXIS },
    ],
    claims: [],
    events: [
      { t: 'Стельмахівки', ref: 'stelmakhivka', action: 'fighting', actor: 'RU', claimant: LYSOHOR, asOf: ['2024-09-13', '2024-09-14'], note: '"Протягом останньої доби бойові зіткнення відбулися поблизу Стельмахівки, ..." (the attacker: the Russian forces that "атакували райони шести населених пунктів")' },
      { t: 'Греківки', ref: 'hrekivka', action: 'fighting', actor: 'RU', claimant: LYSOHOR, asOf: ['2024-09-13', '2024-09-14'], note: 'the same list' },
      { t: 'Твердохлібового', ref: 'tverdokhlibove', action: 'fighting', actor: 'RU', claimant: LYSOHOR, asOf: ['2024-09-13', '2024-09-14'], note: 'the same list' },
      { t: 'Макіївки', ref: 'makiivkaLuhansk', action: 'fighting', actor: 'RU', claimant: LYSOHOR, asOf: ['2024-09-13', '2024-09-14'], note: 'the same list' },
      { t: 'Невського', ref: 'nevske', action: 'fighting', actor: 'RU', claimant: LYSOHOR, asOf: ['2024-09-13', '2024-09-14'], note: 'the same list' },
      { t: 'Білогорівки', ref: 'bilohorivka', action: 'fighting', actor: 'RU', claimant: LYSOHOR, asOf: ['2024-09-13', '2024-09-14'], note: 'the same list' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-06-07',
    url: 'https://tv.112.ua/sumsina-v-nebezpeci-rosijski-vijskovi-prodovzuut-sprobi-prosuvanna-v-regioni-65526',
    notes: 'Stored copy on 112 Україна (tv.112.ua), its headline and body as the store gives them; the date, view-count and author lines ("07.06.2025" / "3579" / "Журналіст" / "Шосталь Олександр", twice) and the list of links ("Читайте також" and six headlines) removed. The date is the date line\'s (7 June 2025). Events: "російські війська просунулися на південь від села Андріївка" (fighting, RU, ISW: an advance near a named village), "непідтверджені дані про просування росіян у напрямку Варачина, а також на північ від Запсілля та Миропілля" (fighting, RU, denied: the text calls the data unconfirmed). Not events: "ймовірно, повністю захопили цей населений пункт" (no name in the clause), "українські сили контратакують" (no name). No claims. Traps: ISW. Skipped: Україна in "Збройні сили України" (twice).',
    places: [
      { t: 'Сумщина', ref: 'sumyOblast' },
      { t: 'Сумщині', ref: 'sumyOblast' },
      { t: 'Андріївка', ref: 'andriivkaSumy' },
      { t: 'Варачина', ref: 'varachyne' },
      { t: 'Запсілля', ref: 'zapsillia' },
      { t: 'Миропілля', ref: 'myropillia' },
    ],
    traps: [
      { t: 'ISW', why: 'a think tank' },
    ],
    skipped: [
      { t: 'України', all: true, why: 'country inside an army\'s name ("Збройні сили України")' },
    ],
    claims: [],
    events: [
      { t: 'Андріївка', ref: 'andriivkaSumy', action: 'fighting', actor: 'RU', claimant: 'ISW', asOf: ['2025-06-07'], note: '"російські війська просунулися на південь від села Андріївка" (an advance near a named village)' },
      { t: 'Варачина', ref: 'varachyne', action: 'fighting', actor: 'RU', claimant: null, denied: true, asOf: ['2025-06-07'], note: '"є непідтверджені дані про просування росіян у напрямку Варачина" (unconfirmed)' },
      { t: 'Запсілля', ref: 'zapsillia', action: 'fighting', actor: 'RU', claimant: null, denied: true, asOf: ['2025-06-07'], note: '"а також на північ від Запсілля та Миропілля" (the same unconfirmed data)' },
      { t: 'Миропілля', ref: 'myropillia', action: 'fighting', actor: 'RU', claimant: null, denied: true, asOf: ['2025-06-07'], note: 'the same clause' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-09-22',
    url: 'https://24tv.ua/oleksiyivka-pid-kontrolem-ukrayini-21092025-zsu-pidnyali-prapori_n2918982',
    notes: 'Stored copy on 24 Канал (24tv.ua), its body and section headings as the store gives them (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix, the video label ("Звільнення Олексіївки на Сумщині: дивіться відео") and a heading cut by the store ("Головно") removed. The date is the index\'s (22 September 2025); the flags were reported on 21 September. Events: the heading "Звільнення Олексіївки на Сумщині" (liberated, UA), flags "в різних частинах Олексіївки" and "у різних точках Олексіївки" (controls, UA, part: flags over parts of the village its side holds), "звільнили село Філія" (liberated, UA). Not events: "поступове відновлення контролю над населеним пунктом" and "підняли державний прапор над населеним пунктом" (no name in the clause). No claims. Traps: 24 Канал.',
    places: [
      { t: 'Олексіївки', all: true, ref: 'oleksiivkaSumy' },
      { t: 'Сумщині', ref: 'sumyOblast' },
      { t: 'Сумської області', all: true, ref: 'sumyOblast' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Філія', ref: 'filiia' },
      { t: 'Дніпропетровської', ref: 'dnipropetrovskOblast' },
      { t: 'Донецької областей', ref: 'donetskOblast' },
    ],
    traps: [
      { t: '24 Канал', why: 'an outlet' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Олексіївки', n: 1, ref: 'oleksiivkaSumy', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-09-22'], note: 'the heading: "Звільнення Олексіївки на Сумщині: що відомо?"' },
      { t: 'Олексіївки', n: 2, ref: 'oleksiivkaSumy', action: 'controls', actor: 'UA', part: true, claimant: 'Українські сили оборони', asOf: ['2025-09-21'], note: '"в різних частинах Олексіївки Сумської області встановили державні прапори" (flags over parts of the village)' },
      { t: 'Олексіївки', n: 3, ref: 'oleksiivkaSumy', action: 'controls', actor: 'UA', part: true, claimant: '225-й окремий штурмовий батальйон', asOf: ['2025-09-21'], note: '"у різних точках Олексіївки Сумської області з\'являються українські прапори"' },
      { t: 'Філія', ref: 'filiia', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-09-22'], note: '"Українські оборонці нещодавно звільнили село Філія"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-02-25',
    url: 'https://zaxid.net/sili_oboroni_pivdnya_nazvali_mayachneyu_zayavu_rosiyan_pro_zahoplennya_sela_za_20_km_vid_liniyi_frontu_n1631191',
    notes: 'Stored copy on ZAXID.NET, its headline, standfirst and body as the store gives them in two excerpts of the page: the longer (with the headline) up to "бої тривають на схід", its end ("від Добропілля, за 20-25 км від села Різдвянка.") from the other; the link labels ("До теми", "Дивіться мапу ситуації на фронті в реальному часі") and the last sentence, cut by the store ("Водночас українська розвідка зафіксувала намаган"), removed. The date is the index\'s (25 February 2026); the claims were spread on 24 February. Events: "нібито взяли під контроль село Різдвянка" (captured, RU, the Russian war correspondents, denied) and "фейк про захоплення села Різдвянка" (captured, RU, denied by Voloshyn), "бої тривають на схід від Добропілля" (fighting, RU, Voloshyn). Not events: "заяву росіян про захоплення села" (no name), "Різдвянка розташована за два десятки кілометрів", "до Різдвянки", "за 20-25 км від села Різдвянка" (locations), "навіть до цих населених пунктів росіяни не можуть підійти" (no name in the clause). Dobropillia here is the village of Zaporizhzhia Oblast, not the Donetsk town. No claims (distances). Traps: «Інтерфакс-Україна», Владислав Волошин.',
    places: [
      { t: 'Різдвянка', all: true, ref: 'rizdvianka' },
      { t: 'Запоріжжі', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Запорізькій області', ref: 'zaporizhzhiaOblast' },
      { t: 'Різдвянки', ref: 'rizdvianka' },
      { t: 'Добропілля', all: true, ref: 'dobropilliaZaporizhzhia' },
      { t: 'Тернувате', ref: 'ternuvate' },
      { t: 'Косівцеве', ref: 'kosivtseve' },
      { t: 'Придорожнє', ref: 'prydorozhnie' },
    ],
    traps: [
      { t: 'Інтерфакс-Україна', why: 'a news agency' },
      { t: 'Владислав Волошин', why: 'person' },
      { t: 'Волошин', n: 2, why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Різдвянка', n: 1, ref: 'rizdvianka', action: 'captured', actor: 'RU', claimant: 'російські військкори', denied: true, asOf: ['2026-02-24'], note: 'the standfirst: "Окупанти заявили, що нібито взяли під контроль село Різдвянка на Запоріжжі" (called a fake)' },
      { t: 'Різдвянка', n: 2, ref: 'rizdvianka', action: 'captured', actor: 'RU', claimant: VOLOSHYN, denied: true, asOf: ['2026-02-24'], note: '"росіяни поширюють фейк про захоплення села Різдвянка у Запорізькій області"' },
      { t: 'Добропілля', n: 2, ref: 'dobropilliaZaporizhzhia', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2026-02-25'], note: '"бої тривають на схід від Добропілля"' },
    ],
  },
];
