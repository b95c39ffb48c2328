// How cdk8s / Pulumi programs reach the model (src/link/model.ts): the pre-check before the parser is loaded (a
// repository of application TypeScript never loads typescript-estree), YAML files a program deploys resolved from
// the project directory (Pulumi.yaml / cdk8s.yaml) and parsed once, constants imported from sibling files.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lint } from '../../src/lint.ts';
import { projectDir } from '../../src/link/model.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';
import { cleanup, tmpRepo } from '../cli/tmp-repo.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const PULUMI_CONFIG_FILE = (file: string) => `import * as k8s from '@pulumi/kubernetes';

new k8s.yaml.ConfigFile('app', { file: '${file}' });
`;

const CDK8S_INCLUDE = (url: string) => `import { App, Chart, Include } from 'cdk8s';

const app = new App();
const chart = new Chart(app, 'shop');
new Include(chart, 'legacy', { url: '${url}' });
app.synth();
`;

async function lintRepo(files: Record<string, string>) {
  const dir = tmpRepo({ '.git/': '', ...files });
  const r = await lint({ cwd: dir, paths: ['.'], noConfig: true });
  return {
    kubeFiles: r.model.kube.map((k) => `${k.file}:${k.objects.length}`).sort(),
    findings: r.diagnostics.map((d) => `${d.range.file}:${d.range.line}:${d.range.column} ${d.ruleId}`),
    modelFiles: [...r.model.files.keys()].sort(),
  };
}

test('projectDir: the nearest ancestor with the project file, no higher than the working directory', () => {
  const existing = new Set(['infra/Pulumi.yaml', 'Pulumi.yml', 'k8s/cdk8s.yaml', '../up/Pulumi.yaml', 'p/Pulumi.json']);
  const repo = { stat: (p: string) => (existing.has(p) ? ('file' as const) : undefined) };
  const cases: [string, 'pulumi-project' | 'cdk8s-project', string][] = [
    ['infra/src/index.ts', 'pulumi-project', 'infra'],
    ['infra/index.ts', 'pulumi-project', 'infra'],
    ['other/deep/index.ts', 'pulumi-project', '.'],
    ['index.ts', 'pulumi-project', '.'],
    ['p/index.ts', 'pulumi-project', 'p'],
    ['k8s/src/main.ts', 'cdk8s-project', 'k8s'],
    // No project file: the program's own directory.
    ['apps/web/main.ts', 'cdk8s-project', 'apps/web'],
    ['infra/src/index.ts', 'cdk8s-project', 'infra/src'],
    // A file outside the working directory: its `..` prefix is the top.
    ['../up/src/index.ts', 'pulumi-project', '../up'],
    ['../../x/index.ts', 'cdk8s-project', '../../x'],
  ];
  for (const [file, rel, want] of cases) assert.is(projectDir(repo, file, rel), want, `${file} ${rel}`);
});

test('Pulumi ConfigFile: the path is read from the Pulumi.yaml directory, not the program directory', async () => {
  // The manifests are generated and gitignored, so discovery does not find them: only the program leads there.
  const r = await lintRepo({
    '.gitignore': 'manifests/\n',
    Dockerfile: SEED_DOCKERFILE,
    'infra/Pulumi.yaml': 'name: shop\nruntime: nodejs\nmain: src/index.ts\n',
    'infra/src/index.ts': PULUMI_CONFIG_FILE('manifests/app.yaml'),
    'infra/manifests/app.yaml': deployment({ target: '/src/server' }),
    // The same path relative to the program: a decoy that must not be read.
    'infra/src/manifests/app.yaml': deployment({ target: '/decoy' }),
  });
  assert.equal(r.kubeFiles, ['infra/Pulumi.yaml:0', 'infra/manifests/app.yaml:1', 'infra/src/index.ts:0']);
  assert.ok(r.modelFiles.includes('infra/manifests/app.yaml'), r.modelFiles.join(' '));
  assert.not.ok(r.modelFiles.includes('infra/src/manifests/app.yaml'));
});

test('cdk8s Include: the url is read from the cdk8s.yaml directory', async () => {
  const r = await lintRepo({
    '.gitignore': 'vendor-manifests/\n',
    Dockerfile: SEED_DOCKERFILE,
    'deploy/cdk8s.yaml': 'language: typescript\napp: npx ts-node src/main.ts\n',
    'deploy/src/main.ts': CDK8S_INCLUDE('vendor-manifests/legacy.yaml'),
    'deploy/vendor-manifests/legacy.yaml': deployment({ target: '/app/server' }),
  });
  assert.equal(r.kubeFiles, ['deploy/cdk8s.yaml:0', 'deploy/src/main.ts:0', 'deploy/vendor-manifests/legacy.yaml:1']);
});

test('a referenced YAML file that discovery also finds is parsed once, as ordinary YAML', async () => {
  const r = await lintRepo({
    Dockerfile: SEED_DOCKERFILE,
    'Pulumi.yaml': 'name: shop\nruntime: nodejs\n',
    'index.ts': PULUMI_CONFIG_FILE('k8s/app.yaml'),
    'k8s/app.yaml': deployment({ target: '/src/server' }),
  });
  // Pulumi.yaml itself is YAML with no Kubernetes object.
  assert.equal(r.kubeFiles, ['Pulumi.yaml:0', 'index.ts:0', 'k8s/app.yaml:1']);
  assert.equal(r.findings, ['k8s/app.yaml:22:22 target-exe-mismatch']);
});

test('two programs deploying the same undiscovered file: parsed once; computed, glob and absolute paths are not followed', async () => {
  const r = await lintRepo({
    '.gitignore': 'out/\n',
    Dockerfile: SEED_DOCKERFILE,
    'Pulumi.yaml': 'name: shop\nruntime: nodejs\n',
    'a.ts': PULUMI_CONFIG_FILE('out/app.yaml'),
    'b.ts': PULUMI_CONFIG_FILE('./out/../out/app.yaml'),
    'c.ts': `import * as k8s from '@pulumi/kubernetes';
