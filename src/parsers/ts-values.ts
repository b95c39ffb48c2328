// Static values of TypeScript / JavaScript expressions, for the cdk8s and Pulumi manifest parser.
//
// `Program` wraps one parsed file (a typescript-estree AST with parent pointers) and evaluates expressions to a
// `Value` without running anything: literals, template literals and `+` over constants, object and array literals
// (with spreads), `const` bindings (also destructured), `as const` / `satisfies` / `!`, enum members, and constants
// imported from sibling files. References to imported modules stay symbolic (`kplus.EnvValue.fromValue` is the symbol
// `cdk8s-plus-31` + ['EnvValue', 'fromValue']), so the caller can recognise library calls and constructors.
// Everything computed at run time (parameters, `let`, function results, `process.env`, mutated objects) is
// `unknown`, with the range of the expression: the caller never builds a finding on it.
//
// Every known primitive keeps the range of the literal token that holds it (quotes included; for a template literal
// the whole template), which can be in a sibling file (Range.file says which).

import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { LineIndex } from '../model/source.ts';
import type { Range } from '../model/source.ts';

type Node = TSESTree.Node;

/** A module-relative reference: `module` is the import specifier as written, `path` the member chain below it. */
export interface SymbolRef {
  module: string;
  path: string[];
}

export interface Prop {
  key: string;
  /** Range of the key as written at the place that defines it (identifier, string literal, computed expression). */
  keyRange: Range;
  value: Value;
  /** The whole `key: value` property. */
  range: Range;
}

export interface ObjectValue {
  kind: 'object';
  props: Map<string, Prop>;
  range: Range;
  /** Spreads, computed keys or accessors whose contents are unknown: more keys may exist than `props` shows. */
  unresolved: Range[];
}

export interface ArrayValue {
  kind: 'array';
  /** Items in order; an unknown spread appears as one `unknown` item at its position. */
  items: Value[];
  range: Range;
  /** Spreads whose contents are unknown. */
  unresolved: Range[];
}

export type Value =
  | { kind: 'string'; value: string; range: Range }
  | { kind: 'number'; value: number; range: Range }
  | { kind: 'boolean'; value: boolean; range: Range }
  | { kind: 'null'; range: Range }
  | { kind: 'undefined'; range: Range }
  | ObjectValue
  | ArrayValue
  /** An imported module or one of its members (not evaluated: libraries are never loaded). */
  | { kind: 'symbol'; symbol: SymbolRef; range: Range }
  /** A call of a symbol, e.g. `kplus.EnvValue.fromValue('/server')`. */
  | { kind: 'call'; symbol: SymbolRef; args: Value[]; range: Range; node: TSESTree.CallExpression; text: string }
  /** `new` of a symbol, e.g. `new kplus.ConfigMap(this, 'cfg', {...})`; `node` identifies the object. */
  | { kind: 'instance'; symbol: SymbolRef; args: Value[]; range: Range; node: TSESTree.NewExpression; text: string }
  /** A sibling module's namespace (`import * as C from './constants'`). */
  | { kind: 'module'; program: Program; range: Range }
  | { kind: 'unknown'; range: Range; text: string };

/** How a name is bound at a place in the file. */
type Binding =
  | { kind: 'const'; declarator: TSESTree.VariableDeclarator; steps: PatternStep[] }
  | { kind: 'import'; module: string; name: string }
  | { kind: 'enum'; node: TSESTree.TSEnumDeclaration }
  | { kind: 'opaque' };

type PatternStep =
  | { kind: 'prop'; key: string | undefined; fallback?: TSESTree.Expression }
  | { kind: 'index'; index: number; fallback?: TSESTree.Expression }
  | { kind: 'rest' };

/** Loads sibling modules for `import ... from './x'` (shared by all Programs of one parse call). */
export interface ModuleHost {
  load(fromFile: string, specifier: string): Program | undefined;
}

/** Array and collection methods that change their receiver: a `const` receiving one is no longer a constant. */
const MUTATORS = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'set',
  'delete',
  'clear',
  'add',
]);

