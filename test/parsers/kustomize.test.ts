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

test('patches: files with or without a kind/name target; inline patches and other selectors are not applied', () => {
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
      [null, { kind: 'Deployment' }, 'an inline patch'],
      ['deploy/overlays/prod/by-label.yaml', {}, 'a target selected by labelSelector'],
      ['deploy/overlays/prod/by-regex.yaml', { name: 'api-.*' }, 'a target name pattern'],
      ['deploy/overlays/prod/legacy.yaml', null, null],
      [null, null, 'an inline patch'],
    ],
  );
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
  assert.equal(k.unsupported.map((u) => u.key), ['components', 'patchesJson6902']);
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

test('a broken kustomization is a problem, never a throw', () => {
  const k = parseKustomization(sf('resources: [a\npatches: {x\n'));
  assert.ok(k.problems.some((p) => p.severity === 'error'));
  assert.equal(k.unsupported.map((u) => u.key), ['a syntax error'], 'no variant is built from what was recovered');
});

test.run();
