// Hand annotations, third pass: Ukraine's capture of Sudzha (August 2024), denials of the final Russian claims
// (April 2025) and the first days of the incursion around Korenevo (August 2024).
import type { ArticleAnnotation } from './types.ts';

const ORG = 'country name inside the name of an organisation (armed forces, general staff, ministry, security service)';

export const EN3: ArticleAnnotation[] = [
  {
    file: 'en-09.txt', language: 'en', published: '2024-08-15',
    url: 'https://pledgetimes.com/zelensky-announces-his-countrys-forces-control-of-a-russian-city/',
    notes: 'Stored excerpt without its headline. "on Thursday" = 15 Aug 2024, the publication date. Zelensky\'s and, quoted by him, Syrskyi\'s announcement of Ukraine taking Sudzha: two events. Syrskyi calls it "the liberation of the city of Sudzha", but Sudzha is a Russian town taken by Ukraine: classed captured by the owner rule (see README).',
    places: [
      { t: 'Sudzha', all: true, ref: 'sudzha' },
      { t: 'Kursk region', ref: 'kurskOblast' },
    ],
    claims: [],
    events: [
      { t: 'Sudzha', n: 1, ref: 'sudzha', action: 'captured', actor: 'UA', claimant: 'Zelensky', asOf: ['2024-08-15'] },
      { t: 'Sudzha', n: 2, ref: 'sudzha', action: 'captured', actor: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-15'] },
    ],
  },
  {
    file: 'en-10.txt', language: 'en', published: '2024-08-16',
    url: 'https://jang.com.pk/en/18378-zelenskyy-hails-major-victory-as-ukraine-seizes-another-russian-held-town-news',
    notes: 'Stored excerpt from the headline to the end of the body (the repeated headline lines are the page\'s; trailing links dropped). Zelensky\'s Thursday 15 Aug announcement: Sudzha captured (standfirst, lead and body: three events dated 15 Aug). "on the Sudzha since last Wednesday, August 7" is garbled (the river Sudzha, or the town with a stray article): skipped, no event. "the city of Kursk" is the city; "Russian region Kursk" and "from the Kursk" are the region. 1,150 km² and 82 settlements per Syrskyi (same statement); the "100 Russian troops" seized are prisoners, not a claim kind.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Sudzha', n: 1, ref: 'sudzha' },
      { t: 'Sudzha', n: 2, ref: 'sudzha' },
      { t: 'Sudzha', n: 3, ref: 'sudzha' },
      { t: 'Kursk', ctx: 'city of Kursk', ref: 'kurskCity' },
      { t: 'Kursk', ctx: 'Russian region Kursk', ref: 'kurskOblast' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Kursk', ctx: 'from the Kursk since', ref: 'kurskOblast' },
    ],
    skipped: [{ t: 'Sudzha', n: 4, why: '"on the Sudzha": the river or a garbled mention of the town' }],
    claims: [
      { t: '1,150 square kilometres', kind: 'area-held', value: 1150, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-15'] },
      { t: '82 settlements', kind: 'count', value: 82, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-15'] },
    ],
    events: [
      { t: 'Sudzha', n: 1, ref: 'sudzha', action: 'captured', actor: 'UA', claimant: null, asOf: ['2024-08-15'] },
      { t: 'Sudzha', n: 2, ref: 'sudzha', action: 'captured', actor: 'UA', claimant: 'Zelensky', asOf: ['2024-08-15'] },
      { t: 'Sudzha', n: 3, ref: 'sudzha', action: 'captured', actor: 'UA', claimant: 'Zelensky', asOf: ['2024-08-15'] },
    ],
  },
  {
    file: 'en-11.txt', language: 'en', published: '2024-08-16',
    url: 'https://occasionaldigest.com/2024/08/16/ukraine-captures-russian-town-of-sudzha-says-president-zelensky/?amp=1',
    notes: 'Stored excerpt (UPI copy): site chrome and a repeated photo caption dropped, the truncated last sentence cut. Sudzha captured per Zelensky ("Thursday night address" = 15 Aug): headline and lead, two events; "they had taken the village" repeats it without the name. "more than 80 other settlements": count 80 (a lower bound). "Ukraine Compact" is an agreement (trap); "Washington, D.C." in the caption is a place; "Armed Forces of Ukraine" is skipped.',
    places: [
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Sudzha', all: true, ref: 'sudzha' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Washington, D.C.', ref: 'washington' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Kursk Oblast', ref: 'kurskOblast' },
      { t: 'Ukraine', ctx: 'border with Ukraine', ref: 'ukraine' },
    ],
    traps: [{ t: 'Ukraine Compact', why: 'name of an agreement' }],
    skipped: [{ t: 'Ukraine', ctx: 'Armed Forces of Ukraine', why: ORG }],
    claims: [
      { t: '80 other settlements', kind: 'count', value: 80, unit: 'settlements', holder: 'UA', claimant: 'Zelensky', asOf: ['2024-08-15'] },
    ],
    events: [
      { t: 'Sudzha', n: 1, ref: 'sudzha', action: 'captured', actor: 'UA', claimant: 'Zelensky', asOf: ['2024-08-15'] },
      { t: 'Sudzha', n: 2, ref: 'sudzha', action: 'captured', actor: 'UA', claimant: 'Zelensky', asOf: ['2024-08-15'] },
    ],
  },
  {
    file: 'en-12.txt', language: 'en', published: '2024-11-23',
    url: 'https://newsukraine.rbc.ua/news/ukraine-loses-40-of-territory-it-controlled-1732396167.html',
    notes: 'Stored excerpt with its headline; the publication date is the Unix time in the URL (1732396167 = 23 Nov 2024 21:09 UTC). A Reuters source in the Ukrainian General Staff: more than 40 % of the ground lost (headline and lead: share-lost, holder = the side holding it now, RU), the peak "at most ... 1,376 km² (531 sq mi)" (area-held-peak, from the August start the text gives to publication) and "as of now" about 800 km² (area-held). Putin\'s task to "recapture the Kursk region by January 20, 2025" is a future goal: no event. "President of Ukraine" and "US President-elect" mention countries.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Russia', ref: 'russia' },
      { t: 'US', ref: 'usa' },
    ],
    claims: [
      { t: '40%', n: 1, kind: 'share-lost', value: 40, unit: 'percent', holder: 'RU', claimant: 'Ukrainian General Staff source', asOf: ['2024-11-23'] },
      { t: '40%', n: 2, kind: 'share-lost', value: 40, unit: 'percent', holder: 'RU', claimant: 'Ukrainian General Staff source', asOf: ['2024-11-23'] },
      { t: '1,376 square kilometres (531 square miles)', kind: 'area-held-peak', value: 1376, unit: 'km2', holder: 'UA', claimant: 'Ukrainian General Staff source', asOf: ['2024-08-01', '2024-11-23'] },
      { t: '800 square kilometers', kind: 'area-held', value: 800, unit: 'km2', holder: 'UA', claimant: 'Ukrainian General Staff source', asOf: ['2024-11-23'] },
    ],
    events: [],
  },
];

