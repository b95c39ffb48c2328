// src/parsers/ko-config.ts: what a `.ko.yaml` says about the builds ko makes (defaults, builds: entries), read the
// way ko reads it (keys in any letter case, a string where ko takes one).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/model/source.ts';
import type { Range, SourceFile } from '../../src/model/source.ts';
import type { KoFlagList } from '../../src/model/workload.ts';
import { parseKoConfig } from '../../src/parsers/ko-config.ts';
import { classifyName } from '../../src/discover/classify.ts';

function sf(text: string, path = '.ko.yaml'): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'ko', requested: true, lines: new LineIndex(text) };
}
const pos = (r: Range) => [r.line, r.column, r.endLine, r.endColumn];
const flags = (l: KoFlagList | undefined) => (l ? [l.key, l.items, l.words, pos(l.range)] : undefined);

test('file names ko reads', () => {
  for (const p of ['.ko.yaml', '.ko.yml', 'svc/.ko.yaml']) assert.is(classifyName(p), 'ko', p);
  for (const p of ['ko.yaml', '.ko.yaml.bak', 'config/.KO.yaml', '.ko.json']) assert.is.not(classifyName(p), 'ko', p);
});

test('defaults, overrides and builds: entries; lists or one string; keys in any case', () => {
  const text = `defaultBaseImage: cgr.dev/chainguard/static
baseImageOverrides:
  github.com/acme/shop/cmd/api: gcr.io/distroless/base
defaultflags: -trimpath -v
DefaultLdflags:
  - -s -w
  - -X main.version={{.Env.VERSION}}
defaultEnv: [CGO_ENABLED=0]
ldflags: [-s]
builds:
  - id: api
    dir: services
    main: ./cmd/api
    ldflags: -X main.commit={{.Git.ShortCommit}}
    flags: -buildmode=pie -tags netgo
    env:
      - GOTOOLCHAIN=go1.25.3
  - Main: ./cmd/worker/main.go
    LDFLAGS: []
  - {}
`;
  const { config, problems } = parseKoConfig(sf(text, 'svc/.ko.yaml'));
  assert.equal(problems, []);
  assert.equal([config.file, config.dir], ['svc/.ko.yaml', 'svc']);
  assert.equal([config.defaultBaseImage?.value, pos(config.defaultBaseImage!.range)], ['cgr.dev/chainguard/static', [1, 19, 1, 44]]);
  assert.equal([...config.baseImageOverrides].map(([k, v]) => [k, v.value]), [['github.com/acme/shop/cmd/api', 'gcr.io/distroless/base']]);
  // viper reads one string as blank-separated items.
  assert.equal(flags(config.defaultFlags), ['defaultflags', ['-trimpath', '-v'], ['-trimpath', '-v'], [4, 1, 4, 27]]);
  assert.equal(flags(config.defaultLdflags), ['DefaultLdflags', ['-s -w', '-X main.version={{.Env.VERSION}}'], ['-s', '-w', '-X', 'main.version={{.Env.VERSION}}'], [5, 1, 7, 37]]);
  assert.equal(config.defaultEnv?.items, ['CGO_ENABLED=0']);
  // A top-level `ldflags:` is not a ko key: ko ignores it, and so does the linker.
  assert.equal(
    config.builds.map((b) => [b.id, b.dir, b.main, flags(b.ldflags), b.flags?.words, b.env?.items, pos(b.range)]),
    [
      ['api', 'services', './cmd/api', ['ldflags', ['-X main.commit={{.Git.ShortCommit}}'], ['-X', 'main.commit={{.Git.ShortCommit}}'], [14, 5, 14, 49]], ['-buildmode=pie', '-tags', 'netgo'], ['GOTOOLCHAIN=go1.25.3'], [11, 5, 17, 29]],
      // An empty list is no list: the default applies.
      [undefined, '.', './cmd/worker/main.go', undefined, undefined, undefined, [18, 5, 19, 16]],
      [undefined, '.', '.', undefined, undefined, undefined, [20, 5, 20, 7]],
    ],
  );
});

test('bad input: problems with a place, never a throw', () => {
  const bad = parseKoConfig(sf('builds:\n  - ldflags: {a: b}\n    main: [x]\n  - 5\ndefaultLdflags: {x: 1}\n'));
  assert.equal(bad.config.builds.map((b) => [b.main, b.ldflags]), [['.', undefined]]);
  assert.is(bad.config.defaultLdflags, undefined);
  assert.equal(
    bad.problems.map((p) => p.range.line),
    [2, 3, 4, 5],
  );
  assert.ok(bad.problems.some((p) => p.message.includes('ko reads a list of strings (or one string) in ldflags')), bad.problems.map((p) => p.message).join('\n'));
  const list = parseKoConfig(sf('- a\n- b\n'));
  assert.equal([list.config.builds, list.problems.map((p) => p.message)], [[], ['ko reads a mapping here; this configuration is not one, so ko fails to load it.']]);
  const broken = parseKoConfig(sf('builds:\n  - main: "./cmd\n'));
  assert.ok(broken.problems.length > 0);
  assert.equal(parseKoConfig(sf('')).problems, []);
});

test.run();
