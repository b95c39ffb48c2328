// Structure-aware damage for the fuzzer (scripts/fuzz.ts): inputs that still parse, but hold what the readers behind
// the parsers do not expect. Text damage mostly gives the parsers' own errors; these reach the code that reads a
// parsed file:
//   - YAML (manifests, compose, kustomize, skaffold, config): a value replaced by one of another shape or type (a
//     string where a list goes, a map where a string goes, null, a number, a long or odd string, a tagged scalar), a
//     key renamed to another key of the file, an entry removed, a value copied from elsewhere in the file, an alias
//     to another node (an ancestor too: a cycle);
//   - Dockerfiles: an instruction's arguments replaced by odd but parseable ones, an instruction under another
//     keyword, an instruction moved or removed;
//   - shell scripts: a statement inserted that loops back (a function calling itself, the script sourcing or
//     exec'ing itself), empties or multiplies the arguments, or execs something odd.
// Each returns undefined when it has nothing to work on (a YAML file that does not parse, a Dockerfile with no
// instruction), and the caller falls back to text damage.

import { DockerfileParser } from 'dockerfile-ast';
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';

/** A source of random numbers in [0, 1) (the bench generator's rng(seed)). */
export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Rand, n: number): number => Math.floor(r() * n);

export interface Mutation {
  text: string;
  /** What was done, for the report. */
  what: string;
}

/** Values of every shape and of odd content, for YAML slots. */
const YAML_VALUES: unknown[] = [
  '', 'text', 0, -1, 65536, 3.5, true, false, null, [], {}, ['a', 1, null], { a: 'b' }, { name: 'X' },
  [{ name: 'X', value: { a: 1 } }], [{ name: 'OTEL_GO_AUTO_TARGET_EXE' }], 'x'.repeat(3000), '$(UNSET)', '${UNSET}',
  '$(', '/', '.', './', '..', '~', 'ko://', '*', '-', ':', '\n', 'a: b', '[a]', '"', '\u00e9\u{1F600}', '/bin/sh -c',
  ['/bin/sh', '-c'], ['sh', '-c', 'exec "$0" "$@"'], ['sh', '-c'], [['nested']], 'host', 'service:', 'container:x',
  'Dockerfile', '../../..', '/proc/self/exe', { valueFrom: { configMapKeyRef: { name: 'x' } } },
  { configMapKeyRef: { name: null, key: 7 } }, { dockerfile: 5, context: [] },
];

/** Tags that make a scalar something else, or that no schema knows. */
const TAGS = ['!!binary', '!!int', '!!str', '!!map', '!!seq', '!!null', '!Ref', '!Sub', '!!timestamp'];

interface Slot {
  where: string;
  /** The node there now (undefined for a pair without a value). */
  node: unknown;
  set(v: unknown): void;
  remove(): void;
  pair?: Pair;
}

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : '?';
}

/** Where a node is, as the keys and indexes leading to it. */
function describe(path: readonly unknown[], last: string): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const p = path[i];
    if (isPair(p)) out += `${out === '' ? '' : '.'}${keyText(p)}`;
    else if (isSeq(p)) {
      const child = path[i + 1];
      const at = child === undefined ? -1 : (p.items as unknown[]).indexOf(child);
      if (at >= 0) out += `[${at}]`;
    }
  }
  return last.startsWith('[') || out === '' ? `${out}${last}` : `${out}.${last}`;
}

function slotsOf(doc: Document): Slot[] {
  const out: Slot[] = [];
  visit(doc, {
    Pair(_key, pair, path) {
      const map = path[path.length - 1] as YAMLMap;
      out.push({
        where: describe(path, keyText(pair)),
        node: pair.value,
        pair,
        set: (v) => { pair.value = v; },
        remove: () => { map.items.splice(map.items.indexOf(pair), 1); },
      });
    },
    Seq(_key, seq, path) {
      seq.items.forEach((item, i) => {
        out.push({
          where: describe([...path, seq], `[${i}]`),
          node: item,
          set: (v) => { (seq as YAMLSeq<unknown>).items[i] = v; },
          remove: () => { seq.items.splice(i, 1); },
        });
      });
    },
  });
  return out;
}

