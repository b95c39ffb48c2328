// `RUN make …` in a Dockerfile: the recipes make runs (src/infer/make.ts) and what they put in the image
// (src/infer/image.ts runs each recipe line as a shell of its own in the Makefile's directory).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makePlan } from '../../src/infer/make.ts';
import { readMakefile } from '../../src/parsers/makefile.ts';
import { initShellParser } from '../../src/parsers/shell.ts';
import { SEED_DOCKERFILE, deployment } from '../helpers/fixtures.ts';
import { build, evs, file } from '../helpers/image-build.ts';
import { lintFiles } from '../helpers/rule-tester.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { binaryStrippedOldAgent } from '../../rules/binary-stripped-old-agent.ts';

test.before(async () => {
  await initShellParser();
});

const plan = (text: string, goals: string[] = [], overrides: Record<string, string> = {}, env: Record<string, string> = {}) => {
  const p = makePlan(readMakefile(text), new Map(Object.entries(env)), new Map(Object.entries(overrides)), goals);
  return { runs: p.runs.map((x) => `${x.target}: ${x.text}`), goals: p.goals, notes: p.notes };
};

const MAKEFILE = `BIN ?= server
LDFLAGS := -s -w
GO = go

.PHONY: all build generate
all: build

generate:
\t@echo generating

build: generate bin/$(BIN)

bin/$(BIN): $(wildcard *.go)
\t$(GO) build -ldflags "$(LDFLAGS)" -o $@ ./cmd/$(BIN)

test:
\tgo test ./...
`;

test('the default goal, prerequisites first and once each, $@, := and ?= variables, $(wildcard) unknown', () => {
  assert.equal(plan(MAKEFILE), {
    runs: ['generate: echo generating', 'bin/server: go build -ldflags "-s -w" -o bin/server ./cmd/server'],
    goals: ['all'],
    notes: [],
  });
  // A goal named on the command line; a command-line variable wins over ?= (and over =).
  assert.equal(plan(MAKEFILE, ['build'], { BIN: 'api', GO: 'xx-go' }).runs, ['generate: echo generating', 'bin/api: xx-go build -ldflags "-s -w" -o bin/api ./cmd/api']);
  // The environment is a variable too, but the Makefile's own assignments win (not ?=).
  assert.equal(plan(MAKEFILE, ['build'], {}, { BIN: 'env-bin', LDFLAGS: '' }).runs[1], 'bin/env-bin: go build -ldflags "-s -w" -o bin/env-bin ./cmd/env-bin');
  assert.equal(plan(MAKEFILE, ['test']).runs, ['test: go test ./...']);
});

test('.DEFAULT_GOAL, target-specific variables (also for prerequisites), override, double-colon rules, a missing goal', () => {
  const text = `.DEFAULT_GOAL := image
override CGO := 0
release: LDFLAGS += -s
release: image
image:
\tCGO_ENABLED=$(CGO) go build $(LDFLAGS) -o /out/app .
clean::
\trm -rf a
clean::
\trm -rf b
`;
  assert.equal(plan(text).runs, ['image: CGO_ENABLED=0 go build  -o /out/app .']);
  assert.equal(plan(text, ['release'], { CGO: '1' }).runs, ['image: CGO_ENABLED=0 go build -s -o /out/app .']);
  assert.equal(plan(text, ['clean']).runs, ['clean: rm -rf a', 'clean: rm -rf b']);
  assert.equal(plan(text, ['dist/app.tar']).notes, ['the Makefile has no rule for "dist/app.tar" (taken to be a file that exists)']);
});

test('a cycle and a long chain of prerequisites end; a Makefile that makes too many lines stops with a note', () => {
  assert.equal(plan('a: b\n\techo a\nb: a\n\techo b\n').runs, ['b: echo b', 'a: echo a']);
  const chain = Array.from({ length: 5000 }, (_, i) => `t${i}: t${i + 1}\n\techo ${i}`).join('\n');
  const p = plan(chain);
  assert.is(p.runs.length, 500);
  assert.equal(p.notes, ['make runs more than 500 recipe lines; the rest are not read']);
});

