import { test } from 'uvu';
import { goVersionUnsupported } from '../../rules/go-version-unsupported.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';
import { buildLine, composeWithAgent, goDockerfile, operatorWithAgent, sidecarWithAgent } from '../helpers/binaries.ts';

const tooNew = { Dockerfile: goDockerfile('golang:1.26'), 'deploy.yaml': sidecarWithAgent('v0.22.1') };
const maybe = { Dockerfile: goDockerfile('golang:1.24-alpine'), 'compose.yaml': composeWithAgent('v0.22.1') };
const goMod = { Dockerfile: goDockerfile('golang:1.24'), 'go.mod': 'module example.com/api\n\ngo 1.24.5\n', ...operatorWithAgent('v0.22.1') };
const tooOld = { Dockerfile: goDockerfile('golang:1.18'), 'deploy.yaml': deployment() };
/** Go from the distribution's package: no builder image version, so go.mod (or GOTOOLCHAIN) is all there is. */
const distroGo = (env = '') => goDockerfile('alpine:3.20').replace('WORKDIR /src\n', `RUN apk add --no-cache go\n${env}WORKDIR /src\n`);
const modFloor = { Dockerfile: distroGo(), 'go.mod': 'module example.com/api\n\ngo 1.26.0\ntoolchain go1.26.1\n', 'deploy.yaml': sidecarWithAgent('v0.22.1') };
/** memos: the builder image's Go 1.26, go.mod's `go 1.27.0`: pinning the image's patch cannot help. */
const modAboveImage = { Dockerfile: goDockerfile('golang:1.26'), 'go.mod': 'module example.com/api\n\ngo 1.27.0\n', 'deploy.yaml': sidecarWithAgent('v0.22.1') };
const pinned = { Dockerfile: distroGo('ENV GOTOOLCHAIN=go1.26.1\n'), 'deploy.yaml': sidecarWithAgent('v0.22.1') };
const argVersion = {
  Dockerfile: `ARG GO_VERSION=1.27.0\n${goDockerfile('golang:${GO_VERSION}')}`,
  'deploy.yaml': deployment(),
};

/** Two Go services and one agent in the host PID namespace: the agent attaches to the service its target names only. */
const pidHost = (target: string) => ({
  'a/Dockerfile': goDockerfile('golang:1.23'),
  'b/Dockerfile': goDockerfile('golang:1.27').replaceAll('/app/server', '/app/worker'),
  'compose.yaml': `services:
  a:
    build: ./a
  b:
    build: ./b
  agent:
    image: otel/autoinstrumentation-go:v0.24.0
    privileged: true
    pid: host
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=${target}
`,
});
const pidHostWorker = pidHost('/app/worker');

