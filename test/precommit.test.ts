// The `files` pattern of the pre-commit hook, checked with JavaScript's RegExp and, as pre-commit runs it, with
// Python's `re.search`.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const hooks = parse(readFileSync(new URL('../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Record<string, unknown>[];

const MATCH = [
  'Dockerfile',
  'dockerfile',
  'DOCKERFILE',
  'services/api/Dockerfile',
  'app.Dockerfile',
  'build/api.dockerfile',
  'Dockerfile.prod',
  'docker/Dockerfile.dev.arm64',
  'Dockerfile-debug',
  'dockerfile_ci',
  'Containerfile',
  'images/base.Containerfile',
  'containerfile.alpine',
  'k8s/deployment.yaml',
  'deploy/values.yml',
  'compose.yaml',
  'docker-compose.override.yml',
  '.otel-target-lint.yaml',
  'a dir/with space.yaml',
  'UPPER.YAML',
  'entrypoint.sh',
  'scripts/docker-entrypoint.bash',
  '.env',
  'deploy/.env.production',
  'otel/agent.env',
  'docker-bake.hcl',
  'docker/docker-bake.override.hcl',
  'docker-bake.json',
  'ci/docker-bake.release.json',
  'go.mod',
  'services/api/go.mod',
  'Makefile',
  'makefile',
  'GNUmakefile',
  'build/docker.mk',
  'supervisord.conf',
  'docker/supervisord-app.conf',
  'etc/supervisor/conf.d/app.conf',
  'rootfs/etc/supervisor.d/app.ini',
  'Supervisor.ini',
  'rootfs/etc/s6-overlay/s6-rc.d/svc-app/run',
  'etc/service/app/run',
  'run',
  'docker-entrypoint',
  'scripts/entrypoint',
  'scripts/Entrypoint-prod',
];

const NO_MATCH = [
  '.dockerignore',
  'Dockerfile.dockerignore',
  'app.Dockerfile.dockerignore',
  'Dockerfile.md',
  'docs/dockerfile.MD',
  'Dockerfile.txt',
  'Dockerfiles',
  'mydockerfile',
  'dockerfiles/README',
  'Dockerfile/notes',
  'yaml',
  '.yaml.bak',
  'values.yaml.tmpl',
  'main.go',
  'go.sum',
  'vendor/go.mod.bak',
  'script.shx',
  'README.md',
  'src/index.ts',
  'Makefile.bak',
  'makefiles',
  '.envrc',
  'nginx.conf',
  'etc/nginx/conf.d/default.conf',
  'supervisor/README.md',
  'run.py',
  'running',
  'scripts/rerun',
  'entrypoint.py',
  'entrypoint.d/README',
  'package.json',
  'tsconfig.json',
  'docker-bake.json5',
  'environment.txt',
  'dotenv',
  'main.hcl',
  'docker-bake.json.bak',
];

test('hook definition', () => {
  assert.is(hooks.length, 1);
  const h = hooks[0]!;
  assert.equal(
    { id: h.id, language: h.language, entry: h.entry, pass_filenames: h.pass_filenames, require_serial: h.require_serial, types: h.types, types_or: h.types_or },
    { id: 'otel-target-lint', language: 'node', entry: 'otel-target-lint --cache', pass_filenames: true, require_serial: true, types: undefined, types_or: undefined },
  );
  assert.type(h.files, 'string');
});

const files = hooks[0]!.files as string;

test('files pattern (JavaScript RegExp, searched like re.search)', () => {
  const re = new RegExp(files);
  assert.equal(MATCH.filter((n) => !re.test(n)), [], 'should match');
  assert.equal(NO_MATCH.filter((n) => re.test(n)), [], 'should not match');
});

test('files pattern (Python re, as pre-commit compiles it)', () => {
  const script =
    'import json, re, sys\n' +
    'd = json.load(sys.stdin)\n' +
    'p = re.compile(d["pattern"])\n' +
    'print(json.dumps([n for n in d["names"] if p.search(n)]))\n';
  const run = spawnSync('python3', ['-c', script], {
    input: JSON.stringify({ pattern: files, names: [...MATCH, ...NO_MATCH] }),
    encoding: 'utf8',
  });
  assert.is(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout), MATCH);
});

test.run();
