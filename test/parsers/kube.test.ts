// src/parsers/kube.ts: Kubernetes objects with exact ranges, List, CronJob, Instrumentation, Helm, bad values.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/model/source.ts';
import type { Range, SourceFile } from '../../src/model/source.ts';
import type { ConfigMap, Instrumentation, KubeObject, Workload } from '../../src/model/workload.ts';
import { CONTAINER_FIELDS, parseKube, patchValueShape, splitPointer } from '../../src/parsers/kube.ts';
import { parseByKind } from '../../src/parsers/by-kind.ts';

function sf(text: string, path = 'k8s/app.yaml'): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'yaml', requested: true, lines: new LineIndex(text) };
}
const pos = (r: Range | undefined) => (r ? [r.line, r.column, r.endLine, r.endColumn] : undefined);
const slice = (text: string, r: Range | undefined) => (r ? text.slice(r.start, r.end) : undefined);
const workload = (o: KubeObject | undefined): Workload => {
  assert.is(o?.type, 'workload');
  return o as Workload;
};

const DEPLOYMENT = `# otel-target-lint-disable-next-line agent-not-privileged -- reviewed
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  annotations:
    instrumentation.opentelemetry.io/inject-go: "true"
spec:
  template:
    metadata:
      labels: {app: api}
      annotations:
        instrumentation.opentelemetry.io/otel-go-auto-target-exe: "/app/server"
    spec:
      shareProcessNamespace: true
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
      initContainers:
        - name: migrate
          image: api:1
          command: ["/app/migrate"]
      containers:
        - name: api
          image: "registry.example.com/api:1.2"
          command:
            - /app/server
          args: ["--port", "8080"]
          env:
            - name: OTEL_GO_AUTO_TARGET_EXE
              value: /app/server
            - name: FROM_CM
              valueFrom:
                configMapKeyRef:
                  name: settings
                  key: exe
                  optional: true
            - name: FROM_SECRET
              valueFrom: {secretKeyRef: {name: s, key: k}}
            - name: POD
              valueFrom: {fieldRef: {fieldPath: metadata.name}}
          envFrom:
            - configMapRef: {name: common}
              prefix: APP_
            - secretRef: {name: creds}
        - name: agent
          image: otel/autoinstrumentation-go:v0.24.0
          securityContext:
            privileged: true
            runAsUser: 0
            capabilities:
              add: [SYS_PTRACE, BPF]
          shareProcessNamespace: true
`;

