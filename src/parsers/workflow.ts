// GitHub Actions workflows (`.github/workflows/*.yml`) -> the images they build, with docker/build-push-action,
// mr-smithers-excellent/docker-build-push (see readSmithersStep) or `docker build` in a `run:` script (readRunStep).
//
// For each step `uses: docker/build-push-action@…` of a job: `with.context` (a path relative to the workspace, the
// repository root; default the repository itself), `with.file` (relative to the workspace; default
// `<context>/Dockerfile`), `with.target`, `with.build-args` (`KEY=value` lines) and `with.tags` (a list, one per
// line or comma-separated). A tag written as `${{ steps.<id>.outputs.tags }}` names the images of that step when it
// is docker/metadata-action (its `with.images`: the tags it makes vary, the image names do not). `${{ env.NAME }}`
// is replaced by a literal `env:` of the step, the job or the workflow, `${{ matrix.… }}` by each combination of the
// job's `strategy.matrix` in turn (lists crossed, `include` added, `exclude` removed). Anything else in `${{ … }}`
// (secrets, inputs, `github.sha` …) leaves that tag, context or file unknown, and gives no spec for it, except the
// `github` values that name the repository, known from its git remote (`githubVars`).
// A context that is a Git or HTTP URL is not in the repository: skipped.

import { posix } from 'node:path';
import { isMap } from 'yaml';
import type { ParsedNode, YAMLMap } from 'yaml';
import type { ParseProblem, Range, SourceFile } from '../model/source.ts';
import type { BuildContextSpec, ImageBuildSpec } from '../model/workload.ts';
import { buildCommands } from './build-commands.ts';
import { isRemoteContext, namedBuildContext } from './build-context.ts';
import { nameWithUnknownTag } from './image-ref.ts';
import { parseYaml, sortProblems } from './yaml.ts';
import type { MapEntry, YamlReader } from './yaml.ts';

type YMap = YAMLMap<unknown, unknown>;

/**
 * The value with each `${{ … }}` replaced from `vars` (keys are the expressions: `env.REGISTRY`, `matrix.image`,
 * `matrix.file_tag.file`); undefined when an expression remains that `vars` does not hold.
 */
function expand(text: string, vars: Map<string, string>): string | undefined {
  // In a job whose matrix is known, a property no combination has is null, which renders as ''.
  return substitute(text, (expr) => vars.get(expr) ?? (expr.startsWith('matrix.') && vars.has(MATRIX_KNOWN) ? '' : undefined));
}

/** The text with each `${{ … }}` replaced by `value(expression)`; undefined when one has none, or is not closed. */
function substitute(text: string, value: (expr: string) => string | undefined): string | undefined {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('${{', i);
    if (open < 0) return out + text.slice(i);
    const close = text.indexOf('}}', open + 3);
    if (close < 0) return undefined;
    const v = value(text.slice(open + 3, close).trim());
    if (v === undefined) return undefined;
    out += text.slice(i, open) + v;
    i = close + 2;
  }
  return out;
}

/** Set in the variables of a job whose matrix is written out. */
const MATRIX_KNOWN = 'matrix.*';

/** At most this many matrix combinations of a job are followed. */
const MAX_COMBINATIONS = 256;

/** A matrix value as expression variables: `matrix.<path>` for every string, number or boolean inside it. */
function flatten(prefix: string, v: unknown, out: Map<string, string>): void {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.set(prefix, String(v));
  else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) flatten(`${prefix}.${k}`, x, out);
}

/**
 * The combinations of a job's `strategy.matrix` (its lists crossed, `include` entries added, `exclude` entries
 * removed), each as expression variables; one empty combination when there is no matrix or it is not written out
 * (`${{ fromJSON(…) }}`: its `matrix.*` expressions stay unknown).
 */
