// NearestIndex (src/link/nearest.ts): the indexed lookup that replaced a scan of every candidate per reference
// must give exactly nearest()'s answers.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NearestIndex, nearest } from '../../src/link/nearest.ts';

test('NearestIndex: same file, deepest shared directory, ties, minimum depth', () => {
  const files = ['services/a/Dockerfile', 'services/b/Dockerfile', 'services/b/k8s/x.yaml', 'tools/Dockerfile', '../up/Dockerfile', 'Dockerfile'];
  const index = new NearestIndex(files, (f) => f);
  const table: [string, number, string | undefined][] = [
    ['services/a/k8s/deploy.yaml', 0, 'services/a/Dockerfile'],
    ['services/b/k8s/x.yaml', 0, 'services/b/k8s/x.yaml'],
    ['services/c/deploy.yaml', 0, undefined], // a and b tie at depth 1
    ['tools/deploy/x.yaml', 1, 'tools/Dockerfile'],
    ['deploy/x.yaml', 0, undefined], // every candidate shares nothing with it: a tie
    ['services/a/x.yaml', 2, 'services/a/Dockerfile'],
    ['services/a/x.yaml', 3, undefined],
    ['../up/k8s/x.yaml', 0, '../up/Dockerfile'],
    ['x.yaml', 0, undefined],
  ];
  for (const [from, min, want] of table) {
    assert.is(index.nearest(from, min), want, `${from} min ${min}`);
    assert.is(nearest(files, (f) => f, from, min), want, `nearest(): ${from} min ${min}`);
  }
  assert.is(new NearestIndex<string>([], (f) => f).nearest('a/b.yaml'), undefined);
  assert.is(new NearestIndex(['a/Dockerfile'], (f) => f).nearest('b/x.yaml', 1), undefined);
  assert.is(new NearestIndex(['a/Dockerfile'], (f) => f).nearest('b/x.yaml', 0), 'a/Dockerfile');
});

test('NearestIndex agrees with nearest() on random trees', () => {
  let seed = 12345;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const dirs = ['a', 'b', 'c', '..', 'a/b', 'a/c', 'b/a', 'a/b/c', '.', 'c/c/c'];
  const path = () => `${dirs[rand(dirs.length)]}/f${rand(3)}.yaml`;
  for (let round = 0; round < 300; round++) {
    const candidates = Array.from({ length: 1 + rand(6) }, () => ({ file: path() }));
    const index = new NearestIndex(candidates, (c) => c.file);
    for (let k = 0; k < 10; k++) {
      const from = path();
      const min = rand(3);
      assert.is(index.nearest(from, min), nearest(candidates, (c) => c.file, from, min), `${JSON.stringify(candidates)} ${from} ${min}`);
    }
  }
});

test.run();
