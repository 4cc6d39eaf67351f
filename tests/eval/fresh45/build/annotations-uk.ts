// Hand annotations, Ukrainian articles of tests/eval/fresh45. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const OBLAST_TITLE = "the oblast inside an official body's name";
const HUR = 'Головне управління розвідки МО України';
const HAIDAI = 'Сергій Гайдай';
const SYMONENKO = 'Олена Симоненко (Офіс президента)';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-04-29',
    url: 'https://intermarium.com.ua/zsu-zvilnyly-vid-rosijskyh-okupantiv-selo-ruska-lozova-na-harkivshhyni-tse-strategichno-vazhlyvyj-naselenyj-punkt/',
    notes: 'Stored copy on Intermarium, its headline and body as the store gives them; the breadcrumb ("You are here: Home / Події /"), the photo credit ("Фото: ілюстративне, 24 канал") and the popular-posts list removed; the quotation\'s missing opening mark kept as the store gives it. The page is undated: the date is that of the intelligence directorate\'s statement it reports (Friday 29 April 2022, as other reports of the same statement give it: "the Ukrainian military, which said Friday that the town had been liberated by the assault unit of the Main Intelligence Directorate"). Events: the liberation of Ruska Lozova, told three times (headline, lead, the directorate\'s statement; liberated, UA). Not events: "Наразі воно повністю під контролем ЗСУ" (a pronoun, no name), the Kharkiv–Belgorod highway (a road). No claims. Traps: ГУР, Олександр Сирський, Телеграм, the road "Харків-Бєлгород". Skipped: Україна in "Збройні сили України" and "МО України" (official bodies).',
    places: [
      { t: 'Руська Лозова', all: true, ref: 'ruskaLozova' },
      { t: 'Харківщині', all: true, ref: 'kharkivOblast' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Харкова', ref: 'kharkiv' },
    ],
    traps: [
      { t: 'ГУР', why: 'an intelligence agency' },
      { t: 'Олександра Сирського', why: 'person' },
      { t: 'Телеграмі', why: 'a messaging service' },
      { t: 'Харків-Бєлгород', why: 'a road named after two cities ("автомобільній трасі Харків-Бєлгород")' },
    ],
    skipped: [
      { t: 'України', ctx: 'Збройні сили України', why: OFFICIAL + ' ("Збройні сили України")' },
      { t: 'України', ctx: 'МО України', why: OFFICIAL + ' ("Головне управління розвідки МО України")' },
    ],
    claims: [],
    events: [
      { t: 'Руська Лозова', n: 1, ref: 'ruskaLozova', action: 'liberated', actor: 'UA', claimant: HUR, asOf: ['2022-04-29'], note: 'headline: "ЗСУ звільнили від російських окупантів село Руська Лозова"' },
      { t: 'Руська Лозова', n: 2, ref: 'ruskaLozova', action: 'liberated', actor: 'UA', claimant: HUR, asOf: ['2022-04-29'], note: '"Збройні сили України звільнили від російських загарбників село Руська Лозова"' },
      { t: 'Руська Лозова', n: 3, ref: 'ruskaLozova', action: 'liberated', actor: 'UA', claimant: HUR, asOf: ['2022-04-29'], note: '"звільнено від окупантів село Руська Лозова на Харківщині"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-06-20',
    url: 'https://ura-inform.com/uk/suspilstvo/2022/06/20/sytuacziya-navkolo-syeverodoneczka-zsu-vidbyly-ataku-v-rajoni-toshkivky',
    notes: 'Stored copy on УРА-Інформ (Ukrainian edition), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug). The date is the URL\'s (20 June 2022). Events: "відбили атаку російських окупантів у районі селища Тошківка" (fighting, RU: an attack repelled; Haidai), "Продовжуються запеклі бої у Сєвєродонецьку, росіяни намагаються захопити місто повністю" (fighting, RU: battles and an attempt in a named town). Not events: "Найважча ситуація ... в Луганській області" (a region). No claims. Traps: Сергій Гайдай, Гайдай, УРА-Інформ, the European Union. Skipped: Україна in "Збройні сили України", the oblast in "голова Луганської ОВ".',
    places: [
      { t: 'Тошківка', ref: 'toshkivka' },
      { t: 'Луганській області', ref: 'luhanskOblast' },
      { t: 'Сєвєродонецьку', ref: 'sievierodonetsk' },
      { t: 'України', ctx: 'для України', ref: 'ukraine' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [
      { t: 'Сергій Гайдай', why: 'person' },
      { t: 'Гайдай', n: 2, why: 'person' },
      { t: 'УРА-Інформ', why: 'an outlet' },
      { t: 'Європейського союзу', why: 'an international organisation' },
    ],
    skipped: [
      { t: 'України', ctx: 'Збройні сили України', why: OFFICIAL + ' ("Збройні сили України")' },
      { t: 'Луганської', why: OBLAST_TITLE + ' ("голова Луганської ОВ")' },
    ],
    claims: [],
    events: [
      { t: 'Тошківка', ref: 'toshkivka', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2022-06-20'], note: '"Збройні сили України відбили атаку російських окупантів у районі селища Тошківка"' },
      { t: 'Сєвєродонецьку', ref: 'sievierodonetsk', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2022-06-20'], note: '"Продовжуються запеклі бої у Сєвєродонецьку, росіяни намагаються захопити місто повністю"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2022-12-23',
    url: 'https://dsnews.ua/ukr/politics/na-sumshchini-teroborona-dala-biy-rosiyskiy-drg-yaka-pronikla-na-teritoriyu-oblasti-23122022-471543/amp',
    notes: 'Stored copy on ДС (dsnews.ua), its headline, lead and body as the store gives them. The date is the URL\'s (23 December 2022; the clash "зранку 22 грудня"). Events: "поблизу села Високе, наші тероборонівці вступили в бій з російською ДРГ" (fighting, RU: the group that crossed the border is the attacker; 22 December). Not events: the crossing of "державного кордону" (no settlement). Claims: "мінімум двоє вбитих" (count, killed, RU, Zhyvytskyi, 22 December; "мінімум" is its lower bound, 2). Traps: Дмитро Живицький, "ДС". Skipped: the oblast inside "Територіальна оборона Сумської області", "Сумської обласної військової адміністрації" and "Тероборона Сумщини" (official bodies).',
    places: [
      { t: 'Сумщині', ref: 'sumyOblast' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Краснопільської громади', ref: 'krasnopilliaHromada' },
      { t: 'Високе', ref: 'vysoke' },
    ],
    traps: [
      { t: 'Дмитра Живицького', why: 'person' },
      { t: 'ДС', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Сумської області', why: OBLAST_TITLE + ' ("Територіальна оборона Сумської області")' },
      { t: 'Сумської', ctx: 'Сумської обласної', why: OBLAST_TITLE + ' ("Сумської обласної військової адміністрації")' },
      { t: 'Сумщини', why: OBLAST_TITLE + ' ("Тероборона Сумщини")' },
    ],
    claims: [
      { t: 'мінімум двоє вбитих', kind: 'count', value: 2, unit: 'killed', holder: 'RU', claimant: 'Дмитро Живицький (Сумська ОВА)', asOf: ['2022-12-22'], note: '"Після короткого бою, втрати ворога – мінімум двоє вбитих" (22 December)' },
    ],
    events: [
      { t: 'Високе', ref: 'vysoke', action: 'fighting', actor: 'RU', claimant: 'Дмитро Живицький (Сумська ОВА)', asOf: ['2022-12-22'], note: '"поблизу села Високе, наші тероборонівці вступили в бій з російською ДРГ" (the group that crossed the border attacking)' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2023-03-08',
    url: 'https://regionews.ua/ukr/news/luganshchina/1678284000-viyska-rf-namagayutsya-zahopiti-deokupovani-sela-luganshchini-gayday',
    notes: 'Stored copy on RegioNews, its headline and body as the store gives them; the language switch ("UA | RU"), the date line ("08 березня 2023, 17:43"), the photo credit and the subscription tail ("gnews gnews Підписуйся, щ") removed. The date is the date line\'s (8 March 2023). Events: "намагаються захопити Стельмахівку" (fighting, RU: an attempt), "Бойові дії вже йдуть біля ... Стельмахівка" (fighting, RU) and the next sentence\'s "Вона перебуває під нашим контролем" (controls, UA, on the same name: the pronoun\'s settlement), "тривають бої в напрямку Макіївки-Невського та Куземівки-Новоселівського" (fighting, RU, at each of the four: battles toward named places). Not events: "Це село було визволено ... у листопаді 2022 року" (no name in the clause; before the report\'s period), "вийти на адміністративні кордони області" (a region). No claims. Traps: Сергій Гайдай, Гайдай, RegioNews. Skipped: the oblast in "голова Луганської ОВА".',
    places: [
      { t: 'рф', ref: 'russia' },
      { t: 'Луганщини', ref: 'luhanskOblast' },
      { t: 'Стельмахівку', ref: 'stelmakhivka' },
      { t: 'Луганської області', all: true, ref: 'luhanskOblast' },
      { t: 'Стельмахівка', ref: 'stelmakhivka' },
      { t: 'Макіївки', ref: 'makiivkaLuhansk' },
      { t: 'Невського', ref: 'nevske' },
      { t: 'Куземівки', ref: 'kuzemivka' },
      { t: 'Новоселівського', ref: 'novoselivskeLuhansk' },
    ],
    traps: [
      { t: 'Сергій Гайдай', why: 'person' },
      { t: 'Гайдай', n: 1, why: 'person' },
      { t: 'Гайдай', n: 3, why: 'person' },
      { t: 'Гайдай', n: 4, why: 'person' },
      { t: 'Гайдай', n: 5, why: 'person' },
      { t: 'RegioNews', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Луганської', ctx: 'Луганської ОВА', why: OBLAST_TITLE + ' ("голова Луганської ОВА")' },
    ],
    claims: [],
    events: [
      { t: 'Стельмахівку', ref: 'stelmakhivka', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2023-03-08'], note: '"Російські військові намагаються захопити Стельмахівку Луганської області" (an attempt)' },
      { t: 'Стельмахівка', ref: 'stelmakhivka', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2023-03-08'], note: '"Бойові дії вже йдуть біля деокупованого населеного пункту Стельмахівка"' },
      { t: 'Стельмахівка', ref: 'stelmakhivka', action: 'controls', actor: 'UA', claimant: HAIDAI, asOf: ['2023-03-08'], note: '"Вона перебуває під нашим контролем" (the settlement just named)' },
      { t: 'Макіївки', ref: 'makiivkaLuhansk', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2023-03-08'], note: '"тривають бої в напрямку Макіївки-Невського та Куземівки-Новоселівського"' },
      { t: 'Невського', ref: 'nevske', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2023-03-08'], note: 'the same battles' },
      { t: 'Куземівки', ref: 'kuzemivka', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2023-03-08'], note: 'the same battles' },
      { t: 'Новоселівського', ref: 'novoselivskeLuhansk', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2023-03-08'], note: 'the same battles' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2022-04-22',
    url: 'https://kp.ua./ua/incidents/a648317-ofis-prezidenta-rosijski-okupanti-za-dobu-zakhopili-42-naseleni-punkti-na-donbasi',
    notes: 'Stored copy on КП в Україні, its headline and body as the store gives them; the load-more button ("Завантажити ще"), the repeated headline, the photo credit ("Фото: facebook.com/GeneralStaff.ua") and the last sentence cut by the store ("Як приклад він на") removed. The page is undated: the date is that of the adviser\'s statement (22 April 2022, as another outlet\'s report of the same statement, expres.rv.ua, is dated). No events (no settlement named). Claims: "за добу захопили 42 населені пункти" in the headline and "Протягом останньої доби ... захопили 42 населені пункти" (count, settlements, RU, Symonenko; the 24 hours back from the report, twice), "в окупації перебувають 3500 населених пунктів" (count, settlements held, RU, the day of the report). Not claims: "бойові дії йдуть у 11 550 населених пунктах" (places with fighting, neither taken nor held), the population figures. Traps: Олена Симоненко, Симоненко, «Телеканал Дім», Павло Кириленко. Skipped: the oblast in "голова Донецької обласної військової адміністрації".',
    places: [
      { t: 'Донбасі', ref: 'donbas' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Донбасу', ref: 'donbas' },
      { t: 'Донецької області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Олена Симоненко', why: 'person' },
      { t: 'Симоненко', n: 2, why: 'person' },
      { t: 'Телеканал Дім', why: 'a television channel' },
      { t: 'Павло Кириленко', why: 'person' },
    ],
    skipped: [
      { t: 'Донецької', ctx: 'Донецької обласної', why: OBLAST_TITLE + ' ("голова Донецької обласної військової адміністрації")' },
    ],
    claims: [
      { t: '42 населені пункти', n: 1, kind: 'count', value: 42, unit: 'settlements', holder: 'RU', claimant: SYMONENKO, asOf: ['2022-04-21', '2022-04-22'], note: 'headline: "російські окупанти за добу захопили 42 населені пункти на Донбасі"' },
      { t: '42 населені пункти', n: 2, kind: 'count', value: 42, unit: 'settlements', holder: 'RU', claimant: SYMONENKO, asOf: ['2022-04-21', '2022-04-22'], note: '"Протягом останньої доби російські окупанти захопили 42 населені пункти на Донеччині"' },
      { t: '3500 населених пунктів', kind: 'count', value: 3500, unit: 'settlements', holder: 'RU', claimant: SYMONENKO, asOf: ['2022-04-22'], note: '"Загалом в окупації ... перебувають 3500 населених пунктів" (held)' },
    ],
    events: [],
  },
];
