// An image the linker cannot link to one Dockerfile (one workflow builds it from two, and the tag does not say which;
// several Dockerfiles are named like it): when every candidate, evaluated, starts the same executable for the
// container, the target is checked against it (miniflux's alpine and distroless images, VictoriaMetrics'
// `deployment/` and `multiarch/` Dockerfiles). When they disagree, the image stays not linked.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { binaryStrippedGo126 } from '../../rules/binary-stripped-go126.ts';
import { imageNotLinked } from '../../rules/image-not-linked.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { targetReport } from '../../src/engine/targets.ts';
import { deployment } from '../helpers/fixtures.ts';
import { lintFiles, lintRepo } from '../helpers/rule-tester.ts';
import { containerTarget } from '../helpers/targets.ts';

const WORKFLOW = `on: {push: {tags: ['*']}}
jobs:
  docker:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/build-push-action@v6
        with:
          file: packaging/alpine/Dockerfile
          tags: ghcr.io/acme/miniflux:\${{ github.ref_name }}
      - uses: docker/build-push-action@v6
        with:
          file: packaging/distroless/Dockerfile
          tags: ghcr.io/acme/miniflux:\${{ github.ref_name }}
`;

const dockerfile = (base: string, path: string, opts: { ldflags?: string; golang?: string; extra?: string } = {}) =>
  `FROM ${opts.golang ?? 'golang:1.24'} AS build
WORKDIR /src
COPY . .
RUN go build${opts.ldflags ? ` -ldflags="${opts.ldflags}"` : ''} -o /out/miniflux .

FROM ${base}
COPY --from=build /out/miniflux ${path}
${opts.extra ?? ''}CMD ["${path}"]
`;

function miniflux(o: { distroless?: string; target?: string; appExtra?: string[]; alpine?: string } = {}): Record<string, string> {
  return {
    '.github/workflows/docker.yml': WORKFLOW,
    'go.mod': 'module example.com/miniflux\n\ngo 1.24\n',
    'main.go': 'package main\n\nfunc main() {}\n',
    'packaging/alpine/Dockerfile': o.alpine ?? dockerfile('alpine:3.20', '/usr/bin/miniflux'),
    'packaging/distroless/Dockerfile': o.distroless ?? dockerfile('gcr.io/distroless/static-debian12:nonroot', '/usr/bin/miniflux'),
    'deploy/app.yaml': deployment({ name: 'miniflux', appImage: 'ghcr.io/acme/miniflux:2.2.10', target: o.target ?? '/usr/local/bin/miniflux', ...(o.appExtra ? { appExtra: o.appExtra } : {}) }),
  };
}

const REASON = '.github/workflows/docker.yml builds "ghcr.io/acme/miniflux" from 2 Dockerfiles (packaging/alpine/Dockerfile, packaging/distroless/Dockerfile), and its tag "2.2.10" does not say which';
const HOW = 'built from one of packaging/alpine/Dockerfile, packaging/distroless/Dockerfile by the GitHub Actions steps at .github/workflows/docker.yml:6 and 10; both start /usr/bin/miniflux';

