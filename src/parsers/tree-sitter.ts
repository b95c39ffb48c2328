// The tree-sitter runtime (web-tree-sitter, WASM) shared by the grammars the linter loads: bash for scripts and RUN
// lines (src/parsers/shell.ts), HCL for docker-bake files (src/parsers/hcl.ts). Each grammar is loaded on first use.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { Language, Parser as TSParser } from 'web-tree-sitter';

/** A file shipped next to this module (the esbuild bundle copies the .wasm files next to dist/linter.cjs), else the package's. */
export function locate(fileName: string, packagePath: string): string {
  try {
    const local = new URL(`./${fileName}`, import.meta.url);
    if (local.protocol === 'file:') {
      const p = fileURLToPath(local);
      if (existsSync(p)) return p;
    }
  } catch {
    // fall through to node_modules
  }
  return createRequire(import.meta.url).resolve(packagePath);
}

let runtime: Promise<typeof import('web-tree-sitter')> | undefined;

/** Loads and initialises web-tree-sitter once. */
function initRuntime(): Promise<typeof import('web-tree-sitter')> {
  if (!runtime) {
    const p = (async () => {
      // Without this, V8 tiers the WASM module up in the background and Node waits ~500 ms for it at exit.
      v8.setFlagsFromString('--liftoff-only');
      const ts = await import('web-tree-sitter');
      await ts.Parser.init({ locateFile: (name: string) => locate(name, `web-tree-sitter/${name}`) });
      return ts;
    })();
    runtime = p;
    p.catch(() => {
      if (runtime === p) runtime = undefined;
    });
  }
  return runtime;
}

/**
 * A parser for one grammar (`wasm`: the grammar's file name, shipped next to the bundle; `packagePath`: the same file
 * in its npm package), and whether the runtime reports UTF-16 indices for string input (web-tree-sitter 0.2x does;
 * older builds reported UTF-8 bytes).
 */
export async function loadGrammar(wasm: string, packagePath: string): Promise<{ parser: TSParser; language: Language; utf16: boolean }> {
  const { Parser, Language } = await initRuntime();
  const bytes = readFileSync(locate(wasm, packagePath));
  const language = await Language.load(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const parser = new Parser();
  parser.setLanguage(language);
  // Probe how this build reports offsets: 'é' is 1 UTF-16 code unit and 2 UTF-8 bytes.
  let utf16 = true;
  const probe = parser.parse('é');
  if (probe) {
    utf16 = probe.rootNode.endIndex === 1;
    probe.delete();
  }
  return { parser, language, utf16 };
}

/**
 * A grammar loaded once, on the first `init()` (idempotent, safe to call concurrently; a failed load is retried by
 * the next call). `ready()` gives the parser once loaded.
 */
export function lazyGrammar(wasm: string, packagePath: string): { init(): Promise<void>; ready(): { parser: TSParser; utf16: boolean } | undefined } {
  let loaded: { parser: TSParser; utf16: boolean } | undefined;
  let pending: Promise<void> | undefined;
  return {
    init() {
      if (!pending) {
        const p = loadGrammar(wasm, packagePath).then((g) => {
          loaded = { parser: g.parser, utf16: g.utf16 };
        });
        pending = p;
        p.catch(() => {
          if (pending === p) pending = undefined;
        });
      }
      return pending;
    },
    ready: () => loaded,
  };
}

/** Maps UTF-8 byte offsets of `text` to UTF-16 indices (only for web-tree-sitter builds that report bytes). */
export function utf8ToUtf16(text: string): (i: number) => number {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return (i) => i;
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < bytes; k++) map.push(i);
    if (cp > 0xffff) i++;
  }
  const total = map.length;
  return (b) => (b >= total ? text.length : map[b]!);
}