/** A YAML file with one slot of one document changed; undefined when the text does not parse cleanly. */
export function mutateYaml(r: Rand, text: string): Mutation | undefined {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || docs.length === 0 || docs.some((d) => d.errors.length > 0)) return undefined;
  const doc = pick(r, docs);
  const slots = slotsOf(doc);
  if (slots.length === 0) return undefined;
  const slot = pick(r, slots);
  let what: string;
  switch (int(r, 8)) {
    case 0:
      slot.remove();
      what = `${slot.where} removed`;
      break;
    case 1: {
      const keys = slots.filter((s) => s.pair).map((s) => keyText(s.pair!));
      if (!slot.pair || keys.length === 0) return undefined;
      const k = pick(r, keys);
      slot.pair.key = doc.createNode(k);
      what = `${slot.where} renamed to ${k}`;
      break;
    }
    case 2: {
      const from = pick(r, slots);
      if (from.node === undefined || from.node === null) return undefined;
      slot.set((from.node as Node).clone());
      what = `${slot.where} set to a copy of ${from.where}`;
      break;
    }
    case 3: {
      // An alias to another node: an anchor is added to it. An ancestor makes a cycle.
      const to = pick(r, slots).node;
      if (!to || typeof to !== 'object' || !('range' in (to as object))) return undefined;
      try {
        slot.set(doc.createAlias(to as Parameters<typeof doc.createAlias>[0], 'a1'));
      } catch {
        return undefined;
      }
      what = `${slot.where} set to an alias`;
      break;
    }
    case 4: {
      if (!isScalar(slot.node)) return undefined;
      const tag = pick(r, TAGS);
      slot.node.tag = tag;
      what = `${slot.where} tagged ${tag}`;
      break;
    }
    default: {
      const v = pick(r, YAML_VALUES);
      slot.set(doc.createNode(v));
      what = `${slot.where} set to ${JSON.stringify(v)?.slice(0, 60)}`;
    }
  }
  try {
    return { text: docs.map((d) => d.toString()).join(''), what };
  } catch {
    // The library will not write some of these (an alias it cannot resolve): nothing to test.
    return undefined;
  }
}

