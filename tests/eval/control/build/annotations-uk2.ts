// Hand annotations, Ukrainian articles added in the second pass.
import type { ArticleAnnotation } from './types.ts';

const ORG = 'country name inside the name of an organisation (armed forces, defence forces)';

export const UK2: ArticleAnnotation[] = [
  {
    file: 'uk-06.txt', language: 'uk', published: '2024-08-27',
    url: 'https://lb.ua/society/2024/08/27/631660_sirskiy_ukraina_zaraz_kontrolyuie.html',
    notes: 'Stored excerpt; the breadcrumb line above the headline and a link to another article were dropped, and the excerpt is cut after the last full sentence (the quote it ends in is left open). The headline is printed twice. Syrskyi on 27 Aug 2024 ("зараз"): 1,294 km² and 100 settlements, the latter also as a number word ("сто населених пунктів"). 594 prisoners is not a claim kind. "Україна 2024. Незалежність" is the name of a forum (trap). "курської операції" and "курського напрямку" are adjectives for the operation and the front axis: skipped.',
    places: [
      { t: 'Україна', ctx: 'Сирський: Україна зараз контролює 1294 квадратних км у Курській області – це 100 населених пунктів\n\nТакож', ref: 'ukraine' },
      { t: 'Курській області', ctx: 'у Курській області – це 100 населених пунктів\n\nТакож', ref: 'kurskOblast' },
      { t: 'Україна', ctx: 'Сирський: Україна зараз контролює 1294 квадратних км у Курській області – це 100 населених пунктів\nФото', ref: 'ukraine' },
      { t: 'Курській області', ctx: 'у Курській області – це 100 населених пунктів\nФото', ref: 'kurskOblast' },
      { t: 'Україна', ctx: 'Україна за час', ref: 'ukraine' },
      { t: 'Російська Федерація', ref: 'russia' },
    ],
    traps: [{ t: 'Україна 2024. Незалежність', why: 'name of a forum' }],
    skipped: [
      { t: 'курської', why: 'adjective naming the operation after the region' },
      { t: 'курського', why: 'front axis ("Kursk direction"): adjective, region or city cannot be settled' },
    ],
    claims: [
      { t: '1294 квадратних км', n: 1, kind: 'area-held', value: 1294, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-27'] },
      { t: '100 населених пунктів', n: 1, kind: 'count', value: 100, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-27'] },
      { t: '1294 квадратних км', n: 2, kind: 'area-held', value: 1294, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-27'] },
      { t: '100 населених пунктів', n: 2, kind: 'count', value: 100, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-27'] },
      { t: '1294 квадратних кілометри', kind: 'area-held', value: 1294, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-27'] },
      { t: 'сто населених пунктів', kind: 'count', value: 100, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-27'] },
    ],
    events: [],
  },
  {
    file: 'uk-07.txt', language: 'uk', published: '2025-03-07',
    url: 'https://criminalkyiv.info/2025/03/07/v-tspd-rozpovily-pro-nastup-rosiian-na-kurshchyni',
    notes: 'Stored excerpt: the article body only (the page shows its headline "В ЦПД розповіли про наступ росіян на Курщині" among links after it). Reports relayed by the war correspondent Tsaplienko: Russian attempts to break through to Zhuravka and fighting around Novenke and Basivka (Sumy Oblast, fighting, attacking side RU); reports that the enemy took "Нової та Старої Сорочиці" (the source misspells Sorochyna; the shared noun makes "Нової" a mention of Novaya Sorochina): two liberated events (Russia retaking its own villages) with no named claimant. Malaya Loknya, Sudzha and Yunakivka are only location references (roads, "в районі").',
    places: [
      { t: 'Суджу', ref: 'sudzha' },
      { t: 'Журавки', ref: 'zhuravka' },
      { t: 'Сумщині', ref: 'sumyOblast' },
      { t: 'Новенького', ref: 'novenke' },
      { t: 'Басівки', ref: 'basivka' },
      { t: 'Малої Локні', ref: 'malayaLoknya' },
      { t: 'Нової', ref: 'novayaSorochina' },
      { t: 'Старої Сорочиці', ref: 'starayaSorochina' },
      { t: 'Курській області', ref: 'kurskOblast' },
      { t: 'Юнаківки', ref: 'yunakivka' },
      { t: 'Суджі', ref: 'sudzha' },
      { t: 'Курщині', ref: 'kurskOblast' },
    ],
    skipped: [{ t: 'України', ctx: 'Сили оборони України', why: ORG }],
    claims: [],
    events: [
      { t: 'Журавки', ref: 'zhuravka', action: 'fighting', actor: 'RU', claimant: 'Tsaplienko', asOf: ['2025-03-07'] },
      { t: 'Новенького', ref: 'novenke', action: 'fighting', actor: 'RU', claimant: 'Tsaplienko', asOf: ['2025-03-07'] },
      { t: 'Басівки', ref: 'basivka', action: 'fighting', actor: 'RU', claimant: 'Tsaplienko', asOf: ['2025-03-07'] },
      { t: 'Нової', ref: 'novayaSorochina', action: 'liberated', actor: 'RU', claimant: null, asOf: ['2025-03-07'] },
      { t: 'Старої Сорочиці', ref: 'starayaSorochina', action: 'liberated', actor: 'RU', claimant: null, asOf: ['2025-03-07'] },
    ],
  },
  {
    file: 'uk-08.txt', language: 'uk', published: '2025-03-15',
    url: 'https://kyiv-region.info/?p=11053',
    notes: 'Stored excerpt as the page lays it out: the body first, then the headline, the rubric and the date "March 15, 2025". DeepState: Russian forces took Sudzha (liberated: Russia retaking its own town), told twice (body and headline; the headline\'s "два села" are unnamed). The General Staff\'s confirmation of the withdrawal names no settlement ("з цього міста"). The denials concern Putin\'s "isolation" and Trump\'s "encirclement" claims, not a settlement.',
    places: [
      { t: 'Суджа', ref: 'sudzha' },
      { t: 'Курській області', ref: 'kurskOblast' },
      { t: 'України', ref: 'ukraine' },
      { t: 'Курщині', ref: 'kurskOblast' },
      { t: 'США', ref: 'usa' },
      { t: 'Суджу', ref: 'sudzha' },
    ],
    claims: [],
    events: [
      { t: 'Суджа', ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: 'DeepState', asOf: ['2025-03-15'] },
      { t: 'Суджу', ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: 'DeepState', asOf: ['2025-03-15'] },
    ],
  },
];
