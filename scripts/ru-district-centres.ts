// Russian municipal districts of the border oblasts whose administrative centre the postal convention of
// build-theatre-layers.ts cannot tell: the centre is not named after the district (Большесолдатский ↔ Большое
// Солдатское, Октябрьский ↔ Прямицыно, Советский ↔ Кшенский, Брянский ↔ Глинищево), or the district became an urban
// okrug whose postal rows name no raion (Алексеевский, Новооскольский, Старооскольский). Without them the OKTMO
// settlements of these districts (ru-district-settlements.json) have no district to be mapped at.
// `fact` is the English Wikipedia page that names the centre; the point is the centre's GeoNames cities500 coordinate
// (`geonamesId`), or, where cities500 lacks the place, the coordinate the centre's own Wikipedia page gives (`page`,
// read through the mirror `via`; degrees-minutes-seconds converted to decimal degrees). Append only.
export interface RuDistrictCentre {
  district: string; // Russian name as the builder writes raions ("Волоконовский район")
  oblast: 'Kursk Oblast' | 'Belgorod Oblast' | 'Bryansk Oblast';
  centre: string; // Russian name of the administrative centre
  fact: string; // wikipedia:en:<district page> naming the centre
  geonamesId?: number;
  page?: { lang: string; title: string; via?: string; lat: number; lon: number };
}

const dms = (d: number, m: number, s: number): number => Math.round((d + m / 60 + s / 3600) * 1e5) / 1e5;

export const RU_DISTRICT_CENTRES: RuDistrictCentre[] = [
  {
    district: 'Волоконовский район',
    oblast: 'Belgorod Oblast',
    centre: 'Волоконовка',
    fact: 'wikipedia:en:Volokonovsky_District',
    geonamesId: 472428,
  },
  {
    district: 'Красненский район',
    oblast: 'Belgorod Oblast',
    centre: 'Красное',
    fact: 'wikipedia:en:Krasnensky_District',
    geonamesId: 542121,
  },
  {
    district: 'Алексеевский район',
    oblast: 'Belgorod Oblast',
    centre: 'Алексеевка',
    fact: 'wikipedia:en:Alexeyevsky_District,_Belgorod_Oblast',
    geonamesId: 582956,
  },
  {
    district: 'Новооскольский район',
    oblast: 'Belgorod Oblast',
    centre: 'Новый Оскол',
    fact: 'wikipedia:en:Novooskolsky_District',
    geonamesId: 516931,
  },
  {
    district: 'Старооскольский район',
    oblast: 'Belgorod Oblast',
    centre: 'Старый Оскол',
    fact: 'wikipedia:en:Starooskolsky_District',
    geonamesId: 487928,
  },
  { district: 'Брянский район', oblast: 'Bryansk Oblast', centre: 'Глинищево', fact: 'wikipedia:en:Bryansky_District', geonamesId: 561240 },
  {
    district: 'Дубровский район',
    oblast: 'Bryansk Oblast',
    centre: 'Дубровка',
    fact: 'wikipedia:en:Dubrovsky_District',
    geonamesId: 564487,
  },
  {
    district: 'Большесолдатский район',
    oblast: 'Kursk Oblast',
    centre: 'Большое Солдатское',
    fact: 'wikipedia:en:Bolshesoldatsky_District',
    page: { lang: 'de', title: 'Bolschoje_Soldatskoje', lat: 51.33333, lon: 35.50833 },
  },
  {
    district: 'Дмитриевский район',
    oblast: 'Kursk Oblast',
    centre: 'Дмитриев',
    fact: 'wikipedia:en:Dmitriyevsky_District',
    page: {
      lang: 'ru',
      title: 'Дмитриев_(город)',
      via: 'https://perceptiode.com/%D0%94%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D0%B5%D0%B2_(%D0%B3%D0%BE%D1%80%D0%BE%D0%B4)',
      lat: dms(52, 7, 44),
      lon: dms(35, 4, 32),
    },
  },
  {
    district: 'Железногорский район',
    oblast: 'Kursk Oblast',
    centre: 'Железногорск',
    fact: 'wikipedia:en:Zheleznogorsky_District',
    geonamesId: 463343,
  },
  {
    district: 'Золотухинский район',
    oblast: 'Kursk Oblast',
    centre: 'Золотухино',
    fact: 'wikipedia:en:Zolotukhinsky_District',
    geonamesId: 462169,
  },
  {
    district: 'Октябрьский район',
    oblast: 'Kursk Oblast',
    centre: 'Прямицыно',
    fact: 'wikipedia:en:Oktyabrsky_District,_Kursk_Oblast',
    geonamesId: 504416,
  },
  {
    district: 'Советский район',
    oblast: 'Kursk Oblast',
    centre: 'Кшенский',
    fact: 'wikipedia:en:Sovetsky_District,_Kursk_Oblast',
    geonamesId: 540121,
  },
];
