// Hand annotations, Russian articles of tests/eval/fresh23. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const MOD = 'Минобороны России';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2023-09-11',
    url: 'https://lenta.ru/news/2023/09/11/rabotino',
    notes: 'Stored copy of a Лента.ру news item, its headline, subtitle and body as the store gives them; the photo credit after the subtitle ("Фото: Oleksandr Ratushniak / Reuters") removed, and the last sentence, cut by the store ("Впоследствии врио главы Запорожской области ... на запорожском н"), removed. The date is the URL\'s (11 September 2023, a Monday). Events: the attempted Ukrainian attack in the area of Работино, repelled (fighting, UA: the attacking side as actor; the headline, the subtitle, the lead and the 47th brigade\'s attack). "Запорожской области" is the oblast, России ("позиций России") the country; "запорожском направлении" and "запорожское направление" are front axes and "Вооруженные силы Украины" an army\'s name (skipped). Claims: up to 145 servicemen lost by the enemy in a day on the Zaporizhzhia axis (count, casualties, UA: losses). Traps: ВСУ (four times), Сергей Шойгу, СВО, Stormer HVM.',
    places: [
      { t: 'Работино', all: true, ref: 'robotyne' },
      { t: 'России', ctx: 'позиций России', ref: 'russia' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: 'the Ukrainian army (an abbreviation)' },
      { t: 'Сергей Шойгу', why: 'person' },
      { t: 'СВО', why: 'the "special military operation" (not a place)' },
      { t: 'Stormer HVM', why: 'a weapon system' },
    ],
    skipped: [
      { t: 'Украины', why: 'country inside an army\'s name ("Вооруженные силы Украины")' },
      { t: 'запорожском', why: 'front axis ("На запорожском направлении")' },
      { t: 'запорожское', why: 'front axis ("запорожское направление")' },
    ],
    claims: [
      { t: 'до 145 военнослужащих', kind: 'count', value: 145, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2023-09-10', '2023-09-11'], note: '"На запорожском направлении за сутки ... противник потерял до 145 военнослужащих"' },
    ],
    events: [
      { t: 'Работино', n: 1, ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2023-09-10', '2023-09-11'], note: 'the headline: "Минобороны заявило о попытке атаки ВСУ в районе Работино"' },
      { t: 'Работино', n: 2, ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2023-09-10', '2023-09-11'], note: 'the subtitle: "ВСУ предприняли попытку атаки в районе Работино, она отражена"' },
      { t: 'Работино', n: 3, ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2023-09-10', '2023-09-11'], note: '"предприняли попытку атаки позиций России в районе Работино Запорожской области"' },
      { t: 'Работино', n: 4, ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2023-09-10', '2023-09-11'], note: '"Попытка атаки в районе Работино была предпринята 47-й механизированной бригадой ВСУ"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-07-12',
    url: 'https://kherson-news.ru/society/2024/07/12/339000.html',
    notes: 'Stored copy of a Херсонские новости (kherson-news.ru) news item, its body as the store gives it (the store gives no headline: the manifest title is made from the lead). The date is the URL\'s (12 July 2024, a Friday). Events: the failed Ukrainian operation at Крынки (fighting, UA: the attacking side) and "После провала авантюры в Крынках" (fighting, UA), both Saldo\'s, over the operation since October 2023. The Ukrainian troops forced to leave "левый берег" name no settlement (a river bank: no event); the fighting "на островах" names none. "Херсонской области" (the lead) is the oblast; the second "Херсонской области" and "Алешкинского округа" are inside an official\'s title ("начальник территориального управления Алешкинского округа Херсонской области"), "ВС РФ" an army\'s name, "херсонском направлении" a front axis, Днепр and Днепра the river (skipped). Traps: ВСУ (twice), Владимир Сальдо, ТАСС, HIMARS.',
    places: [
      { t: 'Херсонской области', n: 1, ref: 'khersonOblast' },
      { t: 'Крынки', ref: 'krynky' },
      { t: 'Крынках', ref: 'krynky' },
    ],
    traps: [
      { t: 'ВСУ', all: true, why: 'the Ukrainian army (an abbreviation)' },
      { t: 'Владимир Сальдо', why: 'person' },
      { t: 'ТАСС', why: 'news agency' },
      { t: 'HIMARS', why: 'a weapon system' },
    ],
    skipped: [
      { t: 'Днепр', why: 'a river ("пересечь Днепр")' },
      { t: 'Днепра', why: 'a river ("левобережье Днепра")' },
      { t: 'Алешкинского округа', why: 'a district inside an official\'s title ("начальник территориального управления Алешкинского округа Херсонской области")' },
      { t: 'Херсонской области', n: 2, why: 'an oblast inside an official\'s title ("начальник территориального управления Алешкинского округа Херсонской области")' },
      { t: 'РФ', why: 'country inside an army\'s name ("против ВС РФ")' },
      { t: 'херсонском', why: 'front axis ("на херсонском направлении")' },
    ],
    claims: [],
    events: [
      { t: 'Крынки', ref: 'krynky', action: 'fighting', actor: 'UA', claimant: 'Владимир Сальдо', asOf: ['2023-10-01', '2024-07-12'], note: '"после неудачной операции у населенного пункта Крынки"' },
      { t: 'Крынках', ref: 'krynky', action: 'fighting', actor: 'UA', claimant: 'Владимир Сальдо', asOf: ['2023-10-01', '2024-07-12'], note: '"После провала авантюры в Крынках противник заметно утратил активность"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-02-10',
    url: 'https://www.gazeta.ru/army/news/2025/02/10/25046858.shtml',
    notes: 'Stored copy of a Газета.Ru news item, its headline, subtitle and body as the store gives them; the channel promotion and comment line before the headline ("Подписывайтесь на Газету.Ru в Telegram ...", "Новые комментарии +") removed, and the last sentence, cut by the store ("Среди эвакуирующихся жителей можно заме"), removed. The date is the URL\'s (10 February 2025, a Monday). Events: Дачное passing under Russian control (captured, RU: the headline, the subtitle and the lead; the owner rule); «Российские части освободили Дачное» (captured, RU); the Russian army advancing in the area of Андреевки (fighting, RU); Курахово taken under full control on 6 January (captured, RU). The evacuation from Курахово (twice) carries no event; the entry into Dnipropetrovsk Oblast is conditional ("если наступление продолжится": no event). ДНР (twice) and "Донецкой народной республике" are the oblast, "Днепропетровской области" the oblast; Дачное ("к западу от Курахово") is at Kurakhove, Андреевка at the oblast; "ВС РФ" and "армия РФ" are an army\'s name (skipped). Traps: «Иди и смотри» (a Telegram channel), Telegram, «Юг» (a grouping of troops).',
    places: [
      { t: 'Дачного', ref: 'dachneKurakhove' },
      { t: 'Дачное', all: true, ref: 'dachneKurakhove' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Курахово', all: true, ref: 'kurakhove' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'Андреевки', ref: 'andriivkaDonetsk' },
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'Иди и смотри', why: 'a Telegram channel («Иди и смотри»)' },
      { t: 'Telegram', why: 'messaging service' },
      { t: 'Юг', why: 'grouping of troops (группировки российских войск «Юг»)' },
    ],
    skipped: [{ t: 'РФ', all: true, why: 'country inside an army\'s name ("ВС РФ", "армия РФ")' }],
    claims: [],
    events: [
      { t: 'Дачного', ref: 'dachneKurakhove', action: 'captured', actor: 'RU', claimant: 'Russian war correspondents («Иди и смотри»)', asOf: ['2025-02-10'], note: 'the headline: "Военкоры сообщили о переходе Дачного под контроль ВС РФ"' },
      { t: 'Дачное', n: 1, ref: 'dachneKurakhove', action: 'captured', actor: 'RU', claimant: 'Russian war correspondents («Иди и смотри»)', asOf: ['2025-02-10'], note: 'the subtitle: "Российская армия взяла под контроль поселок Дачное в ДНР"' },
      { t: 'Дачное', n: 2, ref: 'dachneKurakhove', action: 'captured', actor: 'RU', claimant: 'Russian war correspondents («Иди и смотри»)', asOf: ['2025-02-10'], note: '"Российские военные взяли под контроль поселок Дачное к западу от Курахово"' },
      { t: 'Дачное', n: 3, ref: 'dachneKurakhove', action: 'captured', actor: 'RU', claimant: 'Russian war correspondents («Иди и смотри»)', asOf: ['2025-02-10'], note: '"«Российские части освободили Дачное. Враг откатывается с окраин поселка»" (the owner rule)' },
      { t: 'Андреевки', ref: 'andriivkaDonetsk', action: 'fighting', actor: 'RU', claimant: 'Russian war correspondents («Иди и смотри»)', asOf: ['2025-02-10'], note: '"армия РФ также продвигается в районе Андреевки"' },
      { t: 'Курахово', n: 2, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: null, asOf: ['2025-01-06'], note: '"6 января российская армия взяла Курахово в ДНР под полный контроль"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-12-28',
    url: 'https://news.ru/russia/nastuplenie-vs-rf-28-dekabrya-vsu-sdayutsya-v-dimitrove-rodinskom-gulyajpole',
    notes: 'Stored copy of a News.ru article, its standfirst and opening as the store gives them; the index\'s date prefix and the photo caption before the text ("Военнослужащие группировки войск «Восток» ВС РФ на одной из улиц в освобожденном Гуляйполе") removed, and the last sentence, cut by the store ("«Артемовка (украинское название Софиевка): село ... около 500 чел"), removed (the store gives no headline: the manifest title is made from the URL slug). The subheading inside the text is kept. The date is the index date and the text\'s (28 December 2025, a Sunday). Events: the "Центр" grouping "liberating" Димитров (Мирноград), Родинское, Артемовка and Вольное (captured, RU: the owner rule, Russia taking Ukrainian towns whatever the verb); the congratulations on the "liberation" of Родинского (captured, RU). The standfirst\'s question "чем закончился штурм Гуляйполя?" carries no event (a question, as fresh22 keeps its question subheading without one); "Шахтерский город Родинское находится к северу от ..." is a location (no event); the Ukrainian name in parentheses (Мирноград) glosses Димитров and carries no event of its own; the fighting "в этом районе" names no settlement. Донбассе is the region, ДНР and "Запорожской области" the oblasts; Красноармейска (Покровска), Димитрова (Мирнограда) the towns under both names; Артемовка and Вольное, named only as settlements of the DPR, are at the oblast. "Минобороны России", "Минобороны РФ" and "ВС РФ" (twice) are official bodies and an army\'s name (skipped). Claims: six towns liberated in a day (count, settlements, RU), four settlements in the DPR and two in Zaporizhzhia Oblast (count, settlements, RU). Traps: СВО (twice), «Центр», Андрей Белоусов.',
    places: [
      { t: 'Донбассе', ref: 'donbas' },
      { t: 'Гуляйполя', ref: 'huliaipole' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Димитров', ref: 'myrnohrad' },
      { t: 'Мирноград', ref: 'myrnohrad' },
      { t: 'Родинское', all: true, ref: 'rodynske' },
      { t: 'Артемовка', ref: 'sofiivkaDonetsk' },
      { t: 'Вольное', ref: 'vilneDonetsk' },
      { t: 'Родинского', ref: 'rodynske' },
      { t: 'Красноармейска', ref: 'pokrovsk' },
      { t: 'Покровска', ref: 'pokrovsk' },
      { t: 'Димитрова', ref: 'myrnohrad' },
      { t: 'Мирнограда', ref: 'myrnohrad' },
    ],
    traps: [
      { t: 'СВО', all: true, why: 'the "special military operation" (not a place)' },
      { t: 'Центр', why: 'grouping of troops (группировки войск «Центр»)' },
      { t: 'Андрей Белоусов', why: 'person' },
    ],
    skipped: [
      { t: 'России', why: OFFICIAL + ' ("Минобороны России")' },
      { t: 'РФ', all: true, why: 'country inside an official body\'s or an army\'s name ("ВС РФ", "Минобороны РФ")' },
    ],
    claims: [
      { t: 'шести городов', kind: 'count', value: 6, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-12-27', '2025-12-28'], note: '"Минобороны России рассказало об освобождении шести городов в зоне СВО за сутки"' },
      { t: 'четыре населенных пункта', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-12-27', '2025-12-28'], note: '"за сутки были освобождены четыре населенных пункта в ДНР"' },
      { t: 'два', ctx: 'и два в Запорожской', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-12-27', '2025-12-28'], note: '"и два в Запорожской области"' },
    ],
    events: [
      { t: 'Димитров', ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-27', '2025-12-28'], note: '"группировки войск «Центр» освободили населенные пункты Димитров (украинское название Мирноград)" (the owner rule)' },
      { t: 'Родинское', n: 1, ref: 'rodynske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-27', '2025-12-28'], note: '"освободили населенные пункты Димитров ..., Родинское, Артемовка и Вольное"' },
      { t: 'Артемовка', ref: 'sofiivkaDonetsk', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-27', '2025-12-28'], note: '"освободили ... Артемовка и Вольное"' },
      { t: 'Вольное', ref: 'vilneDonetsk', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-27', '2025-12-28'], note: '"освободили ... Артемовка и Вольное"' },
      { t: 'Родинского', ref: 'rodynske', action: 'captured', actor: 'RU', claimant: 'Андрей Белоусов', asOf: ['2025-12-27', '2025-12-28'], note: '"особо поздравил ... с освобождением Родинского"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2026-01-13',
    url: 'https://news.mail.ru/society/69398969/',
    notes: 'Stored copy of a Новости Mail (news.mail.ru) news item, its body as the store gives it; the index\'s date prefix removed and the last sentence, cut by the store ("Напомним, в декабре в Минобороны РФ заявили, что российские военные операции освободили ещё шесть "), removed (the store gives no headline: the manifest title is made from the lead). The date is the index date (13 January 2026, a Tuesday). Events: the Russian servicemen fully controlling the "liberated" town of Гуляйполе (controls, RU: a side holding a settlement); the Ukrainian defence prepared "до освобождения Гуляйполя" by the Russian forces (captured, RU: the owner rule; the text gives no date, the period runs from December 2025 to publication). "город полностью находится под контролем" names no settlement (no span); the counter-attacks repelled and the advance through the Zaporizhzhia and Dnipropetrovsk oblasts name none. "Запорожской области" is the oblast; Запорожской ("Запорожской и Днепропетровской областей") and "Днепропетровской областей" the oblasts; "Минобороны РФ" an official body and "ВС РФ" an army\'s name (skipped). Traps: «Восток» (twice), МО (the ministry).',
    places: [
      { t: 'Гуляйполе', ref: 'huliaipole' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Гуляйполя', ref: 'huliaipole' },
      { t: 'Запорожской', ctx: 'Запорожской и Днепропетровской', ref: 'zaporizhzhiaOblast' },
      { t: 'Днепропетровской областей', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'Восток', all: true, why: 'grouping of troops («Восток»)' },
      { t: 'МО', why: 'the Defence Ministry (an abbreviation)' },
    ],
    skipped: [{ t: 'РФ', all: true, why: 'country inside an official body\'s or an army\'s name ("Минобороны РФ", "ВС РФ")' }],
    claims: [],
    events: [
      { t: 'Гуляйполе', ref: 'huliaipole', action: 'controls', actor: 'RU', claimant: MOD, asOf: ['2026-01-13'], note: '"Российские военнослужащие полностью контролируют освобождённый город Гуляйполе"' },
      { t: 'Гуляйполя', ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-01', '2026-01-13'], note: '"ещё до освобождения Гуляйполя ВС РФ украинские войска подготовили оборону" (the owner rule; no date given)' },
    ],
  },
];
