// East Slavic given names in every case, so "Владимир Рогов" or "голови ОВА Івана Федорова" reads as a person, not as
// the city Vladimir and a village Рогов. The nominatives are listed once; their case forms are generated from the
// ending (consonant, -й, -о, -а, -я), as Russian and Ukrainian decline them. Names that are also common village names
// (Надія, Віра, Любов, Слава) are left out.

const MALE = `
  александр алексей анатолий андрей антон аркадий артём артем богдан борис вадим валентин валерий василий виктор
  виталий владимир владислав всеволод вячеслав геннадий георгий глеб григорий даниил денис дмитрий евгений егор иван
  игорь кирилл константин леонид максим михаил никита николай олег роман руслан святослав семён семен сергей
  станислав степан тарас тимур эдуард юрий ярослав
  олександр олексій анатолій андрій валерій василь віктор віталій володимир в’ячеслав вячеслав геннадій григорій
  дмитро євген ігор іван кирило костянтин микола михайло павло петро сергій станіслав юрій
`;
const FEMALE = `
  анна ольга ирина ірина елена олена наталья наталія татьяна тетяна юлия юлія мария марія екатерина катерина людмила
  светлана світлана оксана галина марина виктория вікторія дарья дар’я ксения ксенія
`;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** A nominative with its case forms in both languages (both languages' endings: the forms do not collide). */
function caseForms(name: string, female: boolean): string[] {
  const stem = name.slice(0, -1);
  const last = name.slice(-1);
  if (female) {
    if (last === 'я') return [name, stem + 'и', stem + 'ї', stem + 'ю', stem + 'ей', stem + 'єю', stem + 'ею'];
    return [name, stem + 'ы', stem + 'и', stem + 'е', stem + 'і', stem + 'у', stem + 'ой', stem + 'ою'];
  }
  if (last === 'й') return [name, stem + 'я', stem + 'ю', stem + 'ем', stem + 'єм', stem + 'и', stem + 'ї', stem + 'е'];
  if (last === 'о') return [name, stem + 'а', stem + 'у', stem + 'ом', stem + 'ові', stem + 'е'];
  // Ігор → Ігоря (the soft stem), Василь → Василя; other consonants take the hard endings.
  if (last === 'ь') return [name, stem + 'я', stem + 'ю', stem + 'ем', stem + 'еві'];
  // (Russian Игорь ends in ь, above; Ukrainian Ігор has lost it but keeps the soft endings.)
  return name === 'ігор'
    ? [name, name + 'я', name + 'ю', name + 'ем', name + 'еві']
    : [name, name + 'а', name + 'у', name + 'ом', name + 'ові', name + 'е'];
}

/** Lower-cased given names of Russian and Ukrainian speakers, every case form. */
export const CYRILLIC_GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...words(MALE).flatMap((n) => caseForms(n, false)),
  ...words(FEMALE).flatMap((n) => caseForms(n, true)),
  // Stems that drop or change their vowel in the oblique cases: Павел → Павла, Пётр → Петра, Федір/Фёдор → Федора.
  ...['павел', 'пётр', 'петр', 'фёдор', 'федор', 'федір'],
  ...['павл', 'петр', 'федор'].flatMap((stem) => [stem + 'а', stem + 'у', stem + 'ом']),
]);
