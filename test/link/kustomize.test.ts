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
  for (const extra of [
    'components:\n  - ../../components/x\n',
    'patchesJson6902:\n  - path: missing-ops.yaml\n    target: {kind: Deployment, name: api}\n',
    'replacements:\n  - source: {kind: ConfigMap, name: env, fieldPath: data.exe}\n    targets:\n      - select: {kind: Deployment}\n        fieldPaths: [spec.template.spec.containers.1.env.0.value]\n',
  ]) {
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

test('a kustomization not built says so (an info at the field, parse-error), once, at the one that asks for it', async () => {
  const { parseError } = await import('../../rules/parse-error.ts');
  const files = repo({
    'deploy/overlays/a/kustomization.yaml': 'resources:\n  - ../../base\ncomponents:\n  - https://example.com/x\n',
    'deploy/overlays/b/kustomization.yaml': 'resources:\n  - ../a\npatches:\n  - path: agent.yaml\n',
    'deploy/overlays/b/agent.yaml': agentPatch('/server'),
  });
  const { diagnostics } = await lintFiles(files, [...rules, parseError]);
  assert.equal(diagnostics.map((d) => `${show(d)} ${d.severity}`), ['parse-error deploy/overlays/a/kustomization.yaml:4:5 info']);
  assert.match(diagnostics[0]!.message, 'The kustomize build of deploy/overlays/a/kustomization.yaml is not worked out, because it uses a component outside the repository: the linter does not apply it');
});

// keda's config/default: a builtin LabelTransformer that adds labels. It used to stop the build, and the overlay's
// findings with it.
test('transformers: builtin LabelTransformers change nothing the linter reads (the variant is built); others build none, with an info', async () => {
  const { parseError } = await import('../../rules/parse-error.ts');
  const transformer = (kind: string) => `apiVersion: builtin\nkind: ${kind}\nmetadata:\n  name: labels\nlabels:\n  app.kubernetes.io/part-of: api\nfieldSpecs:\n  - path: metadata/labels\n    create: true\n`;
  const files = (kind: string) =>
    repo({
      'deploy/overlays/instrumented/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: agent.yaml\ntransformers:\n  - labels.yaml\n',
      'deploy/overlays/instrumented/labels.yaml': transformer(kind),
      'deploy/overlays/instrumented/agent.yaml': agentPatch('/server'),
    });
  const labels = await lintFiles(files('LabelTransformer'), [...rules, parseError]);
  assert.equal(labels.diagnostics.map(show), ['target-exe-mismatch deploy/overlays/instrumented/agent.yaml:14:22']);
  const prefix = await lintFiles(files('PrefixSuffixTransformer'), [...rules, parseError]);
  assert.equal(prefix.diagnostics.map(show), ['parse-error deploy/overlays/instrumented/kustomization.yaml:6:5']);
  assert.match(prefix.diagnostics[0]!.message, 'because it uses the transformer configuration deploy/overlays/instrumented/labels.yaml, which is not a builtin LabelTransformer');
  const inline = await lintFiles(
    { ...files('LabelTransformer'), 'deploy/overlays/instrumented/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: agent.yaml\ntransformers:\n  - {apiVersion: builtin, kind: LabelTransformer}\n' },
    [...rules, parseError],
  );
  assert.equal(inline.diagnostics.map(show), ['parse-error deploy/overlays/instrumented/kustomization.yaml:5:1']);
});

test('replacements that select only kinds the model does not read (webhooks, CRDs, Certificates) still build the variant', async () => {
  const files = repo({
    'deploy/overlays/instrumented/kustomization.yaml':
      'resources:\n  - ../../base\npatches:\n  - path: agent.yaml\nreplacements:\n  - source: {kind: Service, version: v1, name: webhook-service, fieldPath: .metadata.name}\n    targets:\n      - select: {kind: Certificate, group: cert-manager.io}\n        fieldPaths: [.spec.dnsNames.0]\n',
    'deploy/overlays/instrumented/agent.yaml': agentPatch('/server'),
  });
  assert.equal((await lintFiles(files, rules)).diagnostics.map(show), ['target-exe-mismatch deploy/overlays/instrumented/agent.yaml:14:22']);
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

test('images: the base name and the name the overlay gives are one image, not two competing for the same guess', async () => {
  // From a kustomize demo: localhost/mockbin:v1.0.0 renamed to localhost/autoinstrumentation:go, the only Dockerfile
  // in the repository builds it. The two names once made "Dockerfile would be the guess for 2 images", and neither
  // was linked.
  const files = repo(
    { 'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\nimages:\n  - name: localhost/mockbin\n    newName: localhost/autoinstrumentation\n    newTag: go\n' },
    baseDeploy(agentContainer('/server')).replace('ghcr.io/acme/api:1.0.0', 'localhost/mockbin:v1.0.0'),
  );
  assert.equal((await lintFiles(files, rules)).diagnostics.map(show), ['target-exe-mismatch deploy/base/deploy.yaml:20:22']);
});

test('a base and its variant that cannot be linked are one image-not-linked finding at the image, not one per name', async () => {
  const { imageNotLinked } = await import('../../rules/image-not-linked.ts');
  const files = {
    'deploy/base/deploy.yaml': baseDeploy(agentContainer('/server')).replace('ghcr.io/acme/api:1.0.0', 'ghcr.io/acme/placeholder:1'),
    'deploy/base/kustomization.yaml': 'resources:\n  - deploy.yaml\n',
    'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/placeholder\n    newName: ghcr.io/acme/orders\n    newTag: "2.0"\n',
  };
  const { diagnostics } = await lintFiles(files, [imageNotLinked]);
  assert.equal(diagnostics.map(show), ['image-not-linked deploy/base/deploy.yaml:15:18']);
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

// ---- inline patches and JSON 6902

const indent = (text: string, n: number) =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : ' '.repeat(n) + l))
    .join('\n');

test('an inline strategic-merge patch that adds the agent: the finding and its fix are in the kustomization', async () => {
  const kust = (target: string) => `resources:\n  - ../../base\npatches:\n  - patch: |-\n${indent(agentPatch(target), 6)}`;
  const files = repo({ 'deploy/overlays/instrumented/kustomization.yaml': kust('/server') });
  const { diagnostics } = await lintFiles(files, rules);
  const s = span(files, 'deploy/overlays/instrumented/kustomization.yaml', '/server');
  assert.equal(diagnostics.map(show), [`target-exe-mismatch deploy/overlays/instrumented/kustomization.yaml:${s.line}:${s.column}`]);
  assert.is(applyEdits(files['deploy/overlays/instrumented/kustomization.yaml']!, diagnostics[0]!.fix!.edits).text, kust('/app/server'));
});

const opsAddAgent = (target: string) => `- op: add
  path: /spec/template/spec/containers/-
  value:
    name: otel-go-agent
    image: otel/autoinstrumentation-go:v0.24.0
    env:
      - name: OTEL_GO_AUTO_TARGET_EXE
        value: ${target}
    securityContext:
      privileged: true
      runAsUser: 0
`;

test('an inline JSON 6902 patch that appends the agent container: checked against the base app, fixed in place', async () => {
  const kust = (target: string) =>
    `resources:\n  - ../../base\npatches:\n  - target:\n      kind: Deployment\n      name: api\n    patch: |-\n${indent(opsAddAgent(target), 6)}`;
  const files = repo({ 'deploy/overlays/instrumented/kustomization.yaml': kust('/server') });
  const { diagnostics } = await lintFiles(files, rules);
  const s = span(files, 'deploy/overlays/instrumented/kustomization.yaml', '/server');
  assert.equal(diagnostics.map(show), [`target-exe-mismatch deploy/overlays/instrumented/kustomization.yaml:${s.line}:${s.column}`]);
  assert.ok(diagnostics[0]!.message.includes('container "app" runs "/app/server"'), diagnostics[0]!.message);
  assert.is(applyEdits(files['deploy/overlays/instrumented/kustomization.yaml']!, diagnostics[0]!.fix!.edits).text, kust('/app/server'));
});

test('a JSON 6902 patch file replacing the base agent target (patches: and patchesJson6902:); irrelevant operations are skipped', async () => {
  const ops = `- op: replace
  path: /spec/replicas
  value: 3
- op: test
  path: /spec/template/spec/containers/1/name
  value: otel-go-agent
- op: replace
  path: /spec/template/spec/containers/1/env/0/value
  value: /src/server
`;
  for (const key of ['patches', 'patchesJson6902']) {
    const files = repo(
      {
        'deploy/overlays/prod/kustomization.yaml': `resources:\n  - ../../base\n${key}:\n  - path: ops.yaml\n    target: {group: apps, version: v1, kind: Deployment, name: api}\n`,
        'deploy/overlays/prod/ops.yaml': ops,
      },
      baseDeploy(agentContainer('/app/server')),
    );
    const { diagnostics } = await lintFiles(files, rules);
    assert.equal(diagnostics.map(show), ['target-exe-mismatch deploy/overlays/prod/ops.yaml:9:10'], key);
    assert.is(applyEdits(files['deploy/overlays/prod/ops.yaml']!, diagnostics[0]!.fix!.edits).text, ops.replace('/src/server', '/app/server'));
  }
});

test('JSON 6902: a privilege the patch takes away is reported on the variant, at the value the patch writes', async () => {
  const kust = (v: string) =>
    `resources:\n  - ../../base\npatches:\n  - target: {kind: Deployment}\n    patch: |-\n      - op: replace\n        path: /spec/template/spec/containers/1/securityContext/privileged\n        value: ${v}\n`;
  const files = repo({ 'deploy/overlays/prod/kustomization.yaml': kust('false') }, baseDeploy(agentContainer('/app/server')));
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map(show), ['agent-not-privileged deploy/overlays/prod/kustomization.yaml:8:16']);
  assert.is(applyEdits(files['deploy/overlays/prod/kustomization.yaml']!, diagnostics[0]!.fix!.edits).text, kust('true'));
});

test('JSON 6902 remove: containers are removed; any other field builds no variant (a fix would add it to the base, which has it)', async () => {
  const removeAgent = repo(
    { 'deploy/overlays/plain/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - target: {kind: Deployment}\n    patch: |-\n      - op: remove\n        path: /spec/template/spec/containers/1\n' },
    baseDeploy(agentContainer('/server')),
  );
  // The base's wrong target is still reported once, at the base; the variant has no agent.
  assert.equal((await lintFiles(removeAgent, rules)).diagnostics.map(show), ['target-exe-mismatch deploy/base/deploy.yaml:20:22']);
  const removeShare = repo(
    { 'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - target: {kind: Deployment}\n    patch: |-\n      - op: remove\n        path: /spec/template/spec/shareProcessNamespace\n' },
    baseDeploy(agentContainer('/app/server')),
  );
  assert.equal((await lintFiles(removeShare, rules)).diagnostics.map(show), []);
});

test('JSON 6902 operations the linter cannot follow build no variant (and no false finding)', async () => {
  const cases = [
    // The whole template, a name, a move into the containers, an index past the end, an unknown op, valueFrom.
    '- op: replace\n  path: /spec/template\n  value: {}\n',
    '- op: replace\n  path: /metadata/name\n  value: other\n',
    '- op: move\n  from: /spec/template/spec/initContainers/0\n  path: /spec/template/spec/containers/1\n',
    '- op: replace\n  path: /spec/template/spec/containers/5/image\n  value: x\n',
    '- op: merge\n  path: /spec/template/spec/containers/0/image\n  value: x\n',
    '- op: add\n  path: /spec/template/spec/containers/1/env/0/valueFrom\n  value: {configMapKeyRef: {name: a, key: b}}\n',
  ];
  for (const ops of cases) {
    const files = repo({
      'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: agent.yaml\n  - path: ops.yaml\n    target: {kind: Deployment, name: api}\n',
      'deploy/overlays/prod/agent.yaml': agentPatch('/server'),
      'deploy/overlays/prod/ops.yaml': ops,
    });
    assert.equal((await lintFiles(files, rules)).diagnostics.map(show), [], ops);
  }
});

test('JSON 6902 on a CronJob follows its job template; annotations keys written in the pointer', async () => {
  const { operatorTargetMissing } = await import('../../rules/operator-target-missing.ts');
  const cron = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            team: reports
        spec:
          shareProcessNamespace: true
          containers:
            - name: app
              image: ghcr.io/acme/api:1.0.0
`;
  const files = {
    'services/api/Dockerfile': SEED_DOCKERFILE,
    'deploy/base/cron.yaml': cron,
    'deploy/base/kustomization.yaml': 'resources:\n  - cron.yaml\n',
    'deploy/overlays/operator/kustomization.yaml':
      'resources:\n  - ../../base\npatches:\n  - target: {kind: CronJob, name: report}\n    patch: |-\n      - op: add\n        path: /spec/jobTemplate/spec/template/metadata\n        value: {}\n      - op: add\n        path: /spec/jobTemplate/spec/template/metadata/annotations\n        value:\n          instrumentation.opentelemetry.io/inject-go: "true"\n',
    'deploy/overlays/operator/instrumentation.yaml':
      'apiVersion: opentelemetry.io/v1alpha1\nkind: Instrumentation\nmetadata:\n  name: default\nspec:\n  exporter:\n    endpoint: http://collector:4318\n',
  };
  // `add …/metadata` replaces the template's whole metadata: not followed.
  assert.equal((await lintFiles(files, [operatorTargetMissing])).diagnostics.map((d) => d.ruleId), []);
  // Adding one annotation: the Operator's injection is asked for in the patch, and the target annotation it needs is
  // missing. The fix adds it to the base template's annotations, which every variant gets.
  const direct = {
    ...files,
    'deploy/overlays/operator/kustomization.yaml':
      'resources:\n  - ../../base\npatches:\n  - target: {kind: CronJob, name: report}\n    patch: |-\n      - op: add\n        path: /spec/jobTemplate/spec/template/metadata/annotations/instrumentation.opentelemetry.io~1inject-go\n        value: "true"\n',
  };
  const { diagnostics } = await lintFiles(direct, [operatorTargetMissing]);
  assert.equal(diagnostics.map(show), ['operator-target-missing deploy/overlays/operator/kustomization.yaml:8:16']);
  assert.ok(diagnostics[0]!.message.includes('spec.jobTemplate.spec.template.metadata.annotations'), diagnostics[0]!.message);
  assert.equal(diagnostics[0]!.fix!.edits.map((e) => [e.range.file, e.text]), [
    ['deploy/base/cron.yaml', '            instrumentation.opentelemetry.io/otel-go-auto-target-exe: "/app/server"\n'],
  ]);
  // Without an annotations mapping in the template, kustomize cannot add to it: no variant.
  const noMap = { ...direct, 'deploy/base/cron.yaml': cron.replace('        metadata:\n          annotations:\n            team: reports\n', '') };
  assert.equal((await lintFiles(noMap, [operatorTargetMissing])).diagnostics.map(show), []);
});

// ---- components

const component = (body: string) => `apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n${body}`;

test('a component that adds the agent: applied by the overlay that lists it, reported and fixed in the component', async () => {
  const comp = (target: string) => component(`patches:\n  - patch: |-\n${indent(agentPatch(target), 6)}`);
  const files = repo({
    'deploy/components/otel/kustomization.yaml': comp('/server'),
    'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\ncomponents:\n  - ../../components/otel\n',
  });
  const { diagnostics } = await lintFiles(files, rules);
  const s = span(files, 'deploy/components/otel/kustomization.yaml', '/server');
  assert.equal(diagnostics.map(show), [`target-exe-mismatch deploy/components/otel/kustomization.yaml:${s.line}:${s.column}`]);
  assert.is(applyEdits(files['deploy/components/otel/kustomization.yaml']!, diagnostics[0]!.fix!.edits).text, comp('/app/server'));
  // Listed by nobody, a component changes nothing.
  const alone = { ...files };
  delete alone['deploy/overlays/prod/kustomization.yaml'];
  assert.equal((await lintFiles(alone, rules)).diagnostics.map(show), []);
});

test('components run after the resources and before the kustomization own patches, in the order listed', async () => {
  const setTarget = (target: string) =>
    `  - target: {kind: Deployment, name: api}\n    patch: |-\n      - op: replace\n        path: /spec/template/spec/containers/1/env/0/value\n        value: ${target}\n`;
  const files = repo({
    'deploy/components/agent/kustomization.yaml': component(`patches:\n  - path: agent.yaml\n`),
    'deploy/components/agent/agent.yaml': agentPatch('/server'),
    'deploy/components/fix-target/kustomization.yaml': component(`patches:\n${setTarget('/src/server')}`),
    // The overlay's own patch comes last and wins.
    'deploy/overlays/prod/kustomization.yaml': `resources:\n  - ../../base\ncomponents:\n  - ../../components/agent\n  - ../../components/fix-target\npatches:\n${setTarget('/srv/server')}`,
    // A second overlay: the component order decides.
    'deploy/overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\ncomponents:\n  - ../../components/agent\n  - ../../components/fix-target\n',
  });
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map(show), [
    'target-exe-mismatch deploy/components/fix-target/kustomization.yaml:8:16',
    'target-exe-mismatch deploy/overlays/prod/kustomization.yaml:11:16',
  ]);
  assert.ok(diagnostics[1]!.message.includes('"/srv/server"'), diagnostics[1]!.message);
});

test('a component that is not in the repository, or listed as a resource, builds no variant', async () => {
  for (const kust of [
    'resources:\n  - ../../base\ncomponents:\n  - ../../components/missing\npatches:\n  - path: agent.yaml\n',
    'resources:\n  - ../../base\n  - ../../components/otel\npatches:\n  - path: agent.yaml\n',
  ]) {
    const files = repo({
      'deploy/components/otel/kustomization.yaml': component('commonAnnotations:\n  team: shop\n'),
      'deploy/overlays/prod/kustomization.yaml': kust,
      'deploy/overlays/prod/agent.yaml': agentPatch('/server'),
    });
    assert.equal((await lintFiles(files, rules)).diagnostics.map(show), [], kust);
  }
});

// ---- configMapGenerator

const agentFromConfigMap = (ref: 'envFrom' | 'valueFrom') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: otel-go-agent
          image: otel/autoinstrumentation-go:v0.24.0
${
  ref === 'envFrom'
    ? '          envFrom:\n            - configMapRef:\n                name: otel-agent\n'
    : '          env:\n            - name: OTEL_GO_AUTO_TARGET_EXE\n              valueFrom:\n                configMapKeyRef: {name: otel-agent, key: target}\n'
}          securityContext:
            privileged: true
            runAsUser: 0
`;

test('configMapGenerator literals: the target read through envFrom is checked, reported and fixed in the literal', async () => {
  const kust = (target: string) =>
    `resources:\n  - ../../base\npatches:\n  - path: agent.yaml\nconfigMapGenerator:\n  - name: otel-agent\n    literals:\n      - OTEL_GO_AUTO_TARGET_EXE=${target}\n`;
  const files = repo({ 'deploy/overlays/prod/kustomization.yaml': kust('/server'), 'deploy/overlays/prod/agent.yaml': agentFromConfigMap('envFrom') });
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map(show), ['target-exe-mismatch deploy/overlays/prod/kustomization.yaml:8:33']);
  assert.ok(
    diagnostics[0]!.related.some((r) => r.range.line === 6 && r.message === 'ConfigMap otel-agent is generated here (configMapGenerator) from its literals'),
    JSON.stringify(diagnostics[0]!.related),
  );
  assert.is(applyEdits(files['deploy/overlays/prod/kustomization.yaml']!, diagnostics[0]!.fix!.edits).text, kust('/app/server'));
});

test('configMapGenerator env files: a key read through configMapKeyRef, reported and fixed in the env file', async () => {
  const files = repo({
    'deploy/overlays/prod/kustomization.yaml':
      'resources:\n  - ../../base\npatches:\n  - path: agent.yaml\nconfigMapGenerator:\n  - name: otel-agent\n    envs: [otel.properties]\n',
    'deploy/overlays/prod/agent.yaml': agentFromConfigMap('valueFrom'),
    'deploy/overlays/prod/otel.properties': '# agent settings\ntarget=/src/server\n',
  });
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map(show), ['target-exe-mismatch deploy/overlays/prod/otel.properties:2:8']);
  assert.is(applyEdits(files['deploy/overlays/prod/otel.properties']!, diagnostics[0]!.fix!.edits).text, '# agent settings\ntarget=/app/server\n');
  // The env file is no candidate of its own: it is reported on because it lies in a requested directory, or because
  // a requested file proves the finding (the kustomization's generator is among its related locations), not when
  // the config ignores it.
  assert.equal((await lintFiles(files, rules, ['deploy/overlays'])).diagnostics.map(show), ['target-exe-mismatch deploy/overlays/prod/otel.properties:2:8']);
  assert.equal((await lintFiles(files, rules, ['deploy/overlays/prod/kustomization.yaml'])).diagnostics.map(show), ['target-exe-mismatch deploy/overlays/prod/otel.properties:2:8']);
  assert.equal((await lintFiles(files, rules, ['deploy/base'])).diagnostics.map(show), []);
  const ignoring = { ...files, '.otel-target-lint.yaml': 'ignore:\n  - "**/*.properties"\n' };
  assert.equal((await lintFiles(ignoring, rules)).diagnostics.map(show), []);
});

test('each overlay sees its own generated ConfigMap; behavior merge and replace apply to the base one', async () => {
  const base = baseDeploy(agentFromConfigMap('envFrom').split('      containers:\n')[1]!);
  const gen = (behavior: string, target: string) =>
    `resources:\n  - ../../base\nconfigMapGenerator:\n  - name: otel-agent\n    behavior: ${behavior}\n    literals:\n      - OTEL_GO_AUTO_TARGET_EXE=${target}\n`;
  const files = repo(
    {
      'deploy/base/kustomization.yaml': 'resources:\n  - deploy.yaml\nconfigMapGenerator:\n  - name: otel-agent\n    literals:\n      - OTEL_GO_AUTO_TARGET_EXE=/app/server\n      - OTEL_SERVICE_NAME=api\n',
      'deploy/overlays/good/kustomization.yaml': gen('merge', '/app/server'),
      'deploy/overlays/bad/kustomization.yaml': gen('merge', '/bin/server'),
      'deploy/overlays/replaced/kustomization.yaml': gen('replace', '/opt/server'),
    },
    base,
  );
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map(show), [
    'target-exe-mismatch deploy/overlays/bad/kustomization.yaml:7:33',
    'target-exe-mismatch deploy/overlays/replaced/kustomization.yaml:7:33',
  ]);
});

test('a generator kustomize would fail on (create of an existing name, an env file missing or broken) builds no variant', async () => {
  for (const [kust, extra] of [
    ['configMapGenerator:\n  - name: otel-agent\n    envs: [missing.env]\n', {}],
    ['configMapGenerator:\n  - name: otel-agent\n    envs: [bad.env]\n', { 'deploy/overlays/prod/bad.env': 'OTEL GO=1\nOTEL_GO_AUTO_TARGET_EXE=/server\n' }],
    ['configMapGenerator:\n  - name: otel-agent\n    literals: [OTEL_GO_AUTO_TARGET_EXE=/server]\n  - name: otel-agent\n    literals: [OTEL_GO_AUTO_TARGET_EXE=/server]\n', {}],
    ['configMapGenerator:\n  - name: otel-agent\n    behavior: merge\n    literals: [OTEL_GO_AUTO_TARGET_EXE=/server]\n', {}],
  ] as const) {
    const files = repo({
      'deploy/overlays/prod/kustomization.yaml': `resources:\n  - ../../base\npatches:\n  - path: agent.yaml\n${kust}`,
      'deploy/overlays/prod/agent.yaml': agentFromConfigMap('envFrom'),
      ...extra,
    });
    const { diagnostics } = await lintFiles(files, rules);
    assert.equal(diagnostics.filter((d) => d.ruleId !== 'parse-error').map(show), [], kust);
  }
});

// ---- namespace:

test('namespace: moves the variant into a namespace whose Pod Security level rejects the agent', async () => {
  const { podSecurityRejectsAgent } = await import('../../rules/pod-security-rejects-agent.ts');
  const files = repo(
    {
      'deploy/overlays/prod/kustomization.yaml': 'namespace: shop\nresources:\n  - ../../base\n  - namespace.yaml\n',
      'deploy/overlays/prod/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: baseline\n',
    },
    baseDeploy(agentContainer('/app/server')),
  );
  const { diagnostics } = await lintFiles(files, [podSecurityRejectsAgent]);
  assert.equal(diagnostics.map(show), ['pod-security-rejects-agent deploy/base/deploy.yaml:22:25']);
  // Without the namespace: transformer nothing puts the workload there.
  const plain = { ...files, 'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n  - namespace.yaml\n' };
  assert.equal((await lintFiles(plain, [podSecurityRejectsAgent])).diagnostics.map(show), []);
});

test('namespace: the Operator resolves inject-go among the build own Instrumentations, moved into the namespace', async () => {
  const { operatorInstrumentationNotFound } = await import('../../rules/operator-instrumentation-not-found.ts');
  const { operatorInstrumentationAmbiguous } = await import('../../rules/operator-instrumentation-ambiguous.ts');
  const { targetExeMismatch: mismatch } = await import('../../rules/target-exe-mismatch.ts');
  const inst = (target: string) =>
    `apiVersion: opentelemetry.io/v1alpha1\nkind: Instrumentation\nmetadata:\n  name: go\n  namespace: default\nspec:\n  go:\n    env:\n      - name: OTEL_GO_AUTO_TARGET_EXE\n        value: ${target}\n`;
  const base = baseDeploy().replace('    metadata:\n      labels: {app: api}\n', '    metadata:\n      labels: {app: api}\n      annotations:\n        instrumentation.opentelemetry.io/inject-go: "true"\n');
  const files = repo(
    {
      'deploy/overlays/prod/kustomization.yaml': 'namespace: prod\nresources:\n  - ../../base\n  - instrumentation.yaml\n',
      'deploy/overlays/prod/instrumentation.yaml': inst('/server'),
      'deploy/overlays/staging/kustomization.yaml': 'namespace: staging\nresources:\n  - ../../base\n  - instrumentation.yaml\n',
      'deploy/overlays/staging/instrumentation.yaml': inst('/app/server'),
    },
    base,
  );
  const { diagnostics } = await lintFiles(files, [mismatch, operatorInstrumentationNotFound, operatorInstrumentationAmbiguous]);
  // Each overlay's Instrumentation (namespace default in its file, prod / staging in the build) serves its own
  // variant: only prod's wrong target is reported.
  assert.equal(
    diagnostics.filter((d) => d.range.file.startsWith('deploy/overlays')).map(show),
    ['target-exe-mismatch deploy/overlays/prod/instrumentation.yaml:10:16'],
  );
});

test('a patch target selected by labels or namespace: applied to the workloads it selects only', async () => {
  const withLabels = (name: string, labels: string) =>
    baseDeploy().replace('  name: api\n', `  name: ${name}\n  labels: {${labels}}\n`).replace(/app: api/g, `app: ${name}`);
  const files = (selector: string) =>
    repo({
      'deploy/base/kustomization.yaml': 'resources:\n  - deploy.yaml\n  - worker.yaml\n',
      'deploy/base/worker.yaml': withLabels('worker', 'tier: batch'),
      'deploy/overlays/prod/kustomization.yaml': `resources:\n  - ../../base\npatches:\n  - target:\n      kind: Deployment\n      ${selector}\n    patch: |-\n${indent(opsAddAgent('/server'), 6)}`,
    }, withLabels('api', 'tier: web, team: shop'));
  // Only api is tier=web: the agent (and its wrong target) is added there, once.
  const web = await lintFiles(files('labelSelector: "tier=web,team in (shop)"'), [targetExeMismatch]);
  assert.equal(web.diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.ok(web.diagnostics[0]!.message.includes('container "app" runs "/app/server"'), web.diagnostics[0]!.message);
  assert.equal((await lintFiles(files('labelSelector: tier=none'), [targetExeMismatch])).diagnostics, []);
  // Both Deployments are in `default` (no namespace): a target in another namespace selects neither.
  assert.equal((await lintFiles(files('namespace: default'), [targetExeMismatch])).diagnostics.length, 1, 'the same finding, deduplicated');
  assert.equal((await lintFiles(files('namespace: prod'), [targetExeMismatch])).diagnostics, []);
  // Names are anchored regular expressions, as in kustomize.
  assert.equal((await lintFiles(files('name: "ap.*"'), [targetExeMismatch])).diagnostics.length, 1);
  assert.equal((await lintFiles(files('name: "p"'), [targetExeMismatch])).diagnostics, [], 'not a substring match');
  assert.equal((await lintFiles(files('name: "(unclosed"'), [targetExeMismatch])).diagnostics, [], 'a pattern that does not compile builds no variant');
  assert.equal((await lintFiles(files('name: "(a+)+b"'), [targetExeMismatch])).diagnostics, [], 'nor does one that could backtrack for ever');
  assert.equal((await lintFiles(files('name: "(api|worker)"'), [targetExeMismatch])).diagnostics.length, 1, 'a plain group is fine');
});

test('a strategic-merge patch with $patch: delete at the top removes the workload from the variant', async () => {
  const files = (del: string) =>
    repo({
      'deploy/overlays/prod/kustomization.yaml': `resources:\n  - ../../base\npatches:\n  - path: agent.yaml\n  - patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata:\n        name: api\n      $patch: ${del}\n`,
      'deploy/overlays/prod/agent.yaml': agentPatch('/server'),
    });
  assert.equal((await lintFiles(files('delete'), rules)).diagnostics, [], 'the patched Deployment is deleted');
  assert.equal((await lintFiles(files('merge'), rules)).diagnostics.map((d) => d.ruleId), ['target-exe-mismatch'], 'merge is the default');
  assert.equal((await lintFiles(files('replace'), rules)).diagnostics, [], 'replace is not applied: no variant');
});

// ---- namePrefix / nameSuffix

test('namePrefix renames the Instrumentation but not the inject-go annotation naming it: the webhook finds none', async () => {
  const { operatorInstrumentationNotFound } = await import('../../rules/operator-instrumentation-not-found.ts');
  const annotated = (name: string) =>
    baseDeploy().replace('    metadata:\n      labels: {app: api}\n', `    metadata:\n      labels: {app: api}\n      annotations:\n        instrumentation.opentelemetry.io/inject-go: "${name}"\n`);
  const inst = 'apiVersion: opentelemetry.io/v1alpha1\nkind: Instrumentation\nmetadata:\n  name: go\nspec:\n  exporter:\n    endpoint: http://collector:4318\n';
  const files = (overlay: string, name = 'go', extra: Record<string, string> = {}) => ({
    ...repo({ 'deploy/base/kustomization.yaml': 'resources:\n  - deploy.yaml\n  - instrumentation.yaml\n', 'deploy/base/instrumentation.yaml': inst, 'deploy/overlays/staging/kustomization.yaml': overlay, ...extra }, annotated(name)),
  });
  const check = async (f: Record<string, string>) => (await lintFiles(f, [operatorInstrumentationNotFound])).diagnostics;

  const overlay = 'namespace: staging\nnamePrefix: staging-\nresources:\n  - ../../base\n';
  const f = files(overlay);
  const d = await check(f);
  const r = d[0]!.range;
  assert.equal({ file: r.file, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn }, span(f, 'deploy/base/deploy.yaml', '"go"'));
  assert.equal(
    d[0]!.message,
    'inject-go names Instrumentation "go", but the kustomize build of deploy/overlays/staging/kustomization.yaml renames it "staging-go" (deploy/overlays/staging/kustomization.yaml:2). kustomize rewrites name references such as a pod\'s ConfigMap names, not annotations: the webhook finds no Instrumentation "go" in namespace staging, logs "failed to select an OpenTelemetry Instrumentation instance for this pod" and lets the pod start without the agent. Set inject-go to "staging-go" in a patch of deploy/overlays/staging/kustomization.yaml, or to "true" if it is the only Instrumentation in namespace staging.',
  );
  assert.equal(d[0]!.fix, undefined, 'the annotation is shared with the base: no fix');
  assert.equal(
    d[0]!.related.map((r) => `${r.range.file}:${r.range.line}:${r.range.column} ${r.message}`),
    [
      'deploy/base/instrumentation.yaml:4:9 Instrumentation go, renamed staging-go in this build',
      'deploy/overlays/staging/kustomization.yaml:2:13 namePrefix "staging-" (deploy/overlays/staging/kustomization.yaml) renames Instrumentation go to staging-go',
    ],
  );

  // A prefix in the base and a suffix in the overlay: both renamings are the evidence.
  const nested = files('nameSuffix: -v2\nresources:\n  - ../../base\n', 'go', { 'deploy/base/kustomization.yaml': 'namePrefix: shop-\nresources:\n  - deploy.yaml\n  - instrumentation.yaml\n' });
  const n = await check(nested);
  assert.equal(n.length, 2, 'the base build renames it too');
  assert.ok(n.every((x) => x.message.includes('renames it "shop-go')), n.map((x) => x.message).join('\n'));
  assert.equal(n.find((x) => x.message.includes('"shop-go-v2"'))!.related.length, 3);

  // What works: inject-go "true", the new name set by a patch of the overlay, transformer configurations that may
  // make the annotation a name reference.
  assert.equal(await check(files(overlay, 'true')), []);
  const patched = files(
    `${overlay}patches:\n  - patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata:\n        name: api\n      spec:\n        template:\n          metadata:\n            annotations:\n              instrumentation.opentelemetry.io/inject-go: staging-go\n`,
  );
  assert.equal(await check(patched), [], 'the patched variant finds staging-go, and the base its own go');
  assert.equal(await check(files(`${overlay}configurations:\n  - name-references.yaml\n`)), []);
});

// keda's config/manager with an otel/ overlay: `--print-targets otel` is the first thing a kustomize user runs.
test('--print-targets on an overlay lists the variants its kustomization builds, also one whose values all come from the base', async () => {
  const { lintRepo } = await import('../helpers/rule-tester.ts');
  const { targetReport } = await import('../../src/engine/targets.ts');
  const files = repo({
    'deploy/overlays/instrumented/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: agent.yaml\n',
    'deploy/overlays/instrumented/agent.yaml': agentPatch('/server'),
    'deploy/overlays/tagged/kustomization.yaml': 'resources:\n  - ../instrumented\nimages:\n  - name: ghcr.io/acme/api\n    newTag: 1.1.0\n',
    'deploy/overlays/plain/kustomization.yaml': 'resources:\n  - ../../base\ncommonAnnotations:\n  team: shop\n',
  });
  const listed = async (dir: string) => {
    const r = await lintRepo(files, [], [dir]);
    return targetReport(r.model, (p) => r.requested.has(p)).map((t) => `${t.range.file}:${t.range.line} ${t.image} ${t.exe} ${t.targets.map((x) => x.value).join(',')}`);
  };
  assert.equal(await listed('deploy/overlays/instrumented'), ['deploy/base/deploy.yaml:15 ghcr.io/acme/api:1.0.0 /app/server /server']);
  assert.equal(await listed('deploy/overlays/tagged'), ['deploy/base/deploy.yaml:15 ghcr.io/acme/api:1.1.0 /app/server /server']);
  assert.equal(await listed('deploy/overlays/plain'), ['deploy/base/deploy.yaml:15 ghcr.io/acme/api:1.0.0 /app/server ']);
});

test.run();
