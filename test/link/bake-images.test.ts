// A docker-bake file links the images its targets tag to their Dockerfiles, where no name heuristic would.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { imageNotLinked } from '../../rules/image-not-linked.ts';
import { parseError } from '../../rules/parse-error.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';
import { lintFiles } from '../helpers/rule-tester.ts';

const BAKE = `variable "REGISTRY" {
  default = "ghcr.io/acme"
}
target "payments" {
  dockerfile = "build/docker/Dockerfile.release"
  tags = ["\${REGISTRY}/payments:latest"]
}
`;
const TOOL = 'FROM golang:1.24 AS build\nRUN go build -o /out/tool ./cmd/tool\nFROM alpine:3.20\nCOPY --from=build /out/tool /usr/bin/tool\nCMD ["tool"]\n';
const files = (target: string, bake = BAKE) => ({
  'docker-bake.hcl': bake,
  'build/docker/Dockerfile.release': SEED_DOCKERFILE,
  // A second Dockerfile, so that no "only Dockerfile" guess applies.
  'tools/Dockerfile': TOOL,
  'deploy/payments.yaml': deployment({ name: 'payments', appImage: 'ghcr.io/acme/payments:2.4.1', target }),
});

test('the bake target links the image: the target is checked, and the message says how', async () => {
  const { diagnostics } = await lintFiles(files('/server'), [targetExeMismatch, imageNotLinked]);
  assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.range.file}:${d.range.line}`), ['target-exe-mismatch deploy/payments.yaml:22']);
  const d = diagnostics[0]!;
  assert.ok(d.message.includes('its image is built from build/docker/Dockerfile.release by the docker-bake target at docker-bake.hcl:6 (variables at their defaults)'), d.message);
  assert.equal(`${d.related[0]!.range.file}:${d.related[0]!.range.line}:${d.related[0]!.range.column}`, 'docker-bake.hcl:6:11', 'the tag that names the image');
  assert.equal((await lintFiles(files('/app/server'), [targetExeMismatch, imageNotLinked])).diagnostics, []);
});

test('without the bake file, or with a tag that needs a variable with no default, the image is not linked', async () => {
  const f: Record<string, string> = files('/server');
  delete f['docker-bake.hcl'];
  assert.equal((await lintFiles(f, [targetExeMismatch, imageNotLinked])).diagnostics.map((d) => d.ruleId), ['image-not-linked']);
  const unset = files('/server', BAKE.replace('default = "ghcr.io/acme"', ''));
  assert.equal((await lintFiles(unset, [targetExeMismatch, imageNotLinked])).diagnostics.map((d) => d.ruleId), ['image-not-linked']);
});

test('a relative context: the bake file\'s directory when it is there, else where bake is run from (-f)', async () => {
  // docker/docker-bake.hcl run as `docker buildx bake -f docker/docker-bake.hcl` from the root: context "docker".
  const fromRoot = {
    'docker/docker-bake.hcl': 'target "server" {\n  context = "docker"\n  dockerfile = "targets/server.Dockerfile"\n  tags = ["ghcr.io/acme/server"]\n}\n',
    'docker/targets/server.Dockerfile': SEED_DOCKERFILE,
    'tools/Dockerfile': TOOL,
    'deploy/server.yaml': deployment({ name: 'server', appImage: 'ghcr.io/acme/server:1.0', target: '/server' }),
  };
  const a = await lintFiles(fromRoot, [targetExeMismatch, imageNotLinked]);
  assert.equal(a.diagnostics.map((d) => d.ruleId), ['target-exe-mismatch']);
  assert.ok(a.diagnostics[0]!.message.includes('built from docker/targets/server.Dockerfile by the docker-bake target'), a.diagnostics[0]!.message);
  // svc/docker-bake.hcl run from svc/: context "." is svc/.
  const fromDir = {
    'svc/docker-bake.hcl': 'target "api" {\n  tags = ["ghcr.io/acme/api"]\n}\n',
    'svc/Dockerfile': SEED_DOCKERFILE,
    'tools/Dockerfile': TOOL,
    'deploy/api.yaml': deployment({ name: 'api', appImage: 'ghcr.io/acme/api:1.0', target: '/server' }),
  };
  const b = await lintFiles(fromDir, [targetExeMismatch, imageNotLinked]);
  assert.ok(b.diagnostics[0]!.message.includes('built from svc/Dockerfile by the docker-bake target at svc/docker-bake.hcl:2'), b.diagnostics[0]!.message);
});

test('docker-bake.json links as docker-bake.hcl does', async () => {
  const json = JSON.stringify(
    { variable: { REGISTRY: { default: 'ghcr.io/acme' } }, target: { payments: { dockerfile: 'build/docker/Dockerfile.release', tags: ['${REGISTRY}/payments:latest'] } } },
    null,
    2,
  );
  const f: Record<string, string> = { ...files('/server'), 'docker-bake.json': `${json}\n` };
  delete f['docker-bake.hcl'];
  const { diagnostics } = await lintFiles(f, [targetExeMismatch, imageNotLinked]);
  assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.range.file}:${d.range.line}`), ['target-exe-mismatch deploy/payments.yaml:22']);
  const d = diagnostics[0]!;
  assert.ok(d.message.includes('its image is built from build/docker/Dockerfile.release by the docker-bake target at docker-bake.json:11 (variables at their defaults)'), d.message);
  assert.equal(`${d.related[0]!.range.file}:${d.related[0]!.range.line}:${d.related[0]!.range.column}`, 'docker-bake.json:11:9', 'the tag that names the image');
});

