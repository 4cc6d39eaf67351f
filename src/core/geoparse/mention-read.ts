// Whether a mention was read as a place: the one test the late geoparse stages (one sense, one place per name, root
// vowels, the named oblast) apply before trusting another mention's reading, written once.
import type { IndexedEntry } from '../gazetteer/gazetteer.ts';
import type { ParsedMention } from './geoparse.ts';

export type ReadMention = ParsedMention & { entry: IndexedEntry };

/** Read as a gazetteer entry, resolved or with low confidence (not rejected, not left unresolved). */
export const isRead = (m: ParsedMention): m is ReadMention =>
  m.entry !== null && (m.status === 'resolved' || m.status === 'low-confidence');

/** Read as a place the gazetteer lists: a settlement no layer knows, mapped at its container (`unlisted`), is not. */
export const isListedReading = (m: ParsedMention): m is ReadMention => isRead(m) && !m.unlisted;
