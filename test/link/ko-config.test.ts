// ko builds with the flags of the `.ko.yaml` in the directory it runs in (src/link/ko-builds.ts): the `builds:` entry
// of the package's import path, else the defaults. A `-s` there strips the binary (agent-facts §3), and the finding
// goes where the `-s` is written.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { binaryStrippedGo126 } from '../../rules/binary-stripped-go126.ts';
import { goVersionUnsupported } from '../../rules/go-version-unsupported.ts';
import { AGENT_IMAGE, deployment } from '../helpers/fixtures.ts';
import { lintFiles, span } from '../helpers/rule-tester.ts';
import { containerTarget } from '../helpers/targets.ts';

const show = (d: { ruleId: string; range: { file: string; line: number; column: number } }) => `${d.ruleId} ${d.range.file}:${d.range.line}:${d.range.column}`;
const GO_MOD = 'module github.com/acme/shop\n\ngo 1.26.0\n';
const KO_REF = 'ko://github.com/acme/shop/cmd/api';
const manifest = (image = KO_REF) => deployment({ appImage: image, target: '/ko-app/api' });

const ENTRY = `builds:
  - id: api
    main: ./cmd/api
    ldflags:
      - -s -w
      - -X main.version={{.Env.VERSION}}
`;

test('a builds: entry for the package of a ko:// reference: its -s strips the binary, reported at the entry with how to keep the symbols', async () => {
  const files = { '.ko.yaml': ENTRY, 'go.mod': GO_MOD, 'cmd/api/main.go': 'package main\n', 'config/api.yaml': manifest() };
  const { diagnostics } = await lintFiles(files, [binaryStrippedGo126]);
  const at = span(files, '.ko.yaml', 'ldflags:\n      - -s -w\n      - -X main.version={{.Env.VERSION}}');
  assert.equal(diagnostics.map(show), [`binary-stripped-go126 .ko.yaml:${at.line}:${at.column}`]);
  const d = diagnostics[0]!;
  assert.equal([d.range.endLine, d.range.endColumn], [at.endLine, at.endColumn]);
  assert.match(d.message, `/ko-app/api (container "app") is stripped of its symbol table (-s in the ldflags of .ko.yaml's build "api") and built with go1.26.0 or later (go.mod's go 1.26.0, go.mod:3)`);
  assert.match(d.message, `Keep the symbol table (drop -s from the ldflags of .ko.yaml's build "api"), or build with Go 1.25 after lowering go.mod's go line (go 1.26.0) to 1.25.`);
  assert.equal(
    d.related.map((r) => `${r.range.file}:${r.range.line} ${r.message}`),
    [
      'go.mod:3 go.mod says go 1.26.0',
      'config/api.yaml:17 ko builds github.com/acme/shop/cmd/api into /ko-app/api (no Dockerfile)',
      `.ko.yaml:4 ko builds github.com/acme/shop/cmd/api with -ldflags "-s -w -X main.version={{.Env.VERSION}}" (ldflags of .ko.yaml's build "api")`,
      `config/api.yaml:19 the agent image ${AGENT_IMAGE}: agent v0.24.0`,
    ],
  );
  // The entry's ldflags without -s: nothing. A main given as a file of the package names the same package.
  const kept = await lintFiles({ ...files, '.ko.yaml': ENTRY.replace('- -s -w', '- -w') }, [binaryStrippedGo126]);
  assert.equal(kept.diagnostics, []);
  const byFile = await lintFiles({ ...files, '.ko.yaml': ENTRY.replace('./cmd/api', './cmd/api/main.go') }, [binaryStrippedGo126]);
  assert.equal(byFile.diagnostics.map((x) => x.ruleId), ['binary-stripped-go126']);
});

