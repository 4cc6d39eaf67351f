// The root vowel that Russian and Ukrainian spell apart where no rule tells which: Ukrainian і in a syllable that was
// closed (кліщ-, гір-, віль-) is Russian е or о (Клещеевка / Кліщіївка, Белогорье / Білогір'я, Привольное / Привільне),
// and Ukrainian copy that takes a Russian name writes its е (Клещеївка). Which е or о of a word is such a vowel depends
// on the word's history (Берестове keeps its е), so respelling every Ukrainian name by it read far namesakes (round 17):
// these respellings are only tried on a word no reading knows, and a reading found so is kept only where the text
// supports it (root-vowel-reading.ts).
// Russian copy also writes a Ukrainian root's о as its own а where the two languages' words differ so (Работино for
// Роботине: работа / робота; Разлив / Розлив) and ы after ц where Ukrainian has и (Галицыновка / Галицинівка): in
// Russian copy, one such letter is respelled too (Ukrainian copy writes the Ukrainian о and и).

/** Respellings of a normalised Cyrillic word: one or two of its е/о read as the Ukrainian і (a Ukrainian form) or as
 * и (the Russian spelling of that і that cross-spelling.ts writes for a Ukrainian name); in Russian copy also one а
 * read as о, or one ы after ц as и. Not the first letter (a word-initial vowel is no such root vowel) nor the last two (the ending's). */
export function rootVowelRespellings(word: string, russianCopy = false): string[] {
  const at: number[] = [];
  for (let i = 1; i < word.length - 2; i++) if (word[i] === 'е' || word[i] === 'о') at.push(i);
  if (/\s/.test(word)) return [];
  const out = new Set<string>();
  const put = (positions: readonly number[], v: string): void => {
    const letters = [...word];
    for (const p of positions) letters[p] = v;
    out.add(letters.join(''));
  };
  for (const v of ['і', 'и']) {
    for (const a of at) put([a], v);
    for (let x = 0; x < at.length; x++) for (let y = x + 1; y < at.length; y++) put([at[x]!, at[y]!], v);
  }
  // The Russian а of a Ukrainian о, the Russian ы of a Ukrainian и after ц: one letter at a time, same positions.
  for (let i = 1; russianCopy && i < word.length - 2; i++)
    if (word[i] === 'а' || (word[i] === 'ы' && word[i - 1] === 'ц')) {
      const letters = [...word];
      letters[i] = word[i] === 'а' ? 'о' : 'и';
      out.add(letters.join(''));
    }
  out.delete(word);
  return [...out];
}

/** The same а/о in English copy of a Russian name ("Rabotino" for Robotyne, whose Russian Работино the Latin layers
 * transliterate only from the Ukrainian Роботине as "Robotino"): one Latin a read as o, not the first letter nor the
 * last two. */
export function latinRootVowelRespellings(word: string): string[] {
  if (/\s/.test(word)) return [];
  const out = new Set<string>();
  for (let i = 1; i < word.length - 2; i++) if (word[i] === 'a') out.add(word.slice(0, i) + 'o' + word.slice(i + 1));
  return [...out];
}
