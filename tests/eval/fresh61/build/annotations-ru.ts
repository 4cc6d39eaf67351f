// Hand annotations, Russian articles of tests/eval/fresh61. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country or republic inside an official body's name";
const BASURIN = 'Eduard Basurin';
const GANCHEV = 'Vitaly Ganchev';
const ROZHIN = 'Boris Rozhin';
const GAGIN = 'Yan Gagin';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-02-26',
    url: 'http://pda.nakanune.ru/news/2022/2/26/22644601',
    notes: 'Stored copy on Накануне.RU (mobile page), its headline and body as the store gives them; the "Новости" label and the rubric line ("Политика | В бывшем СССР | Донецкая Народная Республика") removed, and the last sentence, cut by the store ("Сообщается, что киевские боевики на технике покинули Старобельск и Северодонецк, который был административным центром оккупированной ВСУ части …"), removed. The date is the URL\'s (26 February 2022). Events: Pavlopil and Pyshchevyk "освобождены" by the DNR army and Trudivske (Трудовское) passed "под контроль ДНР" (captured, RU: the owner rule, the DNR on the Russian side); the Ukrainian units "отошли с занимаемых позиций в районе Гнутового и Талаковки" (withdrew, UA, at each: a side leaving its positions in the area of named villages, judgement call); Stanytsia Luhanska left "без боя" (withdrew, UA). Claim: "два населенных пункта" taken by the DNR army (count, settlements, RU, Basurin). Not a claim: "еще два украинскими боевиками брошены" (abandoned, not said taken; judgement call). Not events: Volnovakha (locates Trudivske), the checkpoint. ДНР and ЛНР are Donetsk and Luhansk oblasts where the republic acts or is a place ("В ДНР и ЛНР", "под контроль ДНР", "В ЛНР официально подтверждено", "с властями ЛНР"), skipped inside a body\'s name ("Армия ДНР", "Народной милиции ДНР", "армии ЛНР"); "мариупольском" is an axis (skipped). Traps: Basurin.',
    places: [
      { t: 'ДНР', n: 1, ref: 'donetskOblast' },
      { t: 'ЛНР', n: 1, ref: 'luhanskOblast' },
      { t: 'Павлополь', ref: 'pavlopil' },
      { t: 'Пищевик', ref: 'pyshchevyk' },
      { t: 'Гнутового', ref: 'hnutove' },
      { t: 'Талаковки', ref: 'talakivka' },
      { t: 'ДНР', ctx: 'под контроль ДНР', ref: 'donetskOblast' },
      { t: 'Трудовское', ref: 'trudivske' },
      { t: 'Волновахой', ref: 'volnovakha' },
      { t: 'ЛНР', ctx: 'В ЛНР официально', ref: 'luhanskOblast' },
      { t: 'Станица Луганская', ref: 'stanytsiaLuhanska' },
      { t: 'ЛНР', ctx: 'властями ЛНР', ref: 'luhanskOblast' },
    ],
    traps: [{ t: 'Эдуард Басурин', why: 'person' }],
    skipped: [
      { t: 'ДНР', ctx: 'Армия ДНР', why: BODY + ' ("Армия ДНР")' },
      { t: 'ДНР', ctx: 'милиции ДНР', why: BODY + ' ("Управления Народной милиции ДНР")' },
      { t: 'мариупольском', why: 'a front axis named by an adjective ("на мариупольском направлении")' },
      { t: 'ЛНР', ctx: 'армии ЛНР', why: BODY + ' ("армии ЛНР")' },
    ],
    claims: [
      { t: 'два населенных пункта', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: BASURIN, asOf: ['2022-02-26'], note: '"Армия ДНР освободила два населенных пункта на мариупольском направлении"' },
    ],
    events: [
      { t: 'Павлополь', ref: 'pavlopil', action: 'captured', actor: 'RU', claimant: BASURIN, asOf: ['2022-02-26'], note: '"Освобождены населенные пункты Павлополь и Пищевик" (the DNR\'s "liberation" of Ukrainian-held villages: captured, the owner rule)' },
      { t: 'Пищевик', ref: 'pyshchevyk', action: 'captured', actor: 'RU', claimant: BASURIN, asOf: ['2022-02-26'] },
      { t: 'Гнутового', ref: 'hnutove', action: 'withdrew', actor: 'UA', claimant: BASURIN, asOf: ['2022-02-26'], note: '"Боевики также отошли с занимаемых позиций в районе Гнутового и Талаковки"' },
      { t: 'Талаковки', ref: 'talakivka', action: 'withdrew', actor: 'UA', claimant: BASURIN, asOf: ['2022-02-26'] },
      { t: 'Трудовское', ref: 'trudivske', action: 'captured', actor: 'RU', claimant: BASURIN, asOf: ['2022-02-26'], note: '"под контроль ДНР перешло также село Трудовское под Волновахой"' },
      { t: 'Станица Луганская', ref: 'stanytsiaLuhanska', action: 'withdrew', actor: 'UA', claimant: 'LNR', asOf: ['2022-02-26'], note: '"В ЛНР официально подтверждено, что боевики оставили поселок городского типа Станица Луганская без боя"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2022-05-10',
    url: 'https://vz.ru/amp/news/2022/5/10/1157755.html',
    notes: 'Stored copy on Взгляд (AMP page), its body as the store gives it (no headline and no slug in the URL: the manifest\'s title is written from the body); nothing removed. The date is the URL\'s (10 May 2022). Events: Popasna cleared by the LNR\'s militia with Russian support ("завершив зачистку от националистов населенного пункта Попасная": cleared, RU, Konashenkov, 10 May) and held ("полностью контролируется силами Луганской народной республики и силами Российской Федерации": controls, RU, Filiponenko, "Накануне", 9 May). Claim: "до 120 националистов" killed ("уничтожено", count, killed, UA the side that lost them, Konashenkov). Not claims: 13 armoured vehicles and 12 cars. Not an event: "вышли на административную границу Луганской Народной Республики" (an oblast\'s border). The LNR and Russia inside bodies\' names are skipped ("Народной милиции Луганской Народной Республики", "Вооруженных сил Российской Федерации", "оборонного ведомства ЛНР"); "административную границу Луганской Народной Республики" and the forces "силами Луганской народной республики" and "силами Российской Федерации" are counted (the republic and the country as sides, not bodies\' names; judgement call). Traps: TASS, the people.',
    places: [
      { t: 'Попасная', all: true, ref: 'popasna' },
      { t: 'Луганской Народной Республики', ctx: 'границу Луганской Народной Республики', ref: 'luhanskOblast' },
      { t: 'Луганской народной республики', ref: 'luhanskOblast' },
      { t: 'Российской Федерации', ctx: 'силами Российской Федерации', ref: 'russia' },
    ],
    traps: [
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Конашенков', why: 'person' },
      { t: 'Иван Филипоненко', why: 'person' },
    ],
    skipped: [
      { t: 'Луганской Народной Республики', ctx: 'милиции Луганской Народной Республики', why: BODY + ' ("Народной милиции Луганской Народной Республики")' },
      { t: 'Российской Федерации', ctx: 'сил Российской Федерации', why: BODY + ' ("Вооруженных сил Российской Федерации")' },
      { t: 'ЛНР', why: BODY + ' ("оборонного ведомства ЛНР")' },
    ],
    claims: [
      { t: 'до 120 националистов', kind: 'count', value: 120, unit: 'killed', holder: 'UA', claimant: 'Igor Konashenkov', asOf: ['2022-05-10'], note: '"в результате наступления было уничтожено до 120 националистов" (the upper bound of "до")' },
    ],
    events: [
      { t: 'Попасная', n: 1, ref: 'popasna', action: 'cleared', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-05-10'], note: '"завершив зачистку от националистов населенного пункта Попасная"' },
      { t: 'Попасная', n: 2, ref: 'popasna', action: 'controls', actor: 'RU', claimant: 'Ivan Filiponenko', asOf: ['2022-05-09'], note: '"Накануне ... город Попасная полностью контролируется силами Луганской народной республики и силами Российской Федерации"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2022-09-09',
    url: 'https://www.autoparus.by/publication/90092',
    notes: 'Stored copy on autoparus.by, its headline and body as the store gives them; the date line ("13:43 2022-09-09"), the repeated headline and the widget label ("Новости СМИ2") removed. The date is the page\'s (9 September 2022). Events: Balakliia no longer held by the Russian troops, by the occupation\'s own head Ganchev: the headline\'s "Балаклея больше не контролируется российскими войсками", the lead\'s "войска России больше не контролируют населённый пункт" (anchored on "Балаклея" in the same sentence, the town the clause means; judgement call) and "российские войска уже не контролируют Балаклею" (a loss by the occupier read as the owner\'s retaking: liberated, UA; judgement call, as the sets read a loss as the other side\'s taking and a retaking by the owner as liberated); "в Балаклее идут ожесточённые бои с солдатами вооружённых сил Украины" (fighting, UA, the side storming the town). Not events: "на подступах к городу" (no name in the clause), the administration "Балаклеи" (its name). "Украины" inside "вооружённых сил Украины" is skipped; "войска России" is counted. Traps: Ganchev.',
    places: [
      { t: 'Балаклея', all: true, ref: 'balakliia' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'России', ref: 'russia' },
      { t: 'Балаклеи', ref: 'balakliia' },
      { t: 'Харьковщине', ref: 'kharkivOblast' },
      { t: 'Балаклее', ref: 'balakliia' },
      { t: 'Балаклею', ref: 'balakliia' },
    ],
    traps: [
      { t: 'Ганчев', ctx: 'Ганчев: Балаклея', why: 'person' },
      { t: 'Ганчев', ctx: 'Ганчев утверждает', why: 'person' },
      { t: 'Виталий Ганчев', all: true, why: 'person' },
    ],
    skipped: [{ t: 'Украины', why: BODY + ' ("вооружённых сил Украины")' }],
    claims: [],
    events: [
      { t: 'Балаклея', n: 1, ref: 'balakliia', action: 'liberated', actor: 'UA', claimant: GANCHEV, asOf: ['2022-09-09'], note: 'headline: "Балаклея больше не контролируется российскими войсками"' },
      { t: 'Балаклея', n: 2, ref: 'balakliia', action: 'liberated', actor: 'UA', claimant: GANCHEV, asOf: ['2022-09-09'], note: '"признал, что войска России больше не контролируют населённый пункт"' },
      { t: 'Балаклее', ref: 'balakliia', action: 'fighting', actor: 'UA', claimant: GANCHEV, asOf: ['2022-09-09'], note: '"в Балаклее идут ожесточённые бои с солдатами вооружённых сил Украины"' },
      { t: 'Балаклею', ref: 'balakliia', action: 'liberated', actor: 'UA', claimant: GANCHEV, asOf: ['2022-09-09'], note: '"российские войска уже не контролируют Балаклею"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2022-10-09',
    url: 'https://monocle.ru/2022/10/9/chvk-vagnera-osvobodili-poselok-zaytsevo-i-polnostyu-vybili-iz-nego-vsu',
    notes: 'Stored copy on Монокль, its headline and body as the store gives them; the date line ("9 октября 2022, 18:46"), the photo credit ("Станислав Красильников/ТАСС") and a subscription line ("Читайте Monocle.ru в") removed, and the last sentence, cut by the store ("Российские бойцы выбили украинских националистов из Отрадовки, Николаевки, Попас…"), removed. The date is the page\'s (9 October 2022). Events: Zaitseve taken by Wagner (headline and lead: captured, RU, the owner rule, by Rozhin); the earlier reports of its taking, called fakes ("информацию о взятии Зайцево, однако публикации оказались фейками": captured, RU, denied; dated to the report, the text giving no day: judgement call); the clearing finished ("завершили зачистку Зайцево": cleared, RU). Not events: "развивать наступление на Бахмут" (a prospect: "позволит"), the forces massed "под Бахмутом", "бои за населенный пункт" (no name in the clause). Zaitseve (of Bakhmut Raion) is placed at Bakhmut. Traps: «ЧВК Вагнера» (a grouping), ФАН (an agency), Telegram, Rozhin.',
    places: [
      { t: 'Зайцево', all: true, ref: 'zaitseve' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Бахмут', ref: 'bakhmut' },
      { t: 'Бахмутом', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'ЧВК Вагнера', all: true, why: 'a mercenary grouping' },
      { t: 'Борис Рожин', why: 'person' },
      { t: 'Рожин', ctx: 'Рожин сообщил', why: 'person' },
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'ФАН', why: 'a news agency' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Зайцево', n: 1, ref: 'zaitseve', action: 'captured', actor: 'RU', claimant: ROZHIN, asOf: ['2022-10-09'], note: 'headline: "«ЧВК Вагнера» освободили поселок Зайцево и полностью выбили из него ВСУ" (the owner rule)' },
      { t: 'Зайцево', n: 2, ref: 'zaitseve', action: 'captured', actor: 'RU', claimant: ROZHIN, asOf: ['2022-10-09'], note: '"Отряды «ЧВК Вагнера» вытеснили ВСУ из поселка Зайцево"' },
      { t: 'Зайцево', n: 3, ref: 'zaitseve', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2022-10-09'], note: '"Ранее СМИ и каналы ... распространяли информацию о взятии Зайцево, однако публикации оказались фейками" (an earlier claim called fake: denied)' },
      { t: 'Зайцево', n: 4, ref: 'zaitseve', action: 'cleared', actor: 'RU', claimant: ROZHIN, asOf: ['2022-10-09'], note: '"российские бойцы завершили зачистку Зайцево"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2023-01-27',
    url: 'https://regnum.ru/amp/3774635',
    notes: 'Stored copy on Регнум (AMP page), its headline, dateline and body as the store gives them; the "Читайте также" list of unrelated links after the body removed. The date is the dateline\'s (27 January 2023). Events: the fighting in the dacha areas on Vuhledar\'s outskirts (headline) and their clearing "на окраинах Угледара" and "на юге Угледара" by the Russian units (fighting on a town\'s fringe by the attacker, RU, three times; "Битва серьезная": under way, not a part taken). Not an event: "освобождение Угледара станет поворотным моментом" (a prospect). ДНР is Donetsk Oblast in the headline and the dateline, skipped in the office "главы ДНР"; "РФ" in "Вооруженных сил РФ" is skipped; "красноармейское и кураховское" are axes (skipped). Traps: Regnum, TASS, the people.',
    places: [
      { t: 'ДНР', n: 1, ref: 'donetskOblast' },
      { t: 'Угледара', all: true, ref: 'vuhledar' },
      { t: 'Угледар', ref: 'vuhledar' },
      { t: 'ДНР', n: 2, ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Регнум', why: 'a news agency' },
      { t: 'Дениса Пушилина', why: 'person' },
      { t: 'Ян Гагин', why: 'person' },
      { t: 'Гагин', ctx: 'отметил Гагин', why: 'person' },
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Пушилин', ctx: 'Ранее Пушилин', why: 'person' },
    ],
    skipped: [
      { t: 'ДНР', ctx: 'главы ДНР', why: BODY + ' (the office "главы ДНР")' },
      { t: 'РФ', why: BODY + ' ("Вооруженных сил РФ")' },
      { t: 'красноармейское', why: 'a front axis named by an adjective' },
      { t: 'кураховское', why: 'a front axis named by an adjective' },
    ],
    claims: [],
    events: [
      { t: 'Угледара', n: 1, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'DNR', asOf: ['2023-01-27'], note: 'headline: "ожесточенных боях в дачных районах на окраинах Угледара"' },
      { t: 'Угледара', n: 2, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: GAGIN, asOf: ['2023-01-27'], note: '"подразделения Вооруженных сил РФ осуществляют зачистку дачных районов на окраинах Угледара" (outskirts: fighting)' },
      { t: 'Угледара', n: 3, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: GAGIN, asOf: ['2023-01-27'], note: '"Штурмовики ведут зачистку дачных районов на юге Угледара. Битва серьезная" (the same dacha areas, fighting under way)' },
    ],
  },
];
