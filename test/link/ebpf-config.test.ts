// Which config file an OBI / Beyla container reads (src/link/ebpf-config.ts): the path from the variable or the
// -config flag, through the volumeMount, the ConfigMap volume (items, subPath) to the ConfigMap key, read in place.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AgentConfigFile } from '../../src/model/ebpf.ts';
import { SEED_DOCKERFILE, obiConfigPod } from '../helpers/fixtures.ts';
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

test.run();
