import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  agentGoSupport,
  buildGoVersion,
  checkGoSupport,
  formatGoRange,
  parseAgentVersion,
  parseGoVersion,
  type GoVersion,
} from '../../src/link/go-versions.ts';
import type { GoBuildInfo } from '../../src/model/image.ts';
import type { Range } from '../../src/model/source.ts';

const R = (line: number): Range => ({ file: 'Dockerfile', line, column: 1, endLine: line, endColumn: 2, start: 0, end: 1 });

function info(o: { image?: string; toolchain?: string; go?: string; tc?: string }): GoBuildInfo {
  const g: GoBuildInfo = { stripped: false, noDwarf: false, pie: false, upx: false, evidence: { range: R(4), message: 'go build' } };
  if (o.image !== undefined) {
    g.goVersion = o.image;
    g.goVersionEvidence = { range: R(1), message: `golang:${o.image}` };
  }
  if (o.toolchain !== undefined) g.goToolchain = { value: o.toolchain, evidence: { range: R(2), message: `GOTOOLCHAIN=${o.toolchain}` } };
  if (o.go !== undefined || o.tc !== undefined) {
    g.goMod = { file: 'go.mod' };
    if (o.go !== undefined) g.goMod.go = { value: o.go, range: { ...R(3), file: 'go.mod' } };
    if (o.tc !== undefined) g.goMod.toolchain = { value: o.tc, range: { ...R(5), file: 'go.mod' } };
  }
  return g;
}

test('parseGoVersion and parseAgentVersion', () => {
  assert.equal(parseGoVersion('1.23'), { version: [1, 23, 0], exact: false });
  assert.equal(parseGoVersion('1.23.4'), { version: [1, 23, 4], exact: true });
  assert.equal(parseGoVersion('go1.25.3'), { version: [1, 25, 3], exact: true });
  assert.equal(parseGoVersion('1.24rc1'), { version: [1, 24, -1], exact: true });
  for (const bad of ['1', 'latest', '1.x', 'go', '1.2.3.4', '1.24rc', 'default']) assert.is(parseGoVersion(bad), undefined, bad);
  assert.equal(parseAgentVersion('v0.24.0'), [0, 24, 0]);
  assert.equal(parseAgentVersion('0.22.1'), [0, 22, 1]);
  assert.equal(parseAgentVersion('v0.19.0-alpha'), [0, 19, 0]);
  for (const bad of ['latest', 'main', undefined, 'v0.24']) assert.is(parseAgentVersion(bad), undefined, String(bad));
});

test('buildGoVersion: image tag, go.mod lower bound, GOTOOLCHAIN local/auto/pinned', () => {
  const table: [string, Parameters<typeof info>[0], string | undefined, string[]][] = [
    ['exact tag', { image: '1.24.4', toolchain: 'local' }, 'go1.24.4', ['Dockerfile:1']],
    ['minor tag', { image: '1.24', toolchain: 'local' }, 'go1.24.x', ['Dockerfile:1']],
    ['minor tag + go.mod patch', { image: '1.24', toolchain: 'local', go: '1.24.5' }, 'go1.24.5 or a later 1.24 patch', ['Dockerfile:1', 'go.mod:3']],
    ['minor tag + go.mod minor', { image: '1.24', toolchain: 'local', go: '1.24' }, 'go1.24.x', ['Dockerfile:1']],
    ['go.mod newer than local: build fails, image wins', { image: '1.23', toolchain: 'local', go: '1.24' }, 'go1.23.x', ['Dockerfile:1']],
    ['local ignores toolchain', { image: '1.24', toolchain: 'local', tc: 'go1.25.3' }, 'go1.24.x', ['Dockerfile:1']],
    ['auto switches to toolchain', { image: '1.24.2', toolchain: 'auto', go: '1.24', tc: 'go1.25.3' }, 'go1.25.3', ['Dockerfile:1', 'Dockerfile:2', 'go.mod:5']],
    ['auto, go line only', { image: '1.23', toolchain: 'auto', go: '1.24.1' }, 'go1.24.1', ['Dockerfile:1', 'Dockerfile:2', 'go.mod:3']],
    ['pinned', { image: '1.23', toolchain: 'go1.25.0' }, 'go1.25.0', ['Dockerfile:2']],
    ['pinned+auto', { image: '1.23', toolchain: 'go1.25.0+auto', tc: 'go1.26.0' }, 'go1.26.0', ['Dockerfile:2', 'go.mod:5']],
    ['no image, go.mod only', { go: '1.22.3' }, 'go1.22.3 or later', ['go.mod:3']],
    ['nothing known', {}, undefined, []],
    ['latest image, no go.mod', { toolchain: 'local' }, undefined, []],
  ];
  for (const [name, o, want, ev] of table) {
    const b = buildGoVersion(info(o));
    assert.is(b && formatGoRange(b.range), want, name);
    assert.equal((b?.evidence ?? []).map((e) => `${e.range.file}:${e.range.line}`), ev, `${name}: evidence`);
  }
});

test('agentGoSupport: nearest listed release at or below; below all: unknown', () => {
  const s = (v: string) => {
    const x = agentGoSupport(parseAgentVersion(v)!);
    return x && [x.agent, x.min.join('.'), x.max.join('.')];
  };
  assert.equal(s('v0.24.0'), ['v0.24.0', '1.19.0', '1.26.1']);
  assert.equal(s('v0.25.3'), ['v0.24.0', '1.19.0', '1.26.1']);
  assert.equal(s('v0.22.0'), ['v0.22.0', '1.19.0', '1.24.3']);
  assert.equal(s('v0.22.1'), ['v0.22.1', '1.19.0', '1.24.4']);
  assert.equal(s('v0.21.5'), ['v0.21.0', '1.19.0', '1.24.0']);
  assert.equal(s('v0.16.0-alpha'), ['v0.15.0', '1.12.0', '1.23.2']);
  assert.is(s('v0.13.0-alpha'), undefined);
});

test('checkGoSupport: certain only when the whole range is outside; maybe only for bounded ranges', () => {
  const s = { min: [1, 19, 0] as GoVersion, max: [1, 24, 4] as GoVersion };
  const r = (lo: GoVersion, hi?: GoVersion) => checkGoSupport(hi ? { lo, hi } : { lo }, s);
  assert.equal(r([1, 24, 4], [1, 24, 4]), { kind: 'ok' });
  assert.equal(r([1, 24, 5], [1, 24, 5]), { kind: 'too-new', certain: true });
  assert.equal(r([1, 25, 0], [1, 25, Infinity]), { kind: 'too-new', certain: true });
  assert.equal(r([1, 24, 0], [1, 24, Infinity]), { kind: 'too-new', certain: false });
  assert.equal(r([1, 23, 0], [1, 23, Infinity]), { kind: 'ok' });
  assert.equal(r([1, 18, 0], [1, 18, Infinity]), { kind: 'too-old', certain: true });
  assert.equal(r([1, 18, 0]), { kind: 'too-old', certain: false });
  assert.equal(r([1, 22, 0]), { kind: 'ok' });
  assert.equal(r([1, 25, 0]), { kind: 'too-new', certain: true });
});

test.run();
