// Splicing text edits into a file's text.
//
// Edits carry 0-based UTF-16 offsets (Range.start / Range.end, end exclusive). They are applied back to front so
// that every offset still refers to the original text; everything outside the edited spans is kept byte for byte.

import type { TextEdit } from '../engine/types.ts';

export interface ApplyResult {
  text: string;
  /** Edits whose effect is in `text` (an exact duplicate of an applied edit counts as applied). */
  applied: TextEdit[];
  /** Edits left out: out of bounds, or overlapping an edit that came earlier in offset order. */
  skipped: TextEdit[];
}

/** True when two edits cannot both be applied: they replace a common character, or both insert at one point. */
export function editsConflict(a: TextEdit, b: TextEdit): boolean {
  const as = a.range.start;
  const ae = a.range.end;
  const bs = b.range.start;
  const be = b.range.end;
  if (as < be && bs < ae) return true;
  // Two edits at the same start where one is a pure insertion: their order would be a guess.
  if (as === bs && (as === ae || bs === be)) return true;
  return false;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.range.start === b.range.start && a.range.end === b.range.end && a.text === b.text;
}

function inBounds(e: TextEdit, length: number): boolean {
  const { start, end } = e.range;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;
}

/**
 * Applies the edits that do not overlap. Edits are taken in offset order (start, then end, then input order); an
 * edit that conflicts with one already taken is skipped, an exact duplicate of one already taken is applied once.
 */
export function applyEdits(text: string, edits: TextEdit[]): ApplyResult {
  const order = edits
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.range.start - y.e.range.start || x.e.range.end - y.e.range.end || x.i - y.i);
  const taken: TextEdit[] = [];
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  for (const { e } of order) {
    if (!inBounds(e, text.length)) {
      skipped.push(e);
      continue;
    }
    const last = taken[taken.length - 1];
    if (last && sameEdit(last, e)) {
      applied.push(e);
      continue;
    }
    // Taken edits are sorted by start; only the ones that reach past e.start can conflict with it.
    if (taken.some((t) => editsConflict(t, e))) {
      skipped.push(e);
      continue;
    }
    taken.push(e);
    applied.push(e);
  }
  // Back to front: each splice point is an offset into the original text.
  const pieces: string[] = [];
  let tail = text.length;
  for (let k = taken.length - 1; k >= 0; k--) {
    const e = taken[k]!;
    pieces.push(text.slice(e.range.end, tail), e.text);
    tail = e.range.start;
  }
  pieces.push(text.slice(0, tail));
  const out = pieces.reverse().join('');
  // Report in input order, which is what callers hold.
  const index = new Map(edits.map((e, i) => [e, i]));
  const byInput = (a: TextEdit, b: TextEdit) => index.get(a)! - index.get(b)!;
  return { text: out, applied: applied.sort(byInput), skipped: skipped.sort(byInput) };
}
