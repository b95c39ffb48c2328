// A Dockerfile guessed for images of several names (the only Dockerfile of a repository, the one nearest to a
// manifest, the only one building Go) builds one of them at most: the image named like a program it puts in the image
// keeps the guess, and when no single image is, none does. Without this, a database or proxy container next to the
// app "ran" the app's binary.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { imageNotLinked } from '../../rules/image-not-linked.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { targetExeUnresolved } from '../../rules/target-exe-unresolved.ts';
import { SEED_DOCKERFILE, deployment } from '../helpers/fixtures.ts';
import { lintFiles } from '../helpers/rule-tester.ts';
import { containerTarget } from '../helpers/targets.ts';

const rules = [targetExeMismatch, targetExeUnresolved, imageNotLinked];

/** A second container under the app, as `deployment()`'s appExtra writes it. */
const sidecar = (name: string, image: string) => [`        - name: ${name}`, `          image: ${image}`];

/** The Dockerfile builds /api (program name "api"). */
const API_DOCKERFILE = `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static
COPY --from=build /out/api /api
ENTRYPOINT ["/api"]
`;

test('two images of one pod guessed to the only Dockerfile: the one named like the binary keeps the guess', async () => {
  const files = {
    Dockerfile: API_DOCKERFILE,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/api:1.0', target: '/api', appExtra: sidecar('proxy', 'ghcr.io/acme/auth-proxy:2.1') }),
  };
  const app = await containerTarget(files, 'app');
  assert.equal([app.status, app.exe], ['resolved', '/api']);
  const proxy = await containerTarget(files, 'proxy');
  assert.is(proxy.status, 'unknown');
  assert.is(proxy.exe, undefined);
  assert.match(
    proxy.unlinkedReason ?? '',
    'Dockerfile would be the guess for 2 images ("api", "auth-proxy"); it is assumed to build "api" only, named like the program it builds (/api)',
  );
  // The target names the app's binary: nothing to report (the proxy's program is not assumed to be /api as well).
  assert.equal((await lintFiles(files, rules)).diagnostics, []);
});

test('the images are in different manifests: the conflict is the repository\'s, and a go.mod module name counts as a program name', async () => {
  const files = {
    Dockerfile: SEED_DOCKERFILE,
    'go.mod': 'module github.com/acme/shop\n\ngo 1.23\n',
    'k8s/shop.yaml': deployment({ name: 'shop', appImage: 'ghcr.io/acme/shop:1.0', target: '/server' }),
    'k8s/cache.yaml': deployment({ name: 'cache', appImage: 'ghcr.io/acme/cache-proxy:3', agent: false }),
  };
  const shop = await containerTarget(files, 'app', 'Deployment "shop"');
  assert.equal([shop.status, shop.exe], ['resolved', '/app/server']);
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.match(diagnostics[0]!.message, 'container "app" runs "/app/server"');
  // The cache proxy is not assumed to run /app/server: its container has no link.
  const cache = await containerTarget(files, 'app', 'Deployment "cache"');
  assert.is(cache.status, 'unknown');
  assert.match(cache.unlinkedReason ?? '', 'it is assumed to build "shop" only, named like the program it builds (/app/server of module github.com/acme/shop)');
});

test('no image is named like a program the Dockerfile builds: none keeps the guess, and a wrong target is an info, not an error', async () => {
  const files = {
    Dockerfile: SEED_DOCKERFILE,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/frontend:1.0', target: '/wrong', appExtra: sidecar('db-proxy', 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2') }),
  };
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.severity}`), ['image-not-linked info', 'image-not-linked info']);
  assert.match(
    diagnostics[0]!.message,
    'Dockerfile would be the guess for 2 images ("cloud-sql-proxy", "frontend"), and none of them is named like the program it builds (/app/server), so it is assumed to build none of them',
  );
});

test('one image name under several registries and tags is one image: both references keep the guess', async () => {
  const files = {
    Dockerfile: SEED_DOCKERFILE,
    'k8s/prod.yaml': deployment({ name: 'prod', appImage: 'ghcr.io/acme/checkout:1.4', target: '/app/server' }),
    'k8s/dev.yaml': deployment({ name: 'dev', appImage: 'localhost:5000/Checkout:dev', target: '/server' }),
  };
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.range.file}`), ['target-exe-mismatch k8s/dev.yaml']);
});

