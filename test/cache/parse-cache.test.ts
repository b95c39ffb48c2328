import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_CACHE_BYTES, ParseCache } from '../../src/cache/parse-cache.ts';
import type { ParseCacheOptions } from '../../src/cache/parse-cache.ts';
import { LineIndex } from '../../src/model/source.ts';
import type { SourceFile } from '../../src/model/source.ts';
import { cleanup, tmpRepo } from '../cli/tmp-repo.ts';

test.after(cleanup);

function file(path: string, text: string): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'yaml', requested: true, lines: new LineIndex(text) };
}

/** A parser that counts its calls and returns plain data with a Map, shared objects and a range. */
function counter() {
  const calls: string[] = [];
  const parse = (f: SourceFile) => {
    calls.push(f.path);
    const range = f.lines.range(f.path, 0, f.text.length);
    return { words: f.text.split(' '), byWord: new Map(f.text.split(' ').map((w, i) => [w, i])), range, again: range };
  };
  return { calls, parse };
}

function setup(extra: Partial<ParseCacheOptions> = {}) {
  const dir = tmpRepo({});
  const opts: ParseCacheOptions = { locations: [join(dir, 'c', 'parse.cache')], version: 'v1', base: '/repo', ...extra };
  return { dir, opts, open: (o: Partial<ParseCacheOptions> = {}) => new ParseCache({ ...opts, ...o }) };
}

test('a second run gets an equal copy of each result without parsing, object sharing included', () => {
  const { opts, open } = setup();
  const a = file('a.yaml', 'x y z');
  const b = file('b.yaml', 'p q');
  const p = counter();
  const first = open();
  const ra = first.through('kube', a, p.parse);
  first.through('kube', b, p.parse);
  first.save(() => true);
  assert.equal(first.stats, { hits: 0, misses: 2, written: opts.locations[0] });
  assert.equal(p.calls, ['a.yaml', 'b.yaml']);

  const second = open();
  const ca = second.through('kube', file('a.yaml', 'x y z'), p.parse);
  assert.equal(ca, ra);
  assert.ok(ca.byWord instanceof Map);
  assert.ok(ca.range === ca.again, 'an object shared in the result is shared in the copy');
  assert.equal(p.calls, ['a.yaml', 'b.yaml']);
  assert.equal(second.stats, { hits: 1, misses: 0 });
  // Nothing changed (b was not asked for but its file was read): the cache is not rewritten.
  const before = statSync(opts.locations[0]!).mtimeMs;
  second.save(() => true);
  assert.is(second.stats.written, undefined);
  assert.is(statSync(opts.locations[0]!).mtimeMs, before);
});

test('changed text, another kind, another path, build or directory: parsed again', () => {
  const { open } = setup();
  const p = counter();
  const c = open();
  c.through('kube', file('a.yaml', 'one'), p.parse);
  c.save(() => true);
  p.calls.length = 0;

  const changed = open();
  assert.equal(changed.through('kube', file('a.yaml', 'two'), p.parse).words, ['two']);
  assert.equal(changed.stats, { hits: 0, misses: 1 });
  assert.equal(open().through('kube:helm', file('a.yaml', 'one'), p.parse).words, ['one']);
  assert.equal(open().through('kube', file('b.yaml', 'one'), p.parse).words, ['one']);
  assert.equal(open({ version: 'v2' }).through('kube', file('a.yaml', 'one'), p.parse).words, ['one']);
  assert.equal(open({ base: '/elsewhere' }).through('kube', file('a.yaml', 'one'), p.parse).words, ['one']);
  assert.equal(p.calls, ['a.yaml', 'a.yaml', 'b.yaml', 'a.yaml', 'a.yaml']);
  // The unchanged entry is still there for the build and directory that wrote it.
  const same = open();
  same.through('kube', file('a.yaml', 'one'), p.parse);
  assert.equal(same.stats, { hits: 1, misses: 0 });
});

test('the same file asked twice in one run is parsed once; the copies are independent', () => {
  const { open } = setup();
  const p = counter();
  const c = open();
  const one = c.through('script', file('s.sh', 'a b'), p.parse);
  const two = c.through('script', file('s.sh', 'a b'), p.parse);
  assert.equal(p.calls, ['s.sh']);
  assert.equal(two, one);
  one.words.push('mutated');
  assert.equal(c.through('script', file('s.sh', 'a b'), p.parse).words, ['a', 'b'], 'the value was stored as parsed');
});

test('what is written: this run results, entries used or whose file was read; deleted files and changed ones go', () => {
  const { open } = setup();
  const p = counter();
  const c = open();
  for (const name of ['keep.yaml', 'used.yaml', 'gone.yaml', 'changed.yaml']) c.through('kube', file(name, name), p.parse);
  c.save(() => true);

  const next = open();
  next.through('kube', file('used.yaml', 'used.yaml'), p.parse);
  next.through('kube', file('changed.yaml', 'new text'), p.parse);
  next.through('kube', file('new.yaml', 'new.yaml'), p.parse);
  // Only keep.yaml was read (and not parsed): gone.yaml was deleted.
  next.save((path) => path === 'keep.yaml');
  assert.ok(next.stats.written);

  p.calls.length = 0;
  const last = open();
  for (const [name, text] of [['keep.yaml', 'keep.yaml'], ['used.yaml', 'used.yaml'], ['changed.yaml', 'new text'], ['new.yaml', 'new.yaml'], ['gone.yaml', 'gone.yaml']]) {
    last.through('kube', file(name!, text!), p.parse);
  }
  assert.equal(p.calls, ['gone.yaml']);
  assert.equal(last.stats, { hits: 4, misses: 1 });
});

