export interface Generated {
  services: number;
  /** Repository-relative paths the linter reads (and the floor reads). */
  files: string[];
  /** `services/svc-NNNN` -> the rule that must fire there; every other service must have no finding. */
  expected: Map<string, string>;
  /** Findings expected per rule. */
  counts: Record<string, number>;
}

export const MISTAKES: { every: number; rule: string }[];
export function rng(seed: number): () => number;
export function mistakeOf(i: number): string | undefined;
export function generate(dir: string, opts?: { services?: number; seed?: number }): Generated;
