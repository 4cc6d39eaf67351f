// Hand annotations, Russian articles of tests/eval/fresh5. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation, EventItem } from './types.ts';

const MOD = 'Russian defence ministry';
const BODY = "country inside an official body's name";
const GROUP = 'group of forces';
const taken = (t: string, ref: string, asOf: EventItem['asOf'], extra: Partial<EventItem> = {}): EventItem => ({
  t, ref, action: 'captured', actor: 'RU', claimant: MOD, asOf, ...extra,
});

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-12-28',
    url: 'https://lenta.ru/news/2025/12/28/minoborony-rossii-zayavilo-ob-osvobozhdenii-naselennogo-punkta-v-zaporozhskoy-oblasti/',
    notes: 'Stored copy of a Lenta.ru report from its headline; the index\'s date prefix is removed; complete as given. The date is in the URL (28 Dec 2025). The MoD: Степногорск taken (captured, RU; headline, lead and quote); reported the same day: Гуляйполе, Димитров (= Myrnohrad, its Russian name until 2016), Родинское, Артемовка and Вольное (captured, RU, 27–28 Dec); groups of the Ukrainian army left in Димитров laid down their arms (cleared, RU, per «Операция Z»). Artemivka and Vilne of Donetsk Oblast are placed at the oblast. Каховское водохранилище is a reservoir (skipped); "МО РФ", "Минобороны РФ" are official bodies (skipped); «Днепр» (a group of forces named after a river) is a trap.',
    places: [
      { t: 'Степногорск', all: true, ref: 'stepnohirsk' },
      { t: 'Запорожской области', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Запорожье', ref: 'zaporizhzhia' },
      { t: 'Гуляйполя', ref: 'huliaipole' },
      { t: 'Димитрова', ref: 'myrnohrad' },
      { t: 'Родинского', ref: 'rodynske' },
      { t: 'Артемовки', ref: 'artemivkaDonetsk' },
      { t: 'Вольного', ref: 'volneDonetsk' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Димитрове', ref: 'myrnohrad' },
    ],
    traps: [{ t: 'Днепр', all: true, why: GROUP }],
    skipped: [
      { t: 'РФ', all: true, why: BODY },
      { t: 'Каховского водохранилища', why: 'a reservoir' },
    ],
    events: [
      taken('Степногорск', 'stepnohirsk', ['2025-12-28'], { n: 1 }),
      taken('Степногорск', 'stepnohirsk', ['2025-12-28'], { n: 2 }),
      taken('Степногорск', 'stepnohirsk', ['2025-12-28'], { n: 3 }),
      taken('Гуляйполя', 'huliaipole', ['2025-12-27', '2025-12-28']),
      taken('Димитрова', 'myrnohrad', ['2025-12-27', '2025-12-28']),
      taken('Родинского', 'rodynske', ['2025-12-27', '2025-12-28']),
      taken('Артемовки', 'artemivkaDonetsk', ['2025-12-27', '2025-12-28']),
      taken('Вольного', 'volneDonetsk', ['2025-12-27', '2025-12-28']),
      { t: 'Димитрове', ref: 'myrnohrad', action: 'cleared', actor: 'RU', claimant: 'Операция Z (Telegram)', asOf: ['2025-12-28'], note: 'the Ukrainian groups left in the town surrendered' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-08-25',
    url: 'https://www.vedomosti.ru/politics/news/2025/08/25/1133908-selo-zaporozhskoe',
    notes: 'Stored copy of a Ведомости report from its headline; the index\'s date prefix is removed; complete as given. The date is in the URL (25 Aug 2025). The MoD: Запорожское of Dnipropetrovsk Oblast taken (captured, RU; headline and lead; 25 Aug), Филия (24 Aug) and Новогеоргиевка (20 Aug) (captured, RU). The 237,000 and 64,000 people are evacuees, not claims. "Армия России", "армия России" name the country\'s army (mentions); "ВС РФ" and the Ukrainian ministry\'s and armed forces\' names contain the country (skipped); «Восток» and «Центр» (groups of forces) are traps. Запорожское is not the city of Zaporizhzhia.',
    places: [
      { t: 'России', all: true, ref: 'russia' },
      { t: 'Запорожское', all: true, ref: 'zaporizke' },
      { t: 'Днепропетровской области', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Украине', ref: 'ukraine' },
      { t: 'Филия', ref: 'filiia' },
      { t: 'Новогеоргиевкой', ref: 'novoheorhiivka' },
      { t: 'Донецкой области', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Восток', why: GROUP },
      { t: 'Центр', why: GROUP },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY },
      { t: 'Украины', all: true, why: BODY },
    ],
    events: [
      taken('Запорожское', 'zaporizke', ['2025-08-25'], { n: 1 }),
      taken('Запорожское', 'zaporizke', ['2025-08-25'], { n: 2 }),
      taken('Филия', 'filiia', ['2025-08-24']),
      taken('Новогеоргиевкой', 'novoheorhiivka', ['2025-08-20']),
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2026-01-16',
    url: 'https://www.rbc.ru/politics/16/01/2026/696a06f29a79471d57cd1d80',
    notes: 'Stored excerpt of an РБК report from its headline; the last list item, cut mid-word ("к зап"), is removed. The date is in the URL (16 Jan 2026). The MoD: Закотное (Donetsk Oblast) and Жовтневое (Zaporizhzhia Oblast) taken in the past day (captured, RU); Комаровка in Shostka Raion of Sumy Oblast taken in the past week (captured, RU). Other mentions locate them (Краматорский район, the Сиверск–Лиман road, the Пологи–Покровское railway) and carry no event; Еленоконстантиновка is Жовтневое\'s new name (a mention of the same village); "Октябрьское" is the translation of the name, not a name used for the place (skipped). Rivers Северский Донец and Гайчур are skipped; «Север» (a group of forces) is a trap. Закотное is placed at the hromada centre the KATOTTG extract gives (Lyman), Комаровка at its district centre, Жовтневое at the oblast.',
    places: [
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Запорожской области', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Закотное', all: true, ref: 'zakitne' },
      { t: 'Жовтневого', ref: 'zhovtneveZap' },
      { t: 'Краматорском районе', ref: 'kramatorskRaion' },
      { t: 'Северск', ref: 'siversk' },
      { t: 'Красным Лиманом', ref: 'lyman' },
      { t: 'Жовтневое', all: true, ref: 'zhovtneveZap' },
      { t: 'Пологи', ref: 'polohy' },
      { t: 'Покровское', ref: 'pokrovskeDnipro' },
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
      { t: 'Еленоконстантиновку', ref: 'zhovtneveZap' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Комаровку', ref: 'komarivkaShostka' },
      { t: 'Шосткинском районе', ref: 'shostkaRaion' },
      { t: 'Россией', ref: 'russia' },
    ],
    traps: [{ t: 'Север', why: GROUP }],
    skipped: [
      { t: 'Северский Донец', why: 'a river' },
      { t: 'Гайчур', why: 'a river' },
      { t: 'Октябрьское', why: 'the translation of the name, not a name used for the place' },
    ],
    events: [
      taken('Закотное', 'zakitne', ['2026-01-15', '2026-01-16'], { n: 1 }),
      taken('Жовтневого', 'zhovtneveZap', ['2026-01-15', '2026-01-16']),
      taken('Комаровку', 'komarivkaShostka', ['2026-01-10', '2026-01-16']),
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-07-31',
    url: 'https://iz.ru/1929379/2025-07-31/minoborony-soobshchilo-o-zachistke-bolee-42-tys-zdanii-za-vremia-osvobozhdeniia-chasova-iara',
    notes: 'Stored excerpt of an Известия report from its headline; the last sentence, cut mid-sentence ("Бывший офицер спецназа"), is removed. The date is in the URL and the text (31 Jul 2025). The MoD: Часов Яр taken (captured, RU; headline, lead, the operation and the closing sentence). The 4,200 buildings cleared, 50 prisoners and 65 civilians are not claims of area or settlements. "флаги РФ" is the country\'s flag (a mention), "Минобороны РФ" an official body (skipped); the microdistricts Шевченко and Южный are parts of the town (skipped); "Свирской" (a division\'s honorific, after a river) and "Южной" (the Southern group of forces) are traps. "Донецкой Народной Республике" and "ДНР" name Donetsk Oblast.',
    places: [
      { t: 'Часова Яра', all: true, ref: 'chasivYar' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'РФ', ctx: 'флаги РФ', ref: 'russia' },
      { t: 'Часов Яр', ref: 'chasivYar' },
    ],
    traps: [
      { t: 'Свирской', why: "a division's honorific title (after a river)" },
      { t: 'Южной', all: true, why: GROUP },
    ],
    skipped: [
      { t: 'РФ', ctx: 'Минобороны РФ.', why: BODY },
      { t: 'Шевченко', why: 'a microdistrict of the town' },
      { t: 'Южный', why: 'a microdistrict of the town' },
    ],
    events: [
      taken('Часова Яра', 'chasivYar', ['2025-07-31'], { n: 1 }),
      taken('Часова Яра', 'chasivYar', ['2025-07-31'], { n: 2 }),
      taken('Часова Яра', 'chasivYar', ['2025-07-31'], { n: 3 }),
      taken('Часов Яр', 'chasivYar', ['2025-07-31']),
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-08-30',
    url: 'https://life.ru/p/1784896',
    notes: 'Stored copy of a Life.ru report from its lead (the store gives no headline: the manifest title is made from the subject); complete as given. The date is established from the event: Gerasimov\'s summary of the spring–summer campaign, reported on 30 Aug 2025 (the same figures under that date in other outlets\' reports). Gerasimov: since March more than 3,500 km² and 149 settlements taken (area-gained and count, RU, Mar–30 Aug 2025); 99.7% of the Luhansk and 79% of the Donetsk People\'s Republics held (area-held, percent, RU); less than 60 km² of Luhansk left to take (area-held, UA: an upper bound, with a note). Купянск almost blocked, about half of it taken (fighting, RU: a share of a town; "около половины его территории" is also a figure: area-held, 50 percent, RU, as the set `fresh` counts "около половины"). "ВС РФ" is an official body (skipped).',
    places: [
      { t: 'Луганской Народной Республики', ref: 'luhanskOblast' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Купянск', ref: 'kupiansk' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
    ],
    traps: [{ t: 'Валерий Герасимов', why: 'a person' }],
    skipped: [{ t: 'РФ', why: BODY }],
    claims: [
      { t: '3,5 тысяч квадратных километров', kind: 'area-gained', value: 3500, unit: 'km2', holder: 'RU', claimant: 'Gerasimov', asOf: ['2025-03-01', '2025-08-30'], note: '"более 3,5 тысяч"' },
      { t: '149 населённых пунктов', kind: 'count', value: 149, unit: 'settlements', holder: 'RU', claimant: 'Gerasimov', asOf: ['2025-03-01', '2025-08-30'] },
      { t: '99,7%', kind: 'area-held', value: 99.7, unit: 'percent', holder: 'RU', claimant: 'Gerasimov', asOf: ['2025-08-30'], note: 'share of the Luhansk People\'s Republic (Luhansk Oblast)' },
      { t: '60 кв. км', kind: 'area-held', value: 60, unit: 'km2', holder: 'UA', claimant: 'Gerasimov', asOf: ['2025-08-30'], note: '"осталось отбить менее 60 кв. км" of Luhansk Oblast: an upper bound' },
      { t: '79%', kind: 'area-held', value: 79, unit: 'percent', holder: 'RU', claimant: 'Gerasimov', asOf: ['2025-08-30'], note: 'share of the Donetsk People\'s Republic (Donetsk Oblast)' },
      { t: 'около половины', kind: 'area-held', value: 50, unit: 'percent', holder: 'RU', claimant: 'Gerasimov', asOf: ['2025-08-30'], note: 'share of Kupiansk taken ("около половины его территории")' },
    ],
    events: [
      { t: 'Купянск', ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: 'Gerasimov', part: true, asOf: ['2025-08-30'], note: 'almost blocked, about half of it taken' },
    ],
  },
];