export const UK3: ArticleAnnotation[] = [
  {
    file: 'uk-09.txt', language: 'uk', published: '2025-04-26',
    url: 'https://my.ua/uk/news/cluster/2025-04-26-putin-zaiavil-o-polnom-uvolnenii-kurskoi-oblasti-v-ukraine-oprovergli/797c5b8a-7b35-a732-c70b-1aa85a584f96',
    notes: 'Stored excerpt; the headline is printed three times; the truncated last sentence was dropped. Gerasimov\'s claim that Ukrainian forces left Gornal "у суботу, 26 квітня" is reported with "нібито" under a headline saying the Centre for Countering Disinformation denied the claims: withdrew, denied. "вся Курська область звільнена" names no settlement. 75,000 Ukrainian losses per Gerasimov: a casualty count for the whole operation, dated to publication (the text gives no start). Donbas has no sourced point. "Кремля" (landmark for the government) and country names inside "Збройні сили України", "ЗС РФ" are skipped.',
    places: [
      { t: 'Курської області', all: true, ref: 'kurskOblast' },
      { t: 'Горналь', ref: 'gornal' },
      { t: 'Курській області', all: true, ref: 'kurskOblast' },
      { t: 'Росії', ref: 'russia' },
      { t: 'РФ', ctx: 'президенту РФ', ref: 'russia' },
      { t: 'Курська область', ref: 'kurskOblast' },
      { t: 'Донбасі', ref: 'donbas' },
      { t: 'Північної Кореї', ref: 'northKorea' },
    ],
    skipped: [
      { t: 'України', all: true, why: ORG },
      { t: 'Кремля', why: 'landmark used for the Russian government' },
      { t: 'РФ', ctx: 'Генерального штабу ЗС РФ', why: ORG },
      { t: 'РФ', ctx: 'начальник Генштабу ЗС РФ', why: ORG },
    ],
    claims: [
      { t: '75 тисяч військових', kind: 'count', value: 75000, unit: 'casualties', holder: 'UA', claimant: 'Gerasimov', asOf: ['2025-04-26'] },
    ],
    events: [
      { t: 'Горналь', ref: 'gornal', action: 'withdrew', actor: 'UA', claimant: 'Gerasimov', denied: true, asOf: ['2025-04-26'] },
    ],
  },
  {
    file: 'uk-10.txt', language: 'uk', published: '2024-08-14',
    url: 'https://24tv.ua/sudzha-zaraz-yak-viglyadaye-misto-zmi-pokazali-foto_n2618769/amp',
    notes: 'Stored excerpt with its date line "14 серпня 2024, 21:59"; the page\'s "read in Russian" and "see also" links were dropped. Sudzha under Ukrainian control (headline: controls, present tense, 14 Aug); the first reports of Ukrainian troops entering Sudzha "ще 6 серпня" (entered, 6 Aug); "це місто", "місто, в яке зайшли ЗСУ" repeat it without the name. "14 серпня стало відомо" that Ukraine took more settlements, naming successes in Viktorovka, Gordeyevka and Vnezapnoye: three captured events (which Viktorovka is meant is not settled by the text). The subheading "Яка Суджа зсередини" and the photo caption are place mentions without events. "Курської операції" is an adjective for the operation (skipped).',
    places: [
      { t: 'Суджі', all: true, ref: 'sudzha' },
      { t: 'Суджу', ref: 'sudzha' },
      { t: 'Суджа', all: true, ref: 'sudzha' },
      { t: 'Україна', ref: 'ukraine' },
      { t: 'Курській області', ref: 'kurskOblast' },
      { t: 'Вікторовка', ref: 'viktorovkaAugust' },
      { t: 'Гордеєвка', ref: 'gordeyevka' },
      { t: 'Внєзапноє', ref: 'vnezapnoye' },
    ],
    skipped: [{ t: 'Курської', why: 'adjective naming the operation after the region' }],
    claims: [],
    events: [
      { t: 'Суджі', n: 1, ref: 'sudzha', action: 'controls', actor: 'UA', claimant: null, asOf: ['2024-08-14'] },
      { t: 'Суджу', ref: 'sudzha', action: 'entered', actor: 'UA', claimant: null, asOf: ['2024-08-06'] },
      { t: 'Вікторовка', ref: 'viktorovkaAugust', action: 'captured', actor: 'UA', claimant: null, asOf: ['2024-08-14'] },
      { t: 'Гордеєвка', ref: 'gordeyevka', action: 'captured', actor: 'UA', claimant: null, asOf: ['2024-08-14'] },
      { t: 'Внєзапноє', ref: 'vnezapnoye', action: 'captured', actor: 'UA', claimant: null, asOf: ['2024-08-14'] },
    ],
  },
];

