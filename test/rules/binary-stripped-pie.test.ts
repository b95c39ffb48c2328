import { test } from 'uvu';
import { binaryStrippedPie } from '../../rules/binary-stripped-pie.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';
import { buildLine, composeWithAgent, goDockerfile, operatorWithAgent, sidecarWithAgent } from '../helpers/binaries.ts';

const PIE_S = '-buildmode=pie -ldflags="-s -w"';
const sidecar = { Dockerfile: goDockerfile('golang:1.24', PIE_S), 'deploy.yaml': deployment() };
const stripLater = { Dockerfile: goDockerfile('golang:1.24', '-buildmode=pie', ['strip /app/server']), 'compose.yaml': composeWithAgent('v0.22.1') };
const operator = { Dockerfile: goDockerfile('golang:1.24', PIE_S), ...operatorWithAgent('v0.24.0') };
const operatorNoImage = { Dockerfile: goDockerfile('golang:1.24', PIE_S), ...operatorWithAgent(undefined) };

ruleTests(binaryStrippedPie, {
  valid: [
    { name: 'plain build', files: { Dockerfile: goDockerfile('golang:1.24'), 'deploy.yaml': deployment() } },
    { name: 'stripped, not PIE', files: { Dockerfile: goDockerfile('golang:1.24', '-ldflags="-s -w"'), 'deploy.yaml': deployment() } },
    { name: 'PIE, not stripped (-w only)', files: { Dockerfile: goDockerfile('golang:1.24', '-buildmode=pie -ldflags=-w'), 'deploy.yaml': deployment() } },
    { name: 'an agent before v0.20.0 is binary-stripped-old-agent', files: { ...sidecar, 'deploy.yaml': sidecarWithAgent('v0.19.0-alpha') } },
    { name: 'no agent targets it', files: { Dockerfile: goDockerfile('golang:1.24', PIE_S), 'compose.yaml': 'services:\n  app:\n    build: .\n' } },
  ],
  invalid: [
    {
      name: 'sidecar: -buildmode=pie -ldflags="-s -w"',
      files: sidecar,
      errors: [
        {
          ...span(sidecar, 'Dockerfile', buildLine(PIE_S)),
          severity: 'error',
          message:
            '/app/server (container "app") is built with -buildmode=pie and stripped of its symbol table (-ldflags -s or strip), so the Go function table is only in the .data.rel.ro.gopclntab section; agent container "otel-go-agent" (otel/autoinstrumentation-go:v0.24.0, deploy.yaml:19) reads function addresses from .symtab, else from .gopclntab, and fails with ".gopclntab section not found in target binary". Keep the symbol table (drop -s from -ldflags and any strip), or build without -buildmode=pie.',
          related: ['Dockerfile:4', 'Dockerfile:7', 'deploy.yaml:19'],
        },
      ],
    },
    {
      name: 'compose: PIE stripped by a later strip',
      files: stripLater,
      errors: [
        {
          ...span(stripLater, 'Dockerfile', buildLine('-buildmode=pie')),
          message: ['/app/server (service "app")', 'agent service "agent" (otel/autoinstrumentation-go:v0.22.1, compose.yaml:5)'],
          related: ['Dockerfile:4', 'Dockerfile:5', 'Dockerfile:8', 'compose.yaml:5'],
        },
      ],
    },
    {
      name: "Operator: the Instrumentation's spec.go.image is the agent",
      files: operator,
      errors: [
        {
          ...span(operator, 'Dockerfile', buildLine(PIE_S)),
          message: ['the Go agent the Operator injects from Instrumentation go (ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0, instrumentation.yaml:9)'],
          related: ['Dockerfile:4', 'Dockerfile:7', 'instrumentation.yaml:9'],
        },
      ],
    },
    {
      name: 'Operator without spec.go.image: version unknown, still reported',
      files: operatorNoImage,
      errors: [{ ...span(operatorNoImage, 'Dockerfile', buildLine(PIE_S)), message: ['from Instrumentation go (instrumentation.yaml:2)'], related: ['Dockerfile:4', 'Dockerfile:7', 'instrumentation.yaml:2'] }],
    },
  ],
});

test.run();
