// Hand annotations, Ukrainian articles of tests/eval/fresh6. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const OBL_BODY = "oblast inside an official body's name";
const KURSK_GROUP = 'угруповання військ «Курськ» (Ukrainian group of forces Kursk)';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-09-10',
    url: 'https://rubryka.com/2022/09/10/nad-balakliyeyu-shho-na-harkivshhyni-zamajoriv-derzhavnyj-prapor-ova',
    notes: 'Stored copy of a Рубрика report with its rubric, time and date line ("Відео", "12:53", "10 Вер 2022", which with the URL gives the date) and headline; complete as given. The flag raised over Балаклія (headline, lead, quote) carries no event of its own; the reference list: 1,000 km² returned to government control (area-retaken, UA, as of 10 Sep 2022), Zelensky\'s confirmation of Балаклія\'s liberation (liberated, UA, 8 Sep), more than 30 settlements taken in Kharkiv Oblast (count, UA, Zelensky, 9 Sep), Куп\'янськ liberated (liberated, UA, Popova, 10 Sep). "Харківської ОВА" and "Харківської облради" are the oblast inside an official body\'s name and "Збройними силами України", "Сили оборони України" official bodies (skipped); "вільної України", "захисники України" and "це Україна" name the country.',
    places: [
      { t: 'Балаклією', ref: 'balakliia' },
      { t: 'Харківщині', all: true, ref: 'kharkivOblast' },
      { t: 'Балаклії', ref: 'balakliia' },
      { t: 'Балаклія', all: true, ref: 'balakliia' },
      { t: 'Україна', ref: 'ukraine' },
      { t: 'України', ctx: 'вільної України', ref: 'ukraine' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
      { t: 'України', ctx: 'захисники України', ref: 'ukraine' },
      { t: "Куп'янськ", ref: 'kupiansk' },
    ],
    skipped: [
      { t: 'Харківської', ctx: 'Харківської ОВА', why: OBL_BODY },
      { t: 'України', ctx: 'Сили оборони України', why: BODY },
      { t: 'України', ctx: 'Збройними силами України', why: BODY },
      { t: 'Харківської', ctx: 'Харківської облради', why: OBL_BODY },
    ],
    claims: [
      { t: '1000 квадратних кілометрів', kind: 'area-retaken', value: 1000, unit: 'km2', holder: 'UA', claimant: null, asOf: ['2022-09-10'], note: '"вже понад 1000": returned to the government\'s control in the counteroffensive' },
      { t: '30 населених пунктів', kind: 'count', value: 30, unit: 'settlements', holder: 'UA', claimant: 'Зеленський', asOf: ['2022-09-09'], note: '"понад 30"' },
    ],
    events: [
      { t: 'Балаклія', ctx: 'міста Балаклія', ref: 'balakliia', action: 'liberated', actor: 'UA', claimant: 'Зеленський', asOf: ['2022-09-08'] },
      { t: "Куп'янськ", ref: 'kupiansk', action: 'liberated', actor: 'UA', claimant: 'Попова', asOf: ['2022-09-10'] },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-10-01',
    url: 'https://typical.if.ua/u-zsu-pidtverdili-zvilnennya-pyati-naselenikh-punktiv-poblizu-limana',
    notes: 'Stored excerpt of a typical.if.ua report from its date line ("1 Жовтня 2022, 18:03", which gives the date) and headline; removed: the site logo line ("Logo") and the last sentence, cut mid-word ("Тобто встановлення точно"), leaving Cherevatyi\'s quote unclosed as the store gives it. The store\'s slips ("угрупування", "угруповування", "Лиману", "Сергія Череватого") are kept. Lyman: the Russian group around it encircled (fighting, UA, lead and quote; "Поблизу міста" does not name it). Ямпіль, Новоселівка, Шандриголове, Дробишеве and Ставки liberated (liberated, UA, Cherevatyi). Claims: about 5,000-5,500 occupiers in the encirclement (count, troops, RU: the lower bound; in the text and in the quote). "Донбасі" is the historical region (no sourced point).',
    places: [
      { t: 'Лимана', all: true, ref: 'lyman' },
      { t: 'Донбасі', ref: 'donbas' },
      { t: 'Лиману', all: true, ref: 'lyman' },
      { t: 'Ямпіль', ref: 'yampilDonetsk' },
      { t: 'Новоселівка', ref: 'novoselivkaLyman' },
      { t: 'Шандриголове', ref: 'shandryholove' },
      { t: 'Дробишеве', ref: 'drobysheve' },
      { t: 'Ставки', ref: 'stavkyLyman' },
    ],
    claims: [
      { t: '5-5,5 тисяч', n: 1, kind: 'count', value: 5000, unit: 'troops', holder: 'RU', claimant: 'Череватий', asOf: ['2022-10-01'], note: '"десь близько 5-5,5 тисяч" occupiers encircled: the lower bound' },
      { t: '5-5,5 тисяч', n: 2, kind: 'count', value: 5000, unit: 'troops', holder: 'RU', claimant: 'Череватий', asOf: ['2022-10-01'], note: 'the Russian group near Lyman numbered 5-5,5 thousand: the lower bound' },
    ],
    events: [
      { t: 'Лимана', ctx: 'угрупування в районі Лимана', ref: 'lyman', action: 'fighting', actor: 'UA', claimant: 'Череватий', asOf: ['2022-10-01'], note: 'the Russian group around it encircled' },
      { t: 'Лиману', ctx: 'в районі Лиману оточене', ref: 'lyman', action: 'fighting', actor: 'UA', claimant: 'Череватий', asOf: ['2022-10-01'], note: 'the Russian group around it encircled' },
      { t: 'Ямпіль', ref: 'yampilDonetsk', action: 'liberated', actor: 'UA', claimant: 'Череватий', asOf: ['2022-10-01'] },
      { t: 'Новоселівка', ref: 'novoselivkaLyman', action: 'liberated', actor: 'UA', claimant: 'Череватий', asOf: ['2022-10-01'] },
      { t: 'Шандриголове', ref: 'shandryholove', action: 'liberated', actor: 'UA', claimant: 'Череватий', asOf: ['2022-10-01'] },
      { t: 'Дробишеве', ref: 'drobysheve', action: 'liberated', actor: 'UA', claimant: 'Череватий', asOf: ['2022-10-01'] },
      { t: 'Ставки', ref: 'stavkyLyman', action: 'liberated', actor: 'UA', claimant: 'Череватий', asOf: ['2022-10-01'] },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2026-01-08',
    url: 'https://tsn.ua/ato/chy-zakhopyly-rosiiany-andriyivku-na-sumshchyni-vidpovid-viyskovykh-2995076.html',
    notes: 'Stored excerpt of a ТСН report from its headline; removed: the index\'s date prefix and the page\'s "- Дата публікації" line (the store\'s other excerpt of the page, with the site\'s social-media line, byline and photo caption, is longer at the start and shorter at the end; the one that ends at the last sentence is taken). The date is the index date (8 Jan 2026; DeepState\'s claim is "напередодні — 7 січня"). Андріївка (Khotin hromada, Sumy Oblast): the question whether Russia took it (headline: captured, RU, denied), the repelled assault between Андріївка and Олексіївка (fighting, RU, the attacker, at both), held by Ukraine (controls, UA, the group of forces "Курськ": lead and quote), DeepState\'s claim that Russia occupied it (captured, RU, DeepState, denied) and Новомаркове (captured, RU, DeepState) and advanced near Майське (fighting, RU). Fighting around Покровськ and Мирноград (fighting, RU); the offensive on Костянтинівка, Слов’янськ and Краматорськ is only prepared (no event). «Курськ» / „Курськ“ (a group of forces named after the city) and DeepState are traps; "армії РФ" names the country; "Збройних сил України" is an official body (skipped).',
    places: [
      { t: 'Андріївку', all: true, ref: 'andriivkaSumy' },
      { t: 'Сумщині', all: true, ref: 'sumyOblast' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Андріївкою', ref: 'andriivkaSumy' },
      { t: 'Олексіївкою', ref: 'oleksiivkaSumy' },
      { t: 'Андріївка', all: true, ref: 'andriivkaSumy' },
      { t: 'Сумській області', ref: 'sumyOblast' },
      { t: 'Новомаркове', ref: 'novomarkove' },
      { t: 'Майського', ref: 'maiske' },
      { t: 'Покровська', ref: 'pokrovsk' },
      { t: 'Мирнограда', ref: 'myrnohrad' },
      { t: 'Костянтинівку', ref: 'kostiantynivka' },
      { t: 'Слов’янськ', ref: 'sloviansk' },
      { t: 'Краматорськ', ref: 'kramatorsk' },
    ],
    traps: [
      { t: 'Курськ', all: true, why: 'a group of forces named after the city' },
      { t: 'DeepState', why: 'a mapping project' },
    ],
    skipped: [{ t: 'України', why: BODY }],
    events: [
      { t: 'Андріївку', n: 1, ref: 'andriivkaSumy', action: 'captured', actor: 'RU', claimant: 'DeepState', denied: true, asOf: ['2026-01-07'], note: 'headline question, answered by the military: no' },
      { t: 'Андріївкою', ref: 'andriivkaSumy', action: 'fighting', actor: 'RU', claimant: KURSK_GROUP, asOf: ['2026-01-08'], note: 'assault between the two villages repelled' },
      { t: 'Олексіївкою', ref: 'oleksiivkaSumy', action: 'fighting', actor: 'RU', claimant: KURSK_GROUP, asOf: ['2026-01-08'], note: 'assault between the two villages repelled' },
      { t: 'Андріївка', n: 1, ref: 'andriivkaSumy', action: 'controls', actor: 'UA', claimant: KURSK_GROUP, asOf: ['2026-01-08'] },
      { t: 'Андріївка', n: 2, ref: 'andriivkaSumy', action: 'controls', actor: 'UA', claimant: KURSK_GROUP, asOf: ['2026-01-08'] },
      { t: 'Андріївку', n: 2, ref: 'andriivkaSumy', action: 'captured', actor: 'RU', claimant: 'DeepState', denied: true, asOf: ['2026-01-07'] },
      { t: 'Новомаркове', ref: 'novomarkove', action: 'captured', actor: 'RU', claimant: 'DeepState', asOf: ['2026-01-07'] },
      { t: 'Майського', ref: 'maiske', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2026-01-07'] },
      { t: 'Покровська', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2026-01-08'] },
      { t: 'Мирнограда', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2026-01-08'] },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-11-23',
    url: 'https://novosti-n.org/ua/news/Rosiyany-prosunulysya-v-Pokrovsku-DeepState-327637.amp',
    notes: 'Stored excerpt of a Новости-N report (AMP page) from its rubric ("Новини") and headline, with the page\'s title line run into its date ("19:00—23 November 2025Росіяни ... DeepState1000+", which gives the date) and byline; the last sentence, cut mid-word ("на Гу"), is removed. DeepState: Russian advances in Покровськ (headline twice: fighting, RU) and around Даченське (fighting, RU), which "remains occupied" (controls, RU); Покровськ partly controlled by Russian forces (fighting, RU: a share of a town). Claim: the area under Russian control on the axis grew by 4.09 km² since the morning of 22 Nov (area-gained, RU). The grey zone shrinking by 1.32 km² is a change of the contested area, not a figure of ground held or gained (no claim). "на Покровському напрямку" is a front axis named by an adjective (skipped); DeepState and «Інтерфакс-Україна» are traps.',
    places: [
      { t: 'Покровську', all: true, ref: 'pokrovsk' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Даченське', all: true, ref: 'dachenske' },
      { t: 'Покровської міської громади', ref: 'pokrovskHromada' },
      { t: 'Покровськ', ref: 'pokrovsk' },
    ],
    traps: [
      { t: 'DeepState', all: true, why: 'a mapping project' },
      { t: 'Інтерфакс-Україна', why: 'a news agency' },
    ],
    skipped: [{ t: 'Покровському', why: 'a front axis named by an adjective' }],
    claims: [
      { t: '4,09 кв. км', kind: 'area-gained', value: 4.09, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-11-22', '2025-11-23'] },
    ],
    events: [
      { t: 'Покровську', n: 1, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-11-22', '2025-11-23'] },
      { t: 'Покровську', n: 2, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-11-22', '2025-11-23'] },
      { t: 'Даченське', n: 1, ref: 'dachenske', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-11-22', '2025-11-23'] },
      { t: 'Даченське', n: 2, ref: 'dachenske', action: 'controls', actor: 'RU', claimant: 'DeepState', asOf: ['2025-11-23'] },
      { t: 'Покровськ', ref: 'pokrovsk', action: 'controls', actor: 'RU', claimant: 'DeepState', part: true, asOf: ['2025-11-23'], note: 'partly controlled by Russian forces' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2024-07-22',
    url: 'https://grivna.ua/publikatsii/tam-e-prisutnist-nashih-viysk-viyskovi--pro-placdarmi-v-krinkah-i-zagalom-na-livoberezhzhi-hersonshini',
    notes: 'Stored excerpt of a Гривна (grivna.ua) article from its headline (printed twice by the store; the repeat removed) with its byline and date line ("22 Июля 2024 13:00", which gives the date); the last paragraph, cut mid-word ("згідно з оф"), is removed. Кринки (Kherson Oblast, left bank): the Defence Forces\' departure from positions near it (withdrew, UA: "відхід ЗСУ з позицій біля Кринків", "покинули позиції біля села Кринки", "залишатися в Кринках не було змоги"; about a week before 22 Jul), the bridgehead held for 8 months (controls, UA, Oct 2023 - Jun 2024). Claim: 262 defenders officially killed (count, killed, UA, the police). The 788 missing are not killed (no claim). The headline\'s "плацдарми в Кринках" carries no event. Дніпра is a river (skipped).',
    places: [
      { t: 'Кринках', all: true, ref: 'krynky' },
      { t: 'Херсонщини', all: true, ref: 'khersonOblast' },
      { t: 'Кринків', ref: 'krynky' },
      { t: 'Кринки', ref: 'krynky' },
    ],
    skipped: [{ t: 'Дніпра', why: 'a river' }],
    claims: [
      { t: '262 наших захисників', kind: 'count', value: 262, unit: 'killed', holder: 'UA', claimant: 'police (Слідство.Інфо)', asOf: ['2023-10-01', '2024-07-22'], note: 'killed over the 8 months of the bridgehead' },
    ],
    events: [
      { t: 'Кринків', ref: 'krynky', action: 'withdrew', actor: 'UA', claimant: null, asOf: ['2024-07-15', '2024-07-22'] },
      { t: 'Кринки', ref: 'krynky', action: 'withdrew', actor: 'UA', claimant: null, asOf: ['2024-07-15', '2024-07-22'] },
      { t: 'Кринках', n: 2, ref: 'krynky', action: 'withdrew', actor: 'UA', claimant: null, asOf: ['2024-07-15', '2024-07-22'], note: '"залишатися в Кринках не було змоги"' },
      { t: 'Кринках', n: 3, ref: 'krynky', action: 'controls', actor: 'UA', claimant: null, asOf: ['2023-10-01', '2024-06-30'], note: 'the bridgehead held for 8 months' },
    ],
  },
];
