// "X was cleared of Russians", "cleared A and B of Russian troops", "очищено від окупантів": the side named after "of"
// ("від", "от") is the one removed from the place, so the clearing is the other side's. Without it, a clearing of a
// place names no side and is read as the one that does not own the place.

/** The phrase after the preposition of removal that follows a verb of clearing (or the places it governs). */
const REMOVED = /^[\s,]*(?:of|від|от)\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)/iu;

/** The phrase naming the side a clearing removes, read after `from` (the verb's end, or its last object's), if any. */
export function removedPhrase(text: string, from: number): string | null {
  return REMOVED.exec(text.slice(from, from + 60))?.[1] ?? null;
}
