import { posix } from 'node:path';
import type { Fix, Rule, TextEdit } from '../src/engine/types.ts';
import type { AgentContainer, ProjectModel } from '../src/model/project.ts';
import type { Range } from '../src/model/source.ts';
import type { Scalar } from '../src/model/workload.ts';
import { setScalarFix } from '../src/engine/report-helpers.ts';
import { AGENT_BINARY, SHELLS, agentImage, agentLabel, namesAgentBinary, runsOfficialImage } from './sidecar/agents.ts';
import { prependListItem, yamlFile } from './sidecar/text.ts';

type List = { items: Scalar[]; string?: Scalar; range: Range; keyRange?: Range };

/** Adds the agent binary as the first word of a list (flow or block) or of a compose command string. */
function prependBinary(model: ProjectModel, list: List): TextEdit | undefined {
  const file = yamlFile(model, list.range);
  const first = list.items[0];
  if (!file || !first || first.unknown) return undefined;
  if (list.string) {
    if (list.string.unknown) return undefined;
    return { range: file.lines.range(file.path, first.range.start, first.range.start), text: `${AGENT_BINARY} ` };
  }
  return prependListItem(file, list, AGENT_BINARY);
}

export const agentArgsWithoutBinary: Rule = {
  meta: {
    id: 'agent-args-without-binary',
    description: 'The agent image is started without its binary (args/command replace its CMD) or through a shell it does not have',
    defaultSeverity: 'error',
    fixable: true,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      for (const a of d.agents) {
        if (!runsOfficialImage(a)) continue;
        const image = agentImage(a)!.value;
        const lists: { list: List; key: 'command' | 'args' | 'entrypoint' }[] = [];
        if (a.container) {
          const c = a.container;
          if (c.templated) continue;
          if (c.command) lists.push({ list: c.command, key: 'command' });
          else if (c.args) lists.push({ list: c.args, key: 'args' });
        } else if (a.service) {
          const s = a.service;
          if (s.entrypoint) lists.push({ list: s.entrypoint, key: 'entrypoint' });
          else if (s.command) lists.push({ list: s.command, key: 'command' });
        }
        const first = lists[0];
        if (!first) continue;
        const { list, key } = first;
        if (list.string?.unknown) continue;
        const p = list.items[0];
        if (!p || p.unknown) continue;
        const where = `${key}: of ${agentLabel(a)}`;
        const replaces =
          key === 'args'
            ? `args: replaces the image's CMD ["${AGENT_BINARY}"] and the image has no ENTRYPOINT`
            : a.platform === 'compose' && key === 'command'
              ? `compose command: replaces the image's CMD ["${AGENT_BINARY}"] and the image has no ENTRYPOINT`
              : `${key}: replaces the image's ENTRYPOINT and CMD`;

        if (namesAgentBinary(p)) {
          if (p.value === AGENT_BINARY) continue;
          const fix = setScalarFix(model, p, AGENT_BINARY, `Start ${AGENT_BINARY}`);
          report({
            range: p.range,
            message: `${where} starts "${p.value}", but the agent image (${image}) has its binary at ${AGENT_BINARY}${p.value.includes('/') ? '' : ', and / is not in its PATH'}; the container fails to start (executable file not found). Use "${AGENT_BINARY}".`,
            ...(fix && yamlFile(model, p.range) ? { fix } : {}),
          });
          continue;
        }
        if (SHELLS.has(posix.basename(p.value))) {
          report({
            range: p.range,
            message: `${where} starts the shell "${p.value}", but the agent image (${image}) is distroless and has no shell; the container fails to start (exec: "${p.value}": executable file not found). Run the agent directly: command: ["${AGENT_BINARY}", "-target-exe", "<path>"], with the target in OTEL_GO_AUTO_TARGET_EXE or the flag.`,
          });
          continue;
        }
        if (!p.value.startsWith('-')) continue;
        // The first word is a flag: it is run as the program.
        const edits: TextEdit[] = [];
        const insert = prependBinary(model, list);
        if (insert) {
          edits.push(insert);
          if (key === 'args') {
            const file = yamlFile(model, list.range);
            const kr = list.keyRange;
            if (file && kr && file.text.slice(kr.start, kr.end) === 'args' && !a.container?.command) edits.push({ range: kr, text: 'command' });
            else edits.length = 0;
          }
        }
        const fix: Fix | undefined = edits.length > 0
          ? { description: key === 'args' ? `Turn args: into command: ["${AGENT_BINARY}", ...]` : `Start ${AGENT_BINARY} first`, edits }
          : undefined;
        const range = key === 'args' ? (list.keyRange ?? list.range) : p.range;
        const how = key === 'args' ? `command: ["${AGENT_BINARY}", ${list.items.map((i) => JSON.stringify(i.value)).join(', ')}]` : `"${AGENT_BINARY}" as the first word of ${key}:`;
        report({
          range,
          message: `${where} begins with the flag "${p.value}", but ${replaces}, so the container runs "${p.value}" as its program and fails to start (executable file not found). Use ${how}.`,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
