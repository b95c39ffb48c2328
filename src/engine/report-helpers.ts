// Small helpers rules share: how to cite evidence in a message, and how to replace a scalar's value keeping the
// quoting style it was written in (YAML plain / single / double quotes, TypeScript quotes and template literals).

import type { Evidence, Range, SourceFile } from '../model/source.ts';
import type { ProjectModel } from '../model/project.ts';
import type { Scalar } from '../model/workload.ts';
import type { Fix } from './types.ts';

/** `Dockerfile:12` */
export function at(range: Range): string {
  return `${range.file}:${range.line}`;
}

/** Cites the last `n` steps of an evidence chain: `Dockerfile:5, Dockerfile:12`. */
export function cite(steps: Evidence[], n = 2): string {
  // In the order of their first steps (a Set: a chain can hold thousands of steps).
  const seen = new Set<string>();
  for (const s of steps) seen.add(at(s.range));
  return [...seen].slice(-n).join(', ');
}

function isPlainSafe(value: string): boolean {
  if (value === '' || /^[\s]|[\s]$/.test(value)) return false;
  if ('-?:,[]{}#&*!|>\'"%@`'.includes(value[0]!)) return false;
  if (value.includes(': ') || value.includes(' #')) return false;
  if (['true', 'false', 'null', 'yes', 'no', 'on', 'off', '~'].includes(value.toLowerCase())) return false;
  return !/^[-+]?(\d|\.\d)/.test(value);
}

/** The source text that writes `value` in the same style as the scalar at `range`. */
export function replacementText(file: SourceFile | undefined, range: Range, value: string): string {
  const raw = file ? file.text.slice(range.start, range.end) : '';
  const q = raw[0];
  if (file?.kind === 'dotenv') return dotenvText(q, value);
  if (q === '"') return JSON.stringify(value);
  if (q === "'") return `'${value.replace(/'/g, file?.kind === 'typescript' ? "\\'" : "''")}'`;
  if (q === '`') return '`' + value.replace(/[`\\$]/g, (c) => '\\' + c) + '`';
  // A TypeScript value computed from constants (`DIR + '/server'`): the whole expression becomes one literal.
  if (file?.kind === 'typescript') return `'${value.replace(/[\\']/g, (c) => '\\' + c)}'`;
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

/** A non-empty value with none of `chars`. */
function freeOf(value: string, chars: string): boolean {
  return value !== '' && [...value].every((c) => !chars.includes(c));
}

/** A value in an environment file (`.env`, `env_file:`), in the quoting it was written in when that still reads back. */
function dotenvText(q: string | undefined, value: string): string {
  const plain = freeOf(value, ' \t#"\'\\$');
  if (q !== '"' && q !== "'" && plain) return value;
  if (q !== '"' && !value.includes("'")) return `'${value}'`;
  // Double quotes: `\\` and `\"` are escapes; a `$` would be interpolated.
  return value.includes('$') ? `'${value.replace(/'/g, "\\'")}'` : `"${value.replace(/[\\"]/g, (c) => '\\' + c)}"`;
}

/** Text that can stand inside a compose value as it is (an interpolation default): nothing that needs quoting. */
function embeddable(value: string): boolean {
  return freeOf(value, ' \t#"\'\\${}:');
}

/** A fix that sets a scalar to a new value, or undefined when the scalar is not a literal that can be edited. */
export function setScalarFix(model: ProjectModel, scalar: Scalar, value: string, description: string): Fix | undefined {
  // Computed values, and defaults a library applies (`implicit`: the range is the object, not a literal).
  if (scalar.unknown || scalar.implicit) return undefined;
  // Interpolated: only where one place writes the whole value.
  if (scalar.via?.edit === 'none') return undefined;
  const file = model.files.get(scalar.range.file);
  if (!file) return undefined;
  if (scalar.via?.edit === 'raw') return embeddable(value) ? { description, edits: [{ range: scalar.range, text: value }] } : undefined;
  return { description, edits: [{ range: scalar.range, text: replacementText(file, scalar.range, value) }] };
}
