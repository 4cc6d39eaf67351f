// Hand annotations, Ukrainian articles of tests/eval/fresh44. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const VOLOSHYN = 'Владислав Волошин';
const DEEPSTATE = 'DeepState';
const SKELIA = '425 ОШП «Скеля»';
const KURSK_GROUP = 'угруповання військ «Курськ»';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-08-12',
    url: 'https://pik.net.ua/2024/08/12/okupanty-povidomyly-shho-zsu-nastupayut-shhe-v-odnomu-rajoni-byelgorodskoyi-oblasti',
    notes: 'Stored copy on ПІК (Івано-Франківськ), its headline, standfirst and body as the store gives them; the city label ("Івано-Франківськ"), the repeated headline and the photo caption ("Фото ілюстративне") removed. The date is the URL\'s (12 August 2024). Events: the attack of a Ukrainian unit "на прикордонне село Колотилівка" (fighting, UA, the Russian bloggers, "ще в неділю": 11 August 2024). Not events: "ЗСУ наступають ще в одному районі Бєлгородської області" (a region), the evacuation, the shelling of unnamed settlements. No claims ("40 разів за добу обстріляли" and "42 атаки БПЛА" count shelling and drones, not troops, tolls or ground). Traps: В’ячеслав Гладков (person), ПІК and УП (outlets), ВВС (the BBC\'s Russian service).',
    places: [
      { t: 'Бєлгородської області', all: true, ref: 'belgorodOblast' },
      { t: 'Бєлгородської  області', ref: 'belgorodOblast' },
      { t: 'росії', ref: 'russia' },
      { t: 'Красноярузького району', all: true, ref: 'krasnoyaruzhskyDistrict' },
      { t: 'Красноярузькому районі', ref: 'krasnoyaruzhskyDistrict' },
      { t: 'Колотилівка', ref: 'kolotilovka' },
    ],
    traps: [
      { t: 'В’ячеслав Гладкова', why: 'person' },
      { t: 'Гладков', why: 'person' },
      { t: 'ПІК', why: 'an outlet' },
      { t: 'УП', why: 'an outlet (Українська правда)' },
      { t: 'ВВС', why: 'an outlet (the BBC\'s Russian service)' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Колотилівка', ref: 'kolotilovka', action: 'fighting', actor: 'UA', claimant: 'російські військові блогери', asOf: ['2024-08-11'], note: '"про атаку одного українського підрозділу на прикордонне село Колотилівка в Красноярузькому районі російські військові блогери повідомляли ще в неділю"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-10-02',
    url: 'https://racurs.ua/n209460-okkupanty-pytalis-otkryt-novoe-napravlenie-shturmov-na-zaporoje-vsu.html',
    notes: 'Stored copy on Ракурс, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix, the photo caption in Russian ("Оккупанты пытались открыть новое направление на Запорожье. Фото:" / "Ракурс") and the source line ("Джерело: «Укрінформ»") removed. The date is the index\'s (2 October 2025, "У четвер, 2 жовтня"). Events: assaults "в районі населеного пункту Степове" and "у напрямку населеного пункту Степове" (fighting, RU, Voloshyn), "Під окупацією опинилися Ольгівське, Березове та Калинівське" (captured, RU, DeepState), "просунулися поблизу Новоіванівки та Вороного" (fighting, RU, DeepState: an advance near named places). Not events: "щоб увірватися до населеного пункту та закріпитися там" (no name), "два українські села на Дніпропетровщині та одне на Запоріжжі" (regions; the villages are the next sentence\'s). Claims: "захопили два українські села на Дніпропетровщині та одне на Запоріжжі" (count, settlements, RU, DeepState, 2 October 2025: two and one; an annotation slip found by the first run: the set had left them out, against the convention that a count of settlements taken is a claim). Not claims: six motorcycles (vehicles). Traps: Владислав Волошин, «Укрінформ», DeepState.',
    places: [
      { t: 'Запорізькій області', ref: 'zaporizhzhiaOblast' },
      { t: 'Росія', ref: 'russia' },
      { t: 'Степове', all: true, ref: 'stepove' },
      { t: 'Дніпропетровщині', ref: 'dnipropetrovskOblast' },
      { t: 'Запоріжжі', ref: 'zaporizhzhiaOblast' },
      { t: 'Ольгівське', ref: 'olhivske' },
      { t: 'Березове', ref: 'berezove' },
      { t: 'Калинівське', ref: 'kalynivske' },
      { t: 'Новоіванівки', ref: 'novoivanivka' },
      { t: 'Вороного', ref: 'vorone' },
    ],
    traps: [
      { t: 'Владислав Волошин', why: 'person' },
      { t: 'Укрінформ', why: 'a news agency' },
      { t: 'DeepState', why: 'a monitoring project' },
    ],
    skipped: [],
    claims: [
      { t: 'два українські села', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: DEEPSTATE, asOf: ['2025-10-02'], note: '"російські війська захопили два українські села на Дніпропетровщині" (a count of settlements taken; an annotation slip found by the first run)' },
      { t: 'одне', kind: 'count', value: 1, unit: 'settlements', holder: 'RU', claimant: DEEPSTATE, asOf: ['2025-10-02'], note: '"та одне на Запоріжжі" (the same count\'s second part; an annotation slip found by the first run)' },
    ],
    events: [
      { t: 'Степове', n: 1, ref: 'stepove', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-10-02'], note: '"загарбники намагалися розпочати штурми в районі населеного пункту Степове"' },
      { t: 'Степове', n: 2, ref: 'stepove', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-10-02'], note: '"противник намагався відкрити новий напрямок — розпочати штурми у напрямку населеного пункту Степове" (toward a named place)' },
      { t: 'Ольгівське', ref: 'olhivske', action: 'captured', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-10-02'], note: '"Під окупацією опинилися Ольгівське, Березове та Калинівське"' },
      { t: 'Березове', ref: 'berezove', action: 'captured', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-10-02'], note: 'the same list' },
      { t: 'Калинівське', ref: 'kalynivske', action: 'captured', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-10-02'], note: 'the same list' },
      { t: 'Новоіванівки', ref: 'novoivanivka', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-10-02'], note: '"Також загарбники просунулися поблизу Новоіванівки та Вороного"' },
      { t: 'Вороного', ref: 'vorone', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2025-10-02'], note: 'the same clause' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-10-24',
    url: 'https://focus.ua/uk/voennye-novosti/730074-zsu-zvilnili-torske-znishcheno-do-100-rosiyan-usi-ostanni-novini',
    notes: 'Stored copy on Фокус, its body and subheading as the store gives them (no headline: the manifest\'s title is made from the URL slug); the map caption ("Торське на карті Фото: DeepState") removed, and the last paragraph\'s quote, cut by the store ("\\"Я запропонував їм скласти зброю. Р"), removed. The date is the index\'s (24 October 2025, "у п’ятницю, 24 жовтня"). Events: "ЗСУ звільнили Торське на Донеччині від росіян" (liberated, UA), "Штурмові групи зачистили населений пункт Торське" (cleared, UA, the regiment), "Зараз у Торському — український прапор" (controls, UA, the regiment). Not events: "протяжність Торського майже 9 км" (a length), "В процесі цієї операції" (no name). Claims: "близько 100 окупантів" and "до сотні росіян" killed in the operation (count, killed, RU, the regiment, the day of the statement; the upper bound of "до сотні"). Traps: «Скеля» (a regiment). Skipped: "на Лиманському напрямку" (a front axis).',
    places: [
      { t: 'Торське', all: true, ref: 'torske' },
      { t: 'Торському', ref: 'torske' },
      { t: 'Торського', ref: 'torske' },
      { t: 'Донеччині', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Скеля', why: 'a regiment\'s name' },
    ],
    skipped: [
      { t: 'Лиманському', why: 'a front axis ("на Лиманському напрямку")' },
    ],
    claims: [
      { t: 'близько 100 окупантів', kind: 'count', value: 100, unit: 'killed', holder: 'RU', claimant: SKELIA, asOf: ['2025-10-24'], note: '"В процесі цієї операції було знищено близько 100 окупантів"' },
      { t: 'до сотні росіян', kind: 'count', value: 100, unit: 'killed', holder: 'RU', claimant: SKELIA, asOf: ['2025-10-24'], note: '"Знищено до сотні росіян" (the same figure restated; "до": its upper bound)' },
    ],
    events: [
      { t: 'Торське', n: 1, ref: 'torske', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-10-24'], note: 'the subheading: "ЗСУ звільнили Торське на Донеччині від росіян"' },
      { t: 'Торське', n: 2, ref: 'torske', action: 'cleared', actor: 'UA', claimant: SKELIA, asOf: ['2025-10-24'], note: '"Штурмові групи зачистили населений пункт Торське на Лиманському напрямку"' },
      { t: 'Торському', ref: 'torske', action: 'controls', actor: 'UA', claimant: SKELIA, asOf: ['2025-10-24'], note: '"Зараз у Торському — український прапор"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2026-01-08',
    url: 'https://glavred.net/front/vne-vsyakih-somneniy-v-vsu-prokommentirovali-yakoby-okkupaciyu-andreevki-10730480.html',
    notes: 'Stored copy on Главред, its headline, standfirst, summary bullets and body as the store gives them; the language switch ("Рус"), the author and date line ("Анна Косик" / "8 січня 2026, 11:36" / "450"), the photo caption ("андреевка, воин всу" / "Як змінилася ситуація на Сумському напрямку / Колаж: Главред, фото: скріншот з DeepState, 44 ОМБр") and the video label ("відео дня") removed, and the quote\'s last sentence, cut by the store ("На цьому тлі зведення одного популярного ресурсу щодо чергової окупації населеного пункту Андріїв"), removed. The date is the date line\'s (8 January 2026). Events: the headline\'s "нібито окупацію Андріївки", "Андріївка ... нібито знову окупований армією ... Росії" and "мова про захопленням армією РФ Андріївки не йде" (captured, RU, denied by the Kursk group), "Андріївка під контролем Сил оборони" (controls, UA, the Kursk group). Not events: "розширити зону окупації на Сумщині" (an aim, a region). No claims. Traps: «Курськ» (a grouping). Skipped: РФ in "армією РФ".',
    places: [
      { t: 'Андріївки', all: true, ref: 'andriivkaSumy' },
      { t: 'Андріївка', all: true, ref: 'andriivkaSumy' },
      { t: 'Сумщині', all: true, ref: 'sumyOblast' },
      { t: 'Росії', ref: 'russia' },
    ],
    traps: [
      { t: 'Курськ', why: 'a grouping of forces ("Угрупованні військ \\"Курськ\\"")' },
    ],
    skipped: [
      { t: 'РФ', why: 'country inside a force\'s name ("армією РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Андріївки', n: 1, ref: 'andriivkaSumy', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2026-01-08'], note: 'the headline: "в ЗСУ прокоментували нібито окупацію Андріївки"' },
      { t: 'Андріївка', n: 1, ref: 'andriivkaSumy', action: 'controls', actor: 'UA', claimant: KURSK_GROUP, asOf: ['2026-01-08'], note: 'the summary: "Андріївка під контролем Сил оборони"' },
      { t: 'Андріївка', n: 2, ref: 'andriivkaSumy', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2026-01-08'], note: '"населений пункт Андріївка на Сумщині нібито знову окупований армією країни-агресорки Росії" (the group: untrue)' },
      { t: 'Андріївки', n: 2, ref: 'andriivkaSumy', action: 'captured', actor: 'RU', claimant: KURSK_GROUP, denied: true, asOf: ['2026-01-08'], note: '"мова про захопленням армією РФ Андріївки не йде"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-02-14',
    url: 'https://www.radiosvoboda.org/a/pokrovsk-analityk-deepstate/33677012.html',
    notes: 'Stored copy on Радіо Свобода, its body and the questions that head its next sections as the store gives them (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed, and the last question, cut by the store ("Та куди Росія зверне далі із плацдарму, яки"), removed. The date is the index\'s (14 February 2026); DeepState\'s report is of 12 February. Events: "Російська армія знову просунулася у міській межі Покровська" (fighting, RU, DeepState), "Чому Сили оборони ... де-факто вже втратили Покровськ?" (captured, RU: the loss of a town, as earlier sets read "the loss of X"). Not events: "окупував уже близько 95% цього населеного пункту" (no name in the clause; its share is a claim), "в бік села Гришине", "в бік міста Родинське" (directions of the grey zone), "за них ... йдуть найбільш запеклі бої" (no name in the clause). Claims: "близько 95%" of Pokrovsk occupied (area-held, percent, RU, DeepState, 12 February 2026). Not claims: "22 боєзіткнення ... із 124" and "може сягати 90" (counts of clashes). Traps: DeepState. Skipped: "Покровсько-Мирноградської агломерації" (an agglomeration named by its towns), "На Покровському напрямку" (a front axis), РФ in "армії РФ".',
    places: [
      { t: 'Покровська', ref: 'pokrovsk' },
      { t: 'Покровськ', ref: 'pokrovsk' },
      { t: 'Гришине', ref: 'hryshyne' },
      { t: 'Родинське', ref: 'rodynske' },
      { t: 'Україні', ref: 'ukraine' },
    ],
    traps: [
      { t: 'DeepState', all: true, why: 'a monitoring project' },
    ],
    skipped: [
      { t: 'Покровсько-Мирноградської', all: true, why: 'an agglomeration named by its towns' },
      { t: 'Покровському', why: 'a front axis ("На Покровському напрямку")' },
      { t: 'РФ', why: 'country inside a force\'s name ("армії РФ")' },
    ],
    claims: [
      { t: 'близько 95%', kind: 'area-held', value: 95, unit: 'percent', holder: 'RU', claimant: DEEPSTATE, asOf: ['2026-02-12'], note: '"Судячи із карти, агресор окупував уже близько 95% цього населеного пункту" (Pokrovsk)' },
    ],
    events: [
      { t: 'Покровська', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2026-02-12'], note: '"Російська армія знову просунулася у міській межі Покровська – про це 12 лютого повідомив ... DeepState"' },
      { t: 'Покровськ', ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: null, asOf: ['2026-02-14'], note: '"Чому Сили оборони зрештою де-факто вже втратили Покровськ?" (the loss of a town)' },
    ],
  },
];
