import { test } from 'uvu';
import { binaryStrippedOldAgent } from '../../rules/binary-stripped-old-agent.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { buildLine, composeWithAgent, goDockerfile, operatorWithAgent, sidecarWithAgent } from '../helpers/binaries.ts';

const S = '-ldflags="-s -w"';
const sidecar = { Dockerfile: goDockerfile('golang:1.22', S), 'deploy.yaml': sidecarWithAgent('v0.19.0-alpha') };
const compose = { Dockerfile: goDockerfile('golang:1.22', '', ['strip --strip-all /app/server']), 'compose.yaml': composeWithAgent('v0.15.0-alpha') };
const operator = { Dockerfile: goDockerfile('golang:1.22', '-buildmode=pie -ldflags=-s'), ...operatorWithAgent('v0.10.1-alpha') };

ruleTests(binaryStrippedOldAgent, {
  valid: [
    { name: 'stripped, agent v0.20.0', files: { ...sidecar, 'deploy.yaml': sidecarWithAgent('v0.20.0') } },
    { name: 'not stripped, old agent', files: { Dockerfile: goDockerfile('golang:1.22'), 'deploy.yaml': sidecarWithAgent('v0.19.0-alpha') } },
    { name: 'strip -g keeps the symbol table', files: { Dockerfile: goDockerfile('golang:1.22', '', ['strip -g /app/server']), 'compose.yaml': composeWithAgent('v0.15.0-alpha') } },
    { name: 'agent version unknown', files: { ...sidecar, 'deploy.yaml': sidecarWithAgent('latest') } },
  ],
  invalid: [
    {
      name: 'sidecar: -s with v0.19.0-alpha',
      files: sidecar,
      errors: [
        {
          ...span(sidecar, 'Dockerfile', buildLine(S)),
          severity: 'error',
          message:
            '/app/server (container "app") is stripped of its symbol table (-ldflags -s or strip), and agent container "otel-go-agent" (otel/autoinstrumentation-go:v0.19.0-alpha, deploy.yaml:19) is v0.19.0: agents before v0.20.0 need the symbol table and fail with ".gosymtab section not found in target binary". Upgrade the agent (v0.20.0 and later read stripped binaries), or keep the symbol table (drop -s from -ldflags and any strip).',
          related: ['Dockerfile:4', 'Dockerfile:7', 'deploy.yaml:19'],
        },
      ],
    },
    {
      name: 'compose: strip --strip-all',
      files: compose,
      errors: [{ ...span(compose, 'Dockerfile', buildLine()), message: ['(service "app")', 'is v0.15.0'], related: ['Dockerfile:4', 'Dockerfile:5', 'Dockerfile:8', 'compose.yaml:5'] }],
    },
    {
      name: 'Operator: a stripped PIE with an old agent is reported here (not as binary-stripped-pie)',
      files: operator,
      errors: [{ ...span(operator, 'Dockerfile', buildLine('-buildmode=pie -ldflags=-s')), message: ['from Instrumentation go', 'is v0.10.1'] }],
    },
  ],
});

test.run();
