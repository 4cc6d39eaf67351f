// Who says a settlement changed hands: "Russia's defence ministry said", "according to Syrskyi", "за словами
// Сирського", "как сообщили в Минобороны". English reuses the claims' attribution patterns; Ukrainian and Russian
// reporting verbs and "according to" phrases are matched here.
import { addresseeOnly, attributionIn, QUOTED_NAME } from '../claims/attribution.ts';

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
const VERB = String.raw`(?:повідоми\p{L}*|заяви\p{L}*|сказа\p{L}*|пише|написа\p{L}*|наголоси\p{L}*|підтверди\p{L}*|інформу\p{L}*|сообщи\p{L}*|сообщает|сообщают|заявля\p{L}*|подтверди\p{L}*|уточни\p{L}*|доложи\p{L}*|доповів|доповіл\p{L}*|доповіда\p{L}*|рассказа\p{L}*|розповіл\p{L}*|передає|передает|информиру\p{L}*|опроверг\p{L}*|спростува\p{L}*|отрица\p{L}*|запереч\p{L}*)`;

const PATTERNS: RegExp[] = [
  // "за словами Сирського", "по словам Сырского", "за даними Генштабу", "по данным Минобороны", "як повідомляє DeepState"
  new RegExp(
    String.raw`(?<![\p{L}])(?:за\s+словами|по\s+словам|за\s+даними|по\s+данным|згідно\s+з|согласно|як\s+повідомля\p{L}*|как\s+сообща\p{L}*|як\s+заяви\p{L}*|как\s+заяви\p{L}*|повідомля\p{L}*|сообща\p{L}*)\s+((?:${NAME}|\p{Ll}+)(?:\s+${NAME}){0,3})`,
    'u',
  ),
  // "Міноборони РФ заявило", "Генштаб ЗСУ повідомив": a capitalised subject before the verb
  new RegExp(String.raw`(${NAME}(?:\s+(?:${NAME}|[\p{Ll}]{1,3}\s+${NAME})){0,3}${QUOTED_NAME})\s+${VERB}`, 'u'),
  // "повідомив Генштаб", "сообщило Минобороны России": the verb first
  new RegExp(String.raw`${VERB}\s+(${NAME}(?:\s+${NAME}){0,3}${QUOTED_NAME})`, 'u'),
  // "повідомили в Генштабі", "сообщили в Минобороны"
  new RegExp(String.raw`${VERB}\s+(?:в|у|во)\s+(${NAME}(?:\s+${NAME}){0,2}${QUOTED_NAME})`, 'u'),
];

const NOT_A_CLAIMANT = /^(?:Про|Об|Как|Як|Это|Це|Он|Она|Они|Він|Вона|Вони|Також|Также|Тоді|Тогда|При|Після|После)$/u;

export function claimantIn(sentence: string): string | null {
  const english = attributionIn(sentence);
  if (english) return english;
  for (const [i, re] of PATTERNS.entries()) {
    const who = re
      .exec(sentence)?.[1]
      ?.trim()
      .replace(/[.,;:]+$/u, '');
    // (a dative beside the verb is whom the report is made to: "Путину доложили", see addresseeOnly)
    if (who && !NOT_A_CLAIMANT.test(who) && !/^\p{Ll}/u.test(who) && !(i > 0 && addresseeOnly(who))) return who;
  }
  return null;
}

/** Whom a report is made to, beside its verb ("Путину доложили", "доповіли Зеленському"): no claimant, but the side
 * reported to is the side reporting (a commander reports to his own), which the actor may need when no one is named. */
const BESIDE_VERB = new RegExp(
  String.raw`(${NAME}(?:\s+${NAME}){0,2})\s+(?:\p{Ll}+\s+)?${VERB}|${VERB}\s+(${NAME}(?:\s+${NAME}){0,2})`,
  'gu',
);
export function addresseeIn(sentence: string): string | null {
  for (const m of sentence.matchAll(BESIDE_VERB)) {
    const who = (m[1] ?? m[2])?.trim();
    if (who && addresseeOnly(who)) return who;
  }
  return null;
}
