// src/parsers/workflow.ts: the images GitHub Actions workflows build with docker/build-push-action.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyName } from '../../src/discover/classify.ts';
import { LineIndex } from '../../src/model/source.ts';
import { initShellParser } from '../../src/parsers/shell.ts';
import { parseWorkflow } from '../../src/parsers/workflow.ts';

const parse = (text: string, path = '.github/workflows/images.yml', githubRepository?: string) =>
  parseWorkflow({ path, absPath: `/r/${path}`, text, kind: 'workflow', requested: true, lines: new LineIndex(text) }, githubRepository);
const show = (specs: ReturnType<typeof parse>['specs']) =>
  specs.map((s) => [s.image, s.dockerfile, s.context, s.target ?? null, Object.fromEntries(s.args), `${s.source.range.line}`]);

test('workflow files are recognised by their place', () => {
  assert.is(classifyName('.github/workflows/ci.yml'), 'workflow');
  assert.is(classifyName('sub/repo/.github/workflows/release.yaml'), 'workflow');
  assert.is(classifyName('.github/dependabot.yml'), 'yaml');
  assert.is(classifyName('workflows/ci.yml'), 'yaml');
});

test('build-push-action: context, file (relative to the workspace), target, build-args, tags in lines or commas', () => {
  const text = `name: images
on: push
env:
  REGISTRY: ghcr.io/acme
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      IMAGE: \${{ env.REGISTRY }}/orders
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          context: services/orders
          file: services/orders/build/Dockerfile
          target: runtime
          build-args: |
            GO_VERSION=1.24
            BIN=orders
          tags: |
            \${{ env.IMAGE }}:latest
            \${{ env.IMAGE }}:\${{ github.sha }}
      - uses: docker/build-push-action@v6
        with:
          tags: ghcr.io/acme/root:1, ghcr.io/acme/root:latest
      - uses: docker/build-push-action@v6
        with:
          context: \${{ matrix.dir }}
          tags: ghcr.io/acme/x:1
      - uses: docker/build-push-action@v6
        with:
          context: https://github.com/acme/other.git#main
          tags: ghcr.io/acme/remote:1
`;
  const { specs, problems } = parse(text);
  assert.equal(problems, []);
  assert.equal(show(specs), [
    ['ghcr.io/acme/orders:latest', 'services/orders/build/Dockerfile', 'services/orders', 'runtime', { GO_VERSION: '1.24', BIN: 'orders' }, '12'],
    ['ghcr.io/acme/root:1', 'Dockerfile', '.', null, {}, '23'],
    ['ghcr.io/acme/root:latest', 'Dockerfile', '.', null, {}, '23'],
    // A remote context: the image is named (nothing is guessed for it), built from what the linter does not read.
    ['ghcr.io/acme/remote:1', '', '.', null, {}, '30'],
  ]);
  assert.is(specs[3]!.external, 'from the remote context https://github.com/acme/other.git#main');
});

test('tags from docker/metadata-action: the image names it is given', () => {
  const text = `jobs:
  release:
    steps:
      - id: meta
        uses: docker/metadata-action@v5
        with:
          images: |
            ghcr.io/acme/billing
            name=docker.io/acme/billing,enable=true
            \${{ secrets.MIRROR }}/billing
      - uses: docker/build-push-action@v6
        with:
          context: ./billing
          tags: \${{ steps.meta.outputs.tags }}
          labels: \${{ steps.meta.outputs.labels }}
`;
  assert.equal(
    parse(text, 'repo/.github/workflows/release.yaml').specs.map((s) => [s.image, s.dockerfile, s.context]),
    [
      ['ghcr.io/acme/billing', 'repo/billing/Dockerfile', 'repo/billing'],
      ['docker.io/acme/billing', 'repo/billing/Dockerfile', 'repo/billing'],
    ],
  );
});

