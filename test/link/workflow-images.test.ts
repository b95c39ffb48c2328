// A GitHub Actions workflow that builds an image with docker/build-push-action links that image to its Dockerfile,
// where no directory-name heuristic would.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { imageNotLinked } from '../../rules/image-not-linked.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';
import { lintFiles } from '../helpers/rule-tester.ts';

const workflow = `on: push
jobs:
  images:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: meta
        uses: docker/metadata-action@v5
        with:
          images: ghcr.io/acme/payments
      - uses: docker/build-push-action@v6
        with:
          context: .
          file: build/docker/Dockerfile.release
          tags: \${{ steps.meta.outputs.tags }}
`;
const files = (target: string) => ({
  '.github/workflows/images.yml': workflow,
  'build/docker/Dockerfile.release': SEED_DOCKERFILE,
  // A second Dockerfile, so that no "only Dockerfile" guess applies.
  'tools/Dockerfile': 'FROM golang:1.24 AS build\nRUN go build -o /out/tool ./cmd/tool\nFROM alpine:3.20\nCOPY --from=build /out/tool /usr/bin/tool\nCMD ["tool"]\n',
  'deploy/payments.yaml': deployment({ name: 'payments', appImage: 'ghcr.io/acme/payments:2.4.1', target }),
});

test('the workflow links the image: the target is checked, and the message says how the image was linked', async () => {
  const { diagnostics } = await lintFiles(files('/server'), [targetExeMismatch, imageNotLinked]);
  assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.range.file}:${d.range.line}`), ['target-exe-mismatch deploy/payments.yaml:22']);
  const d = diagnostics[0]!;
  assert.ok(d.related.some((r) => r.range.file === '.github/workflows/images.yml' && r.message.includes('built from build/docker/Dockerfile.release by the GitHub Actions step')), JSON.stringify(d.related));
  assert.equal((await lintFiles(files('/app/server'), [targetExeMismatch, imageNotLinked])).diagnostics, []);
});

// Olares' system-server workflow: `context: svc` with `file: Dockerfile`, which is the workspace's, not the context's.
test('a workflow whose file: names no Dockerfile: the reason says so, and which one was likely meant', async () => {
  const { containerTarget } = await import('../helpers/targets.ts');
  const f = {
    ...files('/app/server'),
    '.github/workflows/images.yml': workflow.replace('context: .', 'context: build/docker').replace('file: build/docker/Dockerfile.release', 'file: Dockerfile.release'),
  };
  const t = await containerTarget(f);
  assert.equal(
    [t.status, t.reason],
    [
      'unknown',
      "the image is built from Dockerfile.release by the GitHub Actions step at .github/workflows/images.yml:11, but Dockerfile.release is not in the repository, so the build fails (the step's file: is relative to the repository root, not to its context: did you mean build/docker/Dockerfile.release?)",
    ],
  );
});

test('without the workflow the image is not linked', async () => {
  const f: Record<string, string> = files('/server');
  delete f['.github/workflows/images.yml'];
  const { diagnostics } = await lintFiles(f, [targetExeMismatch, imageNotLinked]);
  assert.equal(diagnostics.map((d) => d.ruleId), ['image-not-linked']);
});

test('a Makefile recipe links the image it builds, even one named like a Docker Hub image (kubebuilder)', async () => {
  const f = {
    Makefile: 'IMG ?= controller:latest\nCONTAINER_TOOL ?= docker\n\ndocker-build:\n\t$(CONTAINER_TOOL) build -t ${IMG} .\n',
    Dockerfile: SEED_DOCKERFILE,
    'tools/Dockerfile': files('/server')['tools/Dockerfile'],
    'config/manager/manager.yaml': deployment({ name: 'controller-manager', appImage: 'controller:latest', target: '/manager' }),
  };
  const { diagnostics } = await lintFiles(f, [targetExeMismatch, imageNotLinked]);
  assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.range.file}`), ['target-exe-mismatch config/manager/manager.yaml']);
  assert.ok(diagnostics[0]!.message.includes('its image is built from Dockerfile by the make recipe at Makefile:5'), diagnostics[0]!.message);
});

