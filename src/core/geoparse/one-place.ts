// One settlement per name in an article: a name the article writes several times names one place, but each mention
// is scored on its own evidence, so a mention with none ("Urozhaine was liberated in August 2023") can fall to a
// namesake in another oblast ("article is about Chernihiv Oblast" because that namesake is the reading it took) while
// another mention of the name is placed by its own sentence ("Urozhaine in Donetsk Oblast"). Such a mention takes the
// placed mention's reading. A mention its own sentence places stays as it is: two namesakes in one article each come
// with their oblast.
import type { Governing } from './governing-region.ts';
import type { ParsedMention } from './geoparse.ts';
import { isListedReading as placed } from './mention-read.ts';
import { nameStem } from './one-sense.ts';
import { partitionPoint } from '../partition-point.ts';

const SETTLEMENT = new Set(['village', 'town', 'city']);
/** The settlement a mention reads (a village known with its hromada alone is `named`). */
const settlementOf = (m: ParsedMention) => m.named ?? m.entry!;
/** When no mention is placed by its sentence, a reading of at least this share of the name's mentions is the one meant. */
const MAJORITY = 2 / 3;
/** Between a name and the oblast that is its apposition or its own locative: "Dachnoye, Dnipropetrovsk province",
 * "Dachnoye village, Dnipropetrovsk province", "Novomykolaivka in the northeastern Sumy region", "Рыжевка в Сумской
 * области" (a short gap with no other name in it; "in the partially occupied eastern" is a description, not this). */
const APPOSITION_GAP = /^(?:,\s*|\s+(?:village|town|settlement)\s*,\s*|,?\s+(?:in|at)\s+(?:the\s+)?(?:\p{Ll}+\s+)?|,?\s+(?:в|во|у)\s+)$/u;
/** Russian and Ukrainian put the oblast right after the name in the genitive, with no preposition or comma: "Дачное
 * Днепропетровской области", "Дачне Дніпропетровської області", "Успеновка Донецкой Народной Республики", "… ДНР". */
const GENITIVE_GAP = /^[ \u00a0]+$/u;
const GENITIVE_OBLAST =
  /^(?:\p{Lu}[\p{L}-]*(?:ой|ої)\s+(?:области|області)|Донецкой Народной Республики|Луганской Народной Республики|[ДЛ]НР)$/u;
/** Between two oblasts of one list ("в ДНР и Днепропетровской области", "the Kharkiv and Sumy regions"). */
const LIST_JOIN = /^\s*(?:,|и|і|й|та|and)\s*$/u;

/** Mentions of one name read as different settlements, aligned on the reading that a mention's own clause or sentence
 * places in its oblast (or, none being placed, on the reading of a clear majority of them). `governedAt`: the oblast a
 * clause puts a spot in, by start offset (governing-region.ts). */
export function onePlacePerName(
  text: string,
  mentions: readonly ParsedMention[],
  governedAt: ReadonlyMap<number, Governing>,
): ParsedMention[] {
  const regions = mentions.filter((m) => placed(m) && m.entry!.kind === 'region' && m.precision === undefined);
  // An oblast in a list of oblasts is shared by the list's places, no one place's apposition (its neighbours in text
  // order decide; `regions` is in text order, as the mentions are).
  regions.sort((a, b) => a.start - b.start);
  const listed = new Set<ParsedMention>();
  regions.forEach((r, i) => {
    const q = regions[i + 1];
    if (!q || q.start < r.end || !LIST_JOIN.test(text.slice(r.end, q.start))) return;
    listed.add(r);
    listed.add(q);
  });
  // Whether the oblast of the settlement the mention reads follows it as its apposition or own locative (the regions
  // starting within a short reach after it are found by binary search: a scan per mention was quadratic).
  const qualified = (m: ParsedMention): boolean => {
    const admin1 = settlementOf(m).admin1;
    for (let i = partitionPoint(0, regions.length, (k) => regions[k]!.start < m.end); i < regions.length; i++) {
      const r = regions[i]!;
      if (r.start - m.end > 40) break;
      const gap = text.slice(m.end, r.start);
      const apposition = APPOSITION_GAP.test(gap) || (GENITIVE_GAP.test(gap) && GENITIVE_OBLAST.test(r.text));
      if (r.entry!.admin1 === admin1 && apposition && !listed.has(r)) return true;
    }
    return false;
  };
  // Whether the mention's clause or sentence names the oblast of the settlement it reads.
  const own = (m: ParsedMention): boolean => {
    const admin1 = settlementOf(m).admin1;
    if (!admin1) return false;
    if (governedAt.get(m.start)?.admin1 === admin1) return true;
    return regions.some((r) => r.entry!.admin1 === admin1 && r.start >= m.sentence.start && r.end <= m.sentence.end);
  };
  const groups = new Map<string, ParsedMention[]>();
  for (const m of mentions)
    if (placed(m) && SETTLEMENT.has(settlementOf(m).kind)) {
      const key = nameStem(m.text);
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(m);
    }
  const replaced = new Map<ParsedMention, ParsedMention>();
  for (const group of groups.values()) {
    if (new Set(group.map((m) => settlementOf(m).id)).size < 2) continue;
    const supported = group.filter(own);
    let target: ParsedMention | undefined;
    // Sentences placing two readings: the one a mention's apposition names is meant, and the other sentences' support
    // is what they say near the name ("villages in Donetsk province, south and east of Dachnoye").
    let byApposition = false;
    if (supported.length > 0) {
      if (new Set(supported.map((m) => settlementOf(m).id)).size === 1) target = supported[0];
      else {
        const direct = supported.filter(qualified);
        if (direct.length > 0 && new Set(direct.map((m) => settlementOf(m).id)).size === 1) [target, byApposition] = [direct[0], true];
      }
    } else {
      const counts = new Map<string, number>();
      for (const m of group) counts.set(settlementOf(m).id, (counts.get(settlementOf(m).id) ?? 0) + 1);
      const [id, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      if (n >= 2 && n >= MAJORITY * group.length) target = group.find((m) => settlementOf(m).id === id);
    }
    if (!target) continue;
    const t = target;
    for (const m of group) {
      if (settlementOf(m).id === settlementOf(t).id || (own(m) && !byApposition)) continue;
      // (a mention its own clause places keeps its reading even then: two namesakes, each with its oblast)
      if (byApposition && governedAt.get(m.start)?.admin1 === settlementOf(m).admin1) continue;
      // The mention's own precision and named settlement belong to its own reading: the target's replace them.
      const { precision: _precision, named: _named, ...base } = m;
      replaced.set(m, {
        ...base,
        status: m.status === 'resolved' && t.status === 'resolved' ? 'resolved' : 'low-confidence',
        entry: t.entry,
        confidence: Math.min(m.confidence, t.confidence),
        ...(t.precision ? { precision: t.precision } : {}),
        ...(t.named ? { named: t.named } : {}),
        reason: `the same name as "${t.text}" elsewhere in the article, read there as ${settlementOf(t).name} (${settlementOf(t).admin1}); this mention's own reading, ${settlementOf(m).name} (${settlementOf(m).admin1}), had no support of its own`,
      });
    }
  }
  return mentions.map((m) => replaced.get(m) ?? m);
}
