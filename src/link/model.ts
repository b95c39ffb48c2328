// Builds the ProjectModel: parses every loaded file with its parser, collects build specs, links images to
// Dockerfiles, and turns workloads and compose files into Deployments with resolved processes and targets.

import { posix } from 'node:path';
import type { DockerfileDoc } from '../model/dockerfile.ts';
import type { Deployment, ImageLink, ProjectModel } from '../model/project.ts';
import type { Directive, ParseMemo, ParseProblem, RepoView, SourceFile } from '../model/source.ts';
import type {
  ComposeFile,
  ConfigMap,
  ImageBuildSpec,
  Instrumentation,
  KoConfig,
  KubeFile,
  KustomizationFile,
  LintConfig,
  NamespaceObject,
  Scalar,
  Workload,
} from '../model/workload.ts';
import { parseByKind, type ParseContext } from '../parsers/by-kind.ts';
import { parseDockerfile } from '../parsers/dockerfile.ts';
import { parseKube } from '../parsers/kube.ts';
import { composeBuildSpecs } from '../parsers/compose.ts';
import { looksLikeInfraProgram } from '../parsers/ts-precheck.ts';
import type { ReferencedYaml } from '../parsers/typescript.ts';
import { initShellParser } from '../parsers/shell.ts';
import { initHclParser } from '../parsers/hcl.ts';
import { bakeBuildSpecs, bakeDefinitions } from './bake.ts';
import { isBakeJson, type BakeSource } from '../parsers/bake.ts';
import { ImageLinker } from './images.ts';
import { goReleaserProjectName } from './goreleaser-project.ts';
import type { DockerfileSource } from './images.ts';
import { WorkloadScope } from './scope.ts';
import type { RunScope } from './scope.ts';
import { composeDeployment, kubeDeployment, linkedPodImageRef } from './deployments.ts';
import type { ConfigFileAccess } from './ebpf-config.ts';
import { mergeComposeOverrides } from './compose-merge.ts';
import { composeInterpolator } from './compose-interpolate.ts';
import { applyExtends } from './compose-extends.ts';
import { includedPaths, withIncludes } from './compose-include.ts';
import { kustomizeVariants } from './kustomize.ts';
import { parseKustomizeEnv } from '../parsers/kustomize-env.ts';
import type { KustomizeEnvFile } from '../parsers/kustomize-env.ts';
import { HelmCharts } from './helm.ts';

export interface ModelInput {
  cwd: string;
  /** Every file discovered (requested and context). */
  files: SourceFile[];
  repo: RepoView;
  config: LintConfig;
  /**
   * The files whose findings are reported, when that is not every file (a run on some files): the other
   * Dockerfiles are parsed only when a link needs them, and only the workloads whose findings can land in these
   * files are linked (src/link/scope.ts).
   */
  scope?: RunScope;
  /** Parser results of earlier runs (`--cache`). */
  memo?: ParseMemo;
  /**
   * The repository's name (src/discover/repo-name.ts), when `cwd` is its root: the name of its root Dockerfile's image,
   * and, when the git remote gives it (`remote`), GoReleaser's last guess at the project name.
   */
  repoName?: { name: string; remote: boolean; slug?: string };
}

