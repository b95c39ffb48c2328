// A RUN that runs a script (`RUN ./scripts/build.sh`, `RUN bash hack/build.sh api`, `RUN sh -c '...'`): image
// inference runs the script's commands in the build stage (src/infer/image.ts CommandRun.script / shell), so a
// `go build -o` in it places its binary as one in the RUN itself does, with the script's line as evidence. And a RUN
// that writes a script (`cat > /entrypoint.sh <<'EOF'`, `echo ... >> /run.sh`, `printf`): the image holds its text.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initShellParser } from '../../src/parsers/shell.ts';
import { deployment } from '../helpers/fixtures.ts';
import { build, evs, file, r } from '../helpers/image-build.ts';
import { containerTarget } from '../helpers/targets.ts';
import { lintFiles } from '../helpers/rule-tester.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';

test.before(async () => {
  await initShellParser();
});

const BUILD_SH = `#!/bin/sh
set -e
OUT=\${OUT:-/out}
CGO_ENABLED=0 go build -o "$OUT/api" ./cmd/api
`;
const GO_MOD = 'module example.com/api\n\ngo 1.23\n';

test('RUN ./scripts/build.sh: the script\'s go build places the binary, its line the evidence, the RUN the caller', () => {
  const img = build('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN ./scripts/build.sh\n', { 'scripts/build.sh': BUILD_SH, 'go.mod': GO_MOD });
  assert.equal(evs(file(img, '/out/api').origin), [['go build -o /out/api writes /out/api (run by ./scripts/build.sh at Dockerfile:4)', '4:1-4:47']]);
  assert.is(file(img, '/out/api').go?.goVersion, '1.23');
  assert.equal(img.unknowns, []);
});

test('the script sees the command\'s variables and exported ones, not the caller\'s unexported ones; $1 and $0', () => {
  const files = { 'scripts/build.sh': BUILD_SH, 'go.mod': GO_MOD };
  const outs = (run: string) => {
    const img = build(`FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN ${run}\n`, files);
    return [...img.fs.keys()].filter((k) => k.endsWith('/api'));
  };
  assert.equal(outs('OUT=/usr/local/bin sh ./scripts/build.sh'), ['/usr/local/bin/api']);
  assert.equal(outs('export OUT=/opt; ./scripts/build.sh'), ['/opt/api']);
  assert.equal(outs('OUT=/opt; ./scripts/build.sh'), ['/out/api']);
  // An ENV is in the environment; an assignment to it stays exported.
  assert.equal(outs('OUT=/srv && bash scripts/build.sh'), ['/out/api']);
  const env = build('FROM golang:1.23\nENV OUT=/env\nWORKDIR /src\nCOPY . .\nRUN OUT=/changed; ./scripts/build.sh\n', files);
  assert.equal([...env.fs.keys()].filter((k) => k.endsWith('/api')), ['/changed/api']);
  const args = build('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN bash -e build.sh server linux\n', {
    'build.sh': 'name=$1\nGOOS=$2 go build -o "bin/$name-$2" "./cmd/$name"\ngo build -o "/opt/$0.bin" .\n',
    'go.mod': GO_MOD,
  });
  assert.equal([...args.fs.keys()].filter((k) => k.includes('/bin/') || k.startsWith('/opt/')), ['/src/bin/server-linux', '/opt/build.sh.bin']);
  assert.equal(args.unknowns, []);
});

test('the script runs in the caller\'s working directory; sh -c text runs too, its ranges on the RUN\'s word', () => {
  const img = build('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN cd svc && ../hack/build.sh\n', {
    'hack/build.sh': '#!/usr/bin/env bash\ngo build -o bin/svc .\n',
    'svc/go.mod': 'module example.com/svc\n',
  });
  assert.equal(evs(file(img, '/src/svc/bin/svc').origin), [['go build -o bin/svc writes /src/svc/bin/svc (run by ../hack/build.sh at Dockerfile:4)', '2:1-2:22']]);
  const c = build(`FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN sh -ec 'cd cmd/x && go build -o /bin/x .'\n`, { 'go.mod': GO_MOD });
  assert.equal(evs(file(c, '/bin/x').origin), [['go build -o /bin/x writes /bin/x (run by sh -c at Dockerfile:4)', '4:12-4:46']]);
});

