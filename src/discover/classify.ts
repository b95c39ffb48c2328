// Which files the linter looks at, and what kind each one is, decided from the file name alone.
//
// The walk (candidates.ts) keeps the files classifyName() knows, in directories other than PRUNED_DIRS (any letter
// case). Compose vs plain YAML is decided later from the content; here only name hints are applied.

import type { FileKind } from '../model/source.ts';

/** Directories never walked (pruned early, at any depth). */
/** `testdata`: Go's directory of test inputs (the go tool ignores it): manifests there are fixtures, often broken on purpose. */
export const PRUNED_DIRS = ['.git', 'node_modules', 'vendor', 'third_party', '.terraform', 'testdata'];

/** globby `ignore` patterns for PRUNED_DIRS (matchIgnored() still uses globby for the config's patterns). */
export const PRUNE_GLOBS = PRUNED_DIRS.map((d) => `**/${d}/**`);

/**
 * The candidate names as globs (case-insensitive): what globby was asked for before candidates.ts replaced it, kept
 * as documentation of the names and for comparisons with globby.
 */
export const CANDIDATE_GLOBS = [
  '**/{Dockerfile,Dockerfile.*,Dockerfile-*,Dockerfile_*,*.Dockerfile,Containerfile*,*.Containerfile}',
  '**/*.{yaml,yml}',
  '**/go.mod',
  '**/*.{sh,bash}',
  '**/{.env,.env.*,*.env}',
  '**/docker-bake*.{hcl,json}',
  '**/*.{ts,mts,cts,js,mjs}',
];

/** `Dockerfile.<ext>` / `Containerfile.<ext>` names whose last extension says they are something else. */
const NOT_DOCKERFILE_EXTENSIONS = new Set([
  'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'json', 'yaml', 'yml', 'toml', 'md', 'markdown', 'rst',
  'txt', 'go', 'sh', 'bash', 'py', 'rb', 'rs', 'java', 'kt', 'cs', 'c', 'h', 'dockerignore', 'lock', 'orig',
  'rej', 'bak', 'swp', 'patch', 'diff', 'html', 'svg', 'png', 'jpg', 'gif', 'zip', 'gz', 'tgz', 'snap',
  // Templates a tool renders into a Dockerfile (Ansible / Jinja, Go templates, ERB, autoconf ...): not what Docker reads.
  'j2', 'jinja', 'jinja2', 'tmpl', 'tpl', 'gotmpl', 'template', 'erb', 'mustache', 'hbs', 'njk', 'ejs', 'in', 'm4',
]);

function extension(lower: string): string {
  const dot = lower.lastIndexOf('.');
  return dot < 0 ? '' : lower.slice(dot + 1);
}

/** True for Dockerfile / Containerfile names in any casing (`Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`). */
export function isDockerfileName(base: string): boolean {
  const lower = base.toLowerCase();
  if (lower === 'dockerfile' || lower === 'containerfile') return true;
  if (lower.endsWith('.dockerfile') || lower.endsWith('.containerfile')) return true;
  for (const stem of ['dockerfile', 'containerfile']) {
    if (!lower.startsWith(stem)) continue;
    const sep = lower.charAt(stem.length);
    // Containerfile* (any suffix); Dockerfile.x, Dockerfile-x, Dockerfile_x.
    const okSep = stem === 'containerfile' || sep === '.' || sep === '-' || sep === '_';
    if (!okSep || lower.length === stem.length + 1) continue;
    if (lower.includes('.') && NOT_DOCKERFILE_EXTENSIONS.has(extension(lower))) return false;
    return true;
  }
  return false;
}

/** The config file names, at the repository root. */
export const CONFIG_NAMES = ['.otel-target-lint.yaml', '.otel-target-lint.yml'];

/** Is this path a GitHub Actions workflow (`<root>/.github/workflows/<name>.yml`)? */
export function isWorkflowPath(path: string): boolean {
  const parts = path.split('/');
  const n = parts.length;
  const name = parts[n - 1]!.toLowerCase();
  return n >= 3 && parts[n - 2] === 'workflows' && parts[n - 3] === '.github' && (name.endsWith('.yml') || name.endsWith('.yaml'));
}

/**
 * A GoReleaser configuration: the names GoReleaser reads by default (`.goreleaser.yaml`, `goreleaser.yml`,
 * `.config/goreleaser.yaml` …) and variants a project passes with `--config` (`.goreleaser.nightly.yaml`). `lower`: the
 * file name in lower case.
 */
function isGoReleaserName(lower: string): boolean {
  return lower.startsWith('.goreleaser.') || lower.startsWith('goreleaser.');
}

