// The relational adjective of an oblast's name (Курская, Сумська, Донецкая, Запорізька область), in one place: the
// spotter reads it lower-case before a noun ("белгородский губернатор"), the filters judge it capitalised, and the
// name generator derives every form of it from "<adjective> область".

/** The suffix (-ск-, -цк-, -зк-; Ukrainian -ськ-, -цьк-, -зьк-) and the case, gender and number endings after it. */
const SUFFIX = '(?:ск|цк|зк|ськ|цьк|зьк)';
const ENDINGS = '(?:ий|ый|ая|ое|ие|ые|ого|ой|ому|ом|им|ым|ую|ых|их|ими|ыми|ей|а|е|і|ої|ій|у|ою|ім|ьої)';
const FORM = new RegExp(`^[\\p{L}'’-]*\\p{L}{3}${SUFFIX}${ENDINGS}$`, 'u');
/** Endings only a Ukrainian adjective (-ськ-, -цьк-, -зьк-) takes: after Russian -ск-/-цк- they spell a noun's case
 * form (Курска, Курску, Дзержинска), never an adjective (Курская, Курской). */
const UKRAINIAN_ONLY = /(?:ск|цк|зк)(?:а|е|і|у|ої|ій|ою|ім|ьої)$/u;
const NOMINATIVE = /^(\S+?)(ская|цкая|зкая|ська|цька|зька)\s+область$/u;

/** Whether a word (any case of letters) has the shape of such an adjective in some case form: "Сумской",
 * "курское", "Білопільській". Shape only: whether a region answers to it is the gazetteer's to say. */
export function isRegionAdjectiveForm(word: string): boolean {
  const w = word.toLowerCase();
  return FORM.test(w) && !UKRAINIAN_ONLY.test(w);
}

/** "Белгородская область" → белгородская, белгородский, белгородское, белгородские (and the Ukrainian -ська/-ський/
 * -ське/-ські): the nominatives of every gender and number, to be declined by the caller. */
export function regionAdjectives(nominative: string): string[] {
  const m = NOMINATIVE.exec(nominative.trim().toLowerCase());
  if (!m) return [];
  const ukrainian = m[2]!.includes('ь');
  const stem = m[1]! + m[2]!.slice(0, ukrainian ? 3 : 2);
  return (ukrainian ? ['а', 'ий', 'е', 'і'] : ['ая', 'ий', 'ое', 'ие']).map((x) => stem + x);
}