test('the default bake files of a directory are one definition: the override\'s tags, the main file\'s dockerfile, context and target', async () => {
  // The shape of cartesi/rollups-node: build/docker-bake.hcl defines the build, build/docker-bake.override.hcl the tags.
  const dockerfile = [
    'FROM golang:1.24 AS build',
    'WORKDIR /src',
    'COPY . .',
    'RUN go build -o /out/cartesi-rollups-node ./cmd/node',
    'FROM gcr.io/distroless/static AS rollups-node',
    'COPY --from=build /out/cartesi-rollups-node /usr/bin/cartesi-rollups-node',
    'ENTRYPOINT ["/usr/bin/cartesi-rollups-node"]',
    'FROM rollups-node AS debug',
    'ENTRYPOINT ["/busybox/sh"]',
    '',
  ].join('\n');
  const f = (target: string) => ({
    'build/docker-bake.hcl': 'target "docker-metadata-action" {}\n\ntarget "rollups-node" {\n  inherits   = ["docker-metadata-action"]\n  dockerfile = "./build/Dockerfile"\n  target     = "rollups-node"\n  context    = ".."\n}\n',
    'build/docker-bake.override.hcl': 'variable "TAG" {\n  default = "devel"\n}\n\ntarget "rollups-node" {\n  tags = ["ghcr.io/cartesi/rollups-node:${TAG}"]\n}\n',
    'build/Dockerfile': dockerfile,
    'tools/Dockerfile': TOOL,
    'deploy/node.yaml': deployment({ name: 'node', appImage: 'ghcr.io/cartesi/rollups-node:devel', target }),
  });
  const { diagnostics } = await lintFiles(f('/app/server'), [targetExeMismatch, imageNotLinked]);
  assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.range.file}:${d.range.line}`), ['target-exe-mismatch deploy/node.yaml:22']);
  const m = diagnostics[0]!.message;
  assert.ok(m.includes('runs "/usr/bin/cartesi-rollups-node"') && m.includes('its image is built from build/Dockerfile by the docker-bake target at build/docker-bake.override.hcl:6'), m);
  assert.equal((await lintFiles(f('/usr/bin/cartesi-rollups-node'), [targetExeMismatch, imageNotLinked])).diagnostics, []);
});

test('a bake file that does not parse is a finding, and the rest is linted', async () => {
  const f = { ...files('/server'), 'docker-bake.hcl': `${BAKE}target "broken" {\n  tags = [\n` };
  const { diagnostics } = await lintFiles(f, [targetExeMismatch, imageNotLinked, parseError]);
  assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.range.file}`).sort(), ['parse-error docker-bake.hcl', 'target-exe-mismatch deploy/payments.yaml']);
  const p = diagnostics.find((d) => d.ruleId === 'parse-error')!;
  assert.ok(p.range.line >= 9 && p.message.startsWith('Invalid HCL: '), `${p.range.line} ${p.message}`);
});

test.run();