function matrixCombos(r: YamlReader, job: YMap): Map<string, string>[] {
  const e = r.path(job, 'strategy', 'matrix');
  const m = e ? r.anyValue(e) : undefined;
  if (!m || m.unknown || !m.value || typeof m.value !== 'object' || Array.isArray(m.value)) return [new Map()];
  const matrix = m.value as Record<string, unknown>;
  let combos: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude') continue;
    const list = Array.isArray(values) ? values : [values];
    combos = combos.flatMap((c) => list.map((v) => ({ ...c, [key]: v }))).slice(0, MAX_COMBINATIONS);
  }
  if (combos.length === 1 && Object.keys(combos[0]!).length === 0) combos = [];
  const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
  const same = (c: Record<string, unknown>, x: Record<string, unknown>) => Object.entries(x).every(([k, v]) => JSON.stringify(c[k]) === JSON.stringify(v));
  if (Array.isArray(matrix.exclude)) combos = combos.filter((c) => !(matrix.exclude as unknown[]).some((x) => isObj(x) && same(c, x)));
  if (Array.isArray(matrix.include)) for (const x of matrix.include) if (isObj(x) && combos.length < MAX_COMBINATIONS) combos.push(x);
  if (combos.length === 0) return [new Map()];
  return combos.map((c) => {
    const vars = new Map<string, string>([[MATRIX_KNOWN, '']]);
    flatten('matrix', c, vars);
    return vars;
  });
}

