// Image inference from a Dockerfile and an in-memory repository, for the inference tests: the evaluated image, its
// files, and evidence shown as [message, 'line:col-endLine:endCol'].

import * as assert from 'uvu/assert';
import { evaluateImage, lookupPath } from '../../src/infer/image.ts';
import type { FsEntry, ImageModel } from '../../src/model/image.ts';
import { LineIndex, type Evidence, type Range, type RepoView, type SourceFile } from '../../src/model/source.ts';
import { parseDockerfile } from '../../src/parsers/dockerfile.ts';

export function sourceFile(path: string, text: string): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'other', requested: false, lines: new LineIndex(text) };
}

/** A repository held in memory: paths relative to cwd. */
export function fakeRepo(files: Record<string, string>): RepoView & { loaded: string[] } {
  const clean = (p: string) => {
    const parts: string[] = [];
    for (const s of p.split('/')) {
      if (s === '' || s === '.') continue;
      if (s === '..') parts.pop();
      else parts.push(s);
    }
    return parts.join('/');
  };
  const loaded: string[] = [];
  return {
    loaded,
    stat(p) {
      const c = clean(p);
      if (c in files) return 'file';
      if (c === '' || Object.keys(files).some((f) => f.startsWith(`${c}/`))) return 'dir';
      return undefined;
    },
    list(dir) {
      const c = clean(dir);
      return Object.keys(files).filter((f) => c === '' || f.startsWith(`${c}/`));
    },
    load(p) {
      const c = clean(p);
      if (!(c in files)) return undefined;
      loaded.push(c);
      return sourceFile(c, files[c]!);
    },
  };
}

export function r(range: Range | undefined): string {
  return range ? `${range.line}:${range.column}-${range.endLine}:${range.endColumn}` : 'none';
}
export function evs(list: Evidence[] | undefined): [string, string][] {
  return (list ?? []).map((e) => [e.message, r(e.range)]);
}

export function build(
  dockerfile: string,
  files: Record<string, string> = {},
  opts: { target?: string; args?: Record<string, string>; context?: string; path?: string } = {},
): ImageModel {
  const doc = parseDockerfile({ ...sourceFile(opts.path ?? 'Dockerfile', dockerfile), kind: 'dockerfile', requested: true });
  assert.equal(doc.problems, [], 'the Dockerfile parses');
  const o: Parameters<typeof evaluateImage>[1] = {
    buildArgs: new Map(Object.entries(opts.args ?? {})),
    context: opts.context ?? '.',
    repo: fakeRepo(files),
  };
  if (opts.target) o.target = opts.target;
  return evaluateImage(doc, o);
}

export function file(image: ImageModel, path: string): Extract<FsEntry, { type: 'file' }> {
  const e = lookupPath(image, path);
  assert.ok(e, `${path} exists`);
  assert.is(e!.type, 'file', `${path} is a file`);
  return e as Extract<FsEntry, { type: 'file' }>;
}

