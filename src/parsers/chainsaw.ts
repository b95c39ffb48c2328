// Chainsaw tests (kyverno/chainsaw, `chainsaw.kyverno.io` Test and TestStep objects, usually in chainsaw-test.yaml):
// the files their `assert` and `error` operations name. Those files hold assertion trees (partial objects, JMESPath
// keys such as `(length(containers))`) that chainsaw compares with the cluster; nothing applies them, so the model
// does not read them as manifests. Facts: chainsaw's pkg/apis/v1alpha1 (Test.spec.steps[], TestStep.spec, each with
// `try`, `catch`, `finally` and `cleanup` lists of operations; `assert.file` and `error.file` are relative to the
// test file, or URLs, or glob patterns).

import { isMap as yamlIsMap, isSeq as yamlIsSeq } from 'yaml';
import type { YAMLMap, YAMLSeq } from 'yaml';
import type { Scalar } from '../model/workload.ts';
import type { YamlReader } from './yaml.ts';

const isMap = yamlIsMap;
const isSeq = yamlIsSeq;

type YMap = YAMLMap<unknown, unknown>;

const BLOCKS = ['try', 'catch', 'finally', 'cleanup'];
const ASSERTING = ['assert', 'error'];
const APPLYING = ['apply', 'create', 'update', 'patch'];

/** A chainsaw object whose operations can name assertion files. */
export function isChainsawTest(apiGroup: string, kind: string): boolean {
  return apiGroup === 'chainsaw.kyverno.io' && (kind === 'Test' || kind === 'TestStep');
}

/**
 * The `file:` values of the object's assert and error operations, as written, except files it also applies (`apply`,
 * `create`, `update`, `patch`: a test often asserts the file it applied). Wrong shapes are skipped silently.
 */
export function chainsawAssertionFiles(r: YamlReader, map: YMap, kind: string): Scalar[] {
  const out: Scalar[] = [];
  const applied = new Set<string>();
  const spec = mapAt(r, r.get(map, 'spec')?.value);
  if (!spec) return out;
  const steps = kind === 'Test' ? itemsAt(r, r.get(spec, 'steps')?.value).map((s) => mapAt(r, s)) : [spec];
  for (const step of steps) {
    if (!step) continue;
    for (const block of BLOCKS) {
      for (const op of itemsAt(r, r.get(step, block)?.value)) {
        const m = mapAt(r, op);
        for (const name of [...ASSERTING, ...APPLYING]) {
          const file = r.path(m, name, 'file');
          const value = file ? r.str(file.value, file.keyNode) : undefined;
          if (!value || value.unknown || value.value === '') continue;
          if (ASSERTING.includes(name)) out.push(value);
          else applied.add(value.value);
        }
      }
    }
  }
  return out.filter((f) => !applied.has(f.value));
}

function mapAt(r: YamlReader, node: unknown): YMap | undefined {
  const n = r.deref(node);
  return n && isMap(n) ? (n as YMap) : undefined;
}

function itemsAt(r: YamlReader, node: unknown): unknown[] {
  const n = r.deref(node);
  return n && isSeq(n) ? r.items(n as YAMLSeq<unknown>) : [];
}
