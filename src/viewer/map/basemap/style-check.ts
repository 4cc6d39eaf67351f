// A style from a pasted or linked URL is untrusted input like a dropped file: the user agreed to contact its server,
// not to hand MapLibre whatever it returns. It is read under a byte limit, refused when nested absurdly deep (JSON.parse
// spends seconds on a few MB of `[`), and checked with zod: a version 8 style whose every resource (source URLs and
// tiles, GeoJSON data URLs, image and video URLs, glyphs, sprites) is an https URL, so it cannot pull `http:`
// (mixed content), `file:`, `data:` or `javascript:` URLs into the page. DOM-free, so it is tested as core code.
import { z } from 'zod';
import type { StyleSpecification } from 'maplibre-gl';
import { jsonTooDeep } from '../../../core/corpus.ts';
import { issueText } from '../../../core/validation-message.ts';

/** Far above any real style (OpenFreeMap Liberty is about 100 kB): a bigger answer is refused unread past the limit. */
export const MAX_STYLE_BYTES = 5_000_000;
/** A style nests a dozen levels (layers, a layer, paint, expressions); expressions may nest a few dozen more. */
export const MAX_STYLE_DEPTH = 100;

const shown = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);

/** An https URL, or a URL template with {z}/{x}/{y}, {fontstack}/{range}: its scheme is what matters. */
const httpsUrl = z.string().superRefine((value, ctx) => {
  let ok = false;
  try {
    const u = new URL(value);
    ok = u.protocol === 'https:' && u.username === '' && u.password === '';
  } catch {
    /* not a URL: refused below */
  }
  if (!ok)
    ctx.addIssue({ code: 'custom', message: `${shown(value)} is not an https URL without a user name: a style may load only over https` });
});

const sourceSchema = z.looseObject({
  type: z.string(),
  url: httpsUrl.optional(),
  tiles: z.array(httpsUrl).optional(),
  urls: z.array(httpsUrl).optional(),
  // GeoJSON inline (an object) or by URL.
  data: z.union([httpsUrl, z.looseObject({})]).optional(),
});

const styleSchema = z.looseObject({
  version: z.literal(8),
  sources: z.record(z.string(), sourceSchema),
  layers: z.array(z.looseObject({ id: z.string(), type: z.string() })),
  glyphs: httpsUrl.optional(),
  sprite: z.union([httpsUrl, z.array(z.looseObject({ id: z.string(), url: httpsUrl }))]).optional(),
});

export type StyleCheck = { ok: true; style: StyleSpecification } | { ok: false; problem: string };

/** A style's text checked: the style, or the problem as "field: reason" in one line (the caller names the URL). */
export function checkStyleText(text: string): StyleCheck {
  const deep = jsonTooDeep(text, MAX_STYLE_DEPTH);
  if (deep !== null)
    return { ok: false, problem: `(root): nested deeper than ${MAX_STYLE_DEPTH} levels at character ${deep}: not a style` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: `(root): not valid JSON (${(err as Error).message.split('\n')[0]})` };
  }
  const r = styleSchema.safeParse(json);
  if (!r.success) return { ok: false, problem: issueText(r.error.issues[0]!) };
  return { ok: true, style: json as StyleSpecification };
}

/** The body of a style response as text, reading no more than MAX_STYLE_BYTES: a declared or actual larger body is a
 * problem in words, and the rest of it is not downloaded. */
export async function readStyleBody(response: Response): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  const tooLarge = { ok: false as const, problem: `(root): larger than ${MAX_STYLE_BYTES / 1e6} MB: not a style` };
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_STYLE_BYTES) {
    await response.body?.cancel();
    return tooLarge;
  }
  const reader = response.body?.getReader();
  if (!reader) return { ok: true, text: '' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_STYLE_BYTES) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: '(root): not valid UTF-8 text: not a style' };
  }
}
