import { test } from 'uvu';
import { composeAgentNotPrivileged } from '../../rules/compose-agent-not-privileged.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';

const compose = (agentFields: string) => `services:
  api:
    image: ghcr.io/acme/api:1.0.0

  otel-go-agent:
    image: otel/autoinstrumentation-go:v0.24.0
    pid: "service:api"
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=/app/server
${agentFields}`;
const missing = { 'compose.yaml': compose('') };
const ptrace = { 'compose.yaml': compose('    cap_add:\n      - SYS_PTRACE\n') };
const off = { 'compose.yaml': compose('    privileged: false  # least privilege\n') };
const obi = (fields: string) => `services:
  api:
    image: ghcr.io/acme/api:1.0.0
  obi:
    image: otel/ebpf-instrument:main
    pid: host
    environment:
      OTEL_EBPF_AUTO_TARGET_EXE: "*/server"
${fields}`;
const obiBare = { 'compose.yaml': obi('') };
// Compose interpolates `privileged:` and casts the string (compose-go's toBoolean).
const fromEnv = (value: string) => ({ 'compose.yaml': compose('    privileged: ${AGENT_PRIVILEGED}\n'), '.env': `AGENT_PRIVILEGED=${value}\n` });
const envOff = fromEnv('false');

ruleTests(composeAgentNotPrivileged, {
  valid: [
    { name: 'privileged: true', files: { 'compose.yaml': compose('    privileged: true\n') } },
    { name: 'OBI with capabilities', files: { 'compose.yaml': obi('    cap_add: [BPF, PERFMON, SYS_PTRACE, NET_RAW, CHECKPOINT_RESTORE, DAC_READ_SEARCH]\n') } },
    { name: 'no agent', files: { 'compose.yaml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n' } },
    { name: 'a quoted "true": Compose casts the string', files: { 'compose.yaml': compose('    privileged: "true"\n') } },
    { name: 'yes: Compose reads true (with a warning, a parse problem)', files: { 'compose.yaml': compose('    privileged: yes\n') } },
    { name: 'interpolated from .env', files: fromEnv('TRUE') },
    { name: 'interpolated with a default', files: { 'compose.yaml': compose('    privileged: ${AGENT_PRIVILEGED:-true}\n') } },
    { name: 'a variable only the shell may set: not known', files: { 'compose.yaml': compose('    privileged: ${AGENT_PRIVILEGED}\n') } },
  ],
  invalid: [
    {
      name: 'not privileged: added at the end of the service',
      files: missing,
      errors: [
        {
          ...span(missing, 'compose.yaml', 'otel-go-agent'),
          severity: 'error',
          message:
            'The agent service "otel-go-agent" is not privileged; the Go agent loads eBPF programs, mounts bpffs, and uses ptrace and remote mmap on the target process, and its docs ask for privileged: true. Without it the agent cannot instrument anything. Set privileged: true.',
        },
      ],
      output: { 'compose.yaml': compose('    privileged: true\n') },
    },
    {
      name: 'cap_add SYS_PTRACE is not enough',
      files: ptrace,
      errors: [{ ...span(ptrace, 'compose.yaml', 'otel-go-agent'), message: ['cap_add: SYS_PTRACE alone is not enough', 'they stopped asking for SYS_PTRACE in v0.8.0'] }],
      output: { 'compose.yaml': compose('    cap_add:\n      - SYS_PTRACE\n    privileged: true\n') },
    },
    {
      name: 'privileged: false is set to true, the comment kept',
      files: off,
      errors: [{ ...span(off, 'compose.yaml', 'false'), message: ['sets privileged: false'] }],
      output: { 'compose.yaml': compose('    privileged: true  # least privilege\n') },
    },
    {
      name: 'privileged: false through .env: reported and fixed where the value is written',
      files: envOff,
      errors: [{ ...span(envOff, '.env', 'false'), message: ['sets privileged: false'] }],
      output: { '.env': 'AGENT_PRIVILEGED=true\n' },
    },
    {
      name: 'OBI with neither privileges nor capabilities',
      files: obiBare,
      errors: [{ ...span(obiBare, 'compose.yaml', 'obi', 0), message: ['OBI loads eBPF programs, which needs privileged: true or capabilities'] }],
      output: { 'compose.yaml': obi('    privileged: true\n') },
    },
  ],
});

test.run();
