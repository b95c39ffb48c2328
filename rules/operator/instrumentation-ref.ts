// What an inject-go value that names no Instrumentation of the repository was meant to say: shared by
// operator-instrumentation-not-found and the fix that moves a misplaced inject-go (which writes the corrected name).

import type { Instrumentation, Workload } from '../../src/model/workload.ts';
import { resolveInstrumentation } from '../../src/link/deployments.ts';
import { closest } from './shared.ts';

/** The value with the slips people make around a name removed: surrounding blanks and quotes, a trailing `:` `,` `;` `.`. */
function cleaned(value: string): string {
  let v = value.trim();
  while (v.length > 0 && (':,;.'.includes(v[v.length - 1]!) || v[v.length - 1] === '"' || v[v.length - 1] === "'")) v = v.slice(0, -1).trimEnd();
  while (v.length > 0 && (v[0] === '"' || v[0] === "'")) v = v.slice(1).trimStart();
  return v;
}

function splitRef(value: string, podNs: string | undefined): { ns: string | undefined; name: string; slash: boolean } {
  const i = value.indexOf('/');
  return i >= 0 ? { ns: value.slice(0, i), name: value.slice(i + 1), slash: true } : { ns: podNs, name: value, slash: false };
}

export interface Suggestion {
  value: string;
  why: string;
  target: Instrumentation;
}

/** What the value was meant to say, when one Instrumentation of the repository clearly fits. */
export function suggest(value: string, w: Workload, all: Instrumentation[]): Suggestion | undefined {
  const podNs = w.namespace?.value;
  const resolves = (v: string) => {
    const r = resolveInstrumentation(v, podNs, all, w.file);
    return 'found' in r ? r.found : undefined;
  };
  const c = cleaned(value);
  if (c !== value && c !== '') {
    const hit = resolves(c);
    const what = value.trim() !== value ? 'blanks around the name' : 'stray punctuation around the name';
    if (hit) return { value: c, why: `it has ${what}, which the Operator does not strip`, target: hit };
  }
  const ref = splitRef(c, podNs);
  // The name exists, in another namespace.
  const sameName = all.filter((i) => i.name?.value === ref.name && i.namespace?.value !== undefined);
  const nss = [...new Set(sameName.map((i) => i.namespace!.value))];
  if (sameName.length > 0 && nss.length === 1) {
    const where = ref.slash ? `namespace ${ref.ns}` : podNs ? `the pod's namespace ${podNs}` : "the pod's namespace";
    return { value: `${nss[0]}/${ref.name}`, why: `Instrumentation ${ref.name} is in namespace ${nss[0]}, not in ${where}`, target: sameName[0]! };
  }
  // A misspelled name (in the namespace asked for, as far as it is known).
  const inNs = all.filter((i) => ref.ns === undefined || i.namespace?.value === undefined || i.namespace.value === ref.ns);
  const names = inNs.map((i) => i.name!.value);
  const near = closest(ref.name, names, Math.max(2, Math.floor(ref.name.length / 5)));
  if (near) {
    const fixed = ref.slash ? `${ref.ns}/${near}` : near;
    const hit = resolves(fixed);
    if (hit) return { value: fixed, why: `the repository defines ${near}, not ${ref.name}`, target: hit };
  }
  return undefined;
}
