// GitHub Actions workflows (`.github/workflows/*.yml`) -> the images they build with docker/build-push-action.
//
// For each step `uses: docker/build-push-action@…` of a job: `with.context` (a path relative to the workspace, the
// repository root; default the repository itself), `with.file` (relative to the workspace; default
// `<context>/Dockerfile`), `with.target`, `with.build-args` (`KEY=value` lines) and `with.tags` (a list, one per
// line or comma-separated). A tag written as `${{ steps.<id>.outputs.tags }}` names the images of that step when it
// is docker/metadata-action (its `with.images`: the tags it makes vary, the image names do not). `${{ env.NAME }}`
// is replaced by a literal `env:` of the step, the job or the workflow. Anything else in `${{ … }}` (matrix values,
// secrets, `github.repository` …) leaves that tag, context or file unknown, and the step gives no spec for it.
// A context that is a Git or HTTP URL is not in the repository: skipped.

import { posix } from 'node:path';
import { isMap } from 'yaml';
import type { ParsedNode, YAMLMap } from 'yaml';
import type { ParseProblem, Range, SourceFile } from '../model/source.ts';
import type { ImageBuildSpec } from '../model/workload.ts';
import { parseYaml, sortProblems } from './yaml.ts';
import type { MapEntry, YamlReader } from './yaml.ts';

type YMap = YAMLMap<unknown, unknown>;

/** The value with `${{ env.NAME }}` replaced from `env`; undefined when another expression (or an unknown env) remains. */
function expand(text: string, env: Map<string, string>): string | undefined {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('${{', i);
    if (open < 0) return out + text.slice(i);
    const close = text.indexOf('}}', open + 3);
    if (close < 0) return undefined;
    const expr = text.slice(open + 3, close).trim();
    if (!expr.startsWith('env.')) return undefined;
    const value = env.get(expr.slice('env.'.length));
    if (value === undefined) return undefined;
    out += text.slice(i, open) + value;
    i = close + 2;
  }
  return out;
}

/** A list input of an action: one item per line, or comma-separated on one line; blanks dropped. */
function listInput(text: string): string[] {
  const lines = text.split('\n');
  const items = lines.length > 1 ? lines : text.split(',');
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

function usesAction(r: YamlReader, step: YMap, action: string): boolean {
  const uses = r.entryStr(r.get(step, 'uses'), { what: 'uses' });
  return !!uses && !uses.unknown && uses.value.toLowerCase().startsWith(`${action}@`);
}

/** Literal `env:` values of a mapping (workflow, job or step), over `base`. */
function envOf(r: YamlReader, m: YMap | undefined, base: Map<string, string>): Map<string, string> {
  const out = new Map(base);
  const e = r.get(m, 'env');
  for (const x of r.entries(e?.value && isMap(e.value) ? (e.value as YMap) : undefined)) {
    const v = r.entryStr(x, { what: `env ${x.key}` });
    if (!v || v.unknown) continue;
    const expanded = expand(v.value, out);
    if (expanded !== undefined) out.set(x.key, expanded);
    else out.delete(x.key);
  }
  return out;
}

export function parseWorkflow(file: SourceFile): { specs: ImageBuildSpec[]; problems: ParseProblem[] } {
  const parsed = parseYaml(file, { helm: false });
  const specs: ImageBuildSpec[] = [];
  // The workspace (the repository root) is two directories above `.github/workflows/`.
  const root = posix.dirname(posix.dirname(posix.dirname(file.path)));
  for (const d of parsed.docs) {
    if (!d.root || !isMap(d.root)) continue;
    const r = d.reader;
    const wf = d.root as YMap;
    try {
      const wfEnv = envOf(r, wf, new Map());
      for (const job of r.entries(r.map(r.get(wf, 'jobs')?.value, 'jobs'))) {
        const jm = r.map(job.value, `job ${job.key}`);
        if (!jm) continue;
        const jobEnv = envOf(r, jm, wfEnv);
        const steps = r.items(r.seq(r.get(jm, 'steps')?.value, 'steps')).map((s) => (isMap(s) ? (s as YMap) : undefined));
        for (const step of steps) {
          if (!step || !usesAction(r, step, 'docker/build-push-action')) continue;
          readBuildStep(r, step, steps, envOf(r, step, jobEnv), root, specs);
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

function readBuildStep(r: YamlReader, step: YMap, steps: (YMap | undefined)[], env: Map<string, string>, root: string, out: ImageBuildSpec[]): void {
  const withE: MapEntry | undefined = r.get(step, 'with');
  const w = withE ? r.map(withE.value, 'with') : undefined;
  const context = input(r, w, 'context', env);
  const file = input(r, w, 'file', env);
  if (!context.known || !file.known) return;
  const ctx = context.value ?? '.';
  if (ctx.includes('://') || ctx.startsWith('git@')) return;
  const at = (p: string) => {
    const j = posix.normalize(posix.join(root, p));
    return j.startsWith('./') ? j.slice(2) : j;
  };
  const contextPath = at(ctx);
  const dockerfile = file.value ? at(file.value) : posix.join(contextPath, 'Dockerfile');
  const args = new Map<string, string>();
  const argsIn = input(r, w, 'build-args', env);
  for (const line of argsIn.value !== undefined ? listInput(argsIn.value) : []) {
    const eq = line.indexOf('=');
    if (eq > 0) args.set(line.slice(0, eq), line.slice(eq + 1));
  }
  const target = input(r, w, 'target', env);
  const range: Range = r.range(step as unknown as ParsedNode);
  for (const image of imagesOf(r, w, steps, env)) {
    const spec: ImageBuildSpec = { image, dockerfile, context: contextPath, args, source: { kind: 'workflow', range } };
    if (target.value) spec.target = target.value;
    out.push(spec);
  }
}

/** The image references of a build step's `tags` (through docker/metadata-action's `images` when it names them). */
function imagesOf(r: YamlReader, w: YMap | undefined, steps: (YMap | undefined)[], env: Map<string, string>): string[] {
  const tags = r.entryStr(r.get(w, 'tags'), { what: 'tags' });
  if (!tags || tags.unknown) return [];
  const out: string[] = [];
  for (const tag of listInput(tags.value)) {
    const literal = expand(tag, env);
    if (literal !== undefined) {
      out.push(literal);
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
    const images = r.entryStr(r.get(mw ? r.map(mw.value, 'with') : undefined, 'images'), { what: 'images' });
    if (!images || images.unknown) continue;
    // One image per line (commas separate a line's attributes); a line with another expression is left out.
    for (const line of images.value.split('\n')) {
      const item = expand(line.trim(), metaEnv);
      if (!item) continue;
      // An item is a name, or `name=<image>,enable=…` attributes.
      const attrs = item.split(',').map((a) => a.trim());
      const named = attrs.find((a) => a.startsWith('name='));
      const image = named ? named.slice('name='.length) : attrs.length === 1 ? item : undefined;
      if (image) out.push(image);
    }
  }
  return out;
}