test('Deployment: object, pod template annotations, pod spec, containers with exact ranges', () => {
  const kf = parseKube(sf(DEPLOYMENT), { helm: false });
  assert.equal(kf.problems, []);
  assert.is(kf.helm, false);
  assert.equal(
    kf.directives.map((d) => [d.kind, d.rules, d.reason, d.targetLine]),
    [['disable-next-line', ['agent-not-privileged'], 'reviewed', 2]],
  );
  assert.is(kf.objects.length, 1);
  const w = workload(kf.objects[0]);
  const t = DEPLOYMENT;
  assert.equal(
    [w.kind, w.apiVersion, w.name?.value, w.namespace?.value, w.docIndex, w.file],
    ['Deployment', 'apps/v1', 'api', 'shop', 0, 'k8s/app.yaml'],
  );
  assert.equal(pos(w.kindRange), [3, 7, 3, 17]);
  assert.equal(pos(w.range), [2, 1, 54, 38]);
  // Object annotations vs pod template annotations
  assert.equal(w.annotations.entries.map((e) => [e.key.value, e.value.value, ...pos(e.value.range)!]), [
    ['instrumentation.opentelemetry.io/inject-go', 'true', 8, 49, 8, 55],
  ]);
  assert.equal(pos(w.annotations.range), [8, 5, 8, 55]);
  assert.equal(pos(w.annotations.keyRange), [7, 3, 7, 14]);
  assert.equal(
    w.podAnnotations.entries.map((e) => [e.key.value, e.value.value, ...pos(e.key.range)!, slice(t, e.value.range)]),
    [['instrumentation.opentelemetry.io/otel-go-auto-target-exe', '/app/server', 14, 9, 14, 65, '"/app/server"']],
  );
  assert.equal(pos(w.podMetadataRange), [12, 7, 14, 80]);
  // Pod spec
  const pod = w.pod;
  assert.equal(pos(pod.keyRange), [15, 5, 15, 9]);
  assert.equal(pos(pod.range), [16, 7, 54, 38]);
  assert.equal([pod.shareProcessNamespace?.value, ...pos(pod.shareProcessNamespace?.range)!], [true, 16, 30, 16, 34]);
  assert.equal(pos(pod.shareProcessNamespace?.keyRange), [16, 7, 16, 28]);
  assert.is(pod.hostPID, undefined);
  assert.equal([pod.securityContext?.runAsNonRoot?.value, pod.securityContext?.runAsUser?.value], [true, 1000]);
  assert.equal(pos(pod.securityContext?.keyRange), [17, 7, 17, 22]);
  assert.equal(pos(pod.securityContext?.range), [18, 9, 19, 24]);
  // init container
  assert.equal(
    pod.initContainers.map((c) => [c.name?.value, c.init, c.index, c.command?.items.map((i) => i.value)]),
    [['migrate', true, 0, ['/app/migrate']]],
  );
  // app container
  const [app, agent] = pod.containers;
  assert.ok(app && agent);
  assert.equal([app.name?.value, app.image?.value, app.init, app.index], ['api', 'registry.example.com/api:1.2', false, 0]);
  assert.equal(pos(app.range), [25, 11, 46, 39]);
  assert.equal(pos(app.image?.range), [26, 18, 26, 48]);
  assert.equal(pos(app.image?.keyRange), [26, 11, 26, 16]);
  assert.equal(app.command?.items.map((i) => [i.value, ...pos(i.range)!]), [['/app/server', 28, 15, 28, 26]]);
  assert.equal(pos(app.command?.range), [28, 13, 28, 26]);
  assert.equal(pos(app.command?.keyRange), [27, 11, 27, 18]);
  assert.equal(app.args?.items.map((i) => [i.value, slice(t, i.range)]), [['--port', '"--port"'], ['8080', '"8080"']]);
  assert.equal(pos(app.args?.range), [29, 17, 29, 35]);
  assert.equal(app.strayKeys, []);
  // env
  const [exe, cm, sec, podName] = app.env;
  assert.equal([exe?.name.value, exe?.value?.value, ...pos(exe?.value?.range)!, ...pos(exe?.range)!], [
    'OTEL_GO_AUTO_TARGET_EXE', '/app/server', 32, 22, 32, 33, 31, 15, 32, 33,
  ]);
  assert.equal(pos(exe?.name.range), [31, 21, 31, 44]);
  assert.equal(pos(exe?.name.keyRange), [31, 15, 31, 19]);
  const vf = cm?.valueFrom;
  assert.ok(vf && vf.kind === 'configMapKeyRef');
  assert.equal([vf.name.value, vf.key.value, vf.optional, ...pos(vf.key.range)!, ...pos(vf.range)!], [
    'settings', 'exe', true, 37, 24, 37, 27, 35, 17, 38, 33,
  ]);
  assert.is(cm?.value, undefined);
  const sv = sec?.valueFrom;
  assert.ok(sv && sv.kind === 'secretKeyRef');
  assert.equal([sv.name.value, sv.key.value, sv.optional], ['s', 'k', undefined]);
  assert.equal([podName?.valueFrom?.kind, ...pos(podName?.valueFrom?.range)!], ['other', 42, 26, 42, 64]);
  assert.equal(
    app.envFrom.map((e) => [e.kind, e.name.value, e.prefix?.value, ...pos(e.range)!]),
    [
      ['configMapRef', 'common', 'APP_', 44, 15, 45, 27],
      ['secretRef', 'creds', undefined, 46, 15, 46, 39],
    ],
  );
  // agent container
  const sc = agent.securityContext;
  assert.equal([sc?.privileged?.value, sc?.runAsUser?.value, sc?.capabilitiesAdd?.map((c) => c.value)], [true, 0, ['SYS_PTRACE', 'BPF']]);
  assert.equal(pos(sc?.privileged?.range), [50, 25, 50, 29]);
  assert.equal(pos(sc?.runAsUser?.range), [51, 24, 51, 25]);
  assert.equal(pos(sc?.keyRange), [49, 11, 49, 26]);
  assert.equal(agent.strayKeys.map((k) => [k.key, k.value.value, ...pos(k.keyRange)!, ...pos(k.value.range)!]), [
    ['shareProcessNamespace', true, 54, 11, 54, 32, 54, 34, 54, 38],
  ]);
});