// Checked with GNU make 4.3 (`make -n build TARGETOS=linux`; `TARGETOS=darwin make -n STATIC_BUILD=no CGO=1 build`).
const CONDITIONALS = `STATIC_BUILD ?= true
LDFLAGS := -X main.Version=next
ifeq ($(STATIC_BUILD),true)
LDFLAGS := -s -w $(LDFLAGS)
endif
TARGETOS ?= $(shell go env GOOS)
ifeq ($(TARGETOS),windows)
	BIN_SUFFIX := .exe
else ifeq "$(TARGETOS)" 'darwin'
	BIN_SUFFIX := -mac
else
	BIN_SUFFIX :=
endif
EMPTY =
REF = $(EMPTY)
ifdef REF
  ifndef EMPTY
    DEF := ref-defined,empty-not
  endif
endif
ifneq ( a,a)
  WS := lead-of-first-kept
endif
ifeq (a  , a)
  WS += trail-of-first-and-lead-of-second-dropped
endif
build:
ifeq ($(CGO),1)
	go build -ldflags '$(LDFLAGS)' -o bin/app$(BIN_SUFFIX) .
else
	CGO_ENABLED=0 go build -ldflags '$(LDFLAGS)' -o bin/app$(BIN_SUFFIX) .
endif
	echo '$(DEF) $(WS)'
`;

test('conditionals are decided as make reads them: ?= defaults, the environment over ?=, the command line, else ifeq, ifdef, nesting, blanks', () => {
  const linux = [
    "build: CGO_ENABLED=0 go build -ldflags '-s -w -X main.Version=next' -o bin/app .",
    "build: echo 'ref-defined,empty-not lead-of-first-kept trail-of-first-and-lead-of-second-dropped'",
  ];
  assert.equal(plan(CONDITIONALS, ['build'], { TARGETOS: 'linux' }).runs, linux);
  // A Dockerfile's `ARG TARGETOS` reaches make from the environment, which wins over `?=`.
  assert.equal(plan(CONDITIONALS, ['build'], {}, { TARGETOS: 'linux' }).runs, linux);
  assert.equal(plan(CONDITIONALS, ['build'], { STATIC_BUILD: 'no', CGO: '1' }, { TARGETOS: 'darwin' }).runs[0], "build: go build -ldflags '-X main.Version=next' -o bin/app-mac .");
  // A `:=` in the Makefile wins over the environment: the ifeq sees the Makefile's value.
  assert.equal(plan('X := a\nifeq ($(X),a)\nY := yes\nendif\nall:\n\techo $(Y)\n', [], {}, { X: 'b' }).runs, ['all: echo yes']);
});

test('a conditional that cannot be decided: what its branches agree on is known, the rest is not, and its recipe lines may not run', () => {
  // GOOS from $(shell go env GOOS): not known, so neither is BIN_SUFFIX; the recipe line in the ifeq on CGO is read
  // (CGO is set nowhere, so empty) and surely runs.
  const p = makePlan(readMakefile(CONDITIONALS), new Map(), new Map(), ['build']);
  assert.equal(
    p.runs.map((r) => [r.text, r.conditional]),
    [
      ["CGO_ENABLED=0 go build -ldflags '-s -w -X main.Version=next' -o bin/app${MAKE_VALUE_NOT_KNOWN} .", false],
      ["echo 'ref-defined,empty-not lead-of-first-kept trail-of-first-and-lead-of-second-dropped'", false],
    ],
  );
  const text = `ifeq ($(shell uname -m),x86_64)
ARCH := amd64
LDFLAGS := -s -w
else
ARCH := arm64
LDFLAGS := -s -w
endif
ifdef NOT_SURE
EXTRA := -trimpath
endif
all:
	go build $(EXTRA) -ldflags '$(LDFLAGS)' -o bin/app-$(ARCH) .
ifneq ($(ARCH),arm64)
	upx bin/app-$(ARCH)
endif
`;
  const q = makePlan(readMakefile(text), new Map([['NOT_SURE', undefined]]), new Map(), []);
  assert.equal(
    q.runs.map((r) => [r.text, r.conditional]),
    [
      ["go build ${MAKE_VALUE_NOT_KNOWN} -ldflags '-s -w' -o bin/app-${MAKE_VALUE_NOT_KNOWN} .", false],
      ['upx bin/app-${MAKE_VALUE_NOT_KNOWN}', true],
    ],
  );
  // Prerequisites named in such a branch are made as rules that may not run; a := value with a part not known
  // (VERSION from $(shell)) does not decide an ifeq either.
  const prereq = `VERSION := $(shell git describe)
ifeq ($(VERSION),)
all: stamp
endif
all: bin
bin:
	go build -o bin/app .
stamp:
	touch stamp
`;
  assert.equal(
    makePlan(readMakefile(prereq), new Map(), new Map(), []).runs.map((r) => [r.target, r.conditional]),
    [
      ['stamp', true],
      ['bin', false],
    ],
  );
});

