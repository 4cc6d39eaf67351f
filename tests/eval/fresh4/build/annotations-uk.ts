// Hand annotations, Ukrainian articles of tests/eval/fresh4. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation, EventItem } from './types.ts';

const AXIS = 'front axis named by an adjective';
const BODY = "country inside an official body's name";
const deepState = (t: string, ref: string, action: 'captured' | 'fighting', extra: Partial<EventItem> = {}): EventItem => ({
  t, ref, action, actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-03'], ...extra,
});

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-09-01',
    url: 'https://www.pravda.com.ua/news/2025/09/1/7528792/',
    notes: 'Stored excerpt of an Українська правда report from its lead (the store gives no headline: the manifest title is made from the subject); the index\'s date prefix is removed; complete as given. The date is in the URL (1 Sep 2025). DeepState\'s August figures: 464 km² taken by Russia in August (area-gained, RU) and 19% of Ukraine occupied now (area-held, percent, RU, end of August); "впали на 18%" is a change of pace, not a claim. Дудчани: the Defence Forces\' offensive on it after 3 Oct 2022 (fighting, UA). "у напрямку Добропілля" names the town (troops redeployed towards it: no event). Front sectors named by adjectives (Запорізькому, Краматорському, Придніпровському) and "ЗС РФ" (an official body) are skipped; DeepState is a trap.',
    places: [
      { t: 'Росія', ref: 'russia' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Дудчани', ref: 'dudchany' },
      { t: 'Добропілля', ref: 'dobropillia' },
    ],
    traps: [{ t: 'DeepState', all: true, why: 'a mapping group' }],
    skipped: [
      { t: 'РФ', why: BODY },
      { t: 'Запорізькому', why: AXIS },
      { t: 'Краматорському', why: AXIS },
      { t: 'Придніпровському', why: AXIS },
    ],
    claims: [
      { t: '464 кв. км', kind: 'area-gained', value: 464, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-08-01', '2025-08-31'] },
      { t: '19%', kind: 'area-held', value: 19, unit: 'percent', holder: 'RU', claimant: 'DeepState', asOf: ['2025-08-31'], note: 'share of Ukraine occupied' },
    ],
    events: [
      { t: 'Дудчани', ref: 'dudchany', action: 'fighting', actor: 'UA', claimant: 'DeepState', asOf: ['2022-10-03'], note: '"перед наступом Сил оборони на Дудчани" (after 3 Oct 2022)' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-09-07',
    url: 'https://fakty.com.ua/ua/ukraine/20250907-u-serpni-povernuto-vpyatero-bilshe-terytorij-nizh-vtracheno-syrskyj/',
    notes: 'Stored excerpt of a Факти ICTV report from its lead (the store gives no headline: the manifest title is the URL slug, transliterated); the index\'s date prefix is removed, the page\'s subheading ("Сирський про звільнення населених пунктів на Донеччині") kept, and the last sentence, cut mid-word ("Сівер"), removed. The date is in the URL (7 Sep 2025). Syrskyi\'s August figures for the Pokrovsk axis: 5 km² lost (area-lost; holder = the side holding it now, RU) and 26 km² regained (area-retaken, UA). "350 атак" is not a claim kind. No settlement is named; the axes are adjectives (Покровському, Добропільському, Покровський: skipped) and "Збройних сил України" is an official body (skipped).',
    places: [{ t: 'Донеччині', ref: 'donetskOblast' }],
    skipped: [
      { t: 'Покровському', all: true, why: AXIS },
      { t: 'Добропільському', all: true, why: AXIS },
      { t: 'Покровський', why: AXIS },
      { t: 'України', why: BODY },
    ],
    claims: [
      { t: '5 кв. км', kind: 'area-lost', value: 5, unit: 'km2', holder: 'RU', claimant: 'Syrskyi', asOf: ['2025-08-01', '2025-08-31'] },
      { t: '26 кв. км', kind: 'area-retaken', value: 26, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2025-08-01', '2025-08-31'] },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-12-03',
    url: 'https://www.unian.ua/war/viyna-v-ukrajini-rosiyani-okupuvali-tri-naseleni-punkti-i-prosunulis-u-pokrovsku-13215465.html',
    notes: 'Stored excerpt of a УНІАН report from its lead (the store gives no headline: the manifest title is the URL slug, transliterated); the index\'s date prefix is removed and the last paragraph, cut mid-word ("просунутися на м"), removed. The date is the index date (3 Dec 2025; the NATO briefing was "2 грудня"). DeepState: Балаган, Солодке and Затишшя occupied (captured, RU); advances within Покровськ and near Новоекономічне and Гуляйполе (fighting, RU, each mention that frames one). A NATO official: the occupiers hold over 95% of Покровськ (area-held, percent, RU; the mention: fighting, RU, a share not the whole town). The second mentions of Балаган, Новоекономічне, Солодке and Затишшя only locate them: no event; they give the district (Покровський район) and the hromada (Гуляйпільська), whose centres are their points. DeepState is a trap.',
    places: [
      { t: 'Гуляйполя', all: true, ref: 'huliaipole' },
      { t: 'Покровськ', all: true, ref: 'pokrovsk' },
      { t: 'Покровську', ref: 'pokrovsk' },
      { t: 'Балаган', all: true, ref: 'balahan' },
      { t: 'Солодке', all: true, ref: 'solodke' },
      { t: 'Затишшя', all: true, ref: 'zatyshshia' },
      { t: 'Новоекономічного', ref: 'novoekonomichne' },
      { t: 'Новоекономічне', ref: 'novoekonomichne' },
      { t: 'Покровському районі', ref: 'pokrovskyiRaion' },
      { t: 'Донеччини', ref: 'donetskOblast' },
      { t: 'Гуляйпільській міській громаді', ref: 'huliaipoleHromada' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [{ t: 'DeepState', why: 'a mapping group' }],
    claims: [
      { t: '95%', kind: 'area-held', value: 95, unit: 'percent', holder: 'RU', claimant: 'senior NATO official', asOf: ['2025-12-02'], note: '"понад 95% міста Покровськ"' },
    ],
    events: [
      deepState('Гуляйполя', 'huliaipole', 'fighting', { n: 1 }),
      deepState('Покровськ', 'pokrovsk', 'fighting', { n: 1 }),
      deepState('Гуляйполя', 'huliaipole', 'fighting', { n: 2 }),
      deepState('Балаган', 'balahan', 'captured', { n: 1 }),
      deepState('Солодке', 'solodke', 'captured', { n: 1 }),
      deepState('Затишшя', 'zatyshshia', 'captured', { n: 1 }),
      deepState('Покровську', 'pokrovsk', 'fighting'),
      deepState('Новоекономічного', 'novoekonomichne', 'fighting'),
      deepState('Гуляйполя', 'huliaipole', 'fighting', { n: 3 }),
      { t: 'Покровськ', n: 2, ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: 'senior NATO official', part: true, asOf: ['2025-12-02'], note: '"захопили понад 95% міста": most of the town, not all' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2026-02-22',
    url: 'https://fakty.com.ua/ua/ukraine/20260222-kupyansk-majzhe-pid-kontrolem-zsu-rosiyany-namagayutsya-vyzhyty-v-kilkoh-budynkah/',
    notes: 'Stored excerpt of a Факти ICTV report from its lead (the store gives no headline: the manifest title is the URL slug, transliterated); the page\'s subheading "Ситуація у Куп’янську" is kept; removed: a "Зараз дивляться" widget line, the subheading "Купʼянськ на карті" and the last paragraph, cut mid-sentence ("відбулося"). The date is in the URL (22 Feb 2026). Tregubov (Joint Forces Group): Russian troops hold only a few buildings of Куп’янськ, "навіть не про 3%" (area-held, percent, RU); the lead\'s mention: fighting, UA (Ukrainian forces clearing the town, Russians trapped in a few buildings); Russian attempts to advance north and east of Куп’янськ: fighting, RU. "Більша частина Вовчанська залишається під контролем росіян": controls, RU (most of the town; Ukrainian presence in the south). The river Оскіл is skipped.',
    places: [
      { t: 'Куп’янську', all: true, ref: 'kupiansk' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Куп’янська', ref: 'kupiansk' },
      { t: 'Вовчанська', ref: 'vovchansk' },
    ],
    skipped: [{ t: 'Оскіл', why: 'a river' }],
    claims: [
      { t: '3%', kind: 'area-held', value: 3, unit: 'percent', holder: 'RU', claimant: 'Tregubov (Joint Forces Group)', asOf: ['2026-02-22'], note: '"йдеться навіть не про 3%" of Kupiansk' },
    ],
    events: [
      { t: 'Куп’янську', n: 1, ref: 'kupiansk', action: 'controls', actor: 'RU', claimant: 'Tregubov (Joint Forces Group)', part: true, asOf: ['2026-02-22'], note: 'only a few buildings still held by Russian troops' },
      { t: 'Куп’янська', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'Tregubov (Joint Forces Group)', asOf: ['2026-02-22'], note: 'attempts to advance north and east of the town' },
      { t: 'Вовчанська', ref: 'vovchansk', action: 'controls', actor: 'RU', claimant: null, part: true, asOf: ['2026-02-22'], note: '"Більша частина Вовчанська"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-09-28',
    url: 'https://lb.ua/society/2025/09/28/698787_genshtab_kupyansk_perebuvaie_pid.html',
    notes: 'Stored excerpt of an LB.ua report from its lead (the store gives no headline: the manifest title is the URL slug, transliterated); the index\'s date prefix is removed; complete as given. The date is in the URL (28 Sep 2025). The General Staff\'s spokesman Kovalyov: Куп’янськ is under the control of the Armed Forces (controls, UA); counter-sabotage measures in the town itself (fighting, UA); the enemy trying to infiltrate Куп’янськ with small groups (fighting, RU). "ситуація в Куп\'янську критична" (Besedin) frames no control event. "Куп\'янської МВА" is an official body (the city military administration), "Збройних сил України" an official body: skipped. "Інтерфакс-Україна" is a trap (an agency named after the country). The text spells the name with two apostrophes (’ and \').',
    places: [
      { t: 'Куп’янськ', all: true, ref: 'kupiansk' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Куп’янську', ref: 'kupiansk' },
      { t: "Куп'янську", ref: 'kupiansk' },
    ],
    traps: [{ t: 'Інтерфакс-Україна', why: 'an agency named after the country' }],
    skipped: [
      { t: 'України', all: true, why: BODY },
      { t: "Куп'янської", why: "town adjective in an official body's name (the city military administration)" },
    ],
    events: [
      { t: 'Куп’янськ', n: 1, ref: 'kupiansk', action: 'controls', actor: 'UA', claimant: 'General Staff (Kovalyov)', asOf: ['2025-09-28'] },
      { t: 'Куп’янську', ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: 'General Staff (Kovalyov)', asOf: ['2025-09-28'], note: 'counter-sabotage measures in the town' },
      { t: 'Куп’янськ', n: 2, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'General Staff (Kovalyov)', asOf: ['2025-09-28'], note: 'the enemy trying to infiltrate the town' },
    ],
  },
];
