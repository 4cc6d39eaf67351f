// An office that speaks with no name given: the claimant is the body it speaks for (the dev events README, round 39).
// "a spokesperson for the Kursk military group confirmed" → the Kursk military group; "Представник Сил оборони Півдня
// України … повідомив" → Сили оборони Півдня України; "Представитель Минобороны добавил" → Минобороны; "the regional
// governor said" with the region named → that region's administration ("Donetsk regional administration",
// "администрация Курской области"). An office whose body names nothing ("a spokesperson for a unit fighting in the
// area") is no claimant. A person named with the office is read first (appositive-speaker.ts, office-speaker.ts).
import { SAYING_EN } from '../text/saying.ts';
import { statementBefore } from './appositive-speaker.ts';
import { DENIAL } from './lexicon.ts';
import { OFFICE_CYR, OFFICE_SAYING_CYR as SAYING_VERB } from './office-words.ts';

/** English nouns of an office that speaks for a body. */
const OFFICE_EN = String.raw`(?:spokesperson|spokesman|spokeswoman|spokespeople|representative|press\s+(?:officer|secretary|service))`;
/** "a spokesperson for the Kursk military group", "the spokesman of Ukraine's Eastern Group": up to two modifiers before
 * the office; the body runs to a comma or the verb. */
const ROLE_EN = String.raw`(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}'’-]+\s+){0,2}?${OFFICE_EN}\s+(?:for|of|at)\s+((?:the\s+)?[^,;:"“”«»()]{2,80}?)`;
const TELLING_EN = String.raw`(?:${SAYING_EN}|confirm\p{L}*|acknowledg\p{L}*|informed)`;
const FORMS_EN: RegExp[] = [
  // "…, a spokesperson for X confirmed to Suspilne", "A spokesman for X said"
  new RegExp(String.raw`(?:^|[,;:—–]\s*|\s-\s)${ROLE_EN}\s+(?:(?:also|later|has|had|have)\s+)?${TELLING_EN}(?![\p{L}])`, 'u'),
  // "…, said a spokesman for X."
  new RegExp(String.raw`(?<![\p{L}])(?:${SAYING_EN})\s+${ROLE_EN}(?=\s*[,.;]|\s+(?:on|in|at)\s|$)`, 'u'),
];

/** A governor with no name: "the regional governor", "the Kharkiv regional governor", "the governor of the Belgorod
 * region", "Luhansk's governor". */