test('conditionals on MAKECMDGOALS and make\'s text functions (strip, findstring, filter, filter-out, words, lastword, subst)', () => {
  // Checked with GNU make 4.3 (`make -n build`: "echo strip findstring filter-words filter-out-lastword subst build").
  const text = `SP :=   a   b  \nPLATFORMS := linux/amd64 linux/arm64 windows/amd64
ifeq (in_docker,$(firstword $(MAKECMDGOALS)))
in_docker:
\tdocker run make $(wordlist 2,$(words $(MAKECMDGOALS)),$(MAKECMDGOALS))
else
ifeq ($(strip $(SP)),a b)
R += strip
endif
ifneq (,$(findstring arm64,$(PLATFORMS)))
R += findstring
endif
ifeq ($(filter windows/%,$(PLATFORMS)) $(words $(PLATFORMS)),windows/amd64 3)
R += filter-words
endif
ifeq ($(filter-out linux/%,$(PLATFORMS)),$(lastword $(PLATFORMS)))
R += filter-out-lastword
endif
ifeq ($(subst /,-,$(PLATFORMS)),linux-amd64 linux-arm64 windows-amd64)
R += subst
endif
ifeq ($(PLATFORMS:/amd64=),)
S := substitution-references-are-not-followed
endif
build:
\techo $(R) $(MAKECMDGOALS) $(S)
endif
`;
  assert.equal(
    makePlan(readMakefile(text), new Map(), new Map(), ['build']).runs.map((r) => [r.text, r.conditional]),
    [['echo strip findstring filter-words filter-out-lastword subst build ${MAKE_VALUE_NOT_KNOWN}', false]],
  );
  assert.equal(plan(text, ['in_docker', 'build']).runs, ['in_docker: docker run make ${MAKE_VALUE_NOT_KNOWN}']);
});

test('RUN make with ARG TARGETOS: the ifeq on it is decided (linux), so the go build and its evidence line are kept', () => {
  const makefile = `TARGETOS ?= $(shell go env GOOS)
STATIC_BUILD ?= true
ifeq ($(STATIC_BUILD),true)
LDFLAGS := -s -w
endif
ifeq ($(TARGETOS),windows)
	BIN_SUFFIX := .exe
endif
build-agent:
	CGO_ENABLED=0 GOOS=\${TARGETOS} go build -ldflags '\${LDFLAGS}' -o dist/agent\${BIN_SUFFIX} ./cmd/agent
`;
  const img = build('FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nARG TARGETOS\nRUN make build-agent\n', {
    Makefile: makefile,
    'go.mod': 'module example.com/agent\n\ngo 1.26.0\n',
  });
  const f = file(img, '/src/dist/agent');
  assert.equal(evs(f.origin), [['go build -o dist/agent writes /src/dist/agent (run by `make build-agent` at Dockerfile:5)', '10:1-10:102']]);
  assert.equal([f.go?.stripped, f.go?.noDwarf, f.go?.goVersion], [true, true, '1.26']);
  assert.equal(img.unknowns, []);
  // A recipe line in a branch that cannot be decided (the machine's arch) is run as a conditional one.
  const maybe = build('FROM golang:1.26\nWORKDIR /src\nCOPY . .\nRUN make\n', {
    Makefile: 'all:\nifeq ($(shell uname -m),x86_64)\n\tgo build -o /out/app .\nendif\n',
    'go.mod': 'module example.com/app\n',
  });
  assert.equal(evs(file(maybe, '/out/app').origin), [['go build -o /out/app writes /out/app (run by `make all` at Dockerfile:4) (in a conditional branch)', '3:2-3:24']]);
});

