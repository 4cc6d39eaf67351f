// Hand annotations, Ukrainian articles (see annotations-en.mjs for the span conventions).
import type { ArticleAnnotation } from './types.ts';

const GS = 'Ukrainian General Staff';
const ORG = 'country name inside the name of an organisation (armed forces, general staff)';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-08-14',
    url: 'https://my.ua/uk/news/cluster/2024-08-14-zaversheno-poshuk-i-znishchennia-protivnika-u-sudzhi-sirskii',
    notes: 'Stored excerpt; an image URL line above the headline was dropped. "у середу, 14 серпня" dates the report to 14 Aug 2024. "Search and destruction of the enemy in Sudzha completed" = cleared, stated in the headline and again in the quote (two events). "понад 100" prisoners is not a claim kind (no unit for prisoners).',
    places: [
      { t: 'Суджі', all: true, ref: 'sudzha' },
    ],
    skipped: [{ t: 'України', ctx: 'Збройних Сил України', why: ORG }],
    claims: [],
    events: [
      { t: 'Суджі', n: 1, ref: 'sudzha', action: 'cleared', actor: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-14'] },
      { t: 'Суджі', n: 2, ref: 'sudzha', action: 'cleared', actor: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-14'] },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-03-12',
    url: 'https://ukraine.news-pravda.com/world/2025/03/12/139837.html',
    notes: 'Stored excerpt from an aggregator of the "Pravda" network (hostile framing of a real statement by Syrskyi); the headline is printed twice. Fighting for / in the suburbs of Sudzha, reported by Syrskyi: three fighting events (two headline copies and the body); the attacking side is Russia. Present tense: the publication date. "Сумської та Харківської областей" shares one noun: two region mentions.',
    places: [
      { t: 'Суджу', all: true, ref: 'sudzha' },
      { t: 'Суджі', ref: 'sudzha' },
      { t: 'Україну', all: true, ref: 'ukraine' },
      { t: 'Курській області', all: true, ref: 'kurskOblast' },
      { t: 'Курської області', ref: 'kurskOblast' },
      { t: 'Росії', ref: 'russia' },
      { t: 'Сумської', ref: 'sumyOblast' },
      { t: 'Харківської областей', ref: 'kharkivOblast' },
    ],
    claims: [],
    events: [
      { t: 'Суджу', n: 1, ref: 'sudzha', action: 'fighting', actor: 'RU', claimant: 'Syrskyi', asOf: ['2025-03-12'] },
      { t: 'Суджу', n: 2, ref: 'sudzha', action: 'fighting', actor: 'RU', claimant: 'Syrskyi', asOf: ['2025-03-12'] },
      { t: 'Суджі', ref: 'sudzha', action: 'fighting', actor: 'RU', claimant: 'Syrskyi', asOf: ['2025-03-12'] },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-03-16',
    url: 'https://ua.news/ua/war-vs-rf/pidrozdili-zsu-vijshli-iz-sudzhi-genshtab',
    notes: 'Stored excerpt; the site\'s currency and weather header was dropped, the headline appears twice with the dateline "UA.NEWS 16 Березня 2025 11:13" between. Withdrawal from Sudzha per the General Staff\'s map (three clauses); "Російські війська захопили Суджу" is the outlet\'s own statement, undated past tense, dated to publication, and classed liberated (Russia retaking its own town). "тактичний відступ ... зокрема в районі Суджі" is a withdrawal near Sudzha. Fighting "in border villages of Sumy Oblast" names no village. "юойові" is a typo in the source.',
    places: [
      { t: 'Суджі', all: true, ref: 'sudzha' },
      { t: 'Суджу', ref: 'sudzha' },
      { t: 'Курщині', ref: 'kurskOblast' },
      { t: 'Курській області', all: true, ref: 'kurskOblast' },
      { t: 'Сумської області', ref: 'sumyOblast' },
      { t: 'рф', ref: 'russia' },
      { t: 'російської федерації', ref: 'russia' },
    ],
    traps: [{ t: 'UA.NEWS', why: 'outlet name (contains the country code UA)' }],
    skipped: [{ t: 'України', ctx: 'Збройних сил України', why: ORG }],
    claims: [],
    events: [
      { t: 'Суджі', n: 1, ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: GS, asOf: ['2025-03-16'] },
      { t: 'Суджі', n: 2, ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: GS, asOf: ['2025-03-16'] },
      { t: 'Суджі', n: 3, ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: GS, asOf: ['2025-03-16'] },
      { t: 'Суджу', ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: null, asOf: ['2025-03-16'] },
      { t: 'Суджі', n: 4, ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: null, asOf: ['2025-03-16'] },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-04-19',
    url: 'https://apostrophe.ua/ua/news/society/2025-04-19/vernuli-sebe-bolee-99-territorii-putinu-dolojili-o-situatsii-pod-kurskom/342460',
    notes: 'Stored excerpt without its headline; the truncated last sentence of the excerpt was dropped. Gerasimov\'s claims: more than 99 % / 99.5 % of the ground Ukraine took is retaken (share-lost, holder = the side holding the ground now, RU) and 1,260 km² retaken (area-retaken); present tense: the publication date. Fighting continues at Oleshnya and Gornal (two events, attacking side RU, still in Gerasimov\'s report). Zelensky\'s "60 тис." troops on the Sumy axis is an undated earlier statement: dated to publication. "Сумському напрямку" is a front axis named after Sumy: skipped. "Апостроф" is the outlet.',
    places: [
      { t: 'Україною', all: true, ref: 'ukraine' },
      { t: 'Курській області', ref: 'kurskOblast' },
      { t: 'Курської області', ref: 'kurskOblast' },
      { t: 'Олешня', ref: 'oleshnya' },
      { t: 'Горналь', ref: 'gornal' },
      { t: 'України', ctx: 'президент України', ref: 'ukraine' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [{ t: 'Апостроф', why: 'outlet name' }],
    skipped: [
      { t: 'Росії', ctx: 'збройних сил Росії', why: ORG },
      { t: 'України', ctx: 'Збройні сили України', why: ORG },
      { t: 'Сумському', why: 'front axis ("Sumy direction"): region or city cannot be settled' },
    ],
    claims: [
      { t: 'понад 99%', kind: 'share-lost', value: 99, unit: 'percent', holder: 'RU', claimant: 'Gerasimov', asOf: ['2025-04-19'] },
      { t: '1260 квадратних кілометрів', kind: 'area-retaken', value: 1260, unit: 'km2', holder: 'RU', claimant: 'Gerasimov', asOf: ['2025-04-19'] },
      { t: '99,5%', kind: 'share-lost', value: 99.5, unit: 'percent', holder: 'RU', claimant: 'Gerasimov', asOf: ['2025-04-19'] },
      { t: '60 тис. військових', kind: 'count', value: 60000, unit: 'troops', holder: 'RU', claimant: 'Zelensky', asOf: ['2025-04-19'] },
    ],
    events: [
      { t: 'Олешня', ref: 'oleshnya', action: 'fighting', actor: 'RU', claimant: 'Gerasimov', asOf: ['2025-04-19'] },
      { t: 'Горналь', ref: 'gornal', action: 'fighting', actor: 'RU', claimant: 'Gerasimov', asOf: ['2025-04-19'] },
    ],
  },
];
