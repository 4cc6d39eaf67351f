// Who states a figure: "according to X", "with a Ukrainian military source confirming", "X said", "said X".
const SPEECH = String.raw`(?:said|says|stated|states|reported|reports|confirmed|confirms|estimated|estimates|estimate|announced|announces|claimed|claims|told|added|believes|believe)`;

const SPEAKER_NOUN = String.raw`(?:source|sources|official|officials|blogger|bloggers|commander|commander-in-chief|spokesperson|spokesman|spokeswoman|analyst|analysts|expert|experts|ministry|intelligence|military|agency|service|general|minister|president|governor|correspondent)`;

const PATTERNS: RegExp[] = [
  /\baccording to ((?:the |a |an )?[^,.;:“”"()]+?)(?=\s*[,.;:“”"()]|$)/i,
  /\b(?:with|as) ((?:a|an|the) [\p{L}\s’'-]{3,60}?) (?:confirming|saying|claiming|reporting|estimating|stating)\b/iu,
  // "Ukraine's top commander said", "a Russian military blogger claimed", "analysts said"
  new RegExp(String.raw`((?:(?:[Aa]n?|[Tt]he)\s|[A-Z][\p{L}-]+['’]s\s)?(?:[\p{L}-]+\s){0,3}?${SPEAKER_NOUN})\s${SPEECH}\b`, 'u'),
  new RegExp(String.raw`((?:[A-Z][\p{L}’'.-]+(?:\s(?:of\s)?[A-Z][\p{L}’'.-]+){0,5})|(?:(?:a|an|the)\s[\p{Ll}\s’'-]{3,60}?(?:source|official|officials|intelligence|ministry|military|spokesperson|spokesman|analysts?)))\s${SPEECH}\b`, 'u'),
  new RegExp(String.raw`\b${SPEECH}\s((?:[A-Z][\p{L}’'-]+\s?){1,4})`, 'u'),
];

const NOT_A_SOURCE = /^(?:It|This|That|There|They|He|She|We|The|A|An|But|And|However|Despite)$/;

export function attributionIn(sentence: string): string | null {
  for (const re of PATTERNS) {
    const m = re.exec(sentence);
    const who = m?.[1]?.trim().replace(/['’]s$/, '');
    if (who && !NOT_A_SOURCE.test(who)) return who;
  }
  return null;
}