const DOCKERFILE = `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build make build BIN=api

FROM gcr.io/distroless/static
COPY --from=build /src/bin/api /usr/local/bin/api
ENTRYPOINT ["/usr/local/bin/api"]
`;

test('RUN make: the recipe\'s go build places a Go binary, with the Makefile line as evidence and the RUN that ran it', () => {
  const img = build(DOCKERFILE, { Makefile: MAKEFILE, 'go.mod': 'module github.com/acme/api\n\ngo 1.23\n' });
  const f = file(img, '/usr/local/bin/api');
  assert.equal(evs(f.origin), [
    ['go build -o bin/api writes /src/bin/api (run by `make build` at Dockerfile:4)', '14:1-14:54'],
    ['COPY --from=build /src/bin/api /usr/local/bin/api', '7:1-7:50'],
  ]);
  assert.equal([f.go?.stripped, f.go?.noDwarf, f.go?.goVersion], [true, true, '1.23']);
  assert.equal(img.unknowns, []);
});

test('RUN make: -C, -f, -j, the Makefile verbatim (exact ranges), recipe lines each in their own shell', () => {
  const img = build(
    'FROM golang:1.23\nWORKDIR /w\nCOPY . .\nRUN make -j4 --jobs -C src --file build.mk -s out\n',
    { 'src/build.mk': 'out:\n\tcd cmd && go build -o /bin/x .\n\tgo build -o y ./tools/y\n', 'src/cmd/go.mod': 'module example.com/x\n' },
  );
  assert.equal(evs(file(img, '/bin/x').origin), [['go build -o /bin/x writes /bin/x (run by `make out` at Dockerfile:4)', '2:12-2:32']]);
  // The second line runs in src/ again, not in src/cmd/.
  assert.equal(evs(file(img, '/w/src/y').origin), [['go build -o y writes /w/src/y (run by `make out` at Dockerfile:4)', '3:2-3:25']]);
});

test('RUN make: what is not followed is an unknown with the reason; a dry run builds nothing', () => {
  const noMakefile = build('FROM golang:1.23\nWORKDIR /src\nRUN make build\n');
  assert.equal(evs(noMakefile.unknowns), [['make build: no Makefile the build copies in is at /src/Makefile, so what make builds is not known', '3:5-3:15']]);
  const unknownGoal = build('FROM golang:1.23\nARG T\nWORKDIR /src\nCOPY . .\nRUN make $T\n', { Makefile: MAKEFILE });
  assert.equal(evs(unknownGoal.unknowns), [['make $T: $T is not known, so neither is what make builds', '5:5-5:12']]);
  const dry = build('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN make -n build\n', { Makefile: MAKEFILE });
  assert.equal([[...dry.fs.keys()].filter((k) => k.includes('bin')), dry.unknowns], [[], []]);
});

test('RUN make: $(MAKE) in a recipe is followed (sub-make with -C); a Makefile that runs itself stops 4 deep', () => {
  const img = build('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN make\n', {
    Makefile: 'all:\n\t$(MAKE) -C svc bin GOFLAGS=-trimpath\n',
    'svc/Makefile': 'bin:\n\tgo build -o /out/svc .\n',
    'svc/go.mod': 'module example.com/svc\n',
  });
  assert.equal(evs(file(img, '/out/svc').origin), [['go build -o /out/svc writes /out/svc (run by `make bin` at Makefile:2)', '2:2-2:24']]);
  const loop = build('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN make again\n', { Makefile: 'again:\n\t$(MAKE) again\n' });
  assert.equal(evs(loop.unknowns), [['make again: make runs make more than 4 deep; what it builds is not read (run by `make again` at Makefile:2)', '2:1-2:15']]);
});

test('a := value with a part not known keeps the rest: -s in LD_FLAGS beside a $(shell git describe) VERSION still strips', () => {
  const makefile = `VERSION := $(shell git describe --tags)\nLD_FLAGS := "-s -w -X 'main.version=$(VERSION)'"\napp:\n\tgo build -buildmode=pie -ldflags=$(LD_FLAGS) -o app .\n`;
  const img = build('FROM golang:1.25\nWORKDIR /src\nCOPY . .\nRUN make app\n', { Makefile: makefile, 'go.mod': 'module example.com/app\n' });
  const f = file(img, '/src/app');
  assert.equal([f.go?.stripped, f.go?.noDwarf, f.go?.pie], [true, true, true]);
});