test('the nearest Dockerfile: a program named by its exec-form ENTRYPOINT (copied in, not built) breaks the tie', async () => {
  const files = {
    'deploy/Dockerfile': 'FROM alpine:3.20\nCOPY bin/gateway /usr/local/bin/gateway\nENTRYPOINT ["/usr/local/bin/gateway"]\n',
    'tools/api/Dockerfile': API_DOCKERFILE,
    'deploy/k8s/gw.yaml': deployment({ appImage: 'ghcr.io/acme/gateway:1', target: '/app/gateway', appExtra: sidecar('redis', 'ghcr.io/acme/redis-cache:7') }),
  };
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.match(diagnostics[0]!.message, 'but container "app" runs "/usr/local/bin/gateway"');
  assert.match(diagnostics[0]!.message, 'assumed to be built from deploy/Dockerfile, the Dockerfile nearest to deploy/k8s/gw.yaml');
  assert.not.match(diagnostics[0]!.message, 'redis');
});

test('a binary `make` built, which the inference cannot see as Go, still names the program when a COPY places it', async () => {
  const files = {
    Dockerfile: 'FROM golang:1.23 AS build\nWORKDIR /contour\nCOPY . .\nRUN make build\n\nFROM scratch\nCOPY --from=build /contour/contour /bin/contour\n',
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/contour:main', target: '/contour', appExtra: ['          command: ["/bin/contour", "serve"]', ...sidecar('envoy', 'docker.io/envoyproxy/envoy:distroless-v1.39.0')] }),
  };
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.match(diagnostics[0]!.message, 'but container "app" runs "/bin/contour"');
  assert.match((await containerTarget(files, 'envoy')).unlinkedReason ?? '', 'it is assumed to build "contour" only, named like the program it builds (/bin/contour)');
});

