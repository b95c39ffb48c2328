// The report formats, by name. Each is loaded only when used (SARIF and GitHub output are never needed for a
// terminal run). A format module exports a `Formatter` named after the format: `export const sarif: Formatter`.

import type { Formatter } from './types.ts';

export const formatters: Record<string, () => Promise<Formatter>> = {
  stylish: () => import('./stylish.ts').then((m) => m.stylish),
  json: () => import('./json.ts').then((m) => m.json),
  gcc: () => import('./gcc.ts').then((m) => m.gcc),
  sarif: () => import('./sarif.ts').then((m) => m.sarif),
  github: () => import('./github.ts').then((m) => m.github),
};

export const formatNames = Object.keys(formatters);

/** The formatter for a name, or undefined for an unknown name. */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const load = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  return load ? load() : undefined;
}
