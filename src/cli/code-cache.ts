// Loading the bundled linter (dist/linter.cjs) with V8's code cache, so a run does not spend its first ~60 ms
// compiling JavaScript it compiled the last time (see docs/performance.md).
//
// Only used by the bundle: scripts/build.mjs routes every dynamic import of the CLI front (main.ts's
// `await import('../lint.ts')` and the like) to loadBundle(), and bin.ts calls saveCodeCache() at the end of a run.
// Under tsx (tests, development) nothing here runs.
//
// - Node >= 22.1: module.enableCompileCache() does this natively (for node_modules too); the bundle is then simply
//   require()d.
// - Node 20 / 22.0: each script is compiled with vm.Script and `cachedData`. After a run that linted and found no
//   usable cache, script.createCachedData() (which includes every function compiled so far, not just the top
//   level) is written for the next run. The scripts: dist/linter.cjs; dist/typescript-estree.cjs and TypeScript's
//   compiler (9 MB, ~200 ms to compile), both loaded only when a TypeScript file needs parsing. V8 checks a cache
//   against its version, its flags and the source length; the file name adds the bundle's content hash (its first
//   line, written by the build; for TypeScript its path, size and modification time), the Node version, the
//   architecture and the Node options, so a rebuilt bundle never meets old code.
//
// Where: OTEL_TARGET_LINT_CACHE_DIR when set (`off` disables the cache), else `.cache/` next to the bundle, else
// the user's cache directory ($XDG_CACHE_HOME or ~/.cache, %LOCALAPPDATA% on Windows) under otel-target-lint/.
// Never a shared temporary directory: a cache is code, and code from a directory others can write to would run
// as the user. Every failure (unwritable, corrupt, rejected) falls back silently to compiling from source.

import { isAscii } from 'node:buffer';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The bundle's export for src/lint.ts (scripts/build.mjs names each export after its module path). */
export const LINT_KEY = 'm_src_lint_ts';
/** The bundle's export for src/parsers/shell.ts (exported by scripts/build.mjs for warmShellParser()). */
const SHELL_KEY = 'm_src_parsers_shell_ts';

/** The bundle's first line: `// otel-target-lint bundle <hash>`. */
const HASH_PREFIX = '// otel-target-lint bundle ';

/** TypeScript's compiler: external to the bundles (typescript-estree requires it). */
const TYPESCRIPT = 'typescript';

/** A compiled script whose cache could be written at the end of the run. */
interface Pending {
  script: Script;
  /** The cache file name. */
  name: string;
  /** Other files starting with this (and not with `keep`) are stale caches of the same script: removed. */
  family: string;
  keep: string;
}

interface Loaded {
  exports: Record<string, unknown>;
  /** Keys asked for so far. */
  used: Set<string>;
  dirs: string[];
  pending: Pending[];
}

let loaded: Loaded | undefined;

/** The directories a cache may be read from / written to, in order of preference. */
export function cacheDirs(bundleDir: string, env: NodeJS.ProcessEnv = process.env, platform = process.platform): string[] {
  const forced = env.OTEL_TARGET_LINT_CACHE_DIR;
  if (forced !== undefined && forced !== '') return forced === 'off' ? [] : [forced];
  const out = [join(bundleDir, '.cache')];
  let user: string | undefined;
  try {
    if (platform === 'win32') user = env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'otel-target-lint', 'cache') : undefined;
    else user = join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'otel-target-lint');
  } catch {
    user = undefined;
  }
  if (user) out.push(user);
  return out;
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell option sets and file versions apart in a file name. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** What, besides the source, decides whether V8 can use a cache: Node version, architecture, flags. */
export function runtimeKey(env: NodeJS.ProcessEnv = process.env): string {
  return `${process.version}-${process.arch}-${shortHash(`${process.execArgv.join(' ')}\0${env.NODE_OPTIONS ?? ''}`)}`;
}


