// Builds the ProjectModel: parses every loaded file with its parser, collects build specs, links images to
// Dockerfiles, and turns workloads and compose files into Deployments with resolved processes and targets.

import { posix } from 'node:path';
import type { DockerfileDoc } from '../model/dockerfile.ts';
import type { Deployment, ImageLink, ProjectModel } from '../model/project.ts';
import type { Directive, ParseProblem, RepoView, SourceFile } from '../model/source.ts';
import type {
  ComposeFile,
  ConfigMap,
  ImageBuildSpec,
  Instrumentation,
  KubeFile,
  LintConfig,
  NamespaceObject,
  Scalar,
  Workload,
} from '../model/workload.ts';
import { parseDockerfile } from '../parsers/dockerfile.ts';
import { parseKube } from '../parsers/kube.ts';
import { parseCompose, composeBuildSpecs } from '../parsers/compose.ts';
import { parseSkaffold } from '../parsers/skaffold.ts';
import { initShellParser } from '../parsers/shell.ts';
import { ImageLinker } from './images.ts';
import { composeDeployment, kubeDeployment } from './deployments.ts';

export interface ModelInput {
  cwd: string;
  /** Every file discovered (requested and context). */
  files: SourceFile[];
  repo: RepoView;
  config: LintConfig;
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
  if (input.files.some((f) => f.kind === 'dockerfile' || f.kind === 'shell' || f.kind === 'compose' || f.kind === 'yaml')) {
    await initShellParser();
  }

  const dockerfiles = new Map<string, DockerfileDoc>();
  const kube: KubeFile[] = [];
  const compose: ComposeFile[] = [];
  const buildSpecs: ImageBuildSpec[] = [...input.config.images];
  const composeLinks = new Map<string, ImageLink>();
  const composeSpecs: { cf: ComposeFile; service: string; spec: ImageBuildSpec }[] = [];

  const addCompose = (cf: ComposeFile) => {
    compose.push(cf);
    addProblems(cf.file, cf.problems);
    addDirectives(cf.file, cf.directives);
    const specs = composeBuildSpecs(cf, posix.dirname(cf.file));
    for (const spec of specs) {
      buildSpecs.push(spec);
      const svc = cf.services.find((s) => s.build && s.build.range.start === spec.source.range.start);
      if (svc) composeSpecs.push({ cf, service: svc.name.value, spec });
    }
  };

  for (const f of input.files) {
    switch (f.kind) {
      case 'dockerfile': {
        const doc = parseDockerfile(f);
        dockerfiles.set(f.path, doc);
        addProblems(f.path, doc.problems);
        addDirectives(f.path, doc.directives);
        break;
      }
      case 'compose':
        addCompose(parseCompose(f));
        break;
      case 'skaffold': {
        const s = parseSkaffold(f);
        buildSpecs.push(...s.specs);
        addProblems(f.path, s.problems);
        break;
      }
      case 'yaml': {
        const k = parseKube(f, { helm: f.helm === true });
        if (k.objects.length === 0 && k.problems.length === 0) {
          const cf = parseCompose(f);
          if (cf.services.length > 0) {
            addCompose(cf);
            break;
          }
        }
        kube.push(k);
        addProblems(f.path, k.problems);
        addDirectives(f.path, k.directives);
        break;
      }
      case 'typescript': {
        const ts = await import('../parsers/typescript.ts');
        if (!ts.looksLikeInfraProgram(f.text)) break;
        const k = await ts.parseTypeScriptManifests(f, {
          readSibling: (rel: string) => input.repo.load(posix.normalize(posix.join(posix.dirname(f.path), rel)))?.text,
        });
        kube.push(k);
        addProblems(f.path, k.problems);
        addDirectives(f.path, k.directives);
        for (const ref of k.referencedYaml) {
          const y = input.repo.load(posix.normalize(posix.join(posix.dirname(f.path), ref.path.value)));
          if (y && !files.has(y.path)) {
            const ky = parseKube(y, { helm: false });
            kube.push(ky);
            addProblems(y.path, ky.problems);
          }
        }
        break;
      }
      default:
        break;
    }
  }

  // Files loaded during inference (entrypoint scripts, go.mod) are registered through the RepoView; make sure the
  // formatters can print them.
  const repo: RepoView = {
    stat: (p) => input.repo.stat(p),
    list: (d) => input.repo.list(d),
    load: (p) => {
      const f = input.repo.load(p);
      if (f && !files.has(f.path)) files.set(f.path, f);
      return f;
    },
  };

  const linker = new ImageLinker(dockerfiles, buildSpecs, repo);
  for (const { cf, service, spec } of composeSpecs) composeLinks.set(`${cf.file}\0${service}`, linker.linkSpec(spec.image, spec));

  const objects = kube.flatMap((k) => k.objects);
  const configMaps = objects.filter((o): o is ConfigMap => o.type === 'configmap');
  const instrumentations = objects.filter((o): o is Instrumentation => o.type === 'instrumentation');
  const namespaces = objects.filter((o): o is NamespaceObject => o.type === 'namespace');
  const workloads = objects.filter((o): o is Workload => o.type === 'workload');

  const linkInput = { linker, configMaps, instrumentations, namespaces, files, composeLinks };
  const deployments: Deployment[] = [];
  for (const w of workloads) deployments.push(kubeDeployment(w, linkInput));
  for (const cf of compose) deployments.push(composeDeployment(cf, linkInput));

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
