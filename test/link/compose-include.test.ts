// Compose `include:`: the included files' services join the project, each file read as an application of its own
// (its `.env`, its relative paths); an included file is no project of its own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { composePidServiceUnknown } from '../../rules/compose-pid-service-unknown.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { targetExeMissing } from '../../rules/target-exe-missing.ts';
import { applyEdits } from '../../src/fix/edits.ts';
import { LineIndex } from '../../src/model/source.ts';
import { parseCompose } from '../../src/parsers/compose.ts';
import { lintFiles, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const rules = [targetExeMismatch, targetExeMissing, composePidServiceUnknown];
const show = (d: { ruleId: string; range: { file: string; line: number; column: number } }) => `${d.ruleId} ${d.range.file}:${d.range.line}:${d.range.column}`;
const agent = (target: string) =>
  `services:\n  otel-go-agent:\n    image: otel/autoinstrumentation-go:v0.24.0\n    privileged: true\n    pid: "service:api"\n    environment:\n      OTEL_GO_AUTO_TARGET_EXE: ${target}\n`;

test('the parser reads include: items (a path, or path / project_directory / env_file); a file of includes only is Compose', () => {
  const text = 'include:\n  - otel/agent.yaml\n  - path: [a.yaml, a.override.yaml]\n    project_directory: ..\n    env_file: ../x.env\n';
  const cf = parseCompose({ path: 'compose.yaml', absPath: '/r/compose.yaml', text, kind: 'compose', requested: true, lines: new LineIndex(text) });
  assert.equal(
    cf.include!.map((i) => [i.path.map((p) => p.value), i.projectDirectory?.value ?? null, i.envFile?.map((e) => e.value) ?? null]),
    [
      [['otel/agent.yaml'], null, null],
      [['a.yaml', 'a.override.yaml'], '..', ['../x.env']],
    ],
  );
  assert.equal(cf.services, []);
  assert.equal(cf.problems, []);
});

test('an included agent targets a service of the including file: checked, no "unknown service", fixed in the included file', async () => {
  const files = {
    Dockerfile: SEED_DOCKERFILE,
    'compose.yaml': 'include:\n  - otel/agent.yaml\nservices:\n  api:\n    build: .\n',
    'otel/agent.yaml': agent('/server'),
  };
  const { diagnostics } = await lintFiles(files, rules);
  const s = span(files, 'otel/agent.yaml', '/server');
  assert.equal(diagnostics.map(show), [`target-exe-mismatch otel/agent.yaml:${s.line}:${s.column}`]);
  const d = diagnostics[0]!;
  assert.ok(d.related.some((r) => r.range.file === 'compose.yaml' && r.message === 'included from here (otel/agent.yaml)'), JSON.stringify(d.related));
  assert.is(applyEdits(files['otel/agent.yaml'], d.fix!.edits).text, agent('/app/server'));
});

test('an included file is interpolated with its own .env, and its build context is relative to it', async () => {
  const files = {
    'services/api/Dockerfile': SEED_DOCKERFILE,
    'services/api/compose.yaml': 'services:\n  api:\n    build: .\n',
    'otel/.env': 'TARGET=/srv/server\n',
    '.env': 'TARGET=/app/server\n',
    'otel/agent.yaml': agent('${TARGET}'),
    'compose.yaml': 'include:\n  - services/api/compose.yaml\n  - otel/agent.yaml\n',
  };
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map(show), ['target-exe-mismatch otel/.env:1:8']);
  assert.ok(diagnostics[0]!.message.includes('runs "/app/server"'), diagnostics[0]!.message);
});

test('the including file settings win over an included service of the same name', async () => {
  const files = {
    Dockerfile: SEED_DOCKERFILE,
    'compose.yaml': 'include:\n  - otel/agent.yaml\nservices:\n  api:\n    build: .\n  otel-go-agent:\n    environment:\n      OTEL_GO_AUTO_TARGET_EXE: /server\n',
    'otel/agent.yaml': agent('/app/server'),
  };
  // The agent (image, pid from the included file) gets the including file's target.
  assert.equal((await lintFiles(files, rules)).diagnostics.map(show), ['target-exe-mismatch compose.yaml:8:32']);
});

test('an include the linter cannot follow: the project may have more services, so no "unknown service"', async () => {
  for (const inc of ['missing.yaml', 'oci://registry.example.com/otel:1', 'path: otel/agent.yaml\n    env_file: ${ENV}', '${OTEL_FILE}']) {
    const files = {
      Dockerfile: SEED_DOCKERFILE,
      'compose.yaml': `include:\n  - ${inc}\nservices:\n  web:\n    build: .\n  agent:\n    image: otel/autoinstrumentation-go:v0.24.0\n    pid: "service:api"\n    environment:\n      OTEL_GO_AUTO_TARGET_EXE: /app/server\n`,
      // Included with an env_file that is not known, it is not followed, and not linted alone either.
      ...(inc.includes('otel/agent.yaml') ? { 'otel/agent.yaml': agent('/server') } : {}),
    };
    assert.equal((await lintFiles(files, rules)).diagnostics.map(show), [], inc);
  }
});

test('include cycles end', async () => {
  const files = {
    Dockerfile: SEED_DOCKERFILE,
    'compose.yaml': 'include:\n  - a.yaml\nservices:\n  api:\n    build: .\n',
    'a.yaml': 'include:\n  - b.yaml\nservices:\n  x:\n    image: alpine\n',
    'b.yaml': 'include:\n  - a.yaml\nservices:\n  y:\n    image: alpine\n',
  };
  assert.equal((await lintFiles(files, rules)).diagnostics.map(show), []);
});

test('an include with env_file: and project_directory: is interpolated with those, its paths relative to the directory', async () => {
  const files = {
    'services/api/Dockerfile': SEED_DOCKERFILE,
    'otel/agent.yaml': 'services:\n  api:\n    build: api\n' + agent('${TARGET}').slice('services:\n'.length),
    'otel/agent.env': 'TARGET=/srv/server\n',
    'otel/.env': 'TARGET=/app/server\n',
    'compose.yaml': 'include:\n  - path: otel/agent.yaml\n    project_directory: services\n    env_file: otel/agent.env\n',
  };
  const { diagnostics } = await lintFiles(files, rules);
  // The target comes from otel/agent.env (not otel/.env), and `build: api` is services/api.
  assert.equal(diagnostics.map(show), ['target-exe-mismatch otel/agent.env:1:8']);
  assert.ok(diagnostics[0]!.message.includes('runs "/app/server"'), diagnostics[0]!.message);
});

test.run();