test('not followed: a script the image does not hold, a non-shell #! run as a program, standard input; a loop stops 4 deep', () => {
  const files = { 'build.py': '#!/usr/bin/python3\n', 'tools/build.sh': 'go build -o /bin/never .\n', 'go.mod': GO_MOD };
  const img = build('FROM golang:1.23\nWORKDIR /src\nCOPY build.py .\nRUN ./build.py && ./tools/build.sh && sh < tools/build.sh\n', files);
  assert.equal([[...img.fs.keys()].filter((k) => k.startsWith('/bin/')), img.unknowns], [[], []]);
  const loop = build('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN ./again.sh\n', { 'again.sh': '#!/bin/sh\n./again.sh\n' });
  assert.equal(evs(loop.unknowns).map(([m]) => m.split(' (run by')[0]), ['./again.sh: scripts run scripts more than 4 deep; what they build is not read']);
});

test('a variable known in part keeps its known words for go build flags: -s -w beside a $(git ...) value, += appends', () => {
  // go facts of a file: stripped, noDwarf, pie.
  const facts = (img: ReturnType<typeof build>, path: string) => {
    const g = file(img, path).go;
    return [g?.stripped, g?.noDwarf, g?.pie];
  };
  const plain = build('FROM golang:1.26\nWORKDIR /src\nCOPY . .\nRUN LDF="-X main.c=$(git rev-parse HEAD) -s -w" && go build -buildmode=pie -ldflags "$LDF" -o /app .\n', { 'go.mod': GO_MOD });
  assert.equal(facts(plain, '/app'), [true, true, true]);
  // rockamalg's build.sh: the flags built up with +=, the script run with an argument.
  const rockamalg = `#!/bin/bash
set -e
BUILD_COMMIT="$(git rev-parse --short HEAD)"
name=$1
ldflags="-X main.commit=\${BUILD_COMMIT}"
ldflags+=" -extldflags=-static"
ldflags+=" -w -s"
go build -mod=vendor -ldflags="\${ldflags}" -o "./bin/\${name}" "./cmd/\${name}"
`;
  const script = build('FROM golang:1.26\nWORKDIR /app\nCOPY . .\nRUN ./build.sh api\n', { 'build.sh': rockamalg, 'go.mod': GO_MOD });
  assert.equal(facts(script, '/app/bin/api'), [true, true, false]);
  // A script sees what is known of the variables its caller exports or sets on the command, not of unexported ones.
  const uses = { 'build.sh': '#!/bin/sh\ngo build -ldflags "$LDF" -o /out/api ./cmd/api\n', 'go.mod': GO_MOD };
  const via = (run: string) => facts(build(`FROM golang:1.26\nWORKDIR /src\nCOPY . .\nRUN ${run}\n`, uses), '/out/api');
  assert.equal(via('export LDF="-s -X main.c=$(git rev-parse HEAD)"; ./build.sh'), [true, false, false]);
  assert.equal(via('LDF="-w -X main.c=$(git rev-parse HEAD)" sh build.sh'), [false, true, false]);
  assert.equal(via('LDF="-s -X main.c=$(git rev-parse HEAD)"; ./build.sh'), [false, false, false]);
  assert.equal(via('export LDF="-X main.c=$(git rev-parse HEAD)"; LDF="$LDF -s"; ./build.sh'), [true, false, false]);
  // Set in a conditional branch, the value may be the earlier one: nothing of it is known.
  assert.equal(via('if [ -n "$X" ]; then LDF="-s $(git rev-parse HEAD)"; fi; export LDF; ./build.sh'), [false, false, false]);
});

test('a variable known in part is read as a flag\'s value only: never as a path (an output, a cp source or destination), nor as flags of its own', () => {
  const img = build(`FROM golang:1.26
WORKDIR /src
COPY . .
RUN LDF="-s -X main.c=$(git rev-parse HEAD)" && OUT="bin/$(uname -m)/api" && DEST="/usr/local/bin/$(uname -m)" && \\
    go build -ldflags "$LDF" -o "$OUT" . && cp "$OUT" /app && go build -ldflags "$LDF" -o /tmp/x . && cp /tmp/x "$DEST"
`, { 'go.mod': GO_MOD });
  assert.equal([...img.fs.keys()].filter((k) => k !== '/src').sort(), ['/tmp/x']);
  assert.is(file(img, '/tmp/x').go?.stripped, true);
  assert.equal(evs(img.unknowns).map(([m]) => m), [
    'go build -o "$OUT": the output path is not known ($OUT has a value that cannot be known statically)',
    'cp "$OUT" /app: the source "$OUT" is not known ($OUT has a value that cannot be known statically)',
    'cp /tmp/x "$DEST": the destination "$DEST" is not known ($DEST has a value that cannot be known statically)',
  ]);
  // Nor is it read as flags: `go build $ARGS` may name packages too.
  const args = build('FROM golang:1.26\nWORKDIR /src\nCOPY . .\nRUN APP=$(cat name) && ARGS="-mod=vendor ./cmd/$APP" && go build $ARGS\n', { 'go.mod': GO_MOD });
  assert.equal([...args.fs.keys()], ['/src']);
  assert.equal(evs(args.unknowns).map(([m]) => m), ['go build: the package $ARGS is not known ($ARGS has a value that cannot be known statically)']);
});

