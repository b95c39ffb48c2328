// Suppression comments, shared by every parser that sees comments (YAML, Dockerfile, shell, TypeScript):
//   # otel-target-lint-disable-next-line rule-a, rule-b -- reason
//   # otel-target-lint-disable-file rule-a -- reason
// The caller passes the comment's text without its comment marker (`#`, `//`) and the comment's range.

import type { Directive, Range } from '../model/source.ts';

const NEXT_LINE = 'otel-target-lint-disable-next-line';
const FILE = 'otel-target-lint-disable-file';

/** Reads a directive from one comment body, or returns undefined when the comment is not one. */
export function parseDirective(body: string, range: Range): Directive | undefined {
  const text = body.trim();
  let kind: Directive['kind'];
  let rest: string;
  if (text.startsWith(NEXT_LINE)) {
    kind = 'disable-next-line';
    rest = text.slice(NEXT_LINE.length);
  } else if (text.startsWith(FILE)) {
    kind = 'disable-file';
    rest = text.slice(FILE.length);
  } else return undefined;
  // The keyword must end at a word boundary: `otel-target-lint-disable-filex` is not a directive.
  if (rest.length > 0 && rest[0] !== ' ' && rest[0] !== '\t') return undefined;
  let reason: string | undefined;
  const sep = rest.indexOf(' --');
  if (sep >= 0) {
    reason = rest.slice(sep + 3).trim() || undefined;
    rest = rest.slice(0, sep);
  }
  const rules = rest
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  const d: Directive = { kind, rules, range };
  if (reason !== undefined) d.reason = reason;
  if (kind === 'disable-next-line') d.targetLine = range.endLine + 1;
  return d;
}
