// Variants of one image in one build definition: GoReleaser `dockers:` entries tagged `{{ .Tag }}` and
// `{{ .Tag }}-s6` (filebrowser), prometheus' `-distroless` images, two make recipes tagging one `$(IMG)`. The first
// definition used to win whatever the tag said, and its Dockerfile was reported against with certainty.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lintRepo } from '../helpers/rule-tester.ts';
import { containerTarget } from '../helpers/targets.ts';

/** How the only application container's image was linked. */
async function linkHow(files: Record<string, string>): Promise<string | undefined> {
  const r = await lintRepo(files, [], ['.']);
  return r.model.deployments.flatMap((d) => d.apps)[0]?.link?.how;
}

const GORELEASER = `project_name: svc
builds:
  - main: main.go
    binary: svc
    goos: [linux]
    goarch: [amd64]
dockers:
  - dockerfile: Dockerfile
    image_templates: ["acme/svc:{{ .Tag }}"]
  - dockerfile: Dockerfile.s6
    image_templates: ["acme/svc:{{ .Tag }}-s6"]
`;
const goreleaser = (image: string) => ({
  '.goreleaser.yml': GORELEASER,
  'go.mod': 'module example.com/svc\n\ngo 1.24\n',
  Dockerfile: 'FROM alpine:3.20\nCOPY svc /bin/svc\nENTRYPOINT ["/bin/svc"]\n',
  'Dockerfile.s6': 'FROM alpine:3.20\nCOPY svc /opt/s6/svc\nENTRYPOINT ["/opt/s6/svc"]\n',
  'compose.yaml': `services:\n  app:\n    image: ${image}\n`,
});

test('GoReleaser variants: the tag suffix names the Dockerfile', async () => {
  const t = await containerTarget(goreleaser('acme/svc:v1.2.3-s6'));
  assert.equal([t.status, t.exe], ['resolved', '/opt/s6/svc']);
  assert.equal(await linkHow(goreleaser('acme/svc:v1.2.3-s6')), 'built from Dockerfile.s6 by the GoReleaser docker image at .goreleaser.yml:10, the variant whose Dockerfile is named like the tag\'s "-s6"');
});

test('GoReleaser variants: a tag the `-s6` template cannot make (a pre-release too) is the plain template\'s build', async () => {
  for (const tag of ['v1.2.3', 'v1.2.3-rc1']) {
    const t = await containerTarget(goreleaser(`acme/svc:${tag}`));
    assert.equal([t.status, t.exe], ['resolved', '/bin/svc'], tag);
    assert.is(await linkHow(goreleaser(`acme/svc:${tag}`)), 'built from Dockerfile by the GoReleaser docker image at .goreleaser.yml:8', tag);
  }
});

const MAKE = `IMG ?= quay.io/acme/app:$(shell git describe --tags)

docker-hotfix:
\tdocker build -t $(IMG) -f hotfix/Dockerfile .

docker-debug:
\tdocker build -t $(IMG) -f Dockerfile.debug .
`;
const make = (image: string) => ({
  Makefile: MAKE,
  'hotfix/Dockerfile': 'FROM alpine:3.20\nCOPY app /hotfix/app\nENTRYPOINT ["/hotfix/app"]\n',
  'Dockerfile.debug': 'FROM alpine:3.20\nCOPY app /debug/app\nENTRYPOINT ["/debug/app"]\n',
  app: 'binary',
  'compose.yaml': `services:\n  app:\n    image: ${image}\n`,
});

test('make recipes building one image from two Dockerfiles: a directory named like the suffix; else no link', async () => {
  const hot = await containerTarget(make('quay.io/acme/app:v2-hotfix'));
  assert.equal([hot.status, hot.exe], ['resolved', '/hotfix/app']);
  const plain = await containerTarget(make('quay.io/acme/app:v2'));
  assert.equal(plain.status, 'unknown');
  assert.equal(
    plain.unlinkedReason,
    'Makefile builds "quay.io/acme/app" from 2 Dockerfiles (hotfix/Dockerfile, Dockerfile.debug), and its tag "v2" does not say which',
  );
});

