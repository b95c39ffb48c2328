// The image ko builds (agent-facts §6): ko compiles the main package itself, without a Dockerfile, puts the binary
// at `/ko-app/<last element of the package's import path>`, makes that path the ENTRYPOINT (with no CMD), prepends
// `/ko-app` to the base image's PATH and sets KO_DATA_PATH=/var/run/ko (ko's pkg/build/gobuild.go). The base image
// (cgr.dev/chainguard/static by default, or `.ko.yaml`'s / the artifact's override) contributes nothing the target
// depends on, so its facts stay unknown. The binary is stripped only by flags the build spec or `.ko.yaml` shows
// (`-ldflags=-s`); ko adds none itself. ko builds with the Go toolchain of the machine it runs on: go.mod's `go` and
// `toolchain` lines (and GOTOOLCHAIN in the build's env) are what bounds its version.

import type { Evidence } from '../model/source.ts';
import type { GoBuildInfo, GoModFacts, ImageModel } from '../model/image.ts';
import type { ImageBuildSpec } from '../model/workload.ts';
import { KO_APP_DIR } from '../parsers/image-ref.ts';
import { DEFAULT_PATH } from './image.ts';

/**
 * The image a ko build spec produces; its ENTRYPOINT is unknown when ko's file name for the binary is. `goMod`: the
 * directives of the main module's go.mod, when the linker found it.
 */
export function koImage(spec: ImageBuildSpec & { ko: NonNullable<ImageBuildSpec['ko']> }, goMod?: GoModFacts): ImageModel {
  const ko = spec.ko;
  const at = spec.source.range;
  const ev = (message: string): Evidence => ({ range: at, message });
  const pkg = ko.importPath ? `${ko.importPath}${ko.goMod ? ` (the module path in ${ko.goMod})` : ''}` : `the Go package in ${ko.packageDir}`;
  const built = ev(`ko builds ${pkg}${ko.exe ? ` into ${ko.exe}` : ''} (no Dockerfile)`);
  const model: ImageModel = {
    dockerfile: '',
    stageIndex: 0,
    base: { ref: ko.baseImage ?? 'the ko base image' },
    env: new Map([
      ['PATH', { value: `${KO_APP_DIR}:${DEFAULT_PATH}`, evidence: ev(`ko puts ${KO_APP_DIR} first in PATH`) }],
      ['KO_DATA_PATH', { value: '/var/run/ko', evidence: ev('ko sets KO_DATA_PATH=/var/run/ko') }],
    ]),
    workdir: { path: '/' },
    shell: ['/bin/sh', '-c'],
    fs: new Map([[KO_APP_DIR, { type: 'dir', path: KO_APP_DIR, origin: [built] }]]),
    context: spec.context,
    unknowns: [],
  };
  if (!ko.exe) {
    model.entrypointUnknown = ev(
      `ko names the binary after the last element of the main package's import path, here the module path, and no go.mod with a module line is in the repository at or above it; name the package (ko://<import path>, or main: ./cmd/<name>), or give the container a command`,
    );
    return model;
  }
  const flags = ko.ldflags ?? [];
  const go: GoBuildInfo = {
    ...(ko.importPath ? { pkg: ko.importPath } : {}),
    stripped: flags.includes('-s'),
    noDwarf: flags.includes('-w'),
    pie: (ko.flags ?? []).includes('-buildmode=pie'),
    upx: false,
    evidence: built,
  };
  // Stripped by `.ko.yaml`: the finding belongs where the -s is.
  const strip = ko.config?.strip;
  if (strip && go.stripped) go.strip = { how: strip.how, fix: strip.fix, at: strip.evidence.range };
  const toolchain = ko.env?.findLast((e) => e.startsWith('GOTOOLCHAIN='));
  if (toolchain !== undefined) go.goToolchain = { value: toolchain.slice('GOTOOLCHAIN='.length), evidence: ko.config?.env ?? built };
  if (goMod) go.goMod = goMod;
  model.fs.set(ko.exe, { type: 'file', path: ko.exe, origin: [built, ...(ko.config?.evidence ?? [])], executable: true, go });
  model.entrypoint = { form: 'exec', argv: [{ value: ko.exe, range: at }], evidence: ev(`ko sets the ENTRYPOINT to ${ko.exe} (and no CMD)`) };
  return model;
}
