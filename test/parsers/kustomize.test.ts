import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyName } from '../../src/discover/classify.ts';
import { LineIndex } from '../../src/model/source.ts';
import type { Range, SourceFile } from '../../src/model/source.ts';
import { parseKustomization } from '../../src/parsers/kustomize.ts';

function sf(text: string, path = 'deploy/overlays/prod/kustomization.yaml'): SourceFile {
  return { path, absPath: `/r/${path}`, text, kind: 'kustomize', requested: true, lines: new LineIndex(text) };
}
const pos = (r: Range) => [r.line, r.column, r.endLine, r.endColumn];

test('kustomization file names', () => {
  assert.is(classifyName('overlays/prod/kustomization.yaml'), 'kustomize');
  assert.is(classifyName('overlays/prod/kustomization.yml'), 'kustomize');
  assert.is(classifyName('overlays/prod/Kustomization'), 'kustomize');
  assert.is(classifyName('overlays/prod/Kustomization.yaml'), 'yaml', 'kustomize reads only the three names');
});

test('resources (files, directories, deprecated bases), remote ones left out', () => {
  const text = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
  - ./extra/configmap.yaml
  - https://github.com/acme/deploy//base?ref=v1
  - github.com/acme/other/base?ref=main
bases:
  - ../shared/
`;
  const k = parseKustomization(sf(text));
  assert.equal(k.resources.map((r) => r.path), ['deploy/base', 'deploy/overlays/prod/extra/configmap.yaml', 'deploy/overlays/shared']);
  assert.equal(pos(k.resources[0]!.range), [4, 5, 4, 15]);
  assert.equal(k.unsupported, []);
  assert.equal(k.problems, []);
});

test('patches: files with or without a target (kind, name or name pattern, label selector), inline patches', () => {
  const text = `resources: [../../base]
patches:
  - path: agent.yaml
  - path: target.yaml
    target:
      kind: Deployment
      name: api
  - patch: |-
      - op: add
        path: /spec/replicas
        value: 2
    target:
      kind: Deployment
  - path: by-label.yaml
    target:
      labelSelector: app=api
  - path: by-regex.yaml
    target:
      name: api-.*
patchesStrategicMerge:
  - legacy.yaml
  - |-
    apiVersion: apps/v1
    kind: Deployment
`;
  const k = parseKustomization(sf(text));
  assert.equal(
    k.patches.map((p) => [p.file ?? null, p.target ?? null, p.unsupported ?? null]),
    [
      ['deploy/overlays/prod/agent.yaml', null, null],
      ['deploy/overlays/prod/target.yaml', { kind: 'Deployment', name: 'api' }, null],
      [null, { kind: 'Deployment' }, null],
      ['deploy/overlays/prod/by-label.yaml', { labelSelector: [{ key: 'app', op: '=', values: ['api'] }] }, null],
      ['deploy/overlays/prod/by-regex.yaml', { name: 'api-.*' }, null],
      ['deploy/overlays/prod/legacy.yaml', null, null],
      [null, null, null],
    ],
  );
  assert.equal(k.patches[2]!.ops!.map((o) => [o.op, o.path, o.value?.type ?? null]), [['add', ['spec', 'replicas'], 'other']]);
  assert.equal(k.patches[6]!.objects!.map((o) => o.kind), ['Deployment']);
});

test('an inline strategic-merge patch is read in place: every range is in the kustomization file', () => {
  const text = `resources: [../../base]
patches:
  - patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
      spec:
        template:
          spec:
            containers:
              - name: otel-go-agent
                env:
                  - name: OTEL_GO_AUTO_TARGET_EXE
                    value: /server  # a comment in the patch
    target:
      name: api
`;
  const k = parseKustomization(sf(text));
  assert.equal(k.problems, []);
  const [p] = k.patches;
  assert.is(p!.unsupported, undefined);
  assert.equal(p!.target, { name: 'api' });
  const w = p!.objects![0]!;
  assert.is(w.type, 'workload');
  if (w.type !== 'workload') return;
  const env = w.pod.containers[0]!.env[0]!;
  assert.is(env.value!.value, '/server');
  assert.equal(pos(env.value!.range), [15, 28, 15, 35]);
  assert.is(env.value!.range.file, 'deploy/overlays/prod/kustomization.yaml');
  assert.equal(pos(w.pod.containers[0]!.name!.range), [12, 23, 12, 36]);
});

test('an inline JSON 6902 patch: operations, what each value is read as, exact ranges; CRLF line ends', () => {
  const text = `patches:
  - target:
      kind: Deployment
      name: api
    patch: |
      - op: add
        path: /spec/template/spec/containers/-
        value:
          name: otel-go-agent
          env: [{name: OTEL_GO_AUTO_TARGET_EXE, value: /app/server}]
      - op: replace
        path: /spec/template/spec/containers/0/env/1/value
        value: /server
      - op: add
        path: /spec/template/metadata/annotations/instrumentation.opentelemetry.io~1inject-go
        value: "true"
      - op: add
        path: /spec/template/spec/shareProcessNamespace
        value: true
      - op: remove
        path: /spec/template/spec/containers/0/command
      - op: move
        from: /spec/a
        path: /spec/b
`.replaceAll('\n', '\r\n');
  const k = parseKustomization(sf(text));
  assert.equal(k.problems, []);
  const ops = k.patches[0]!.ops!;
  assert.equal(
    ops.map((o) => [o.op, o.path.join('/'), o.value?.type ?? null, o.from?.join('/') ?? null]),
    [
      ['add', 'spec/template/spec/containers/-', 'container', null],
      ['replace', 'spec/template/spec/containers/0/env/1/value', 'string', null],
      ['add', 'spec/template/metadata/annotations/instrumentation.opentelemetry.io/inject-go', 'string', null],
      ['add', 'spec/template/spec/shareProcessNamespace', 'bool', null],
      ['remove', 'spec/template/spec/containers/0/command', null, null],
      ['move', 'spec/b', null, 'spec/a'],
    ],
  );
  const added = ops[0]!.value!;
  assert.is(added.type, 'container');
  if (added.type !== 'container') return;
  assert.is(added.container.env[0]!.value!.value, '/app/server');
  assert.equal(pos(added.container.env[0]!.value!.range), [10, 56, 10, 67]);
  assert.equal(pos(ops[1]!.range), [11, 9, 13, 23]);
});

test('patchesJson6902: a target and a file of operations, or inline; without a target it is not applied', () => {
  const text = `patchesJson6902:
  - target: {group: apps, version: v1, kind: Deployment, name: api}
    path: ops.yaml
  - target: {kind: Deployment, name: api}
    patch: |-
      - op: remove
        path: /spec/template/spec/hostPID
  - path: no-target.yaml
  - target: {kind: Deployment, name: api}
    patch: |-
      apiVersion: apps/v1
      kind: Deployment
`;
  const k = parseKustomization(sf(text));
  assert.equal(
    k.patches.map((p) => [p.file ?? null, p.json6902 ?? null, p.ops?.length ?? null, p.unsupported ?? null]),
    [
      ['deploy/overlays/prod/ops.yaml', true, null, null],
      [null, true, 1, null],
      ['deploy/overlays/prod/no-target.yaml', true, null, 'JSON 6902 operations without a target'],
      [null, true, null, 'an inline patch that is not a list of JSON 6902 operations'],
    ],
  );
  assert.equal(k.unsupported, []);
});

test('inline patches that do not map onto the file line for line are not applied', () => {
  const k = parseKustomization(
    sf(`patches:
  - patch: "apiVersion: apps/v1\\nkind: Deployment\\n"
  - patch: >
      apiVersion: apps/v1
      kind: Deployment
  - patch: |2
        apiVersion: apps/v1
  - patch: |
      apiVersion: apps/v1
      kind: Deployment
      ---
      apiVersion: apps/v1
      kind: StatefulSet
  - patch: |
      metadata:
        name: api
  - patch: |
      kind: [broken
`),
  );
  assert.equal(k.patches.map((p) => p.unsupported), [
    'an inline patch that is not a literal block (`patch: |`)',
    'an inline patch that is not a literal block (`patch: |`)',
    'an inline patch with an explicit indentation',
    'an inline patch with several YAML documents',
    'an inline patch without apiVersion and kind',
    'an inline patch with a syntax error',
  ]);
  // yaml reports the unterminated flow sequence where the text ends.
  assert.equal(k.problems.map((p) => [p.severity, p.range.line]), [['error', 19]]);
  // A patch of another kind (a Service, a ServiceAccount) is read, and changes no workload.
  const svc = parseKustomization(sf('patches:\n  - patch: |-\n      apiVersion: v1\n      kind: Service\n      metadata:\n        name: api\n      $patch: delete\n'));
  assert.equal(svc.patches.map((p) => [p.unsupported ?? null, p.objects?.map((o) => o.kind)]), [[null, ['Service']]]);
});

test('commonAnnotations are read; keys the linter does not apply are recorded', () => {
  const text = `resources: [deploy.yaml]
commonAnnotations:
  instrumentation.opentelemetry.io/inject-go: "true"
components: [../../components/otel]
patchesJson6902:
  - target: {kind: Deployment, name: api}
    path: ops.yaml
replicas:
  - name: api
    count: 3
`;
  const k = parseKustomization(sf(text));
  assert.equal(k.commonAnnotations.map((a) => [a.key.value, a.value.value]), [['instrumentation.opentelemetry.io/inject-go', 'true']]);
  assert.equal(k.unsupported.map((u) => u.key), []);
  assert.equal(k.components.map((c) => [c.path, pos(c.range)]), [['deploy/components/otel', [4, 14, 4, 35]]]);
  assert.is(k.component, false);
  assert.equal(k.patches.map((p) => [p.file, p.json6902, p.target]), [['deploy/overlays/prod/ops.yaml', true, { kind: 'Deployment', name: 'api' }]]);
});

test('images: name, newName, newTag (a number stays as written), digest', () => {
  const k = parseKustomization(sf('images:\n  - name: api\n    newName: registry.example.com/shop/api\n    newTag: 1.10\n  - name: worker\n    digest: sha256:abc\n  - newTag: x\n'));
  assert.equal(
    k.images.map((i) => [i.name.value, i.newName?.value ?? null, i.newTag?.value ?? null, i.digest?.value ?? null]),
    [
      ['api', 'registry.example.com/shop/api', '1.10', null],
      ['worker', null, null, 'sha256:abc'],
    ],
  );
});

test('namePrefix, nameSuffix (exact ranges; empty is none) and where transformer configurations are', () => {
  const k = parseKustomization(sf('namePrefix: staging-\nnameSuffix: "-v2"\nconfigurations:\n  - refs.yaml\n'));
  assert.equal([k.namePrefix?.value, pos(k.namePrefix!.range)], ['staging-', [1, 13, 1, 21]]);
  assert.equal([k.nameSuffix?.value, pos(k.nameSuffix!.range)], ['-v2', [2, 13, 2, 18]]);
  assert.equal(pos(k.transformerConfigs!), [3, 1, 3, 15]);
  const none = parseKustomization(sf('namePrefix: ""\nnameSuffix:\nconfigurations: []\n'));
  assert.equal([none.namePrefix, none.nameSuffix], [undefined, undefined]);
  assert.equal(pos(none.transformerConfigs!), [3, 1, 3, 15], 'an empty list is still written: conservative');
  assert.equal(parseKustomization(sf('configurations:\n')).transformerConfigs, undefined);
});

test('a broken kustomization is a problem, never a throw', () => {
  const k = parseKustomization(sf('resources: [a\npatches: {x\n'));
  assert.ok(k.problems.some((p) => p.severity === 'error'));
  assert.equal(k.unsupported.map((u) => u.key), ['a syntax error'], 'no variant is built from what was recovered');
});

test('replacements: harmless when every target selects a kind the model does not read (kubebuilder cert-manager)', () => {
  const certManager = `resources: [../crd, ../webhook]
replacements:
  - source: {kind: Certificate, group: cert-manager.io, version: v1, name: serving-cert, fieldPath: .metadata.namespace}
    targets:
      - select: {kind: ValidatingWebhookConfiguration}
        fieldPaths: [".metadata.annotations.[cert-manager.io/inject-ca-from]"]
        options: {delimiter: /, index: 0, create: true}
      - select:
          kind: CustomResourceDefinition
        fieldPaths: [".metadata.annotations.[cert-manager.io/inject-ca-from]"]
  - source: {kind: Service, version: v1, name: webhook-service, fieldPath: .metadata.name}
    targets:
      - select: {kind: Certificate, group: cert-manager.io, version: v1}
        fieldPaths: [.spec.dnsNames.0]
`;
  assert.equal(parseKustomization(sf(certManager)).unsupported, []);
  const into = (target: string) => parseKustomization(sf(`replacements:\n  - source: {kind: ConfigMap, name: env, fieldPath: data.tag}\n    targets:\n${target}`)).unsupported.map((u) => [u.key, u.range.line]);
  assert.equal(into('      - select: {kind: Deployment, name: api}\n        fieldPaths: [spec.template.spec.containers.0.image]\n'), [['replacements into Deployment', 4]]);
  assert.equal(into('      - select: {kind: ConfigMap}\n        fieldPaths: [data.x]\n'), [['replacements into ConfigMap', 4]]);
  assert.equal(into('      - select: {name: api}\n        fieldPaths: [metadata.labels.x]\n'), [['replacements into every kind', 4]], 'no kind selects every kind');
  assert.equal(into('      - select: {kind: "", name: api}\n        fieldPaths: [metadata.labels.x]\n'), [['replacements into every kind', 4]], 'nor does an empty one');
  assert.equal(parseKustomization(sf('replacements:\n  - path: replacements/tag.yaml\n')).unsupported.map((u) => [u.key, u.range.line]), [['replacements', 2]], 'a file is not followed');
  assert.equal(parseKustomization(sf('replacements: {source: x}\n')).unsupported.map((u) => u.key), ['replacements']);
  assert.equal(parseKustomization(sf('replacements:\n')).unsupported, []);
});

test('a component: kind Component; components listed in order, a remote one is not applied', () => {
  const c = parseKustomization(sf('apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [instrumentation.yaml]\n', 'deploy/components/otel/kustomization.yaml'));
  assert.is(c.component, true);
  assert.equal(c.resources.map((r) => r.path), ['deploy/components/otel/instrumentation.yaml']);
  const k = parseKustomization(sf('resources: [../../base]\ncomponents:\n  - ../../components/otel/\n  - ../../components/tag\n  - https://github.com/acme/components//otel?ref=v1\n'));
  assert.equal(k.components.map((x) => x.path), ['deploy/components/otel', 'deploy/components/tag']);
  assert.equal(k.unsupported.map((u) => [u.key, u.range.line]), [['a component outside the repository', 5]]);
});

test('configMapGenerator: name, behavior, env files, literals (exact ranges, quotes removed), files keys', () => {
  const text = `configMapGenerator:
  - name: otel-agent
    env: legacy.env
    envs:
      - otel.env
    literals:
      - OTEL_GO_AUTO_TARGET_EXE=/app/server
      - "OTEL_SERVICE_NAME='api'"
      - NO_VALUE
    files:
      - config.yaml
      - settings=conf/app.properties
  - name: extra
    behavior: merge
    literals: [A=1]
  - name: weird
    behavior: upsert
`;
  const k = parseKustomization(sf(text));
  const [g, extra] = k.configMapGenerators;
  assert.is(g!.name.value, 'otel-agent');
  assert.is(g!.behavior, 'create');
  assert.equal(g!.envs.map((e) => e.path), ['deploy/overlays/prod/legacy.env', 'deploy/overlays/prod/otel.env']);
  assert.equal(g!.literals.map((l) => [l.key.value, l.value.value, l.value.via?.edit]), [
    ['OTEL_GO_AUTO_TARGET_EXE', '/app/server', 'raw'],
    ['OTEL_SERVICE_NAME', 'api', 'none'],
  ]);
  assert.equal(pos(g!.literals[0]!.value.range), [7, 33, 7, 44]);
  assert.equal(pos(g!.literals[0]!.key.range), [7, 9, 7, 32]);
  assert.equal(g!.fileKeys.map((f) => f.value), ['config.yaml', 'settings']);
  assert.equal(k.problems.map((p) => [p.severity, p.range.line]), [['error', 9]], 'a literal without = is an error');
  assert.is(extra!.behavior, 'merge');
  // kustomize fails on both: no variant is built from this kustomization.
  assert.equal(k.unsupported.map((u) => [u.key, u.range.line]), [
    ['a configMapGenerator behavior "upsert"', 16],
    ['a syntax error', 9],
  ]);
});

test('label selectors: equality, inequality, set-based, existence; what is not one', async () => {
  const { parseSelector } = await import('../../src/parsers/kustomize.ts');
  assert.equal(parseSelector('app=api, tier!=db,env in (prod, staging),track notin (canary),owner,!legacy,x==y'), [
    { key: 'app', op: '=', values: ['api'] },
    { key: 'tier', op: '!=', values: ['db'] },
    { key: 'env', op: 'in', values: ['prod', 'staging'] },
    { key: 'track', op: 'notin', values: ['canary'] },
    { key: 'owner', op: 'exists', values: [] },
    { key: 'legacy', op: '!exists', values: [] },
    { key: 'x', op: '=', values: ['y'] },
  ]);
  assert.equal(parseSelector(''), []);
  assert.is(parseSelector('env within (a)'), undefined);
  assert.is(parseSelector('a b'), undefined);
  assert.is(parseSelector('a,,b'), undefined);
  assert.is(parseSelector('env in (a))'), undefined);
});

test.run();
