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

test.run();
