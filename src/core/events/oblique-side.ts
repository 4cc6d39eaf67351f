// The case of a Cyrillic side phrase: a verb's subject is in the nominative, so a side word visibly in an oblique case
// ("противника", "окупантів", "наших військ", "российских") is no subject. It is the owner of a noun or the verb's
// object ("нанесли удар по живой силе и технике противника в районах X", "атакував підрозділи наших військ в напрямках
// X"), unless it names the side of a noun of forces or of an action right before it ("подразделения противника
// вошли", "атаки противника"): then that noun's case is the phrase's, and a noun of forces right after a finite verb
// is that verb's object.

/** Side words whose ending shows the genitive or accusative (enemy words, the other side's names, "our" forces, side
 * adjectives). Not the dative, the subject of an impersonal verb ("украинским защитникам осталось", "противнику
 * вдалося"), nor the instrumental, an agent ("ведение российскими военными боев"); indeclinable abbreviations (ЗСУ,
 * ВСУ, РФ) show no case. */
export const OBLIQUE_SIDE_WORD =
  /^(?:противника|ворога|врага|окупантів|оккупантов|загарбників|захватчиков|агрессора|рашистів|рашистов|росіян|россиян|українців|украинцев|наших\s[\s\S]*|\p{L}+(?:ских|скую|ского|ской|ської|ського|ських|ську))$/iu;
/** The Russian feminine "-ской" is also the instrumental, an agent ("российской армией", "украинской стороной"), unlike
 * the Ukrainian "-ської": it is oblique only when the noun after it is not in the instrumental ("в глубину украинской
 * обороны освободили"). */
const INSTRUMENTAL_AFTER = /^\s+\p{L}*(?:ей|ой|ою|ею|ью)(?!\p{L})/u;

/** A noun of forces or of an action whose side the genitive after it names ("подразделения противника", "наступ
 * ворога", "спроби окупантів"). */
const HEAD_NOUN =
  /^(?:підрозділ|подразделени|групп|груп|бійц|бойц|боєць|солдат|військов|военн|піхот|пехот|сил|войск|військ|армі|арми|бригад|угрупован|группировк|формирован|штурмовик|диверсант|ДРГ|колон|атак|контратак|штурм|наступ|прорыв|прорив|удар|спроб|попытк|попыток|дій|дії|действи|просуван|продвижени|натиск|тиск|давлени|активн|присутн|зосередж|сосредоточ)\p{L}*$/iu;
/** An adjective or numeral between a noun and its genitive ("підрозділи 110-ї бригади", "основных сил"). */
const MODIFIER = /^(?:\d[\p{L}\d-]*|\p{L}+(?:ий|ый|ой|ая|ое|ые|ие|ых|их|ого|ому|ую|ої|ій|а|е|і))$/iu;
/** A finite Cyrillic verb in the past or present: a phrase right after it is its object. */
export const FINITE_VERB = /^\p{L}{2,}(?:ла|ли|ло|ил|ал|ял|ув|ав|яв|ив|ут|ют|ат|ят)$/u;

/** Is the side word at `at` in `span` visibly oblique and not the side of a subject noun before it? */
export function obliqueNonSubject(span: string, at: number, word: string): boolean {
  if (!OBLIQUE_SIDE_WORD.test(word)) return false;
  if (/ской$/iu.test(word) && INSTRUMENTAL_AFTER.test(span.slice(at + word.length))) return false;
  const words = span.slice(Math.max(0, at - 60), at).match(/[\p{L}\d'’-]+/gu) ?? [];
  let h = words.length - 1;
  if (h > 0 && MODIFIER.test(words[h]!) && !HEAD_NOUN.test(words[h]!)) h--;
  const head = words[h] ?? '';
  // "вытеснили противника", "по живой силе и технике противника": a verb's object, a noun's owner
  if (!HEAD_NOUN.test(head) || FINITE_VERB.test(head)) return true;
  // "атакував підрозділи наших військ": a noun of forces right after a finite verb is that verb's object
  return FINITE_VERB.test(words[h - 1] ?? '');
}
