#!/usr/bin/env node
var __otlImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// builtin:node:v8
var require_node_v8 = __commonJS({
  "builtin:node:v8"(exports2, module2) {
    module2.exports = require("node:v8");
  }
});

// builtin:node:buffer
var require_node_buffer = __commonJS({
  "builtin:node:buffer"(exports2, module2) {
    module2.exports = require("node:buffer");
  }
});

// builtin:node:fs
var require_node_fs = __commonJS({
  "builtin:node:fs"(exports2, module2) {
    module2.exports = require("node:fs");
  }
});

// builtin:node:module
var require_node_module = __commonJS({
  "builtin:node:module"(exports2, module2) {
    module2.exports = require("node:module");
  }
});

// builtin:node:os
var require_node_os = __commonJS({
  "builtin:node:os"(exports2, module2) {
    module2.exports = require("node:os");
  }
});

// builtin:node:path
var require_node_path = __commonJS({
  "builtin:node:path"(exports2, module2) {
    module2.exports = require("node:path");
  }
});

// builtin:node:url
var require_node_url = __commonJS({
  "builtin:node:url"(exports2, module2) {
    module2.exports = require("node:url");
  }
});

// builtin:node:vm
var require_node_vm = __commonJS({
  "builtin:node:vm"(exports2, module2) {
    module2.exports = require("node:vm");
  }
});

