// Helm charts: a templated image reference is read with the chart's own values.yaml (and Chart.yaml), as
// `helm template` renders it by default, so the container links to its Dockerfile and the target is checked.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { lintFiles, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const template = (image: string, target = '/server') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "api.fullname" . }}
spec:
  template:
    spec:
      shareProcessNamespace: true
      containers:
        - name: api
          image: ${image}
        {{- if .Values.otel.enabled }}
        - name: otel-go-agent
          image: otel/autoinstrumentation-go:v0.24.0
          env:
            - name: OTEL_GO_AUTO_TARGET_EXE
              value: ${target}
          securityContext:
            privileged: true
            runAsUser: 0
        {{- end }}
`;
const chart = (image: string, values = 'image:\n  repository: registry.example.com/shop/api\n  tag: ""\notel:\n  enabled: true\n') => ({
  'services/api/Dockerfile': SEED_DOCKERFILE,
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.3.0\nappVersion: "1.4.0"\n',
  'charts/api/values.yaml': values,
  'charts/api/templates/deployment.yaml': template(image),
});

test("a templated image is read with the chart's values: the container links and the target is checked", async () => {
  for (const image of ['"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"', '{{ .Values.image.repository | quote }}']) {
    const files = chart(image);
    const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
    const s = span(files, 'charts/api/templates/deployment.yaml', '/server');
    assert.equal(
      diagnostics.map((d) => [d.ruleId, d.range.line, d.range.column]),
      [['target-exe-mismatch', s.line, s.column]],
      image,
    );
    assert.ok(diagnostics[0]!.message.includes('container "api" runs "/app/server"'), diagnostics[0]!.message);
  }
});

test('an image the values do not give (a helper, a value set only at install) stays unlinked: no finding', async () => {
  for (const files of [
    chart('{{ include "api.image" . }}'),
    chart('"{{ .Values.image.repository }}:{{ .Values.image.tag }}"', 'image:\n  tag: "1.0"\notel:\n  enabled: true\n'),
    chart('"{{ .Values.image.repository }}"', 'image: [\n'),
  ]) {
    const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
    assert.equal(diagnostics.map((d) => d.ruleId), []);
  }
});

test.run();