const MAX_DEPTH = 200;
const MAX_TEXT = 200;

/** A module specifier that names a relative file (a sibling), not a package. */
export function isRelativeSpecifier(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..';
}

/** cdk8s-generated bindings (`./imports/k8s`, `../imports/opentelemetry.io`): symbolic, never loaded as siblings. */
export function isCdk8sImportsSpecifier(spec: string): boolean {
  const parts = spec.split('/');
  return parts.length >= 2 && parts[parts.length - 2] === 'imports';
}

export class Program {
  readonly lines: LineIndex;
  private readonly scopes = new Map<Node, Map<string, Binding>>();
  private readonly mutated = new Set<Binding>();
  private readonly memo = new Map<Node, Value>();
  private readonly inProgress = new Set<Node>();
  private readonly bindingMemo = new Map<Binding, Value>();
  private depth = 0;
  /**
   * Members of objects the program creates (`cm.name` of `const cm = new KubeConfigMap(...)`): the caller knows
   * what the constructed object holds; undefined means unknown.
   */
  instanceMember: ((node: TSESTree.NewExpression, key: string, at: Range) => Value | undefined) | undefined;

  /** `ast` must have parent pointers (typescript-estree `simpleTraverse(ast, ..., true)`). */
  constructor(
    readonly file: string,
    readonly text: string,
    readonly ast: TSESTree.Program,
    private readonly host: ModuleHost | undefined,
    /** Visits every node of the tree in source order (typescript-estree's simpleTraverse, injected). */
    private readonly walk: (root: Node, visit: (node: Node) => void) => void,
  ) {
    this.lines = new LineIndex(text);
    this.markMutations();
  }

  range(node: Node | { range: [number, number] }): Range {
    return this.lines.range(this.file, node.range[0], node.range[1]);
  }

  rangeOf(start: number, end: number): Range {
    return this.lines.range(this.file, start, end);
  }

  textOf(node: Node): string {
    const t = this.text.slice(node.range[0], node.range[1]);
    return t.length > MAX_TEXT ? t.slice(0, MAX_TEXT) + '…' : t;
  }

  private unknown(node: Node): Value {
    return { kind: 'unknown', range: this.range(node), text: this.textOf(node) };
  }

  /** Every node in source order. */
  forEachNode(visit: (node: Node) => void): void {
    this.walk(this.ast, visit);
  }

  // ---- scopes ----

  private static isScope(n: Node): boolean {
    switch (n.type) {
      case 'Program':
      case 'BlockStatement':
      case 'StaticBlock':
      case 'SwitchStatement':
      case 'TSModuleBlock':
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'CatchClause':
      case 'ClassDeclaration':
      case 'ClassExpression':
        return true;
      default:
        return false;
    }
  }

  private declarations(scope: Node): Map<string, Binding> {
    let m = this.scopes.get(scope);
    if (m) return m;
    m = new Map();
    this.scopes.set(scope, m);
    const opaque = (id: Node | null | undefined): void => {
      if (id) for (const name of patternNames(id)) if (!m!.has(name)) m!.set(name, { kind: 'opaque' });
    };
    const statements = (list: readonly Node[]): void => {
      for (const s of list) this.declareStatement(s, m!, opaque);
    };
    switch (scope.type) {
      case 'Program':
      case 'BlockStatement':
      case 'StaticBlock':
      case 'TSModuleBlock':
        statements(scope.body);
        break;
      case 'SwitchStatement':
        for (const c of scope.cases) statements(c.consequent);
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        for (const p of scope.params) opaque(p);
        if (scope.type === 'FunctionExpression') opaque(scope.id);
        break;
      case 'ForStatement':
        if (scope.init?.type === 'VariableDeclaration') for (const d of scope.init.declarations) opaque(d.id);
        break;
      case 'ForInStatement':
      case 'ForOfStatement':
        if (scope.left.type === 'VariableDeclaration') for (const d of scope.left.declarations) opaque(d.id);
        break;
      case 'CatchClause':
        opaque(scope.param);
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        opaque(scope.id);
        break;
    }
    return m;
  }

