// The image-name heuristic and the repository's name: `Dockerfile` at the root of repository `alloy` builds the image
// `grafana/alloy`. From grafana/alloy, whose compose example ran `grafana/alloy` "built from" the Dockerfile.alloy of
// an integration test (named like the image) instead of the root Dockerfile.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { containerTarget } from '../helpers/targets.ts';

const ROOT_DOCKERFILE = `FROM golang:1.24 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/alloy ./cmd/alloy

FROM gcr.io/distroless/static
COPY --from=build /out/alloy /bin/alloy
ENTRYPOINT ["/bin/alloy"]
CMD ["run", "/etc/alloy/config.alloy"]
`;
const TEST_DOCKERFILE = `FROM alloy-integration-tests:latest
ENTRYPOINT ["/usr/local/bin/alloy-test"]
`;
const compose = `services:
  alloy:
    image: grafana/alloy:latest
    command: ["run", "/etc/alloy/config.alloy"]
`;
const origin = (url: string) => `[core]\n\tbare = false\n[remote "origin"]\n\turl = ${url}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`;

const repo = (config?: string, composeAt = 'example/compose.yaml') => ({
  ...(config ? { '.git/config': config } : {}),
  Dockerfile: ROOT_DOCKERFILE,
  'integration-tests/oracledb/Dockerfile.alloy': TEST_DOCKERFILE,
  [composeAt]: compose,
});

test('the root Dockerfile of repository "alloy" builds grafana/alloy, not a Dockerfile.alloy elsewhere', async () => {
  const t = await containerTarget(repo(origin('git@github.com:grafana/alloy.git')), 'alloy');
  assert.equal([t.status, t.exe], ['resolved', '/bin/alloy']);
  assert.ok(t.steps.some((s) => s.startsWith('Dockerfile:8: ')), t.steps.join('\n'));
});

test('beside the other Dockerfile named like the image, that one is nearer', async () => {
  const t = await containerTarget(repo(origin('https://github.com/grafana/alloy'), 'integration-tests/oracledb/compose.yaml'), 'alloy');
  assert.equal([t.status, t.exe], ['resolved', '/usr/local/bin/alloy-test']);
});

test('a repository of another name: the root Dockerfile is not named like the image', async () => {
  const t = await containerTarget(repo(origin('https://github.com/grafana/loki.git')), 'alloy');
  assert.equal([t.status, t.exe], ['resolved', '/usr/local/bin/alloy-test']);
});

test('without a remote, the checkout directory names the repository (here a temporary one: no match)', async () => {
  const t = await containerTarget(repo(), 'alloy');
  assert.equal([t.status, t.exe], ['resolved', '/usr/local/bin/alloy-test']);
});

