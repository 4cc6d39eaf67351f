// Hand annotations, Ukrainian articles of tests/eval/fresh18 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const GENSHTAB = 'Генштаб ЗСУ';
const SYRSKYI = 'Олександр Сирський';
const SHAPOVAL = 'Григорій Шаповал (угруповання військ "Схід")';
const SKHID = 'угруповання військ "Схід"';
const PLETENCHUK = 'Дмитро Плетенчук (Сили оборони півдня)';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-11-25',
    url: 'https://focus.ua/uk/voennye-novosti/734381-boji-na-donbasi-kostyantinivka-povnistyu-kontrolyuyetsya-zsu-video',
    notes: 'Stored copy of a Фокус news item, its body as the store gives it; the index\'s date prefix, the rubric "Відео дня" and the next heading, cut by the store ("Заяви російської"), removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (25 November 2025). Events: the Russian command\'s reports that the centre of Kostiantynivka is being cleared, which Bakulin calls untrue (fighting, RU, denied: clearing in progress, the centre "залишається під контролем" of the AFU; the lead, the generals\' report and "Центр Костянтинівки ніхто не зачищає"); the enemy\'s 24 attacks over the last day near Oleksandro-Shultyne, Ivanopillia, Kleban-Byk, Yablunivka, Pleshchiivka and Poltavka and towards Kostiantynivka, Stepanivka and Sofiivka (fighting, RU; the Ukrainian command). Bakulin\'s visit "у Костянтинівці" carries no event. "Донецької області" is the oblast; "України" in "Збройних сил України" an official body (skipped). Traps: Бакулін (twice). The villages are placed at Kostiantynivka (`near`).',
    places: [
      { t: 'Костянтинівки', all: true, ref: 'kostiantynivka' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Костянтинівці', all: true, ref: 'kostiantynivka' },
      { t: 'Олександро-Шультине', ref: 'oleksandroShultyne' },
      { t: 'Іванопілля', ref: 'ivanopillia' },
      { t: 'Клебан-Бика', ref: 'klebanByk' },
      { t: 'Яблунівки', ref: 'yablunivka' },
      { t: 'Плещіївки', ref: 'pleshchiivka' },
      { t: 'Полтавки', ref: 'poltavka' },
      { t: 'Степанівки', ref: 'stepanivka' },
      { t: 'Софіївки', ref: 'sofiivka' },
    ],
    traps: [
      { t: 'Олександр Бакулін', why: 'person' },
      { t: 'Бакулін', ctx: 'сказав Бакулін', why: 'person' },
    ],
    skipped: [{ t: 'України', why: BODY }],
    claims: [],
    events: [
      { t: 'Костянтинівки', n: 1, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'російське військове командування', denied: true, part: true, asOf: ['2025-11-25'], note: '"Повідомлення російського військового командування про нібито зачистку центру Костянтинівки ... не відповідають дійсності"' },
      { t: 'Костянтинівки', n: 2, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'російські генерали', denied: true, part: true, asOf: ['2025-11-25'], note: '"Генерали путінські доповіли своєму шефу, що вже зачищають центр Костянтинівки"' },
      { t: 'Костянтинівки', n: 3, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'російські генерали', denied: true, part: true, asOf: ['2025-11-25'], note: '"Центр Костянтинівки ніхто не зачищає"' },
      ...([['Олександро-Шультине', 'oleksandroShultyne'], ['Іванопілля', 'ivanopillia'], ['Клебан-Бика', 'klebanByk'], ['Яблунівки', 'yablunivka'], ['Плещіївки', 'pleshchiivka'], ['Полтавки', 'poltavka'], ['Степанівки', 'stepanivka'], ['Софіївки', 'sofiivka']] as [string, string][]).map(([t, ref]) => ({
        t, ref, action: 'fighting' as const, actor: 'RU' as const, claimant: 'українське командування', asOf: ['2025-11-24', '2025-11-25'] as const,
        note: '"протягом минулої доби противник здійснив 24 атаки поблизу населених пунктів ... а також у бік ..."',
      })),
      { t: 'Костянтинівки', n: 4, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'українське командування', asOf: ['2025-11-24', '2025-11-25'], note: '"а також у бік Костянтинівки"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-12-17',
    url: 'https://www.radiosvoboda.org/a/news-kupyansk-syrskyy-kontrol-zsu/33625523.html',
    notes: 'Stored copy of a Радіо Свобода news item, its body as the store gives it up to the last full sentence (the store cuts the next one, "15 грудня речник О", mid-word: removed); the index\'s date prefix removed (the store gives no headline: the manifest title is made from the lead). The date is the index date (17 December 2025). Events (Syrskyi): the AFU drove the occupiers back from Kupiansk (fighting, UA: ground retaken by the side retaking it); the enemy has been trying to capture Pokrovsk for more than 17 months (fighting, RU); 56 km² retaken near Hryshyne, Kotlyne and Udachne west of Pokrovsk (fighting, UA, near the villages). The share of Kupiansk held (90%) carries no event of its own; "16 кв. км у північній частині міста" names no settlement in its clause; "західніше Покровська" locates the villages (no event). Claims (Syrskyi): almost 90% of Kupiansk under Ukrainian control (area-held, percent, UA; twice: the paraphrase and the quote), 16 km² retaken in the northern part of the city (Pokrovsk) and 56 km² near the three villages (area-retaken, UA), the enemy grouping of about 710 thousand troops (count, troops, RU). "Харківщині" is the oblast; "України" (three times, in "Збройних сил України", "Сил оборони України" and the contact group\'s name) official bodies (skipped); «Рамштайн» names the contact group (trap), as do Сирський (three forms). The three villages are placed at Pokrovsk (`near`).',
    places: [
      { t: 'Куп’янська', all: true, ref: 'kupiansk' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Покровськ', ref: 'pokrovsk' },
      { t: 'Гришине', ref: 'hryshyne' },
      { t: 'Котлине', ref: 'kotlyne' },
      { t: 'Удачне', ref: 'udachne' },
      { t: 'Покровська', ref: 'pokrovsk' },
    ],
    traps: [
      { t: 'Олександр Сирський', why: 'person' },
      { t: 'Сирський', ctx: 'написав Сирський', why: 'person' },
      { t: 'Сирського', why: 'person' },
      { t: 'Рамштайн', why: 'name of a contact group («Рамштайн»)' },
    ],
    skipped: [{ t: 'України', all: true, why: BODY }],
    claims: [
      { t: '90 відсотків', n: 1, kind: 'area-held', value: 90, unit: 'percent', holder: 'UA', claimant: SYRSKYI, asOf: ['2025-12-17'], note: '"українські військові контролюють майже 90 відсотків території Куп’янська"' },
      { t: '90 відсотків', n: 2, kind: 'area-held', value: 90, unit: 'percent', holder: 'UA', claimant: SYRSKYI, asOf: ['2025-12-17'], note: '"взяти під контроль майже 90 відсотків території міста"' },
      { t: '16 кв. км', kind: 'area-retaken', value: 16, unit: 'km2', holder: 'UA', claimant: SYRSKYI, asOf: ['2025-12-17'], note: '"ЗСУ повернули контроль над 16 кв. км у північній частині міста" (Pokrovsk)' },
      { t: '56 кв. км', kind: 'area-retaken', value: 56, unit: 'km2', holder: 'UA', claimant: SYRSKYI, asOf: ['2025-12-17'], note: '"також відбили 56 кв. км території в районах населених пунктів Гришине, Котлине, Удачне"' },
      { t: '710 тисяч військових', kind: 'count', value: 710000, unit: 'troops', holder: 'RU', claimant: SYRSKYI, asOf: ['2025-12-17'], note: '"противник наростив угруповання до чисельності близько 710 тисяч військових"' },
    ],
    events: [
      { t: 'Куп’янська', n: 2, ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: SYRSKYI, asOf: ['2025-12-17'], note: '"нам вдалося відкинути окупантів від Куп’янська"' },
      { t: 'Покровськ', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: SYRSKYI, asOf: ['2024-07-01', '2025-12-17'], note: '"противник уже понад 17 місяців намагається захопити Покровськ"' },
      ...([['Гришине', 'hryshyne'], ['Котлине', 'kotlyne'], ['Удачне', 'udachne']] as [string, string][]).map(([t, ref]) => ({
        t, ref, action: 'fighting' as const, actor: 'UA' as const, claimant: SYRSKYI, asOf: ['2025-12-17'] as const,
        note: '"відбили 56 кв. км території в районах населених пунктів Гришине, Котлине, Удачне"',
      })),
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-10-29',
    url: 'https://24tv.ua/mirnograd-perebuvaye-pid-kontrolem-rosiyan-yaka-situatsiya-misti_n2942573/amp',
    notes: 'Stored copy of a 24 Канал news item (AMP page), its headline and two summary lines first, up to the last full sentence (the store cuts the next one mid-word: removed); the index\'s date prefix removed. The date is the index date (29 October 2025; the spokesman spoke "у вчорашньому коментарі", 28 October). Events: the spokesman Shapoval said Russian troops had broken through to the outskirts of Myrnohrad; the military say he misspoke, meaning Pokrovsk, and the enemy is not in Myrnohrad (entered, RU, denied: the headline\'s question, the first summary line, the lead, the spokesman\'s statement and "ворог зараз не перебуває в Мирнограді"); the situation in Myrnohrad and its outskirts is controlled by the Defence Forces (controls, UA); the statement was about Pokrovsk (entered, RU: the break-through to the outskirts, as the military correct it). "Яка ситуація в Мирнограді?" is a heading (no event). "Покровському напрямку" (three times) is a front axis (skipped); "України" in "Силами оборони України" an official body and in "Захисники України" a source\'s name (skipped). Traps: "Схід" (group name, four times), Шаповала, 24 Канал.',
    places: [
      { t: 'Мирноград', ref: 'myrnohrad' },
      { t: 'Мирнограду', all: true, ref: 'myrnohrad' },
      { t: 'Мирнограді', all: true, ref: 'myrnohrad' },
      { t: 'Покровську', ref: 'pokrovsk' },
    ],
    traps: [
      { t: 'Схід', all: true, why: 'group of forces name' },
      { t: 'Григорія Шаповала', why: 'person' },
      { t: '24 Канал', why: 'media outlet' },
    ],
    skipped: [
      { t: 'Покровському', all: true, why: 'front axis ("на Покровському напрямку")' },
      { t: 'України', ctx: 'Силами оборони України', why: BODY },
      { t: 'України', ctx: 'Захисники України', why: 'country inside a source\'s name ("Захисники України", a channel the outlet cites)' },
    ],
    claims: [],
    events: [
      { t: 'Мирноград', ref: 'myrnohrad', action: 'entered', actor: 'RU', claimant: SHAPOVAL, denied: true, asOf: ['2025-10-28'], note: 'the headline\'s "Чи увійшли росіяни у Мирноград: військові пояснили ситуацію в місті"' },
      { t: 'Мирнограду', n: 1, ref: 'myrnohrad', action: 'entered', actor: 'RU', claimant: SHAPOVAL, denied: true, asOf: ['2025-10-28'], note: '"Російським військовим вдалося прорватися на околиці Мирнограду ..., але в самому населеному пункті їх немає"' },
      { t: 'Мирнограді', n: 1, ref: 'myrnohrad', action: 'controls', actor: 'UA', claimant: SKHID, asOf: ['2025-10-29'], note: '"Ситуація в Мирнограді та його околицях контролюється Силами оборони України"' },
      { t: 'Мирнограду', n: 2, ref: 'myrnohrad', action: 'entered', actor: 'RU', claimant: SHAPOVAL, denied: true, asOf: ['2025-10-28'], note: '"Речник ... розповів, що російським військовим вдалося прорватися на околиці Мирнограду"; "Військові уточнили, що насправді ворог не перебуває в населеному пункті"' },
      { t: 'Мирнограду', n: 3, ref: 'myrnohrad', action: 'entered', actor: 'RU', claimant: SHAPOVAL, denied: true, asOf: ['2025-10-28'], note: '"Він заявив, що російським військовим вдалося прорватися на околиці Мирнограду" (the slip the military correct)' },
      { t: 'Покровську', ref: 'pokrovsk', action: 'entered', actor: 'RU', claimant: SKHID, asOf: ['2025-10-28'], note: '"обмовився, маючи на увазі ситуацію в Покровську": the break-through to the outskirts was Pokrovsk\'s' },
      { t: 'Мирнограді', n: 3, ref: 'myrnohrad', action: 'entered', actor: 'RU', claimant: SHAPOVAL, denied: true, asOf: ['2025-10-29'], note: '"Бійці підкреслили, що ворог зараз не перебуває в Мирнограді"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2024-05-24',
    url: 'https://vesti-ua.net/uk/news/politics/amp/250458-bitva-za-krinki-stalo-vdomo-scho-vdbuvayetsya-na-lvoberezhnomu-placdarm.html',
    notes: 'Stored copy of a Вести (vesti-ua.net, AMP page) news item, its headline and subheading first, up to the last full sentence (the store cuts the next one mid-word: removed); the date line, byline and view counter ("24-05-2024, 22:03 / Автор: ... / 2.8т") removed. The store\'s "покращили позиці" is kept. The date is the page\'s date line (24 May 2024). Events (the outlet; Pletenchuk): fighting for Krynky (fighting, RU, the attacking side: the headline\'s battle, "тривають бої" in Krynky, and the nine Russian assaults on Krynky yesterday, all unsuccessful); one assault each on Staromaiorske and Robotyne yesterday (fighting, RU). The unofficial report that the AFU left "селище" names no settlement in its clause (no event). "лівобережжі Херсонщини" and "на Херсонщині" name the oblast. Traps: УНІАН, Плетенчук. Staromaiorske is placed at Donetsk Oblast (`region`).',
    places: [
      { t: 'Кринки', all: true, ref: 'krynky' },
      { t: 'Херсонщини', ref: 'khersonOblast' },
      { t: 'Херсонщині', ref: 'khersonOblast' },
      { t: 'Старомайорське', ref: 'staromaiorske' },
      { t: 'Роботине', ref: 'robotyne' },
    ],
    traps: [
      { t: 'Дмитро Плетенчук', why: 'person' },
      { t: 'УНІАН', why: 'news agency' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Кринки', n: 1, ref: 'krynky', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-05-24'], note: 'the headline\'s "Битва за Кринки"' },
      { t: 'Кринки', n: 2, ref: 'krynky', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-05-24'], note: '"У районі населеного пункту Кринки ... тривають бої"' },
      { t: 'Старомайорське', ref: 'staromaiorske', action: 'fighting', actor: 'RU', claimant: PLETENCHUK, asOf: ['2024-05-23'], note: '"якщо на Старомайорське та Роботине вчора було по одному штурму"' },
      { t: 'Роботине', ref: 'robotyne', action: 'fighting', actor: 'RU', claimant: PLETENCHUK, asOf: ['2024-05-23'], note: '"якщо на Старомайорське та Роботине вчора було по одному штурму"' },
      { t: 'Кринки', n: 3, ref: 'krynky', action: 'fighting', actor: 'RU', claimant: PLETENCHUK, asOf: ['2024-05-23'], note: '"то на Кринки - 9. Але всі вони були безуспішні"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-08-26',
    url: 'https://lb.ua/society/2025/08/26/693205_genshtab_zaperechiv_okupatsiyu_vorogom.html',
    notes: 'Stored copy of an LB.ua news item, its body as the store gives it; the index\'s date prefix removed (the store gives no headline: the manifest title is made from the lead). The date is the URL\'s (26 August 2025). Events (the General Staff): it denied the occupation of Zaporizke and Novoheorhiivka (captured, RU, denied; the claim\'s author is not named in the text); the Defence Forces continue to control Zaporizke (controls, UA); active fighting continues near Novoheorhiivka, the enemy losing men there daily (fighting, RU, the attacking side). "обох цих населених пунктів" names no settlement. "Дніпропетровської області" is the oblast; "України" in "Сили оборони України" an official body (skipped). Novoheorhiivka is placed at the oblast (`region`).',
    places: [
      { t: 'Запорізьке', all: true, ref: 'zaporizke' },
      { t: 'Новогеоргіївка', all: true, ref: 'novoheorhiivka' },
      { t: 'Дніпропетровської області', ref: 'dnipropetrovskOblast' },
    ],
    traps: [],
    skipped: [{ t: 'України', why: BODY }],
    claims: [],
    events: [
      { t: 'Запорізьке', n: 1, ref: 'zaporizke', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2025-08-26'], note: '"У Генштабі заперечили окупацію ворогом сіл Запорізьке та Новогеоргіївка"' },
      { t: 'Новогеоргіївка', n: 1, ref: 'novoheorhiivka', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2025-08-26'], note: '"У Генштабі заперечили окупацію ворогом сіл Запорізьке та Новогеоргіївка"' },
      { t: 'Запорізьке', n: 2, ref: 'zaporizke', action: 'controls', actor: 'UA', claimant: GENSHTAB, asOf: ['2025-08-26'], note: '"Сили оборони України ... продовжують контролювати село Запорізьке"' },
      { t: 'Новогеоргіївка', n: 2, ref: 'novoheorhiivka', action: 'fighting', actor: 'RU', claimant: GENSHTAB, asOf: ['2025-08-26'], note: '"тривають активні бойові дії в районі села Новогеоргіївка, де наші воїни завдають противнику значних втрат"' },
    ],
  },
];