test('defaults: defaultLdflags for a package no entry names, or whose entry sets no ldflags; an entry for another package does not apply', async () => {
  const config = `defaultLdflags: -s -w\nbuilds:\n  - id: worker\n    main: ./cmd/worker\n    ldflags: [-w]\n`;
  const files = { '.ko.yaml': config, 'go.mod': GO_MOD, 'cmd/api/main.go': 'package main\n', 'config/api.yaml': manifest() };
  const { diagnostics } = await lintFiles(files, [binaryStrippedGo126]);
  assert.equal(diagnostics.map(show), ['binary-stripped-go126 .ko.yaml:1:1']);
  assert.match(diagnostics[0]!.message, 'is stripped of its symbol table (-s in defaultLdflags in .ko.yaml)');
  assert.match(diagnostics[0]!.message, 'Keep the symbol table (drop -s from defaultLdflags in .ko.yaml)');

  const t = await containerTarget({ ...files, '.ko.yaml': `${config}  - id: api\n    main: ./cmd/api\n    flags: [-buildmode=pie]\n` });
  assert.equal([t.status, t.exe], ['resolved', '/ko-app/api']);
  const own = await lintFiles({ ...files, '.ko.yaml': `${config}  - id: api\n    main: ./cmd/api\n` }, [binaryStrippedGo126]);
  assert.equal(own.diagnostics.length, 1);
  assert.ok(
    own.diagnostics[0]!.related.some((r) => r.message === `ko builds github.com/acme/shop/cmd/api with -ldflags "-s -w" (defaultLdflags of .ko.yaml, as .ko.yaml's build "api" sets no ldflags)`),
    JSON.stringify(own.diagnostics[0]!.related),
  );
  // A .ko.yaml in another directory is not the one ko reads.
  const elsewhere = await lintFiles({ 'tools/.ko.yaml': config, 'go.mod': GO_MOD, 'config/api.yaml': manifest() }, [binaryStrippedGo126]);
  assert.equal(elsewhere.diagnostics, []);
});

test("a ko:// reference's module is the go.mod at or above the manifest whose module path holds it: ko runs there", async () => {
  const files = {
    'go.mod': 'module github.com/acme/tools\n\ngo 1.22\n',
    '.ko.yaml': 'defaultLdflags: [-w]\n',
    'shop/go.mod': GO_MOD,
    'shop/.ko.yaml': 'defaultLdflags: [-s -w]\n',
    'shop/deploy/api.yaml': manifest(),
  };
  const { diagnostics } = await lintFiles(files, [binaryStrippedGo126]);
  assert.equal(diagnostics.map(show), ['binary-stripped-go126 shop/.ko.yaml:1:1']);
  assert.match(diagnostics[0]!.message, "built with go1.26.0 or later (go.mod's go 1.26.0, shop/go.mod:3)");
  // Above the manifest only another module: ko would run in the working directory (its .ko.yaml keeps -s out).
  const outside = await lintFiles({ ...files, 'shop/deploy/api.yaml': '', 'deploy/api.yaml': manifest() }, [binaryStrippedGo126]);
  assert.equal(outside.diagnostics, []);
});

const skaffold = (ko: string) => `apiVersion: skaffold/v4beta11
kind: Config
build:
  artifacts:
    - image: ghcr.io/acme/api
      context: svc
      ko:
${ko}`;

