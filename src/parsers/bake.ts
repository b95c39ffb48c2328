// docker-bake.hcl / docker-bake.json -> the images its targets build.
//
// The HCL syntax is read by src/parsers/hcl.ts, the JSON syntax (docker-bake.json, which bake reads by default too)
// by src/parsers/hcl-json.ts into the same blocks and attributes; what follows reads both alike.
// `target "<name>" { ... }` blocks: `tags` (the image references), `context` (relative to where `docker buildx
// bake` runs, default `.`), `dockerfile` (relative to the context, default `Dockerfile`), `target`, `args` and
// `contexts` (named build contexts);
// `inherits` copies the attributes a target does not set from the targets it names, in order. Values are evaluated
// as bake would with no environment: literals, `${name}` from `variable "<name>" { default = ... }`, lists through
// `compact()` and `concat()`; a value that needs anything else (a conditional, another function, a variable without
// a default) is not known, and a tag that is not known is left out. Targets with `dockerfile-inline` or a `matrix`
// are skipped (their Dockerfile or their name is not a file of the repository). Where the context is found (the
// bake file's directory, or the repository root when bake is run with `-f`) is decided when linking
// (src/link/bake.ts), which needs the repository.

import type { Range, SourceFile } from '../model/source.ts';
import type { BakeFile, BakeTarget } from '../model/workload.ts';
import { parseHcl, type HclAttribute, type HclBlock, type HclExpr } from './hcl.ts';
import { parseHclJson } from './hcl-json.ts';

/** The top-level blocks of a bake file, for its JSON syntax. */
const BAKE_BLOCKS: ReadonlySet<string> = new Set(['variable', 'target', 'group', 'function']);

/** Whether a bake file is in HCL's JSON syntax (bake decides by the `.json` suffix). */
export function isBakeJson(path: string): boolean {
  return path.toLowerCase().endsWith('.json');
}

export function parseBake(file: SourceFile): BakeFile {
  const { body, problems } = isBakeJson(file.path) ? parseHclJson(file, BAKE_BLOCKS) : parseHcl(file);
  const variables = new Map<string, HclExpr | undefined>();
  for (const b of body.blocks) {
    if (b.type !== 'variable' || !b.labels[0]) continue;
    variables.set(b.labels[0].value, attr(b, 'default')?.expr);
  }
  const ev = new Evaluator(variables);
  const blocks = new Map<string, HclBlock>();
  for (const b of body.blocks) if (b.type === 'target' && b.labels[0]) blocks.set(b.labels[0].value, b);

  const targets: BakeTarget[] = [];
  for (const [name, b] of blocks) {
    const chain = inheritance(name, blocks, ev);
    const get = (key: string): HclAttribute | undefined => {
      for (const t of chain) {
        const a = attr(t, key);
        if (a) return a;
      }
      return undefined;
    };
    if (get('dockerfile-inline') || get('matrix')) continue;
    const str = (key: string): { value: string; range: Range } | undefined => {
      const a = get(key);
      if (!a) return undefined;
      const v = ev.string(a.expr);
      return v === undefined ? undefined : { value: v, range: a.expr.range };
    };
    const t: BakeTarget = { name, range: b.labels[0]!.range, tags: [], args: new Map(), contexts: new Map() };
    const tags = get('tags');
    if (tags) for (const item of ev.list(tags.expr)) if (item.value !== undefined && item.value !== '') t.tags.push({ value: item.value, range: item.range });
    const context = str('context');
    if (context) t.context = context;
    const dockerfile = str('dockerfile');
    if (dockerfile) t.dockerfile = dockerfile;
    const target = str('target');
    if (target) t.target = target;
    // args and contexts merge along the chain: the target's own win.
    for (const link of [...chain].reverse()) {
      for (const [key, value] of ev.entries(attr(link, 'args'))) {
        if (value === undefined) t.args.delete(key);
        else t.args.set(key, value.value);
      }
      for (const [key, value] of ev.entries(attr(link, 'contexts'))) {
        if (value === undefined) t.contexts.delete(key);
        else t.contexts.set(key, value);
      }
    }
    targets.push(t);
  }
  return { file: file.path, targets, problems };
}

function attr(b: HclBlock, name: string): HclAttribute | undefined {
  return b.body.attributes.find((a) => a.name === name);
}

/** The target and the targets it inherits from, nearest first (`inherits = ["a", "b"]`: b's attributes win over a's). */
function inheritance(name: string, blocks: Map<string, HclBlock>, ev: Evaluator): HclBlock[] {
  const out: HclBlock[] = [];
  const visit = (n: string, depth: number) => {
    const b = blocks.get(n);
    if (!b || out.includes(b) || depth > 16) return;
    out.push(b);
    const inh = attr(b, 'inherits');
    if (inh?.expr.kind !== 'tuple') return;
    for (const p of ev.list(inh.expr).reverse()) if (p.value !== undefined) visit(p.value, depth + 1);
  };
  visit(name, 0);
  return out;
}

class Evaluator {
  private readonly evaluating = new Set<string>();
  constructor(private readonly variables: Map<string, HclExpr | undefined>) {}

  /** The entries of an object attribute (`args = { A = "1" }`) with known keys; a value not known is undefined. */
  *entries(a: HclAttribute | undefined): Generator<[string, { value: string; range: Range } | undefined]> {
    if (a?.expr.kind !== 'object') return;
    for (const e of a.expr.entries) {
      const key = e.key.kind === 'variable' ? e.key.name : this.string(e.key);
      if (key === undefined) continue;
      const value = this.string(e.value);
      yield [key, value === undefined ? undefined : { value, range: e.value.range }];
    }
  }

  /** The string value of an expression, or undefined when it is not known statically. */
  string(e: HclExpr): string | undefined {
    switch (e.kind) {
      case 'string': {
        let s = '';
        for (const p of e.parts) {
          if ('text' in p) s += p.text;
          else {
            const v = this.string(p.expr);
            if (v === undefined) return undefined;
            s += v;
          }
        }
        return s;
      }
      case 'number':
      case 'bool':
        return e.text;
      case 'null':
        return '';
      case 'variable': {
        if (!this.variables.has(e.name) || this.evaluating.has(e.name)) return undefined;
        const def = this.variables.get(e.name);
        if (!def) return undefined;
        this.evaluating.add(e.name);
        try {
          return this.string(def);
        } finally {
          this.evaluating.delete(e.name);
        }
      }
      default:
        return undefined;
    }
  }

  /** The items of a list expression (a tuple, `compact(...)`, `concat(...)`), each known or not. */
  list(e: HclExpr): { value: string | undefined; range: Range }[] {
    if (e.kind === 'tuple') return e.items.map((i) => ({ value: this.string(i), range: i.range }));
    if (e.kind === 'call' && e.name === 'compact' && e.args.length === 1) return this.list(e.args[0]!).filter((i) => i.value !== '');
    if (e.kind === 'call' && e.name === 'concat') return e.args.flatMap((a) => this.list(a));
    if (e.kind === 'variable' && this.variables.get(e.name) && !this.evaluating.has(e.name)) {
      this.evaluating.add(e.name);
      try {
        return this.list(this.variables.get(e.name)!);
      } finally {
        this.evaluating.delete(e.name);
      }
    }
    return [];
  }
}
