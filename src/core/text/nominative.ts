// The nominative of a name the text gives only in an oblique case ("біля Далекого", "в Зорвановку"): the declension
// run backwards. Candidate nominatives are made by swapping the word's ending for a nominative one and kept when
// declineName gives the spelling back; a settlement no layer knows is then shown by its lemma, not by the case its one
// mention happened to be in.
import { declineName, languagesOf, wordForms, type Lang } from './declension.ts';

/** Nominative endings of settlement names, the commoner first (a village is a село, so the neuter adjective leads;
 * a noun in -а before one in -о). '' is a consonant stem (Бердянськ, Петровск). */
const ENDINGS: Record<Lang, readonly string[]> = {
  uk: ['а', 'е', 'ий', 'і', 'я', 'ів', 'їв', '', 'ь', 'о', 'и', 'ій', 'ія', 'є'],
  ru: ['а', 'ое', 'ий', 'ый', 'ой', 'ы', 'и', 'ые', 'ие', 'ая', 'я', 'ов', 'ев', 'ин', '', 'ь', 'о', 'ье', 'ее', 'ия', 'е'],
};
const MAX_CUT = 4;
const VOWEL_END = /[аеєиіїоуюяыэё]$/;
const CONSONANT_END = /[бвгґджзйклмнпрстфхцчшщь]$/;
const CYRILLIC = /[а-яіїєґё]/i;
const MAX_PHRASES = 64;
const ALTERNATION_BONUS = 5;
/** Endings a nominative does not have (adjectives' oblique cases, plural locatives, Ukrainian -ці/-зі/-сі): a spelling
 * ending so is read back to its lemma; any other spelling the declension takes as a nominative stays as written. */
const OBLIQUE_END = /(ого|его|ому|ему|ую|юю|ої|ій|ой|ей|их|ых|ах|ях|ці|зі|сі)$/i;
/** A Russian adjective's oblique ending: its nominative is an adjective too (Торецкой: Торецкая, not a noun Торецка
 * in the instrumental). */
const RU_ADJECTIVE_OBLIQUE = /(ого|его|ому|ему|ую|юю|ой|ей|их|ых)$/i;
const RU_ADJECTIVE_ENDING = new Set(['ое', 'ая', 'ий', 'ый', 'ой', 'ее', 'яя', 'ые', 'ие', 'ье']);
const ADJECTIVE_PREFERENCE = 20;
/** An adjective's stem ends in к only as -ск-/-цк- or after a vowel (Широкое); Зорвановк- is a noun's. */
const NOUN_K_STEM = /[^аеєиіїоуюяыэёсц]к$/i;

interface Candidate {
  name: string;
  rank: number;
}

/** The stems a case form's stem may come from, undoing the alternations the declension makes: Ukrainian к/г/х → ц/з/с
 * before -і (Писарівці), -ів/-їв → -ов-/-єв- (Глухові), and the fleeting vowel of -ець/-ец/-ок (Кременця, Городка). */
function stemsOf(stem: string, lang: Lang): string[] {
  const out = [stem];
  const last = stem.slice(-1);
  const head = stem.slice(0, -1);
  if (lang === 'uk') {
    const velar = ({ ц: 'к', з: 'г', с: 'х' } as Record<string, string>)[last];
    if (velar) out.push(head + velar);
    if (/ов$/.test(stem)) out.push(stem.slice(0, -2) + 'ів');
    if (/єв$/.test(stem)) out.push(stem.slice(0, -2) + 'їв');
    if (/[^аеєиіїоуюя]ц$/.test(stem)) out.push(head.replace(/ь$/, '') + 'ець');
  } else if (/[^аеиоуыэюяё]ц$/.test(stem)) out.push(head.replace(/ь$/, '') + 'ец');
  if (/[^аеєиіїоуюяыэё]к$/.test(stem)) out.push(head + 'ок');
  return [...new Set(out)];
}

/** One word's possible nominatives in `lang` that decline to it (its own spelling kept as typed), ranked by their
 * ending's place. */