test('mr-smithers-excellent/docker-build-push: <registry>/<image>, the GitHub owner on ghcr.io, dockerfile from the workspace, directory as context', () => {
  // From kennethfoo24/all-language-elastic: the Go service's image, pushed to Docker Hub.
  const text = `jobs:
  build:
    runs-on: ubuntu-latest
    env:
      DOCKER_REPOSITORY: kennethfoo49066
      IMAGE_NAME: all-language-elastic-golang
    steps:
      - uses: actions/checkout@v4
      - name: Build & push Docker image
        uses: mr-smithers-excellent/docker-build-push@v6
        with:
          image: \${{ env.DOCKER_REPOSITORY }}/\${{ env.IMAGE_NAME }}
          registry: docker.io
          dockerfile: golang/Dockerfile
          tags: \${{ github.sha }},latest
      - uses: mr-smithers-excellent/docker-build-push@v6
        with:
          image: worker
          registry: ghcr.io
          directory: services/worker
          dockerfile: services/worker/Dockerfile.prod
          buildArgs: GO_VERSION=1.24,CGO_ENABLED=0
          target: runtime
      - uses: mr-smithers-excellent/docker-build-push@v6
        with:
          image: api
          registry: ghcr.io
          gitHubOrg: Acme
      - uses: mr-smithers-excellent/docker-build-push@v6
        with:
          image: \${{ secrets.IMAGE }}
          registry: docker.io
`;
  const { specs, problems } = parse(text);
  assert.equal(problems, []);
  assert.equal(show(specs), [
    ['docker.io/kennethfoo49066/all-language-elastic-golang', 'golang/Dockerfile', '.', null, {}, '9'],
    ['ghcr.io/*/worker', 'services/worker/Dockerfile.prod', 'services/worker', 'runtime', { GO_VERSION: '1.24', CGO_ENABLED: '0' }, '16'],
    ['ghcr.io/acme/api', 'Dockerfile', '.', null, {}, '24'],
  ]);
  assert.equal(specs.map((s) => s.imageGlob ?? null), [null, 'ghcr.io/*/worker', null]);
});

test('github.repository and github.repository_owner come from the git remote (metadata-action, smithers)', () => {
  // docker/metadata-action's README example: `ghcr.io/\${{ github.repository }}`.
  const text = `env:
  REGISTRY: ghcr.io
  IMAGE_NAME: \${{ github.repository }}
jobs:
  build:
    steps:
      - id: meta
        uses: docker/metadata-action@v5
        with:
          images: \${{ env.REGISTRY }}/\${{ env.IMAGE_NAME }}
      - uses: docker/build-push-action@v6
        with:
          file: build/Dockerfile
          tags: \${{ steps.meta.outputs.tags }}
      - uses: docker/build-push-action@v6
        with:
          context: worker
          tags: docker.io/\${{ github.repository_owner }}/\${{ github.event.repository.name }}-worker:latest
      - uses: mr-smithers-excellent/docker-build-push@v6
        with:
          image: api
          registry: ghcr.io
`;
  assert.equal(show(parse(text, undefined, 'acme/svc').specs), [
    ['ghcr.io/acme/svc', 'build/Dockerfile', '.', null, {}, '11'],
    ['docker.io/acme/svc-worker:latest', 'worker/Dockerfile', 'worker', null, {}, '15'],
    ['ghcr.io/acme/api', 'Dockerfile', '.', null, {}, '19'],
  ]);
  // Without a remote: the first two are builds of names not known (''), the owner of the third a wildcard.
  assert.equal(parse(text).specs.map((s) => s.image), ['', '', 'ghcr.io/*/api']);
});

test('a broken or odd workflow is a problem or nothing, never a throw', () => {
  assert.equal(parse('jobs: [1, 2]\n').specs, []);
  assert.equal(parse('jobs:\n  a:\n    steps:\n      - uses: docker/build-push-action@v6\n        with: 3\n').specs, []);
  assert.ok(parse('jobs: {a: [\n').problems.some((p) => p.severity === 'error'));
});

