#!/usr/bin/env node
// Bundles the CLI (and the GitHub Action) into dist/, with the WASM files web-tree-sitter needs, all in one
// directory. Runs from `npm ci` (the `prepare` script), so it must work from a clean clone.
//
//   dist/cli.cjs                the executable (CommonJS): src/cli/bin.ts, main.ts and code-cache.ts, nothing else.
//                               (dist/cli.js, ESM, only imports it: for `node dist/cli.js`.)
//                               --help, --version and usage errors start as fast as node itself.
//   dist/linter.cjs             everything main() imports lazily (the linter, the rules, the parsers, the
//                               formatters, the fixer), as one CommonJS script that src/cli/code-cache.ts compiles
//                               with V8's code cache: a warm run skips ~60 ms of compiling JavaScript
//                               (docs/performance.md has the figures). Every module in it runs only when first
//                               needed.
//   dist/typescript-estree.cjs  @typescript-eslint/typescript-estree, the same way, loaded by linter.cjs only when a
//                               TypeScript file needs parsing (kept apart so that other runs do not read it).
//   dist/action.js              the GitHub Action (action.yml), one ESM file: it runs once per job, a code cache
//                               would not help it.
//
// How cli.js and linter.cjs meet: every dynamic import of one of our modules from the front
// (`await import('../lint.ts')`) becomes `loadBundle('m_src_lint_ts')`, and linter.cjs exports under that key a
// function returning the module. The front's static imports are bundled into the front itself, so a module imported
// both ways (version.ts) exists twice: the front must import only modules without state.
//
// External everywhere: typescript (9 MB, loaded with require() when a TypeScript file needs parsing; code-cache.ts
// gives it a code cache of its own). The .cjs bundles contain no import() (a script compiled by vm.Script cannot
// use it), are ASCII only (code-cache.ts reads them as latin1) and start with a line naming their content hash
// (code-cache.ts keys the cache on it); the build fails if one of these does not hold.
//
//   node scripts/build.mjs [--outdir DIR]     DIR instead of dist/ (the benchmark builds its own copy)

import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--outdir');
const dist = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1]) : join(root, 'dist');
const require = createRequire(join(root, 'package.json'));

/** Loaded at run time with require(), never bundled. */
const EXTERNAL = ['typescript'];
const ESTREE = '@typescript-eslint/typescript-estree';
/** How linter.cjs requires the typescript-estree bundle (code-cache.ts ESTREE_BUNDLE). */
const ESTREE_BUNDLE = './typescript-estree.cjs';

/** A file shipped by a dependency: through its `exports` map when it has one, else beside its package.json. */
function depFile(pkg, file) {
  try {
    return require.resolve(`${pkg}/${file}`);
  } catch {
    return join(dirname(require.resolve(`${pkg}/package.json`)), file);
  }
}

/** The linter bundle's export name for one of our modules: `src/lint.ts` -> `m_src_lint_ts` (see code-cache.ts). */
function bundleKey(abs) {
  const rel = relative(root, abs).split(sep).join('/');
  let key = 'm_';
  for (const c of rel) key += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_';
  return key;
}