new k8s.yaml.ConfigGroup('all', { files: ['out/*.yaml', '/etc/k8s/app.yaml', process.env.MANIFEST!] });
`,
    'out/app.yaml': deployment({ target: '/app/server' }),
    'out/other.yaml': deployment({ target: '/app/server' }),
  });
  assert.equal(r.kubeFiles, ['Pulumi.yaml:0', 'a.ts:0', 'b.ts:0', 'c.ts:0', 'out/app.yaml:1']);
});

test('constants imported from a sibling in a subdirectory: the finding (and its fix) is on the constant', async () => {
  const r = await lintRepo({
    Dockerfile: SEED_DOCKERFILE,
    'deploy/constants.ts': `export const TARGET = '/src/server';\n`,
    'deploy/main.ts': `import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-31';
import { TARGET } from './constants';

const app = new App();
const chart = new Chart(app, 'shop');
const dep = new kplus.Deployment(chart, 'api', { shareProcessNamespace: true });
dep.addContainer({ name: 'app', image: 'ghcr.io/acme/api:1.0.0' });
dep.addContainer({
  name: 'agent',
  image: 'otel/autoinstrumentation-go:v0.24.0',
  envVariables: { OTEL_GO_AUTO_TARGET_EXE: kplus.EnvValue.fromValue(TARGET) },
  securityContext: { privileged: true, ensureNonRoot: false, user: 0, allowPrivilegeEscalation: true },
});
app.synth();
`,
  });
  assert.ok(r.findings.includes('deploy/constants.ts:1:23 target-exe-mismatch'), r.findings.join('\n'));
  assert.ok(r.modelFiles.includes('deploy/constants.ts'));
});

test('cdk8s-generated imports/ files are not read as programs', async () => {
  const r = await lintRepo({
    Dockerfile: SEED_DOCKERFILE,
    'imports/k8s.ts': `// generated by cdk8s\nimport { ApiObject, GroupVersionKind } from 'cdk8s';\nimport { Construct } from 'constructs';\nexport class KubeDeployment extends ApiObject {}\n`,
    'imports/monitoring.coreos.com.ts': `// generated by cdk8s\nimport { ApiObject } from 'cdk8s';\n`,
  });
  assert.equal(r.kubeFiles, []);
  assert.equal(r.findings, []);
});

// ---------------------------------------------------------------------------------------------------------------
// The CLI in a child process, with a preload that records whether typescript-estree (or typescript) was loaded.
// Both are CommonJS packages: loaded through import() they still land in require.cache.

const PRELOAD = `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
process.on('exit', () => {
  const parsers = Object.keys(require.cache).filter((k) => /[\\\\/](typescript-estree|typescript)[\\\\/]/.test(k));
  process.stderr.write('TS-PARSER-MODULES ' + parsers.length + '\\n');
});
`;

function parserModulesLoaded(files: Record<string, string>): number {
  const dir = tmpRepo({ '.git/': '', ...files });
  const preload = join(dir, '.git', 'record-loads.mjs');
  writeFileSync(preload, PRELOAD);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', preload, join(root, 'src', 'cli', 'bin.ts'), '--format', 'json', dir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith('TS-PARSER-MODULES '));
  assert.ok(line, `no report from the preload; exit ${r.status}; stderr: ${r.stderr}`);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return Number(line!.split(' ')[1]);
}

const WEB_APP = {
  Dockerfile: SEED_DOCKERFILE,
  'k8s/deploy.yaml': deployment(),
  'src/server.ts': `import express from 'express';\nimport { routes } from './routes.ts';\nexport const app = express();\napp.use(routes);\n`,
  'src/routes.ts': `// Deployed with cdk8s, see the infra repository.\nimport { Router } from 'express';\nexport const routes = Router();\n`,
  'web/main.js': `const k8s = "@pulumi/kubernetes is not imported here";\nconsole.log(k8s);\n`,
  'imports/k8s.ts': `// generated by cdk8s\nimport { ApiObject } from 'cdk8s';\n`,
};

test('a repository whose .ts / .js files are application code never loads the TypeScript parser', () => {
  assert.is(parserModulesLoaded(WEB_APP), 0);
});

test('control: the same repository plus one cdk8s program loads it', () => {
  const n = parserModulesLoaded({
    ...WEB_APP,
    'deploy/main.ts': `import { App, Chart } from 'cdk8s';\nimport { KubeDeployment } from '../imports/k8s';\nconst app = new App();\nnew KubeDeployment(new Chart(app, 'c'), 'd', {});\n`,
  });
  assert.ok(n > 0, `modules: ${n}`);
});

test.after(() => cleanup());

test.run();