export async function buildModel(input: ModelInput): Promise<ProjectModel> {
  const files = new Map(input.files.map((f) => [f.path, f]));
  const problems: { file: string; problem: ParseProblem }[] = [];
  const directives = new Map<string, Directive[]>();
  const addDirectives = (file: string, d: Directive[]) => {
    if (d.length > 0) directives.set(file, [...(directives.get(file) ?? []), ...d]);
  };
  const addProblems = (file: string, p: ParseProblem[]) => {
    for (const problem of p) problems.push({ file, problem });
  };

  // Scripts and RUN lines need the shell parser; its WASM is loaded only when there is shell text to read.
  if (input.files.some((f) => f.kind === 'dockerfile' || f.kind === 'shell' || f.kind === 'compose' || f.kind === 'yaml' || f.kind === 'workflow' || f.kind === 'makefile')) {
    await initShellParser();
  }
  // docker-bake files in HCL need its grammar, loaded only when there is one (docker-bake.json is read as JSON).
  if (input.files.some((f) => f.kind === 'bake' && !isBakeJson(f.path))) await initHclParser();

  const dockerfiles = new Map<string, DockerfileDoc>();
  /** Every Dockerfile's path, in file order; those not parsed yet are in `pending`. */
  const dockerfileOrder: string[] = [];
  const pending = new Map<string, SourceFile>();
  const memo = input.memo;
  const addDockerfile = (f: SourceFile) => {
    const doc = memo ? memo.through('dockerfile', f, parseDockerfile) : parseDockerfile(f);
    dockerfiles.set(f.path, doc);
    addProblems(f.path, doc.problems);
    addDirectives(f.path, doc.directives);
  };
  const dockerfileSource: DockerfileSource = {
    get: (p) => {
      const f = pending.get(p);
      if (f) {
        pending.delete(p);
        addDockerfile(f);
      }
      return dockerfiles.get(p);
    },
    pending: (p) => pending.has(p),
    keys: () => dockerfileOrder,
    get size() {
      return dockerfileOrder.length;
    },
  };
  const kube: KubeFile[] = [];
  const kustomizations: KustomizationFile[] = [];
  const compose: ComposeFile[] = [];
  const buildSpecs: ImageBuildSpec[] = [...input.config.images];
  const bakeSources: BakeSource[] = [];
  const koConfigs: KoConfig[] = [];
  const composeLinks = new Map<string, ImageLink>();
  const composeSpecs: { cf: ComposeFile; service: string; spec: ImageBuildSpec }[] = [];
  /** YAML files loaded because a TypeScript program deploys them (not discovered on their own). */
  const referenced = new Set<string>();

  const parsedCompose: ComposeFile[] = [];
  const addCompose = (cf: ComposeFile) => {
    parsedCompose.push(cf);
    addProblems(cf.file, cf.problems);
    addDirectives(cf.file, cf.directives);
  };
  const registerCompose = (cf: ComposeFile) => {
    compose.push(cf);
    // Each spec's own service: services that extend one base share its build's range.
    const serviceOf = new Map<ImageBuildSpec, string>();
    const specs = composeBuildSpecs(cf, posix.dirname(cf.file), serviceOf);
    for (const spec of specs) {
      buildSpecs.push(spec);
      const service = serviceOf.get(spec);
      if (service !== undefined) composeSpecs.push({ cf, service, spec });
    }
  };

  for (const f of input.files) {
    if (f.kind === 'dockerfile') {
      dockerfileOrder.push(f.path);
      if (input.scope && !input.scope.has(f.path)) pending.set(f.path, f);
      else addDockerfile(f);
      continue;
    }
    switch (f.kind) {
      case 'compose':
      case 'skaffold':
      case 'goreleaser':
      case 'ko':
      case 'workflow':
      case 'makefile':
      case 'bake':
      case 'kustomize':
      case 'yaml': {
        // The kind and the Helm flag decide which parser reads the file. GoReleaser's project name, when the
        // configuration gives none, comes from go.mod or the git remote: the parse depends on it.
        // A workflow's `github.repository` is the remote's owner/name.
        const projectName = f.kind === 'goreleaser' ? goReleaserProjectName(f.path, input.repo, input.repoName) : undefined;
        const githubRepository = f.kind === 'workflow' ? input.repoName?.slug : undefined;
        const ctx: ParseContext = projectName !== undefined ? { projectName } : githubRepository !== undefined ? { githubRepository } : {};
        const key = `${f.kind}${f.helm ? ':helm' : ''}${projectName !== undefined ? `:${projectName}` : ''}${githubRepository !== undefined ? `:${githubRepository}` : ''}`;
        const parsed = memo ? memo.through(key, f, (g) => parseByKind(g, ctx)) : parseByKind(f, ctx);
        switch (parsed.kind) {
          case 'compose':
            // Read as a Go template: fixes must not restructure it.
            if (parsed.compose.template) f.helm = true;
            addCompose(parsed.compose);
            break;
          case 'skaffold':
          case 'goreleaser':
          case 'workflow':
          case 'makefile':
            buildSpecs.push(...parsed.specs);
            addProblems(f.path, parsed.problems);
            break;
          case 'ko':
            koConfigs.push(parsed.config);
            addProblems(f.path, parsed.problems);
            break;
          case 'bake':
            bakeSources.push(parsed.bake);
            addProblems(f.path, parsed.bake.problems);
            break;
          case 'kube':
            // Read as a Go template (broken as YAML, YAML without its actions): fixes must not restructure it.
            if (parsed.kube.helm) f.helm = true;
            kube.push(parsed.kube);
            addProblems(f.path, parsed.kube.problems);
            addDirectives(f.path, parsed.kube.directives);
            break;
          case 'kustomize':
            kustomizations.push(parsed.kustomization);
            addProblems(f.path, parsed.kustomization.problems);
            addDirectives(f.path, parsed.kustomization.directives);
            break;
          case 'none':
            break;
        }
        break;
      }
      case 'typescript': {
        // Most TypeScript in a repository is application code: a look at the raw text for the import specifiers
        // of cdk8s / Pulumi decides before the parser (and typescript-estree behind it) is loaded.
        if (!looksLikeInfraProgram(f.text)) break;
        const ts = await import('../parsers/typescript.ts');
        const k = await ts.parseTypeScriptManifests(f, {
          // `rel` is already cwd-relative (the parser resolves the specifier against the importing file).
          readSibling: (rel: string) => {
            const s = input.repo.load(rel);
            // Values (and so fixes) can point into the sibling: rules and formatters must see it.
            if (s && !files.has(s.path)) files.set(s.path, s);
            return s?.text;
          },
        });
        kube.push(k);
        addProblems(f.path, k.problems);
        addDirectives(f.path, k.directives);
        for (const ref of k.referencedYaml) {
          // Computed paths, ConfigGroup globs and absolute paths (on the deploying machine) are not followed.
          if (ref.path.unknown || isGlob(ref.path.value) || posix.isAbsolute(ref.path.value)) continue;
          const base = projectDir(input.repo, f.path, ref.relativeTo);
          const path = posix.normalize(posix.join(base, ref.path.value));
          // A file discovered on its own is already parsed as YAML above (or below): never twice.
          if (files.has(path) || referenced.has(path)) continue;
          referenced.add(path);
          const y = input.repo.load(path);
          if (!y || files.has(y.path)) continue;
          files.set(y.path, y);
          const ky = parseKube(y, { helm: false });
          kube.push(ky);
          addProblems(y.path, ky.problems);
          addDirectives(y.path, ky.directives);
        }
        break;
      }
      default:
        break;
    }
  }

  // Files a chainsaw test only asserts hold assertion trees, not manifests: set aside with what their parse found.
  const asserted = chainsawAssertedPaths(kube);
  if (asserted.size > 0) {
    const kept = kube.filter((k) => !asserted.has(k.file));
    kube.splice(0, kube.length, ...kept);
    const keptProblems = problems.filter((p) => !asserted.has(p.file));
    problems.splice(0, problems.length, ...keptProblems);
    for (const p of asserted) directives.delete(p);
  }

  for (const bake of bakeDefinitions(bakeSources)) buildSpecs.push(...bakeBuildSpecs(bake, input.repo));

  // Files loaded during inference (entrypoint scripts, go.mod, env files) are registered through the RepoView; make
  // sure the formatters can print them.
  const repo: RepoView = {
    ...(memo ? { memo } : {}),
    stat: (p) => input.repo.stat(p),
    list: (d) => input.repo.list(d),
    load: (p) => {
      const f = input.repo.load(p);
      if (f && !files.has(f.path)) files.set(f.path, f);
      return f;
    },
  };

  // compose.yaml + compose.override.yaml are one project, interpolated with its `.env`, with its `env_file:`s read.
  const discovered = new Set(input.files.map((f) => f.path));
  const interpolate = composeInterpolator({
    discovered: (p: string) => discovered.has(p),
    stat: repo.stat,
    load: repo.load,
    file: (p: string) => files.get(p),
    problems: addProblems,
  });
  // Per file, as Compose loads it: `extends:` resolved, override files merged, interpolated, `include:`d files'
  // services added. Files used only as bases or includes are no projects of their own.
  const extended = applyExtends(parsedCompose);
  const projects = mergeComposeOverrides(extended.files);
  const byPath = new Map(projects.map((cf) => [cf.file, cf]));
  const included = includedPaths(projects);
  for (const cf of projects) {
    if (extended.fragments.has(cf.file) || included.has(cf.file)) continue;
    registerCompose(withIncludes(interpolate(cf), byPath, interpolate));
  }

  // BuildKit also reads a lowercase `dockerfile` when the `Dockerfile` it is asked for is not there (moby/moby#10858;
  // dockerui's ReadEntrypoint): the build reads that file.
  const dockerfilePaths = new Set(dockerfileOrder);
  for (const spec of buildSpecs) {
    if (!spec.dockerfile || posix.basename(spec.dockerfile) !== 'Dockerfile' || dockerfilePaths.has(spec.dockerfile)) continue;
    const lower = posix.join(posix.dirname(spec.dockerfile), 'dockerfile');
    if (dockerfilePaths.has(lower)) spec.dockerfile = lower;
  }

  const linker = new ImageLinker(dockerfileSource, buildSpecs, repo, koConfigs, input.repoName?.name);
  for (const { cf, service, spec } of composeSpecs) composeLinks.set(`${cf.file}\0${service}`, linker.linkSpec(spec.image, spec));

  // Kustomize: the workloads as the overlays patch them are linted too; patch files are no objects of their own.
  const kustomizeEnvs = new Map<string, KustomizeEnvFile | undefined>();
  const readKustomizeEnv = (p: string): KustomizeEnvFile | undefined => {
    if (!kustomizeEnvs.has(p)) {
      const f = repo.load(p);
      const parsed = f ? parseKustomizeEnv(f) : undefined;
      if (parsed) addProblems(p, parsed.problems);
      kustomizeEnvs.set(p, parsed);
    }
    return kustomizeEnvs.get(p);
  };
  const { variants, patchFiles, notBuilt } = kustomizeVariants(kustomizations, new Map(kube.map((k) => [k.file, k])), readKustomizeEnv);
  // "Nothing found" must not hide a build that was not checked.
  for (const n of notBuilt) {
    addProblems(n.range.file, [
      {
        range: n.range,
        severity: 'info',
        message: `The kustomize build of ${n.range.file} is not worked out, because ${n.why}: the linter does not apply it, so the workloads of its resources are checked as they are written, not as this build (and the overlays built on it) changes them.`,
      },
    ]);
  }
  const objects = [...kube.flatMap((k) => (patchFiles.has(k.file) ? [] : k.objects)), ...variants];
  const configMaps = objects.filter((o): o is ConfigMap => o.type === 'configmap');
  const instrumentations = objects.filter((o): o is Instrumentation => o.type === 'instrumentation');
  const namespaces = objects.filter((o): o is NamespaceObject => o.type === 'namespace');
  const workloads = objects.filter((o): o is Workload => o.type === 'workload');

  const helm = [...files.values()].some((f) => f.helm) ? new HelmCharts(files) : undefined;
  // `env:` and pod annotations a template writes with `toYaml .Values.<path>`: read from the chart's values.yaml.
  if (helm) for (const w of workloads) helm.applyValues(w);
  // A config file a compose agent mounts from the repository.
  const configFiles: ConfigFileAccess = { stat: repo.stat, load: repo.load, file: (p) => files.get(p) };
  // Every pod's image references (listed when a guess first needs them): a Dockerfile guessed for several images
  // builds one at most.
  linker.expectReferences(() =>
    // A pod that asks the Operator to inject another language's agent, and not Go's, runs no Go program to guess.
    workloads.filter((w) => !injectsOtherLanguageOnly(w)).flatMap((w) =>
      [...w.pod.containers, ...w.pod.initContainers].flatMap((c) => {
        const ref = linkedPodImageRef(c, w.file, helm);
        return ref !== undefined ? [{ ref, at: c.image!.range }] : [];
      }),
    ),
  );
  const linkInput = { linker, configMaps, instrumentations, namespaces, files, composeLinks, configFiles, ...(helm ? { helm } : {}) };
  const deployments: Deployment[] = [];
  const scope = input.scope ? new WorkloadScope({ requested: input.scope, objects, files, linker, ...(helm ? { helm } : {}) }) : undefined;
  for (const w of workloads) if (!scope || scope.wants(w)) deployments.push(kubeDeployment(w, linkInput));
  for (const cf of compose) deployments.push(composeDeployment(cf, linkInput));
  // An OBI / Beyla config file read from a ConfigMap or a compose config's content: its syntax errors are the
  // manifest's (OBI does not start). A file of its own that discovery found is parsed as YAML already: not twice.
  const configsRead = new Set<object>();
  for (const d of deployments) {
    for (const a of d.agents) {
      const c = a.configFile?.config;
      if (!c || configsRead.has(c) || (a.configFile!.where === undefined && discovered.has(c.file))) continue;
      configsRead.add(c);
      const what = `${a.kind === 'obi' ? 'OBI' : 'Beyla'}'s config file (${a.configFile!.where ?? c.file})`;
      addProblems(c.file, c.problems.map((p) => ({ ...p, message: `${what}: ${p.message}` })));
    }
  }

  const links = new Map<string, ImageLink>();
  const unlinkedImages: { image: Scalar; reason: string }[] = [];
  for (const d of deployments) {
    for (const app of d.apps) {
      if (app.link) links.set(app.link.image, app.link);
      else if (app.image && app.unlinkedReason) unlinkedImages.push({ image: app.image, reason: app.unlinkedReason });
    }
  }

  return {
    files,
    dockerfiles,
    kube,
    compose,
    config: input.config,
    buildSpecs,
    instrumentations,
    problems,
    directives,
    deployments,
    unlinkedImages,
    links,
  };
}

