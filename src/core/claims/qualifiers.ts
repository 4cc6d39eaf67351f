// Hedges before a figure, in English, Ukrainian and Russian, mapped onto the contract's qualifiers.
import type { Qualifier } from '../schema.ts';

const TABLE: [RegExp, Qualifier][] = [
  [
    /^(?:about|around|approximately|roughly|some|close to|nearly|almost|an estimated|≈|~|около|почти|примерно|близько|майже|приблизно)$/i,
    'about',
  ],
  [/^(?:at least|no fewer than|no less than|не менее|не меньше|щонайменше|принаймні|не менше)$/i, 'at least'],
  [/^(?:more than|over|in excess of|upwards of|более|больше|свыше|понад|більше|більш ніж)$/i, 'more than'],
  [/^(?:up to|до)$/i, 'up to'],
  [/^(?:less than|under|fewer than|менее|меньше|менш ніж|менше)$/i, 'less than'],
  [/^(?:at most|no more than|не более|не більше)$/i, 'at most'],
];

export const QUALIFIER_PATTERN = String.raw`(?:about|around|approximately|roughly|some|close to|nearly|almost|an estimated|at least|no fewer than|no less than|more than|over|in excess of|upwards of|up to|less than|under|fewer than|at most|no more than|около|почти|примерно|не менее|не меньше|более|больше|свыше|менее|меньше|не более|близько|майже|приблизно|щонайменше|принаймні|понад|більше|менше|не більше|≈|~)`;

export function qualifierOf(raw: string | undefined): Qualifier {
  if (!raw) return 'exact';
  const s = raw.trim().replace(/\s+/g, ' ');
  return TABLE.find(([re]) => re.test(s))?.[1] ?? 'exact';
}
