// Hand annotations, Russian articles of tests/eval/fresh22. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const MOD = 'Минобороны России';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-09-10',
    url: 'https://news-kharkov.ru/incident/2022/09/10/15674.html',
    notes: 'Stored copy of a Новости Харькова (news-kharkov.ru) news item, its body as the store gives it: a numbered summary of the Russian Defence Ministry\'s statement (the store gives no headline: the manifest title is made from the lead). The date is the URL\'s (10 September 2022, a Saturday). Events: the decision to "regroup" the troops in the areas of Балаклеи and Изюма and the operation to wind up and move the grouping to the DPR (withdrew, RU: the Russian troops leaving both towns, whatever the word). "Изюмско-Балаклейскому направлению" is a front axis, "Изюмско-Балаклейской группировки" a grouping named after the towns and "Донецком направлении" a front axis (skipped); ДНР is the oblast. Claims: more than two thousand fighters and mercenaries destroyed (count, killed, UA: the Ukrainian side, as the ministry claims it). Traps: СВО (the "special military operation").',
    places: [
      { t: 'Балаклеи', ref: 'balakliia' },
      { t: 'Изюма', ref: 'izium' },
      { t: 'ДНР', ref: 'donetskOblast' },
    ],
    traps: [{ t: 'СВО', why: 'the "special military operation" (not a place)' }],
    skipped: [
      { t: 'Изюмско-Балаклейскому', why: 'front axis ("по Изюмско-Балаклейскому направлению")' },
      { t: 'Донецком', why: 'front axis ("на Донецком направлении")' },
      { t: 'Изюмско-Балаклейской', why: 'grouping of troops named after the towns ("Изюмско-Балаклейской группировки войск")' },
    ],
    claims: [
      { t: 'более двух тысяч боевиков и наёмников', kind: 'count', value: 2000, unit: 'killed', holder: 'UA', claimant: MOD, asOf: ['2022-09-10'], note: '"Уничтожены более двух тысяч боевиков и наёмников"' },
    ],
    events: [
      { t: 'Балаклеи', ref: 'balakliia', action: 'withdrew', actor: 'RU', claimant: MOD, asOf: ['2022-09-10'], note: '"принято решение перегруппировать войска в районах Балаклеи и Изюма"; the grouping moved to the DPR' },
      { t: 'Изюма', ref: 'izium', action: 'withdrew', actor: 'RU', claimant: MOD, asOf: ['2022-09-10'], note: '"перегруппировать войска в районах Балаклеи и Изюма"; the grouping moved to the DPR' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2023-01-11',
    url: 'https://obzor-gazet.ru/2023/01/11/ukraina-oprovergla-vzyatie-soledara-vagnerom/',
    notes: 'Stored copy of an Обзор газет news item, its body as the store gives it (the store gives no headline: the manifest title is made from the URL slug). The date is the URL\'s (11 January 2023, a Wednesday). Events: Kyiv denying that Wagner captured Соледар (captured, RU, denied); «Соледар был, есть и будет украинским» (controls, UA: the Ukrainian side\'s statement that the town is held); the heavy fighting for the defence of Соледара (fighting, RU: the attacking side); Wagner\'s claim that its forces captured Соледар after days of fighting (captured, RU, denied). "В случае захвата Соледар может открыть путь" is a consequence, the photos "сделаны в Соледаре" a location, "Город Соледар находится ..." a location, and "Территория вокруг Соледара и Бахмута ... которую все еще контролирует Украина" an area around the towns (no event). Донбассе (twice) is the region; Украины ("на востоке Украины") and Украина the country, Киев the government by its capital; "министра обороны Украины" a title (skipped). Traps: «Вагнер» (twice), Вагнера, Анна Маляр, Маляр, Telegram, ТАСС.',
    places: [
      { t: 'Киев', ref: 'kyiv' },
      { t: 'Соледар', all: true, ref: 'soledar' },
      { t: 'Соледаре', ref: 'soledar' },
      { t: 'Соледара', all: true, ref: 'soledar' },
      { t: 'Украины', ctx: 'востоке Украины', ref: 'ukraine' },
      { t: 'Украина', ref: 'ukraine' },
      { t: 'Донбассе', all: true, ref: 'donbas' },
      { t: 'Бахмут', ref: 'bakhmut' },
      { t: 'Бахмута', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Вагнер', all: true, why: 'a private military company («Вагнер»)' },
      { t: 'Вагнера', why: 'a private military company ("группой Вагнера")' },
      { t: 'Анна Маляр', why: 'person' },
      { t: 'Маляр', ctx: 'сказал Маляр', why: 'person' },
      { t: 'Telegram', why: 'messaging service' },
      { t: 'ТАСС', why: 'news agency' },
    ],
    skipped: [{ t: 'Украины', ctx: 'обороны Украины', why: OFFICIAL + ' ("Заместитель министра обороны Украины")' }],
    claims: [],
    events: [
      { t: 'Соледар', n: 1, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Wagner group', denied: true, asOf: ['2023-01-11'], note: '"Киев отрицает, что группа «Вагнер» захватила важный город Соледар"' },
      { t: 'Соледар', n: 3, ref: 'soledar', action: 'controls', actor: 'UA', claimant: 'Ukrainian Armed Forces\' strategic communications', asOf: ['2023-01-11'], note: '"«Соледар был, есть и будет украинским»"' },
      { t: 'Соледара', n: 1, ref: 'soledar', action: 'fighting', actor: 'RU', claimant: 'Анна Маляр', asOf: ['2023-01-11'], note: '"тяжелые бои по защите Соледара продолжаются"' },
      { t: 'Соледар', n: 4, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Wagner group', denied: true, asOf: ['2023-01-11'], note: '"российская группа «Вагнер» заявляла, что ее силы захватили Соледар после нескольких дней ожесточенных боев"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-03-25',
    url: 'https://yamal-media.ru/news/pushilin-rossijskaja-armija-prodvigaetsja-v-rajone-chasova-jara-v-dnr',
    notes: 'Stored copy of a Ямал-Медиа news item, its headline and body as the store gives them; a counter link ("http://Top.Mail.Ru"), the page title line ("... | Ямал-Медиа") and the date line ("25 марта 2024, 09:47") before the headline, and the channel promotion and "Загрузка..." after the body removed. The date is the page\'s date line (25 March 2024, a Monday). Events: the Russian army advancing in the area of Часова Яра (fighting, RU: the headline and Pushilin\'s words); the fighting on the near approaches to Часову Яру since late February (fighting, RU); the village Красное reported "liberated" by the Russian army earlier (captured, RU: the owner rule). The restoration of Артемовск (Bakhmut, its former Soviet name) is a plan, "Часов Яр находится в семи километрах к западу от Артемовска" a location, and the fighting "на окраинах города" names no settlement (no span). ДНР (the headline and "Красное в ДНР") is the oblast; "Глава Донецкой Народной Республики (ДНР)" a title (skipped, both spans); "ВС РФ" and "армия РФ" (twice) the country inside the army\'s name (skipped). Traps: Пушилин (the headline), Денис Пушилин, Пушилина, РИА «Новости».',
    places: [
      { t: 'Часова Яра', all: true, ref: 'chasivYar' },
      { t: 'Часов Яр', ref: 'chasivYar' },
      { t: 'Часову Яру', ref: 'chasivYar' },
      { t: 'ДНР', ctx: 'Яра в ДНР', ref: 'donetskOblast' },
      { t: 'ДНР', ctx: 'Красное в ДНР', ref: 'donetskOblast' },
      { t: 'Артемовске', ref: 'bakhmut' },
      { t: 'Артемовска', all: true, ref: 'bakhmut' },
      { t: 'Красное', ref: 'krasneDonetsk' },
    ],
    traps: [
      { t: 'Пушилин', ctx: 'Пушилин заявил', why: 'person' },
      { t: 'Денис Пушилин', why: 'person' },
      { t: 'Пушилина', why: 'person' },
      { t: 'РИА «Новости»', why: 'news agency' },
    ],
    skipped: [
      { t: 'Донецкой Народной Республики', why: 'region inside a title ("Глава Донецкой Народной Республики (ДНР)")' },
      { t: 'ДНР', ctx: '(ДНР)', why: 'region inside a title ("Глава Донецкой Народной Республики (ДНР)")' },
      { t: 'РФ', all: true, why: 'country inside the army\'s name ("ВС РФ", "армия РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Часова Яра', n: 1, ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2024-03-25'], note: 'the headline: "Пушилин заявил о продвижении ВС РФ в районе Часова Яра"' },
      { t: 'Часова Яра', n: 2, ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2024-03-25'], note: '"армия РФ продвигается в районе Часова Яра"' },
      { t: 'Часову Яру', ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: 'Ямал-Медиа', asOf: ['2024-02-20', '2024-03-25'], note: '"Бои на ближних подступах к Часову Яру начались в конце февраля"' },
      { t: 'Красное', ref: 'krasneDonetsk', action: 'captured', actor: 'RU', claimant: 'earlier reports', asOf: ['2024-03-25'], note: '"Ранее сообщалось, что армия РФ освободила поселок Красное в ДНР" (the owner rule)' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2024-10-28',
    url: 'https://news-donetsk.ru/society/2024/10/28/309854.html',
    notes: 'Stored copy of a Новости Донецка (news-donetsk.ru) news item, its body as the store gives it; the "Статья" label after the body removed. The headline glued after the lead ("Российские бойцы сбросили украинский флаг со здания администрации в Селидово") is kept where the store gives it. The date is the URL\'s (28 October 2024, a Monday). Events: footage apparently shot in Селидове with Russian soldiers at the town administration (entered, RU: a presence in a town); the Russian soldiers throwing down the Ukrainian flag from the administration building in Селидово (entered, RU); the active Russian offensive on Селидово (fighting, RU). "Освобождение Селидово поможет нашей армии освободить Курахово и откроет дорогу к Красноармейску" is a consequence and a plan, and the road to Днепропетровск a consequence (no event). Красноармейску (the former name) and Покровском are Pokrovsk, Днепропетровск (the former name) is Dnipro; "Донецкой Народной Республике" is the oblast. The clearing of the enemy "на западных окраинах города" names no settlement (no span). Traps: "Центр" (a group of forces).',
    places: [
      { t: 'Селидове', ref: 'selydove' },
      { t: 'Селидово', all: true, ref: 'selydove' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Курахово', ref: 'kurakhove' },
      { t: 'Красноармейску', ref: 'pokrovsk' },
      { t: 'Покровском', ref: 'pokrovsk' },
      { t: 'Днепропетровск', ref: 'dnipro' },
    ],
    traps: [{ t: 'Центр', why: 'group of forces ("группировки \\"Центр\\"")' }],
    skipped: [],
    claims: [],
    events: [
      { t: 'Селидове', ref: 'selydove', action: 'entered', actor: 'RU', claimant: 'published footage', asOf: ['2024-10-28'], note: '"кадры, предположительно, снятые в Селидове ... российские военные находятся у администрации города"' },
      { t: 'Селидово', n: 1, ref: 'selydove', action: 'entered', actor: 'RU', claimant: 'published footage', asOf: ['2024-10-28'], note: '"Российские бойцы сбросили украинский флаг со здания администрации в Селидово"' },
      { t: 'Селидово', n: 2, ref: 'selydove', action: 'fighting', actor: 'RU', claimant: 'Ukrainian media', asOf: ['2024-10-28'], note: '"Об активном наступлении российских военных на Селидово говорят и украинские СМИ"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-10-09',
    url: 'https://life.ru/p/1797392',
    notes: 'Stored copy of a Life.ru news item, its headline and body as the store gives them; the index\'s date prefix and the cover credit line ("Обложка © Shutterstock / FOTODOM / Dmitriy Kandinskiy") removed. The date is the index date (9 October 2025, a Thursday). Events: the Russian troops having "liberated" some 70% of Купянска (captured, RU: the headline and the lead; a part of a town taken is taken, the owner rule); the Russian assault units advancing in the southern districts of Красноармейска (fighting, RU); Родинское encircled and being cleared (fighting, RU: encircling). Ganchev\'s "освобождении примерно 70% города" names no settlement. Красноармейска is Pokrovsk (its former name); ДНР the oblast; "Харьковской области" in Ganchev\'s title ("глава российской администрации Харьковской области") a region inside a title, "ВС России" and "ВС РФ" the country inside the army\'s name (skipped). Claims: some 70% of Купянска freed (area-held, percent, RU: the headline and the lead) and about 70% of the town (area-held, percent, RU), all Ganchev\'s. Not claims: the elderly residents left in the town (civilians). Traps: Виталий Ганчев, Ганчева, ТАСС, Валерий Герасимов.',
    places: [
      { t: 'Купянска', all: true, ref: 'kupiansk' },
      { t: 'Красноармейска', ref: 'pokrovsk' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Родинское', ref: 'rodynske' },
    ],
    traps: [
      { t: 'Виталий Ганчев', why: 'person' },
      { t: 'Ганчева', why: 'person' },
      { t: 'ТАСС', why: 'news agency' },
      { t: 'Валерий Герасимов', why: 'person' },
    ],
    skipped: [
      { t: 'России', why: 'country inside the army\'s name ("ВС России")' },
      { t: 'Харьковской области', why: 'region inside a title ("глава российской администрации Харьковской области")' },
      { t: 'РФ', why: 'country inside the army\'s name ("Генштаба ВС РФ")' },
    ],
    claims: [
      { t: 'порядка 70%', ctx: 'уже порядка 70% Купянска', kind: 'area-held', value: 70, unit: 'percent', holder: 'RU', claimant: 'Виталий Ганчев', asOf: ['2025-10-09'], note: 'the headline: "освободили уже порядка 70% Купянска"' },
      { t: 'порядка 70%', ctx: 'освободили порядка 70% Купянска. Об', kind: 'area-held', value: 70, unit: 'percent', holder: 'RU', claimant: 'Виталий Ганчев', asOf: ['2025-10-09'], note: '"ВС России освободили порядка 70% Купянска"' },
      { t: 'примерно 70%', kind: 'area-held', value: 70, unit: 'percent', holder: 'RU', claimant: 'Виталий Ганчев', asOf: ['2025-10-09'], note: '"нам известно об освобождении примерно 70% города"' },
    ],
    events: [
      { t: 'Купянска', n: 1, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: 'Виталий Ганчев', part: true, asOf: ['2025-10-09'], note: 'the headline: "Российские войска освободили уже порядка 70% Купянска" (a part of a town taken)' },
      { t: 'Купянска', n: 2, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: 'Виталий Ганчев', part: true, asOf: ['2025-10-09'], note: '"ВС России освободили порядка 70% Купянска"' },
      { t: 'Красноармейска', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-10-09'], note: '"российские штурмовые отряды продвигаются в южных районах Красноармейска"' },
      { t: 'Родинское', ref: 'rodynske', action: 'fighting', actor: 'RU', claimant: 'Валерий Герасимов', asOf: ['2025-10-09'], note: '"Населённый пункт Родинское находится в окружении, идёт зачистка"' },
    ],
  },
];
