// Hand annotations, Ukrainian articles of tests/eval/fresh43. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const OBLAST_TITLE = "oblast inside an official's title or a body's name";
const MALIAR = 'Ганна Маляр';
const SYNIEHUBOV = 'Олег Синєгубов';
const ZHYVYTSKYI = 'Дмитро Живицький';
const HAIDAI = 'Сергій Гайдай';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-07-26',
    url: 'https://novynarnia.com/2022/07/26/vuglegirsku-tes-zahopyly-vagnerivczi-v-pikseli-zsu-video/',
    notes: 'Stored copy on Новинарня, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the photo caption ("Скріншот із відео") before the lead and the last sentence, cut by the store ("Зазначимо, що у вечірньому зведенні Генерального штабу ЗСУ вже немає зга"), removed. The date is the URL\'s and the text\'s ("у вівторок, 26 липня", 2022). Events: the units "котрі відступили зі Світлодарська та навколишніх населених пунктів через загрозу оточення" (withdrew, UA, Kiselyov via Новини Донбасу; before they held the plant from 22 May 2022). Not events: the capture of the power plant and "зайняли всю територію ТЕС" (a plant, not a settlement), the plant "біля міста Світлодарськ" (a location), "навколишніх населених пунктів" (no name). Traps: Новини Донбасу (an outlet), Віталій Кисельов, ПВК “Вагнера”. Skipped: "Вуглегірську", "Вуглегірська", "Вуглегірської" (a power plant\'s name, four times), "ЛНР" in "МВС “ЛНР”" (a body\'s name), "України" in "Збройних сил України" (an official body).',
    places: [
      { t: 'Світлодарськ', ref: 'svitlodarsk' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Світлодарська', ref: 'svitlodarsk' },
    ],
    traps: [
      { t: 'Новини Донбасу', why: 'an outlet' },
      { t: 'Віталія Кисельова', why: 'person' },
      { t: 'Вагнера', why: 'a mercenary company' },
    ],
    skipped: [
      { t: 'Вуглегірську', why: 'a power plant\'s name ("Вуглегірську теплоелектростанцію")' },
      { t: 'Вуглегірська', why: 'a power plant\'s name ("Вуглегірська ТЕС")' },
      { t: 'Вуглегірської', all: true, why: 'a power plant\'s name ("Вуглегірської ТЕС")' },
      { t: 'ЛНР', why: 'a body\'s name ("МВС “ЛНР”")' },
      { t: 'України', why: OFFICIAL + ' ("Збройних сил України")' },
    ],
    claims: [],
    events: [
      { t: 'Світлодарська', ref: 'svitlodarsk', action: 'withdrew', actor: 'UA', claimant: 'Віталій Кисельов', asOf: ['2022-05-22'], note: '"яку з 22 травня утримували підрозділи ЗСУ, котрі відступили зі Світлодарська та навколишніх населених пунктів через загрозу оточення"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-06-11',
    url: 'https://militarnyi.com/uk/news/na-donechchyni-okupanty-vidstupyly-z-makarivky',
    notes: 'Stored copy on Мілітарний, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("Кілька днів тому в ЗСУ, коментуючи ситуацію на Запорізькому напрямку, повідомляли що у районі Великої Новосілки тривають «бої місцевого значення» і у військ РФ там"), removed. The date is the text\'s: Maliar\'s report that Makarivka was liberated, 11 June 2023 (the day the Ministry reported Blahodatne and Makarivka). Events: Makarivka "деокупували" (liberated, UA, Maliar); Ukrainian forces "на околицях Урожайного" (fighting, UA: a village\'s outskirts, the occupiers\' report); "взяття Благодатного і Нескучного" (liberated, UA: Ukrainian villages retaken, the occupiers\' report); "закріпитися на північних околицях Макарівки і Урожайного" (fighting, UA: outskirts, the occupiers\' report); "звільнили 3 населені пункти: Благодатне, Нескучне та Макарівка" (liberated, UA, three times). Not events: the advance "на напрямку від Великої Новосілки" (a direction from a town the advance starts at), "Імовірно, далі будуть контрнаступальні дії ... у напрямку ... Старомайорське" (a supposition), the locations of Velyka Novosilka. Claims: "3 населені пункти" liberated (count, settlements, UA, official information, the report\'s day). Traps: Ганна Маляр. Skipped: «Времєвським» (a salient named after a village: "«Времєвським виступом»").',
    places: [
      { t: 'Донецькій області', all: true, ref: 'donetskOblast' },
      { t: 'Великої Новосілки', all: true, ref: 'velykaNovosilka' },
      { t: 'Макарівка', all: true, ref: 'makarivka' },
      { t: 'Урожайного', all: true, ref: 'urozhaine' },
      { t: 'Благодатного', ref: 'blahodatne' },
      { t: 'Нескучного', ref: 'neskuchne' },
      { t: 'Макарівки', ref: 'makarivka' },
      { t: 'Благодатне', ref: 'blahodatne' },
      { t: 'Нескучне', ref: 'neskuchne' },
      { t: 'Старомайорське', ref: 'staromaiorske' },
      { t: 'Велика Новосілка', ref: 'velykaNovosilka' },
      { t: 'Запорізькою областю', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Ганна Маляр', why: 'person' },
    ],
    skipped: [
      { t: 'Времєвським', why: 'a salient named after a village ("«Времєвським виступом»")' },
    ],
    claims: [
      { t: '3 населені пункти', kind: 'count', value: 3, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2023-06-11'], note: '"за офіційною інформацією, українські сили звільнили 3 населені пункти: Благодатне, Нескучне та Макарівка"' },
    ],
    events: [
      { t: 'Макарівка', n: 1, ref: 'makarivka', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-06-11'], note: '"Сили оборони деокупували населений пункт Макарівка"' },
      { t: 'Урожайного', n: 1, ref: 'urozhaine', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-06-11'], note: '"російські окупанти повідомляють, що українські сили вже на околицях Урожайного" (a village\'s outskirts)' },
      { t: 'Благодатного', ref: 'blahodatne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-11'], note: 'the occupiers\' report: "Крім взяття Благодатного і Нескучного" (Ukrainian villages retaken)' },
      { t: 'Нескучного', ref: 'neskuchne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-11'], note: 'the same' },
      { t: 'Макарівки', ref: 'makarivka', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-06-11'], note: '"противник зміг закріпитися на північних околицях Макарівки і Урожайного ... Нині там точаться бої"' },
      { t: 'Урожайного', n: 2, ref: 'urozhaine', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-06-11'], note: 'the same outskirts' },
      { t: 'Благодатне', ref: 'blahodatne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-11'], note: '"українські сили звільнили 3 населені пункти: Благодатне, Нескучне та Макарівка"' },
      { t: 'Нескучне', ref: 'neskuchne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-11'], note: 'the same list' },
      { t: 'Макарівка', n: 2, ref: 'makarivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-11'], note: 'the same list' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2022-09-12',
    url: 'https://m.gordonua.com/ukr/news/war/vorog-spishno-kidaje-svoji-pozitsiji-i-bizhit-golova-harkivskoji-ov-pro-kontrnastup-vsu-1625693.html',
    notes: 'Stored copy on Гордон (mobile site), its headline, standfirst and body as the store gives them; the site menu and currency line before the headline, the photo credit ("Фото: Головнокомандувач ЗС України / CinC AF of Ukraine / Facebook") and the "Контекст" note, cut by the store ("За період 1–8 вересня ЗСУ звільнили понад 1 тис. км² терито"), removed. The date is the text\'s ("12 вересня", 2022). Events: "росіяни покинули населені пункти Великий Бурлук і Дворічну" (withdrew, RU, Synehubov, 11 September 2022). Not events: "ЗСУ вийшли до державного кордону" (a border, no settlement), "тікає ... на територію Росії" (a country). Claims: "понад 20 населених пунктів" the Russians were ousted from "минулої доби" (count, settlements, UA, the General Staff, the 24 hours to 12 September). Traps: Синєгубов, Олег Синєгубов, Telegram. Skipped: "Харківської" in "голова Харківської обласної військової адміністрації" (an official\'s title), "України" in "Збройні сили України" and "сили оборони України" (official bodies).',
    places: [
      { t: 'Харківській області', all: true, ref: 'kharkivOblast' },
      { t: 'Росією', ref: 'russia' },
      { t: 'Харківщини', ref: 'kharkivOblast' },
      { t: 'Росії', ref: 'russia' },
      { t: 'Великий Бурлук', ref: 'velykyiBurluk' },
      { t: 'Дворічну', ref: 'dvorichna' },
      { t: 'Куп\'янського району', ref: 'kupianskDistrict' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Синєгубов', n: 1, why: 'person' },
      { t: 'Олег Синєгубов', why: 'person' },
      { t: 'Синєгубов', n: 3, why: 'person' },
      { t: 'Telegram', why: 'a messaging service' },
    ],
    skipped: [
      { t: 'Харківської', ctx: 'Харківської обласної', why: OBLAST_TITLE + ' ("голова Харківської обласної військової адміністрації")' },
      { t: 'України', all: true, why: OFFICIAL + ' ("Збройні сили України", "сили оборони України")' },
    ],
    claims: [
      { t: 'понад 20 населених пунктів', kind: 'count', value: 20, unit: 'settlements', holder: 'UA', claimant: 'Генеральний штаб ЗСУ', asOf: ['2022-09-11', '2022-09-12'], note: '"минулої доби сили оборони України витіснили російських окупантів із понад 20 населених пунктів"' },
    ],
    events: [
      { t: 'Великий Бурлук', ref: 'velykyiBurluk', action: 'withdrew', actor: 'RU', claimant: SYNIEHUBOV, asOf: ['2022-09-11'], note: '"учора, 11 вересня, росіяни покинули населені пункти Великий Бурлук і Дворічну"' },
      { t: 'Дворічну', ref: 'dvorichna', action: 'withdrew', actor: 'RU', claimant: SYNIEHUBOV, asOf: ['2022-09-11'], note: 'the same' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2022-02-25',
    url: 'https://www.rbc.ua/ukr/news/rossiyskie-voyska-okruzhili-konotop-glava-1645753794.html',
    notes: 'Stored copy on РБК-Україна, its headline and body as the store gives them; the language switch ("ua en ru"), the repeated headline with the photo credit ("Фото: голова Сумської ОДА Дмитро Живицький(facebook.com/Zhyvytskyy)") removed. The date is the URL\'s timestamp (1645753794: 25 February 2022). Events: Konotop encircled ("оточили Конотоп", "в кільце взято місто Конотоп", three times: fighting, RU, Zhyvytskyi) and Okhtyrka that "двічі відбила ворожий наступ" (fighting, RU: a repelled attack on the town, twice). The Russian equipment that "з Сум вийшла в напрямку Києва" (fighting, RU: an advance toward a settlement, "в напрямку X", twice; added after the first run, an annotation slip). Not events: "населені пункти Сумської області обложені" (a region), Sumy that the equipment left ("техніка з Сум вийшла": it passed through, no withdrawal). Traps: Дмитро Живицький, Живицького, РБК-Україна. Skipped: "Сумської" in "голова Сумської ОДА" (twice) and "Сумської області" in "Голова ОДА Сумської області" (an official\'s title).',
    places: [
      { t: 'Конотоп', all: true, ref: 'konotop' },
      { t: 'Охтирка', all: true, ref: 'okhtyrka' },
      { t: 'Сумської області', n: 2, ref: 'sumyOblast' },
      { t: 'Сум', all: true, ref: 'sumy' },
      { t: 'Києва', all: true, ref: 'kyiv' },
    ],
    traps: [
      { t: 'Дмитро Живицький', why: 'person' },
      { t: 'Живицького', why: 'person' },
      { t: 'РБК-Україна', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Сумської', ctx: 'голова Сумської ОДА', why: OBLAST_TITLE + ' ("голова Сумської ОДА")' },
      { t: 'Сумської області', n: 1, why: OBLAST_TITLE + ' ("Голова ОДА Сумської області")' },
      { t: 'Сумської', ctx: 'Голова Сумської ОДА', why: OBLAST_TITLE + ' ("Голова Сумської ОДА")' },
    ],
    claims: [],
    events: [
      { t: 'Конотоп', n: 1, ref: 'konotop', action: 'fighting', actor: 'RU', claimant: ZHYVYTSKYI, asOf: ['2022-02-25'], note: 'the headline: "Російські війська оточили Конотоп" (an encirclement)' },
      { t: 'Конотоп', n: 2, ref: 'konotop', action: 'fighting', actor: 'RU', claimant: ZHYVYTSKYI, asOf: ['2022-02-25'], note: '"в кільце взято місто Конотоп"' },
      { t: 'Охтирка', n: 1, ref: 'okhtyrka', action: 'fighting', actor: 'RU', claimant: ZHYVYTSKYI, asOf: ['2022-02-25'], note: '"Охтирка двічі відбила ворожий наступ" (a repelled attack)' },
      { t: 'Конотоп', n: 3, ref: 'konotop', action: 'fighting', actor: 'RU', claimant: ZHYVYTSKYI, asOf: ['2022-02-25'], note: 'the quote: "в кільце взято місто Конотоп"' },
      { t: 'Охтирка', n: 2, ref: 'okhtyrka', action: 'fighting', actor: 'RU', claimant: ZHYVYTSKYI, asOf: ['2022-02-25'], note: 'the quote: "місто Охтирка героїчно двічі відбила ворожий наступ"' },
      { t: 'Києва', n: 1, ref: 'kyiv', action: 'fighting', actor: 'RU', claimant: ZHYVYTSKYI, asOf: ['2022-02-25'], note: '"техніка з Сум вийшла в напрямку Києва" (an advance toward a settlement, "у напрямку X": added after the first run, an annotation slip)' },
      { t: 'Києва', n: 2, ref: 'kyiv', action: 'fighting', actor: 'RU', claimant: ZHYVYTSKYI, asOf: ['2022-02-25'], note: 'the quote: "Техніка з міста Сум вийшла в напрямку міста Києва" (the same advance)' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2023-03-05',
    url: 'https://amp.lenta.ua/gayday-rozpoviv-pro-situatsiyu-na-luganshchini-134928/',
    notes: 'Stored copy on Lenta.UA (AMP page), its headline and body as the store gives them; the rubric ("Донбас Війна"), the date and view line ("09:50 05 бер 2023. 400 Читайте на: УКР РУС") and the photo credit ("Фото: Генштаб ЗСУ.") removed; the text\'s misprints ("Найважчі ділянками", "прорирвів") kept. The date is the date line\'s (5 March 2023). Events: "Найважчі ділянками зараз є Білогорівка та Кремінна" (fighting, RU: the hardest sections of the front, Haidai), "На Кремінній взагалі зосередили всі зусилля російські окупаційні війська. Вони намагаються ... продавити наших захисників" (fighting, RU). Not events: "Білогорівка постійно обстрілюється" (shelling) and "там українські захисники також відбивають хвилі наступу" (no name in the clause), "просування у росіян немає" (no name). Traps: Сергій Гайдай, УНІАН. Skipped: "Луганської" in "голова Луганської ОВА" (an official\'s title).',
    places: [
      { t: 'Луганщині', ref: 'luhanskOblast' },
      { t: 'Білогорівка', all: true, ref: 'bilohorivka' },
      { t: 'Кремінна', ref: 'kreminna' },
      { t: 'Кремінній', ref: 'kreminna' },
    ],
    traps: [
      { t: 'Сергій Гайдай', why: 'person' },
      { t: 'УНІАН', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Луганської', why: OBLAST_TITLE + ' ("голова Луганської ОВА")' },
    ],
    claims: [],
    events: [
      { t: 'Білогорівка', n: 1, ref: 'bilohorivka', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2023-03-05'], note: '"Найважчі ділянками зараз є Білогорівка та Кремінна"' },
      { t: 'Кремінна', ref: 'kreminna', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2023-03-05'], note: 'the same' },
      { t: 'Кремінній', ref: 'kreminna', action: 'fighting', actor: 'RU', claimant: HAIDAI, asOf: ['2023-03-05'], note: '"На Кремінній взагалі зосередили всі зусилля російські окупаційні війська. Вони намагаються ... продавити наших захисників"' },
    ],
  },
];
