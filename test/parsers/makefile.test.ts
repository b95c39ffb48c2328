// src/parsers/makefile.ts: the images a Makefile's recipes build.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyName } from '../../src/discover/classify.ts';
import { LineIndex } from '../../src/model/source.ts';
import { parseMakefile, readMakefile } from '../../src/parsers/makefile.ts';
import { initShellParser } from '../../src/parsers/shell.ts';

const parse = (text: string, path = 'Makefile') =>
  parseMakefile({ path, absPath: `/r/${path}`, text, kind: 'makefile', requested: true, lines: new LineIndex(text) });
const show = (r: ReturnType<typeof parse>) => r.specs.map((s) => [s.image, s.dockerfile, s.context, s.target ?? null, `${s.source.range.line}`]);

test('Makefile names', () => {
  for (const n of ['Makefile', 'makefile', 'GNUmakefile', 'build/docker.mk']) assert.is(classifyName(n), 'makefile', n);
  assert.is(classifyName('MAKEFILE.txt'), undefined);
});

test('recipes: variables (=, :=, ?=, +=, export), continuations, prefixes, inline recipes; make expansion', async () => {
  await initShellParser();
  const text = `# Image URL to use all building/pushing image targets
IMG ?= controller:latest
REGISTRY := ghcr.io/acme
export API_IMAGE = $(REGISTRY)/api
ARGS = --build-arg GO=1.24
ARGS += --target runtime
VERSION = $(shell git describe)

.PHONY: docker-build
docker-build: test ## Build docker image with the manager.
\t$(CONTAINER_TOOL) build -t \${IMG} .
\t@docker build -t $(IMG) \\
\t\t-f build/Dockerfile .
api: ; docker build -t $(API_IMAGE):$(VERSION) $(ARGS) services/api
\t-cd tools && docker build -t $(REGISTRY)/tools:1 .
other:
\tbuildah bud -t $(REGISTRY)/bud:1 -f Containerfile sub
`;
  assert.equal(show(parse(text, 'ops/Makefile')), [
    ['controller:latest', 'ops/build/Dockerfile', 'ops', null, '12'],
    ['ghcr.io/acme/api', 'ops/services/api/Dockerfile', 'ops/services/api', 'runtime', '14'],
    ['ghcr.io/acme/tools:1', 'ops/tools/Dockerfile', 'ops/tools', null, '15'],
    ['ghcr.io/acme/bud:1', 'ops/Containerfile', 'ops/sub', null, '17'],
  ]);
});

test('what the reader cannot follow: conditionals, define, shell assignments, functions, automatic variables', async () => {
  await initShellParser();
  const text = `ifeq ($(ARCH),arm64)
IMG = ghcr.io/acme/arm:1
else
IMG = ghcr.io/acme/amd:1
endif
TAG != git rev-parse HEAD
define HELP
docker build -t not/a:recipe .
endef
a:
\tdocker build -t $(IMG) .
\tdocker build -t ghcr.io/acme/x:$(TAG) .
\tdocker build -t $@ .
\tdocker build -t ghcr.io/acme/y:1 $(dir $(lastword $(MAKEFILE_LIST)))
`;
  // IMG is set in a conditional: not known. The tag from `!=` is not, but the name is.
  assert.equal(show(parse(text)), [['ghcr.io/acme/x', 'Dockerfile', '.', null, '12']]);
  assert.equal(parse('\tnot a rule\n:::\n$(\n').specs, []);
});

test('conditional directives are statements with their tests as make splits them, and their offsets', () => {
  const text = `ifeq ( $(A) , b c )
X = 1
\telse ifneq "$(B)"   'x y' # comment
ifdef $(NAME)
endif
else
endif
ifeq (a,(b)) trailing
ifeq 'a' b
ifdef
all:
ifndef V
\techo $(V)
endif
\tifeq (1,1)
`;
  const st = readMakefile(text);
  assert.equal(
    st.map((s) => (s.kind === 'rule' ? ['rule', s.recipe.map((l) => [l.text, l.after])] : s.kind === 'assign' ? ['assign', s.name] : [s.kind, 'test' in s ? s.test : null, 'start' in s ? s.start : null])),
    [
      ['if', { kind: 'ifeq', left: ' $(A)', right: 'b c ' }, 0],
      ['assign', 'X'],
      ['else', { kind: 'ifneq', left: '$(B)', right: 'x y' }, 27],
      ['if', { kind: 'ifdef', name: '$(NAME)' }, 63],
      ['endif', null, 77],
      ['else', null, 83],
      ['endif', null, 88],
      ['if', { kind: 'ifeq', left: 'a', right: '(b)' }, 94],
      ['if', { kind: 'invalid' }, 116],
      ['if', { kind: 'ifdef', name: '' }, 127],
      // A directive inside a rule is not a recipe line (unless a tab starts it); the lines after it are, read where it leaves make.
      ['rule', [['\techo $(V)', 11], ['\tifeq (1,1)', 12]]],
      ['if', { kind: 'ifndef', name: 'V' }, 138],
      ['endif', null, 158],
    ],
  );
});

