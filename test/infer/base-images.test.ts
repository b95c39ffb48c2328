import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { baseImageFacts, DEFAULT_PATH, parseImageRef } from '../../src/infer/base-images.ts';
import type { BaseImageFacts } from '../../src/model/image.ts';

test('parseImageRef: registries, Docker Hub normalisation, tags, digests', () => {
  const cases: [string, ReturnType<typeof parseImageRef>][] = [
    ['golang', { path: 'golang' }],
    ['golang:1.23', { path: 'golang', tag: '1.23' }],
    ['docker.io/library/golang:1.23', { path: 'golang', tag: '1.23' }],
    ['index.docker.io/otel/autoinstrumentation-go:v0.24.0', { path: 'otel/autoinstrumentation-go', tag: 'v0.24.0' }],
    ['localhost:5000/app:dev', { registry: 'localhost:5000', path: 'app', tag: 'dev' }],
    ['gcr.io/distroless/static-debian12:nonroot@sha256:abc', { registry: 'gcr.io', path: 'distroless/static-debian12', tag: 'nonroot', digest: 'sha256:abc' }],
    ['alpine@sha256:def', { path: 'alpine', digest: 'sha256:def' }],
    ['public.ecr.aws/docker/library/golang:1.22', { path: 'golang', tag: '1.22' }],
    ['mirror.gcr.io/library/debian:12', { path: 'debian', tag: '12' }],
    // grafana/alloy's final stage: Canonical's own repository on ECR Public, the same images as Docker Hub's ubuntu.
    ['public.ecr.aws/ubuntu/ubuntu:noble@sha256:748', { path: 'ubuntu', tag: 'noble', digest: 'sha256:748' }],
    ['public.ecr.aws/debian/debian:bookworm-slim', { path: 'debian', tag: 'bookworm-slim' }],
    ['public.ecr.aws/ubuntu/other:1', { registry: 'public.ecr.aws', path: 'ubuntu/other', tag: '1' }],
  ];
  for (const [ref, expected] of cases) assert.equal(parseImageRef(ref), expected, ref);
});

