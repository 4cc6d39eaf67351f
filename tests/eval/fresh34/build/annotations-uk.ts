// Hand annotations, Ukrainian articles of tests/eval/fresh34. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-08-15',
    url: 'https://nikolaevnews.com.ua/society/2024/08/15/291601.html',
    notes: 'Stored copy on nikolaevnews.com.ua, its headline and body as the store gives them; the headline, repeated by the store, kept once; the source line ("Джерело: https://korabelov.info/") and the rubric "Останні новини" removed. The date is the URL\'s (15 August 2024). Events: "окрім міста Суджа, ЗСУ успішно завершили “пошук та знищення” ворога" (cleared, UA, Syrskyi: a search and destruction of the enemy completed in a town). Not events: "ще у трьох населених пунктах" (no settlement named), "на підконтрольних територіях". Claims: "взявши під свій контроль вже 82 населені пункти" (count, settlements, UA), "ще у трьох населених пунктах" (count, settlements, UA: three more cleared) and "1150 квадратних кілометрів території" (area-held, km², UA), Syrskyi, the day; "на 35 км", "на 35 кілометрів" are distances. "Збройних Сил України" is an army (skipped). Traps: people.',
    places: [
      { t: 'Україна', ref: 'ukraine' },
      { t: 'Курської області', all: true, ref: 'kurskOblast' },
      { t: 'Курській області', ref: 'kurskOblast' },
      { t: 'Суджа', ref: 'sudzha' },
    ],
    traps: [
      { t: 'Олександр Сирський', why: 'person' },
      { t: 'Сирського', why: 'person' },
      { t: 'Сирський', n: 2, why: 'person' },
      { t: 'Едуард Москальов', why: 'person' },
    ],
    skipped: [
      { t: 'України', why: ARMY + ' ("Збройних Сил України")' },
    ],
    claims: [
      { t: '82 населені пункти', kind: 'count', value: 82, unit: 'settlements', holder: 'UA', claimant: 'Олександр Сирський', asOf: ['2024-08-15'], note: '"взявши під свій контроль вже 82 населені пункти"' },
      { t: 'трьох населених пунктах', kind: 'count', value: 3, unit: 'settlements', holder: 'UA', claimant: 'Олександр Сирський', asOf: ['2024-08-15'], note: '"завершили “пошук та знищення” ворога ще у трьох населених пунктах" (cleared)' },
      { t: '1150 квадратних кілометрів', kind: 'area-held', value: 1150, unit: 'km2', holder: 'UA', claimant: 'Олександр Сирський', asOf: ['2024-08-15'], note: '"та 1150 квадратних кілометрів території"' },
    ],
    events: [
      { t: 'Суджа', ref: 'sudzha', action: 'cleared', actor: 'UA', claimant: 'Олександр Сирський', asOf: ['2024-08-15'], note: '"окрім міста Суджа, ЗСУ успішно завершили “пошук та знищення” ворога"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-11-11',
    url: 'https://ptv.ua/news/38e7621a-9b0b-4050-9c5f-810a702c7290',
    notes: 'Stored copy on ПТВ (ptv.ua), its headline and body as the store gives them; the date and count line ("11 листопада 2022 0"), the author\'s name and the photo credit ("Фото: Верховна Рада України") removed. The date is the page\'s date line (11 November 2022). Events: the headline\'s "Українські війська зайшли в тимчасово окупований Херсон" (entered, UA); "Херсон повертається під контроль України, до міста заходять частини ЗСУ" (liberated, UA, twice: the lede and the body repeat it; the clause of the name is the return of control, the entry is told of "міста"); "11 листопада Збройні сили України зайшли в Херсон, повідомили в Головному управлінні розвідки" (entered, UA, the intelligence directorate). Not events: the flag hung "біля будівлі обласної державної адміністрації" (a flag at a building). "Херсонської обласної ради" is a body\'s name (skipped), "МО України" a ministry (skipped), "Збройні сили України" an army (skipped). Traps: Хлань.',
    places: [
      { t: 'Херсон', all: true, ref: 'kherson' },
      { t: 'України', n: 1, ref: 'ukraine' },
      { t: 'України', n: 4, ref: 'ukraine' },
      { t: 'Україна', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Сергій Хлань', why: 'person' },
    ],
    skipped: [
      { t: 'України', n: 2, why: ARMY + ' ("Збройні сили України")' },
      { t: 'України', n: 3, why: OFFICIAL + ' ("МО України")' },
      { t: 'Херсонської обласної ради', why: 'a body\'s name' },
    ],
    claims: [],
    events: [
      { t: 'Херсон', n: 1, ref: 'kherson', action: 'entered', actor: 'UA', claimant: null, asOf: ['2022-11-11'], note: '"Українські війська зайшли в тимчасово окупований Херсон"' },
      { t: 'Херсон', n: 2, ref: 'kherson', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-11-11'], note: '"Херсон повертається під контроль України, до міста заходять частини ЗСУ"' },
      { t: 'Херсон', n: 3, ref: 'kherson', action: 'entered', actor: 'UA', claimant: 'Головному управлінні розвідки', asOf: ['2022-11-11'], note: '"11 листопада Збройні сили України зайшли в Херсон"' },
      { t: 'Херсон', n: 4, ref: 'kherson', action: 'liberated', actor: 'UA', claimant: 'Головному управлінні розвідки', asOf: ['2022-11-11'], note: '"Херсон повертається під контроль України, в місто заходять частини ЗСУ"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2022-10-22',
    url: 'https://suspilne.media/300426-241-den-vijni-hronika-podij-v-hersonskij-oblasti/',
    notes: 'Stored copy of a live page on Суспільне (suspilne.media), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last item, cut by the store ("Військові РФ ви"), removed. The date is the text\'s: the 241st day of the full-scale invasion (22 October 2022). Events: "На Херсонщині ЗСУ звільнили та провели стабілізаційні заходи у населених пунктах: Новодмитрівка, Костирка, Черешневе, Новомиколаївка, Новопетрівка та Блакитне" (liberated, UA, six). Not events: "У Бериславі припинили свою діяльність усі органи окупаційної влади" (an administration leaving, no control change told), "У Херсоні та області лунають вибухи" (strikes). Claims: "У Херсонській області деокуповані 88 населених пунктів" (count, settlements, UA, the day). "Суспільне Херсон" is the outlet (skipped), "Каховську ГЕС" a plant named after a town (skipped), "військ РФ" an army (skipped).',
    places: [
      { t: 'Росії', ref: 'russia' },
      { t: 'Україну', ref: 'ukraine' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Херсоні', ref: 'kherson' },
      { t: 'Херсонській області', ref: 'khersonOblast' },
      { t: 'Херсонщині', ref: 'khersonOblast' },
      { t: 'Новодмитрівка', ref: 'novodmytrivka' },
      { t: 'Костирка', ref: 'kostyrka' },
      { t: 'Черешневе', ref: 'chereshneve' },
      { t: 'Новомиколаївка', ref: 'novomykolaivkaKherson' },
      { t: 'Новопетрівка', ref: 'novopetrivkaKherson' },
      { t: 'Блакитне', ref: 'blakytne' },
      { t: 'Бериславі', ref: 'beryslav' },
    ],
    traps: [
      { t: 'YouTube', why: 'a website' },
    ],
    skipped: [
      { t: 'Суспільне Херсон', why: 'the outlet\'s name' },
      { t: 'Каховську ГЕС', why: 'a power plant named after a town' },
      { t: 'РФ', n: 1, why: ARMY + ' ("військ РФ")' },
    ],
    claims: [
      { t: '88 населених пунктів', kind: 'count', value: 88, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2022-10-22'], note: '"У Херсонській області деокуповані 88 населених пунктів"' },
    ],
    events: [
      { t: 'Новодмитрівка', ref: 'novodmytrivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-22'], note: '"ЗСУ звільнили та провели стабілізаційні заходи у населених пунктах: ..."' },
      { t: 'Костирка', ref: 'kostyrka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-22'] },
      { t: 'Черешневе', ref: 'chereshneve', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-22'] },
      { t: 'Новомиколаївка', ref: 'novomykolaivkaKherson', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-22'] },
      { t: 'Новопетрівка', ref: 'novopetrivkaKherson', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-22'] },
      { t: 'Блакитне', ref: 'blakytne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-22'] },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2023-08-28',
    url: 'https://nikopolnews.net/ukraina/saira-robotynoho-na-zaporizhzhi/',
    notes: 'Stored copy on Нікополь News (nikopolnews.net), its headline and body as the store gives them; an advertisement line before the headline ("Купити квартиру в Дніпрі") and the headline\'s repetition removed; the last sentence, cut by the store ("Окупанти зазнають там величезних втрат, ал"), removed. The date is the text\'s, with the year of the episode: Maliar\'s confirmation of Robotyne on Monday 28 August 2023. Events: the headline\'s and the lede\'s "Після звільнення Роботиного" (liberated, UA, twice), "офіційно підтвердила деокупацію Роботиного" (liberated, UA, Maliar), "звільнено Роботине" (liberated, UA, Maliar); the advance "за напрямками Новоданилівка — Новопрокопівка та Мала Токмачка — Очеретувате" (fighting, UA, at the two ends it moves toward, Новопрокопівка and Очеретувате; the starting points are Ukrainian-held, no event). Not events: "південно-східніше Роботиного", "південніше Малої Токмачки" (locations). Traps: people, НСН, Military Media Center.',
    places: [
      { t: 'Роботиного', all: true, ref: 'robotyne' },
      { t: 'Роботине', ref: 'robotyne' },
      { t: 'Запоріжжі', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Токмацькій міській громаді', ref: 'tokmakHromada' },
      { t: 'Пологівського району', ref: 'polohyRaion' },
      { t: 'Малої Токмачки', ref: 'malaTokmachka' },
      { t: 'Мала Токмачка', ref: 'malaTokmachka' },
      { t: 'Новоданилівка', ref: 'novodanylivka' },
      { t: 'Новопрокопівка', ref: 'novoprokopivka' },
      { t: 'Очеретувате', ref: 'ocheretuvate' },
    ],
    traps: [
      { t: 'Ганна Маляр', why: 'person' },
      { t: 'Маляр', n: 2, why: 'person' },
      { t: 'НСН', why: 'a news outlet' },
      { t: 'Military Media Center', why: 'a press centre' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Роботиного', n: 1, ref: 'robotyne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-08-28'], note: '"Після звільнення Роботиного на Запоріжжі"' },
      { t: 'Роботиного', n: 2, ref: 'robotyne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-08-28'], note: '"Після звільнення Роботиного, що в Токмацькій міській громаді"' },
      { t: 'Роботиного', n: 3, ref: 'robotyne', action: 'liberated', actor: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-08-28'], note: '"офіційно підтвердила деокупацію Роботиного"' },
      { t: 'Роботине', ref: 'robotyne', action: 'liberated', actor: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-08-28'], note: '"Ви знаєте, що звільнено Роботине"' },
      { t: 'Новопрокопівка', ref: 'novoprokopivka', action: 'fighting', actor: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-08-28'], note: '"просуваються за напрямками Новоданилівка — Новопрокопівка"' },
      { t: 'Очеретувате', ref: 'ocheretuvate', action: 'fighting', actor: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-08-28'], note: '"та Мала Токмачка — Очеретувате"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2023-11-11',
    url: 'https://lenta.ua/rik-deokupatsiyi-herson-zvilnili-vid-okupantiv-ale-ne-vid-yihnih-teroristichnih-obstriliv-148187',
    notes: 'Stored copy on Lenta.UA, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the subscription line inside the text ("Підписуйтеcь на наш Telegram-канал ...") removed; the last sentence, cut by the store ("Над 228 населеними пунктами Херсонщини зараз вільно майорить синьо-жовтий прапор завдяки под"), removed. The date is the text\'s: the anniversary it marks ("Рік тому, 11 листопада 2022 року"; "11 листопада 2023 року у Херсоні вшанували"). Events: "11 листопада 2022 року, Збройні Сили України увійшли до Херсона та звільнили його від російської окупації" (liberated, UA, 11 November 2022). Not events: "Місто знаходилося вісім місяців під окупацією росії" ("Місто" names no settlement), "ворог ще повністю не вибитий із Херсонської області" (an oblast). "Збройні Сили України" is an army, "Херсонської ОВА" a body\'s name (skipped). Traps: Прокудін, «Південь Інформ».',
    places: [
      { t: 'Україна', ref: 'ukraine' },
      { t: 'Херсонської області', ref: 'khersonOblast' },
      { t: 'Херсона', ref: 'kherson' },
      { t: 'Херсоні', all: true, ref: 'kherson' },
      { t: 'росії', ref: 'russia' },
      { t: 'України', n: 2, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Олександр Прокудін', why: 'person' },
      { t: 'Південь Інформ', why: 'a news outlet' },
    ],
    skipped: [
      { t: 'України', n: 1, why: ARMY + ' ("Збройні Сили України")' },
      { t: 'Херсонської ОВА', why: 'a body\'s name' },
    ],
    claims: [],
    events: [
      { t: 'Херсона', ref: 'kherson', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-11-11'], note: '"Збройні Сили України увійшли до Херсона та звільнили його від російської окупації"' },
    ],
  },
];
