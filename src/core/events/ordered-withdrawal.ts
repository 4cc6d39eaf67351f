// "the country has ordered withdrawal of troops from X", "gave permission for a manoeuvre to withdraw units from X",
// "have been ordered to withdraw from X", "admitted to withdrawing troops from X": a command's order, permission or
// decision to withdraw, or a side's admission of it, reports the withdrawal once it is carried out (the dev gold's
// convention: en-70, en-122, en-183), not an aim as "plans to withdraw" does. An article that tells the withdrawal
// as still to come ("Russia has ordered a retreat from X … troops will withdraw from the west bank", en-43) reports
// the order only. What stands before the order still weighs it: "could order a withdrawal" stays no event. English only.

/** An order, permission, decision or admission right before a withdrawal, or the operation that carries it out ("are
 * completing an operation to withdraw their troops from X") (a few words between, "to" among them: up to
 * five, as in "ordered Ukrainian forces within X to withdraw"). */
const ORDER_BEFORE =
  /(?<![\p{L}])(?:order(?:s|ed)?|operation|permission|permitted|authori[sz](?:ed|ation)|decided|decision|admit(?:s|ted)?)\s+(?:[\p{L}'’-]+\s+){0,5}?$/iu;

/** A withdrawal told as future: "will withdraw", "would pull out", "are to retreat", "is going to withdraw". */
const FUTURE_WITHDRAWAL =
  /(?<![\p{L}])(?:will|would|shall|(?:is|are)\s+(?:going\s+)?to)\s+(?:[\p{L}-]+\s+){0,2}?(?:withdraw|retreat|pull\s+(?:out|back))(?![\p{L}])/iu;

/** Whether the article's orders to withdraw report withdrawals: none of its withdrawals is told as future. */
export function ordersCarriedOut(text: string): boolean {
  return !FUTURE_WITHDRAWAL.test(text);
}

/** The words a withdrawal's aim or hypothesis is read from: those before its order (when orders are carried out), or
 * all of `before`. */
export function beforeOrderedWithdrawal(action: string, before: string, carriedOut: boolean): string {
  if (action !== 'withdrew' || !carriedOut) return before;
  const order = ORDER_BEFORE.exec(before);
  return order ? before.slice(0, order.index) : before;
}
