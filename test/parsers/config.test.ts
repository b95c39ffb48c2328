// src/parsers/config.ts: .otel-target-lint.yaml -> LintConfig.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/model/source.ts';
import type { Range, SourceFile } from '../../src/model/source.ts';
import { DEFAULT_CONFIG, defaultConfig, parseConfig } from '../../src/parsers/config.ts';

function sf(text: string, path = '.otel-target-lint.yaml'): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'config', requested: true, lines: new LineIndex(text) };
}
const pos = (r: Range) => [r.line, r.column, r.endLine, r.endColumn];

const CONFIG = `rules:
  target-exe-mismatch: error      # error|warning|info|off
  agent-not-privileged: off
ignore:
  - "charts/legacy/**"
  - "!charts/legacy/keep.yaml"
  - /generated/*.yaml
images:
  - image: registry.example.com/team/api     # tag optional
    dockerfile: services/api/Dockerfile
    context: services/api
    target: runtime
    args: { GO_VERSION: "1.23", N: 2 }
  - image: worker:dev
    dockerfile: ./worker.Dockerfile
`;

test('config at the repository root: rules, ignore, images with defaults', () => {
  const cfg = parseConfig(sf(CONFIG));
  assert.equal(cfg.problems, []);
  assert.is(cfg.file, '.otel-target-lint.yaml');
  assert.equal([...cfg.rules], [
    ['target-exe-mismatch', 'error'],
    ['agent-not-privileged', 'off'],
  ]);
  assert.equal(cfg.ignore, ['charts/legacy/**', '!charts/legacy/keep.yaml', 'generated/*.yaml']);
  assert.equal(
    cfg.images.map((i) => [i.image, i.dockerfile, i.context, i.target, Object.fromEntries(i.args), i.source.kind, ...pos(i.source.range)]),
    [
      ['registry.example.com/team/api', 'services/api/Dockerfile', 'services/api', 'runtime', { GO_VERSION: '1.23', N: '2' }, 'config', 9, 5, 13, 39],
      ['worker:dev', 'worker.Dockerfile', '.', undefined, {}, 'config', 14, 5, 15, 36],
    ],
  );
});

test('config in a subdirectory: paths and globs become relative to the working directory', () => {
  const cfg = parseConfig(sf(CONFIG, 'platform/.otel-target-lint.yaml'));
  assert.equal(cfg.ignore, ['platform/charts/legacy/**', '!platform/charts/legacy/keep.yaml', 'platform/generated/*.yaml']);
  assert.equal(
    cfg.images.map((i) => [i.dockerfile, i.context]),
    [
      ['platform/services/api/Dockerfile', 'platform/services/api'],
      ['platform/worker.Dockerfile', 'platform'],
    ],
  );
  const up = parseConfig(sf('images:\n  - {image: a, dockerfile: ../a/Dockerfile}\n', 'platform/.otel-target-lint.yaml'));
  assert.equal(up.images.map((i) => [i.dockerfile, i.context]), [['a/Dockerfile', 'a']]);
});

test('unknown keys and bad values: partial problems at exact ranges; valid parts kept', () => {
  const text = `rules:
  target-exe-mismatch: fatal
  other-rule: warning
  no-setting:
  listy: [error]
ignores: ["x"]
ignore:
  - ""
  - ok/**
  - {a: b}
images:
  - image: a
    dockerfile: a/Dockerfile
    platform: linux/amd64
  - dockerfile: b/Dockerfile
  - image: c
  - image: d
    dockerfile: d/Dockerfile
    args: {X: }
`;
  const cfg = parseConfig(sf(text));
  assert.equal([...cfg.rules], [['other-rule', 'warning']]);
  assert.equal(cfg.ignore, ['ok/**']);
  assert.equal(cfg.images.map((i) => i.image), ['a', 'd']);
  assert.equal(
    cfg.problems.map((p) => [p.message, p.severity, ...pos(p.range)]),
    [
      ['Invalid setting `fatal` for rule `target-exe-mismatch`: use error, warning, info or off', 'partial', 2, 24, 2, 29],
      ['Rule `no-setting` needs a setting: error, warning, info or off', 'partial', 4, 3, 4, 13],
      ['Expected a string for rule listy, found a list', 'partial', 5, 10, 5, 17],
      ['Unknown key `ignores` in the config file (expected one of: rules, ignore, images)', 'partial', 6, 1, 6, 8],
      ['Empty ignore pattern', 'partial', 8, 5, 8, 7],
      ['Expected a string for ignore, found a mapping', 'partial', 10, 5, 10, 11],
      ['Unknown key `platform` in an images entry (expected one of: image, dockerfile, context, target, args)', 'partial', 14, 5, 14, 13],
      ['An images entry needs `image:` (the image reference manifests use)', 'partial', 15, 5, 15, 29],
      ['An images entry needs `dockerfile:` (path relative to this config file)', 'partial', 16, 5, 16, 13],
      ['Build arg `X` needs a value', 'partial', 19, 12, 19, 13],
    ],
  );
});

test('empty, non-mapping and malformed config files', () => {
  assert.equal(parseConfig(sf('')).problems, []);
  assert.equal(parseConfig(sf('# nothing yet\n')).images, []);
  const list = parseConfig(sf('- rules\n'));
  assert.equal(list.problems.map((p) => [p.message, ...pos(p.range)]), [
    ['The config file must be a mapping (with rules, ignore, images), found a list', 1, 1, 1, 8],
  ]);
  const broken = parseConfig(sf('rules: {a: error\nignore: [x]\n'));
  assert.ok(broken.problems.length > 0);
  assert.ok(broken.problems.every((p) => p.range.line >= 1));
});

test('DEFAULT_CONFIG and defaultConfig()', () => {
  for (const c of [DEFAULT_CONFIG, defaultConfig()]) {
    assert.equal([c.rules.size, c.ignore, c.images, c.problems, c.file], [0, [], [], [], undefined]);
  }
  assert.is.not(defaultConfig().rules, defaultConfig().rules);
});

test.run();
