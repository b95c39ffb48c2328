// "Nearest" for cross-file lookups: among candidates with the same name (two overlays each defining ConfigMap
// `agent`, two services each with a Dockerfile), prefer the one in the same file, then the one sharing the most
// directories with the referring file. A tie is no answer: the caller reports it rather than guess.

import { posix } from 'node:path';

/** Number of leading directory segments two file paths share. */
export function sharedDepth(a: string, b: string): number {
  const x = posix.dirname(a).split('/').filter((p) => p && p !== '.');
  const y = posix.dirname(b).split('/').filter((p) => p && p !== '.');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/**
 * The one candidate nearest to `from`: in the same file if exactly one is, else sharing the most directories (at
 * least `min`). Undefined on a tie or when none qualifies.
 */
export function nearest<T>(candidates: T[], fileOf: (c: T) => string, from: string, min = 0): T | undefined {
  if (candidates.length === 1) return sharedDepth(fileOf(candidates[0]!), from) >= min ? candidates[0] : undefined;
  const same = candidates.filter((c) => fileOf(c) === from);
  if (same.length === 1) return same[0];
  if (same.length > 1) return undefined;
  let best: T[] = [];
  let bestDepth = -1;
  for (const c of candidates) {
    const d = sharedDepth(fileOf(c), from);
    if (d > bestDepth) {
      best = [c];
      bestDepth = d;
    } else if (d === bestDepth) best.push(c);
  }
  return best.length === 1 && bestDepth >= min ? best[0] : undefined;
}
