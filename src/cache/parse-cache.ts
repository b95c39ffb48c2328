// A cache of parser results across runs (`--cache`), keyed by file content, as ESLint's `--cache` keys lint results.
//
// Every parser here is a pure function of one file's text, its path relative to lint()'s base (the repository root;
// the ranges carry it), its absolute path (a compose project is named after its directory) and the flags in the
// entry's kind (a Helm template). Its result is plain data (objects, arrays, Maps, strings, numbers), so V8's
// serializer stores it and gives back an equal copy. An entry is used only when all of that matches:
// - the file holds the same linter build (`version`: the bundle's content hash; any code change is a new build)
//   and the same base;
// - the entry's key is the parser's kind and the file's path, and its digest is the SHA-1 of the file's text now.
// Anything else (another build, another directory, a changed file, a corrupt or truncated file, a file of
// another format) is a miss, and the file is parsed as without a cache: the cache can make a run faster, never
// different.
//
// The file: a magic line, the header's byte length (4 bytes, little endian), the header (JSON: version, base, the
// entries' keys, digests, offsets and lengths), then the serialized values one after the other. Reading it
// deserializes the header only; a value is deserialized when a run asks for it. Writing it copies the values
// kept from the old file without deserializing them. It is written aside and renamed into place, so a run never
// reads half a file; with two runs at once, the last one to finish wins.

import * as crypto from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SourceFile } from '../model/source.ts';

const MAGIC = Buffer.from('otel-target-lint parse cache 1\n', 'latin1');
/** A cache file larger than this is neither read nor written (a run then parses everything, as without one). */
export const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/** Where the cache is and which build it is for. */
export interface ParseCacheOptions {
  /** Candidate files, in order: read from the first that holds a usable cache, written to the first writable. */
  locations: string[];
  /** The linter build (the bundle's content hash): a cache of another build is not used. */
  version: string;
  /** The absolute directory the paths in the cached ranges are relative to (lint()'s base: the repository root). */
  base: string;
  /** A larger cache is neither read nor written; default MAX_CACHE_BYTES. */
  maxBytes?: number;
}

export interface ParseCacheStats {
  /** Results taken from the cache. */
  hits: number;
  /** Results parsed (no entry, or an entry for other text). */
  misses: number;
  /** The file the cache was written to at the end of the run, when it changed. */
  written?: string;
}

interface Header {
  version: string;
  base: string;
  /** [key, digest, byte offset into the values, byte length]. */
  entries: [string, string, number, number][];
}

interface OldEntry {
  digest: string;
  data: Buffer;
}

/** SHA-1 of a text, base64: crypto.hash() where Node has it (>= 20.12), else a Hash object. */
const sha1: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => (crypto as unknown as { hash(alg: string, data: string, enc: string): string }).hash('sha1', text, 'base64')
    : (text) => crypto.createHash('sha1').update(text).digest('base64');

export class ParseCache {
  readonly stats: ParseCacheStats = { hits: 0, misses: 0 };
  private readonly old = new Map<string, OldEntry>();
  private readonly fresh = new Map<string, OldEntry>();
  /** Old entries a run used (kept even if their file is not read by the next run's caller). */
  private readonly used = new Set<string>();
  /** Old entries found out of date (their file changed) or unreadable: dropped when the cache is written. */
  private readonly stale = new Set<string>();
  private readonly digests = new WeakMap<SourceFile, string>();

  private readonly maxBytes: number;

  constructor(private readonly opts: ParseCacheOptions) {
    this.maxBytes = opts.maxBytes ?? MAX_CACHE_BYTES;
    for (const loc of opts.locations) if (this.read(loc)) break;
  }

