// Image references split as written: name, tag, digest; a name whose tag is not known.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { koExe, koImportPath, nameWithUnknownTag, splitImageRef } from '../../src/parsers/image-ref.ts';

test('splitImageRef: a registry port is not a tag; the digest comes off first', () => {
  const cases: [string, ReturnType<typeof splitImageRef>][] = [
    ['api', { name: 'api' }],
    ['ghcr.io/acme/api:1.2', { name: 'ghcr.io/acme/api', tag: '1.2' }],
    ['localhost:5000/api', { name: 'localhost:5000/api' }],
    ['localhost:5000/api:dev', { name: 'localhost:5000/api', tag: 'dev' }],
    ['golang:1.23@sha256:abc', { name: 'golang', tag: '1.23', digest: 'sha256:abc' }],
    ['golang@sha256:abc', { name: 'golang', digest: 'sha256:abc' }],
  ];
  for (const [ref, want] of cases) assert.equal(splitImageRef(ref), want, ref);
});

test('nameWithUnknownTag: the name when the known text reaches the tag, else nothing', () => {
  assert.is(nameWithUnknownTag('ghcr.io/acme/api:'), 'ghcr.io/acme/api');
  assert.is(nameWithUnknownTag('ghcr.io/acme/api:v'), 'ghcr.io/acme/api');
  assert.is(nameWithUnknownTag('localhost:5000/api:'), 'localhost:5000/api');
  assert.is(nameWithUnknownTag('ghcr.io/acme/'), undefined, 'the name itself is not known');
  assert.is(nameWithUnknownTag('localhost:5000/'), undefined, 'a port is not a tag');
  assert.is(nameWithUnknownTag(':tag'), undefined);
});

test('ko: the import path of a ko:// reference; the binary is /ko-app/<last element> (a /v2 suffix kept, as ko does)', () => {
  assert.is(koImportPath('ko://github.com/acme/shop/cmd/worker/'), 'github.com/acme/shop/cmd/worker');
  assert.is(koImportPath('ghcr.io/acme/worker'), undefined);
  assert.is(koExe('github.com/acme/shop/cmd/worker'), '/ko-app/worker');
  assert.is(koExe('github.com/acme/api/v2'), '/ko-app/v2');
  assert.is(koExe(''), '/ko-app/ko-app');
  assert.is(koExe('cmd/server/'), '/ko-app/server', 'a directory written with a trailing slash (skaffold main:)');
});

test.run();