  private declareStatement(s: Node, m: Map<string, Binding>, opaque: (id: Node | null | undefined) => void): void {
    switch (s.type) {
      case 'ExportNamedDeclaration':
        if (s.declaration) this.declareStatement(s.declaration, m, opaque);
        return;
      case 'ExportDefaultDeclaration':
        if (s.declaration.type === 'FunctionDeclaration' || s.declaration.type === 'ClassDeclaration') opaque(s.declaration.id);
        return;
      case 'VariableDeclaration':
        for (const d of s.declarations) {
          if (s.kind === 'const') {
            for (const [name, steps] of patternBindings(d.id, this)) if (!m.has(name)) m.set(name, { kind: 'const', declarator: d, steps });
          } else opaque(d.id);
        }
        return;
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
      case 'TSDeclareFunction':
        opaque(s.id);
        return;
      case 'TSEnumDeclaration':
        m.set(s.id.name, { kind: 'enum', node: s });
        return;
      case 'TSModuleDeclaration':
        if (s.id.type === 'Identifier') opaque(s.id);
        return;
      case 'ImportDeclaration':
        if (s.importKind === 'type') return;
        for (const sp of s.specifiers) {
          if (sp.type === 'ImportNamespaceSpecifier') m.set(sp.local.name, { kind: 'import', module: s.source.value, name: '*' });
          else if (sp.type === 'ImportDefaultSpecifier') m.set(sp.local.name, { kind: 'import', module: s.source.value, name: 'default' });
          else if (sp.importKind !== 'type') {
            const imported = sp.imported.type === 'Identifier' ? sp.imported.name : String(sp.imported.value);
            m.set(sp.local.name, { kind: 'import', module: s.source.value, name: imported });
          }
        }
        return;
      case 'TSImportEqualsDeclaration':
        if (s.moduleReference.type === 'TSExternalModuleReference' && s.moduleReference.expression.type === 'Literal') {
          m.set(s.id.name, { kind: 'import', module: String(s.moduleReference.expression.value), name: '*' });
        } else opaque(s.id);
        return;
      default:
        return;
    }
  }

  /** The binding an identifier refers to at its place, or undefined for a global. */
  private resolve(id: TSESTree.Identifier): Binding | undefined {
    let cur: Node | undefined = id.parent;
    while (cur) {
      if (Program.isScope(cur)) {
        const b = this.declarations(cur).get(id.name);
        if (b) return b;
      }
      cur = cur.parent;
    }
    return undefined;
  }

  /** Binding of a top-level name (for exports). */
  private resolveTopLevel(name: string): Binding | undefined {
    return this.declarations(this.ast).get(name);
  }

  /** The node a `const` identifier is initialised with (`const dep = new X()` -> the NewExpression), if any. */
  initializerOf(id: TSESTree.Identifier): Node | undefined {
    const b = this.resolve(id);
    if (b?.kind === 'const' && b.steps.length === 0) return b.declarator.init ?? undefined;
    return undefined;
  }

  private markMutations(): void {
    const mark = (e: Node): void => {
      let cur: Node = e;
      for (let i = 0; i < 50; i++) {
        if (cur.type === 'MemberExpression') cur = cur.object;
        else if (cur.type === 'TSNonNullExpression' || cur.type === 'TSAsExpression' || cur.type === 'TSSatisfiesExpression') cur = cur.expression;
        else if (cur.type === 'ChainExpression') cur = cur.expression;
        else break;
      }
      if (cur.type === 'Identifier') {
        const b = this.resolve(cur);
        if (b) this.mutated.add(b);
      }
    };
    this.forEachNode((n) => {
      if (n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression') mark(n.left);
      else if (n.type === 'UpdateExpression' && n.argument.type === 'MemberExpression') mark(n.argument);
      else if (n.type === 'UnaryExpression' && n.operator === 'delete') mark(n.argument);
      else if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression') {
        const c = n.callee;
        const prop = !c.computed && c.property.type === 'Identifier' ? c.property.name : undefined;
        if (prop && MUTATORS.has(prop)) mark(c.object);
        if (
          c.object.type === 'Identifier' &&
          (c.object.name === 'Object' || c.object.name === 'Reflect') &&
          prop &&
          ['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf', 'set', 'deleteProperty'].includes(prop) &&
          n.arguments[0]
        ) {
          mark(n.arguments[0]);
        }
      }
    });
  }