const KEYWORDS = ['FROM', 'ARG', 'ENV', 'WORKDIR', 'COPY', 'ADD', 'RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'USER', 'LABEL', 'ONBUILD', 'HEALTHCHECK', 'EXPOSE', 'VOLUME', 'STOPSIGNAL'];

/** Arguments every instruction parses, and that few mean anything sensible with. */
const DOCKER_ARGS = [
  '', '[]', '[1, {}]', '["/x",]', '["a" "b"]', '[""]', '["sh", "-c"]', '["sh", "-c", ""]', '["tini", "--"]', '["/entrypoint.sh"]',
  '--from= /a /b', '--from=0 /a /b', '--from=nonexistent /a /b', '--from=${UNSET} /a /b', '--chmod=xyz a b', '--link --parents a/ b/',
  '$UNSET', '${X:-${Y:-z}}', '${X:?err}', '${X/a/b}', '${X', '<<EOF', '<<-"EOF"\nx\nEOF', 'a=b c=d e', '"a b"=c', '=x',
  '--mount=type=cache,target=/x go build -o /y ./...', 'go build -o', 'go build -o "" .', 'go install', 'GOBIN= go install ./...',
  'ln -s /a /a', 'ln -s a b c', 'cp -r . .', 'mv / /x', 'AS', 'a AS b AS c', 'scratch', '--platform= scratch', '\\',
  '"unterminated', 'exec', 'sh -c', 'exec "$@"', '/', '.', '..', 'x'.repeat(3000),
];

/** A Dockerfile with one instruction changed; undefined when it has no instruction. */
export function mutateDockerfile(r: Rand, text: string): Mutation | undefined {
  const instructions = DockerfileParser.parse(text).getInstructions();
  if (instructions.length === 0) return undefined;
  const ins = pick(r, instructions);
  const lines = text.split('\n');
  const first = ins.getRange().start.line;
  const last = ins.getRange().end.line;
  const keyword = ins.getKeyword();
  const replace = (newLines: string[]): string => [...lines.slice(0, first), ...newLines, ...lines.slice(last + 1)].join('\n');
  switch (int(r, 5)) {
    case 0:
      return { text: replace([]), what: `${keyword} at line ${first + 1} removed` };
    case 1: {
      const k = pick(r, KEYWORDS);
      const args = ins.getArgumentsContent() ?? '';
      return { text: replace([`${k} ${args}`]), what: `${keyword} at line ${first + 1} made ${k}` };
    }
    case 2: {
      // Moved: before another instruction (into another stage, before the first FROM).
      const to = pick(r, instructions).getRange().start.line;
      const own = lines.slice(first, last + 1);
      const rest = [...lines.slice(0, first), ...lines.slice(last + 1)];
      const at = to > last ? to - own.length : to;
      rest.splice(Math.max(0, at), 0, ...own);
      return { text: rest.join('\n'), what: `${keyword} at line ${first + 1} moved to line ${at + 1}` };
    }
    default: {
      const args = pick(r, DOCKER_ARGS);
      return { text: replace([`${keyword} ${args}`]), what: `${keyword} at line ${first + 1} given ${JSON.stringify(args.slice(0, 60))}` };
    }
  }
}

/** Statements that loop back, or leave a script's inference little to go on. */
const SHELL_STATEMENTS = [
  'exec', 'exec ""', 'exec "$@" "$@"', 'set --', 'set -- "$@" "$@"', 'set -- "$@" "$@" "$@" "$@"', 'shift 99', 'shift', 'eval "$X"',
  '. ./nonexistent.sh', '. "$0"', 'source "$0"', '. /entrypoint.sh', 'exec "$0" "$@"', 'exec sh "$0" "$@"', 'exec $(cat x)',
  'f() { f "$@"; }; f "$@"', 'f() { g; }; g() { f; }; f', 'while true; do :; done', 'exec "${@:-/bin/sh}"', 'exec ${CMD:+$CMD}',
  'cd ..', 'cd /', 'cd', 'PATH=', 'export PATH=$PATH:.', 'PATH=.:$PATH', 'exec -a name /x', 'exec 3>&1', 'trap "exec /x" EXIT',
  'case $1 in *) exec "$@";; esac', 'exec -- "$@"', 'exec env -i "$@"', 'exec tini -- "$0"', 'set -- $(echo)', 'IFS=/; set -- $PWD',
  'alias exec=echo', 'unset PATH', 'readonly PATH=/nowhere', 'exec {fd}>&1', 'exec "${0%/*}/$(basename "$0")"',
  // Loops that run round by round while their condition holds, and grow their state each round.
  'X=a; while [ -n "$X" ]; do X="$X$X"; done', 'while [ $# -gt 0 ]; do set -- "$@" "$@"; done', 'while [ $# -gt 0 ]; do shift; done',
  'until [ -z "$1" ]; do exec "$@"; done', 'while [ -n "$1" ]; do case "$1" in -*) shift;; *) break;; esac; done',
];

/** A script with a statement inserted at a line boundary. */
export function mutateScript(r: Rand, text: string): Mutation {
  const lines = text.split('\n');
  // After the shebang, so the script stays one.
  const at = 1 + int(r, Math.max(1, lines.length));
  const s = pick(r, SHELL_STATEMENTS);
  lines.splice(Math.min(at, lines.length), 0, s);
  return { text: lines.join('\n'), what: `${JSON.stringify(s)} inserted before line ${at + 1}` };
}