/** A list input of an action: one item per line, or comma-separated on one line; blanks dropped. */
function listInput(text: string): string[] {
  const lines = text.split('\n');
  const items = lines.length > 1 ? lines : text.split(',');
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/** The actions that install ko and set `KO_DOCKER_REPO` for the later steps of the job. */
const SETUP_KO = ['ko-build/setup-ko', 'imjasonh/setup-ko'];

function usesAction(r: YamlReader, step: YMap, action: string): boolean {
  const uses = r.entryStr(r.get(step, 'uses'), { what: 'uses' });
  return !!uses && !uses.unknown && uses.value.toLowerCase().startsWith(`${action}@`);
}

/** The expression variables with the `env:` of a mapping (workflow, job or step) over `base`, as `env.NAME`. */
function envOf(r: YamlReader, m: YMap | undefined, base: Map<string, string>): Map<string, string> {
  const out = new Map(base);
  const e = r.get(m, 'env');
  for (const x of r.entries(e?.value && isMap(e.value) ? (e.value as YMap) : undefined)) {
    const v = r.entryStr(x, { what: `env ${x.key}` });
    const expanded = v && !v.unknown ? expand(v.value, out) : undefined;
    if (expanded !== undefined) out.set(`env.${x.key}`, expanded);
    else out.delete(`env.${x.key}`);
  }
  return out;
}

export function parseWorkflow(file: SourceFile, githubRepository?: string): { specs: ImageBuildSpec[]; problems: ParseProblem[] } {
  const parsed = parseYaml(file, { helm: false });
  const specs: ImageBuildSpec[] = [];
  // The workspace (the repository root) is two directories above `.github/workflows/`.
  const root = posix.dirname(posix.dirname(posix.dirname(file.path)));
  for (const d of parsed.docs) {
    if (!d.root || !isMap(d.root)) continue;
    const r = d.reader;
    const wf = d.root as YMap;
    try {
      const wfEnv = envOf(r, wf, githubVars(githubRepository));
      const seen = new Set<string>();
      // Scripts parsed for one workflow, in characters: a large matrix of long scripts stops there.
      const budget = { left: 2_000_000 };
      for (const job of r.entries(r.map(r.get(wf, 'jobs')?.value, 'jobs'))) {
        const jm = r.map(job.value, `job ${job.key}`);
        if (!jm) continue;
        const steps = r.items(r.seq(r.get(jm, 'steps')?.value, 'steps')).map((s) => (isMap(s) ? (s as YMap) : undefined));
        const builds = (s: YMap | undefined): s is YMap =>
          !!s && (usesAction(r, s, 'docker/build-push-action') || usesAction(r, s, SMITHERS) || runsBuild(r, s));
        if (!steps.some(builds)) continue;
        for (const combo of matrixCombos(r, jm)) {
          const jobVars = envOf(r, jm, new Map([...wfEnv, ...combo]));
          // What ko-build/setup-ko sets for the steps after it: `KO_DOCKER_REPO` as it finds it, else
          // ghcr.io/<owner>/<repository>.
          let koDefault: string | undefined;
          for (const step of steps) {
            if (step && SETUP_KO.some((a) => usesAction(r, step, a))) {
              const repository = jobVars.get('github.repository');
              koDefault = envOf(r, step, jobVars).get('env.KO_DOCKER_REPO') ?? (repository !== undefined ? `ghcr.io/${repository.toLowerCase()}` : undefined);
              continue;
            }
            if (!builds(step)) continue;
            const found: ImageBuildSpec[] = [];
            const stepVars = envOf(r, step, jobVars);
            if (usesAction(r, step, SMITHERS)) readSmithersStep(r, step, stepVars, root, found);
            else readBuildStep(r, step, steps, stepVars, root, found);
            try {
              readRunStep(r, step, stepVars, root, found, budget, koDefault);
            } catch {
              // A script the shell parser cannot take costs only its own build commands.
            }
            for (const spec of found) {
              const key = [spec.image, spec.dockerfile, spec.context, spec.target ?? '', ...spec.args].join('\0');
              if (seen.has(key)) continue;
              seen.add(key);
              specs.push(spec);
            }
          }
        }
      }
    } catch (e) {
      r.problem(d.root, `This workflow could not be read: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { specs, problems: sortProblems(parsed.problems) };
}

function input(r: YamlReader, withMap: YMap | undefined, key: string, env: Map<string, string>): { value?: string; known: boolean } {
  const s = r.entryStr(r.get(withMap, key), { what: key });
  if (!s) return { known: true };
  if (s.unknown) return { known: false };
  const value = expand(s.value, env);
  return value === undefined ? { known: false } : { value, known: true };
}

/** Build arguments: an input of `KEY=value` items (lines, or comma-separated). */
function keyValues(r: YamlReader, w: YMap | undefined, key: string, env: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const text = input(r, w, key, env).value;
  for (const item of text !== undefined ? listInput(text) : []) {
    const eq = item.indexOf('=');
    if (eq > 0) out.set(item.slice(0, eq), item.slice(eq + 1));
  }
  return out;
}

function readBuildStep(r: YamlReader, step: YMap, steps: (YMap | undefined)[], env: Map<string, string>, root: string, out: ImageBuildSpec[]): void {
  const withE: MapEntry | undefined = r.get(step, 'with');
  const w = withE ? r.map(withE.value, 'with') : undefined;
  const context = input(r, w, 'context', env);
  const file = input(r, w, 'file', env);
  if (!context.known || !file.known) return;
  const ctx = context.value ?? '.';
  const range: Range = r.range(step as unknown as ParsedNode);
  if (isRemoteContext(ctx)) {
    // Built from a Git or HTTP context the linter does not read: the images it names are not guessed elsewhere.
    for (const { image } of imagesOf(r, w, steps, env)) if (image !== '') out.push({ image, dockerfile: '', context: '.', args: new Map(), source: { kind: 'workflow', range }, external: `from the remote context ${ctx}` });
    return;
  }
  const at = (p: string) => posix.normalize(posix.join(root, p));
  const contextPath = at(ctx);
  const dockerfile = file.value ? at(file.value) : posix.join(contextPath, 'Dockerfile');
  const args = keyValues(r, w, 'build-args', env);
  const target = input(r, w, 'target', env);
  // `build-contexts`: `name=value` lines, directories relative to the workspace.
  const contexts = new Map<string, BuildContextSpec>();
  const contextsIn = input(r, w, 'build-contexts', env);
  const contextsAt = r.get(w, 'build-contexts');
  for (const line of contextsIn.value !== undefined ? listInput(contextsIn.value) : []) {
    const eq = line.indexOf('=');
    if (eq > 0) contexts.set(line.slice(0, eq), namedBuildContext(line.slice(eq + 1), contextsAt ? r.valueRange(contextsAt) : range, root));
  }
  const images = imagesOf(r, w, steps, env);
  // Tags that name no image the linker can read (`${{ env.TAGS }}` from $GITHUB_ENV): the build of an image whose name
  // is not known, kept with the name '' (src/link/images.ts: it makes a link by name to another build of other tags
  // uncertain).
  if (images.length === 0 && r.get(w, 'tags')) images.push({ image: '' });
  for (const { image, tagGlob } of images) {
    const spec: ImageBuildSpec = { image, dockerfile, context: contextPath, args, source: { kind: 'workflow', range } };
    if (tagGlob !== undefined) spec.tagGlob = tagGlob;
    if (target.value) spec.target = target.value;
    if (contexts.size > 0) spec.contexts = contexts;
    out.push(spec);
  }
}

/**
 * The `github` context values that name the repository, from its git remote (`owner/name`, lower-cased as image
 * names must be): `github.repository`, `github.repository_owner`, `github.event.repository.name`.
 */
function githubVars(repository: string | undefined): Map<string, string> {
  const vars = new Map<string, string>();
  const slash = repository?.indexOf('/') ?? -1;
  if (repository === undefined || slash <= 0) return vars;
  vars.set('github.repository', repository);
  vars.set('github.repository_owner', repository.slice(0, slash));
  vars.set('github.event.repository.name', repository.slice(slash + 1));
  return vars;
}

/** mr-smithers-excellent/docker-build-push: `docker build -f <dockerfile> -t <registry>/<image>:<tag> <directory>`. */
const SMITHERS = 'mr-smithers-excellent/docker-build-push';
/** Registries where the action puts the GitHub owner between the registry and the image (src/docker.js). */
const GITHUB_REGISTRIES = new Set(['docker.pkg.github.com', 'ghcr.io']);

/**
 * A mr-smithers-excellent/docker-build-push step (its src/docker.js): the image is `<registry>/<image>`, on GitHub's
 * registries `<registry>/<gitHubOrg or the repository owner>/<image>` (an owner the workflow does not write is a
 * wildcard); `dockerfile` (default `Dockerfile`) is relative to the workspace, `directory` (default the workspace) is
 * the context; `buildArgs` and `tags` are comma-separated; `target`.
 */
function readSmithersStep(r: YamlReader, step: YMap, env: Map<string, string>, root: string, out: ImageBuildSpec[]): void {
  const withE: MapEntry | undefined = r.get(step, 'with');
  const w = withE ? r.map(withE.value, 'with') : undefined;
  const image = input(r, w, 'image', env);
  const registry = input(r, w, 'registry', env);
  const file = input(r, w, 'dockerfile', env);
  const dir = input(r, w, 'directory', env);
  const org = input(r, w, 'gitHubOrg', env);
  if (!image.value || !registry.value || !file.known || !dir.known) return;
  const ctx = dir.value || '.';
  if (isRemoteContext(ctx)) return;
  const at = (p: string) => posix.normalize(posix.join(root, p));
  const reg = registry.value.endsWith('/') ? registry.value.slice(0, -1) : registry.value;
  const github = GITHUB_REGISTRIES.has(reg);
  // The owner, when the step names it; else the repository's owner (from the git remote when it is known).
  const owner = org.value ? org.value.toLowerCase() : env.get('github.repository_owner');
  const name = github ? `${reg}/${owner ?? '*'}/${image.value}` : `${reg}/${image.value}`;
  const args = keyValues(r, w, 'buildArgs', env);
  const target = input(r, w, 'target', env);
  const spec: ImageBuildSpec = {
    image: name,
    dockerfile: at(file.value || 'Dockerfile'),
    context: at(ctx),
    args,
    source: { kind: 'workflow', range: r.range(step as unknown as ParsedNode) },
  };
  if (github && owner === undefined) spec.imageGlob = name.toLowerCase();
  if (target.value) spec.target = target.value;
  out.push(spec);
}

/** An image a build step pushes: a reference, and the pattern its tags follow when only that is known. */
interface PushedImage {
  image: string;
  tagGlob?: string;
}

/**
 * The tags docker/metadata-action makes under its `flavor:` lines (`prefix=` and `suffix=` go around every tag; the
 * `latest` tag gets one only with its `onlatest=true`, and is not made with `latest=false`): the tags' pattern, and the
 * `latest` tag when it does not follow it. Undefined without a prefix or suffix.
 */
function flavorTags(text: string): { glob: string; latest?: string } | undefined {
  const affix = { prefix: '', suffix: '' };
  const onLatest = { prefix: false, suffix: false };
  let latest = true;
  for (const line of text.split('\n')) {
    const [item = '', ...opts] = line.split(',').map((a) => a.trim());
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (key === 'prefix' || key === 'suffix') {
      affix[key] = value;
      onLatest[key] = opts.includes('onlatest=true');
    } else if (key === 'latest') latest = value !== 'false';
  }
  if (affix.prefix === '' && affix.suffix === '') return undefined;
  const glob = `${affix.prefix}*${affix.suffix}`;
  const latestTag = `${onLatest.prefix ? affix.prefix : ''}latest${onLatest.suffix ? affix.suffix : ''}`;
  const follows = (affix.prefix === '' || onLatest.prefix) && (affix.suffix === '' || onLatest.suffix);
  return latest && !follows ? { glob, latest: latestTag } : { glob };
}

/** The image references of a build step's `tags` (through docker/metadata-action's `images` when it names them). */
function imagesOf(r: YamlReader, w: YMap | undefined, steps: (YMap | undefined)[], env: Map<string, string>): PushedImage[] {
  const tags = r.entryStr(r.get(w, 'tags'), { what: 'tags' });
  if (!tags || tags.unknown) return [];
  const out: PushedImage[] = [];
  for (const tag of listInput(tags.value)) {
    const literal = expand(tag, env);
    if (literal !== undefined) {
      out.push({ image: literal });
      continue;
    }
    // `ghcr.io/acme/api:${{ github.sha }}`: the name is known, the tag is not.
    const before = expand(tag.slice(0, tag.indexOf('${{')), env);
    const name = before !== undefined ? nameWithUnknownTag(before) : undefined;
    if (name) {
      out.push({ image: name });
      continue;
    }
    // `${{ steps.meta.outputs.tags }}`: the images docker/metadata-action was given.
    const open = tag.indexOf('${{');
    const close = tag.indexOf('}}');
    const expr = open === 0 && close === tag.length - 2 ? tag.slice(3, close).trim() : '';
    const parts = expr.split('.');
    if (parts.length !== 4 || parts[0] !== 'steps' || parts[2] !== 'outputs' || parts[3] !== 'tags') continue;
    const meta = steps.find((s) => s && r.entryStr(r.get(s, 'id'), { what: 'id' })?.value === parts[1]);
    if (!meta || !usesAction(r, meta, 'docker/metadata-action')) continue;
    const mw = r.get(meta, 'with');
    const metaEnv = envOf(r, meta, env);
    const withMap = mw ? r.map(mw.value, 'with') : undefined;
    const images = r.entryStr(r.get(withMap, 'images'), { what: 'images' });
    if (!images || images.unknown) continue;
    const flavorIn = r.entryStr(r.get(withMap, 'flavor'), { what: 'flavor' });
    const flavor = flavorIn && !flavorIn.unknown ? flavorTags(expand(flavorIn.value, metaEnv) ?? '') : undefined;
    // One image per line (commas separate a line's attributes); a line with another expression is left out.
    for (const line of images.value.split('\n')) {
      const item = expand(line.trim(), metaEnv);
      if (!item) continue;
      // An item is a name, or `name=<image>,enable=…` attributes.
      const attrs = item.split(',').map((a) => a.trim());
      const named = attrs.find((a) => a.startsWith('name='));
      const image = named ? named.slice('name='.length) : attrs.length === 1 ? item : undefined;
      if (!image) continue;
      if (!flavor) out.push({ image });
      else {
        out.push({ image, tagGlob: flavor.glob });
        if (flavor.latest !== undefined) out.push({ image: `${image}:${flavor.latest}` });
      }
    }
  }
  return out;
}

// ---- `docker build` in `run:` steps

/** A step with a `run:` script (read for build commands). */
function runsBuild(r: YamlReader, step: YMap): boolean {
  const run = r.entryStr(r.get(step, 'run'), { what: 'run' });
  return !!run && !run.unknown;
}

/**
 * The build commands of a `run:` step (src/parsers/build-commands.ts), from its `working-directory`. `${{ … }}`
 * expressions are replaced first as the runner does (textually); one that is not known becomes a shell variable, so
 * the word holding it is not known either.
 */
function readRunStep(
  r: YamlReader,
  step: YMap,
  vars: Map<string, string>,
  root: string,
  out: ImageBuildSpec[],
  budget: { left: number },
  koDefault: string | undefined,
): void {
  const run = r.entryStr(r.get(step, 'run'), { what: 'run' });
  if (!run || run.unknown) return;
  budget.left -= run.value.length;
  if (budget.left < 0) return;
  const text = substitute(run.value, (expr) => vars.get(expr) ?? '${GITHUB_EXPRESSION_NOT_KNOWN}');
  if (text === undefined) return; // an expression that is not closed: the runner rejects the workflow
  const wd = input(r, step, 'working-directory', vars);
  if (!wd.known) return;
  const range: Range = r.range(step as unknown as ParsedNode);
  // The step's environment: its `env:` over the job's and the workflow's, and what an earlier step set up.
  const env = new Map<string, string>();
  if (koDefault !== undefined) env.set('KO_DOCKER_REPO', koDefault);
  for (const [k, v] of vars) if (k.startsWith('env.')) env.set(k.slice('env.'.length), v);
  for (const b of buildCommands(text, r.file.path, posix.normalize(posix.join(root, wd.value ?? '.')), range, env)) {
    out.push({ ...b, source: { kind: 'workflow', range } });
  }
}