const pod = (name: string, image: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: ${name}\n      image: ${image}\n`;

test('the root Dockerfile linked by the repository name is no guess for an image of another name', async () => {
  // From tailscale/tailscale: its root Dockerfile builds tailscale/tailscale; the operator's manifest runs
  // tailscale/k8s-operator, built elsewhere (ko), which was "assumed" to be built from the only Dockerfile.
  const files = {
    '.git/config': origin('https://github.com/tailscale/tailscale.git'),
    Dockerfile: ROOT_DOCKERFILE,
    'deploy/tailscale.yaml': pod('tailscale', 'ghcr.io/tailscale/tailscale:stable'),
    'cmd/operator/operator.yaml': pod('operator', 'ghcr.io/tailscale/k8s-operator:stable'),
  };
  const ts = await containerTarget(files, 'tailscale');
  assert.equal([ts.status, ts.exe], ['resolved', '/bin/alloy']);
  const op = await containerTarget(files, 'operator');
  assert.equal([op.status, op.unlinkedReason], ['unknown', 'Dockerfile would be the guess, but the image "tailscale" is named like it, so it is assumed to build that one only']);
  // Without the image named like it, the operator's image is the guess.
  const alone = await containerTarget({ ...files, 'deploy/tailscale.yaml': '' }, 'operator');
  assert.equal([alone.status, alone.exe], ['resolved', '/bin/alloy']);
});

test('a Docker Hub official image is not the repository\'s build, whatever the repository is named', async () => {
  // traefik's docs run `traefik:v3.7`, which the Docker library builds (its own layout), not traefik's root Dockerfile.
  const files = {
    '.git/config': origin('https://github.com/traefik/traefik'),
    Dockerfile: ROOT_DOCKERFILE.split('alloy').join('traefik'),
    'docs/k8s.yaml': pod('traefik', 'traefik:v3.7'),
  };
  const t = await containerTarget(files, 'traefik');
  assert.equal([t.status, t.unlinkedReason], ['unknown', '"traefik:v3.7" is a Docker Hub official image, not built in this repository']);
  // Under the project's own name on Docker Hub, it is.
  const own = await containerTarget({ ...files, 'docs/k8s.yaml': files['docs/k8s.yaml'].replace('traefik:v3.7', 'docker.io/traefik/traefik:v3.7') }, 'traefik');
  assert.equal([own.status, own.exe], ['resolved', '/bin/traefik']);
});

test('a single name that is no Docker Hub official image is built where it runs: linked like any other', async () => {
  // `docker build -t todo:v0.1 .` then a Deployment running `todo:v0.1` (a tutorial's kind cluster): no such image on
  // Docker Hub, so the repository's only Dockerfile is the guess, as for a namespaced name.
  const files = { Dockerfile: ROOT_DOCKERFILE.split('alloy').join('todo'), 'k8s/todo.yaml': pod('todo', 'todo:v0.1') };
  const t = await containerTarget(files, 'todo');
  assert.equal([t.status, t.exe], ['resolved', '/bin/todo']);
  // Named like the repository, the root Dockerfile is the build (unlike traefik above).
  const named = await containerTarget(
    // Another Dockerfile building Go: no guess would pick either.
    { '.git/config': origin('git@github.com:acme/todo.git'), Dockerfile: files.Dockerfile, 'build/Dockerfile.ci': ROOT_DOCKERFILE.split('alloy').join('ci'), 'k8s/todo.yaml': pod('todo', 'todo:v0.1') },
    'todo',
  );
  assert.equal([named.status, named.exe], ['resolved', '/bin/todo']);
  // An official name in any letter case stays unlinked.
  const nginx = await containerTarget({ ...files, 'k8s/todo.yaml': pod('todo', 'NGINX:1.27') }, 'todo');
  assert.equal([nginx.status, nginx.unlinkedReason], ['unknown', '"NGINX:1.27" is a Docker Hub official image, not built in this repository']);
});

// docker/metadata-action's own example: `ghcr.io/${{ github.repository }}`. Unresolved, the workflow's build was lost
// and the root Dockerfile (a dev one) was linked by the repository's name, with certainty (btcsuite/btcd).
test('a workflow naming its image by github.repository links it through the git remote', async () => {
  const workflow = `env:
  IMAGE_NAME: \${{ github.repository }}
jobs:
  build:
    steps:
      - id: meta
        uses: docker/metadata-action@v5
        with:
          images: ghcr.io/\${{ env.IMAGE_NAME }}
      - uses: docker/build-push-action@v6
        with:
          file: build/Dockerfile
          tags: \${{ steps.meta.outputs.tags }}
`;
  const files = {
    '.git/config': origin('https://github.com/Acme/svc.git'),
    '.github/workflows/docker.yml': workflow,
    Dockerfile: 'FROM golang:1.24\nWORKDIR /src\nCOPY . .\nRUN go install .\nCMD ["svc"]\n',
    'go.mod': 'module example.com/svc\n\ngo 1.24\n',
    'build/Dockerfile': 'FROM golang:1.24 AS b\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/svc .\nFROM gcr.io/distroless/static\nCOPY --from=b /out/svc /usr/local/bin/svc\nENTRYPOINT ["/usr/local/bin/svc"]\n',
    'deploy/compose.yaml': 'services:\n  svc:\n    image: ghcr.io/acme/svc:v1.0.0\n',
  };
  const t = await containerTarget(files, 'svc');
  assert.equal([t.status, t.exe], ['resolved', '/usr/local/bin/svc']);
  const { '.git/config': _, ...noRemote } = files;
  const u = await containerTarget(noRemote, 'svc');
  assert.is.not(u.exe, '/usr/local/bin/svc', 'without the remote the workflow names no image');
});

// cert-manager: `quay.io/jetstack/cert-manager-controller` from `hack/containers/Containerfile.controller`.
test('an image named <repository>-<component> is assumed to be built from the Dockerfile named like the component', async () => {
  const files = (remote: string) => ({
    '.git/config': origin(remote),
    'hack/containers/Containerfile.controller': 'FROM golang:1.24 AS b\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/controller ./cmd/controller\nFROM gcr.io/distroless/static\nCOPY --from=b /out/controller /app/cmd/controller/controller\nENTRYPOINT ["/app/cmd/controller/controller"]\n',
    'hack/containers/Containerfile.webhook': 'FROM golang:1.24 AS b\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/webhook ./cmd/webhook\nFROM gcr.io/distroless/static\nCOPY --from=b /out/webhook /app/webhook\nENTRYPOINT ["/app/webhook"]\n',
    'deploy/charts/cert-manager/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: cm}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: quay.io/jetstack/cert-manager-controller:v1.16.0\n',
  });
  const t = await containerTarget(files('https://github.com/cert-manager/cert-manager.git'));
  assert.equal([t.status, t.exe], ['resolved', '/app/cmd/controller/controller']);
  const other = await containerTarget(files('https://github.com/acme/other.git'));
  assert.is(other.status, 'unknown');
});

test.run();