/** The project files that mark the directory a program's relative YAML paths are read from. */
const PROJECT_FILES: Record<ReferencedYaml['relativeTo'], string[]> = {
  // `pulumi` looks for Pulumi.yaml, Pulumi.yml and Pulumi.json, and runs the program there.
  'pulumi-project': ['Pulumi.yaml', 'Pulumi.yml', 'Pulumi.json'],
  // `cdk8s synth` reads cdk8s.yaml from, and runs the app in, the current directory.
  'cdk8s-project': ['cdk8s.yaml'],
};

/**
 * The directory (cwd-relative) a program at `file` resolves its relative YAML paths from: the nearest ancestor
 * holding the project file, looking no higher than the working directory (or, for a file outside it, than the
 * `..` prefix the file's path starts with); the file's own directory when there is none.
 */
export function projectDir(repo: Pick<RepoView, 'stat'>, file: string, relativeTo: ReferencedYaml['relativeTo']): string {
  const start = posix.dirname(posix.normalize(file));
  const names = PROJECT_FILES[relativeTo];
  for (let dir = start; ; dir = posix.dirname(dir)) {
    if (names.some((n) => repo.stat(posix.join(dir, n)) === 'file')) return dir;
    if (dir === '.' || dir === '/' || dir.split('/').every((s) => s === '..')) return start;
  }
}