function wordNominatives(word: string, lang: Lang, last: boolean): Candidate[] {
  const out = new Map<string, number>();
  const endings = ENDINGS[lang];
  const lower = word.toLowerCase();
  // A word in an oblique-only ending loses at least all of it but its first letter (Далекого: not Далекого+а).
  const minCut = Math.max(0, (OBLIQUE_END.exec(word)?.[0].length ?? 0) - 1);
  const adjectival = RU_ADJECTIVE_OBLIQUE.test(word);
  for (let cut = minCut; cut <= Math.min(MAX_CUT, word.length - 2); cut++)
    for (const [si, stem] of stemsOf(word.slice(0, word.length - cut), lang).entries())
      endings.forEach((ending, endingRank) => {
        // An alternation undone is evidence the form was declined from that stem (Писарівці: Писарівка, not -ца).
        const baseRank = si > 0 ? endingRank - ALTERNATION_BONUS : endingRank;
        const name = stem + ending;
        if (
          ending === '' ? !CONSONANT_END.test(name.toLowerCase()) : VOWEL_END.test(stem.toLowerCase()) && /^[аеєиіїоуюяыэёь]/.test(ending)
        )
          return;
        if (/[йь]$/.test(stem.toLowerCase()) && /^[іиыь]/.test(ending)) return;
        const adjective = lang === 'ru' && RU_ADJECTIVE_ENDING.has(ending);
        if (adjective && NOUN_K_STEM.test(stem)) return;
        const rank = adjective && adjectival && name !== word ? baseRank - ADJECTIVE_PREFERENCE : baseRank;
        if (out.has(name) && out.get(name)! <= rank) return;
        if (wordForms(name, lang, last).includes(lower)) out.set(name, rank);
      });
  return [...out].map(([name, rank]) => ({ name, rank }));
}

/**
 * The nominatives a spelling may be a case form of, best first: in the languages its letters allow (`prefer` first
 * when they allow both), a name `isName` knows (a gazetteer entry's name anywhere) before one it does not, then the
 * commoner ending. Non-Cyrillic spellings have none.
 */
export function nominativesOf(spelling: string, prefer: Lang, isName: (name: string) => boolean = () => false): string[] {
  if (!CYRILLIC.test(spelling)) return [];
  const words = spelling.split(/\s+/).filter(Boolean);
  const target = words.join(' ').toLowerCase();
  const langs = languagesOf(spelling).sort((a, b) => (a === prefer ? -1 : b === prefer ? 1 : 0));
  const found: (Candidate & { lang: number; known: boolean })[] = [];
  langs.forEach((lang, li) => {
    let phrases: Candidate[] = [{ name: '', rank: 0 }];
    for (const [i, w] of words.entries()) {
      const next = wordNominatives(w, lang, i === words.length - 1);
      phrases = phrases.flatMap((p) => next.map((c) => ({ name: p.name ? `${p.name} ${c.name}` : c.name, rank: p.rank + c.rank })));
      phrases = phrases.sort((a, b) => a.rank - b.rank).slice(0, MAX_PHRASES);
    }
    for (const c of phrases) if (declineName(c.name, lang).includes(target)) found.push({ ...c, lang: li, known: isName(c.name) });
  });
  const last = words.at(-1) ?? '';
  // A spelling the declension takes as a nominative, in no oblique-only ending, stays as written, before any known name.
  for (const c of found)
    if (c.name.toLowerCase() === target && !OBLIQUE_END.test(last)) {
      c.rank -= 100;
      c.known = true;
    }
  found.sort((a, b) => Number(b.known) - Number(a.known) || a.lang - b.lang || a.rank - b.rank || a.name.length - b.name.length);
  return [...new Set(found.map((c) => c.name))];
}

/**
 * The name to show for a settlement known by these spellings alone: the nominative that the most of them are forms
 * of (the best ranked among equals, nominativesOf), else the shortest spelling.
 */
export function lemmaOf(spellings: readonly string[], prefer: Lang, isName?: (name: string) => boolean): string {
  const shortest = [...spellings].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0]!;
  const votes = new Map<string, { count: number; best: number }>();
  for (const s of spellings)
    nominativesOf(s, prefer, isName).forEach((n, i) => {
      const v = votes.get(n) ?? { count: 0, best: Infinity };
      votes.set(n, { count: v.count + 1, best: Math.min(v.best, i) });
    });
  const ranked = [...votes].sort((a, b) => b[1].count - a[1].count || a[1].best - b[1].best || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return ranked[0]?.[0] ?? shortest;
}