test('a part not known stays marked however often make expands it: never read as empty, so no output path is made of the rest', () => {
  assert.equal(plan('A := x$(shell uname -m)\nB := $(A)-y\nt:\n\techo $(B)\n').runs, ['t: echo x${MAKE_VALUE_NOT_KNOWN}-y']);
  const makefile = 'ARCH := $(shell uname -m)\napp:\n\tgo build -o bin/app-$(ARCH) .\n';
  const img = build('FROM golang:1.25\nWORKDIR /src\nCOPY . .\nRUN make app\n', { Makefile: makefile, 'go.mod': 'module example.com/app\n' });
  assert.equal([...img.fs.keys()].filter((k) => k.startsWith('/src/bin')), []);
  assert.equal(evs(img.unknowns).map(([m]) => m), [
    'go build -o bin/app-${MAKE_VALUE_NOT_KNOWN}: the output path is not known ($MAKE_VALUE_NOT_KNOWN is not set in the image or the script) (run by `make app` at Dockerfile:4)',
  ]);
});

test('make variables known in part keep -s / -w: =, != then +=, and a shell variable known in part as make\'s or the recipe\'s', () => {
  const stripped = (makefile: string, run = 'make app') => {
    const img = build(`FROM golang:1.25\nWORKDIR /src\nCOPY . .\nRUN ${run}\n`, { Makefile: makefile, 'go.mod': 'module example.com/app\n' });
    const g = file(img, '/src/app').go;
    return [g?.stripped, g?.noDwarf];
  };
  assert.equal(stripped('LD_FLAGS = -s -X main.version=$(shell git describe)\napp:\n\tgo build -ldflags "$(LD_FLAGS)" -o app .\n'), [true, false]);
  assert.equal(stripped('LDFLAGS != echo -X main.v=1\nLDFLAGS += -s -w\napp:\n\tgo build -ldflags "$(LDFLAGS)" -o app .\n'), [true, true]);
  const viaMake = 'app:\n\tgo build -ldflags "$(LDFLAGS)" -o app .\n';
  assert.equal(stripped(viaMake, 'LDFLAGS="-w -X main.v=$(git describe)" make app'), [false, true]);
  const viaShell = 'app:\n\tgo build -ldflags "$$LDFLAGS" -o app .\n';
  assert.equal(stripped(viaShell, 'export LDFLAGS="-s -X main.v=$(git describe)" && make app'), [true, false]);
});

test('end to end: a target that misses the binary make built is a mismatch, and a stripped build is found through the Makefile', async () => {
  const files = {
    Dockerfile: DOCKERFILE,
    Makefile: MAKEFILE,
    'go.mod': 'module github.com/acme/api\n\ngo 1.23\n',
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/api:1', target: '/app/api' }).replace('otel/autoinstrumentation-go:v0.24.0', 'otel/autoinstrumentation-go:v0.19.0-alpha'),
  };
  const { diagnostics } = await lintFiles(files, [targetExeMismatch, binaryStrippedOldAgent]);
  assert.equal(diagnostics.map((d) => d.ruleId).sort(), ['binary-stripped-old-agent', 'target-exe-mismatch']);
  const m = diagnostics.find((d) => d.ruleId === 'target-exe-mismatch')!;
  assert.match(m.message, 'but container "app" runs "/usr/local/bin/api" (Dockerfile:8, Makefile:14, Dockerfile:7;');
  assert.ok(m.related.some((r) => r.range.file === 'Makefile' && r.range.line === 14));
  assert.equal((await lintFiles({ Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() }, [targetExeMismatch])).diagnostics, []);
  // A pre-commit run on the Makefile alone: the mismatch it proves is reported (at the manifest's value).
  const scoped = await lintFiles(files, [targetExeMismatch], ['Makefile']);
  assert.equal(scoped.diagnostics.map((d) => `${d.ruleId} ${d.range.file}`), ['target-exe-mismatch deploy.yaml']);
});

test.run();