/** The bundle's content hash from its first line, or undefined. */
export function bundleHash(source: string): string | undefined {
  if (!source.startsWith(HASH_PREFIX)) return undefined;
  const end = source.indexOf('\n');
  const hash = source.slice(HASH_PREFIX.length, end < 0 ? undefined : end).trim();
  if (hash.length < 8 || hash.length > 64) return undefined;
  for (const c of hash) if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return undefined;
  return hash;
}

function readCache(dirs: string[], name: string): Buffer | undefined {
  for (const d of dirs) {
    try {
      return readFileSync(join(d, name));
    } catch {
      // not there
    }
  }
  return undefined;
}

/**
 * Compiles a CommonJS file's source with its cache, when there is one; `pending` gets it when a cache should be
 * written. Returns the module function (exports, require, module, __filename, __dirname).
 */
function compile(source: string, file: string, dirs: string[], cache: Omit<Pending, 'script'> | undefined, pending: Pending[]) {
  const cachedData = cache ? readCache(dirs, cache.name) : undefined;
  // The CommonJS wrapper, on the first line so that line numbers in stack traces stay those of the file.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  if (cache && dirs.length > 0 && (!cachedData || script.cachedDataRejected)) pending.push({ script, ...cache });
  return script.runInThisContext() as (...args: unknown[]) => void;
}

/**
 * TypeScript's compiler through the code cache, registered in require.cache, where the bundle's require() then
 * finds it. Any failure leaves the ordinary require() to load it.
 */
function preloadTypeScript(req: NodeJS.Require, dirs: string[], pending: Pending[]): void {
  let tsFile: string;
  try {
    tsFile = req.resolve(TYPESCRIPT);
  } catch {
    return;
  }
  if (req.cache[tsFile]) return;
  const Module = nodeModule as unknown as new (id: string) => NodeJS.Module & { filename: string; loaded: boolean; paths: string[] };
  const m = new Module(tsFile);
  try {
    const st = statSync(tsFile);
    const family = 'tsc-';
    const keep = `${family}${shortHash(`${tsFile}\0${st.size}\0${st.mtimeMs}`)}-`;
    // typescript.js is ASCII: latin1 then decodes it exactly and twice as fast as UTF-8 (checked, not assumed).
    const bytes = readFileSync(tsFile);
    const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    const fn = compile(source, tsFile, dirs, { name: `${keep}${runtimeKey()}.v8cache`, family, keep }, pending);
    m.filename = tsFile;
    m.paths = [];
    req.cache[tsFile] = m;
    fn.call(m.exports, m.exports, createRequire(tsFile), m, tsFile, dirname(tsFile));
    m.loaded = true;
  } catch {
    delete req.cache[tsFile];
  }
}

/**
 * For `--cache` (src/cache/parse-cache.ts): the linter bundle's content hash (a parse cache is used only by the build
 * that wrote it) and the directories a cache may be kept in; undefined when the bundle names no hash.
 */