/**
 * A test harness's assertion file by its name: kuttl's `(<n>-)assert(-<more>)(.gotmpl).yaml` and `...errors...`
 * (internal/file/name.go: the first dash-separated part after the optional step number, any letter case) and
 * chainsaw's manifests-based `<n>-assert.yaml` / `<n>-errors.yaml` (pkg/discovery/step.go). They hold partial objects
 * a cluster is compared with (or must not match), not manifests that are applied. Files a chainsaw test names in an
 * `assert` or `error` operation are set aside in the model (src/link/model.ts). `lower`: the name in lower case.
 */
export function isTestAssertionName(lower: string): boolean {
  let stem = lower.endsWith('.yaml') ? lower.slice(0, -5) : lower.endsWith('.yml') ? lower.slice(0, -4) : undefined;
  if (stem === undefined) return false;
  if (stem.endsWith('.gotmpl')) stem = stem.slice(0, -7);
  if (stem.includes('.')) return false;
  let i = 0;
  while (i < stem.length && stem.charCodeAt(i) >= 48 && stem.charCodeAt(i) <= 57) i++;
  const numbered = i > 0;
  if (numbered) {
    if (stem[i] !== '-') return false;
    stem = stem.slice(i + 1);
  }
  const dash = stem.indexOf('-');
  const first = dash < 0 ? stem : stem.slice(0, dash);
  // Without a step number (kuttl's step directories, chainsaw files named by a test), `errors-<more>` is too likely
  // an ordinary manifest's name (errors-api.yaml) to be skipped.
  return first === 'assert' || (first === 'errors' && (numbered || dash < 0));
}

/**
 * The kind of a file from its path (relative or absolute, `/`-separated), or undefined when the linter does not
 * look at such files.
 */
export function classifyName(path: string): FileKind | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  if (CONFIG_NAMES.includes(lower)) return 'config';
  if (lower.endsWith('.dockerignore')) return undefined;
  if (isDockerfileName(base)) return 'dockerfile';
  const ext = extension(lower);
  if (ext === 'yaml' || ext === 'yml') {
    if (isTestAssertionName(lower)) return undefined;
    if (lower.startsWith('compose') || lower.startsWith('docker-compose')) return 'compose';
    if (isWorkflowPath(path)) return 'workflow';
    if (lower === 'skaffold.yaml' || lower === 'skaffold.yml') return 'skaffold';
    if (base === '.ko.yaml' || base === '.ko.yml') return 'ko';
    if (isGoReleaserName(lower)) return 'goreleaser';
    if (base === 'kustomization.yaml' || base === 'kustomization.yml') return 'kustomize';
    return 'yaml';
  }
  if (lower === 'go.mod') return 'gomod';
  // Bake's default names (docker-bake.hcl, docker-bake.override.hcl, and the same in HCL's JSON syntax:
  // docker-bake.json, docker-bake.override.json) and the variants projects use with `-f`.
  if ((ext === 'hcl' || ext === 'json') && lower.startsWith('docker-bake')) return 'bake';
  if (base === 'Makefile' || base === 'makefile' || base === 'GNUmakefile' || ext === 'mk') return 'makefile';
  // Compose's `.env` and the files services name in `env_file:` (read only when a compose file uses them).
  if (lower === '.env' || lower.startsWith('.env.') || ext === 'env') return 'dotenv';
  if (base === 'Kustomization') return 'kustomize';
  if (ext === 'sh' || ext === 'bash') return 'shell';
  if (ext === 'ts' || ext === 'mts' || ext === 'cts' || ext === 'js' || ext === 'mjs') {
    // Declaration files hold no values.
    if (lower.endsWith('.d.ts') || lower.endsWith('.d.mts') || lower.endsWith('.d.cts')) return undefined;
    return 'typescript';
  }
  return undefined;
}

/** The kind of a file the linter was pointed at by name (or that inference loads): name first, then a shebang. */
export function classifyLoaded(path: string, text: string): FileKind {
  const byName = classifyName(path);
  if (byName) return byName;
  if (text.startsWith('#!')) {
    const nl = text.indexOf('\n');
    const first = (nl < 0 ? text : text.slice(0, nl)).trim();
    // `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/bin/ash -e` ...: the interpreter is the first word after `#!`,
    // or the word after `env` (skipping env's own flags).
    const words = first
      .slice(2)
      .replaceAll('\t', ' ')
      .split(' ')
      .filter((w) => w.length > 0);
    let interp = words[0] ?? '';
    if (interp.endsWith('/env') || interp === 'env') interp = words.slice(1).find((w) => !w.startsWith('-')) ?? '';
    const name = interp.slice(interp.lastIndexOf('/') + 1);
    if (['sh', 'bash', 'ash', 'dash', 'ksh', 'mksh', 'zsh', 'busybox'].includes(name)) return 'shell';
  }
  return 'other';
}
