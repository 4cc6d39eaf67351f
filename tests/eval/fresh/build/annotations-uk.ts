// Hand annotations, Ukrainian articles of tests/eval/fresh (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const GS = 'Ukrainian General Staff';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-05-15',
    url: 'https://fakty.ua/437642-vsu-othodyat-ot-volchanska-situaciya-na-fronte-na-15-maya',
    notes: 'Stored excerpt with its headline, date line ("10:32 15 травня 2024") and tag ("Вовчанськ"); site chrome ("ПОИСК", "Україна", "РЕКЛАМА", view counter, "Читайте нас у Facebook", "Побачили помил…") removed. The outlet\'s slip "Про повідомили" is kept. The General Staff\'s withdrawal "біля Вовчанська та Лук’янців" and "в районах Лук’янців та Вовчанська ... перемістились на більш вигідні позиції" are withdrew, actor UA; the headline restates it. Undated past statements: the publication date. "Краматорському та Покровському напрямках" are front axes (skipped); "Збройні Сили України" is an official body (skipped); the tag line "Вовчанськ" is a mention. "чи здатна росія дійти до Харкова" is a prospect: places only.',
    places: [
      { t: 'Вовчанська', all: true, ref: 'vovchansk' },
      { t: 'Вовчанськ', ref: 'vovchansk' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Лук’янців', all: true, ref: 'lukiantsi' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'росія', ref: 'russia' },
      { t: 'Харкова', ref: 'kharkiv' },
    ],
    skipped: [
      { t: 'України', why: 'country inside an official body\'s name (Збройні Сили України)' },
      { t: 'Краматорському', why: 'front axis' },
      { t: 'Покровському', why: 'front axis' },
    ],
    claims: [],
    events: [
      { t: 'Вовчанська', n: 1, ref: 'vovchansk', action: 'withdrew', actor: 'UA', claimant: GS, asOf: ['2024-05-15'] },
      { t: 'Вовчанська', n: 2, ref: 'vovchansk', action: 'withdrew', actor: 'UA', claimant: GS, asOf: ['2024-05-15'] },
      { t: 'Лук’янців', n: 1, ref: 'lukiantsi', action: 'withdrew', actor: 'UA', claimant: GS, asOf: ['2024-05-15'] },
      { t: 'Лук’янців', n: 2, ref: 'lukiantsi', action: 'withdrew', actor: 'UA', claimant: GS, asOf: ['2024-05-15'] },
      { t: 'Вовчанська', n: 3, ref: 'vovchansk', action: 'withdrew', actor: 'UA', claimant: GS, asOf: ['2024-05-15'] },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2024-08-15',
    url: 'https://society.comments.ua/ua/news/warrussia/sirskiy-rozpoviv-pro-zmini-v-kurskiy-oblasti-skilki-teper-naselenih-punktiv-pid-kontrolem-ukraini-739049.html',
    notes: 'Stored excerpt with its headline (printed twice, as on the page), subtitle, date line ("15 серпня 2024, 15:47") and photo caption; breadcrumbs, share buttons and the author line removed; the excerpt ends after the paragraph on the video (the next sentence, cut mid-quote, is removed). No settlement is named: Syrskyi\'s count of 82 settlements held in Kursk Oblast, present tense: the publication date.',
    places: [
      { t: 'Курській області', all: true, ref: 'kurskOblast' },
      { t: 'України', all: true, ref: 'ukraine' },
      { t: 'Україна', all: true, ref: 'ukraine' },
      { t: 'Росії', ref: 'russia' },
    ],
    claims: [
      { t: '82 населені пункти', kind: 'count', value: 82, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-15'] },
    ],
    events: [],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2024-11-24',
    url: 'https://amp.dw.com/uk/reuters-ukraina-vtratila-ponad-40-vidsotkiv-teritorii-kurskoi-oblasti-aku-kontroluvala/a-70869220',
    notes: 'Stored excerpt with its headline and date line ("24 листопада 2024 р.", run into the lead as the page store gives it); the last paragraph, cut mid-word, is removed, its subheading ("Війська РФ просуваються у Донецькій області") kept. DW retells Reuters\' source in the Ukrainian General Staff (23 Nov 2024): more than 40 % of the ground held since August lost (share-lost, held by the retaking side, 1 Aug - 23 Nov 2024; the headline restates it), 59,000 Russian troops sent, at most about 1,376 km² held (peak, August to 23 Nov), about 800 km² held now (23 Nov). "армії Росії" and "Війська РФ" name the country; "Генштабі Збройних сил України" is an official body (skipped). The same Reuters story in English is in tests/eval/control (en-12); no text is shared.',
    places: [
      { t: 'Курщині', ref: 'kurskOblast' },
      { t: 'Росії', ref: 'russia' },
      { t: 'Україна', ref: 'ukraine' },
      { t: 'Курської області', ref: 'kurskOblast' },
      { t: 'РФ', all: true, ref: 'russia' },
      { t: 'Курську область', ref: 'kurskOblast' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
    ],
    skipped: [{ t: 'України', why: 'country inside an official body\'s name (Генштабі Збройних сил України)' }],
    claims: [
      { t: '40 відсотків', n: 1, kind: 'share-lost', value: 40, unit: 'percent', holder: 'RU', claimant: 'Ukrainian General Staff source (Reuters)', asOf: ['2024-08-01', '2024-11-23'] },
      { t: '40 відсотків', n: 2, kind: 'share-lost', value: 40, unit: 'percent', holder: 'RU', claimant: 'Ukrainian General Staff source (Reuters)', asOf: ['2024-08-01', '2024-11-23'] },
      { t: '59 тисяч військових', kind: 'count', value: 59000, unit: 'troops', holder: 'RU', claimant: 'Ukrainian General Staff source (Reuters)', asOf: ['2024-11-23'] },
      { t: '1 376 квадратних кілометрів', kind: 'area-held-peak', value: 1376, unit: 'km2', holder: 'UA', claimant: 'Ukrainian General Staff source (Reuters)', asOf: ['2024-08-01', '2024-11-23'] },
      { t: '800 квадратних кілометрів', kind: 'area-held', value: 800, unit: 'km2', holder: 'UA', claimant: 'Ukrainian General Staff source (Reuters)', asOf: ['2024-11-23'] },
    ],
    events: [],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-03-19',
    url: 'https://inside.kyiv.ua/2025/03/19/na-sumshchyni-rosiiany-namahaiutsia-zakripytysia-bilia-novenkoho-i-zhuravky-dpsu',
    notes: 'Stored excerpt, one paragraph, no headline (the manifest title is the URL slug, transliterated as the URL gives it); the date is in the URL. The border guard spokesman: Russian troops try to enter Ukraine "в районі сіл Новеньке та Журавка": fighting, actor RU, present tense = the publication date. A criminalkyiv.info page of the same day retells the same statement in other words (not used).',
    places: [
      { t: 'Новеньке', ref: 'novenke' },
      { t: 'Журавка', ref: 'zhuravka' },
      { t: 'Сумщині', all: true, ref: 'sumyOblast' },
      { t: 'Курщині', ref: 'kurskOblast' },
    ],
    claims: [],
    events: [
      { t: 'Новеньке', ref: 'novenke', action: 'fighting', actor: 'RU', claimant: 'Ukrainian border guard (DPSU)', asOf: ['2025-03-19'] },
      { t: 'Журавка', ref: 'zhuravka', action: 'fighting', actor: 'RU', claimant: 'Ukrainian border guard (DPSU)', asOf: ['2025-03-19'] },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-05-24',
    url: 'https://ua.interfax.com.ua/news/general/1074480.html',
    notes: 'Stored excerpt with the agency\'s name and date line ("18:27 24.05.2025") and the headline; "1 хв читати", the photo credit and the related-news lists removed. Pro-Kremlin resources claim Russian control of Юнаківка; Governor Hryhorov denies it: controls, actor RU, denied, claimant the pro-Kremlin resources, "сьогодні" = 24 May 2025 (headline, lead and quote: three clauses). "Інтерфакс-Україна" is the agency (trap). "Сумської ОВА" / "Сумської обласної військової адміністрації" name the oblast (a title, as "губернатора Курской области"). "Збройні сили Україна" (the outlet\'s slip for України) is an official body (skipped). The agency\'s Russian-language copy (ru.interfax.com.ua) was rejected as the same text.',
    places: [
      { t: 'Сумської', all: true, ref: 'sumyOblast' },
      { t: 'Юнаківкою', ref: 'yunakivka' },
      { t: 'Юнаківка', all: true, ref: 'yunakivka' },
      { t: 'Сумщину', ref: 'sumyOblast' },
    ],
    traps: [{ t: 'Інтерфакс-Україна', why: 'news agency' }],
    skipped: [{ t: 'Україна', ctx: 'Збройні сили Україна', why: 'country inside an official body\'s name (Збройні сили України, misspelt)' }],
    claims: [],
    events: [
      { t: 'Юнаківкою', ref: 'yunakivka', action: 'controls', actor: 'RU', claimant: 'pro-Kremlin resources', denied: true, asOf: ['2025-05-24'] },
      { t: 'Юнаківка', n: 1, ref: 'yunakivka', action: 'controls', actor: 'RU', claimant: 'pro-Kremlin resources', denied: true, asOf: ['2025-05-24'] },
      { t: 'Юнаківка', n: 2, ref: 'yunakivka', action: 'controls', actor: 'RU', claimant: 'pro-Kremlin resources', denied: true, asOf: ['2025-05-24'] },
    ],
  },
  {
    file: 'uk-06.txt', language: 'uk', published: '2025-03-12',
    url: 'https://golos.dp.ua/2025/03/12/syrskyj-zrobyv-novu-zayavu-shhodo-zsu-u-kurskij-oblasti',
    notes: 'Stored excerpt without a headline (the manifest title is the URL slug); sentences run together without spaces after full stops, as the page store gives them; the last sentence, cut mid-word, is removed. The date is in the URL. Syrskyi: active fighting "У районі Суджі" (fighting; the attacking side as framed is Russia, "Противник застосовує штурмові підрозділи"), present tense = 12 Mar 2025; the air strikes on "місту Суджа" are not a control event. Losses since 6 Aug 2024 (stated): 54,900 in all (casualties), 22,200 irrecoverable (unit killed: "безповоротні" are killed and missing), 31,800 wounded ("санітарні"); prisoners (942) and equipment are not claims. "Курської операції" is the operation\'s name (skipped).',
    places: [
      { t: 'Суджі', ref: 'sudzha' },
      { t: 'Курської області', all: true, ref: 'kurskOblast' },
      { t: 'Сумської', ref: 'sumyOblast' },
      { t: 'Харківської областей', ref: 'kharkivOblast' },
      { t: 'Суджа', ref: 'sudzha' },
    ],
    skipped: [{ t: 'Курської', ctx: 'Курської операції', why: 'the operation\'s name' }],
    claims: [
      { t: '54,9 тисяч осіб', kind: 'count', value: 54900, unit: 'casualties', holder: 'RU', claimant: 'Syrskyi', asOf: ['2024-08-06', '2025-03-12'] },
      { t: '22,2 тисячі', kind: 'count', value: 22200, unit: 'killed', holder: 'RU', claimant: 'Syrskyi', asOf: ['2024-08-06', '2025-03-12'], note: 'irrecoverable losses (killed and missing)' },
      { t: '31,8 тисячі', kind: 'count', value: 31800, unit: 'wounded', holder: 'RU', claimant: 'Syrskyi', asOf: ['2024-08-06', '2025-03-12'] },
    ],
    events: [
      { t: 'Суджі', ref: 'sudzha', action: 'fighting', actor: 'RU', claimant: 'Syrskyi', asOf: ['2025-03-12'] },
    ],
  },
];