  // ---- evaluation ----

  evaluate(node: Node): Value {
    const cached = this.memo.get(node);
    if (cached) return cached;
    if (this.inProgress.has(node) || this.depth > MAX_DEPTH) return this.unknown(node);
    this.inProgress.add(node);
    this.depth++;
    try {
      const v = this.evaluateUncached(node);
      this.memo.set(node, v);
      return v;
    } finally {
      this.depth--;
      this.inProgress.delete(node);
    }
  }

  private evaluateUncached(node: Node): Value {
    const range = this.range(node);
    switch (node.type) {
      case 'Literal': {
        const v = node.value;
        if (typeof v === 'string') return { kind: 'string', value: v, range };
        if (typeof v === 'number') return { kind: 'number', value: v, range };
        if (typeof v === 'boolean') return { kind: 'boolean', value: v, range };
        if (v === null && !('regex' in node) && !('bigint' in node)) return { kind: 'null', range };
        return this.unknown(node);
      }
      case 'TemplateLiteral': {
        let s = '';
        for (let i = 0; i < node.quasis.length; i++) {
          const cooked = node.quasis[i]!.value.cooked;
          if (cooked === null || cooked === undefined) return this.unknown(node);
          s += cooked;
          const e = node.expressions[i];
          if (e) {
            const p = primitiveText(this.evaluate(e));
            if (p === undefined) return this.unknown(node);
            s += p;
          }
        }
        return { kind: 'string', value: s, range };
      }
      case 'BinaryExpression': {
        if (node.operator !== '+') return this.unknown(node);
        const l = this.evaluate(node.left);
        const r = this.evaluate(node.right);
        if (l.kind === 'number' && r.kind === 'number') return { kind: 'number', value: l.value + r.value, range };
        if (l.kind === 'string' || r.kind === 'string') {
          const a = primitiveText(l);
          const b = primitiveText(r);
          if (a !== undefined && b !== undefined) return { kind: 'string', value: a + b, range };
        }
        return this.unknown(node);
      }
      case 'UnaryExpression': {
        const a = this.evaluate(node.argument);
        if (node.operator === '-' && a.kind === 'number') return { kind: 'number', value: -a.value, range };
        if (node.operator === '+' && a.kind === 'number') return { kind: 'number', value: a.value, range };
        if (node.operator === '!' && (a.kind === 'boolean' || a.kind === 'number' || a.kind === 'string')) {
          return { kind: 'boolean', value: !a.value, range };
        }
        if (node.operator === 'void') return { kind: 'undefined', range };
        return this.unknown(node);
      }
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
      case 'ChainExpression':
        return this.evaluate(node.expression);
      case 'Identifier': {
        const b = this.resolve(node);
        if (!b) {
          if (node.name === 'undefined') return { kind: 'undefined', range };
          return this.unknown(node);
        }
        return this.evaluateBinding(b, node);
      }
      case 'MemberExpression': {
        if (node.object.type === 'Super') return this.unknown(node);
        const obj = this.evaluate(node.object);
        let key: string | undefined;
        if (!node.computed) key = node.property.type === 'Identifier' ? node.property.name : undefined;
        else {
          const k = this.evaluate(node.property);
          if (k.kind === 'string') key = k.value;
          else if (k.kind === 'number') key = String(k.value);
        }
        if (key === undefined) return this.unknown(node);
        return this.member(obj, key, node);
      }
      case 'ObjectExpression':
        return this.objectLiteral(node);
      case 'ArrayExpression': {
        const items: Value[] = [];
        const unresolved: Range[] = [];
        for (const el of node.elements) {
          if (el === null) items.push({ kind: 'undefined', range });
          else if (el.type === 'SpreadElement') {
            const v = this.evaluate(el.argument);
            if (v.kind === 'array') {
              items.push(...v.items);
              unresolved.push(...v.unresolved);
            } else {
              items.push(this.unknown(el));
              unresolved.push(this.range(el));
            }
          } else items.push(this.evaluate(el));
        }
        return { kind: 'array', items, range, unresolved };
      }
      case 'CallExpression': {
        const callee = node.callee;
        // require('x') (CommonJS programs).
        if (callee.type === 'Identifier' && callee.name === 'require' && !this.resolve(callee) && node.arguments.length === 1) {
          const a = node.arguments[0]!;
          if (a.type === 'Literal' && typeof a.value === 'string') return this.importValue(a.value, '*', range);
        }
        // Object.freeze(x) is x.
        if (
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'Object' &&
          !this.resolve(callee.object) &&
          !callee.computed &&
          callee.property.type === 'Identifier' &&
          callee.property.name === 'freeze' &&
          node.arguments[0] &&
          node.arguments[0].type !== 'SpreadElement'
        ) {
          return this.evaluate(node.arguments[0]);
        }
        const c = this.evaluate(callee);
        if (c.kind === 'symbol') return { kind: 'call', symbol: c.symbol, args: this.args(node.arguments), range, node, text: this.textOf(node) };
        return this.unknown(node);
      }
      case 'NewExpression': {
        const c = this.evaluate(node.callee);
        if (c.kind === 'symbol') return { kind: 'instance', symbol: c.symbol, args: this.args(node.arguments), range, node, text: this.textOf(node) };
        return this.unknown(node);
      }
      default:
        return this.unknown(node);
    }
  }

