// Renamed settlements of the front-line oblasts as the sources below state them (read through the search tool's page
// store): the 2016 decommunisation (Verkhovna Rada resolutions 984-VIII, 1037-VIII, 1351-VIII, 1353-VIII, 1377-VIII
// and 4086 as the press reported them) and the 2024 derussification (resolution 12043). `old` and `new` are written
// as the source writes them (`lang`); `oblast` is the gazetteer's admin-1 name; `raion` is the raion the source names
// (its pre-2020 name when the source is older), kept for the reader. Nothing here carries a coordinate: each name is
// attached to the gazetteer entry that already holds the other name (scripts/build-former-names.ts). Append only.
export interface Rename {
  old: string;
  new: string;
  lang: 'ru' | 'uk';
  oblast: 'Donetsk Oblast' | 'Luhansk Oblast' | 'Dnipropetrovsk Oblast' | 'Sumy Oblast' | 'Kharkiv Oblast' | 'Zaporizhzhia Oblast';
  raion?: string;
  year: 2015 | 2016 | 2024 | 2025;
  source: string;
}

const TIMEUA = 'http://timeua.com/news/2/46595.html';
const OSTRO_2015 = 'http://www.ostro.org/donetsk/society/news/489205/';
const DONBASS_UA = 'http://donbass.ua/news/region/2015/12/14/tri-naselennyh-punkta-donetchiny-smenili-nazvanija.html';
const INTERFAX_4086 = 'https://interfax.com.ua/news/political/342794-amp.html';
const NAPENSII = 'https://napensii.ua/news/13563-krymskim-selam-pridumali-novye-nazvaniya/amp';
const VVARIANT_12043 = 'https://v-variant.com.ua/article/sievierodonetsk-na-siverskodonetsk';
const DELO_12043 = 'https://delo.ua/society/rada-z-drugoyi-sprobi-derusifikuvala-nazvi-10-mist-ta-318-insix-naselenix-punktiv-436548';
const ENOVOSTY_2025 = 'https://enovosty.com/?p=5460143';
// The Kupiansk city site on the deputy's report of the committee-approved 2025 package (Kupiansk raion villages).
const KUPIANSK_2025 =
  'https://kupiansk.city/articles/417753/perejmenuvannya-sil-u-kupyanskomu-rajoni-sche-odin-krok-do-ochischennya-vid-imperskoi-spadschini';
const OSTRO_2024 =
  'https://www.ostro.org/ru/news/na-donetchyne-pereymenovaly-pyat-sel-pervomajskoe-y-eshhe-36-naselennyh-punktov-zarya-teper-afyny-a-i491375';