test('docker builds in a branch make does not read are not found; one that may be read is', async () => {
  await initShellParser();
  const text = `ifeq (a,b)
IMG := ghcr.io/acme/never:1
docker-never:
\tdocker build -t ghcr.io/acme/never:2 .
else
IMG := ghcr.io/acme/app:1
endif
docker:
\tdocker build -t $(IMG) .
ifdef PUSH
\tdocker build -t ghcr.io/acme/maybe:1 .
endif
`;
  assert.equal(show(parse(text)), [
    ['ghcr.io/acme/app:1', 'Dockerfile', '.', null, '9'],
    ['ghcr.io/acme/maybe:1', 'Dockerfile', '.', null, '11'],
  ]);
});

test('variables that multiply stop at a bound, never hang', async () => {
  await initShellParser();
  const lines = ['V0 = x'];
  for (let i = 1; i <= 12; i++) lines.push(`V${i} = ${`$(V${i - 1})`.repeat(40)}`);
  const started = Date.now();
  const r = parse(`${lines.join('\n')}\nall:\n\tdocker build -t ghcr.io/acme/$(V12):1 .\n`);
  assert.equal(r.specs, []);
  assert.ok(Date.now() - started < 5000, 'bounded work');
});

// external-dns's Makefile: `KO_DOCKER_REPO=$(IMAGE) ko build --tags $(VERSION) --bare .`
test('ko build in a recipe: KO_DOCKER_REPO from the command or an export, the namer flags, the tags, the package', async () => {
  await initShellParser();
  const text = `IMAGE ?= ghcr.io/acme/dns
VERSION ?= $(shell git describe --tags --always)
image:
\tKO_DOCKER_REPO=$(IMAGE) ko build --tags $(VERSION) --bare .
tagged:
\tKO_DOCKER_REPO=ghcr.io/acme ko build -B --tags v1,latest ./cmd/api ./cmd/worker/
more:
\texport KO_DOCKER_REPO=ghcr.io/acme; ko publish --preserve-import-paths github.com/acme/shop/cmd/cart --platform=linux/amd64 -t 2
\tKO_DOCKER_REPO=ko.local ko build ./cmd/local
\tko build --bare .
\tKO_DOCKER_REPO=ghcr.io/acme ko build ./cmd/md5 ./...
\tKO_DOCKER_REPO=ghcr.io/acme ko build -B .
\tKO_DOCKER_REPO=ghcr.io/acme/x ko build --bare=false .
`;
  const r = parse(text, 'deploy/Makefile');
  assert.equal(
    r.specs.map((s) => [s.image, s.dockerfile, s.ko?.packageDir, s.ko?.exe ?? null, s.ko?.importPath ?? null, s.ko?.workDir, s.source.range.line]),
    [
      ['ghcr.io/acme/dns', '', 'deploy', null, null, 'deploy', 4],
      ['ghcr.io/acme/api:v1', '', 'deploy/cmd/api', '/ko-app/api', null, 'deploy', 6],
      ['ghcr.io/acme/api:latest', '', 'deploy/cmd/api', '/ko-app/api', null, 'deploy', 6],
      ['ghcr.io/acme/worker:v1', '', 'deploy/cmd/worker', '/ko-app/worker', null, 'deploy', 6],
      ['ghcr.io/acme/worker:latest', '', 'deploy/cmd/worker', '/ko-app/worker', null, 'deploy', 6],
      ['ghcr.io/acme/github.com/acme/shop/cmd/cart:2', '', 'deploy', '/ko-app/cart', 'github.com/acme/shop/cmd/cart', 'deploy', 8],
    ],
  );
});

test.run();
