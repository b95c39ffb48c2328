// Images ko builds (agent-facts §6): a `ko://<import path>` reference in a manifest, or a skaffold `ko:` artifact,
// runs /ko-app/<last element of the import path>, with no Dockerfile to read.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { binaryStrippedOldAgent } from '../../rules/binary-stripped-old-agent.ts';
import { imageNotLinked } from '../../rules/image-not-linked.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { targetExeUnresolved } from '../../rules/target-exe-unresolved.ts';
import { applyEdits } from '../../src/fix/edits.ts';
import { AGENT_IMAGE, deployment } from '../helpers/fixtures.ts';
import { lintFiles, span } from '../helpers/rule-tester.ts';

const rules = [targetExeMismatch, targetExeUnresolved, imageNotLinked];
const show = (d: { ruleId: string; range: { file: string; line: number; column: number } }) => `${d.ruleId} ${d.range.file}:${d.range.line}:${d.range.column}`;
const KO_REF = 'ko://github.com/acme/shop/cmd/checkout';

test('a ko:// reference in a manifest: ko runs /ko-app/<last element>; the message and the evidence say so, the fix writes it', async () => {
  const files = { 'config/checkout.yaml': deployment({ name: 'checkout', appImage: KO_REF, target: '/app/checkout' }) };
  const { diagnostics } = await lintFiles(files, rules);
  const s = span(files, 'config/checkout.yaml', '/app/checkout');
  assert.equal(diagnostics.map(show), [`target-exe-mismatch config/checkout.yaml:${s.line}:${s.column}`]);
  const d = diagnostics[0]!;
  assert.is(
    d.message,
    `OTEL_GO_AUTO_TARGET_EXE is "/app/checkout", but container "app" runs "/ko-app/checkout" (config/checkout.yaml:17; its image is built by ko from the package github.com/acme/shop/cmd/checkout, as its ko:// reference says); the agent compares the two paths exactly, so it will never attach. Set it to "/ko-app/checkout".`,
  );
  assert.equal(d.related.map((r) => r.message), [
    `${KO_REF} is built by ko from the package github.com/acme/shop/cmd/checkout, as its ko:// reference says`,
    'ko sets the ENTRYPOINT to /ko-app/checkout (and no CMD)',
    'ko builds github.com/acme/shop/cmd/checkout into /ko-app/checkout (no Dockerfile)',
  ]);
  assert.is(applyEdits(files['config/checkout.yaml'], d.fix!.edits).text, deployment({ name: 'checkout', appImage: KO_REF, target: '/ko-app/checkout' }));
  assert.equal((await lintFiles({ 'config/checkout.yaml': deployment({ name: 'checkout', appImage: KO_REF, target: '/ko-app/checkout' }) }, rules)).diagnostics, []);
});

