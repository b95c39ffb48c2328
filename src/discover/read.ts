// Reading one file from disk into text, safely: a size cap, binary detection, BOM handling, UTF-16, invalid UTF-8.
// Nothing here throws: every failure becomes a ReadIssue the caller turns into a `parse-error` finding.

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import type { Severity } from '../engine/types.ts';

/** Files larger than this are not read (YAML parsing of a huge document costs seconds and gigabytes). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A NUL byte in this many leading bytes marks a file as binary. */
const BINARY_SNIFF_BYTES = 8 * 1024;

export interface ReadIssue {
  message: string;
  severity: Severity;
  /** 0-based offset into the decoded text where the problem is (invalid UTF-8); absent: the file as a whole. */
  offset?: number;
  /** Why the file was not read at all: over the size limit, or binary. */
  skipped?: 'too-large' | 'binary';
  /** Bytes that are not UTF-8 were read as U+FFFD (how much that matters depends on the file's kind: invalidUtf8Issue). */
  invalidUtf8?: true;
}

export interface ReadOutcome {
  /** The decoded text; undefined when the file could not be used at all. */
  text?: string;
  issue?: ReadIssue;
  /** The bytes were UTF-16 with a byte order mark (YAML allows it; docker build, compose's env files and sh do not). */
  utf16?: true;
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function swapBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

/** Decodes file bytes: UTF-8 (BOM stripped), UTF-16 LE/BE with a BOM; binary content is refused. */
export function decodeBytes(bytes: Uint8Array): ReadOutcome {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), utf16: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16le').decode(swapBytes(bytes.subarray(2))), utf16: true };
  }
  const sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) {
    if (bytes[i] === 0) {
      return { issue: { severity: 'info', message: 'Binary file (it contains NUL bytes): skipped.', skipped: 'binary' } };
    }
  }
  // TextDecoder strips a UTF-8 BOM (ignoreBOM defaults to false).
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const offset = Math.max(0, text.indexOf('\uFFFD'));
    return {
      text,
      issue: {
        severity: 'warning',
        offset,
        message: 'File is not valid UTF-8: invalid bytes were read as U+FFFD (the first is here); values near them may be wrong.',
        invalidUtf8: true,
      },
    };
  }
}

/** Reads and decodes one file. `maxBytes` caps the size; larger files are refused with an issue. */
export function readText(absPath: string, maxBytes = MAX_FILE_BYTES): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(absPath, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return { issue: { severity: 'error', message: 'Cannot read file: it is a directory.' } };
    return readOpen(fd, st, maxBytes);
  } catch (err) {
    return { issue: errorIssue(err) };
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/** What readIfFile() found at a path. */
export type ReadIfFile =
  | { kind: 'file'; outcome: ReadOutcome }
  /** A directory, nothing (ENOENT, ENOTDIR), or another kind of entry (a FIFO, a device): nothing was read. */
  | { kind: 'dir' | 'missing' | 'other' }
  /** Opening failed for another reason (EACCES, ELOOP, ...), or the platform has no O_NONBLOCK: stat and readText. */
  | { kind: 'unknown' };

/**
 * Opens a path once and reads it when it is a regular file: what `statSync` then readText() tell, with one system
 * call less per file (a monorepo run stat'ed each of its 8,000 files before reading it). Opened with O_NONBLOCK, so
 * a FIFO never blocks the open; for a regular file the flag changes nothing.
 */
export function readIfFile(absPath: string, maxBytes = MAX_FILE_BYTES): ReadIfFile {
  const nonBlock = constants.O_NONBLOCK;
  if (nonBlock === undefined) return { kind: 'unknown' };
  let fd: number;
  try {
    fd = openSync(absPath, constants.O_RDONLY | nonBlock);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unknown' };
  }
  try {
    let st: Stats;
    try {
      st = fstatSync(fd);
    } catch {
      return { kind: 'unknown' };
    }
    if (st.isDirectory()) return { kind: 'dir' };
    if (!st.isFile()) return { kind: 'other' };
    try {
      return { kind: 'file', outcome: readOpen(fd, st, maxBytes) };
    } catch (err) {
      return { kind: 'file', outcome: { issue: errorIssue(err) } };
    }
  } finally {
    closeQuietly(fd);
  }
}

function errorIssue(err: unknown): ReadIssue {
  const e = err as NodeJS.ErrnoException;
  const why = e.code ? `${e.code}${e.syscall ? ` (${e.syscall})` : ''}` : String(e.message ?? e);
  return { severity: 'error', message: `Cannot read file: ${why}.` };
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // ignore
  }
}

/**
 * Does the file's first document say `kind: CustomResourceDefinition` at its top level, in its first 4 KiB? (A line
 * compare on a file too large to parse: a CRD's `kind` comes right after `apiVersion`.)
 */