// argo-workflows: one Dockerfile, a stage per image (`workflow-controller`, `argocli`, `argoexec`).
test('a stage named like the image is its build target, and images of their own stages do not compete for a guess', async () => {
  const files = {
    Dockerfile: `FROM golang:1.24 AS builder
WORKDIR /src
COPY . .
RUN go build -o /out/controller ./cmd/controller && go build -o /out/cli ./cmd/cli

FROM gcr.io/distroless/static-debian12:nonroot AS controller
COPY --from=builder /out/controller /bin/
ENTRYPOINT ["controller"]

FROM gcr.io/distroless/static-debian12:nonroot AS cli
COPY --from=builder /out/cli /bin/
ENTRYPOINT ["cli"]
`,
    'k8s/controller.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: controller}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/controller:v1\n',
    'k8s/cli.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: cli}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/cli:v1\n',
  };
  const controller = await containerTarget(files, 'app', 'Deployment "controller"');
  assert.equal([controller.status, controller.exe], ['resolved', '/bin/controller']);
  const cli = await containerTarget(files, 'app', 'Job "cli"');
  assert.equal([cli.status, cli.exe], ['resolved', '/bin/cli']);
  assert.ok((await linkHow({ ...files, 'k8s/cli.yaml': '' }))?.endsWith('its stage "controller", named like the image'));
});

// tempo's cmd/tempo/ holds Dockerfile and Dockerfile_debug: both are named like the image by their directory.
test('Dockerfiles named like the image side by side: the tag chooses between the plain one and the variant', async () => {
  const files = (image: string) => ({
    'cmd/svc/Dockerfile': 'FROM alpine:3.20\nCOPY svc /svc\nENTRYPOINT ["/svc"]\n',
    'cmd/svc/Dockerfile_debug': 'FROM alpine:3.20\nCOPY svc /debug/svc\nENTRYPOINT ["/debug/svc"]\n',
    'deploy/compose.yaml': `services:\n  app:\n    image: ${image}\n`,
  });
  const plain = await containerTarget(files('ghcr.io/acme/svc:1.0'));
  assert.equal([plain.status, plain.exe], ['resolved', '/svc']);
  const debug = await containerTarget(files('ghcr.io/acme/svc:1.0-debug'));
  assert.equal([debug.status, debug.exe], ['resolved', '/debug/svc']);
  assert.match((await linkHow(files('ghcr.io/acme/svc'))) ?? '', 'assumed to be the one built from the plain Dockerfile, as the tag "latest" names no variant');
});

// frp: `dockerfiles/Dockerfile-for-frps` and `-for-frpc` build `fatedier/frps` and `fatedier/frpc`.
test('Dockerfile-for-<name> and Dockerfile-<name> are named like the image', async () => {
  const df = (bin: string) => `FROM golang:1.25 AS building\nRUN go build -o bin/${bin} ./cmd/${bin}\nFROM alpine:3\nCOPY --from=building /go/bin/${bin} /usr/bin/${bin}\nENTRYPOINT ["/usr/bin/${bin}"]\n`;
  const files = {
    'dockerfiles/Dockerfile-for-frps': df('frps'),
    'dockerfiles/Dockerfile-frpc': df('frpc'),
    'compose.yaml': 'services:\n  app:\n    image: fatedier/frps:v0.68.1\n  client:\n    image: fatedier/frpc:v0.68.1\n',
  };
  const frps = await containerTarget(files, 'app');
  assert.equal([frps.status, frps.exe], ['resolved', '/usr/bin/frps']);
  const frpc = await containerTarget(files, 'client');
  assert.equal([frpc.status, frpc.exe], ['resolved', '/usr/bin/frpc']);
});

test.run();
