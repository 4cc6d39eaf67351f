// Whose settlements a count is of, in words: the count's `subject` names whose the counted are ("North Korean troops"),
// and a settlement's noun ("населенных пунктов") repeats what `counts` already says.

const FORCES: Record<string, string> = { RU: 'Russian forces', UA: 'Ukrainian forces', DPRK: 'North Korean forces' };

/** The forces holding the settlements counted (their side), or that the text leaves the holder unsaid. */
export function settlementsHolderWords(side: string | null): string {
  return (side && FORCES[side]) ?? 'holder unsaid';
}
