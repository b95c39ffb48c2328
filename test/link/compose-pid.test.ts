// Which application services an agent service sees: the PID namespace it shares, whichever side wrote `pid:`.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { lintFiles, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const built = (path: string) => SEED_DOCKERFILE.replaceAll('/app/server', path);

const project = (apiPid: string, agentFields = '') => ({
  'api/Dockerfile': built('/app/api'),
  'worker/Dockerfile': built('/app/worker'),
  'compose.yaml': `services:
  api:
    build: ./api
${apiPid}  worker:
    build: ./worker
  agent:
${agentFields}    image: otel/autoinstrumentation-go:v0.24.0
    privileged: true
    environment:
      OTEL_GO_AUTO_TARGET_EXE: /app/worker
`,
});

test('an application that joined the agent (pid: "service:agent") is the one the target must name', async () => {
  const files = project('    pid: "service:agent"\n');
  const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
  const s = span(files, 'compose.yaml', '/app/worker');
  assert.equal(diagnostics.map((d) => [d.range.line, d.range.column]), [[s.line, s.column]]);
  assert.ok(diagnostics[0]!.message.includes('service "api" runs "/app/api"'), diagnostics[0]!.message);
  assert.not.ok(diagnostics[0]!.message.includes('worker" runs'), diagnostics[0]!.message);
});

test('pid: "container:<name>" names the service with that container_name', async () => {
  const files = project('    container_name: shop-api\n', '    pid: "container:shop-api"\n');
  const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
  assert.equal(diagnostics.length, 1);
  assert.ok(diagnostics[0]!.message.includes('service "api" runs "/app/api"'), diagnostics[0]!.message);
});

test('a service that joined the one the agent joined is in the namespace too', async () => {
  const files = project('', '    pid: "service:worker"\n');
  files['compose.yaml'] = files['compose.yaml'].replace('    build: ./api\n', '    build: ./api\n    pid: "service:worker"\n');
  const fine = await lintFiles(files, [targetExeMismatch]);
  assert.equal(fine.diagnostics, [], 'the target names worker, in the namespace');
  const wrong = { ...files, 'compose.yaml': files['compose.yaml'].replace('OTEL_GO_AUTO_TARGET_EXE: /app/worker', 'OTEL_GO_AUTO_TARGET_EXE: /app/other') };
  const { diagnostics } = await lintFiles(wrong, [targetExeMismatch]);
  assert.equal(diagnostics.length, 1);
  assert.ok(diagnostics[0]!.message.includes('"/app/api"') && diagnostics[0]!.message.includes('"/app/worker"'), diagnostics[0]!.message);
});

test('an agent built in the repository that joined the application: checked against the application, not itself', async () => {
  // OBI's own integration tests: the agent's image builds Go (/ebpf-instrument), its service joins testserver's.
  const { ebpfTargetGlobNeverMatches } = await import('../../rules/ebpf-target-glob-never-matches.ts');
  const files = {
    'api/Dockerfile': built('/app/api'),
    'obi/Dockerfile': built('/ebpf-instrument'),
    'compose.yaml': 'services:\n  api:\n    build: ./api\n  obi:\n    build: ./obi\n    privileged: true\n    pid: "service:api"\n    environment:\n      OTEL_EBPF_AUTO_TARGET_EXE: "/ebpf-instrument"\n',
  };
  const { diagnostics } = await lintFiles(files, [ebpfTargetGlobNeverMatches]);
  assert.equal(diagnostics.length, 1, 'the glob names only the agent itself');
  assert.ok(diagnostics[0]!.message.includes('service "api" runs "/app/api"'), diagnostics[0]!.message);
});

test.run();
