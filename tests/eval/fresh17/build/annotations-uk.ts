// Hand annotations, Ukrainian articles of tests/eval/fresh17 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const SVITAN = 'Роман Світан';
const SOUTH = 'Сили оборони півдня';
const GLADKOV = "В'ячеслав Гладков";
const TREHUBOV = 'Віктор Трегубов';
const VOLOSHYN = 'Назар Волошин (ОСУВ Хортиця)';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-10-25',
    url: 'https://24tv.ua/zsu-proveli-zachistku-seli-torske-situatsiya-limanskomu-napryamku_n2940385/amp',
    notes: 'Stored copy of a 24 Канал news item (AMP page), its headline and summary first. The store gives the page in two overlapping excerpts: the first (headline, summary, body) ends mid-word in "Торсько"; the second begins at the lead and runs on; they agree word for word where they overlap, and the text is the first joined to the second at the overlap, up to its last full sentence (the next one cut mid-word by the store: removed). The date is the index date (25 October 2025). The store\'s slip "певню мірою" is kept. Events: the AFU cleared Torske (liberated, UA: the owner clearing its village; headline, summary and lead); the enemy\'s attempts to advance towards Lyman (fighting, RU); the Russians north of Torske have crossed the Chornyi Zherebets and overhang it (fighting, RU, near Torske). "небезпечний відрізок утворився в районі ... Ямпіль" names a danger, no action (no event); "прикрити Лиман" and "проблеми для Лимана" carry none. "Лиманському напрямку" is a front axis, Чорний Жеребець a river (skipped); "Донецькій області" is the oblast. Світан is a trap.',
    places: [
      { t: 'Торське', all: true, ref: 'torske' },
      { t: 'Лимана', all: true, ref: 'lyman' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Лиман', ref: 'lyman' },
      { t: 'Торського', ref: 'torske' },
      { t: 'Ямпіль', ref: 'yampil' },
    ],
    traps: [
      { t: 'Роман Світан', why: 'person' },
      { t: 'Світан', ctx: 'озвучив Світан', why: 'person' },
    ],
    skipped: [
      { t: 'Лиманському', why: 'front axis ("на Лиманському напрямку")' },
      { t: 'Чорний Жеребець', all: true, why: 'river' },
      { t: 'Чорного Жеребця', why: 'river' },
    ],
    claims: [],
    events: [
      { t: 'Торське', n: 1, ref: 'torske', action: 'liberated', actor: 'UA', claimant: SVITAN, asOf: ['2025-10-24', '2025-10-25'], note: 'the headline\'s "ЗСУ зачистили Торське"' },
      { t: 'Торське', n: 2, ref: 'torske', action: 'liberated', actor: 'UA', claimant: SVITAN, asOf: ['2025-10-24', '2025-10-25'], note: 'the summary\'s "ЗСУ зачистили Торське від ворожих військ"' },
      { t: 'Торське', n: 3, ref: 'torske', action: 'liberated', actor: 'UA', claimant: SVITAN, asOf: ['2025-10-24', '2025-10-25'], note: '"Населений пункт Торське ... зачищений від російських окупантів штурмовиками 425-го полку"' },
      { t: 'Лимана', n: 1, ref: 'lyman', action: 'fighting', actor: 'RU', claimant: SVITAN, asOf: ['2025-10-25'], note: '"стримують спроби противника просунутися в бік Лимана"' },
      { t: 'Торського', ref: 'torske', action: 'fighting', actor: 'RU', claimant: SVITAN, asOf: ['2025-10-25'], note: '"Росіяни північніше від Торського вже перетнули Чорний Жеребець і нависають над ним"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-11-15',
    url: 'https://www.radiosvoboda.org/a/hulyaypole-evakuatsiya-tsyvilni/33591810.html',
    notes: 'Stored copy of a Радіо Свобода report, its lead paragraphs as the store gives them up to the last full sentence (the store cuts the next one, "78-річна Катерина Іщенко", mid-sentence: removed); the index\'s date prefix removed (the store gives no headline: the manifest title is made from the URL slug). The store\'s "у Донецькі області" and "врепортажіонлайн-мережі" are kept. The date is the index date (15 November 2025). Events: the fierce battles for Pokrovsk (fighting, RU, the attacking side); the Southern Defence Forces\' withdrawal of Ukrainian troops from positions near Новоуспенівське, Нове, Охотниче, Успенівка and Новомиколаївка (withdrew, UA, 11 November). Гуляйполе: the Russian offensive has put the town under threat, and by DeepState\'s map the grey zone "де тривають бої" is less than a kilometre from its limits (fighting, RU, near the town; this event was added after the first run as a slip of the gold, which had read only the threat); "Гуляйполі" in the closing line carries none. Claim: Syrskyi\'s three settlements captured by the Russian army (count, settlements, RU, 11 November). Not claims: the distances to the town (2 km, under a kilometre). "Олександрівському" is a front axis (skipped); "РФ" in "Армії РФ" / "армії РФ" is the country inside the army\'s name (skipped). Syrskyi, DeepState, «Настоящее время» and Радіо Свобода are traps. The five villages are placed at Zaporizhzhia Oblast (`region`), Новомиколаївка at its GeoNames point (the former raion centre of Zaporizhzhia Oblast, the only one of that name in the oblast the gazetteer carries).',
    places: [
      { t: 'Покровськ', ref: 'pokrovsk' },
      { t: 'Донецькі області', ref: 'donetskOblast' },
      { t: 'Запорізькій області', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Новоуспенівське', ref: 'novouspenivske' },
      { t: 'Нове', ref: 'noveZp' },
      { t: 'Охотниче', ref: 'okhotnyche' },
      { t: 'Успенівка', ref: 'uspenivkaZp' },
      { t: 'Новомиколаївка', ref: 'novomykolaivkaZp' },
      { t: 'Гуляйполе', ref: 'huliaipole' },
      { t: 'Гуляйполі', ref: 'huliaipole' },
    ],
    traps: [
      { t: 'Олександр Сирський', why: 'person' },
      { t: 'DeepState', why: 'monitoring project' },
      { t: 'Настоящее время', why: 'media outlet' },
      { t: 'Радіо Свобода', why: 'media outlet' },
    ],
    skipped: [
      { t: 'Олександрівському', why: 'front axis ("на іншому напрямку – Олександрівському")' },
      { t: 'РФ', all: true, why: BODY },
    ],
    claims: [
      { t: 'три населені пункти', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Олександр Сирський', asOf: ['2025-11-11'], note: '"Армії РФ вдалося захопити три населені пункти"' },
    ],
    events: [
      { t: 'Покровськ', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-11-15'], note: '"На тлі запеклих боїв за Покровськ"' },
      ...([['Новоуспенівське', 'novouspenivske'], ['Нове', 'noveZp'], ['Охотниче', 'okhotnyche'], ['Успенівка', 'uspenivkaZp'], ['Новомиколаївка', 'novomykolaivkaZp']] as [string, string][]).map(([t, ref]) => ({
        t, ref, action: 'withdrew' as const, actor: 'UA' as const, claimant: SOUTH, asOf: ['2025-11-11'] as const,
        note: '"заявили про відхід українських військових із позицій біля населених пунктів ..."',
      })),
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-11-15'], note: '"через активний наступ російських військ під загрозою опинилося місто Гуляйполе ... від «сірої зони», де тривають бої, – менше кілометра" (added after the first run: a slip of the gold)' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2024-03-15',
    url: 'https://unn.ua/amp/zhyteliv-rosiiskoi-kozynky-na-bielhorodshchyni-evakuiuvaly',
    notes: 'Stored copy of an УНН news item (AMP page), its headline first; the language switch ("ukenru"), the slug line and the view counter before the headline removed, and the link line to another item, the author and the rubric after the last paragraph removed. The page shows no date of its own; it is established from the event: the governor\'s Telegram post it quotes ("Вже вранці намагатимемося оцінити збитки") was made in the night of 14 to 15 March 2024 (bel.ru, 15 March 2024 10:26: "минувшей ночью Вячеслав Гладков посетил населённые пункты Грайворонского округа"; the link line removed is of 14.03.24 19:57, before it), so 15 March 2024. Events: Kozinka\'s residents evacuated because of destruction "спричинені бойовими діями між російськими та українськими військами" (fighting, UA, the attacking side, 14 March). The governor\'s "бої ... ведуться за межами території регіону" denies fighting inside the region, not at a named settlement (no event). "Бєлгородщині", "Бєлгородській області", "Бєлгородської області" are the oblast; "Грайворонського округу" the urban okrug (at Grayvoron); "Україною" the country. Gladkov is a trap.',
    places: [
      { t: 'Козинки', ref: 'kozinka' },
      { t: 'Бєлгородщині', ref: 'belgorodOblast' },
      { t: 'Козинка', all: true, ref: 'kozinka' },
      { t: 'Бєлгородській області', ref: 'belgorodOblast' },
      { t: 'Грайворонського округу', ref: 'grayvoronOkrug' },
      { t: 'Бєлгородської області', ref: 'belgorodOblast' },
      { t: 'Україною', ref: 'ukraine' },
      { t: 'Козинці', ref: 'kozinka' },
    ],
    traps: [
      { t: "В'ячеслав Гладков", why: 'person' },
      { t: 'Гладков', ctx: 'написав Гладков', why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Козинка', n: 1, ref: 'kozinka', action: 'fighting', actor: 'UA', claimant: GLADKOV, asOf: ['2024-03-14', '2024-03-15'], note: '"евакуйовані через серйозні руйнування, спричинені бойовими діями між російськими та українськими військами"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-10-31',
    url: 'https://society.comments.ua/ua/news/warrussia/nebezpeka-dlya-kup-yanska-zrosla-sche-bilshe-rozkrito-vkray-trivozhnu-tendenciyu-785380.html',
    notes: 'Stored copy of a Коментарі (comments.ua) news item, its body as the store gives it up to the last full paragraph (the store cuts the next one mid-word: removed); the index\'s date prefix and the photo credit line ("Фото: з відкритих джерел") removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (31 October 2025). Events (Трегубов): Russian troops are concentrated in the northern districts of Kupiansk (entered, RU) and try to strengthen their positions in the north of Kupiansk and advance (fighting, RU). Claim: about 20% of the city controlled by the enemy (area-held, RU, percent). "Харківщині" is the oblast. Трегубов is a trap.',
    places: [
      { t: 'Куп’янськ', ref: 'kupiansk' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Куп’янська', ref: 'kupiansk' },
    ],
    traps: [
      { t: 'Віктор Трегубов', why: 'person' },
      { t: 'Трегубов', ctx: 'пояснив Трегубов', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: 'приблизно 20%', kind: 'area-held', value: 20, unit: 'percent', holder: 'RU', claimant: TREHUBOV, asOf: ['2025-10-31'], note: '"приблизно 20% території міста наразі контролює ворог"' },
    ],
    events: [
      { t: 'Куп’янськ', ref: 'kupiansk', action: 'entered', actor: 'RU', claimant: TREHUBOV, asOf: ['2025-10-31'], note: '"Російські окупаційні війська наразі зосереджені у північних районах міста Куп’янськ"' },
      { t: 'Куп’янська', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: TREHUBOV, part: true, asOf: ['2025-10-31'], note: '"окупанти намагаються зміцнити свої позиції на півночі Куп’янська та поступово просуваються далі"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2024-06-01',
    url: 'https://fakty.com.ua/ua/ukraine/20240601-zsu-kontrolyuyut-vovchansk-na-70-na-okolyczyah-mista-zapekli-boyi-osuv-hortyczya',
    notes: 'Stored copy of a Факти ICTV news item, its headline first, up to the last full sentence (the store cuts the next one mid-sentence: removed with its subheading "Ситуація на Харківському напрямку"). The date is the URL\'s (1 June 2024). Events: the Russian army\'s attempts to storm Vovchansk (fighting, RU). The 70% held by the Defence Forces is a claim (area-held, UA, percent; headline and quote), not an event; the subheading "Ситуація у Вовчанську" carries none. "Харківської області" is the oblast; "України" the country; "армії РФ" the country inside the army\'s name (skipped); the Вовча a river (skipped). "ОСУВ Хортиця" (twice: the unit is named after the Dnipro island) and Волошин are traps.',
    places: [
      { t: 'Вовчанськ', all: true, ref: 'vovchansk' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Вовчанську', ref: 'vovchansk' },
      { t: 'України', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Хортиця', all: true, why: 'unit name (ОСУВ Хортиця)' },
      { t: 'Назар Волошин', why: 'person' },
      { t: 'Волошина', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', why: BODY },
      { t: 'Вовча', why: 'river' },
    ],
    claims: [
      { t: '70%', n: 1, kind: 'area-held', value: 70, unit: 'percent', holder: 'UA', claimant: VOLOSHYN, asOf: ['2024-06-01'], note: 'the headline\'s "ЗСУ контролюють Вовчанськ на 70%"' },
      { t: 'близько 70%', kind: 'area-held', value: 70, unit: 'percent', holder: 'UA', claimant: VOLOSHYN, asOf: ['2024-06-01'], note: '"Сили оборони зараз контролюють місто Вовчанськ, близько 70%"' },
    ],
    events: [
      { t: 'Вовчанськ', n: 2, ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2024-06-01'], note: '"Попри спроби армії РФ штурмувати Вовчанськ"' },
    ],
  },
];