  private args(list: TSESTree.CallExpressionArgument[]): Value[] {
    const out: Value[] = [];
    for (const a of list) {
      if (a.type === 'SpreadElement') {
        out.push(this.unknown(a));
        break;
      }
      out.push(this.evaluate(a));
    }
    return out;
  }

  private member(obj: Value, key: string, node: Node): Value {
    switch (obj.kind) {
      case 'object': {
        const p = obj.props.get(key);
        if (p) return p.value;
        if (obj.unresolved.length > 0) return this.unknown(node);
        return { kind: 'undefined', range: this.range(node) };
      }
      case 'array': {
        if (!/^(0|[1-9][0-9]*)$/.test(key)) return this.unknown(node);
        if (obj.unresolved.length > 0) return this.unknown(node);
        return obj.items[Number(key)] ?? { kind: 'undefined', range: this.range(node) };
      }
      case 'symbol':
        return { kind: 'symbol', symbol: { module: obj.symbol.module, path: [...obj.symbol.path, key] }, range: this.range(node) };
      case 'module':
        return obj.program.exportValue(key) ?? this.unknown(node);
      case 'instance':
        return this.instanceMember?.(obj.node, key, this.range(node)) ?? this.unknown(node);
      default:
        return this.unknown(node);
    }
  }

  private objectLiteral(node: TSESTree.ObjectExpression): ObjectValue {
    const props = new Map<string, Prop>();
    const unresolved: Range[] = [];
    for (const p of node.properties) {
      if (p.type === 'SpreadElement') {
        const v = this.evaluate(p.argument);
        if (v.kind === 'object') {
          if (v.unresolved.length > 0) this.overridable(props);
          for (const [k, sp] of v.props) {
            props.delete(k);
            props.set(k, sp);
          }
          unresolved.push(...v.unresolved);
        } else if (v.kind !== 'undefined' && v.kind !== 'null') {
          unresolved.push(this.range(p));
          this.overridable(props);
        }
        continue;
      }
      let key: string | undefined;
      if (!p.computed) {
        if (p.key.type === 'Identifier') key = p.key.name;
        else if (p.key.type === 'Literal') key = String(p.key.value);
      } else {
        const k = this.evaluate(p.key);
        if (k.kind === 'string') key = k.value;
        else if (k.kind === 'number') key = String(k.value);
      }
      if (key === undefined) {
        unresolved.push(this.range(p));
        this.overridable(props);
        continue;
      }
      const value: Value =
        p.kind === 'init' && !p.method && p.value.type !== 'AssignmentPattern' && p.value.type !== 'TSEmptyBodyFunctionExpression'
          ? this.evaluate(p.value)
          : this.unknown(p);
      props.delete(key);
      props.set(key, { key, keyRange: this.range(p.key), value, range: this.range(p) });
    }
    return { kind: 'object', props, range: this.range(node), unresolved };
  }