test('baseImageFacts table', () => {
  const cases: [string, Omit<BaseImageFacts, 'ref'>][] = [
    ['golang:1.23', { tag: '1.23', golang: true, hasShell: true, goVersion: '1.23', mergedUsr: true, noEntrypoint: true, shell: 'dash' }],
    ['golang:1.23.4-bookworm', { tag: '1.23.4-bookworm', golang: true, hasShell: true, goVersion: '1.23.4', mergedUsr: true, noEntrypoint: true, shell: 'dash' }],
    ['golang:1.22-bullseye', { tag: '1.22-bullseye', golang: true, hasShell: true, goVersion: '1.22', mergedUsr: false, noEntrypoint: true, shell: 'dash' }],
    ['golang:1.23-alpine', { tag: '1.23-alpine', golang: true, hasShell: true, goVersion: '1.23', mergedUsr: false, noEntrypoint: true, shell: 'busybox' }],
    ['golang:1.26-alpine', { tag: '1.26-alpine', golang: true, hasShell: true, goVersion: '1.26', usrMergeUnknown: true, noEntrypoint: true, shell: 'busybox' }],
    ['golang:1.26-alpine3.21', { tag: '1.26-alpine3.21', golang: true, hasShell: true, goVersion: '1.26', mergedUsr: false, noEntrypoint: true, shell: 'busybox' }],
    ['golang', { golang: true, hasShell: true, mergedUsr: true, noEntrypoint: true, shell: 'dash' }],
    ['docker.io/library/golang:1.24@sha256:0', { tag: '1.24', golang: true, hasShell: true, goVersion: '1.24', mergedUsr: true, noEntrypoint: true, shell: 'dash' }],
    ['golang:1.16', { tag: '1.16', golang: true, hasShell: true, goVersion: '1.16', mergedUsr: false, noEntrypoint: true, shell: 'dash' }],
    ['debian:bookworm-slim', { tag: 'bookworm-slim', hasShell: true, mergedUsr: true, noEntrypoint: true, shell: 'dash' }],
    ['debian:12.5', { tag: '12.5', hasShell: true, mergedUsr: true, noEntrypoint: true, shell: 'dash' }],
    ['debian:11', { tag: '11', hasShell: true, mergedUsr: false, noEntrypoint: true, shell: 'dash' }],
    ['debian', { hasShell: true, mergedUsr: true, noEntrypoint: true, shell: 'dash' }],
    ['ubuntu:22.04', { tag: '22.04', hasShell: true, mergedUsr: true, noEntrypoint: true, shell: 'dash' }],
    ['ubuntu:18.04', { tag: '18.04', hasShell: true, mergedUsr: false, noEntrypoint: true, shell: 'dash' }],
    ['ubuntu:noble', { tag: 'noble', hasShell: true, mergedUsr: true, noEntrypoint: true, shell: 'dash' }],
    ['public.ecr.aws/ubuntu/ubuntu:noble', { tag: 'noble', hasShell: true, mergedUsr: true, noEntrypoint: true, shell: 'dash' }],
    // LinuxServer.io's base images: s6-overlay's /init is their ENTRYPOINT.
    ['ghcr.io/linuxserver/baseimage-alpine:3.23', { tag: '3.23', hasShell: true, entrypoint: ['/init'] }],
    ['lscr.io/linuxserver/baseimage-ubuntu:noble', { tag: 'noble', hasShell: true, entrypoint: ['/init'] }],
    ['linuxserver/baseimage-debian:bookworm', { tag: 'bookworm', hasShell: true, entrypoint: ['/init'] }],
    ['ghcr.io/linuxserver/syncthing:1', { tag: '1' }],
    ['alpine:3.20', { tag: '3.20', hasShell: true, mergedUsr: false, noEntrypoint: true, shell: 'busybox' }],
    ['alpine:3.23', { tag: '3.23', hasShell: true, usrMergeUnknown: true, noEntrypoint: true, shell: 'busybox' }],
    ['alpine', { hasShell: true, usrMergeUnknown: true, noEntrypoint: true, shell: 'busybox' }],
    ['busybox:1.36', { tag: '1.36', hasShell: true, mergedUsr: false, noEntrypoint: true, shell: 'busybox' }],
    ['fedora:40', { tag: '40', hasShell: true, mergedUsr: true, shell: 'bash' }],
    // SUSE's BCI Golang (rancher's builder): tags name Go versions, or not.
    ['registry.suse.com/bci/golang:1.26.6', { tag: '1.26.6', goVersion: '1.26.6', hasShell: true, shell: 'bash' }],
    ['registry.suse.com/bci/golang:1.26', { tag: '1.26', goVersion: '1.26', hasShell: true, shell: 'bash' }],
    ['registry.suse.com/bci/golang:1.26-openssl', { tag: '1.26-openssl', hasShell: true, shell: 'bash' }],
    // Red Hat's go-toolset: Red Hat's build of Go; tags name Go versions or RHEL ones.
    ['registry.access.redhat.com/ubi9/go-toolset:1.24', { tag: '1.24', goVendor: 'Red Hat', goVersion: '1.24', hasShell: true, mergedUsr: true, shell: 'bash' }],
    ['registry.redhat.io/rhel8/go-toolset:1.22.7-1731', { tag: '1.22.7-1731', goVendor: 'Red Hat', goVersion: '1.22.7', hasShell: true, mergedUsr: true, shell: 'bash' }],
    ['registry.access.redhat.com/ubi10/go-toolset:10.0-1755', { tag: '10.0-1755', goVendor: 'Red Hat', hasShell: true, mergedUsr: true, shell: 'bash' }],
    ['registry.access.redhat.com/ubi9/go-toolset-extra:1.24', { tag: '1.24', hasShell: true, mergedUsr: true, shell: 'bash' }],
    ['quay.io/ubi9/go-toolset:1.24', { tag: '1.24' }],
    ['gcr.io/distroless/static', { hasShell: false, noEntrypoint: true }],
    ['gcr.io/distroless/static-debian12:nonroot', { tag: 'nonroot', hasShell: false, mergedUsr: false, workdir: '/home/nonroot', noEntrypoint: true }],
    ['gcr.io/distroless/base-debian13', { hasShell: false, mergedUsr: true, noEntrypoint: true }],
    ['gcr.io/distroless/static-debian12:debug', { tag: 'debug', mergedUsr: false, entrypoint: ['/busybox/sh'], path: `${DEFAULT_PATH}:/busybox` }],
    ['gcr.io/distroless/base:debug-nonroot-arm64', { tag: 'debug-nonroot-arm64', workdir: '/home/nonroot', entrypoint: ['/busybox/sh'], path: `${DEFAULT_PATH}:/busybox` }],
    // The language images replace the debug ENTRYPOINT with their runtime's.
    ['gcr.io/distroless/python3-debian12:debug', { tag: 'debug', mergedUsr: false }],
    // By digest alone: root or nonroot, not known.
    ['gcr.io/distroless/static@sha256:abc', { hasShell: false, workdirUnknown: true }],
    ['cgr.dev/chainguard/static:latest', { tag: 'latest', hasShell: false }],
    ['cgr.dev/chainguard/wolfi-base', { hasShell: true, mergedUsr: true }],
    ['scratch', { hasShell: false, mergedUsr: false, noEntrypoint: true }],
    ['otel/autoinstrumentation-go:v0.24.0', { tag: 'v0.24.0', agent: 'go-auto', cmd: ['/otel-go-instrumentation'], hasShell: false }],
    [
      'ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.22.1',
      { tag: 'v0.22.1', agent: 'go-auto', cmd: ['/otel-go-instrumentation'], hasShell: false },
    ],
    ['otel/ebpf-instrument:main', { tag: 'main', agent: 'obi' }],
    ['docker.io/grafana/beyla:2.1', { tag: '2.1', agent: 'beyla' }],
    ['python:3.12-slim-bookworm', { tag: '3.12-slim-bookworm', hasShell: true, mergedUsr: true, shell: 'dash' }],
    ['python:3.12-slim', { tag: '3.12-slim', hasShell: true, mergedUsr: true, shell: 'dash' }],
    ['node:20-bullseye-slim', { tag: '20-bullseye-slim', hasShell: true, mergedUsr: false, shell: 'dash' }],
    ['node:20-alpine3.19', { tag: '20-alpine3.19', hasShell: true, mergedUsr: false, shell: 'busybox' }],
    ['python:3.12-bookworm', { tag: '3.12-bookworm', hasShell: true, mergedUsr: true, shell: 'dash' }],
    ['example.com/team/app:1.0', { tag: '1.0' }],
  ];
  for (const [ref, expected] of cases) assert.equal(baseImageFacts(ref), { ref, ...expected }, ref);
});

test.run();
