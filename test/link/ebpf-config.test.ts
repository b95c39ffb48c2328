// Which config file an OBI / Beyla container reads (src/link/ebpf-config.ts): the path from the variable or the
// -config flag, through the volumeMount, the ConfigMap volume (items, subPath) to the ConfigMap key, read in place.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AgentConfigFile } from '../../src/model/ebpf.ts';
import { beylaBeforeGlobs, expandConfigVars, type AgentEnvLookup } from '../../src/link/ebpf-config.ts';
import { SEED_DOCKERFILE, ebpfCompose, obiConfigPod } from '../helpers/fixtures.ts';
import { lintRepo } from '../helpers/rule-tester.ts';

async function configOf(files: Record<string, string>): Promise<AgentConfigFile | undefined> {
  const r = await lintRepo(files, []);
  const agents = r.model.deployments.flatMap((d) => d.agents);
  assert.is(agents.length, 1);
  return agents[0]!.configFile;
}

const CONFIG = ['discovery:', '  instrument:', '    - exe_path: /app/server', '      open_ports: 8080', '    - k8s_namespace: shop'];
const pod = (edit: (text: string) => string = (t) => t) => ({ Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': edit(obiConfigPod(CONFIG)) });

test('the variable, the mount, the volume and the key: the items are read with their ranges in the manifest', async () => {
  const files = pod();
  const c = await configOf(files);
  assert.ok(c?.config);
  assert.is(c.reason, undefined);
  assert.is(c.where, 'ConfigMap obi-config, key obi.yml');
  assert.equal(c.evidence.map((e) => e.message), [
    'OTEL_EBPF_CONFIG_PATH is "/config/obi.yml"',
    'volume "config" is mounted at /config',
    'volume "config" is ConfigMap obi-config',
    'ConfigMap obi-config key obi.yml holds the config file',
  ]);
  assert.is(c.config.instrument.length, 2);
  const exe = c.config.instrument[0]!.exePath!;
  assert.is(exe.value, '/app/server');
  const text = files['k8s/api.yaml'];
  assert.is(text.slice(exe.range.start, exe.range.end), '/app/server');
  assert.equal([exe.range.line, exe.range.column], [9, 21]);
  assert.is(c.config.instrument[1]!.exePath, undefined);
});

test('a subPath mount of the key, and a volume with items: the key is found through both', async () => {
  const sub = await configOf(pod((t) => t.replace('mountPath: /config', 'mountPath: /config/obi.yml\n              subPath: obi.yml')));
  assert.is(sub?.reason, undefined);
  assert.is(sub?.config?.instrument.length, 2);
  const items = await configOf(
    pod((t) => t.replace('obi.yml: |', 'settings: |').replace('name: obi-config\n`', 'name: obi-config\n').replace('            name: obi-config\n', '            name: obi-config\n            items:\n              - key: settings\n                path: obi.yml\n')),
  );
  assert.is(items?.reason, undefined);
  assert.is(items?.where, 'ConfigMap obi-config, key settings');
});

test('the -config flag, and the variable winning over it', async () => {
  const flag = await configOf(pod((t) => t.replace('OTEL_EBPF_CONFIG_PATH', 'UNRELATED').replace('image: otel/ebpf-instrument:main', 'image: otel/ebpf-instrument:main\n          args: ["-config=/config/obi.yml"]')));
  assert.is(flag?.setBy, '-config');
  assert.is(flag?.reason, undefined);
  const both = await configOf(pod((t) => t.replace('image: otel/ebpf-instrument:main', 'image: otel/ebpf-instrument:main\n          args: ["--config", "/elsewhere.yml"]')));
  assert.is(both?.setBy, 'OTEL_EBPF_CONFIG_PATH');
  assert.is(both?.reason, undefined);
});

test('what cannot be followed says why, and gives no selection', async () => {
  const cases: [string, (t: string) => string][] = [
    ['no volumeMount of container "obi" holds /config/obi.yml', (t) => t.replace('mountPath: /config', 'mountPath: /etc/other')],
    ['volume "config" is not a ConfigMap volume', (t) => t.replace('configMap:\n            name: obi-config', 'emptyDir: {}')],
    ['ConfigMap obi-config has no key obi.yml', (t) => t.replace('obi.yml: |', 'other.yml: |')],
    ['ConfigMap other is not in the repository', (t) => t.replace('            name: obi-config', '            name: other')],
    ['the config path "config.yml" is relative', (t) => t.replace('value: /config/obi.yml', 'value: config.yml')],
    ['the ConfigMap value is not a literal block (`key: |`)', (t) => t.replace('obi.yml: |', 'obi.yml: >')],
  ];
  for (const [reason, edit] of cases) {
    const c = await configOf(pod(edit));
    assert.is(c?.reason, reason, reason);
    assert.ok(!c?.config || c.config.instrument.length === 0, reason);
  }
});

test('no config path: no config file', async () => {
  assert.is(await configOf(pod((t) => t.replace('OTEL_EBPF_CONFIG_PATH', 'UNRELATED'))), undefined);
});

test('a syntax error in the ConfigMap value is a parse problem at its exact place', async () => {
  const files = pod((t) => t.replace('- k8s_namespace: shop', '- k8s_namespace: [shop'));
  const c = await configOf(files);
  assert.ok(c?.config);
  assert.ok(c.config.problems.length > 0);
  assert.is(c.config.problems[0]!.range.file, 'k8s/api.yaml');
  assert.ok(c.config.problems[0]!.range.line >= 10);
});

// ---- compose: a bind-mounted file or directory, or a `configs:` entry

const COMPOSE_CONFIG = ['discovery:', '  instrument:', '    - exe_path: /app/server', ''].join('\n');
const compose = (service: string[], extra: Record<string, string> = {}, top: string[] = []) => ({
  Dockerfile: SEED_DOCKERFILE,
  'beyla/config.yml': COMPOSE_CONFIG,
  'compose.yaml': ebpfCompose(service, { name: 'beyla', image: 'grafana/beyla:2.7.1' }) + (top.length > 0 ? `${top.join('\n')}\n` : ''),
  ...extra,
});
const BIND = ['environment:', '  BEYLA_CONFIG_PATH: /configs/config.yml', 'volumes:', '  - ./beyla/config.yml:/configs/config.yml:ro'];

test('compose: a bind-mounted file, found through the variable and the volume', async () => {
  const c = await configOf(compose(BIND));
  assert.is(c?.reason, undefined);
  assert.is(c?.where, undefined);
  assert.equal(c?.evidence.map((e) => e.message), [
    'BEYLA_CONFIG_PATH is "/configs/config.yml"',
    'host path ./beyla/config.yml is mounted at /configs/config.yml',
    'the config file is beyla/config.yml',
  ]);
  const exe = c?.config?.instrument[0]?.exePath;
  assert.equal([exe?.value, exe?.range.file, exe?.range.line, exe?.range.column], ['/app/server', 'beyla/config.yml', 3, 17]);
});

test('compose: a bound directory, the -config flag, an override moving the mount, a config with file or content', async () => {
  const dir = await configOf(compose(['command: ["--config=/configs/config.yml"]', 'volumes:', '  - type: bind', '    source: ./beyla', '    target: /configs']));
  assert.is(dir?.setBy, '-config');
  assert.is(dir?.reason, undefined);
  assert.is(dir?.config?.instrument.length, 1);
  // compose.override.yaml replaces the mount at the same target.
  const over = await configOf(compose(BIND, { 'compose.override.yaml': 'services:\n  beyla:\n    volumes:\n      - ./other.yml:/configs/config.yml\n', 'other.yml': 'discovery:\n  instrument: []\n' }));
  assert.is(over?.reason, undefined);
  assert.is(over?.evidence[1]?.message, 'host path ./other.yml is mounted at /configs/config.yml');
  assert.is(over?.config?.instrument.length, 0);
  const file = await configOf(compose(['environment:', '  BEYLA_CONFIG_PATH: /beyla_config', 'configs:', '  - beyla_config'], {}, ['configs:', '  beyla_config:', '    file: ./beyla/config.yml']));
  assert.is(file?.reason, undefined);
  assert.equal(file?.evidence.slice(1).map((e) => e.message), ['config beyla_config is mounted at /beyla_config', 'config beyla_config is the file ./beyla/config.yml', 'the config file is beyla/config.yml']);
  const files = compose(['environment:', '  BEYLA_CONFIG_PATH: /etc/beyla.yml', 'configs:', '  - source: beyla_config', '    target: /etc/beyla.yml'], {}, ['configs:', '  beyla_config:', '    content: |', ...COMPOSE_CONFIG.trimEnd().split('\n').map((l) => `      ${l}`)]);
  const content = await configOf(files);
  assert.is(content?.reason, undefined);
  assert.is(content?.where, 'config beyla_config of compose.yaml');
  const exe = content?.config?.instrument[0]?.exePath;
  assert.is(exe?.range.file, 'compose.yaml');
  assert.is(files['compose.yaml'].slice(exe!.range.start, exe!.range.end), '/app/server');
});

test('compose: what cannot be followed says why', async () => {
  const cases: [string, string[], string[]?][] = [
    ['/configs/config.yml is in the named volume cfg, not in the repository', ['environment:', '  BEYLA_CONFIG_PATH: /configs/config.yml', 'volumes:', '  - cfg:/configs']],
    ['the host path /etc/beyla/config.yml is outside the repository', ['environment:', '  BEYLA_CONFIG_PATH: /configs/config.yml', 'volumes:', '  - /etc/beyla/config.yml:/configs/config.yml']],
    ['beyla/missing.yml is not in the repository', ['environment:', '  BEYLA_CONFIG_PATH: /configs/config.yml', 'volumes:', '  - ./beyla/missing.yml:/configs/config.yml']],
    ['beyla is a directory', ['environment:', '  BEYLA_CONFIG_PATH: /configs', 'volumes:', '  - ./beyla:/configs']],
    ['no volume or config of service "beyla" is mounted at /configs/config.yml', ['environment:', '  BEYLA_CONFIG_PATH: /configs/config.yml']],
    ['compose.yaml defines no config beyla_config', ['environment:', '  BEYLA_CONFIG_PATH: /beyla_config', 'configs:', '  - beyla_config']],
    ['the content of config c is interpolated by Compose', ['environment:', '  BEYLA_CONFIG_PATH: /c', 'configs:', '  - c'], ['configs:', '  c:', '    content: |', '      discovery: ${D}']],
  ];
  for (const [reason, service, top] of cases) {
    const c = await configOf(compose(service, {}, top));
    assert.is(c?.reason, reason, reason);
  }
});

// ---- `${VAR}` in the file, replaced from the agent's environment

test('expandConfigVars: the forms OBI and Beyla replace, defaults, escapes, and what stays unknown', () => {
  const env: AgentEnvLookup = (name) =>
    name === 'APP' ? { value: '/app/server', evidence: [] } : name === 'EMPTY' ? { value: '', evidence: [] } : name === 'SECRET' ? { evidence: [], reason: 'from a Secret' } : undefined;
  const rows: [string, 'obi' | 'beyla', string][] = [
    ['${APP}', 'obi', '/app/server'],
    ['${env:APP}', 'beyla', '/app/server'],
    ['$(APP)', 'obi', '/app/server'],
    ['$(APP)', 'beyla', '$(APP)'],
    ['${EMPTY:-/srv/x}', 'obi', '/srv/x'],
    ['${EMPTY}*', 'obi', '*'],
    ['${UNSET:-/srv/y}', 'beyla', '/srv/y'],
    ['${env:-/d}', 'obi', '/d'],
    ['$${APP}', 'obi', '${APP}'],
    ['$APP/${APP}', 'obi', '$APP//app/server'],
    ['${1X}', 'obi', '${1X}'],
    ['${APP', 'obi', '${APP'],
    ['${UNSET}', 'obi', 'UNSET is not set in the agent\'s environment here (it may come from its image)'],
    ['${SECRET:-/x}', 'obi', 'SECRET is not known (from a Secret)'],
  ];
  for (const [text, kind, want] of rows) {
    const r = expandConfigVars(text, kind, env);
    assert.is('value' in r ? r.value : r.reason, want, `${kind} ${text}`);
  }
});

test('Beyla releases before 2.5.0 select by regular expressions only', () => {
  const table: [string | undefined, boolean][] = [
    ['1.9.0', true],
    ['v2.4.3', true],
    ['2.4.3-alloy', true],
    ['2.5.0-pre', false],
    ['2.5.1', false],
    ['v3.0.0', false],
    ['main', false],
    ['latest', false],
    ['2', false],
    [undefined, false],
  ];
  for (const [version, old] of table) assert.is(beylaBeforeGlobs({ kind: 'beyla', ...(version ? { version } : {}) }), old, String(version));
  assert.is(beylaBeforeGlobs({ kind: 'obi', version: '1.0.0' }), false);
});

test.run();