test('CONTAINER_FIELDS is the core/v1 Container field list', () => {
  assert.is(CONTAINER_FIELDS.size, 25);
  for (const f of ['name', 'image', 'env', 'securityContext', 'restartPolicy', 'resizePolicy', 'stdinOnce', 'tty']) assert.ok(CONTAINER_FIELDS.has(f), f);
  for (const f of ['shareProcessNamespace', 'hostPID', 'privileged', 'containers', 'environment']) assert.not.ok(CONTAINER_FIELDS.has(f), f);
});

test('kind: List items are objects; CronJob pod template at spec.jobTemplate.spec.template', () => {
  const text = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Namespace
    metadata:
      name: shop
      annotations: {instrumentation.opentelemetry.io/inject-go: "true"}
  - apiVersion: batch/v1
    kind: CronJob
    metadata: {name: nightly}
    spec:
      schedule: "0 0 * * *"
      jobTemplate:
        spec:
          template:
            metadata:
              annotations:
                a: b
            spec:
              containers:
                - name: job
                  image: job:1
`;
  const kf = parseKube(sf(text), { helm: false });
  assert.equal(kf.problems, []);
  assert.equal(kf.objects.map((o) => [o.type, o.kind, o.name?.value, o.docIndex, ...pos(o.range)!, ...pos(o.kindRange)!]), [
    ['namespace', 'Namespace', 'shop', 0, 4, 5, 8, 72, 5, 11, 5, 20],
    ['workload', 'CronJob', 'nightly', 0, 9, 5, 23, 31, 10, 11, 10, 18],
  ]);
  assert.equal(kf.objects[0]!.annotations.entries.map((e) => e.value.value), ['true']);
  const cj = workload(kf.objects[1]);
  assert.equal(cj.podAnnotations.entries.map((e) => [e.key.value, e.value.value]), [['a', 'b']]);
  assert.equal(cj.pod.containers.map((c) => [c.name?.value, c.image?.value, ...pos(c.image?.range)!]), [['job', 'job:1', 23, 26, 23, 31]]);
  assert.equal(pos(cj.pod.keyRange), [20, 13, 20, 17]);
  assert.equal(pos(cj.podMetadataRange), [18, 15, 19, 21]);
});

test('workload kinds by apiVersion: pod template paths, legacy groups, Rollout; unknown groups are other', () => {
  const doc = (api: string, kind: string, podSpecYaml: string) => `apiVersion: ${api}\nkind: ${kind}\nmetadata: {name: x}\n${podSpecYaml}`;
  const tmpl = 'spec:\n  template:\n    spec:\n      containers: [{name: c, image: i}]\n';
  const rows: [string, string, string, string, number][] = [
    ['v1', 'Pod', 'spec:\n  containers: [{name: c, image: i}]\n', 'workload', 1],
    ['apps/v1', 'StatefulSet', tmpl, 'workload', 1],
    ['apps/v1', 'DaemonSet', tmpl, 'workload', 1],
    ['apps/v1', 'ReplicaSet', tmpl, 'workload', 1],
    ['apps/v1beta1', 'Deployment', tmpl, 'workload', 1],
    ['apps/v1beta2', 'DaemonSet', tmpl, 'workload', 1],
    ['extensions/v1beta1', 'Deployment', tmpl, 'workload', 1],
    ['batch/v1', 'Job', tmpl, 'workload', 1],
    ['batch/v1beta1', 'CronJob', 'spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: c, image: i}]\n', 'workload', 1],
    ['v1', 'ReplicationController', tmpl, 'workload', 1],
    ['argoproj.io/v1alpha1', 'Rollout', tmpl, 'workload', 1],
    ['batch.volcano.sh/v1alpha1', 'Job', tmpl, 'other', 0],
    ['v1', 'Service', 'spec: {}\n', 'other', 0],
    ['kustomize.config.k8s.io/v1beta1', 'Kustomization', 'resources: []\n', 'other', 0],
  ];
  for (const [api, kind, body, type, containers] of rows) {
    const kf = parseKube(sf(doc(api, kind, body)), { helm: false });
    assert.equal(kf.problems, [], `${api} ${kind}`);
    const o = kf.objects[0]!;
    assert.is(o.type, type, `${api} ${kind}`);
    assert.is(o.type === 'workload' ? o.pod.containers.length : 0, containers, `${api} ${kind}`);
  }
});

test('a Pod reads its own metadata annotations as pod annotations', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {k: v}\nspec:\n  hostPID: on\n  containers: []\n';
  const w = workload(parseKube(sf(text), { helm: false }).objects[0]);
  assert.equal(w.podAnnotations.entries.map((e) => e.value.value), ['v']);
  assert.equal(pos(w.podMetadataRange), [4, 3, 5, 22]);
  assert.equal([w.pod.hostPID?.value, ...pos(w.pod.hostPID?.range)!], [true, 7, 12, 7, 14]);
});

test('annotation range falls back to the metadata mapping when there are no annotations', () => {
  const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\nspec:\n  template:\n    metadata:\n      labels: {a: b}\n    spec: {containers: []}\n';
  const w = workload(parseKube(sf(text), { helm: false }).objects[0]);
  assert.equal([pos(w.annotations.range), w.annotations.keyRange], [[4, 3, 4, 10], undefined]);
  assert.equal(pos(w.podAnnotations.range), [8, 7, 8, 21]);
  const bare = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec: {containers: []}\n';
  const b = workload(parseKube(sf(bare), { helm: false }).objects[0]);
  assert.equal([b.annotations.range, b.podAnnotations.range, b.podMetadataRange], [undefined, undefined, undefined]);
});

test('Instrumentation: go image, go env, env, exporter, sampler, go keys', () => {
  const text = `apiVersion: opentelemetry.io/v1alpha1
kind: Instrumentation
metadata:
  name: go-inst
spec:
  exporter:
    endpoint: http://collector:4318
  sampler:
    type: parentbased_traceidratio
    argument: "0.25"
  env:
    - name: OTEL_GO_AUTO_TARGET_EXE
      value: /app/fallback
  go:
    image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0
    resources: {limits: {cpu: 1}}
    env:
      - name: OTEL_GO_AUTO_TARGET_EXE
        value: /app/server
`;
  const kf = parseKube(sf(text), { helm: false });
  assert.equal(kf.problems, []);
  const inst = kf.objects[0] as Instrumentation;
  assert.is(inst.type, 'instrumentation');
  assert.is(inst.goImage?.value, 'ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0');
  assert.equal(pos(inst.goImage?.range), [15, 12, 15, 98]);
  assert.equal(inst.goEnv.map((e) => [e.name.value, e.value?.value, ...pos(e.value?.range)!]), [['OTEL_GO_AUTO_TARGET_EXE', '/app/server', 19, 16, 19, 27]]);
  assert.equal(inst.env.map((e) => [e.name.value, e.value?.value]), [['OTEL_GO_AUTO_TARGET_EXE', '/app/fallback']]);
  assert.equal([inst.exporterEndpoint?.value, inst.samplerType?.value, inst.samplerArgument?.value], [
    'http://collector:4318', 'parentbased_traceidratio', '0.25',
  ]);
  assert.equal(inst.goKeys.map((k) => [k.key, ...pos(k.keyRange)!]), [
    ['image', 15, 5, 15, 10],
    ['resources', 16, 5, 16, 14],
    ['env', 17, 5, 17, 8],
  ]);
});

test('ConfigMap data with block scalars; unquoted numbers reported', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata:\n  exe: /app/server\n  port: 8080\n  script: |\n    exec /app/server\n';
  const kf = parseKube(sf(text), { helm: false });
  const cm = kf.objects[0] as ConfigMap;
  assert.is(cm.type, 'configmap');
  assert.equal([...cm.data].map(([k, v]) => [k, v.value, ...pos(v.range)!]), [
    ['exe', '/app/server', 5, 8, 5, 19],
    ['port', '8080', 6, 9, 6, 13],
    ['script', 'exec /app/server\n', 7, 11, 8, 21],
  ]);
  assert.equal(kf.problems.map((p) => [p.severity, ...pos(p.range)!]), [['partial', 6, 9, 6, 13]]);
});

test('YAML that is not a manifest yields no objects and no problems', () => {
  for (const text of ['replicaCount: 1\nimage: {repository: x}\n', '', '# only a comment\n', '- a\n- b\n', 'kind: Deployment\n', 'apiVersion: v1\n']) {
    const kf = parseKube(sf(text), { helm: false });
    assert.equal([kf.objects, kf.problems], [[], []], JSON.stringify(text));
  }
});

test('values of the wrong shape never crash: partial problems at the value, the rest is read', () => {
  const text = `apiVersion: apps/v1
kind: Deployment
metadata: [x]
spec:
  template:
    metadata: {annotations: "a=b"}
    spec:
      shareProcessNamespace: "true"
      securityContext: 7
      containers:
        - name: a
          image: [x]
          command: /bin/app
          args: 5
          env: "x"
          envFrom: {a: b}
        - "just a string"
        - name: b
          image: b:1
          env:
            - A=b
            - {value: no-name}
            - name: C
              value: 1
---
apiVersion: v1
kind: Pod
spec:
  containers: 5
  initContainers: {a: b}
`;
  const kf = parseKube(sf(text), { helm: false });
  assert.is(kf.objects.length, 2);
  const w = workload(kf.objects[0]);
  assert.equal(w.pod.containers.map((c) => [c.name?.value, c.image?.value, c.env.length, c.index]), [
    ['a', undefined, 0, 0],
    ['b', 'b:1', 1, 2],
  ]);
  assert.is(w.pod.containers[0]!.command, undefined);
  assert.equal(w.pod.containers[1]!.env[0]!.value?.value, '1');
  assert.is(w.pod.shareProcessNamespace, undefined);
  assert.equal(pos(w.pod.securityContext?.range), [9, 24, 9, 25]);
  assert.equal(workload(kf.objects[1]).pod.containers, []);
  assert.equal(kf.problems.map((p) => [p.message, p.range.line, p.severity]), [
    ['Expected a mapping for metadata, found a list', 3, 'partial'],
    ['Expected a mapping for metadata.annotations, found the string "a=b"', 6, 'partial'],
    ['Expected a boolean for shareProcessNamespace, found the string "true"', 8, 'partial'],
    ['Expected a mapping for the pod securityContext, found the number `7`', 9, 'partial'],
    ['Expected a string for image, found a list', 12, 'partial'],
    ['Expected a list for command, found the string "/bin/app"', 13, 'partial'],
    ['Expected a list for args, found the number `5`', 14, 'partial'],
    ['Expected a list for env, found the string "x"', 15, 'partial'],
    ['Expected a list for envFrom, found a mapping', 16, 'partial'],
    ['Expected a mapping for an item of containers, found the string "just a string"', 17, 'partial'],
    ['Expected a mapping for an env item, found the string "A=b"', 21, 'partial'],
    ['Kubernetes reads unquoted `1` as a number and rejects it where a string is required for the value of C; quote it', 24, 'partial'],
    ['Expected a list for containers, found the number `5`', 29, 'partial'],
    ['Expected a list for initContainers, found a mapping', 30, 'partial'],
  ]);
});

test('broken YAML in one document: the other documents are still objects', () => {
  const text = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Pod\nspec: {containers: [\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n';
  const kf = parseKube(sf(text), { helm: false });
  assert.equal(kf.objects.filter((o) => o.type === 'namespace').map((o) => [o.name?.value, o.docIndex]), [['a', 0], ['b', 2]]);
  assert.ok(kf.problems.length > 0);
  assert.ok(kf.problems.every((p) => p.range.line >= 7 && p.range.line <= 8));
});

const CHART = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.fullname" . }}
  labels:
    {{- include "app.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  template:
    metadata:
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          {{- if .Values.debug }}
          command: ["/dbg"]
          {{- else }}
          command: ["/app/server"]
          {{- end }}
          env:
            {{- toYaml .Values.env | nindent 12 }}
        - name: agent
          image: otel/autoinstrumentation-go:v0.24.0
          env:
            - name: OTEL_GO_AUTO_TARGET_EXE
              value: {{ .Values.targetExe | quote }}
`;

test('Helm template: parses with positions kept; template values unknown; templated parts flagged', () => {
  const kf = parseKube(sf(CHART, 'charts/app/templates/deployment.yaml'), { helm: true });
  assert.equal(kf.problems, []);
  assert.is(kf.helm, true);
  const w = workload(kf.objects[0]);
  assert.equal([w.name?.value, w.name?.unknown, ...pos(w.name?.range)!], ['{{ include "app.fullname" . }}', true, 4, 9, 4, 39]);
  // labels is templated, annotations are not: the object's annotations are known (empty)
  assert.equal([w.annotations.entries, w.annotations.unknown], [[], undefined]);
  // pod annotations come from toYaml: unknown
  assert.equal([w.podAnnotations.entries, w.podAnnotations.unknown, pos(w.podAnnotations.keyRange)], [[], true, [14, 7, 14, 18]]);
  // imagePullSecrets is templated but irrelevant: the pod spec is not flagged
  assert.is(w.pod.templated, undefined);
  const [app, agent] = w.pod.containers;
  assert.equal([app?.name?.unknown, app?.image?.unknown, slice(CHART, app?.image?.range)], [
    true,
    true,
    '"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
  ]);
  // if/else alternatives: the last one, marked unknown
  assert.equal(app?.command?.items.map((i) => [i.value, i.unknown, i.range.line]), [['/app/server', true, 28]]);
  assert.is(app?.templated, true);
  assert.equal(app?.env, []);
  // an action inside a string value makes that value unknown, not the container
  assert.is(agent?.templated, undefined);
  const exe = agent?.env[0]?.value;
  assert.equal([exe?.value, exe?.unknown, ...pos(exe?.range)!], ['{{ .Values.targetExe | quote }}', true, 36, 22, 36, 53]);
});

test('Helm: an include of the whole pod metadata or securityContext makes them unknown/templated', () => {
  const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: x
  {{- include "app.metadata" . | nindent 2 }}
spec:
  template:
    metadata:
      {{- include "app.podMetadata" . | nindent 6 }}
    spec:
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: a
          image: a
`;
  const w = workload(parseKube(sf(text), { helm: true }).objects[0]);
  assert.is(w.annotations.unknown, true);
  assert.is(w.podAnnotations.unknown, true);
  assert.is(w.pod.templated, true);
  assert.is(w.pod.containers[0]!.templated, undefined);
  // The same file without helm: the braces are YAML flow mappings and the file is broken
  const plain = parseKube(sf(text), { helm: false });
  assert.ok(plain.problems.length > 0);
});

test('Helm: an inline action where a mapping or list belongs makes the container / pod spec templated', () => {
  const text = `apiVersion: v1
kind: Pod
metadata:
  annotations: {{ toYaml .Values.podAnnotations }}
spec:
  hostPID: {{ .Values.hostPID }}
  securityContext: {{ toYaml .Values.podSecurityContext }}
  containers:
    - name: a
      image: {{ .Values.image }}
    - name: b
      image: b
      securityContext: {{ toYaml .Values.sc }}
    - name: c
      image: c
      env: {{ toYaml .Values.env | nindent 8 }}
`;
  const kf = parseKube(sf(text), { helm: true });
  assert.equal(kf.problems, []);
  const w = workload(kf.objects[0]);
  assert.equal([w.annotations.unknown, w.podAnnotations.unknown], [true, true]);
  // hostPID is an unknown scalar; the securityContext written by toYaml makes the pod spec templated
  assert.equal([w.pod.hostPID?.unknown, w.pod.securityContext?.runAsUser, w.pod.templated], [true, undefined, true]);
  assert.equal(w.pod.containers.map((c) => [c.name?.value, c.image?.unknown, c.templated]), [
    ['a', true, undefined],
    ['b', undefined, true],
    ['c', undefined, true],
  ]);
});

test('Helm: ConfigMap data and Instrumentation env written by actions are incomplete', () => {
  const text = `apiVersion: v1
kind: ConfigMap
metadata: {name: a}
data:
  known: "1"
  {{- toYaml .Values.extra | nindent 2 }}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: b}
data:
  exe: {{ .Values.exe | quote }}
---
apiVersion: opentelemetry.io/v1alpha1
kind: Instrumentation
metadata: {name: i}
spec:
  go:
    image: {{ .Values.goImage }}
    env:
      {{- toYaml .Values.goEnv | nindent 6 }}
`;
  const kf = parseKube(sf(text), { helm: true });
  assert.equal(kf.problems, []);
  assert.equal(
    kf.objects.map((o) => [o.name?.value, o.incomplete]),
    [['a', true], ['b', undefined], ['i', true]],
  );
  const b = kf.objects[1] as ConfigMap;
  assert.equal([b.data.get('exe')?.unknown, slice(text, b.data.get('exe')?.range)], [true, '{{ .Values.exe | quote }}']);
});

test('garbage input never throws', () => {
  const inputs = ['\u0000\u0001', 'apiVersion: v1\nkind: [Pod]\n', 'apiVersion: v1\nkind: List\nitems: 5\n', 'apiVersion: v1\nkind: List\nitems: [5, {kind: Pod}]\n', '{{{{', ': : :', '&a [*a]'];
  for (const text of inputs) {
    for (const helm of [false, true]) {
      const kf = parseKube(sf(text), { helm });
      assert.ok(Array.isArray(kf.objects) && Array.isArray(kf.problems));
    }
  }
});



test('container restartPolicy: a native sidecar among the init containers', () => {
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: agent
      image: otel/autoinstrumentation-go:v0.24.0
      restartPolicy: Always
    - name: migrate
      image: m
  containers:
    - name: app
      image: a
`;
  const r = parseKube(sf(text), { helm: false });
  const pod = workload(r.objects[0]).pod;
  assert.equal(pod.initContainers.map((c) => [c.name?.value, c.restartPolicy?.value]), [
    ['agent', 'Always'],
    ['migrate', undefined],
  ]);
  assert.equal(pos(pod.initContainers[0]!.restartPolicy?.range), [9, 22, 9, 28]);
  assert.equal(pod.initContainers[0]!.strayKeys, []);
  assert.equal(r.problems, []);
});


test('an unquoted Go template action where a string is expected is a value not known, not a problem', () => {
  // kustomize function templates, cookiecutter manifests ...: `{{ .Image }}` reads as a flow mapping in YAML.
  const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: {{ .Image }}\n';
  const r = parseKube(sf(text, 'templates/deploy.template.yaml'), { helm: false });
  assert.equal(r.problems, []);
  const w = workload(r.objects[0]);
  assert.equal([w.name?.value, w.name?.unknown], ['{{ .Name }}', true]);
  const image = w.pod.containers[0]!.image!;
  assert.equal([image.value, image.unknown, slice(text, image.range)], ['{{ .Image }}', true, '{{ .Image }}']);
  // Where a list or a mapping belongs, too (`env: {{ .Env }}`).
  const lists = parseKube(sf(text.replace('          image: {{ .Image }}\n', '          image: a\n          env: {{ .Env }}\n          securityContext: {{ .SC }}\n')), { helm: false });
  assert.equal(lists.problems, []);
  // A real mapping where a string belongs is still a problem.
  assert.equal(parseKube(sf(text.replace('{{ .Image }}', '{a: b}')), { helm: false }).problems.map((p) => p.message), ['Expected a string for image, found a mapping']);
});
test('a JSON 6902 patch file: its operations, no objects, not read as a compose file; other lists stay nothing', () => {
  const text = `- op: replace
  path: /spec/template/spec/containers/1/env/0/value
  value: /app/server
- {op: add, path: "/spec/template/spec/containers/0/args/-", value: --verbose}
- op: add
  path: /spec/template/spec/initContainers
  value:
    - name: copy-agent
      image: busybox
- op: test
  path: /spec/replicas
  value: 2
- op: add
  path: relative/pointer
  value: x
`;
  const k = parseKube(sf(text, 'deploy/overlays/prod/ops.yaml'), { helm: false });
  assert.equal(k.objects, []);
  assert.equal(k.problems, []);
  assert.equal(
    k.patchOps!.map((o) => [o.op, o.path.join('/'), o.value?.type ?? null]),
    [
      ['replace', 'spec/template/spec/containers/1/env/0/value', 'string'],
      ['add', 'spec/template/spec/containers/0/args/-', 'string'],
      ['add', 'spec/template/spec/initContainers', 'containers'],
      ['test', 'spec/replicas', 'other'],
      ['', '', null],
    ],
    'a pointer that does not start with / is kept as an operation nobody can apply',
  );
  const [first] = k.patchOps!;
  assert.equal(pos(first!.pathRange), [2, 9, 2, 53]);
  assert.equal(slice(text, first!.value?.type === 'string' ? first!.value.scalar.range : undefined), '/app/server');
  const init = k.patchOps![2]!.value;
  assert.ok(init?.type === 'containers' && init.containers[0]!.init && init.containers[0]!.name!.value === 'copy-agent');
  assert.is(parseByKind(sf(text, 'deploy/overlays/prod/ops.yaml')).kind, 'kube');
  // A list that is not all operations is no patch.
  assert.is(parseKube(sf('- op: add\n  path: /a\n- name: x\n'), { helm: false }).patchOps, undefined);
  assert.is(parseKube(sf('- a\n- b\n'), { helm: false }).patchOps, undefined);
});

test('JSON pointers and what their values are read as', () => {
  assert.equal(splitPointer('/metadata/annotations/instrumentation.opentelemetry.io~1inject-go'), ['metadata', 'annotations', 'instrumentation.opentelemetry.io/inject-go']);
  assert.equal(splitPointer('/a~01'), ['a~1'], '~01 is ~1, not /');
  assert.equal(splitPointer(''), []);
  assert.is(splitPointer('spec'), undefined);
  const shape = (p: string) => patchValueShape(splitPointer(p)!);
  assert.equal(
    [
      '/spec/template/spec/containers',
      '/spec/containers/0',
      '/spec/jobTemplate/spec/template/spec/initContainers/-',
      '/spec/template/spec/containers/0/env',
      '/spec/template/spec/containers/0/env/-',
      '/spec/template/spec/containers/0/env/2/value',
      '/spec/template/spec/containers/0/envFrom',
      '/spec/template/spec/containers/0/command',
      '/spec/template/spec/containers/0/command/0',
      '/spec/template/spec/containers/0/image',
      '/spec/template/spec/containers/0/securityContext',
      '/spec/template/spec/containers/0/securityContext/privileged',
      '/spec/template/spec/containers/0/securityContext/runAsUser',
      '/spec/template/spec/containers/0/securityContext/capabilities',
      '/spec/template/spec/containers/0/ports',
      '/spec/template/spec/shareProcessNamespace',
      '/spec/template/spec/securityContext/runAsNonRoot',
      '/spec/template/metadata/annotations',
      '/metadata/annotations/a~1b',
      '/spec/replicas',
      '/spec/template/spec/containers/x/image',
    ].map(shape),
    ['containers', 'container', 'container', 'env', 'envVar', 'string', 'envFrom', 'strList', 'string', 'string', 'securityContext', 'bool', 'int', 'other', 'other', 'bool', 'bool', 'annotations', 'string', 'other', 'other'],
  );
});

test.run();
