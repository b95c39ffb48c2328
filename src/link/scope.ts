// Which workloads a run on some files of a repository must link, infer and check.
//
// A run on a few files (a pre-commit hook, an editor) reports findings in those files only, but used to link every
// workload of the repository: in a monorepo of 2,000 services, one changed manifest cost as much as the whole
// repository. A workload whose findings cannot land in a requested file is now left out, before its image is
// evaluated. The test is conservative: a workload is kept when
//
// - any value of it comes from a requested file (its own manifest, a kustomize base, patch or kustomization, a
//   TypeScript program): every range the parsers and the kustomize build gave it is looked at;
// - it names (anywhere) a ConfigMap that a requested file defines;
// - a requested file defines an Instrumentation, a Namespace or a kustomization (they reach workloads by namespace
//   or by build, not by a name the workload writes): then every workload is kept;
// - it is a Helm template (its values come from the chart's values.yaml);
// - one of its images is linked to a build in which a requested file takes part: the Dockerfile, the file that
//   declares the build (compose, skaffold, workflow, Makefile; not the config file's `images:`, whose entries carry
//   no findings, while the config file is part of every run), or any file in the
//   build context (an entrypoint script, go.mod, a file the Dockerfile copies), or in the build of an image of the
//   repository it is built FROM. Inference reads nothing outside those build contexts.
//
// Compose projects are always linked (few per repository). `test/e2e/scope.test.ts` runs every example with each
// of its files requested alone, scoped and with every workload linked, and compares the reports.

import { posix } from 'node:path';
import type { ImageBuildSpec, KubeObject, Workload } from '../model/workload.ts';
import type { SourceFile } from '../model/source.ts';
import { linkedPodImageRef } from './deployments.ts';
import type { HelmCharts } from './helm.ts';
import type { ImageLinker } from './images.ts';

/** What a run reports on: some files, and the files in some directories. */
export interface RunScope {
  /** Whether findings in a file (cwd-relative) are reported. */
  has(path: string): boolean;
  /** The files requested by name or found in a requested directory. */
  files: ReadonlySet<string>;
  /** The requested directories, cwd-relative (`.`: the working directory). */
  dirs: readonly string[];
}

export interface ScopeInput {
  requested: RunScope;
  /** Every Kubernetes object of the repository (with kustomize variants). */
  objects: readonly KubeObject[];
  files: Map<string, SourceFile>;
  linker: ImageLinker;
  helm?: HelmCharts;
}

export class WorkloadScope {
  private readonly all: boolean;
  private readonly configMapNames = new Set<string>();

  constructor(private readonly input: ScopeInput) {
    let all = false;
    for (const p of input.requested.files) if (input.files.get(p)?.kind === 'kustomize') all = true;
    for (const o of input.objects) {
      if (!input.requested.has(o.file)) continue;
      if (o.type === 'instrumentation' || o.type === 'namespace') all = true;
      if (o.type === 'configmap' && o.name && !o.name.unknown) this.configMapNames.add(o.name.value);
    }
    this.all = all;
  }

  /** Whether a finding of this workload can land in a requested file. */
  wants(w: Workload): boolean {
    if (this.all) return true;
    if (this.input.files.get(w.file)?.helm) return true;
    if (this.touches(w)) return true;
    const { requested, linker, helm } = this.input;
    for (const c of [...w.pod.containers, ...w.pod.initContainers]) {
      const ref = linkedPodImageRef(c, w.file, helm);
      if (ref === undefined) continue;
      // The image's build (or each it may be) and the builds its named contexts name; then the builds of the
      // repository it is built FROM, which takes parsing its Dockerfile: only when one of those builds can touch a
      // requested file at all.
      for (const spec of linker.specsOf(ref, c.image!.range)) {
        if (this.touchesDeep(spec)) return true;
        if (!this.namedTouch()) continue;
        for (const s of linker.baseSpecsOf(spec)) if (this.buildTouches(s)) return true;
      }
    }
    return false;
  }

  private namedTouches: boolean | undefined;

  /**
   * Some build a definition names an image for (what a FROM can be) touches a requested file, itself or through its
   * named contexts. When none does, no base image of any workload can (every base is such a build, or a named
   * context of one), and no workload's Dockerfile need be parsed to read its FROMs.
   */
  private namedTouch(): boolean {
    this.namedTouches ??= this.input.linker.namedSpecs().some((s) => this.touchesDeep(s));
    return this.namedTouches;
  }

  /** A build touches a requested file, or a build one of its named contexts names does (transitively). */
  private touchesDeep(spec: ImageBuildSpec, seen = new Set<ImageBuildSpec>()): boolean {
    if (seen.has(spec)) return false;
    seen.add(spec);
    if (this.buildTouches(spec)) return true;
    for (const c of spec.contexts?.values() ?? []) if (c.kind === 'build' && this.touchesDeep(c.spec, seen)) return true;
    return false;
  }

  /** A requested file takes part in a build: its Dockerfile, the file that declares it, a file of its context. */
  private buildTouches(spec: ImageBuildSpec): boolean {
    const { requested } = this.input;
    if (requested.has(spec.dockerfile)) return true;
    // The config file is always reported on (for its own problems); its `images:` entries carry no findings.
    if (spec.source.kind !== 'config' && requested.has(spec.source.range.file)) return true;
    if (spec.ko?.goMod !== undefined && requested.has(spec.ko.goMod)) return true;
    if (this.inDir(spec.context)) return true;
    for (const c of spec.contexts?.values() ?? []) if (c.kind === 'dir' && this.inDir(c.path)) return true;
    return false;
  }

  /** A requested file or directory lies in `dir` (a build context), or holds it. */
  private inDir(dir: string): boolean {
    const { requested } = this.input;
    const ctx = posix.normalize(dir);
    if (ctx === '.' || ctx.startsWith('../')) return true;
    for (const p of requested.files) if (p.startsWith(`${ctx}/`)) return true;
    for (const d of requested.dirs) if (d === '.' || d.startsWith('../') || d === ctx || d.startsWith(`${ctx}/`) || ctx.startsWith(`${d}/`)) return true;
    return false;
  }

  /** A range of the workload lies in a requested file, or a string of it names a requested ConfigMap. */
  private touches(w: Workload): boolean {
    const { requested } = this.input;
    const names = this.configMapNames;
    // Strings matter only when a requested file defines a ConfigMap; numbers and booleans never.
    const strings = names.size > 0;
    const seen = new Set<object>();
    const stack: unknown[] = [w];
    const push = (x: unknown) => {
      if ((typeof x === 'object' && x !== null) || (strings && typeof x === 'string')) stack.push(x);
    };
    while (stack.length > 0) {
      const v = stack.pop();
      if (typeof v === 'string') {
        if (names.has(v)) return true;
        continue;
      }
      if (typeof v !== 'object' || v === null || seen.has(v)) continue;
      seen.add(v);
      if (v instanceof Map) {
        for (const [k, x] of v) {
          push(k);
          push(x);
        }
        continue;
      }
      if (Array.isArray(v) || v instanceof Set) {
        for (const x of v) push(x);
        continue;
      }
      const o = v as Record<string, unknown>;
      const file = o.file;
      if (typeof file === 'string' && requested.has(file)) return true;
      for (const k in o) push(o[k]);
    }
    return false;
  }
}
