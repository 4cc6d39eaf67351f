// A figure in a conjunct whose verb the writer left out ("liberated 377 km² in June, 257 km² in July, and 1.47 km² in
// September"; "a net gain of 33 km² between February 14 and 20, and 57 km² between February 21 and 27"; "в Запорожской
// области - более 261 кв. км, в Сумской области свыше 223 кв. км"). The conjunction starts a clause of its own, which
// then names no ground verb: the figure says what the figure before it in the sentence says.
import { QUALIFIER_PATTERN } from './qualifiers.ts';

/** The words between the figure before and this one: that figure's adjuncts ("between February 14 and 20", "in July
 * 2023", ") near Pokrovsk"), a comma, maybe a conjunction, a place or time phrase and a hedge. No end of a sentence or
 * clause, no opening bracket (a figure in brackets restates the one before it). */
const CONJUNCT = new RegExp(
  String.raw`^[^.;:!?(—–]{0,60},\s(?:(?:and|as\swell\sas|а|и|і|й|та|а\sтакож|а\sтакже)\s)?(?:(?:in|near|around|on|at|в|во|у|на|под|біля|возле)\s(?:[^\s,.;:]+\s){1,4})?(?:${QUALIFIER_PATTERN}\s)?$`,
  'iu',
);

/** Whether the text between the figure before and a figure whose clause names no ground verb joins them as conjuncts. */
export const conjoined = (between: string): boolean => CONJUNCT.test(between.replace(BRACKETED, ''));

/** A restatement in brackets after the figure before ("10 km² (3.8 square miles) in the east"): no words of a clause. */
const BRACKETED = /\s?\([^()]*\)/gu;