test('a job matrix: each combination in turn (lists crossed, include added, exclude removed); duplicates once', () => {
  const text = `jobs:
  images:
    strategy:
      matrix:
        service: [orders, billing, legacy]
        registry: [ghcr.io/acme]
        exclude:
          - service: legacy
        include:
          - service: gateway
            registry: docker.io/acme
            dockerfile: gateway/Dockerfile.release
    env:
      IMAGE: \${{ matrix.registry }}/\${{ matrix.service }}
    steps:
      - uses: docker/build-push-action@v6
        with:
          context: services/\${{ matrix.service }}
          file: \${{ matrix.dockerfile }}
          tags: \${{ env.IMAGE }}:latest
      - uses: docker/build-push-action@v6
        with:
          tags: ghcr.io/acme/tools:1
  objects:
    strategy:
      matrix:
        file_tag:
          - {file: ./src/ad/Dockerfile, tag_suffix: ad}
    steps:
      - uses: docker/build-push-action@v6
        with:
          file: \${{ matrix.file_tag.file }}
          tags: ghcr.io/acme/\${{ matrix.file_tag.tag_suffix }}:1
  dynamic:
    strategy:
      matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
    steps:
      - uses: docker/build-push-action@v6
        with:
          tags: ghcr.io/acme/\${{ matrix.name }}:1
`;
  assert.equal(
    parse(text).specs.map((s) => [s.image, s.dockerfile, s.context]),
    [
      // matrix.dockerfile is null in the combinations that lack it: an empty file, so <context>/Dockerfile.
      ['ghcr.io/acme/orders:latest', 'services/orders/Dockerfile', 'services/orders'],
      ['ghcr.io/acme/tools:1', 'Dockerfile', '.'],
      ['ghcr.io/acme/billing:latest', 'services/billing/Dockerfile', 'services/billing'],
      ['docker.io/acme/gateway:latest', 'gateway/Dockerfile.release', 'services/gateway'],
      ['ghcr.io/acme/ad:1', 'src/ad/Dockerfile', '.'],
      // A matrix the workflow computes: the root Dockerfile's build under a name that is not known.
      ['', 'Dockerfile', '.'],
    ],
  );
});

test('docker build in run: steps: tags, -f, --target, --build-arg, the context; working-directory and cd followed', async () => {
  await initShellParser();
  const text = `jobs:
  build:
    strategy:
      matrix:
        svc: [orders, billing]
    steps:
      - run: |
          cd services/\${{ matrix.svc }}
          docker build -t ghcr.io/acme/\${{ matrix.svc }}:\${{ github.sha }} -f build/Dockerfile --target runtime --build-arg GO=1.24 .
      - working-directory: services
        run: docker buildx build --push --platform linux/amd64,linux/arm64 --tag=ghcr.io/acme/gw:1 gateway
      - run: docker build -t ghcr.io/acme/x:1 $CONTEXT
      - run: podman build --tag ghcr.io/acme/p:\${SHA} -f - .
      - run: |
          echo hello; docker image build -t ghcr.io/acme/y:2 ./y
          if [ -n "$X" ]; then cd elsewhere; fi
          docker build -t ghcr.io/acme/z:2 .
`;
  assert.equal(
    parse(text).specs.map((s) => [s.image, s.dockerfile, s.context, s.target ?? null, Object.fromEntries(s.args)]),
    [
      ['ghcr.io/acme/orders', 'services/orders/build/Dockerfile', 'services/orders', 'runtime', { GO: '1.24' }],
      ['ghcr.io/acme/gw:1', 'services/gateway/Dockerfile', 'services/gateway', null, {}],
      ['ghcr.io/acme/y:2', 'y/Dockerfile', 'y', null, {}],
      ['ghcr.io/acme/billing', 'services/billing/build/Dockerfile', 'services/billing', 'runtime', { GO: '1.24' }],
    ],
  );
});