function startsWithCrd(fd: number): boolean {
  const head = new Uint8Array(4096);
  let n = 0;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } catch {
    return false;
  }
  let seen = false;
  for (const line of new TextDecoder().decode(head.subarray(0, n)).split('\n')) {
    const l = line.trimEnd();
    if (l === 'kind: CustomResourceDefinition') return true;
    // The end of the first document.
    if (l === '---' && seen) return false;
    if (l !== '' && !l.startsWith('#')) seen = true;
  }
  return false;
}

/** Reads an open file (not a directory) whose fstat is `st`; throws what readSync throws. */
function readOpen(fd: number, st: Stats, maxBytes: number): ReadOutcome {
  if (st.size > maxBytes) {
    // A CustomResourceDefinition (argo-workflows' vendored CRDs run to megabytes) holds no workload: said as an info,
    // which fails no CI threshold short of `-t info`.
    const crd = startsWithCrd(fd);
    return {
      issue: {
        severity: crd ? 'info' : 'warning',
        message: `File is too large to lint (${mib(st.size)}; the limit is ${mib(maxBytes)}): skipped.${crd ? ' It is a CustomResourceDefinition, which holds nothing this linter checks.' : ''}`,
        skipped: 'too-large',
      },
    };
  }
  // Sized for the file as it is now. A regular file is read up to the size fstat gave (as readFileSync does: no
  // second read() to find the end, one system call per file fewer); a file reporting size 0 (a special file) is
  // read to its end, in a buffer that grows as needed, capped at maxBytes. (A fixed 64 KiB minimum cost a monorepo
  // of 8,000 small files half a gigabyte of allocations.)
  let buf = new Uint8Array(st.size > 0 ? st.size : 64 * 1024);
  let len = 0;
  while (st.size === 0 || len < st.size) {
    if (len === buf.length) {
      const bigger = new Uint8Array(Math.min(buf.length * 2, maxBytes + 1));
      if (bigger.length <= buf.length) break;
      bigger.set(buf);
      buf = bigger;
    }
    const n = readSync(fd, buf, len, buf.length - len, null);
    if (n === 0) break;
    len += n;
    if (len > maxBytes) {
      return {
        issue: { severity: 'warning', message: `File is too large to lint (over ${mib(maxBytes)}): skipped.`, skipped: 'too-large' },
      };
    }
  }
  return decodeBytes(buf.subarray(0, len));
}

/**
 * Why a file of this kind cannot be used as UTF-16 by the tool that reads it, or undefined when it can (YAML).
 * docker build splits the raw bytes into lines and strips only a UTF-8 byte order mark; compose's env file reader
 * and sh read UTF-8; the kernel looks for `#!` in the first two bytes.
 */
export function utf16Problem(kind: string): string | undefined {
  const save = 'Save it as UTF-8 (PowerShell 5 writes UTF-16 with `>` and `Out-File`).';
  switch (kind) {
    case 'dockerfile':
      return `This Dockerfile is UTF-16 (it starts with a UTF-16 byte order mark): docker build reads it as bytes and fails on its first line ("unknown instruction"). The linter read it as text. ${save}`;
    case 'dotenv':
      return `This env file is UTF-16 (it starts with a UTF-16 byte order mark): docker compose reads env files as UTF-8 and fails on its first line ("unexpected character in variable name"). The linter read it as text. ${save}`;
    case 'shell':
      return `This script is UTF-16 (it starts with a UTF-16 byte order mark): the kernel cannot run it (it does not start with #!) and sh cannot read it. The linter read it as text. ${save}`;
    default:
      return undefined;
  }
}

/** The kinds of YAML files: kubectl, Helm, docker compose and GitHub read them with YAML libraries that require UTF-8. */
const YAML_KINDS = new Set(['yaml', 'compose', 'skaffold', 'goreleaser', 'workflow', 'kustomize', 'ko', 'config']);

/**
 * The issue of a file that is not valid UTF-8, for its kind: an error for YAML (go-yaml, behind kubectl, Helm and
 * compose, checks the whole input, comments included, and refuses the file); an info for a Dockerfile, a script or an
 * env file (docker build, sh and compose's env reader take bytes: only a value the linter reads near the byte may
 * be off); the general warning otherwise.
 */
export function invalidUtf8Issue(issue: ReadIssue, kind: string): ReadIssue {
  if (!issue.invalidUtf8) return issue;
  if (YAML_KINDS.has(kind)) {
    return {
      ...issue,
      severity: 'error',
      message: 'File is not valid UTF-8 (the first invalid byte is here): kubectl, Helm and docker compose refuse YAML that is not UTF-8, even in a comment, so this file cannot be applied. Save it as UTF-8.',
    };
  }
  if (kind === 'dockerfile' || kind === 'shell' || kind === 'dotenv') {
    return {
      ...issue,
      severity: 'info',
      message: 'File is not valid UTF-8 (the first invalid byte is here): docker build, sh and compose read bytes, so this matters only where a value the linter reads holds such a byte (it was read as U+FFFD).',
    };
  }
  return issue;
}