  /** Reads one cache file; false when it is missing or unusable (then the next location is tried). */
  private read(location: string): boolean {
    let buf: Buffer;
    try {
      buf = readFileSync(location);
    } catch {
      return false;
    }
    try {
      if (buf.length > this.maxBytes || buf.length < MAGIC.length + 4 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return false;
      const headerLength = buf.readUInt32LE(MAGIC.length);
      const base = MAGIC.length + 4 + headerLength;
      if (base > buf.length) return false;
      const header = JSON.parse(buf.toString('utf8', MAGIC.length + 4, base)) as Header;
      if (header.version !== this.opts.version || header.base !== this.opts.base || !Array.isArray(header.entries)) return false;
      const entries = new Map<string, OldEntry>();
      for (const e of header.entries) {
        if (!Array.isArray(e) || e.length !== 4) return false;
        const [key, digest, offset, length] = e;
        if (typeof key !== 'string' || typeof digest !== 'string' || !Number.isInteger(offset) || !Number.isInteger(length)) return false;
        if (offset < 0 || length <= 0 || base + offset + length > buf.length) return false;
        entries.set(key, { digest, data: buf.subarray(base + offset, base + offset + length) });
      }
      for (const [key, e] of entries) this.old.set(key, e);
      return true;
    } catch {
      return false;
    }
  }

  private digest(f: SourceFile): string {
    let d = this.digests.get(f);
    if (d === undefined) {
      d = sha1(f.text);
      this.digests.set(f, d);
    }
    return d;
  }

  /**
   * `parse(f)`, or an equal copy of what it returned for the same text before. `kind` names the parser and every
   * input of it besides the file (a flag such as `helm`). A value that cannot be serialized is simply not cached;
   * an exception of `parse` goes to the caller (nothing is cached).
   */
  through<T>(kind: string, f: SourceFile, parse: (f: SourceFile) => T): T {
    const key = `${kind}\0${f.path}`;
    const digest = this.digest(f);
    const known = this.fresh.get(key) ?? this.old.get(key);
    if (known && known.digest === digest) {
      try {
        const value = deserialize(known.data) as T;
        if (!this.fresh.has(key)) this.used.add(key);
        this.stats.hits++;
        return value;
      } catch {
        // unreadable: parse it again below
      }
    }
    if (this.old.has(key)) this.stale.add(key);
    this.stats.misses++;
    const value = parse(f);
    try {
      // Serialized now, before linking can change the objects it shares with the model.
      this.fresh.set(key, { digest, data: serialize(value) });
    } catch {
      // not plain data: not cached
    }
    return value;
  }

  /**
   * Writes the cache when it changed: this run's results, and the old entries this run used or whose file `keep`
   * accepts (one that still exists: a scoped run reads only what it needs, and some files are read on demand).
   * Other entries (deleted files, files outside the linted repository) are dropped. Never throws: a cache that cannot be written only
   * makes the next run slower.
   */
  save(keep: (path: string) => boolean): void {
    const out: [string, OldEntry][] = [...this.fresh];
    let dropped = false;
    for (const [key, e] of this.old) {
      if (this.fresh.has(key)) continue;
      if (!this.stale.has(key) && (this.used.has(key) || keep(key.slice(key.indexOf('\0') + 1)))) out.push([key, e]);
      else dropped = true;
    }
    if (this.fresh.size === 0 && !dropped) return;
    const header: Header = { version: this.opts.version, base: this.opts.base, entries: [] };
    let offset = 0;
    for (const [key, e] of out) {
      header.entries.push([key, e.digest, offset, e.data.length]);
      offset += e.data.length;
    }
    const head = Buffer.from(JSON.stringify(header), 'utf8');
    const size = Buffer.alloc(4);
    size.writeUInt32LE(head.length);
    const parts = [MAGIC, size, head, ...out.map(([, e]) => e.data)];
    const total = parts.reduce((n, p) => n + p.length, 0);
    if (total > this.maxBytes) return;
    const data = Buffer.concat(parts, total);
    for (const loc of this.opts.locations) {
      const tmp = `${loc}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(loc), { recursive: true });
        writeFileSync(tmp, data);
        renameSync(tmp, loc);
        this.stats.written = loc;
        return;
      } catch {
        try {
          rmSync(tmp, { force: true });
        } catch {
          // nothing left to do
        }
      }
    }
  }
}
