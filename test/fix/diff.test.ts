import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitLines, unifiedDiff } from '../../src/fix/index.ts';

const ten = Array.from({ length: 10 }, (_, i) => `line ${i + 1}\n`).join('');

test('splitLines keeps line endings, and a last line without one', () => {
  assert.equal(splitLines(''), []);
  assert.equal(splitLines('a\r\nb\nc'), ['a\r\n', 'b\n', 'c']);
  assert.equal(splitLines('\n'), ['\n']);
});

test('equal texts give no diff', () => {
  assert.is(unifiedDiff(ten, ten, { oldPath: 'x' }), '');
});

test('one changed line: 3 lines of context each side', () => {
  const after = ten.replace('line 5\n', 'LINE five\n');
  assert.is(
    unifiedDiff(ten, after, { oldPath: 'k8s/app.yaml' }),
    [
      '--- a/k8s/app.yaml',
      '+++ b/k8s/app.yaml',
      '@@ -2,7 +2,7 @@',
      ' line 2',
      ' line 3',
      ' line 4',
      '-line 5',
      '+LINE five',
      ' line 6',
      ' line 7',
      ' line 8',
      '',
    ].join('\n'),
  );
});

test('changes 7 lines apart make two hunks, 6 apart one', () => {
  const far = ten.replace('line 1\n', 'one\n').replace('line 9\n', 'nine\n');
  assert.is(
    unifiedDiff(ten, far, { oldPath: 'f' }),
    '--- a/f\n+++ b/f\n' +
      '@@ -1,4 +1,4 @@\n-line 1\n+one\n line 2\n line 3\n line 4\n' +
      '@@ -6,5 +6,5 @@\n line 6\n line 7\n line 8\n-line 9\n+nine\n line 10\n',
  );
  const near = ten.replace('line 1\n', 'one\n').replace('line 8\n', 'eight\n');
  assert.is(
    unifiedDiff(ten, near, { oldPath: 'f' }),
    '--- a/f\n+++ b/f\n' +
      '@@ -1,10 +1,10 @@\n-line 1\n+one\n line 2\n line 3\n line 4\n line 5\n line 6\n line 7\n-line 8\n+eight\n line 9\n line 10\n',
  );
});

test('insertion and deletion hunks count lines as GNU diff does', () => {
  assert.is(
    unifiedDiff('a\nb\n', 'new\na\nb\n', { oldPath: 'f', context: 0 }),
    '--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+new\n',
  );
  assert.is(unifiedDiff('a\nb\nc\n', 'a\nc\n', { oldPath: 'f', context: 0 }), '--- a/f\n+++ b/f\n@@ -2 +1,0 @@\n-b\n');
  assert.is(unifiedDiff('', 'x\n', { oldPath: 'f' }), '--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n');
});

test('a last line without a newline is marked', () => {
  assert.is(
    unifiedDiff('a\nb', 'a\nc', { oldPath: 'f' }),
    '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
  );
  assert.is(
    unifiedDiff('a\nb', 'a\nb\n', { oldPath: 'f' }),
    '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n',
  );
});

test('CRLF lines are printed with their CR; a changed line ending is a change', () => {
  assert.is(
    unifiedDiff('a\r\nb\r\nc\r\n', 'a\r\nB\r\nc\r\n', { oldPath: 'Dockerfile' }),
    '--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,3 +1,3 @@\n a\r\n-b\r\n+B\r\n c\r\n',
  );
  assert.is(unifiedDiff('a\r\n', 'a\n', { oldPath: 'f' }), '--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\r\n+a\n');
});

test('newPath is printed on the +++ line', () => {
  assert.is(unifiedDiff('a\n', 'b\n', { oldPath: 'old', newPath: 'new' }), '--- a/old\n+++ b/new\n@@ -1 +1 @@\n-a\n+b\n');
});

test('a repeated-line file diffs to a minimal script', () => {
  const before = 'x\ny\nx\ny\nx\n';
  const after = 'x\ny\nx\nz\ny\nx\n';
  assert.is(unifiedDiff(before, after, { oldPath: 'f', context: 1 }), '--- a/f\n+++ b/f\n@@ -3,2 +3,3 @@\n x\n+z\n y\n');
});

test.run();
