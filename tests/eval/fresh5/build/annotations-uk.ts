// Hand annotations, Ukrainian articles of tests/eval/fresh5. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const AXIS = 'front axis named by an adjective';
const BODY = "country inside an official body's name";

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-10-02',
    url: 'https://politarena.ua/komanduvannia-ofitsiyno-oholosylo-pro-vyvedennia-ukrainskykh-syl-z-vuhledaru-76435',
    notes: 'Stored excerpt of a Політарена report from its lead (the store gives no headline: the manifest title is the URL slug, transliterated); removed: a tag line ("ЗСУ") and a photo credit ("Фото: Генштаб ЗСУ") before the lead, and the last paragraph, cut mid-word ("я"). The date is in the text ("2 жовтня"; the withdrawal from Vuhledar of 2 Oct 2024). Вугледар: the announced withdrawal (withdrew, UA, lead and quote), the occupiers\' attempts to take it (fighting, RU), Russian troops having entered it with fighting in the town (entered, RU, as of 1 Oct). "командування України" and "Збройних Сил України" are official bodies (skipped); «Хортиця» (a group of forces named after an island) is a trap.',
    places: [
      { t: 'Вугледару', all: true, ref: 'vuhledar' },
      { t: 'Донеччині', all: true, ref: 'donetskOblast' },
      { t: 'Вугледар', ref: 'vuhledar' },
      { t: 'Вугледарі', ref: 'vuhledar' },
    ],
    traps: [{ t: 'Хортиця', why: 'a group of forces named after an island' }],
    skipped: [{ t: 'України', all: true, why: BODY }],
    events: [
      { t: 'Вугледару', n: 1, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: 'Ukrainian command (Khortytsia)', asOf: ['2024-10-02'] },
      { t: 'Вугледар', ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'Ukrainian command (Khortytsia)', asOf: ['2024-10-02'], note: '"не полишили спроб захопити Вугледар"' },
      { t: 'Вугледару', n: 2, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: 'Ukrainian command (Khortytsia)', asOf: ['2024-10-02'] },
      { t: 'Вугледарі', ref: 'vuhledar', action: 'entered', actor: 'RU', claimant: null, asOf: ['2024-10-01'], note: '"куди зайшли російські війська, точаться бої в межах міста"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-12-20',
    url: 'https://novosti.dn.ua/news/411947-na-karti-deep-state-myrnograd-pokrovskogo-rajonu-perejshov-u-siru-zonu-shho-tse-oznachaye',
    notes: 'Stored excerpt of a Новини Донбасу report from its headline; removed: the index\'s date prefix and the last paragraph, cut mid-word ("Мирноград"). The date is the index date (20 Dec 2025). Мирноград: the occupiers try to take it (headline; fighting, RU), it went into the "grey zone" on DeepState\'s map (fighting, RU), fighting in it on the map of 19 Dec (fighting, RU); the Defence Forces hold their lines in it (controls, UA, ОК «Схід», 20 Dec). "весь Мирноград ... потребує уточнення" carries no event. Advances near Дронівка and Сіверськ (fighting, RU, DeepState, 19 Dec). "Силам оборони України" is an official body (skipped); DeepState is a trap.',
    places: [
      { t: 'Мирноград', all: true, ref: 'myrnohrad' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Покровського району', ref: 'pokrovskyiRaion' },
      { t: 'Донецької області', all: true, ref: 'donetskOblast' },
      { t: 'Мирнограді', all: true, ref: 'myrnohrad' },
      { t: 'Дронівки', ref: 'dronivka' },
      { t: 'Сіверська', ref: 'siversk' },
    ],
    traps: [{ t: 'DeepState', all: true, why: 'a mapping group' }],
    skipped: [{ t: 'України', why: BODY }],
    events: [
      { t: 'Мирноград', n: 1, ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-12-19', '2025-12-20'] },
      { t: 'Мирноград', n: 2, ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-19'], note: 'grey zone: held by neither side' },
      { t: 'Мирнограді', n: 1, ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-19'] },
      { t: 'Дронівки', ref: 'dronivka', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-19'] },
      { t: 'Сіверська', ref: 'siversk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-19'] },
      { t: 'Мирнограді', n: 2, ref: 'myrnohrad', action: 'controls', actor: 'UA', claimant: 'ОК «Схід»', asOf: ['2025-12-20'], note: 'the Defence Forces hold their lines in the town' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2026-02-04',
    url: 'https://www.unian.ua/war/okupanti-prosunulis-bilya-troh-vazhlivih-mist-na-donechchini-deepstate-13276248.html',
    notes: 'Stored excerpt of a УНІАН report from its lead (the store gives no headline: the manifest title is the URL slug, transliterated); removed: the index\'s date prefix, two widget lines ("Відео дня", "Війна в Україні: новини") and the last sentence, cut mid-word ("на Покровсько"). The date is the index date (4 Feb 2026). DeepState: advances in Покровськ and Мирноград and near Сіверськ (fighting, RU); Покровськ and Мирноград marked occupied (controls, RU); Сіверськ occupied (controls, RU, УНІАН) and left by the Defence Forces in December 2025 (withdrew, UA). 245 km² occupied in January (area-gained, RU). Слов’янськ and Краматорськ: Russian attempts to advance towards them (no event); "Зі сторони Сіверська" carries no event. DeepState is a trap.',
    places: [
      { t: 'Донецькій області', all: true, ref: 'donetskOblast' },
      { t: 'Покровську', ref: 'pokrovsk' },
      { t: 'Мирнограді', ref: 'myrnohrad' },
      { t: 'Сіверська', all: true, ref: 'siversk' },
      { t: 'Сіверськ', all: true, ref: 'siversk' },
      { t: 'Слов’янська', ref: 'sloviansk' },
      { t: 'Краматорська', ref: 'kramatorsk' },
      { t: 'Покровськ', ref: 'pokrovsk' },
      { t: 'Мирноград', ref: 'myrnohrad' },
    ],
    traps: [{ t: 'DeepState', all: true, why: 'a mapping group' }],
    claims: [
      { t: '245 кв. км', kind: 'area-gained', value: 245, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2026-01-01', '2026-01-31'] },
    ],
    events: [
      { t: 'Покровську', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2026-02-04'] },
      { t: 'Мирнограді', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2026-02-04'] },
      { t: 'Сіверська', n: 1, ref: 'siversk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2026-02-04'] },
      { t: 'Сіверськ', n: 1, ref: 'siversk', action: 'controls', actor: 'RU', claimant: null, asOf: ['2026-02-04'], note: '"є окупованим"' },
      { t: 'Покровськ', ref: 'pokrovsk', action: 'controls', actor: 'RU', claimant: 'DeepState', asOf: ['2026-02-04'], note: 'marked "окуповані" on the map' },
      { t: 'Мирноград', ref: 'myrnohrad', action: 'controls', actor: 'RU', claimant: 'DeepState', asOf: ['2026-02-04'], note: 'marked "окуповані" on the map' },
      { t: 'Сіверськ', n: 2, ref: 'siversk', action: 'withdrew', actor: 'UA', claimant: null, asOf: ['2025-12-01', '2025-12-31'] },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2024-05-20',
    url: 'https://www.ostro.org/news/zsu-kontrolyuyut-blyzko-60-vovchanska-na-harkivshhyni-ova-i474348',
    notes: 'Stored excerpt of an ОстроВ report from its headline; removed: the site\'s appeal for support and the list of other articles after the last paragraph. The store\'s double full stop ("наступу..") is kept. The date is in the text ("20 травня"); the year is that of the Russian offensive on Vovchansk (May 2024), which the text reports as under way. Вовчанськ: about 60% held by Ukrainian units (area-held, percent, UA, Semenukha; headline and lead) — most of the town: controls, UA, at both mentions. Russian attempts to advance near Липці (fighting, RU). "у напрямку Харкова" carries no event. "Харківської ОВА" is the oblast inside an official body\'s name (skipped), "Вовчанському напрямку" a front axis named by an adjective and Вовча a river (skipped).',
    places: [
      { t: 'Вовчанська', ref: 'vovchansk' },
      { t: 'Харківщині', all: true, ref: 'kharkivOblast' },
      { t: 'Вовчанськ', ref: 'vovchansk' },
      { t: 'Липців', ref: 'lyptsi' },
      { t: 'Харкова', ref: 'kharkiv' },
    ],
    skipped: [
      { t: 'Харківської', why: "oblast inside an official body's name (the oblast military administration)" },
      { t: 'Вовчанському', why: AXIS },
      { t: 'Вовча', why: 'a river' },
    ],
    claims: [
      { t: '60%', n: 1, kind: 'area-held', value: 60, unit: 'percent', holder: 'UA', claimant: 'Kharkiv oblast military administration', asOf: ['2024-05-20'], note: 'share of Vovchansk' },
      { t: '60%', n: 2, kind: 'area-held', value: 60, unit: 'percent', holder: 'UA', claimant: 'Kharkiv oblast military administration', asOf: ['2024-05-20'], note: 'share of Vovchansk' },
    ],
    events: [
      { t: 'Вовчанська', ref: 'vovchansk', action: 'controls', actor: 'UA', claimant: 'Kharkiv oblast military administration', part: true, asOf: ['2024-05-20'], note: 'about 60% of the town' },
      { t: 'Вовчанськ', ref: 'vovchansk', action: 'controls', actor: 'UA', claimant: 'Kharkiv oblast military administration', part: true, asOf: ['2024-05-20'], note: 'about 60% of the town' },
      { t: 'Липців', ref: 'lyptsi', action: 'fighting', actor: 'RU', claimant: 'Kharkiv oblast military administration', asOf: ['2024-05-20'] },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2024-08-13',
    url: 'https://volynpost.com/news/243102-syrskyj-zsu-kontrolyuyut-74-naseleni-punkty-na-kurschyni',
    notes: 'Stored copy of a ВолиньPost report from its headline; complete as given ("дердави" sic kept). The date is established from the text: Syrskyi\'s report "за 13 серпня" (2024, the Kursk incursion) and the evacuation begun on 13 August. Syrskyi: 74 settlements of Kursk Oblast under Ukrainian control (count, settlements, UA; headline, lead and Zelensky\'s repeat) and 40 km² more taken on 13 August (area-gained, UA). "від 1 до 3 кілометрів" is a distance. No settlement is named. "росії" (lower case) is the country; "Великосолдатському районі" is Bolshesoldatsky District (a Ukrainian rendering). "Збройні сили України" is an official body (skipped); "Володимиру Зеленському" a trap.',
    places: [
      { t: 'Курщині', ref: 'kurskOblast' },
      { t: 'Курській області', ref: 'kurskOblast' },
      { t: 'росії', ref: 'russia' },
      { t: 'Курської області', all: true, ref: 'kurskOblast' },
      { t: 'Курщини', ref: 'kurskOblast' },
      { t: 'Великосолдатському районі', ref: 'bolshesoldatsky' },
    ],
    traps: [{ t: 'Володимиру Зеленському', why: 'a person' }],
    skipped: [{ t: 'України', why: BODY }],
    claims: [
      { t: '74 населені пункти', n: 1, kind: 'count', value: 74, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-13'] },
      { t: '74 населені пункти', n: 2, kind: 'count', value: 74, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-13'] },
      { t: '40 квадратних км', kind: 'area-gained', value: 40, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-13'] },
      { t: '74 населених пунктах', kind: 'count', value: 74, unit: 'settlements', holder: 'UA', claimant: 'Zelensky', asOf: ['2024-08-13'] },
    ],
  },
];
