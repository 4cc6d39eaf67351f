// Hand annotations, Ukrainian articles of tests/eval/fresh59 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis named by an adjective';
const GROUPING = 'a grouping of forces';
const CHEREVATYI = 'Сергій Череватий';
const MALIAR = 'Ганна Маляр';
const TARNAVSKYI = 'Олександр Тарнавський';
const ZALUZHNYI = 'Валерій Залужний';
const WEEKS = ['2023-06-05', '2023-06-19'] as const;

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-03-22',
    url: 'https://apostrophe.ua/ua/news/society/2022-03-22/zachistka-makarova-ot-orkov-poyavilis-foto-iz-osvobojdennogo-goroda/263454',
    notes: 'Stored copy on Апостроф (apostrophe.ua, Ukrainian edition), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug). The date is the URL\'s (22 March 2022). Events: "звільненого від російських окупантів прифронтового міста Макарів", the Russians driven out "21 березня", and "звільнення Макарова" (liberated, UA, 21 March 2022). Not events: "Багатостраждальний Макарів" (a quote naming it), the M-06 road cut, "найближчих до Києва військ" (a location). "Київщині" is Kyiv Oblast; "Київській області" in the police directorate\'s name ("Головного управління Національної поліції в Київській області") is skipped (an oblast inside a body\'s name, as fresh54 skipped "Донецької ОВА"), and so is "України" in "Збройних сил України"; "захисниками України" is the country. "Житомирська" names the road (skipped). Trap: Нєбитов.',
    places: [
      { t: 'Макарів', all: true, ref: 'makariv' },
      { t: 'Київщині', ref: 'kyivOblast' },
      { t: 'України', n: 2, ref: 'ukraine' },
      { t: 'Макарова', ref: 'makariv' },
      { t: 'Києва', ref: 'kyiv' },
    ],
    traps: [{ t: 'Андрій Нєбитов', why: 'person' }],
    skipped: [
      { t: 'України', n: 1, why: BODY + ' ("Збройних сил України")' },
      { t: 'Київській області', why: 'an oblast inside a body\'s name ("Головного управління Національної поліції в Київській області")' },
      { t: 'Житомирська', why: 'a road named by a city adjective ("шосе M-06 (Житомирська траси)")' },
    ],
    claims: [],
    events: [
      { t: 'Макарів', n: 1, ref: 'makariv', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-03-21'], note: '"кадри звільненого від російських окупантів прифронтового міста Макарів на Київщині. Підрозділи Збройних сил України змогли повністю вибити росіян 21 березня"' },
      { t: 'Макарова', ref: 'makariv', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-03-21'], note: '"звільнення Макарова додатково відрізало російських загарбників від шосе M-06"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-01-16',
    url: 'https://ukrtime.net/status-mista-ne-rosijskij-cherevatij-rozpoviv-pro-situaciyu-v-soledari/',
    notes: 'Stored copy on Ukrainian Time (ukrtime.net, after РБК-Україна), its headline and body as the store gives them; the site name ("Ukrainian Time"), the repeated headline, the date line ("16 Січня 17:41 2023") and the last paragraph, cut by the store ("Також ми писали, що, за словами президента України Володимира Зеленського,"), removed. The date is the page\'s (16 January 2023). Events: the headline\'s "Статус міста не російський" of Soledar, "місто не окуповане російськими військами" and "Статус (Соледара – ред.) не російський" (captured, RU, denied; Cherevatyi denies the Russian claim, which names no claimant there); "у Соледарі тривають бої" (fighting, RU, on the same span as the denial); the Ukrainian troops\' task "у Бахмуті та Соледарі" of "перешкоджання просуванню ворога" (fighting, RU, the attacker whose advance is resisted, at each; judgement call); Prigozhin\'s repeated claim that his men "нібито "взяли Соледар"" (captured, RU, denied by the same report). Traps: Cherevatyi, РБК-Україна (an outlet), "Східного" (the Eastern grouping; added after the first run), "Вагнер", Prigozhin.',
    places: [
      { t: 'Соледарі', all: true, ref: 'soledar' },
      { t: 'Соледара', ref: 'soledar' },
      { t: 'Бахмуті', ref: 'bakhmut' },
      { t: 'Соледар', ref: 'soledar' },
    ],
    traps: [
      { t: 'Череватий', all: true, why: 'person' },
      { t: 'Сергія Череватого', why: 'person' },
      { t: 'РБК-Україна', why: 'an outlet' },
      { t: 'Східного', why: 'a grouping of forces named after a direction ("Східного угруповання військ ЗСУ"), as earlier sets mark it; added after the first run: an annotation slip' },
      { t: 'Вагнер', why: 'a mercenary group' },
      { t: 'Євген Пригожин', why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Соледарі', n: 1, ref: 'soledar', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2023-01-16'], note: 'headline: "“Статус міста не російський”. Череватий розповів про ситуацію в Соледарі"' },
      { t: 'Соледарі', n: 2, ref: 'soledar', action: 'fighting', actor: 'RU', claimant: CHEREVATYI, asOf: ['2023-01-16'], note: '"Станом на 16 січня у Соледарі тривають бої"' },
      { t: 'Соледарі', n: 2, ref: 'soledar', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2023-01-16'], note: '"місто не окуповане російськими військами"' },
      { t: 'Соледара', ref: 'soledar', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2023-01-16'], note: '"Статус (Соледара – ред.) не російський"' },
      { t: 'Бахмуті', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: CHEREVATYI, asOf: ['2023-01-16'], note: '"основними завданнями українських військ у Бахмуті та Соледарі залишаються перешкоджання просуванню ворога" (judgement call)' },
      { t: 'Соледарі', n: 3, ref: 'soledar', action: 'fighting', actor: 'RU', claimant: CHEREVATYI, asOf: ['2023-01-16'] },
      { t: 'Соледар', ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Євген Пригожин', denied: true, asOf: ['2023-01-16'], note: '"його найманці нібито "взяли Соледар"" (the claim the report denies)' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2023-06-19',
    url: 'https://pc.org.ua/uk/zsu-povernuly-pid-kontrol-8-naselenykh-punktiv-maliar/',
    notes: 'Stored copy on pc.org.ua, its headline and body as the store gives them; the site\'s date strip ("• Вт. Тра 21st, 2024") and the date line ("10:06 Чер 19, 2023") removed. The date is the page\'s (19 June 2023). Claims (Maliar, the two weeks of the counteroffensive counted back from the report: 5 to 19 June 2023, corrected after the first run from 5 to 18 June): "8 населених пунктів" in the headline, the lead and the quote (count, settlements, UA; a figure restated is a claim each time) and "113 км2" freed in the south (area-retaken, UA). Events: the eight named in the quote, Новодарівку, Левадне, Сторожове, Макарівку, Благодатне, Лобкове, Ненудне and П\'ятихатки (liberated, UA, the two weeks); Макарівка and Благодатне taken "11 червня" and Сторожове "12 червня" (liberated, UA). "Ненудне" is the outlet\'s slip for Нескучне (the week\'s list of seven has it; judgement call, the slip kept); "Сторожове" is its spelling of Storozheve. The Berdiansk, Melitopol and "Таврійському" axes are skipped; "Таврія" (the grouping) is a trap; "Збройні сили України" is skipped (a body\'s name). The "до 7 км" advance is a depth, no claim. Traps: Maliar (twice).',
    places: [
      { t: 'Новодарівку', ref: 'novodarivka' },
      { t: 'Левадне', ref: 'levadne' },
      { t: 'Сторожове', all: true, ref: 'storozheve' },
      { t: 'Макарівку', ref: 'makarivka' },
      { t: 'Благодатне', all: true, ref: 'blahodatne' },
      { t: 'Лобкове', ref: 'lobkove' },
      { t: 'Ненудне', ref: 'neskuchne' },
      { t: "П'ятихатки", ref: 'piatykhatkyZp' },
      { t: 'Макарівка', ref: 'makarivka' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Донеччині', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Маляр', n: 1, why: 'person' },
      { t: 'Ганна Маляр', why: 'person' },
      { t: 'Таврія', why: GROUPING },
    ],
    skipped: [
      { t: 'України', why: BODY + ' ("Збройні сили України")' },
      { t: 'Бердянському', all: true, why: AXIS },
      { t: 'Мелітопольському', all: true, why: AXIS },
      { t: 'Таврійському', why: AXIS + ' (the Tavria grouping\'s axis)' },
    ],
    claims: [
      { t: '8 населених пунктів', all: true, kind: 'count', value: 8, unit: 'settlements', holder: 'UA', claimant: MALIAR, asOf: WEEKS, note: 'headline, lead and quote: "повернули під свій контроль 8 населених пунктів ... за два тижні контрнаступу"' },
      { t: '113 км2', kind: 'area-retaken', value: 113, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: WEEKS, note: '"Звільнена на півдні площа становить 113 км2"' },
    ],
    events: [
      { t: 'Новодарівку', ref: 'novodarivka', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: WEEKS, note: '"було звільнено 8 населених пунктів: Новодарівку, Левадне, Сторожове, Макарівку, Благодатне, Лобкове, Ненудне, П\'ятихатки"' },
      { t: 'Левадне', ref: 'levadne', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: WEEKS },
      { t: 'Сторожове', n: 1, ref: 'storozheve', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: WEEKS },
      { t: 'Макарівку', ref: 'makarivka', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: WEEKS },
      { t: 'Благодатне', n: 1, ref: 'blahodatne', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: WEEKS },
      { t: 'Лобкове', ref: 'lobkove', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: WEEKS },
      { t: 'Ненудне', ref: 'neskuchne', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: WEEKS },
      { t: "П'ятихатки", ref: 'piatykhatkyZp', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: WEEKS },
      { t: 'Макарівка', ref: 'makarivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-11'], note: '"11 червня стало відомо, що українські військові взяли під свій контроль населені пункти Макарівка та Благодатне Донецької області"' },
      { t: 'Благодатне', n: 2, ref: 'blahodatne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-11'] },
      { t: 'Сторожове', n: 2, ref: 'storozheve', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-12'], note: '"Вже 12 червня ЗСУ повернули під свій контроль село Сторожове на Донеччині"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2023-09-23',
    url: 'https://galka.if.ua/ukrainski-viyska-prorvaly-oboronu-rosiian-bilia-verbovoho-na-zaporizhzhi-tarnavskyy/',
    notes: 'Stored copy on Галка (galka.if.ua), its headline and body as the store gives them; the byline ("Автор: Зелінська Тетяна"), the date line ("23 Вер, 2023 16:30"), the share button ("Поділитись публікацією") and the repeated headline removed. The date is the page\'s (23 September 2023). Events: the defence broken "біля Вербового" in the headline, "у районі села Вербове", "[біля Вербового]" in Tarnavskyi\'s quote and the line crossed "біля Вербового" by CNN\'s reading (fighting, UA, the attacker near the Russian-held village; Tarnavskyi on 22 September, the last CNN\'s). Not events: "на Запоріжжі" and "Запорізької області" (the oblast). Traps: Tarnavskyi, «Таврії» (the grouping), CNN, “Галка” and “Громадське” (outlets).',
    places: [
      { t: 'Вербового', all: true, ref: 'verbove' },
      { t: 'Запоріжжі', ref: 'zaporizhzhiaOblast' },
      { t: 'Вербове', ref: 'verbove' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Тарнавський', n: 1, why: 'person' },
      { t: 'Олександр Тарнавський', why: 'person' },
      { t: 'Тарнавський', n: 3, why: 'person' },
      { t: 'Таврії', why: GROUPING },
      { t: 'CNN', all: true, why: 'a broadcaster' },
      { t: 'Галка', why: 'an outlet' },
      { t: 'Громадське', why: 'an outlet' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Вербового', n: 1, ref: 'verbove', action: 'fighting', actor: 'UA', claimant: TARNAVSKYI, asOf: ['2023-09-22'], note: 'headline: "Українські війська прорвали оборону росіян біля Вербового"' },
      { t: 'Вербове', ref: 'verbove', action: 'fighting', actor: 'UA', claimant: TARNAVSKYI, asOf: ['2023-09-22'], note: '"прорвали оборону російсько-окупаційних військ у районі села Вербове"' },
      { t: 'Вербового', n: 2, ref: 'verbove', action: 'fighting', actor: 'UA', claimant: TARNAVSKYI, asOf: ['2023-09-22'], note: '"На лівому фланзі [біля Вербового] ми маємо прорив"' },
      { t: 'Вербового', n: 3, ref: 'verbove', action: 'fighting', actor: 'UA', claimant: 'CNN', asOf: ['2023-09-22', '2023-09-23'], note: '"деякі українські підрозділи перетнули важливий рубіж російської оборони біля Вербового"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2023-12-26',
    url: 'https://vininform.in.ua/2023/12/26/%d1%83%d0%ba%d1%80%d0%b0%d1%97%d0%bd%d1%81%d1%8c%d0%ba%d1%96-%d0%b2%d1%96%d0%b9%d1%81%d1%8c%d0%ba%d0%b0-%d0%b2%d1%96%d0%b4%d1%96%d0%b9%d1%88%d0%bb%d0%b8-%d1%96%d0%b7-%d0%bc%d0%b0%d1%80%d1%97%d0%bd',
    notes: 'Stored copy on vininform.in.ua, its headline and body as the store gives them, with its three apostrophes (’, \' and ʼ) and trailing spaces; the rubric ("Війна"), the related-news and subscription lines and the comment form removed. The date is the URL\'s and the body\'s (Tuesday 26 December 2023). Events: "відійшли із Мар’їнки" in the headline and the lead (withdrew, UA, Zaluzhnyi); "окопалися на околицях Марʼїнки" (fighting, RU: the fight is now at the town\'s fringe, the attacker Russia; judgement call); "ЗСУ наразі ще перебувають у північній частині Марʼїнки" (controls, UA, part); "заяви про захоплення Мар\'їнки" in Russia (captured, RU, claimed by Russia and not denied: Zaluzhnyi confirms the withdrawal and puts "окупацію" in quotation marks but does not deny it). Not an event: "Мар\'їнки більше немає" (the town destroyed). "Збройні сили України" is skipped (a body\'s name). Trap: Zaluzhnyi.',
    places: [
      { t: 'Мар’їнки', ref: 'marinka' },
      { t: "Мар'їнки", all: true, ref: 'marinka' },
      { t: 'Марʼїнки', all: true, ref: 'marinka' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Росії', all: true, ref: 'russia' },
    ],
    traps: [
      { t: 'Залужний', n: 1, why: 'person' },
      { t: 'Валерій Залужний', why: 'person' },
      { t: 'Залужний', n: 3, why: 'person' },
    ],
    skipped: [{ t: 'України', why: BODY + ' ("Збройні сили України")' }],
    claims: [],
    events: [
      { t: 'Мар’їнки', ref: 'marinka', action: 'withdrew', actor: 'UA', claimant: ZALUZHNYI, asOf: ['2023-12-26'], note: 'headline: "Українські війська відійшли із Мар’їнки"' },
      { t: "Мар'їнки", n: 1, ref: 'marinka', action: 'withdrew', actor: 'UA', claimant: ZALUZHNYI, asOf: ['2023-12-26'], note: '"Збройні сили України відійшли із Мар\'їнки Донецької області"' },
      { t: 'Марʼїнки', n: 1, ref: 'marinka', action: 'fighting', actor: 'RU', claimant: ZALUZHNYI, asOf: ['2023-12-26'], note: '"у деяких місцях окопалися на околицях Марʼїнки" (the outskirts: fighting by the attacker; judgement call)' },
      { t: 'Марʼїнки', n: 2, ref: 'marinka', action: 'controls', actor: 'UA', claimant: ZALUZHNYI, part: true, asOf: ['2023-12-26'], note: '"ЗСУ наразі ще перебувають у північній частині Марʼїнки"' },
      { t: "Мар'їнки", n: 3, ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Russia', asOf: ['2023-12-26'], note: '"раніше у Росії лунали заяви про захоплення Мар\'їнки" (claimed, not denied)' },
    ],
  },
];
