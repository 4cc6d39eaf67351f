// "Tokmak's capture would be a milestone", "the fall of X would not mark …": a noun of taking whose clause goes on
// with a modal weighs the act. It reports one only where the article tells of the place changing hands elsewhere
// ("The recapture of X would bring Ukraine closer …" after "Ukraine retook X"); alone it is a prospect. Ukrainian and
// Russian weigh it with a future or conditional verb ("Взятие X позволит …", "освобождение X будет достигнуто",
// "захоплення X дозволить …"; a past "позволило" tells of the act done).
import type { ControlEventFeature } from '../schema.ts';
import type { Span } from '../text/sentences.ts';

const NOUN_OF_TAKING =
  /^(?:capture|seizure|recapture|liberation|occupation|takeover|fall|loss|захват(?:а|у|ом|е)?|взяти(?:е|я|ю|ем)|взятт(?:я|ю|ям)|освобождени(?:е|я|ю|ем)|заняти(?:е|я|ю|ем)|оккупаци(?:я|и|ю|ей)|падени(?:е|я|ю|ем)|захопленн(?:я|ю|ям)|звільненн(?:я|ю|ям)|визволенн(?:я|ю|ям)|окупаці(?:я|ї|ю|єю)|падінн(?:я|ю|ям))$/iu;
/** A modal of the noun's clause: right after its object (or after the noun, for "X's capture"), no comma between. */
const MODAL_NEXT =
  /^(?:\s+(?:[\p{L}'’-]+\s+){0,3}?|\s+)(?:would|could|might|may|will|should|can|позволит|позволило\s+бы|откроет|будет|станет|может|могло\s+бы|даст|дозволить|дозволило\s+б|відкриє|буде|стане|може|могло\s+б|дасть)(?![\p{L}])/iu;
const CHANGE_OF_HANDS = new Set(['captured', 'liberated', 'withdrew', 'entered', 'cleared']);

/** Whether a trigger is a noun of taking followed by a modal: the possible act, to be checked against the article. */
export function nounWeighedByModal(text: string, trig: Span & { text: string }, list: readonly Span[]): boolean {
  if (!NOUN_OF_TAKING.test(trig.text.split(/\s/u)[0]!)) return false;
  const last = list.at(-1);
  if (!last) return false;
  const from = last.start > trig.end ? last.end : trig.end;
  return MODAL_NEXT.test(text.slice(from, from + 40));
}

/** The events of the article without the weighed nouns whose settlement no other event reports changing hands. */
export function withoutProspects(events: ControlEventFeature[], weighed: ReadonlySet<ControlEventFeature>): ControlEventFeature[] {
  if (!weighed.size) return events;
  const changed = new Set(
    events.filter((e) => !weighed.has(e) && CHANGE_OF_HANDS.has(e.properties.action)).map((e) => e.properties.settlement),
  );
  return events.filter((e) => !weighed.has(e) || changed.has(e.properties.settlement));
}
