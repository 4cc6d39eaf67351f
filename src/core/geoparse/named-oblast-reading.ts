// "Sumy Governor Hryhorov said … the villages of Novenke, Basivka, Veselivka and Zhuravka": the one located Novenke lies
// in Chernihiv Oblast, which the article never names; the Sumy Novenke is known only with its hromada. A located
// namesake in an oblast the text does not name, holding fewer of the article's places than an oblast it names where
// the name is known with its district, is the wrong village: the named oblast's reading is meant.
import { isLocated, type DistrictSettlementEntry } from '../gazetteer/gazetteer.ts';
import { isProminent } from './disambiguate.ts';
import type { ParsedMention } from './geoparse.ts';
import { isRead as isMapped } from './mention-read.ts';

/** The named oblasts to choose the name's district reading in, or null when the located winner stands. */
export function namedOblastsOverWinner(
  existing: ParsedMention,
  readings: readonly DistrictSettlementEntry[],
  mentions: readonly ParsedMention[],
): Set<string> | null {
  const won = existing.entry;
  if (!won || !isLocated(won) || existing.precision !== undefined || won.admin1 === null) return null;
  if (won.kind === 'region' || won.kind === 'country' || isProminent(won)) return null;
  const mapped = mentions.filter(isMapped);
  // Oblasts the text names outright (a settlement placed only in its oblast names none), or through a district or okrug
  // of theirs it names ("по Шебекинскому горокругу", "у Борисівському районі": as plain as "в Белгородской области").
  const named = new Set(mapped.flatMap((m) => (namesOblast(m) && m.entry!.admin1 ? [m.entry!.admin1] : [])));
  if (named.has(won.admin1)) return null;
  // The article's other settlements by oblast, each place once (the name's own mentions vouch for nothing).
  const seen = new Set<string>([won.id]);
  const held = new Map<string, number>();
  for (const m of mapped) {
    const e = m.entry!;
    if (seen.has(e.id) || !isLocated(e) || e.kind === 'region' || e.kind === 'country' || !e.admin1) continue;
    seen.add(e.id);
    held.set(e.admin1, (held.get(e.admin1) ?? 0) + 1);
  }
  const theirs = held.get(won.admin1) ?? 0;
  const oblasts = new Set(
    readings.flatMap((r) => (r.admin1 !== null && named.has(r.admin1) && (held.get(r.admin1) ?? 0) > theirs ? [r.admin1] : [])),
  );
  return oblasts.size > 0 ? oblasts : null;
}

/** A mention of an oblast, or of a district the text names: the district entry itself, or one named after its centre or
 * a city's district mapped at that settlement (precision district with no settlement of its own, `named`, and not a
 * settlement the text only placed there, `unlisted`). */
function namesOblast(m: ParsedMention): boolean {
  const kind = m.entry!.kind;
  if (m.precision === undefined) return kind === 'region' || kind === 'district';
  return m.precision === 'district' && m.named === undefined && m.unlisted !== true;
}
