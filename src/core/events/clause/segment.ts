// Clauses of a sentence: the stretches one verb governs. A clause ends at strong punctuation (semicolon, colon,
// brackets, quotes, a spaced dash) and at a comma that opens a clause of its own: a conjunction, a relative pronoun,
// a participle or a gerund. A bare comma or "and" between names is no break: lists run on inside one clause.
import type { Span } from '../../text/sentences.ts';

/** Words that open a clause after a comma, per language (a relative pronoun's whole paradigm as a stem). */
const OPENERS = {
  en: String.raw`which|who|whom|whose|where|when|while|whereas|but|although|though|as|after|before|because|since|that|if|unless|until|amid`,
  uk: String.raw`котр\p{L}*|як(?:ий|а|е|і|ого|ої|ому|им|ими|их|у)|де|куди|звідки|коли|але|проте|однак|а|хоча|оскільки|бо|що|щоб|після\s+того|поки`,
  ru: String.raw`котор\p{L}*|где|куда|откуда|когда|но|однако|а|хотя|поскольку|так\s+как|потому\s+что|что|чтобы|после\s+того|пока|причем|причём`,
};
/** Participle and gerund clauses set off by a comma: "Суджу, захваченную …", "відступивши", "пытаясь прорваться",
 * "перешедший" (a past active participle of a stem ending in a consonant: "-дш-", "-тш-"). */
const NONFINITE = String.raw`\p{L}+(?:вш|дш|тш|ющ|ущ|ащ|ящ)\p{L}*|\p{L}+(?:вши|вшись|ючи|учи|ясь|аясь|ившись)|\p{L}+ing`;

const BREAK = new RegExp(
  String.raw`[;:()«»"“”„!?]|\s[–—-]\s|,\s+(?=(?:${OPENERS.en}|${OPENERS.uk}|${OPENERS.ru}|${NONFINITE})(?![\p{L}]))|\s(?=(?:but|але|проте|однак|но|однако|хотя|хоча)\s)`,
  'giu',
);

/** The clauses of `text` (article offsets from `offset`), in order, each trimmed of its break. */
export function clausesOf(text: string, offset: number): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(BREAK)) {
    if (m.index > from) out.push({ start: offset + from, end: offset + m.index });
    from = m.index + m[0].length;
  }
  if (text.length > from) out.push({ start: offset + from, end: offset + text.length });
  return out;
}
