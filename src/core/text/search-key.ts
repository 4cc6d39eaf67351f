// A loose spelling key for the place search, so a briefer finds a place whichever way an outlet spells it: the
// Russian form in English ("Kurakhovo" for Kurakhove, "Chasov Yar"), ё typed or not ("Новосёлка"), any of the
// apostrophes Ukrainian is written with (' ’ ʼ), y or i ("Kupyansk"/"Kupiansk"), Ukrainian h for Russian g
// ("Vuhledar"/"Ugledar"). Cyrillic is put into Latin letters and the spellings that differ only by such
// choices are folded together. Only for matching: results are still shown under the place's own name.

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Apostrophes and the marks used as one in names (Ukrainian ʼ, typographic ’ ‘, ASCII ', backtick, acute). */
const APOSTROPHES = /['’ʼ‘`´ʹ]/g;

const CYRILLIC_LETTER = /[а-яёіїєґ]/g;
const toLatin = (ch: string): string => CYRILLIC[ch]!;

/** The loose key of a name or a query (already lower-cased or not). Built for every name of every place when the
 * search index is (50,000 places in the scale benchmark): regular expressions over the string, no per-letter loop. */
export function searchKey(text: string): string {
  return (
    text
      .normalize('NFC')
      .toLocaleLowerCase()
      .replace(APOSTROPHES, '')
      .replace(CYRILLIC_LETTER, toLatin)
      // A lone h is Ukrainian г (Russian g): "Vuhledar", "Horlivka"; kh, zh, ch, sh keep theirs.
      .replace(/(^|[^kzcs])h/g, '$1g')
      // y, j and i are one letter here: Kupyansk/Kupiansk, Velykyi/Velikiy, Yar/Iar.
      .replace(/[yj]/g, 'i')
      // A doubled letter is one: Kyiv's "kiiv", Zaporizhzhya's spellings with ll, ss, nn.
      .replace(/(.)\1+/g, '$1')
      .replace(/[\s\-‐–—]+/g, ' ')
      .trim()
  );
}