  /** Properties written before an unknown spread may be overwritten by it: their values become unknown. */
  private overridable(props: Map<string, Prop>): void {
    for (const [k, p] of props) {
      if (p.value.kind !== 'unknown') props.set(k, { ...p, value: { kind: 'unknown', range: p.value.range, text: '' } });
    }
  }

  private evaluateBinding(b: Binding, at: Node): Value {
    switch (b.kind) {
      case 'opaque':
        return this.unknown(at);
      case 'import': {
        const v = this.importValue(b.module, b.name, this.range(at));
        return v.kind === 'unknown' ? this.unknown(at) : v;
      }
      case 'enum':
        return this.enumValue(b.node);
      case 'const': {
        let v = this.bindingMemo.get(b);
        if (!v) {
          const d = b.declarator;
          v = d.init ? this.evaluate(d.init) : { kind: 'undefined', range: this.range(d) };
          for (const step of b.steps) v = this.step(v, step, d);
          this.bindingMemo.set(b, v);
        }
        // A constant object or array that the program changes later is not a constant.
        if (this.mutated.has(b) && (v.kind === 'object' || v.kind === 'array')) return this.unknown(at);
        return v;
      }
    }
  }

  private step(v: Value, s: PatternStep, at: Node): Value {
    if (s.kind === 'rest') return this.unknown(at);
    let out: Value;
    if (s.kind === 'prop') out = s.key === undefined ? this.unknown(at) : this.member(v, s.key, at);
    else out = this.member(v, String(s.index), at);
    if (out.kind === 'undefined' && s.fallback) return this.evaluate(s.fallback);
    return out;
  }

  private enumValue(e: TSESTree.TSEnumDeclaration): Value {
    const cached = this.memo.get(e);
    if (cached) return cached;
    const props = new Map<string, Prop>();
    const unresolved: Range[] = [];
    let next: number | undefined = 0;
    const members = e.body?.members ?? (e as unknown as { members: TSESTree.TSEnumMember[] }).members ?? [];
    for (const m of members) {
      const key = m.id.type === 'Identifier' ? m.id.name : m.id.type === 'Literal' ? String(m.id.value) : undefined;
      if (key === undefined) {
        unresolved.push(this.range(m));
        continue;
      }
      let value: Value;
      if (m.initializer) {
        value = this.evaluate(m.initializer);
        next = value.kind === 'number' ? value.value + 1 : undefined;
      } else if (next !== undefined) {
        value = { kind: 'number', value: next, range: this.range(m) };
        next++;
      } else value = this.unknown(m);
      props.set(key, { key, keyRange: this.range(m.id), value, range: this.range(m) });
    }
    const v: ObjectValue = { kind: 'object', props, range: this.range(e), unresolved };
    this.memo.set(e, v);
    return v;
  }

  private importValue(module: string, name: string, range: Range): Value {
    if (isRelativeSpecifier(module) && !isCdk8sImportsSpecifier(module)) {
      const prog = this.host?.load(this.file, module);
      if (!prog) return { kind: 'unknown', range, text: module };
      if (name === '*') return { kind: 'module', program: prog, range };
      return prog.exportValue(name) ?? { kind: 'unknown', range, text: name };
    }
    // Packages (and cdk8s-generated imports): symbolic. A default import of a CommonJS package is the package.
    return { kind: 'symbol', symbol: { module, path: name === '*' || name === 'default' ? [] : [name] }, range };
  }

