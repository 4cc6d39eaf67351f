// The administrative nouns the geoparser reads after a name or its adjective, in one place: the district nouns a
// district is read by (district-centre.ts, geoparse.ts), the nouns that end a name and qualify it (filters.ts,
// geoparse.ts) and their genitives, which tie a place to its governing region (governing-region.ts). One source, so
// a word added for one reading (община, the Russian copy's громада) is not missing from the others.

/** Stems of the Cyrillic nouns of the gazetteer's district layer, any case: район, округ (with the Ukrainian locative's
 * г → з, "у Грайворонському міському окрузі", and its short "горокруг", as
 * "р-н" for район), громада, and община, the word Ukrainian outlets' Russian copy uses for громада ("Казацкое
 * Новокаховской общины"). */
export const DISTRICT_STEMS = ['район', 'округ', 'окруз', 'горокруг', 'громад', 'общин'] as const;
/** Village councils and their successors, the starosta districts' offices, a district noun only after their centre's
 * adjective (district-centre.ts): сельсовет, сільрада, старостат ("у Битицькому старостаті"). */
export const COUNCIL_STEMS = ['сельсовет', 'сільрад', 'старостат'] as const;
/** The oblast: a region, never read as a district. */
export const REGION_STEMS = ['област'] as const;
/** English nouns of the same units, as whole-word stems. */
export const LATIN_ADMIN_STEMS = ['district', 'raion', 'rayon', 'oblast', 'region', 'province', 'hromada'] as const;

/** The district stems as one alternation for a RegExp. */
export const CYRILLIC_DISTRICT_STEMS = DISTRICT_STEMS.join('|');

/** An administrative noun after a name and its qualifier, any case: "Теткино Глушковского района", "Sudzha Sudzhansky
 * District"; also the oblast's abbreviation "обл." and Russia's rural "поселение" and English "municipality", which
 * qualify a name but name no unit the gazetteer reads by its noun. */
export const ADMIN_NOUN = new RegExp(
  `^(${[...DISTRICT_STEMS, ...REGION_STEMS, ...COUNCIL_STEMS, ...LATIN_ADMIN_STEMS].join('|')}|обл$|поселен|municipality)`,
  'iu',
);

/** Genitive singular endings of the stems above that qualify a settlement without a preposition ("Дерилово Донецкой
 * Народной Республики", "Глушково Курской области"). Only this list also holds край and республика: a krai or a republic
 * qualifies a place only as its governing region, and as such only in the genitive; councils and Russia's поселения
 * are not governing regions here. */
// горокруг needs no row: its genitive ends as округа does; окруз is only the locative's stem.
const GENITIVE_ENDINGS: Record<Exclude<(typeof DISTRICT_STEMS)[number], 'горокруг' | 'окруз'> | (typeof REGION_STEMS)[number], string[]> = {
  област: ['и', 'і'],
  район: ['у', 'а'],
  округ: ['а'],
  громад: ['и'],
  общин: ['ы'],
};
export const ADMIN_GENITIVE = new RegExp(
  `(${Object.entries(GENITIVE_ENDINGS)
    .map(([stem, ends]) => `${stem}(${ends.join('|')})`)
    .join('|')}|края|республики|республіки)$`,
  'iu',
);
