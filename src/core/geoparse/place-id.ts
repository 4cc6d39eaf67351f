// The id of the place a mention names, shared by the place features (pipeline/places.ts) and the control events, so
// that an event's `settlement` is the id of the place feature it is drawn with.
import { precisionOfKind, precisions, type PlaceKind, type Precision } from '../schema.ts';
import type { ParsedMention } from './geoparse.ts';
import { nameStem } from './one-sense.ts';

/** The feature id of places put `precision` to a gazetteer entry ("X near Y": `<Y's id>~near`); with `name`, one
 * settlement no layer knows, put there by the text (`<Y's id>~near~<its name's stem>`). */
export const approximateId = (entryId: string, precision: Precision, name?: string): string =>
  name === undefined ? `${entryId}~${precision}` : `${entryId}~${precision}~${name}`;

/** The parts of an id made by approximateId (precision null: a gazetteer entry's own id). */
export function splitPlaceId(id: string): { entryId: string; precision: Precision | null; name: string | null } {
  const [entryId, p, name] = id.split('~');
  return p !== undefined && (precisions as readonly string[]).includes(p)
    ? { entryId: entryId!, precision: p as Precision, name: name ?? null }
    : { entryId: id, precision: null, name: null };
}

/** A name as an id part: its case endings cut ("Зорвановку" and "Зорвановка" are one settlement), words joined by '-'. */
const nameKey = (text: string): string => nameStem(text).replace(/[\s~]+/gu, '-');

/**
 * The place a located mention names: a village known with its district alone is its own entry; a settlement no layer
 * knows is its own place within the container the text put it in; a mention the text places at a neighbour, district
 * or region without naming another place is that container at that precision; else the entry itself.
 */
export function placeIdOf(
  m: Pick<ParsedMention, 'named' | 'unlisted' | 'precision' | 'text'> & { entry: { id: string; kind: PlaceKind } },
): string {
  if (m.named) return m.named.id;
  if (m.unlisted && m.precision) return approximateId(m.entry.id, m.precision, nameKey(m.text));
  return m.precision && m.precision !== precisionOfKind(m.entry.kind) ? approximateId(m.entry.id, m.precision) : m.entry.id;
}
