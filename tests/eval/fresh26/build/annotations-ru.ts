// Hand annotations, Russian articles of tests/eval/fresh26. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const ARMY = 'country inside an army\'s name';
const OFFICIAL = "country inside an official title or body's name";
const MOD_RU = 'Минобороны РФ';
const WEEK = ['2026-01-24', '2026-01-30'] as const;

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-05-15',
    url: 'https://novayagazeta.ee/articles/2024/05/15/vooruzhennye-sily-ukrainy-soobshchili-ob-otvode-voisk-u-volchanska-i-lukiantsev-v-kharkovskoi-oblasti-news',
    notes: 'Stored copy of a Новая газета. Балтия (novayagazeta.ee) news item, its headline and body as the store gives them; the site chrome before the headline ("logo", "Новая газета. Балтия", "search", "НовостиОбщество") and after the text ("shareprint", the editor\'s line and the legal links) removed. The store\'s slip "отменил в Испанию и Португалию" is kept. The date is the URL\'s (15 May 2024). Events: "отводе войск у Волчанска и Лукьянцев" (the headline), "отступают у Волчанска и Лукьянцев" and "в районах Лукьянцев и Волчанска ... подразделения маневрируют и перешли на более выгодные позиции" (withdrew, UA, the General Staff: the wording the text itself explains as a retreat near both places). "Вооруженные силы Украины" (twice) is an army\'s name and "президент Украины" a title (skipped). Испания and Португалия are the countries. No claims. Traps: ВСУ (twice), Владимир Зеленский.',
    places: [
      { t: 'Волчанска', all: true, ref: 'vovchansk' },
      { t: 'Лукьянцев', all: true, ref: 'lukiantsi' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Испанию', ref: 'spain' },
      { t: 'Португалию', ref: 'portugal' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'Владимир Зеленский', why: 'person' },
    ],
    skipped: [
      { t: 'Украины', n: 1, why: ARMY + ' ("Вооруженные силы Украины", the headline)' },
      { t: 'Украины', n: 2, why: ARMY + ' ("Вооруженные силы Украины")' },
      { t: 'Украины', n: 3, why: 'title (the president of the country: "президент Украины")' },
    ],
    claims: [],
    events: [
      { t: 'Волчанска', n: 1, ref: 'vovchansk', action: 'withdrew', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2024-05-15'], note: 'the headline: "Вооруженные силы Украины сообщили об отводе войск у Волчанска и Лукьянцев"' },
      { t: 'Лукьянцев', n: 1, ref: 'lukiantsi', action: 'withdrew', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2024-05-15'], note: 'the headline: "об отводе войск у Волчанска и Лукьянцев"' },
      { t: 'Волчанска', n: 2, ref: 'vovchansk', action: 'withdrew', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2024-05-15'], note: '"Вооруженные силы Украины отступают у Волчанска и Лукьянцев"' },
      { t: 'Лукьянцев', n: 2, ref: 'lukiantsi', action: 'withdrew', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2024-05-15'], note: '"отступают у Волчанска и Лукьянцев в Харьковской области"' },
      { t: 'Лукьянцев', n: 3, ref: 'lukiantsi', action: 'withdrew', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2024-05-15'], note: '"в районах Лукьянцев и Волчанска ... подразделения маневрируют и перешли на более выгодные позиции"' },
      { t: 'Волчанска', n: 3, ref: 'vovchansk', action: 'withdrew', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2024-05-15'], note: '"в районах Лукьянцев и Волчанска ... перешли на более выгодные позиции"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2026-01-01',
    url: 'https://www.interfax.ru/russia/1066021',
    notes: 'Stored copy of an Интерфакс (interfax.ru) news item, its headline and body as the store gives them; the index\'s date prefix and the dateline ("Москва. 1 января. INTERFAX.RU - ") removed; the last paragraph, a quotation cut by the store ("\\"Всего в зоне ответственности группировки войск \\"Запад\\" ... Уничтожены четыре склада боеприп"), removed. The date is the index\'s and the dateline\'s (1 January 2026, a Thursday: "в четверг" agrees). Events: the Ukrainian attacks "в районе Купянска" (the headline), "которые пытались прорваться в Купянск", "в районах населенных пунктов Нечволодовка и Благодатовка с целью прорыва в город Купянск" (fighting, UA: the attacking side; Минобороны РФ, the day before); "20 ноября российское командование заявило, что Купянск взят под контроль армии РФ" (captured, RU, earlier). Нечволодовка and Благодатовка are placed at Kupiansk, the town the attacks aim at. "На купянском направлении" is a front axis; "Минобороны РФ" (three times) is an official body and "армии РФ" an army\'s name (skipped); ДНР is Donetsk Oblast. Claims: "уничтожены до 15 военнослужащих ВСУ" in the two attacks (count, killed, UA, Минобороны РФ, the day). Traps: ВСУ (three times), «Запад» (a grouping).',
    places: [
      { t: 'Купянска', ref: 'kupiansk' },
      { t: 'Купянск', all: true, ref: 'kupiansk' },
      { t: 'Нечволодовка', ref: 'nechvolodivka' },
      { t: 'Благодатовка', ref: 'blahodativka' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'ДНР', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'Запад', why: 'a grouping of troops (группировка "Запад")' },
    ],
    skipped: [
      { t: 'РФ', n: 1, why: OFFICIAL + ' ("Минобороны РФ", the headline)' },
      { t: 'купянском', why: 'front axis ("На купянском направлении")' },
      { t: 'РФ', n: 2, why: OFFICIAL + ' ("сообщило Минобороны РФ")' },
      { t: 'РФ', n: 3, why: ARMY + ' ("под контроль армии РФ")' },
      { t: 'РФ', n: 4, why: OFFICIAL + ' ("В сообщении Минобороны РФ")' },
    ],
    claims: [
      { t: 'до 15 военнослужащих', kind: 'count', value: 15, unit: 'killed', holder: 'UA', claimant: MOD_RU, asOf: ['2025-12-31', '2026-01-01'], note: '"в результате уничтожены до 15 военнослужащих ВСУ" (the day\'s two attacks)' },
    ],
    events: [
      { t: 'Купянска', ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: MOD_RU, asOf: ['2025-12-31', '2026-01-01'], note: 'the headline: "Минобороны РФ заявило об отражении двух атак ВСУ в районе Купянска"' },
      { t: 'Купянск', n: 1, ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: MOD_RU, asOf: ['2025-12-31', '2026-01-01'], note: '"две атаки украинских подразделений, которые пытались прорваться в Купянск"' },
      { t: 'Нечволодовка', ref: 'nechvolodivka', action: 'fighting', actor: 'UA', claimant: MOD_RU, asOf: ['2025-12-31', '2026-01-01'], note: '"отражены две атаки ... в районах населенных пунктов Нечволодовка и Благодатовка"' },
      { t: 'Благодатовка', ref: 'blahodativka', action: 'fighting', actor: 'UA', claimant: MOD_RU, asOf: ['2025-12-31', '2026-01-01'], note: '"в районах населенных пунктов Нечволодовка и Благодатовка"' },
      { t: 'Купянск', n: 2, ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: MOD_RU, asOf: ['2025-12-31', '2026-01-01'], note: '"с целью прорыва в город Купянск Харьковской области"' },
      { t: 'Купянск', n: 3, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: 'российское командование', asOf: ['2025-11-20'], note: '"20 ноября российское командование заявило, что Купянск взят под контроль армии РФ"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2026-01-30',
    url: 'https://news.ru/vlast/v-minoborony-nazvali-chislo-osvobozhdennyh-sel-v-zone-svo-za-nedelyu',
    notes: 'Stored copy of a News.ru news item, its headline, subheading and body as the store gives them; the date line ("30 января 2026 в 12:20") before the headline and the photo caption after the subheading ("ВС РФ в зоне СВО ВС РФ в зоне СВО Фото: Алексей Белкин/NEWS.ru") removed; the last sentence, cut by the store ("Также беженцы из Ямполя рассказали, что ВСУ стреляли в местных жителей в подвале, пре"), removed. The date is the date line\'s (30 January 2026, a Friday; the week is 24-30 January). Events: the Russian Defence Ministry\'s week "о селах Терноватое, Новояковлевка, Речное (Запорожская область), Бересток (ДНР), Белая Береза (Сумская область), Купянск-Узловой, Старица (Харьковская область)" (captured, RU: seven names for the "шесть" the text counts) and "в течение суток освобожден населенный пункт Бересток" (captured, RU, the last day). Each bracketed oblast applies to the names before it. Claims: "шесть сел" (the subheading) and "шесть населенных пунктов" (count, settlements, RU, the week). "ВС России", "Вооруженных сил России" (armies\' names) and "Министерства обороны РФ" (an official body) are skipped; "Украина включила" is the country. Traps: «Южной» (a grouping), ВСУ.',
    places: [
      { t: 'Терноватое', ref: 'ternuvate' },
      { t: 'Новояковлевка', ref: 'novoiakovlivka' },
      { t: 'Речное', ref: 'richneZp' },
      { t: 'Запорожская область', ref: 'zaporizhzhiaOblast' },
      { t: 'Бересток', all: true, ref: 'berestok' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Белая Береза', ref: 'bilaBereza' },
      { t: 'Сумская область', ref: 'sumyOblast' },
      { t: 'Купянск-Узловой', ref: 'kupianskVuzlovyi' },
      { t: 'Старица', ref: 'starytsiaKharkiv' },
      { t: 'Харьковская область', ref: 'kharkivOblast' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Украина', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Южной', why: 'a grouping of troops («Южной» группировки)' },
      { t: 'ВСУ', why: 'abbreviation of the armed forces' },
    ],
    skipped: [
      { t: 'России', n: 1, why: ARMY + ' ("ВС России", the subheading)' },
      { t: 'России', n: 2, why: ARMY + ' ("Вооруженных сил России")' },
      { t: 'РФ', why: OFFICIAL + ' ("Министерства обороны РФ")' },
    ],
    claims: [
      { t: 'шесть сел', kind: 'count', value: 6, unit: 'settlements', holder: 'RU', claimant: MOD_RU, asOf: WEEK, note: 'the subheading: "Минобороны: ВС России освободили шесть сел за неделю"' },
      { t: 'шесть населенных пунктов', kind: 'count', value: 6, unit: 'settlements', holder: 'RU', claimant: MOD_RU, asOf: WEEK, note: '"за неделю освободили шесть населенных пунктов"' },
    ],
    events: [
      { t: 'Терноватое', ref: 'ternuvate', action: 'captured', actor: 'RU', claimant: MOD_RU, asOf: WEEK, note: '"речь идет о селах Терноватое, Новояковлевка, Речное (Запорожская область)"' },
      { t: 'Новояковлевка', ref: 'novoiakovlivka', action: 'captured', actor: 'RU', claimant: MOD_RU, asOf: WEEK, note: 'the week\'s list' },
      { t: 'Речное', ref: 'richneZp', action: 'captured', actor: 'RU', claimant: MOD_RU, asOf: WEEK, note: 'the week\'s list' },
      { t: 'Бересток', n: 1, ref: 'berestok', action: 'captured', actor: 'RU', claimant: MOD_RU, asOf: WEEK, note: '"Бересток (ДНР)" in the week\'s list' },
      { t: 'Белая Береза', ref: 'bilaBereza', action: 'captured', actor: 'RU', claimant: MOD_RU, asOf: WEEK, note: '"Белая Береза (Сумская область)" in the week\'s list' },
      { t: 'Купянск-Узловой', ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: MOD_RU, asOf: WEEK, note: 'the week\'s list' },
      { t: 'Старица', ref: 'starytsiaKharkiv', action: 'captured', actor: 'RU', claimant: MOD_RU, asOf: WEEK, note: '"Старица (Харьковская область)" in the week\'s list' },
      { t: 'Бересток', n: 2, ref: 'berestok', action: 'captured', actor: 'RU', claimant: MOD_RU, asOf: ['2026-01-30'], note: '"в течение суток освобожден населенный пункт Бересток Донецкой Народной Республики"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2026-02-06',
    url: 'https://news.rambler.ru/army/56008010-vsu-brosayut-pozitsii-v-harkovskoy-oblasti/',
    notes: 'Stored copy of a Рамблер (news.rambler.ru) news item after «Аргументы и факты», its body as the store gives it; the index\'s date prefix removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index\'s (6 February 2026). Events: "ВСУ начали покидать позиции в селе Александровка под Красным Лиманом" (withdrew, UA, Тимофей Ермаков) and "ВС РФ установили устойчивый контроль над центральной частью Александровки" (fighting, RU: control of a part of the village, as fresh25 gives the Russian hold on Угледар\'s east). The soldiers\' "отходе с позиций в Харьковской области" names an oblast, not a settlement (no event). Красный Лиман is Lyman\'s Soviet-era name; Александровка is placed at Lyman ("под Красным Лиманом"). "в Киеве" is the capital used for the government; "ВС РФ" an army\'s name (skipped). Traps: ВСУ (three times), «Аргументы и факты», Тимофей Ермаков, Ермаков.',
    places: [
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Киеве', ref: 'kyiv' },
      { t: 'Александровка', ref: 'oleksandrivkaLyman' },
      { t: 'Красным Лиманом', ref: 'lyman' },
      { t: 'Александровки', ref: 'oleksandrivkaLyman' },
      { t: 'Купянском районе', ref: 'kupianskRaion' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'Аргументы и факты', why: 'an outlet' },
      { t: 'Тимофей Ермаков', why: 'person' },
      { t: 'Ермаков', n: 2, why: 'person' },
    ],
    skipped: [{ t: 'РФ', why: ARMY + ' ("ВС РФ")' }],
    claims: [],
    events: [
      { t: 'Александровка', ref: 'oleksandrivkaLyman', action: 'withdrew', actor: 'UA', claimant: 'Тимофей Ермаков', asOf: ['2026-02-06'], note: '"ВСУ начали покидать позиции в селе Александровка под Красным Лиманом"' },
      { t: 'Александровки', ref: 'oleksandrivkaLyman', action: 'captured', actor: 'RU', claimant: 'Тимофей Ермаков', part: true, asOf: ['2026-02-06'], note: '"ВС РФ установили устойчивый контроль над центральной частью Александровки"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2026-02-26',
    url: 'https://www.gazeta.ru/army/news/2026/02/26/27942193.shtml',
    notes: 'Stored copy of a Газета.Ru news item after РИА Новости, its headline, subheading and body as the store gives them; the index\'s date prefix and the site chrome before the headline ("Размер шрифта", "Армия") and the photo credit after the subheading ("Yan Dorbronosov/Reuters") removed; the last sentence, cut by the store ("Отмечается, что пустующие пункты временной дислокации, остав"), removed. The date is the URL\'s (26 February 2026). Events: the Ukrainian troops "отходят от первой линии береговой обороны в Антоновке" and those "удерживавшие позиции ... в Антоновке ... откатываются назад" (withdrew, UA, РИА Новости after Russian security sources). Leaving "правый берег Днепра" names a river, not a settlement (no event). Днепр (four times) is a river (skipped); "Вооруженные силы Украины" and "Вооруженных сил Украины" are armies\' names (skipped). Antonivka is placed in the oblast the text names. No claims. Traps: РИА Новости (three times), ВСУ (three times), «Херсонский вестник» (a channel named after a city), Telegram.',
    places: [
      { t: 'Херсонской области', all: true, ref: 'khersonOblast' },
      { t: 'Антоновке', all: true, ref: 'antonivkaKherson' },
    ],
    traps: [
      { t: 'РИА Новости', all: true, why: 'a news agency' },
      { t: 'ВСУ', all: true, why: 'abbreviation of the armed forces' },
      { t: 'Херсонский вестник', why: 'a Telegram channel named after a city' },
      { t: 'Telegram', why: 'a messaging app' },
    ],
    skipped: [
      { t: 'Днепра', all: true, why: 'a river ("правого берега Днепра")' },
      { t: 'Украины', all: true, why: ARMY + ' ("Вооруженные силы Украины", "Вооруженных сил Украины")' },
    ],
    claims: [],
    events: [
      { t: 'Антоновке', n: 1, ref: 'antonivkaKherson', action: 'withdrew', actor: 'UA', claimant: 'РИА Новости', asOf: ['2026-02-26'], note: '"Вооруженные силы Украины (ВСУ) отходят от первой линии береговой обороны в Антоновке"' },
      { t: 'Антоновке', n: 2, ref: 'antonivkaKherson', action: 'withdrew', actor: 'UA', claimant: 'РИА Новости', asOf: ['2026-02-26'], note: '"удерживавшие позиции на первой линии береговой обороны на правом берегу Днепра в Антоновке ... откатываются назад"' },
    ],
  },
];
