// The fix that moves a workload's misplaced instrumentation.opentelemetry.io/ annotations from its own metadata to
// its pod template. Every finding about those annotations (operator-annotation-on-workload, and
// operator-instrumentation-not-found for a misplaced inject-go) carries the same edits, so the fixer applies them
// once: a misplaced inject-go whose Instrumentation name is clearly misspelled is moved with the corrected name.

import type { Fix, TextEdit } from '../../src/engine/types.ts';
import type { ProjectModel } from '../../src/model/project.ts';
import type { SourceFile } from '../../src/model/source.ts';
import type { Scalar, Workload } from '../../src/model/workload.ts';
import { replacementText } from '../../src/engine/report-helpers.ts';
import { ANNOTATION_PREFIX, INJECT_GO, annotation } from './shared.ts';
import { suggest } from './instrumentation-ref.ts';
import { addPodAnnotations, deleteLines, editableYaml, entryLine, restIsBlank, startsLine } from './yaml-edit.ts';

export type Entry = { key: Scalar; value: Scalar };

/** Where the pod template's annotations are, by workload kind. */
export function templatePath(w: Workload): string {
  return w.kind === 'CronJob' ? 'spec.jobTemplate.spec.template.metadata.annotations' : 'spec.template.metadata.annotations';
}

/** The comment lines directly above `line` whose `#` is at `column`, below line `floor`. */
function commentsAbove(f: SourceFile, line: number, column: number, floor: number): number[] {
  const out: number[] = [];
  for (let l = line - 1; l > floor; l--) {
    const t = f.lines.lineText(l);
    const indent = t.length - t.trimStart().length;
    if (indent !== column - 1 || t[indent] !== '#') break;
    out.unshift(l);
  }
  return out;
}

/**
 * The Operator annotations on the workload's own metadata: those the pod template lacks (`move`), and those it
 * already has with the same value (`drop`). Entries the pod template sets differently are in neither.
 */
export function misplacedAnnotations(w: Workload): { all: Entry[]; move: Entry[]; drop: Entry[] } {
  if (w.podAnnotations === w.annotations) return { all: [], move: [], drop: [] };
  const all = w.annotations.entries.filter((e) => !e.key.unknown && e.key.value.startsWith(ANNOTATION_PREFIX));
  const move = all.filter((e) => !annotation(w.podAnnotations, e.key.value));
  const drop = all.filter((e) => {
    const p = annotation(w.podAnnotations, e.key.value);
    return p !== undefined && !p.value.unknown && !e.value.unknown && p.value.value === e.value.value;
  });
  return { all, move, drop };
}

/** The name a misplaced inject-go should carry when the one written names no Instrumentation of the repository. */
export function correctedInject(model: ProjectModel, w: Workload, e: Entry): string | undefined {
  if (e.key.value !== INJECT_GO || e.value.unknown) return undefined;
  const op = model.deployments.find((d) => d.workload === w)?.operator;
  if (!op || op.on !== 'workload' || op.injectGo !== e.value || op.instrumentationIssue !== 'not-found') return undefined;
  const all = model.instrumentations;
  if (all.length === 0 || all.some((i) => !i.name || i.name.unknown || i.namespace?.unknown)) return undefined;
  return suggest(e.value.value, w, all)?.value;
}

/**
 * Deletes the lines of the misplaced annotations (and `annotations:` when nothing else is left under it, and the
 * comment lines right above a moved entry, which go with it) and adds the moved ones to the pod template.
 * Undefined when the YAML is not plain block style.
 */
export function workloadMoveFix(model: ProjectModel, w: Workload): Fix | undefined {
  const { move, drop } = misplacedAnnotations(w);
  if (move.length + drop.length === 0) return undefined;
  const f = editableYaml(model, w.file);
  const own = w.annotations;
  if (!f || !own.keyRange || own.unknown || w.podAnnotations.unknown) return undefined;
  const edits: TextEdit[] = [];
  const texts: string[] = [];
  const lines = new Set<number>();
  const corrected: string[] = [];
  for (const e of [...move, ...drop].sort((a, b) => a.key.range.start - b.key.range.start)) {
    let text = entryLine(f, e);
    if (text === undefined || e.key.range.line <= own.keyRange.line) return undefined;
    if (move.includes(e)) {
      const comments = commentsAbove(f, e.key.range.line, e.key.range.column, own.keyRange.line).filter((l) => !lines.has(l));
      for (const l of comments) {
        lines.add(l);
        texts.push(f.lines.lineText(l).trim());
      }
      const fixed = correctedInject(model, w, e);
      if (fixed !== undefined) {
        const k = e.key.range.start;
        text = f.text.slice(k, e.value.range.start) + replacementText(f, e.value.range, fixed) + text.slice(e.value.range.end - k);
        corrected.push(`inject-go "${fixed}"`);
      }
      texts.push(text);
    }
    lines.add(e.key.range.line);
  }
  // Indentation unit of the file, from the entries under `annotations:`.
  const first = [...move, ...drop].sort((a, b) => a.key.range.start - b.key.range.start)[0]!;
  const step = Math.max(1, first.key.range.column - own.keyRange.column);
  if (texts.length > 0) {
    const add = addPodAnnotations(f, w, texts, step);
    if (!add) return undefined;
    edits.push(add);
  }
  // `annotations:` goes too when every line of its mapping is deleted.
  const range = own.range;
  const every = range !== undefined && range.end > range.start && Array.from({ length: range.endLine - range.line + 1 }, (_, i) => range.line + i).every((l) => lines.has(l));
  if (every && startsLine(f, own.keyRange) && f.text[own.keyRange.end] === ':' && restIsBlank(f, own.keyRange.end + 1, own.keyRange.line)) {
    lines.add(own.keyRange.line);
  }
  // Consecutive lines are deleted by one edit (adjacent edits would conflict at their shared boundary).
  const sorted = [...lines].sort((a, b) => a - b);
  let from = sorted[0]!;
  let prev = from;
  for (const l of [...sorted.slice(1), Infinity]) {
    if (l === prev + 1) {
      prev = l;
      continue;
    }
    edits.push(deleteLines(f, from, prev));
    from = l;
    prev = l;
  }
  const path = templatePath(w);
  const what =
    move.length > 0
      ? `Move ${move.map((e) => e.key.value).join(', ')} to ${path}${corrected.length ? ` (with ${corrected.join(', ')})` : ''}`
      : `Remove ${drop.map((e) => e.key.value).join(', ')} from the ${w.kind}'s metadata`;
  return { description: what, edits };
}