test("skaffold: ko runs in the artifact's context and dir; a build config of the artifact's own replaces .ko.yaml's builds, not its defaults", async () => {
  const base = { 'svc/go.mod': GO_MOD, 'svc/cmd/api/main.go': 'package main\n', 'k8s/api.yaml': manifest('ghcr.io/acme/api:1.0') };
  // No build config of its own (main: .): .ko.yaml's entry for the module root applies.
  const entry = `builds:\n  - main: .\n    ldflags: [-s]\n`;
  const viaEntry = await lintFiles({ ...base, 'svc/.ko.yaml': entry, 'svc/main.go': 'package main\n', 'skaffold.yaml': skaffold('        main: .\n'), 'k8s/api.yaml': deployment({ appImage: 'ghcr.io/acme/api:1.0', target: '/ko-app/shop' }) }, [binaryStrippedGo126]);
  assert.equal(viaEntry.diagnostics.map(show), ['binary-stripped-go126 svc/.ko.yaml:3:5']);

  // main of its own: the entry is not read, defaultLdflags is.
  const own = `defaultLdflags: [-s]\nbuilds:\n  - main: ./cmd/api\n    ldflags: [-w]\n`;
  const withMain = await lintFiles({ ...base, 'svc/.ko.yaml': own, 'skaffold.yaml': skaffold('        main: ./cmd/api\n') }, [binaryStrippedGo126]);
  assert.equal(withMain.diagnostics.map(show), ['binary-stripped-go126 svc/.ko.yaml:1:1']);
  // ldflags of its own: neither.
  const withLd = await lintFiles({ ...base, 'svc/.ko.yaml': own, 'skaffold.yaml': skaffold('        main: ./cmd/api\n        ldflags: [-w]\n') }, [binaryStrippedGo126]);
  assert.equal(withLd.diagnostics, []);
  // dir: ko runs (and reads .ko.yaml) in svc/mod.
  const inDir = {
    'svc/mod/go.mod': GO_MOD,
    'svc/mod/.ko.yaml': 'defaultLdflags: [-s]\n',
    'svc/.ko.yaml': 'defaultLdflags: [-w]\n',
    'skaffold.yaml': skaffold('        dir: mod\n        main: ./cmd/api\n'),
    'k8s/api.yaml': manifest('ghcr.io/acme/api:1.0'),
  };
  assert.equal((await lintFiles(inDir, [binaryStrippedGo126])).diagnostics.map(show), ['binary-stripped-go126 svc/mod/.ko.yaml:1:1']);
});

test("defaultEnv's GOTOOLCHAIN and go.mod's floor: the Go version, and advice that names go.mod", async () => {
  const files = {
    '.ko.yaml': 'defaultEnv: [CGO_ENABLED=0, GOTOOLCHAIN=go1.26.1]\ndefaultLdflags: [-s -w]\n',
    'config/api.yaml': manifest(),
  };
  const { diagnostics } = await lintFiles(files, [binaryStrippedGo126]);
  assert.equal(diagnostics.map(show), ['binary-stripped-go126 .ko.yaml:2:1']);
  assert.match(diagnostics[0]!.message, 'built with go1.26.1 (GOTOOLCHAIN=go1.26.1, .ko.yaml:1)');

  const old = { 'go.mod': GO_MOD, 'config/api.yaml': manifest().replace(AGENT_IMAGE, 'otel/autoinstrumentation-go:v0.23.0') };
  const v = await lintFiles(old, [goVersionUnsupported]);
  assert.equal(v.diagnostics.map(show), [`go-version-unsupported config/api.yaml:17:18`]);
  assert.match(v.diagnostics[0]!.message, 'go.mod asks for that Go: lower its go line to go1.25.1 or below and build with it, or use an agent release that supports it.');
});

// ko reads .ko.yaml in its build context (the repository for a ko:// reference, the artifact's context for skaffold):
// a run on it alone links the workloads built there (src/link/scope.ts, a file in the build context).
test('a run on .ko.yaml alone reports what it causes; a run on the manifest alone leaves .ko.yaml out', async () => {
  const files = { '.ko.yaml': ENTRY, 'go.mod': GO_MOD, 'cmd/api/main.go': 'package main\n', 'config/api.yaml': manifest() };
  assert.equal((await lintFiles(files, [binaryStrippedGo126], ['.ko.yaml'])).diagnostics.map(show), ['binary-stripped-go126 .ko.yaml:4:5']);
  assert.equal((await lintFiles(files, [binaryStrippedGo126], ['config/api.yaml'])).diagnostics, []);
});

test.run();
