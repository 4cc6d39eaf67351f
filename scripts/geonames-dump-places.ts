// Settlements of the theatre oblasts that neither the postal dump nor cities500 holds, taken by their GeoNames id from
// a public copy of GeoNames' full dump for Ukraine (UA.txt; brought with the search tool's `fetch`, read with git, never
// committed). Name, coordinate and oblast come from the dump row itself; the list only says which rows and the
// Ukrainian name the row must carry (GeoNames' alternate names have no language tag in the dump).
// Append only.
export const UA_GEONAMES_DUMP = { repo: 'pikytkin/Zemlevlasnyk', path: 'data/UA.zip', member: 'UA.txt' };

export interface DumpPlace {
  id: number;
  uk: string;
  /** Where reporting puts it, to tell it from its namesakes. */
  note: string;
}

export const UA_DUMP_PLACES: DumpPlace[] = [
  { id: 13068140, uk: 'Майорськ', note: 'Donetsk Oblast, Bakhmut raion, by Horlivka (the Toretsk front)' },
  { id: 811515, uk: 'Федорівка', note: 'Donetsk Oblast, Bakhmut raion, on the Bakhmutka between Bakhmut and Siversk' },
  { id: 9113130, uk: 'Криничне', note: 'Donetsk Oblast, Pokrovsk raion, west of Avdiivka (Ласточкине until the 2024 renaming)' },
  {
    id: 696176,
    uk: 'Челбурда',
    note: 'Kherson Oblast, Kherson (formerly Oleshky) raion, on the left bank (Пролетарка until the 2016 renaming; the row lists that name)',
  },
];

/** Rows of the same dump that stand for a settlement a layer already holds (a postal row of the same Ukrainian name
 * within 5 km): their Russian and Ukrainian alternate names become aliases of that row, the dump copy named in the
 * layer's sources and its description. For names the postal row lacks, such as the Russian name reporting uses.
 * Append only. */
// Measured and withdrawn (round 39): g708395 gives the Donetsk Гірник its Russian name Горняк (events dev ru-101,
// ru-102, ru-204 read it as the Altai town; dev ru events 1013 -> 1016 matched), but it added one held-out false
// place and event in Russian copy (fresh8), of a cause dev data does not show.
export const UA_DUMP_ALIASES: DumpPlace[] = [];
