// One entry point for the parsers that read a file on its own (no other file, no repository access): the file's
// kind picks the parser. TypeScript programs are not here: their parser reads sibling modules and loads
// typescript-estree on demand (src/link/model.ts calls it).

import type { DockerfileDoc } from '../model/dockerfile.ts';
import type { ParseProblem, SourceFile } from '../model/source.ts';
import type { ComposeFile, ImageBuildSpec, KoConfig, KubeFile, KustomizationFile } from '../model/workload.ts';
import { parseCompose } from './compose.ts';
import { parseDockerfile } from './dockerfile.ts';
import { parseKube } from './kube.ts';
import { parseKustomization } from './kustomize.ts';
import { parseSkaffold } from './skaffold.ts';
import { parseGoReleaser } from './goreleaser.ts';
import { parseKoConfig } from './ko-config.ts';
import { parseWorkflow } from './workflow.ts';
import { parseMakefile } from './makefile.ts';
import { readBake, type BakeSource } from './bake.ts';

/**
 * What a file holds. A `.yaml` file is read as Kubernetes objects; when it holds none (and parses cleanly) but has compose
 * services, it is a compose file with another name.
 */
export type ParsedFile =
  | { kind: 'dockerfile'; doc: DockerfileDoc }
  | { kind: 'compose'; compose: ComposeFile }
  | { kind: 'skaffold'; specs: ImageBuildSpec[]; problems: ParseProblem[] }
  | { kind: 'goreleaser'; specs: ImageBuildSpec[]; problems: ParseProblem[] }
  | { kind: 'ko'; config: KoConfig; problems: ParseProblem[] }
  | { kind: 'workflow'; specs: ImageBuildSpec[]; problems: ParseProblem[] }
  | { kind: 'makefile'; specs: ImageBuildSpec[]; problems: ParseProblem[] }
  /** Read, not evaluated: bake evaluates the default files of a directory together (src/link/bake.ts). */
  | { kind: 'bake'; bake: BakeSource }
  | { kind: 'kube'; kube: KubeFile }
  | { kind: 'kustomize'; kustomization: KustomizationFile }
  | { kind: 'none' };

/** The kinds parseByKind() reads (the others give `none`). */
export const BY_KIND: ReadonlySet<SourceFile['kind']> = new Set(['dockerfile', 'compose', 'skaffold', 'goreleaser', 'ko', 'workflow', 'makefile', 'bake', 'yaml', 'kustomize']);

/**
 * What a parser needs besides the file: `projectName`, the name GoReleaser guesses for a configuration that gives none
 * (src/link/goreleaser-project.ts). Part of the memo key when set.
 */
export interface ParseContext {
  projectName?: string;
  /** `owner/name` of the repository on its git host, for a workflow's `github.repository`. */
  githubRepository?: string;
}

/** Parses one file with the parser of its kind. The shell parser must be initialised (initShellParser), and for a bake file the HCL parser (initHclParser). */
export function parseByKind(f: SourceFile, ctx: ParseContext = {}): ParsedFile {
  switch (f.kind) {
    case 'dockerfile':
      return { kind: 'dockerfile', doc: parseDockerfile(f) };
    case 'compose': {
      const c = parseCompose(f, { template: f.helm === true });
      if (f.helm || !looksTemplated(f, c.problems)) return { kind: 'compose', compose: c };
      const t = parseCompose(f, { template: true });
      return { kind: 'compose', compose: readsAsTemplate(f, t.syntaxErrors, t.problems) ? t : c };
    }
    case 'skaffold': {
      const s = parseSkaffold(f);
      return { kind: 'skaffold', specs: s.specs, problems: s.problems };
    }
    case 'goreleaser': {
      const s = parseGoReleaser(f, ctx.projectName !== undefined ? { projectName: ctx.projectName } : {});
      return { kind: 'goreleaser', specs: s.specs, problems: s.problems };
    }
    case 'ko': {
      const k = parseKoConfig(f);
      return { kind: 'ko', config: k.config, problems: k.problems };
    }
    case 'workflow': {
      const s = parseWorkflow(f, ctx.githubRepository);
      return { kind: 'workflow', specs: s.specs, problems: s.problems };
    }
    case 'makefile': {
      const s = parseMakefile(f);
      return { kind: 'makefile', specs: s.specs, problems: s.problems };
    }
    case 'bake':
      return { kind: 'bake', bake: readBake(f) };
    case 'yaml': {
      let k = parseKube(f, { helm: f.helm === true });
      if (!f.helm && looksTemplated(f, k.problems)) {
        const t = parseKube(f, { helm: true });
        if (readsAsTemplate(f, t.syntaxErrors, t.problems)) k = t;
      }
      if (k.objects.length === 0 && k.problems.length === 0 && !k.patchOps) {
        const cf = parseCompose(f);
        if (cf.services.length > 0) return { kind: 'compose', compose: cf };
      }
      // YAML that is no manifest by what parses of it (tailscale's `.golangci.yml`, which go-yaml reads; a Hugo config
      // or Helm values with a duplicate key): its syntax is not this linter's business.
      if (k.notManifest) k.problems = [];
      return { kind: 'kube', kube: k };
    }
    case 'kustomize':
      return { kind: 'kustomize', kustomization: parseKustomization(f) };
    default:
      return { kind: 'none' };
  }
}

// Go-templated YAML outside a Helm chart (Nomad and consul-template files, kustomize function templates, the compose
// files a test harness renders with text/template ...): broken as YAML, but YAML once its `{{ … }}` actions are set
// aside. Such a file is read as a template (its actions' values unknown), not reported as broken YAML.

/** Broken as YAML, with a `{{` in it: worth a second reading as a template. */
function looksTemplated(f: SourceFile, problems: readonly ParseProblem[]): boolean {
  return f.text.includes('{{') && problems.some((p) => p.severity === 'error');
}

/**
 * The reading as a template is the file: it parses with the actions set aside, or a line starts with an action
 * (`{{- if … }}`, `{{ range … }}`: template control flow, so a template whatever its actions leave behind, YAML only
 * once rendered, like a Helm template).
 */
function readsAsTemplate(f: SourceFile, syntaxErrors: boolean | undefined, problems: readonly ParseProblem[]): boolean {
  return hasActionLine(f.text) || (!syntaxErrors && !problems.some((p) => p.severity === 'error'));
}

/** Some line's first non-blank characters are `{{`: a template action standing alone, never YAML. */
function hasActionLine(text: string): boolean {
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      atLineStart = true;
      continue;
    }
    if (!atLineStart || c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '{' && text[i + 1] === '{') return true;
    atLineStart = false;
  }
  return false;
}
