// Kustomize overlays: strategic-merge patches are merged into the workloads they patch, and the variants are linted
// with every value's range in the file that writes it; patch files are not objects of their own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { agentNotPrivileged } from '../../rules/agent-not-privileged.ts';
import { shareProcessNamespaceMissing } from '../../rules/share-process-namespace-missing.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { targetExeUnresolved } from '../../rules/target-exe-unresolved.ts';
import { applyEdits } from '../../src/fix/edits.ts';
import { lintFiles, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const baseDeploy = (agent = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      shareProcessNamespace: true
      containers:
        - name: app
          image: ghcr.io/acme/api:1.0.0
${agent}`;
const agentContainer = (target: string) => `        - name: otel-go-agent
          image: otel/autoinstrumentation-go:v0.24.0
          env:
            - name: OTEL_GO_AUTO_TARGET_EXE
              value: ${target}
          securityContext:
            privileged: true
            runAsUser: 0
`;
const agentPatch = (target: string, spec = '      shareProcessNamespace: true\n') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
${spec}      containers:
${agentContainer(target)}`;
const repo = (overlay: Record<string, string>, base = baseDeploy()): Record<string, string> => ({
  'services/api/Dockerfile': SEED_DOCKERFILE,
  'deploy/base/deploy.yaml': base,
  'deploy/base/kustomization.yaml': 'resources:\n  - deploy.yaml\n',
  ...overlay,
});
const rules = [targetExeMismatch, targetExeUnresolved, shareProcessNamespaceMissing, agentNotPrivileged];
const show = (d: { ruleId: string; range: { file: string; line: number; column: number } }) => `${d.ruleId} ${d.range.file}:${d.range.line}:${d.range.column}`;

test('an overlay that adds the agent with a patch: its target is checked against the base app, in the patch', async () => {
  const files = repo({
    'deploy/overlays/instrumented/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: agent.yaml\n',
    'deploy/overlays/instrumented/agent.yaml': agentPatch('/server'),
  });
  const { diagnostics } = await lintFiles(files, rules);
  const s = span(files, 'deploy/overlays/instrumented/agent.yaml', '/server');
  assert.equal(diagnostics.map(show), [`target-exe-mismatch deploy/overlays/instrumented/agent.yaml:${s.line}:${s.column}`]);
  const d = diagnostics[0]!;
  assert.ok(d.message.includes('container "app" runs "/app/server"'), d.message);
  assert.is(applyEdits(files['deploy/overlays/instrumented/agent.yaml']!, d.fix!.edits).text, agentPatch('/app/server'));
});

test('an overlay that patches the target of the base agent; the base itself is fine', async () => {
  const files = repo(
    {
      'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatchesStrategicMerge:\n  - target.yaml\n',
      'deploy/overlays/prod/target.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: otel-go-agent\n          env:\n            - name: OTEL_GO_AUTO_TARGET_EXE\n              value: /src/server\n',
    },
    baseDeploy(agentContainer('/app/server')),
  );
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map(show), ['target-exe-mismatch deploy/overlays/prod/target.yaml:12:22']);
});

test('a wrong base target an overlay does not touch is one finding, at the base', async () => {
  const files = repo(
    {
      'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: replicas.yaml\n',
      'deploy/overlays/prod/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n',
    },
    baseDeploy(agentContainer('/server')),
  );
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map(show), ['target-exe-mismatch deploy/base/deploy.yaml:20:22']);
});

test('what a patch leaves out of the pod spec is reported on the variant, with the fix in the patch', async () => {
  const files = repo({
    'deploy/overlays/instrumented/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: agent.yaml\n',
    'deploy/overlays/instrumented/agent.yaml': agentPatch('/app/server', ''),
  }, baseDeploy().replace('      shareProcessNamespace: true\n', ''));
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map((d) => d.ruleId), ['share-process-namespace-missing']);
  const d = diagnostics[0]!;
  assert.is(d.range.file, 'deploy/overlays/instrumented/agent.yaml');
  assert.ok(d.fix);
  assert.ok(applyEdits(files['deploy/overlays/instrumented/agent.yaml']!, d.fix!.edits).text.includes('    spec:\n      shareProcessNamespace: true\n'));
});

