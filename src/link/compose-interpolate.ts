// A compose project as Compose runs it: every value the model uses interpolated with the project's `.env`
// (compose-values.ts says which assumptions that takes), and the variables of `env_file:` files added to each
// service's environment.
//
// - `.env` is the one in the compose file's directory (Compose's project directory when no --project-directory or
//   --env-file is given). A `.env` that exists but is not part of the repository (.gitignore'd: it holds secrets, and
//   a CI checkout has none) makes every variable unknown.
// - `env_file:` paths are relative to that directory. As Compose documents it: `environment:` wins over `env_file:`,
//   a later file over an earlier one, and within a file the last line. A file that cannot be read (missing,
//   outside the repository, .gitignore'd) stays in `envFiles`: the service's environment is then not fully known.
// - A value keeps the range of the compose file when several places make it; when one place writes all of it, the
//   range is that place (the `.env` line, or the default's text inside the compose value), so findings and fixes
//   land where the value can be changed, and `via` carries the steps.

import { posix } from 'node:path';
import type { ParseProblem, SourceFile } from '../model/source.ts';
import type { ComposeFile, ComposeService, Scalar } from '../model/workload.ts';
import { parseDotenv } from '../parsers/dotenv.ts';
import { composeBool, composeBoolProblem } from '../parsers/yaml.ts';
import type { DotenvFile } from '../parsers/dotenv.ts';
import { classifyName } from '../discover/classify.ts';
import { interpolate, interpolationEvidence, singleOrigin } from './compose-values.ts';
import type { VarLookup } from './compose-values.ts';

export interface EnvFileAccess {
  /** The repository's files as discovered (what .gitignore leaves). */
  discovered: (path: string) => boolean;
  stat: (path: string) => 'file' | 'dir' | undefined;
  load: (path: string) => SourceFile | undefined;
  file: (path: string) => SourceFile | undefined;
  problems: (file: string, p: ParseProblem[]) => void;
}

type Env = ComposeService['environment'][number];

/**
 * Interpolates compose files. Environment files are read and parsed once for all of them (two compose files in a
 * directory share its `.env`, services of several files may name the same env_file), so each problem is met once.
 */
export function composeInterpolator(io: EnvFileAccess): (cf: ComposeFile, place?: ProjectPlace) => ComposeFile {
  const parsed = new Map<string, DotenvFile | undefined>();
  /** A readable environment file of the repository, parsed once; undefined when it cannot be read. */
  const read = (path: string): DotenvFile | undefined => {
    if (parsed.has(path)) return parsed.get(path);
    let out: DotenvFile | undefined;
    // A name discovery looks for but did not find is ignored by git: not in a checkout.
    const hidden = classifyName(path) === 'dotenv' && !io.discovered(path);
    const f = hidden ? undefined : io.load(path);
    if (f) {
      out = parseDotenv(f);
      io.problems(f.path, out.problems);
    }
    parsed.set(path, out);
    return out;
  };
  // A problem of a value is said once, however many projects include its file.
  const said = new Set<string>();
  const problem = (p: ParseProblem): void => {
    const key = `${p.range.file}\0${p.range.start}\0${p.message}`;
    if (said.has(key)) return;
    said.add(key);
    io.problems(p.range.file, [p]);
  };
  return (cf, opts) => interpolateCompose(cf, io, read, problem, opts);
}

/**
 * Where a compose file's project is: its directory and `.env` (the defaults), or for an `include:` item with
 * `project_directory:` / `env_file:` those (cwd-relative).
 */
export interface ProjectPlace {
  dir?: string;
  envFiles?: string[];
}

