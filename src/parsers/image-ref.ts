// Image references as written in manifests, compose files, build commands and workflows: the name, `:tag` and
// `@digest` split apart, without any registry normalisation (base-images.ts does that for Docker Hub's rules).

/** An image reference's name as written, and its `:tag` and `@digest` when it has them. */
export function splitImageRef(ref: string): { name: string; tag?: string; digest?: string } {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const out: { name: string; tag?: string; digest?: string } = { name: rest };
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    out.name = rest.slice(0, colon);
    out.tag = rest.slice(colon + 1);
  }
  if (digest !== undefined) out.digest = digest;
  return out;
}

/**
 * An image reference whose tag is not known (`ghcr.io/acme/api:${SHA}`), as its name alone: what a link needs.
 * `known` is the text up to the first part that is not known; undefined when it does not reach a tag.
 */
export function nameWithUnknownTag(known: string): string | undefined {
  const { name, tag } = splitImageRef(known);
  return tag !== undefined && name !== '' ? name : undefined;
}

/** The import path of a `ko://<import path>` reference (what `ko resolve` / `ko apply` build), else undefined. */
export function koImportPath(ref: string): string | undefined {
  if (!ref.startsWith('ko://')) return undefined;
  let path = ref.slice('ko://'.length);
  while (path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

/** The directory of a ko-built image that holds its binary (first in its PATH). */
export const KO_APP_DIR = '/ko-app';

/** Where ko puts the binary of a main package: `/ko-app/<last element of its import path>` (`ko-app` for none). */
export function koExe(importPath: string): string {
  let path = importPath;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const base = path.slice(path.lastIndexOf('/') + 1);
  return `${KO_APP_DIR}/${base === '' || base === '.' ? 'ko-app' : base}`;
}
