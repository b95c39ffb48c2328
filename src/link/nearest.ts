// "Nearest" for cross-file lookups: among candidates with the same name (two overlays each defining ConfigMap
// `agent`, two services each with a Dockerfile), prefer the one in the same file, then the one sharing the most
// directories with the referring file. A tie is no answer: the caller reports it rather than guess.

import { posix } from 'node:path';

/** Number of leading directory segments two file paths share. */
export function sharedDepth(a: string, b: string): number {
  const x = dirSegments(a);
  const y = dirSegments(b);
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

/** The directories a `/`-separated file path is under, outermost first. */
export function dirSegments(file: string): string[] {
  return posix.dirname(file).split('/').filter((p) => p && p !== '.');
}

/**
 * nearest() for many lookups among the same candidates: built once in O(candidates × depth), each lookup costs the
 * depth of `from` instead of a scan of every candidate (a monorepo links thousands of images to thousands of
 * Dockerfiles). Same answers as nearest(): the candidates sharing the most directories with `from` are exactly those
 * under the deepest directory of `from` that holds any candidate.
 */
export class NearestIndex<T> {
  private readonly byDir = new Map<string, { first: T; count: number }>();
  private readonly byFile = new Map<string, { first: T; count: number }>();

  constructor(candidates: Iterable<T>, fileOf: (c: T) => string) {
    const add = (m: Map<string, { first: T; count: number }>, key: string, c: T) => {
      const e = m.get(key);
      if (e) e.count++;
      else m.set(key, { first: c, count: 1 });
    };
    for (const c of candidates) {
      const file = fileOf(c);
      add(this.byFile, file, c);
      const segs = dirSegments(file);
      let key = '';
      add(this.byDir, key, c);
      for (const s of segs) {
        key = key === '' ? s : `${key}/${s}`;
        add(this.byDir, key, c);
      }
    }
  }

  /** nearest(candidates, fileOf, from, min). */
  nearest(from: string, min = 0): T | undefined {
    const all = this.byDir.get('');
    if (!all) return undefined;
    const same = all.count > 1 ? this.byFile.get(from) : undefined;
    if (same) return same.count === 1 ? same.first : undefined;
    const segs = dirSegments(from);
    for (let d = segs.length; d >= 0; d--) {
      const e = this.byDir.get(segs.slice(0, d).join('/'));
      if (e) return e.count === 1 && d >= min ? e.first : undefined;
    }
    return undefined;
  }
}
