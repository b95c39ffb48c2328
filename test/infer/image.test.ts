import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateImage, lookupPath, resolveSymlinks, goExecName } from '../../src/infer/image.ts';
import { parseDockerfile } from '../../src/parsers/dockerfile.ts';
import { initShellParser } from '../../src/parsers/shell.ts';
import { IN_IMAGE_AGENT_SCRIPT, deployment, inImageAgentDockerfile } from '../helpers/fixtures.ts';
import { containerTarget } from '../helpers/targets.ts';
import { build, evs, fakeRepo, file, r, sourceFile } from '../helpers/image-build.ts';

test.before(async () => {
  await initShellParser();
});

const GO_MOD = 'module github.com/acme/payments/v2\n\ngo 1.23\n';

test('seed article: go build -o in the builder, COPY --from into distroless', () => {
  const img = build(
    `FROM golang:1.23 AS builder
WORKDIR /src
COPY . .
RUN go build -o /app/server ./cmd/server

FROM gcr.io/distroless/static
COPY --from=builder /app/server /app/server
`,
    { 'go.mod': GO_MOD, 'cmd/server/main.go': 'package main' },
  );
  assert.is(img.stageIndex, 1);
  assert.is(img.stageName, undefined);
  assert.equal([img.base.ref, img.base.hasShell, img.base.mergedUsr], ['gcr.io/distroless/static', false, undefined]);
  const f = file(img, '/app/server');
  assert.equal(evs(f.origin), [
    ['go build -o /app/server writes /app/server', '4:5-4:41'],
    ['COPY --from=builder /app/server /app/server', '7:1-7:44'],
  ]);
  const { goVersionEvidence, goToolchain, goMod, ...go } = f.go!;
  assert.equal(
    { ...go, evidence: r(go.evidence.range) },
    { pkg: './cmd/server', stripped: false, noDwarf: false, pie: false, upx: false, goVersion: '1.23', evidence: '4:5-4:41' },
  );
  assert.equal(evs(goVersionEvidence && [goVersionEvidence]), [['golang:1.23 is Go 1.23', '1:1-1:28']]);
  assert.equal(goToolchain && { value: goToolchain.value, evidence: evs(goToolchain.evidence && [goToolchain.evidence]) }, {
    value: 'local',
    evidence: [['golang:1.23 sets GOTOOLCHAIN=local', '1:1-1:28']],
  });
  assert.equal(goMod && { file: goMod.file, go: goMod.go?.value, at: r(goMod.go?.range) }, { file: 'go.mod', go: '1.23', at: '3:1-3:8' });
  assert.is(f.executable, true);
  assert.equal([...img.fs.keys()], ['/app/server']);
  assert.equal(img.unknowns, []);
  assert.is(img.workdir.path, '/');
  assert.is(img.env.get('PATH')?.value, '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
});

test('go build: -o into a directory (trailing slash, or a directory that exists)', () => {
  const img = build(`FROM golang:1.22
WORKDIR /src
RUN go build -o /out/ ./cmd/api ./cmd/worker && \\
    go build -o /usr/local/bin ./cmd/cli
`);
  assert.equal([...img.fs.keys()].sort(), ['/out/api', '/out/worker', '/src', '/usr/local/bin/cli']);
  assert.equal(evs(file(img, '/out/api').origin), [['go build -o /out/ writes /out/api (/out/ is a directory; named after the last element of ./cmd/api)', '3:5-3:45']]);
  assert.equal(evs(file(img, '/usr/local/bin/cli').origin), [
    ['go build -o /usr/local/bin writes /usr/local/bin/cli (/usr/local/bin is a directory; named after the last element of ./cmd/cli)', '4:5-4:41'],
  ]);
});

// go-ethereum's alltools: `go build -o build/bin/ ./cmd/...` writes one binary per main package the pattern matches.
test('go build -o dir/ ./cmd/...: the main packages below cmd in the copied context, as go help packages matches them', () => {
  const repo = {
    'go.mod': 'module github.com/acme/geth\n\ngo 1.24\n',
    'cmd/geth/config.go': '// Copyright 2024 The go-ethereum Authors\n\npackage main\n',
    'cmd/geth/main.go': 'package main\n\nfunc main() {}\n',
    'cmd/clef/main.go': '\uFEFF/* clef */ package main\n',
    'cmd/abigen/main_test.go': 'package main_test\n',
    'cmd/abigen/main.go': 'package main\n',
    'cmd/utils/flags.go': 'package utils\n',
    'cmd/devp2p/internal/v4test/discv4tests.go': 'package v4test\n',
    'cmd/evm/testdata/main.go': 'package main\n',
    'cmd/_old/main.go': 'package main\n',
    'cmd/.hidden/main.go': 'package main\n',
    'cmd/vendor/dep/main.go': 'package main\n',
    'cmd/tool/go.mod': 'module github.com/acme/tool\n',
    'cmd/tool/main.go': 'package main\n',
    'cmd/gen/gen.go': '//go:build ignore\n\npackage main\n',
    'cmd/svc/main_windows.go': 'package main\n',
    'cmd/rlpdump/_main.go': 'package main\n',
    'cmd/rlpdump/.main.go': 'package main\n',
    'cmd/workload/main.go': 'package main\n',
    'internal/app/main.go': 'package main\n',
  };
  const img = build(
    `FROM golang:1.24-alpine AS builder
WORKDIR /src
COPY . .
RUN rm -rf cmd/workload
RUN go build -o build/bin/ ./cmd/...
FROM alpine:3.20
COPY --from=builder /src/build/bin/* /usr/local/bin/
`,
    repo,
  );
  assert.equal([...img.fs.keys()].sort(), ['/usr/local/bin/abigen', '/usr/local/bin/clef', '/usr/local/bin/geth']);
  assert.equal(evs(file(img, '/usr/local/bin/geth').origin), [
    ['go build -o build/bin/ writes /src/build/bin/geth (build/bin/ is a directory; a main package ./cmd/... matches, named after the last element of ./cmd/geth)', '5:5-5:37'],
    ['COPY --from=builder /src/build/bin/* /usr/local/bin/', '7:1-7:53'],
  ]);
  assert.equal(file(img, '/usr/local/bin/geth').go?.goMod?.file, 'go.mod');
  assert.equal([img.unknowns, img.goOutputsUnknown], [[], undefined]);
  // `go install`: into GOPATH/bin; `./...` from the module root: `internal/app` too, not the nested module.
  const inst = build(`FROM golang:1.24-alpine AS builder\nWORKDIR /src\nCOPY . .\nRUN go install ./...\n`, repo);
  assert.equal([...inst.fs.keys()].filter((k) => k.startsWith('/go/bin/')).sort(), [
    '/go/bin/abigen', '/go/bin/app', '/go/bin/clef', '/go/bin/geth', '/go/bin/workload',
  ]);
  assert.equal([inst.unknowns, inst.opaqueDirs], [[], undefined]);
});

test('go build ./cmd/...: what cannot be read stays unknown; without -o, a binary only for a single main package', () => {
  const unknowns = (df: string, files: Record<string, string>) => evs(build(df, files).unknowns).map((e) => e[0]);
  const main = { 'go.mod': 'module example.com/m\n', 'cmd/api/main.go': 'package main\n' };
  // Only go.mod was copied: the directory cmd is not known.
  assert.equal(unknowns('FROM golang:1.24\nWORKDIR /src\nCOPY go.mod ./\nRUN go build -o /out/ ./cmd/...\n', main), [
    'go build ./cmd/...: the packages a pattern matches are not known (/src/cmd is not known to be a directory copied from the build context)',
  ]);
  // A main package whose only file has a build constraint; a pattern that is not `dir/...`.
  assert.equal(unknowns('FROM golang:1.24\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/ ./cmd/...\n', { ...main, 'cmd/ctl/main.go': '//go:build linux\n\npackage main\n' }), [
    'go build ./cmd/...: the packages a pattern matches are not known (whether ./cmd/ctl is a main package depends on the build constraints of its files)',
  ]);
  assert.equal(unknowns('FROM golang:1.24\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/ ./cmd/a...\n', main), [
    'go build ./cmd/a...: the packages a pattern matches are not known (only a directory pattern ending in /... is followed)',
  ]);
  // No -o: one main package is written to the working directory; two packages are built and discarded.
  const one = build('FROM golang:1.24\nWORKDIR /src\nCOPY cmd/ cmd/\nRUN go build ./cmd/...\n', main);
  assert.equal([[...one.fs.keys()], one.unknowns], [['/src', '/src/cmd', '/src/api'], []]);
  const two = build('FROM golang:1.24\nWORKDIR /src\nCOPY . .\nRUN go build ./cmd/...\n', { ...main, 'cmd/lib/lib.go': 'package lib\n' });
  assert.equal([[...two.fs.keys()], two.unknowns], [['/src'], []]);
  // From the image root: the module in tool/ is another module.
  const top = build('FROM golang:1.24\nWORKDIR /\nCOPY . .\nRUN go build -o /out/ ./...\n', { ...main, 'tool/go.mod': 'module example.com/tool\n', 'tool/main.go': 'package main\n' });
  assert.equal([[...top.fs.keys()].filter((k) => k.startsWith('/out/')), top.unknowns], [['/out/api'], []]);
});

test('go build without -o: `.` takes the module path from go.mod (major version skipped); a directory its name', () => {
  const img = build(
    `FROM golang:1.23-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags "-s -w" .
RUN cd cmd/migrate && go build
RUN go build ./tools/gen
`,
    { 'go.mod': GO_MOD, 'go.sum': '', 'main.go': 'package main', 'cmd/migrate/main.go': 'package main', 'tools/gen/main.go': '' },
  );
  const main = file(img, '/src/payments');
  assert.equal(evs(main.origin), [
    [
      'go build . (no -o) writes /src/payments: named after the import path github.com/acme/payments/v2 (module github.com/acme/payments/v2 in go.mod), in the working directory',
      '5:5-5:67',
    ],
  ]);
  assert.equal([main.go?.stripped, main.go?.noDwarf, main.go?.pkg], [true, true, '.']);
  const migrate = file(img, '/src/cmd/migrate/migrate');
  assert.equal(evs(migrate.origin), [
    [
      'go build (no -o) writes /src/cmd/migrate/migrate: named after the import path github.com/acme/payments/v2/cmd/migrate (module github.com/acme/payments/v2 in go.mod), in the working directory',
      '6:23-6:31',
    ],
  ]);
  assert.ok(file(img, '/src/gen').go);
  assert.equal(img.unknowns, []);
  // `./` is `.` (tilt-example-go: `RUN go install ./`): the module's name, not the directory's.
  const slash = build('FROM golang:1.23\nWORKDIR /app\nCOPY . .\nRUN go install ./\n', { 'go.mod': GO_MOD, 'main.go': 'package main' });
  assert.ok(file(slash, '/go/bin/payments').go);
});

test('go build .: no go.mod anywhere is an unknown, not a guess', () => {
  const img = build(`FROM golang:1.23
WORKDIR /src
COPY main.go .
RUN go build .
`, { 'main.go': 'package main' });
  assert.equal(evs(img.unknowns), [['go build .: the output name comes from the module path in go.mod, and no go.mod is known above /src', '4:5-4:15']]);
  assert.equal([...img.fs.keys()].sort(), ['/src', '/src/main.go']);
});

test('go install: GOBIN, GOPATH/bin of the golang image, @version and /vN stripped, prefix assignment', () => {
  const img = build(`FROM golang:1.23 AS tools
RUN go install github.com/go-delve/delve/cmd/dlv@latest
RUN go install github.com/acme/thing/v3@v3.1.0
RUN GOBIN=/opt/bin go install golang.org/x/tools/cmd/stringer@v0.20.0
ENV GOBIN=/usr/local/bin
RUN go install honnef.co/go/tools/cmd/staticcheck
`);
  assert.equal([...img.fs.keys()].sort(), ['/go/bin/dlv', '/go/bin/thing', '/opt/bin/stringer', '/usr/local/bin/staticcheck']);
  assert.equal(evs(file(img, '/go/bin/dlv').origin), [
    [
      'go install github.com/go-delve/delve/cmd/dlv@latest writes /go/bin/dlv (GOPATH/bin (GOPATH=/go); named after the last element of github.com/go-delve/delve/cmd/dlv)',
      '2:5-2:56',
    ],
  ]);
  assert.match(file(img, '/usr/local/bin/staticcheck').origin[0]!.message, '(GOBIN;');
});

test('ARG: in FROM (global), in -o (re-declared), build args override, undeclared global stays unknown', () => {
  const df = `ARG GO_VERSION=1.22
ARG OUT=/never
FROM golang:\${GO_VERSION}-alpine AS build
ARG NAME=server
ARG GO_VERSION
RUN go build -o /bin/$NAME-\${GO_VERSION} ./cmd/x
RUN go build -o $OUT ./cmd/y
`;
  const img = build(df);
  assert.equal([img.base.ref, img.base.goVersion, img.base.golang], ['golang:1.22-alpine', '1.22', true]);
  assert.equal([...img.fs.keys()], ['/bin/server-1.22']);
  assert.is(file(img, '/bin/server-1.22').go?.goVersion, '1.22');
  assert.equal(evs(img.unknowns), [['go build -o $OUT: the output path is not known ($OUT is not set in the image or the script)', '7:5-7:29']]);
  const img2 = build(df, {}, { args: { NAME: 'api', GO_VERSION: '1.24' } });
  assert.equal([img2.base.ref, [...img2.fs.keys()]], ['golang:1.24-alpine', ['/bin/api-1.24']]);
});

test('WORKDIR: relative WORKDIRs join, relative -o and COPY destinations use it', () => {
  const img = build(
    `FROM golang:1.23
WORKDIR /app
WORKDIR sub/dir
RUN go build -o bin/server ./cmd/server
COPY run.sh .
`,
    { 'run.sh': '#!/bin/sh\nexec ./bin/server\n' },
  );
  assert.equal(img.workdir.path, '/app/sub/dir');
  assert.equal(evs(img.workdir.evidence ? [img.workdir.evidence] : []), [['WORKDIR sub/dir is /app/sub/dir', '3:1-3:16']]);
  assert.ok(file(img, '/app/sub/dir/bin/server').go);
  const script = file(img, '/app/sub/dir/run.sh');
  assert.is(script.contextFile, 'run.sh');
  assert.equal(script.script?.commands.map((c) => c.words.map((w) => w.raw).join(' ')), ['exec ./bin/server']);
});

test('golang image defaults: WORKDIR /go, GOPATH, PATH; a derived stage inherits ENV and WORKDIR', () => {
  const img = build(`FROM golang:1.23 AS base
ENV APP_HOME=/srv/app
FROM base
RUN go build -o app ./cmd/app
`);
  assert.is(img.workdir.path, '/go');
  assert.equal(evs([img.workdir.evidence!]), [['golang:1.23 starts in WORKDIR /go', '1:1-1:25']]);
  assert.is(img.env.get('GOPATH')?.value, '/go');
  assert.is(img.env.get('PATH')?.value, '/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  assert.equal(evs([img.env.get('APP_HOME')!.evidence!]), [['ENV APP_HOME=/srv/app', '2:5-2:22']]);
  assert.ok(file(img, '/go/app').go);
  assert.is(img.stageIndex, 1);
});

test('COPY from the context: into a directory, keeping names, --chmod, scripts parsed, globs', () => {
  const img = build(
    `FROM debian:bookworm-slim
COPY server /usr/local/bin
COPY --chmod=755 docker/entrypoint.sh docker/healthcheck /
COPY configs/*.yaml /etc/app/
COPY missing-binary /app/
COPY golang/ /opt/
COPY dist/. /srv/
`,
    {
      server: '\x7fELF...',
      'docker/entrypoint.sh': '#!/usr/bin/env bash\nset -e\nexec /usr/local/bin/server "$@"\n',
      'docker/healthcheck': '#!/bin/sh\nwget -q localhost:8080\n',
      'configs/a.yaml': '',
      'configs/b.yaml': '',
      'configs/c.json': '',
    },
  );
  // A directory that is not in the repository: its files are not known, and none takes its name.
  assert.equal([...img.fs.keys()].sort(), [
    '/app/missing-binary',
    '/entrypoint.sh',
    '/etc/app/a.yaml',
    '/etc/app/b.yaml',
    '/healthcheck',
    '/opt',
    '/srv',
    '/usr/local/bin/server',
  ]);
  assert.equal([img.fs.get('/opt')?.type, img.fs.get('/srv')?.type], ['dir', 'dir']);
  const srv = file(img, '/usr/local/bin/server');
  assert.equal([srv.contextFile, srv.executable, srv.script, srv.go], ['server', undefined, undefined, undefined]);
  const ep = file(img, '/entrypoint.sh');
  assert.equal([ep.contextFile, ep.executable], ['docker/entrypoint.sh', true]);
  assert.equal(ep.script?.commands.map((c) => c.words.map((w) => w.raw).join(' ')), ['set -e', 'exec /usr/local/bin/server "$@"']);
  assert.is(ep.script?.commands[1]!.range.file, 'docker/entrypoint.sh');
  assert.ok(file(img, '/healthcheck').script);
  assert.equal(evs(img.unknowns), [
    ['COPY missing-binary /app/: missing-binary is not in the repository (built outside Docker, or ignored)', '5:1-5:26'],
    ['COPY golang/ /opt/: golang is not in the repository (built outside Docker, or ignored): the files it holds are not known', '6:1-6:19'],
    ['COPY dist/. /srv/: dist is not in the repository (built outside Docker, or ignored): the files it holds are not known', '7:1-7:18'],
  ]);
  assert.equal([img.base.mergedUsr, img.base.hasShell], [true, true]);
});

test('COPY . . : paths under the copied directory resolve to repository files lazily; rm hides them', () => {
  const files = {
    'app/go.mod': 'module example.com/svc\n',
    'app/main.go': 'package main',
    'app/scripts/start.sh': '#!/bin/sh\nexec /svc "$@"\n',
    'app/scripts/old.sh': '#!/bin/sh\n',
  };
  const img = build(
    `FROM alpine:3.20
WORKDIR /srv
COPY . .
RUN rm -rf scripts/old.sh
`,
    files,
    { context: 'app', path: 'app/Dockerfile' },
  );
  const dir = img.fs.get('/srv');
  assert.equal(dir && dir.type === 'dir' ? [dir.contextDir, evs(dir.origin)] : [], ['app', [['COPY . .', '3:1-3:9']]]);
  const start = file(img, '/srv/scripts/start.sh');
  assert.equal([start.contextFile, evs(start.origin)], ['app/scripts/start.sh', [['COPY . .', '3:1-3:9']]]);
  assert.is(start.script?.commands[0]!.range.file, 'app/scripts/start.sh');
  const sub = lookupPath(img, '/srv/scripts');
  assert.equal(sub && sub.type === 'dir' ? sub.contextDir : undefined, 'app/scripts');
  assert.is(lookupPath(img, '/srv/scripts/old.sh'), undefined);
  assert.is(lookupPath(img, '/srv/nope'), undefined);
  assert.is(img.base.mergedUsr, false);
});

test('COPY --from a directory of another stage keeps its overlays and files', () => {
  const img = build(
    `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /src/bin/app ./cmd/app
FROM alpine:3.19
COPY --from=build /src /opt/src
COPY --from=0 /src/bin/app /usr/bin/
`,
    { 'cmd/app/main.go': '', 'deploy/run.sh': '#!/bin/sh\nexec /usr/bin/app\n' },
  );
  assert.equal(evs(file(img, '/opt/src/bin/app').origin).map((e) => e[0]), [
    'go build -o /src/bin/app writes /src/bin/app',
    'COPY --from=build /src /opt/src',
  ]);
  assert.equal(evs(file(img, '/opt/src/deploy/run.sh').origin).map((e) => e[0]), ['COPY . .', 'COPY --from=build /src /opt/src']);
  assert.is(file(img, '/opt/src/deploy/run.sh').contextFile, 'deploy/run.sh');
  assert.equal(evs(file(img, '/usr/bin/app').origin).map((e) => e[0]), [
    'go build -o /src/bin/app writes /src/bin/app',
    'COPY --from=0 /src/bin/app /usr/bin/',
  ]);
});

test('symlinks: ln -s (absolute and relative targets), resolveSymlinks with evidence', () => {
  const img = build(`FROM golang:1.23 AS build
RUN go build -o /app/bin/server ./cmd/server && \\
    ln -s /app/bin/server /usr/local/bin/app && \\
    cd /app && ln -sf bin/server current && \\
    ln -s /usr/local/bin/app /hop
`);
  const link = img.fs.get('/usr/local/bin/app');
  assert.equal(link, {
    type: 'symlink',
    path: '/usr/local/bin/app',
    target: '/app/bin/server',
    origin: [{ range: link!.origin[0]!.range, message: 'ln -s /app/bin/server /usr/local/bin/app makes /usr/local/bin/app a symlink to /app/bin/server' }],
  });
  assert.equal(r(link!.origin[0]!.range), '3:5-3:45');
  const res = resolveSymlinks(img, '/hop');
  assert.is(res.path, '/app/bin/server');
  assert.equal(evs(res.chain), [
    ['/hop is a symlink to /usr/local/bin/app', '5:5-5:34'],
    ['/usr/local/bin/app is a symlink to /app/bin/server', '3:5-3:45'],
  ]);
  assert.equal(resolveSymlinks(img, '/app/current').path, '/app/bin/server');
  // lookupPath returns the link itself; the binary behind it is found after resolving.
  assert.is(lookupPath(img, '/usr/local/bin/app')?.type, 'symlink');
  assert.ok(file(img, resolveSymlinks(img, '/usr/local/bin/app').path).go);
});

test('symlinks: a loop, or more than 40 links in a row, is ELOOP for the kernel: no path', async () => {
  const loop = build(`FROM golang:1.23
RUN go build -o /app/server . && ln -s /app/b /app/a && ln -s /app/a /app/b
`);
  const res = resolveSymlinks(loop, '/app/a');
  assert.is(res.loop, true);
  assert.equal(evs(res.chain).slice(0, 2).map((e) => e[0]), ['/app/a is a symlink to /app/b', '/app/b is a symlink to /app/a']);
  const chain = (n: number) => build(`FROM golang:1.23\nRUN go build -o /l0 .\n${Array.from({ length: n }, (_, i) => `RUN ln -s /l${i} /l${i + 1}\n`).join('')}`);
  // 40 links are followed (Linux's MAXSYMLINKS); the 41st is one too many.
  assert.equal(resolveSymlinks(chain(40), '/l40'), { path: '/l0', chain: resolveSymlinks(chain(40), '/l40').chain });
  assert.is(resolveSymlinks(chain(40), '/l40').chain.length, 40);
  assert.is(resolveSymlinks(chain(41), '/l41').loop, true);
  const t = await containerTarget({
    Dockerfile: `FROM golang:1.23\nRUN go build -o /app/server . && ln -s /app/b /app/a && ln -s /app/a /app/b\nENTRYPOINT ["/app/a"]\n`,
    'k8s.yaml': deployment({ appImage: 'ghcr.io/acme/app:1' }),
  });
  assert.equal([t.status, t.exe, t.reason], ['unknown', undefined, '/app/a leads through more than 40 symbolic links (a loop?): the kernel refuses to run it (ELOOP)']);
});

// hashicorp/consul's entrypoint scripts: `#!/usr/bin/dumb-init /bin/sh`. The kernel runs dumb-init, which starts the
// shell on the script as its child; the script's exec is the program.
test('a script whose #! line is an init and a shell (dumb-init, tini) is read and followed', async () => {
  const files = (shebang: string) => ({
    Dockerfile: 'FROM golang:1.24-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /bin/app\nCOPY entrypoint.sh /usr/local/bin/entrypoint.sh\nENTRYPOINT ["entrypoint.sh"]\n',
    'go.mod': 'module example.com/app\n',
    'entrypoint.sh': `${shebang}\nset -e\nexec app "$@"\n`,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/app:1', target: '/bin/app' }),
  });
  const dumb = await containerTarget(files('#!/usr/bin/dumb-init /bin/sh'));
  assert.equal([dumb.status, dumb.exe, dumb.through], ['resolved', '/bin/app', ['dumb-init', 'entrypoint.sh']]);
  const tini = await containerTarget(files('#!/sbin/tini -s -- /bin/bash'));
  assert.equal([tini.status, tini.exe, tini.through], ['resolved', '/bin/app', ['tini', 'entrypoint.sh']]);
  // Another program on the #! line is no shell script.
  const other = await containerTarget(files('#!/usr/bin/python3'));
  assert.is(other.status, 'unknown');
});

// nomad: `#!/usr/bin/env ash`. env runs ash from PATH and is gone: the script's process shows ash, not env.
test('a script run through #!/usr/bin/env: its interpreter is the program env finds', async () => {
  const { lintRepo } = await import('../helpers/rule-tester.ts');
  const { targetReport } = await import('../../src/engine/targets.ts');
  const files = {
    Dockerfile: 'FROM golang:1.24-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /bin/app\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n',
    'go.mod': 'module example.com/app\n',
    'entrypoint.sh': '#!/usr/bin/env ash\nexec app "$@"\n',
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/app:1', target: '/bin/app' }),
  };
  const r = await lintRepo(files, [], ['.']);
  const e = targetReport(r.model, () => true).find((t) => t.container === 'app')!;
  assert.equal([e.exe, e.wrappers.map((w) => [w.name, w.exe])], ['/bin/app', [['entrypoint.sh', '/bin/ash']]]);
});

// The docker-library idiom copied into Go images: as root, re-run the script as the app user (`exec gosu app "$0" "$@"`);
// that run's root test fails and it takes the other path.
test('a script that re-runs itself as another user ($0 through gosu) ends in its other path', async () => {
  const files = (rerun: string) => ({
    Dockerfile: 'FROM golang:1.24 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /svc .\nFROM debian:12-slim\nCOPY --from=build /svc /usr/local/bin/svc\nCOPY entry.sh /entry.sh\nENTRYPOINT ["/entry.sh"]\nCMD ["svc"]\n',
    'go.mod': 'module example.com/svc\n',
    'entry.sh': `#!/bin/bash\nset -e\nif [ "$1" = "svc" ] && [ "$(id -u)" = "0" ]; then\n  chown -R app /data\n  exec ${rerun} "$@"\nfi\nexec "$@"\n`,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/app:1', target: '/usr/local/bin/svc' }),
  });
  const t = await containerTarget(files('gosu app "$0"'));
  assert.equal([t.status, t.exe], ['resolved', '/usr/local/bin/svc']);
  assert.ok(t.steps.includes('entry.sh:5: gosu app /entry.sh svc runs /entry.sh again as another user, and that run takes one of its other paths'), t.steps.join('\n'));
  // Another program as another user is another path: not known which.
  const other = await containerTarget(files('su-exec app /usr/local/bin/other'));
  assert.is(other.status, 'unknown');
});

// minio's entrypoint: `exec chroot --userspec=${MINIO_USERNAME}:${MINIO_GROUPNAME} / minio "$@"`.
test('chroot to / with --userspec runs the command on the same files; another root is not known', async () => {
  const files = (line: string) => ({
    Dockerfile: 'FROM golang:1.24 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM debian:12-slim\nCOPY --from=build /out/app /usr/local/bin/app\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["app"]\n',
    'go.mod': 'module example.com/app\n',
    'entrypoint.sh': `#!/bin/sh\n${line}\n`,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/app:1', target: '/usr/local/bin/app' }),
  });
  const t = await containerTarget(files('exec chroot --userspec=1000:1000 / "$@"'));
  assert.equal([t.status, t.exe, t.through], ['resolved', '/usr/local/bin/app', ['entrypoint.sh', 'chroot']]);
  const other = await containerTarget(files('exec chroot /srv/root "$@"'));
  assert.equal([other.status, other.reason], ['unknown', 'chroot runs the command under another root ("/srv/root"), whose files are not known']);
});

// btcd: `go install -v . ./cmd/...` then `COPY --from=build /go/bin /bin`.
test('go install of a package and a pattern: the pattern\'s main packages from the context, else in the directory unnamed', async () => {
  const files = (entry: string, more: Record<string, string> = {}) => ({
    Dockerfile: `FROM golang:1.22-alpine AS build\nADD . /app\nWORKDIR /app\nRUN go install -v . ./cmd/...\nFROM alpine:3.15\nCOPY --from=build /go/bin /bin\nENTRYPOINT ["${entry}"]\n`,
    'go.mod': 'module github.com/btcsuite/btcd\n\ngo 1.22\n',
    'main.go': 'package main\n',
    'cmd/btcctl/btcctl.go': 'package main\n',
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/btcd:1', target: '/bin/btcd' }),
    ...more,
  });
  const btcd = await containerTarget(files('btcd'));
  assert.equal([btcd.status, btcd.exe], ['resolved', '/bin/btcd']);
  const btcctl = await containerTarget(files('btcctl'));
  assert.equal([btcctl.status, btcctl.exe], ['resolved', '/bin/btcctl']);
  // A main package built for amd64 only: whether it is one is not known, so neither are the pattern's binaries.
  const open = await containerTarget(files('btcctl', { 'cmd/addblock/main_amd64.go': 'package main\n' }));
  assert.is(open.status, 'unknown');
  assert.match(open.reason ?? '', '/bin');
  assert.not.match(open.reason ?? '', 'not on the image PATH as far as the Dockerfile shows');
  assert.equal((await containerTarget(files('btcd', { 'cmd/addblock/main_amd64.go': 'package main\n' }))).exe, '/bin/btcd');
});

test('merged /usr: /bin/x runs as /usr/bin/x on Debian 12, not on Debian 11', () => {
  const df = (base: string) => `FROM golang:1.23 AS build
RUN go build -o /out/server .
FROM ${base}
COPY --from=build /out/server /bin/server
`;
  const files = { 'go.mod': 'module x/server\n' };
  const merged = build(df('debian:12'), files);
  const res = resolveSymlinks(merged, '/bin/server');
  assert.is(res.path, '/usr/bin/server');
  assert.equal(evs(res.chain), [['debian:12 has a merged /usr (/bin is a symlink to usr/bin), so /bin/server is /usr/bin/server', '3:1-3:15']]);
  assert.equal(evs(file(merged, '/usr/bin/server').origin).map((e) => e[0]), [
    'go build -o /out/server writes /out/server',
    'COPY --from=build /out/server /bin/server',
  ]);
  const split = build(df('debian:bullseye'), files);
  assert.equal(resolveSymlinks(split, '/bin/server'), { path: '/bin/server', chain: [] });
  assert.is(lookupPath(split, '/usr/bin/server'), undefined);
});

test('multi-stage: target selection; an unknown target throws', () => {
  const df = `FROM golang:1.23 AS Build
RUN go build -o /app/server ./cmd/server
FROM scratch AS final
COPY --from=build /app/server /server
ENTRYPOINT ["/server"]
`;
  const b = build(df, {}, { target: 'build' });
  assert.equal([b.stageIndex, b.stageName, [...b.fs.keys()]], [0, 'build', ['/app/server']]);
  const f = build(df);
  assert.equal([f.stageIndex, f.stageName, [...f.fs.keys()], f.base.ref, f.base.hasShell], [1, 'final', ['/server'], 'scratch', false]);
  const doc = parseDockerfile({ ...sourceFile('Dockerfile', df), kind: 'dockerfile' });
  assert.throws(() => evaluateImage(doc, { target: 'nope', buildArgs: new Map(), context: '.', repo: fakeRepo({}) }), /no stage named nope/);
});

test('ENTRYPOINT/CMD: an ENTRYPOINT resets an inherited CMD, not one from its own stage; agent image CMD', () => {
  const img = build(`FROM alpine:3.20 AS base
CMD ["--help"]
FROM base AS a
ENTRYPOINT ["/app/server"]
FROM base AS b
CMD ["serve"]
ENTRYPOINT ["/app/server", "-v"]
`);
  assert.equal(img.entrypoint?.argv.map((a) => a.value), ['/app/server', '-v']);
  assert.equal(img.cmd?.argv.map((a) => a.value), ['serve']);
  assert.equal(evs([img.entrypoint!.evidence, img.cmd!.evidence]), [
    ['ENTRYPOINT ["/app/server","-v"]', '7:1-7:33'],
    ['CMD ["serve"]', '6:1-6:14'],
  ]);
  const a = build(`FROM alpine:3.20 AS base
CMD ["--help"]
FROM base AS a
ENTRYPOINT ["/app/server"]
`);
  assert.is(a.cmd, undefined);
  const inherited = build(`FROM alpine AS base
ENTRYPOINT ["/app/server"]
FROM base
CMD ["run"]
`);
  assert.equal([inherited.entrypoint?.argv.map((x) => x.value), inherited.cmd?.argv.map((x) => x.value)], [['/app/server'], ['run']]);
  const agent = build('FROM otel/autoinstrumentation-go:v0.24.0\n');
  assert.equal([agent.base.agent, agent.base.tag, agent.cmd?.argv.map((x) => x.value), agent.entrypoint], ['go-auto', 'v0.24.0', ['/otel-go-instrumentation'], undefined]);
});

test('shell-form ENTRYPOINT: SHELL + -c + text, with the parsed script', () => {
  const img = build(`FROM debian:bookworm
SHELL ["/bin/bash", "-c"]
ENTRYPOINT exec /app/server --port \${PORT}
`);
  const e = img.entrypoint!;
  assert.is(e.form, 'shell');
  assert.equal(e.argv.map((a) => [a.value, r(a.range)]), [
    ['/bin/bash', 'none'],
    ['-c', 'none'],
    ['exec /app/server --port ${PORT}', '3:12-3:43'],
  ]);
  assert.equal(e.script?.commands.map((c) => c.words.map((w) => w.raw).join(' ')), ['exec /app/server --port ${PORT}']);
  assert.equal(img.shell, ['/bin/bash', '-c']);
});

test('RUN file commands: cp, mv, install -m, chmod, strip, upx, mkdir; -buildmode=pie', () => {
  const img = build(`FROM golang:1.26 AS build
WORKDIR /src
RUN go build -buildmode=pie -ldflags=-s -o /tmp/a ./cmd/a && \\
    go build -o /tmp/b ./cmd/b && \\
    go build -o /tmp/c ./cmd/c && \\
    mkdir -p /opt/app && \\
    cp /tmp/a /opt/app/ && \\
    mv /tmp/b /opt/app/b2 && \\
    install -m 0644 /tmp/c /usr/local/bin/c && \\
    chmod +x /usr/local/bin/c && \\
    strip /opt/app/b2 && \\
    upx --best /opt/app/a
`);
  assert.equal([...img.fs.keys()].sort(), ['/opt/app', '/opt/app/a', '/opt/app/b2', '/src', '/tmp/a', '/tmp/c', '/usr/local/bin/c']);
  const a = file(img, '/opt/app/a');
  assert.equal([a.go?.pie, a.go?.stripped, a.go?.upx, a.go?.goVersion], [true, true, true, '1.26']);
  assert.equal(evs(a.origin).map((e) => e[0]), [
    'go build -o /tmp/a writes /tmp/a',
    'cp /tmp/a /opt/app/ puts /tmp/a at /opt/app/a',
    'upx --best /opt/app/a packs /opt/app/a (the file on disk becomes the UPX stub)',
  ]);
  const b = file(img, '/opt/app/b2');
  assert.equal([b.go?.stripped, b.go?.noDwarf, b.go?.upx], [true, true, false]);
  const c = file(img, '/usr/local/bin/c');
  assert.is(c.executable, true);
  assert.equal(evs(c.origin).map((e) => e[0]), [
    'go build -o /tmp/c writes /tmp/c',
    'install -m 0644 /tmp/c /usr/local/bin/c puts /tmp/c at /usr/local/bin/c',
    'chmod +x /usr/local/bin/c makes /usr/local/bin/c executable',
  ]);
  assert.is(file(img, '/tmp/a').go?.upx, false);
});

test('Go version facts: go.mod directives above the package, GOTOOLCHAIN from ENV and a prefix, none for pkg@version', () => {
  const goMod = 'module github.com/acme/shop\n\n// needs 1.24.5 for the fix\ngo 1.24.5 // comment\n\n\ttoolchain go1.25.3\n';
  const img = build(
    `FROM golang:1.24-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /out/shop ./cmd/shop
ENV GOTOOLCHAIN=auto
RUN go build -o /out/auto . && \\
    GOTOOLCHAIN=go1.25.0 go build -o /out/pinned ./cmd/shop && \\
    go install golang.org/x/tools/cmd/stringer@latest
WORKDIR /src/cmd/shop
RUN go build -o /out/here
`,
    { 'go.mod': goMod, 'cmd/shop/main.go': 'package main' },
  );
  const facts = (path: string) => {
    const g = file(img, path).go!;
    return {
      version: g.goVersion,
      from: r(g.goVersionEvidence?.range),
      toolchain: g.goToolchain && [g.goToolchain.value, evs(g.goToolchain.evidence && [g.goToolchain.evidence])],
      mod: g.goMod && [g.goMod.file, g.goMod.go?.value, r(g.goMod.go?.range), g.goMod.toolchain?.value, r(g.goMod.toolchain?.range)],
    };
  };
  const mod = ['go.mod', '1.24.5', '4:1-4:10', 'go1.25.3', '6:2-6:20'];
  assert.equal(facts('/out/shop'), {
    version: '1.24',
    from: '1:1-1:33',
    toolchain: ['local', [['golang:1.24-alpine sets GOTOOLCHAIN=local', '1:1-1:33']]],
    mod,
  });
  assert.equal(facts('/out/auto').toolchain, ['auto', [['ENV GOTOOLCHAIN=auto', '5:5-5:21']]]);
  assert.equal(facts('/out/auto').mod, mod);
  assert.equal(facts('/out/pinned').toolchain, ['go1.25.0', [['GOTOOLCHAIN=go1.25.0', '7:5-7:60']]]);
  assert.equal(facts('/out/here').mod, mod, 'no package: the working directory, go.mod two levels up');
  assert.equal(facts('/go/bin/stringer').mod, undefined, 'pkg@version builds another module');
});

test('Go version facts: no go.mod, a go.mod without go directive, a go.mod written by a heredoc', () => {
  const img = build(
    `FROM debian:12 AS build
WORKDIR /a
RUN go build -o /out/a .
WORKDIR /b
COPY <<EOF go.mod
module example.com/b
go 1.23
EOF
RUN go build -o /out/b .
`,
  );
  const a = file(img, '/out/a').go!;
  assert.equal([a.goVersion, a.goVersionEvidence, a.goToolchain, a.goMod], [undefined, undefined, undefined, undefined]);
  const b = file(img, '/out/b').go!;
  assert.equal(b.goMod && [b.goMod.file, b.goMod.go?.value, r(b.goMod.go?.range)], ['/b/go.mod', '1.23', '5:1-8:4']);
});

test('unknowns: unknown -o variable, COPY from an unknown image, a file made by `make`', () => {
  const img = build(`FROM golang:1.23 AS build
RUN go build -o /app/$(cat name.txt) ./cmd/x
RUN make build
FROM alpine:3.20
COPY --from=build /src/bin/server /server
COPY --from=example.com/tools:1 /tool /usr/bin/tool
COPY --from=otel/autoinstrumentation-go:v0.24.0 /otel-go-instrumentation /agent
`);
  const msgs = evs(img.unknowns);
  assert.equal(msgs[0]![1], '2:5-2:45');
  assert.match(msgs[0]![0], 'go build -o /app/$(cat name.txt): the output path is not known');
  assert.equal(msgs.slice(1), [
    ['make build: no Makefile the build copies in is at /go/Makefile, so what make builds is not known', '3:5-3:15'],
    ['COPY --from=build /src/bin/server /server: how /src/bin/server was made in stage build is not known', '5:1-5:42'],
    ['COPY --from=example.com/tools:1 /tool /usr/bin/tool: the files of the image example.com/tools:1 are not known', '6:1-6:52'],
  ]);
  assert.equal(file(img, '/server').go, undefined);
  assert.equal(evs(file(img, '/agent').origin), [
    ['COPY --from=otel/autoinstrumentation-go:v0.24.0 /otel-go-instrumentation /agent (the Go auto-instrumentation agent\'s binary)', '7:1-7:80'],
  ]);
});

test('COPY --from a directory the build made only by writing into it (`go build -o bin/x`): its files are copied', () => {
  const img = build(`FROM golang:1.23 AS build
WORKDIR /src
RUN go build -o bin/api ./cmd/api && go build -o bin/cli ./cmd/cli
FROM alpine:3.20
COPY --from=build /src/bin/ /usr/local/bin/
COPY --from=build /src /opt/src
`);
  assert.equal(evs(file(img, '/usr/local/bin/api').origin), [
    ['go build -o bin/api writes /src/bin/api', '3:5-3:34'],
    ['COPY --from=build /src/bin/ /usr/local/bin/', '5:1-5:44'],
  ]);
  assert.ok(file(img, '/usr/local/bin/cli').go);
  assert.ok(file(img, '/opt/src/bin/api').go);
  assert.equal(img.unknowns, []);
});

test('COPY of a context file whose directory is not known: into a directory it keeps its known name; otherwise nothing', () => {
  const img = build(`FROM alpine:3.20
ARG TARGETARCH
COPY --chmod=755 ./build/\${TARGETARCH}/temporal-server /usr/local/bin/
COPY ./bin/server-\${TARGETARCH} /usr/local/bin/
COPY ./out/\${TARGETARCH}/ /opt/
COPY ./\${TARGETARCH}/*.so /usr/lib/
COPY ./build/\${TARGETARCH}/cli /usr/bin/cli
`);
  const e = file(img, '/usr/local/bin/temporal-server');
  assert.is(e.executable, true, '--chmod=755');
  assert.equal(evs(e.origin), [
    [
      'COPY --chmod=755 ./build/${TARGETARCH}/temporal-server /usr/local/bin/ puts /usr/local/bin/temporal-server there (which directory of the build context ./build/${TARGETARCH}/temporal-server names is not known: the value of TARGETARCH is not known)',
      '3:1-3:71',
    ],
  ]);
  // The unknown value is in the name, the source is a directory or a glob, the destination is a file name: nothing.
  assert.equal([...img.fs.values()].filter((x) => x.type === 'file').map((x) => x.path), ['/usr/local/bin/temporal-server']);
  assert.equal(img.unknowns.length, 5, 'each source is still an unknown');
});

test('COPY --from a source with platform ARGs: the builds it matches, when all built alike, give the facts; TARGETOS is linux', () => {
  const img = build(`FROM golang:1.26 AS back
WORKDIR /src
RUN GOARCH=amd64 go build -ldflags="-s -w" -o server_linux_amd64 . && GOARCH=arm64 go build -ldflags="-s -w" -o server_linux_arm64 .
RUN GOOS=darwin go build -o server_darwin_arm64 . && go build -ldflags=-s -o out/amd64/cli . && go build -ldflags=-s -o out/arm64/cli .
FROM alpine:3.20
ARG TARGETOS
ARG TARGETARCH
COPY --from=back /src/server_\${TARGETOS}_\${TARGETARCH} /server
COPY --from=back /src/out/\${TARGETARCH}/cli /usr/local/bin/
`);
  const e = file(img, '/server');
  assert.equal([e.go?.stripped, e.go?.noDwarf, e.go?.pie, e.go?.goVersion], [true, true, false, '1.26']);
  assert.equal(evs(e.origin), [
    ['go build -o server_linux_amd64 writes /src/server_linux_amd64', '3:5-3:67'],
    [
      'COPY --from=back /src/server_${TARGETOS}_${TARGETARCH} /server (one of 2 builds of stage back matching /src/server_${TARGETOS}_${TARGETARCH}, all built alike: /src/server_linux_amd64, /src/server_linux_arm64; the value of TARGETARCH is not known)',
      '8:1-8:63',
    ],
  ]);
  const cli = file(img, '/usr/local/bin/cli');
  assert.equal([cli.go?.stripped, cli.go?.noDwarf], [true, false]);
  assert.equal(evs(cli.origin).map((x) => x[0]), [
    'go build -o out/amd64/cli writes /src/out/amd64/cli',
    'COPY --from=back /src/out/${TARGETARCH}/cli /usr/local/bin/ (one of 2 builds of stage back matching /src/out/${TARGETARCH}/cli, all built alike: /src/out/amd64/cli, /src/out/arm64/cli; the value of TARGETARCH is not known)',
  ]);
  assert.equal(img.unknowns, []);
});

test('COPY --from a source with platform ARGs: builds not alike, or a name not known in a directory, stay unknown', () => {
  const img = build(`FROM golang:1.26 AS back
WORKDIR /src
RUN go build -ldflags="-s -w" -o server_linux_amd64 . && go build -o server_linux_arm64 .
RUN go build -o cli-amd64 . && go build -o cli-arm64 .
FROM alpine:3.20
ARG TARGETOS
ARG TARGETARCH
COPY --from=back /src/server_\${TARGETOS}_\${TARGETARCH} /server
COPY --from=back /src/cli-\${TARGETARCH} /usr/local/bin/
COPY --from=back /src/cli-\${TARGETARCH} /cli
`);
  assert.is(lookupPath(img, '/server'), undefined);
  assert.equal([...img.fs.values()].filter((x) => x.type === 'file').map((x) => x.path), ['/cli']);
  assert.equal(evs(img.unknowns), [
    [
      'COPY --from=back /src/server_${TARGETOS}_${TARGETARCH} /server: the source /src/server_${TARGETOS}_${TARGETARCH} is not known (the value of TARGETARCH is not known), and the 2 builds of stage back matching it are not built alike (they differ in -s, -w): /src/server_linux_amd64, /src/server_linux_arm64',
      '8:1-8:63',
    ],
    [
      'COPY --from=back /src/cli-${TARGETARCH} /usr/local/bin/: the source /src/cli-${TARGETARCH} is not known (the value of TARGETARCH is not known), nor its name in /usr/local/bin (one of 2 builds of stage back matching /src/cli-${TARGETARCH}, all built alike: /src/cli-amd64, /src/cli-arm64)',
      '9:1-9:56',
    ],
  ]);
});

test('COPY --from a source with platform ARGs: a stage with Go builds or directories it cannot name has no known candidates', () => {
  const img = build(`FROM golang:1.26 AS back
WORKDIR /src
RUN go build -ldflags=-s -o server_linux_amd64 . && go build -ldflags=-s -o /src/server_linux_$(go env GOARCH) .
FROM golang:1.26 AS opaque
RUN go build -ldflags=-s -o /out/server_linux_amd64 .
COPY bin/ /out/
FROM alpine:3.20
ARG TARGETOS
ARG TARGETARCH
COPY --from=back /src/server_\${TARGETOS}_\${TARGETARCH} /server
COPY --from=opaque /out/server_\${TARGETOS}_\${TARGETARCH} /server2
`);
  assert.equal([...img.fs.values()].filter((x) => x.type === 'file').map((x) => x.path), []);
  assert.equal(evs(img.unknowns).map((x) => x[0]).filter((m) => m.includes('${TARGETARCH}')), [
    'COPY --from=back /src/server_${TARGETOS}_${TARGETARCH} /server: the source /src/server_${TARGETOS}_${TARGETARCH} is not known (the value of TARGETARCH is not known)',
    'COPY --from=opaque /out/server_${TARGETOS}_${TARGETARCH} /server2: the source /out/server_${TARGETOS}_${TARGETARCH} is not known (the value of TARGETARCH is not known)',
  ]);
});

test('RUN --mount=type=bind from the context: visible to that RUN only (docker init template)', () => {
  const img = build(
    `FROM golang:1.23 AS build
WORKDIR /src
RUN --mount=type=cache,target=/go/pkg/mod/ \\
    --mount=type=bind,source=go.mod,target=go.mod \\
    --mount=type=bind,target=. \\
    CGO_ENABLED=0 go build -o /bin/ .
RUN go build ./...
`,
    { 'go.mod': 'module github.com/acme/api\n', 'main.go': 'package main' },
    { target: 'build' },
  );
  assert.equal(evs(file(img, '/bin/api').origin).map((e) => e[0]), [
    'go build -o /bin/ writes /bin/api (/bin/ is a directory; named after the import path github.com/acme/api (module github.com/acme/api in go.mod))',
  ]);
  assert.is(lookupPath(img, '/src/go.mod'), undefined);
  assert.equal(evs(img.unknowns), [
    ['go build ./...: the packages a pattern matches are not known (/src is not known to be a directory copied from the build context)', '7:5-7:19'],
  ]);
});

test('goExecName', () => {
  const cases: [string, string][] = [
    ['github.com/acme/app', 'app'],
    ['github.com/acme/app/v2', 'app'],
    ['example.com/v1', 'v1'],
    ['gopkg.in/yaml.v3', 'yaml'],
    ['/src/cmd/server', 'server'],
  ];
  for (const [p, n] of cases) assert.is(goExecName(p), n, p);
});



test("docker/xx's xx-go builds like go (flags, output, the binary is Go)", () => {
  const img = build(
    `FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx
FROM --platform=$BUILDPLATFORM golang:1.24-alpine AS build
COPY --from=xx / /
WORKDIR /src
COPY . .
RUN xx-go build -ldflags="-s -w" -o /out/api ./cmd/api && xx-verify /out/api
FROM gcr.io/distroless/static
COPY --from=build /out/api /usr/bin/api
`,
    { 'go.mod': 'module example.com/api\n' },
  );
  const e = file(img, '/usr/bin/api');
  assert.ok(e.go, 'a Go binary');
  assert.equal([e.go!.stripped, e.go!.noDwarf, e.go!.pkg, e.go!.goVersion], [true, true, './cmd/api', '1.24']);
  assert.equal(evs(e.origin).map((x) => x[0]), ['xx-go build -o /out/api writes /out/api', 'COPY --from=build /out/api /usr/bin/api']);
});
test('a directory of unknown files copied onto the PATH: a program looked up there may be one of them', async () => {
  // From emojivoto: `make` builds target/ (outside Docker, or in a stage), then target/ is copied to /usr/local/bin.
  const stage = `FROM golang:1.15 AS build
WORKDIR /src
COPY . .
RUN make -C emoji-svc compile
FROM debian:bookworm-slim
COPY --from=build /src/emoji-svc/target/ /usr/local/bin/
ENTRYPOINT ["emoji-svc"]
`;
  const context = 'FROM debian:bookworm-slim\nCOPY emoji-svc/target/ /usr/local/bin/\nENTRYPOINT ["emoji-svc"]\n';
  const img = build(stage, {});
  assert.equal([img.fs.has('/usr/local/bin/target'), img.opaqueDirs?.map((o) => [o.path, r(o.evidence.range)])], [false, [['/usr/local/bin', '6:1-6:57']]]);
  for (const [dockerfile, line] of [[stage, 6], [context, 2]] as const) {
    const t = await containerTarget({ Dockerfile: dockerfile, 'deploy.yaml': deployment({ target: '/usr/local/bin/emoji-svc' }) }, 'app');
    assert.is(t.status, 'unknown');
    assert.match(t.reason ?? '', `"emoji-svc" is looked up on the image PATH, where Dockerfile:${line} (COPY `);
    assert.match(t.reason ?? '', 'puts files whose names are not known in /usr/local/bin');
  }
});

test('a script that starts the application and the Go agent copied into its image: the application is the target', async () => {
  const dockerfile = inImageAgentDockerfile();
  for (const script of [
    IN_IMAGE_AGENT_SCRIPT,
    '#!/bin/sh\n/app/fin-mcp &\nexec /otel-go-instrumentation\n',
  ]) {
    const t = await containerTarget({ Dockerfile: dockerfile, 'entrypoint.sh': script, 'deploy.yaml': deployment({ target: '/app/fin-mcp' }) }, 'app');
    assert.equal([t.status, t.exe], ['resolved', '/app/fin-mcp'], script);
  }
});

// BuildKit expands an unquoted COPY heredoc at build time (moby/buildkit dockerfile2llb, ExpandRaw).
test('COPY <<EOF: the body as BuildKit writes it (ARGs and ENV expanded, \\$ kept as $); read as written when a value is not known', async () => {
  const dockerfile = (body: string, marker = 'EOF', args = 'ARG APP_BIN=/app/server\n') =>
    `FROM golang:1.24 AS b\nRUN go build -o /out/server .\nFROM alpine:3.20\n${args}COPY --from=b /out/server /app/server\nCOPY --chmod=755 <<${marker} /entrypoint.sh\n#!/bin/sh\n${body}\nEOF\nENTRYPOINT ["/entrypoint.sh"]\n`;
  const target = async (df: string) => containerTarget({ Dockerfile: df, 'deploy.yaml': deployment({ target: '/app/server' }) }, 'app');
  const arg = await target(dockerfile('exec ${APP_BIN} "\\$@"'));
  assert.equal([arg.status, arg.exe], ['resolved', '/app/server']);
  assert.ok(arg.steps.includes('Dockerfile:7: BuildKit expands $ and \\ in the heredoc at build time (its delimiter is not quoted)'), arg.steps.join('\n'));
  // Set only in the script: BuildKit writes `exec  "$@"`, which runs no program.
  const unset = await target(dockerfile('BIN=/app/server\nexec $BIN "\\$@"'));
  assert.equal([unset.status, unset.reason], ['unknown', '/entrypoint.sh starts no program (it only runs shell builtins)']);
  const quoted = await target(dockerfile('BIN=/app/server\nexec $BIN "$@"', "'EOF'"));
  assert.equal([quoted.status, quoted.exe], ['resolved', '/app/server']);
  // A value not known: the script reads the variable when it runs, from where BuildKit took it (the environment).
  const notKnown = await target(dockerfile('exec ${APP_BIN} "\\$@"', 'EOF', 'ARG APP_BIN\n'));
  assert.equal([notKnown.status, notKnown.reason], ['unknown', '$APP_BIN is not set in the image or the script']);
  const unknownBase = await target(dockerfile('exec /app/server --port $PORT', 'EOF', '').replace('FROM alpine:3.20', 'FROM registry.example.com/base:1'));
  assert.equal([unknownBase.status, unknownBase.exe], ['resolved', '/app/server']);
});

test.run();
