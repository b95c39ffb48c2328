#!/usr/bin/env node
// Bundles the CLI into dist/ (ESM, Node 20): the entry dist/cli.js, the chunks it imports lazily, and the WASM files
// web-tree-sitter needs, all in one directory.
// Runs from `npm ci` (the `prepare` script), so it must work from a clean clone.
//
// Bundled: yaml, dockerfile-ast, globby, web-tree-sitter and our own code. External (loaded lazily, only when a
// TypeScript file needs parsing): typescript and @typescript-eslint/typescript-estree.

import { chmod, copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(join(root, 'package.json'));

/** A file shipped by a dependency: through its `exports` map when it has one, else beside its package.json. */
function depFile(pkg, file) {
  try {
    return require.resolve(`${pkg}/${file}`);
  } catch {
    return join(dirname(require.resolve(`${pkg}/package.json`)), file);
  }
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

let result;
try {
  result = await build({
    absWorkingDir: root,
    // Code splitting: dist/cli.js holds only the CLI front; the linter, globby, the parsers and each formatter are
    // chunks loaded by dynamic import when needed, so --help, --version and usage errors start as fast as node.
    entryPoints: { cli: 'src/cli/bin.ts' },
    outdir: 'dist',
    chunkNames: '[name]-[hash]',
    splitting: true,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: false,
    sourcemap: false,
    legalComments: 'inline',
    external: ['typescript', '@typescript-eslint/typescript-estree'],
    // CommonJS dependencies (dockerfile-ast, vscode-languageserver-*) call require() for Node built-ins; an ESM
    // bundle has no `require`, so give every output file one. (The shebang comes from src/cli/bin.ts.)
    banner: {
      js: [
        "import { createRequire as __otlCreateRequire } from 'node:module';",
        'const require = __otlCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    logLevel: 'warning',
    metafile: true,
  });
} catch {
  // esbuild has already printed the errors with their locations.
  process.exit(1);
}

// web-tree-sitter finds its runtime as new URL('web-tree-sitter.wasm', import.meta.url), and the shell parser its
// grammar the same way: import.meta.url is then a chunk in dist/, so the WASM files go there too.
await copyFile(depFile('web-tree-sitter', 'web-tree-sitter.wasm'), join(dist, 'web-tree-sitter.wasm'));
await copyFile(depFile('tree-sitter-bash', 'tree-sitter-bash.wasm'), join(dist, 'tree-sitter-bash.wasm'));
await chmod(join(dist, 'cli.js'), 0o755);

const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
const count = Object.keys(result.metafile.outputs).length;
console.log(`built dist/cli.js + ${count - 1} chunks (${(bytes / 1024).toFixed(0)} KiB), web-tree-sitter.wasm, tree-sitter-bash.wasm`);
