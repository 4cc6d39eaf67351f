// "Russia's defence ministry said … The ministry said its troops had 'liberated' X": an English bare office as
// claimant ("the ministry", "the defence ministry", "the General Staff") names no side of its own; it is the body the
// article named before with its side, else (with no perspective of the article's own) the side of the article's last
// claimant that named one. Cyrillic reporting keeps the perspective, which its bare offices follow.
import { claimantSideOf } from './actor.ts';
import type { Perspective } from './perspective.ts';

type Side = 'UA' | 'RU';

/** The office a claimant phrase is headed by ("the Defense Ministry", "Ukraine's General Staff"; "military bloggers"
 * is no office). */
const OFFICE = /(?<![\p{L}])(ministry|general\s+staff|military|army|command)$/iu;
const officeOf = (claimant: string): string | undefined => OFFICE.exec(claimant)?.[1]?.toLowerCase().replace(/\s+/gu, ' ');

export class ClaimantMemory {
  private last: Side | null = null;
  private readonly byOffice = new Map<string, Side>();

  /** Remember an English claimant that names its side ("the Russian Defense Ministry"). */
  note(claimant: string | null): void {
    if (!claimant || !/^\p{Script=Latin}/u.test(claimant)) return;
    const side = claimantSideOf(claimant, null);
    if (!side) return;
    this.last = side;
    const office = officeOf(claimant);
    if (office) this.byOffice.set(office, side);
  }

  /** The side a claimant speaks for: its own, else (an English bare office) its office's named before, else the
   * perspective, else the last side named. */
  sideOf(claimant: string | null, perspective: Perspective): Side | null {
    if (!claimant) return null;
    const own = claimantSideOf(claimant, null);
    if (own || !/^\p{Script=Latin}/u.test(claimant)) return own ?? perspective;
    const office = officeOf(claimant);
    if (!office) return perspective;
    return this.byOffice.get(office) ?? perspective ?? this.last;
  }
}
