// An `envFrom` the linter cannot read (a Secret, a ConfigMap not in the repository) may set any variable: a script's
// `${MODE:-api}` is then not known, rather than its default.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { deployment } from '../helpers/fixtures.ts';
import { containerTarget } from '../helpers/targets.ts';

const files = (appExtra: string[], more: Record<string, string> = {}) => ({
  Dockerfile: 'FROM golang:1.24 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /app/api\nCOPY --from=build /out/app /app/worker\nCOPY run.sh /app/run.sh\nENTRYPOINT ["/app/run.sh"]\n',
  'run.sh': '#!/bin/sh\ncase "${MODE:-api}" in\n  api) exec /app/api ;;\n  worker) exec /app/worker ;;\nesac\n',
  'deploy.yaml': deployment({ target: '/app/api', appExtra }),
  ...more,
});

test('no envFrom: the default is what runs', async () => {
  const t = await containerTarget(files([]));
  assert.equal([t.status, t.exe], ['resolved', '/app/api']);
});

test('envFrom a Secret: the variable may be set, the program is not known', async () => {
  const t = await containerTarget(files(['          envFrom:', '            - secretRef:', '                name: app-env']));
  assert.is(t.status, 'unknown');
  assert.match(t.reason ?? '', 'depends on `case "${MODE:-api}"`');
});

test('envFrom a ConfigMap of the repository without the variable: the default is what runs', async () => {
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-env\ndata:\n  LOG_LEVEL: debug\n';
  const extra = ['          envFrom:', '            - configMapRef:', '                name: app-env'];
  const t = await containerTarget(files(extra, { 'cm.yaml': cm }));
  assert.equal([t.status, t.exe], ['resolved', '/app/api']);
  const missing = await containerTarget(files(extra));
  assert.is(missing.status, 'unknown', 'a ConfigMap not in the repository may set it');
});

test.run();
