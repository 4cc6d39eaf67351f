// Hand annotations, Ukrainian articles of tests/eval/fresh2 (see annotations-en.ts for the locator conventions).
import type { ArticleAnnotation } from './types.ts';

const SOUTH = 'Сили оборони півдня (Southern Defence Forces)';
const STAFF = 'Генштаб ЗСУ (Ukrainian General Staff)';
const DPSU = 'ДПСУ (border guard spokesman Demchenko)';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-11-11',
    url: 'https://glavcom.ua/country/incidents/sili-oboroni-vidstupili-z-dejakikh-pozitsij-na-zaporizhzhi-1087834.html',
    notes: 'Stored excerpt of Главком, from its subtitle and the bolded summary line (the headline itself is not in the store: the manifest title is the URL slug, transliterated as the URL gives it); the last sentence, cut mid-word ("... і фактичного знищення усі"), is removed. The date is the index date. Southern Defence Forces: Ukrainian troops had to withdraw "з позицій біля населених пунктів" Новоуспенівське, Нове, Охотниче, Успенівка, Новомиколаївка: withdrew, actor UA, on the publication day. "на Запоріжжі" names the oblast (twice); "Олександрівському та Гуляйпільському напрямках" are front axes (skipped, three times each); "Збройні сили України" is an official body (skipped). "до сотні бойових зіткнень" and "п\'яти населених пунктів" are not area or held-settlement figures.',
    places: [
      { t: 'Новоуспенівське', ref: 'novouspenivske' },
      { t: 'Нове', ref: 'nove' },
      { t: 'Охотниче', ref: 'okhotnyche' },
      { t: 'Успенівка', ref: 'uspenivka' },
      { t: 'Новомиколаївка', ref: 'novomykolaivka' },
      { t: 'Запоріжжі', all: true, ref: 'zaporizhzhiaOblast' },
    ],
    skipped: [
      { t: 'Олександрівському', all: true, why: 'front axis' },
      { t: 'Гуляйпільському', all: true, why: 'front axis' },
      { t: 'України', why: 'country inside an official body\'s name (Збройні сили України)' },
    ],
    events: [
      { t: 'Новоуспенівське', ref: 'novouspenivske', action: 'withdrew', actor: 'UA', claimant: SOUTH, asOf: ['2025-11-11'] },
      { t: 'Нове', ref: 'nove', action: 'withdrew', actor: 'UA', claimant: SOUTH, asOf: ['2025-11-11'] },
      { t: 'Охотниче', ref: 'okhotnyche', action: 'withdrew', actor: 'UA', claimant: SOUTH, asOf: ['2025-11-11'] },
      { t: 'Успенівка', ref: 'uspenivka', action: 'withdrew', actor: 'UA', claimant: SOUTH, asOf: ['2025-11-11'] },
      { t: 'Новомиколаївка', ref: 'novomykolaivka', action: 'withdrew', actor: 'UA', claimant: SOUTH, asOf: ['2025-11-11'] },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-08-12',
    url: 'https://www.radiosvoboda.org/a/news-henshtab-pokrovsk-dobropillia/33501263.html',
    notes: 'Stored excerpt of Радіо Свобода, starting at the lead (no headline: the manifest title is by the annotator); the last paragraph, cut mid-word ("... для посилення сті"), is removed. The date is the index date. The General Staff: small Russian groups tried to advance towards Золотий Колодязь (fighting, actor RU) and "потай проникали у населені пункти" Веселе, Вільне, Рубіжне, Кучерів Яр (entered, actor RU), reported on 11-12 Aug 2025. "на Донеччині" names the oblast; "Добропільському і Покровському напрямках" and "на Покровському напрямку" are front axes (skipped). More than 110,000 troops concentrated on the Pokrovsk axis: count, unit troops, holder RU.',
    places: [
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Золотий Колодязь', ref: 'zolotyiKolodiaz' },
      { t: 'Веселе', ref: 'vesele' },
      { t: 'Вільне', ref: 'vilne' },
      { t: 'Рубіжне', ref: 'rubizhne' },
      { t: 'Кучерів Яр', ref: 'kucherivYar' },
    ],
    skipped: [
      { t: 'Добропільському', why: 'front axis' },
      { t: 'Покровському', all: true, why: 'front axis' },
    ],
    claims: [
      { t: '110 тисяч осіб', kind: 'count', value: 110000, unit: 'troops', holder: 'RU', claimant: STAFF, asOf: ['2025-08-12'], note: 'Russian troops concentrated on the Pokrovsk axis' },
    ],
    events: [
      { t: 'Золотий Колодязь', ref: 'zolotyiKolodiaz', action: 'fighting', actor: 'RU', claimant: STAFF, asOf: ['2025-08-11', '2025-08-12'] },
      { t: 'Веселе', ref: 'vesele', action: 'entered', actor: 'RU', claimant: STAFF, asOf: ['2025-08-11', '2025-08-12'] },
      { t: 'Вільне', ref: 'vilne', action: 'entered', actor: 'RU', claimant: STAFF, asOf: ['2025-08-11', '2025-08-12'] },
      { t: 'Рубіжне', ref: 'rubizhne', action: 'entered', actor: 'RU', claimant: STAFF, asOf: ['2025-08-11', '2025-08-12'] },
      { t: 'Кучерів Яр', ref: 'kucherivYar', action: 'entered', actor: 'RU', claimant: STAFF, asOf: ['2025-08-11', '2025-08-12'] },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-12-26',
    url: 'https://glavred.net/front/proryv-granicy-na-sumshchine-v-gpsu-skazali-mogut-li-rossiyane-poyti-vglub-oblasti-10727213.html',
    notes: 'Stored excerpt of Главред with its headline, author and date line ("26 грудня 2025, 11:51"), subtitle and summary bullets; the language switch ("Рус"), the repeated headline and the photo credit of the collage ("Прорив росіян в Грабовське / колаж: Главред, фото: ...") are removed as site chrome, and so is the attribution cut mid-word after the last quote ("- наголосив в"). Border guard spokesman Demchenko: Russian troops "прорвалися до села Грабовське" (bullet and body: two clauses): entered, actor RU; about 100 Russian soldiers there (bullet, body and quote: one count in three places, unit troops, holder RU). "Сумщині" names the oblast; "Укрінформ" is an agency (trap).',
    places: [
      { t: 'Сумщині', all: true, ref: 'sumyOblast' },
      { t: 'Грабовське', all: true, ref: 'hrabovske' },
      { t: 'Росії', ref: 'russia' },
    ],
    traps: [{ t: 'Укрінформ', why: 'news agency (Ukrinform)' }],
    claims: [
      { t: '100 окупантів', kind: 'count', value: 100, unit: 'troops', holder: 'RU', claimant: DPSU, asOf: ['2025-12-26'] },
      { t: '100 осіб', kind: 'count', value: 100, unit: 'troops', holder: 'RU', claimant: DPSU, asOf: ['2025-12-26'] },
      { t: '100 своїх військовослужбовців', kind: 'count', value: 100, unit: 'troops', holder: 'RU', claimant: DPSU, asOf: ['2025-12-26'] },
    ],
    events: [
      { t: 'Грабовське', n: 1, ref: 'hrabovske', action: 'entered', actor: 'RU', claimant: DPSU, asOf: ['2025-12-26'] },
      { t: 'Грабовське', n: 2, ref: 'hrabovske', action: 'entered', actor: 'RU', claimant: DPSU, asOf: ['2025-12-26'] },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2024-08-15',
    url: 'https://ostannipodii.com/a/202408/sirskiy-v-sudzhi-stvoreno-viyskovu-komendaturu-100032401',
    notes: 'Stored text with its headline, complete. The date: "15 серпня" in the text and 2024-08 in the URL. Syrskyi at the Stavka: the search and destruction of the enemy "в населеному пункті Суджа" is complete (cleared, actor UA); the headline\'s military commandant\'s office "в Суджі" is Ukrainian control of the town (controls, UA). Since the start of the operation: 1,150 km² and 82 settlements held (area-held and count, holder UA); "35 кілометрів" (depth) and "трьох інших населених пунктах" (cleared, not held) are not claims. "Москальова" is a person (trap). The same Stavka report is retold in other words in tests/eval/control (ru-03) and tests/eval/fresh (uk-02); no text is shared.',
    places: [
      { t: 'Суджі', ref: 'sudzha' },
      { t: 'Курській області', ref: 'kurskOblast' },
      { t: 'Курської області', all: true, ref: 'kurskOblast' },
      { t: 'Суджа', ref: 'sudzha' },
    ],
    traps: [{ t: 'Москальова', why: 'person (Major General Moskalyov)' }],
    claims: [
      { t: '1150 квадратних кілометрів', kind: 'area-held', value: 1150, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-15'] },
      { t: '82 населених пункти', kind: 'count', value: 82, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-15'] },
    ],
    events: [
      { t: 'Суджі', ref: 'sudzha', action: 'controls', actor: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-15'] },
      { t: 'Суджа', ref: 'sudzha', action: 'cleared', actor: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-15'] },
    ],
  },
];
