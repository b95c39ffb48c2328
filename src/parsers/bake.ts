// docker-bake.hcl / docker-bake.json -> the images its targets build.
//
// The HCL syntax is read by src/parsers/hcl.ts, the JSON syntax (docker-bake.json, which bake reads by default too)
// by src/parsers/hcl-json.ts into the same blocks and attributes (readBake); evaluateBake reads both alike, for one
// file or for the files bake loads together (src/link/bake.ts groups them).
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

import type { ParseProblem, Range, SourceFile } from '../model/source.ts';
import type { BakeTarget } from '../model/workload.ts';
import { parseHcl, type HclAttribute, type HclBlock, type HclBody, type HclExpr } from './hcl.ts';
import { parseHclJson } from './hcl-json.ts';

/** The top-level blocks of a bake file, for its JSON syntax. */
const BAKE_BLOCKS: ReadonlySet<string> = new Set(['variable', 'target', 'group', 'function']);

/** Whether a bake file is in HCL's JSON syntax (bake decides by the `.json` suffix). */
export function isBakeJson(path: string): boolean {
  return path.toLowerCase().endsWith('.json');
}

/** A bake file as read: its blocks and attributes, before evaluation. */
export interface BakeSource {
  path: string;
  body: HclBody;
  problems: ParseProblem[];
}

/** Reads a bake file (HCL or JSON syntax) into blocks and attributes. The HCL parser must be initialised for HCL. */
export function readBake(file: SourceFile): BakeSource {
  const { body, problems } = isBakeJson(file.path) ? parseHclJson(file, BAKE_BLOCKS) : parseHcl(file);
  return { path: file.path, body, problems };
}

/**
 * The targets of bake files loaded together, in bake's order (the default files of a directory, src/link/bake.ts),
 * as bake merges them: blocks of one name are layers, a later one's attribute wins (`tags`, `context`,
 * `dockerfile`, `target`, `inherits` ...), `args` and `contexts` merge key by key; a variable's default is its last
 * one. One file alone is the same with one layer per name.
 */
export function evaluateBake(sources: readonly BakeSource[]): BakeTarget[] {
  const variables = new Map<string, HclExpr | undefined>();
  const layers = new Map<string, HclBlock[]>();
  for (const src of sources) {
    for (const b of src.body.blocks) {
      const label = b.labels[0]?.value;
      if (label === undefined) continue;
      if (b.type === 'variable') {
        const def = attr(b, 'default')?.expr;
        if (def || !variables.has(label)) variables.set(label, def);
      } else if (b.type === 'target') {
        const l = layers.get(label);
        if (l) l.push(b);
        else layers.set(label, [b]);
      }
    }
  }
  const ev = new Evaluator(variables);
  /** A target's own attribute: its last layer that sets it. */
  const own = (name: string, key: string): HclAttribute | undefined => {
    const l = layers.get(name) ?? [];
    for (let i = l.length - 1; i >= 0; i--) {
      const a = attr(l[i]!, key);
      if (a) return a;
    }
    return undefined;
  };

  const targets: BakeTarget[] = [];
  for (const [name, blocks] of layers) {
    const chain = inheritance(name, own, ev);
    const get = (key: string): HclAttribute | undefined => {
      for (const t of chain) {
        const a = own(t, key);
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
    const t: BakeTarget = { name, range: blocks[0]!.labels[0]!.range, tags: [], args: new Map(), contexts: new Map() };
    const tags = get('tags');
    if (tags) for (const item of ev.list(tags.expr)) if (item.value !== undefined && item.value !== '') t.tags.push({ value: item.value, range: item.range });
    const context = str('context');
    if (context) t.context = context;
    const dockerfile = str('dockerfile');
    if (dockerfile) t.dockerfile = dockerfile;
    const target = str('target');
    if (target) t.target = target;
    // args and contexts merge along the chain, farthest first, each target's layers in order: the target's own win.
    for (const link of [...chain].reverse()) {
      for (const layer of layers.get(link) ?? []) {
        for (const [key, value] of ev.entries(attr(layer, 'args'))) {
          if (value === undefined) t.args.delete(key);
          else t.args.set(key, value.value);
        }
        for (const [key, value] of ev.entries(attr(layer, 'contexts'))) {
          if (value === undefined) t.contexts.delete(key);
          else t.contexts.set(key, value);
        }
      }
    }
    targets.push(t);
  }
  return targets;
}

function attr(b: HclBlock, name: string): HclAttribute | undefined {
  return b.body.attributes.find((a) => a.name === name);
}

/** The target and the targets it inherits from, nearest first (`inherits = ["a", "b"]`: b's attributes win over a's). */
function inheritance(name: string, own: (name: string, key: string) => HclAttribute | undefined, ev: Evaluator): string[] {
  const out: string[] = [];
  const visit = (n: string, depth: number) => {
    if (out.includes(n) || depth > 16) return;
    out.push(n);
    const inh = own(n, 'inherits');
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
