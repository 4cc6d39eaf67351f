// A noun of taking governed by a noun of operation: "операция по освобождению X", "операцію зі звільнення X",
// "операції з повернення X під контроль", "начало операции по занятию X". The clause reports the operation, an attempt
// still under way for all it says, so the place is fought at by the side operating; a change of hands told elsewhere
// keeps its own event. An operation said to be finished ("завершили операцию по освобождению X") is the taking itself.

/** "операции по", "операцію зі", "операція з" right before the noun of taking. */
const OPERATION_BEFORE = /(?<![\p{L}])операц[иі]\p{L}*\s+(?:по|з|із|зі|со)\s+$/iu;
/** A verb or participle of finishing before the operation. */
const FINISHED = /(?<![\p{L}])(?:заверш|законч|закінч|успішн|успешн)\p{L}*\s+(?:\p{L}+\s+){0,2}?операц[иі]\p{L}*\s+\p{L}+\s+$/iu;

/** Whether a Cyrillic trigger of taking is only the object of an operation not said to be finished. */
export function operationOnly(text: string, triggerStart: number): boolean {
  const before = text.slice(Math.max(0, triggerStart - 60), triggerStart);
  return OPERATION_BEFORE.test(before) && !FINISHED.test(before);
}
