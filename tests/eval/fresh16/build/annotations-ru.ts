// Hand annotations, Russian articles of tests/eval/fresh16. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const MOD = 'Минобороны РФ';
const GERASIMOV = 'Валерий Герасимов';


export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-04-10',
    url: 'https://donetskmedia.ru/20240410-rossijskie-shturmoviki-zashli-v-rabotino.media',
    notes: 'Stored copy of a Донецк Медиа (donetskmedia.ru) news item, its body as the store gives it (the store gives no headline: the manifest title is made from the URL slug). The date is the URL\'s (10 April 2024). Events: Lyshenko: Russian soldiers broke through and entered Работино (entered, RU) and the battles go on in its streets (fighting, RU); battles inside Красноговоровка (fighting, RU). "Линия фронта со стороны Вербового ... сдвинулась" names where the line moved from (no event). "Запорожском направлении" is a front axis and "Запорожского облсовета" an official body (skipped); Lyshenko is a trap. Работино is at the English Wikipedia page\'s point (as fresh15 gives Robotyne), Красноговоровка at its English Wikipedia page\'s point, Вербовое at Zaporizhzhia Oblast (`region`).',
    places: [
      { t: 'Работино', all: true, ref: 'robotyne' },
      { t: 'Вербового', ref: 'verboveZap' },
      { t: 'Красноговоровки', ref: 'krasnohorivka' },
    ],
    traps: [{ t: 'Сергей Лышенко', why: 'person' }],
    skipped: [
      { t: 'Запорожском направлении', why: 'front axis' },
      { t: 'Запорожского облсовета', why: 'official body (the oblast council)' },
    ],
    claims: [],
    events: [
      { t: 'Работино', n: 1, ref: 'robotyne', action: 'entered', actor: 'RU', claimant: 'Сергей Лышенко', asOf: ['2024-04-10'], note: '"пробить брешь в обороне ВСУ и зайти в населённый пункт Работино"' },
      { t: 'Работино', n: 2, ref: 'robotyne', action: 'fighting', actor: 'RU', claimant: 'Сергей Лышенко', asOf: ['2024-04-10'], note: '"Противник прорвал нашу оборону в Работино. Бои идут уже на улицах"' },
      { t: 'Красноговоровки', ref: 'krasnohorivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-04-10'], note: '"бои идут уже внутри Красноговоровки"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-08-20',
    url: 'https://mars.novosti-n.info/news/Mynoboroni-Rossyy-zayavylo-o-zahvate-NyuJorka-Genshtab-VSU-ne-kommentyruet-298043',
    notes: 'Stored copy of a Новости-N (novosti-n) news item, as the store gives it with its headline first; the three link lines of other news after the last paragraph removed. The page shows no date; it is established from the text: the Defence Ministry\'s claim "20 августа" on Нью-Йорк, which Russia claimed on 20 August 2024 (the claim the sources of «Украинская правда» answered "утром 20 августа"): 20 August 2024. Events: the Defence Ministry claimed Нью-Йорк taken (captured, RU; the headline and the lead; Ukraine\'s denial is only the partial "ВСУ еще держат оборону в северной части поселка": not marked denied); DeepState: small areas in the north of Нью-Йорк in the grey zone (fighting, RU). "пригород Торецкая, на который русская армия ведет наступление" does not say which of the two the advance is on (no event). Claim («Украинская правда»\'s sources): the AFU control about 20% of the settlement (area-held, percent, UA). "Торецкая" is as the store gives it (Торецка). "Минобороны России" and "Министерство обороны России" are official bodies (skipped); «Украинская правда», ОТУ «Луганск» and DeepState are traps. Нью-Йорк is at the English Wikipedia page\'s point.',
    places: [
      { t: 'Нью-Йорка', all: true, ref: 'newYork' },
      { t: 'Нью-Йорк', all: true, ref: 'newYork' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Торецкая', ref: 'toretsk' },
    ],
    traps: [
      { t: 'DeepState', why: 'OSINT project' },
      { t: 'Украинская правда', why: 'outlet' },
      { t: 'Луганск', why: 'name of a troop grouping (ОТУ «Луганск»)' },
    ],
    skipped: [
      { t: 'России', ctx: 'Минобороны России', why: BODY },
      { t: 'России', ctx: 'Министерство обороны России', why: BODY },
    ],
    claims: [
      { t: 'около 20%', kind: 'area-held', value: 20, unit: 'percent', holder: 'UA', claimant: 'Источники издания «Украинская правда»', asOf: ['2024-08-20'], note: '"ВСУ контролируют около 20% поселка"' },
    ],
    events: [
      { t: 'Нью-Йорка', n: 1, ref: 'newYork', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2024-08-20'], note: 'the headline\'s "заявило о захвате Нью-Йорка"' },
      { t: 'Нью-Йорк', n: 1, ref: 'newYork', action: 'captured', actor: 'RU', claimant: 'Министерство обороны России', asOf: ['2024-08-20'], note: '"российские войска взяли под контроль поселок Нью-Йорк"' },
      { t: 'Нью-Йорка', n: 2, ref: 'newYork', action: 'fighting', actor: 'RU', claimant: 'DeepState', part: true, asOf: ['2024-08-20'], note: '"небольшие территории на севере Нью-Йорка остаются в серой зоне"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-08-27',
    url: 'https://dnr-news.ru/society/2024/08/27/814089.html',
    notes: 'Stored copy of a DNR-News.ru item, as the store gives it from its first line (a heading, kept as the first line and the manifest title) up to the last full sentence (the store cuts the next one mid-word: removed). The date is the URL\'s (27 August 2024). Events: the AFU left Новогродовка (the heading) and withdrew from it, per the 3rd Assault Brigade (withdrew, UA); significant Russian successes towards Мариновка, Михайловка, Мемрик, Калиново and Карловка (fighting, RU); a Ukrainian strike repelled near Нехотеевка and the main fight in the forest near Журавлёвка (fighting, UA: the attacking side); Russian troops regaining positions near Кремяное and Ольговка in Kursk Oblast (fighting, RU). Бахмут is named only for its landscapes and "перед ударом на Белгород" is a possibility (no event). Not claims: the 14,000 residents, 60 to 200 attackers. "Покровском направлении" and "Курское направление" are front axes and "ВС РФ" an official body (skipped). Новогродовка and the Donetsk villages are placed at Donetsk Oblast, Кремяное and Ольговка at Kursk Oblast (the text names it), Нехотеевка and Журавлёвка at Belgorod Oblast (`region`).',
    places: [
      { t: 'Новогродовку', ref: 'novohrodivka' },
      { t: 'Новогродовки', ref: 'novohrodivka' },
      { t: 'Бахмута', ref: 'bakhmut' },
      { t: 'Мариновки', ref: 'marynivkaDonetsk' },
      { t: 'Михайловки', ref: 'mykhailivkaDonetsk' },
      { t: 'Мемрика', ref: 'memryk' },
      { t: 'Калиново', ref: 'kalynoveDonetsk' },
      { t: 'Карловки', ref: 'karlivkaDonetsk' },
      { t: 'Нехотеевки', ref: 'nekhoteevka' },
      { t: 'Журавлёвки', ref: 'zhuravlevka' },
      { t: 'Белгород', ref: 'belgorod' },
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Кремяного', ref: 'kremyanoe' },
      { t: 'Ольговки', ref: 'olgovka' },
    ],
    traps: [],
    skipped: [
      { t: 'Покровском направлении', why: 'front axis' },
      { t: 'Курское направление', why: 'front axis' },
      { t: 'РФ', why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Новогродовку', ref: 'novohrodivka', action: 'withdrew', actor: 'UA', claimant: 'украинской 3-й ОШБр', asOf: ['2024-08-27'], note: 'the heading: "ВСУ оставили Новогродовку"' },
      { t: 'Новогродовки', ref: 'novohrodivka', action: 'withdrew', actor: 'UA', claimant: 'украинской 3-й ОШБр', asOf: ['2024-08-27'], note: '"отступили из Новогродовки на Покровском направлении"' },
      ...([['Мариновки', 'marynivkaDonetsk'], ['Михайловки', 'mykhailivkaDonetsk'], ['Мемрика', 'memryk'], ['Калиново', 'kalynoveDonetsk'], ['Карловки', 'karlivkaDonetsk']] as [string, string][]).map(([t, ref]) => ({
        t, ref, action: 'fighting' as const, actor: 'RU' as const, claimant: null, asOf: ['2024-08-27'] as const,
        note: '"Есть значительные успехи в направлении Мариновки, Михайловки, Мемрика, Калиново и Карловки"',
      })),
      { t: 'Нехотеевки', ref: 'nekhoteevka', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2024-08-27'], note: '"С утра отбит вражеский удар в районе Нехотеевки"' },
      { t: 'Журавлёвки', ref: 'zhuravlevka', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2024-08-27'], note: '"основная драка состоялась в лесу около Журавлёвки"' },
      { t: 'Кремяного', ref: 'kremyanoe', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-08-27'], note: '"российские войска удалось отбить часть ранее утраченных позиции в районе Кремяного и Ольговки"' },
      { t: 'Ольговки', ref: 'olgovka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-08-27'] },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-12-23',
    url: 'https://www.interfax.ru/russia/1064702',
    notes: 'Stored copy of an Интерфакс news item, as the store gives it with its headline first; the index\'s date prefix removed. The date is the index date and the dateline\'s ("Москва. 23 декабря", 2025). Events: the Defence Ministry: control over Андреевка (captured, RU: the headline, "взятие под контроль Андреевки", "Освобождение Андреевки"). Where the village lies along the river carries no event. Claim (the Defence Ministry): an enemy defence area of more than 9 km² liberated (area-gained, km², RU). Not claims: the 5 km length, 510 buildings. The Гайчур is a river (skipped); "Министерство обороны РФ" and "Минобороны РФ" are official bodies (skipped); INTERFAX.RU and the group «Восток» are traps; the dateline "Москва" is counted. Андреевка is placed at Dnipropetrovsk Oblast (`region`; several villages of that name).',
    places: [
      { t: 'Андреевкой', ref: 'andriivkaDnipro' },
      { t: 'Москва', ref: 'moscow' },
      { t: 'Андреевки', all: true, ref: 'andriivkaDnipro' },
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'INTERFAX.RU', why: 'news agency' },
      { t: 'Восток', why: 'group of forces' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY },
      { t: 'Гайчур', all: true, why: 'river' },
    ],
    claims: [
      { t: 'более 9 квадратных километров', kind: 'area-gained', value: 9, unit: 'km2', holder: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-12-23'], note: '"освобождён важный район обороны противника площадью более 9 квадратных километров"' },
    ],
    events: [
      { t: 'Андреевкой', ref: 'andriivkaDnipro', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-23'], note: 'the headline\'s "контроля над Андреевкой"' },
      { t: 'Андреевки', n: 1, ref: 'andriivkaDnipro', action: 'captured', actor: 'RU', claimant: 'Министерство обороны РФ', asOf: ['2025-12-23'], note: '"взятие под контроль Андреевки"' },
      { t: 'Андреевки', n: 2, ref: 'andriivkaDnipro', action: 'captured', actor: 'RU', claimant: 'Министерство обороны РФ', asOf: ['2025-12-23'], note: '"Освобождение Андреевки позволило расширить плацдарм"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-12-31',
    url: 'https://tass.ru/armiya-i-opk/26061533',
    notes: 'Stored copy of a ТАСС news item, as the store gives it with its headline and subheading first; the index\'s date prefix removed. The date is the index date and the dateline\'s ("МОСКВА, 31 декабря", 2025). Events: Gerasimov: Волчанск the largest of the 32 settlements liberated by the "Север" group (captured, RU: the owner rule; the subheading, the lead and the quote). "завершила освобождение Курской области" names a region, not a settlement (no event). Claims (Gerasimov): 32 settlements in Kharkiv and Sumy oblasts (count, settlements, RU: the headline, the lead and the quote), of them 14 in Kharkiv Oblast and 18 in Sumy Oblast (count, settlements, RU), and about 950 km² taken under control (area-gained, km², RU). The group\'s campaign has no start date in the text: the figures are given as of 31 December. "Харьковской и Сумской областях" and "Сумской и Харьковской областей" are two oblasts each (the first adjective alone is the elliptical first oblast); "ВС РФ" twice is an official body (skipped); ТАСС, «Север» and Gerasimov are traps; "МОСКВА" is counted.',
    places: [
      { t: 'Харьковщине', ref: 'kharkivOblast' },
      { t: 'Сумщине', ref: 'sumyOblast' },
      { t: 'Волчанск', all: true, ref: 'vovchansk' },
      { t: 'МОСКВА', ref: 'moscow' },
      { t: 'Харьковской', ctx: 'в Харьковской и Сумской', ref: 'kharkivOblast' },
      { t: 'Сумской областях', ref: 'sumyOblast' },
      { t: 'Курской области', ref: 'kurskOblast' },
      { t: 'Сумской', ctx: 'районах Сумской и', ref: 'sumyOblast' },
      { t: 'Харьковской областей', ref: 'kharkivOblast' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Сумской', ctx: '18 в Сумской', ref: 'sumyOblast' },
    ],
    traps: [
      { t: 'Герасимов', ctx: 'Герасимов: ВС', why: 'person' },
      { t: 'ТАСС', why: 'news agency' },
      { t: 'Север', all: true, why: 'group of forces' },
      { t: 'Валерий Герасимов', why: 'person' },
    ],
    skipped: [{ t: 'РФ', all: true, why: BODY }],
    claims: [
      { t: '32 населенных пункта', all: true, kind: 'count', value: 32, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: ['2025-12-31'], note: 'the headline and the lead' },
      { t: '32 населенных пунктов', kind: 'count', value: 32, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: ['2025-12-31'], note: 'the quote: "освобождено 32 населенных пунктов"' },
      { t: 'около 950 квадратных километров', kind: 'area-gained', value: 950, unit: 'km2', holder: 'RU', claimant: GERASIMOV, asOf: ['2025-12-31'], note: '"Всего взято под контроль около 950 квадратных километров территории"' },
      { t: '14', kind: 'count', value: 14, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: ['2025-12-31'], note: '"в том числе 14 в Харьковской области"' },
      { t: '18', ctx: '18 в Сумской', kind: 'count', value: 18, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: ['2025-12-31'], note: '"и 18 в Сумской"' },
    ],
    events: [
      { t: 'Волчанск', n: 1, ref: 'vovchansk', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-12-31'], note: 'the subheading: "наиболее крупным из них является Волчанск"' },
      { t: 'Волчанск', n: 2, ref: 'vovchansk', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-12-31'], note: 'the lead' },
      { t: 'Волчанск', n: 3, ref: 'vovchansk', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2025-12-31'], note: 'the quote: "Наиболее крупным из них является город Волчанск"' },
    ],
  },
];