  /** The value a module exports under `name` (`default` for the default export), or undefined if not found. */
  exportValue(name: string, seen = new Set<string>()): Value | undefined {
    if (seen.has(name)) return undefined;
    seen.add(name);
    for (const s of this.ast.body) {
      if (s.type === 'ExportNamedDeclaration') {
        if (s.declaration) {
          if (s.declaration.type === 'VariableDeclaration' || s.declaration.type === 'TSEnumDeclaration') {
            const b = this.resolveTopLevel(name);
            const declares =
              s.declaration.type === 'TSEnumDeclaration'
                ? s.declaration.id.name === name
                : s.declaration.declarations.some((d) => patternNames(d.id).includes(name));
            if (b && declares) return this.evaluateBinding(b, s.declaration);
          }
          continue;
        }
        for (const sp of s.specifiers) {
          const exported = sp.exported.type === 'Identifier' ? sp.exported.name : String(sp.exported.value);
          if (exported !== name) continue;
          const local = sp.local.type === 'Identifier' ? sp.local.name : String(sp.local.value);
          if (s.source) return this.importValue(s.source.value, local, this.range(sp));
          const b = this.resolveTopLevel(local);
          return b ? this.evaluateBinding(b, sp) : undefined;
        }
      } else if (s.type === 'ExportDefaultDeclaration' && name === 'default') {
        const d = s.declaration;
        if (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration' || d.type === 'TSDeclareFunction') return this.unknown(d);
        return this.evaluate(d);
      }
    }
    for (const s of this.ast.body) {
      if (s.type === 'ExportAllDeclaration' && s.exported === null && isRelativeSpecifier(s.source.value)) {
        const prog = this.host?.load(this.file, s.source.value);
        const v = prog?.exportValue(name);
        if (v) return v;
      }
    }
    return undefined;
  }
}

/** The string a primitive contributes to a template literal or `+`, or undefined if it is not a known primitive. */
function primitiveText(v: Value): string | undefined {
  switch (v.kind) {
    case 'string':
      return v.value;
    case 'number':
    case 'boolean':
      return String(v.value);
    case 'null':
      return 'null';
    case 'undefined':
      return 'undefined';
    default:
      return undefined;
  }
}

/** Names a binding pattern declares. */
function patternNames(p: Node): string[] {
  return patternBindings(p, undefined).map(([n]) => n);
}

/** Names a binding pattern declares, each with the steps that take the initialiser to its value. */
function patternBindings(p: Node, prog: Program | undefined, steps: PatternStep[] = []): [string, PatternStep[]][] {
  switch (p.type) {
    case 'Identifier':
      return [[p.name, steps]];
    case 'AssignmentPattern': {
      const last = steps[steps.length - 1];
      const withFallback: PatternStep[] =
        last && last.kind !== 'rest' ? [...steps.slice(0, -1), { ...last, fallback: p.right }] : steps;
      return patternBindings(p.left, prog, withFallback);
    }
    case 'ObjectPattern': {
      const out: [string, PatternStep[]][] = [];
      for (const prop of p.properties) {
        if (prop.type === 'RestElement') out.push(...patternBindings(prop.argument, prog, [...steps, { kind: 'rest' }]));
        else {
          let key: string | undefined;
          if (!prop.computed) key = prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : undefined;
          else if (prop.key.type === 'Literal') key = String(prop.key.value);
          out.push(...patternBindings(prop.value, prog, [...steps, { kind: 'prop', key }]));
        }
      }
      return out;
    }
    case 'ArrayPattern': {
      const out: [string, PatternStep[]][] = [];
      p.elements.forEach((el, i) => {
        if (!el) return;
        if (el.type === 'RestElement') out.push(...patternBindings(el.argument, prog, [...steps, { kind: 'rest' }]));
        else out.push(...patternBindings(el, prog, [...steps, { kind: 'index', index: i }]));
      });
      return out;
    }
    case 'RestElement':
      return patternBindings(p.argument, prog, [...steps, { kind: 'rest' }]);
    case 'TSParameterProperty':
      return patternBindings(p.parameter, prog, steps);
    default:
      return [];
  }
}
