import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileGlob, globCanMatchAbsolute, globMatches, isLiteralGlob } from '../../src/link/ebpf-glob.ts';

function matches(pattern: string, text: string): boolean {
  const g = compileGlob(pattern);
  if (!g.ok) throw new Error(`${pattern}: ${g.error}`);
  return globMatches(g.nodes, text);
}

test('glob matching: whole path, * and ? cross /, classes, alternatives, escapes', () => {
  const table: [string, string, boolean][] = [
    ['*/orders', '/usr/local/bin/orders', true],
    ['*/orders', '/orders', true],
    ['*/orders', '/usr/local/bin/orders-worker', false],
    ['orders', '/usr/local/bin/orders', false],
    ['orders', 'orders', true],
    ['/app/*', '/app/bin/server', true],
    ['/app/?erver', '/app/server', true],
    ['/app?server', '/app/server', true],
    ['/app/server', '/app/server', true],
    ['/app/server', '/app/server2', false],
    ['**/server', '/a/b/server', true],
    ['/app/[sz]erver', '/app/server', true],
    ['/app/[!sz]erver', '/app/server', false],
    ['/app/[a-t]erver', '/app/server', true],
    ['/app/[!a-t]erver', '/app/server', false],
    ['/app/{server,worker}', '/app/worker', true],
    ['/app/{server,worker}', '/app/other', false],
    ['/app/{s{erv,ub}er,x}', '/app/suber', true],
    ['/app/{server', '/app/server', true],
    ['/app/a,b}', '/app/a,b}', true],
    ['/app/\\*', '/app/*', true],
    ['/app/\\*', '/app/x', false],
    ['/app/[ab-c]', '/app/-', true],
    ['*', '', true],
    ['', '', true],
    ['', '/x', false],
  ];
  for (const [p, t, want] of table) assert.is(matches(p, t), want, `${p} vs ${t}`);
});

test('glob compile errors as gobwas/glob reports them', () => {
  const table: [string, string][] = [
    ['/app/[a-z0-9]', '[a-z must be followed by ], as a class holds one range or one set of characters'],
    ['/app/[]', 'the class [] is empty'],
    ['/app/[!]', 'the class [!] is empty'],
    ['/app/[abc', 'a [ is not closed'],
    ['/app/[a-', 'a [ is not closed'],
    ['/app/[z-a]', 'the range z-a ends below its start'],
    ['/app/x\\', 'it ends with a lone backslash'],
  ];
  for (const [p, error] of table) assert.equal(compileGlob(p), { ok: false, error }, p);
});

test('globCanMatchAbsolute and isLiteralGlob', () => {
  const table: [string, boolean, boolean][] = [
    ['orders', false, true],
    ['orders*', false, false],
    ['app/server', false, true],
    ['/app/server', true, true],
    ['*/orders', true, false],
    ['?app', true, false],
    ['[/x]app', true, false],
    ['[a-z]app', false, false],
    ['{/a,b}', true, false],
    ['{a,b}', false, false],
    ['{a,}/x', true, false],
    ['', false, true],
  ];
  for (const [p, abs, literal] of table) {
    const g = compileGlob(p);
    assert.ok(g.ok, p);
    if (g.ok) assert.equal([globCanMatchAbsolute(g.nodes), isLiteralGlob(g.nodes)], [abs, literal], p);
  }
});

test.run();
