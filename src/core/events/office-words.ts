// The Ukrainian and Russian words of an office that speaks, one list for both readers of it: office-speaker.ts (a
// person named after the office, "сообщил глава ДНР Денис Пушилин") and office-body.ts (the body an office with no
// name speaks for, "Представитель Минобороны добавил"). Kept apart, the two lists drifted: one read "представитель",
// "губернатор", "добавил" and "наголосив", the other "командир".
import { SAYING_CYR } from '../text/saying.ts';

/** Cyrillic nouns of an office that speaks for a body, any case ("Представник", "представителя", "речника", "главы",
 * "голови", "губернатор", "командир", "пресс-служба": "сообщила пресс-служба Минобороны" is the ministry, a bare
 * "Пресс-служба сообщила" no one's name). */
export const OFFICE_CYR = String.raw`(?:[Пп]рес(?:с-|-|)служб|[Сс]пікер|[Рр]ечни[кц]|[Пп]редставни[кц]|[Пп]редставител|[Пп]ресс?-секретар|[Оо]чільни[кц]|[Кк]омандир|[Кк]омандувач|[Кк]омандующ|[Гг]лав(?=[аыеуо])|[Гг]олов(?=[аиіу](?![\p{L}])|ою)|[Гг]убернатор)\p{L}*`;

/** The verbs an office speaks with: the verbs of saying, and telling, adding and stressing ("розповів", "рассказал",
 * "добавил", "додав", "наголосив", "подчеркнул"); verbs, not their nouns ("заявления" in a headline is what is commented
 * on, not the office's verb). */
export const OFFICE_SAYING_CYR = String.raw`(?:${SAYING_CYR}|розпові\p{L}*|рассказа\p{L}*|добави\p{L}*|дода[вл]\p{L}*|наголоси\p{L}*|подчеркну\p{L}*)`;