ruleTests(goVersionUnsupported, {
  valid: [
    { name: 'the fixture: golang:1.23 with v0.24.0', files: { Dockerfile: goDockerfile('golang:1.23'), 'deploy.yaml': deployment() } },
    { name: 'exact patch at the bound', files: { Dockerfile: goDockerfile('golang:1.24.4'), 'deploy.yaml': sidecarWithAgent('v0.22.1') } },
    { name: 'agent version unknown', files: { Dockerfile: goDockerfile('golang:1.27'), 'deploy.yaml': sidecarWithAgent('latest') } },
    { name: 'an agent older than every listed release', files: { Dockerfile: goDockerfile('golang:1.27'), 'deploy.yaml': sidecarWithAgent('v0.13.0-alpha') } },
    { name: 'Go version unknown', files: { Dockerfile: goDockerfile('golang:latest'), 'deploy.yaml': sidecarWithAgent('v0.21.0') } },
    {
      name: "a mirrored agent image's own tag is not the agent's version",
      files: {
        Dockerfile: goDockerfile('golang:1.27'),
        'deploy.yaml': deployment({ agentExtra: ['          command: ["/otel-go-instrumentation"]'] }).replace('otel/autoinstrumentation-go:v0.24.0', 'registry.acme.internal/otel-agent:1.0.0'),
      },
    },
    { name: 'Operator without spec.go.image: version unknown', files: { Dockerfile: goDockerfile('golang:1.27'), ...operatorWithAgent(undefined) } },
    { name: 'pid: host: the service the target does not name is not instrumented', files: pidHost('/app/server') },
  ],
  invalid: [
    {
      name: 'pid: host: the service the target names',
      files: pidHostWorker,
      errors: [{ ...span(pidHostWorker, 'b/Dockerfile', buildLine().replace('/app/server', '/app/worker')), severity: 'error', message: ['/app/worker (service "b") is built with go1.27.x'] }],
    },
    {
      name: 'sidecar: golang:1.26 with v0.22.1 (certain)',
      files: tooNew,
      errors: [
        {
          ...span(tooNew, 'Dockerfile', buildLine()),
          severity: 'error',
          message:
            '/app/server (container "app") is built with go1.26.x (the builder image\'s Go 1.26, Dockerfile:1), but agent container "otel-go-agent" (otel/autoinstrumentation-go:v0.22.1, deploy.yaml:19) is v0.22.1, which supports go1.19 to go1.24.4 (COMPATIBILITY.md of v0.22.1): this Go version is outside it, so the agent\'s probes are not expected to work. Build with a Go version in that range (pin the patch in the builder image\'s tag, e.g. golang:1.24.4), or use an agent release that supports it.',
          related: ['Dockerfile:1', 'Dockerfile:4', 'Dockerfile:7', 'deploy.yaml:19'],
        },
      ],
    },
    {
      name: 'compose: golang:1.24-alpine with v0.22.1 is only maybe (info)',
      files: maybe,
      errors: [{ ...span(maybe, 'Dockerfile', buildLine()), severity: 'info', message: ['built with go1.24.x', 'so a later patch the build may use is not supported'] }],
    },
    {
      name: "Operator: go.mod's go 1.24.5 makes golang:1.24 certainly too new for v0.22.1",
      files: goMod,
      errors: [
        {
          ...span(goMod, 'Dockerfile', buildLine()),
          severity: 'error',
          message: [
            "built with go1.24.5 or a later 1.24 patch (the builder image's Go 1.24, go.mod's go 1.24.5, Dockerfile:1, go.mod:3)",
            'Instrumentation go',
            // The floor is go.mod's: pinning the image alone cannot help.
            'go.mod asks for that Go: lower its go line to go1.24.4 or below and build with it, or use an agent release that supports it.',
          ],
          related: ['Dockerfile:1', 'go.mod:3', 'Dockerfile:4', 'Dockerfile:7', 'instrumentation.yaml:9'],
        },
      ],
    },
    {
      name: "go.mod's go line above the range, the image's Go below it: the advice names go.mod, not the image",
      files: modAboveImage,
      errors: [
        {
          ...span(modAboveImage, 'Dockerfile', buildLine()),
          message: ['go.mod asks for that Go: lower its go line to go1.24.4 or below and build with it, or use an agent release that supports it.'],
        },
      ],
    },
    {
      name: "no builder image version: go.mod's go line is the floor, and the advice names go.mod",
      files: modFloor,
      errors: [
        {
          ...span(modFloor, 'Dockerfile', buildLine()),
          message: [
            "built with go1.26.0 or later (go.mod's go 1.26.0, go.mod:3)",
            'go.mod asks for that Go: lower its go and toolchain lines to go1.24.4 or below and build with it, or use an agent release that supports it.',
          ],
        },
      ],
    },
    {
      name: 'no builder image version, GOTOOLCHAIN pins the Go: no image tag to pin',
      files: pinned,
      errors: [{ ...span(pinned, 'Dockerfile', buildLine()), message: ['built with go1.26.1 (GOTOOLCHAIN=go1.26.1, Dockerfile:3)', 'Build with a Go version in that range (e.g. go1.24.4), or use an agent release that supports it.'] }],
    },
    {
      name: 'too old: golang:1.18 with v0.24.0',
      files: tooOld,
      errors: [{ ...span(tooOld, 'Dockerfile', buildLine()), severity: 'error', message: ['built with go1.18.x', 'supports go1.19 to go1.26.1', 'Build with a Go version in that range.'] }],
    },
    {
      name: 'the version from a global ARG in FROM',
      files: argVersion,
      errors: [{ ...span(argVersion, 'Dockerfile', buildLine()), message: ['built with go1.27.0 (the builder image\'s Go 1.27.0, Dockerfile:2)'] }],
    },
  ],
});

test.run();