// openobserve/hotcommerce builds a local name and tags it for the registry; cldmnky's workshop builds a podman
// manifest list.
test('docker tag after a build names the same build; podman build --manifest names the image', async () => {
  await initShellParser();
  const text = `jobs:
  build:
    steps:
      - run: |
          cd frontend
          docker build -t sample-frontend -f Dockerfile .
          docker tag sample-frontend:latest public.ecr.aws/acme/sample-frontend:latest
          docker tag unrelated:1 public.ecr.aws/acme/other:1
          docker build -t api:\${SHA} ../api
          docker image tag api:\${SHA} ghcr.io/acme/api:\${SHA}
      - run: podman build --manifest quay.io/acme/go-api:latest -f Containerfile.go-app .
`;
  assert.equal(
    parse(text).specs.map((s) => [s.image, s.dockerfile, s.context]),
    [
      ['sample-frontend', 'frontend/Dockerfile', 'frontend'],
      ['public.ecr.aws/acme/sample-frontend:latest', 'frontend/Dockerfile', 'frontend'],
      ['api', 'api/Dockerfile', 'api'],
      ['ghcr.io/acme/api', 'api/Dockerfile', 'api'],
      ['quay.io/acme/go-api:latest', 'Containerfile.go-app', '.'],
    ],
  );
});

test('ko build in run: steps: KO_DOCKER_REPO from env: or from ko-build/setup-ko (ghcr.io/<owner>/<repository>)', async () => {
  await initShellParser();
  const text = `jobs:
  with-env:
    env:
      KO_DOCKER_REPO: registry.example.com/acme
    steps:
      - run: ko build -B ./cmd/api
  setup:
    steps:
      - run: ko build --bare ./cmd/early
      - uses: ko-build/setup-ko@v0.9
      - run: ko build --bare ./cmd/gateway
      - run: ko publish --bare --tags \${{ github.sha }} .
        working-directory: services/cart
  preset:
    steps:
      - uses: ko-build/setup-ko@v0.9
        env:
          KO_DOCKER_REPO: quay.io/acme/tool
      - run: ko build --bare --tags=1.0 ./cmd/tool
`;
  assert.equal(
    parse(text, '.github/workflows/images.yml', 'Acme/Shop').specs.map((s) => [s.image, s.ko?.packageDir, s.ko?.exe ?? null, s.source.range.line]),
    [
      ['registry.example.com/acme/api:latest', 'cmd/api', '/ko-app/api', 6],
      ['ghcr.io/acme/shop:latest', 'cmd/gateway', '/ko-app/gateway', 11],
      ['ghcr.io/acme/shop', 'services/cart', null, 12],
      ['quay.io/acme/tool:1.0', 'cmd/tool', '/ko-app/tool', 19],
    ],
  );
  // Without the repository's name (no git remote), setup-ko's default is not known.
  assert.equal(parse(text).specs.map((s) => s.image), ['registry.example.com/acme/api:latest', 'quay.io/acme/tool:1.0']);
});

// miniflux: one metadata-action per variant, the distroless one with `flavor: suffix=-distroless,onlatest=true`.
test('metadata-action flavor: prefix and suffix make a tag pattern; a latest tag they leave alone is its own image', async () => {
  const meta = (id: string, flavor: string) => `      - id: ${id}
        uses: docker/metadata-action@v5
        with:
          images: docker.io/acme/miniflux
          flavor: |
${flavor
  .split('\n')
  .map((l) => `            ${l}`)
  .join('\n')}
      - uses: docker/build-push-action@v6
        with:
          file: ./packaging/${id}/Dockerfile
          tags: \${{ steps.${id}.outputs.tags }}
`;
  const text = `jobs:
  docker:
    steps:
${meta('distroless', 'suffix=-distroless,onlatest=true')}${meta('debug', 'suffix=-debug')}${meta('rootless', 'latest=false\nprefix=rootless-')}${meta('plain', 'latest=auto')}`;
  assert.equal(
    parse(text).specs.map((s) => [s.image, s.tagGlob ?? null, s.dockerfile]),
    [
      ['docker.io/acme/miniflux', '*-distroless', 'packaging/distroless/Dockerfile'],
      ['docker.io/acme/miniflux', '*-debug', 'packaging/debug/Dockerfile'],
      ['docker.io/acme/miniflux:latest', null, 'packaging/debug/Dockerfile'],
      ['docker.io/acme/miniflux', 'rootless-*', 'packaging/rootless/Dockerfile'],
      ['docker.io/acme/miniflux', null, 'packaging/plain/Dockerfile'],
    ],
  );
});

test.run();
