import { test } from 'uvu';
import { binaryUpx } from '../../rules/binary-upx.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';
import { buildLine, composeWithAgent, goDockerfile, operatorWithAgent } from '../helpers/binaries.ts';

const sidecar = { Dockerfile: goDockerfile('golang:1.24', '-ldflags="-s -w"', ['upx --best --lzma /app/server']), 'deploy.yaml': deployment() };
const compose = { Dockerfile: goDockerfile('golang:1.24', '', ['upx -o /app/packed /app/server && mv /app/packed /app/server']), 'compose.yaml': composeWithAgent('v0.24.0') };
const operator = { Dockerfile: goDockerfile('golang:1.24', '', ['upx /app/server']), ...operatorWithAgent('v0.24.0') };

ruleTests(binaryUpx, {
  valid: [
    { name: 'not packed', files: { Dockerfile: goDockerfile('golang:1.24'), 'deploy.yaml': deployment() } },
    { name: 'unpacked again with upx -d', files: { Dockerfile: goDockerfile('golang:1.24', '', ['upx /app/server && upx -d /app/server']), 'deploy.yaml': deployment() } },
    { name: 'upx -t only tests', files: { Dockerfile: goDockerfile('golang:1.24', '', ['upx -t /app/server']), 'deploy.yaml': deployment() } },
  ],
  invalid: [
    {
      name: 'sidecar: upx --best',
      files: sidecar,
      errors: [
        {
          ...span(sidecar, 'Dockerfile', buildLine('-ldflags="-s -w"')),
          severity: 'warning',
          message:
            '/app/server (container "app") is packed with UPX: the file on disk is the UPX stub, and the Go program exists only unpacked in memory. agent container "otel-go-agent" (otel/autoinstrumentation-go:v0.24.0, deploy.yaml:19) reads the Go build information and function addresses from the file, so expect it to fail (not verified upstream). Do not pack the binary the agent instruments.',
          related: ['Dockerfile:4', 'Dockerfile:5', 'Dockerfile:8', 'deploy.yaml:19'],
        },
      ],
    },
    {
      name: 'compose: upx -o to another file moved back',
      files: compose,
      errors: [{ ...span(compose, 'Dockerfile', buildLine()), message: ['(service "app") is packed with UPX'], related: ['Dockerfile:4', 'Dockerfile:5', 'Dockerfile:5', 'Dockerfile:8', 'compose.yaml:5'] }],
    },
    {
      name: 'Operator',
      files: operator,
      errors: [{ ...span(operator, 'Dockerfile', buildLine()), message: ['the Go agent the Operator injects from Instrumentation go'] }],
    },
  ],
});

test.run();
