// Hand annotations, Ukrainian articles of tests/eval/fresh68. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const BILD = 'BILD';
const WEEK = ['2025-05-24', '2025-05-31'] as const;
const SINCE_23_MAY = ['2025-05-23', '2025-05-31'] as const;
const SOUTH = 'Сили оборони Півдня України';
const VOLOSHYN = 'Владислав Волошин (Сили оборони Півдня)';
const GS = 'Генеральний штаб ЗСУ';
const GERASIMOV = 'Валерій Герасимов';

const DONETSK_VILLAGES: [string, string][] = [
  ['Рідкодуб', 'ridkodub'],
  ['Зоря', 'zoria'],
  ['Романівка', 'romanivka'],
  ['Правдівка', 'pravdivka'],
  ['Гнатівка', 'hnativka'],
  ['Малинівка', 'malynivka'],
  ['Єлизаветинка', 'yelyzavetynka'],
  ['Троїцьке', 'troitske'],
  ['Богданівка', 'bohdanivka'],
  ['Відрадне', 'vidradne'],
  ['Богатир', 'bahatyr'],
  ['Вільне Поле', 'vilnePole'],
  ['Зелене Поле', 'zelenePole'],
  ['Новосилка', 'novosilka'],
];

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-05-31',
    url: 'https://zahidfront.com.ua/news/rf-za-tizhden-okupuvala-18-naselenix-punktiv-u-trox-oblastyax-Ukrayini.html',
    notes: 'Stored copy on Західний фронт (after УНІАН, which cites BILD), its headline and body as the store gives them, the space opening the third paragraph kept; the rubric, date and view-count line ("НОВИНИ 31.05.2025 104") and the last paragraph, cut by the store ("При цьому, на думку експертів, \\"Україна не в змозі зупинити це "), removed. The date is the page\'s (31 May 2025). Claims (BILD): "18 населених пунктів" in the headline and "18 українських населених пунктів" in the lead (count, settlements, RU, the week to the report) and "майже 200 квадратних кілометрів" (area-gained, RU, the week; "майже" read as the figure). Events (captured, RU, BILD): Володимирівка, Біловоди and Локня "в Сумській області ... з 23 травня" (23 May to the report), Строївка "У Харківській області за цей час" (the same span) and the fourteen villages that "на Донеччині за останні сім днів під контроль Росії перейшли" (the week to the report). The text calls the three Sumy places "міста" (towns); they are villages, kept as the text\'s list. Counted: рф in lower case (the headline), України twice, the three oblast adjectives of "в Донецькій, Харківській та Сумській областях" as three mentions (as the sets read "Запорожской и Херсонской областей"), "Сумській області" twice, "Харківській області", Донеччині, Росія and Росії. Traps: УНІАН and BILD (outlets), Путіна (person). The villages have no sourced point of their own: each is placed at the oblast the text names.',
    places: [
      { t: 'рф', ref: 'russia' },
      { t: 'України', all: true, ref: 'ukraine' },
      { t: 'Донецькій', ref: 'donetskOblast' },
      { t: 'Харківській', n: 1, ref: 'kharkivOblast' },
      { t: 'Сумській областях', ref: 'sumyOblast' },
      { t: 'Сумській області', all: true, ref: 'sumyOblast' },
      { t: 'Володимирівка', ref: 'volodymyrivka' },
      { t: 'Біловоди', ref: 'bilovody' },
      { t: 'Локня', ref: 'loknia' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'Росія', ref: 'russia' },
      { t: 'Строївка', ref: 'stroivka' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Росії', ref: 'russia' },
      ...DONETSK_VILLAGES.map(([t, ref]) => ({ t, ref })),
    ],
    traps: [
      { t: 'УНІАН', why: 'a news agency' },
      { t: 'BILD', why: 'a newspaper' },
      { t: 'Путіна', why: 'person' },
    ],
    claims: [
      { t: '18 населених пунктів', kind: 'count', value: 18, unit: 'settlements', holder: 'RU', claimant: BILD, asOf: WEEK, note: 'headline: "рф за тиждень окупувала 18 населених пунктів у трьох областях України"' },
      { t: '18 українських населених пунктів', kind: 'count', value: 18, unit: 'settlements', holder: 'RU', claimant: BILD, asOf: WEEK, note: '"всього за тиждень змогла окупувати 18 українських населених пунктів"' },
      { t: '200 квадратних кілометрів', kind: 'area-gained', value: 200, unit: 'km2', holder: 'RU', claimant: BILD, asOf: WEEK, note: '"захопивши майже 200 квадратних кілометрів території"' },
    ],
    events: [
      { t: 'Володимирівка', ref: 'volodymyrivka', action: 'captured', actor: 'RU', claimant: BILD, asOf: SINCE_23_MAY, note: '"в Сумській області росіяни з 23 травня захопили міста Володимирівка, Біловоди та Локня"' },
      { t: 'Біловоди', ref: 'bilovody', action: 'captured', actor: 'RU', claimant: BILD, asOf: SINCE_23_MAY },
      { t: 'Локня', ref: 'loknia', action: 'captured', actor: 'RU', claimant: BILD, asOf: SINCE_23_MAY },
      { t: 'Строївка', ref: 'stroivka', action: 'captured', actor: 'RU', claimant: BILD, asOf: SINCE_23_MAY, note: '"У Харківській області за цей час Росія захопила село Строївка"' },
      ...DONETSK_VILLAGES.map(([t, ref]) => ({ t, ref, action: 'captured' as const, actor: 'RU' as const, claimant: BILD, asOf: WEEK, note: '"на Донеччині за останні сім днів під контроль Росії перейшли села ..."' })),
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-12-28',
    url: 'https://www.unian.ua/war/gulyapole-okupanti-kontrolyuyut-chastinu-gulyaypolya-u-zsu-govoryat-pro-boji-u-mezhah-mista-13239543.html',
    notes: 'Stored copy on УНІАН, its standfirst and body as the store gives them (no headline: the manifest\'s title is made from the URL slug); the last paragraph, cut by the store ("\\"Проте чималу частину Гуляйполя продовжують утримувати Сили "), removed. The date is the page\'s (28 December 2025). Events (Сили оборони Півдня): the standfirst\'s "Сили оборони продовжують утримувати частину Гуляйполя" (controls, UA, part) and, on the same span, "тривають міські бої" (fighting, RU, the attacker; judgement call: the same sentence); "частина населеного пункту перебуває під контролем російських військ" after "Ситуація у місті Гуляйполе складна" and after "Ситуація в Гуляйполі дійсно складна" in the quote (controls, RU, part, twice). Not events: the storming of "позиції ЗСУ у місті" (no settlement named in its sentence). Skipped: України in "Сил оборони Півдня України" (a body). Traps: ЗСУ. No claim ("майже два десятки разів" counts assaults).',
    places: [{ t: 'Гуляйполя', ref: 'huliaipole' }, { t: 'Гуляйполе', ref: 'huliaipole' }, { t: 'Гуляйполі', ref: 'huliaipole' }],
    traps: [{ t: 'ЗСУ', why: 'abbreviation of the armed forces' }],
    skipped: [{ t: 'України', why: BODY + ' ("Сил оборони Півдня України")' }],
    events: [
      { t: 'Гуляйполя', ref: 'huliaipole', action: 'controls', actor: 'UA', claimant: SOUTH, part: true, asOf: ['2025-12-28'], note: '"Сили оборони продовжують утримувати частину Гуляйполя"' },
      { t: 'Гуляйполя', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: SOUTH, asOf: ['2025-12-28'], note: '"..., тривають міські бої" (judgement call)' },
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'controls', actor: 'RU', claimant: SOUTH, part: true, asOf: ['2025-12-28'], note: '"Ситуація у місті Гуляйполе складна, частина населеного пункту перебуває під контролем російських військ"' },
      { t: 'Гуляйполі', ref: 'huliaipole', action: 'controls', actor: 'RU', claimant: SOUTH, part: true, asOf: ['2025-12-28'], note: '"Ситуація в Гуляйполі дійсно складна, частина населеного пункту перебуває під контролем російських військ"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-12-31',
    url: 'https://society.comments.ua/ua/news/warrussia/vorog-hoche-obiyti-misto-u-zsu-rozpovili-pro-situaciyu-v-gulyaypoli-792447.html',
    notes: 'Stored copy on Коментарі, its standfirst and body as the store gives them (no headline: the manifest\'s title is made from the URL slug), the store\'s "сірою зною" kept; the photo caption ("У Гуляйполі тривають важкі бої. Фото: з відкритих джерел") and the last sentence, cut by the store ("Як повідомляв пор"), removed. The date is the page\'s (31 December 2025). Events (Волошин): "Запеклі бої зараз тривають у Гуляйполі" (fighting, RU, the attacker); "українські війська утримують позиції на північно-західних околицях Гуляйполя" (fighting, UA: positions held on the outskirts, which the sets read as fighting by the side holding them, as fresh sets read "утримують позиції ... неподалік Кринки"; judgement call); "загарбники намагаються обійти Гуляйполе з півночі та півдня" (fighting, RU); "важкі бої тривають поблизу Залізничного" and "у Варварівці" (fighting, RU, the attacker). Not events: "на півдні від Гуляйполя" (a location), the attempts "закріпитися у населеному пункті" and the groups "безпосередньо в місті" (no settlement named in their sentences). Skipped: України in "Сил оборони Півдня України" (a body). Traps: День.LIVE (a TV channel), Владислав Волошин and Волошин (person). No claim.',
    places: [
      { t: 'Гуляйполі', ref: 'huliaipole' },
      { t: 'Гуляйполя', all: true, ref: 'huliaipole' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
      { t: 'Залізничного', ref: 'zaliznychne' },
      { t: 'Варварівці', ref: 'varvarivka' },
    ],
    traps: [
      { t: 'День.LIVE', why: 'a TV channel' },
      { t: 'Владислав Волошин', why: 'person' },
      { t: 'Волошин', ctx: 'сказав Волошин', why: 'person' },
    ],
    skipped: [{ t: 'України', why: BODY + ' ("Сил оборони Півдня України")' }],
    events: [
      { t: 'Гуляйполі', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-31'], note: '"Запеклі бої зараз тривають у Гуляйполі"' },
      { t: 'Гуляйполя', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'UA', claimant: VOLOSHYN, asOf: ['2025-12-31'], note: '"українські війська утримують позиції на північно-західних околицях Гуляйполя" (judgement call)' },
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-31'], note: '"загарбники намагаються обійти Гуляйполе з півночі та півдня"' },
      { t: 'Залізничного', ref: 'zaliznychne', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-31'], note: '"важкі бої тривають поблизу Залізничного на півдні від Гуляйполя"' },
      { t: 'Варварівці', ref: 'varvarivka', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-31'], note: '"та у Варварівці – на півночі від міста"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-11-20',
    url: 'https://focus.ua/uk/voennye-novosti/733849-okupaciya-kup-yanska-ta-yampolya-v-genshtabi-sprostuvali-zahoplennya-mist-na-harkivshchini',
    notes: 'Stored copy on Фокус (Ukrainian edition), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the "Відео дня" line and the last sentence, cut by the store ("\\"Орга"), removed; both apostrophes of the store (Куп\'янськ, Куп’янськ) kept. The date is the page\'s (20 November 2025). Events (the General Staff): "Місто Куп\'янськ ... перебуває під контролем Збройних сил України" (controls, UA) and, on the same span, Gerasimov\'s claim of "окупацію цього населеного пункту", which "не відповідає дійсності" (captured, RU, denied); "дезінформацією є повідомлення про захоплення росіянами 80% Вовчанська та 70% Покровська" and, in the quote, "не відповідає дійсності заява про нібито захоплення 80% міста Вовчанська ... та 70% міста Покровська" (captured, RU, part, denied, four events; 80 % and 70 % of a town are parts of a settlement, not claims, as fresh33 reads the same figures); "Куп’янськ знаходиться під контролем Сил оборони України" (controls, UA); "у самому Куп\'янську та на його околицях тривають контрдиверсійні заходи" (fighting, UA, as the sets read counter-sabotage operations); "Схожа ситуація і з Ямполем" (fighting, UA: the sentence likens it to Kupiansk\'s and the next tells "пошуково-ударні дії наших військ" in its area; judgement call); "у Покровську тривають пошуково-штурмові дії" (fighting, UA). Counted: "Харківської області", Харківщині. Skipped: РФ in "Генштабу ЗС РФ" and України in "Збройних сил України", "Генеральний штаб Збройних Сил України" and "Сил оборони України" (bodies). Traps: Валерія Герасимова (person), ЗСУ, ДРГ. No claim.',
    places: [
      { t: "Куп'янськ", ref: 'kupiansk' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Вовчанська', all: true, ref: 'vovchansk' },
      { t: 'Покровська', all: true, ref: 'pokrovsk' },
      { t: 'Куп’янськ', ref: 'kupiansk' },
      { t: "Куп'янську", ref: 'kupiansk' },
      { t: 'Ямполем', ref: 'yampil' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Покровську', ref: 'pokrovsk' },
    ],
    traps: [
      { t: 'Валерія Герасимова', why: 'person' },
      { t: 'ЗСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'ДРГ', why: 'abbreviation of sabotage and reconnaissance groups' },
    ],
    skipped: [
      { t: 'РФ', why: BODY + ' ("Генштабу ЗС РФ")' },
      { t: 'України', all: true, why: BODY + ' ("Збройних сил України", "Генеральний штаб Збройних Сил України", "Сил оборони України")' },
    ],
    events: [
      { t: "Куп'янськ", ref: 'kupiansk', action: 'controls', actor: 'UA', claimant: GS, asOf: ['2025-11-20'], note: '"Місто Куп\'янськ Харківської області перебуває під контролем Збройних сил України"' },
      { t: "Куп'янськ", ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: GERASIMOV, denied: true, asOf: ['2025-11-20'], note: '"а заяви ... Валерія Герасимова про окупацію цього населеного пункту росіянами не відповідає дійсності"' },
      { t: 'Вовчанська', n: 1, ref: 'vovchansk', action: 'captured', actor: 'RU', claimant: GERASIMOV, denied: true, part: true, asOf: ['2025-11-20'], note: '"дезінформацією є повідомлення про захоплення росіянами 80% Вовчанська"' },
      { t: 'Покровська', n: 1, ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: GERASIMOV, denied: true, part: true, asOf: ['2025-11-20'], note: '"та 70% Покровська"' },
      { t: 'Куп’янськ', ref: 'kupiansk', action: 'controls', actor: 'UA', claimant: GS, asOf: ['2025-11-20'], note: '"Куп’янськ знаходиться під контролем Сил оборони України"' },
      { t: "Куп'янську", ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: GS, asOf: ['2025-11-20'], note: '"у самому Куп\'янську та на його околицях тривають контрдиверсійні заходи"' },
      { t: 'Ямполем', ref: 'yampil', action: 'fighting', actor: 'UA', claimant: GS, asOf: ['2025-11-20'], note: '"Схожа ситуація і з Ямполем. У районі населеного пункту тривають пошуково-ударні дії наших військ" (judgement call)' },
      { t: 'Вовчанська', n: 2, ref: 'vovchansk', action: 'captured', actor: 'RU', claimant: GERASIMOV, denied: true, part: true, asOf: ['2025-11-20'], note: '"не відповідає дійсності заява про нібито захоплення 80% міста Вовчанська на Харківщині"' },
      { t: 'Покровська', n: 2, ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: GERASIMOV, denied: true, part: true, asOf: ['2025-11-20'], note: '"та 70% міста Покровська"' },
      { t: 'Покровську', ref: 'pokrovsk', action: 'fighting', actor: 'UA', claimant: GS, asOf: ['2025-11-20'], note: '"у Покровську тривають пошуково-штурмові дії та ліквідація противника в міській забудові"' },
    ],
  },
];