test('end to end: a target that misses the binary a build script placed is a mismatch whose evidence is the script\'s line', async () => {
  const files = {
    Dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN ./scripts/build.sh\nFROM gcr.io/distroless/static\nCOPY --from=build /out/ /usr/local/bin/\nENTRYPOINT ["/usr/local/bin/api"]\n',
    'scripts/build.sh': BUILD_SH,
    'go.mod': GO_MOD,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/api:1', target: '/app/api' }),
  };
  const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
  assert.equal(diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.match(diagnostics[0]!.message, 'runs "/usr/local/bin/api" (Dockerfile:7, scripts/build.sh:4, Dockerfile:6;');
  assert.ok(diagnostics[0]!.related.some((r) => r.range.file === 'scripts/build.sh' && r.range.line === 4));
  // A pre-commit run on the script alone reports the mismatch it proves.
  const scoped = await lintFiles(files, [targetExeMismatch], ['scripts/build.sh']);
  assert.equal(scoped.diagnostics.map((d) => `${d.ruleId} ${d.range.file}`), ['target-exe-mismatch deploy.yaml']);
});

test('a script written by a RUN here-document is read, its lines where the Dockerfile has them', async () => {
  const dockerfile = `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /bin/api .
FROM alpine:3.20
COPY --from=build /bin/api /app/api
RUN cat > /entrypoint.sh <<'EOS' && chmod +x /entrypoint.sh
#!/bin/sh
exec /app/api "$@"
EOS
ENTRYPOINT ["/entrypoint.sh"]
`;
  const img = build(dockerfile, { 'go.mod': GO_MOD });
  const e = file(img, '/entrypoint.sh');
  assert.equal([e.content, r(e.contentRange), e.executable], ['#!/bin/sh\nexec /app/api "$@"\n', '8:1-10:1', true]);
  assert.equal(evs(e.origin), [
    ['cat writes /entrypoint.sh (a here-document)', '7:5-7:33'],
    ['chmod +x /entrypoint.sh makes /entrypoint.sh executable', '7:37-7:60'],
  ]);
  assert.equal(e.script!.commands.map((c) => [c.words.map((w) => w.raw).join(' '), r(c.range)]), [['exec /app/api "$@"', '9:1-9:19']]);
  const t = await containerTarget({ Dockerfile: dockerfile, 'go.mod': GO_MOD, 'deploy.yaml': deployment({ target: '/app/api' }) });
  assert.equal([t.status, t.exe, t.through], ['resolved', '/app/api', ['entrypoint.sh']]);
  assert.ok(t.steps.includes('Dockerfile:9: /entrypoint.sh: exec replaces the shell with /app/api'), t.steps.join('\n'));
});

test('echo, printf and unquoted here-documents (expanded, <<- without tabs); a file created by a redirect is not executable', () => {
  const img = build(`FROM alpine:3.20
ENV APP=/app/api
RUN echo '#!/bin/sh' > /a.sh && echo 'exec /app/a "$@"' >> /a.sh
RUN printf '#!/bin/sh\\nexec %s --flag "$@"\\n' /app/b > /b.sh
RUN cat <<-EOF > /c.sh
\t#!/bin/sh
\texec $APP
\tEOF
RUN echo "cfg" | tee /etc/app.conf /d.sh > /dev/null
`);
  assert.equal(['/a.sh', '/b.sh', '/c.sh', '/d.sh', '/etc/app.conf'].map((p) => file(img, p).content), [
    '#!/bin/sh\nexec /app/a "$@"\n',
    '#!/bin/sh\nexec /app/b --flag "$@"\n',
    '#!/bin/sh\nexec /app/api\n',
    undefined,
    undefined,
  ]);
  assert.equal(evs(file(img, '/d.sh').origin), [['tee writes /d.sh; what it writes is not known', '9:18-9:41']]);
  assert.equal(['/a.sh', '/b.sh', '/c.sh'].map((p) => file(img, p).script?.commands.at(-1)?.words.map((w) => w.raw).join(' ')), ['exec /app/a "$@"', 'exec /app/b --flag "$@"', 'exec /app/api']);
  assert.equal(file(img, '/a.sh').executable, false);
});

test('an unquoted here-document: \\$ keeps a dollar for the script, $X is expanded by the RUN\'s shell', () => {
  const img = build('FROM alpine:3.20\nENV APP=/app/api\nRUN cat > /e.sh <<EOF\n#!/bin/sh\nBIN=$APP\nexec \\$BIN "\\$@"\nEOF\n');
  assert.is(file(img, '/e.sh').content, '#!/bin/sh\nBIN=/app/api\nexec $BIN "$@"\n');
});

test('appending to a script whose text is known extends it; a write of unknown text forgets the script', () => {
  const files = { 'entrypoint.sh': '#!/bin/sh\nset -e\n', 'run.sh': '#!/bin/sh\nexec /old\n' };
  const img = build(`FROM alpine:3.20
COPY entrypoint.sh run.sh /
RUN echo 'exec /app/api' >> /entrypoint.sh
RUN curl -fsSL https://example.com/run.sh > /run.sh
`, files);
  assert.equal(file(img, '/entrypoint.sh').content, '#!/bin/sh\nset -e\nexec /app/api\n');
  assert.equal(file(img, '/entrypoint.sh').script?.commands.map((c) => c.words.map((w) => w.raw).join(' ')), ['set -e', 'exec /app/api']);
  const run = file(img, '/run.sh');
  assert.equal([run.script, run.contextFile, run.content], [undefined, undefined, undefined]);
  assert.equal(evs(run.origin).map(([m]) => m), ['COPY entrypoint.sh run.sh /', 'curl writes /run.sh; what it writes is not known']);
});

test('an ENV known in part (an ARG without a value inside) keeps its known words for the RUNs after it, also in a later stage', () => {
  const facts = (img: ReturnType<typeof build>, path: string) => {
    const g = file(img, path).go;
    return [g?.stripped, g?.noDwarf];
  };
  const df = (env: string) =>
    `FROM golang:1.26 AS base\nARG VERSION\n${env}\nFROM base AS build\nWORKDIR /src\nCOPY . .\nRUN go build -ldflags "$LDFLAGS" -o /app .\n`;
  assert.equal(facts(build(df('ENV LDFLAGS="-s -w -X main.version=${VERSION}"'), { 'go.mod': GO_MOD }), '/app'), [true, true]);
  // Set again to a known value, or to one with nothing known: the earlier words are gone.
  assert.equal(facts(build(df('ENV LDFLAGS="-s -X main.version=${VERSION}"\nENV LDFLAGS="-X main.v=1"'), { 'go.mod': GO_MOD }), '/app'), [false, false]);
  assert.equal(facts(build(df('ENV LDFLAGS="-s -X main.version=${VERSION}"\nENV LDFLAGS=${VERSION}'), { 'go.mod': GO_MOD }), '/app'), [false, false]);
  // As a path it stays unknown.
  const out = build('FROM golang:1.26\nARG ARCH\nENV OUT=/out/${ARCH}/api\nWORKDIR /src\nCOPY . .\nRUN go build -o "$OUT" .\n', { 'go.mod': GO_MOD });
  assert.equal([...out.fs.keys()].filter((k) => k.startsWith('/out')), []);
});

// Control flow of a build script (src/infer/image.ts ScriptWalk): functions, for loops, sourced files, and the
// command substitutions whose output is known without running anything.

/** The files under `prefix` a build leaves, and its unknowns' messages (without the `(run by ...)` tail). */
function outs(img: ReturnType<typeof build>, prefix: string): [string[], string[]] {
  return [[...img.fs.keys()].filter((k) => k.startsWith(prefix) && k !== '/src'), evs(img.unknowns).map(([m]) => m.split(' (run by')[0]!)];
}
const DF = 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN ./build.sh\n';

test('a function runs where it is called, with the call\'s words as $1, its locals and `A=b fn` given back after', () => {
  const img = build(DF, {
    'build.sh': `#!/bin/bash
build() {
  local name="$1"
  go build $EXTRA -ldflags "-s -w" -o "\${OUT:-out}/$name" "./cmd/$name"
}
name=outer
build api
OUT=/opt build worker
go build -o "/bin/$name.\${OUT:-none}" ./cmd/x
`,
    'go.mod': GO_MOD,
  });
  assert.equal(outs(img, '/'), [['/src/out/api', '/opt/worker', '/bin/outer.none'], []]);
  const api = file(img, '/src/out/api');
  assert.equal(evs(api.origin), [['go build -o out/api writes /src/out/api (run by ./build.sh at Dockerfile:4)', '4:3-4:72']]);
  assert.equal([api.go?.goVersion, api.go?.stripped, api.go?.noDwarf, api.go?.goMod?.go?.value], ['1.23', true, true, '1.23']);
  // A local known only in part keeps its known words for the flags.
  const ld = build(DF, { 'build.sh': 'b() {\n  local ld="-s -X main.v=$(git describe)"\n  go build -ldflags "$ld -w" -o /bin/p .\n}\nb\n', 'go.mod': GO_MOD });
  assert.equal([file(ld, '/bin/p').go?.stripped, file(ld, '/bin/p').go?.noDwarf], [true, true]);
  // A function named after a builtin wins over it; `builtin cd` is the builtin.
  const cd = build(DF, { 'build.sh': 'cd() {\n  builtin cd "$@" > /dev/null\n}\ncd cmd && go build -o ../out/c .\n', 'go.mod': GO_MOD });
  assert.equal(outs(cd, '/src/out/'), [['/src/out/c'], []]);
});

test('a for loop over known words runs its body for each; over words not known, once and conditional; break', () => {
  const loop = build(DF, { 'build.sh': 'for b in api worker; do\n  go build -o "out/$b" "./cmd/$b"\ndone\n', 'go.mod': GO_MOD });
  assert.equal(outs(loop, '/src/out/'), [['/src/out/api', '/src/out/worker'], []]);
  assert.equal(evs(file(loop, '/src/out/worker').origin), [['go build -o out/worker writes /src/out/worker (run by ./build.sh at Dockerfile:4)', '2:3-2:34']]);
  const args = build('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN ./build.sh api worker\n', {
    'build.sh': 'for b; do\n  [ -d "cmd/$b" ] || continue\n  go build -o "out/$b" "./cmd/$b"\n  [ "$b" = api ] && break\ndone\nfor b in a b; do go build -o "/x/$b" .; break; done\n',
    'go.mod': GO_MOD,
  });
  assert.equal(outs(args, '/'), [['/src/out/api', '/src/out/worker', '/x/a'], []]);
  const unknown = build(DF, { 'build.sh': 'for b in $(ls cmd); do\n  go build -o "out/$b" "./cmd/$b"\ndone\n', 'go.mod': GO_MOD });
  assert.equal(evs(unknown.unknowns), [['go build: the package "./cmd/$b" is not known ($b has a value that cannot be known statically) (run by ./build.sh at Dockerfile:4) (in a conditional branch)', '2:3-2:34']]);
});

test('. and source: the file runs in the same shell (variables, functions, $BASH_SOURCE); a bare name is not followed', () => {
  const img = build('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN cd cmd && ../hack/build.sh\n', {
    'hack/build.sh': '#!/bin/bash\n. ../hack/lib/init.sh\nsource /src/versions.env\nsource common.sh\ngo_build api "$VERSION"\n',
    'hack/lib/init.sh': 'ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"\ngo_build() {\n  go build -o "$ROOT/_output/$1-$2-$(basename "$BASH_SOURCE" .sh)" "./$1"\n}\n',
    'versions.env': 'VERSION=1.2\n',
    'cmd/common.sh': 'VERSION=never\n',
    'go.mod': GO_MOD,
  });
  assert.equal(outs(img, '/src/_output/'), [['/src/_output/api-1.2-init'], []]);
});

test('command substitutions known without running anything: $(pwd), $(dirname "$0"), cd in them, backticks', () => {
  const files = {
    'scripts/build.sh': `#!/bin/bash
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$(dirname "$0")/.."
go build -o "$ROOT/bin/a" ./cmd/a
go build -o "$(pwd)/bin/b" ./cmd/b
go build -o "\`pwd\`/bin/c-$(basename $0 .sh)" ./cmd/c
go build -o "bin/$(git describe --tags)" ./cmd/d
`,
    'go.mod': GO_MOD,
  };
  const img = build('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nWORKDIR /src/scripts\nRUN ./build.sh\n', files);
  assert.equal(outs(img, '/src/bin/'), [['/src/bin/a', '/src/bin/b', '/src/bin/c-build'], ['go build -o "bin/$(git describe --tags)": the output path is not known ($(git describe --tags) is a command substitution whose output is not known statically)']]);
  // The RUN's own words too; where the directory is not known, neither is $(pwd).
  const run = build('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o "$(pwd)/out/x" . && cd "$DIR" && go build -o "$(pwd)/y" .\n', files);
  assert.equal(outs(run, '/src/out/'), [['/src/out/x'], ['go build -o "$(pwd)/y": the output path is not known ($(pwd) is a command substitution whose output is not known statically)']]);
});

test('exit, return: followed only where they surely run; `[ -z "$1" ] && exit 1` goes on', () => {
  const img = build(DF, {
    'build.sh': '[ -z "$1" ] && exit 1\nb() {\n  go build -o "/out/$1" .\n  return\n  go build -o /never/1 .\n}\nb a\ngo build -o /out/b . || exit 1\nexit 0\ngo build -o /never/2 .\n',
    'go.mod': GO_MOD,
  });
  assert.equal(outs(img, '/'), [['/out/a', '/out/b'], []]);
});

test('bounds: a function calling itself, loops in loops, a value that doubles each round', () => {
  const rec = build(DF, { 'build.sh': 'f() {\n  f\n}\nf\ngo build -o /out/after .\n', 'go.mod': GO_MOD });
  assert.equal(outs(rec, '/out/'), [['/out/after'], ['f: functions call functions more than 16 deep; what they build is not read']]);
  const w = 'a b c d e f g h i j k l m n o p q r s t u v w x y z A B C D E F';
  const nest = build(DF, { 'build.sh': `for a in ${w}; do for b in ${w}; do for c in ${w}; do go build -o "/out/$a$b$c" .; done; done; done\n`, 'go.mod': GO_MOD });
  assert.equal(nest.unknowns.map((u) => u.message), ['the scripts this RUN runs run more than 20000 commands (loops, functions); what they build after that is not read']);
  const grow = build(DF, { 'build.sh': `X=x\nfor a in ${w}; do X="$X$X"; done\ngo build -o "/out/$X" .\n`, 'go.mod': GO_MOD });
  assert.equal(outs(grow, '/out/'), [[], ['go build -o "/out/$X": the output path is not known ($X has a value that cannot be known statically)']]);
});

test('end to end: etcd-operator\'s hack/build (source, a function, $(pwd)) gives the path and the Go build\'s facts', async () => {
  const files = {
    Dockerfile: 'FROM golang:1.12.9 as builder\nWORKDIR /go/src/github.com/acme/etcd-operator\nADD . /go/src/github.com/acme/etcd-operator/\nRUN hack/build/operator/build\n\nFROM alpine:3.9\nCOPY --from=builder /go/src/github.com/acme/etcd-operator/_output/bin/ /usr/local/bin/\nENTRYPOINT ["etcd-operator"]\n',
    'hack/build/operator/build': '#!/usr/bin/env bash\nset -o errexit\nsource hack/lib/build.sh\nif ! which go > /dev/null; then\n\techo "golang needs to be installed"\n\texit 1\nfi\nGIT_SHA=`git rev-parse --short HEAD || echo "GitNotFound"`\nbin_dir="$(pwd)/_output/bin"\nmkdir -p ${bin_dir} || true\ngo_ldflags="-X version.GitSHA=${GIT_SHA}"\nGO_BUILD_FLAGS="$@" go_build operator\n',
    'hack/lib/build.sh': 'function go_build {\n\tGOOS=linux CGO_ENABLED=0 go build $GO_BUILD_FLAGS -o ${bin_dir}/etcd-${1} -installsuffix cgo -ldflags "$go_ldflags" ./cmd/${1}/\n}\n',
    'cmd/operator/main.go': 'package main\nfunc main() {}\n',
    'go.mod': 'module example.com/etcd-operator\n\ngo 1.12\n',
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/etcd-operator:1', target: '/usr/local/bin/etcd-operator' }),
  };
  const t = await containerTarget(files);
  assert.equal([t.status, t.exe], ['resolved', '/usr/local/bin/etcd-operator']);
  assert.ok(t.steps.includes('hack/lib/build.sh:2: go build -o /go/src/github.com/acme/etcd-operator/_output/bin/etcd-operator writes /go/src/github.com/acme/etcd-operator/_output/bin/etcd-operator (run by hack/build/operator/build at Dockerfile:4)'), t.steps.join('\n'));
  const img = build(files.Dockerfile, files, { target: 'builder' });
  assert.equal(file(img, '/go/src/github.com/acme/etcd-operator/_output/bin/etcd-operator').go?.goVersion, '1.12.9');
});

test.run();
