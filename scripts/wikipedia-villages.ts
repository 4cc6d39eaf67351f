// Villages of the Russian border oblasts that the postal dump lacks, each with the coordinates its Wikipedia page gives
// (read through the search tool; degrees-minutes-seconds converted to decimal degrees, nothing else changed).
// `page` is the article title in that language's Wikipedia, the source of the coordinate; `via` is the address of the
// mirror or proxy of that article the coordinate was read from, when it was not read on Wikipedia itself. Append only:
// the position is the entry's ref.
export interface WikipediaVillage {
  ru: string;
  uk?: string;
  district: string; // Russian raion name as in the postal dump ("Суджанский район")
  oblast: 'Kursk Oblast' | 'Belgorod Oblast' | 'Bryansk Oblast';
  lat: number;
  lon: number;
  lang: 'ru' | 'uk' | 'en' | 'es' | 'de' | 'ja';
  page: string;
  via?: string;
}

const dms = (d: number, m: number, s: number): number => Math.round((d + m / 60 + s / 3600) * 1e5) / 1e5;

export const WIKIPEDIA_VILLAGES: WikipediaVillage[] = [
  {
    ru: 'Гончаровка',
    uk: 'Гончарівка',
    district: 'Суджанский район',
    oblast: 'Kursk Oblast',
    lat: 51.19111,
    lon: 35.25194,
    lang: 'es',
    page: 'Gonchárovka_(Kursk)',
  },
  {
    ru: 'Старая Сорочина',
    district: 'Суджанский район',
    oblast: 'Kursk Oblast',
    lat: dms(51, 20, 34),
    lon: dms(35, 13, 16),
    lang: 'ru',
    page: 'Старая_Сорочина',
  },
  {
    ru: 'Борки',
    district: 'Суджанский район',
    oblast: 'Kursk Oblast',
    lat: dms(51, 6, 14),
    lon: dms(35, 24, 16),
    lang: 'ru',
    page: 'Борки_(Суджанский_район)',
  },
  {
    ru: 'Толстый Луг',
    district: 'Суджанский район',
    oblast: 'Kursk Oblast',
    lat: dms(51, 18, 14),
    lon: dms(35, 3, 6),
    lang: 'ru',
    page: 'Толстый_Луг',
  },
  {
    ru: 'Городище',
    uk: 'Городище',
    district: 'Рыльский район',
    oblast: 'Kursk Oblast',
    lat: dms(51, 38, 50),
    lon: dms(34, 10, 21),
    lang: 'uk',
    page: 'Городище_(Козинська_сільрада)',
  },
  {
    ru: 'Пригородная Слободка',
    district: 'Льговский район',
    oblast: 'Kursk Oblast',
    lat: dms(51, 41, 35),
    lon: dms(35, 18, 18),
    lang: 'ru',
    page: 'Пригородная_Слободка',
  },
  {
    ru: 'Журавлёвка',
    district: 'Белгородский район',
    oblast: 'Belgorod Oblast',
    lat: dms(50, 18, 48),
    lon: dms(36, 19, 20),
    lang: 'ru',
    page: 'Журавлёвка_(Белгородская_область)',
  },
  {
    ru: 'Большое Городище',
    district: 'Шебекинский район',
    oblast: 'Belgorod Oblast',
    lat: dms(50, 37, 49),
    lon: dms(37, 4, 35),
    lang: 'ru',
    page: 'Большое_Городище_(Белгородская_область)',
  },
  {
    ru: 'Нежеголь',
    district: 'Шебекинский район',
    oblast: 'Belgorod Oblast',
    lat: dms(50, 25, 50),
    lon: dms(37, 1, 10),
    lang: 'ru',
    page: 'Нежеголь_(село)',
  },
  {
    ru: 'Будки',
    district: 'Глушковский район',
    oblast: 'Kursk Oblast',
    lat: dms(51, 23, 57),
    lon: dms(34, 33, 48),
    lang: 'de',
    page: 'Budki_(Kursk)',
  },
  {
    ru: 'Малая Локня',
    district: 'Суджанский район',
    oblast: 'Kursk Oblast',
    lat: dms(51, 19, 57),
    lon: dms(35, 13, 39),
    lang: 'ja',
    page: 'マラヤ・ロクニャ',
  },
  {
    ru: 'Луговое',
    district: 'Хомутовский район',
    oblast: 'Kursk Oblast',
    lat: dms(51, 44, 58),
    lon: dms(34, 54, 7),
    lang: 'ru',
    page: 'Луговое_(Курская_область)',
  },
  {
    ru: 'Беловское',
    district: 'Белгородский район',
    oblast: 'Belgorod Oblast',
    lat: dms(50, 34, 51),
    lon: dms(36, 43, 37),
    lang: 'ru',
    page: 'Беловское_(Белгородская_область)',
  },
  {
    ru: 'Любимовка',
    district: 'Кореневский район',
    oblast: 'Kursk Oblast',
    lat: dms(51, 18, 43),
    lon: dms(35, 2, 34),
    lang: 'es',
    page: 'Liubimovka_(Kórenevo)',
    via: 'https://wonilvalve.com/index.php?q=https%3A%2F%2Fes.m.wikipedia.org%2Fwiki%2FLiubimovka_%28K%C3%B3renevo%29',
  },
  {
    ru: 'Залозье',
    district: 'Хомутовский район',
    oblast: 'Kursk Oblast',
    lat: dms(51, 52, 34),
    lon: dms(34, 37, 30),
    lang: 'ru',
    page: 'Залозье_(Курская_область)',
    via: 'https://perceptioro.com/Залозье_(Курская_область)',
  },
];