function isGlob(path: string): boolean {
  return [...path].some((c) => c === '*' || c === '?' || c === '[' || c === '{');
}

/**
 * The repository paths chainsaw tests name in assert and error operations only. URLs and glob patterns are taken as
 * written, so they name no file of the repository: not followed.
 */
function chainsawAssertedPaths(kube: KubeFile[]): Set<string> {
  const out = new Set<string>();
  for (const k of kube) {
    for (const o of k.objects) {
      if (o.type !== 'other' || !o.assertionFiles) continue;
      for (const f of o.assertionFiles) out.add(posix.normalize(posix.join(posix.dirname(k.file), f.value)));
    }
  }
  return out;
}

/** The Operator's inject annotations of languages that are not Go (annotation.go). */
const OTHER_LANGUAGE_INJECT = ['inject-java', 'inject-nodejs', 'inject-python', 'inject-dotnet'].map((n) => `instrumentation.opentelemetry.io/${n}`);

/** The pod template asks for another language's injection (a value other than "false") and not for Go's. */
function injectsOtherLanguageOnly(w: Workload): boolean {
  const a = w.podAnnotations;
  if (a.unknown) return false;
  const on = (key: string) => a.entries.some((e) => e.key.value === key && (e.value.unknown || e.value.value.toLowerCase() !== 'false'));
  return !on('instrumentation.opentelemetry.io/inject-go') && OTHER_LANGUAGE_INJECT.some(on);
}
