// One entry point for the parsers that read a file on its own (no other file, no repository access): the file's
// kind picks the parser. TypeScript programs are not here: their parser reads sibling modules and loads
// typescript-estree on demand (src/link/model.ts calls it).

import type { DockerfileDoc } from '../model/dockerfile.ts';
import type { ParseProblem, SourceFile } from '../model/source.ts';
import type { ComposeFile, ImageBuildSpec, KubeFile, KustomizationFile } from '../model/workload.ts';
import { parseCompose } from './compose.ts';
import { parseDockerfile } from './dockerfile.ts';
import { parseKube } from './kube.ts';
import { parseKustomization } from './kustomize.ts';
import { parseSkaffold } from './skaffold.ts';

/**
 * What a file holds. A `.yaml` file is read as Kubernetes objects; when it holds none (and parses cleanly) but has compose
 * services, it is a compose file with another name.
 */
export type ParsedFile =
  | { kind: 'dockerfile'; doc: DockerfileDoc }
  | { kind: 'compose'; compose: ComposeFile }
  | { kind: 'skaffold'; specs: ImageBuildSpec[]; problems: ParseProblem[] }
  | { kind: 'kube'; kube: KubeFile }
  | { kind: 'kustomize'; kustomization: KustomizationFile }
  | { kind: 'none' };

/** The kinds parseByKind() reads (the others give `none`). */
export const BY_KIND: ReadonlySet<SourceFile['kind']> = new Set(['dockerfile', 'compose', 'skaffold', 'yaml', 'kustomize']);

/** Parses one file with the parser of its kind. The shell parser must be initialised (initShellParser). */
export function parseByKind(f: SourceFile): ParsedFile {
  switch (f.kind) {
    case 'dockerfile':
      return { kind: 'dockerfile', doc: parseDockerfile(f) };
    case 'compose':
      return { kind: 'compose', compose: parseCompose(f) };
    case 'skaffold': {
      const s = parseSkaffold(f);
      return { kind: 'skaffold', specs: s.specs, problems: s.problems };
    }
    case 'yaml': {
      let k = parseKube(f, { helm: f.helm === true });
      // Go-templated YAML outside a Helm chart (Nomad and consul-template files, kustomize function templates ...):
      // broken as YAML, but YAML once its `{{ … }}` actions are set aside. Read it as a template (k.helm), not as
      // broken YAML.
      if (!f.helm && f.text.includes('{{') && k.problems.some((p) => p.severity === 'error')) {
        const t = parseKube(f, { helm: true });
        if (!t.syntaxErrors && !t.problems.some((p) => p.severity === 'error')) k = t;
      }
      if (k.objects.length === 0 && k.problems.length === 0) {
        const cf = parseCompose(f);
        if (cf.services.length > 0) return { kind: 'compose', compose: cf };
      }
      return { kind: 'kube', kube: k };
    }
    case 'kustomize':
      return { kind: 'kustomize', kustomization: parseKustomization(f) };
    default:
      return { kind: 'none' };
  }
}
