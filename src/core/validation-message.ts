// One wording for zod failures everywhere (CLI, viewer, gazetteer): "file (field): reason", one line, so a user
// sees which file and which field to fix. Structural types only: no zod import needed by callers of the formatter.

export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** "articles[2].published", "features[3].properties.confidence"; "" for the root. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out;
}

/** "field: reason" for one issue; "(root): reason" when the whole value is wrong. */
export function issueText(issue: IssueLike): string {
  return `${issuePath(issue.path) || '(root)'}: ${issue.message}`;
}

/** "manifest.json (articles[2].published): not a real calendar date" for the first issue. */
export function validationMessage(file: string, issues: readonly IssueLike[]): string {
  const first = issues[0];
  if (!first) return `${file}: invalid`;
  const field = issuePath(first.path);
  return `${file}${field ? ` (${field})` : ''}: ${first.message}`;
}

/** Up to `max` issues as "field: reason" lines, then "and N more": for files where several problems help at once. */
export function issueList(issues: readonly IssueLike[], max = 5): string[] {
  const out = issues.slice(0, max).map(issueText);
  if (issues.length > max) out.push(`and ${issues.length - max} more`);
  return out;
}
