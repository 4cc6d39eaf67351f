// Hand annotations, Ukrainian articles of tests/eval/fresh66. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const AXIS = 'front axis named by an adjective';
const RIVER = 'river';
const ZAPOROZHETS = 'Дмитро Запорожець (11 армійський корпус)';
const BELOUSOV = 'Андрій Бєлоусов (міністр оборони Росії)';
const BESEDIN = 'Андрій Беседін (Куп’янська МВА)';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-08-09',
    url: 'https://glavcom.ua/country/incidents/chasiv-jar-perebuvaje-pid-povnim-vohnevim-kontrolem-zsu--1072597.html',
    notes: 'Stored copy on Главком, its headline, standfirst and body as the store gives them; the index\'s date prefix, the breadcrumb ("Головна Країна Події в Україні"), the byline ("Надія Карбунар glavcom.ua Надія Карбунар"), the photo caption with its credit ("Більша частина Часового Яру перебуває під контролем ЗСУ" / "фото з відкритих джерел") and the last paragraph, cut by the store ("«На цьому напрямку ворог наразі якоїсь такої глобальної великої а…"), removed. The date is the page\'s (9 August 2025). Events: "Більша частина Часового Яру залишається під контролем Сил оборони" and «переважно більша частина Часового Яру перебуває під нашим контролем» (controls, UA, part: the larger part of the town, Запорожець). Not events: the headline\'s "під повним вогневим контролем ЗСУ" (fire control, not a hold, as fresh62 reads Сіверськ), the denied "просування окупантів в місті" (no name in its clause). No claims ("до 25 кілометрів" is a range of fire). Traps: «Суспільного» and «Главком» (outlets), Дмитро Запорожець and Запорожець (the person; the name is also a place word).',
    places: [
      { t: 'Часів Яр', ref: 'chasivYar' },
      { t: 'Часового Яру', all: true, ref: 'chasivYar' },
    ],
    traps: [
      { t: 'Суспільного', why: 'an outlet (Suspilne)' },
      { t: 'Дмитро Запорожець', why: 'person' },
      { t: 'Главком', why: 'an outlet' },
      { t: 'Запорожець', ctx: 'Запорожець спростував', why: 'person' },
    ],
    events: [
      { t: 'Часового Яру', n: 1, ref: 'chasivYar', action: 'controls', actor: 'UA', claimant: ZAPOROZHETS, part: true, asOf: ['2025-08-09'], note: '"Більша частина Часового Яру залишається під контролем Сил оборони"' },
      { t: 'Часового Яру', n: 2, ref: 'chasivYar', action: 'controls', actor: 'UA', claimant: ZAPOROZHETS, part: true, asOf: ['2025-08-09'], note: '«Сьогодні переважно більша частина Часового Яру перебуває під нашим контролем»' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-01-08',
    url: 'https://ua.cccv.info/ostanni-novyny/rosiya-zayavlyaye-pro-zahoplennya-klyuchovogo-mista-na-donbasi-kyyiv-movchyt',
    notes: 'Stored copy on CCCV (after Gazeta.pl), its headline and body as the store gives them, with the store\'s spellings of Kurakhove (Курочове, Курачове: counted as Kurakhove) and its doubled word ("осіб. осіб") kept; the date line ("8 Січня, 2025"), the thumbnail headline ("… Київ мовчить thumbnail"), the rubric ("Останні Новини") and the last sentence, cut by the store ("Київ визнав, що агресори ведуть масштабний наступ на місто Курахів…"), removed, keeping the whole sentences before it. The date is the page\'s (8 January 2025). Events: «Росія заявляє про окупацію міста Курочове» (captured, RU, claimant Росія) and "Москва стверджує, що її армія взяла місто під контроль Курачове ... Про це повідомив міністр оборони Росії" (captured, RU, Бєлоусов), "Цю інформацію з Росії українська сторона не підтвердила" (unconfirmed, not denied); "Запеклі бої за Курачове тривали багато місяців" (fighting, RU, dated the report: no span given). Not an event: the headline\'s "захоплення ключового міста на Донбасі" (no name). Claim: "Київ втратив понад 12 тисяч осіб" (count, casualties, UA: the side that suffers them, claimant Москва, dated the report: the text gives no span). Not claims: "3тис підрозділів озброєння" (equipment), "22 тисячі жителів" (population). Counted: Росія/Росії as the country (three times), Москва twice and Київ three times (governments), Донбас three times. Skipped: Росії in "міністр оборони Росії" (an official\'s title). Traps: news.gazeta.pl (a web address), Telegram (a platform), the person.',
    places: [
      { t: 'Росія', n: 1, ref: 'russia' },
      { t: 'Донбасі', all: true, ref: 'donbas' },
      { t: 'Київ', all: true, ref: 'kyiv' },
      { t: 'Росія', n: 2, ref: 'russia' },
      { t: 'Курочове', ref: 'kurakhove' },
      { t: 'Росії', n: 1, ref: 'russia' },
      { t: 'Москва', all: true, ref: 'moscow' },
      { t: 'Курачове', all: true, ref: 'kurakhove' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Росії', n: 3, ref: 'russia' },
    ],
    traps: [
      { t: 'news.gazeta.pl', why: 'a web address (an outlet)' },
      { t: 'Telegram', why: 'a messaging platform' },
      { t: 'Андрій Бєлоусов', why: 'person' },
    ],
    skipped: [{ t: 'Росії', n: 2, why: 'country inside an official\'s title ("міністр оборони Росії")' }],
    claims: [
      { t: 'понад 12 тисяч осіб', kind: 'count', value: 12000, unit: 'casualties', holder: 'UA', claimant: 'Москва', asOf: ['2025-01-08'], note: '"Москва заявляє, що Київ втратив понад 12 тисяч осіб ... в цьому регіоні"' },
    ],
    events: [
      { t: 'Курочове', ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: 'Росія', asOf: ['2025-01-08'], note: '«Росія заявляє про окупацію міста Курочове на Донбасі»' },
      { t: 'Курачове', n: 1, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: BELOUSOV, asOf: ['2025-01-08'], note: '"Москва стверджує, що її армія взяла місто під контроль Курачове ... Про це повідомив міністр оборони Росії" (unconfirmed by Ukraine, not denied)' },
      { t: 'Курачове', n: 2, ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-01-08'], note: '"Запеклі бої за Курачове тривали багато місяців"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-06-12',
    url: 'https://ua.news/ua/war-vs-rf/rosiiski-viiska-zakhopili-dvorichnu-na-kharkivshchini-deepstate',
    notes: 'Stored copy on UA.NEWS (Ukrainian edition), its headline and body as the store gives them (with its spaces before line ends); the currency and weather line, the dateline ("UA.NEWS 12 Червня 2025 13:59"), the repeated headline and the last sentence, cut by the store ("Згідно з моніторингом DeepState, … на відрізку Дворічна—Ф…"), removed. The date is the page\'s dateline (12 June 2025). Events (claimant DeepState): the headline\'s "захопили Дворічну" and "повністю окупували селище Дворічна" (captured, RU); "ворог не лише закріпився у Дворічній" (entered, RU: a foothold gained, as earlier sets read "закрепиться в соседней Михайловке"; fixed after the first run, first written as controls) "а й просунувся у напрямку сіл Довгеньке, Западне та Багатир" (fighting, RU, an advance toward each); "Після звільнення у вересні 2022 року, Дворічна ..." (liberated, UA, September 2022, no claimant). Not events: "Дворічна розташована у Куп’янському районі" (a location), "Це селище вже не вперше стає епіцентром запеклих боїв" (no name in its clause), the crossing of the Oskil (a river). No claims. Skipped: the Oskil (twice). Traps: DeepState (twice).',
    places: [
      { t: 'Дворічну', ref: 'dvorichna' },
      { t: 'Харківщині', all: true, ref: 'kharkivOblast' },
      { t: 'Дворічна', all: true, ref: 'dvorichna' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Дворічній', ref: 'dvorichna' },
      { t: 'Довгеньке', ref: 'dovhenke' },
      { t: 'Западне', ref: 'zapadne' },
      { t: 'Багатир', ref: 'bahatyr' },
      { t: 'Куп’янському районі', ref: 'kupianskDistrict' },
    ],
    traps: [{ t: 'DeepState', all: true, why: 'a monitoring project' }],
    skipped: [{ t: 'Оскіл', all: true, why: RIVER }],
    events: [
      { t: 'Дворічну', ref: 'dvorichna', action: 'captured', actor: 'RU', claimant: 'DeepState', asOf: ['2025-06-12'], note: 'headline: "Російські війська захопили Дворічну на Харківщині — DeepState"' },
      { t: 'Дворічна', n: 1, ref: 'dvorichna', action: 'captured', actor: 'RU', claimant: 'DeepState', asOf: ['2025-06-12'], note: '"Російські війська повністю окупували селище Дворічна на Харківщині"' },
      { t: 'Дворічній', ref: 'dvorichna', action: 'entered', actor: 'RU', claimant: 'DeepState', asOf: ['2025-06-12'], note: '"ворог не лише закріпився у Дворічній" (a foothold gained, as the sets read "закрепиться"; fixed after the first run, first written as controls)' },
      { t: 'Довгеньке', ref: 'dovhenke', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-06-12'], note: '"а й просунувся у напрямку сіл Довгеньке, Западне та Багатир"' },
      { t: 'Западне', ref: 'zapadne', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-06-12'] },
      { t: 'Багатир', ref: 'bahatyr', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-06-12'] },
      { t: 'Дворічна', n: 3, ref: 'dvorichna', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-01', '2022-09-30'], note: '"Після звільнення у вересні 2022 року, Дворічна постійно перебувала під обстрілами"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-01-09',
    url: 'https://dumka.media/ukr/war/1736416735-okupanti-namagayutsya-zakripitisya-u-dvorichniy-na-harkivshchini-yaku-zagrozu-tse-nese',
    notes: 'Stored copy on Думка (Ukrainian edition), its headline, standfirst and body as the store gives them; the date and byline line ("09.01.2025, 11:58 Олена Гнатишина"), the share buttons ("Поділитися", twice), the repeated headline, the photo credit ("Фото: Взяте із відкритих джерел") and a related link ("Новини Харкова сьогодні: Окупанти брешуть про 5 км до Борової – ISW") removed. The date is the page\'s date line (9 January 2025). Events (claimant Беседін): the headline\'s and the body\'s "Окупанти/Росіяни намагаються закріпитися у Дворічній" (fighting, RU: an attempt under way); "ЗСУ відбили близько 12 атак на напрямку Петропавлівка-Голубівка" (fighting, RU, the attacker, at both villages that name the axis; judgement call: an axis named by two villages, not by an adjective, is counted and read as attacks toward them). "Важка ситуація і в районі Дворічної" (fighting, RU: a difficult situation at a place, as earlier sets read "складна ситуація в районі X"; added after the first run, first judged no event). Not an event: "загарбники перебувають за 2 км від самого Куп\'янська" (a distance). Counted: Куп\'янщина twice (the Kupiansk area, as Kupiansk Raion), рф (the country). Skipped: "Куп’янської міської військової адміністрації" (a city inside an official\'s title, as fresh64), the axes "на Куп\'янському, а й на Вовчанському напрямках". Traps: "Думка" (the outlet), the person (three times). No claim ("12 атак" counts attacks).',
    places: [
      { t: 'Дворічній', all: true, ref: 'dvorichna' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: "Куп'янщині", all: true, ref: 'kupianskDistrict' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'рф', ref: 'russia' },
      { t: "Куп'янська", ref: 'kupiansk' },
      { t: 'Петропавлівка', ref: 'petropavlivka' },
      { t: 'Голубівка', ref: 'holubivka' },
      { t: 'Дворічної', ref: 'dvorichna' },
    ],
    traps: [
      { t: 'Беседіна', all: true, why: 'person' },
      { t: 'Андрій Беседін', why: 'person' },
      { t: 'Думка', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Куп’янської', why: 'a city inside an official\'s title ("голова Куп’янської міської військової адміністрації")' },
      { t: "Куп'янському", why: AXIS },
      { t: 'Вовчанському', why: AXIS },
    ],
    events: [
      { t: 'Дворічній', n: 1, ref: 'dvorichna', action: 'fighting', actor: 'RU', claimant: BESEDIN, asOf: ['2025-01-09'], note: 'headline: "Окупанти намагаються закріпитися у Дворічній на Харківщині"' },
      { t: 'Дворічній', n: 2, ref: 'dvorichna', action: 'fighting', actor: 'RU', claimant: BESEDIN, asOf: ['2025-01-09'], note: '"Росіяни намагаються закріпитися у Дворічній в Харківській області"' },
      { t: 'Дворічної', ref: 'dvorichna', action: 'fighting', actor: 'RU', claimant: BESEDIN, asOf: ['2025-01-09'], note: '"Важка ситуація і в районі Дворічної" (a difficult situation at a place, as earlier sets read "складна ситуація в районі X"; added after the first run)' },
      { t: 'Петропавлівка', ref: 'petropavlivka', action: 'fighting', actor: 'RU', claimant: BESEDIN, asOf: ['2025-01-08'], note: '"лише вчора ЗСУ відбили близько 12 атак на напрямку Петропавлівка-Голубівка" (judgement call)' },
      { t: 'Голубівка', ref: 'holubivka', action: 'fighting', actor: 'RU', claimant: BESEDIN, asOf: ['2025-01-08'] },
    ],
  },
];
