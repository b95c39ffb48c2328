import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseGoMod } from '../../src/parsers/gomod.ts';

test('parseGoMod: module, go, toolchain; comments, quotes, blocks', () => {
  const cases: [string, ReturnType<typeof parseGoMod>][] = [
    ['module github.com/acme/app\n\ngo 1.23.4\ntoolchain go1.24.1\n', { module: 'github.com/acme/app', go: '1.23.4', toolchain: 'go1.24.1' }],
    ['// header\nmodule "example.com/q" // trailing\ngo 1.22\n', { module: 'example.com/q', go: '1.22' }],
    ['module `example.com/raw`\r\n', { module: 'example.com/raw' }],
    ['module (\n\texample.com/blk\n)\n', { module: 'example.com/blk' }],
    ['go 1.21\nrequire (\n\tgolang.org/x/net v0.1.0 // indirect\n)\nmodule example.com/late\n', { module: 'example.com/late', go: '1.21' }],
    ['require example.com/module v1.0.0\n', {}],
    ['', {}],
    ['module\n', {}],
    ['\u0000\u0001 garbage "unterminated\n', {}],
  ];
  for (const [text, expected] of cases) assert.equal(parseGoMod(text), expected, JSON.stringify(text));
});

test.run();
