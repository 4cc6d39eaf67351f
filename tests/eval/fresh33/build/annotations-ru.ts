// Hand annotations, Russian articles of tests/eval/fresh33. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const AXIS = 'a front axis named by an adjective';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-10-11',
    url: 'https://news-time.ru/news/obshchestvo/iz-ugledara-evakuirovali-neskolko-mirnykh-zhiteley',
    notes: 'Stored copy of a news-time.ru item (after ria.ru), its headline and body as the store gives them; the date, time and view-count line ("11.10.2024 19:40 162") and the source line ("Источник и фото - ria.ru") removed. The date is the page\'s date line (11 October 2024). Events: "Минобороны России объявило о взятии под контроль Угледара 3 октября" (captured, RU, the owner rule); Pushilin\'s "потеря Украиной Угледара" (captured, RU: the loss told of the losing side, the day of the ministry\'s claim). Not events: the headline\'s evacuation "Из Угледара" and "В Угледаре, во время операции по освобождению города" (an evacuation during an operation the text does not date; the place a location), "могут наступать на Великую Новоселку ... и Курахово" (a prospect), "контролировать логистику вокруг Курахово" (an aim), "подземные укрытия" (no settlement). "Минобороны России" is a body and "главы ДНР" a title (skipped); "Украиной" is the country. Claims: none. Traps: РИА Новости, "Восток" (a grouping), Денис Пушилин, Пушилин.',
    places: [
      { t: 'Угледара', all: true, ref: 'vuhledar' },
      { t: 'Угледаре', ref: 'vuhledar' },
      { t: 'Украиной', ref: 'ukraine' },
      { t: 'Курахово', all: true, ref: 'kurakhove' },
      { t: 'Великую Новоселку', ref: 'velykaNovosilka' },
      { t: 'Запорожской областью', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'РИА Новости', why: 'a news agency' },
      { t: 'Восток', why: 'a grouping\'s name' },
      { t: 'Дениса Пушилина', why: 'person' },
      { t: 'Пушилин', why: 'person' },
    ],
    skipped: [
      { t: 'России', why: OFFICIAL + ' ("Минобороны России")' },
      { t: 'ДНР', why: 'the oblast inside an official\'s title ("главы ДНР")' },
    ],
    claims: [],
    events: [
      { t: 'Угледара', n: 2, ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: 'Минобороны России', asOf: ['2024-10-03'], note: '"Минобороны России объявило о взятии под контроль Угледара 3 октября"' },
      { t: 'Угледара', n: 3, ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: 'Денис Пушилин', asOf: ['2024-10-03'], note: '"потеря Украиной Угледара позволит контролировать логистику вокруг Курахово"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-01-07',
    url: 'https://mos.news/news/society/ostatki-garnizona-vsu-popali-v-poluokruzhenie-vozle-kurakhovo-zayavil-rogov',
    notes: 'Stored copy of a mos.news item (after РИА Новости), its headline, dateline and body as the store gives them; the source line ("Источник и фото - ria.ru") removed. The date is the dateline\'s ("СИМФЕРОПОЛЬ, 7 января") with the year of the episode (the Russian defence ministry claimed Kurakhove on Monday, 6 January 2025: "В понедельник Минобороны РФ объявило о захвате города Курахово"). Events: the headline\'s "попали в полуокружение возле Курахово" (fighting, RU: encircling is fighting by the attacker); "вытесненных из города Курахово" (captured, RU); "оказались в полуокружении в районе села Дачное" (fighting, RU); "объявило о захвате города Курахово" (captured, RU, the ministry, Monday); "покинувших Курахово" (withdrew, UA); "ушедших в село Дачное на западе, оказались в полуокружении" (fighting, RU). Not events: "продвигаться к западным границам ДНР" (an oblast), the distances and "Город Курахово расположен" (a location). The dateline СИМФЕРОПОЛЬ is a place; "Общественной палаты РФ" and "Минобороны РФ" are bodies (skipped); "Красноармейска (Покровска)" is one town named twice. Claims: none (distances). Traps: РИА Новости, Владимира Рогова, Рогов.',
    places: [
      { t: 'Курахово', all: true, ref: 'kurakhove' },
      { t: 'СИМФЕРОПОЛЬ', ref: 'simferopol' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Дачное', all: true, ref: 'dachneKurakhove' },
      { t: 'Донецка', ref: 'donetsk' },
      { t: 'Красноармейска', ref: 'pokrovsk' },
      { t: 'Покровска', ref: 'pokrovsk' },
      { t: 'Донбасса', ref: 'donbas' },
    ],
    traps: [
      { t: 'РИА Новости', why: 'a news agency' },
      { t: 'Владимира Рогова', why: 'person' },
      { t: 'Рогов', all: true, why: 'person' },
    ],
    skipped: [
      { t: 'РФ', n: 1, why: OFFICIAL + ' ("Общественной палаты РФ")' },
      { t: 'РФ', n: 2, why: OFFICIAL + ' ("Минобороны РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Курахово', n: 1, ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: 'Владимир Рогов', asOf: ['2025-01-07'], note: 'the headline: "Остатки гарнизона ВСУ попали в полуокружение возле Курахово"' },
      { t: 'Курахово', n: 2, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: 'Владимир Рогов', asOf: ['2025-01-06'], note: '"остатки гарнизона украинских войск, вытесненных из города Курахово в ДНР"' },
      { t: 'Дачное', n: 1, ref: 'dachneKurakhove', action: 'fighting', actor: 'RU', claimant: 'Владимир Рогов', asOf: ['2025-01-07'], note: '"оказались в полуокружении в районе села Дачное"' },
      { t: 'Курахово', n: 3, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: 'Минобороны РФ', asOf: ['2025-01-06'], note: '"В понедельник Минобороны РФ объявило о захвате города Курахово российскими войсками"' },
      { t: 'Курахово', n: 4, ref: 'kurakhove', action: 'withdrew', actor: 'UA', claimant: 'Владимир Рогов', asOf: ['2025-01-06'], note: '"остатки украинских боевиков, покинувших Курахово"' },
      { t: 'Дачное', n: 2, ref: 'dachneKurakhove', action: 'fighting', actor: 'RU', claimant: 'Владимир Рогов', asOf: ['2025-01-07'], note: '"ушедших в село Дачное на западе, оказались в полуокружении"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2024-10-22',
    url: 'https://pavlograd-news.ru/society/2024/10/22/14468.html',
    notes: 'Stored copy of a pavlograd-news.ru item (Russian), its body as the store gives it, up to the last full sentence; the last sentence, cut by the store ("Таким образом, общая динамика боевых дейс"), removed. The store gives no headline (the manifest\'s title describes the text). The date is the URL\'s (22 October 2024). Events: "российские войска заняли уже половину города Селидово" (captured, RU, `part: true`, the Ukrainian bloggers: reported, not denied); "в конце августа ... отдельные российские ДРГ заходили в Селидово" (entered, RU, late August); "Удалось закрепиться в соседней Михайловке" (entered, RU: a foothold, as the sets read "закрепиться"; from September, "откуда с сентября"); "Сам факт прорыва и закрепления в Селидово" (entered, RU). Not events: "но занять населенный пункт возможности не было" (no name), "попытки наступления на город" (no name), "Проезд ... между Михайловкой и Селидово стал местом отчаянных боев" (a road between two places: a location), "Селидово является ключом к обороне Покровска, после взятия которого" (a prospect). Axes by adjectives ("на Покровском направлении", "с Покровского направления") and "Славянско- Краматорскую агломерацию" are skipped. Claims: none. Traps: none (ЛОМы are bloggers).',
    places: [
      { t: 'Селидово', all: true, ref: 'selydove' },
      { t: 'Михайловке', ref: 'mykhailivkaSelydove' },
      { t: 'Михайловкой', ref: 'mykhailivkaSelydove' },
      { t: 'Курскую область', ref: 'kurskOblast' },
      { t: 'Покровска', ref: 'pokrovsk' },
      { t: 'Днепропетровскую область', ref: 'dnipropetrovskOblast' },
    ],
    traps: [],
    skipped: [
      { t: 'Покровском направлении', all: true, why: AXIS },
      { t: 'Покровского направления', why: AXIS },
      { t: 'Славянско- Краматорскую', why: 'a conurbation named by adjectives ("Славянско- Краматорскую агломерацию")' },
    ],
    claims: [],
    events: [
      { t: 'Селидово', n: 1, ref: 'selydove', action: 'captured', actor: 'RU', claimant: 'украинские военные ЛОМы', part: true, asOf: ['2024-10-22'], note: '"российские войска заняли уже половину города Селидово"' },
      { t: 'Селидово', n: 2, ref: 'selydove', action: 'entered', actor: 'RU', claimant: null, asOf: ['2024-08-20', '2024-08-31'], note: '"в конце августа ... отдельные российские ДРГ заходили в Селидово"' },
      { t: 'Михайловке', ref: 'mykhailivkaSelydove', action: 'entered', actor: 'RU', claimant: null, asOf: ['2024-09-01', '2024-10-22'], note: '"Удалось закрепиться в соседней Михайловке, откуда с сентября предпринимались попытки наступления на город"' },
      { t: 'Селидово', n: 4, ref: 'selydove', action: 'entered', actor: 'RU', claimant: null, asOf: ['2024-10-22'], note: '"Сам факт прорыва и закрепления в Селидово"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2024-08-26',
    url: 'https://rg.ru/2024/08/26/reg-dnr/tass-vs-rf-priblizilis-k-vazhnomu-habu-vsu-v-donbasse.html',
    notes: 'Stored copy of a Российская газета item (after ТАСС), its body as the store gives it (the store gives no headline: the manifest\'s title is made from the URL slug). The date is the URL\'s (26 August 2024). Events: "К городу Селидово подошли с северо-восточной стороны" (fighting, RU: an advance to a town, the agency\'s source); "Новогродовка в ДНР практически взята в полукольцо" (fighting, RU: encircling, «Военная хроника»). Not events: "Город Селидово с 2014 года был одним из ключевых" (a role), "в 15 километрах от Покровска" (a distance), "могут двигаться как на северо-запад к Покровску, так и на юго-запад - в тыл Селидово, Курахово и Угледару" (a prospect), "Сам Покровск является важным логистическим узлом" (a role). "подконтрольная Киеву" is the capital for the government; the axes "на южнодонецком и запорожском направлениях" are skipped. Claims: none. Traps: «Военная хроника» (a channel).',
    places: [
      { t: 'Селидово', all: true, ref: 'selydove' },
      { t: 'Киеву', ref: 'kyiv' },
      { t: 'Новогродовка', all: true, ref: 'novohrodivka' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Покровска', ref: 'pokrovsk' },
      { t: 'Покровску', ref: 'pokrovsk' },
      { t: 'Курахово', ref: 'kurakhove' },
      { t: 'Угледару', ref: 'vuhledar' },
      { t: 'Покровск', ref: 'pokrovsk' },
    ],
    traps: [{ t: 'Военная хроника', why: 'a Telegram channel' }],
    skipped: [
      { t: 'южнодонецком', why: AXIS },
      { t: 'запорожском направлениях', why: AXIS },
    ],
    claims: [],
    events: [
      { t: 'Селидово', n: 1, ref: 'selydove', action: 'fighting', actor: 'RU', claimant: 'собеседник агентства', asOf: ['2024-08-26'], note: '"К городу Селидово подошли с северо-восточной стороны"' },
      { t: 'Новогродовка', n: 1, ref: 'novohrodivka', action: 'fighting', actor: 'RU', claimant: 'Военная хроника', asOf: ['2024-08-26'], note: '"временно подконтрольная Киеву Новогродовка в ДНР практически взята в полукольцо"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-02-18',
    url: 'https://kharkov-news.ru/society/2025/02/18/141472.html',
    notes: 'Stored copy of a kharkov-news.ru item (after ТАСС and RT), its body as the store gives it (the store gives no headline: the manifest\'s title describes the text). The date is the URL\'s (18 February 2025). Events: "Российская армия теснит Вооруженные силы Украины (ВСУ) под Купянском" (fighting, RU, Ганчев); "вплотную подошли к Купянску" (fighting, RU, RT: soldiers at a town\'s outskirts). Not events: "был освобожден населенный пункт севернее Двуречной" (a settlement not named; Двуречная a reference point), "расширила плацдарм на правобережье Оскола" (a river bank), "находятся очень близко к населенному пункту" (no name). "Вооруженные силы Украины" is an army and "военно-гражданской администрации Харьковской области" an official\'s title, "армия России" and "армии России" an army (skipped); Оскол is a river (skipped). Claims: none. Traps: Виталий Ганчев, Ганчева, Ганчев, ТАСС, RT.',
    places: [
      { t: 'Купянском', ref: 'kupiansk' },
      { t: 'Двуречной', ref: 'dvorichna' },
      { t: 'Харьковской области', n: 2, ref: 'kharkivOblast' },
      { t: 'Купянску', ref: 'kupiansk' },
      { t: 'Харьковской области', n: 3, ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Виталий Ганчев', why: 'person' },
      { t: 'ТАСС', why: 'a news agency' },
      { t: 'Ганчева', why: 'person' },
      { t: 'Ганчев', n: 2, why: 'person' },
      { t: 'RT', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Украины', why: OFFICIAL + ' ("Вооруженные силы Украины")' },
      { t: 'Харьковской области', n: 1, why: 'oblast inside an official\'s title ("глава военно-гражданской администрации Харьковской области")' },
      { t: 'Оскола', why: 'a river' },
      { t: 'России', n: 1, why: 'country inside an army\'s name ("армия России")' },
      { t: 'России', n: 2, why: 'country inside an army\'s name ("Военнослужащие армии России")' },
    ],
    claims: [],
    events: [
      { t: 'Купянском', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'Виталий Ганчев', asOf: ['2025-02-18'], note: '"Российская армия теснит Вооруженные силы Украины (ВСУ) под Купянском"' },
      { t: 'Купянску', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'RT', asOf: ['2025-02-18'], note: '"Военнослужащие армии России вплотную подошли к Купянску в Харьковской области"' },
    ],
  },
];
