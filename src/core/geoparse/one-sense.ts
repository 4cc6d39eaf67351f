// One sense per article: a name the article writes several times names one place. A mention left unresolved (its
// readings weak or far, or none) takes the reading another mention of the same name got, in whatever case form
// ("освободили Артемовку … населенные пункты … Артемовка": the second is the first).
import { SETTLEMENT_UNKNOWN } from './approximate.ts';
import type { ParsedMention } from './geoparse.ts';
import { isRead } from './mention-read.ts';

/** Case endings a Cyrillic or Latin name may carry; two forms are one name when they agree up to these. */
const ENDING = /(ами|ями|ого|его|ому|ему|ой|ей|ою|ею|ая|яя|ую|юю|ое|ее|ые|ие|ых|их|ым|им|ом|ем|ам|ям|ах|ях|[аяуюіиыеєоїь])$/u;

/** A name's form with its case ending cut from every word: "Артемовку" and "Артемовка" → "артемовк". */
export function nameStem(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[\s-]+/u)
    .map((w) => {
      const cut = w.replace(ENDING, '');
      return cut.length >= 3 ? cut : w;
    })
    .join(' ');
}

/** Unresolved mentions (not rejected) read as another mention of the same name was, with precision and reason kept
 * from it. A name read as two different places stays as it is. */
export function oneSensePerArticle(mentions: readonly ParsedMention[]): ParsedMention[] {
  const readings = new Map<string, ParsedMention[]>();
  for (const m of mentions)
    if (isRead(m)) {
      const key = nameStem(m.text);
      (readings.get(key) ?? readings.set(key, []).get(key)!).push(m);
    }
  return mentions.map((m) => {
    if (m.status !== 'unresolved' || m.entry) return m;
    const others = readings.get(nameStem(m.text));
    if (!others || new Set(others.map((o) => `${o.named?.id ?? o.entry!.id}|${o.precision ?? ''}`)).size !== 1) return m;
    const o = others[0]!;
    // A name the text calls a settlement is not the region another mention of that stem names ("Запорожское" and
    // "Запорожской области"); a settlement placed in its region (precision region) is still the same settlement.
    if (m.reason.startsWith(SETTLEMENT_UNKNOWN) && o.precision === undefined && (o.entry!.kind === 'region' || o.entry!.kind === 'country'))
      return m;
    return {
      ...m,
      status: 'low-confidence' as const,
      entry: o.entry,
      confidence: Math.min(o.confidence, 0.5),
      ...(o.precision ? { precision: o.precision } : {}),
      ...(o.named ? { named: o.named } : {}),
      ...(o.unlisted ? { unlisted: o.unlisted } : {}),
      reason: `the same name as "${o.text}" elsewhere in the article, read there as ${(o.named ?? o.entry!).name} (${m.reason})`,
    };
  });
}
