import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { interpolate } from '../../src/link/compose-values.ts';
import type { VarLookup } from '../../src/link/compose-values.ts';
import type { Scalar } from '../../src/model/workload.ts';

const at = { file: '.env', line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
const env = (vars: Record<string, string>): VarLookup => (name) => (name in vars ? ({ value: vars[name]!, range: at } as Scalar) : undefined);

test('interpolate: the forms compose-go applies, with .env and unset variables', () => {
  const vars = env({ SET: 'x', EMPTY: '' });
  const cases: [string, string | undefined][] = [
    ['plain', 'plain'],
    ['a$$b', 'a$b'],
    ['$SET/y', 'x/y'],
    ['${SET}y', 'xy'],
    ['${UNSET:-d}', 'd'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${UNSET-d}', 'd'],
    ['${SET:-d}', 'x'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${UNSET:-${SET}/z}', 'x/z'],
    ['${UNSET:-${ALSO_UNSET:-deep}}', 'deep'],
    ['${SET:?must}', 'x'],
    ['${SET:-${UNSET}}', 'x'],
    ['${UNSET:+${ALSO_UNSET}}', ''],
    // Unknown: set nowhere but the shell could set it; Compose would stop; not valid.
    ['$UNSET', undefined],
    ['${UNSET}', undefined],
    ['${UNSET:?must}', undefined],
    ['${EMPTY:?must}', undefined],
    ['${UNSET:-${OTHER}}', undefined],
    ['$1', undefined],
    ['${', undefined],
    ['${SET', undefined],
    ['${SET:-x', undefined],
    ['a}b', 'a}b'],
  ];
  for (const [text, expected] of cases) assert.is(interpolate(text, vars).value, expected, text);
});

test('interpolate: a .env that is not in the repository makes every variable unknown', () => {
  const r = interpolate('${A:-d}', () => 'unknown');
  assert.is(r.value, undefined);
  assert.ok(r.reason!.includes('not part of the repository'));
});

test('interpolate: where the pieces come from (what a fix may edit)', () => {
  const one = interpolate('${X:-/app/server}', env({}));
  assert.equal(one.pieces.map((p) => p.origin), [{ kind: 'text', start: 5, end: 16 }]);
  const fromEnv = interpolate('${X:-/d}', env({ X: '/e' }));
  assert.equal(fromEnv.pieces.map((p) => p.origin.kind), ['var']);
  const mixed = interpolate('${DIR:-/app}/server', env({}));
  assert.equal(mixed.pieces.map((p) => p.origin), [{ kind: 'text', start: 7, end: 11 }, { kind: 'text', start: 12, end: 19 }]);
});

test('.env interpolates itself: an unquoted value with ${…} takes the lines before it; a double-quoted one stays unknown', async () => {
  const { lintFiles } = await import('../helpers/rule-tester.ts');
  const { targetExeMismatch } = await import('../../rules/target-exe-mismatch.ts');
  const { SEED_DOCKERFILE } = await import('../helpers/fixtures.ts');
  const compose = (v: string) =>
    `services:\n  api:\n    build: .\n  agent:\n    image: otel/autoinstrumentation-go:v0.24.0\n    privileged: true\n    pid: "service:api"\n    environment:\n      OTEL_GO_AUTO_TARGET_EXE: ${v}\n`;
  const files = { Dockerfile: SEED_DOCKERFILE, '.env': 'BIN_DIR=/usr/bin\nTARGET=${BIN_DIR}/server\nQUOTED="${BIN_DIR}/server"\nLATER=${AFTER:-/app}/server\nAFTER=/srv\n', 'compose.yaml': compose('${TARGET}') };
  const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
  assert.equal(diagnostics.map((d) => `${d.range.file}:${d.range.line}`), ['compose.yaml:9']);
  assert.ok(diagnostics[0]!.message.startsWith('OTEL_GO_AUTO_TARGET_EXE is "/usr/bin/server"'), diagnostics[0]!.message);
  assert.ok(diagnostics[0]!.related.some((r) => r.range.file === '.env' && r.range.line === 1), 'the chain reaches BIN_DIR');
  assert.equal(diagnostics[0]!.fix, undefined, 'a value pieced together in .env is not rewritten');
  // Double-quoted: not known, so not checked. A variable defined later is unset where it is used: the default applies.
  assert.equal((await lintFiles({ ...files, 'compose.yaml': compose('${QUOTED}') }, [targetExeMismatch])).diagnostics, []);
  const later = await lintFiles({ ...files, 'compose.yaml': compose('${LATER}') }, [targetExeMismatch]);
  assert.equal(later.diagnostics.map((d) => d.message.slice(0, 45)), []);
});

test.run();
