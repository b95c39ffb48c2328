// The benchmark's floor: read the files the linter reads and parse them with the same parsers, and nothing else
// (no discovery, no model, no inference, no linking, no rules, no output).
//
//   node floor.cjs <root> <files.json>     files.json: a JSON array of root-relative paths
//
// YAML: yaml's parseAllDocuments with a LineCounter. Dockerfiles: dockerfile-ast, then tree-sitter-bash on the text
// of every RUN and shell-form CMD / ENTRYPOINT. Scripts: tree-sitter-bash. go.mod: read only (the linter's reader is
// a small scanner of its own). scripts/bench.mjs bundles this file with esbuild, the way dist/linter.cjs is bundled,
// and runs it under the same V8 flags (Liftoff only) as the linter. Prints one JSON line: counts, to check the
// work was done.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { DockerfileParser } from 'dockerfile-ast';
import { Language, Parser } from 'web-tree-sitter';
import { LineCounter, parseAllDocuments } from 'yaml';

setFlagsFromString('--liftoff-only');

async function main() {
  const [root, list] = process.argv.slice(2);
  const files = JSON.parse(readFileSync(list, 'utf8'));
  // The bundle lives in .bench/ of the project: node_modules is found from there.
  const req = createRequire(import.meta.url);

  await Parser.init({ locateFile: (name) => req.resolve(`web-tree-sitter/${name}`) });
  const wasm = readFileSync(req.resolve('tree-sitter-bash/tree-sitter-bash.wasm'));
  const bash = new Parser();
  bash.setLanguage(await Language.load(new Uint8Array(wasm.buffer, wasm.byteOffset, wasm.byteLength)));

  const counts = { files: 0, yamlDocs: 0, instructions: 0, shellParses: 0, shellNodes: 0, bytes: 0 };
  const shell = (text) => {
    const tree = bash.parse(text);
    counts.shellParses++;
    counts.shellNodes += tree.rootNode.descendantCount;
    tree.delete();
  };

  for (const rel of files) {
    const text = readFileSync(join(root, rel), 'utf8');
    counts.files++;
    counts.bytes += text.length;
    const base = rel.slice(rel.lastIndexOf('/') + 1).toLowerCase();
    if (base.endsWith('.yaml') || base.endsWith('.yml')) {
      const lineCounter = new LineCounter();
      counts.yamlDocs += parseAllDocuments(text, { lineCounter }).length;
    } else if (base === 'dockerfile') {
      for (const ins of DockerfileParser.parse(text).getInstructions()) {
        counts.instructions++;
        const kw = ins.getKeyword();
        if (kw !== 'RUN' && kw !== 'CMD' && kw !== 'ENTRYPOINT') continue;
        const args = ins.getRawArgumentsContent();
        if (args && !args.trimStart().startsWith('[')) shell(args);
      }
    } else if (base.endsWith('.sh')) {
      shell(text);
    }
  }
  process.stdout.write(`${JSON.stringify(counts)}\n`);
}

void main();