const GOVERNOR_EN =
  /^(?:(?:[Tt]he|[Aa])\s+)?(?:(\p{Lu}\p{Ll}+)(?:['’]s)?\s+)?(?:[Rr]egional\s+|[Oo]blast\s+)?[Gg]overnor(?:\s+of\s+(?:the\s+)?(\p{Lu}\p{Ll}+)\s+(?:[Rr]egion|[Oo]blast))?$/u;
/** A region the sentence names: "Donetsk region", "Kharkiv Oblast", "the Luhansk region". */
const REGION_EN = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:[Rr]egion|[Oo]blast)(?![\p{L}])/gu;

/** The body of an English office phrase with no name ("the regional governor", "a spokesman for the Eastern Group"),
 * or null when the phrase is none or its body names nothing. */
export function bodyOfOfficeEn(phrase: string, sentence: string): string | null {
  const gov = GOVERNOR_EN.exec(phrase.trim());
  if (gov) {
    // (the region in the phrase, else the one the sentence names: one only, or the governor's is unclear)
    const regions = new Set([...sentence.matchAll(REGION_EN)].map((m) => m[1]!));
    const region = gov[1] ?? gov[2] ?? (regions.size === 1 ? [...regions][0]! : null);
    return region === null ? null : `${region} regional administration`;
  }
  const role = new RegExp(String.raw`^${ROLE_EN}$`, 'u').exec(phrase.trim());
  return role ? namedBody(role[1]!) : null;
}

/** A body that names something: a capital in it ("the Kursk military group"), not "a unit fighting in the area". */
const namedBody = (body: string): string | null => (/\p{Lu}/u.test(body) ? body.trim() : null);

/** The body's words after the office: capitalised, quoted or lower-case (the genitive adjectives and nouns of a body),
 * up to a preposition, a verb of saying or a stop. */
const BODY_WORD = String.raw`(?:[\p{L}][\p{L}'’.-]*|["«„“][^"«»„“”]{1,40}["»”“])`;
const PREPOSITION = /^(?:в|у|во|на|під|при|через|для|по|з|із|зі|с|со|від|от|після|после|до|за|перед|без|и|і|та|й|что|що|утром|вранці)$/u;
const SAYING = new RegExp(String.raw`^${SAYING_VERB}$`, 'u');
/** The lower-case words that may close a body's name ("Министерства обороны", "Генштабу", "Сумской области"); other
 * lower-case words at its end are what follows it ("… прокомментировал российские"). */
const BODY_TAIL =
  /^(?:оборон|штаб|сил|військ|войск|служб|управлін|управлен|адміністрац|администрац|командуван|командован|угрупован|угруповуван|группировк|міністерств|министерств|област|краю|края|ведомств|відомств)/u;
/** A region's name ("Курской области", "Сумської області"): its head speaks for its administration. */
const REGION_CYR = /(?:области|края|області|краю)$/u;

const FORMS_CYR: RegExp[] = [
  // "Представник Сил оборони Півдня України у коментарі … повідомив", "Представитель Минобороны добавил"
  // (the words up to the verb; the body ends at the first preposition among them)
  new RegExp(String.raw`(?<![\p{L}])${OFFICE_CYR}\s+((?:${BODY_WORD}\s+){1,12}?)${SAYING_VERB}(?![\p{L}])`, 'u'),
  // "повідомив представник Генштабу", "заявил представитель Минобороны", "За словами речника ОСУВ «Хортиця»"
  new RegExp(
    String.raw`(?<![\p{L}])(?:${SAYING_VERB}|[Зз]а\s+словами|[Пп]о\s+словам)\s+${OFFICE_CYR}\s+((?:${BODY_WORD}\s+){0,7}?${BODY_WORD})(?=\s*[,.;:—–]|$)`,
    'u',
  ),
];

/** The body a Cyrillic office's words name: the words up to a preposition or a verb of saying, with a capital among
 * them; a governor's region is its administration. */
function cyrillicBody(office: string, words: string): string | null {
  const ws: string[] = [];
  for (const w of words.trim().split(/\s+/u)) {
    if (PREPOSITION.test(w) || SAYING.test(w)) break;
    ws.push(w);
  }
  while (ws.length > 0 && /^\p{Ll}/u.test(ws.at(-1)!) && !BODY_TAIL.test(ws.at(-1)!)) ws.pop();
  const body = ws.join(' ').replace(/[.]+$/u, '');
  if (!/[\p{Lu}«"„“]/u.test(body)) return null;
  // (a governor's or a head's region is its administration, in the article's language)
  if (REGION_CYR.test(body)) return `${/[іїєґ]/u.test(body) ? 'адміністрація' : 'администрация'} ${body}`;
  return /^[Гг]убернатор/u.test(office) ? null : body;
}

/** The body an office with no name speaks for in the sentence, or null. */
export function officeBodyIn(sentence: string): string | null {
  if (/\p{Script=Cyrillic}/u.test(sentence)) {
    // (an office denying a claim is not who claims it: "Голова … РДА … не підтвердив цю інформацію")
    if (DENIAL.test(sentence)) return null;
    for (const re of FORMS_CYR) {
      const m = re.exec(sentence);
      const office = m && /\p{L}+/u.exec(m[0].slice(m[0].search(new RegExp(OFFICE_CYR, 'u'))))?.[0];
      const body = m && office ? cyrillicBody(office, m[1]!) : null;
      if (body) return body;
    }
    return null;
  }
  for (const re of FORMS_EN) {
    const m = re.exec(sentence);
    // (another statement before the office's: "The Russian army said it had liberated X, but a spokesman for Y said:
    // 'This does not correspond to reality'", a denier, not the claimant: the guard appositive-speaker.ts keeps)
    if (!m?.[1] || statementBefore(sentence, m.index)) continue;
    const body = namedBody(m[1]);
    if (body) return body;
  }
  return null;
}

/** A Cyrillic claimant read with its office before the body ("Представитель Министерства обороны", "Глава ОВА"):
 * the body alone, by the same convention. */
const LEADING_OFFICE_CYR = new RegExp(String.raw`^${OFFICE_CYR}\s+(?=[\p{Lu}«"„“])`, 'u');
export const withoutOfficeCyr = (name: string): string => name.replace(LEADING_OFFICE_CYR, '');