// src/cli/code-cache.ts
var code_cache_exports = {};
__export(code_cache_exports, {
  ESTREE_BUNDLE: () => ESTREE_BUNDLE,
  LINT_KEY: () => LINT_KEY,
  bundleHash: () => bundleHash,
  cacheDirs: () => cacheDirs,
  loadBundle: () => loadBundle,
  parseCacheSetup: () => parseCacheSetup,
  runtimeKey: () => runtimeKey,
  saveCodeCache: () => saveCodeCache,
  shortHash: () => shortHash
});
function cacheDirs(bundleDir, env = process.env, platform = process.platform) {
  const forced = env.OTEL_TARGET_LINT_CACHE_DIR;
  if (forced !== void 0 && forced !== "") return forced === "off" ? [] : [forced];
  const out = [(0, import_node_path.join)(bundleDir, ".cache")];
  let user;
  try {
    if (platform === "win32") user = env.LOCALAPPDATA ? (0, import_node_path.join)(env.LOCALAPPDATA, "otel-target-lint", "cache") : void 0;
    else user = (0, import_node_path.join)(env.XDG_CACHE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache"), "otel-target-lint");
  } catch {
    user = void 0;
  }
  if (user) out.push(user);
  return out;
}
function shortHash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
function runtimeKey(env = process.env) {
  return `${process.version}-${process.arch}-${shortHash(`${process.execArgv.join(" ")}\0${env.NODE_OPTIONS ?? ""}`)}`;
}
function bundleHash(source) {
  if (!source.startsWith(HASH_PREFIX)) return void 0;
  const end = source.indexOf("\n");
  const hash = source.slice(HASH_PREFIX.length, end < 0 ? void 0 : end).trim();
  if (hash.length < 8 || hash.length > 64) return void 0;
  for (const c of hash) if (!(c >= "0" && c <= "9" || c >= "a" && c <= "f")) return void 0;
  return hash;
}
function readCache(dirs, name) {
  for (const d of dirs) {
    try {
      return (0, import_node_fs.readFileSync)((0, import_node_path.join)(d, name));
    } catch {
    }
  }
  return void 0;
}
function compile(source, file, dirs, cache, pending) {
  const cachedData = cache ? readCache(dirs, cache.name) : void 0;
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...cachedData ? { cachedData } : {}
  });
  if (cache && dirs.length > 0 && (!cachedData || script.cachedDataRejected)) pending.push({ script, ...cache });
  return script.runInThisContext();
}
function preloadTypeScript(req, dirs, pending) {
  let tsFile;
  try {
    tsFile = req.resolve(TYPESCRIPT);
  } catch {
    return;
  }
  if (req.cache[tsFile]) return;
  const Module = import_node_module.default;
  const m = new Module(tsFile);
  try {
    const st = (0, import_node_fs.statSync)(tsFile);
    const family = "tsc-";
    const keep = `${family}${shortHash(`${tsFile}\0${st.size}\0${st.mtimeMs}`)}-`;
    const bytes = (0, import_node_fs.readFileSync)(tsFile);
    const source = (0, import_node_buffer.isAscii)(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
    const fn = compile(source, tsFile, dirs, { name: `${keep}${runtimeKey()}.v8cache`, family, keep }, pending);
    m.filename = tsFile;
    m.paths = [];
    req.cache[tsFile] = m;
    fn.call(m.exports, m.exports, (0, import_node_module.createRequire)(tsFile), m, tsFile, (0, import_node_path.dirname)(tsFile));
    m.loaded = true;
  } catch {
    delete req.cache[tsFile];
  }
}
function parseCacheSetup() {
  const file = (0, import_node_url.fileURLToPath)(new URL("./linter.cjs", __otlImportMetaUrl));
  let head;
  try {
    const fd = (0, import_node_fs.openSync)(file, "r");
    try {
      const b = Buffer.alloc(128);
      head = b.toString("latin1", 0, (0, import_node_fs.readSync)(fd, b, 0, b.length, 0));
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
  } catch {
    return void 0;
  }
  const version = bundleHash(head);
  return version === void 0 ? void 0 : { version, dirs: cacheDirs((0, import_node_path.dirname)(file)) };
}
function runBundle(file, name, bundleRequire, dirs, pending) {
  const source = (0, import_node_fs.readFileSync)(file, "latin1");
  const hash = bundleHash(source);
  const cache = hash !== void 0 ? { name: `${name}-${hash}-${runtimeKey()}.v8cache`, family: `${name}-`, keep: `${name}-${hash}-` } : void 0;
  const fn = compile(source, file, dirs, cache, pending);
  const mod = { exports: {} };
  fn.call(mod.exports, mod.exports, bundleRequire, mod, file, (0, import_node_path.dirname)(file));
  return mod.exports;
}
function load() {
  const file = (0, import_node_url.fileURLToPath)(new URL("./linter.cjs", __otlImportMetaUrl));
  const dir = (0, import_node_path.dirname)(file);
  const req = (0, import_node_module.createRequire)(file);
  const dirs = cacheDirs(dir);
  const enable = import_node_module.default.enableCompileCache;
  if (typeof enable === "function") {
    if (dirs.length > 0) {
      try {
        enable(dirs[0]);
      } catch {
      }
    }
    return { exports: req(file), used: /* @__PURE__ */ new Set(), dirs: [], pending: [] };
  }
  const pending = [];
  let estree;
  const bundleRequire = Object.assign(
    (id) => {
      if (id === ESTREE_BUNDLE) {
        estree ??= runBundle((0, import_node_path.join)(dir, "typescript-estree.cjs"), "estree", bundleRequire, dirs, pending);
        return estree;
      }
      if (id === TYPESCRIPT && dirs.length > 0) preloadTypeScript(req, dirs, pending);
      return req(id);
    },
    { resolve: req.resolve, cache: req.cache, main: req.main, extensions: req.extensions }
  );
  const exports2 = runBundle(file, "linter", bundleRequire, dirs, pending);
  return { exports: exports2, used: /* @__PURE__ */ new Set(), dirs, pending };
}
function loadBundle(key) {
  loaded ??= load();
  loaded.used.add(key);
  const get = loaded.exports[key];
  if (typeof get !== "function") throw new Error(`dist/linter.cjs has no module ${key}: rebuild with npm run build`);
  const out = get();
  if (key === LINT_KEY) warmShellParser(loaded.exports);
  return out;
}
function warmShellParser(exports2) {
  try {
    const shell = exports2[SHELL_KEY]?.();
    shell?.initShellParser?.().catch(() => {
    });
  } catch {
  }
}
function saveCodeCache(exitCode2) {
  if (!loaded || !loaded.used.has(LINT_KEY) || exitCode2 !== 0 && exitCode2 !== 1) return;
  const { dirs, pending } = loaded;
  loaded.pending = [];
  for (const p of pending) {
    let data;
    try {
      data = p.script.createCachedData();
    } catch {
      continue;
    }
    for (const d of dirs) {
      try {
        (0, import_node_fs.mkdirSync)(d, { recursive: true });
        for (const f of (0, import_node_fs.readdirSync)(d)) {
          if (f.startsWith(p.family) && f.endsWith(".v8cache") && !f.startsWith(p.keep)) (0, import_node_fs.rmSync)((0, import_node_path.join)(d, f), { force: true });
        }
        const tmp = (0, import_node_path.join)(d, `${p.name}.${process.pid}.tmp`);
        (0, import_node_fs.writeFileSync)(tmp, data);
        (0, import_node_fs.renameSync)(tmp, (0, import_node_path.join)(d, p.name));
        break;
      } catch {
      }
    }
  }
}
var import_node_buffer, import_node_fs, import_node_module, import_node_os, import_node_path, import_node_url, import_node_vm, LINT_KEY, SHELL_KEY, HASH_PREFIX, TYPESCRIPT, loaded, ESTREE_BUNDLE;
var init_code_cache = __esm({
  "src/cli/code-cache.ts"() {
    "use strict";
    import_node_buffer = __toESM(require_node_buffer(), 1);
    import_node_fs = __toESM(require_node_fs(), 1);
    import_node_module = __toESM(require_node_module(), 1);
    import_node_os = __toESM(require_node_os(), 1);
    import_node_path = __toESM(require_node_path(), 1);
    import_node_url = __toESM(require_node_url(), 1);
    import_node_vm = __toESM(require_node_vm(), 1);
    LINT_KEY = "m_src_lint_ts";
    SHELL_KEY = "m_src_parsers_shell_ts";
    HASH_PREFIX = "// otel-target-lint bundle ";
    TYPESCRIPT = "typescript";
    ESTREE_BUNDLE = "./typescript-estree.cjs";
  }
});

// builtin:node:util
var require_node_util = __commonJS({
  "builtin:node:util"(exports2, module2) {
    module2.exports = require("node:util");
  }
});

// linter-bundle:m_rules_index_ts
var require_m_rules_index_ts = __commonJS({
  "linter-bundle:m_rules_index_ts"(exports2, module2) {
    module2.exports = (init_code_cache(), __toCommonJS(code_cache_exports)).loadBundle("m_rules_index_ts");
  }
});

// linter-bundle:m_src_engine_builtin_rules_ts
var require_m_src_engine_builtin_rules_ts = __commonJS({
  "linter-bundle:m_src_engine_builtin_rules_ts"(exports2, module2) {
    module2.exports = (init_code_cache(), __toCommonJS(code_cache_exports)).loadBundle("m_src_engine_builtin_rules_ts");
  }
});

// linter-bundle:m_src_engine_types_ts
var require_m_src_engine_types_ts = __commonJS({
  "linter-bundle:m_src_engine_types_ts"(exports2, module2) {
    module2.exports = (init_code_cache(), __toCommonJS(code_cache_exports)).loadBundle("m_src_engine_types_ts");
  }
});

// linter-bundle:m_src_formatters_index_ts
var require_m_src_formatters_index_ts = __commonJS({
  "linter-bundle:m_src_formatters_index_ts"(exports2, module2) {
    module2.exports = (init_code_cache(), __toCommonJS(code_cache_exports)).loadBundle("m_src_formatters_index_ts");
  }
});

// linter-bundle:m_src_lint_ts
var require_m_src_lint_ts = __commonJS({
  "linter-bundle:m_src_lint_ts"(exports2, module2) {
    module2.exports = (init_code_cache(), __toCommonJS(code_cache_exports)).loadBundle("m_src_lint_ts");
  }
});

// linter-bundle:m_src_engine_targets_ts
var require_m_src_engine_targets_ts = __commonJS({
  "linter-bundle:m_src_engine_targets_ts"(exports2, module2) {
    module2.exports = (init_code_cache(), __toCommonJS(code_cache_exports)).loadBundle("m_src_engine_targets_ts");
  }
});

// linter-bundle:m_src_formatters_targets_ts
var require_m_src_formatters_targets_ts = __commonJS({
  "linter-bundle:m_src_formatters_targets_ts"(exports2, module2) {
    module2.exports = (init_code_cache(), __toCommonJS(code_cache_exports)).loadBundle("m_src_formatters_targets_ts");
  }
});

// linter-bundle:m_src_engine_rebase_ts
var require_m_src_engine_rebase_ts = __commonJS({
  "linter-bundle:m_src_engine_rebase_ts"(exports2, module2) {
    module2.exports = (init_code_cache(), __toCommonJS(code_cache_exports)).loadBundle("m_src_engine_rebase_ts");
  }
});

// linter-bundle:m_src_fix_index_ts
var require_m_src_fix_index_ts = __commonJS({
  "linter-bundle:m_src_fix_index_ts"(exports2, module2) {
    module2.exports = (init_code_cache(), __toCommonJS(code_cache_exports)).loadBundle("m_src_fix_index_ts");
  }
});

// src/cli/bin.ts
var import_node_v8 = __toESM(require_node_v8(), 1);
init_code_cache();

// src/cli/main.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var import_node_util = __toESM(require_node_util(), 1);

// package.json
var package_default = {
  name: "otel-target-lint",
  version: "0.1.0",
  description: "Static linter for OpenTelemetry Go eBPF auto-instrumentation: checks OTEL_GO_AUTO_TARGET_EXE against the binary your image really runs",
  scripts: {
    build: "node scripts/build.mjs",
    prepare: "node scripts/build.mjs",
    typecheck: "tsc --noEmit -p .",
    test: "npm run typecheck && node scripts/test.mjs",
    bench: "node scripts/bench.mjs",
    fuzz: "node --import tsx scripts/fuzz.ts"
  },
  keywords: [],
  author: "",
  license: "Apache-2.0",
  type: "module",
  dependencies: {
    "@tree-sitter-grammars/tree-sitter-hcl": "^1.2.0",
    "dockerfile-ast": "^0.7.1",
    globby: "^16.2.4",
    ignore: "^7.0.16",
    shlex: "^3.0.0",
    "tree-sitter-bash": "^0.25.1",
    typescript: "~6.0",
    "web-tree-sitter": "^0.27.1",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@microsoft/sarif-multitool": "^5.7.0",
    "@types/node": "^20.19.43",
    "@typescript-eslint/typescript-estree": "^8.73.0",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    cdk8s: "2.70.106",
    "cdk8s-plus-31": "2.6.43",
    constructs: "10.8.1",
    esbuild: "^0.28.2",
    tsx: "^4.23.15",
    uvu: "^0.5.6"
  },
  bin: {
    "otel-target-lint": "dist/cli.cjs"
  },
  engines: {
    node: ">=20"
  },
  files: [
    "dist",
    "!dist/.cache",
    "rules/*.md",
    "README.md",
    "action.yml",
    ".github/otel-target-lint-matcher.json"
  ]
};

// src/version.ts
var VERSION = package_default.version;

// src/cli/main.ts
init_code_cache();
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var EXIT_INTERNAL = 3;
var NAME = "otel-target-lint";
var FORMATS = ["stylish", "json", "gcc", "sarif", "github"];
var THRESHOLDS = ["error", "warning", "info", "none"];
var RULE_LEVELS = ["error", "warning", "info", "off"];
var OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  report: { type: "string", multiple: true },
  "max-warnings": { type: "string" },
  "severity-threshold": { type: "string", short: "t" },
  quiet: { type: "boolean", short: "q" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  rule: { type: "string", multiple: true },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "list-rules": { type: "boolean" },
  "print-targets": { type: "boolean" },
  all: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var HELP = `Usage: ${NAME} [options] [paths...]

Checks that OTEL_GO_AUTO_TARGET_EXE (and the Operator, OBI and Beyla equivalents) names the binary the
container really runs, from Dockerfiles, entrypoint scripts, Kubernetes and compose files.

Paths are files or directories (default: .). The whole repository is read as context, so a changed
manifest still finds its Dockerfile, but only findings in the given paths are reported.

Output:
  -f, --format FORMAT             stylish (default), json, gcc, sarif or github
  -o, --output-file FILE          write the --format report to FILE; the terminal then shows the
                                  stylish report
      --report FORMAT=FILE        also write a FORMAT report to FILE (repeatable)
  -q, --quiet                     errors only: warnings and infos are dropped everywhere and count
                                  for nothing (not for --max-warnings either)
      --color, --no-color         force colours on or off (default: on when the output is a terminal;
                                  NO_COLOR and FORCE_COLOR are honoured)

Failing:
  -t, --severity-threshold LEVEL  exit 1 when a finding is at or above LEVEL: error (default),
                                  warning, info, or none (never)
      --max-warnings N            exit 1 when there are more than N warnings (default -1: no limit)

Configuration:
  -c, --config FILE               config file (default: .otel-target-lint.yaml at the repository root)
      --no-config                 use no config file
      --rule ID=SEVERITY          set a rule to error, warning, info or off (repeatable; overrides the
                                  config file)

Fixing:
      --fix                       apply the safe fixes in place (only the fixed values change), then
                                  report what remains
      --fix-dry-run               print the fixes as a unified diff (git apply can apply it) and report
                                  what remains, changing nothing

Speed:
      --cache                     keep the parsers' results between runs; a file whose text is unchanged
                                  is not parsed again (the report is the same)
      --cache-location PATH       the cache file, or a directory for it (default: the user's cache
                                  directory, one file per working directory)

Input:
      --stdin                     lint standard input (the rest of the repository is context)
      --stdin-filename FILE       the file standard input is linted as (required with --stdin)

Information:
      --list-rules                list the rules (with --format json: as JSON) and exit
      --print-targets             print, for each application container in the paths, the executable
                                  /proc/<pid>/exe will show (the value OTEL_GO_AUTO_TARGET_EXE needs),
                                  how it was worked out and the targets that name it, then exit 0
                                  (with --format json: as JSON). Only containers that may run a Go
                                  program are listed
      --all                       with --print-targets: list every application container
  -h, --help                      show this help and exit
  -v, --version                   print the version and exit

Exit codes: 0 no finding at or above the threshold, 1 findings, 2 usage error, 3 internal error.

Suppress a finding with a comment on the line before it (or for a whole file):
  # otel-target-lint-disable-next-line <rule>[, <rule>] -- <reason>
  # otel-target-lint-disable-file <rule> -- <reason>
or, on a Kubernetes workload or its pod template, the annotation
  otel-target-lint.io/ignore: "<rule>,<rule>"
`;
var CliUsageError = class extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
  hint;
};
function distance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
function closest(word, candidates) {
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
var HELP_HINT = `Run '${NAME} --help' for the options.`;
function parse(argv) {
  const loose = (0, import_node_util.parseArgs)({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const t of loose.tokens ?? []) {
    if (t.kind !== "option" || Object.hasOwn(OPTIONS, t.name)) continue;
    const guess = t.rawName.startsWith("--") ? closest(t.name, Object.keys(OPTIONS)) : void 0;
    throw new CliUsageError(`Unknown option '${t.rawName}'.`, guess ? `Did you mean '--${guess}'? ${HELP_HINT}` : HELP_HINT);
  }
  try {
    return (0, import_node_util.parseArgs)({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new CliUsageError(msg, HELP_HINT);
  }
}
function terminalColor(values, env, isTTY) {
  if (values["no-color"]) return false;
  if (values.color) return true;
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}
function checkFormat(name, where) {
  if (FORMATS.includes(name)) return name;
  const guess = closest(name, FORMATS);
  throw new CliUsageError(
    `Unknown format '${name}' in ${where}.`,
    `${guess ? `Did you mean '${guess}'? ` : ""}Formats: ${FORMATS.join(", ")}.`
  );
}
async function settings(p, ruleIds) {
  const v = p.values;
  const format = checkFormat(v.format ?? "stylish", "--format");
  const reports = (v.report ?? []).map((r) => {
    const eq = r.indexOf("=");
    if (eq <= 0 || eq === r.length - 1) {
      throw new CliUsageError(`Invalid --report '${r}'.`, "Write it as FORMAT=FILE, e.g. --report sarif=results.sarif.");
    }
    return { format: checkFormat(r.slice(0, eq), "--report"), file: r.slice(eq + 1) };
  });
  let maxWarnings = -1;
  if (v["max-warnings"] !== void 0) {
    const n = Number(v["max-warnings"]);
    if (v["max-warnings"].trim() === "" || !Number.isInteger(n) || n < -1) {
      throw new CliUsageError(
        `Invalid --max-warnings '${v["max-warnings"]}'.`,
        "Give a whole number of warnings to allow, or -1 for no limit (--max-warnings=-1)."
      );
    }
    maxWarnings = n;
  }
  const threshold = v["severity-threshold"] ?? "error";
  if (!THRESHOLDS.includes(threshold)) {
    throw new CliUsageError(`Invalid --severity-threshold '${threshold}'.`, `Use one of: ${THRESHOLDS.join(", ")}.`);
  }
  if (v.config !== void 0 && v["no-config"]) {
    throw new CliUsageError("--config and --no-config cannot be used together.", HELP_HINT);
  }
  const ruleSeverities = /* @__PURE__ */ new Map();
  if (v.rule && v.rule.length > 0) {
    const ids = await ruleIds();
    for (const r of v.rule) {
      const eq = r.indexOf("=");
      const id = eq < 0 ? r : r.slice(0, eq).trim();
      const level = eq < 0 ? "" : r.slice(eq + 1).trim();
      if (eq < 0 || !RULE_LEVELS.includes(level)) {
        throw new CliUsageError(`Invalid --rule '${r}'.`, `Write it as ID=SEVERITY with SEVERITY one of ${RULE_LEVELS.join(", ")}.`);
      }
      if (!ids.includes(id)) {
        const guess = closest(id, ids);
        throw new CliUsageError(
          `Unknown rule '${id}' in --rule.`,
          `${guess ? `Did you mean '${guess}'? ` : ""}Run '${NAME} --list-rules' for the rules.`
        );
      }
      ruleSeverities.set(id, level);
    }
  }
  if (v["stdin-filename"] !== void 0 && !v.stdin) {
    throw new CliUsageError("--stdin-filename is only used with --stdin.", HELP_HINT);
  }
  if (v.stdin) {
    if (v["stdin-filename"] === void 0 || v["stdin-filename"] === "") {
      throw new CliUsageError(
        "--stdin needs --stdin-filename.",
        "The name decides how the text is read, e.g. --stdin-filename deploy/app.yaml or Dockerfile."
      );
    }
    if (p.positionals.length > 0) {
      throw new CliUsageError("Paths cannot be given with --stdin.", "Lint either standard input or paths.");
    }
  }
  if (v["cache-location"] !== void 0 && !v.cache) {
    throw new CliUsageError("--cache-location is only used with --cache.", HELP_HINT);
  }
  if (v["cache-location"] === "") throw new CliUsageError("--cache-location needs a file or directory.", HELP_HINT);
  const s = {
    format,
    reports,
    maxWarnings,
    threshold,
    quiet: v.quiet ?? false,
    noConfig: v["no-config"] ?? false,
    ruleSeverities,
    paths: p.positionals,
    fix: v["fix-dry-run"] ? "dry-run" : v.fix ? "write" : "none",
    cache: v.cache ?? false
  };
  if (v.fix && v["fix-dry-run"]) throw new CliUsageError("--fix and --fix-dry-run cannot be used together.", HELP_HINT);
  if (v.all && !v["print-targets"]) throw new CliUsageError("--all only applies to --print-targets.", HELP_HINT);
  if (v["print-targets"]) {
    const other = ["fix", "fix-dry-run", "output-file", "report", "list-rules"].find((k) => v[k] !== void 0);
    if (other) throw new CliUsageError(`--print-targets cannot be used with --${other}.`, HELP_HINT);
    if (format !== "stylish" && format !== "json") {
      throw new CliUsageError(`--print-targets prints text or JSON, not ${format}.`, "Use --format json, or no --format.");
    }
  }
  if (v.fix && v.stdin) throw new CliUsageError("--fix cannot write to standard input.", "Use --fix-dry-run with --stdin to see the fixes as a diff.");
  if (v["output-file"] !== void 0) s.outputFile = v["output-file"];
  if (v["cache-location"] !== void 0) s.cacheLocation = v["cache-location"];
  if (v.config !== void 0) s.configFile = v.config;
  if (v.stdin) s.stdinFilename = v["stdin-filename"];
  return s;
}
async function ruleList(opts) {
  if (opts.rules) return opts.rules;
  return (await Promise.resolve().then(() => __toESM(require_m_rules_index_ts(), 1))).allRules;
}
async function allMetas(opts) {
  const { builtinRuleMetas } = await Promise.resolve().then(() => __toESM(require_m_src_engine_builtin_rules_ts(), 1));
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const m of [...(await ruleList(opts)).map((r) => r.meta), ...builtinRuleMetas]) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    out.push(m);
  }
  return out;
}
async function listRules(metas, format) {
  if (format === "json") {
    const { DOCS_BASE } = await Promise.resolve().then(() => __toESM(require_m_src_engine_types_ts(), 1));
    return JSON.stringify(metas.map((m) => ({ ...m, docs: `${DOCS_BASE}${m.id}.md` })), null, 2) + "\n";
  }
  const rows = [["RULE", "SEVERITY", "FIX", "DESCRIPTION"], ...metas.map((m) => [m.id, m.defaultSeverity, m.fixable ? "yes" : "", m.description])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => i < 3 ? c.padEnd(widths[i]) : c).join("  ").trimEnd()).join("\n") + "\n";
}
var RANK = { info: 0, warning: 1, error: 2 };
function exitCode(diagnostics, threshold, maxWarnings) {
  if (diagnostics.some((d) => d.ruleId === "internal-error")) return EXIT_INTERNAL;
  if (threshold !== "none" && diagnostics.some((d) => RANK[d.severity] >= RANK[threshold])) return EXIT_FINDINGS;
  if (maxWarnings >= 0 && diagnostics.filter((d) => d.severity === "warning").length > maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}
function parseCacheOptions(s, io) {
  const setup = io.parseCache?.();
  if (!setup) {
    io.stderr(`${NAME}: --cache is not available in this build (it has no build hash); linting without it.
`);
    return void 0;
  }
  const name = `parse-${shortHash(io.cwd)}.cache`;
  if (s.cacheLocation !== void 0) {
    const abs = (0, import_node_path2.resolve)(io.cwd, s.cacheLocation);
    const dir = s.cacheLocation.endsWith("/") || s.cacheLocation.endsWith(import_node_path2.sep) || isDirectory(abs);
    return { locations: [dir ? (0, import_node_path2.join)(abs, name) : abs], version: setup.version };
  }
  if (setup.dirs.length === 0) {
    io.stderr(`${NAME}: --cache: OTEL_TARGET_LINT_CACHE_DIR is off and no --cache-location is given; linting without a cache.
`);
    return void 0;
  }
  return { locations: setup.dirs.map((d) => (0, import_node_path2.join)(d, name)), version: setup.version };
}
function isDirectory(p) {
  try {
    return (0, import_node_fs2.statSync)(p).isDirectory();
  } catch {
    return false;
  }
}
function usage(io, message, hint) {
  io.stderr(`${NAME}: ${message}
${hint ? `${hint}
` : ""}`);
  return EXIT_USAGE;
}
async function main(argv, io, opts = {}) {
  try {
    const parsed = parse(argv);
    if (parsed.values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (parsed.values.version) {
      io.stdout(`${VERSION}
`);
      return EXIT_OK;
    }
    const s = await settings(parsed, async () => (await allMetas(opts)).map((m) => m.id));
    const color = terminalColor(parsed.values, io.env, io.isTTY);
    const { loadFormatter } = await Promise.resolve().then(() => __toESM(require_m_src_formatters_index_ts(), 1));
    if (parsed.values["list-rules"]) {
      io.stdout(await listRules(await allMetas(opts), s.format));
      return EXIT_OK;
    }
    let stdin;
    if (s.stdinFilename !== void 0) {
      if (!io.readStdin) return usage(io, "Standard input cannot be read here.");
      stdin = { text: await io.readStdin(), filename: s.stdinFilename };
    }
    const cache = s.cache ? parseCacheOptions(s, io) : void 0;
    const { lint, UsageError } = await Promise.resolve().then(() => __toESM(require_m_src_lint_ts(), 1));
    const rules = await ruleList(opts);
    const run = () => lint({
      cwd: io.cwd,
      paths: s.paths,
      noConfig: s.noConfig,
      ruleSeverities: s.ruleSeverities,
      rules,
      ...s.configFile !== void 0 ? { configFile: s.configFile } : {},
      ...stdin ? { stdin } : {},
      ...cache ? { cache } : {}
    });
    let result;
    try {
      result = await run();
    } catch (err) {
      if (err instanceof UsageError) return usage(io, err.message, err.hint);
      throw err;
    }
    if (parsed.values["print-targets"]) {
      const { targetReport } = await Promise.resolve().then(() => __toESM(require_m_src_engine_targets_ts(), 1));
      const { targetsJson, targetsText } = await Promise.resolve().then(() => __toESM(require_m_src_formatters_targets_ts(), 1));
      const requested = result.requested;
      const { rebaseTargets } = await Promise.resolve().then(() => __toESM(require_m_src_engine_rebase_ts(), 1));
      const entries = rebaseTargets(result.toCwd, targetReport(result.model, (p) => requested.has(p)));
      const all = parsed.values.all ?? false;
      io.stdout(s.format === "json" ? targetsJson(entries, VERSION, { all }) : targetsText(entries, { all, ...color ? { bold: (t) => `\x1B[1m${t}\x1B[22m` } : {} }));
      return EXIT_OK;
    }
    let remaining = result.diagnostics;
    if (s.fix !== "none") {
      const { fixFiles, unparseableFiles } = await Promise.resolve().then(() => __toESM(require_m_src_fix_index_ts(), 1));
      const unparseable = /* @__PURE__ */ new Set([
        ...unparseableFiles(result.model.problems),
        ...result.diagnostics.filter((d) => d.ruleId === "parse-error").map((d) => d.range.file)
      ]);
      const { rebaser, relativeDir } = await Promise.resolve().then(() => __toESM(require_m_src_engine_rebase_ts(), 1));
      const up = relativeDir(result.base, io.cwd);
      const toRoot = up === ".." || up.startsWith("../") || (0, import_node_path2.isAbsolute)(up) ? void 0 : rebaser(io.cwd, result.base);
      const fx = await fixFiles(result.diagnostics, result.files, { cwd: io.cwd, dryRun: s.fix === "dry-run", unparseable, ...toRoot ? { diffPath: toRoot } : {} });
      for (const k of fx.skipped) io.stderr(`${NAME}: fix not applied in ${k.file}${k.line ? `:${k.line}` : ""}${k.ruleId ? ` [${k.ruleId}]` : ""}: ${k.reason}
`);
      if (s.fix === "dry-run") {
        if (fx.diff !== "") io.stdout(fx.diff);
        remaining = fx.remaining;
      } else if (fx.changed.length > 0) {
        result = await run();
        remaining = result.diagnostics;
      }
    }
    const diagnostics = s.quiet ? remaining.filter((d) => d.severity === "error") : remaining;
    const base = {
      cwd: io.cwd,
      files: result.files,
      rules: await allMetas(opts),
      version: VERSION
    };
    const toFiles = [...s.outputFile !== void 0 ? [{ format: s.format, file: s.outputFile }] : [], ...s.reports];
    for (const r of toFiles) {
      const text = (await loadFormatter(r.format))(diagnostics, { ...base, color: false });
      const abs = (0, import_node_path2.resolve)(io.cwd, r.file);
      try {
        (0, import_node_fs2.mkdirSync)((0, import_node_path2.dirname)(abs), { recursive: true });
        (0, import_node_fs2.writeFileSync)(abs, text);
      } catch (err) {
        const e = err;
        return usage(io, `Cannot write the ${r.format} report to ${r.file}: ${e.code ?? e.message}.`);
      }
    }
    const terminalFormat = s.outputFile !== void 0 ? "stylish" : s.format;
    const out = (await loadFormatter(terminalFormat))(diagnostics, { ...base, color });
    if (out !== "") io.stdout(out);
    const code = exitCode(diagnostics, s.threshold, s.maxWarnings);
    const warnings = diagnostics.filter((d) => d.severity === "warning").length;
    if (s.maxWarnings >= 0 && warnings > s.maxWarnings) {
      io.stderr(`${NAME}: too many warnings (${warnings}; --max-warnings is ${s.maxWarnings}).
`);
    }
    return code;
  } catch (err) {
    if (err instanceof CliUsageError) return usage(io, err.message, err.hint);
    const text = err instanceof Error ? err.stack ?? err.message : String(err);
    io.stderr(`${NAME}: internal error: ${text}
This is a bug in ${NAME}: please report it.
`);
    return EXIT_INTERNAL;
  }
}

// src/cli/bin.ts
(0, import_node_v8.setFlagsFromString)("--liftoff-only");
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code !== "EPIPE") throw err;
  });
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
void main(process.argv.slice(2), {
  stdout: (s) => void (process.stdout.writable && process.stdout.write(s)),
  stderr: (s) => void (process.stderr.writable && process.stderr.write(s)),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  readStdin,
  parseCache: parseCacheSetup
}).then((code) => {
  process.exitCode = code;
  saveCodeCache(code);
});
