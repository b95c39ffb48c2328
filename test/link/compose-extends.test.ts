// Compose `extends:`: a service takes the settings of a base service (same file or another), its own winning; a
// file used only as a base is no project of its own; a base that cannot be read makes no "missing" finding.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { composeAgentNotPrivileged } from '../../rules/compose-agent-not-privileged.ts';
import { composeAgentPidMissing } from '../../rules/compose-agent-pid-missing.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { targetExeMissing } from '../../rules/target-exe-missing.ts';
import { applyEdits } from '../../src/fix/edits.ts';
import { LineIndex } from '../../src/model/source.ts';
import { parseCompose } from '../../src/parsers/compose.ts';
import { lintFiles, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const rules = [targetExeMismatch, targetExeMissing, composeAgentPidMissing, composeAgentNotPrivileged];
const show = (d: { ruleId: string; range: { file: string; line: number; column: number } }) => `${d.ruleId} ${d.range.file}:${d.range.line}:${d.range.column}`;

const common = (target: string) => `services:
  otel-base:
    image: otel/autoinstrumentation-go:v0.24.0
    privileged: true
    environment:
      OTEL_GO_AUTO_TARGET_EXE: ${target}
      OTEL_SERVICE_NAME: api
`;

test('the parser reads both forms of extends:', () => {
  const text = 'services:\n  a:\n    extends: base\n  b:\n    extends:\n      file: ../common.yaml\n      service: otel-base\n  c:\n    extends: {file: x.yaml}\n';
  const cf = parseCompose({ path: 'deploy/compose.yaml', absPath: '/r/deploy/compose.yaml', text, kind: 'compose', requested: true, lines: new LineIndex(text) });
  assert.equal(
    cf.services.map((s) => [s.name.value, s.extends?.service.value ?? null, s.extends?.file?.value ?? null, s.incomplete ?? false]),
    [
      ['a', 'base', null, false],
      ['b', 'otel-base', '../common.yaml', false],
      ['c', null, null, true],
    ],
  );
  assert.equal(cf.problems, []);
});

test('an agent that extends a base in another file: checked with the inherited target, reported where it is written', async () => {
  const files = {
    Dockerfile: SEED_DOCKERFILE,
    'otel/common.yaml': common('/server'),
    'compose.yaml': 'services:\n  api:\n    build: .\n  agent:\n    extends:\n      file: otel/common.yaml\n      service: otel-base\n    pid: "service:api"\n',
  };
  const { diagnostics } = await lintFiles(files, rules);
  const s = span(files, 'otel/common.yaml', '/server');
  // The base file alone is no project: no "pid missing" for otel-base.
  assert.equal(diagnostics.map(show), [`target-exe-mismatch otel/common.yaml:${s.line}:${s.column}`]);
  const d = diagnostics[0]!;
  assert.ok(d.message.includes('service "api" runs "/app/server"'), d.message);
  assert.ok(d.related.some((r) => r.range.file === 'compose.yaml' && r.message.includes('extends service "otel-base" of otel/common.yaml')), JSON.stringify(d.related));
  assert.is(applyEdits(files['otel/common.yaml'], d.fix!.edits).text, common('/app/server'));
});

test('same-file extends: the service own settings win; a base named like a Compose file stays a project', async () => {
  const files = {
    Dockerfile: SEED_DOCKERFILE,
    'compose.yaml': `services:\n  api:\n    build: .\n${common('/server').slice('services:\n'.length)}    pid: "service:api"\n  agent:\n    extends: otel-base\n    environment:\n      OTEL_GO_AUTO_TARGET_EXE: /src/server\n`,
  };
  const { diagnostics } = await lintFiles(files, rules);
  // otel-base itself is a service of the project (wrong target); agent overrides it (also wrong), with pid and
  // privileged inherited.
  assert.equal(diagnostics.map(show), ['target-exe-mismatch compose.yaml:8:32', 'target-exe-mismatch compose.yaml:14:32']);
});

test('a base build context is relative to its own file', async () => {
  const files = {
    'services/api/Dockerfile': SEED_DOCKERFILE.replace('/app/server /app/server', '/app/server /usr/bin/api').replace('ENTRYPOINT ["/app/server"]', 'ENTRYPOINT ["/usr/bin/api"]'),
    'services/api/base.yaml': 'services:\n  api-base:\n    build: .\n',
    'deploy/compose.yaml': `services:\n  api:\n    extends:\n      file: ../services/api/base.yaml\n      service: api-base\n  agent:\n    image: otel/autoinstrumentation-go:v0.24.0\n    privileged: true\n    pid: "service:api"\n    environment:\n      OTEL_GO_AUTO_TARGET_EXE: /app/server\n`,
  };
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map(show), ['target-exe-mismatch deploy/compose.yaml:11:32']);
  assert.ok(diagnostics[0]!.message.includes('runs "/usr/bin/api"'), diagnostics[0]!.message);
});

test('a base that cannot be read (missing file or service, a cycle): no finding about what it may set', async () => {
  for (const ext of ['file: missing.yaml\n      service: otel-base', 'service: nowhere', 'service: agent']) {
    const files = {
      Dockerfile: SEED_DOCKERFILE,
      'compose.yaml': `services:\n  api:\n    build: .\n  agent:\n    image: otel/autoinstrumentation-go:v0.24.0\n    extends:\n      ${ext}\n`,
    };
    assert.equal((await lintFiles(files, rules)).diagnostics.map(show), [], ext);
  }
});

// A shared-Dockerfile monorepo: N services extend one `go-svc` base and each sets its own SERVICE build arg.
test('services that extend one base each build with their own build args (the base build range they share links nothing)', async () => {
  const dockerfile = 'FROM golang:1.24 AS b\nARG SERVICE\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/${SERVICE} ./cmd/${SERVICE}\nFROM alpine:3.20\nARG SERVICE\nCOPY --from=b /out/${SERVICE} /usr/local/bin/${SERVICE}\nENV SVC=${SERVICE}\nCMD ["sh", "-c", "exec /usr/local/bin/$SVC"]\n';
  const svc = (name: string) => `  ${name}:\n    extends: {file: common.yaml, service: go-svc}\n    image: acme/${name}:dev\n    build:\n      args:\n        SERVICE: ${name}\n`;
  const agent = (of: string, target: string) => `  ${of}-agent:\n    image: otel/autoinstrumentation-go:v0.24.0\n    privileged: true\n    pid: "service:${of}"\n    environment:\n      OTEL_GO_AUTO_TARGET_EXE: ${target}\n`;
  const files = (cartTarget: string) => ({
    Dockerfile: dockerfile,
    'go.mod': 'module example.com/shop\n\ngo 1.24\n',
    'common.yaml': 'services:\n  go-svc:\n    build:\n      context: .\n',
    'compose.yaml': `services:\n${svc('cart')}${svc('payment')}${agent('cart', cartTarget)}${agent('payment', '/usr/local/bin/payment')}`,
  });
  assert.equal((await lintFiles(files('/usr/local/bin/cart'), [targetExeMismatch])).diagnostics, []);
  const wrong = await lintFiles(files('/usr/local/bin/payment'), [targetExeMismatch]);
  assert.equal(wrong.diagnostics.map((d) => [d.range.line, d.message.includes('service "cart" runs "/usr/local/bin/cart"')]), [[19, true]]);
});

test.run();