function interpolateCompose(
  cf: ComposeFile,
  io: EnvFileAccess,
  read: (path: string) => DotenvFile | undefined,
  problem: (p: ParseProblem) => void,
  place: ProjectPlace = {},
): ComposeFile {
  const dir = place.dir ?? posix.dirname(cf.file);
  let hiddenDotenv = false;
  const vars = new Map<string, Scalar>();
  for (const dotenvPath of place.envFiles ?? [posix.join(dir, '.env')]) {
    const dotenv = read(dotenvPath);
    if (!dotenv && io.stat(dotenvPath) === 'file') hiddenDotenv = true;
    const dotenvFile = dotenv ? io.file(dotenv.file) : undefined;
    for (const e of dotenv?.entries ?? []) {
      if (!e.value) continue;
      let v = e.value;
      // An unquoted value with `$` is interpolated from the lines before it (the shell sets nothing, see above).
      // A double-quoted one is left unknown: its escapes are already decoded, so `\$` and `$` would look alike.
      if (v.unknown && dotenvFile && !'"\''.includes(dotenvFile.text[v.range.start] ?? '"')) {
        const r = interpolate(v.value, (name) => vars.get(name));
        if (r.value !== undefined) {
          const { unknown: _, ...known } = v;
          v = { ...known, value: r.value, via: { evidence: interpolationEvidence(r, v), edit: 'none' } };
        }
      }
      vars.set(e.name.value, v);
    }
  }
  const lookup: VarLookup = (name) => (hiddenDotenv ? 'unknown' : vars.get(name));

  const conv = <T extends Scalar | undefined>(s: T): T => {
    if (!s || s.unknown || !s.value.includes('$')) return s;
    const r = interpolate(s.value, lookup);
    if (r.value === undefined) return { ...s, unknown: true };
    // Only `$$`: the value is the literal as written, with `$` for `$$`.
    if (r.used.length === 0) return { ...s, value: r.value };
    const file = io.file(s.range.file);
    const source = file?.text.slice(s.range.start, s.range.end);
    const one = file ? singleOrigin(r, s, source, (a, b) => file.lines.range(file.path, a, b)) : undefined;
    // Steps the value already came through (an `extends:` base) come first.
    const evidence = [...(s.via?.evidence ?? []), ...interpolationEvidence(r, s, one?.range)];
    if (one) return { ...(s.keyRange ? { keyRange: s.keyRange } : {}), value: r.value, range: one.range, via: { evidence, edit: one.edit } } as T;
    return { ...s, value: r.value, via: { evidence, edit: 'none' } };
  };
  const convCmd = (c: ComposeService['command']): ComposeService['command'] => {
    if (!c) return c;
    const out = { ...c, items: c.items.map(conv) };
    if (c.string) out.string = conv(c.string);
    return out;
  };

  const services = cf.services.map((s): ComposeService => {
    const out: ComposeService = {
      ...s,
      environment: s.environment.map((e): Env => (e.value ? { ...e, value: conv(e.value) } : e)),
      capAdd: s.capAdd.map(conv),
      envFiles: [],
    };
    if (s.mounts) out.mounts = s.mounts.map((m) => ({ ...m, target: conv(m.target), ...(m.source ? { source: conv(m.source) } : {}) }));
    if (s.image) out.image = conv(s.image);
    if (s.pid) out.pid = conv(s.pid);
    if (s.containerName) out.containerName = conv(s.containerName);
    if (s.user) out.user = conv(s.user);
    if (s.privilegedText) {
      // Compose casts the interpolated string to a boolean.
      const t = conv(s.privilegedText);
      if (!t.unknown) {
        const p = composeBoolProblem(t.value, 'privileged');
        if (p) problem({ range: t.range, message: p.message, severity: p.severity });
        const b = composeBool(t.value);
        if (b) out.privileged = { value: b.value, range: t.range, ...(t.keyRange ? { keyRange: t.keyRange } : {}), ...(t.via ? { via: t.via } : {}) };
      }
      delete out.privilegedText;
    }
    const entrypoint = convCmd(s.entrypoint);
    if (entrypoint) out.entrypoint = entrypoint;
    const command = convCmd(s.command);
    if (command) out.command = command;
    if (s.build) {
      const b = { ...s.build, context: conv(s.build.context), args: s.build.args.map((a) => (a.value ? { ...a, value: conv(a.value) } : a)) };
      if (s.build.dockerfile) b.dockerfile = conv(s.build.dockerfile);
      if (s.build.target) b.target = conv(s.build.target);
      out.build = b;
    }

    // env_file: the variables `environment:` does not set, later files first.
    const fromFiles = new Map<string, Env>();
    for (const ref of s.envFiles) {
      const p = conv(ref);
      const f = p.unknown || posix.isAbsolute(p.value) ? undefined : read(posix.normalize(posix.join(dir, p.value)));
      if (!f) {
        out.envFiles.push(ref);
        continue;
      }
      const evidence = [{ range: ref.range, message: `env_file: of service "${s.name.value}" reads ${f.file}` }];
      for (const e of f.entries) {
        const entry: Env = { name: e.name, range: e.range };
        if (e.value) entry.value = { ...e.value, via: { evidence, edit: 'scalar' } };
        fromFiles.delete(e.name.value);
        fromFiles.set(e.name.value, entry);
      }
    }
    const own = new Set(out.environment.map((e) => e.name.value));
    for (const e of fromFiles.values()) if (!own.has(e.name.value)) out.environment.push(e);
    return out;
  });
  const out: ComposeFile = { ...cf, services };
  if (cf.configs) out.configs = cf.configs.map((c) => (c.file ? { ...c, file: conv(c.file) } : c));
  return out;
}