export function parseCacheSetup(): { version: string; dirs: string[] } | undefined {
  const file = fileURLToPath(new URL('./linter.cjs', import.meta.url));
  let head: string;
  try {
    const fd = openSync(file, 'r');
    try {
      const b = Buffer.alloc(128);
      head = b.toString('latin1', 0, readSync(fd, b, 0, b.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const version = bundleHash(head);
  return version === undefined ? undefined : { version, dirs: cacheDirs(dirname(file)) };
}

/** The second bundle: typescript-estree, loaded by the linter bundle only when a TypeScript file needs parsing. */
export const ESTREE_BUNDLE = './typescript-estree.cjs';

/**
 * Runs one of our bundles (a CommonJS file whose first line names its content hash) through the code cache.
 * `name` prefixes its cache files (`linter-`, `estree-`; TypeScript's compiler is `tsc-`: no prefix may start
 * another, see saveCodeCache()).
 */
function runBundle(file: string, name: string, bundleRequire: NodeJS.Require, dirs: string[], pending: Pending[]): unknown {
  // The build emits ASCII only (esbuild escapes the rest), so latin1 is an exact and faster decoding.
  const source = readFileSync(file, 'latin1');
  const hash = bundleHash(source);
  const cache = hash !== undefined ? { name: `${name}-${hash}-${runtimeKey()}.v8cache`, family: `${name}-`, keep: `${name}-${hash}-` } : undefined;
  const fn = compile(source, file, dirs, cache, pending);
  const mod = { exports: {} as Record<string, unknown> };
  fn.call(mod.exports, mod.exports, bundleRequire, mod, file, dirname(file));
  return mod.exports;
}

function load(): Loaded {
  const file = fileURLToPath(new URL('./linter.cjs', import.meta.url));
  const dir = dirname(file);
  const req = createRequire(file);
  const dirs = cacheDirs(dir);

  const enable = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  if (typeof enable === 'function') {
    if (dirs.length > 0) {
      try {
        enable(dirs[0]);
      } catch {
        // no cache then
      }
    }
    return { exports: req(file) as Record<string, unknown>, used: new Set(), dirs: [], pending: [] };
  }

  const pending: Pending[] = [];
  let estree: unknown;
  // The bundles' require(): the typescript-estree bundle and TypeScript's compiler go through the cache too.
  const bundleRequire = Object.assign(
    (id: string): unknown => {
      if (id === ESTREE_BUNDLE) {
        estree ??= runBundle(join(dir, 'typescript-estree.cjs'), 'estree', bundleRequire, dirs, pending);
        return estree;
      }
      if (id === TYPESCRIPT && dirs.length > 0) preloadTypeScript(req, dirs, pending);
      return req(id);
    },
    { resolve: req.resolve, cache: req.cache, main: req.main, extensions: req.extensions },
  );
  const exports = runBundle(file, 'linter', bundleRequire, dirs, pending) as Record<string, unknown>;
  return { exports, used: new Set(), dirs, pending };
}

/** One module of the bundle (its exports), by the key scripts/build.mjs gave it; the module runs on first use. */
export function loadBundle(key: string): unknown {
  loaded ??= load();
  loaded.used.add(key);
  const get = loaded.exports[key];
  if (typeof get !== 'function') throw new Error(`dist/linter.cjs has no module ${key}: rebuild with npm run build`);
  const out = (get as () => unknown)();
  if (key === LINT_KEY) warmShellParser(loaded.exports);
  return out;
}

/**
 * A lint is starting: begin loading the shell parser (reading and compiling its WASM, which V8 does on other
 * threads) now, while discovery and file reading keep the main thread busy; the model's own initShellParser()
 * call then finds it ready or under way (it is idempotent). A failure here is left for that call to report.
 */
function warmShellParser(exports: Record<string, unknown>): void {
  try {
    const shell = (exports[SHELL_KEY] as (() => { initShellParser?: () => Promise<void> }) | undefined)?.();
    shell?.initShellParser?.().catch(() => {});
  } catch {
    // the model's call reports it
  }
}

/**
 * At the end of a run: when it linted (exit code 0 or 1) and compiled something without a usable cache, writes
 * the cache. A run that only listed rules or failed early would cache too little of the linter, so it writes
 * nothing. Never throws.
 */
export function saveCodeCache(exitCode: number): void {
  if (!loaded || !loaded.used.has(LINT_KEY) || (exitCode !== 0 && exitCode !== 1)) return;
  const { dirs, pending } = loaded;
  loaded.pending = [];
  for (const p of pending) {
    let data: Buffer;
    try {
      data = p.script.createCachedData();
    } catch {
      continue;
    }
    for (const d of dirs) {
      try {
        mkdirSync(d, { recursive: true });
        // Caches of other builds (other versions of TypeScript) are stale: remove them; other Node versions keep
        // theirs.
        for (const f of readdirSync(d)) {
          if (f.startsWith(p.family) && f.endsWith('.v8cache') && !f.startsWith(p.keep)) rmSync(join(d, f), { force: true });
        }
        // Written aside, then renamed: a concurrent run never reads half a file.
        const tmp = join(d, `${p.name}.${process.pid}.tmp`);
        writeFileSync(tmp, data);
        renameSync(tmp, join(d, p.name));
        break;
      } catch {
        // try the next directory
      }
    }
  }
}