test('two Dockerfiles the tag does not choose between, both starting /usr/bin/miniflux: the target is checked', async () => {
  const { diagnostics } = await lintFiles(miniflux(), [targetExeMismatch, imageNotLinked]);
  assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.range.file}:${d.range.line}`), ['target-exe-mismatch deploy/app.yaml:22']);
  const d = diagnostics[0]!;
  assert.is(
    d.message,
    `OTEL_GO_AUTO_TARGET_EXE is "/usr/local/bin/miniflux", but container "app" runs "/usr/bin/miniflux" (packaging/alpine/Dockerfile:8, packaging/alpine/Dockerfile:4, packaging/alpine/Dockerfile:7; its image is ${HOW}); the agent compares the two paths exactly, so it will never attach. Set it to "/usr/bin/miniflux".`,
  );
  // The evidence names both builds.
  assert.equal(d.related.slice(0, 2).map((r) => `${r.range.file}:${r.range.line}: ${r.message}`), [
    `.github/workflows/docker.yml:6: ghcr.io/acme/miniflux:2.2.10 is ${HOW} (${REASON})`,
    '.github/workflows/docker.yml:10: ghcr.io/acme/miniflux:2.2.10 may be built from packaging/distroless/Dockerfile by the GitHub Actions step at .github/workflows/docker.yml:10',
  ]);
  assert.equal((await lintFiles(miniflux({ target: '/usr/bin/miniflux' }), [targetExeMismatch, imageNotLinked])).diagnostics, []);
});

test('--print-targets: the executable, and the image as one of its builds', async () => {
  const r = await lintRepo(miniflux(), [], ['.']);
  const e = targetReport(r.model, (p) => r.requested.has(p)).find((x) => x.container === 'app')!;
  assert.equal([e.status, e.exe, e.relevance, e.link?.how, e.unlinkedReason], ['resolved', '/usr/bin/miniflux', 'targeted', HOW, undefined]);
  // A run on the second Dockerfile lists the container whose image it may build.
  const one = await lintRepo(miniflux(), [], ['packaging/distroless/Dockerfile']);
  assert.equal(targetReport(one.model, (p) => one.requested.has(p)).map((x) => [x.container, x.exe]), [['app', '/usr/bin/miniflux']]);
});

test('the candidates start different executables: not linked, as before', async () => {
  const files = miniflux({ distroless: dockerfile('gcr.io/distroless/static-debian12:nonroot', '/opt/miniflux/miniflux') });
  const t = await containerTarget(files);
  assert.equal([t.status, t.unlinkedReason], ['unknown', REASON]);
  const { diagnostics } = await lintFiles(files, [targetExeMismatch, imageNotLinked]);
  assert.equal(diagnostics.map((d) => d.ruleId), ['image-not-linked']);
});

test("the container's command decides: the candidates agree only on what the command starts", async () => {
  // The debug variant starts another program by default; both hold /usr/bin/miniflux.
  const debug = dockerfile('alpine:3.20', '/usr/bin/miniflux', { extra: 'COPY --from=build /out/miniflux /usr/bin/miniflux-debug\nENTRYPOINT ["/usr/bin/miniflux-debug"]\n' });
  const plain = await containerTarget(miniflux({ distroless: debug }));
  assert.equal([plain.status, plain.unlinkedReason], ['unknown', REASON]);
  const commanded = await containerTarget(miniflux({ distroless: debug, appExtra: ['          command: ["miniflux"]'] }));
  assert.equal([commanded.status, commanded.exe, commanded.unlinkedReason], ['resolved', '/usr/bin/miniflux', undefined]);
});

test('Dockerfiles named like the image in several directories, neither nearer: checked when they agree', async () => {
  const files = {
    'services/api/Dockerfile': 'FROM golang:1.24 AS build\nRUN go build -o /out/api .\nFROM alpine:3.20\nCOPY --from=build /out/api /app/api\nENTRYPOINT ["/app/api"]\n',
    'legacy/api/Dockerfile': 'FROM golang:1.23\nRUN go build -o /app/api .\nENTRYPOINT ["/app/api"]\n',
    'deploy/api.yaml': deployment({ name: 'api', appImage: 'ghcr.io/acme/api:1.0.0', target: '/server' }),
  };
  const { diagnostics } = await lintFiles(files, [targetExeMismatch, imageNotLinked]);
  assert.equal(diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.ok(
    diagnostics[0]!.message.includes('runs "/app/api" (legacy/api/Dockerfile:3, legacy/api/Dockerfile:2; its image is built from one of legacy/api/Dockerfile, services/api/Dockerfile, whose directories match the image name "api"; both start /app/api)'),
    diagnostics[0]!.message,
  );
});

// Go 1.26, stripped, agent v0.24.0: binary-stripped-go126. Only when every candidate's binary is.
test('binary facts: checked in each candidate when all agree, not known when they differ', async () => {
  const stripped = (base: string) => dockerfile(base, '/usr/bin/miniflux', { golang: 'golang:1.26', ldflags: '-s -w' });
  const both = miniflux({ target: '/usr/bin/miniflux', alpine: stripped('alpine:3.20'), distroless: stripped('gcr.io/distroless/static-debian12:nonroot') });
  const agreed = await lintFiles(both, [binaryStrippedGo126]);
  assert.equal(agreed.diagnostics.map((d) => `${d.range.file}:${d.range.line}`), ['packaging/alpine/Dockerfile:4', 'packaging/distroless/Dockerfile:4']);
  const one = { ...both, 'packaging/distroless/Dockerfile': dockerfile('gcr.io/distroless/static-debian12:nonroot', '/usr/bin/miniflux', { golang: 'golang:1.26' }) };
  assert.equal((await lintFiles(one, [binaryStrippedGo126])).diagnostics, []);
  const t = await containerTarget(one);
  assert.equal([t.status, t.exe], ['resolved', '/usr/bin/miniflux']);
});

test.run();