// gogs: the `:edge` step builds Dockerfile.next; the release job builds the root Dockerfile under tags it writes to
// $GITHUB_ENV. Linking `gogs/gogs:0.14.0` to the `:edge` build gave a false mismatch.
const edgeAndRelease = (extra = '') => `on: push
jobs:
  edge:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/build-push-action@v6
        with:
          context: .
          file: Dockerfile.next
          tags: |
            ghcr.io/acme/app:edge
  release:
    runs-on: ubuntu-latest
    steps:
      - run: echo "TAGS=ghcr.io/acme/app:\${GITHUB_REF_NAME#v}" >> $GITHUB_ENV
${extra}`;
const RELEASE_STEP = `      - uses: docker/build-push-action@v6
        with:
          context: .
          tags: \${{ env.TAGS }}
`;
const variants = (wf: string, appImage: string) => ({
  '.github/workflows/docker.yml': wf,
  Dockerfile: SEED_DOCKERFILE,
  'Dockerfile.next': SEED_DOCKERFILE.replaceAll('/app/server', '/usr/local/bin/app'),
  'deploy/app.yaml': deployment({ appImage, target: '/app/server' }),
});

test('a build of other literal tags beside a build whose image name is not known: not linked, the reason says why', async () => {
  const { containerTarget } = await import('../helpers/targets.ts');
  const t = await containerTarget(variants(edgeAndRelease(RELEASE_STEP), 'ghcr.io/acme/app:1.4.0'));
  assert.is(t.status, 'unknown');
  assert.is(
    t.unlinkedReason,
    '.github/workflows/docker.yml:6 builds "ghcr.io/acme/app" only as "edge", not "1.4.0", and .github/workflows/docker.yml:16 builds Dockerfile under a name that is not known: which one builds "1.4.0" is not known',
  );
  const edge = await containerTarget(variants(edgeAndRelease(RELEASE_STEP), 'ghcr.io/acme/app:edge'));
  assert.equal([edge.status, edge.exe], ['resolved', '/usr/local/bin/app'], 'the edge tag is that build');
  const elsewhere = { ...variants(edgeAndRelease(RELEASE_STEP.replace('context: .', 'context: tools')), 'ghcr.io/acme/app:1.4.0'), 'tools/Dockerfile': SEED_DOCKERFILE };
  const other = await containerTarget(elsewhere);
  assert.equal([other.status, other.exe], ['resolved', '/usr/local/bin/app'], 'a build of another directory is not a build of this image');
  const alone = await containerTarget(variants(edgeAndRelease(), 'ghcr.io/acme/app:1.4.0'));
  assert.equal([alone.status, alone.exe], ['resolved', '/usr/local/bin/app'], 'no other build: the name links as before');
});

test("a Makefile's literal tag is the build of that tag, over a workflow's build of the name", async () => {
  const { containerTarget } = await import('../helpers/targets.ts');
  const f = {
    ...variants(edgeAndRelease().replace('ghcr.io/acme/app:edge', 'ghcr.io/acme/app'), 'ghcr.io/acme/app:local'),
    Makefile: 'image:\n\tdocker build -t ghcr.io/acme/app:local -f Dockerfile .\n',
  };
  const t = await containerTarget(f);
  assert.equal([t.status, t.exe], ['resolved', '/app/server']);
  const other = await containerTarget({ ...f, 'deploy/app.yaml': deployment({ appImage: 'ghcr.io/acme/app:1.0', target: '/app/server' }) });
  assert.equal([other.status, other.exe], ['resolved', '/usr/local/bin/app'], 'another tag: the workflow, as before');
});

// telegraf: `docker build -f scripts/buster.docker -t "telegraf:$(commit)" .` in a Makefile, the file long gone; the
// manifest runs the official image.
test("a make recipe whose Dockerfile is gone is no claim on another tag; one of the reference's very tag still is", async () => {
  const { containerTarget } = await import('../helpers/targets.ts');
  const recipe = (tag: string) => `commit := $(shell git rev-parse --short=8 HEAD)\nimage:\n\tdocker build -f scripts/buster.docker -t "telegraf:${tag}" .\n`;
  const f = { 'deploy/app.yaml': deployment({ appImage: 'telegraf:1.36', target: '/usr/bin/telegraf' }) };
  const stale = await containerTarget({ ...f, Makefile: recipe('$(commit)') });
  assert.equal([stale.status, stale.reason], ['unknown', 'the image is not linked to a Dockerfile of the repository, and the manifest gives no command']);
  const exact = await containerTarget({ ...f, Makefile: recipe('1.36') });
  assert.equal([exact.status, exact.reason], ['unknown', 'the image is built from scripts/buster.docker by the make recipe at Makefile:3, but scripts/buster.docker is not in the repository, so the build fails']);
});