export const RENAMES: Rename[] = [
  // 2016, Donetsk Oblast (Russian-language reports of the resolutions).
  { old: 'Петровское', new: 'Пазено', lang: 'ru', oblast: 'Donetsk Oblast', raion: 'Артемовский район', year: 2016, source: TIMEUA },
  { old: 'Калинино', new: 'Калиново', lang: 'ru', oblast: 'Donetsk Oblast', raion: 'Волновахский район', year: 2016, source: TIMEUA },
  { old: 'Ильичевское', new: 'Покровское', lang: 'ru', oblast: 'Donetsk Oblast', raion: 'Первомайский район', year: 2016, source: TIMEUA },
  {
    old: 'Красноармейское',
    new: 'Новоселовка',
    lang: 'ru',
    oblast: 'Donetsk Oblast',
    raion: 'Славянский район',
    year: 2016,
    source: TIMEUA,
  },
  { old: 'Октябрьское', new: 'Маячка', lang: 'ru', oblast: 'Donetsk Oblast', raion: 'Славянский район', year: 2016, source: TIMEUA },
  { old: 'Артемовск', new: 'Бахмут', lang: 'ru', oblast: 'Donetsk Oblast', year: 2016, source: OSTRO_2015 },
  { old: 'Калинина', new: 'Калиновка', lang: 'ru', oblast: 'Donetsk Oblast', raion: 'Артемовский район', year: 2016, source: OSTRO_2015 },
  {
    old: 'Кирово',
    new: 'Свято-Покровское',
    lang: 'ru',
    oblast: 'Donetsk Oblast',
    raion: 'Артемовский район',
    year: 2016,
    source: OSTRO_2015,
  },
  { old: 'Красный Лиман', new: 'Лиман', lang: 'ru', oblast: 'Donetsk Oblast', year: 2015, source: DONBASS_UA },
  {
    old: 'Кировск',
    new: 'Заречное',
    lang: 'ru',
    oblast: 'Donetsk Oblast',
    raion: 'Краснолиманский горсовет',
    year: 2015,
    source: DONBASS_UA,
  },
  {
    old: 'Дзержинское',
    new: 'Мирное',
    lang: 'ru',
    oblast: 'Donetsk Oblast',
    raion: 'Краснолиманский горсовет',
    year: 2015,
    source: DONBASS_UA,
  },
  { old: 'Димитров', new: 'Мирноград', lang: 'ru', oblast: 'Donetsk Oblast', year: 2016, source: NAPENSII },
  { old: 'Красноармейск', new: 'Покровск', lang: 'ru', oblast: 'Donetsk Oblast', year: 2016, source: NAPENSII },
  // 2016, the occupied part of Donetsk and Luhansk oblasts (resolution 4086).
  { old: 'Южнокомунарівськ', new: 'Бунге', lang: 'uk', oblast: 'Donetsk Oblast', year: 2016, source: INTERFAX_4086 },
  { old: 'Кіровське', new: 'Хрестівка', lang: 'uk', oblast: 'Donetsk Oblast', year: 2016, source: INTERFAX_4086 },
  {
    old: 'Комсомольське',
    new: 'Кальміуське',
    lang: 'uk',
    oblast: 'Donetsk Oblast',
    raion: 'Старобешівський район',
    year: 2016,
    source: INTERFAX_4086,
  },
  { old: 'Торез', new: 'Чистякове', lang: 'uk', oblast: 'Donetsk Oblast', year: 2016, source: INTERFAX_4086 },
  { old: 'Кировск', new: 'Голубівка', lang: 'uk', oblast: 'Luhansk Oblast', year: 2016, source: INTERFAX_4086 },
  { old: 'Красний Луч', new: 'Хрустальний', lang: 'uk', oblast: 'Luhansk Oblast', year: 2016, source: INTERFAX_4086 },
  { old: 'Краснодон', new: 'Сорокине', lang: 'uk', oblast: 'Luhansk Oblast', year: 2016, source: INTERFAX_4086 },
  { old: 'Свердловськ', new: 'Довжанськ', lang: 'uk', oblast: 'Luhansk Oblast', year: 2016, source: INTERFAX_4086 },
  { old: 'Стаханов', new: 'Кадіївка', lang: 'uk', oblast: 'Luhansk Oblast', year: 2016, source: INTERFAX_4086 },
  // 2024, derussification (resolution 12043).
  {
    old: 'Петрівка',
    new: 'Новоспаське',
    lang: 'uk',
    oblast: 'Donetsk Oblast',
    raion: 'Бахмутський район',
    year: 2024,
    source: VVARIANT_12043,
  },
  {
    old: 'Іскра',
    new: 'Андріївка-Клевцове',
    lang: 'uk',
    oblast: 'Donetsk Oblast',
    raion: 'Волноваський район',
    year: 2024,
    source: VVARIANT_12043,
  },
  {
    old: 'Красна Поляна',
    new: 'Нова Каракуба',
    lang: 'uk',
    oblast: 'Donetsk Oblast',
    raion: 'Волноваський район',
    year: 2024,
    source: VVARIANT_12043,
  },
  {
    old: 'Петрівське',
    new: 'Давидовське',
    lang: 'uk',
    oblast: 'Donetsk Oblast',
    raion: 'Волноваський район',
    year: 2024,
    source: VVARIANT_12043,
  },
  {
    old: 'Орлово-Іванівка',
    new: 'Сулинівка',
    lang: 'uk',
    oblast: 'Donetsk Oblast',
    raion: 'Горлівський район',
    year: 2024,
    source: VVARIANT_12043,
  },
  {
    old: 'Московське',
    new: 'Куликівське',
    lang: 'uk',
    oblast: 'Donetsk Oblast',
    raion: 'Горлівський район',
    year: 2024,
    source: VVARIANT_12043,
  },
  { old: 'Новомосковськ', new: 'Самар', lang: 'uk', oblast: 'Dnipropetrovsk Oblast', year: 2024, source: DELO_12043 },
  { old: 'Першотравенськ', new: 'Шахтарське', lang: 'uk', oblast: 'Dnipropetrovsk Oblast', year: 2024, source: DELO_12043 },
  { old: 'Сєвєродонецьк', new: 'Сіверськодонецьк', lang: 'uk', oblast: 'Luhansk Oblast', year: 2024, source: DELO_12043 },
  { old: 'Первомайськ', new: 'Сокологірськ', lang: 'uk', oblast: 'Luhansk Oblast', year: 2024, source: DELO_12043 },
  { old: 'Молодогвардійськ', new: 'Отаманівка', lang: 'uk', oblast: 'Luhansk Oblast', year: 2024, source: DELO_12043 },
  { old: 'Мичурино', new: 'Гринталь', lang: 'ru', oblast: 'Donetsk Oblast', year: 2024, source: OSTRO_2024 },
  { old: 'Заря', new: 'Афины', lang: 'ru', oblast: 'Donetsk Oblast', year: 2024, source: OSTRO_2024 },
  // 2025 (the press report of the Rada's vote on further derussified names).
  { old: 'Новий Посьолок', new: 'Мирне', lang: 'uk', oblast: 'Dnipropetrovsk Oblast', year: 2025, source: ENOVOSTY_2025 },
  { old: 'Жемчужне', new: 'Ясне', lang: 'uk', oblast: 'Dnipropetrovsk Oblast', year: 2025, source: ENOVOSTY_2025 },
  { old: 'Побєда', new: 'Перемога', lang: 'uk', oblast: 'Donetsk Oblast', year: 2025, source: ENOVOSTY_2025 },
  { old: 'Уткине', new: 'Утчине', lang: 'uk', oblast: 'Luhansk Oblast', year: 2025, source: ENOVOSTY_2025 },
  { old: 'Сорокине', new: 'Сорочине', lang: 'uk', oblast: 'Luhansk Oblast', year: 2025, source: ENOVOSTY_2025 },
  { old: 'П’яткине', new: 'П’ятчине', lang: 'uk', oblast: 'Sumy Oblast', year: 2025, source: ENOVOSTY_2025 },
  { old: 'Жабкине', new: 'Жабчине', lang: 'uk', oblast: 'Sumy Oblast', year: 2025, source: ENOVOSTY_2025 },
  { old: 'Московка', new: 'Мирове', lang: 'uk', oblast: 'Kharkiv Oblast', raion: 'Куп’янський район', year: 2025, source: KUPIANSK_2025 },
];
