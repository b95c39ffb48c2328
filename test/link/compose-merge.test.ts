// compose.yaml + compose.override.yaml are one project: the agent configured in the override is checked against
// the service built in the base file, with each value's range in the file that wrote it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { targetExeWrapper } from '../../rules/target-exe-wrapper.ts';
import { lintFiles, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const base = `services:
  api:
    build: .
  agent:
    image: otel/autoinstrumentation-go:v0.24.0
    privileged: true
    pid: "service:api"
    environment:
      OTEL_SERVICE_NAME: api
      OTEL_GO_AUTO_TARGET_EXE: /app/server
`;

test('the override replaces the target: checked against the base service', async () => {
  const files = {
    Dockerfile: SEED_DOCKERFILE,
    'compose.yaml': base,
    'compose.override.yaml': 'services:\n  agent:\n    environment:\n      OTEL_GO_AUTO_TARGET_EXE: /server\n',
  };
  const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
  const s = span(files, 'compose.override.yaml', '/server');
  assert.equal(
    diagnostics.map((d) => [d.range.file, d.range.line, d.range.column, d.ruleId]),
    [[s.file, s.line, s.column, 'target-exe-mismatch']],
  );
  assert.ok(diagnostics[0]!.message.includes('service "api" runs "/app/server"'), diagnostics[0]!.message);
});

test('the override changes the build target: the base target then mismatches', async () => {
  const files = {
    Dockerfile: SEED_DOCKERFILE.replace('\nFROM gcr.io/distroless/static', '\nFROM builder AS debug\nRUN cp /app/server /debug-server\nCMD ["/debug-server"]\n\nFROM gcr.io/distroless/static'),
    'compose.yaml': base,
    'docker-compose.override.yml': 'services:\n  api:\n    build:\n      target: debug\n',
  };
  const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
  assert.equal(diagnostics.length, 0, 'docker-compose.override.yml belongs to docker-compose.yml, not compose.yaml');
  const paired: Record<string, string> = { ...files, 'compose.override.yaml': files['docker-compose.override.yml'] };
  delete paired['docker-compose.override.yml'];
  const r = await lintFiles(paired, [targetExeMismatch]);
  assert.equal(r.diagnostics.map((d) => d.range.file), ['compose.yaml']);
  assert.ok(r.diagnostics[0]!.message.includes('service "api" runs "/debug-server"'), r.diagnostics[0]!.message);
});

test('an override that runs the binary under dlv exec keeps the binary as the Go process', async () => {
  const files = {
    Dockerfile: SEED_DOCKERFILE,
    'compose.yaml': base,
    'compose.override.yaml': 'services:\n  api:\n    entrypoint: ["/usr/local/bin/dlv", "exec", "--headless", "--listen", ":2345", "/app/server", "--", "--port", "8080"]\n',
  };
  assert.equal((await lintFiles(files, [targetExeMismatch])).diagnostics, []);
  const wrong = { ...files, 'compose.yaml': base.replace('OTEL_GO_AUTO_TARGET_EXE: /app/server', 'OTEL_GO_AUTO_TARGET_EXE: /usr/local/bin/dlv') };
  const r = await lintFiles(wrong, [targetExeMismatch, targetExeWrapper]);
  assert.equal(r.diagnostics.map((d) => d.ruleId), ['target-exe-wrapper']);
  assert.ok(r.diagnostics[0]!.message.includes('the wrapper dlv, which starts the program. The Go process of service "api" is "/app/server"'), r.diagnostics[0]!.message);
});

// tempo's debug image: Delve's options before its command.
test('dlv with its options before exec (or debug) is read the same way', async () => {
  const files = (entrypoint: string) => ({
    Dockerfile: SEED_DOCKERFILE,
    'compose.yaml': base,
    'compose.override.yaml': `services:\n  api:\n    entrypoint: ${entrypoint}\n`,
  });
  const exec = files('["/dlv", "--listen=:2345", "--headless=true", "--api-version", "2", "--accept-multiclient", "exec", "/app/server", "--", "-config.file=/etc/tempo.yaml"]');
  assert.equal((await lintFiles(exec, [targetExeMismatch])).diagnostics, []);
  const debug = files('["dlv", "--headless", "debug", "./cmd/server"]');
  const { targetExeGoRun } = await import('../../rules/target-exe-go-run.ts');
  assert.equal((await lintFiles(debug, [targetExeMismatch, targetExeGoRun])).diagnostics.map((d) => d.ruleId), ['target-exe-go-run']);
});

test('without an override file, nothing changes', async () => {
  const { diagnostics } = await lintFiles({ Dockerfile: SEED_DOCKERFILE, 'compose.yaml': base }, [targetExeMismatch]);
  assert.equal(diagnostics, []);
});

test.run();