test('a metadata-action flavor suffix says which of two Dockerfiles builds a tag without it (miniflux)', async () => {
  const { containerTarget } = await import('../helpers/targets.ts');
  const step = (id: string, flavor: string) => `      - id: ${id}
        uses: docker/metadata-action@v5
        with:
          images: docker.io/acme/miniflux
          tags: type=semver,pattern={{raw}}${flavor}
      - uses: docker/build-push-action@v6
        with:
          file: ./packaging/${id}/Dockerfile
          tags: \${{ steps.${id}.outputs.tags }}
`;
  const dockerfile = (base: string) => `FROM golang:1.24 AS build\nRUN go build -o /out/miniflux .\nFROM ${base}\nCOPY --from=build /out/miniflux /usr/bin/miniflux\nCMD ["/usr/bin/miniflux"]\n`;
  const f = {
    '.github/workflows/docker.yml': `jobs:\n  docker:\n    steps:\n${step('alpine', '')}${step('distroless', '\n          flavor: suffix=-distroless,onlatest=true')}`,
    'packaging/alpine/Dockerfile': dockerfile('alpine:3.20'),
    'packaging/distroless/Dockerfile': dockerfile('gcr.io/distroless/static'),
    'deploy/app.yaml': deployment({ appImage: 'acme/miniflux:2.2.10', target: '/usr/bin/miniflux' }),
  };
  const t = await containerTarget(f);
  assert.equal([t.status, t.exe, t.steps[0]], ['resolved', '/usr/bin/miniflux', 'packaging/alpine/Dockerfile:5: CMD ["/usr/bin/miniflux"]']);
  const d = await containerTarget({ ...f, 'deploy/app.yaml': deployment({ appImage: 'acme/miniflux:2.2.10-distroless', target: '/usr/bin/miniflux' }) });
  assert.equal([d.status, d.steps[0]], ['resolved', 'packaging/distroless/Dockerfile:5: CMD ["/usr/bin/miniflux"]']);
});

// odigos: kubebuilder's `IMG ?= controller:latest` in the Makefiles of two sibling operators, and the placeholder
// in a third project's manifest.
test('definitions in sibling directories that build one name differently: none is taken for a manifest elsewhere', async () => {
  const { containerTarget } = await import('../helpers/targets.ts');
  const mk = 'IMG ?= controller:latest\ndocker-build:\n\tdocker build -t ${IMG} .\n';
  const df = (bin: string) => `FROM golang:1.24 AS b\nRUN go build -o /${bin} .\nFROM gcr.io/distroless/static\nCOPY --from=b /${bin} /${bin}\nENTRYPOINT ["/${bin}"]\n`;
  const f = {
    'autoscaler/Makefile': mk,
    'autoscaler/Dockerfile': df('autoscaler'),
    'scheduler/Makefile': mk,
    'scheduler/Dockerfile': df('scheduler'),
    'operator/config/manager/manager.yaml': deployment({ appImage: 'controller:latest', target: '/manager' }),
  };
  const t = await containerTarget(f);
  assert.equal([t.status, t.unlinkedReason], [
    'unknown',
    '2 definitions in other directories build "controller" (autoscaler/Makefile:3 from autoscaler/Dockerfile, scheduler/Makefile:3 from scheduler/Dockerfile), none beside operator/config/manager/manager.yaml or above it, so which one builds it is not known',
  ]);
  // One of them in the manifest's own project: that one.
  const own = await containerTarget({ ...f, 'autoscaler/config/manager/manager.yaml': f['operator/config/manager/manager.yaml'], 'operator/config/manager/manager.yaml': '' });
  assert.equal([own.status, own.exe], ['resolved', '/autoscaler']);
});

// A Dockerfile for a tool beside an image built by buildpacks or from a Git context: the Dockerfile is no guess for it.
test('an image built by a skaffold buildpacks artifact or from a remote context is named there: no Dockerfile is guessed for it', async () => {
  const { containerTarget } = await import('../helpers/targets.ts');
  const base = { 'tools/linter/Dockerfile': SEED_DOCKERFILE, 'k8s/app.yaml': deployment({ appImage: 'ghcr.io/acme/app:1', target: '/layers/google.go.build/bin/main' }) };
  const buildpacks = await containerTarget({ ...base, 'skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: ghcr.io/acme/app\n      buildpacks:\n        builder: gcr.io/buildpacks/builder:v1\n' });
  assert.equal([buildpacks.status, buildpacks.unlinkedReason], ['unknown', "it is built by skaffold's buildpacks builder (skaffold.yaml:5), which the linter does not read"]);
  const remote = await containerTarget({ ...base, Makefile: 'image:\n\tdocker build -t ghcr.io/acme/app:1 https://github.com/acme/app.git#v1\n' });
  assert.equal([remote.status, remote.unlinkedReason], ['unknown', 'it is built from the remote context https://github.com/acme/app.git#v1 (Makefile:2), which the linter does not read']);
  // Without them, the only Dockerfile is the guess.
  assert.equal((await containerTarget(base)).status, 'resolved');
});

test.run();