test('a patch with a kind/name target applies whatever its own metadata says', async () => {
  const files = repo({
    'deploy/overlays/instrumented/kustomization.yaml':
      'resources:\n  - ../../base\npatches:\n  - path: agent.yaml\n    target:\n      kind: Deployment\n      name: api\n',
    'deploy/overlays/instrumented/agent.yaml': agentPatch('/server').replace('  name: api\n', '  name: not-used\n'),
  });
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
});

test('$patch: delete removes the container; a patch for another workload changes nothing', async () => {
  const del = repo(
    {
      'deploy/overlays/plain/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: no-agent.yaml\n',
      'deploy/overlays/plain/no-agent.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: otel-go-agent\n          $patch: delete\n',
    },
    baseDeploy(agentContainer('/app/server')),
  );
  assert.equal((await lintFiles(del, rules)).diagnostics.map(show), []);
  const other = repo({
    'deploy/overlays/x/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: agent.yaml\n',
    'deploy/overlays/x/agent.yaml': agentPatch('/server').replace('  name: api\n', '  name: worker\n'),
  });
  assert.equal((await lintFiles(other, rules)).diagnostics.map(show), []);
});

test('a kustomization with something the linter does not apply builds no variant; its patch file is not linted alone', async () => {
  for (const extra of ['components:\n  - ../../components/x\n', 'patchesJson6902:\n  - path: ops.yaml\n    target: {kind: Deployment, name: api}\n']) {
    const files = repo({
      'deploy/overlays/instrumented/kustomization.yaml': `resources:\n  - ../../base\npatches:\n  - path: agent.yaml\n${extra}`,
      'deploy/overlays/instrumented/agent.yaml': agentPatch('/server'),
    });
    assert.equal((await lintFiles(files, rules)).diagnostics.map(show), [], extra);
  }
  // An overlay on an overlay that builds nothing builds nothing either.
  const nested = repo({
    'deploy/overlays/a/kustomization.yaml': 'resources:\n  - ../../base\ncomponents:\n  - ../../components/x\n',
    'deploy/overlays/b/kustomization.yaml': 'resources:\n  - ../a\npatches:\n  - path: agent.yaml\n',
    'deploy/overlays/b/agent.yaml': agentPatch('/server'),
  });
  assert.equal((await lintFiles(nested, rules)).diagnostics.map(show), []);
});

test('images: a placeholder image the overlay renames links to its Dockerfile in the variant', async () => {
  const { imageNotLinked } = await import('../../rules/image-not-linked.ts');
  const files = repo(
    {
      'deploy/overlays/prod/kustomization.yaml':
        'resources:\n  - ../../base\nimages:\n  - name: app-image\n    newName: registry.example.com/shop/api\n    newTag: "1.2"\n',
    },
    baseDeploy(agentContainer('/server')).replace('ghcr.io/acme/api:1.0.0', 'app-image'),
  );
  const { diagnostics } = await lintFiles(files, [targetExeMismatch, imageNotLinked]);
  // The base alone names a Docker Hub-style image it cannot link; the overlay's variant is checked.
  assert.equal(diagnostics.map(show), ['image-not-linked deploy/base/deploy.yaml:15:18', 'target-exe-mismatch deploy/base/deploy.yaml:20:22']);
  assert.ok(diagnostics[1]!.message.includes('container "app" runs "/app/server"'), diagnostics[1]!.message);
});

test('commonAnnotations reach the pod template: the Operator injection they ask for is checked', async () => {
  const { operatorTargetMissing } = await import('../../rules/operator-target-missing.ts');
  const files = repo({
    'deploy/overlays/operator/kustomization.yaml':
      'resources:\n  - ../../base\ncommonAnnotations:\n  instrumentation.opentelemetry.io/inject-go: "true"\npatches:\n  - path: share.yaml\n',
    'deploy/overlays/operator/share.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      shareProcessNamespace: true\n',
    'deploy/overlays/operator/instrumentation.yaml': 'apiVersion: opentelemetry.io/v1alpha1\nkind: Instrumentation\nmetadata:\n  name: default\nspec:\n  exporter:\n    endpoint: http://collector:4318\n',
  });
  const { diagnostics } = await lintFiles(files, [operatorTargetMissing]);
  assert.equal(diagnostics.map((d) => d.ruleId), ['operator-target-missing']);
});

test.run();