export const RU3: ArticleAnnotation[] = [
  {
    file: 'ru-11.txt', language: 'ru', published: '2025-04-26',
    url: 'https://fun.my.ua/news/cluster/2025-04-26-putin-zaiavil-o-polnom-uvolnenii-kurskoi-oblasti-v-ukraine-oprovergli',
    notes: 'Stored excerpt (Russian-language page of a Ukrainian aggregator; "увольнении" in the headline is the source\'s slip). Putin claims Russia took Gornal, the last settlement, "в субботу, 26 апреля"; Kovalenko (Centre for Countering Disinformation) says Putin\'s statements do not correspond to reality: liberated, denied. "LIGA.net" is an outlet; "РФ" inside "Генерального штаба РФ" is skipped.',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Украине', ref: 'ukraine' },
      { t: 'РФ', ctx: 'Курской области РФ', ref: 'russia' },
      { t: 'РФ', ctx: 'РФ заняла', ref: 'russia' },
      { t: 'Горналь', ref: 'gornal' },
    ],
    skipped: [{ t: 'РФ', ctx: 'штаба РФ', why: ORG }],
    claims: [],
    events: [
      { t: 'Горналь', ref: 'gornal', action: 'liberated', actor: 'RU', claimant: 'Putin', denied: true, asOf: ['2025-04-26'] },
    ],
  },
  {
    file: 'ru-12.txt', language: 'ru', published: '2024-08-09',
    url: 'https://mos.news/news/society/v-kurskom-korenevo-ne-vedutsya-boevye-deystviya-zayavil-glava-poselka',
    notes: 'Stored excerpt with its date line "09.08.2024 11:29" and headline. The head of the settlement (посёлок) Korenevo denies fighting there (headline and body: fighting, denied, the attacking side being Ukraine); residents of the neighbouring village (село) also named Korenevo say the same (a separate, unlocated place: a homonym trap for a geocoder). "курском" is an adjective for the region (skipped). Country names inside "Генштаб Вооруженных Сил России", "Вооруженных Сил Украины", "Минобороны России" are skipped; "Президент России" is a mention.',
    places: [
      { t: 'Коренево', n: 1, ref: 'korenevo' },
      { t: 'Коренево', n: 2, ref: 'korenevo' },
      { t: 'Кореневского района', ref: 'korenevskyDistrict' },
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'Коренево', n: 3, ref: 'korenevoSelo' },
      { t: 'России', ctx: 'Президент России', ref: 'russia' },
    ],
    skipped: [
      { t: 'курском', why: 'adjective for the region ("Kursk\'s Korenevo")' },
      { t: 'России', ctx: 'Вооруженных Сил России', why: ORG },
      { t: 'Украины', why: ORG },
      { t: 'России', ctx: 'Минобороны России', why: ORG },
    ],
    claims: [],
    events: [
      { t: 'Коренево', n: 1, ref: 'korenevo', action: 'fighting', actor: 'UA', claimant: 'Korenevo head (Pugachev)', denied: true, asOf: ['2024-08-09'] },
      { t: 'Коренево', n: 2, ref: 'korenevo', action: 'fighting', actor: 'UA', claimant: 'Korenevo head (Pugachev)', denied: true, asOf: ['2024-08-09'] },
      { t: 'Коренево', n: 3, ref: 'korenevoSelo', action: 'fighting', actor: 'UA', claimant: 'residents', denied: true, asOf: ['2024-08-09'] },
    ],
  },
  {
    file: 'ru-13.txt', language: 'ru', published: '2024-08-08',
    url: 'https://rubryka.com/ru/2024/08/08/minoborony-rf-pidtverdylo-prosuvannya-ukrayinskyh-u-dvoh-rajonah-kurskoyi-oblasti/',
    notes: 'Stored excerpt (Russian-language page of a Ukrainian outlet); the truncated last sentence was dropped. Online reports that fighting reached the settlement of Korenevo (twice): fighting, attacking side Ukraine, no named claimant, dated to publication. "Корнево" is the source\'s misspelling of Korenevo (a place, no event). "в Суджанском и Кореневском районах" shares one noun: two district mentions. Lower-case "рф"/"россии" are the outlet\'s style; inside "Минобороны рф/РФ" and "ФСБ россии" they are skipped. "Рубрика" is the outlet, "Север" a group of forces.',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'россии', ctx: 'Курской области россии', ref: 'russia' },
      { t: 'Коренево', all: true, ref: 'korenevo' },
      { t: 'Суджанском', ref: 'sudzhanskyDistrict' },
      { t: 'Кореневском районах', ref: 'korenevskyDistrict' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Курщины', ref: 'kurskOblast' },
      { t: 'Корнево', ref: 'korenevo' },
    ],
    traps: [
      { t: 'Рубрика', why: 'outlet name' },
      { t: 'Север', why: 'name of a Russian group of forces ("North")' },
    ],
    skipped: [
      { t: 'рф', all: true, why: ORG },
      { t: 'РФ', why: ORG },
      { t: 'россии', ctx: 'ФСБ россии', why: ORG },
    ],
    claims: [],
    events: [
      { t: 'Коренево', n: 1, ref: 'korenevo', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2024-08-08'] },
      { t: 'Коренево', n: 2, ref: 'korenevo', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2024-08-08'] },
    ],
  },
  {
    file: 'ru-14.txt', language: 'ru', published: '2024-08-25',
    url: 'https://pravda.com.ua/rus/news/2024/08/25/7471849/index.amp',
    notes: 'Stored excerpt (Russian-language edition of a Ukrainian outlet) with its byline date "Воскресенье, 25 августа 2024, 21:38". Zelensky\'s evening address: two more settlements taken in Kursk Oblast (headline, lead and quote: three count claims; the settlements are unnamed, so no events). "от 1 до 3 километров" is an advance, not a claim. On the Donetsk front "Новогродовка, Водяное, больше всего штурмов": fighting at Novohrodivka (attacking side RU); "Водяное" names several villages in Donetsk Oblast and is skipped.',
    places: [
      { t: 'Курской области', all: true, ref: 'kurskOblast' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
      { t: 'Новогродовка', ref: 'novohrodivka' },
    ],
    skipped: [{ t: 'Водяное', why: 'several villages of this name near the Donetsk front; the text does not settle which' }],
    claims: [
      { t: 'два населенных пункта', n: 1, kind: 'count', value: 2, unit: 'settlements', holder: 'UA', claimant: 'Zelensky', asOf: ['2024-08-25'] },
      { t: 'двух населенных пунктов', kind: 'count', value: 2, unit: 'settlements', holder: 'UA', claimant: 'Zelensky', asOf: ['2024-08-25'] },
      { t: 'два населенных пункта', n: 2, kind: 'count', value: 2, unit: 'settlements', holder: 'UA', claimant: 'Zelensky', asOf: ['2024-08-25'] },
    ],
    events: [
      { t: 'Новогродовка', ref: 'novohrodivka', action: 'fighting', actor: 'RU', claimant: 'Zelensky', asOf: ['2024-08-25'] },
    ],
  },
];
