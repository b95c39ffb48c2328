import { test } from 'uvu';
import { binaryGoVersionUnparsable } from '../../rules/binary-go-version-unparsable.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';
import { buildLine, composeWithAgent, goDockerfile, operatorWithAgent, sidecarWithAgent } from '../helpers/binaries.ts';

const UBI = 'registry.access.redhat.com/ubi9/go-toolset:1.24';
const ubi = { Dockerfile: goDockerfile(UBI), 'deploy.yaml': deployment() };
const rhel = { Dockerfile: goDockerfile('registry.redhat.io/rhel9/go-toolset:1.22.7-1731', '-trimpath'), 'compose.yaml': composeWithAgent('v0.23.0') };
/** Go 1.26 with a GOEXPERIMENT: ENV in the builder stage, or the build's own prefix. */
const envExperiment = (value: string, from = 'golang:1.26.1') => ({
  Dockerfile: goDockerfile(from).replace('WORKDIR /src', `WORKDIR /src\nENV GOEXPERIMENT=${value}`),
  'deploy.yaml': deployment(),
});
const prefixed = { Dockerfile: goDockerfile('golang:1.26').replace(`RUN ${buildLine()}`, `RUN GOEXPERIMENT=boringcrypto ${buildLine()}`), ...operatorWithAgent('v0.24.0') };

ruleTests(binaryGoVersionUnparsable, {
  valid: [
    { name: "the Go project's Go 1.26", files: { Dockerfile: goDockerfile('golang:1.26.1'), 'deploy.yaml': deployment() } },
    { name: 'GOEXPERIMENT before Go 1.26: " X:boringcrypto", which the agent cuts off', files: envExperiment('boringcrypto', 'golang:1.25.3') },
    { name: 'an experiment on by default changes no version string', files: envExperiment('greenteagc') },
    { name: 'Go version not known (golang:latest)', files: envExperiment('boringcrypto', 'golang:latest') },
    { name: 'an empty GOEXPERIMENT', files: envExperiment('""') },
    {
      name: "Red Hat's image with GOTOOLCHAIN naming the Go project's toolchain",
      files: { ...ubi, Dockerfile: goDockerfile(UBI).replace(`RUN ${buildLine()}`, `RUN GOTOOLCHAIN=go1.24.6 ${buildLine()}`) },
    },
    { name: 'an agent newer than the linter knows', files: { ...ubi, 'deploy.yaml': sidecarWithAgent('v0.25.0') } },
    { name: 'a UBI image that is not go-toolset', files: { Dockerfile: goDockerfile('registry.access.redhat.com/ubi9/ubi:9.6'), 'deploy.yaml': deployment() } },
  ],
  invalid: [
    {
      name: "UBI go-toolset: Red Hat's version string, reported at the FROM",
      files: ubi,
      errors: [
        {
          ...span(ubi, 'Dockerfile', `FROM ${UBI} AS builder`),
          severity: 'error',
          message:
            `/app/server (container "app") has a Go version string like "go1.24.x (Red Hat 1.24.x-1.el9)": it is built with Red Hat's Go (Dockerfile:1), whose version string names the vendor's package; ` +
            'agent container "otel-go-agent" (otel/autoinstrumentation-go:v0.24.0, deploy.yaml:19) reads the binary\'s Go version as a semantic version after dropping only the "go" prefix and a " X:" suffix, ' +
            'so it fails with "invalid semantic version" and does not instrument the process. Build it with the Go project\'s toolchain: a golang image for the build stage, or GOTOOLCHAIN=go<version> on the build (the go command then downloads that toolchain).',
          related: ['Dockerfile:1', 'Dockerfile:4', 'Dockerfile:7', 'deploy.yaml:19'],
        },
      ],
    },
    {
      name: 'RHEL go-toolset with a patch tag, compose',
      files: rhel,
      errors: [{ ...span(rhel, 'Dockerfile', 'FROM registry.redhat.io/rhel9/go-toolset:1.22.7-1731 AS builder'), message: ['like "go1.22.7 (Red Hat 1.22.7-1.el9)"', 'GOTOOLCHAIN=go1.22.7 on the build'] }],
    },
    {
      name: 'GOEXPERIMENT=boringcrypto in ENV with Go 1.26: reported at the ENV',
      files: envExperiment('boringcrypto'),
      errors: [
        {
          ...span(envExperiment('boringcrypto'), 'Dockerfile', 'GOEXPERIMENT=boringcrypto'),
          message: [
            'has a Go version string like "go1.26.1-X:boringcrypto": it is built with GOEXPERIMENT=boringcrypto (Dockerfile:3) and go1.26.1',
            'Build it without GOEXPERIMENT=boringcrypto, or with Go 1.25.',
          ],
        },
      ],
    },
    {
      name: "GOEXPERIMENT on the build line, the Operator's agent",
      files: prefixed,
      errors: [{ ...span(prefixed, 'Dockerfile', `GOEXPERIMENT=boringcrypto ${buildLine()}`), message: ['"go1.26.0-X:boringcrypto"'] }],
    },
    {
      name: 'an experiment turned off (nodwarf5), an agent of unknown version: every release up to v0.24.0',
      files: { ...envExperiment('nodwarf5'), 'deploy.yaml': sidecarWithAgent('latest') },
      errors: [{ ...span(envExperiment('nodwarf5'), 'Dockerfile', 'GOEXPERIMENT=nodwarf5'), message: ['(like every release up to v0.24.0) reads'] }],
    },
  ],
});

test.run();
