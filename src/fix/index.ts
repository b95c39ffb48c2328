// The fixer's public API (used by the CLI for --fix and --fix-dry-run).
export { applyEdits, editsConflict } from './edits.ts';
export type { ApplyResult } from './edits.ts';
export { fixFiles, unparseableFiles, writeFileAtomic } from './fix.ts';
export type { FixOptions, FixResult, FixSkip } from './fix.ts';
export { unifiedDiff, splitLines } from './diff.ts';
export type { DiffOptions } from './diff.ts';