/** Front: our modules imported with import() become loadBundle(key) calls; `modules` collects them (key -> path). */
function toLinterBundle(modules) {
  const codeCache = join(root, 'src', 'cli', 'code-cache.ts');
  return {
    name: 'to-linter-bundle',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const abs = resolve(args.resolveDir, args.path);
        const rel = relative(root, abs);
        if (!rel.startsWith(`src${sep}`) && !rel.startsWith(`rules${sep}`)) return undefined;
        const key = bundleKey(abs);
        modules.set(key, abs);
        return { path: key, namespace: 'linter-bundle' };
      });
      b.onLoad({ filter: /.*/, namespace: 'linter-bundle' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(codeCache)}).loadBundle(${JSON.stringify(args.path)});`,
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
}

/**
 * The .cjs bundles: import() of a Node built-in or an external package becomes require(); typescript-estree, in the
 * linter bundle, becomes require() of the typescript-estree bundle.
 */
function importToRequire({ estreeBundle }) {
  return {
    name: 'import-to-require',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.path === ESTREE_BUNDLE && args.namespace === 'require') return { path: args.path, external: true };
        if (args.kind !== 'dynamic-import') return undefined;
        if (estreeBundle && args.path === ESTREE) return { path: ESTREE_BUNDLE, namespace: 'require' };
        if (!isBuiltin(args.path) && !EXTERNAL.includes(args.path)) return undefined;
        return { path: args.path, namespace: 'require' };
      });
      b.onLoad({ filter: /.*/, namespace: 'require' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}

/**
 * Front: Node built-ins through require() rather than ESM imports, each of which costs the ESM loader a module job
 * (~0.5 ms apiece at start-up).
 */
const builtinsViaRequire = {
  name: 'builtins-via-require',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'import-statement' || !isBuiltin(args.path) || args.namespace === 'builtin') return undefined;
      return { path: args.path, namespace: 'builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'inline',
  external: EXTERNAL,
  logLevel: 'warning',
  metafile: true,
};

/** CommonJS code in an ESM bundle calls require() for Node built-ins: give the file one. */
const esmRequireBanner = {
  js: [
    "import { createRequire as __otlCreateRequire } from 'node:module';",
    'const require = __otlCreateRequire(import.meta.url);',
  ].join('\n'),
};

/** A .cjs bundle for code-cache.ts: checked (no import(), ASCII only), then written after its hash line. */
async function writeCachedBundle(result, file) {
  const name = relative(root, file);
  const left = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import'));
  if (left.length > 0) throw new Error(`${name} must not use import(), but imports ${left.map((i) => i.path).join(', ')}`);
  const text = result.outputFiles[0].text;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) throw new Error(`${name} must be ASCII only (character ${i} is not)`);
  }
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  await writeFile(file, `// otel-target-lint bundle ${hash}\n${text}`);
  return text.length;
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const modules = new Map();
// Also exported: the shell parser, whose WASM code-cache.ts starts compiling as soon as a lint begins (in the
// background, while discovery reads the repository).
const shellParser = join(root, 'src', 'parsers', 'shell.ts');
const sizes = {};
try {
  // CommonJS, so that a run never starts Node's ESM loader (its modules, and the fs/promises, readline and stream
  // modules it loads, cost ~5 ms of every start-up).
  const front = await build({
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    outfile: join(dist, 'cli.cjs'),
    format: 'cjs',
    // code-cache.ts finds linter.cjs next to import.meta.url: this file. (The shebang comes from src/cli/bin.ts.)
    define: { 'import.meta.url': '__otlImportMetaUrl' },
    banner: { js: "var __otlImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [toLinterBundle(modules), builtinsViaRequire],
  });
  sizes['cli.cjs'] = Object.values(front.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  // `node dist/cli.js` as before this file became a shim: it runs the CommonJS executable.
  await writeFile(
    join(dist, 'cli.js'),
    "#!/usr/bin/env node\n// The executable is dist/cli.cjs (CommonJS: it starts without Node's ESM loader); this file runs it.\nimport './cli.cjs';\n",
  );

  modules.set(bundleKey(shellParser), shellParser);
  const entry = [...modules]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    // A function per module, so that a module runs only when asked for (esbuild turns this require() of an ES
    // module into a lazy initialiser): `--list-rules` runs no parser, a lint run no fixer.
    .map(([key, abs]) => `export const ${key} = () => require(${JSON.stringify(abs)});`)
    .join('\n');
  const cjs = {
    ...common,
    format: 'cjs',
    // web-tree-sitter and the shell parser find their WASM files next to import.meta.url: this file.
    define: { 'import.meta.url': '__otlImportMetaUrl' },
    banner: { js: "var __otlImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    write: false,
  };
  const linter = await build({
    ...cjs,
    stdin: { contents: entry, resolveDir: root, sourcefile: 'linter-entry.ts', loader: 'ts' },
    outfile: join(dist, 'linter.cjs'),
    plugins: [importToRequire({ estreeBundle: true })],
  });
  sizes['linter.cjs'] = await writeCachedBundle(linter, join(dist, 'linter.cjs'));

  const estree = await build({
    ...cjs,
    stdin: { contents: `module.exports = require(${JSON.stringify(ESTREE)});`, resolveDir: root, sourcefile: 'estree-entry.js', loader: 'js' },
    outfile: join(dist, 'typescript-estree.cjs'),
    plugins: [importToRequire({ estreeBundle: false })],
  });
  sizes['typescript-estree.cjs'] = await writeCachedBundle(estree, join(dist, 'typescript-estree.cjs'));

  const action = await build({
    ...common,
    entryPoints: ['src/action/entry.ts'],
    outfile: join(dist, 'action.js'),
    format: 'esm',
    banner: esmRequireBanner,
  });
  sizes['action.js'] = Object.values(action.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
} catch (err) {
  // esbuild has already printed its errors with their locations; ours are printed here.
  if (!(err instanceof Error && 'errors' in err)) console.error(`build: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

// web-tree-sitter finds its runtime as new URL('web-tree-sitter.wasm', import.meta.url), and the shell parser its
// grammar the same way: import.meta.url is dist/linter.cjs (or dist/action.js), so the WASM files go next to it.
await copyFile(depFile('web-tree-sitter', 'web-tree-sitter.wasm'), join(dist, 'web-tree-sitter.wasm'));
await copyFile(depFile('tree-sitter-bash', 'tree-sitter-bash.wasm'), join(dist, 'tree-sitter-bash.wasm'));
await copyFile(depFile('@tree-sitter-grammars/tree-sitter-hcl', 'tree-sitter-hcl.wasm'), join(dist, 'tree-sitter-hcl.wasm'));
await chmod(join(dist, 'cli.cjs'), 0o755);
await chmod(join(dist, 'cli.js'), 0o755);

const where = relative(root, dist) || '.';
const list = Object.entries(sizes).map(([f, n]) => `${where}/${f} (${(n / 1024).toFixed(0)} KiB)`);
console.error(`built ${list.join(', ')}, web-tree-sitter.wasm, tree-sitter-bash.wasm, tree-sitter-hcl.wasm`);