test('a run on one manifest sees the conflict a manifest it was not given makes (the same links as the full run)', async () => {
  const files = {
    Dockerfile: API_DOCKERFILE,
    'k8s/a.yaml': deployment({ name: 'a', appImage: 'ghcr.io/acme/frontend:1', target: '/wrong' }),
    'k8s/b.yaml': deployment({ name: 'b', appImage: 'ghcr.io/acme/backend:1', agent: false }),
  };
  const full = await lintFiles(files, rules);
  assert.equal(full.diagnostics.map((d) => `${d.ruleId} ${d.range.file}`), ['image-not-linked k8s/a.yaml']);
  const scoped = await lintFiles(files, rules, ['k8s/a.yaml']);
  assert.equal(scoped.diagnostics.map((d) => d.message), full.diagnostics.map((d) => d.message));
  // Alone in the repository, the image keeps the guess (the mismatch is then an error, as before).
  const alone = await lintFiles({ Dockerfile: files.Dockerfile, 'k8s/a.yaml': files['k8s/a.yaml'] }, rules);
  assert.equal(alone.diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
});

test('a Dockerfile linked for certain is no guess for another container; a container beside one linked elsewhere is still guessed', async () => {
  // The app's image is mapped in the config; the exporter beside it would be guessed to the only Go Dockerfile.
  const mapped = {
    '.otel-target-lint.yaml': 'images:\n  - image: ghcr.io/acme/api\n    dockerfile: Dockerfile\n',
    Dockerfile: API_DOCKERFILE,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/api:1.0', target: '/api', appExtra: sidecar('exporter', 'ghcr.io/acme/metrics-exporter:2') }),
  };
  const exporter = await containerTarget(mapped, 'exporter');
  assert.equal([exporter.status, exporter.exe], ['unknown', undefined]);
  assert.match(exporter.unlinkedReason ?? '', 'Dockerfile would be the guess for "ghcr.io/acme/metrics-exporter:2", but it is the build of ghcr.io/acme/api (.otel-target-lint.yaml:2)');

  // From the OpenTelemetry Operator's e2e tests: a Python image a Makefile builds beside a Go one nothing builds; the
  // only Dockerfile building Go is still the Go container's guess, and its wrong target is reported.
  const twoApps = {
    Makefile: 'build:\n\tdocker build -t ghcr.io/acme/e2e-test-app-python:main apps/python\n',
    'apps/python/Dockerfile': 'FROM python:3.12\nWORKDIR /app\nCOPY app.py .\nCMD ["flask", "run"]\n',
    'apps/golang/Dockerfile': API_DOCKERFILE,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/e2e-test-app-golang:main', target: '/usr/src/app/productcatalogservice', appExtra: sidecar('pythonapp', 'ghcr.io/acme/e2e-test-app-python:main') }),
  };
  const go = await containerTarget(twoApps, 'app');
  assert.equal([go.status, go.exe], ['resolved', '/api']);
  const { diagnostics } = await lintFiles(twoApps, rules);
  assert.equal(diagnostics.map((d) => [d.ruleId, d.severity]), [['target-exe-mismatch', 'warning']]);

  // An image of another namespace beside the one linked for certain is from elsewhere: no guess.
  const tracing = {
    ...twoApps,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/e2e-test-app-python:main', target: '/api', appExtra: sidecar('jaeger', 'jaegertracing/all-in-one:1.57') }),
  };
  const jaeger = await containerTarget(tracing, 'jaeger');
  assert.equal([jaeger.status, jaeger.exe], ['unknown', undefined]);
  assert.match(
    jaeger.unlinkedReason ?? '',
    'container "app" is the one linked to apps/python/Dockerfile, and this image is of another namespace than its ghcr.io/acme/e2e-test-app-python:main, so it is not assumed to be built from apps/golang/Dockerfile',
  );
});

// openobserve/hotcommerce: a Go frontend and a Node.js shop, whose pod asks the Operator for the Node.js agent. The
// shop's image competed for "the only Dockerfile building Go", and neither kept the guess.
test('a pod that asks for another language\'s agent only does not compete for the Go Dockerfile; each program listed once', async () => {
  const goDockerfile = 'FROM golang:1.24 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n';
  const shop = (annotation: string) =>
    deployment({ name: 'shop', appImage: 'ghcr.io/acme/sample-shop-service-nodejs:1', agent: false, templateAnnotations: annotation ? [`        ${annotation}`] : [] });
  const files = (annotation: string) => ({
    'frontend/Dockerfile': goDockerfile,
    'frontend/go.mod': 'module github.com/acme/shop/frontend\n\ngo 1.24\n',
    'shop/Dockerfile': 'FROM node:22\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
    'k8s/frontend.yaml': deployment({ name: 'frontend', appImage: 'ghcr.io/acme/sample-frontend-service-go:1', target: '/frontend' }),
    'k8s/shop.yaml': shop(annotation),
  });
  const node = await containerTarget(files('instrumentation.opentelemetry.io/inject-nodejs: "true"'), 'app', 'Deployment "frontend"');
  assert.equal([node.status, node.exe], ['resolved', '/app']);
  const both = await containerTarget(files(''), 'app', 'Deployment "frontend"');
  assert.is(both.status, 'unknown');
  assert.match(both.unlinkedReason ?? '', 'none of them is named like the program it builds (/app of module github.com/acme/shop/frontend), so');
});

// Splunk's Argo Rollout example: the application image is built elsewhere; the repository's one Dockerfile builds a
// curl job. Guessing it gave "runs /usr/bin/curl" and a fix pointing the agent at curl.
const JOB_DOCKERFILE = `FROM alpine:3.20
RUN apk add --no-cache curl
COPY check.sh /usr/local/bin/check.sh
RUN chmod +x /usr/local/bin/check.sh
ENTRYPOINT ["/usr/local/bin/check.sh"]
`;

test('the only Dockerfile builds a job from an OS image and a script: no guess, the reason says why', async () => {
  const files = {
    'job/Dockerfile': JOB_DOCKERFILE,
    'job/check.sh': '#!/bin/sh\nexec /usr/bin/curl -fsS "$URL"\n',
    'deploy/app.yaml': deployment({ appImage: 'ghcr.io/acme/rollouts-demo:blue', target: '/rollouts-demo' }),
  };
  const app = await containerTarget(files, 'app');
  assert.is(app.status, 'unknown');
  assert.is(
    app.unlinkedReason,
    'the only Dockerfile in the repository, job/Dockerfile, builds no application: it is FROM alpine:3.20 and adds no binary, only scripts or other files',
  );
  const { diagnostics } = await lintFiles(files, rules);
  assert.equal(diagnostics.map((d) => d.ruleId), ['image-not-linked']);
});

test('the only Dockerfile copies a file built before docker build: still the guess', async () => {
  const files = {
    Dockerfile: 'FROM alpine:3.20\nCOPY dist/rollouts-demo /rollouts-demo\nENTRYPOINT ["/rollouts-demo"]\n',
    'deploy/app.yaml': deployment({ appImage: 'ghcr.io/acme/rollouts-demo:blue', target: '/rollouts-demo' }),
  };
  const app = await containerTarget(files, 'app');
  assert.equal([app.status, app.exe], ['resolved', '/rollouts-demo']);
});

test('the only Dockerfile downloads its program in a RUN: still the guess', async () => {
  const files = {
    Dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache curl && curl -fsSL -o /usr/local/bin/demo https://example.com/demo && chmod +x /usr/local/bin/demo\nENTRYPOINT ["/usr/local/bin/demo"]\n',
    'deploy/app.yaml': deployment({ appImage: 'ghcr.io/acme/rollouts-demo:blue', target: '/usr/local/bin/demo' }),
  };
  const app = await containerTarget(files, 'app');
  assert.equal([app.status, app.exe], ['resolved', '/usr/local/bin/demo']);
});

test('the nearest Dockerfile builds only a script image: no guess', async () => {
  const files = {
    'svc/Dockerfile': 'FROM debian:12\nCOPY run.sh /run.sh\nCMD ["/run.sh"]\n',
    'svc/run.sh': '#!/bin/sh\nexec sleep infinity\n',
    'other/Dockerfile': API_DOCKERFILE,
    'other/more/Dockerfile': API_DOCKERFILE,
    'svc/deploy/app.yaml': deployment({ appImage: 'ghcr.io/acme/rollouts-demo:blue', target: '/api' }),
  };
  const app = await containerTarget(files, 'app');
  assert.is(app.status, 'unknown');
  assert.match(app.unlinkedReason ?? '', /^the Dockerfile nearest to svc\/deploy\/app.yaml, svc\/Dockerfile, builds no application: it is FROM debian:12/);
});

test('a Dockerfile under .devcontainer/ is the editor\'s environment: never the guess for an application image', async () => {
  const files = { '.devcontainer/Dockerfile': SEED_DOCKERFILE, 'k8s/app.yaml': deployment({ appImage: 'ghcr.io/acme/app:1', target: '/server' }) };
  const t = await containerTarget(files);
  assert.equal([t.status, t.unlinkedReason], [
    'unknown',
    'the only Dockerfile in the repository, .devcontainer/Dockerfile, is a development container (.devcontainer/), not an application image',
  ]);
  const moved = await containerTarget({ Dockerfile: SEED_DOCKERFILE, 'k8s/app.yaml': files['k8s/app.yaml'] });
  assert.equal(moved.status, 'resolved');
});

test.run();
