import type { Fix, Rule } from '../src/engine/types.ts';
import type { AgentContainer, Deployment, ProjectModel, TargetSetting } from '../src/model/project.ts';
import type { Range } from '../src/model/source.ts';
import type { ComposeService, Container, EnvVar } from '../src/model/workload.ts';
import { at } from '../src/engine/report-helpers.ts';
import { targetLabel } from '../src/link/target-check.ts';
import { agentKindLabel, agentLabel, configMapsOf } from './sidecar/agents.ts';
import { containerEnv } from '../src/link/env.ts';
import { insertLines, itemLines, eolOf, entryLines, leadingSpaces, wholeLines, yamlFile } from './sidecar/text.ts';

const same = (a: Range, b: Range): boolean => a.file === b.file && a.start === b.start && a.end === b.end;

/** The agent's own target settings (env or flag; OBI/Beyla globs). */
function ownTargets(d: Deployment, a: AgentContainer): TargetSetting[] {
  return d.targets.filter((t) => t.agent === a && t.source !== 'app-env');
}

/** Where the app-env target is written: the container and env entry (Kubernetes) or the service entry (compose). */
function owner(
  model: ProjectModel,
  d: Deployment,
  t: TargetSetting,
): { container?: Container; env?: EnvVar; service?: ComposeService; entry?: ComposeService['environment'][number]; name: string; at: Range } | undefined {
  const w = d.workload;
  if (w) {
    const configMaps = configMapsOf(model);
    for (const c of w.pod.containers) {
      if (d.agents.some((a) => a.container === c)) continue;
      const v = containerEnv(c, w, configMaps).get(t.key);
      if (!v?.scalar || !same(v.scalar.range, t.value.range)) continue;
      const name = `container "${c.name?.value ?? `#${c.index}`}"`;
      const env = c.env.find((e) => e.name.value === t.key);
      if (env) return { container: c, env, name, at: env.name.range };
      // From a ConfigMap through envFrom.
      const ef = c.envFrom.find((f) => f.kind === 'configMapRef');
      return { container: c, name, at: ef?.range ?? t.value.range };
    }
  }
  if (d.compose) {
    for (const s of d.compose.services) {
      const entry = s.environment.find((e) => e.value && same(e.value.range, t.value.range));
      if (entry) return { service: s, entry, name: `service "${s.name.value}"`, at: entry.name.range };
    }
  }
  return undefined;
}

/** Moves a Kubernetes env entry into the agent's env list (both block lists, the app keeping at least one entry). */
function moveK8sEnv(model: ProjectModel, from: Container, env: EnvVar, to: Container): Fix | undefined {
  const file = yamlFile(model, env.range);
  const target = to.env[0];
  if (!file || !target || from.env.length < 2 || from.templated || to.templated) return undefined;
  if (target.range.file !== env.range.file) return undefined;
  const src = itemLines(file, env.range);
  const dst = itemLines(file, target.range);
  if (!src || !dst) return undefined;
  const indent = ' '.repeat(dst.dashIndent);
  const ins = insertLines(file, dst.from, src.texts.map((l) => (l === '' ? l : indent + l)), eolOf(file, dst.from));
  return {
    description: `Move ${env.name.value} to container "${to.name?.value ?? `#${to.index}`}"`,
    edits: [ins, { range: wholeLines(file, src.from, src.to), text: '' }],
  };
}

/** Moves a compose environment entry (list `- K=v` or mapping `K: v`, the same style in both services). */
function moveComposeEnv(model: ProjectModel, from: ComposeService, entry: ComposeService['environment'][number], to: ComposeService): Fix | undefined {
  const file = yamlFile(model, entry.range);
  const target = to.environment[0];
  if (!file || !target || from.environment.length < 2 || entry.range.line !== entry.range.endLine) return undefined;
  const srcItem = itemLines(file, entry.range);
  const dstItem = itemLines(file, target.range);
  let texts: string[];
  let dstLine: number;
  let indent: string;
  let del: Range;
  if (srcItem && dstItem) {
    texts = srcItem.texts;
    dstLine = dstItem.from;
    indent = ' '.repeat(dstItem.dashIndent);
    del = wholeLines(file, srcItem.from, srcItem.to);
  } else if (!srcItem && !dstItem) {
    const src = entryLines(file, entry.range, entry.range.end);
    const dstIndent = leadingSpaces(file, target.range.start);
    if (!src || dstIndent === undefined) return undefined;
    texts = src.texts;
    dstLine = target.range.line;
    indent = dstIndent;
    del = wholeLines(file, src.from, src.to);
  } else return undefined;
  const ins = insertLines(file, dstLine, texts.map((l) => (l === '' ? l : indent + l)), eolOf(file, dstLine));
  return { description: `Move ${entry.name.value} to service "${to.name.value}"`, edits: [ins, { range: del, text: '' }] };
}

export const targetExeOnAppContainer: Rule = {
  meta: {
    id: 'target-exe-on-app-container',
    description: 'OTEL_GO_AUTO_TARGET_EXE is set on the application container, but the agent runs in another container and never sees it',
    defaultSeverity: 'error',
    fixable: true,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      for (const t of d.targets) {
        if (t.source !== 'app-env') continue;
        const o = owner(model, d, t);
        const agents = d.agents.filter((a) => a.kind === 'go-auto');
        const pool = agents.length > 0 ? agents : d.agents;
        const agent = pool[0];
        if (!o || !agent) continue;
        const own = ownTargets(d, agent);
        const value = t.resolved !== undefined ? `"${t.resolved}"` : 'its value';
        let tail: string;
        let fix: Fix | undefined;
        if (own.length > 0) {
          const first = own[0]!;
          const v = first.resolved !== undefined ? ` "${first.resolved}"` : '';
          tail = ` The agent has its own target, ${targetLabel(first)}${v} (${at(first.value.range)}), which is what it uses; delete this entry so only one value is written.`;
        } else {
          const exits = agent.kind === 'go-auto' ? ': with no target of its own the agent logs "failed to find target" and exits' : '';
          tail = ` Move it to ${agentLabel(agent)}${exits}.`;
          if (pool.length === 1) {
            if (o.container && o.env?.value && same(o.env.value.range, t.value.range) && agent.container) fix = moveK8sEnv(model, o.container, o.env, agent.container);
            if (o.service && o.entry && agent.service) fix = moveComposeEnv(model, o.service, o.entry, agent.service);
          }
        }
        report({
          range: o.at,
          message: `${t.key} (${value}) is set on ${o.name}, but ${agentKindLabel(agent)} runs in ${agentLabel(agent)} and reads only its own environment, so this setting has no effect.${tail}`,
          related: [{ range: agent.range, message: `${agentKindLabel(agent)} runs in ${agentLabel(agent)} (recognised by ${agent.recognisedBy})` }, ...own.map((x) => ({ range: x.value.range, message: `the agent's own target` }))],
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