test('an entry whose file changed and whose parser then threw is dropped; the exception reaches the caller', () => {
  const { open } = setup();
  const p = counter();
  const c = open();
  c.through('kube', file('a.yaml', 'old'), p.parse);
  c.save(() => true);
  const next = open();
  assert.throws(() => next.through('kube', file('a.yaml', 'new'), () => { throw new Error('kaput'); }), /kaput/);
  next.save(() => true);
  assert.ok(next.stats.written, 'the stale entry is removed from the file');
  const last = open();
  last.through('kube', file('a.yaml', 'old'), p.parse);
  assert.equal(last.stats, { hits: 0, misses: 1 });
});

test('a result that cannot be serialized is returned, not cached', () => {
  const { open } = setup();
  const c = open();
  const fn = () => 1;
  const v = c.through('kube', file('a.yaml', 'x'), () => ({ fn }));
  assert.is(v.fn, fn);
  c.save(() => true);
  assert.is(c.stats.written, undefined);
  let calls = 0;
  open().through('kube', file('a.yaml', 'x'), () => ({ fn: calls++ }));
  assert.is(calls, 1);
});

test('a corrupt, truncated or foreign cache file is a miss, never an exception', () => {
  const { opts, open } = setup();
  const p = counter();
  const c = open();
  c.through('kube', file('a.yaml', 'x y'), p.parse);
  c.save(() => true);
  const good = readFileSync(opts.locations[0]!);
  const magic = good.indexOf('\n') + 1;
  const corruptions: [string, Buffer][] = [
    ['empty', Buffer.alloc(0)],
    ['another format', Buffer.from('{"version":"v1"}')],
    ['truncated in the values', good.subarray(0, good.length - 5)],
    ['truncated in the header', good.subarray(0, magic + 10)],
    ['header length past the end', Buffer.concat([good.subarray(0, magic), Buffer.from([255, 255, 255, 127]), good.subarray(magic + 4)])],
    ['bytes of a value overwritten', Buffer.concat([good.subarray(0, good.length - 8), Buffer.alloc(8, 0xff)])],
  ];
  for (const [what, bytes] of corruptions) {
    writeFileSync(opts.locations[0]!, bytes);
    const calls = p.calls.length;
    const r = open().through('kube', file('a.yaml', 'x y'), p.parse);
    assert.equal(r.words, ['x', 'y'], what);
    assert.is(p.calls.length, calls + 1, `${what}: parsed`);
  }
});

test('locations: read from the first usable one, written to the first writable one, no temporary file left', () => {
  const dir = tmpRepo({ 'blocker': 'a file, not a directory' });
  const unwritable = join(dir, 'blocker', 'parse.cache');
  const second = join(dir, 'cache', 'parse.cache');
  const p = counter();
  const c = new ParseCache({ locations: [unwritable, second], version: 'v1', base: '/repo' });
  c.through('kube', file('a.yaml', 'x'), p.parse);
  c.save(() => true);
  assert.is(c.stats.written, second);
  assert.equal(readdirSync(join(dir, 'cache')), ['parse.cache']);
  assert.not.ok(existsSync(unwritable));
  const again = new ParseCache({ locations: [unwritable, second], version: 'v1', base: '/repo' });
  again.through('kube', file('a.yaml', 'x'), p.parse);
  assert.is(again.stats.hits, 1);
});

test('a cache larger than the limit is neither written nor read', () => {
  assert.is(MAX_CACHE_BYTES, 512 * 1024 * 1024);
  const { opts, open } = setup({ maxBytes: 2000 });
  const c = open();
  c.through('kube', file('a.yaml', 'a'), () => ({ big: 'x'.repeat(1000) }));
  c.through('kube', file('b.yaml', 'b'), () => ({ big: 'y'.repeat(1000) }));
  c.save(() => true);
  assert.is(c.stats.written, undefined);
  assert.not.ok(existsSync(opts.locations[0]!));
  // Written under a higher limit, the file is too large to read under the lower one.
  const roomy = open({ maxBytes: 4000 });
  roomy.through('kube', file('a.yaml', 'a'), () => ({ big: 'x'.repeat(1000) }));
  roomy.through('kube', file('b.yaml', 'b'), () => ({ big: 'y'.repeat(1000) }));
  roomy.save(() => true);
  assert.ok(roomy.stats.written);
  let calls = 0;
  open({ maxBytes: 4000 }).through('kube', file('a.yaml', 'a'), () => ({ big: String(calls++) }));
  assert.is(calls, 0);
  open().through('kube', file('a.yaml', 'a'), () => ({ big: String(calls++) }));
  assert.is(calls, 1);
});

test.run();