test('ko puts /ko-app first in PATH: a bare command name finds the binary; a command naming another path is checked as such', async () => {
  const bare = { 'config/checkout.yaml': deployment({ name: 'checkout', appImage: KO_REF, target: '/ko-app/checkout', appExtra: ['          command: ["checkout", "--port=8080"]'] }) };
  assert.equal((await lintFiles(bare, rules)).diagnostics, []);
  const other = { 'config/checkout.yaml': deployment({ name: 'checkout', appImage: KO_REF, target: '/ko-app/checkout', appExtra: ['          command: ["/usr/bin/checkout"]'] }) };
  assert.equal((await lintFiles(other, rules)).diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
});

const skaffold = (artifact: string) => `apiVersion: skaffold/v4beta11
kind: Config
build:
  artifacts:
${artifact}`;

test('a skaffold ko artifact: main names the package; ldflags -s is a stripped binary; the module root alone is not known', async () => {
  const files = (artifact: string, target = '/ko-app/api') => ({
    'skaffold.yaml': skaffold(artifact),
    'k8s/api.yaml': deployment({ name: 'api', appImage: 'registry.example.com/shop/api', target }),
  });
  const main = '    - image: registry.example.com/shop/api\n      ko:\n        main: ./cmd/api\n';
  assert.equal((await lintFiles(files(main), rules)).diagnostics, []);
  const wrong = await lintFiles(files(main, '/api'), rules);
  assert.equal(wrong.diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.ok(wrong.diagnostics[0]!.message.includes('its image is built by ko from the Go package in cmd/api as the skaffold artifact at skaffold.yaml:5 says'), wrong.diagnostics[0]!.message);

  // Agent v0.19 cannot read a stripped binary: the ldflags make it one.
  const stripped = await lintFiles(
    { ...files(`${main}        ldflags:\n          - -s -w\n`), 'k8s/api.yaml': deployment({ name: 'api', appImage: 'registry.example.com/shop/api', target: '/ko-app/api' }).replace(AGENT_IMAGE, 'otel/autoinstrumentation-go:v0.19.0-alpha') },
    [binaryStrippedOldAgent],
  );
  assert.equal(stripped.diagnostics.map((d) => d.ruleId), ['binary-stripped-old-agent']);

  // main: . names the module root: the binary is named after the module path in go.mod (ko keeps a /v2 suffix,
  // unlike go build); without a go.mod, not checked, and said why.
  const root = files('    - image: registry.example.com/shop/api\n      ko: {}\n', '/ko-app/v2');
  const withMod = await lintFiles({ ...root, 'go.mod': 'module github.com/acme/api/v2\n\ngo 1.24\n' }, rules);
  assert.equal(withMod.diagnostics, []);
  const wrongMod = await lintFiles({ ...root, 'go.mod': 'module github.com/acme/api\n' }, rules);
  assert.equal(wrongMod.diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.ok(wrongMod.diagnostics[0]!.related.some((r) => r.message === 'ko builds github.com/acme/api (the module path in go.mod) into /ko-app/api (no Dockerfile)'), JSON.stringify(wrongMod.diagnostics[0]!.related));
  const noMod = await lintFiles(root, rules);
  assert.equal(noMod.diagnostics.map((d) => d.ruleId), ['target-exe-unresolved']);
  assert.ok(noMod.diagnostics[0]!.message.includes('no go.mod with a module line is in the repository at or above it'), noMod.diagnostics[0]!.message);
});

// external-dns: `KO_DOCKER_REPO=$(IMAGE) ko build --tags $(VERSION) --bare .` in its Makefile.
test('ko build in a Makefile recipe or a workflow step links the image it names; the message says which', async () => {
  const files = {
    Makefile: 'IMAGE ?= ghcr.io/acme/dns\nimage:\n\tKO_DOCKER_REPO=$(IMAGE) ko build --tags $(VERSION) --bare ./cmd/dns\n',
    'k8s/dns.yaml': deployment({ name: 'dns', appImage: 'ghcr.io/acme/dns:v1.0.0', target: '/dns' }),
  };
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.ok(
    diagnostics[0]!.message.includes('runs "/ko-app/dns" (Makefile:3; its image is built by ko from the Go package in cmd/dns as the `ko build` of the make recipe at Makefile:3 says)'),
    diagnostics[0]!.message,
  );
  assert.equal((await lintFiles({ ...files, 'k8s/dns.yaml': deployment({ name: 'dns', appImage: 'ghcr.io/acme/dns:v1.0.0', target: '/ko-app/dns' }) }, rules)).diagnostics, []);

  const workflow = {
    '.github/workflows/release.yml': 'jobs:\n  ko:\n    steps:\n      - run: ko build --bare ./cmd/dns\n        env:\n          KO_DOCKER_REPO: ghcr.io/acme/dns\n',
    'k8s/dns.yaml': files['k8s/dns.yaml'],
  };
  const wf = await lintFiles(workflow, rules);
  assert.equal(wf.diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.ok(wf.diagnostics[0]!.message.includes('as the `ko build` of the GitHub Actions step at .github/workflows/release.yml:4 says'), wf.diagnostics[0]!.message);
});

test.run();
