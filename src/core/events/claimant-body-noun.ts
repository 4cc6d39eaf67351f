// "По данным ведомства, …", "За даними командування, …", "according to the ministry": an according-to phrase with a
// lower-case noun of a body names no one of its own; it refers back to the body the article named before (as "в
// ведомстве уточнили" or "it said" do), which is the latest claimant whose kind the noun fits: a ministry for
// "ведомство/відомство/міністерство/ministry", a military command or staff for "командування/штаб/угруповання/
// command/staff", a body that is neither (an institute, a monitoring project), nor a person, for "аналітики/analysts".

type Kind = 'ministry' | 'command' | 'analysts';

const ACCORDING = String.raw`(?:[Зз]а\s+(?:даними|інформацією|оцінками|словами)|[Пп]о\s+(?:данным|информации|оценкам|словам)|[Зз]гідно\s+з\s+(?:даними|інформацією)|[Сс]огласно\s+(?:данным|информации)|[Aa]ccording\s+to\s+the)`;
/** One lower-case adjective may stand before the noun ("оборонного ведомства", "військового командування",
 * "defence ministry"); a noun of a person before it ("за словами начальника штабу") makes the person the speaker. */
const ADJECTIVE = String.raw`(?:\p{Ll}+(?:ого|его|ої|ей|их|ых)|defen[cs]e|military|general|russian|ukrainian)`;
/** The nouns of a body, by the kind of claimant each refers back to. */
const NOUN_STEMS: Record<Kind, readonly string[]> = {
  ministry: ['ведомств', 'відомств', 'міністерств', 'министерств', 'ministry'],
  command: ['командуванн', 'командовани', 'штаб', 'угрупованн', 'группировк', 'command', 'staff'],
  analysts: ['аналітик', 'аналитик', 'analysts'],
};
/** A name or a quoted name after the noun names the body itself ("за даними командування Повітряних сил",
 * "по данным командования группировки «Центр»"): no reference back. */
const NOUN = new RegExp(
  String.raw`(?<![\p{L}])${ACCORDING}\s+(?:${ADJECTIVE}\s+)?(${Object.values(NOUN_STEMS).flat().join('|')})(\p{L}*)(?!\p{L})(?!\s+(?:\p{Ll}+\s+)?[\p{Lu}«"„“])`,
  'u',
);

function kindOfNoun(stem: string): Kind {
  return (Object.keys(NOUN_STEMS) as Kind[]).find((kind) => NOUN_STEMS[kind].includes(stem))!;
}

/** The kind of body a claimant names, from its head words and their stump compounds ("Минобороны", "Генштаб",
 * "ОСУВ", "Defense Ministry"), or null for anything else. */
const MINISTRY = /(?:міноборон|минобороны|міністерств|министерств|ministry|(?<![\p{L}])(?:МО|MoD)(?![\p{L}]))/iu;
const COMMAND =
  /(?:штаб|командуванн|командовани|угрупованн|группировк|(?<![\p{L}])(?:ОСУВ|ОТУ|ЗСУ|ВСУ)(?![\p{L}])|command|staff|сил[аиі]?\s+оборони)/iu;
function kindOfClaimant(claimant: string): Kind | null {
  if (MINISTRY.test(claimant)) return 'ministry';
  if (COMMAND.test(claimant)) return 'command';
  return null;
}

/** The kind of body the sentence's according-to phrase refers back to, or null when it has none. */
export function bodyNounIn(sentence: string): Kind | null {
  const m = NOUN.exec(sentence);
  return m ? kindOfNoun(m[1]!) : null;
}

/** The latest of the claimants named so far (`named`, oldest first) whose kind fits, else null. `person`: whether a
 * claimant is a person (an analyst's body is not). */
export function bodyReferredTo(kind: Kind, named: readonly string[], person: (claimant: string) => boolean): string | null {
  for (let i = named.length - 1; i >= 0; i--) {
    const who = named[i]!;
    const its = kindOfClaimant(who);
    if (kind === 'analysts' ? its === null && !person(who) : its === kind) return who;
  }
  return null;
}
