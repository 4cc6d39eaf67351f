// A body named after a subjectless plural verb of saying, its name opened by lower-case words: "заявили в российском
// Минобороны", "сообщили в пресс-службе Минобороны России", "додали в пресслужбі ОСУВ", "зазначили в угрупованні військ
// «Схід»", "пояснили в министерстве внутренних дел Украины", "повідомили в аналітичному центрі Інститут вивчення
// війни". The impersonal "they in X said" names X as the speaker (claimant.ts reads it when X's first word is a
// capital); here X opens in lower case: an adjective, an office of the body, or the body's own head noun.
import { ownerIn } from './document-source.ts';
import { OFFICE_CYR } from './office-words.ts';
import { NOT_NEGATED_CYR } from '../text/saying.ts';

/** A plural verb of saying, past or present, with no subject of its own in the impersonal use ("повідомили",
 * "сообщили", "зазначають", "додали", "отметили", "пояснили", "уточнили", "подтвердили", "рассказали"). */
const PLURAL_SAYING = String.raw`(?:повідом|сообщ|заяв|зазнач|отмет|отмеч|уточн|підтверд|подтверд|розпов|рассказ|спросту|опроверг|наголо[сш]|поясн|інформу|информиру|доповіда|доклады|добав|дода|подчерк|підкресл)\p{L}*(?:ли|ють|ять|ают|яют)(?![\p{L}])`;
/** The verb, the locative preposition and what follows up to the clause's end (quotes kept: «Хортиця»). */
const AFTER_VERB = new RegExp(String.raw`(?<![\p{L}])${NOT_NEGATED_CYR}${PLURAL_SAYING}\s+(?:в|у|во)\s+(\p{Ll}[^,.;:!?()—–]{1,160})`, 'gu');
/** A body's own head noun, any case: kept with the name ("угрупованні військ «Схід»", "министерстве внутренних дел
 * Украины", "штабе ООС"), as the body before the verb is (claimant.ts, locativeBodyIn). */
const BODY_HEAD =
  /^(?:командуванн|командовани|угрупованн|угрупуванн|группировк|штаб|міністерств|министерств|відомств|ведомств|управлінн|управлени|адміністрац|администрац|бригад|полк|батальйон|батальон|дивізі|дивизи|корпус)/u;
/** An office of the body, dropped before its name ("пресс-службе Минобороны" is the ministry). */
const OFFICE = new RegExp(String.raw`^${OFFICE_CYR}$`, 'u');
/** A locative adjective ("российском", "оборонном", "аналітичному", "оперативно-стратегічному", "вечірньому"). */
const ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(?:ом|ем|ому|ему|ім|ой|ій|ей)$/u;
/** A capitalised adjective in the genitive closing a name ("Десантно-штурмових", "Сухопутных"), which needs its noun. */
const ADJECTIVE_GENITIVE = /(?:^|\s)\p{Lu}[\p{L}-]*(?:их|ых|ого|ої|ой)$/u;
/** A noun of a kind of body passed over before its name ("аналітичному центрі Інститут …", "проєкті DeepState"). */
const KIND = /^(?:центр|проєкт|проект|відомств|ведомств)\p{L}*$/u;
/** A preposition or conjunction: the words after a body's head are no longer its name ("в штабе по …", "у штабі та …"). */
const FUNCTION_WORD = /^(?:по|о|об|про|щодо|с|со|з|із|зі|из|від|от|на|для|при|и|і|й|та|да|що|что|или|або|чи)$/u;
/** "бригади імені Івана Богуна": a name given to a unit, no person speaking; not read. */
const NAMED_AFTER = /^(?:імені|имени)$/u;

/** The body after the verb, or null when the lower-case words are no body's (where or how it was said: "в интервью",
 * "в эфире", "в конце недели", "в комментарии"). */
export function bodyAfterVerbIn(sentence: string): string | null {
  for (const m of sentence.matchAll(AFTER_VERB)) {
    const words = m[1]!.trim().split(/\s+/u);
    const first = words.findIndex((w) => /^["«„“]?\p{Lu}/u.test(w));
    if (first < 1 || first > 3) continue;
    const chain = words.slice(0, first);
    if (chain.some((w) => NAMED_AFTER.test(w))) continue;
    // (a Russian "группировка войск «…»" after the verb is either side's: Russia's «Восток» or, in Russian copy of
    // Ukrainian reporting, Ukraine's «Схід»; the sides' lexicon reads it as Russia's and would turn the quoted "наши
    // войска" to Russia (fixture ru-r21-aggressor-perspective, dev ru-29): not read here)
    if (chain.some((w) => /^группировк/u.test(w))) continue;
    // (before a body's head: offices, adjectives and kinds; after it, the words of its name, "группировке войск",
    // "министерстве внутренних дел", but no preposition: "в штабе по …")
    const head = chain.findIndex((w) => BODY_HEAD.test(w));
    const opening = head < 0 ? chain : chain.slice(0, head);
    if (!opening.every((w) => OFFICE.test(w) || ADJECTIVE.test(w) || KIND.test(w))) continue;
    if (head >= 0 && chain.slice(head + 1).some((w) => FUNCTION_WORD.test(w))) continue;
    const rest = words.slice(first);
    const owner = ownerIn(rest.join(' '));
    if (owner === null) continue;
    // (a capitalised adjective closing the name takes its noun: "Десантно-штурмових військ", "Сухопутных войск")
    const next = rest[owner.split(/\s+/u).length];
    const name = ADJECTIVE_GENITIVE.test(owner) && next !== undefined && /^\p{Ll}[\p{L}-]*$/u.test(next) ? `${owner} ${next}` : owner;
    // (a body's head in the chain is part of its name; an office, an adjective or a kind before the name is not)
    return head < 0 ? name : `${chain.slice(head).join(' ')} ${name}`;
  }
  return null;
}
