// otel-target-lint bundle 57a0a73b3df1f7c4
var __otlImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
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

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports2, module2) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var w = d * 7;
    var y = d * 365.25;
    module2.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return Math.round(ms / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms / h) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return plural(ms, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural(ms, msAbs, h, "hour");
      }
      if (msAbs >= m) {
        return plural(ms, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural(ms, msAbs, s, "second");
      }
      return ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports2, module2) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms = curr - (prevTime || curr);
          self.diff = ms;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v) => {
            enableOverride = v;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns of split) {
          if (ns[0] === "-") {
            createDebug.skips.push(ns.slice(1));
          } else {
            createDebug.names.push(ns);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns of createDebug.names) {
          if (matchesTemplate(name, ns)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module2.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports2, module2) {
    exports2.formatArgs = formatArgs;
    exports2.save = save;
    exports2.load = load;
    exports2.useColors = useColors;
    exports2.storage = localstorage();
    exports2.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports2.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module2.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    exports2.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports2.storage.setItem("debug", namespaces);
        } else {
          exports2.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r;
      try {
        r = exports2.storage.getItem("debug") || exports2.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports2, module2) {
    var tty = require("tty");
    var util = require("util");
    exports2.init = init;
    exports2.log = log;
    exports2.formatArgs = formatArgs;
    exports2.save = save;
    exports2.load = load;
    exports2.useColors = useColors;
    exports2.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports2.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports2.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports2.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => {
        return k.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports2.inspectOpts ? Boolean(exports2.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c = this.color;
        const colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module2.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports2.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports2.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports2.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports2.inspectOpts[keys[i]];
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports2, module2) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module2.exports = require_browser();
    } else {
      module2.exports = require_node();
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/source-files.js
var require_source_files = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/source-files.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isSourceFile = isSourceFile;
    exports2.getCodeText = getCodeText;
    var ts = __importStar(require("typescript"));
    function isSourceFile(code) {
      if (typeof code !== "object" || code == null) {
        return false;
      }
      const maybeSourceFile = code;
      return maybeSourceFile.kind === ts.SyntaxKind.SourceFile && typeof maybeSourceFile.getFullText === "function";
    }
    function getCodeText(code) {
      return isSourceFile(code) ? code.getFullText(code) : code;
    }
  }
});

// node_modules/@typescript-eslint/tsconfig-utils/dist/compilerOptions.js
var require_compilerOptions = __commonJS({
  "node_modules/@typescript-eslint/tsconfig-utils/dist/compilerOptions.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CORE_COMPILER_OPTIONS = void 0;
    exports2.CORE_COMPILER_OPTIONS = {
      // Required to avoid parse from causing emit to occur
      noEmit: true,
      // Flags required to make no-unused-vars work
      noUnusedLocals: true,
      noUnusedParameters: true
    };
  }
});

// node_modules/@typescript-eslint/tsconfig-utils/dist/getParsedConfigFile.js
var require_getParsedConfigFile = __commonJS({
  "node_modules/@typescript-eslint/tsconfig-utils/dist/getParsedConfigFile.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getParsedConfigFile = getParsedConfigFile;
    var fs = __importStar(require("node:fs"));
    var path = __importStar(require("node:path"));
    var compilerOptions_1 = require_compilerOptions();
    function getParsedConfigFile(tsserver, configFile, projectDirectory) {
      if (tsserver.sys === void 0) {
        throw new Error("`getParsedConfigFile` is only supported in a Node-like environment.");
      }
      const parsed = tsserver.getParsedCommandLineOfConfigFile(configFile, compilerOptions_1.CORE_COMPILER_OPTIONS, {
        fileExists: fs.existsSync,
        getCurrentDirectory,
        onUnRecoverableConfigFileDiagnostic: (diag) => {
          throw new Error(formatDiagnostics([diag]));
        },
        readDirectory: tsserver.sys.readDirectory,
        readFile: (file) => fs.readFileSync(path.isAbsolute(file) ? file : path.join(getCurrentDirectory(), file), "utf-8"),
        useCaseSensitiveFileNames: tsserver.sys.useCaseSensitiveFileNames
      });
      if (parsed?.errors.length) {
        throw new Error([
          "Unable to parse the specified 'tsconfig' file. Ensure it's correct and has valid syntax.",
          formatDiagnostics(parsed.errors)
        ].join("\n\n"));
      }
      return parsed;
      function getCurrentDirectory() {
        return projectDirectory ? path.resolve(projectDirectory) : process.cwd();
      }
      function formatDiagnostics(diagnostics) {
        return tsserver.formatDiagnostics(diagnostics, {
          getCanonicalFileName: (f) => f,
          getCurrentDirectory,
          getNewLine: () => "\n"
        });
      }
    }
  }
});

// node_modules/@typescript-eslint/tsconfig-utils/dist/index.js
var require_dist = __commonJS({
  "node_modules/@typescript-eslint/tsconfig-utils/dist/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    __exportStar(require_compilerOptions(), exports2);
    __exportStar(require_getParsedConfigFile(), exports2);
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/shared.js
var require_shared = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/shared.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DEFAULT_EXTRA_FILE_EXTENSIONS = void 0;
    exports2.createDefaultCompilerOptionsFromExtra = createDefaultCompilerOptionsFromExtra;
    exports2.getCanonicalFileName = getCanonicalFileName;
    exports2.ensureAbsolutePath = ensureAbsolutePath;
    exports2.canonicalDirname = canonicalDirname;
    exports2.clearRealPathCache = clearRealPathCache;
    exports2.getCanonicalRealPath = getCanonicalRealPath;
    exports2.createSymlinkedDirectories = createSymlinkedDirectories;
    exports2.getPathToSameFile = getPathToSameFile;
    exports2.getSourceFileFromProgram = getSourceFileFromProgram;
    exports2.getAstFromProgram = getAstFromProgram;
    exports2.createHash = createHash;
    var tsconfig_utils_1 = require_dist();
    var node_path_1 = __importDefault(require("node:path"));
    var ts = __importStar(require("typescript"));
    var DEFAULT_COMPILER_OPTIONS = {
      ...tsconfig_utils_1.CORE_COMPILER_OPTIONS,
      allowJs: true,
      allowNonTsExtensions: true,
      checkJs: true
    };
    exports2.DEFAULT_EXTRA_FILE_EXTENSIONS = /* @__PURE__ */ new Set([
      ts.Extension.Cjs,
      ts.Extension.Cts,
      ts.Extension.Js,
      ts.Extension.Jsx,
      ts.Extension.Mjs,
      ts.Extension.Mts,
      ts.Extension.Ts,
      ts.Extension.Tsx
    ]);
    function createDefaultCompilerOptionsFromExtra(parseSettings) {
      if (parseSettings.debugLevel.has("typescript")) {
        return {
          ...DEFAULT_COMPILER_OPTIONS,
          extendedDiagnostics: true
        };
      }
      return DEFAULT_COMPILER_OPTIONS;
    }
    var useCaseSensitiveFileNames = (
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, @typescript-eslint/internal/eqeq-nullish
      ts.sys !== void 0 ? ts.sys.useCaseSensitiveFileNames : true
    );
    var correctPathCasing = useCaseSensitiveFileNames ? (filePath) => filePath : (filePath) => filePath.toLowerCase();
    function getCanonicalFileName(filePath) {
      let normalized = node_path_1.default.normalize(filePath);
      if (normalized.endsWith(node_path_1.default.sep)) {
        normalized = normalized.slice(0, -1);
      }
      return correctPathCasing(normalized);
    }
    function ensureAbsolutePath(p, tsconfigRootDir) {
      return node_path_1.default.resolve(tsconfigRootDir, p);
    }
    function canonicalDirname(p) {
      return node_path_1.default.dirname(p);
    }
    var realPathCache = /* @__PURE__ */ new Map();
    function clearRealPathCache() {
      realPathCache.clear();
    }
    function getRealPath(filePath) {
      let realPath = realPathCache.get(filePath);
      if (realPath == null) {
        realPath = ts.sys?.realpath?.(filePath) ?? filePath;
        realPathCache.set(filePath, realPath);
      }
      return realPath;
    }
    function getCanonicalRealPath(filePath) {
      return getCanonicalFileName(getRealPath(filePath));
    }
    function createSymlinkedDirectories(fileNames) {
      const directories = new Set([...fileNames].map((fileName) => node_path_1.default.dirname(fileName)));
      return new Map([...directories].map((directory) => [directory, getRealPath(directory)]).filter(([directory, realPath]) => directory !== realPath).map(([directory, realPath]) => [
        getCanonicalFileName(realPath),
        directory
      ]));
    }
    function getPathToSameFile(symlinkedDirectories, filePath) {
      const realPath = getRealPath(filePath);
      const directory = symlinkedDirectories.get(getCanonicalFileName(node_path_1.default.dirname(realPath)));
      return directory == null ? void 0 : node_path_1.default.join(directory, node_path_1.default.basename(realPath));
    }
    var programSymlinkedDirectories = /* @__PURE__ */ new WeakMap();
    function getSymlinkedDirectories(program) {
      let symlinkedDirectories = programSymlinkedDirectories.get(program);
      if (!symlinkedDirectories) {
        symlinkedDirectories = createSymlinkedDirectories(program.getRootFileNames());
        programSymlinkedDirectories.set(program, symlinkedDirectories);
      }
      return symlinkedDirectories;
    }
    function getSourceFileFromProgram(program, filePath) {
      const sourceFile = program.getSourceFile(filePath);
      if (sourceFile) {
        return sourceFile;
      }
      const realPath = getRealPath(filePath);
      const fromRealPath = realPath === filePath ? void 0 : program.getSourceFile(realPath);
      if (fromRealPath) {
        return fromRealPath;
      }
      const symlinkedFilePath = getPathToSameFile(getSymlinkedDirectories(program), filePath);
      return symlinkedFilePath == null ? void 0 : program.getSourceFile(symlinkedFilePath);
    }
    var DEFINITION_EXTENSIONS = [
      ts.Extension.Dts,
      ts.Extension.Dcts,
      ts.Extension.Dmts
    ];
    function getExtension(fileName) {
      if (!fileName) {
        return null;
      }
      return DEFINITION_EXTENSIONS.find((definitionExt) => fileName.endsWith(definitionExt)) ?? node_path_1.default.extname(fileName);
    }
    function getAstFromProgram(currentProgram, filePath) {
      const ast = getSourceFileFromProgram(currentProgram, filePath);
      const expectedExt = getExtension(filePath);
      const returnedExt = getExtension(ast?.fileName);
      if (expectedExt !== returnedExt) {
        return void 0;
      }
      return ast && { ast, program: currentProgram };
    }
    function createHash(content) {
      if (ts.sys?.createHash) {
        return ts.sys.createHash(content);
      }
      return content;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/getWatchProgramsForProjects.js
var require_getWatchProgramsForProjects = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/getWatchProgramsForProjects.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.clearWatchCaches = clearWatchCaches;
    exports2.getWatchProgramsForProjects = getWatchProgramsForProjects;
    var debug_1 = __importDefault(require_src());
    var node_fs_1 = __importDefault(require("node:fs"));
    var ts = __importStar(require("typescript"));
    var source_files_1 = require_source_files();
    var shared_1 = require_shared();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:create-program:getWatchProgramsForProjects");
    var knownWatchProgramMap = /* @__PURE__ */ new Map();
    var fileWatchCallbackTrackingMap = /* @__PURE__ */ new Map();
    var folderWatchCallbackTrackingMap = /* @__PURE__ */ new Map();
    var programFileListCache = /* @__PURE__ */ new Map();
    var tsconfigLastModifiedTimestampCache = /* @__PURE__ */ new Map();
    var parsedFilesSeenHash = /* @__PURE__ */ new Map();
    function clearWatchCaches() {
      knownWatchProgramMap.clear();
      fileWatchCallbackTrackingMap.clear();
      folderWatchCallbackTrackingMap.clear();
      parsedFilesSeenHash.clear();
      programFileListCache.clear();
      tsconfigLastModifiedTimestampCache.clear();
    }
    function saveWatchCallback(trackingMap) {
      return (fileName, callback) => {
        const normalizedFileName = (0, shared_1.getCanonicalFileName)(fileName);
        const watchers = (() => {
          let watchers2 = trackingMap.get(normalizedFileName);
          if (!watchers2) {
            watchers2 = /* @__PURE__ */ new Set();
            trackingMap.set(normalizedFileName, watchers2);
          }
          return watchers2;
        })();
        watchers.add(callback);
        return {
          close: () => {
            watchers.delete(callback);
          }
        };
      };
    }
    var currentLintOperationState = {
      code: "",
      filePath: ""
    };
    function diagnosticReporter(diagnostic) {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, ts.sys.newLine));
    }
    function updateCachedFileList(tsconfigPath, program) {
      const fileList = new Set(program.getRootFileNames().map((f) => (0, shared_1.getCanonicalFileName)(f)));
      programFileListCache.set(tsconfigPath, fileList);
      return fileList;
    }
    function fileListIncludes(fileList, filePath) {
      return fileList.has(filePath) || fileList.has((0, shared_1.getCanonicalRealPath)(filePath));
    }
    function getWatchProgramsForProjects(parseSettings) {
      const filePath = (0, shared_1.getCanonicalFileName)(parseSettings.filePath);
      const results = [];
      currentLintOperationState.code = parseSettings.code;
      currentLintOperationState.filePath = filePath;
      const fileWatchCallbacks = fileWatchCallbackTrackingMap.get(filePath);
      const codeHash = (0, shared_1.createHash)((0, source_files_1.getCodeText)(parseSettings.code));
      if (parsedFilesSeenHash.get(filePath) !== codeHash && fileWatchCallbacks && fileWatchCallbacks.size > 0) {
        fileWatchCallbacks.forEach((cb) => cb(filePath, ts.FileWatcherEventKind.Changed));
      }
      const currentProjectsFromSettings = new Map(parseSettings.projects);
      for (const [tsconfigPath, existingWatch] of knownWatchProgramMap.entries()) {
        if (!currentProjectsFromSettings.has(tsconfigPath)) {
          continue;
        }
        let fileList = programFileListCache.get(tsconfigPath);
        let updatedProgram = null;
        if (!fileList) {
          updatedProgram = existingWatch.getProgram().getProgram();
          fileList = updateCachedFileList(tsconfigPath, updatedProgram);
        }
        if (fileListIncludes(fileList, filePath)) {
          log("Found existing program for file. %s", filePath);
          updatedProgram ??= existingWatch.getProgram().getProgram();
          updatedProgram.getTypeChecker();
          return [updatedProgram];
        }
      }
      log("File did not belong to any existing programs, moving to create/update. %s", filePath);
      for (const tsconfigPath of parseSettings.projects) {
        const existingWatch = knownWatchProgramMap.get(tsconfigPath[0]);
        if (existingWatch) {
          const updatedProgram = maybeInvalidateProgram(existingWatch, filePath, tsconfigPath[0]);
          if (!updatedProgram) {
            continue;
          }
          updatedProgram.getTypeChecker();
          const fileList2 = updateCachedFileList(tsconfigPath[0], updatedProgram);
          if (fileListIncludes(fileList2, filePath)) {
            log("Found updated program for file. %s", filePath);
            return [updatedProgram];
          }
          results.push(updatedProgram);
          continue;
        }
        const programWatch = createWatchProgram(tsconfigPath[1], parseSettings);
        knownWatchProgramMap.set(tsconfigPath[0], programWatch);
        const program = programWatch.getProgram().getProgram();
        program.getTypeChecker();
        const fileList = updateCachedFileList(tsconfigPath[0], program);
        if (fileListIncludes(fileList, filePath)) {
          log("Found program for file. %s", filePath);
          return [program];
        }
        results.push(program);
      }
      return results;
    }
    function createWatchProgram(tsconfigPath, parseSettings) {
      log("Creating watch program for %s.", tsconfigPath);
      const watchCompilerHost = ts.createWatchCompilerHost(
        tsconfigPath,
        (0, shared_1.createDefaultCompilerOptionsFromExtra)(parseSettings),
        ts.sys,
        ts.createAbstractBuilder,
        diagnosticReporter,
        // TODO: file issue on TypeScript to suggest making optional?
        // eslint-disable-next-line @typescript-eslint/no-empty-function
        /*reportWatchStatus*/
        () => {
        }
      );
      watchCompilerHost.jsDocParsingMode = parseSettings.jsDocParsingMode;
      const oldReadFile = watchCompilerHost.readFile;
      watchCompilerHost.readFile = (filePathIn, encoding) => {
        const filePath = (0, shared_1.getCanonicalFileName)(filePathIn);
        const fileContent = filePath === currentLintOperationState.filePath ? (0, source_files_1.getCodeText)(currentLintOperationState.code) : oldReadFile(filePath, encoding);
        if (fileContent != null) {
          parsedFilesSeenHash.set(filePath, (0, shared_1.createHash)(fileContent));
        }
        return fileContent;
      };
      watchCompilerHost.onUnRecoverableConfigFileDiagnostic = diagnosticReporter;
      watchCompilerHost.afterProgramCreate = (program) => {
        const configFileDiagnostics = program.getConfigFileParsingDiagnostics().filter((diag) => diag.category === ts.DiagnosticCategory.Error && diag.code !== 18003);
        if (configFileDiagnostics.length > 0) {
          diagnosticReporter(configFileDiagnostics[0]);
        }
      };
      watchCompilerHost.watchFile = saveWatchCallback(fileWatchCallbackTrackingMap);
      watchCompilerHost.watchDirectory = saveWatchCallback(folderWatchCallbackTrackingMap);
      const oldOnDirectoryStructureHostCreate = watchCompilerHost.onCachedDirectoryStructureHostCreate;
      watchCompilerHost.onCachedDirectoryStructureHostCreate = (host) => {
        const oldReadDirectory = host.readDirectory;
        host.readDirectory = (path, extensions, exclude, include, depth) => oldReadDirectory(path, !extensions ? void 0 : [...extensions, ...parseSettings.extraFileExtensions], exclude, include, depth);
        oldOnDirectoryStructureHostCreate(host);
      };
      watchCompilerHost.extraFileExtensions = parseSettings.extraFileExtensions.map((extension) => ({
        extension,
        isMixedContent: true,
        scriptKind: ts.ScriptKind.Deferred
      }));
      watchCompilerHost.trace = log;
      watchCompilerHost.setTimeout = void 0;
      watchCompilerHost.clearTimeout = void 0;
      return ts.createWatchProgram(watchCompilerHost);
    }
    function hasTSConfigChanged(tsconfigPath) {
      const stat = node_fs_1.default.statSync(tsconfigPath);
      const lastModifiedAt = stat.mtimeMs;
      const cachedLastModifiedAt = tsconfigLastModifiedTimestampCache.get(tsconfigPath);
      tsconfigLastModifiedTimestampCache.set(tsconfigPath, lastModifiedAt);
      if (cachedLastModifiedAt == null) {
        return false;
      }
      return Math.abs(cachedLastModifiedAt - lastModifiedAt) > Number.EPSILON;
    }
    function maybeInvalidateProgram(existingWatch, filePath, tsconfigPath) {
      let updatedProgram = existingWatch.getProgram().getProgram();
      if (process.env.TSESTREE_NO_INVALIDATION === "true") {
        return updatedProgram;
      }
      if (hasTSConfigChanged(tsconfigPath)) {
        log("tsconfig has changed - triggering program update. %s", tsconfigPath);
        fileWatchCallbackTrackingMap.get(tsconfigPath).forEach((cb) => cb(tsconfigPath, ts.FileWatcherEventKind.Changed));
        programFileListCache.delete(tsconfigPath);
      }
      let sourceFile = (0, shared_1.getSourceFileFromProgram)(updatedProgram, filePath);
      if (sourceFile) {
        return updatedProgram;
      }
      log("File was not found in program - triggering folder update. %s", filePath);
      const currentDir = (0, shared_1.canonicalDirname)(filePath);
      let current = null;
      let next = currentDir;
      let hasCallback = false;
      while (current !== next) {
        current = next;
        const folderWatchCallbacks = folderWatchCallbackTrackingMap.get(current);
        if (folderWatchCallbacks) {
          for (const cb of folderWatchCallbacks) {
            if (currentDir !== current) {
              cb(currentDir, ts.FileWatcherEventKind.Changed);
            }
            cb(current, ts.FileWatcherEventKind.Changed);
          }
          hasCallback = true;
        }
        next = (0, shared_1.canonicalDirname)(current);
      }
      if (!hasCallback) {
        log("No callback found for file, not part of this program. %s", filePath);
        return null;
      }
      programFileListCache.delete(tsconfigPath);
      updatedProgram = existingWatch.getProgram().getProgram();
      sourceFile = (0, shared_1.getSourceFileFromProgram)(updatedProgram, filePath);
      if (sourceFile) {
        return updatedProgram;
      }
      log("File was still not found in program after directory update - checking file deletions. %s", filePath);
      const rootFilenames = updatedProgram.getRootFileNames();
      const deletedFile = rootFilenames.find((file) => !node_fs_1.default.existsSync(file));
      if (!deletedFile) {
        return null;
      }
      const fileWatchCallbacks = fileWatchCallbackTrackingMap.get((0, shared_1.getCanonicalFileName)(deletedFile));
      if (!fileWatchCallbacks) {
        log("Could not find watch callbacks for root file. %s", deletedFile);
        return updatedProgram;
      }
      log("Marking file as deleted. %s", deletedFile);
      fileWatchCallbacks.forEach((cb) => cb(deletedFile, ts.FileWatcherEventKind.Deleted));
      programFileListCache.delete(tsconfigPath);
      updatedProgram = existingWatch.getProgram().getProgram();
      sourceFile = (0, shared_1.getSourceFileFromProgram)(updatedProgram, filePath);
      if (sourceFile) {
        return updatedProgram;
      }
      log("File was still not found in program after deletion check, assuming it is not part of this program. %s", filePath);
      return null;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/nativeParserRegistry.js
var require_nativeParserRegistry = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/nativeParserRegistry.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.registerNativeBackend = registerNativeBackend;
    exports2.getNativeParser = getNativeParser;
    exports2.getNativeBackendLoadError = getNativeBackendLoadError;
    exports2.clearNativeBackendCaches = clearNativeBackendCaches;
    var tsgoBackendPath = "./native";
    var backend;
    var loadError;
    var loaded = false;
    function registerNativeBackend(registered) {
      backend = registered;
      loadError = void 0;
      loaded = true;
    }
    function getNativeParser() {
      if (!loaded) {
        loaded = true;
        try {
          require(tsgoBackendPath);
        } catch (error) {
          backend = void 0;
          loadError = error;
        }
      }
      return backend?.parse;
    }
    function getNativeBackendLoadError() {
      return loadError;
    }
    function clearNativeBackendCaches() {
      backend?.clearProjectService();
    }
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports2, module2) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module2.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports2, module2) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module2.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports2, module2) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports2 = module2.exports = {};
    var re = exports2.re = [];
    var safeRe = exports2.safeRe = [];
    var src = exports2.src = [];
    var safeSrc = exports2.safeSrc = [];
    var t = exports2.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports2.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports2.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports2.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports2, module2) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module2.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports2, module2) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module2.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports2, module2) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module2.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module2.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module2.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module2.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module2.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module2.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module2.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module2.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module2.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module2.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module2.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module2.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module2.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module2.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports2, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module2.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports2, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module2.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module2.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module2.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module2.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module2.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module2.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module2.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports2, module2) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module2.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module2.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module2.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports2, module2) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module2.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports2, module2) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module2.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports2, module2) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module2.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports2, module2) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module2.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module2.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module2.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module2.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module2.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module2.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module2.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module2.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports2, module2) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module2.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports2, module2) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module2.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module2.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports2, module2) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module2.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module2.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports2, module2) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module2.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/version-check.js
var require_version_check = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/version-check.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.typescriptVersionIsAtLeast = void 0;
    var semver = __importStar(require_semver2());
    var ts = __importStar(require("typescript"));
    function semverCheck(version) {
      return semver.satisfies(ts.version, `>= ${version}.0 || >= ${version}.1-rc || >= ${version}.0-beta`, {
        includePrerelease: true
      });
    }
    var versions = [
      "4.7",
      "4.8",
      "4.9",
      "5.0",
      "5.1",
      "5.2",
      "5.3",
      "5.4",
      "5.5",
      "5.6",
      "5.7",
      "5.8",
      "5.9",
      "6.0",
      "6.1"
    ];
    exports2.typescriptVersionIsAtLeast = {};
    for (const version of versions) {
      exports2.typescriptVersionIsAtLeast[version] = semverCheck(version);
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/getModifiers.js
var require_getModifiers = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/getModifiers.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getModifiers = getModifiers;
    exports2.getDecorators = getDecorators;
    var ts = __importStar(require("typescript"));
    var version_check_1 = require_version_check();
    var isAtLeast48 = version_check_1.typescriptVersionIsAtLeast["4.8"];
    function getModifiers(node, includeIllegalModifiers = false) {
      if (node == null) {
        return void 0;
      }
      if (isAtLeast48) {
        if (includeIllegalModifiers || ts.canHaveModifiers(node)) {
          const modifiers = ts.getModifiers(node);
          return modifiers ? [...modifiers] : void 0;
        }
        return void 0;
      }
      return (
        // @ts-expect-error intentional fallback for older TS versions
        node.modifiers?.filter((m) => !ts.isDecorator(m))
      );
    }
    function getDecorators(node, includeIllegalDecorators = false) {
      if (node == null) {
        return void 0;
      }
      if (isAtLeast48) {
        if (includeIllegalDecorators || ts.canHaveDecorators(node)) {
          const decorators = ts.getDecorators(node);
          return decorators ? [...decorators] : void 0;
        }
        return void 0;
      }
      return (
        // @ts-expect-error intentional fallback for older TS versions
        node.decorators?.filter(ts.isDecorator)
      );
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/jsx/xhtml-entities.js
var require_xhtml_entities = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/jsx/xhtml-entities.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.xhtmlEntities = void 0;
    exports2.xhtmlEntities = {
      Aacute: "\xC1",
      aacute: "\xE1",
      Acirc: "\xC2",
      acirc: "\xE2",
      acute: "\xB4",
      AElig: "\xC6",
      aelig: "\xE6",
      Agrave: "\xC0",
      agrave: "\xE0",
      alefsym: "\u2135",
      Alpha: "\u0391",
      alpha: "\u03B1",
      amp: "&",
      and: "\u2227",
      ang: "\u2220",
      apos: "'",
      Aring: "\xC5",
      aring: "\xE5",
      asymp: "\u2248",
      Atilde: "\xC3",
      atilde: "\xE3",
      Auml: "\xC4",
      auml: "\xE4",
      bdquo: "\u201E",
      Beta: "\u0392",
      beta: "\u03B2",
      brvbar: "\xA6",
      bull: "\u2022",
      cap: "\u2229",
      Ccedil: "\xC7",
      ccedil: "\xE7",
      cedil: "\xB8",
      cent: "\xA2",
      Chi: "\u03A7",
      chi: "\u03C7",
      circ: "\u02C6",
      clubs: "\u2663",
      cong: "\u2245",
      copy: "\xA9",
      crarr: "\u21B5",
      cup: "\u222A",
      curren: "\xA4",
      dagger: "\u2020",
      Dagger: "\u2021",
      darr: "\u2193",
      dArr: "\u21D3",
      deg: "\xB0",
      Delta: "\u0394",
      delta: "\u03B4",
      diams: "\u2666",
      divide: "\xF7",
      Eacute: "\xC9",
      eacute: "\xE9",
      Ecirc: "\xCA",
      ecirc: "\xEA",
      Egrave: "\xC8",
      egrave: "\xE8",
      empty: "\u2205",
      emsp: "\u2003",
      ensp: "\u2002",
      Epsilon: "\u0395",
      epsilon: "\u03B5",
      equiv: "\u2261",
      Eta: "\u0397",
      eta: "\u03B7",
      ETH: "\xD0",
      eth: "\xF0",
      Euml: "\xCB",
      euml: "\xEB",
      euro: "\u20AC",
      exist: "\u2203",
      fnof: "\u0192",
      forall: "\u2200",
      frac12: "\xBD",
      frac14: "\xBC",
      frac34: "\xBE",
      frasl: "\u2044",
      Gamma: "\u0393",
      gamma: "\u03B3",
      ge: "\u2265",
      gt: ">",
      harr: "\u2194",
      hArr: "\u21D4",
      hearts: "\u2665",
      hellip: "\u2026",
      Iacute: "\xCD",
      iacute: "\xED",
      Icirc: "\xCE",
      icirc: "\xEE",
      iexcl: "\xA1",
      Igrave: "\xCC",
      igrave: "\xEC",
      image: "\u2111",
      infin: "\u221E",
      int: "\u222B",
      Iota: "\u0399",
      iota: "\u03B9",
      iquest: "\xBF",
      isin: "\u2208",
      Iuml: "\xCF",
      iuml: "\xEF",
      Kappa: "\u039A",
      kappa: "\u03BA",
      Lambda: "\u039B",
      lambda: "\u03BB",
      lang: "\u2329",
      laquo: "\xAB",
      larr: "\u2190",
      lArr: "\u21D0",
      lceil: "\u2308",
      ldquo: "\u201C",
      le: "\u2264",
      lfloor: "\u230A",
      lowast: "\u2217",
      loz: "\u25CA",
      lrm: "\u200E",
      lsaquo: "\u2039",
      lsquo: "\u2018",
      lt: "<",
      macr: "\xAF",
      mdash: "\u2014",
      micro: "\xB5",
      middot: "\xB7",
      minus: "\u2212",
      Mu: "\u039C",
      mu: "\u03BC",
      nabla: "\u2207",
      nbsp: "\xA0",
      ndash: "\u2013",
      ne: "\u2260",
      ni: "\u220B",
      not: "\xAC",
      notin: "\u2209",
      nsub: "\u2284",
      Ntilde: "\xD1",
      ntilde: "\xF1",
      Nu: "\u039D",
      nu: "\u03BD",
      Oacute: "\xD3",
      oacute: "\xF3",
      Ocirc: "\xD4",
      ocirc: "\xF4",
      OElig: "\u0152",
      oelig: "\u0153",
      Ograve: "\xD2",
      ograve: "\xF2",
      oline: "\u203E",
      Omega: "\u03A9",
      omega: "\u03C9",
      Omicron: "\u039F",
      omicron: "\u03BF",
      oplus: "\u2295",
      or: "\u2228",
      ordf: "\xAA",
      ordm: "\xBA",
      Oslash: "\xD8",
      oslash: "\xF8",
      Otilde: "\xD5",
      otilde: "\xF5",
      otimes: "\u2297",
      Ouml: "\xD6",
      ouml: "\xF6",
      para: "\xB6",
      part: "\u2202",
      permil: "\u2030",
      perp: "\u22A5",
      Phi: "\u03A6",
      phi: "\u03C6",
      Pi: "\u03A0",
      pi: "\u03C0",
      piv: "\u03D6",
      plusmn: "\xB1",
      pound: "\xA3",
      prime: "\u2032",
      Prime: "\u2033",
      prod: "\u220F",
      prop: "\u221D",
      Psi: "\u03A8",
      psi: "\u03C8",
      quot: '"',
      radic: "\u221A",
      rang: "\u232A",
      raquo: "\xBB",
      rarr: "\u2192",
      rArr: "\u21D2",
      rceil: "\u2309",
      rdquo: "\u201D",
      real: "\u211C",
      reg: "\xAE",
      rfloor: "\u230B",
      Rho: "\u03A1",
      rho: "\u03C1",
      rlm: "\u200F",
      rsaquo: "\u203A",
      rsquo: "\u2019",
      sbquo: "\u201A",
      Scaron: "\u0160",
      scaron: "\u0161",
      sdot: "\u22C5",
      sect: "\xA7",
      shy: "\xAD",
      Sigma: "\u03A3",
      sigma: "\u03C3",
      sigmaf: "\u03C2",
      sim: "\u223C",
      spades: "\u2660",
      sub: "\u2282",
      sube: "\u2286",
      sum: "\u2211",
      sup: "\u2283",
      sup1: "\xB9",
      sup2: "\xB2",
      sup3: "\xB3",
      supe: "\u2287",
      szlig: "\xDF",
      Tau: "\u03A4",
      tau: "\u03C4",
      there4: "\u2234",
      Theta: "\u0398",
      theta: "\u03B8",
      thetasym: "\u03D1",
      thinsp: "\u2009",
      THORN: "\xDE",
      thorn: "\xFE",
      tilde: "\u02DC",
      times: "\xD7",
      trade: "\u2122",
      Uacute: "\xDA",
      uacute: "\xFA",
      uarr: "\u2191",
      uArr: "\u21D1",
      Ucirc: "\xDB",
      ucirc: "\xFB",
      Ugrave: "\xD9",
      ugrave: "\xF9",
      uml: "\xA8",
      upsih: "\u03D2",
      Upsilon: "\u03A5",
      upsilon: "\u03C5",
      Uuml: "\xDC",
      uuml: "\xFC",
      weierp: "\u2118",
      Xi: "\u039E",
      xi: "\u03BE",
      Yacute: "\xDD",
      yacute: "\xFD",
      yen: "\xA5",
      yuml: "\xFF",
      Yuml: "\u0178",
      Zeta: "\u0396",
      zeta: "\u03B6",
      zwj: "\u200D",
      zwnj: "\u200C"
    };
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/estree-to-ts-node-types.js
var require_estree_to_ts_node_types = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/estree-to-ts-node-types.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/ts-nodes.js
var require_ts_nodes = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/ts-nodes.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@typescript-eslint/types/dist/generated/ast-spec.js
var require_ast_spec = __commonJS({
  "node_modules/@typescript-eslint/types/dist/generated/ast-spec.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.AST_TOKEN_TYPES = exports2.AST_NODE_TYPES = void 0;
    var AST_NODE_TYPES;
    (function(AST_NODE_TYPES2) {
      AST_NODE_TYPES2["AccessorProperty"] = "AccessorProperty";
      AST_NODE_TYPES2["ArrayExpression"] = "ArrayExpression";
      AST_NODE_TYPES2["ArrayPattern"] = "ArrayPattern";
      AST_NODE_TYPES2["ArrowFunctionExpression"] = "ArrowFunctionExpression";
      AST_NODE_TYPES2["AssignmentExpression"] = "AssignmentExpression";
      AST_NODE_TYPES2["AssignmentPattern"] = "AssignmentPattern";
      AST_NODE_TYPES2["AwaitExpression"] = "AwaitExpression";
      AST_NODE_TYPES2["BinaryExpression"] = "BinaryExpression";
      AST_NODE_TYPES2["BlockStatement"] = "BlockStatement";
      AST_NODE_TYPES2["BreakStatement"] = "BreakStatement";
      AST_NODE_TYPES2["CallExpression"] = "CallExpression";
      AST_NODE_TYPES2["CatchClause"] = "CatchClause";
      AST_NODE_TYPES2["ChainExpression"] = "ChainExpression";
      AST_NODE_TYPES2["ClassBody"] = "ClassBody";
      AST_NODE_TYPES2["ClassDeclaration"] = "ClassDeclaration";
      AST_NODE_TYPES2["ClassExpression"] = "ClassExpression";
      AST_NODE_TYPES2["ConditionalExpression"] = "ConditionalExpression";
      AST_NODE_TYPES2["ContinueStatement"] = "ContinueStatement";
      AST_NODE_TYPES2["DebuggerStatement"] = "DebuggerStatement";
      AST_NODE_TYPES2["Decorator"] = "Decorator";
      AST_NODE_TYPES2["DoWhileStatement"] = "DoWhileStatement";
      AST_NODE_TYPES2["EmptyStatement"] = "EmptyStatement";
      AST_NODE_TYPES2["ExportAllDeclaration"] = "ExportAllDeclaration";
      AST_NODE_TYPES2["ExportDefaultDeclaration"] = "ExportDefaultDeclaration";
      AST_NODE_TYPES2["ExportNamedDeclaration"] = "ExportNamedDeclaration";
      AST_NODE_TYPES2["ExportSpecifier"] = "ExportSpecifier";
      AST_NODE_TYPES2["ExpressionStatement"] = "ExpressionStatement";
      AST_NODE_TYPES2["ForInStatement"] = "ForInStatement";
      AST_NODE_TYPES2["ForOfStatement"] = "ForOfStatement";
      AST_NODE_TYPES2["ForStatement"] = "ForStatement";
      AST_NODE_TYPES2["FunctionDeclaration"] = "FunctionDeclaration";
      AST_NODE_TYPES2["FunctionExpression"] = "FunctionExpression";
      AST_NODE_TYPES2["Identifier"] = "Identifier";
      AST_NODE_TYPES2["IfStatement"] = "IfStatement";
      AST_NODE_TYPES2["ImportAttribute"] = "ImportAttribute";
      AST_NODE_TYPES2["ImportDeclaration"] = "ImportDeclaration";
      AST_NODE_TYPES2["ImportDefaultSpecifier"] = "ImportDefaultSpecifier";
      AST_NODE_TYPES2["ImportExpression"] = "ImportExpression";
      AST_NODE_TYPES2["ImportNamespaceSpecifier"] = "ImportNamespaceSpecifier";
      AST_NODE_TYPES2["ImportSpecifier"] = "ImportSpecifier";
      AST_NODE_TYPES2["JSXAttribute"] = "JSXAttribute";
      AST_NODE_TYPES2["JSXClosingElement"] = "JSXClosingElement";
      AST_NODE_TYPES2["JSXClosingFragment"] = "JSXClosingFragment";
      AST_NODE_TYPES2["JSXElement"] = "JSXElement";
      AST_NODE_TYPES2["JSXEmptyExpression"] = "JSXEmptyExpression";
      AST_NODE_TYPES2["JSXExpressionContainer"] = "JSXExpressionContainer";
      AST_NODE_TYPES2["JSXFragment"] = "JSXFragment";
      AST_NODE_TYPES2["JSXIdentifier"] = "JSXIdentifier";
      AST_NODE_TYPES2["JSXMemberExpression"] = "JSXMemberExpression";
      AST_NODE_TYPES2["JSXNamespacedName"] = "JSXNamespacedName";
      AST_NODE_TYPES2["JSXOpeningElement"] = "JSXOpeningElement";
      AST_NODE_TYPES2["JSXOpeningFragment"] = "JSXOpeningFragment";
      AST_NODE_TYPES2["JSXSpreadAttribute"] = "JSXSpreadAttribute";
      AST_NODE_TYPES2["JSXSpreadChild"] = "JSXSpreadChild";
      AST_NODE_TYPES2["JSXText"] = "JSXText";
      AST_NODE_TYPES2["LabeledStatement"] = "LabeledStatement";
      AST_NODE_TYPES2["Literal"] = "Literal";
      AST_NODE_TYPES2["LogicalExpression"] = "LogicalExpression";
      AST_NODE_TYPES2["MemberExpression"] = "MemberExpression";
      AST_NODE_TYPES2["MetaProperty"] = "MetaProperty";
      AST_NODE_TYPES2["MethodDefinition"] = "MethodDefinition";
      AST_NODE_TYPES2["NewExpression"] = "NewExpression";
      AST_NODE_TYPES2["ObjectExpression"] = "ObjectExpression";
      AST_NODE_TYPES2["ObjectPattern"] = "ObjectPattern";
      AST_NODE_TYPES2["PrivateIdentifier"] = "PrivateIdentifier";
      AST_NODE_TYPES2["Program"] = "Program";
      AST_NODE_TYPES2["Property"] = "Property";
      AST_NODE_TYPES2["PropertyDefinition"] = "PropertyDefinition";
      AST_NODE_TYPES2["RestElement"] = "RestElement";
      AST_NODE_TYPES2["ReturnStatement"] = "ReturnStatement";
      AST_NODE_TYPES2["SequenceExpression"] = "SequenceExpression";
      AST_NODE_TYPES2["SpreadElement"] = "SpreadElement";
      AST_NODE_TYPES2["StaticBlock"] = "StaticBlock";
      AST_NODE_TYPES2["Super"] = "Super";
      AST_NODE_TYPES2["SwitchCase"] = "SwitchCase";
      AST_NODE_TYPES2["SwitchStatement"] = "SwitchStatement";
      AST_NODE_TYPES2["TaggedTemplateExpression"] = "TaggedTemplateExpression";
      AST_NODE_TYPES2["TemplateElement"] = "TemplateElement";
      AST_NODE_TYPES2["TemplateLiteral"] = "TemplateLiteral";
      AST_NODE_TYPES2["ThisExpression"] = "ThisExpression";
      AST_NODE_TYPES2["ThrowStatement"] = "ThrowStatement";
      AST_NODE_TYPES2["TryStatement"] = "TryStatement";
      AST_NODE_TYPES2["UnaryExpression"] = "UnaryExpression";
      AST_NODE_TYPES2["UpdateExpression"] = "UpdateExpression";
      AST_NODE_TYPES2["VariableDeclaration"] = "VariableDeclaration";
      AST_NODE_TYPES2["VariableDeclarator"] = "VariableDeclarator";
      AST_NODE_TYPES2["WhileStatement"] = "WhileStatement";
      AST_NODE_TYPES2["WithStatement"] = "WithStatement";
      AST_NODE_TYPES2["YieldExpression"] = "YieldExpression";
      AST_NODE_TYPES2["TSAbstractAccessorProperty"] = "TSAbstractAccessorProperty";
      AST_NODE_TYPES2["TSAbstractKeyword"] = "TSAbstractKeyword";
      AST_NODE_TYPES2["TSAbstractMethodDefinition"] = "TSAbstractMethodDefinition";
      AST_NODE_TYPES2["TSAbstractPropertyDefinition"] = "TSAbstractPropertyDefinition";
      AST_NODE_TYPES2["TSAnyKeyword"] = "TSAnyKeyword";
      AST_NODE_TYPES2["TSArrayType"] = "TSArrayType";
      AST_NODE_TYPES2["TSAsExpression"] = "TSAsExpression";
      AST_NODE_TYPES2["TSAsyncKeyword"] = "TSAsyncKeyword";
      AST_NODE_TYPES2["TSBigIntKeyword"] = "TSBigIntKeyword";
      AST_NODE_TYPES2["TSBooleanKeyword"] = "TSBooleanKeyword";
      AST_NODE_TYPES2["TSCallSignatureDeclaration"] = "TSCallSignatureDeclaration";
      AST_NODE_TYPES2["TSClassImplements"] = "TSClassImplements";
      AST_NODE_TYPES2["TSConditionalType"] = "TSConditionalType";
      AST_NODE_TYPES2["TSConstructorType"] = "TSConstructorType";
      AST_NODE_TYPES2["TSConstructSignatureDeclaration"] = "TSConstructSignatureDeclaration";
      AST_NODE_TYPES2["TSDeclareFunction"] = "TSDeclareFunction";
      AST_NODE_TYPES2["TSDeclareKeyword"] = "TSDeclareKeyword";
      AST_NODE_TYPES2["TSEmptyBodyFunctionExpression"] = "TSEmptyBodyFunctionExpression";
      AST_NODE_TYPES2["TSEnumBody"] = "TSEnumBody";
      AST_NODE_TYPES2["TSEnumDeclaration"] = "TSEnumDeclaration";
      AST_NODE_TYPES2["TSEnumMember"] = "TSEnumMember";
      AST_NODE_TYPES2["TSExportAssignment"] = "TSExportAssignment";
      AST_NODE_TYPES2["TSExportKeyword"] = "TSExportKeyword";
      AST_NODE_TYPES2["TSExternalModuleReference"] = "TSExternalModuleReference";
      AST_NODE_TYPES2["TSFunctionType"] = "TSFunctionType";
      AST_NODE_TYPES2["TSImportEqualsDeclaration"] = "TSImportEqualsDeclaration";
      AST_NODE_TYPES2["TSImportType"] = "TSImportType";
      AST_NODE_TYPES2["TSIndexedAccessType"] = "TSIndexedAccessType";
      AST_NODE_TYPES2["TSIndexSignature"] = "TSIndexSignature";
      AST_NODE_TYPES2["TSInferType"] = "TSInferType";
      AST_NODE_TYPES2["TSInstantiationExpression"] = "TSInstantiationExpression";
      AST_NODE_TYPES2["TSInterfaceBody"] = "TSInterfaceBody";
      AST_NODE_TYPES2["TSInterfaceDeclaration"] = "TSInterfaceDeclaration";
      AST_NODE_TYPES2["TSInterfaceHeritage"] = "TSInterfaceHeritage";
      AST_NODE_TYPES2["TSIntersectionType"] = "TSIntersectionType";
      AST_NODE_TYPES2["TSIntrinsicKeyword"] = "TSIntrinsicKeyword";
      AST_NODE_TYPES2["TSLiteralType"] = "TSLiteralType";
      AST_NODE_TYPES2["TSMappedType"] = "TSMappedType";
      AST_NODE_TYPES2["TSMethodSignature"] = "TSMethodSignature";
      AST_NODE_TYPES2["TSModuleBlock"] = "TSModuleBlock";
      AST_NODE_TYPES2["TSModuleDeclaration"] = "TSModuleDeclaration";
      AST_NODE_TYPES2["TSNamedTupleMember"] = "TSNamedTupleMember";
      AST_NODE_TYPES2["TSNamespaceExportDeclaration"] = "TSNamespaceExportDeclaration";
      AST_NODE_TYPES2["TSNeverKeyword"] = "TSNeverKeyword";
      AST_NODE_TYPES2["TSNonNullExpression"] = "TSNonNullExpression";
      AST_NODE_TYPES2["TSNullKeyword"] = "TSNullKeyword";
      AST_NODE_TYPES2["TSNumberKeyword"] = "TSNumberKeyword";
      AST_NODE_TYPES2["TSObjectKeyword"] = "TSObjectKeyword";
      AST_NODE_TYPES2["TSOptionalType"] = "TSOptionalType";
      AST_NODE_TYPES2["TSParameterProperty"] = "TSParameterProperty";
      AST_NODE_TYPES2["TSPrivateKeyword"] = "TSPrivateKeyword";
      AST_NODE_TYPES2["TSPropertySignature"] = "TSPropertySignature";
      AST_NODE_TYPES2["TSProtectedKeyword"] = "TSProtectedKeyword";
      AST_NODE_TYPES2["TSPublicKeyword"] = "TSPublicKeyword";
      AST_NODE_TYPES2["TSQualifiedName"] = "TSQualifiedName";
      AST_NODE_TYPES2["TSReadonlyKeyword"] = "TSReadonlyKeyword";
      AST_NODE_TYPES2["TSRestType"] = "TSRestType";
      AST_NODE_TYPES2["TSSatisfiesExpression"] = "TSSatisfiesExpression";
      AST_NODE_TYPES2["TSStaticKeyword"] = "TSStaticKeyword";
      AST_NODE_TYPES2["TSStringKeyword"] = "TSStringKeyword";
      AST_NODE_TYPES2["TSSymbolKeyword"] = "TSSymbolKeyword";
      AST_NODE_TYPES2["TSTemplateLiteralType"] = "TSTemplateLiteralType";
      AST_NODE_TYPES2["TSThisType"] = "TSThisType";
      AST_NODE_TYPES2["TSTupleType"] = "TSTupleType";
      AST_NODE_TYPES2["TSTypeAliasDeclaration"] = "TSTypeAliasDeclaration";
      AST_NODE_TYPES2["TSTypeAnnotation"] = "TSTypeAnnotation";
      AST_NODE_TYPES2["TSTypeAssertion"] = "TSTypeAssertion";
      AST_NODE_TYPES2["TSTypeLiteral"] = "TSTypeLiteral";
      AST_NODE_TYPES2["TSTypeOperator"] = "TSTypeOperator";
      AST_NODE_TYPES2["TSTypeParameter"] = "TSTypeParameter";
      AST_NODE_TYPES2["TSTypeParameterDeclaration"] = "TSTypeParameterDeclaration";
      AST_NODE_TYPES2["TSTypeParameterInstantiation"] = "TSTypeParameterInstantiation";
      AST_NODE_TYPES2["TSTypePredicate"] = "TSTypePredicate";
      AST_NODE_TYPES2["TSTypeQuery"] = "TSTypeQuery";
      AST_NODE_TYPES2["TSTypeReference"] = "TSTypeReference";
      AST_NODE_TYPES2["TSUndefinedKeyword"] = "TSUndefinedKeyword";
      AST_NODE_TYPES2["TSUnionType"] = "TSUnionType";
      AST_NODE_TYPES2["TSUnknownKeyword"] = "TSUnknownKeyword";
      AST_NODE_TYPES2["TSVoidKeyword"] = "TSVoidKeyword";
    })(AST_NODE_TYPES || (exports2.AST_NODE_TYPES = AST_NODE_TYPES = {}));
    var AST_TOKEN_TYPES;
    (function(AST_TOKEN_TYPES2) {
      AST_TOKEN_TYPES2["Boolean"] = "Boolean";
      AST_TOKEN_TYPES2["Identifier"] = "Identifier";
      AST_TOKEN_TYPES2["JSXIdentifier"] = "JSXIdentifier";
      AST_TOKEN_TYPES2["PrivateIdentifier"] = "PrivateIdentifier";
      AST_TOKEN_TYPES2["JSXText"] = "JSXText";
      AST_TOKEN_TYPES2["Keyword"] = "Keyword";
      AST_TOKEN_TYPES2["Null"] = "Null";
      AST_TOKEN_TYPES2["Numeric"] = "Numeric";
      AST_TOKEN_TYPES2["Punctuator"] = "Punctuator";
      AST_TOKEN_TYPES2["RegularExpression"] = "RegularExpression";
      AST_TOKEN_TYPES2["String"] = "String";
      AST_TOKEN_TYPES2["Template"] = "Template";
      AST_TOKEN_TYPES2["Block"] = "Block";
      AST_TOKEN_TYPES2["Line"] = "Line";
    })(AST_TOKEN_TYPES || (exports2.AST_TOKEN_TYPES = AST_TOKEN_TYPES = {}));
  }
});

// node_modules/@typescript-eslint/types/dist/lib.js
var require_lib = __commonJS({
  "node_modules/@typescript-eslint/types/dist/lib.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@typescript-eslint/types/dist/parser-options.js
var require_parser_options = __commonJS({
  "node_modules/@typescript-eslint/types/dist/parser-options.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@typescript-eslint/types/dist/ts-estree.js
var require_ts_estree = __commonJS({
  "node_modules/@typescript-eslint/types/dist/ts-estree.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.TSESTree = void 0;
    exports2.TSESTree = __importStar(require_ast_spec());
  }
});

// node_modules/@typescript-eslint/types/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@typescript-eslint/types/dist/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.AST_TOKEN_TYPES = exports2.AST_NODE_TYPES = void 0;
    var ast_spec_1 = require_ast_spec();
    Object.defineProperty(exports2, "AST_NODE_TYPES", { enumerable: true, get: function() {
      return ast_spec_1.AST_NODE_TYPES;
    } });
    Object.defineProperty(exports2, "AST_TOKEN_TYPES", { enumerable: true, get: function() {
      return ast_spec_1.AST_TOKEN_TYPES;
    } });
    __exportStar(require_lib(), exports2);
    __exportStar(require_parser_options(), exports2);
    __exportStar(require_ts_estree(), exports2);
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/index.js
var require_ts_estree2 = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.TSESTree = exports2.AST_TOKEN_TYPES = exports2.AST_NODE_TYPES = void 0;
    __exportStar(require_estree_to_ts_node_types(), exports2);
    __exportStar(require_ts_nodes(), exports2);
    var types_1 = require_dist2();
    Object.defineProperty(exports2, "AST_NODE_TYPES", { enumerable: true, get: function() {
      return types_1.AST_NODE_TYPES;
    } });
    Object.defineProperty(exports2, "AST_TOKEN_TYPES", { enumerable: true, get: function() {
      return types_1.AST_TOKEN_TYPES;
    } });
    Object.defineProperty(exports2, "TSESTree", { enumerable: true, get: function() {
      return types_1.TSESTree;
    } });
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/node-utils.js
var require_node_utils = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/node-utils.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.TSError = void 0;
    exports2.isLogicalOperator = isLogicalOperator;
    exports2.isESTreeBinaryOperator = isESTreeBinaryOperator;
    exports2.getTextForTokenKind = getTextForTokenKind;
    exports2.isESTreeClassMember = isESTreeClassMember;
    exports2.hasModifier = hasModifier;
    exports2.getLastModifier = getLastModifier;
    exports2.isComma = isComma;
    exports2.isComment = isComment;
    exports2.getBinaryExpressionType = getBinaryExpressionType;
    exports2.getLineAndCharacterFor = getLineAndCharacterFor;
    exports2.getLocFor = getLocFor;
    exports2.canContainDirective = canContainDirective;
    exports2.getRange = getRange;
    exports2.isJSXToken = isJSXToken;
    exports2.getDeclarationKind = getDeclarationKind;
    exports2.getTSNodeAccessibility = getTSNodeAccessibility;
    exports2.findNextToken = findNextToken;
    exports2.findFirstMatchingAncestor = findFirstMatchingAncestor;
    exports2.hasJSXAncestor = hasJSXAncestor;
    exports2.unescapeStringLiteralText = unescapeStringLiteralText;
    exports2.isComputedProperty = isComputedProperty;
    exports2.isOptional = isOptional;
    exports2.isChainExpression = isChainExpression;
    exports2.isChildUnwrappableOptionalChain = isChildUnwrappableOptionalChain;
    exports2.getTokenType = getTokenType;
    exports2.convertToken = convertToken;
    exports2.convertTokens = convertTokens;
    exports2.createError = createError;
    exports2.nodeHasTokens = nodeHasTokens;
    exports2.firstDefined = firstDefined;
    exports2.identifierIsThisKeyword = identifierIsThisKeyword;
    exports2.isThisIdentifier = isThisIdentifier;
    exports2.isThisInTypeQuery = isThisInTypeQuery;
    exports2.isValidAssignmentTarget = isValidAssignmentTarget;
    exports2.getNamespaceModifiers = getNamespaceModifiers;
    exports2.declarationNameToString = declarationNameToString;
    exports2.isEntityNameExpression = isEntityNameExpression;
    var ts = __importStar(require("typescript"));
    var getModifiers_1 = require_getModifiers();
    var xhtml_entities_1 = require_xhtml_entities();
    var ts_estree_1 = require_ts_estree2();
    var version_check_1 = require_version_check();
    var isAtLeast50 = version_check_1.typescriptVersionIsAtLeast["5.0"];
    var SyntaxKind = ts.SyntaxKind;
    var LOGICAL_OPERATORS = /* @__PURE__ */ new Set([
      SyntaxKind.AmpersandAmpersandToken,
      SyntaxKind.BarBarToken,
      SyntaxKind.QuestionQuestionToken
    ]);
    var ASSIGNMENT_OPERATORS = /* @__PURE__ */ new Set([
      ts.SyntaxKind.AmpersandAmpersandEqualsToken,
      ts.SyntaxKind.AmpersandEqualsToken,
      ts.SyntaxKind.AsteriskAsteriskEqualsToken,
      ts.SyntaxKind.AsteriskEqualsToken,
      ts.SyntaxKind.BarBarEqualsToken,
      ts.SyntaxKind.BarEqualsToken,
      ts.SyntaxKind.CaretEqualsToken,
      ts.SyntaxKind.EqualsToken,
      ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
      ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
      ts.SyntaxKind.LessThanLessThanEqualsToken,
      ts.SyntaxKind.MinusEqualsToken,
      ts.SyntaxKind.PercentEqualsToken,
      ts.SyntaxKind.PlusEqualsToken,
      ts.SyntaxKind.QuestionQuestionEqualsToken,
      ts.SyntaxKind.SlashEqualsToken
    ]);
    var BINARY_OPERATORS = /* @__PURE__ */ new Set([
      SyntaxKind.AmpersandAmpersandToken,
      SyntaxKind.AmpersandToken,
      SyntaxKind.AsteriskAsteriskToken,
      SyntaxKind.AsteriskToken,
      SyntaxKind.BarBarToken,
      SyntaxKind.BarToken,
      SyntaxKind.CaretToken,
      SyntaxKind.EqualsEqualsEqualsToken,
      SyntaxKind.EqualsEqualsToken,
      SyntaxKind.ExclamationEqualsEqualsToken,
      SyntaxKind.ExclamationEqualsToken,
      SyntaxKind.GreaterThanEqualsToken,
      SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
      SyntaxKind.GreaterThanGreaterThanToken,
      SyntaxKind.GreaterThanToken,
      SyntaxKind.InKeyword,
      SyntaxKind.InstanceOfKeyword,
      SyntaxKind.LessThanEqualsToken,
      SyntaxKind.LessThanLessThanToken,
      SyntaxKind.LessThanToken,
      SyntaxKind.MinusToken,
      SyntaxKind.PercentToken,
      SyntaxKind.PlusToken,
      SyntaxKind.SlashToken
    ]);
    function isAssignmentOperator(operator) {
      return ASSIGNMENT_OPERATORS.has(operator.kind);
    }
    function isLogicalOperator(operator) {
      return LOGICAL_OPERATORS.has(operator.kind);
    }
    function isESTreeBinaryOperator(operator) {
      return BINARY_OPERATORS.has(operator.kind);
    }
    function getTextForTokenKind(kind) {
      return ts.tokenToString(kind);
    }
    function isESTreeClassMember(node) {
      return node.kind !== SyntaxKind.SemicolonClassElement;
    }
    function hasModifier(modifierKind, node) {
      const modifiers = (0, getModifiers_1.getModifiers)(node);
      return modifiers?.some((modifier) => modifier.kind === modifierKind) === true;
    }
    function getLastModifier(node) {
      const modifiers = (0, getModifiers_1.getModifiers)(node);
      if (modifiers == null) {
        return null;
      }
      return modifiers[modifiers.length - 1] ?? null;
    }
    function isComma(token) {
      return token.kind === SyntaxKind.CommaToken;
    }
    function isComment(node) {
      return node.kind === SyntaxKind.SingleLineCommentTrivia || node.kind === SyntaxKind.MultiLineCommentTrivia;
    }
    function isJSDocComment(node) {
      return node.kind === SyntaxKind.JSDocComment;
    }
    function getBinaryExpressionType(operator) {
      if (isAssignmentOperator(operator)) {
        return {
          type: ts_estree_1.AST_NODE_TYPES.AssignmentExpression,
          operator: getTextForTokenKind(operator.kind)
        };
      }
      if (isLogicalOperator(operator)) {
        return {
          type: ts_estree_1.AST_NODE_TYPES.LogicalExpression,
          operator: getTextForTokenKind(operator.kind)
        };
      }
      if (isESTreeBinaryOperator(operator)) {
        return {
          type: ts_estree_1.AST_NODE_TYPES.BinaryExpression,
          operator: getTextForTokenKind(operator.kind)
        };
      }
      throw new Error(`Unexpected binary operator ${ts.tokenToString(operator.kind)}`);
    }
    function getLineAndCharacterFor(pos, ast) {
      const loc = ast.getLineAndCharacterOfPosition(pos);
      return {
        column: loc.character,
        line: loc.line + 1
      };
    }
    function getLocFor(range, ast) {
      const [start, end] = range.map((pos) => getLineAndCharacterFor(pos, ast));
      return { end, start };
    }
    function canContainDirective(node) {
      if (node.kind === ts.SyntaxKind.Block) {
        switch (node.parent.kind) {
          case ts.SyntaxKind.Constructor:
          case ts.SyntaxKind.GetAccessor:
          case ts.SyntaxKind.SetAccessor:
          case ts.SyntaxKind.ArrowFunction:
          case ts.SyntaxKind.FunctionExpression:
          case ts.SyntaxKind.FunctionDeclaration:
          case ts.SyntaxKind.MethodDeclaration:
            return true;
          default:
            return false;
        }
      }
      return true;
    }
    function getRange(node, ast) {
      return [node.getStart(ast), node.getEnd()];
    }
    function isToken(node) {
      return node.kind >= SyntaxKind.FirstToken && node.kind <= SyntaxKind.LastToken;
    }
    function isJSXToken(node) {
      return node.kind >= SyntaxKind.JsxElement && node.kind <= SyntaxKind.JsxAttribute;
    }
    function getDeclarationKind(node) {
      if (node.flags & ts.NodeFlags.Let) {
        return "let";
      }
      if ((node.flags & ts.NodeFlags.AwaitUsing) === ts.NodeFlags.AwaitUsing) {
        return "await using";
      }
      if (node.flags & ts.NodeFlags.Const) {
        return "const";
      }
      if (node.flags & ts.NodeFlags.Using) {
        return "using";
      }
      return "var";
    }
    function getTSNodeAccessibility(node) {
      const modifiers = (0, getModifiers_1.getModifiers)(node);
      if (modifiers == null) {
        return void 0;
      }
      for (const modifier of modifiers) {
        switch (modifier.kind) {
          case SyntaxKind.PublicKeyword:
            return "public";
          case SyntaxKind.ProtectedKeyword:
            return "protected";
          case SyntaxKind.PrivateKeyword:
            return "private";
          default:
            break;
        }
      }
      return void 0;
    }
    function findNextToken(previousToken, parent, ast) {
      return find(parent);
      function find(n) {
        if (ts.isToken(n) && n.pos === previousToken.end) {
          return n;
        }
        return firstDefined(n.getChildren(ast), (child) => {
          const shouldDiveInChildNode = (
            // previous token is enclosed somewhere in the child
            child.pos <= previousToken.pos && child.end > previousToken.end || // previous token ends exactly at the beginning of child
            child.pos === previousToken.end
          );
          return shouldDiveInChildNode && nodeHasTokens(child, ast) ? find(child) : void 0;
        });
      }
    }
    function findFirstMatchingAncestor(node, predicate) {
      let current = node;
      while (current) {
        if (predicate(current)) {
          return current;
        }
        current = current.parent;
      }
      return void 0;
    }
    function hasJSXAncestor(node) {
      return !!findFirstMatchingAncestor(node, isJSXToken);
    }
    function unescapeStringLiteralText(text) {
      return text.replaceAll(/&(?:#\d+|#x[\da-fA-F]+|[0-9a-zA-Z]+);/g, (entity) => {
        const item = entity.slice(1, -1);
        if (item[0] === "#") {
          const codePoint = item[1] === "x" ? parseInt(item.slice(2), 16) : parseInt(item.slice(1), 10);
          return codePoint > 1114111 ? entity : String.fromCodePoint(codePoint);
        }
        return xhtml_entities_1.xhtmlEntities[item] || entity;
      });
    }
    function isComputedProperty(node) {
      return node.kind === SyntaxKind.ComputedPropertyName;
    }
    function isOptional(node) {
      return !!node.questionToken;
    }
    function isChainExpression(node) {
      return node.type === ts_estree_1.AST_NODE_TYPES.ChainExpression;
    }
    function isChildUnwrappableOptionalChain(node, child) {
      return isChainExpression(child) && // (x?.y).z is semantically different, and as such .z is no longer optional
      node.expression.kind !== ts.SyntaxKind.ParenthesizedExpression;
    }
    function getTokenType(token) {
      if (token.kind === SyntaxKind.NullKeyword) {
        return ts_estree_1.AST_TOKEN_TYPES.Null;
      }
      if (token.kind >= SyntaxKind.FirstKeyword && token.kind <= SyntaxKind.LastFutureReservedWord) {
        if (token.kind === SyntaxKind.FalseKeyword || token.kind === SyntaxKind.TrueKeyword) {
          return ts_estree_1.AST_TOKEN_TYPES.Boolean;
        }
        return ts_estree_1.AST_TOKEN_TYPES.Keyword;
      }
      if (token.kind >= SyntaxKind.FirstPunctuation && token.kind <= SyntaxKind.LastPunctuation) {
        return ts_estree_1.AST_TOKEN_TYPES.Punctuator;
      }
      if (token.kind >= SyntaxKind.NoSubstitutionTemplateLiteral && token.kind <= SyntaxKind.TemplateTail) {
        return ts_estree_1.AST_TOKEN_TYPES.Template;
      }
      switch (token.kind) {
        case SyntaxKind.NumericLiteral:
        case SyntaxKind.BigIntLiteral:
          return ts_estree_1.AST_TOKEN_TYPES.Numeric;
        case SyntaxKind.PrivateIdentifier:
          return ts_estree_1.AST_TOKEN_TYPES.PrivateIdentifier;
        case SyntaxKind.JsxText:
          return ts_estree_1.AST_TOKEN_TYPES.JSXText;
        case SyntaxKind.StringLiteral:
          if (token.parent.kind === SyntaxKind.JsxAttribute || token.parent.kind === SyntaxKind.JsxElement) {
            return ts_estree_1.AST_TOKEN_TYPES.JSXText;
          }
          return ts_estree_1.AST_TOKEN_TYPES.String;
        case SyntaxKind.RegularExpressionLiteral:
          return ts_estree_1.AST_TOKEN_TYPES.RegularExpression;
        case SyntaxKind.Identifier:
        case SyntaxKind.ConstructorKeyword:
        case SyntaxKind.GetKeyword:
        case SyntaxKind.SetKeyword:
        // intentional fallthrough
        default:
      }
      if (token.kind === SyntaxKind.Identifier) {
        if (isJSXToken(token.parent)) {
          return ts_estree_1.AST_TOKEN_TYPES.JSXIdentifier;
        }
        if (token.parent.kind === SyntaxKind.PropertyAccessExpression && hasJSXAncestor(token)) {
          return ts_estree_1.AST_TOKEN_TYPES.JSXIdentifier;
        }
      }
      return ts_estree_1.AST_TOKEN_TYPES.Identifier;
    }
    function convertToken(token, ast) {
      const start = token.kind === SyntaxKind.JsxText ? token.getFullStart() : token.getStart(ast);
      const end = token.getEnd();
      const value = ast.text.slice(start, end);
      const tokenType = getTokenType(token);
      const range = [start, end];
      const loc = getLocFor(range, ast);
      if (tokenType === ts_estree_1.AST_TOKEN_TYPES.RegularExpression) {
        return {
          type: tokenType,
          loc,
          range,
          regex: {
            flags: value.slice(value.lastIndexOf("/") + 1),
            pattern: value.slice(1, value.lastIndexOf("/"))
          },
          value
        };
      }
      if (tokenType === ts_estree_1.AST_TOKEN_TYPES.PrivateIdentifier) {
        return {
          type: tokenType,
          loc,
          range,
          value: value.slice(1)
        };
      }
      return {
        type: tokenType,
        loc,
        range,
        value
      };
    }
    function convertTokens(ast) {
      const result = [];
      function walk(node) {
        if (isComment(node) || isJSDocComment(node)) {
          return;
        }
        const { kind } = node;
        if (isToken(node) && kind !== SyntaxKind.EndOfFileToken) {
          const token = convertToken(node, ast);
          if (kind === SyntaxKind.LessThanToken) {
            addMissingLessThanToken(result, token, ast);
          }
          result.push(token);
        } else {
          node.getChildren(ast).forEach(walk);
        }
      }
      walk(ast);
      return result;
    }
    function addMissingLessThanToken(result, token, ast) {
      if (result.length === 0) {
        return;
      }
      const currentTokenStart = token.range[0];
      const previousTokenEnd = result[result.length - 1].range[1];
      if (currentTokenStart > previousTokenEnd && ast.text[currentTokenStart - 1] === "<") {
        const range = [currentTokenStart - 1, currentTokenStart];
        result.push({
          type: ts_estree_1.AST_TOKEN_TYPES.Punctuator,
          loc: getLocFor(range, ast),
          range,
          value: "<"
        });
      }
    }
    var TSError = class extends Error {
      fileName;
      location;
      name = "TSError";
      constructor(message, fileName, location) {
        super(message);
        this.fileName = fileName;
        this.location = location;
      }
      // For old version of ESLint https://github.com/typescript-eslint/typescript-eslint/pull/6556#discussion_r1123237311
      get index() {
        return this.location.start.offset;
      }
      // https://github.com/eslint/eslint/blob/b09a512107249a4eb19ef5a37b0bd672266eafdb/lib/linter/linter.js#L853
      get lineNumber() {
        return this.location.start.line;
      }
      // https://github.com/eslint/eslint/blob/b09a512107249a4eb19ef5a37b0bd672266eafdb/lib/linter/linter.js#L854
      get column() {
        return this.location.start.column;
      }
    };
    exports2.TSError = TSError;
    function createError(node, message, sourceFile) {
      let startIndex;
      let endIndex;
      if (Array.isArray(node)) {
        [startIndex, endIndex] = node;
      } else if (typeof node === "number") {
        startIndex = endIndex = node;
      } else {
        sourceFile ??= node.getSourceFile();
        startIndex = node.getStart(sourceFile);
        endIndex = node.getEnd();
      }
      if (!sourceFile) {
        throw new Error("`sourceFile` is required.");
      }
      const [start, end] = [startIndex, endIndex].map((offset) => {
        const { character: column, line } = sourceFile.getLineAndCharacterOfPosition(offset);
        return { column, line: line + 1, offset };
      });
      return new TSError(message, sourceFile.fileName, { end, start });
    }
    function nodeHasTokens(n, ast) {
      return n.kind === SyntaxKind.EndOfFileToken ? !!n.jsDoc : n.getWidth(ast) !== 0;
    }
    function firstDefined(array, callback) {
      if (array === void 0) {
        return void 0;
      }
      for (let i = 0; i < array.length; i++) {
        const result = callback(array[i], i);
        if (result !== void 0) {
          return result;
        }
      }
      return void 0;
    }
    function identifierIsThisKeyword(id) {
      return (isAtLeast50 ? ts.identifierToKeywordKind(id) : (
        // @ts-expect-error -- intentional fallback for older TS versions <=4.9
        id.originalKeywordKind
      )) === SyntaxKind.ThisKeyword;
    }
    function isThisIdentifier(node) {
      return !!node && node.kind === SyntaxKind.Identifier && identifierIsThisKeyword(node);
    }
    function isThisInTypeQuery(node) {
      if (!isThisIdentifier(node)) {
        return false;
      }
      while (ts.isQualifiedName(node.parent) && node.parent.left === node) {
        node = node.parent;
      }
      return node.parent.kind === SyntaxKind.TypeQuery;
    }
    function isValidAssignmentTarget(node) {
      switch (node.kind) {
        case SyntaxKind.Identifier:
          return true;
        case SyntaxKind.PropertyAccessExpression:
        case SyntaxKind.ElementAccessExpression:
          if (node.flags & ts.NodeFlags.OptionalChain) {
            return false;
          }
          return true;
        case SyntaxKind.ParenthesizedExpression:
        case SyntaxKind.TypeAssertionExpression:
        case SyntaxKind.AsExpression:
        case SyntaxKind.SatisfiesExpression:
        case SyntaxKind.ExpressionWithTypeArguments:
        case SyntaxKind.NonNullExpression:
          return isValidAssignmentTarget(node.expression);
        default:
          return false;
      }
    }
    function getNamespaceModifiers(node) {
      let modifiers = (0, getModifiers_1.getModifiers)(node);
      let moduleDeclaration = node;
      while ((!modifiers || modifiers.length === 0) && ts.isModuleDeclaration(moduleDeclaration.parent)) {
        const parentModifiers = (0, getModifiers_1.getModifiers)(moduleDeclaration.parent);
        if (parentModifiers?.length) {
          modifiers = parentModifiers;
        }
        moduleDeclaration = moduleDeclaration.parent;
      }
      return modifiers;
    }
    function declarationNameToString(node) {
      const text = node.getSourceFile().text.slice(node.pos, node.end).trimStart();
      return text || "(Missing)";
    }
    function isPropertyAccessEntityNameExpression(node) {
      return ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name) && isEntityNameExpression(node.expression);
    }
    function isEntityNameExpression(node) {
      return node.kind === SyntaxKind.Identifier || isPropertyAccessEntityNameExpression(node);
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/check-modifiers.js
var require_check_modifiers = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/check-modifiers.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.checkModifiers = checkModifiers;
    var ts = __importStar(require("typescript"));
    var getModifiers_1 = require_getModifiers();
    var node_utils_1 = require_node_utils();
    var SyntaxKind = ts.SyntaxKind;
    function nodeIsMissing(node) {
      if (node == null) {
        return true;
      }
      return node.pos === node.end && node.pos >= 0 && node.kind !== SyntaxKind.EndOfFileToken;
    }
    function nodeIsPresent(node) {
      return !nodeIsMissing(node);
    }
    function hasAbstractModifier(node) {
      return (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node);
    }
    function getThisParameter(signature) {
      if (signature.parameters.length && !ts.isJSDocSignature(signature)) {
        const thisParameter = signature.parameters[0];
        if (parameterIsThisKeyword(thisParameter)) {
          return thisParameter;
        }
      }
      return null;
    }
    function parameterIsThisKeyword(parameter) {
      return (0, node_utils_1.isThisIdentifier)(parameter.name);
    }
    function getContainingFunction(node) {
      return ts.findAncestor(node.parent, ts.isFunctionLike);
    }
    function nodeCanBeDecorated(node) {
      switch (node.kind) {
        case SyntaxKind.ClassDeclaration:
          return true;
        case SyntaxKind.ClassExpression:
          return true;
        case SyntaxKind.PropertyDeclaration: {
          const { parent } = node;
          if (ts.isClassDeclaration(parent)) {
            return true;
          }
          if (ts.isClassLike(parent) && !hasAbstractModifier(node)) {
            return true;
          }
          return false;
        }
        case SyntaxKind.GetAccessor:
        case SyntaxKind.SetAccessor:
        case SyntaxKind.MethodDeclaration: {
          const { parent } = node;
          return Boolean(node.body) && (ts.isClassDeclaration(parent) || ts.isClassLike(parent));
        }
        case SyntaxKind.Parameter: {
          const { parent } = node;
          const grandparent = parent.parent;
          return Boolean(parent) && "body" in parent && Boolean(parent.body) && (parent.kind === SyntaxKind.Constructor || parent.kind === SyntaxKind.MethodDeclaration || parent.kind === SyntaxKind.SetAccessor) && getThisParameter(parent) !== node && Boolean(grandparent) && grandparent.kind === SyntaxKind.ClassDeclaration;
        }
      }
      return false;
    }
    function nodeHasIllegalDecorators(node) {
      return !!("illegalDecorators" in node && node.illegalDecorators?.length);
    }
    function checkModifiers(node) {
      if (nodeHasIllegalDecorators(node)) {
        throw (0, node_utils_1.createError)(node.illegalDecorators[0], "Decorators are not valid here.");
      }
      for (const decorator of (0, getModifiers_1.getDecorators)(
        node,
        /* includeIllegalDecorators */
        true
      ) ?? []) {
        if (!nodeCanBeDecorated(node)) {
          if (ts.isMethodDeclaration(node) && !nodeIsPresent(node.body)) {
            throw (0, node_utils_1.createError)(decorator, "A decorator can only decorate a method implementation, not an overload.");
          } else {
            throw (0, node_utils_1.createError)(decorator, "Decorators are not valid here.");
          }
        }
      }
      const modifiers = (0, getModifiers_1.getModifiers)(
        node,
        /* includeIllegalModifiers */
        true
      ) ?? [];
      for (const modifier of modifiers) {
        if (modifier.kind !== SyntaxKind.ReadonlyKeyword) {
          if (node.kind === SyntaxKind.PropertySignature || node.kind === SyntaxKind.MethodSignature) {
            throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on a type member`);
          }
          if (node.kind === SyntaxKind.IndexSignature && (modifier.kind !== SyntaxKind.StaticKeyword || !ts.isClassLike(node.parent))) {
            throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on an index signature`);
          }
        }
        if (modifier.kind !== SyntaxKind.InKeyword && modifier.kind !== SyntaxKind.OutKeyword && modifier.kind !== SyntaxKind.ConstKeyword && node.kind === SyntaxKind.TypeParameter) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on a type parameter`);
        }
        if ((modifier.kind === SyntaxKind.InKeyword || modifier.kind === SyntaxKind.OutKeyword) && (node.kind !== SyntaxKind.TypeParameter || !(ts.isInterfaceDeclaration(node.parent) || ts.isClassLike(node.parent) || ts.isTypeAliasDeclaration(node.parent)))) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier can only appear on a type parameter of a class, interface or type alias`);
        }
        if (modifier.kind === SyntaxKind.ReadonlyKeyword && node.kind !== SyntaxKind.PropertyDeclaration && node.kind !== SyntaxKind.PropertySignature && node.kind !== SyntaxKind.IndexSignature && node.kind !== SyntaxKind.Parameter) {
          throw (0, node_utils_1.createError)(modifier, "'readonly' modifier can only appear on a property declaration or index signature.");
        }
        if (modifier.kind === SyntaxKind.DeclareKeyword && ts.isClassLike(node.parent) && !ts.isPropertyDeclaration(node)) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on class elements of this kind.`);
        }
        if (modifier.kind === SyntaxKind.DeclareKeyword && ts.isVariableStatement(node)) {
          const declarationKind = (0, node_utils_1.getDeclarationKind)(node.declarationList);
          if (declarationKind === "using" || declarationKind === "await using") {
            throw (0, node_utils_1.createError)(modifier, `'declare' modifier cannot appear on a '${declarationKind}' declaration.`);
          }
        }
        if (modifier.kind === SyntaxKind.AbstractKeyword && node.kind !== SyntaxKind.ClassDeclaration && node.kind !== SyntaxKind.ConstructorType && node.kind !== SyntaxKind.MethodDeclaration && node.kind !== SyntaxKind.PropertyDeclaration && node.kind !== SyntaxKind.GetAccessor && node.kind !== SyntaxKind.SetAccessor) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier can only appear on a class, method, or property declaration.`);
        }
        if (modifier.kind === SyntaxKind.ExportKeyword && modifiers.slice(0, modifiers.indexOf(modifier)).some((m) => m.kind === SyntaxKind.AbstractKeyword)) {
          throw (0, node_utils_1.createError)(modifier, "'export' modifier must precede 'abstract' modifier.");
        }
        if ((modifier.kind === SyntaxKind.StaticKeyword || modifier.kind === SyntaxKind.PublicKeyword || modifier.kind === SyntaxKind.ProtectedKeyword || modifier.kind === SyntaxKind.PrivateKeyword) && (node.parent.kind === SyntaxKind.ModuleBlock || node.parent.kind === SyntaxKind.SourceFile)) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on a module or namespace element.`);
        }
        if (modifier.kind === SyntaxKind.AccessorKeyword && node.kind !== SyntaxKind.PropertyDeclaration) {
          throw (0, node_utils_1.createError)(modifier, "'accessor' modifier can only appear on a property declaration.");
        }
        if (modifier.kind === SyntaxKind.AsyncKeyword && node.kind !== SyntaxKind.MethodDeclaration && node.kind !== SyntaxKind.FunctionDeclaration && node.kind !== SyntaxKind.FunctionExpression && node.kind !== SyntaxKind.ArrowFunction) {
          throw (0, node_utils_1.createError)(modifier, "'async' modifier cannot be used here.");
        }
        if (node.kind === SyntaxKind.Parameter && (modifier.kind === SyntaxKind.StaticKeyword || modifier.kind === SyntaxKind.ExportKeyword || modifier.kind === SyntaxKind.DeclareKeyword || modifier.kind === SyntaxKind.AsyncKeyword)) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on a parameter.`);
        }
        if (modifier.kind === SyntaxKind.PublicKeyword || modifier.kind === SyntaxKind.ProtectedKeyword || modifier.kind === SyntaxKind.PrivateKeyword) {
          for (const anotherModifier of modifiers) {
            if (anotherModifier !== modifier && (anotherModifier.kind === SyntaxKind.PublicKeyword || anotherModifier.kind === SyntaxKind.ProtectedKeyword || anotherModifier.kind === SyntaxKind.PrivateKeyword)) {
              throw (0, node_utils_1.createError)(anotherModifier, `Accessibility modifier already seen.`);
            }
          }
        }
        if (node.kind === SyntaxKind.Parameter && // In `typescript` package, it's `ts.hasSyntacticModifier(node, ts.ModifierFlags.ParameterPropertyModifier)`
        // https://github.com/typescript-eslint/typescript-eslint/pull/6615#discussion_r1136489935
        (modifier.kind === SyntaxKind.PublicKeyword || modifier.kind === SyntaxKind.PrivateKeyword || modifier.kind === SyntaxKind.ProtectedKeyword || modifier.kind === SyntaxKind.ReadonlyKeyword || modifier.kind === SyntaxKind.OverrideKeyword)) {
          const func = getContainingFunction(node);
          if (!(func?.kind === SyntaxKind.Constructor && nodeIsPresent(func.body))) {
            throw (0, node_utils_1.createError)(modifier, "A parameter property is only allowed in a constructor implementation.");
          }
          const param = node;
          if (param.dotDotDotToken) {
            throw (0, node_utils_1.createError)(modifier, "A parameter property cannot be a rest parameter.");
          }
          if (param.name.kind === SyntaxKind.ArrayBindingPattern || param.name.kind === SyntaxKind.ObjectBindingPattern) {
            throw (0, node_utils_1.createError)(modifier, "A parameter property may not be declared using a binding pattern.");
          }
        }
        checkObjectPropertyModifier(node, modifier);
      }
      if (node.parent?.kind === SyntaxKind.ObjectLiteralExpression) {
        for (const modifier of node.modifiers ?? []) {
          if (ts.isDecorator(modifier) || modifiers.includes(modifier)) {
            continue;
          }
          checkObjectPropertyModifier(node, modifier);
        }
      }
    }
    function checkObjectPropertyModifier(node, modifier) {
      if ((modifier.kind !== SyntaxKind.AsyncKeyword || node.kind !== SyntaxKind.MethodDeclaration) && node.parent.kind === SyntaxKind.ObjectLiteralExpression) {
        throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot be used here.`);
      }
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/getImportClausePhaseModifier.js
var require_getImportClausePhaseModifier = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/getImportClausePhaseModifier.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getImportClausePhaseModifier = getImportClausePhaseModifier;
    var ts = __importStar(require("typescript"));
    var version_check_1 = require_version_check();
    var isAtLeast59 = version_check_1.typescriptVersionIsAtLeast["5.9"];
    function getImportClausePhaseModifier(node) {
      if (!node) {
        return null;
      }
      if (isAtLeast59) {
        return node.phaseModifier === ts.SyntaxKind.TypeKeyword ? "type" : (
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- guarded by TS version check
          node.phaseModifier === ts.SyntaxKind.DeferKeyword ? "defer" : null
        );
      }
      return node.isTypeOnly ? "type" : null;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/check-syntax-errors.js
var require_check_syntax_errors = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/check-syntax-errors.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.checkSyntaxError = checkSyntaxError;
    var ts = __importStar(require("typescript"));
    var check_modifiers_1 = require_check_modifiers();
    var getImportClausePhaseModifier_1 = require_getImportClausePhaseModifier();
    var node_utils_1 = require_node_utils();
    var SyntaxKind = ts.SyntaxKind;
    function checkSyntaxError(tsNode, parent, allowPattern) {
      (0, check_modifiers_1.checkModifiers)(tsNode);
      const node = tsNode;
      switch (node.kind) {
        case SyntaxKind.SwitchStatement:
          if (node.caseBlock.clauses.filter((switchCase) => switchCase.kind === SyntaxKind.DefaultClause).length > 1) {
            throw (0, node_utils_1.createError)(node, "A 'default' clause cannot appear more than once in a 'switch' statement.");
          }
          break;
        case SyntaxKind.ThrowStatement:
          if (node.expression.end === node.expression.pos) {
            throw (0, node_utils_1.createError)(node, "A throw statement must throw an expression.");
          }
          break;
        case SyntaxKind.CatchClause:
          if (node.variableDeclaration?.initializer) {
            throw (0, node_utils_1.createError)(node.variableDeclaration.initializer, "Catch clause variable cannot have an initializer.");
          }
          break;
        case SyntaxKind.FunctionDeclaration: {
          const isDeclare = (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node);
          const isAsync = (0, node_utils_1.hasModifier)(SyntaxKind.AsyncKeyword, node);
          const isGenerator = !!node.asteriskToken;
          if (isDeclare) {
            if (node.body) {
              throw (0, node_utils_1.createError)(node, "An implementation cannot be declared in ambient contexts.");
            } else if (isAsync) {
              throw (0, node_utils_1.createError)(node, "'async' modifier cannot be used in an ambient context.");
            } else if (isGenerator) {
              throw (0, node_utils_1.createError)(node, "Generators are not allowed in an ambient context.");
            }
          } else if (!node.body && isGenerator) {
            throw (0, node_utils_1.createError)(node, "A function signature cannot be declared as a generator.");
          }
          break;
        }
        case SyntaxKind.VariableDeclaration: {
          const hasExclamationToken = !!node.exclamationToken;
          if (hasExclamationToken) {
            if (node.initializer) {
              throw (0, node_utils_1.createError)(node, "Declarations with initializers cannot also have definite assignment assertions.");
            } else if (node.name.kind !== SyntaxKind.Identifier || !node.type) {
              throw (0, node_utils_1.createError)(node, "Declarations with definite assignment assertions must also have type annotations.");
            }
          }
          if (node.parent.kind === SyntaxKind.VariableDeclarationList) {
            const variableDeclarationList = node.parent;
            const kind = (0, node_utils_1.getDeclarationKind)(variableDeclarationList);
            if (kind === "using" || kind === "await using") {
              if (variableDeclarationList.parent.kind === SyntaxKind.ForInStatement) {
                throw (0, node_utils_1.createError)(variableDeclarationList, `The left-hand side of a 'for...in' statement cannot be a '${kind}' declaration.`);
              }
              if (variableDeclarationList.parent.kind === SyntaxKind.ForStatement || variableDeclarationList.parent.kind === SyntaxKind.VariableStatement) {
                if (!node.initializer) {
                  throw (0, node_utils_1.createError)(node, `'${kind}' declarations must be initialized.`);
                }
                if (node.name.kind !== SyntaxKind.Identifier) {
                  throw (0, node_utils_1.createError)(node.name, `'${kind}' declarations may not have binding patterns.`);
                }
              }
            }
            if (variableDeclarationList.parent.kind === SyntaxKind.VariableStatement) {
              const variableStatement = variableDeclarationList.parent;
              const hasDeclareKeyword = (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, variableStatement);
              if ((hasDeclareKeyword || ["await using", "const", "using"].includes(kind)) && hasExclamationToken) {
                throw (0, node_utils_1.createError)(node, `A definite assignment assertion '!' is not permitted in this context.`);
              }
              if (hasDeclareKeyword && node.initializer && (["let", "var"].includes(kind) || node.type)) {
                throw (0, node_utils_1.createError)(node, `Initializers are not permitted in ambient contexts.`);
              }
            }
          }
          break;
        }
        case SyntaxKind.VariableStatement: {
          const declarations = node.declarationList.declarations;
          if (!declarations.length) {
            throw (0, node_utils_1.createError)(node, "A variable declaration list must have at least one variable declarator.");
          }
          break;
        }
        case SyntaxKind.PropertyAssignment: {
          const { exclamationToken, questionToken } = node;
          if (questionToken) {
            throw (0, node_utils_1.createError)(questionToken, "A property assignment cannot have a question token.");
          }
          if (exclamationToken) {
            throw (0, node_utils_1.createError)(exclamationToken, "A property assignment cannot have an exclamation token.");
          }
          break;
        }
        case SyntaxKind.ShorthandPropertyAssignment: {
          const { exclamationToken, modifiers, questionToken } = node;
          if (modifiers) {
            throw (0, node_utils_1.createError)(modifiers[0], "A shorthand property assignment cannot have modifiers.");
          }
          if (questionToken) {
            throw (0, node_utils_1.createError)(questionToken, "A shorthand property assignment cannot have a question token.");
          }
          if (exclamationToken) {
            throw (0, node_utils_1.createError)(exclamationToken, "A shorthand property assignment cannot have an exclamation token.");
          }
          break;
        }
        case SyntaxKind.PropertyDeclaration: {
          const isAbstract = (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node);
          if (isAbstract && node.initializer) {
            throw (0, node_utils_1.createError)(node.initializer, `Abstract property cannot have an initializer.`);
          }
          const isDefinite = !!node.exclamationToken;
          if (isDefinite && isAbstract) {
            throw (0, node_utils_1.createError)(node.exclamationToken, `A definite assignment assertion '!' is not permitted in this context.`);
          }
          if (isDefinite && !node.type) {
            throw (0, node_utils_1.createError)(node, `Declarations with definite assignment assertions must also have type annotations.`);
          }
          if (isDefinite && node.initializer) {
            throw (0, node_utils_1.createError)(node, `Declarations with initializers cannot also have definite assignment assertions.`);
          }
          if (node.name.kind === SyntaxKind.StringLiteral && node.name.text === "constructor") {
            throw (0, node_utils_1.createError)(node.name, "Classes may not have a field named 'constructor'.");
          }
          break;
        }
        case SyntaxKind.TaggedTemplateExpression:
          if (node.tag.flags & ts.NodeFlags.OptionalChain) {
            throw (0, node_utils_1.createError)(node, "Tagged template expressions are not permitted in an optional chain.");
          }
          break;
        case SyntaxKind.BinaryExpression:
          if (node.operatorToken.kind !== SyntaxKind.InKeyword && node.left.kind === SyntaxKind.PrivateIdentifier) {
            throw (0, node_utils_1.createError)(node.left, "Private identifiers cannot appear on the right-hand-side of an 'in' expression.");
          } else if (node.right.kind === SyntaxKind.PrivateIdentifier) {
            throw (0, node_utils_1.createError)(node.right, "Private identifiers are only allowed on the left-hand-side of an 'in' expression.");
          }
          break;
        case SyntaxKind.MappedType:
          if (node.members && node.members.length > 0) {
            throw (0, node_utils_1.createError)(node.members[0], "A mapped type may not declare properties or methods.");
          }
          break;
        case SyntaxKind.PropertySignature: {
          const { initializer } = node;
          if (initializer) {
            throw (0, node_utils_1.createError)(initializer, "A property signature cannot have an initializer.");
          }
          break;
        }
        case SyntaxKind.FunctionType: {
          const { modifiers } = node;
          if (modifiers) {
            throw (0, node_utils_1.createError)(modifiers[0], "A function type cannot have modifiers.");
          }
          break;
        }
        case SyntaxKind.EnumMember: {
          const computed = node.name.kind === ts.SyntaxKind.ComputedPropertyName;
          if (computed) {
            throw (0, node_utils_1.createError)(node.name, "Computed property names are not allowed in enums.");
          }
          if (node.name.kind === SyntaxKind.NumericLiteral || node.name.kind === SyntaxKind.BigIntLiteral) {
            throw (0, node_utils_1.createError)(node.name, "An enum member cannot have a numeric name.");
          }
          break;
        }
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        case SyntaxKind.AssertEntry:
        case SyntaxKind.ImportAttribute:
          if (node.value.kind !== SyntaxKind.StringLiteral) {
            throw (0, node_utils_1.createError)(node.value, "String literal expected.");
          }
          break;
        case SyntaxKind.ExternalModuleReference:
          if (node.expression.kind !== SyntaxKind.StringLiteral) {
            throw (0, node_utils_1.createError)(node.expression, "String literal expected.");
          }
          break;
        case SyntaxKind.PrefixUnaryExpression:
        case SyntaxKind.PostfixUnaryExpression: {
          const operator = (0, node_utils_1.getTextForTokenKind)(node.operator);
          if ((operator === "++" || operator === "--") && !(0, node_utils_1.isValidAssignmentTarget)(node.operand)) {
            throw (0, node_utils_1.createError)(node.operand, "Invalid left-hand side expression in unary operation");
          }
          break;
        }
        case SyntaxKind.ImportDeclaration: {
          const { importClause } = node;
          const importPhase = (0, getImportClausePhaseModifier_1.getImportClausePhaseModifier)(importClause);
          if (importPhase === "type" && importClause?.name && importClause.namedBindings) {
            throw (0, node_utils_1.createError)(importClause, "A type-only import can specify a default import or named bindings, but not both.");
          }
          const isNamedImport = importClause?.namedBindings?.kind === SyntaxKind.NamedImports;
          const isDefaultImport = !!importClause?.name;
          if (importPhase === "defer" && isNamedImport) {
            throw (0, node_utils_1.createError)(importClause, "Named imports are not allowed in a deferred import.");
          }
          if (importPhase === "defer" && isDefaultImport) {
            throw (0, node_utils_1.createError)(importClause, "Default imports are not allowed in a deferred import.");
          }
          assertModuleSpecifier(node, false);
          break;
        }
        case SyntaxKind.ExportDeclaration:
          assertModuleSpecifier(node, node.exportClause?.kind === SyntaxKind.NamedExports);
          break;
        case SyntaxKind.ExportSpecifier: {
          const local = node.propertyName ?? node.name;
          if (local.kind === SyntaxKind.StringLiteral && parent.kind === SyntaxKind.ExportDeclaration && parent.moduleSpecifier?.kind !== SyntaxKind.StringLiteral) {
            throw (0, node_utils_1.createError)(local, "A string literal cannot be used as a local exported binding without `from`.");
          }
          break;
        }
        case SyntaxKind.CallExpression:
          if (node.expression.kind === SyntaxKind.ImportKeyword && node.arguments.length !== 1 && node.arguments.length !== 2) {
            throw (0, node_utils_1.createError)(node.arguments.length > 1 ? node.arguments[2] : node, "Dynamic import requires exactly one or two arguments.");
          }
          break;
        case SyntaxKind.ClassDeclaration:
          if (!node.name && (!(0, node_utils_1.hasModifier)(ts.SyntaxKind.ExportKeyword, node) || !(0, node_utils_1.hasModifier)(ts.SyntaxKind.DefaultKeyword, node))) {
            throw (0, node_utils_1.createError)(node, "A class declaration without the 'default' modifier must have a name.");
          }
        // intentional fallthrough
        case SyntaxKind.ClassExpression: {
          const heritageClauses = node.heritageClauses ?? [];
          let seenExtendsClause = false;
          let seenImplementsClause = false;
          for (const heritageClause of heritageClauses) {
            const { token, types } = heritageClause;
            if (types.length === 0) {
              throw (0, node_utils_1.createError)(heritageClause, `'${ts.tokenToString(token)}' list cannot be empty.`);
            }
            if (token === SyntaxKind.ExtendsKeyword) {
              if (seenExtendsClause) {
                throw (0, node_utils_1.createError)(heritageClause, "'extends' clause already seen.");
              }
              if (seenImplementsClause) {
                throw (0, node_utils_1.createError)(heritageClause, "'extends' clause must precede 'implements' clause.");
              }
              if (types.length > 1) {
                throw (0, node_utils_1.createError)(types[1], "Classes can only extend a single class.");
              }
              seenExtendsClause = true;
            } else {
              if (seenImplementsClause) {
                throw (0, node_utils_1.createError)(heritageClause, "'implements' clause already seen.");
              }
              for (const heritageType of heritageClause.types) {
                if (!(0, node_utils_1.isEntityNameExpression)(heritageType.expression) || ts.isOptionalChain(heritageType.expression)) {
                  throw (0, node_utils_1.createError)(heritageType, "A class can only implement an identifier/qualified-name with optional type arguments.");
                }
              }
              seenImplementsClause = true;
            }
          }
          break;
        }
        case SyntaxKind.InterfaceDeclaration: {
          const interfaceHeritageClauses = node.heritageClauses ?? [];
          let seenExtendsClause = false;
          for (const heritageClause of interfaceHeritageClauses) {
            const { token, types } = heritageClause;
            if (token === SyntaxKind.ImplementsKeyword) {
              throw (0, node_utils_1.createError)(heritageClause, "Interface declaration cannot have 'implements' clause.");
            }
            if (token !== SyntaxKind.ExtendsKeyword) {
              throw (0, node_utils_1.createError)(heritageClause, "Unexpected token.");
            }
            if (types.length === 0) {
              throw (0, node_utils_1.createError)(heritageClause, `'${ts.tokenToString(token)}' list cannot be empty.`);
            }
            if (seenExtendsClause) {
              throw (0, node_utils_1.createError)(heritageClause, "'extends' clause already seen.");
            }
            seenExtendsClause = true;
            for (const heritageType of heritageClause.types) {
              if (!(0, node_utils_1.isEntityNameExpression)(heritageType.expression) || ts.isOptionalChain(heritageType.expression)) {
                throw (0, node_utils_1.createError)(heritageType, "Interface declaration can only extend an identifier/qualified name with optional type arguments.");
              }
            }
          }
          break;
        }
        case SyntaxKind.GetAccessor:
        case SyntaxKind.SetAccessor:
          if (node.parent.kind === SyntaxKind.InterfaceDeclaration || node.parent.kind === SyntaxKind.TypeLiteral) {
            return;
          }
        // otherwise, it is a non-type accessor - intentional fallthrough
        case SyntaxKind.MethodDeclaration: {
          const isAbstract = (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node);
          if (isAbstract && node.body) {
            throw (0, node_utils_1.createError)(node.name, node.kind === SyntaxKind.GetAccessor || node.kind === SyntaxKind.SetAccessor ? "An abstract accessor cannot have an implementation." : `Method '${(0, node_utils_1.declarationNameToString)(node.name)}' cannot have an implementation because it is marked abstract.`);
          }
          break;
        }
        case SyntaxKind.MetaProperty: {
          const metaObject = (0, node_utils_1.getTextForTokenKind)(node.keywordToken);
          const metaPropertyName = node.name.text;
          if (metaObject === "import") {
            if (metaPropertyName === "defer" && node.parent.kind !== SyntaxKind.CallExpression) {
              throw (0, node_utils_1.createError)(node, "'import.defer' is only valid when called. Use 'import.defer()' instead.");
            }
            if (metaPropertyName !== "meta") {
              throw (0, node_utils_1.createError)(node, `'${metaPropertyName}' is not a valid meta-property for keyword 'import'.`);
            }
          }
          break;
        }
        case SyntaxKind.ObjectLiteralExpression: {
          if (!allowPattern) {
            for (const property of node.properties) {
              if ((property.kind === SyntaxKind.GetAccessor || property.kind === SyntaxKind.SetAccessor || property.kind === SyntaxKind.MethodDeclaration) && !property.body) {
                throw (0, node_utils_1.createError)(property.end - 1, "'{' expected.", node.getSourceFile());
              }
            }
          }
          break;
        }
        case SyntaxKind.ImportEqualsDeclaration:
          if (node.isTypeOnly && node.moduleReference.kind !== SyntaxKind.ExternalModuleReference) {
            throw (0, node_utils_1.createError)(node, "An import alias cannot use 'import type'");
          }
          break;
        case SyntaxKind.ModuleDeclaration: {
          if (node.flags & ts.NodeFlags.GlobalAugmentation) {
            const { body } = node;
            if (body == null || body.kind === SyntaxKind.ModuleDeclaration) {
              throw (0, node_utils_1.createError)(node.body ?? node, "Expected a valid module body");
            }
            const { name } = node;
            if (name.kind !== ts.SyntaxKind.Identifier) {
              throw (0, node_utils_1.createError)(name, "global module augmentation must have an Identifier id");
            }
            return;
          }
          if (ts.isStringLiteral(node.name)) {
            return;
          }
          if (node.body == null) {
            throw (0, node_utils_1.createError)(node, "Expected a module body");
          }
          if (node.name.kind !== ts.SyntaxKind.Identifier) {
            throw (0, node_utils_1.createError)(node.name, "`namespace`s must have an Identifier id");
          }
          break;
        }
        case SyntaxKind.ForInStatement:
        case SyntaxKind.ForOfStatement: {
          checkForStatementDeclaration(node);
          break;
        }
      }
    }
    function checkForStatementDeclaration(node) {
      const { initializer, kind } = node;
      const loop = kind === SyntaxKind.ForInStatement ? "for...in" : "for...of";
      if (ts.isVariableDeclarationList(initializer)) {
        if (initializer.declarations.length !== 1) {
          throw (0, node_utils_1.createError)(initializer, `Only a single variable declaration is allowed in a '${loop}' statement.`);
        }
        const declaration = initializer.declarations[0];
        if (declaration.initializer) {
          throw (0, node_utils_1.createError)(declaration, `The variable declaration of a '${loop}' statement cannot have an initializer.`);
        } else if (declaration.type) {
          throw (0, node_utils_1.createError)(declaration, `The variable declaration of a '${loop}' statement cannot have a type annotation.`);
        }
      } else if (!(0, node_utils_1.isValidAssignmentTarget)(initializer) && initializer.kind !== SyntaxKind.ObjectLiteralExpression && initializer.kind !== SyntaxKind.ArrayLiteralExpression) {
        throw (0, node_utils_1.createError)(initializer, `The left-hand side of a '${loop}' statement must be a variable or a property access.`);
      }
    }
    function assertModuleSpecifier(node, allowNull) {
      if (!allowNull && node.moduleSpecifier == null) {
        throw (0, node_utils_1.createError)(node, "Module specifier must be a string literal.");
      }
      if (node.moduleSpecifier && node.moduleSpecifier.kind !== SyntaxKind.StringLiteral) {
        throw (0, node_utils_1.createError)(node.moduleSpecifier, "Module specifier must be a string literal.");
      }
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/convert.js
var require_convert = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/convert.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Converter = void 0;
    exports2.convertError = convertError;
    var ts = __importStar(require("typescript"));
    var check_syntax_errors_1 = require_check_syntax_errors();
    var getImportClausePhaseModifier_1 = require_getImportClausePhaseModifier();
    var getModifiers_1 = require_getModifiers();
    var node_utils_1 = require_node_utils();
    var ts_estree_1 = require_ts_estree2();
    var SyntaxKind = ts.SyntaxKind;
    function convertError(error) {
      return (0, node_utils_1.createError)(error.start, "message" in error && error.message || error.messageText, error.file);
    }
    var Converter = class {
      allowPattern = false;
      ast;
      esTreeNodeToTSNodeMap = /* @__PURE__ */ new WeakMap();
      options;
      tsNodeToESTreeNodeMap = /* @__PURE__ */ new WeakMap();
      /**
       * Converts a TypeScript node into an ESTree node
       * @param ast the full TypeScript AST
       * @param options additional options for the conversion
       * @returns the converted ESTreeNode
       */
      constructor(ast, options) {
        this.ast = ast;
        this.options = { ...options };
      }
      #checkSyntaxError(node, parent) {
        if (this.options.allowInvalidAST) {
          return;
        }
        (0, check_syntax_errors_1.checkSyntaxError)(node, parent, this.allowPattern);
      }
      #isValidEscape(text) {
        if (/\\[xu]/.test(text)) {
          const hasInvalidUnicodeEscape = /\\u(?![0-9a-fA-F]{4}|{)/.test(text);
          const hasInvalidHexEscape = /\\x(?![0-9a-fA-F]{2})/.test(text);
          return !hasInvalidUnicodeEscape && !hasInvalidHexEscape;
        }
        return true;
      }
      #throwError(node, message) {
        if (this.options.allowInvalidAST) {
          return;
        }
        throw (0, node_utils_1.createError)(node, message, this.ast);
      }
      /**
       * Creates a getter for a property under aliasKey that returns the value under
       * valueKey. If suppressDeprecatedPropertyWarnings is not enabled, the
       * getter also console warns about the deprecation.
       *
       * @see https://github.com/typescript-eslint/typescript-eslint/issues/6469
       */
      #withDeprecatedAliasGetter(node, aliasKey, valueKey, suppressWarnings = false) {
        let warned = suppressWarnings;
        Object.defineProperty(node, aliasKey, {
          configurable: true,
          get: this.options.suppressDeprecatedPropertyWarnings ? () => node[valueKey] : () => {
            if (!warned) {
              process.emitWarning(`The '${aliasKey}' property is deprecated on ${node.type} nodes. Use '${valueKey}' instead. See https://tseslint.com/key-property-deprecated.`, "DeprecationWarning");
              warned = true;
            }
            return node[valueKey];
          },
          set(value) {
            Object.defineProperty(node, aliasKey, {
              enumerable: true,
              value,
              writable: true
            });
          }
        });
        return node;
      }
      #withDeprecatedGetter(node, deprecatedKey, preferredKey, value) {
        let warned = false;
        Object.defineProperty(node, deprecatedKey, {
          configurable: true,
          get: this.options.suppressDeprecatedPropertyWarnings ? () => value : () => {
            if (!warned) {
              let message = `The '${deprecatedKey}' property is deprecated on ${node.type} nodes.`;
              if (preferredKey) {
                message += ` Use ${preferredKey} instead.`;
              }
              message += " See https://tseslint.com/key-property-deprecated.";
              process.emitWarning(message, "DeprecationWarning");
              warned = true;
            }
            return value;
          },
          set(value2) {
            Object.defineProperty(node, deprecatedKey, {
              enumerable: true,
              value: value2,
              writable: true
            });
          }
        });
        return node;
      }
      convertBindingNameWithTypeAnnotation(name, tsType, parent) {
        const id = this.convertPattern(name);
        if (tsType) {
          id.typeAnnotation = this.convertTypeAnnotation(tsType, parent);
          this.fixParentLocation(id, id.typeAnnotation.range);
        }
        return id;
      }
      /**
       * Converts body Nodes and add a directive field to StringLiterals
       * @param nodes of ts.Node
       * @param parent parentNode
       * @returns Array of body statements
       */
      convertBodyExpressions(nodes, parent) {
        let allowDirectives = (0, node_utils_1.canContainDirective)(parent);
        return nodes.map((statement) => {
          const child = this.convertChild(statement);
          if (allowDirectives) {
            if (child?.expression && ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) {
              const raw = child.expression.raw;
              child.directive = raw.slice(1, -1);
              return child;
            }
            allowDirectives = false;
          }
          return child;
        }).filter((statement) => statement);
      }
      convertChainExpression(node, tsNode) {
        const { child, isOptional } = (() => {
          if (node.type === ts_estree_1.AST_NODE_TYPES.MemberExpression) {
            return { child: node.object, isOptional: node.optional };
          }
          if (node.type === ts_estree_1.AST_NODE_TYPES.CallExpression) {
            return { child: node.callee, isOptional: node.optional };
          }
          return { child: node.expression, isOptional: false };
        })();
        const isChildUnwrappable = (0, node_utils_1.isChildUnwrappableOptionalChain)(tsNode, child);
        if (!isChildUnwrappable && !isOptional) {
          return node;
        }
        if (isChildUnwrappable && (0, node_utils_1.isChainExpression)(child)) {
          const newChild = child.expression;
          if (node.type === ts_estree_1.AST_NODE_TYPES.MemberExpression) {
            node.object = newChild;
          } else if (node.type === ts_estree_1.AST_NODE_TYPES.CallExpression) {
            node.callee = newChild;
          } else {
            node.expression = newChild;
          }
        }
        return this.createNode(tsNode, {
          type: ts_estree_1.AST_NODE_TYPES.ChainExpression,
          expression: node
        });
      }
      /**
       * Converts a TypeScript node into an ESTree node.
       * @param child the child ts.Node
       * @param parent parentNode
       * @returns the converted ESTree node
       */
      convertChild(child, parent) {
        return this.converter(child, parent, false);
      }
      /**
       * Converts TypeScript node array into an ESTree node list.
       * @param children the child `ts.NodeArray` or `ts.Node[]`
       * @param parent parentNode
       * @returns the converted ESTree node list
       */
      convertChildren(children, parent) {
        return children.map((child) => this.converter(child, parent, false));
      }
      /**
       * Converts a TypeScript node into an ESTree node.
       * @param child the child ts.Node
       * @param parent parentNode
       * @returns the converted ESTree node
       */
      convertPattern(child, parent) {
        return this.converter(child, parent, true);
      }
      /**
       * Converts a child into a type annotation. This creates an intermediary
       * TypeAnnotation node to match what Flow does.
       * @param child The TypeScript AST node to convert.
       * @param parent parentNode
       * @returns The type annotation node.
       */
      convertTypeAnnotation(child, parent) {
        const offset = parent?.kind === SyntaxKind.FunctionType || parent?.kind === SyntaxKind.ConstructorType ? 2 : 1;
        const annotationStartCol = child.getFullStart() - offset;
        const range = [annotationStartCol, child.end];
        const loc = (0, node_utils_1.getLocFor)(range, this.ast);
        return {
          type: ts_estree_1.AST_NODE_TYPES.TSTypeAnnotation,
          loc,
          range,
          typeAnnotation: this.convertChild(child)
        };
      }
      /**
       * Converts a ts.Node's typeArguments to TSTypeParameterInstantiation node
       * @param typeArguments ts.NodeArray typeArguments
       * @param node parent used to create this node
       * @returns TypeParameterInstantiation node
       */
      convertTypeArguments(node) {
        const { typeArguments } = node;
        if (!typeArguments) {
          return void 0;
        }
        const greaterThanToken = (0, node_utils_1.findNextToken)(typeArguments, this.ast, this.ast);
        const range = [typeArguments.pos - 1, greaterThanToken.end];
        if (typeArguments.length === 0) {
          this.#throwError(range, "Type argument list cannot be empty.");
        }
        return this.createNode(node, {
          type: ts_estree_1.AST_NODE_TYPES.TSTypeParameterInstantiation,
          range,
          params: this.convertChildren(typeArguments)
        });
      }
      /**
       * Converts a ts.Node's typeParameters to TSTypeParameterDeclaration node
       * @param typeParameters ts.Node typeParameters
       * @returns TypeParameterDeclaration node
       */
      convertTypeParameters(node) {
        const { typeParameters } = node;
        if (!typeParameters) {
          return void 0;
        }
        const greaterThanToken = (0, node_utils_1.findNextToken)(typeParameters, this.ast, this.ast);
        const range = [
          typeParameters.pos - 1,
          greaterThanToken.end
        ];
        if (typeParameters.length === 0) {
          this.#throwError(range, "Type parameter list cannot be empty.");
        }
        return {
          type: ts_estree_1.AST_NODE_TYPES.TSTypeParameterDeclaration,
          loc: (0, node_utils_1.getLocFor)(range, this.ast),
          range,
          params: this.convertChildren(typeParameters)
        };
      }
      /**
       * Converts an array of ts.Node parameters into an array of ESTreeNode params
       * @param parameters An array of ts.Node params to be converted
       * @returns an array of converted ESTreeNode params
       */
      convertParameters(parameters) {
        if (!parameters?.length) {
          return [];
        }
        return parameters.map((param) => {
          const convertedParam = this.convertChild(param);
          convertedParam.decorators = this.convertChildren((0, getModifiers_1.getDecorators)(param) ?? []);
          return convertedParam;
        });
      }
      /**
       * Converts a TypeScript node into an ESTree node.
       * @param node the child ts.Node
       * @param parent parentNode
       * @param allowPattern flag to determine if patterns are allowed
       * @returns the converted ESTree node
       */
      converter(node, parent, allowPattern) {
        if (!node) {
          return null;
        }
        const pattern = this.allowPattern;
        if (allowPattern != null) {
          this.allowPattern = allowPattern;
        }
        const parentNode = parent ?? node.parent;
        this.#checkSyntaxError(node, parentNode);
        const result = this.convertNode(node, parentNode);
        this.registerTSNodeInNodeMap(node, result);
        this.allowPattern = pattern;
        return result;
      }
      convertImportAttributes(node) {
        const attributes = node.attributes ?? node.assertClause;
        return this.convertChildren(attributes?.elements ?? []);
      }
      convertJSXIdentifier(node) {
        const result = this.createNode(node, {
          type: ts_estree_1.AST_NODE_TYPES.JSXIdentifier,
          name: node.getText()
        });
        this.registerTSNodeInNodeMap(node, result);
        return result;
      }
      convertJSXNamespaceOrIdentifier(node) {
        if (node.kind === ts.SyntaxKind.JsxNamespacedName) {
          const result = this.createNode(node, {
            type: ts_estree_1.AST_NODE_TYPES.JSXNamespacedName,
            name: this.createNode(node.name, {
              type: ts_estree_1.AST_NODE_TYPES.JSXIdentifier,
              name: node.name.text
            }),
            namespace: this.createNode(node.namespace, {
              type: ts_estree_1.AST_NODE_TYPES.JSXIdentifier,
              name: node.namespace.text
            })
          });
          this.registerTSNodeInNodeMap(node, result);
          return result;
        }
        const text = node.getText();
        const colonIndex = text.indexOf(":");
        if (colonIndex > 0) {
          const range = (0, node_utils_1.getRange)(node, this.ast);
          const result = this.createNode(node, {
            type: ts_estree_1.AST_NODE_TYPES.JSXNamespacedName,
            range,
            name: this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXIdentifier,
              range: [range[0] + colonIndex + 1, range[1]],
              name: text.slice(colonIndex + 1)
            }),
            namespace: this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXIdentifier,
              range: [range[0], range[0] + colonIndex],
              name: text.slice(0, colonIndex)
            })
          });
          this.registerTSNodeInNodeMap(node, result);
          return result;
        }
        return this.convertJSXIdentifier(node);
      }
      /**
       * Converts a TypeScript JSX node.tagName into an ESTree node.name
       * @param node the tagName object from a JSX ts.Node
       * @returns the converted ESTree name object
       */
      convertJSXTagName(node, parent) {
        let result;
        switch (node.kind) {
          case SyntaxKind.PropertyAccessExpression:
            if (node.name.kind === SyntaxKind.PrivateIdentifier) {
              this.#throwError(node.name, "Non-private identifier expected.");
            }
            result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXMemberExpression,
              object: this.convertJSXTagName(node.expression, parent),
              property: this.convertJSXIdentifier(node.name)
            });
            break;
          case SyntaxKind.ThisKeyword:
          case SyntaxKind.Identifier:
          default:
            return this.convertJSXNamespaceOrIdentifier(node);
        }
        this.registerTSNodeInNodeMap(node, result);
        return result;
      }
      convertMethodSignature(node) {
        return this.createNode(node, {
          type: ts_estree_1.AST_NODE_TYPES.TSMethodSignature,
          accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
          computed: (0, node_utils_1.isComputedProperty)(node.name),
          key: this.convertChild(node.name),
          kind: (() => {
            switch (node.kind) {
              case SyntaxKind.GetAccessor:
                return "get";
              case SyntaxKind.SetAccessor:
                return "set";
              case SyntaxKind.MethodSignature:
                return "method";
            }
          })(),
          optional: (0, node_utils_1.isOptional)(node),
          params: this.convertParameters(node.parameters),
          readonly: (0, node_utils_1.hasModifier)(SyntaxKind.ReadonlyKeyword, node),
          returnType: node.type && this.convertTypeAnnotation(node.type, node),
          static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node),
          typeParameters: this.convertTypeParameters(node)
        });
      }
      /**
       * Uses the provided range location to adjust the location data of the given Node
       * @param result The node that will have its location data mutated
       * @param childRange The child node range used to expand location
       */
      fixParentLocation(result, childRange) {
        if (childRange[0] < result.range[0]) {
          result.range[0] = childRange[0];
          result.loc.start = (0, node_utils_1.getLineAndCharacterFor)(result.range[0], this.ast);
        }
        if (childRange[1] > result.range[1]) {
          result.range[1] = childRange[1];
          result.loc.end = (0, node_utils_1.getLineAndCharacterFor)(result.range[1], this.ast);
        }
      }
      /**
       * Converts a TypeScript node into an ESTree node.
       * The core of the conversion logic:
       * Identify and convert each relevant TypeScript SyntaxKind
       * @returns the converted ESTree node
       */
      convertNode(node, parent) {
        switch (node.kind) {
          case SyntaxKind.SourceFile: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Program,
              range: [0, node.endOfFileToken.end],
              body: this.convertBodyExpressions(node.statements, node),
              comments: void 0,
              sourceType: node.externalModuleIndicator ? "module" : "script",
              tokens: void 0
            });
          }
          case SyntaxKind.Block: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.BlockStatement,
              body: this.convertBodyExpressions(node.statements, node)
            });
          }
          case SyntaxKind.Identifier: {
            if ((0, node_utils_1.isThisInTypeQuery)(node)) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.ThisExpression
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Identifier,
              decorators: [],
              name: node.text,
              optional: false,
              typeAnnotation: void 0
            });
          }
          case SyntaxKind.PrivateIdentifier: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.PrivateIdentifier,
              // typescript includes the `#` in the text
              name: node.text.slice(1)
            });
          }
          case SyntaxKind.WithStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.WithStatement,
              body: this.convertChild(node.statement),
              object: this.convertChild(node.expression)
            });
          // Control Flow
          case SyntaxKind.ReturnStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ReturnStatement,
              argument: this.convertChild(node.expression)
            });
          case SyntaxKind.LabeledStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.LabeledStatement,
              body: this.convertChild(node.statement),
              label: this.convertChild(node.label)
            });
          case SyntaxKind.ContinueStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ContinueStatement,
              label: this.convertChild(node.label)
            });
          case SyntaxKind.BreakStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.BreakStatement,
              label: this.convertChild(node.label)
            });
          // Choice
          case SyntaxKind.IfStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.IfStatement,
              alternate: this.convertChild(node.elseStatement),
              consequent: this.convertChild(node.thenStatement),
              test: this.convertChild(node.expression)
            });
          case SyntaxKind.SwitchStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.SwitchStatement,
              cases: this.convertChildren(node.caseBlock.clauses),
              discriminant: this.convertChild(node.expression)
            });
          case SyntaxKind.CaseClause:
          case SyntaxKind.DefaultClause:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.SwitchCase,
              // expression is present in case only
              consequent: this.convertChildren(node.statements),
              test: node.kind === SyntaxKind.CaseClause ? this.convertChild(node.expression) : null
            });
          // Exceptions
          case SyntaxKind.ThrowStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ThrowStatement,
              argument: this.convertChild(node.expression)
            });
          case SyntaxKind.TryStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TryStatement,
              block: this.convertChild(node.tryBlock),
              finalizer: this.convertChild(node.finallyBlock),
              handler: this.convertChild(node.catchClause)
            });
          case SyntaxKind.CatchClause:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.CatchClause,
              body: this.convertChild(node.block),
              param: node.variableDeclaration ? this.convertBindingNameWithTypeAnnotation(node.variableDeclaration.name, node.variableDeclaration.type) : null
            });
          // Loops
          case SyntaxKind.WhileStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.WhileStatement,
              body: this.convertChild(node.statement),
              test: this.convertChild(node.expression)
            });
          /**
           * Unlike other parsers, TypeScript calls a "DoWhileStatement"
           * a "DoStatement"
           */
          case SyntaxKind.DoStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.DoWhileStatement,
              body: this.convertChild(node.statement),
              test: this.convertChild(node.expression)
            });
          case SyntaxKind.ForStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ForStatement,
              body: this.convertChild(node.statement),
              init: this.convertChild(node.initializer),
              test: this.convertChild(node.condition),
              update: this.convertChild(node.incrementor)
            });
          case SyntaxKind.ForInStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ForInStatement,
              body: this.convertChild(node.statement),
              left: this.convertPattern(node.initializer),
              right: this.convertChild(node.expression)
            });
          case SyntaxKind.ForOfStatement: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ForOfStatement,
              await: node.awaitModifier?.kind === SyntaxKind.AwaitKeyword,
              body: this.convertChild(node.statement),
              left: this.convertPattern(node.initializer),
              right: this.convertChild(node.expression)
            });
          }
          // Declarations
          case SyntaxKind.FunctionDeclaration: {
            const isDeclare = (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node);
            const isAsync = (0, node_utils_1.hasModifier)(SyntaxKind.AsyncKeyword, node);
            const isGenerator = !!node.asteriskToken;
            const result = this.createNode(node, {
              // declare implies no body due to the invariant above
              type: !node.body ? ts_estree_1.AST_NODE_TYPES.TSDeclareFunction : ts_estree_1.AST_NODE_TYPES.FunctionDeclaration,
              async: isAsync,
              body: this.convertChild(node.body) || void 0,
              declare: isDeclare,
              expression: false,
              generator: isGenerator,
              id: this.convertChild(node.name),
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
            return this.fixExports(node, result);
          }
          case SyntaxKind.VariableDeclaration: {
            const hasExclamationToken = !!node.exclamationToken;
            const init = this.convertChild(node.initializer);
            const id = this.convertBindingNameWithTypeAnnotation(node.name, node.type, node);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.VariableDeclarator,
              definite: hasExclamationToken,
              id,
              init
            });
          }
          case SyntaxKind.VariableStatement: {
            const declarations = node.declarationList.declarations;
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.VariableDeclaration,
              declarations: this.convertChildren(declarations),
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              kind: (0, node_utils_1.getDeclarationKind)(node.declarationList)
            });
            return this.fixExports(node, result);
          }
          // mostly for for-of, for-in
          case SyntaxKind.VariableDeclarationList: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.VariableDeclaration,
              declarations: this.convertChildren(node.declarations),
              declare: false,
              kind: (0, node_utils_1.getDeclarationKind)(node)
            });
          }
          // Expressions
          case SyntaxKind.ExpressionStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ExpressionStatement,
              directive: void 0,
              expression: this.convertChild(node.expression)
            });
          case SyntaxKind.ThisKeyword:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ThisExpression
            });
          case SyntaxKind.ArrayLiteralExpression: {
            if (this.allowPattern) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.ArrayPattern,
                decorators: [],
                elements: node.elements.map((el) => this.convertPattern(el)),
                optional: false,
                typeAnnotation: void 0
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ArrayExpression,
              elements: this.convertChildren(node.elements)
            });
          }
          case SyntaxKind.ObjectLiteralExpression: {
            if (this.allowPattern) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.ObjectPattern,
                decorators: [],
                optional: false,
                properties: node.properties.map((el) => this.convertPattern(el)),
                typeAnnotation: void 0
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ObjectExpression,
              properties: this.convertChildren(node.properties)
            });
          }
          case SyntaxKind.PropertyAssignment: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Property,
              computed: (0, node_utils_1.isComputedProperty)(node.name),
              key: this.convertChild(node.name),
              kind: "init",
              method: false,
              optional: false,
              shorthand: false,
              value: this.converter(node.initializer, node, this.allowPattern)
            });
          }
          case SyntaxKind.ShorthandPropertyAssignment: {
            if (node.objectAssignmentInitializer) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.Property,
                computed: false,
                key: this.convertChild(node.name),
                kind: "init",
                method: false,
                optional: false,
                shorthand: true,
                value: this.createNode(node, {
                  type: ts_estree_1.AST_NODE_TYPES.AssignmentPattern,
                  decorators: [],
                  left: this.convertPattern(node.name),
                  optional: false,
                  right: this.convertChild(node.objectAssignmentInitializer),
                  typeAnnotation: void 0
                })
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Property,
              computed: false,
              key: this.convertChild(node.name),
              kind: "init",
              method: false,
              optional: false,
              shorthand: true,
              value: this.convertChild(node.name)
            });
          }
          case SyntaxKind.ComputedPropertyName:
            return this.convertChild(node.expression);
          case SyntaxKind.PropertyDeclaration: {
            const isAbstract = (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node);
            const isAccessor = (0, node_utils_1.hasModifier)(SyntaxKind.AccessorKeyword, node);
            const type = (() => {
              if (isAccessor) {
                if (isAbstract) {
                  return ts_estree_1.AST_NODE_TYPES.TSAbstractAccessorProperty;
                }
                return ts_estree_1.AST_NODE_TYPES.AccessorProperty;
              }
              if (isAbstract) {
                return ts_estree_1.AST_NODE_TYPES.TSAbstractPropertyDefinition;
              }
              return ts_estree_1.AST_NODE_TYPES.PropertyDefinition;
            })();
            const key = this.convertChild(node.name);
            return this.createNode(node, {
              type,
              accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
              computed: (0, node_utils_1.isComputedProperty)(node.name),
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              decorators: this.convertChildren((0, getModifiers_1.getDecorators)(node) ?? []),
              definite: !!node.exclamationToken,
              key,
              optional: (key.type === ts_estree_1.AST_NODE_TYPES.Literal || node.name.kind === SyntaxKind.Identifier || node.name.kind === SyntaxKind.ComputedPropertyName || node.name.kind === SyntaxKind.PrivateIdentifier) && !!node.questionToken,
              override: (0, node_utils_1.hasModifier)(SyntaxKind.OverrideKeyword, node),
              readonly: (0, node_utils_1.hasModifier)(SyntaxKind.ReadonlyKeyword, node),
              static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node),
              typeAnnotation: node.type && this.convertTypeAnnotation(node.type, node),
              value: isAbstract ? null : this.convertChild(node.initializer)
            });
          }
          case SyntaxKind.GetAccessor:
          case SyntaxKind.SetAccessor: {
            if (node.parent.kind === SyntaxKind.InterfaceDeclaration || node.parent.kind === SyntaxKind.TypeLiteral) {
              return this.convertMethodSignature(node);
            }
          }
          // otherwise, it is a non-type accessor - intentional fallthrough
          case SyntaxKind.MethodDeclaration: {
            const method = this.createNode(node, {
              type: !node.body ? ts_estree_1.AST_NODE_TYPES.TSEmptyBodyFunctionExpression : ts_estree_1.AST_NODE_TYPES.FunctionExpression,
              range: [node.parameters.pos - 1, node.end],
              async: (0, node_utils_1.hasModifier)(SyntaxKind.AsyncKeyword, node),
              body: this.convertChild(node.body),
              declare: false,
              expression: false,
              // ESTreeNode as ESTreeNode here
              generator: !!node.asteriskToken,
              id: null,
              params: [],
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
            if (method.typeParameters) {
              this.fixParentLocation(method, method.typeParameters.range);
            }
            let result;
            if (parent.kind === SyntaxKind.ObjectLiteralExpression) {
              method.params = this.convertChildren(node.parameters);
              result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.Property,
                computed: (0, node_utils_1.isComputedProperty)(node.name),
                key: this.convertChild(node.name),
                kind: "init",
                method: node.kind === SyntaxKind.MethodDeclaration,
                optional: !!node.questionToken,
                shorthand: false,
                value: method
              });
            } else {
              const isAbstract = (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node);
              method.params = this.convertParameters(node.parameters);
              const methodDefinitionType = isAbstract ? ts_estree_1.AST_NODE_TYPES.TSAbstractMethodDefinition : ts_estree_1.AST_NODE_TYPES.MethodDefinition;
              result = this.createNode(node, {
                type: methodDefinitionType,
                accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
                computed: (0, node_utils_1.isComputedProperty)(node.name),
                decorators: this.convertChildren((0, getModifiers_1.getDecorators)(node) ?? []),
                key: this.convertChild(node.name),
                kind: "method",
                optional: !!node.questionToken,
                override: (0, node_utils_1.hasModifier)(SyntaxKind.OverrideKeyword, node),
                static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node),
                value: method
              });
            }
            if (node.kind === SyntaxKind.GetAccessor) {
              result.kind = "get";
            } else if (node.kind === SyntaxKind.SetAccessor) {
              result.kind = "set";
            } else if (!result.static && node.name.kind === SyntaxKind.StringLiteral && node.name.text === "constructor" && result.type !== ts_estree_1.AST_NODE_TYPES.Property) {
              result.kind = "constructor";
            }
            return result;
          }
          // TypeScript uses this even for static methods named "constructor"
          case SyntaxKind.Constructor: {
            const lastModifier = (0, node_utils_1.getLastModifier)(node);
            const constructorToken = (lastModifier && (0, node_utils_1.findNextToken)(lastModifier, node, this.ast)) ?? node.getFirstToken();
            const constructor = this.createNode(node, {
              type: !node.body ? ts_estree_1.AST_NODE_TYPES.TSEmptyBodyFunctionExpression : ts_estree_1.AST_NODE_TYPES.FunctionExpression,
              range: [node.parameters.pos - 1, node.end],
              async: false,
              body: this.convertChild(node.body),
              declare: false,
              expression: false,
              // is not present in ESTreeNode
              generator: false,
              id: null,
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
            if (constructor.typeParameters) {
              this.fixParentLocation(constructor, constructor.typeParameters.range);
            }
            const constructorKey = constructorToken.kind === SyntaxKind.StringLiteral ? this.createNode(constructorToken, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: constructorToken.getText(),
              value: "constructor"
            }) : this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Identifier,
              range: [
                constructorToken.getStart(this.ast),
                constructorToken.end
              ],
              decorators: [],
              name: "constructor",
              optional: false,
              typeAnnotation: void 0
            });
            const isStatic = (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node);
            return this.createNode(node, {
              type: (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node) ? ts_estree_1.AST_NODE_TYPES.TSAbstractMethodDefinition : ts_estree_1.AST_NODE_TYPES.MethodDefinition,
              accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
              computed: false,
              decorators: [],
              key: constructorKey,
              kind: isStatic ? "method" : "constructor",
              optional: false,
              override: false,
              static: isStatic,
              value: constructor
            });
          }
          case SyntaxKind.FunctionExpression: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.FunctionExpression,
              async: (0, node_utils_1.hasModifier)(SyntaxKind.AsyncKeyword, node),
              body: this.convertChild(node.body),
              declare: false,
              expression: false,
              generator: !!node.asteriskToken,
              id: this.convertChild(node.name),
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
          }
          case SyntaxKind.SuperKeyword:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Super
            });
          case SyntaxKind.ArrayBindingPattern:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ArrayPattern,
              decorators: [],
              elements: node.elements.map((el) => this.convertPattern(el)),
              optional: false,
              typeAnnotation: void 0
            });
          // occurs with missing array elements like [,]
          case SyntaxKind.OmittedExpression:
            return null;
          case SyntaxKind.ObjectBindingPattern:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ObjectPattern,
              decorators: [],
              optional: false,
              properties: node.elements.map((el) => this.convertPattern(el)),
              typeAnnotation: void 0
            });
          case SyntaxKind.BindingElement: {
            if (parent.kind === SyntaxKind.ArrayBindingPattern) {
              const arrayItem = this.convertChild(node.name, parent);
              if (node.initializer) {
                return this.createNode(node, {
                  type: ts_estree_1.AST_NODE_TYPES.AssignmentPattern,
                  decorators: [],
                  left: arrayItem,
                  optional: false,
                  right: this.convertChild(node.initializer),
                  typeAnnotation: void 0
                });
              }
              if (node.dotDotDotToken) {
                return this.createNode(node, {
                  type: ts_estree_1.AST_NODE_TYPES.RestElement,
                  argument: arrayItem,
                  decorators: [],
                  optional: false,
                  typeAnnotation: void 0,
                  value: void 0
                });
              }
              return arrayItem;
            }
            let result;
            if (node.dotDotDotToken) {
              result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.RestElement,
                argument: this.convertChild(node.propertyName ?? node.name),
                decorators: [],
                optional: false,
                typeAnnotation: void 0,
                value: void 0
              });
            } else {
              result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.Property,
                computed: node.propertyName?.kind === SyntaxKind.ComputedPropertyName,
                key: this.convertChild(node.propertyName ?? node.name),
                kind: "init",
                method: false,
                optional: false,
                shorthand: !node.propertyName,
                value: this.convertChild(node.name)
              });
            }
            if (node.initializer) {
              result.value = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.AssignmentPattern,
                range: [node.name.getStart(this.ast), node.initializer.end],
                decorators: [],
                left: this.convertChild(node.name),
                optional: false,
                right: this.convertChild(node.initializer),
                typeAnnotation: void 0
              });
            }
            return result;
          }
          case SyntaxKind.ArrowFunction: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ArrowFunctionExpression,
              async: (0, node_utils_1.hasModifier)(SyntaxKind.AsyncKeyword, node),
              body: this.convertChild(node.body),
              expression: node.body.kind !== SyntaxKind.Block,
              generator: false,
              id: null,
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
          }
          case SyntaxKind.YieldExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.YieldExpression,
              argument: this.convertChild(node.expression),
              delegate: !!node.asteriskToken
            });
          case SyntaxKind.AwaitExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.AwaitExpression,
              argument: this.convertChild(node.expression)
            });
          // Template Literals
          case SyntaxKind.NoSubstitutionTemplateLiteral: {
            const rawText = this.ast.text.slice(node.getStart(this.ast) + 1, node.end - 1);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TemplateLiteral,
              expressions: [],
              quasis: [
                this.createNode(node, {
                  type: ts_estree_1.AST_NODE_TYPES.TemplateElement,
                  tail: true,
                  value: {
                    cooked: node.parent.kind === SyntaxKind.TaggedTemplateExpression && !this.#isValidEscape(rawText) ? null : node.text,
                    raw: rawText
                  }
                })
              ]
            });
          }
          case SyntaxKind.TemplateExpression: {
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TemplateLiteral,
              expressions: [],
              quasis: [this.convertChild(node.head)]
            });
            node.templateSpans.forEach((templateSpan) => {
              result.expressions.push(this.convertChild(templateSpan.expression));
              result.quasis.push(this.convertChild(templateSpan.literal));
            });
            return result;
          }
          case SyntaxKind.TaggedTemplateExpression: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TaggedTemplateExpression,
              quasi: this.convertChild(node.template),
              tag: this.convertChild(node.tag),
              typeArguments: this.convertTypeArguments(node)
            });
          }
          case SyntaxKind.TemplateHead:
          case SyntaxKind.TemplateMiddle:
          case SyntaxKind.TemplateTail: {
            const tail = node.kind === SyntaxKind.TemplateTail;
            const rawText = this.ast.text.slice(node.getStart(this.ast) + 1, node.end - (tail ? 1 : 2));
            const isTagged = node.kind === SyntaxKind.TemplateHead ? node.parent.parent.kind === SyntaxKind.TaggedTemplateExpression : node.parent.parent.parent.kind === SyntaxKind.TaggedTemplateExpression;
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TemplateElement,
              tail,
              value: {
                cooked: isTagged && !this.#isValidEscape(rawText) ? null : node.text,
                raw: rawText
              }
            });
          }
          // Patterns
          case SyntaxKind.SpreadAssignment:
          case SyntaxKind.SpreadElement: {
            if (this.allowPattern) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.RestElement,
                argument: this.convertPattern(node.expression),
                decorators: [],
                optional: false,
                typeAnnotation: void 0,
                value: void 0
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.SpreadElement,
              argument: this.convertChild(node.expression)
            });
          }
          case SyntaxKind.Parameter: {
            let parameter;
            let result;
            if (node.dotDotDotToken) {
              parameter = result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.RestElement,
                argument: this.convertChild(node.name),
                decorators: [],
                optional: false,
                typeAnnotation: void 0,
                value: void 0
              });
            } else if (node.initializer) {
              parameter = this.convertChild(node.name);
              result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.AssignmentPattern,
                range: [node.name.getStart(this.ast), node.initializer.end],
                decorators: [],
                left: parameter,
                optional: false,
                right: this.convertChild(node.initializer),
                typeAnnotation: void 0
              });
              const modifiers2 = (0, getModifiers_1.getModifiers)(node);
              if (modifiers2) {
                result.range[0] = parameter.range[0];
                result.loc = (0, node_utils_1.getLocFor)(result.range, this.ast);
              }
            } else {
              parameter = result = this.convertChild(node.name, parent);
            }
            if (node.type) {
              parameter.typeAnnotation = this.convertTypeAnnotation(node.type, node);
              this.fixParentLocation(parameter, parameter.typeAnnotation.range);
            }
            if (node.questionToken) {
              if (node.questionToken.end > parameter.range[1]) {
                parameter.range[1] = node.questionToken.end;
                parameter.loc.end = (0, node_utils_1.getLineAndCharacterFor)(parameter.range[1], this.ast);
              }
              parameter.optional = true;
            }
            const modifiers = (0, getModifiers_1.getModifiers)(node);
            if (modifiers) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSParameterProperty,
                accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
                decorators: [],
                override: (0, node_utils_1.hasModifier)(SyntaxKind.OverrideKeyword, node),
                parameter: result,
                readonly: (0, node_utils_1.hasModifier)(SyntaxKind.ReadonlyKeyword, node),
                static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node)
              });
            }
            return result;
          }
          // Classes
          case SyntaxKind.ClassDeclaration:
          case SyntaxKind.ClassExpression: {
            const classNodeType = node.kind === SyntaxKind.ClassDeclaration ? ts_estree_1.AST_NODE_TYPES.ClassDeclaration : ts_estree_1.AST_NODE_TYPES.ClassExpression;
            const extendsClause = node.heritageClauses?.find((heritageClause) => heritageClause.token === SyntaxKind.ExtendsKeyword);
            const implementsClause = node.heritageClauses?.find((heritageClause) => heritageClause.token === SyntaxKind.ImplementsKeyword);
            const result = this.createNode(node, {
              type: classNodeType,
              abstract: (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node),
              body: this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.ClassBody,
                range: [node.members.pos - 1, node.end],
                body: this.convertChildren(node.members.filter(node_utils_1.isESTreeClassMember))
              }),
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              decorators: this.convertChildren((0, getModifiers_1.getDecorators)(node) ?? []),
              id: this.convertChild(node.name),
              implements: this.convertChildren(implementsClause?.types ?? []),
              superClass: extendsClause?.types[0] ? this.convertChild(extendsClause.types[0].expression) : null,
              superTypeArguments: void 0,
              typeParameters: this.convertTypeParameters(node)
            });
            if (extendsClause?.types[0]?.typeArguments) {
              result.superTypeArguments = this.convertTypeArguments(extendsClause.types[0]);
            }
            return this.fixExports(node, result);
          }
          // Modules
          case SyntaxKind.ModuleBlock:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSModuleBlock,
              body: this.convertBodyExpressions(node.statements, node)
            });
          case SyntaxKind.ImportDeclaration: {
            const result = this.createNode(node, this.#withDeprecatedAliasGetter({
              type: ts_estree_1.AST_NODE_TYPES.ImportDeclaration,
              attributes: this.convertImportAttributes(node),
              importKind: "value",
              phase: (0, getImportClausePhaseModifier_1.getImportClausePhaseModifier)(node.importClause) === "defer" ? "defer" : null,
              source: this.convertChild(node.moduleSpecifier),
              specifiers: []
            }, "assertions", "attributes", true));
            if (node.importClause) {
              if ((0, getImportClausePhaseModifier_1.getImportClausePhaseModifier)(node.importClause) === "type") {
                result.importKind = "type";
              }
              if (node.importClause.name) {
                result.specifiers.push(this.convertChild(node.importClause));
              }
              if (node.importClause.namedBindings) {
                switch (node.importClause.namedBindings.kind) {
                  case SyntaxKind.NamespaceImport:
                    result.specifiers.push(this.convertChild(node.importClause.namedBindings));
                    break;
                  case SyntaxKind.NamedImports:
                    result.specifiers.push(...this.convertChildren(node.importClause.namedBindings.elements));
                    break;
                }
              }
            }
            return result;
          }
          case SyntaxKind.NamespaceImport:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ImportNamespaceSpecifier,
              local: this.convertChild(node.name)
            });
          case SyntaxKind.ImportSpecifier:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ImportSpecifier,
              imported: this.convertChild(node.propertyName ?? node.name),
              importKind: node.isTypeOnly ? "type" : "value",
              local: this.convertChild(node.name)
            });
          case SyntaxKind.ImportClause: {
            const local = this.convertChild(node.name);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ImportDefaultSpecifier,
              range: local.range,
              local
            });
          }
          case SyntaxKind.ExportDeclaration: {
            if (node.exportClause?.kind === SyntaxKind.NamedExports) {
              return this.createNode(node, this.#withDeprecatedAliasGetter({
                type: ts_estree_1.AST_NODE_TYPES.ExportNamedDeclaration,
                attributes: this.convertImportAttributes(node),
                declaration: null,
                exportKind: node.isTypeOnly ? "type" : "value",
                source: this.convertChild(node.moduleSpecifier),
                specifiers: this.convertChildren(node.exportClause.elements, node)
              }, "assertions", "attributes", true));
            }
            return this.createNode(node, this.#withDeprecatedAliasGetter({
              type: ts_estree_1.AST_NODE_TYPES.ExportAllDeclaration,
              attributes: this.convertImportAttributes(node),
              exported: node.exportClause?.kind === SyntaxKind.NamespaceExport ? this.convertChild(node.exportClause.name) : null,
              exportKind: node.isTypeOnly ? "type" : "value",
              source: this.convertChild(node.moduleSpecifier)
            }, "assertions", "attributes", true));
          }
          case SyntaxKind.ExportSpecifier: {
            const local = node.propertyName ?? node.name;
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ExportSpecifier,
              exported: this.convertChild(node.name),
              exportKind: node.isTypeOnly ? "type" : "value",
              local: this.convertChild(local)
            });
          }
          case SyntaxKind.ExportAssignment:
            if (node.isExportEquals) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSExportAssignment,
                expression: this.convertChild(node.expression)
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ExportDefaultDeclaration,
              declaration: this.convertChild(node.expression),
              exportKind: "value"
            });
          // Unary Operations
          case SyntaxKind.PrefixUnaryExpression:
          case SyntaxKind.PostfixUnaryExpression: {
            const operator = (0, node_utils_1.getTextForTokenKind)(node.operator);
            if (operator === "++" || operator === "--") {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.UpdateExpression,
                argument: this.convertChild(node.operand),
                operator,
                prefix: node.kind === SyntaxKind.PrefixUnaryExpression
              });
            }
            const isPrefixUnaryExpression = node.kind === SyntaxKind.PrefixUnaryExpression;
            if (!isPrefixUnaryExpression) {
              this.#throwError(node, `Unexpected PrefixUnaryExpression with operator ${operator}`);
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.UnaryExpression,
              argument: this.convertChild(node.operand),
              operator,
              // Guaranteed to be true in a valid AST (and asserted above) but
              // technically could be false at runtime with allowInvalidAST: true.
              // eslint-disable-next-line @typescript-eslint/no-deprecated -- `prefix` is a required property
              prefix: isPrefixUnaryExpression
            });
          }
          case SyntaxKind.DeleteExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.UnaryExpression,
              argument: this.convertChild(node.expression),
              operator: "delete",
              // eslint-disable-next-line @typescript-eslint/no-deprecated -- `prefix` is a required property
              prefix: true
            });
          case SyntaxKind.VoidExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.UnaryExpression,
              argument: this.convertChild(node.expression),
              operator: "void",
              // eslint-disable-next-line @typescript-eslint/no-deprecated -- `prefix` is a required property
              prefix: true
            });
          case SyntaxKind.TypeOfExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.UnaryExpression,
              argument: this.convertChild(node.expression),
              operator: "typeof",
              // eslint-disable-next-line @typescript-eslint/no-deprecated -- `prefix` is a required property
              prefix: true
            });
          case SyntaxKind.TypeOperator:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeOperator,
              operator: (0, node_utils_1.getTextForTokenKind)(node.operator),
              typeAnnotation: this.convertChild(node.type)
            });
          // Binary Operations
          case SyntaxKind.BinaryExpression: {
            if ((0, node_utils_1.isComma)(node.operatorToken)) {
              const result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.SequenceExpression,
                expressions: []
              });
              const left = this.convertChild(node.left);
              if (left.type === ts_estree_1.AST_NODE_TYPES.SequenceExpression && node.left.kind !== SyntaxKind.ParenthesizedExpression) {
                result.expressions.push(...left.expressions);
              } else {
                result.expressions.push(left);
              }
              result.expressions.push(this.convertChild(node.right));
              return result;
            }
            const expressionType = (0, node_utils_1.getBinaryExpressionType)(node.operatorToken);
            if (this.allowPattern && expressionType.type === ts_estree_1.AST_NODE_TYPES.AssignmentExpression) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.AssignmentPattern,
                decorators: [],
                left: this.convertPattern(node.left, node),
                optional: false,
                right: this.convertChild(node.right),
                typeAnnotation: void 0
              });
            }
            return this.createNode(node, {
              ...expressionType,
              left: this.converter(node.left, node, expressionType.type === ts_estree_1.AST_NODE_TYPES.AssignmentExpression),
              right: this.convertChild(node.right)
            });
          }
          case SyntaxKind.PropertyAccessExpression: {
            const object = this.convertChild(node.expression);
            const property = this.convertChild(node.name);
            const computed = false;
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.MemberExpression,
              computed,
              object,
              optional: node.questionDotToken != null,
              property
            });
            return this.convertChainExpression(result, node);
          }
          case SyntaxKind.ElementAccessExpression: {
            const object = this.convertChild(node.expression);
            const property = this.convertChild(node.argumentExpression);
            const computed = true;
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.MemberExpression,
              computed,
              object,
              optional: node.questionDotToken != null,
              property
            });
            return this.convertChainExpression(result, node);
          }
          case SyntaxKind.CallExpression: {
            const importExpressionParams = (() => {
              if (node.expression.kind === SyntaxKind.ImportKeyword) {
                return {
                  phase: null
                };
              }
              if (node.expression.kind === SyntaxKind.MetaProperty) {
                const metaPropertyNode = node.expression;
                const metaObject = (0, node_utils_1.getTextForTokenKind)(metaPropertyNode.keywordToken);
                if (metaObject === "import") {
                  const metaPropertyName = metaPropertyNode.name.text;
                  if (metaPropertyName === "defer") {
                    return {
                      phase: "defer"
                    };
                  }
                }
              }
              return void 0;
            })();
            if (importExpressionParams != null) {
              return this.createNode(node, this.#withDeprecatedAliasGetter({
                type: ts_estree_1.AST_NODE_TYPES.ImportExpression,
                options: node.arguments[1] ? this.convertChild(node.arguments[1]) : null,
                phase: importExpressionParams.phase,
                source: this.convertChild(node.arguments[0])
              }, "attributes", "options", true));
            }
            const callee = this.convertChild(node.expression);
            const args = this.convertChildren(node.arguments);
            const typeArguments = this.convertTypeArguments(node);
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.CallExpression,
              arguments: args,
              callee,
              optional: node.questionDotToken != null,
              typeArguments
            });
            return this.convertChainExpression(result, node);
          }
          case SyntaxKind.NewExpression: {
            const typeArguments = this.convertTypeArguments(node);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.NewExpression,
              arguments: this.convertChildren(node.arguments ?? []),
              callee: this.convertChild(node.expression),
              typeArguments
            });
          }
          case SyntaxKind.ConditionalExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ConditionalExpression,
              alternate: this.convertChild(node.whenFalse),
              consequent: this.convertChild(node.whenTrue),
              test: this.convertChild(node.condition)
            });
          case SyntaxKind.MetaProperty: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.MetaProperty,
              meta: this.createNode(
                // TODO: do we really want to convert it to Token?
                node.getFirstToken(),
                {
                  type: ts_estree_1.AST_NODE_TYPES.Identifier,
                  decorators: [],
                  name: (0, node_utils_1.getTextForTokenKind)(node.keywordToken),
                  optional: false,
                  typeAnnotation: void 0
                }
              ),
              property: this.convertChild(node.name)
            });
          }
          case SyntaxKind.Decorator: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Decorator,
              expression: this.convertChild(node.expression)
            });
          }
          // Literals
          case SyntaxKind.StringLiteral: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: node.getText(),
              value: parent.kind === SyntaxKind.JsxAttribute ? (0, node_utils_1.unescapeStringLiteralText)(node.text) : node.text
            });
          }
          case SyntaxKind.NumericLiteral: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: node.getText(),
              value: Number(node.text)
            });
          }
          case SyntaxKind.BigIntLiteral: {
            const range = (0, node_utils_1.getRange)(node, this.ast);
            const rawValue = this.ast.text.slice(range[0], range[1]);
            const bigint = rawValue.slice(0, -1).replaceAll("_", "");
            const value = typeof BigInt !== "undefined" ? BigInt(bigint) : null;
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              range,
              bigint: value == null ? bigint : String(value),
              raw: rawValue,
              value
            });
          }
          case SyntaxKind.RegularExpressionLiteral: {
            const pattern = node.text.slice(1, node.text.lastIndexOf("/"));
            const flags = node.text.slice(node.text.lastIndexOf("/") + 1);
            let regex = null;
            try {
              regex = new RegExp(pattern, flags);
            } catch {
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: node.text,
              regex: {
                flags,
                pattern
              },
              value: regex
            });
          }
          case SyntaxKind.TrueKeyword:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: "true",
              value: true
            });
          case SyntaxKind.FalseKeyword:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: "false",
              value: false
            });
          case SyntaxKind.NullKeyword: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: "null",
              value: null
            });
          }
          case SyntaxKind.EmptyStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.EmptyStatement
            });
          case SyntaxKind.DebuggerStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.DebuggerStatement
            });
          // JSX
          case SyntaxKind.JsxElement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXElement,
              children: this.convertChildren(node.children),
              closingElement: this.convertChild(node.closingElement),
              openingElement: this.convertChild(node.openingElement)
            });
          case SyntaxKind.JsxFragment:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXFragment,
              children: this.convertChildren(node.children),
              closingFragment: this.convertChild(node.closingFragment),
              openingFragment: this.convertChild(node.openingFragment)
            });
          case SyntaxKind.JsxSelfClosingElement: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXElement,
              /**
               * Convert SyntaxKind.JsxSelfClosingElement to SyntaxKind.JsxOpeningElement,
               * TypeScript does not seem to have the idea of openingElement when tag is self-closing
               */
              children: [],
              closingElement: null,
              openingElement: this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.JSXOpeningElement,
                range: (0, node_utils_1.getRange)(node, this.ast),
                attributes: this.convertChildren(node.attributes.properties),
                name: this.convertJSXTagName(node.tagName, node),
                selfClosing: true,
                typeArguments: this.convertTypeArguments(node)
              })
            });
          }
          case SyntaxKind.JsxOpeningElement: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXOpeningElement,
              attributes: this.convertChildren(node.attributes.properties),
              name: this.convertJSXTagName(node.tagName, node),
              selfClosing: false,
              typeArguments: this.convertTypeArguments(node)
            });
          }
          case SyntaxKind.JsxClosingElement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXClosingElement,
              name: this.convertJSXTagName(node.tagName, node)
            });
          case SyntaxKind.JsxOpeningFragment:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXOpeningFragment
            });
          case SyntaxKind.JsxClosingFragment:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXClosingFragment
            });
          case SyntaxKind.JsxExpression: {
            const expression = node.expression ? this.convertChild(node.expression) : this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXEmptyExpression,
              range: [node.getStart(this.ast) + 1, node.getEnd() - 1]
            });
            if (node.dotDotDotToken) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.JSXSpreadChild,
                expression
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXExpressionContainer,
              expression
            });
          }
          case SyntaxKind.JsxAttribute: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXAttribute,
              name: this.convertJSXNamespaceOrIdentifier(node.name),
              value: this.convertChild(node.initializer)
            });
          }
          case SyntaxKind.JsxText: {
            const start = node.getFullStart();
            const end = node.getEnd();
            const text = this.ast.text.slice(start, end);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXText,
              range: [start, end],
              raw: text,
              value: (0, node_utils_1.unescapeStringLiteralText)(text)
            });
          }
          case SyntaxKind.JsxSpreadAttribute:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXSpreadAttribute,
              argument: this.convertChild(node.expression)
            });
          case SyntaxKind.QualifiedName: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSQualifiedName,
              left: this.convertChild(node.left),
              right: this.convertChild(node.right)
            });
          }
          // TypeScript specific
          case SyntaxKind.TypeReference:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeReference,
              typeArguments: this.convertTypeArguments(node),
              typeName: this.convertChild(node.typeName)
            });
          case SyntaxKind.TypeParameter: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeParameter,
              const: (0, node_utils_1.hasModifier)(SyntaxKind.ConstKeyword, node),
              constraint: node.constraint && this.convertChild(node.constraint),
              default: node.default ? this.convertChild(node.default) : void 0,
              in: (0, node_utils_1.hasModifier)(SyntaxKind.InKeyword, node),
              name: this.convertChild(node.name),
              out: (0, node_utils_1.hasModifier)(SyntaxKind.OutKeyword, node)
            });
          }
          case SyntaxKind.ThisType:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSThisType
            });
          case SyntaxKind.AnyKeyword:
          case SyntaxKind.BigIntKeyword:
          case SyntaxKind.BooleanKeyword:
          case SyntaxKind.NeverKeyword:
          case SyntaxKind.NumberKeyword:
          case SyntaxKind.ObjectKeyword:
          case SyntaxKind.StringKeyword:
          case SyntaxKind.SymbolKeyword:
          case SyntaxKind.UnknownKeyword:
          case SyntaxKind.VoidKeyword:
          case SyntaxKind.UndefinedKeyword:
          case SyntaxKind.IntrinsicKeyword: {
            return this.createNode(node, {
              // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
              type: ts_estree_1.AST_NODE_TYPES[`TS${SyntaxKind[node.kind]}`]
            });
          }
          case SyntaxKind.NonNullExpression: {
            const nnExpr = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSNonNullExpression,
              expression: this.convertChild(node.expression)
            });
            return this.convertChainExpression(nnExpr, node);
          }
          case SyntaxKind.TypeLiteral: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeLiteral,
              members: this.convertChildren(node.members)
            });
          }
          case SyntaxKind.ArrayType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSArrayType,
              elementType: this.convertChild(node.elementType)
            });
          }
          case SyntaxKind.IndexedAccessType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSIndexedAccessType,
              indexType: this.convertChild(node.indexType),
              objectType: this.convertChild(node.objectType)
            });
          }
          case SyntaxKind.ConditionalType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSConditionalType,
              checkType: this.convertChild(node.checkType),
              extendsType: this.convertChild(node.extendsType),
              falseType: this.convertChild(node.falseType),
              trueType: this.convertChild(node.trueType)
            });
          }
          case SyntaxKind.TypeQuery:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeQuery,
              exprName: this.convertChild(node.exprName),
              typeArguments: this.convertTypeArguments(node)
            });
          case SyntaxKind.MappedType: {
            return this.createNode(node, this.#withDeprecatedGetter({
              type: ts_estree_1.AST_NODE_TYPES.TSMappedType,
              constraint: this.convertChild(node.typeParameter.constraint),
              key: this.convertChild(node.typeParameter.name),
              nameType: this.convertChild(node.nameType) ?? null,
              optional: node.questionToken ? node.questionToken.kind === SyntaxKind.QuestionToken || (0, node_utils_1.getTextForTokenKind)(node.questionToken.kind) : false,
              readonly: node.readonlyToken ? node.readonlyToken.kind === SyntaxKind.ReadonlyKeyword || (0, node_utils_1.getTextForTokenKind)(node.readonlyToken.kind) : void 0,
              typeAnnotation: node.type && this.convertChild(node.type)
            }, "typeParameter", "'constraint' and 'key'", this.convertChild(node.typeParameter)));
          }
          case SyntaxKind.ParenthesizedExpression:
            return this.convertChild(node.expression, parent);
          case SyntaxKind.TypeAliasDeclaration: {
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeAliasDeclaration,
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              id: this.convertChild(node.name),
              typeAnnotation: this.convertChild(node.type),
              typeParameters: this.convertTypeParameters(node)
            });
            return this.fixExports(node, result);
          }
          case SyntaxKind.MethodSignature: {
            return this.convertMethodSignature(node);
          }
          case SyntaxKind.PropertySignature: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSPropertySignature,
              accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
              computed: (0, node_utils_1.isComputedProperty)(node.name),
              key: this.convertChild(node.name),
              optional: (0, node_utils_1.isOptional)(node),
              readonly: (0, node_utils_1.hasModifier)(SyntaxKind.ReadonlyKeyword, node),
              static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node),
              typeAnnotation: node.type && this.convertTypeAnnotation(node.type, node)
            });
          }
          case SyntaxKind.IndexSignature: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSIndexSignature,
              accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
              parameters: this.convertChildren(node.parameters),
              readonly: (0, node_utils_1.hasModifier)(SyntaxKind.ReadonlyKeyword, node),
              static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node),
              typeAnnotation: node.type && this.convertTypeAnnotation(node.type, node)
            });
          }
          case SyntaxKind.ConstructorType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSConstructorType,
              abstract: (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node),
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
          }
          case SyntaxKind.FunctionType:
          case SyntaxKind.ConstructSignature:
          case SyntaxKind.CallSignature: {
            const type = node.kind === SyntaxKind.ConstructSignature ? ts_estree_1.AST_NODE_TYPES.TSConstructSignatureDeclaration : node.kind === SyntaxKind.CallSignature ? ts_estree_1.AST_NODE_TYPES.TSCallSignatureDeclaration : ts_estree_1.AST_NODE_TYPES.TSFunctionType;
            return this.createNode(node, {
              type,
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
          }
          case SyntaxKind.ExpressionWithTypeArguments: {
            const parentKind = parent.kind;
            const type = parentKind === SyntaxKind.InterfaceDeclaration ? ts_estree_1.AST_NODE_TYPES.TSInterfaceHeritage : parentKind === SyntaxKind.HeritageClause ? ts_estree_1.AST_NODE_TYPES.TSClassImplements : ts_estree_1.AST_NODE_TYPES.TSInstantiationExpression;
            return this.createNode(node, {
              type,
              expression: this.convertChild(node.expression),
              typeArguments: this.convertTypeArguments(node)
            });
          }
          case SyntaxKind.InterfaceDeclaration: {
            const interfaceExtends = node.heritageClauses?.flatMap((heritageClause) => (
              // `InterfaceDeclaration` can only have `extends`,
              // already checked in `check-syntax-errors.ts`,
              // However, `allowInvalidAST` allow to bypass the syntax check,
              // We'll just ignore clauses after other keywords
              heritageClause.token === SyntaxKind.ExtendsKeyword ? heritageClause.types.map((heritageType) => this.convertChild(heritageType, node)) : []
            )) ?? [];
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSInterfaceDeclaration,
              body: this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSInterfaceBody,
                range: [node.members.pos - 1, node.end],
                body: this.convertChildren(node.members)
              }),
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              extends: interfaceExtends,
              id: this.convertChild(node.name),
              typeParameters: this.convertTypeParameters(node)
            });
            return this.fixExports(node, result);
          }
          case SyntaxKind.TypePredicate: {
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypePredicate,
              asserts: node.assertsModifier != null,
              parameterName: this.convertChild(node.parameterName),
              typeAnnotation: null
            });
            if (node.type) {
              result.typeAnnotation = this.convertTypeAnnotation(node.type, node);
              result.typeAnnotation.loc = result.typeAnnotation.typeAnnotation.loc;
              result.typeAnnotation.range = result.typeAnnotation.typeAnnotation.range;
            }
            return result;
          }
          case SyntaxKind.ImportType: {
            const range = (0, node_utils_1.getRange)(node, this.ast);
            if (node.isTypeOf) {
              const token = (0, node_utils_1.findNextToken)(node.getFirstToken(), node, this.ast);
              range[0] = token.getStart(this.ast);
            }
            let options = null;
            if (node.attributes) {
              const value = this.createNode(node.attributes, {
                type: ts_estree_1.AST_NODE_TYPES.ObjectExpression,
                properties: node.attributes.elements.map((importAttribute) => this.createNode(importAttribute, {
                  type: ts_estree_1.AST_NODE_TYPES.Property,
                  computed: false,
                  key: this.convertChild(importAttribute.name),
                  kind: "init",
                  method: false,
                  optional: false,
                  shorthand: false,
                  value: this.convertChild(importAttribute.value)
                }))
              });
              const commaToken = (0, node_utils_1.findNextToken)(node.argument, node, this.ast);
              const openBraceToken = (0, node_utils_1.findNextToken)(commaToken, node, this.ast);
              const tokenAfterAttributes = (0, node_utils_1.findNextToken)(node.attributes, node, this.ast);
              const closeBraceToken = tokenAfterAttributes.kind === ts.SyntaxKind.CommaToken ? (0, node_utils_1.findNextToken)(tokenAfterAttributes, node, this.ast) : tokenAfterAttributes;
              const withOrAssertToken = (0, node_utils_1.findNextToken)(openBraceToken, node, this.ast);
              const withOrAssertTokenRange = (0, node_utils_1.getRange)(withOrAssertToken, this.ast);
              const withOrAssertName = withOrAssertToken.kind === ts.SyntaxKind.AssertKeyword ? "assert" : "with";
              options = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.ObjectExpression,
                range: [openBraceToken.getStart(this.ast), closeBraceToken.end],
                properties: [
                  this.createNode(node, {
                    type: ts_estree_1.AST_NODE_TYPES.Property,
                    range: [withOrAssertTokenRange[0], node.attributes.end],
                    computed: false,
                    key: this.createNode(node, {
                      type: ts_estree_1.AST_NODE_TYPES.Identifier,
                      range: withOrAssertTokenRange,
                      decorators: [],
                      name: withOrAssertName,
                      optional: false,
                      typeAnnotation: void 0
                    }),
                    kind: "init",
                    method: false,
                    optional: false,
                    shorthand: false,
                    value
                  })
                ]
              });
            }
            const argument = this.convertChild(node.argument);
            const source = argument.literal;
            const result = this.createNode(node, this.#withDeprecatedGetter({
              type: ts_estree_1.AST_NODE_TYPES.TSImportType,
              range,
              options,
              qualifier: this.convertChild(node.qualifier),
              source,
              typeArguments: this.convertTypeArguments(node) ?? null
            }, "argument", "source", argument));
            if (node.isTypeOf) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSTypeQuery,
                exprName: result,
                typeArguments: void 0
              });
            }
            return result;
          }
          case SyntaxKind.EnumDeclaration: {
            const members = this.convertChildren(node.members);
            const result = this.createNode(node, this.#withDeprecatedGetter({
              type: ts_estree_1.AST_NODE_TYPES.TSEnumDeclaration,
              body: this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSEnumBody,
                range: [node.members.pos - 1, node.end],
                members
              }),
              const: (0, node_utils_1.hasModifier)(SyntaxKind.ConstKeyword, node),
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              id: this.convertChild(node.name)
            }, "members", `'body.members'`, this.convertChildren(node.members)));
            return this.fixExports(node, result);
          }
          case SyntaxKind.EnumMember: {
            const computed = node.name.kind === ts.SyntaxKind.ComputedPropertyName;
            return this.createNode(node, this.#withDeprecatedGetter({
              type: ts_estree_1.AST_NODE_TYPES.TSEnumMember,
              id: this.convertChild(node.name),
              initializer: node.initializer && this.convertChild(node.initializer)
            }, "computed", void 0, computed));
          }
          case SyntaxKind.ModuleDeclaration: {
            let isDeclare = (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node);
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSModuleDeclaration,
              ...(() => {
                if (node.flags & ts.NodeFlags.GlobalAugmentation) {
                  return {
                    body: this.convertChild(node.body),
                    declare: false,
                    // eslint-disable-next-line @typescript-eslint/no-deprecated -- `global` is a required property
                    global: false,
                    id: this.convertChild(node.name),
                    kind: "global"
                  };
                }
                if (ts.isStringLiteral(node.name)) {
                  const body = this.convertChild(node.body);
                  return {
                    kind: "module",
                    ...body != null ? { body } : {},
                    declare: false,
                    // eslint-disable-next-line @typescript-eslint/no-deprecated -- `global` is a required property
                    global: false,
                    id: this.convertChild(node.name)
                  };
                }
                let name = this.createNode(node.name, {
                  type: ts_estree_1.AST_NODE_TYPES.Identifier,
                  range: [node.name.getStart(this.ast), node.name.getEnd()],
                  decorators: [],
                  name: node.name.text,
                  optional: false,
                  typeAnnotation: void 0
                });
                while (node.body && ts.isModuleDeclaration(node.body) && node.body.name) {
                  node = node.body;
                  isDeclare ||= (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node);
                  const nextName = node.name;
                  const right = this.createNode(nextName, {
                    type: ts_estree_1.AST_NODE_TYPES.Identifier,
                    range: [nextName.getStart(this.ast), nextName.getEnd()],
                    decorators: [],
                    name: nextName.text,
                    optional: false,
                    typeAnnotation: void 0
                  });
                  name = this.createNode(nextName, {
                    type: ts_estree_1.AST_NODE_TYPES.TSQualifiedName,
                    range: [name.range[0], right.range[1]],
                    left: name,
                    right
                  });
                }
                return {
                  body: this.convertChild(node.body),
                  declare: false,
                  // eslint-disable-next-line @typescript-eslint/no-deprecated -- `global` is a required property
                  global: false,
                  id: name,
                  kind: node.flags & ts.NodeFlags.Namespace ? "namespace" : "module"
                };
              })()
            });
            result.declare = isDeclare;
            if (node.flags & ts.NodeFlags.GlobalAugmentation) {
              result.global = true;
            }
            return this.fixExports(node, result);
          }
          // TypeScript specific types
          case SyntaxKind.ParenthesizedType: {
            return this.convertChild(node.type);
          }
          case SyntaxKind.UnionType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSUnionType,
              types: this.convertChildren(node.types)
            });
          }
          case SyntaxKind.IntersectionType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSIntersectionType,
              types: this.convertChildren(node.types)
            });
          }
          case SyntaxKind.AsExpression: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSAsExpression,
              expression: this.convertChild(node.expression),
              typeAnnotation: this.convertChild(node.type)
            });
          }
          case SyntaxKind.InferType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSInferType,
              typeParameter: this.convertChild(node.typeParameter)
            });
          }
          case SyntaxKind.LiteralType: {
            if (node.literal.kind === SyntaxKind.NullKeyword) {
              return this.createNode(node.literal, {
                type: ts_estree_1.AST_NODE_TYPES.TSNullKeyword
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSLiteralType,
              literal: this.convertChild(node.literal)
            });
          }
          case SyntaxKind.TypeAssertionExpression: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeAssertion,
              expression: this.convertChild(node.expression),
              typeAnnotation: this.convertChild(node.type)
            });
          }
          case SyntaxKind.ImportEqualsDeclaration: {
            return this.fixExports(node, this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSImportEqualsDeclaration,
              id: this.convertChild(node.name),
              importKind: node.isTypeOnly ? "type" : "value",
              moduleReference: this.convertChild(node.moduleReference)
            }));
          }
          case SyntaxKind.ExternalModuleReference: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSExternalModuleReference,
              expression: this.convertChild(node.expression)
            });
          }
          case SyntaxKind.NamespaceExportDeclaration: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSNamespaceExportDeclaration,
              id: this.convertChild(node.name)
            });
          }
          case SyntaxKind.AbstractKeyword: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSAbstractKeyword
            });
          }
          // Tuple
          case SyntaxKind.TupleType: {
            const elementTypes = this.convertChildren(node.elements);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTupleType,
              elementTypes
            });
          }
          case SyntaxKind.NamedTupleMember: {
            const member = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSNamedTupleMember,
              elementType: this.convertChild(node.type, node),
              label: this.convertChild(node.name, node),
              optional: node.questionToken != null
            });
            if (node.dotDotDotToken) {
              member.range[0] = member.label.range[0];
              member.loc.start = member.label.loc.start;
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSRestType,
                typeAnnotation: member
              });
            }
            return member;
          }
          case SyntaxKind.OptionalType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSOptionalType,
              typeAnnotation: this.convertChild(node.type)
            });
          }
          case SyntaxKind.RestType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSRestType,
              typeAnnotation: this.convertChild(node.type)
            });
          }
          // Template Literal Types
          case SyntaxKind.TemplateLiteralType: {
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTemplateLiteralType,
              quasis: [this.convertChild(node.head)],
              types: []
            });
            node.templateSpans.forEach((templateSpan) => {
              result.types.push(this.convertChild(templateSpan.type));
              result.quasis.push(this.convertChild(templateSpan.literal));
            });
            return result;
          }
          case SyntaxKind.ClassStaticBlockDeclaration: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.StaticBlock,
              body: this.convertBodyExpressions(node.body.statements, node)
            });
          }
          // eslint-disable-next-line @typescript-eslint/no-deprecated
          case SyntaxKind.AssertEntry:
          case SyntaxKind.ImportAttribute: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ImportAttribute,
              key: this.convertChild(node.name),
              value: this.convertChild(node.value)
            });
          }
          case SyntaxKind.SatisfiesExpression: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSSatisfiesExpression,
              expression: this.convertChild(node.expression),
              typeAnnotation: this.convertChild(node.type)
            });
          }
          default:
            return this.deeplyCopy(node);
        }
      }
      createNode(node, data) {
        const result = data;
        result.range ??= (0, node_utils_1.getRange)(node, this.ast);
        result.loc ??= (0, node_utils_1.getLocFor)(result.range, this.ast);
        if (result && this.options.shouldPreserveNodeMaps) {
          this.esTreeNodeToTSNodeMap.set(result, node);
        }
        return result;
      }
      convertProgram() {
        return this.converter(this.ast);
      }
      /**
       * For nodes that are copied directly from the TypeScript AST into
       * ESTree mostly as-is. The only difference is the addition of a type
       * property instead of a kind property. Recursively copies all children.
       */
      deeplyCopy(node) {
        if (node.kind === ts.SyntaxKind.JSDocFunctionType) {
          this.#throwError(node, "JSDoc types can only be used inside documentation comments.");
        }
        const customType = `TS${SyntaxKind[node.kind]}`;
        if (this.options.errorOnUnknownASTType && !ts_estree_1.AST_NODE_TYPES[customType]) {
          throw new Error(`Unknown AST_NODE_TYPE: "${customType}"`);
        }
        const result = this.createNode(node, {
          type: customType
        });
        if ("type" in node) {
          result.typeAnnotation = node.type && "kind" in node.type && ts.isTypeNode(node.type) ? this.convertTypeAnnotation(node.type, node) : null;
        }
        if ("typeArguments" in node) {
          result.typeArguments = node.typeArguments && "pos" in node.typeArguments ? this.convertTypeArguments(node) : null;
        }
        if ("typeParameters" in node) {
          result.typeParameters = node.typeParameters && "pos" in node.typeParameters ? (
            // @ts-expect-error -- Fix me
            this.convertTypeParameters(node)
          ) : null;
        }
        const decorators = (0, getModifiers_1.getDecorators)(node);
        if (decorators?.length) {
          result.decorators = this.convertChildren(decorators);
        }
        const KEYS_TO_NOT_COPY = /* @__PURE__ */ new Set([
          "_children",
          "decorators",
          "end",
          "flags",
          "heritageClauses",
          "illegalDecorators",
          "jsDoc",
          "kind",
          "locals",
          "localSymbol",
          "modifierFlagsCache",
          "modifiers",
          "nextContainer",
          "parent",
          "pos",
          "symbol",
          "transformFlags",
          "type",
          "typeArguments",
          "typeParameters"
        ]);
        Object.entries(node).filter(([key]) => !KEYS_TO_NOT_COPY.has(key)).forEach(([key, value]) => {
          if (Array.isArray(value)) {
            result[key] = this.convertChildren(value);
          } else if (value && typeof value === "object" && value.kind) {
            result[key] = this.convertChild(value);
          } else {
            result[key] = value;
          }
        });
        return result;
      }
      /**
       * Fixes the exports of the given ts.Node
       * @returns the ESTreeNode with fixed exports
       */
      fixExports(node, result) {
        const isNamespaceNode = ts.isModuleDeclaration(node) && !ts.isStringLiteral(node.name);
        const modifiers = isNamespaceNode ? (0, node_utils_1.getNamespaceModifiers)(node) : (0, getModifiers_1.getModifiers)(node);
        if (modifiers?.[0].kind === SyntaxKind.ExportKeyword) {
          this.registerTSNodeInNodeMap(node, result);
          const exportKeyword = modifiers[0];
          const nextModifier = modifiers[1];
          const declarationIsDefault = nextModifier?.kind === SyntaxKind.DefaultKeyword;
          const varToken = declarationIsDefault ? (0, node_utils_1.findNextToken)(nextModifier, this.ast, this.ast) : (0, node_utils_1.findNextToken)(exportKeyword, this.ast, this.ast);
          result.range[0] = varToken.getStart(this.ast);
          result.loc = (0, node_utils_1.getLocFor)(result.range, this.ast);
          if (declarationIsDefault) {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ExportDefaultDeclaration,
              range: [exportKeyword.getStart(this.ast), result.range[1]],
              declaration: result,
              exportKind: "value"
            });
          }
          const isType = result.type === ts_estree_1.AST_NODE_TYPES.TSInterfaceDeclaration || result.type === ts_estree_1.AST_NODE_TYPES.TSTypeAliasDeclaration;
          const isDeclare = "declare" in result && result.declare;
          return this.createNode(
            node,
            // @ts-expect-error - TODO, narrow the types here
            this.#withDeprecatedAliasGetter({
              type: ts_estree_1.AST_NODE_TYPES.ExportNamedDeclaration,
              range: [exportKeyword.getStart(this.ast), result.range[1]],
              attributes: [],
              declaration: result,
              exportKind: isType || isDeclare ? "type" : "value",
              source: null,
              specifiers: []
            }, "assertions", "attributes", true)
          );
        }
        return result;
      }
      getASTMaps() {
        return {
          esTreeNodeToTSNodeMap: this.esTreeNodeToTSNodeMap,
          tsNodeToESTreeNodeMap: this.tsNodeToESTreeNodeMap
        };
      }
      /**
       * Register specific TypeScript node into map with first ESTree node provided
       */
      registerTSNodeInNodeMap(node, result) {
        if (result && this.options.shouldPreserveNodeMaps && !this.tsNodeToESTreeNodeMap.has(node)) {
          this.tsNodeToESTreeNodeMap.set(node, result);
        }
      }
    };
    exports2.Converter = Converter;
  }
});

// node_modules/ts-api-utils/lib/index.cjs
var require_lib2 = __commonJS({
  "node_modules/ts-api-utils/lib/index.cjs"(exports2) {
    "use strict";
    var ts9 = require("typescript");
    function _interopDefault(e) {
      return e && e.__esModule ? e : { default: e };
    }
    var ts9__default = /* @__PURE__ */ _interopDefault(ts9);
    function forEachToken(node, callback, sourceFile = node.getSourceFile()) {
      for (const token of iterateTokens(node, sourceFile)) {
        callback(token);
      }
    }
    function* iterateTokens(node, sourceFile = node.getSourceFile()) {
      const queue = [];
      while (true) {
        if (ts9__default.default.isTokenKind(node.kind)) {
          yield node;
        } else {
          const children = node.getChildren(sourceFile);
          if (children.length === 1) {
            node = children[0];
            continue;
          }
          for (let i = children.length - 1; i >= 0; --i) {
            queue.push(children[i]);
          }
        }
        if (queue.length === 0) {
          break;
        }
        node = queue.pop();
      }
    }
    function forEachComment(node, callback, sourceFile = node.getSourceFile()) {
      const fullText = sourceFile.text;
      for (const { end, kind, pos } of iterateComments(node, sourceFile)) {
        callback(fullText, { end, kind, pos });
      }
    }
    function* iterateComments(node, sourceFile = node.getSourceFile()) {
      const fullText = sourceFile.text;
      const notJsx = sourceFile.languageVariant !== ts9__default.default.LanguageVariant.JSX;
      for (const token of iterateTokens(node, sourceFile)) {
        if (token.pos === token.end) {
          continue;
        }
        if (token.kind !== ts9__default.default.SyntaxKind.JsxText) {
          yield* collectComments((callback) => {
            ts9__default.default.forEachLeadingCommentRange(
              fullText,
              // skip shebang at position 0
              token.pos === 0 ? (ts9__default.default.getShebang(fullText) ?? "").length : token.pos,
              callback
            );
          }, fullText);
        }
        if (notJsx || canHaveTrailingTrivia(token)) {
          yield* collectComments((callback) => {
            ts9__default.default.forEachTrailingCommentRange(fullText, token.end, callback);
          }, fullText);
        }
      }
    }
    function canHaveTrailingTrivia(token) {
      switch (token.kind) {
        case ts9__default.default.SyntaxKind.CloseBraceToken:
          return token.parent.kind !== ts9__default.default.SyntaxKind.JsxExpression || !isJsxElementOrFragment(token.parent.parent);
        case ts9__default.default.SyntaxKind.GreaterThanToken:
          switch (token.parent.kind) {
            case ts9__default.default.SyntaxKind.JsxClosingElement:
            case ts9__default.default.SyntaxKind.JsxClosingFragment:
              return !isJsxElementOrFragment(token.parent.parent.parent);
            case ts9__default.default.SyntaxKind.JsxOpeningElement:
              return token.end !== token.parent.end;
            case ts9__default.default.SyntaxKind.JsxOpeningFragment:
              return false;
            // would be inside the fragment
            case ts9__default.default.SyntaxKind.JsxSelfClosingElement:
              return token.end !== token.parent.end || // if end is not equal, this is part of the type arguments list
              !isJsxElementOrFragment(token.parent.parent);
          }
      }
      return true;
    }
    function collectComments(execute, fullText) {
      const comments = [];
      execute((pos, end, kind) => {
        const text = fullText.slice(pos, end);
        const value = text.slice(
          2,
          kind === ts9__default.default.SyntaxKind.SingleLineCommentTrivia ? void 0 : -2
        );
        comments.push({ end, kind, pos, text, value });
      });
      return comments;
    }
    function isJsxElementOrFragment(node) {
      return node.kind === ts9__default.default.SyntaxKind.JsxElement || node.kind === ts9__default.default.SyntaxKind.JsxFragment;
    }
    var [tsMajor, tsMinor] = ts9__default.default.versionMajorMinor.split(".").map((raw) => Number.parseInt(raw, 10));
    function isTsVersionAtLeast(major, minor = 0) {
      return tsMajor > major || tsMajor === major && tsMinor >= minor;
    }
    function isCompilerOptionEnabled(options, option) {
      switch (option) {
        case "allowJs":
          return options.allowJs === void 0 ? isCompilerOptionEnabled(options, "checkJs") : options.allowJs;
        case "allowSyntheticDefaultImports":
          return options.allowSyntheticDefaultImports !== void 0 ? options.allowSyntheticDefaultImports : isCompilerOptionEnabled(options, "esModuleInterop") || options.module === ts9__default.default.ModuleKind.System;
        case "alwaysStrict":
        case "noImplicitAny":
        case "noImplicitThis":
        case "strictBindCallApply":
        case "strictFunctionTypes":
        case "strictNullChecks":
        case "strictPropertyInitialization":
          return isStrictCompilerOptionEnabled(
            options,
            option
          );
        case "declaration":
          return options.declaration || isCompilerOptionEnabled(options, "composite");
        case "declarationMap":
        case "emitDeclarationOnly":
        case "stripInternal":
          return options[option] === true && isCompilerOptionEnabled(options, "declaration");
        case "incremental":
          return options.incremental === void 0 ? isCompilerOptionEnabled(options, "composite") : options.incremental;
        case "noUncheckedIndexedAccess":
          return options.noUncheckedIndexedAccess === true && isCompilerOptionEnabled(options, "strictNullChecks");
        case "skipDefaultLibCheck":
          return options.skipDefaultLibCheck || isCompilerOptionEnabled(options, "skipLibCheck");
        case "suppressImplicitAnyIndexErrors":
          return (
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            options.suppressImplicitAnyIndexErrors === true && isCompilerOptionEnabled(options, "noImplicitAny")
          );
      }
      return options[option] === true;
    }
    function isStrictCompilerOptionEnabled(options, option) {
      if (option === "strictPropertyInitialization") {
        if (!isStrictCompilerOptionEnabled(options, "strictNullChecks")) {
          return false;
        }
      }
      return options[option] ?? options.strict ?? isTsVersionAtLeast(6);
    }
    function isModifierFlagSet(node, flag) {
      return isFlagSet(ts9__default.default.getCombinedModifierFlags(node), flag);
    }
    function isFlagSet(allFlags, flag) {
      return (allFlags & flag) !== 0;
    }
    function isFlagSetOnObject(obj, flag) {
      return isFlagSet(obj.flags, flag);
    }
    var isNodeFlagSet = isFlagSetOnObject;
    function isObjectFlagSet(objectType, flag) {
      return isFlagSet(objectType.objectFlags, flag);
    }
    var isSymbolFlagSet = isFlagSetOnObject;
    function isTransientSymbolLinksFlagSet(links, flag) {
      return isFlagSet(links.checkFlags, flag);
    }
    var isTypeFlagSet = isFlagSetOnObject;
    function includesModifier(modifiers, ...kinds) {
      if (modifiers === void 0) {
        return false;
      }
      for (const modifier of modifiers) {
        if (kinds.includes(modifier.kind)) {
          return true;
        }
      }
      return false;
    }
    function isAssignmentKind(kind) {
      return kind >= ts9__default.default.SyntaxKind.FirstAssignment && kind <= ts9__default.default.SyntaxKind.LastAssignment;
    }
    function isNumericPropertyName(name) {
      return String(+name) === name;
    }
    function isValidPropertyAccess(text, languageVersion = ts9__default.default.ScriptTarget.Latest) {
      if (text.length === 0) {
        return false;
      }
      let ch = text.codePointAt(0);
      if (!ts9__default.default.isIdentifierStart(ch, languageVersion)) {
        return false;
      }
      for (let i = charSize(ch); i < text.length; i += charSize(ch)) {
        ch = text.codePointAt(i);
        if (!ts9__default.default.isIdentifierPart(ch, languageVersion)) {
          return false;
        }
      }
      return true;
    }
    function charSize(ch) {
      return ch >= 65536 ? 2 : 1;
    }
    var AccessKind = /* @__PURE__ */ ((AccessKind2) => {
      AccessKind2[AccessKind2["None"] = 0] = "None";
      AccessKind2[AccessKind2["Read"] = 1] = "Read";
      AccessKind2[AccessKind2["Write"] = 2] = "Write";
      AccessKind2[AccessKind2["Delete"] = 4] = "Delete";
      AccessKind2[AccessKind2["ReadWrite"] = 3] = "ReadWrite";
      return AccessKind2;
    })(AccessKind || {});
    function getAccessKind(node) {
      const parent = node.parent;
      switch (parent.kind) {
        case ts9__default.default.SyntaxKind.ArrayLiteralExpression:
        case ts9__default.default.SyntaxKind.SpreadAssignment:
        case ts9__default.default.SyntaxKind.SpreadElement:
          return isInDestructuringAssignment(
            parent
          ) ? 2 : 1;
        case ts9__default.default.SyntaxKind.ArrowFunction:
          return parent.body === node ? 1 : 2;
        case ts9__default.default.SyntaxKind.AsExpression:
        case ts9__default.default.SyntaxKind.NonNullExpression:
        case ts9__default.default.SyntaxKind.ParenthesizedExpression:
        case ts9__default.default.SyntaxKind.TypeAssertionExpression:
          return getAccessKind(parent);
        case ts9__default.default.SyntaxKind.AwaitExpression:
        case ts9__default.default.SyntaxKind.CallExpression:
        case ts9__default.default.SyntaxKind.CaseClause:
        case ts9__default.default.SyntaxKind.ComputedPropertyName:
        case ts9__default.default.SyntaxKind.ConditionalExpression:
        case ts9__default.default.SyntaxKind.Decorator:
        case ts9__default.default.SyntaxKind.DoStatement:
        case ts9__default.default.SyntaxKind.ElementAccessExpression:
        case ts9__default.default.SyntaxKind.ExpressionStatement:
        case ts9__default.default.SyntaxKind.ForStatement:
        case ts9__default.default.SyntaxKind.IfStatement:
        case ts9__default.default.SyntaxKind.JsxElement:
        case ts9__default.default.SyntaxKind.JsxExpression:
        case ts9__default.default.SyntaxKind.JsxOpeningElement:
        case ts9__default.default.SyntaxKind.JsxSelfClosingElement:
        case ts9__default.default.SyntaxKind.JsxSpreadAttribute:
        case ts9__default.default.SyntaxKind.NewExpression:
        case ts9__default.default.SyntaxKind.ReturnStatement:
        case ts9__default.default.SyntaxKind.SwitchStatement:
        case ts9__default.default.SyntaxKind.TaggedTemplateExpression:
        case ts9__default.default.SyntaxKind.TemplateSpan:
        case ts9__default.default.SyntaxKind.ThrowStatement:
        case ts9__default.default.SyntaxKind.TypeOfExpression:
        case ts9__default.default.SyntaxKind.VoidExpression:
        case ts9__default.default.SyntaxKind.WhileStatement:
        case ts9__default.default.SyntaxKind.WithStatement:
        case ts9__default.default.SyntaxKind.YieldExpression:
          return 1;
        case ts9__default.default.SyntaxKind.BinaryExpression:
          return parent.right === node ? 1 : !isAssignmentKind(parent.operatorToken.kind) ? 1 : parent.operatorToken.kind === ts9__default.default.SyntaxKind.EqualsToken ? 2 : 3;
        case ts9__default.default.SyntaxKind.BindingElement:
        case ts9__default.default.SyntaxKind.EnumMember:
        case ts9__default.default.SyntaxKind.JsxAttribute:
        case ts9__default.default.SyntaxKind.Parameter:
        case ts9__default.default.SyntaxKind.PropertyDeclaration:
        case ts9__default.default.SyntaxKind.VariableDeclaration:
          return parent.initializer === node ? 1 : 0;
        case ts9__default.default.SyntaxKind.DeleteExpression:
          return 4;
        case ts9__default.default.SyntaxKind.ExportAssignment:
          return parent.isExportEquals ? 1 : 0;
        case ts9__default.default.SyntaxKind.ExpressionWithTypeArguments:
          return parent.parent.token === ts9__default.default.SyntaxKind.ExtendsKeyword && parent.parent.parent.kind !== ts9__default.default.SyntaxKind.InterfaceDeclaration ? 1 : 0;
        case ts9__default.default.SyntaxKind.ForInStatement:
        case ts9__default.default.SyntaxKind.ForOfStatement:
          return parent.initializer === node ? 2 : 1;
        case ts9__default.default.SyntaxKind.PostfixUnaryExpression:
          return 3;
        case ts9__default.default.SyntaxKind.PrefixUnaryExpression:
          return parent.operator === ts9__default.default.SyntaxKind.PlusPlusToken || parent.operator === ts9__default.default.SyntaxKind.MinusMinusToken ? 3 : 1;
        case ts9__default.default.SyntaxKind.PropertyAccessExpression:
          return parent.expression === node ? 1 : 0;
        case ts9__default.default.SyntaxKind.PropertyAssignment:
          return parent.name === node ? 0 : isInDestructuringAssignment(parent) ? 2 : 1;
        case ts9__default.default.SyntaxKind.ShorthandPropertyAssignment:
          return parent.objectAssignmentInitializer === node ? 1 : isInDestructuringAssignment(parent) ? 2 : 1;
      }
      return 0;
    }
    function isInDestructuringAssignment(node) {
      switch (node.kind) {
        case ts9__default.default.SyntaxKind.ShorthandPropertyAssignment:
          if (node.objectAssignmentInitializer !== void 0) {
            return true;
          }
        // falls through
        case ts9__default.default.SyntaxKind.PropertyAssignment:
        case ts9__default.default.SyntaxKind.SpreadAssignment:
          node = node.parent;
          break;
        case ts9__default.default.SyntaxKind.SpreadElement:
          if (node.parent.kind !== ts9__default.default.SyntaxKind.ArrayLiteralExpression) {
            return false;
          }
          node = node.parent;
      }
      while (true) {
        switch (node.parent.kind) {
          case ts9__default.default.SyntaxKind.ArrayLiteralExpression:
          case ts9__default.default.SyntaxKind.ObjectLiteralExpression:
            node = node.parent;
            break;
          case ts9__default.default.SyntaxKind.BinaryExpression:
            return node.parent.left === node && node.parent.operatorToken.kind === ts9__default.default.SyntaxKind.EqualsToken;
          case ts9__default.default.SyntaxKind.ForOfStatement:
            return node.parent.initializer === node;
          case ts9__default.default.SyntaxKind.PropertyAssignment:
          case ts9__default.default.SyntaxKind.SpreadAssignment:
            node = node.parent.parent;
            break;
          case ts9__default.default.SyntaxKind.SpreadElement:
            if (node.parent.parent.kind !== ts9__default.default.SyntaxKind.ArrayLiteralExpression) {
              return false;
            }
            node = node.parent.parent;
            break;
          default:
            return false;
        }
      }
    }
    function isAbstractKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AbstractKeyword;
    }
    function isAccessorKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AccessorKeyword;
    }
    function isAnyKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AnyKeyword;
    }
    function isAssertKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AssertKeyword;
    }
    function isAssertsKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AssertsKeyword;
    }
    function isAsyncKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AsyncKeyword;
    }
    function isAwaitKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AwaitKeyword;
    }
    function isBigIntKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.BigIntKeyword;
    }
    function isBooleanKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.BooleanKeyword;
    }
    function isColonToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.ColonToken;
    }
    function isConstKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ConstKeyword;
    }
    function isDeclareKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.DeclareKeyword;
    }
    function isDefaultKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.DefaultKeyword;
    }
    function isDotToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.DotToken;
    }
    function isEndOfFileToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.EndOfFileToken;
    }
    function isEqualsGreaterThanToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.EqualsGreaterThanToken;
    }
    function isEqualsToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.EqualsToken;
    }
    function isExclamationToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.ExclamationToken;
    }
    function isExportKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ExportKeyword;
    }
    function isFalseKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.FalseKeyword;
    }
    function isFalseLiteral(node) {
      return node.kind === ts9__default.default.SyntaxKind.FalseKeyword;
    }
    function isImportExpression(node) {
      return node.kind === ts9__default.default.SyntaxKind.ImportKeyword;
    }
    function isImportKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ImportKeyword;
    }
    function isInKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.InKeyword;
    }
    function isJSDocText(node) {
      return node.kind === ts9__default.default.SyntaxKind.JSDocText;
    }
    function isJsonMinusNumericLiteral(node) {
      return node.kind === ts9__default.default.SyntaxKind.PrefixUnaryExpression;
    }
    function isNeverKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.NeverKeyword;
    }
    function isNullKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.NullKeyword;
    }
    function isNullLiteral(node) {
      return node.kind === ts9__default.default.SyntaxKind.NullKeyword;
    }
    function isNumberKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.NumberKeyword;
    }
    function isObjectKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ObjectKeyword;
    }
    function isOutKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.OutKeyword;
    }
    function isOverrideKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.OverrideKeyword;
    }
    function isPrivateKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.PrivateKeyword;
    }
    function isProtectedKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ProtectedKeyword;
    }
    function isPublicKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.PublicKeyword;
    }
    function isQuestionDotToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.QuestionDotToken;
    }
    function isQuestionToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.QuestionToken;
    }
    function isReadonlyKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ReadonlyKeyword;
    }
    function isStaticKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.StaticKeyword;
    }
    function isStringKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.StringKeyword;
    }
    function isSuperExpression(node) {
      return node.kind === ts9__default.default.SyntaxKind.SuperKeyword;
    }
    function isSuperKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.SuperKeyword;
    }
    function isSymbolKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.SymbolKeyword;
    }
    function isSyntaxList(node) {
      return node.kind === ts9__default.default.SyntaxKind.SyntaxList;
    }
    function isThisExpression(node) {
      return node.kind === ts9__default.default.SyntaxKind.ThisKeyword;
    }
    function isThisKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ThisKeyword;
    }
    function isTrueKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.TrueKeyword;
    }
    function isTrueLiteral(node) {
      return node.kind === ts9__default.default.SyntaxKind.TrueKeyword;
    }
    function isUndefinedKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.UndefinedKeyword;
    }
    function isUnknownKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.UnknownKeyword;
    }
    function isVoidKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.VoidKeyword;
    }
    function hasDecorators(node) {
      return ts9__default.default.isParameter(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isMethodDeclaration(node) || ts9__default.default.isGetAccessorDeclaration(node) || ts9__default.default.isSetAccessorDeclaration(node) || ts9__default.default.isClassExpression(node) || ts9__default.default.isClassDeclaration(node);
    }
    function hasExpressionInitializer(node) {
      return ts9__default.default.isVariableDeclaration(node) || ts9__default.default.isParameter(node) || ts9__default.default.isBindingElement(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isPropertyAssignment(node) || ts9__default.default.isEnumMember(node);
    }
    function hasInitializer(node) {
      return hasExpressionInitializer(node) || ts9__default.default.isForStatement(node) || ts9__default.default.isForInStatement(node) || ts9__default.default.isForOfStatement(node) || ts9__default.default.isJsxAttribute(node);
    }
    function hasJSDoc(node) {
      if (
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts <5
        isAccessorDeclaration(node) || ts9__default.default.isArrowFunction(node) || ts9__default.default.isBlock(node) || ts9__default.default.isBreakStatement(node) || ts9__default.default.isCallSignatureDeclaration(node) || ts9__default.default.isCaseClause(node) || // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts <5
        isClassLikeDeclaration(node) || ts9__default.default.isConstructorDeclaration(node) || ts9__default.default.isConstructorTypeNode(node) || ts9__default.default.isConstructSignatureDeclaration(node) || ts9__default.default.isContinueStatement(node) || ts9__default.default.isDebuggerStatement(node) || ts9__default.default.isDoStatement(node) || ts9__default.default.isEmptyStatement(node) || isEndOfFileToken(node) || ts9__default.default.isEnumDeclaration(node) || ts9__default.default.isEnumMember(node) || ts9__default.default.isExportAssignment(node) || ts9__default.default.isExportDeclaration(node) || ts9__default.default.isExportSpecifier(node) || ts9__default.default.isExpressionStatement(node) || ts9__default.default.isForInStatement(node) || ts9__default.default.isForOfStatement(node) || ts9__default.default.isForStatement(node) || ts9__default.default.isFunctionDeclaration(node) || ts9__default.default.isFunctionExpression(node) || ts9__default.default.isFunctionTypeNode(node) || ts9__default.default.isIfStatement(node) || ts9__default.default.isImportDeclaration(node) || ts9__default.default.isImportEqualsDeclaration(node) || ts9__default.default.isIndexSignatureDeclaration(node) || ts9__default.default.isInterfaceDeclaration(node) || ts9__default.default.isJSDocFunctionType(node) || ts9__default.default.isLabeledStatement(node) || ts9__default.default.isMethodDeclaration(node) || ts9__default.default.isMethodSignature(node) || ts9__default.default.isModuleDeclaration(node) || ts9__default.default.isNamedTupleMember(node) || ts9__default.default.isNamespaceExportDeclaration(node) || ts9__default.default.isParameter(node) || ts9__default.default.isParenthesizedExpression(node) || ts9__default.default.isPropertyAssignment(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isPropertySignature(node) || ts9__default.default.isReturnStatement(node) || ts9__default.default.isShorthandPropertyAssignment(node) || ts9__default.default.isSpreadAssignment(node) || ts9__default.default.isSwitchStatement(node) || ts9__default.default.isThrowStatement(node) || ts9__default.default.isTryStatement(node) || ts9__default.default.isTypeAliasDeclaration(node) || ts9__default.default.isVariableDeclaration(node) || ts9__default.default.isVariableStatement(node) || ts9__default.default.isWhileStatement(node) || ts9__default.default.isWithStatement(node)
      ) {
        return true;
      }
      if (isTsVersionAtLeast(4, 4) && ts9__default.default.isClassStaticBlockDeclaration(node)) {
        return true;
      }
      if (isTsVersionAtLeast(5, 0) && (ts9__default.default.isBinaryExpression(node) || ts9__default.default.isElementAccessExpression(node) || ts9__default.default.isIdentifier(node) || ts9__default.default.isJSDocSignature(node) || ts9__default.default.isObjectLiteralExpression(node) || ts9__default.default.isPropertyAccessExpression(node) || ts9__default.default.isTypeParameterDeclaration(node))) {
        return true;
      }
      return false;
    }
    function hasModifiers(node) {
      return ts9__default.default.isTypeParameterDeclaration(node) || ts9__default.default.isParameter(node) || ts9__default.default.isConstructorTypeNode(node) || ts9__default.default.isPropertySignature(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isMethodSignature(node) || ts9__default.default.isMethodDeclaration(node) || ts9__default.default.isConstructorDeclaration(node) || ts9__default.default.isGetAccessorDeclaration(node) || ts9__default.default.isSetAccessorDeclaration(node) || ts9__default.default.isIndexSignatureDeclaration(node) || ts9__default.default.isFunctionExpression(node) || ts9__default.default.isArrowFunction(node) || ts9__default.default.isClassExpression(node) || ts9__default.default.isVariableStatement(node) || ts9__default.default.isFunctionDeclaration(node) || ts9__default.default.isClassDeclaration(node) || ts9__default.default.isInterfaceDeclaration(node) || ts9__default.default.isTypeAliasDeclaration(node) || ts9__default.default.isEnumDeclaration(node) || ts9__default.default.isModuleDeclaration(node) || ts9__default.default.isImportEqualsDeclaration(node) || ts9__default.default.isImportDeclaration(node) || ts9__default.default.isExportAssignment(node) || ts9__default.default.isExportDeclaration(node);
    }
    function hasType(node) {
      return isSignatureDeclaration(node) || ts9__default.default.isVariableDeclaration(node) || ts9__default.default.isParameter(node) || ts9__default.default.isPropertySignature(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isTypePredicateNode(node) || ts9__default.default.isParenthesizedTypeNode(node) || ts9__default.default.isTypeOperatorNode(node) || ts9__default.default.isMappedTypeNode(node) || ts9__default.default.isAssertionExpression(node) || ts9__default.default.isTypeAliasDeclaration(node) || ts9__default.default.isJSDocTypeExpression(node) || ts9__default.default.isJSDocNonNullableType(node) || ts9__default.default.isJSDocNullableType(node) || ts9__default.default.isJSDocOptionalType(node) || ts9__default.default.isJSDocVariadicType(node);
    }
    function hasTypeArguments(node) {
      return ts9__default.default.isCallExpression(node) || ts9__default.default.isNewExpression(node) || ts9__default.default.isTaggedTemplateExpression(node) || ts9__default.default.isJsxOpeningElement(node) || ts9__default.default.isJsxSelfClosingElement(node);
    }
    function isAccessExpression(node) {
      return ts9__default.default.isPropertyAccessExpression(node) || ts9__default.default.isElementAccessExpression(node);
    }
    function isAccessibilityModifier(node) {
      return isPublicKeyword(node) || isPrivateKeyword(node) || isProtectedKeyword(node);
    }
    function isAccessorDeclaration(node) {
      return ts9__default.default.isGetAccessorDeclaration(node) || ts9__default.default.isSetAccessorDeclaration(node);
    }
    function isArrayBindingElement(node) {
      return ts9__default.default.isBindingElement(node) || ts9__default.default.isOmittedExpression(node);
    }
    function isArrayBindingOrAssignmentPattern(node) {
      return ts9__default.default.isArrayBindingPattern(node) || ts9__default.default.isArrayLiteralExpression(node);
    }
    function isAssignmentPattern(node) {
      return ts9__default.default.isObjectLiteralExpression(node) || ts9__default.default.isArrayLiteralExpression(node);
    }
    function isBindingOrAssignmentElementRestIndicator(node) {
      if (ts9__default.default.isSpreadElement(node) || ts9__default.default.isSpreadAssignment(node)) {
        return true;
      }
      if (isTsVersionAtLeast(4, 4)) {
        return ts9__default.default.isDotDotDotToken(node);
      }
      return false;
    }
    function isBindingOrAssignmentElementTarget(node) {
      return isBindingOrAssignmentPattern(node) || ts9__default.default.isIdentifier(node) || ts9__default.default.isPropertyAccessExpression(node) || ts9__default.default.isElementAccessExpression(node) || ts9__default.default.isOmittedExpression(node);
    }
    function isBindingOrAssignmentPattern(node) {
      return isObjectBindingOrAssignmentPattern(node) || isArrayBindingOrAssignmentPattern(node);
    }
    function isBindingPattern(node) {
      return ts9__default.default.isObjectBindingPattern(node) || ts9__default.default.isArrayBindingPattern(node);
    }
    function isBlockLike(node) {
      return ts9__default.default.isSourceFile(node) || ts9__default.default.isBlock(node) || ts9__default.default.isModuleBlock(node) || ts9__default.default.isCaseOrDefaultClause(node);
    }
    function isBooleanLiteral(node) {
      return isTrueLiteral(node) || isFalseLiteral(node);
    }
    function isClassLikeDeclaration(node) {
      return ts9__default.default.isClassDeclaration(node) || ts9__default.default.isClassExpression(node);
    }
    function isClassMemberModifier(node) {
      return isAccessibilityModifier(node) || isReadonlyKeyword(node) || isStaticKeyword(node) || isAccessorKeyword(node);
    }
    function isDeclarationName(node) {
      return ts9__default.default.isIdentifier(node) || ts9__default.default.isPrivateIdentifier(node) || ts9__default.default.isStringLiteralLike(node) || ts9__default.default.isNumericLiteral(node) || ts9__default.default.isComputedPropertyName(node) || ts9__default.default.isElementAccessExpression(node) || isBindingPattern(node) || isEntityNameExpression(node);
    }
    function isDeclarationWithTypeParameterChildren(node) {
      return isSignatureDeclaration(node) || // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts <5
      isClassLikeDeclaration(node) || ts9__default.default.isInterfaceDeclaration(node) || ts9__default.default.isTypeAliasDeclaration(node) || ts9__default.default.isJSDocTemplateTag(node);
    }
    function isDeclarationWithTypeParameters(node) {
      return isDeclarationWithTypeParameterChildren(node) || ts9__default.default.isJSDocTypedefTag(node) || ts9__default.default.isJSDocCallbackTag(node) || ts9__default.default.isJSDocSignature(node);
    }
    function isDestructuringPattern(node) {
      return isBindingPattern(node) || ts9__default.default.isObjectLiteralExpression(node) || ts9__default.default.isArrayLiteralExpression(node);
    }
    function isEntityNameExpression(node) {
      return ts9__default.default.isIdentifier(node) || isPropertyAccessEntityNameExpression(node);
    }
    function isEntityNameOrEntityNameExpression(node) {
      return ts9__default.default.isEntityName(node) || isEntityNameExpression(node);
    }
    function isForInOrOfStatement(node) {
      return ts9__default.default.isForInStatement(node) || ts9__default.default.isForOfStatement(node);
    }
    function isFunctionLikeDeclaration(node) {
      return ts9__default.default.isFunctionDeclaration(node) || ts9__default.default.isMethodDeclaration(node) || ts9__default.default.isGetAccessorDeclaration(node) || ts9__default.default.isSetAccessorDeclaration(node) || ts9__default.default.isConstructorDeclaration(node) || ts9__default.default.isFunctionExpression(node) || ts9__default.default.isArrowFunction(node);
    }
    function isJSDocComment(node) {
      if (isJSDocText(node)) {
        return true;
      }
      if (isTsVersionAtLeast(4, 4)) {
        return ts9__default.default.isJSDocLink(node) || ts9__default.default.isJSDocLinkCode(node) || ts9__default.default.isJSDocLinkPlain(node);
      }
      return false;
    }
    function isJSDocNamespaceBody(node) {
      return ts9__default.default.isIdentifier(node) || isJSDocNamespaceDeclaration(node);
    }
    function isJSDocTypeReferencingNode(node) {
      return ts9__default.default.isJSDocVariadicType(node) || ts9__default.default.isJSDocOptionalType(node) || ts9__default.default.isJSDocNullableType(node) || ts9__default.default.isJSDocNonNullableType(node);
    }
    function isJsonObjectExpression(node) {
      return ts9__default.default.isObjectLiteralExpression(node) || ts9__default.default.isArrayLiteralExpression(node) || isJsonMinusNumericLiteral(node) || ts9__default.default.isNumericLiteral(node) || ts9__default.default.isStringLiteral(node) || isBooleanLiteral(node) || isNullLiteral(node);
    }
    function isJsxAttributeLike(node) {
      return ts9__default.default.isJsxAttribute(node) || ts9__default.default.isJsxSpreadAttribute(node);
    }
    function isJsxAttributeValue(node) {
      return ts9__default.default.isStringLiteral(node) || ts9__default.default.isJsxExpression(node) || ts9__default.default.isJsxElement(node) || ts9__default.default.isJsxSelfClosingElement(node) || ts9__default.default.isJsxFragment(node);
    }
    function isJsxChild(node) {
      return ts9__default.default.isJsxText(node) || ts9__default.default.isJsxExpression(node) || ts9__default.default.isJsxElement(node) || ts9__default.default.isJsxSelfClosingElement(node) || ts9__default.default.isJsxFragment(node);
    }
    function isJsxTagNameExpression(node) {
      return ts9__default.default.isIdentifier(node) || isThisExpression(node) || isJsxTagNamePropertyAccess(node);
    }
    function isLiteralToken(node) {
      return ts9__default.default.isNumericLiteral(node) || ts9__default.default.isBigIntLiteral(node) || ts9__default.default.isStringLiteral(node) || ts9__default.default.isJsxText(node) || ts9__default.default.isRegularExpressionLiteral(node) || ts9__default.default.isNoSubstitutionTemplateLiteral(node);
    }
    function isModuleBody(node) {
      return isNamespaceBody(node) || isJSDocNamespaceBody(node);
    }
    function isModuleName(node) {
      return ts9__default.default.isIdentifier(node) || ts9__default.default.isStringLiteral(node);
    }
    function isModuleReference(node) {
      return ts9__default.default.isEntityName(node) || ts9__default.default.isExternalModuleReference(node);
    }
    function isNamedImportBindings(node) {
      return ts9__default.default.isNamespaceImport(node) || ts9__default.default.isNamedImports(node);
    }
    function isNamedImportsOrExports(node) {
      return ts9__default.default.isNamedImports(node) || ts9__default.default.isNamedExports(node);
    }
    function isNamespaceBody(node) {
      return ts9__default.default.isModuleBlock(node) || isNamespaceDeclaration(node);
    }
    function isObjectBindingOrAssignmentElement(node) {
      return ts9__default.default.isBindingElement(node) || ts9__default.default.isPropertyAssignment(node) || ts9__default.default.isShorthandPropertyAssignment(node) || ts9__default.default.isSpreadAssignment(node);
    }
    function isObjectBindingOrAssignmentPattern(node) {
      return ts9__default.default.isObjectBindingPattern(node) || ts9__default.default.isObjectLiteralExpression(node);
    }
    function isObjectTypeDeclaration(node) {
      return (
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts <5
        isClassLikeDeclaration(node) || ts9__default.default.isInterfaceDeclaration(node) || ts9__default.default.isTypeLiteralNode(node)
      );
    }
    function isParameterPropertyModifier(node) {
      return isAccessibilityModifier(node) || isReadonlyKeyword(node);
    }
    function isPropertyNameLiteral(node) {
      return ts9__default.default.isIdentifier(node) || ts9__default.default.isStringLiteralLike(node) || ts9__default.default.isNumericLiteral(node);
    }
    function isPseudoLiteralToken(node) {
      return ts9__default.default.isTemplateHead(node) || ts9__default.default.isTemplateMiddle(node) || ts9__default.default.isTemplateTail(node);
    }
    function isSignatureDeclaration(node) {
      return ts9__default.default.isCallSignatureDeclaration(node) || ts9__default.default.isConstructSignatureDeclaration(node) || ts9__default.default.isMethodSignature(node) || ts9__default.default.isIndexSignatureDeclaration(node) || ts9__default.default.isFunctionTypeNode(node) || ts9__default.default.isConstructorTypeNode(node) || ts9__default.default.isJSDocFunctionType(node) || ts9__default.default.isFunctionDeclaration(node) || ts9__default.default.isMethodDeclaration(node) || ts9__default.default.isConstructorDeclaration(node) || // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts <5
      isAccessorDeclaration(node) || ts9__default.default.isFunctionExpression(node) || ts9__default.default.isArrowFunction(node);
    }
    function isSuperProperty(node) {
      return isSuperPropertyAccessExpression(node) || isSuperElementAccessExpression(node);
    }
    function isTypeOnlyCompatibleAliasDeclaration(node) {
      if (ts9__default.default.isImportClause(node) || ts9__default.default.isImportEqualsDeclaration(node) || ts9__default.default.isNamespaceImport(node) || ts9__default.default.isImportOrExportSpecifier(node)) {
        return true;
      }
      if (isTsVersionAtLeast(5, 0) && (ts9__default.default.isExportDeclaration(node) || ts9__default.default.isNamespaceExport(node))) {
        return true;
      }
      return false;
    }
    function isTypeReferenceType(node) {
      return ts9__default.default.isTypeReferenceNode(node) || ts9__default.default.isExpressionWithTypeArguments(node);
    }
    function isUnionOrIntersectionTypeNode(node) {
      return ts9__default.default.isUnionTypeNode(node) || ts9__default.default.isIntersectionTypeNode(node);
    }
    function isVariableLikeDeclaration(node) {
      return ts9__default.default.isVariableDeclaration(node) || ts9__default.default.isParameter(node) || ts9__default.default.isBindingElement(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isPropertyAssignment(node) || ts9__default.default.isPropertySignature(node) || ts9__default.default.isJsxAttribute(node) || ts9__default.default.isShorthandPropertyAssignment(node) || ts9__default.default.isEnumMember(node) || ts9__default.default.isJSDocPropertyTag(node) || ts9__default.default.isJSDocParameterTag(node);
    }
    function isConstAssertionExpression(node) {
      return ts9__default.default.isTypeReferenceNode(node.type) && ts9__default.default.isIdentifier(node.type.typeName) && node.type.typeName.escapedText === "const";
    }
    function isIterationStatement(node) {
      switch (node.kind) {
        case ts9__default.default.SyntaxKind.DoStatement:
        case ts9__default.default.SyntaxKind.ForInStatement:
        case ts9__default.default.SyntaxKind.ForOfStatement:
        case ts9__default.default.SyntaxKind.ForStatement:
        case ts9__default.default.SyntaxKind.WhileStatement:
          return true;
        default:
          return false;
      }
    }
    function isJSDocNamespaceDeclaration(node) {
      return ts9__default.default.isModuleDeclaration(node) && ts9__default.default.isIdentifier(node.name) && (node.body === void 0 || isJSDocNamespaceBody(node.body));
    }
    function isJsxTagNamePropertyAccess(node) {
      return ts9__default.default.isPropertyAccessExpression(node) && // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts < 5
      isJsxTagNameExpression(node.expression);
    }
    function isNamedDeclarationWithName(node) {
      return "name" in node && node.name !== void 0 && node.name !== null && isDeclarationName(node.name);
    }
    function isNamespaceDeclaration(node) {
      return ts9__default.default.isModuleDeclaration(node) && ts9__default.default.isIdentifier(node.name) && node.body !== void 0 && isNamespaceBody(node.body);
    }
    function isNumericOrStringLikeLiteral(node) {
      switch (node.kind) {
        case ts9__default.default.SyntaxKind.NoSubstitutionTemplateLiteral:
        case ts9__default.default.SyntaxKind.NumericLiteral:
        case ts9__default.default.SyntaxKind.StringLiteral:
          return true;
        default:
          return false;
      }
    }
    function isPropertyAccessEntityNameExpression(node) {
      return ts9__default.default.isPropertyAccessExpression(node) && ts9__default.default.isIdentifier(node.name) && isEntityNameExpression(node.expression);
    }
    function isSuperElementAccessExpression(node) {
      return ts9__default.default.isElementAccessExpression(node) && isSuperExpression(node.expression);
    }
    function isSuperPropertyAccessExpression(node) {
      return ts9__default.default.isPropertyAccessExpression(node) && isSuperExpression(node.expression);
    }
    function isFunctionScopeBoundary(node) {
      switch (node.kind) {
        case ts9__default.default.SyntaxKind.ArrowFunction:
        case ts9__default.default.SyntaxKind.CallSignature:
        case ts9__default.default.SyntaxKind.ClassDeclaration:
        case ts9__default.default.SyntaxKind.ClassExpression:
        case ts9__default.default.SyntaxKind.Constructor:
        case ts9__default.default.SyntaxKind.ConstructorType:
        case ts9__default.default.SyntaxKind.ConstructSignature:
        case ts9__default.default.SyntaxKind.EnumDeclaration:
        case ts9__default.default.SyntaxKind.FunctionDeclaration:
        case ts9__default.default.SyntaxKind.FunctionExpression:
        case ts9__default.default.SyntaxKind.FunctionType:
        case ts9__default.default.SyntaxKind.GetAccessor:
        case ts9__default.default.SyntaxKind.MethodDeclaration:
        case ts9__default.default.SyntaxKind.MethodSignature:
        case ts9__default.default.SyntaxKind.ModuleDeclaration:
        case ts9__default.default.SyntaxKind.SetAccessor:
          return true;
        case ts9__default.default.SyntaxKind.SourceFile:
          return ts9__default.default.isExternalModule(node);
        default:
          return false;
      }
    }
    function isIntrinsicAnyType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Any);
    }
    function isIntrinsicBigIntType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.BigInt);
    }
    function isIntrinsicBooleanType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Boolean);
    }
    function isIntrinsicErrorType(type) {
      return isIntrinsicType(type) && type.intrinsicName === "error";
    }
    function isIntrinsicESSymbolType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.ESSymbol);
    }
    var IntrinsicTypeFlags = ts9__default.default.TypeFlags.Intrinsic ?? ts9__default.default.TypeFlags.Any | ts9__default.default.TypeFlags.Unknown | ts9__default.default.TypeFlags.String | ts9__default.default.TypeFlags.Number | ts9__default.default.TypeFlags.BigInt | ts9__default.default.TypeFlags.Boolean | ts9__default.default.TypeFlags.BooleanLiteral | ts9__default.default.TypeFlags.ESSymbol | ts9__default.default.TypeFlags.Void | ts9__default.default.TypeFlags.Undefined | ts9__default.default.TypeFlags.Null | ts9__default.default.TypeFlags.Never | ts9__default.default.TypeFlags.NonPrimitive;
    function isIntrinsicNeverType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Never);
    }
    function isIntrinsicNonPrimitiveType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.NonPrimitive);
    }
    function isIntrinsicNullType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Null);
    }
    function isIntrinsicNumberType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Number);
    }
    function isIntrinsicStringType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.String);
    }
    function isIntrinsicType(type) {
      return isTypeFlagSet(type, IntrinsicTypeFlags);
    }
    function isIntrinsicUndefinedType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Undefined);
    }
    function isIntrinsicUnknownType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Unknown);
    }
    function isIntrinsicVoidType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Void);
    }
    function isConditionalType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Conditional);
    }
    function isEnumType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Enum);
    }
    function isFreshableType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Freshable);
    }
    function isIndexedAccessType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.IndexedAccess);
    }
    function isIndexType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Index);
    }
    function isInstantiableType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Instantiable);
    }
    function isIntersectionType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Intersection);
    }
    function isObjectType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Object);
    }
    function isStringMappingType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.StringMapping);
    }
    function isSubstitutionType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Substitution);
    }
    function isTypeParameter(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.TypeParameter);
    }
    function isTypeVariable(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.TypeVariable);
    }
    function isUnionOrIntersectionType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.UnionOrIntersection);
    }
    function isUnionType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Union);
    }
    function isUniqueESSymbolType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.UniqueESSymbol);
    }
    function isEvolvingArrayType(type) {
      return isObjectType(type) && isObjectFlagSet(type, ts9__default.default.ObjectFlags.EvolvingArray);
    }
    function isTupleType(type) {
      return isObjectType(type) && isObjectFlagSet(type, ts9__default.default.ObjectFlags.Tuple);
    }
    function isTypeReference(type) {
      return isObjectType(type) && isObjectFlagSet(type, ts9__default.default.ObjectFlags.Reference);
    }
    function isFreshableIntrinsicType(type) {
      return isIntrinsicType(type) && isFreshableType(type);
    }
    function isTupleTypeReference(type) {
      return isTypeReference(type) && isTupleType(type.target);
    }
    function isBigIntLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.BigIntLiteral);
    }
    function isBooleanLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.BooleanLiteral);
    }
    function isFalseLiteralType(type) {
      return isBooleanLiteralType(type) && type.intrinsicName === "false";
    }
    function isLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Literal);
    }
    function isNumberLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.NumberLiteral);
    }
    function isStringLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.StringLiteral);
    }
    function isTemplateLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.TemplateLiteral);
    }
    function isTrueLiteralType(type) {
      return isBooleanLiteralType(type) && type.intrinsicName === "true";
    }
    function getCallSignaturesOfType(type) {
      if (isUnionType(type)) {
        const signatures = [];
        for (const subType of type.types) {
          signatures.push(...getCallSignaturesOfType(subType));
        }
        return signatures;
      }
      if (isIntersectionType(type)) {
        let signatures;
        for (const subType of type.types) {
          const sig = getCallSignaturesOfType(subType);
          if (sig.length !== 0) {
            if (signatures !== void 0) {
              return [];
            }
            signatures = sig;
          }
        }
        return signatures === void 0 ? [] : signatures;
      }
      return type.getCallSignatures();
    }
    function getPropertyOfType(type, name) {
      if (!name.startsWith("__")) {
        return type.getProperty(name);
      }
      return type.getProperties().find((s) => s.escapedName === name);
    }
    function getWellKnownSymbolPropertyOfType(type, wellKnownSymbolName, typeChecker) {
      const prefix = "__@" + wellKnownSymbolName;
      for (const prop of type.getProperties()) {
        if (!prop.name.startsWith(prefix)) {
          continue;
        }
        const declaration = prop.valueDeclaration ?? prop.getDeclarations()?.[0];
        if (!declaration || !isNamedDeclarationWithName(declaration) || declaration.name === void 0 || !ts9__default.default.isComputedPropertyName(declaration.name)) {
          continue;
        }
        const globalSymbol = typeChecker.getApparentType(
          typeChecker.getTypeAtLocation(declaration.name.expression)
        ).symbol;
        if (prop.escapedName === getPropertyNameOfWellKnownSymbol(
          typeChecker,
          globalSymbol,
          wellKnownSymbolName
        )) {
          return prop;
        }
      }
      return void 0;
    }
    function getPropertyNameOfWellKnownSymbol(typeChecker, symbolConstructor, symbolName) {
      const knownSymbol = symbolConstructor && typeChecker.getTypeOfSymbolAtLocation(
        symbolConstructor,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-member-access
        symbolConstructor.valueDeclaration
      ).getProperty(symbolName);
      const knownSymbolType = knownSymbol && typeChecker.getTypeOfSymbolAtLocation(
        knownSymbol,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-member-access
        knownSymbol.valueDeclaration
      );
      if (knownSymbolType && isUniqueESSymbolType(knownSymbolType)) {
        return knownSymbolType.escapedName;
      }
      return "__@" + symbolName;
    }
    function isBindableObjectDefinePropertyCall(node) {
      return node.arguments.length === 3 && isEntityNameExpression(node.arguments[0]) && isNumericOrStringLikeLiteral(node.arguments[1]) && ts9__default.default.isPropertyAccessExpression(node.expression) && node.expression.name.escapedText === "defineProperty" && ts9__default.default.isIdentifier(node.expression.expression) && node.expression.expression.escapedText === "Object";
    }
    function isInConstContext(node, typeChecker) {
      let current = node;
      while (true) {
        const parent = current.parent;
        outer: switch (parent.kind) {
          case ts9__default.default.SyntaxKind.ArrayLiteralExpression:
          case ts9__default.default.SyntaxKind.ObjectLiteralExpression:
          case ts9__default.default.SyntaxKind.ParenthesizedExpression:
          case ts9__default.default.SyntaxKind.TemplateExpression:
            current = parent;
            break;
          case ts9__default.default.SyntaxKind.AsExpression:
          case ts9__default.default.SyntaxKind.TypeAssertionExpression:
            return isConstAssertionExpression(parent);
          case ts9__default.default.SyntaxKind.CallExpression: {
            if (!ts9__default.default.isExpression(current)) {
              return false;
            }
            const functionSignature = typeChecker.getResolvedSignature(
              parent
            );
            if (functionSignature === void 0) {
              return false;
            }
            const argumentIndex = parent.arguments.indexOf(
              current
            );
            if (argumentIndex < 0) {
              return false;
            }
            const parameterSymbol = functionSignature.getParameters()[argumentIndex];
            if (parameterSymbol === void 0 || !("links" in parameterSymbol)) {
              return false;
            }
            const parameterSymbolLinks = parameterSymbol.links;
            const propertySymbol = parameterSymbolLinks.type?.getProperties()?.[argumentIndex];
            if (propertySymbol === void 0 || !("links" in propertySymbol)) {
              return false;
            }
            return !!propertySymbol.links && isTransientSymbolLinksFlagSet(
              propertySymbol.links,
              ts9__default.default.CheckFlags.Readonly
            );
          }
          case ts9__default.default.SyntaxKind.PrefixUnaryExpression:
            if (current.kind !== ts9__default.default.SyntaxKind.NumericLiteral) {
              return false;
            }
            switch (parent.operator) {
              case ts9__default.default.SyntaxKind.MinusToken:
              case ts9__default.default.SyntaxKind.PlusToken:
                current = parent;
                break outer;
              default:
                return false;
            }
          case ts9__default.default.SyntaxKind.PropertyAssignment:
            if (parent.initializer !== current) {
              return false;
            }
            current = parent.parent;
            break;
          case ts9__default.default.SyntaxKind.ShorthandPropertyAssignment:
            current = parent.parent;
            break;
          default:
            return false;
        }
      }
    }
    function intersectionConstituents(type) {
      return isIntersectionType(type) ? type.types : [type];
    }
    var intersectionTypeParts = intersectionConstituents;
    function isFalsyType(type) {
      if (isTypeFlagSet(
        type,
        ts9__default.default.TypeFlags.Undefined | ts9__default.default.TypeFlags.Null | ts9__default.default.TypeFlags.Void
      )) {
        return true;
      }
      if (typeIsLiteral(type)) {
        if (typeof type.value === "object") {
          return type.value.base10Value === "0";
        } else {
          return !type.value;
        }
      }
      return isFalseLiteralType(type);
    }
    function isPropertyReadonlyInType(type, name, typeChecker) {
      let seenProperty = false;
      let seenReadonlySignature = false;
      for (const subType of unionConstituents(type)) {
        if (getPropertyOfType(subType, name) === void 0) {
          const index = (isNumericPropertyName(name) ? typeChecker.getIndexInfoOfType(subType, ts9__default.default.IndexKind.Number) : void 0) ?? typeChecker.getIndexInfoOfType(subType, ts9__default.default.IndexKind.String);
          if (index?.isReadonly) {
            if (seenProperty) {
              return true;
            }
            seenReadonlySignature = true;
          }
        } else if (seenReadonlySignature || isReadonlyPropertyIntersection(subType, name, typeChecker)) {
          return true;
        } else {
          seenProperty = true;
        }
      }
      return false;
    }
    function isThenableType(typeChecker, node, type = typeChecker.getTypeAtLocation(node)) {
      for (const constituent of unionConstituents(
        typeChecker.getApparentType(type)
      )) {
        const then = constituent.getProperty("then");
        if (then === void 0) {
          continue;
        }
        const thenType = typeChecker.getTypeOfSymbolAtLocation(then, node);
        for (const subConstituent of unionConstituents(thenType)) {
          for (const signature of subConstituent.getCallSignatures()) {
            if (signature.parameters.length !== 0 && isCallback(typeChecker, signature.parameters[0], node)) {
              return true;
            }
          }
        }
      }
      return false;
    }
    function symbolHasReadonlyDeclaration(symbol, typeChecker) {
      return !!((symbol.flags & ts9__default.default.SymbolFlags.Accessor) === ts9__default.default.SymbolFlags.GetAccessor || symbol.declarations?.some(
        (node) => isModifierFlagSet(node, ts9__default.default.ModifierFlags.Readonly) || ts9__default.default.isVariableDeclaration(node) && isNodeFlagSet(node.parent, ts9__default.default.NodeFlags.Const) || ts9__default.default.isCallExpression(node) && isReadonlyAssignmentDeclaration(node, typeChecker) || ts9__default.default.isEnumMember(node) || (ts9__default.default.isPropertyAssignment(node) || ts9__default.default.isShorthandPropertyAssignment(node)) && isInConstContext(node, typeChecker)
      ));
    }
    function typeConstituents(type) {
      return isIntersectionType(type) || isUnionType(type) ? type.types : [type];
    }
    function typeIsLiteral(type) {
      if (isTsVersionAtLeast(5, 0)) {
        return type.isLiteral();
      } else {
        return isTypeFlagSet(
          type,
          ts9__default.default.TypeFlags.StringLiteral | ts9__default.default.TypeFlags.NumberLiteral | ts9__default.default.TypeFlags.BigIntLiteral
        );
      }
    }
    var typeParts = typeConstituents;
    function unionConstituents(type) {
      return isUnionType(type) ? type.types : [type];
    }
    var unionTypeParts = unionConstituents;
    function isCallback(typeChecker, param, node) {
      let type = typeChecker.getApparentType(
        typeChecker.getTypeOfSymbolAtLocation(param, node)
      );
      if (param.valueDeclaration.dotDotDotToken) {
        type = type.getNumberIndexType();
        if (type === void 0) {
          return false;
        }
      }
      for (const subType of unionConstituents(type)) {
        if (subType.getCallSignatures().length !== 0) {
          return true;
        }
      }
      return false;
    }
    function isReadonlyAssignmentDeclaration(node, typeChecker) {
      if (!isBindableObjectDefinePropertyCall(node)) {
        return false;
      }
      const descriptorType = typeChecker.getTypeAtLocation(node.arguments[2]);
      if (descriptorType.getProperty("value") === void 0) {
        return descriptorType.getProperty("set") === void 0;
      }
      const writableProp = descriptorType.getProperty("writable");
      if (writableProp === void 0) {
        return false;
      }
      const writableType = writableProp.valueDeclaration !== void 0 && ts9__default.default.isPropertyAssignment(writableProp.valueDeclaration) ? typeChecker.getTypeAtLocation(writableProp.valueDeclaration.initializer) : typeChecker.getTypeOfSymbolAtLocation(writableProp, node.arguments[2]);
      return isFalseLiteralType(writableType);
    }
    function isReadonlyPropertyFromMappedType(type, name, typeChecker) {
      if (!isObjectType(type) || !isObjectFlagSet(type, ts9__default.default.ObjectFlags.Mapped)) {
        return;
      }
      const declaration = type.symbol.declarations[0];
      if (declaration.readonlyToken !== void 0 && !/^__@[^@]+$/.test(name)) {
        return declaration.readonlyToken.kind !== ts9__default.default.SyntaxKind.MinusToken;
      }
      const { modifiersType } = type;
      return modifiersType && isPropertyReadonlyInType(modifiersType, name, typeChecker);
    }
    function isReadonlyPropertyIntersection(type, name, typeChecker) {
      const constituents = intersectionConstituents(type);
      return constituents.some((constituent) => {
        const prop = getPropertyOfType(constituent, name);
        if (prop === void 0) {
          return false;
        }
        if (prop.flags & ts9__default.default.SymbolFlags.Transient) {
          if (/^(?:[1-9]\d*|0)$/.test(name) && isTupleTypeReference(constituent)) {
            return constituent.target.readonly;
          }
          switch (isReadonlyPropertyFromMappedType(constituent, name, typeChecker)) {
            case false:
              return false;
            case true:
              return true;
          }
        }
        return (
          // members of namespace import
          isSymbolFlagSet(prop, ts9__default.default.SymbolFlags.ValueModule) || // we unwrapped every mapped type, now we can check the actual declarations
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- Will be made private-only soon.
          symbolHasReadonlyDeclaration(prop, typeChecker)
        );
      });
    }
    function identifierToKeywordKind(node) {
      return "originalKeywordKind" in node ? node.originalKeywordKind : ts9__default.default.identifierToKeywordKind(node);
    }
    var DeclarationDomain = /* @__PURE__ */ ((DeclarationDomain2) => {
      DeclarationDomain2[DeclarationDomain2["Namespace"] = 1] = "Namespace";
      DeclarationDomain2[DeclarationDomain2["Type"] = 2] = "Type";
      DeclarationDomain2[DeclarationDomain2["Value"] = 4] = "Value";
      DeclarationDomain2[DeclarationDomain2["Any"] = 7] = "Any";
      DeclarationDomain2[DeclarationDomain2["Import"] = 8] = "Import";
      return DeclarationDomain2;
    })(DeclarationDomain || {});
    function getDeclarationDomain(node) {
      switch (node.parent.kind) {
        case ts9__default.default.SyntaxKind.ClassDeclaration:
        case ts9__default.default.SyntaxKind.ClassExpression:
          return 2 | 4;
        case ts9__default.default.SyntaxKind.EnumDeclaration:
          return 7;
        case ts9__default.default.SyntaxKind.FunctionDeclaration:
        case ts9__default.default.SyntaxKind.FunctionExpression:
          return 4;
        case ts9__default.default.SyntaxKind.ImportClause:
        case ts9__default.default.SyntaxKind.NamespaceImport:
          return 7 | 8;
        // TODO handle type-only imports
        case ts9__default.default.SyntaxKind.ImportEqualsDeclaration:
        case ts9__default.default.SyntaxKind.ImportSpecifier:
          return node.parent.name === node ? 7 | 8 : void 0;
        case ts9__default.default.SyntaxKind.InterfaceDeclaration:
        case ts9__default.default.SyntaxKind.TypeAliasDeclaration:
        case ts9__default.default.SyntaxKind.TypeParameter:
          return 2;
        case ts9__default.default.SyntaxKind.ModuleDeclaration:
          return 1;
        case ts9__default.default.SyntaxKind.Parameter:
          if (node.parent.parent.kind === ts9__default.default.SyntaxKind.IndexSignature || identifierToKeywordKind(node) === ts9__default.default.SyntaxKind.ThisKeyword) {
            return;
          }
        // falls through
        case ts9__default.default.SyntaxKind.BindingElement:
        case ts9__default.default.SyntaxKind.VariableDeclaration:
          return node.parent.name === node ? 4 : void 0;
      }
    }
    function getPropertyName(propertyName) {
      if (propertyName.kind === ts9__default.default.SyntaxKind.ComputedPropertyName) {
        const expression = unwrapParentheses(propertyName.expression);
        if (ts9__default.default.isPrefixUnaryExpression(expression)) {
          let negate = false;
          switch (expression.operator) {
            case ts9__default.default.SyntaxKind.MinusToken:
              negate = true;
            // falls through
            case ts9__default.default.SyntaxKind.PlusToken:
              return ts9__default.default.isNumericLiteral(expression.operand) ? `${negate ? "-" : ""}${expression.operand.text}` : ts9__default.default.isBigIntLiteral(expression.operand) ? `${negate ? "-" : ""}${expression.operand.text.slice(0, -1)}` : void 0;
            default:
              return;
          }
        }
        if (ts9__default.default.isBigIntLiteral(expression)) {
          return expression.text.slice(0, -1);
        }
        if (isNumericOrStringLikeLiteral(expression)) {
          return expression.text;
        }
        return;
      }
      return propertyName.kind === ts9__default.default.SyntaxKind.PrivateIdentifier ? void 0 : propertyName.text;
    }
    function unwrapParentheses(node) {
      while (node.kind === ts9__default.default.SyntaxKind.ParenthesizedExpression) {
        node = node.expression;
      }
      return node;
    }
    var UsageDomain = /* @__PURE__ */ ((UsageDomain2) => {
      UsageDomain2[UsageDomain2["Namespace"] = 1] = "Namespace";
      UsageDomain2[UsageDomain2["Type"] = 2] = "Type";
      UsageDomain2[UsageDomain2["Value"] = 4] = "Value";
      UsageDomain2[UsageDomain2["Any"] = 7] = "Any";
      UsageDomain2[UsageDomain2["TypeQuery"] = 8] = "TypeQuery";
      UsageDomain2[UsageDomain2["ValueOrNamespace"] = 5] = "ValueOrNamespace";
      return UsageDomain2;
    })(UsageDomain || {});
    function getUsageDomain(node) {
      const parent = node.parent;
      switch (parent.kind) {
        // Value
        case ts9__default.default.SyntaxKind.BindingElement:
          if (parent.initializer === node) {
            return 5;
          }
          break;
        case ts9__default.default.SyntaxKind.BreakStatement:
        case ts9__default.default.SyntaxKind.ClassDeclaration:
        case ts9__default.default.SyntaxKind.ClassExpression:
        case ts9__default.default.SyntaxKind.ContinueStatement:
        case ts9__default.default.SyntaxKind.EnumDeclaration:
        case ts9__default.default.SyntaxKind.FunctionDeclaration:
        case ts9__default.default.SyntaxKind.FunctionExpression:
        case ts9__default.default.SyntaxKind.GetAccessor:
        case ts9__default.default.SyntaxKind.ImportClause:
        case ts9__default.default.SyntaxKind.ImportSpecifier:
        case ts9__default.default.SyntaxKind.InterfaceDeclaration:
        case ts9__default.default.SyntaxKind.JsxAttribute:
        case ts9__default.default.SyntaxKind.LabeledStatement:
        case ts9__default.default.SyntaxKind.MethodDeclaration:
        case ts9__default.default.SyntaxKind.MethodSignature:
        case ts9__default.default.SyntaxKind.ModuleDeclaration:
        case ts9__default.default.SyntaxKind.NamedTupleMember:
        case ts9__default.default.SyntaxKind.NamespaceExport:
        case ts9__default.default.SyntaxKind.NamespaceExportDeclaration:
        case ts9__default.default.SyntaxKind.NamespaceImport:
        case ts9__default.default.SyntaxKind.PropertySignature:
        case ts9__default.default.SyntaxKind.SetAccessor:
        case ts9__default.default.SyntaxKind.TypeAliasDeclaration:
        case ts9__default.default.SyntaxKind.TypeParameter:
        case ts9__default.default.SyntaxKind.TypePredicate:
          break;
        case ts9__default.default.SyntaxKind.EnumMember:
        case ts9__default.default.SyntaxKind.ImportEqualsDeclaration:
        case ts9__default.default.SyntaxKind.Parameter:
        case ts9__default.default.SyntaxKind.PropertyAccessExpression:
        case ts9__default.default.SyntaxKind.PropertyAssignment:
        case ts9__default.default.SyntaxKind.PropertyDeclaration:
        case ts9__default.default.SyntaxKind.VariableDeclaration:
          if (parent.name !== node) {
            return 5;
          }
          break;
        case ts9__default.default.SyntaxKind.ExportAssignment:
          return 7;
        case ts9__default.default.SyntaxKind.ExportSpecifier:
          if (parent.propertyName === void 0 || parent.propertyName === node) {
            return 7;
          }
          break;
        case ts9__default.default.SyntaxKind.ExpressionWithTypeArguments:
          return parent.parent.token === ts9__default.default.SyntaxKind.ImplementsKeyword || parent.parent.parent.kind === ts9__default.default.SyntaxKind.InterfaceDeclaration ? 2 : 4;
        case ts9__default.default.SyntaxKind.QualifiedName:
          if (parent.left === node) {
            if (getEntityNameParent(parent).kind === ts9__default.default.SyntaxKind.TypeQuery) {
              return 1 | 8;
            }
            return 1;
          }
          break;
        case ts9__default.default.SyntaxKind.TypeQuery:
          return 5 | 8;
        case ts9__default.default.SyntaxKind.TypeReference:
          return identifierToKeywordKind(node) !== ts9__default.default.SyntaxKind.ConstKeyword ? 2 : void 0;
        default:
          return 5;
      }
    }
    function getEntityNameParent(name) {
      let parent = name.parent;
      while (parent.kind === ts9__default.default.SyntaxKind.QualifiedName) {
        parent = parent.parent;
      }
      return parent;
    }
    function isBlockScopeBoundary(node) {
      switch (node.kind) {
        case ts9__default.default.SyntaxKind.Block: {
          const parent = node.parent;
          return parent.kind !== ts9__default.default.SyntaxKind.CatchClause && // blocks inside SourceFile are block scope boundaries
          (parent.kind === ts9__default.default.SyntaxKind.SourceFile || // blocks that are direct children of a function scope boundary are no scope boundary
          // for example the FunctionBlock is part of the function scope of the containing function
          !isFunctionScopeBoundary(parent)) ? 2 : 0;
        }
        case ts9__default.default.SyntaxKind.CaseBlock:
        case ts9__default.default.SyntaxKind.CatchClause:
        case ts9__default.default.SyntaxKind.ForInStatement:
        case ts9__default.default.SyntaxKind.ForOfStatement:
        case ts9__default.default.SyntaxKind.ForStatement:
        case ts9__default.default.SyntaxKind.WithStatement:
          return 2;
        default:
          return 0;
      }
    }
    var AbstractScope = class {
      constructor(global) {
        this.global = global;
      }
      namespaceScopes = void 0;
      uses = [];
      variables = /* @__PURE__ */ new Map();
      #enumScopes = void 0;
      addUse(use) {
        this.uses.push(use);
      }
      addVariable(identifier, name, selector, exported, domain) {
        const variables = this.getDestinationScope(selector).getVariables();
        const declaration = {
          declaration: name,
          domain,
          exported
        };
        const variable = variables.get(identifier);
        if (variable === void 0) {
          variables.set(identifier, {
            declarations: [declaration],
            domain,
            uses: []
          });
        } else {
          variable.domain |= domain;
          variable.declarations.push(declaration);
        }
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      createOrReuseEnumScope(name, _exported) {
        let scope;
        if (this.#enumScopes === void 0) {
          this.#enumScopes = /* @__PURE__ */ new Map();
        } else {
          scope = this.#enumScopes.get(name);
        }
        if (scope === void 0) {
          scope = new EnumScope(this);
          this.#enumScopes.set(name, scope);
        }
        return scope;
      }
      // only relevant for the root scope
      createOrReuseNamespaceScope(name, _exported, ambient, hasExportStatement) {
        let scope;
        if (this.namespaceScopes === void 0) {
          this.namespaceScopes = /* @__PURE__ */ new Map();
        } else {
          scope = this.namespaceScopes.get(name);
        }
        if (scope === void 0) {
          scope = new NamespaceScope(ambient, hasExportStatement, this);
          this.namespaceScopes.set(name, scope);
        } else {
          scope.refresh(ambient, hasExportStatement);
        }
        return scope;
      }
      end(cb) {
        if (this.namespaceScopes !== void 0) {
          this.namespaceScopes.forEach((value) => value.finish(cb));
        }
        this.namespaceScopes = this.#enumScopes = void 0;
        this.applyUses();
        this.variables.forEach((variable) => {
          for (const declaration of variable.declarations) {
            const result = {
              declarations: [],
              domain: declaration.domain,
              exported: declaration.exported,
              inGlobalScope: this.global,
              uses: []
            };
            for (const other of variable.declarations) {
              if (other.domain & declaration.domain) {
                result.declarations.push(other.declaration);
              }
            }
            for (const use of variable.uses) {
              if (use.domain & declaration.domain) {
                result.uses.push(use);
              }
            }
            cb(result, declaration.declaration, this);
          }
        });
      }
      getFunctionScope() {
        return this;
      }
      getVariables() {
        return this.variables;
      }
      // eslint-disable-next-line @typescript-eslint/no-empty-function, @typescript-eslint/no-unused-vars
      markExported(_name) {
      }
      // eslint-disable-next-line @typescript-eslint/no-empty-function, @typescript-eslint/no-unused-vars
      addUseToParent(_use) {
      }
      applyUse(use, variables = this.variables) {
        const variable = variables.get(use.location.text);
        if (variable === void 0 || (variable.domain & use.domain) === 0) {
          return false;
        }
        variable.uses.push(use);
        return true;
      }
      applyUses() {
        for (const use of this.uses) {
          if (!this.applyUse(use)) {
            this.addUseToParent(use);
          }
        }
        this.uses = [];
      }
    };
    var NonRootScope = class extends AbstractScope {
      constructor(parent, boundary) {
        super(false);
        this.parent = parent;
        this.boundary = boundary;
      }
      getDestinationScope(selector) {
        return this.boundary & selector ? this : this.parent.getDestinationScope(selector);
      }
      addUseToParent(use) {
        return this.parent.addUse(use, this);
      }
    };
    var AbstractNamedExpressionScope = class extends NonRootScope {
      #domain;
      #name;
      constructor(name, domain, parent) {
        super(
          parent,
          1
          /* Function */
        );
        this.#name = name;
        this.#domain = domain;
      }
      addUse(use, source) {
        if (source !== this.innerScope) {
          return this.innerScope.addUse(use);
        }
        if (use.domain & this.#domain && use.location.text === this.#name.text) {
          this.uses.push(use);
        } else {
          return this.parent.addUse(use, this);
        }
      }
      end(cb) {
        this.innerScope.end(cb);
        return cb(
          {
            declarations: [this.#name],
            domain: this.#domain,
            exported: false,
            inGlobalScope: false,
            uses: this.uses
          },
          this.#name,
          this
        );
      }
      getDestinationScope() {
        return this.innerScope;
      }
      getFunctionScope() {
        return this.innerScope;
      }
    };
    var BlockScope = class extends NonRootScope {
      #functionScope;
      constructor(functionScope, parent) {
        super(
          parent,
          2
          /* Block */
        );
        this.#functionScope = functionScope;
      }
      getFunctionScope() {
        return this.#functionScope;
      }
    };
    var ClassExpressionScope = class extends AbstractNamedExpressionScope {
      innerScope = new NonRootScope(
        this,
        1
        /* Function */
      );
      constructor(name, parent) {
        super(name, 4 | 2, parent);
      }
    };
    var ConditionalTypeScope = class extends NonRootScope {
      #state = 0;
      constructor(parent) {
        super(
          parent,
          8
          /* ConditionalType */
        );
      }
      addUse(use) {
        if (this.#state === 2) {
          return void this.uses.push(use);
        }
        return this.parent.addUse(use, this);
      }
      updateState(newState) {
        this.#state = newState;
      }
    };
    var EnumScope = class extends NonRootScope {
      constructor(parent) {
        super(
          parent,
          1
          /* Function */
        );
      }
      end() {
        this.applyUses();
      }
    };
    var FunctionScope = class extends NonRootScope {
      constructor(parent) {
        super(
          parent,
          1
          /* Function */
        );
      }
      beginBody() {
        this.applyUses();
      }
    };
    var FunctionExpressionScope = class extends AbstractNamedExpressionScope {
      innerScope = new FunctionScope(this);
      constructor(name, parent) {
        super(name, 4, parent);
      }
      beginBody() {
        return this.innerScope.beginBody();
      }
    };
    var NamespaceScope = class extends NonRootScope {
      #ambient;
      #exports = void 0;
      #hasExport;
      #innerScope = new NonRootScope(
        this,
        1
        /* Function */
      );
      constructor(ambient, hasExport, parent) {
        super(
          parent,
          1
          /* Function */
        );
        this.#ambient = ambient;
        this.#hasExport = hasExport;
      }
      addUse(use, source) {
        if (source !== this.#innerScope) {
          return this.#innerScope.addUse(use);
        }
        this.uses.push(use);
      }
      createOrReuseEnumScope(name, exported) {
        if (!exported && (!this.#ambient || this.#hasExport)) {
          return this.#innerScope.createOrReuseEnumScope(name, exported);
        }
        return super.createOrReuseEnumScope(name, exported);
      }
      createOrReuseNamespaceScope(name, exported, ambient, hasExportStatement) {
        if (!exported && (!this.#ambient || this.#hasExport)) {
          return this.#innerScope.createOrReuseNamespaceScope(
            name,
            exported,
            ambient || this.#ambient,
            hasExportStatement
          );
        }
        return super.createOrReuseNamespaceScope(
          name,
          exported,
          ambient || this.#ambient,
          hasExportStatement
        );
      }
      end(cb) {
        this.#innerScope.end((variable, key, scope) => {
          if (scope !== this.#innerScope || !variable.exported && (!this.#ambient || this.#exports !== void 0 && !this.#exports.has(key.text))) {
            return cb(variable, key, scope);
          }
          const namespaceVar = this.variables.get(key.text);
          if (namespaceVar === void 0) {
            this.variables.set(key.text, {
              declarations: variable.declarations.map(mapDeclaration),
              domain: variable.domain,
              uses: [...variable.uses]
            });
          } else {
            outer: for (const declaration of variable.declarations) {
              for (const existing of namespaceVar.declarations) {
                if (existing.declaration === declaration) {
                  continue outer;
                }
                namespaceVar.declarations.push(mapDeclaration(declaration));
              }
            }
            namespaceVar.domain |= variable.domain;
            for (const use of variable.uses) {
              if (namespaceVar.uses.includes(use)) {
                continue;
              }
              namespaceVar.uses.push(use);
            }
          }
        });
        this.applyUses();
        this.#innerScope = new NonRootScope(
          this,
          1
          /* Function */
        );
      }
      finish(cb) {
        return super.end(cb);
      }
      getDestinationScope() {
        return this.#innerScope;
      }
      markExported(name) {
        if (this.#exports === void 0) {
          this.#exports = /* @__PURE__ */ new Set();
        }
        this.#exports.add(name.text);
      }
      refresh(ambient, hasExport) {
        this.#ambient = ambient;
        this.#hasExport = hasExport;
      }
    };
    var RootScope = class extends AbstractScope {
      #exportAll;
      #exports = void 0;
      #innerScope = new NonRootScope(
        this,
        1
        /* Function */
      );
      constructor(exportAll, global) {
        super(global);
        this.#exportAll = exportAll;
      }
      addUse(use, origin) {
        if (origin === this.#innerScope) {
          return super.addUse(use);
        }
        return this.#innerScope.addUse(use);
      }
      addVariable(identifier, name, selector, exported, domain) {
        if (domain & 8) {
          return super.addVariable(identifier, name, selector, exported, domain);
        }
        return this.#innerScope.addVariable(
          identifier,
          name,
          selector,
          exported,
          domain
        );
      }
      end(cb) {
        this.#innerScope.end((value, key) => {
          value.exported ||= this.#exportAll || this.#exports !== void 0 && this.#exports.includes(key.text);
          value.inGlobalScope = this.global;
          return cb(value, key, this);
        });
        return super.end((value, key, scope) => {
          value.exported ||= scope === this && this.#exports !== void 0 && this.#exports.includes(key.text);
          return cb(value, key, scope);
        });
      }
      getDestinationScope() {
        return this;
      }
      markExported(id) {
        if (this.#exports === void 0) {
          this.#exports = [id.text];
        } else {
          this.#exports.push(id.text);
        }
      }
    };
    function mapDeclaration(declaration) {
      return {
        declaration,
        domain: getDeclarationDomain(declaration),
        exported: true
      };
    }
    var UsageWalker = class {
      #result = /* @__PURE__ */ new Map();
      #scope;
      getUsage(sourceFile) {
        const variableCallback = (variable, key) => {
          this.#result.set(key, variable);
        };
        const isModule = ts9__default.default.isExternalModule(sourceFile);
        this.#scope = new RootScope(
          sourceFile.isDeclarationFile && isModule && !containsExportStatement(sourceFile),
          !isModule
        );
        const cb = (node) => {
          if (isBlockScopeBoundary(node)) {
            return continueWithScope(
              node,
              new BlockScope(this.#scope.getFunctionScope(), this.#scope),
              handleBlockScope
            );
          }
          switch (node.kind) {
            case ts9__default.default.SyntaxKind.ArrowFunction:
            case ts9__default.default.SyntaxKind.CallSignature:
            case ts9__default.default.SyntaxKind.Constructor:
            case ts9__default.default.SyntaxKind.ConstructorType:
            case ts9__default.default.SyntaxKind.ConstructSignature:
            case ts9__default.default.SyntaxKind.FunctionDeclaration:
            case ts9__default.default.SyntaxKind.FunctionExpression:
            case ts9__default.default.SyntaxKind.FunctionType:
            case ts9__default.default.SyntaxKind.GetAccessor:
            case ts9__default.default.SyntaxKind.MethodDeclaration:
            case ts9__default.default.SyntaxKind.MethodSignature:
            case ts9__default.default.SyntaxKind.SetAccessor:
              return this.#handleFunctionLikeDeclaration(
                node,
                cb,
                variableCallback
              );
            case ts9__default.default.SyntaxKind.ClassDeclaration:
              this.#handleDeclaration(
                node,
                true,
                4 | 2
                /* Type */
              );
              return continueWithScope(
                node,
                new NonRootScope(
                  this.#scope,
                  1
                  /* Function */
                )
              );
            case ts9__default.default.SyntaxKind.ClassExpression:
              return continueWithScope(
                node,
                node.name !== void 0 ? new ClassExpressionScope(
                  node.name,
                  this.#scope
                ) : new NonRootScope(
                  this.#scope,
                  1
                  /* Function */
                )
              );
            case ts9__default.default.SyntaxKind.ConditionalType:
              return this.#handleConditionalType(
                node,
                cb,
                variableCallback
              );
            case ts9__default.default.SyntaxKind.EnumDeclaration:
              this.#handleDeclaration(
                node,
                true,
                7
                /* Any */
              );
              return continueWithScope(
                node,
                this.#scope.createOrReuseEnumScope(
                  node.name.text,
                  includesModifier(
                    node.modifiers,
                    ts9__default.default.SyntaxKind.ExportKeyword
                  )
                )
              );
            case ts9__default.default.SyntaxKind.EnumMember:
              this.#scope.addVariable(
                getPropertyName(node.name),
                node.name,
                1,
                true,
                4
                /* Value */
              );
              break;
            case ts9__default.default.SyntaxKind.ExportAssignment:
              if (node.expression.kind === ts9__default.default.SyntaxKind.Identifier) {
                return this.#scope.markExported(
                  node.expression
                );
              }
              break;
            case ts9__default.default.SyntaxKind.ExportSpecifier:
              if (node.propertyName !== void 0) {
                return this.#scope.markExported(
                  node.propertyName,
                  node.name
                );
              }
              return this.#scope.markExported(node.name);
            case ts9__default.default.SyntaxKind.Identifier: {
              const domain = getUsageDomain(node);
              if (domain !== void 0) {
                this.#scope.addUse({ domain, location: node });
              }
              return;
            }
            case ts9__default.default.SyntaxKind.ImportClause:
            case ts9__default.default.SyntaxKind.ImportEqualsDeclaration:
            case ts9__default.default.SyntaxKind.ImportSpecifier:
            case ts9__default.default.SyntaxKind.NamespaceImport:
              this.#handleDeclaration(
                node,
                false,
                7 | 8
                /* Import */
              );
              break;
            case ts9__default.default.SyntaxKind.InterfaceDeclaration:
            case ts9__default.default.SyntaxKind.TypeAliasDeclaration:
              this.#handleDeclaration(
                node,
                true,
                2
                /* Type */
              );
              return continueWithScope(
                node,
                new NonRootScope(
                  this.#scope,
                  4
                  /* Type */
                )
              );
            case ts9__default.default.SyntaxKind.MappedType:
              return continueWithScope(
                node,
                new NonRootScope(
                  this.#scope,
                  4
                  /* Type */
                )
              );
            case ts9__default.default.SyntaxKind.ModuleDeclaration:
              return this.#handleModule(
                node,
                continueWithScope
              );
            case ts9__default.default.SyntaxKind.Parameter:
              if (node.parent.kind !== ts9__default.default.SyntaxKind.IndexSignature && (node.name.kind !== ts9__default.default.SyntaxKind.Identifier || identifierToKeywordKind(
                node.name
              ) !== ts9__default.default.SyntaxKind.ThisKeyword)) {
                this.#handleBindingName(
                  node.name,
                  false,
                  false
                );
              }
              break;
            case ts9__default.default.SyntaxKind.TypeParameter:
              this.#scope.addVariable(
                node.name.text,
                node.name,
                node.parent.kind === ts9__default.default.SyntaxKind.InferType ? 8 : 7,
                false,
                2
                /* Type */
              );
              break;
            // End of Scope specific handling
            case ts9__default.default.SyntaxKind.VariableDeclarationList:
              this.#handleVariableDeclaration(node);
              break;
          }
          return ts9__default.default.forEachChild(node, cb);
        };
        const continueWithScope = (node, scope, next = forEachChild) => {
          const savedScope = this.#scope;
          this.#scope = scope;
          next(node);
          this.#scope.end(variableCallback);
          this.#scope = savedScope;
        };
        const handleBlockScope = (node) => {
          if (node.kind === ts9__default.default.SyntaxKind.CatchClause && node.variableDeclaration !== void 0) {
            this.#handleBindingName(
              node.variableDeclaration.name,
              true,
              false
            );
          }
          return ts9__default.default.forEachChild(node, cb);
        };
        ts9__default.default.forEachChild(sourceFile, cb);
        this.#scope.end(variableCallback);
        return this.#result;
        function forEachChild(node) {
          return ts9__default.default.forEachChild(node, cb);
        }
      }
      #handleBindingName(name, blockScoped, exported) {
        if (name.kind === ts9__default.default.SyntaxKind.Identifier) {
          return this.#scope.addVariable(
            name.text,
            name,
            blockScoped ? 3 : 1,
            exported,
            4
            /* Value */
          );
        }
        forEachDestructuringIdentifier(name, (declaration) => {
          this.#scope.addVariable(
            declaration.name.text,
            declaration.name,
            blockScoped ? 3 : 1,
            exported,
            4
            /* Value */
          );
        });
      }
      #handleConditionalType(node, cb, varCb) {
        const savedScope = this.#scope;
        const scope = this.#scope = new ConditionalTypeScope(savedScope);
        cb(node.checkType);
        scope.updateState(
          1
          /* Extends */
        );
        cb(node.extendsType);
        scope.updateState(
          2
          /* TrueType */
        );
        cb(node.trueType);
        scope.updateState(
          3
          /* FalseType */
        );
        cb(node.falseType);
        scope.end(varCb);
        this.#scope = savedScope;
      }
      #handleDeclaration(node, blockScoped, domain) {
        if (node.name !== void 0) {
          this.#scope.addVariable(
            node.name.text,
            node.name,
            blockScoped ? 3 : 1,
            includesModifier(
              node.modifiers,
              ts9__default.default.SyntaxKind.ExportKeyword
            ),
            domain
          );
        }
      }
      #handleFunctionLikeDeclaration(node, cb, varCb) {
        if (ts9__default.default.canHaveDecorators(node)) {
          ts9__default.default.getDecorators(node)?.forEach(cb);
        }
        const savedScope = this.#scope;
        if (node.kind === ts9__default.default.SyntaxKind.FunctionDeclaration) {
          this.#handleDeclaration(
            node,
            false,
            4
            /* Value */
          );
        }
        const scope = this.#scope = node.kind === ts9__default.default.SyntaxKind.FunctionExpression && node.name !== void 0 ? new FunctionExpressionScope(node.name, savedScope) : new FunctionScope(savedScope);
        if (node.name !== void 0) {
          cb(node.name);
        }
        if (node.typeParameters !== void 0) {
          node.typeParameters.forEach(cb);
        }
        node.parameters.forEach(cb);
        if (node.type !== void 0) {
          cb(node.type);
        }
        if (node.body !== void 0) {
          scope.beginBody();
          cb(node.body);
        }
        scope.end(varCb);
        this.#scope = savedScope;
      }
      #handleModule(node, next) {
        if (node.flags & ts9__default.default.NodeFlags.GlobalAugmentation) {
          return next(
            node,
            this.#scope.createOrReuseNamespaceScope("-global", false, true, false)
          );
        }
        if (node.name.kind === ts9__default.default.SyntaxKind.Identifier) {
          const exported = isNamespaceExported(node);
          this.#scope.addVariable(
            node.name.text,
            node.name,
            1,
            exported,
            1 | 4
            /* Value */
          );
          const ambient = includesModifier(
            node.modifiers,
            ts9__default.default.SyntaxKind.DeclareKeyword
          );
          return next(
            node,
            this.#scope.createOrReuseNamespaceScope(
              node.name.text,
              exported,
              ambient,
              ambient && namespaceHasExportStatement(node)
            )
          );
        }
        return next(
          node,
          this.#scope.createOrReuseNamespaceScope(
            `"${node.name.text}"`,
            false,
            true,
            namespaceHasExportStatement(node)
          )
        );
      }
      #handleVariableDeclaration(declarationList) {
        const blockScoped = isBlockScopedVariableDeclarationList(declarationList);
        const exported = declarationList.parent.kind === ts9__default.default.SyntaxKind.VariableStatement && includesModifier(
          declarationList.parent.modifiers,
          ts9__default.default.SyntaxKind.ExportKeyword
        );
        for (const declaration of declarationList.declarations) {
          this.#handleBindingName(declaration.name, blockScoped, exported);
        }
      }
    };
    function containsExportStatement(block) {
      for (const statement of block.statements) {
        if (statement.kind === ts9__default.default.SyntaxKind.ExportDeclaration || statement.kind === ts9__default.default.SyntaxKind.ExportAssignment) {
          return true;
        }
      }
      return false;
    }
    function forEachDestructuringIdentifier(pattern, fn) {
      for (const element of pattern.elements) {
        if (element.kind !== ts9__default.default.SyntaxKind.BindingElement) {
          continue;
        }
        let result;
        if (element.name.kind === ts9__default.default.SyntaxKind.Identifier) {
          result = fn(element);
        } else {
          result = forEachDestructuringIdentifier(element.name, fn);
        }
        if (result) {
          return result;
        }
      }
    }
    function isBlockScopedVariableDeclarationList(declarationList) {
      return (declarationList.flags & ts9__default.default.NodeFlags.BlockScoped) !== 0;
    }
    function isNamespaceExported(node) {
      return node.parent.kind === ts9__default.default.SyntaxKind.ModuleDeclaration || includesModifier(node.modifiers, ts9__default.default.SyntaxKind.ExportKeyword);
    }
    function namespaceHasExportStatement(ns) {
      if (ns.body?.kind !== ts9__default.default.SyntaxKind.ModuleBlock) {
        return false;
      }
      return containsExportStatement(ns.body);
    }
    function collectVariableUsage(sourceFile) {
      return new UsageWalker().getUsage(sourceFile);
    }
    exports2.AccessKind = AccessKind;
    exports2.DeclarationDomain = DeclarationDomain;
    exports2.UsageDomain = UsageDomain;
    exports2.collectVariableUsage = collectVariableUsage;
    exports2.forEachComment = forEachComment;
    exports2.forEachToken = forEachToken;
    exports2.getAccessKind = getAccessKind;
    exports2.getCallSignaturesOfType = getCallSignaturesOfType;
    exports2.getPropertyOfType = getPropertyOfType;
    exports2.getWellKnownSymbolPropertyOfType = getWellKnownSymbolPropertyOfType;
    exports2.hasDecorators = hasDecorators;
    exports2.hasExpressionInitializer = hasExpressionInitializer;
    exports2.hasInitializer = hasInitializer;
    exports2.hasJSDoc = hasJSDoc;
    exports2.hasModifiers = hasModifiers;
    exports2.hasType = hasType;
    exports2.hasTypeArguments = hasTypeArguments;
    exports2.includesModifier = includesModifier;
    exports2.intersectionConstituents = intersectionConstituents;
    exports2.intersectionTypeParts = intersectionTypeParts;
    exports2.isAbstractKeyword = isAbstractKeyword;
    exports2.isAccessExpression = isAccessExpression;
    exports2.isAccessibilityModifier = isAccessibilityModifier;
    exports2.isAccessorDeclaration = isAccessorDeclaration;
    exports2.isAccessorKeyword = isAccessorKeyword;
    exports2.isAnyKeyword = isAnyKeyword;
    exports2.isArrayBindingElement = isArrayBindingElement;
    exports2.isArrayBindingOrAssignmentPattern = isArrayBindingOrAssignmentPattern;
    exports2.isAssertKeyword = isAssertKeyword;
    exports2.isAssertsKeyword = isAssertsKeyword;
    exports2.isAssignmentKind = isAssignmentKind;
    exports2.isAssignmentPattern = isAssignmentPattern;
    exports2.isAsyncKeyword = isAsyncKeyword;
    exports2.isAwaitKeyword = isAwaitKeyword;
    exports2.isBigIntKeyword = isBigIntKeyword;
    exports2.isBigIntLiteralType = isBigIntLiteralType;
    exports2.isBindingOrAssignmentElementRestIndicator = isBindingOrAssignmentElementRestIndicator;
    exports2.isBindingOrAssignmentElementTarget = isBindingOrAssignmentElementTarget;
    exports2.isBindingOrAssignmentPattern = isBindingOrAssignmentPattern;
    exports2.isBindingPattern = isBindingPattern;
    exports2.isBlockLike = isBlockLike;
    exports2.isBooleanKeyword = isBooleanKeyword;
    exports2.isBooleanLiteral = isBooleanLiteral;
    exports2.isBooleanLiteralType = isBooleanLiteralType;
    exports2.isClassLikeDeclaration = isClassLikeDeclaration;
    exports2.isClassMemberModifier = isClassMemberModifier;
    exports2.isColonToken = isColonToken;
    exports2.isCompilerOptionEnabled = isCompilerOptionEnabled;
    exports2.isConditionalType = isConditionalType;
    exports2.isConstAssertionExpression = isConstAssertionExpression;
    exports2.isConstKeyword = isConstKeyword;
    exports2.isDeclarationName = isDeclarationName;
    exports2.isDeclarationWithTypeParameterChildren = isDeclarationWithTypeParameterChildren;
    exports2.isDeclarationWithTypeParameters = isDeclarationWithTypeParameters;
    exports2.isDeclareKeyword = isDeclareKeyword;
    exports2.isDefaultKeyword = isDefaultKeyword;
    exports2.isDestructuringPattern = isDestructuringPattern;
    exports2.isDotToken = isDotToken;
    exports2.isEndOfFileToken = isEndOfFileToken;
    exports2.isEntityNameExpression = isEntityNameExpression;
    exports2.isEntityNameOrEntityNameExpression = isEntityNameOrEntityNameExpression;
    exports2.isEnumType = isEnumType;
    exports2.isEqualsGreaterThanToken = isEqualsGreaterThanToken;
    exports2.isEqualsToken = isEqualsToken;
    exports2.isEvolvingArrayType = isEvolvingArrayType;
    exports2.isExclamationToken = isExclamationToken;
    exports2.isExportKeyword = isExportKeyword;
    exports2.isFalseKeyword = isFalseKeyword;
    exports2.isFalseLiteral = isFalseLiteral;
    exports2.isFalseLiteralType = isFalseLiteralType;
    exports2.isFalsyType = isFalsyType;
    exports2.isForInOrOfStatement = isForInOrOfStatement;
    exports2.isFreshableIntrinsicType = isFreshableIntrinsicType;
    exports2.isFreshableType = isFreshableType;
    exports2.isFunctionLikeDeclaration = isFunctionLikeDeclaration;
    exports2.isFunctionScopeBoundary = isFunctionScopeBoundary;
    exports2.isImportExpression = isImportExpression;
    exports2.isImportKeyword = isImportKeyword;
    exports2.isInKeyword = isInKeyword;
    exports2.isIndexType = isIndexType;
    exports2.isIndexedAccessType = isIndexedAccessType;
    exports2.isInstantiableType = isInstantiableType;
    exports2.isIntersectionType = isIntersectionType;
    exports2.isIntrinsicAnyType = isIntrinsicAnyType;
    exports2.isIntrinsicBigIntType = isIntrinsicBigIntType;
    exports2.isIntrinsicBooleanType = isIntrinsicBooleanType;
    exports2.isIntrinsicESSymbolType = isIntrinsicESSymbolType;
    exports2.isIntrinsicErrorType = isIntrinsicErrorType;
    exports2.isIntrinsicNeverType = isIntrinsicNeverType;
    exports2.isIntrinsicNonPrimitiveType = isIntrinsicNonPrimitiveType;
    exports2.isIntrinsicNullType = isIntrinsicNullType;
    exports2.isIntrinsicNumberType = isIntrinsicNumberType;
    exports2.isIntrinsicStringType = isIntrinsicStringType;
    exports2.isIntrinsicType = isIntrinsicType;
    exports2.isIntrinsicUndefinedType = isIntrinsicUndefinedType;
    exports2.isIntrinsicUnknownType = isIntrinsicUnknownType;
    exports2.isIntrinsicVoidType = isIntrinsicVoidType;
    exports2.isIterationStatement = isIterationStatement;
    exports2.isJSDocComment = isJSDocComment;
    exports2.isJSDocNamespaceBody = isJSDocNamespaceBody;
    exports2.isJSDocNamespaceDeclaration = isJSDocNamespaceDeclaration;
    exports2.isJSDocText = isJSDocText;
    exports2.isJSDocTypeReferencingNode = isJSDocTypeReferencingNode;
    exports2.isJsonMinusNumericLiteral = isJsonMinusNumericLiteral;
    exports2.isJsonObjectExpression = isJsonObjectExpression;
    exports2.isJsxAttributeLike = isJsxAttributeLike;
    exports2.isJsxAttributeValue = isJsxAttributeValue;
    exports2.isJsxChild = isJsxChild;
    exports2.isJsxTagNameExpression = isJsxTagNameExpression;
    exports2.isJsxTagNamePropertyAccess = isJsxTagNamePropertyAccess;
    exports2.isLiteralToken = isLiteralToken;
    exports2.isLiteralType = isLiteralType;
    exports2.isModifierFlagSet = isModifierFlagSet;
    exports2.isModuleBody = isModuleBody;
    exports2.isModuleName = isModuleName;
    exports2.isModuleReference = isModuleReference;
    exports2.isNamedDeclarationWithName = isNamedDeclarationWithName;
    exports2.isNamedImportBindings = isNamedImportBindings;
    exports2.isNamedImportsOrExports = isNamedImportsOrExports;
    exports2.isNamespaceBody = isNamespaceBody;
    exports2.isNamespaceDeclaration = isNamespaceDeclaration;
    exports2.isNeverKeyword = isNeverKeyword;
    exports2.isNodeFlagSet = isNodeFlagSet;
    exports2.isNullKeyword = isNullKeyword;
    exports2.isNullLiteral = isNullLiteral;
    exports2.isNumberKeyword = isNumberKeyword;
    exports2.isNumberLiteralType = isNumberLiteralType;
    exports2.isNumericOrStringLikeLiteral = isNumericOrStringLikeLiteral;
    exports2.isNumericPropertyName = isNumericPropertyName;
    exports2.isObjectBindingOrAssignmentElement = isObjectBindingOrAssignmentElement;
    exports2.isObjectBindingOrAssignmentPattern = isObjectBindingOrAssignmentPattern;
    exports2.isObjectFlagSet = isObjectFlagSet;
    exports2.isObjectKeyword = isObjectKeyword;
    exports2.isObjectType = isObjectType;
    exports2.isObjectTypeDeclaration = isObjectTypeDeclaration;
    exports2.isOutKeyword = isOutKeyword;
    exports2.isOverrideKeyword = isOverrideKeyword;
    exports2.isParameterPropertyModifier = isParameterPropertyModifier;
    exports2.isPrivateKeyword = isPrivateKeyword;
    exports2.isPropertyAccessEntityNameExpression = isPropertyAccessEntityNameExpression;
    exports2.isPropertyNameLiteral = isPropertyNameLiteral;
    exports2.isPropertyReadonlyInType = isPropertyReadonlyInType;
    exports2.isProtectedKeyword = isProtectedKeyword;
    exports2.isPseudoLiteralToken = isPseudoLiteralToken;
    exports2.isPublicKeyword = isPublicKeyword;
    exports2.isQuestionDotToken = isQuestionDotToken;
    exports2.isQuestionToken = isQuestionToken;
    exports2.isReadonlyKeyword = isReadonlyKeyword;
    exports2.isSignatureDeclaration = isSignatureDeclaration;
    exports2.isStaticKeyword = isStaticKeyword;
    exports2.isStrictCompilerOptionEnabled = isStrictCompilerOptionEnabled;
    exports2.isStringKeyword = isStringKeyword;
    exports2.isStringLiteralType = isStringLiteralType;
    exports2.isStringMappingType = isStringMappingType;
    exports2.isSubstitutionType = isSubstitutionType;
    exports2.isSuperElementAccessExpression = isSuperElementAccessExpression;
    exports2.isSuperExpression = isSuperExpression;
    exports2.isSuperKeyword = isSuperKeyword;
    exports2.isSuperProperty = isSuperProperty;
    exports2.isSuperPropertyAccessExpression = isSuperPropertyAccessExpression;
    exports2.isSymbolFlagSet = isSymbolFlagSet;
    exports2.isSymbolKeyword = isSymbolKeyword;
    exports2.isSyntaxList = isSyntaxList;
    exports2.isTemplateLiteralType = isTemplateLiteralType;
    exports2.isThenableType = isThenableType;
    exports2.isThisExpression = isThisExpression;
    exports2.isThisKeyword = isThisKeyword;
    exports2.isTransientSymbolLinksFlagSet = isTransientSymbolLinksFlagSet;
    exports2.isTrueKeyword = isTrueKeyword;
    exports2.isTrueLiteral = isTrueLiteral;
    exports2.isTrueLiteralType = isTrueLiteralType;
    exports2.isTupleType = isTupleType;
    exports2.isTupleTypeReference = isTupleTypeReference;
    exports2.isTypeFlagSet = isTypeFlagSet;
    exports2.isTypeOnlyCompatibleAliasDeclaration = isTypeOnlyCompatibleAliasDeclaration;
    exports2.isTypeParameter = isTypeParameter;
    exports2.isTypeReference = isTypeReference;
    exports2.isTypeReferenceType = isTypeReferenceType;
    exports2.isTypeVariable = isTypeVariable;
    exports2.isUndefinedKeyword = isUndefinedKeyword;
    exports2.isUnionOrIntersectionType = isUnionOrIntersectionType;
    exports2.isUnionOrIntersectionTypeNode = isUnionOrIntersectionTypeNode;
    exports2.isUnionType = isUnionType;
    exports2.isUniqueESSymbolType = isUniqueESSymbolType;
    exports2.isUnknownKeyword = isUnknownKeyword;
    exports2.isValidPropertyAccess = isValidPropertyAccess;
    exports2.isVariableLikeDeclaration = isVariableLikeDeclaration;
    exports2.isVoidKeyword = isVoidKeyword;
    exports2.iterateComments = iterateComments;
    exports2.iterateTokens = iterateTokens;
    exports2.symbolHasReadonlyDeclaration = symbolHasReadonlyDeclaration;
    exports2.typeConstituents = typeConstituents;
    exports2.typeIsLiteral = typeIsLiteral;
    exports2.typeParts = typeParts;
    exports2.unionConstituents = unionConstituents;
    exports2.unionTypeParts = unionTypeParts;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/convert-comments.js
var require_convert_comments = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/convert-comments.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertComments = convertComments;
    var tsutils = __importStar(require_lib2());
    var ts = __importStar(require("typescript"));
    var node_utils_1 = require_node_utils();
    var ts_estree_1 = require_ts_estree2();
    function convertComments(ast) {
      return Array.from(tsutils.iterateComments(ast), ({ end, kind, pos, value }) => {
        const type = kind === ts.SyntaxKind.SingleLineCommentTrivia ? ts_estree_1.AST_TOKEN_TYPES.Line : ts_estree_1.AST_TOKEN_TYPES.Block;
        const range = [pos, end];
        const loc = (0, node_utils_1.getLocFor)(range, ast);
        return {
          type,
          loc,
          range,
          value
        };
      });
    }
  }
});

// node_modules/eslint-visitor-keys/dist/eslint-visitor-keys.cjs
var require_eslint_visitor_keys = __commonJS({
  "node_modules/eslint-visitor-keys/dist/eslint-visitor-keys.cjs"(exports2) {
    "use strict";
    var KEYS = {
      ArrayExpression: ["elements"],
      ArrayPattern: ["elements"],
      ArrowFunctionExpression: ["params", "body"],
      AssignmentExpression: ["left", "right"],
      AssignmentPattern: ["left", "right"],
      AwaitExpression: ["argument"],
      BinaryExpression: ["left", "right"],
      BlockStatement: ["body"],
      BreakStatement: ["label"],
      CallExpression: ["callee", "arguments"],
      CatchClause: ["param", "body"],
      ChainExpression: ["expression"],
      ClassBody: ["body"],
      ClassDeclaration: ["id", "superClass", "body"],
      ClassExpression: ["id", "superClass", "body"],
      ConditionalExpression: ["test", "consequent", "alternate"],
      ContinueStatement: ["label"],
      DebuggerStatement: [],
      DoWhileStatement: ["body", "test"],
      EmptyStatement: [],
      ExperimentalRestProperty: ["argument"],
      ExperimentalSpreadProperty: ["argument"],
      ExportAllDeclaration: ["exported", "source", "attributes"],
      ExportDefaultDeclaration: ["declaration"],
      ExportNamedDeclaration: [
        "declaration",
        "specifiers",
        "source",
        "attributes"
      ],
      ExportSpecifier: ["local", "exported"],
      ExpressionStatement: ["expression"],
      ForInStatement: ["left", "right", "body"],
      ForOfStatement: ["left", "right", "body"],
      ForStatement: ["init", "test", "update", "body"],
      FunctionDeclaration: ["id", "params", "body"],
      FunctionExpression: ["id", "params", "body"],
      Identifier: [],
      IfStatement: ["test", "consequent", "alternate"],
      ImportAttribute: ["key", "value"],
      ImportDeclaration: ["specifiers", "source", "attributes"],
      ImportDefaultSpecifier: ["local"],
      ImportExpression: ["source", "options"],
      ImportNamespaceSpecifier: ["local"],
      ImportSpecifier: ["imported", "local"],
      JSXAttribute: ["name", "value"],
      JSXClosingElement: ["name"],
      JSXClosingFragment: [],
      JSXElement: ["openingElement", "children", "closingElement"],
      JSXEmptyExpression: [],
      JSXExpressionContainer: ["expression"],
      JSXFragment: ["openingFragment", "children", "closingFragment"],
      JSXIdentifier: [],
      JSXMemberExpression: ["object", "property"],
      JSXNamespacedName: ["namespace", "name"],
      JSXOpeningElement: ["name", "attributes"],
      JSXOpeningFragment: [],
      JSXSpreadAttribute: ["argument"],
      JSXSpreadChild: ["expression"],
      JSXText: [],
      LabeledStatement: ["label", "body"],
      Literal: [],
      LogicalExpression: ["left", "right"],
      MemberExpression: ["object", "property"],
      MetaProperty: ["meta", "property"],
      MethodDefinition: ["key", "value"],
      NewExpression: ["callee", "arguments"],
      ObjectExpression: ["properties"],
      ObjectPattern: ["properties"],
      PrivateIdentifier: [],
      Program: ["body"],
      Property: ["key", "value"],
      PropertyDefinition: ["key", "value"],
      RestElement: ["argument"],
      ReturnStatement: ["argument"],
      SequenceExpression: ["expressions"],
      SpreadElement: ["argument"],
      StaticBlock: ["body"],
      Super: [],
      SwitchCase: ["test", "consequent"],
      SwitchStatement: ["discriminant", "cases"],
      TaggedTemplateExpression: ["tag", "quasi"],
      TemplateElement: [],
      TemplateLiteral: ["quasis", "expressions"],
      ThisExpression: [],
      ThrowStatement: ["argument"],
      TryStatement: ["block", "handler", "finalizer"],
      UnaryExpression: ["argument"],
      UpdateExpression: ["argument"],
      VariableDeclaration: ["declarations"],
      VariableDeclarator: ["id", "init"],
      WhileStatement: ["test", "body"],
      WithStatement: ["object", "body"],
      YieldExpression: ["argument"]
    };
    var NODE_TYPES = Object.keys(KEYS);
    for (const type of NODE_TYPES) {
      Object.freeze(KEYS[type]);
    }
    Object.freeze(KEYS);
    var KEY_BLACKLIST = /* @__PURE__ */ new Set([
      "parent",
      "leadingComments",
      "trailingComments"
    ]);
    function filterKey(key) {
      return !KEY_BLACKLIST.has(key) && key[0] !== "_";
    }
    function getKeys(node) {
      return Object.keys(node).filter(filterKey);
    }
    function unionWith(additionalKeys) {
      const retv = (
        /** @type {{ [type: string]: ReadonlyArray<string> }} */
        Object.assign({}, KEYS)
      );
      for (const type of Object.keys(additionalKeys)) {
        if (Object.hasOwn(retv, type)) {
          const keys = new Set(additionalKeys[type]);
          for (const key of retv[type]) {
            keys.add(key);
          }
          retv[type] = Object.freeze(Array.from(keys));
        } else {
          retv[type] = Object.freeze(Array.from(additionalKeys[type]));
        }
      }
      return Object.freeze(retv);
    }
    exports2.KEYS = KEYS;
    exports2.getKeys = getKeys;
    exports2.unionWith = unionWith;
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/get-keys.js
var require_get_keys = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/get-keys.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getKeys = void 0;
    var eslint_visitor_keys_1 = require_eslint_visitor_keys();
    exports2.getKeys = eslint_visitor_keys_1.getKeys;
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/visitor-keys.js
var require_visitor_keys = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/visitor-keys.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.visitorKeys = void 0;
    var eslintVisitorKeys = __importStar(require_eslint_visitor_keys());
    var SharedVisitorKeys = (() => {
      const FunctionType = ["typeParameters", "params", "returnType"];
      const AnonymousFunction = [...FunctionType, "body"];
      const AbstractPropertyDefinition = [
        "decorators",
        "key",
        "typeAnnotation"
      ];
      return {
        AbstractPropertyDefinition: ["decorators", "key", "typeAnnotation"],
        AnonymousFunction,
        AsExpression: ["expression", "typeAnnotation"],
        ClassDeclaration: [
          "decorators",
          "id",
          "typeParameters",
          "superClass",
          "superTypeArguments",
          "implements",
          "body"
        ],
        Function: ["id", ...AnonymousFunction],
        FunctionType,
        PropertyDefinition: [...AbstractPropertyDefinition, "value"]
      };
    })();
    var additionalKeys = {
      AccessorProperty: SharedVisitorKeys.PropertyDefinition,
      ArrayPattern: ["decorators", "elements", "typeAnnotation"],
      ArrowFunctionExpression: SharedVisitorKeys.AnonymousFunction,
      AssignmentPattern: ["decorators", "left", "right", "typeAnnotation"],
      CallExpression: ["callee", "typeArguments", "arguments"],
      ClassDeclaration: SharedVisitorKeys.ClassDeclaration,
      ClassExpression: SharedVisitorKeys.ClassDeclaration,
      Decorator: ["expression"],
      ExportAllDeclaration: ["exported", "source", "attributes"],
      ExportNamedDeclaration: ["declaration", "specifiers", "source", "attributes"],
      FunctionDeclaration: SharedVisitorKeys.Function,
      FunctionExpression: SharedVisitorKeys.Function,
      Identifier: ["decorators", "typeAnnotation"],
      ImportAttribute: ["key", "value"],
      ImportDeclaration: ["specifiers", "source", "attributes"],
      ImportExpression: ["source", "options"],
      JSXClosingFragment: [],
      JSXOpeningElement: ["name", "typeArguments", "attributes"],
      JSXOpeningFragment: [],
      JSXSpreadChild: ["expression"],
      MethodDefinition: ["decorators", "key", "value"],
      NewExpression: ["callee", "typeArguments", "arguments"],
      ObjectPattern: ["decorators", "properties", "typeAnnotation"],
      PropertyDefinition: SharedVisitorKeys.PropertyDefinition,
      RestElement: ["decorators", "argument", "typeAnnotation"],
      StaticBlock: ["body"],
      TaggedTemplateExpression: ["tag", "typeArguments", "quasi"],
      TSAbstractAccessorProperty: SharedVisitorKeys.AbstractPropertyDefinition,
      TSAbstractKeyword: [],
      TSAbstractMethodDefinition: ["key", "value"],
      TSAbstractPropertyDefinition: SharedVisitorKeys.AbstractPropertyDefinition,
      TSAnyKeyword: [],
      TSArrayType: ["elementType"],
      TSAsExpression: SharedVisitorKeys.AsExpression,
      TSAsyncKeyword: [],
      TSBigIntKeyword: [],
      TSBooleanKeyword: [],
      TSCallSignatureDeclaration: SharedVisitorKeys.FunctionType,
      TSClassImplements: ["expression", "typeArguments"],
      TSConditionalType: ["checkType", "extendsType", "trueType", "falseType"],
      TSConstructorType: SharedVisitorKeys.FunctionType,
      TSConstructSignatureDeclaration: SharedVisitorKeys.FunctionType,
      TSDeclareFunction: SharedVisitorKeys.Function,
      TSDeclareKeyword: [],
      TSEmptyBodyFunctionExpression: ["id", ...SharedVisitorKeys.FunctionType],
      TSEnumBody: ["members"],
      TSEnumDeclaration: ["id", "body"],
      TSEnumMember: ["id", "initializer"],
      TSExportAssignment: ["expression"],
      TSExportKeyword: [],
      TSExternalModuleReference: ["expression"],
      TSFunctionType: SharedVisitorKeys.FunctionType,
      TSImportEqualsDeclaration: ["id", "moduleReference"],
      TSImportType: ["source", "options", "qualifier", "typeArguments"],
      TSIndexedAccessType: ["objectType", "indexType"],
      TSIndexSignature: ["parameters", "typeAnnotation"],
      TSInferType: ["typeParameter"],
      TSInstantiationExpression: ["expression", "typeArguments"],
      TSInterfaceBody: ["body"],
      TSInterfaceDeclaration: ["id", "typeParameters", "extends", "body"],
      TSInterfaceHeritage: ["expression", "typeArguments"],
      TSIntersectionType: ["types"],
      TSIntrinsicKeyword: [],
      TSLiteralType: ["literal"],
      TSMappedType: ["key", "constraint", "nameType", "typeAnnotation"],
      TSMethodSignature: ["key", "typeParameters", "params", "returnType"],
      TSModuleBlock: ["body"],
      TSModuleDeclaration: ["id", "body"],
      TSNamedTupleMember: ["label", "elementType"],
      TSNamespaceExportDeclaration: ["id"],
      TSNeverKeyword: [],
      TSNonNullExpression: ["expression"],
      TSNullKeyword: [],
      TSNumberKeyword: [],
      TSObjectKeyword: [],
      TSOptionalType: ["typeAnnotation"],
      TSParameterProperty: ["decorators", "parameter"],
      TSPrivateKeyword: [],
      TSPropertySignature: ["key", "typeAnnotation"],
      TSProtectedKeyword: [],
      TSPublicKeyword: [],
      TSQualifiedName: ["left", "right"],
      TSReadonlyKeyword: [],
      TSRestType: ["typeAnnotation"],
      TSSatisfiesExpression: SharedVisitorKeys.AsExpression,
      TSStaticKeyword: [],
      TSStringKeyword: [],
      TSSymbolKeyword: [],
      TSTemplateLiteralType: ["quasis", "types"],
      TSThisType: [],
      TSTupleType: ["elementTypes"],
      TSTypeAliasDeclaration: ["id", "typeParameters", "typeAnnotation"],
      TSTypeAnnotation: ["typeAnnotation"],
      TSTypeAssertion: ["typeAnnotation", "expression"],
      TSTypeLiteral: ["members"],
      TSTypeOperator: ["typeAnnotation"],
      TSTypeParameter: ["name", "constraint", "default"],
      TSTypeParameterDeclaration: ["params"],
      TSTypeParameterInstantiation: ["params"],
      TSTypePredicate: ["parameterName", "typeAnnotation"],
      TSTypeQuery: ["exprName", "typeArguments"],
      TSTypeReference: ["typeName", "typeArguments"],
      TSUndefinedKeyword: [],
      TSUnionType: ["types"],
      TSUnknownKeyword: [],
      TSVoidKeyword: []
    };
    exports2.visitorKeys = eslintVisitorKeys.unionWith(additionalKeys);
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.visitorKeys = exports2.getKeys = void 0;
    var get_keys_1 = require_get_keys();
    Object.defineProperty(exports2, "getKeys", { enumerable: true, get: function() {
      return get_keys_1.getKeys;
    } });
    var visitor_keys_1 = require_visitor_keys();
    Object.defineProperty(exports2, "visitorKeys", { enumerable: true, get: function() {
      return visitor_keys_1.visitorKeys;
    } });
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/simple-traverse.js
var require_simple_traverse = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/simple-traverse.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.simpleTraverse = simpleTraverse;
    var visitor_keys_1 = require_dist3();
    function isValidNode(x) {
      return typeof x === "object" && x != null && "type" in x && typeof x.type === "string";
    }
    function getVisitorKeysForNode(allVisitorKeys, node) {
      const keys = allVisitorKeys[node.type];
      return keys ?? [];
    }
    var SimpleTraverser = class {
      allVisitorKeys = visitor_keys_1.visitorKeys;
      selectors;
      setParentPointers;
      constructor(selectors, setParentPointers = false) {
        this.selectors = selectors;
        this.setParentPointers = setParentPointers;
        if (selectors.visitorKeys) {
          this.allVisitorKeys = selectors.visitorKeys;
        }
      }
      traverse(node, parent) {
        if (!isValidNode(node)) {
          return;
        }
        if (this.setParentPointers) {
          node.parent = parent;
        }
        if ("enter" in this.selectors) {
          this.selectors.enter(node, parent);
        } else if (node.type in this.selectors.visitors) {
          this.selectors.visitors[node.type](node, parent);
        }
        const keys = getVisitorKeysForNode(this.allVisitorKeys, node);
        if (keys.length < 1) {
          return;
        }
        for (const key of keys) {
          const childOrChildren = node[key];
          if (Array.isArray(childOrChildren)) {
            for (const child of childOrChildren) {
              this.traverse(child, node);
            }
          } else {
            this.traverse(childOrChildren, node);
          }
        }
      }
    };
    function simpleTraverse(startingNode, options, setParentPointers = false) {
      new SimpleTraverser(options, setParentPointers).traverse(startingNode, void 0);
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/ast-converter.js
var require_ast_converter = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/ast-converter.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.astConverter = astConverter;
    var convert_1 = require_convert();
    var convert_comments_1 = require_convert_comments();
    var node_utils_1 = require_node_utils();
    var simple_traverse_1 = require_simple_traverse();
    function astConverter(ast, parseSettings, shouldPreserveNodeMaps) {
      const { parseDiagnostics } = ast;
      if (parseDiagnostics.length) {
        throw (0, convert_1.convertError)(parseDiagnostics[0]);
      }
      const instance = new convert_1.Converter(ast, {
        allowInvalidAST: parseSettings.allowInvalidAST,
        errorOnUnknownASTType: parseSettings.errorOnUnknownASTType,
        shouldPreserveNodeMaps,
        suppressDeprecatedPropertyWarnings: parseSettings.suppressDeprecatedPropertyWarnings
      });
      const estree = instance.convertProgram();
      if (!parseSettings.range || !parseSettings.loc) {
        (0, simple_traverse_1.simpleTraverse)(estree, {
          enter: (node) => {
            if (!parseSettings.range) {
              delete node.range;
            }
            if (!parseSettings.loc) {
              delete node.loc;
            }
          }
        });
      }
      if (parseSettings.tokens) {
        estree.tokens = (0, node_utils_1.convertTokens)(ast);
      }
      if (parseSettings.comment) {
        estree.comments = (0, convert_comments_1.convertComments)(ast);
      }
      const astMaps = instance.getASTMaps();
      return { astMaps, estree };
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/getScriptKind.js
var require_getScriptKind = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/getScriptKind.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getScriptKind = getScriptKind;
    exports2.getLanguageVariant = getLanguageVariant;
    var node_path_1 = __importDefault(require("node:path"));
    var ts = __importStar(require("typescript"));
    function getScriptKind(filePath, jsx) {
      const extension = node_path_1.default.extname(filePath).toLowerCase();
      switch (extension) {
        case ts.Extension.Cjs:
        case ts.Extension.Js:
        case ts.Extension.Mjs:
          return ts.ScriptKind.JS;
        case ts.Extension.Cts:
        case ts.Extension.Mts:
        case ts.Extension.Ts:
          return ts.ScriptKind.TS;
        case ts.Extension.Json:
          return ts.ScriptKind.JSON;
        case ts.Extension.Jsx:
          return ts.ScriptKind.JSX;
        case ts.Extension.Tsx:
          return ts.ScriptKind.TSX;
        default:
          return jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
      }
    }
    function getLanguageVariant(scriptKind) {
      switch (scriptKind) {
        case ts.ScriptKind.JS:
        case ts.ScriptKind.JSON:
        case ts.ScriptKind.JSX:
        case ts.ScriptKind.TSX:
          return ts.LanguageVariant.JSX;
        default:
          return ts.LanguageVariant.Standard;
      }
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/createIsolatedProgram.js
var require_createIsolatedProgram = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/createIsolatedProgram.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createIsolatedProgram = createIsolatedProgram;
    var debug_1 = __importDefault(require_src());
    var ts = __importStar(require("typescript"));
    var getScriptKind_1 = require_getScriptKind();
    var shared_1 = require_shared();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:create-program:createIsolatedProgram");
    function createIsolatedProgram(parseSettings) {
      log("Getting isolated program in %s mode for: %s", parseSettings.jsx ? "TSX" : "TS", parseSettings.filePath);
      const compilerHost = {
        fileExists() {
          return true;
        },
        getCanonicalFileName() {
          return parseSettings.filePath;
        },
        getCurrentDirectory() {
          return "";
        },
        getDefaultLibFileName() {
          return "lib.d.ts";
        },
        getDirectories() {
          return [];
        },
        // TODO: Support Windows CRLF
        getNewLine() {
          return "\n";
        },
        getSourceFile(filename) {
          return ts.createSourceFile(
            filename,
            parseSettings.codeFullText,
            ts.ScriptTarget.Latest,
            /* setParentNodes */
            true,
            (0, getScriptKind_1.getScriptKind)(parseSettings.filePath, parseSettings.jsx)
          );
        },
        readFile() {
          return void 0;
        },
        useCaseSensitiveFileNames() {
          return true;
        },
        writeFile() {
          return null;
        }
      };
      const program = ts.createProgram([parseSettings.filePath], {
        jsDocParsingMode: parseSettings.jsDocParsingMode,
        jsx: parseSettings.jsx ? ts.JsxEmit.Preserve : void 0,
        noResolve: true,
        target: ts.ScriptTarget.Latest,
        ...(0, shared_1.createDefaultCompilerOptionsFromExtra)(parseSettings)
      }, compilerHost);
      const ast = program.getSourceFile(parseSettings.filePath);
      if (!ast) {
        throw new Error("Expected an ast to be returned for the single-file isolated program.");
      }
      return { ast, program };
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/describeFilePath.js
var require_describeFilePath = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/describeFilePath.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.describeFilePath = describeFilePath;
    var node_path_1 = __importDefault(require("node:path"));
    function describeFilePath(filePath, tsconfigRootDir) {
      const relative = node_path_1.default.relative(tsconfigRootDir, filePath);
      if (relative && !relative.startsWith("..") && !node_path_1.default.isAbsolute(relative)) {
        return `<tsconfigRootDir>/${relative}`;
      }
      if (/^[(\w+:)\\/~]/.test(filePath)) {
        return filePath;
      }
      if (/\.\.[/\\]\.\./.test(relative)) {
        return filePath;
      }
      return `<tsconfigRootDir>/${relative}`;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/createProjectProgramError.js
var require_createProjectProgramError = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/createProjectProgramError.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createProjectProgramError = createProjectProgramError;
    var node_path_1 = __importDefault(require("node:path"));
    var describeFilePath_1 = require_describeFilePath();
    var shared_1 = require_shared();
    function createProjectProgramError(parseSettings, programsForProjects) {
      const describedFilePath = (0, describeFilePath_1.describeFilePath)(parseSettings.filePath, parseSettings.tsconfigRootDir);
      return [
        getErrorStart(describedFilePath, parseSettings),
        ...getErrorDetails(describedFilePath, parseSettings, programsForProjects)
      ];
    }
    function getErrorStart(describedFilePath, parseSettings) {
      const relativeProjects = [...parseSettings.projects.values()].map((projectFile) => (0, describeFilePath_1.describeFilePath)(projectFile, parseSettings.tsconfigRootDir));
      const describedPrograms = relativeProjects.length === 1 ? ` ${relativeProjects[0]}` : `
${relativeProjects.map((project) => `- ${project}`).join("\n")}`;
      return `ESLint was configured to lint \`${describedFilePath}\` with type information from \`parserOptions.project\`:${describedPrograms}`;
    }
    function getErrorDetails(describedFilePath, parseSettings, programsForProjects) {
      if (programsForProjects.length === 1 && programsForProjects[0].getProjectReferences()?.length) {
        return [
          `That TSConfig uses project "references" and doesn't include \`${describedFilePath}\` directly, which is not supported by \`parserOptions.project\`.`,
          `Either:`,
          `- Switch to \`parserOptions.projectService\``,
          `- Use an ESLint-specific TSConfig`,
          `See the typescript-eslint docs for more info: https://tseslint.com/are-project-references-supported`
        ];
      }
      const { extraFileExtensions } = parseSettings;
      const details = [];
      for (const extraExtension of extraFileExtensions) {
        if (!extraExtension.startsWith(".")) {
          details.push(`Found unexpected extension \`${extraExtension}\` specified with the \`parserOptions.extraFileExtensions\` option. Did you mean \`.${extraExtension}\`?`);
        }
        if (shared_1.DEFAULT_EXTRA_FILE_EXTENSIONS.has(extraExtension)) {
          details.push(`You unnecessarily included the extension \`${extraExtension}\` with the \`parserOptions.extraFileExtensions\` option. This extension is already handled by the parser by default.`);
        }
      }
      const fileExtension = node_path_1.default.extname(parseSettings.filePath);
      if (!shared_1.DEFAULT_EXTRA_FILE_EXTENSIONS.has(fileExtension)) {
        const nonStandardExt = `The extension for the file (\`${fileExtension}\`) is non-standard`;
        if (extraFileExtensions.length > 0) {
          if (!extraFileExtensions.includes(fileExtension)) {
            return [
              ...details,
              `${nonStandardExt}. It should be added to your existing \`parserOptions.extraFileExtensions\`.`
            ];
          }
        } else {
          return [
            ...details,
            `${nonStandardExt}. You should add \`parserOptions.extraFileExtensions\` to your config.`
          ];
        }
      }
      const [describedInclusions, describedSpecifiers] = parseSettings.projects.size === 1 ? ["that TSConfig does not", "that TSConfig"] : ["none of those TSConfigs", "one of those TSConfigs"];
      return [
        ...details,
        `However, ${describedInclusions} include this file, so type information is not available for it. Either:`,
        `- Change ESLint's list of included files to not include this file`,
        `- Change ${describedSpecifiers} to include this file`,
        `- Create a new TSConfig that includes this file and include it in your parserOptions.project`,
        `See the typescript-eslint docs for more info: https://tseslint.com/none-of-those-tsconfigs-include-this-file`
      ];
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/createProjectProgram.js
var require_createProjectProgram = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/createProjectProgram.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createProjectProgram = createProjectProgram;
    var debug_1 = __importDefault(require_src());
    var node_utils_1 = require_node_utils();
    var createProjectProgramError_1 = require_createProjectProgramError();
    var shared_1 = require_shared();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:create-program:createProjectProgram");
    function createProjectProgram(parseSettings, programsForProjects) {
      log("Creating project program for: %s", parseSettings.filePath);
      const astAndProgram = (0, node_utils_1.firstDefined)(programsForProjects, (currentProgram) => (0, shared_1.getAstFromProgram)(currentProgram, parseSettings.filePath));
      if (!astAndProgram) {
        throw new Error((0, createProjectProgramError_1.createProjectProgramError)(parseSettings, programsForProjects).join("\n"));
      }
      return astAndProgram;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/createSourceFile.js
var require_createSourceFile = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/createSourceFile.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createSourceFile = createSourceFile;
    exports2.createNoProgram = createNoProgram;
    var debug_1 = __importDefault(require_src());
    var ts = __importStar(require("typescript"));
    var source_files_1 = require_source_files();
    var getScriptKind_1 = require_getScriptKind();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:create-program:createSourceFile");
    function createSourceFile(parseSettings) {
      log("Getting AST without type information in %s mode for: %s", parseSettings.jsx ? "TSX" : "TS", parseSettings.filePath);
      return (0, source_files_1.isSourceFile)(parseSettings.code) ? parseSettings.code : ts.createSourceFile(
        parseSettings.filePath,
        parseSettings.codeFullText,
        {
          jsDocParsingMode: parseSettings.jsDocParsingMode,
          languageVersion: ts.ScriptTarget.Latest,
          setExternalModuleIndicator: parseSettings.setExternalModuleIndicator
        },
        /* setParentNodes */
        true,
        (0, getScriptKind_1.getScriptKind)(parseSettings.filePath, parseSettings.jsx)
      );
    }
    function createNoProgram(parseSettings) {
      return {
        ast: createSourceFile(parseSettings),
        program: null
      };
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/useProvidedPrograms.js
var require_useProvidedPrograms = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/useProvidedPrograms.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.useProvidedPrograms = useProvidedPrograms;
    exports2.createProgramFromConfigFile = createProgramFromConfigFile;
    var tsconfig_utils_1 = require_dist();
    var debug_1 = __importDefault(require_src());
    var path = __importStar(require("node:path"));
    var ts = __importStar(require("typescript"));
    var shared_1 = require_shared();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:create-program:useProvidedPrograms");
    function useProvidedPrograms(programInstances, parseSettings) {
      log("Retrieving ast for %s from provided program instance(s)", parseSettings.filePath);
      let astAndProgram;
      for (const programInstance of programInstances) {
        astAndProgram = (0, shared_1.getAstFromProgram)(programInstance, parseSettings.filePath);
        if (astAndProgram) {
          break;
        }
      }
      if (astAndProgram) {
        astAndProgram.program.getTypeChecker();
        return astAndProgram;
      }
      const relativeFilePath = path.relative(parseSettings.tsconfigRootDir, parseSettings.filePath);
      const [typeSource, typeSources] = parseSettings.projects.size > 0 ? ["project", "project(s)"] : ["programs", "program instance(s)"];
      const errorLines = [
        `"parserOptions.${typeSource}" has been provided for @typescript-eslint/parser.`,
        `The file was not found in any of the provided ${typeSources}: ${relativeFilePath}`
      ];
      throw new Error(errorLines.join("\n"));
    }
    function createProgramFromConfigFile(configFile, projectDirectory, jsDocParsingMode) {
      const parsed = (0, tsconfig_utils_1.getParsedConfigFile)(ts, configFile, projectDirectory);
      const host = ts.createCompilerHost(parsed.options, true);
      host.jsDocParsingMode = jsDocParsingMode;
      return ts.createProgram(parsed.fileNames, parsed.options, host);
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/createParserServices.js
var require_createParserServices = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/createParserServices.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createParserServices = createParserServices;
    function createParserServices(astMaps, program) {
      if (!program) {
        return {
          emitDecoratorMetadata: void 0,
          experimentalDecorators: void 0,
          isolatedDeclarations: void 0,
          program,
          // we always return the node maps because
          // (a) they don't require type info and
          // (b) they can be useful when using some of TS's internal non-type-aware AST utils
          ...astMaps
        };
      }
      const checker = program.getTypeChecker();
      const compilerOptions = program.getCompilerOptions();
      return {
        program,
        // not set in the config is the same as off
        emitDecoratorMetadata: compilerOptions.emitDecoratorMetadata ?? false,
        experimentalDecorators: compilerOptions.experimentalDecorators ?? false,
        isolatedDeclarations: compilerOptions.isolatedDeclarations ?? false,
        ...astMaps,
        getContextualType: (node) => checker.getContextualType(astMaps.esTreeNodeToTSNodeMap.get(node)),
        getResolvedSignature: (node) => checker.getResolvedSignature(astMaps.esTreeNodeToTSNodeMap.get(node)),
        getSymbolAtLocation: (node) => checker.getSymbolAtLocation(astMaps.esTreeNodeToTSNodeMap.get(node)),
        getTypeAtLocation: (node) => checker.getTypeAtLocation(astMaps.esTreeNodeToTSNodeMap.get(node)),
        getTypeFromTypeNode: (node) => checker.getTypeFromTypeNode(astMaps.esTreeNodeToTSNodeMap.get(node)),
        getTypeOfSymbolAtLocation: (symbol, node) => checker.getTypeOfSymbolAtLocation(symbol, astMaps.esTreeNodeToTSNodeMap.get(node))
      };
    }
  }
});

// node_modules/@typescript-eslint/project-service/dist/getParsedConfigFileFromTSServer.js
var require_getParsedConfigFileFromTSServer = __commonJS({
  "node_modules/@typescript-eslint/project-service/dist/getParsedConfigFileFromTSServer.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getParsedConfigFileFromTSServer = getParsedConfigFileFromTSServer;
    var tsconfig_utils_1 = require_dist();
    function getParsedConfigFileFromTSServer(tsserver, defaultProject, throwOnFailure, tsconfigRootDir) {
      try {
        return (0, tsconfig_utils_1.getParsedConfigFile)(tsserver, defaultProject, tsconfigRootDir);
      } catch (error) {
        if (throwOnFailure) {
          throw new Error(`Could not read Project Service default project '${defaultProject}': ${error.message}`, { cause: error });
        }
      }
      return void 0;
    }
  }
});

// node_modules/@typescript-eslint/project-service/dist/throttleOpenedFileCleanup.js
var require_throttleOpenedFileCleanup = __commonJS({
  "node_modules/@typescript-eslint/project-service/dist/throttleOpenedFileCleanup.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.throttleOpenedFileCleanup = throttleOpenedFileCleanup;
    var OPENED_FILE_CLEANUP_THROTTLE_MS = 250;
    function throttleOpenedFileCleanup(service) {
      const serviceInternals = service;
      const cleanupKey = "cleanupProjectsAndScriptInfos" in service ? "cleanupProjectsAndScriptInfos" : "cleanupAfterOpeningFile";
      const cleanup = serviceInternals[cleanupKey];
      const open = service.openClientFileWithNormalizedPath;
      let lastCleanup = -Infinity;
      let opening = false;
      serviceInternals[cleanupKey] = (...args) => {
        const now = performance.now();
        if (opening && now - lastCleanup < OPENED_FILE_CLEANUP_THROTTLE_MS) {
          return;
        }
        lastCleanup = now;
        cleanup.apply(service, args);
      };
      service.openClientFileWithNormalizedPath = (...args) => {
        opening = true;
        try {
          return open.apply(service, args);
        } finally {
          opening = false;
        }
      };
    }
  }
});

// node_modules/@typescript-eslint/project-service/dist/createProjectService.js
var require_createProjectService = __commonJS({
  "node_modules/@typescript-eslint/project-service/dist/createProjectService.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createProjectService = createProjectService;
    var debug_1 = __importDefault(require_src());
    var getParsedConfigFileFromTSServer_js_1 = require_getParsedConfigFileFromTSServer();
    var throttleOpenedFileCleanup_js_1 = require_throttleOpenedFileCleanup();
    var DEFAULT_PROJECT_MATCHED_FILES_THRESHOLD = 8;
    var log = (0, debug_1.default)("typescript-eslint:project-service:createProjectService");
    var logTsserverErr = (0, debug_1.default)("typescript-eslint:project-service:tsserver:err");
    var logTsserverInfo = (0, debug_1.default)("typescript-eslint:project-service:tsserver:info");
    var logTsserverPerf = (0, debug_1.default)("typescript-eslint:project-service:tsserver:perf");
    var logTsserverEvent = (0, debug_1.default)("typescript-eslint:project-service:tsserver:event");
    var isTsserverLoggingEnabled = () => logTsserverInfo.enabled || logTsserverErr.enabled || logTsserverPerf.enabled;
    var doNothing = () => {
    };
    var createStubFileWatcher = () => ({
      close: doNothing
    });
    function createProjectService({ host, jsDocParsingMode, options: optionsRaw = {}, tsconfigRootDir } = {}) {
      const options = {
        defaultProject: "tsconfig.json",
        ...optionsRaw
      };
      const tsserver = require("typescript/lib/tsserverlibrary");
      const system = {
        ...tsserver.sys,
        clearImmediate,
        clearTimeout,
        setImmediate,
        setTimeout,
        watchDirectory: createStubFileWatcher,
        watchFile: createStubFileWatcher,
        // We stop loading any TypeScript plugins by default, to prevent them from attaching disk watchers
        // See https://github.com/typescript-eslint/typescript-eslint/issues/9905
        ...!options.loadTypeScriptPlugins && {
          require: () => ({
            error: {
              message: "TypeScript plugins are not required when using parserOptions.projectService."
            },
            module: void 0
          })
        },
        ...host
      };
      const logger = {
        close: doNothing,
        endGroup: doNothing,
        getLogFileName: () => void 0,
        hasLevel: isTsserverLoggingEnabled,
        info(s) {
          this.msg(s, tsserver.server.Msg.Info);
        },
        // if none of the debug namespaces are enabled, then don't enable logging in tsserver
        loggingEnabled: isTsserverLoggingEnabled,
        msg: (s, type) => {
          switch (type) {
            case tsserver.server.Msg.Err:
              logTsserverErr(s);
              break;
            case tsserver.server.Msg.Perf:
              logTsserverPerf(s);
              break;
            default:
              logTsserverInfo(s);
          }
        },
        perftrc(s) {
          this.msg(s, tsserver.server.Msg.Perf);
        },
        startGroup: doNothing
      };
      log("Creating Project Service with: %o", options);
      const service = new tsserver.server.ProjectService({
        cancellationToken: { isCancellationRequested: () => false },
        eventHandler: logTsserverEvent.enabled ? (e) => {
          logTsserverEvent(e);
        } : void 0,
        host: system,
        jsDocParsingMode,
        logger,
        session: void 0,
        useInferredProjectPerProjectRoot: false,
        useSingleInferredProject: false
      });
      (0, throttleOpenedFileCleanup_js_1.throttleOpenedFileCleanup)(service);
      service.setHostConfiguration({
        preferences: {
          includePackageJsonAutoImports: "off"
        }
      });
      log("Enabling default project: %s", options.defaultProject);
      const configFile = (0, getParsedConfigFileFromTSServer_js_1.getParsedConfigFileFromTSServer)(tsserver, options.defaultProject, !!optionsRaw.defaultProject, tsconfigRootDir);
      if (configFile) {
        service.setCompilerOptionsForInferredProjects(
          // NOTE: The inferred projects API is not intended for source files when a tsconfig
          // exists. There is no API that generates an InferredProjectCompilerOptions suggesting
          // it is meant for hard coded options passed in. Hard asserting as a work around.
          // See https://github.com/microsoft/TypeScript/blob/27bcd4cb5a98bce46c9cdd749752703ead021a4b/src/server/protocol.ts#L1904
          configFile.options
        );
      }
      return {
        allowDefaultProject: options.allowDefaultProject,
        lastReloadTimestamp: performance.now(),
        maximumDefaultProjectFileMatchCount: options.maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING ?? DEFAULT_PROJECT_MATCHED_FILES_THRESHOLD,
        service
      };
    }
  }
});

// node_modules/@typescript-eslint/project-service/dist/index.js
var require_dist4 = __commonJS({
  "node_modules/@typescript-eslint/project-service/dist/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    __exportStar(require_createProjectService(), exports2);
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/validateDefaultProjectForFilesGlob.js
var require_validateDefaultProjectForFilesGlob = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/validateDefaultProjectForFilesGlob.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DEFAULT_PROJECT_FILES_ERROR_EXPLANATION = void 0;
    exports2.validateDefaultProjectForFilesGlob = validateDefaultProjectForFilesGlob;
    exports2.DEFAULT_PROJECT_FILES_ERROR_EXPLANATION = `

Having many files run with the default project is known to cause performance issues and slow down linting.

See https://tseslint.com/allowdefaultproject-glob-too-wide
`;
    function validateDefaultProjectForFilesGlob(allowDefaultProject) {
      if (!allowDefaultProject?.length) {
        return;
      }
      for (const glob of allowDefaultProject) {
        if (glob === "*") {
          throw new Error(`allowDefaultProject contains the overly wide '*'.${exports2.DEFAULT_PROJECT_FILES_ERROR_EXPLANATION}`);
        }
        if (glob.includes("**")) {
          throw new Error(`allowDefaultProject glob '${glob}' contains a disallowed '**'.${exports2.DEFAULT_PROJECT_FILES_ERROR_EXPLANATION}`);
        }
      }
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/candidateTSConfigRootDirs.js
var require_candidateTSConfigRootDirs = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/candidateTSConfigRootDirs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.addCandidateTSConfigRootDir = addCandidateTSConfigRootDir;
    exports2.clearCandidateTSConfigRootDirs = clearCandidateTSConfigRootDirs;
    exports2.getInferredTSConfigRootDir = getInferredTSConfigRootDir;
    var candidateTSConfigRootDirs = /* @__PURE__ */ new Set();
    function addCandidateTSConfigRootDir(candidate) {
      candidateTSConfigRootDirs.add(candidate);
    }
    function clearCandidateTSConfigRootDirs() {
      candidateTSConfigRootDirs.clear();
    }
    function getInferredTSConfigRootDir() {
      const entries = [...candidateTSConfigRootDirs];
      switch (entries.length) {
        case 0:
          return process.cwd();
        case 1:
          return entries[0];
        default:
          throw new Error([
            "No tsconfigRootDir was set, and multiple candidate TSConfigRootDirs are present:",
            ...entries.map((candidate) => ` - ${candidate}`),
            "You'll need to explicitly set tsconfigRootDir in your parser options.",
            "See: https://tseslint.com/parser-tsconfigrootdir"
          ].join("\n"));
      }
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/ExpiringCache.js
var require_ExpiringCache = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/ExpiringCache.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ExpiringCache = exports2.DEFAULT_TSCONFIG_CACHE_DURATION_SECONDS = void 0;
    exports2.DEFAULT_TSCONFIG_CACHE_DURATION_SECONDS = 30;
    var ZERO_HR_TIME = [0, 0];
    var ExpiringCache = class {
      #cacheDurationSeconds;
      #map = /* @__PURE__ */ new Map();
      constructor(cacheDurationSeconds) {
        this.#cacheDurationSeconds = cacheDurationSeconds;
      }
      clear() {
        this.#map.clear();
      }
      get(key) {
        const entry = this.#map.get(key);
        if (entry?.value != null) {
          if (this.#cacheDurationSeconds === "Infinity") {
            return entry.value;
          }
          const ageSeconds = process.hrtime(entry.lastSeen)[0];
          if (ageSeconds < this.#cacheDurationSeconds) {
            return entry.value;
          }
          this.#map.delete(key);
        }
        return void 0;
      }
      set(key, value) {
        this.#map.set(key, {
          lastSeen: this.#cacheDurationSeconds === "Infinity" ? (
            // no need to waste time calculating the hrtime in infinity mode as there's no expiry
            ZERO_HR_TIME
          ) : process.hrtime(),
          value
        });
        return this;
      }
    };
    exports2.ExpiringCache = ExpiringCache;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/getProjectConfigFiles.js
var require_getProjectConfigFiles = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/getProjectConfigFiles.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getProjectConfigFiles = getProjectConfigFiles;
    var debug_1 = __importDefault(require_src());
    var fs = __importStar(require("node:fs"));
    var path = __importStar(require("node:path"));
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:parseSettings:getProjectConfigFiles");
    function getProjectConfigFiles(parseSettings, project, configFileNames = ["tsconfig.json"]) {
      if (project !== true) {
        if (project == null || project === false) {
          return null;
        }
        if (Array.isArray(project)) {
          return project;
        }
        return [project];
      }
      log("Looking for tsconfig.json at or above file: %s", parseSettings.filePath);
      let directory = path.dirname(parseSettings.filePath);
      const checkedDirectories = [directory];
      do {
        log("Checking tsconfig.json path: %s", directory);
        const cached = parseSettings.tsconfigMatchCache.get(directory) ?? configFileNames.map((configFileName) => path.join(directory, configFileName)).find((configFilePath) => fs.existsSync(configFilePath));
        if (cached) {
          for (const directory2 of checkedDirectories) {
            parseSettings.tsconfigMatchCache.set(directory2, cached);
          }
          return [cached];
        }
        directory = path.dirname(directory);
        checkedDirectories.push(directory);
      } while (directory.length > 1 && directory.length >= parseSettings.tsconfigRootDir.length);
      throw new Error(`project was set to \`true\` but couldn't find any tsconfig.json relative to '${parseSettings.filePath}' within '${parseSettings.tsconfigRootDir}'.`);
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/inferSingleRun.js
var require_inferSingleRun = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/inferSingleRun.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.inferSingleRun = inferSingleRun;
    var node_path_1 = __importDefault(require("node:path"));
    function inferSingleRun(options) {
      if (options?.extraFileExtensions?.length && options.project) {
        return false;
      }
      if (
        // single-run implies type-aware linting - no projects means we can't be in single-run mode
        options?.project == null && !options?.projectService || // programs passed via options means the user should be managing the programs, so we shouldn't
        // be creating our own single-run programs accidentally
        options.programs != null
      ) {
        return false;
      }
      if (process.env.TSESTREE_SINGLE_RUN === "false") {
        return false;
      }
      if (process.env.TSESTREE_SINGLE_RUN === "true") {
        return true;
      }
      if (!options.disallowAutomaticSingleRunInference) {
        const possibleEslintBinPaths = [
          "node_modules/.bin/eslint",
          // npm or yarn repo
          "node_modules/eslint/bin/eslint.js"
          // pnpm repo
        ];
        if (
          // Default to single runs for CI processes. CI=true is set by most CI providers by default.
          process.env.CI === "true" || // This will be true for invocations such as `npx eslint ...` and `./node_modules/.bin/eslint ...`
          possibleEslintBinPaths.some((binPath) => process.argv.length > 1 && process.argv[1].endsWith(node_path_1.default.normalize(binPath)))
        ) {
          return !process.argv.includes("--fix");
        }
      }
      return false;
    }
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils();
    var constants = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module2.exports = picomatch;
  }
});

// node_modules/tinyglobby/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch, pico);
    module2.exports = picomatch;
  }
});

// node_modules/tinyglobby/node_modules/fdir/dist/index.cjs
var require_dist5 = __commonJS({
  "node_modules/tinyglobby/node_modules/fdir/dist/index.cjs"(exports2) {
    var __create2 = Object.create;
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __getProtoOf2 = Object.getPrototypeOf;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames2(from), i = 0, n = keys.length, key; i < n; i++) {
        key = keys[i];
        if (!__hasOwnProp2.call(to, key) && key !== except) __defProp2(to, key, {
          get: ((k) => from[k]).bind(null, key),
          enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable
        });
      }
      return to;
    };
    var __toESM2 = (mod, isNodeMode, target) => (target = mod != null ? __create2(__getProtoOf2(mod)) : {}, __copyProps2(isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", {
      value: mod,
      enumerable: true
    }) : target, mod));
    var path = __toESM2(require("path"));
    var fs = __toESM2(require("fs"));
    function cleanPath(path$1) {
      let normalized = (0, path.normalize)(path$1);
      if (normalized.length > 1 && normalized[normalized.length - 1] === path.sep) normalized = normalized.substring(0, normalized.length - 1);
      return normalized;
    }
    var SLASHES_REGEX = /[\\/]/g;
    function convertSlashes(path$1, separator) {
      return path$1.replace(SLASHES_REGEX, separator);
    }
    var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    function isRootDirectory(path$1) {
      return path$1 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path$1);
    }
    function normalizePath(path$1, options) {
      const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
      const pathNeedsCleaning = process.platform === "win32" && path$1.includes("/") || path$1.startsWith(".");
      if (resolvePaths) path$1 = (0, path.resolve)(path$1);
      if (normalizePath$1 || pathNeedsCleaning) path$1 = cleanPath(path$1);
      if (path$1 === ".") return "";
      const needsSeperator = path$1[path$1.length - 1] !== pathSeparator;
      return convertSlashes(needsSeperator ? path$1 + pathSeparator : path$1, pathSeparator);
    }
    function joinPathWithBasePath(filename, directoryPath) {
      return directoryPath + filename;
    }
    function joinPathWithRelativePath(root, options) {
      return function(filename, directoryPath) {
        const sameRoot = directoryPath.startsWith(root);
        if (sameRoot) return directoryPath.slice(root.length) + filename;
        else return convertSlashes((0, path.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
      };
    }
    function joinPath(filename) {
      return filename;
    }
    function joinDirectoryPath(filename, directoryPath, separator) {
      return directoryPath + filename + separator;
    }
    function build$7(root, options) {
      const { relativePaths, includeBasePath } = options;
      return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
    }
    function pushDirectoryWithRelativePath(root) {
      return function(directoryPath, paths) {
        paths.push(directoryPath.substring(root.length) || ".");
      };
    }
    function pushDirectoryFilterWithRelativePath(root) {
      return function(directoryPath, paths, filters) {
        const relativePath = directoryPath.substring(root.length) || ".";
        if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
      };
    }
    var pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    var pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path$1 = directoryPath || ".";
      if (filters.every((filter) => filter(path$1, true))) paths.push(path$1);
    };
    var empty$2 = () => {
    };
    function build$6(root, options) {
      const { includeDirs, filters, relativePaths } = options;
      if (!includeDirs) return empty$2;
      if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
      return filters && filters.length ? pushDirectoryFilter : pushDirectory;
    }
    var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts.files++;
    };
    var pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    var pushFileCount = (_filename, _paths, counts, _filters) => {
      counts.files++;
    };
    var pushFile = (filename, paths) => {
      paths.push(filename);
    };
    var empty$1 = () => {
    };
    function build$5(options) {
      const { excludeFiles, filters, onlyCounts } = options;
      if (excludeFiles) return empty$1;
      if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
      else if (onlyCounts) return pushFileCount;
      else return pushFile;
    }
    var getArray = (paths) => {
      return paths;
    };
    var getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    function build$4(options) {
      return options.group ? getArrayGroup : getArray;
    }
    var groupFiles = (groups, directory, files) => {
      groups.push({
        directory,
        files,
        dir: directory
      });
    };
    var empty = () => {
    };
    function build$3(options) {
      return options.group ? groupFiles : empty;
    }
    var resolveSymlinksAsync = function(path$1, state, callback$1) {
      const { queue, fs: fs$1, options: { suppressErrors } } = state;
      queue.enqueue();
      fs$1.realpath(path$1, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs$1.stat(resolvedPath, (error$1, stat) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat.isDirectory() && isRecursive(path$1, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    var resolveSymlinks = function(path$1, state, callback$1) {
      const { queue, fs: fs$1, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs$1.realpathSync(path$1);
        const stat = fs$1.statSync(resolvedPath);
        if (stat.isDirectory() && isRecursive(path$1, resolvedPath, state)) return;
        callback$1(stat, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    function build$2(options, isSynchronous) {
      if (!options.resolveSymlinks || options.excludeSymlinks) return null;
      return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
    }
    function isRecursive(path$1, resolved, state) {
      if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
      let parent = (0, path.dirname)(path$1);
      let depth = 1;
      while (parent !== state.root && depth < 2) {
        const resolvedPath = state.symlinks.get(parent);
        const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
        if (isSameRoot) depth++;
        else parent = (0, path.dirname)(parent);
      }
      state.symlinks.set(path$1, resolved);
      return depth > 1;
    }
    function isRecursiveUsingRealPaths(resolved, state) {
      return state.visited.includes(resolved + state.options.pathSeparator);
    }
    var onlyCountsSync = (state) => {
      return state.counts;
    };
    var groupsSync = (state) => {
      return state.groups;
    };
    var defaultSync = (state) => {
      return state.paths;
    };
    var limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    var onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    var defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    var limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    var groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    function report(error, callback$1, output, suppressErrors) {
      if (error && !suppressErrors) callback$1(error, output);
      else callback$1(null, output);
    }
    function build$1(options, isSynchronous) {
      const { onlyCounts, group, maxFiles } = options;
      if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
      else if (group) return isSynchronous ? groupsSync : groupsAsync;
      else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
      else return isSynchronous ? defaultSync : defaultAsync;
    }
    var readdirOpts = { withFileTypes: true };
    var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs: fs$1 } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs$1.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
        callback$1(entries, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs: fs$1 } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries = [];
      try {
        entries = fs$1.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries, directoryPath, currentDepth);
    };
    function build(isSynchronous) {
      return isSynchronous ? walkSync : walkAsync;
    }
    var Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    var Counter = class {
      _files = 0;
      _directories = 0;
      set files(num) {
        this._files = num;
      }
      get files() {
        return this._files;
      }
      set directories(num) {
        this._directories = num;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    var Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    var Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options, this.isSynchronous);
        this.root = normalizePath(root, options);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options.fs || fs
        };
        this.joinPath = build$7(this.root, options);
        this.pushDirectory = build$6(this.root, options);
        this.pushFile = build$5(options);
        this.getArray = build$4(options);
        this.groupFiles = build$3(options);
        this.resolveSymlink = build$2(options, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries, directoryPath, depth) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries.length; ++i) {
          const entry = entries[i];
          if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry.isDirectory()) {
            let path$1 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry.name, path$1)) continue;
            this.pushDirectory(path$1, paths, filters);
            this.walkDirectory(this.state, path$1, path$1, depth - 1, this.walk);
          } else if (this.resolveSymlink && entry.isSymbolicLink()) {
            let path$1 = joinPathWithBasePath(entry.name, directoryPath);
            this.resolveSymlink(path$1, this.state, (stat, resolvedPath) => {
              if (stat.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path$1 + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path$1 + pathSeparator, depth - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path$1;
                const filename = (0, path.basename)(resolvedPath);
                const directoryPath$1 = normalizePath((0, path.dirname)(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    function promise(root, options) {
      return new Promise((resolve$1, reject) => {
        callback(root, options, (err, output) => {
          if (err) return reject(err);
          resolve$1(output);
        });
      });
    }
    function callback(root, options, callback$1) {
      let walker = new Walker(root, options, callback$1);
      walker.start();
    }
    function sync(root, options) {
      const walker = new Walker(root, options);
      return walker.start();
    }
    var APIBuilder = class {
      constructor(root, options) {
        this.root = root;
        this.options = options;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    var pm = null;
    try {
      require.resolve("picomatch");
      pm = require_picomatch2();
    } catch {
    }
    var Builder = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: path.sep,
        filters: []
      };
      globFunction;
      constructor(options) {
        this.options = {
          ...this.options,
          ...options
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth) {
        this.options.maxDepth = depth;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn) {
        this.globFunction = fn;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options) {
        this.options = {
          ...this.options,
          ...options
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path$1) => isMatch(path$1));
        return this;
      }
    };
    exports2.fdir = Builder;
  }
});

// node_modules/tinyglobby/dist/index.cjs
var require_dist6 = __commonJS({
  "node_modules/tinyglobby/dist/index.cjs"(exports2) {
    Object.defineProperty(exports2, Symbol.toStringTag, { value: "Module" });
    var __create2 = Object.create;
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __getProtoOf2 = Object.getPrototypeOf;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames2(from), i = 0, n = keys.length, key; i < n; i++) {
        key = keys[i];
        if (!__hasOwnProp2.call(to, key) && key !== except) __defProp2(to, key, {
          get: ((k) => from[k]).bind(null, key),
          enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable
        });
      }
      return to;
    };
    var __toESM2 = (mod, isNodeMode, target) => (target = mod != null ? __create2(__getProtoOf2(mod)) : {}, __copyProps2(isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", {
      value: mod,
      enumerable: true
    }) : target, mod));
    var fs = require("fs");
    var path = require("path");
    var url = require("url");
    var fdir = require_dist5();
    var picomatch = require_picomatch2();
    picomatch = __toESM2(picomatch, 1);
    var isReadonlyArray = Array.isArray;
    var BACKSLASHES = /\\/g;
    var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    var isWin = process.platform === "win32";
    var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    function getPartialMatcher(patterns, options = {}) {
      const patternsCount = patterns.length;
      const patternsParts = Array(patternsCount);
      const matchers = Array(patternsCount);
      let i, j;
      for (i = 0; i < patternsCount; i++) {
        const parts = splitPattern(patterns[i]);
        patternsParts[i] = parts;
        const partsCount = parts.length;
        const partMatchers = Array(partsCount);
        for (j = 0; j < partsCount; j++) partMatchers[j] = (0, picomatch.default)(parts[j], options);
        matchers[i] = partMatchers;
      }
      return (input) => {
        const inputParts = input.split("/");
        if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
        for (i = 0; i < patternsCount; i++) {
          const patternParts = patternsParts[i];
          const matcher = matchers[i];
          const inputPatternCount = inputParts.length;
          const minParts = Math.min(inputPatternCount, patternParts.length);
          j = 0;
          while (j < minParts) {
            const part = patternParts[j];
            if (part.includes("/")) return true;
            if (!matcher[j](inputParts[j])) break;
            if (!options.noglobstar && part === "**") return true;
            j++;
          }
          if (j === inputPatternCount) return true;
        }
        return false;
      };
    }
    var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    function buildFormat(cwd, root, absolute) {
      if (cwd === root || root.startsWith(`${cwd}/`)) {
        if (absolute) {
          const start = cwd.length + +!isRoot(cwd);
          return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
        }
        const prefix = root.slice(cwd.length + 1);
        if (prefix) return (p, isDir) => {
          if (p === ".") return prefix;
          const result = `${prefix}/${p}`;
          return isDir ? result.slice(0, -1) : result;
        };
        return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
      }
      if (absolute) return (p) => path.posix.relative(cwd, p) || ".";
      return (p) => path.posix.relative(cwd, `${root}/${p}`) || ".";
    }
    function buildRelative(cwd, root) {
      if (root.startsWith(`${cwd}/`)) {
        const prefix = root.slice(cwd.length + 1);
        return (p) => `${prefix}/${p}`;
      }
      return (p) => {
        const result = path.posix.relative(cwd, `${root}/${p}`);
        return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
      };
    }
    function ensureNonDriveRelativePath(path$1) {
      return path$1.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
    }
    var splitPatternOptions = { parts: true };
    function splitPattern(path$2) {
      var _result$parts;
      const result = picomatch.default.scan(path$2, splitPatternOptions);
      return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path$2];
    }
    var ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
    function convertPosixPathToPattern(path$3) {
      return escapePosixPath(path$3);
    }
    function convertWin32PathToPattern(path$4) {
      return escapeWin32Path(path$4).replace(ESCAPED_WIN32_BACKSLASHES, "/");
    }
    var convertPathToPattern = isWin ? convertWin32PathToPattern : convertPosixPathToPattern;
    var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    var escapePosixPath = (path$5) => path$5.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    var escapeWin32Path = (path$6) => path$6.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    var escapePath = isWin ? escapeWin32Path : escapePosixPath;
    function isDynamicPattern(pattern, options) {
      if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
      const scan = picomatch.default.scan(pattern);
      return scan.isGlob || scan.negated;
    }
    function log(...tasks) {
      console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
    }
    function ensureStringArray(value) {
      return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
    }
    var PARENT_DIRECTORY = /^(\/?\.\.)+/;
    var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    function normalizePattern(pattern, opts, props, isIgnore) {
      var _PARENT_DIRECTORY$exe;
      const cwd = opts.cwd;
      let result = pattern;
      if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
      if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
      const escapedCwd = escapePath(cwd);
      result = (0, path.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? path.posix.relative(escapedCwd, result) : path.posix.normalize(result);
      const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
      const parts = splitPattern(result);
      if (parentDir) {
        const n = (parentDir.length + 1) / 3;
        let i = 0;
        const cwdParts = escapedCwd.split("/");
        while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
          result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
          i++;
        }
        const potentialRoot = path.posix.join(cwd, parentDir.slice(i * 3));
        if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
          props.root = ensureNonDriveRelativePath(potentialRoot);
          props.depthOffset = -n + i;
        }
      }
      if (!isIgnore && props.depthOffset >= 0) {
        var _props$commonPath;
        (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
        const newCommonPath = [];
        const length = Math.min(props.commonPath.length, parts.length);
        for (let i = 0; i < length; i++) {
          const part = parts[i];
          if (part === "**" && !parts[i + 1]) {
            newCommonPath.pop();
            break;
          }
          if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
          newCommonPath.push(part);
        }
        props.depthOffset = newCommonPath.length;
        props.commonPath = newCommonPath;
        props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? path.posix.join(cwd, ...newCommonPath) : cwd);
      }
      return result;
    }
    function processPatterns(options, patterns, props) {
      const matchPatterns = [];
      const ignorePatterns = [];
      for (const pattern of options.ignore) {
        if (!pattern) continue;
        if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
      }
      for (const pattern of patterns) {
        if (!pattern) continue;
        if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
        else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
      }
      return {
        match: matchPatterns,
        ignore: ignorePatterns
      };
    }
    function buildCrawler(options, patterns) {
      const cwd = options.cwd;
      const props = {
        root: cwd,
        depthOffset: 0
      };
      const processed = processPatterns(options, patterns, props);
      if (options.debug) log("internal processing patterns:", processed);
      const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
      const root = props.root.replace(BACKSLASHES, "");
      const matchOptions = {
        dot,
        nobrace: options.braceExpansion === false,
        nocase: !caseSensitiveMatch,
        noextglob: options.extglob === false,
        noglobstar: options.globstar === false,
        posix: true
      };
      const matcher = (0, picomatch.default)(processed.match, matchOptions);
      const ignore = (0, picomatch.default)(processed.ignore, matchOptions);
      const partialMatcher = getPartialMatcher(processed.match, matchOptions);
      const format = buildFormat(cwd, root, absolute);
      const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
      const excludePredicate = (_, p) => {
        const relativePath = excludeFormatter(p, true);
        return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
      };
      let maxDepth;
      if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
      const crawler = new fdir.fdir({
        filters: [debug ? (p, isDirectory) => {
          const path2 = format(p, isDirectory);
          const matches = matcher(path2) && !ignore(path2);
          if (matches) log(`matched ${path2}`);
          return matches;
        } : (p, isDirectory) => {
          const path2 = format(p, isDirectory);
          return matcher(path2) && !ignore(path2);
        }],
        exclude: debug ? (_, p) => {
          const skipped = excludePredicate(_, p);
          log(`${skipped ? "skipped" : "crawling"} ${p}`);
          return skipped;
        } : excludePredicate,
        fs: options.fs,
        pathSeparator: "/",
        relativePaths: !absolute,
        resolvePaths: absolute,
        includeBasePath: absolute,
        resolveSymlinks: followSymbolicLinks,
        excludeSymlinks: !followSymbolicLinks,
        excludeFiles: onlyDirectories,
        includeDirs: onlyDirectories || !options.onlyFiles,
        maxDepth,
        signal: options.signal
      }).crawl(root);
      if (options.debug) log("internal properties:", {
        ...props,
        root
      });
      return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
    }
    function formatPaths(paths, mapper) {
      if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
      return paths;
    }
    var defaultOptions = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
    function getOptions(options) {
      const opts = Object.assign({}, options);
      for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
      opts.cwd = (opts.cwd instanceof URL ? (0, url.fileURLToPath)(opts.cwd) : (0, path.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
      opts.ignore = ensureStringArray(opts.ignore);
      opts.fs && (opts.fs = {
        readdir: opts.fs.readdir || fs.readdir,
        readdirSync: opts.fs.readdirSync || fs.readdirSync,
        realpath: opts.fs.realpath || fs.realpath,
        realpathSync: opts.fs.realpathSync || fs.realpathSync,
        stat: opts.fs.stat || fs.stat,
        statSync: opts.fs.statSync || fs.statSync
      });
      if (opts.debug) log("globbing with options:", opts);
      return opts;
    }
    function getCrawler(globInput, inputOptions = {}) {
      var _ref;
      if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
      const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
      const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
      const options = getOptions(isModern ? inputOptions : globInput);
      return patterns.length > 0 ? buildCrawler(options, patterns) : [];
    }
    async function glob(globInput, options) {
      const [crawler, relative] = getCrawler(globInput, options);
      return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
    }
    function globSync(globInput, options) {
      const [crawler, relative] = getCrawler(globInput, options);
      return crawler ? formatPaths(crawler.sync(), relative) : [];
    }
    exports2.convertPathToPattern = convertPathToPattern;
    exports2.escapePath = escapePath;
    exports2.glob = glob;
    exports2.globSync = globSync;
    exports2.isDynamicPattern = isDynamicPattern;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/resolveProjectList.js
var require_resolveProjectList = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/resolveProjectList.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.clearGlobCache = clearGlobCache;
    exports2.resolveProjectList = resolveProjectList;
    exports2.clearGlobResolutionCache = clearGlobResolutionCache;
    var debug_1 = __importDefault(require_src());
    var tinyglobby_1 = require_dist6();
    var shared_1 = require_shared();
    var ExpiringCache_1 = require_ExpiringCache();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:parseSettings:resolveProjectList");
    var RESOLUTION_CACHE = null;
    function clearGlobCache() {
      RESOLUTION_CACHE?.clear();
    }
    function resolveProjectList(options) {
      const sanitizedProjects = [];
      if (options.project != null) {
        for (const project of options.project) {
          if (typeof project === "string") {
            sanitizedProjects.push(project);
          }
        }
      }
      if (sanitizedProjects.length === 0) {
        return /* @__PURE__ */ new Map();
      }
      const projectFolderIgnoreList = (options.projectFolderIgnoreList ?? ["**/node_modules/**"]).filter((folder) => typeof folder === "string");
      const cacheKey = getHash({
        project: sanitizedProjects,
        projectFolderIgnoreList,
        tsconfigRootDir: options.tsconfigRootDir
      });
      if (RESOLUTION_CACHE == null) {
        RESOLUTION_CACHE = new ExpiringCache_1.ExpiringCache(options.singleRun ? "Infinity" : options.cacheLifetime?.glob ?? ExpiringCache_1.DEFAULT_TSCONFIG_CACHE_DURATION_SECONDS);
      } else {
        const cached = RESOLUTION_CACHE.get(cacheKey);
        if (cached) {
          return cached;
        }
      }
      const nonGlobProjects = sanitizedProjects.filter((project) => !(0, tinyglobby_1.isDynamicPattern)(project));
      const globProjects = sanitizedProjects.filter((project) => (0, tinyglobby_1.isDynamicPattern)(project));
      let globProjectPaths = [];
      if (globProjects.length > 0) {
        globProjectPaths = globProjects.flatMap((pattern) => (0, tinyglobby_1.globSync)(pattern, {
          cwd: options.tsconfigRootDir,
          expandDirectories: false,
          ignore: projectFolderIgnoreList
        }));
      }
      const uniqueCanonicalProjectPaths = new Map([...nonGlobProjects, ...globProjectPaths].map((project) => [
        (0, shared_1.getCanonicalFileName)((0, shared_1.ensureAbsolutePath)(project, options.tsconfigRootDir)),
        (0, shared_1.ensureAbsolutePath)(project, options.tsconfigRootDir)
      ]));
      log("parserOptions.project (excluding ignored) matched projects: %s", uniqueCanonicalProjectPaths);
      RESOLUTION_CACHE.set(cacheKey, uniqueCanonicalProjectPaths);
      return uniqueCanonicalProjectPaths;
    }
    function getHash({ project, projectFolderIgnoreList, tsconfigRootDir }) {
      const hashObject = {
        tsconfigRootDir,
        // the project order does matter and can impact the resolved globs
        project,
        // the ignore order won't doesn't ever matter
        projectFolderIgnoreList: [...projectFolderIgnoreList].sort()
      };
      return (0, shared_1.createHash)(JSON.stringify(hashObject));
    }
    function clearGlobResolutionCache() {
      RESOLUTION_CACHE?.clear();
      RESOLUTION_CACHE = null;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/package.json
var require_package = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/package.json"(exports2, module2) {
    module2.exports = {
      name: "@typescript-eslint/typescript-estree",
      version: "8.73.0",
      description: "A parser that converts TypeScript source code into an ESTree compatible form",
      files: [
        "dist",
        "!**/*.js.map",
        "!**/*.tsbuildinfo"
      ],
      type: "commonjs",
      exports: {
        ".": {
          types: "./dist/index.d.ts",
          default: "./dist/index.js"
        },
        "./package.json": "./package.json",
        "./use-at-your-own-risk": {
          types: "./dist/use-at-your-own-risk.d.ts",
          default: "./dist/use-at-your-own-risk.js"
        }
      },
      types: "./dist/index.d.ts",
      engines: {
        node: "^18.18.0 || ^20.9.0 || >=21.1.0"
      },
      repository: {
        type: "git",
        url: "https://github.com/typescript-eslint/typescript-eslint.git",
        directory: "packages/typescript-estree"
      },
      bugs: {
        url: "https://github.com/typescript-eslint/typescript-eslint/issues"
      },
      homepage: "https://typescript-eslint.io/packages/typescript-estree",
      license: "MIT",
      keywords: [
        "ast",
        "estree",
        "ecmascript",
        "javascript",
        "typescript",
        "parser",
        "syntax"
      ],
      dependencies: {
        "@typescript-eslint/project-service": "8.73.0",
        "@typescript-eslint/tsconfig-utils": "8.73.0",
        "@typescript-eslint/types": "8.73.0",
        "@typescript-eslint/visitor-keys": "8.73.0",
        debug: "^4.4.3",
        minimatch: "^11.0.1",
        semver: "^7.7.3",
        tinyglobby: "^0.2.15",
        "ts-api-utils": "^2.5.0"
      },
      devDependencies: {
        "@typescript/native": "npm:typescript@7.1.0-dev.20261009.1",
        "@vitest/coverage-v8": "^5.0.3",
        eslint: "^10.0.0",
        glob: "^11.1.0",
        rimraf: "^5.0.10",
        typescript: ">=4.8.4 <6.1.0",
        vitest: "^5.0.3",
        yaml: "^2.8.2"
      },
      peerDependencies: {
        "@typescript/native": "npm:typescript@>=7.1.0-dev.20261009.1 || >=7.1.0-beta <7.1.0-dev",
        typescript: ">=4.8.4 <6.1.0"
      },
      peerDependenciesMeta: {
        "@typescript/native": {
          optional: true
        }
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/typescript-eslint"
      },
      nx: {
        name: "typescript-estree",
        includedScripts: [
          "clean"
        ],
        targets: {
          lint: {
            command: "eslint"
          },
          "typecheck:tsc6": {},
          "attw-check": {}
        }
      },
      scripts: {
        build: "pnpm exec nx build",
        clean: "rimraf dist/ coverage/",
        format: "pnpm -w run format",
        lint: "pnpm -w exec nx lint",
        test: "pnpm -w exec nx test",
        typecheck: "pnpm -w exec nx typecheck",
        "typecheck:tsc6": "pnpm -w exec nx typecheck:tsc6",
        "attw-check": "pnpm -w exec nx attw-check"
      }
    };
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/version.js
var require_version = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/version.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.version = void 0;
    exports2.version = require_package().version;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/warnAboutTSVersion.js
var require_warnAboutTSVersion = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/warnAboutTSVersion.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SUPPORTED_TYPESCRIPT_VERSIONS = void 0;
    exports2.handleUnsupportedTSVersion = handleUnsupportedTSVersion;
    var semver_1 = __importDefault(require_semver2());
    var ts = __importStar(require("typescript"));
    var version_1 = require_version();
    exports2.SUPPORTED_TYPESCRIPT_VERSIONS = ">=4.8.4 <6.1.0";
    var SUPPORTED_PRERELEASE_RANGES = [];
    var ACTIVE_TYPESCRIPT_VERSION = ts.version;
    var isRunningSupportedTypeScriptVersion = semver_1.default.satisfies(ACTIVE_TYPESCRIPT_VERSION, [exports2.SUPPORTED_TYPESCRIPT_VERSIONS, ...SUPPORTED_PRERELEASE_RANGES].join(" || "));
    var warnedAboutTSVersion = false;
    function buildUnsupportedTSVersionMessage(severity) {
      const label = severity === "error" ? "ERROR" : "WARNING";
      const border = "=============";
      return [
        border,
        "\n",
        `${label}: You are currently running a version of TypeScript which is not officially supported by @typescript-eslint/typescript-estree.`,
        "\n",
        `* @typescript-eslint/typescript-estree version: ${version_1.version}`,
        `* Supported TypeScript versions: ${exports2.SUPPORTED_TYPESCRIPT_VERSIONS}`,
        `* Your TypeScript version: ${ACTIVE_TYPESCRIPT_VERSION}`,
        "\n",
        "Please only submit bug reports when using the officially supported version.",
        "\n",
        border
      ].join("\n");
    }
    function handleUnsupportedTSVersion(parseSettings, behavior, passedLoggerFn) {
      if (isRunningSupportedTypeScriptVersion || behavior === "ignore") {
        return;
      }
      if (behavior === "error") {
        throw new Error(buildUnsupportedTSVersionMessage("error"));
      }
      if (warnedAboutTSVersion) {
        return;
      }
      if (passedLoggerFn || // See https://github.com/typescript-eslint/typescript-eslint/issues/7896
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      (typeof process === "undefined" ? false : process.stdout?.isTTY)) {
        parseSettings.log(buildUnsupportedTSVersionMessage("warn"));
      }
      warnedAboutTSVersion = true;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/createParseSettings.js
var require_createParseSettings = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/createParseSettings.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createParseSettings = createParseSettings;
    exports2.clearTSConfigMatchCache = clearTSConfigMatchCache;
    exports2.clearTSServerProjectService = clearTSServerProjectService;
    exports2.clearBackendFallbackWarning = clearBackendFallbackWarning;
    var project_service_1 = require_dist4();
    var debug_1 = __importDefault(require_src());
    var node_path_1 = __importDefault(require("node:path"));
    var ts = __importStar(require("typescript"));
    var shared_1 = require_shared();
    var validateDefaultProjectForFilesGlob_1 = require_validateDefaultProjectForFilesGlob();
    var source_files_1 = require_source_files();
    var version_check_1 = require_version_check();
    var candidateTSConfigRootDirs_1 = require_candidateTSConfigRootDirs();
    var ExpiringCache_1 = require_ExpiringCache();
    var getProjectConfigFiles_1 = require_getProjectConfigFiles();
    var inferSingleRun_1 = require_inferSingleRun();
    var resolveProjectList_1 = require_resolveProjectList();
    var warnAboutTSVersion_1 = require_warnAboutTSVersion();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:parseSettings:createParseSettings");
    var TSCONFIG_MATCH_CACHE;
    var TSSERVER_PROJECT_SERVICE = null;
    var warnedAboutBackendFallback = false;
    var JSDocParsingMode = {
      ParseAll: ts.JSDocParsingMode?.ParseAll,
      ParseForTypeErrors: ts.JSDocParsingMode?.ParseForTypeErrors,
      ParseForTypeInfo: ts.JSDocParsingMode?.ParseForTypeInfo,
      ParseNone: ts.JSDocParsingMode?.ParseNone
    };
    function createParseSettings(code, tsestreeOptions = {}) {
      const codeFullText = enforceCodeString(code);
      const singleRun = (0, inferSingleRun_1.inferSingleRun)(tsestreeOptions);
      const { backend, fallbackReason } = resolveBackend(tsestreeOptions);
      const tsconfigRootDir = (() => {
        if (tsestreeOptions.tsconfigRootDir == null) {
          const inferredTsconfigRootDir = (0, candidateTSConfigRootDirs_1.getInferredTSConfigRootDir)();
          if (node_path_1.default.resolve(inferredTsconfigRootDir) !== inferredTsconfigRootDir) {
            throw new Error(`inferred tsconfigRootDir should be a resolved absolute path, but received: ${JSON.stringify(inferredTsconfigRootDir)}. This is a bug in typescript-eslint! Please report it to us at https://github.com/typescript-eslint/typescript-eslint/issues/new/choose.`);
          }
          return inferredTsconfigRootDir;
        }
        if (typeof tsestreeOptions.tsconfigRootDir === "string") {
          const userProvidedTsconfigRootDir = tsestreeOptions.tsconfigRootDir;
          if (!node_path_1.default.isAbsolute(userProvidedTsconfigRootDir) || // Ensure it's fully absolute with a drive letter if windows
          process.platform === "win32" && !/^[a-zA-Z]:/.test(userProvidedTsconfigRootDir)) {
            throw new Error(`parserOptions.tsconfigRootDir must be an absolute path, but received: ${JSON.stringify(userProvidedTsconfigRootDir)}. This is a bug in your configuration; please supply an absolute path.`);
          }
          return node_path_1.default.resolve(userProvidedTsconfigRootDir);
        }
        throw new Error(`If provided, parserOptions.tsconfigRootDir must be a string, but received a value of type "${typeof tsestreeOptions.tsconfigRootDir}"`);
      })();
      const passedLoggerFn = typeof tsestreeOptions.loggerFn === "function";
      const filePath = (0, shared_1.ensureAbsolutePath)(typeof tsestreeOptions.filePath === "string" && tsestreeOptions.filePath !== "<input>" ? tsestreeOptions.filePath : getFileName(tsestreeOptions.jsx), tsconfigRootDir);
      const extension = node_path_1.default.extname(filePath).toLowerCase();
      const jsDocParsingMode = (() => {
        switch (tsestreeOptions.jsDocParsingMode) {
          case "all":
            return JSDocParsingMode.ParseAll;
          case "none":
            return JSDocParsingMode.ParseNone;
          case "type-info":
            return JSDocParsingMode.ParseForTypeInfo;
          default:
            return JSDocParsingMode.ParseAll;
        }
      })();
      const parseSettings = {
        loc: tsestreeOptions.loc === true,
        range: tsestreeOptions.range === true,
        allowInvalidAST: tsestreeOptions.allowInvalidAST === true,
        backend,
        code,
        codeFullText,
        comment: tsestreeOptions.comment === true,
        comments: [],
        debugLevel: tsestreeOptions.debugLevel === true ? /* @__PURE__ */ new Set(["typescript-eslint"]) : Array.isArray(tsestreeOptions.debugLevel) ? new Set(tsestreeOptions.debugLevel) : /* @__PURE__ */ new Set(),
        errorOnTypeScriptSyntacticAndSemanticIssues: false,
        errorOnUnknownASTType: tsestreeOptions.errorOnUnknownASTType === true,
        extraFileExtensions: Array.isArray(tsestreeOptions.extraFileExtensions) && tsestreeOptions.extraFileExtensions.every((ext) => typeof ext === "string") ? tsestreeOptions.extraFileExtensions : [],
        filePath,
        jsDocParsingMode,
        jsx: tsestreeOptions.jsx === true,
        log: typeof tsestreeOptions.loggerFn === "function" ? tsestreeOptions.loggerFn : tsestreeOptions.loggerFn === false ? () => {
        } : console.log,
        // eslint-disable-line no-console
        preserveNodeMaps: tsestreeOptions.preserveNodeMaps !== false,
        programs: Array.isArray(tsestreeOptions.programs) ? tsestreeOptions.programs : null,
        projects: /* @__PURE__ */ new Map(),
        projectService: backend === "classic" && (tsestreeOptions.projectService || tsestreeOptions.project && tsestreeOptions.projectService !== false && process.env.TYPESCRIPT_ESLINT_PROJECT_SERVICE === "true") ? populateProjectService(tsestreeOptions.projectService, {
          jsDocParsingMode,
          tsconfigRootDir
        }) : void 0,
        setExternalModuleIndicator: tsestreeOptions.sourceType === "module" || tsestreeOptions.sourceType == null && extension === ts.Extension.Mjs || tsestreeOptions.sourceType == null && extension === ts.Extension.Mts ? (file) => {
          file.externalModuleIndicator = true;
        } : void 0,
        singleRun,
        suppressDeprecatedPropertyWarnings: tsestreeOptions.suppressDeprecatedPropertyWarnings ?? process.env.NODE_ENV !== "test",
        tokens: tsestreeOptions.tokens === true ? [] : null,
        tsconfigMatchCache: TSCONFIG_MATCH_CACHE ??= new ExpiringCache_1.ExpiringCache(singleRun ? "Infinity" : tsestreeOptions.cacheLifetime?.glob ?? ExpiringCache_1.DEFAULT_TSCONFIG_CACHE_DURATION_SECONDS),
        tsconfigRootDir
      };
      if (parseSettings.projectService && tsestreeOptions.project && process.env.TYPESCRIPT_ESLINT_IGNORE_PROJECT_AND_PROJECT_SERVICE_ERROR !== "true") {
        throw new Error('Enabling "project" does nothing when "projectService" is enabled. You can remove the "project" setting.');
      }
      if (parseSettings.debugLevel.size > 0) {
        const namespaces = [];
        if (parseSettings.debugLevel.has("typescript-eslint")) {
          namespaces.push("typescript-eslint:*");
        }
        if (parseSettings.debugLevel.has("eslint") || // make sure we don't turn off the eslint debug if it was enabled via --debug
        debug_1.default.enabled("eslint:*,-eslint:code-path")) {
          namespaces.push("eslint:*,-eslint:code-path");
        }
        debug_1.default.enable(namespaces.join(","));
      }
      if (Array.isArray(tsestreeOptions.programs)) {
        if (!tsestreeOptions.programs.length) {
          throw new Error(`You have set parserOptions.programs to an empty array. This will cause all files to not be found in existing programs. Either provide one or more existing TypeScript Program instances in the array, or remove the parserOptions.programs setting.`);
        }
        log("parserOptions.programs was provided, so parserOptions.project will be ignored.");
      }
      if (backend === "classic") {
        if (!parseSettings.programs && !parseSettings.projectService) {
          parseSettings.projects = (0, resolveProjectList_1.resolveProjectList)({
            cacheLifetime: tsestreeOptions.cacheLifetime,
            project: (0, getProjectConfigFiles_1.getProjectConfigFiles)(parseSettings, tsestreeOptions.project),
            projectFolderIgnoreList: tsestreeOptions.projectFolderIgnoreList,
            singleRun: parseSettings.singleRun,
            tsconfigRootDir
          });
        }
        if (tsestreeOptions.jsDocParsingMode == null && parseSettings.projects.size === 0 && parseSettings.programs == null && parseSettings.projectService == null) {
          parseSettings.jsDocParsingMode = JSDocParsingMode.ParseNone;
        }
      }
      warnAboutBackendFallback(parseSettings, fallbackReason, passedLoggerFn);
      (0, warnAboutTSVersion_1.handleUnsupportedTSVersion)(parseSettings, tsestreeOptions.onUnsupportedTypeScriptVersion ?? "warn", passedLoggerFn);
      return parseSettings;
    }
    function findUnsupportedNativeOption(tsestreeOptions, projectServiceOptions, ignoreProject) {
      const unsupported = [
        [
          "parserOptions.project",
          !ignoreProject && tsestreeOptions.project != null && tsestreeOptions.project !== false
        ],
        ["parserOptions.programs", tsestreeOptions.programs != null],
        ["extraFileExtensions", tsestreeOptions.extraFileExtensions?.length],
        ["allowDefaultProject", projectServiceOptions.allowDefaultProject?.length],
        ["defaultProject", projectServiceOptions.defaultProject != null],
        [
          "loadTypeScriptPlugins",
          projectServiceOptions.loadTypeScriptPlugins === true
        ],
        [
          "maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING",
          projectServiceOptions.maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING != null
        ]
      ];
      return unsupported.find(([, value]) => value)?.[0];
    }
    function resolveBackend(tsestreeOptions) {
      const { projectService } = tsestreeOptions;
      const projectServiceOptions = projectService && typeof projectService === "object" ? projectService : {};
      const requested = projectServiceOptions.EXPERIMENTAL_backend === "tsgo";
      const viaEnvironment = !requested && process.env.TYPESCRIPT_ESLINT_EXPERIMENTAL_BACKEND === "tsgo" && projectService !== false && (projectService != null || !!tsestreeOptions.project);
      if (!requested && !viaEnvironment) {
        return { backend: "classic" };
      }
      const unsupportedOption = findUnsupportedNativeOption(tsestreeOptions, projectServiceOptions, viaEnvironment);
      const unsupportedReason = !process.features.require_module ? "The experimental tsgo backend requires a Node.js version that can require() ES modules: 20.19, 22.12, or newer." : !version_check_1.typescriptVersionIsAtLeast["6.0"] || version_check_1.typescriptVersionIsAtLeast["6.1"] ? `The experimental tsgo backend requires classic TypeScript 6.0, but found ${ts.version}.` : unsupportedOption && `${unsupportedOption} is not supported by the experimental tsgo backend.`;
      if (!unsupportedReason) {
        return { backend: "tsgo" };
      }
      if (viaEnvironment) {
        log("Falling back to the classic backend: %s", unsupportedReason);
        return { backend: "classic", fallbackReason: unsupportedReason };
      }
      throw new Error(unsupportedReason);
    }
    function warnAboutBackendFallback(parseSettings, fallbackReason, passedLoggerFn) {
      if (!fallbackReason || warnedAboutBackendFallback) {
        return;
      }
      if (passedLoggerFn || // See https://github.com/typescript-eslint/typescript-eslint/issues/7896
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      (typeof process === "undefined" ? false : process.stdout?.isTTY)) {
        parseSettings.log(`WARNING: TYPESCRIPT_ESLINT_EXPERIMENTAL_BACKEND=tsgo is set, but some files are being linted with the classic backend. ${fallbackReason}`);
      }
      warnedAboutBackendFallback = true;
    }
    function clearTSConfigMatchCache() {
      TSCONFIG_MATCH_CACHE?.clear();
    }
    function clearTSServerProjectService() {
      TSSERVER_PROJECT_SERVICE = null;
    }
    function clearBackendFallbackWarning() {
      warnedAboutBackendFallback = false;
    }
    function enforceCodeString(code) {
      return (0, source_files_1.isSourceFile)(code) ? code.getFullText(code) : typeof code === "string" ? code : String(code);
    }
    function getFileName(jsx) {
      return jsx ? "estree.tsx" : "estree.ts";
    }
    function populateProjectService(optionsRaw, settings) {
      const options = typeof optionsRaw === "object" ? optionsRaw : {};
      (0, validateDefaultProjectForFilesGlob_1.validateDefaultProjectForFilesGlob)(options.allowDefaultProject);
      TSSERVER_PROJECT_SERVICE ??= (0, project_service_1.createProjectService)({
        options,
        ...settings
      });
      return TSSERVER_PROJECT_SERVICE;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/semantic-or-syntactic-errors.js
var require_semantic_or_syntactic_errors = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/semantic-or-syntactic-errors.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getFirstSemanticOrSyntacticError = getFirstSemanticOrSyntacticError;
    var typescript_1 = require("typescript");
    function getFirstSemanticOrSyntacticError(program, ast) {
      try {
        const supportedSyntacticDiagnostics = allowlistSupportedDiagnostics(program.getSyntacticDiagnostics(ast));
        if (supportedSyntacticDiagnostics.length > 0) {
          return convertDiagnosticToSemanticOrSyntacticError(supportedSyntacticDiagnostics[0]);
        }
        const supportedSemanticDiagnostics = allowlistSupportedDiagnostics(program.getSemanticDiagnostics(ast));
        if (supportedSemanticDiagnostics.length > 0) {
          return convertDiagnosticToSemanticOrSyntacticError(supportedSemanticDiagnostics[0]);
        }
        return void 0;
      } catch (e) {
        console.warn(`Warning From TSC: "${e.message}`);
        return void 0;
      }
    }
    function allowlistSupportedDiagnostics(diagnostics) {
      return diagnostics.filter((diagnostic) => {
        switch (diagnostic.code) {
          case 1013:
          // "A rest parameter or binding pattern may not have a trailing comma."
          case 1014:
          // "A rest parameter must be last in a parameter list."
          case 1044:
          // "'{0}' modifier cannot appear on a module or namespace element."
          case 1045:
          // "A '{0}' modifier cannot be used with an interface declaration."
          case 1048:
          // "A rest parameter cannot have an initializer."
          case 1049:
          // "A 'set' accessor must have exactly one parameter."
          case 1070:
          // "'{0}' modifier cannot appear on a type member."
          case 1071:
          // "'{0}' modifier cannot appear on an index signature."
          case 1085:
          // "Octal literals are not available when targeting ECMAScript 5 and higher. Use the syntax '{0}'."
          case 1090:
          // "'{0}' modifier cannot appear on a parameter."
          case 1096:
          // "An index signature must have exactly one parameter."
          case 1097:
          // "'{0}' list cannot be empty."
          case 1098:
          // "Type parameter list cannot be empty."
          case 1099:
          // "Type argument list cannot be empty."
          case 1117:
          // "An object literal cannot have multiple properties with the same name in strict mode."
          case 1121:
          // "Octal literals are not allowed in strict mode."
          case 1123:
          //  "Variable declaration list cannot be empty."
          case 1141:
          // "String literal expected."
          case 1162:
          // "An object member cannot be declared optional."
          case 1164:
          // "Computed property names are not allowed in enums."
          case 1172:
          // "'extends' clause already seen."
          case 1173:
          // "'extends' clause must precede 'implements' clause."
          case 1175:
          // "'implements' clause already seen."
          case 1176:
          // "Interface declaration cannot have 'implements' clause."
          case 1190:
          // "The variable declaration of a 'for...of' statement cannot have an initializer."
          case 1196:
          // "Catch clause variable type annotation must be 'any' or 'unknown' if specified."
          case 1200:
          // "Line terminator not permitted before arrow."
          case 1206:
          // "Decorators are not valid here."
          case 1211:
          // "A class declaration without the 'default' modifier must have a name."
          case 1242:
          // "'abstract' modifier can only appear on a class, method, or property declaration."
          case 1246:
          // "An interface property cannot have an initializer."
          case 1255:
          // "A definite assignment assertion '!' is not permitted in this context."
          case 1308:
          // "'await' expression is only allowed within an async function."
          case 2364:
          // "The left-hand side of an assignment expression must be a variable or a property access."
          case 2369:
          // "A parameter property is only allowed in a constructor implementation."
          case 2452:
          // "An enum member cannot have a numeric name."
          case 2462:
          // "A rest element must be last in a destructuring pattern."
          case 8017:
          // "Octal literal types must use ES2015 syntax. Use the syntax '{0}'."
          case 17012:
          // "'{0}' is not a valid meta-property for keyword '{1}'. Did you mean '{2}'?"
          case 17013:
            return true;
        }
        return false;
      });
    }
    function convertDiagnosticToSemanticOrSyntacticError(diagnostic) {
      return {
        ...diagnostic,
        message: (0, typescript_1.flattenDiagnosticMessageText)(diagnostic.messageText, typescript_1.sys.newLine)
      };
    }
  }
});

// node_modules/balanced-match/dist/commonjs/index.js
var require_commonjs = __commonJS({
  "node_modules/balanced-match/dist/commonjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.range = exports2.balanced = void 0;
    var balanced = (a, b, str) => {
      const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
      const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
      const r = ma !== null && mb != null && (0, exports2.range)(ma, mb, str);
      return r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length)
      };
    };
    exports2.balanced = balanced;
    var maybeMatch = (reg, str) => {
      const m = str.match(reg);
      return m ? m[0] : null;
    };
    var range = (a, b, str) => {
      let begs, beg, left, right = void 0, result;
      let ai = str.indexOf(a);
      let bi = str.indexOf(b, ai + 1);
      let i = ai;
      if (ai >= 0 && bi > 0) {
        if (a === b) {
          return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
          if (i === ai) {
            begs.push(i);
            ai = str.indexOf(a, i + 1);
          } else if (begs.length === 1) {
            const r = begs.pop();
            if (r !== void 0)
              result = [r, bi];
          } else {
            beg = begs.pop();
            if (beg !== void 0 && beg < left) {
              left = beg;
              right = bi;
            }
            bi = str.indexOf(b, i + 1);
          }
          i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== void 0) {
          result = [left, right];
        }
      }
      return result;
    };
    exports2.range = range;
  }
});

// node_modules/brace-expansion/dist/commonjs/index.js
var require_commonjs2 = __commonJS({
  "node_modules/brace-expansion/dist/commonjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.EXPANSION_MAX_STEPS = exports2.EXPANSION_MAX_REWRITES = exports2.EXPANSION_MAX_DEPTH = exports2.EXPANSION_MAX_LENGTH = exports2.EXPANSION_MAX = void 0;
    exports2.expand = expand;
    var balanced_match_1 = require_commonjs();
    var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
    var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
    var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
    var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
    var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
    var escSlashPattern = new RegExp(escSlash, "g");
    var escOpenPattern = new RegExp(escOpen, "g");
    var escClosePattern = new RegExp(escClose, "g");
    var escCommaPattern = new RegExp(escComma, "g");
    var escPeriodPattern = new RegExp(escPeriod, "g");
    var slashPattern = /\\\\/g;
    var openPattern = /\\{/g;
    var closePattern = /\\}/g;
    var commaPattern = /\\,/g;
    var periodPattern = /\\\./g;
    exports2.EXPANSION_MAX = 1e5;
    exports2.EXPANSION_MAX_LENGTH = 4e6;
    exports2.EXPANSION_MAX_DEPTH = 1e3;
    exports2.EXPANSION_MAX_REWRITES = 1e3;
    exports2.EXPANSION_MAX_STEPS = 2e7;
    var CALL_STEPS = 16;
    function numeric(str) {
      return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
    }
    function escapeBraces(str) {
      return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
    }
    function unescapeBraces(str) {
      return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
    }
    function pushAll(target, items) {
      for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
      }
    }
    function balancedWithBudget(str, masked, budget) {
      if (budget.remaining < 0) {
        return void 0;
      }
      const r = (0, balanced_match_1.range)("{", "}", masked);
      const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
      budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
      if (!r || budget.remaining < 0) {
        return void 0;
      }
      return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched
      };
    }
    function maskUnmatchedOpens(masked, budget) {
      budget.remaining -= masked.length;
      const open = [];
      for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 123) {
          open.push(i);
        } else if (c === 125 && open.length) {
          open.pop();
        }
      }
      let out = "";
      let last = 0;
      for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + "\0";
        last = at + 1;
      }
      return out + masked.slice(last);
    }
    function commaSetFollows(str, budget) {
      budget.remaining -= str.length;
      if (budget.remaining < 0) {
        return false;
      }
      let close = false;
      for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 125) {
          close = true;
        } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
          close = false;
        } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
          return true;
        }
      }
      return false;
    }
    function parseCommaParts(str, budget) {
      const parts = [];
      let carry = "";
      for (; ; ) {
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
          return void 0;
        }
        if (!m) {
          const tail = str.split(",");
          tail[0] = carry + tail[0];
          pushAll(parts, tail);
          return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(",");
        p[0] = carry + p[0];
        p[p.length - 1] += "{" + body + "}";
        if (!post.length) {
          pushAll(parts, p);
          return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
      }
    }
    function bound(value, fallback) {
      return value === void 0 || isNaN(value) ? fallback : value;
    }
    function expand(str, options = {}) {
      if (!str) {
        return [];
      }
      const max = bound(options.max, exports2.EXPANSION_MAX);
      const maxLength = bound(options.maxLength, exports2.EXPANSION_MAX_LENGTH);
      const maxDepth = bound(options.maxDepth, exports2.EXPANSION_MAX_DEPTH);
      const maxRewrites = bound(options.maxRewrites, exports2.EXPANSION_MAX_REWRITES);
      const maxSteps = bound(options.maxSteps, exports2.EXPANSION_MAX_STEPS);
      if (str.slice(0, 2) === "{}") {
        str = "\\{\\}" + str.slice(2);
      }
      return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
    }
    function embrace(str) {
      return "{" + str + "}";
    }
    function isPadded(el) {
      return /^-?0\d/.test(el);
    }
    function lte(i, y) {
      return i <= y;
    }
    function gte(i, y) {
      return i >= y;
    }
    function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
      const out = [];
      let length = 0;
      let nonEmpty;
      outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
          if (!nonEmpty)
            nonEmpty = values.filter((v) => v);
          vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
          if (out.length >= max)
            break outer;
          const expansion = prefix + vs[v];
          if (length + expansion.length > maxLength)
            break outer;
          out.push(expansion);
          length += expansion.length;
        }
      }
      budget.remaining -= out.length;
      return out;
    }
    function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
      const n = body.split(/\.\./);
      const N = [];
      if (n[0] === void 0 || n[1] === void 0) {
        return N;
      }
      const x = numeric(n[0]);
      const y = numeric(n[1]);
      const width = Math.max(n[0].length, n[1].length);
      let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
      let test = lte;
      const reverse = y < x;
      if (reverse) {
        incr *= -1;
        test = gte;
      }
      const pad = n.some(isPadded);
      const cost = pad ? width : 1;
      let length = 0;
      for (let i = x; test(i, y) && N.length < max; i += incr) {
        budget.remaining -= cost;
        if (budget.remaining < 0) {
          return void 0;
        }
        let c;
        if (isAlphaSequence) {
          c = String.fromCharCode(i);
          if (c === "\\") {
            c = "";
          }
        } else {
          c = String(i);
          if (pad) {
            const need = width - c.length;
            if (need > 0) {
              const z = new Array(need + 1).join("0");
              if (i < 0) {
                c = "-" + z + c.slice(1);
              } else {
                c = z + c;
              }
            }
          }
        }
        if (length + c.length > maxLength)
          break;
        N.push(c);
        length += c.length;
      }
      return N;
    }
    function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
      budget.remaining -= CALL_STEPS;
      if (depth > maxDepth) {
        return [str];
      }
      let acc = [""];
      let rewrites = 0;
      let dropEmpties = false;
      let firstGroup = true;
      let masked = str;
      for (; ; ) {
        const m = balancedWithBudget(str, masked, budget);
        if (!m) {
          return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
          masked = maskUnmatchedOpens(masked, budget);
        }
        const pre = m.pre;
        const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
          acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
          firstGroup = false;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(",") >= 0;
        if (!isSequence && !isOptions) {
          if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
            rewrites++;
            str = m.pre + "{" + m.body + escClose + m.post;
            masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
            isTop = true;
            continue;
          }
          return literal();
        }
        if (firstGroup) {
          dropEmpties = isTop && !isSequence;
          firstGroup = false;
        }
        let values;
        if (isSequence) {
          values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
          if (!values) {
            return literal();
          }
        } else {
          let n = parseCommaParts(m.body, budget);
          if (!n) {
            return literal();
          }
          if (n.length === 1 && n[0] !== void 0) {
            n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
            if (budget.remaining < 0) {
              return literal();
            }
            if (n.length === 1) {
              const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
              if (budget.remaining < 0) {
                return literal();
              }
              acc = next2;
              if (!m.post.length)
                break;
              str = m.post;
              masked = masked.slice(m.end + 1);
              continue;
            }
          }
          let dropsEmpties = dropEmpties && !m.post.length && !pre;
          for (let d = 0; dropsEmpties && d < acc.length; d++) {
            if (acc[d]) {
              dropsEmpties = false;
            }
          }
          values = [];
          let valuesLength = 0;
          outer: for (let j = 0; j < n.length; j++) {
            const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
            if (budget.remaining < 0) {
              return literal();
            }
            for (let k = 0; k < expanded.length; k++) {
              const v = expanded[k];
              if (dropsEmpties && !v)
                continue;
              if (values.length >= max || valuesLength + v.length > maxLength) {
                break outer;
              }
              values.push(v);
              valuesLength += v.length;
            }
          }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        if (budget.remaining < 0) {
          return literal();
        }
        acc = next;
        if (!m.post.length)
          break;
        str = m.post;
        masked = masked.slice(m.end + 1);
      }
      return acc;
    }
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/numeric-range.js
var require_numeric_range = __commonJS({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/numeric-range.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.numericRange = void 0;
    var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
    var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
    var fixed = (a, b) => {
      if (!a)
        return [[]];
      let lo = +a[0];
      let hi = +b[0];
      const ra = a.slice(1);
      const rb = b.slice(1);
      if (lo === hi)
        return prefix(lo, fixed(ra, rb));
      const zeros = "0".repeat(ra.length);
      const nines = "9".repeat(ra.length);
      const out = [];
      if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
      const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
      if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
      }
      out.push(...last);
      return out;
    };
    var nonneg = (a, b, width) => {
      if (width) {
        return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
      }
      const out = [];
      for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
      }
      return out;
    };
    var numericRange = (loStr, hiStr) => {
      let lo = Number(loStr);
      let hi = Number(hiStr);
      if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
      if (lo > hi)
        [lo, hi] = [hi, lo];
      const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
      const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
      const out = [];
      if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
      }
      if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
      return out;
    };
    exports2.numericRange = numericRange;
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/parse-class.js
var require_parse_class = __commonJS({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/parse-class.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.parseClass = void 0;
    var posixClasses = {
      "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
      "[:alpha:]": ["\\p{L}\\p{Nl}"],
      "[:ascii:]": ["\\x00-\\x7f"],
      "[:blank:]": ["\\p{Zs}\\t"],
      "[:cntrl:]": ["\\p{Cc}"],
      "[:digit:]": ["\\p{Nd}"],
      "[:graph:]": ["\\p{Z}\\p{C}", true],
      "[:lower:]": ["\\p{Ll}"],
      "[:print:]": ["\\p{C}", true],
      "[:punct:]": ["\\p{P}\\p{S}"],
      "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
      "[:upper:]": ["\\p{Lu}"],
      "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
      "[:xdigit:]": ["A-Fa-f0-9"]
    };
    var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
    var noMatch = /$./;
    var parseClass = (glob, position, nocase = false, form) => {
      const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
      };
      const pos = position;
      if (glob.charAt(pos) !== "[") {
        throw new Error("not in a brace expression");
      }
      const ranges = [];
      const negs = [];
      let i = pos + 1;
      let sawStart = false;
      let escaping = false;
      let negate = false;
      let endPos = pos;
      let rangeStart = "";
      WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === "!" || c === "^") && i === pos + 1) {
          negate = true;
          i++;
          continue;
        }
        if (c === "]" && sawStart && !escaping) {
          endPos = i + 1;
          break;
        }
        sawStart = true;
        if (c === "\\") {
          if (!escaping) {
            escaping = true;
            i++;
            continue;
          }
        }
        if (c === "[" && !escaping) {
          for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
            if (glob.startsWith(cls, i)) {
              if (rangeStart) {
                return [noMatch, glob.length - pos];
              }
              i += cls.length;
              if (neg)
                negs.push(unip);
              else
                ranges.push(unip);
              continue WHILE;
            }
          }
        }
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
          if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
            ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
          } else if (n === rangeStart) {
            ranges.push(braceEscape(n));
          }
          rangeStart = "";
          i += c.length;
          continue;
        }
        if (glob.startsWith("-]", i + c.length)) {
          ranges.push(braceEscape(n + "-"));
          i += c.length + 1;
          continue;
        }
        if (glob.startsWith("-", i + c.length)) {
          rangeStart = n;
          i += c.length + 1;
          continue;
        }
        ranges.push(braceEscape(n));
        i += c.length;
      }
      if (endPos < i) {
        return [noMatch, 0];
      }
      if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
      }
      const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
      const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
      const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
      return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
    };
    exports2.parseClass = parseClass;
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/index.js
var require_commonjs3 = __commonJS({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Matcher = void 0;
    var numeric_range_js_1 = require_numeric_range();
    var parse_class_js_1 = require_parse_class();
    var MATCH = { t: "match", id: 0 };
    var extTypes = "!?+*@";
    var lit = (ch) => ({ t: "lit", ch });
    var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
    var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
    var foldCache = /* @__PURE__ */ new Map();
    var foldRe = (ch) => {
      let re = foldCache.get(ch);
      if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1e3)
          foldCache.clear();
        foldCache.set(ch, re);
      }
      return re;
    };
    var litMatch = (l, c) => {
      if (c === l.ch)
        return true;
      if (!l.re)
        return false;
      const code = c.charCodeAt(0);
      if (code >= 128)
        return l.re.test(c);
      const ascii = l.ascii ??= new Uint8Array(128);
      ascii[code] ||= l.re.test(c) ? 1 : 2;
      return ascii[code] === 1;
    };
    var tokenize = (p, nocase, noext, form, mark) => {
      const toks = [];
      for (let i = 0; i < p.length; ) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
          const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
          if (m || c === mark) {
            const start = i + m + mark.length;
            const end = p.indexOf(mark, start);
            const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
            const alts = end !== -1 && r && (0, numeric_range_js_1.numericRange)(r[1], r[2]);
            if (alts) {
              toks.push({ t: "ext", type: "@", alts });
              i = end + mark.length;
              continue;
            }
          }
        }
        if (c === "\\") {
          const e = p.codePointAt(i + 1);
          const ch = e === void 0 ? c : String.fromCodePoint(e);
          toks.push(lit(ch));
          i += 1 + ch.length;
          continue;
        }
        if (c === "[") {
          const [re, consumed] = (0, parse_class_js_1.parseClass)(p, i, nocase, form);
          if (consumed) {
            toks.push({ t: "class", re });
            i += consumed;
            continue;
          }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
          toks.push({ t: "open", type: c });
          i += 2;
          continue;
        }
        toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
        i += c.length;
      }
      return toks;
    };
    var pair = (toks) => {
      const pairs = /* @__PURE__ */ new Map();
      const stack = [];
      toks.forEach((tok, i) => {
        if (tok.t === "open")
          stack.push(i);
        else if (tok.t === "close" && stack.length)
          pairs.set(stack.pop(), i);
      });
      return pairs;
    };
    var build = (toks, pairs, start, end, top) => {
      let seq = [];
      const alts = [seq];
      for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === "open" && close !== void 0) {
          const sub = build(toks, pairs, i + 1, close, false);
          seq.push({ t: "ext", type: tok.type, alts: sub });
          i = close;
        } else if (tok.t === "bar" && !top) {
          alts.push(seq = []);
        } else if (tok.t === "open") {
          seq.push(lit(tok.type), lit("("));
        } else if (tok.t === "bar") {
          seq.push(lit("|"));
        } else if (tok.t === "close") {
          seq.push(lit(")"));
        } else {
          seq.push(tok);
        }
      }
      return alts;
    };
    var normalize = (items, form) => {
      const out = [];
      let run = "";
      const flush = () => {
        for (const ch of run.normalize(form))
          out.push(lit(ch));
        run = "";
      };
      for (const it of items) {
        if (it.t === "lit") {
          run += it.ch;
          continue;
        }
        flush();
        out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
      }
      flush();
      return out;
    };
    var compile = (items, nocase) => {
      let id = 1;
      const split = (out) => ({ t: "split", id: id++, out });
      const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
      const item = (it, next) => {
        switch (it.t) {
          case "lit":
            const re = nocase ? foldRe(it.ch) : void 0;
            return { t: "lit", id: id++, ch: it.ch, re, next };
          case "any":
          case "star":
            return { t: it.t, id: id++, next };
          case "class":
            return { t: "class", id: id++, re: it.re, next };
        }
        const alts = (next2) => it.alts.map((a) => seq(a, next2));
        switch (it.type) {
          case "@":
            return split(alts(next));
          case "?":
            return split([next, ...alts(next)]);
          case "!":
            return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
        }
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === "*" ? after : entry;
      };
      const start = seq(items, MATCH);
      return [start, id];
    };
    var show = (start) => {
      const lines = [];
      const seen = /* @__PURE__ */ new Set();
      const ref = (n) => n.t === "match" ? "match" : String(n.id);
      const walk = (n, indent) => {
        if (n.t === "match" || seen.has(n))
          return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
          case "split":
            line(`split -> ${n.out.map(ref).join(", ")}`);
            for (const o of n.out)
              walk(o, indent);
            return;
          case "neg":
            line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
            walk(n.sub, indent + "  ");
            return walk(n.next, indent);
          case "lit":
            line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
            break;
          case "class":
            line(`${n.re} -> ${ref(n.next)}`);
            break;
          default:
            line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
      };
      walk(start, "");
      return [`start -> ${ref(start)}`, ...lines].join("\n");
    };
    var State = class {
      // set by the Sim, to mark the nodes that this state has
      gen;
      threads = [];
      match = false;
      runs = [];
      // the sorted ids of the threads, with 0 for a match, once the
      // state is done
      ids = [];
      constructor(gen) {
        this.gen = gen;
      }
      // no threads, so nothing more can match
      get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
      }
    };
    var sameState = (a, b) => {
      if (a.ids.length !== b.ids.length)
        return false;
      if (a.runs.length !== b.runs.length)
        return false;
      if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
      return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
    };
    var marks = (size) => ({
      has: new Float64Array(size),
      seen: new Float64Array(size),
      gen: 0
    });
    var Sim = class {
      // `.` and `..` only match literal dots, even with `dot:true`
      dots;
      // the string starts with `.`, and `dot:true` is not set
      dotStart;
      #marks;
      constructor(dots, dotStart, marks2) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks2;
      }
      state() {
        return new State(++this.#marks.gen);
      }
      // sort the ids of a state, once it has all of its threads
      done(state) {
        state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
        if (state.match)
          state.ids.unshift(MATCH.id);
        return state;
      }
      // true the first time that the state walks through the node, so
      // that loops in the graph stop
      #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
          return false;
        seen[node.id] = state.gen;
        return true;
      }
      #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
          return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
      }
      // wildcards only match a leading dot if `dot:true`. In a negated
      // sub-pattern, this does not apply, because the negation itself
      // can not match a leading dot.
      restricted(i, top) {
        return top && (this.dots || this.dotStart && i === 0);
      }
      add(state, node, i, top) {
        switch (node.t) {
          case "split":
            if (!this.#visit(state, node))
              return;
            for (const o of node.out)
              this.add(state, o, i, top);
            return;
          case "neg":
            if (!this.#visit(state, node))
              return;
            const sub = this.state();
            this.add(sub, node.sub, i, false);
            this.done(sub);
            return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
          case "star":
            if (this.restricted(i, top))
              return;
            if (this.#addThread(state, node))
              this.add(state, node.next, i, top);
            return;
          case "match":
            state.match = true;
            return;
          default:
            this.#addThread(state, node);
        }
      }
      addRun(state, run, i, top) {
        for (const r of state.runs) {
          if (r.neg === run.neg && sameState(r.state, run.state))
            return;
        }
        state.runs.push(run);
        if (!run.state.match) {
          this.add(state, run.neg.next, i, top);
        }
      }
      // the threads after char `c`, at index `i`
      step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
          switch (th.t) {
            case "lit":
              if (litMatch(th, c)) {
                this.add(next, th.next, i + 1, top);
              }
              break;
            case "any":
              if (!this.restricted(i, top))
                this.add(next, th.next, i + 1, top);
              break;
            case "class":
              if (!this.restricted(i, top) && th.re.test(c)) {
                this.add(next, th.next, i + 1, top);
              }
              break;
            case "star":
              if (!this.restricted(i, top))
                this.add(next, th, i + 1, top);
          }
        }
        if (!this.restricted(i, top)) {
          for (const run of state.runs) {
            if (run.state.dead) {
              this.addRun(next, run, i + 1, top);
              continue;
            }
            const sub = this.step(run.state, c, i, false);
            this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
          }
        }
        return this.done(next);
      }
    };
    var stateKey = (state) => {
      const ids = state.ids.join();
      if (!state.runs.length)
        return ids;
      const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
      return `${ids}|${runs.sort().join("|")}`;
    };
    var DFA_BUDGET = 1 << 18;
    var Dfa = class {
      #start;
      #states = /* @__PURE__ */ new Map();
      #size = 0;
      #plain;
      #dotStart;
      #sim;
      #dotSim;
      constructor(start, marks2) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks2);
        this.#dotSim = new Sim(false, true, marks2);
      }
      #make(state) {
        return {
          state,
          match: state.match,
          dead: state.dead,
          next: /* @__PURE__ */ new Map()
        };
      }
      #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
          return found;
        if (this.#size > DFA_BUDGET)
          this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
      }
      #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = void 0;
        this.#dotStart = void 0;
      }
      start(dotStart) {
        if (dotStart) {
          if (this.#dotStart)
            return this.#dotStart;
          const state2 = this.#dotSim.state();
          this.#dotSim.add(state2, this.#start, 0, true);
          return this.#dotStart = this.#make(this.#dotSim.done(state2));
        }
        if (this.#plain)
          return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return this.#plain = this.#intern(this.#sim.done(state));
      }
      // the next state, after a miss in `d.ascii`
      next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? void 0 : d.next.get(c);
        if (found)
          return found;
        const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
          if (!d.ascii) {
            d.ascii = new Array(128);
            this.#size += 128;
          }
          d.ascii[code] = n;
        } else {
          d.next.set(c, n);
        }
        this.#size++;
        return n;
      }
    };
    var linear = (start) => {
      const nodes = [];
      for (let n = start; n.t !== "match"; n = n.next) {
        if (n.t === "split" || n.t === "neg")
          return void 0;
        nodes.push(n);
      }
      return nodes;
    };
    var testLinear = (nodes, chars, start, end) => {
      let ni = 0;
      let ci = start;
      let starNi = -1;
      let starCi = 0;
      while (ci < end) {
        const n = nodes[ni];
        if (n?.t === "star") {
          starNi = ni++;
          starCi = ci;
          continue;
        }
        const c = chars[ci];
        if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
          ni++;
          ci++;
          continue;
        }
        if (starNi === -1)
          return false;
        ni = starNi + 1;
        ci = ++starCi;
      }
      while (nodes[ni]?.t === "star")
        ni++;
      return ni === nodes.length;
    };
    var lengths = (items) => {
      let min = 0;
      let max = 0;
      for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
      }
      return [min, max];
    };
    var itemLengths = (it) => {
      if (it.t === "star")
        return [0, Infinity];
      if (it.t !== "ext")
        return [1, 1];
      if (it.type === "!")
        return [0, Infinity];
      const alts = it.alts.map(lengths);
      const min = Math.min(...alts.map((a) => a[0]));
      const max = Math.max(...alts.map((a) => a[1]));
      const loop = max === 0 ? 0 : Infinity;
      return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
    };
    var hasAffix = (lits, chars, start) => {
      for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
          return false;
      }
      return true;
    };
    var slashOrSurrogate = /[/\ud800-\udfff]/;
    var surrogate = /[\ud800-\udfff]/;
    var codePoints = (s) => surrogate.test(s) ? [...s] : s;
    var noSlash = (s) => {
      if (s.includes("/")) {
        throw new Error("can only match a single path portion, got: " + s);
      }
    };
    var Matcher = class {
      pattern;
      options;
      #start;
      // the number of node ids
      #size;
      #marks;
      // the Sim for strings that are only `.` or `..`
      #dotsSim;
      // the string to compare, if the pattern has no magic. With
      // `nocase:true`, the RegExp that folds case is made when it is
      // first used.
      #literal;
      #literalFold = false;
      #literalRe;
      // the nodes between the prefix and suffix, if the graph is a
      // single chain
      #linear;
      // the linear nodes are only `*` and `?`, so the length bounds and
      // the prefix and suffix decide the match
      #wild = false;
      // the least and most chars that a match can have
      #min = 0;
      #max = Infinity;
      // the literals that a match must start and end with. Each one
      // matches exactly one char, and they are distinct items in the
      // pattern, so a string that does not have them can not match.
      #prefix = [];
      #suffix = [];
      // the prefix and suffix as strings, if they do not fold case
      #prefixStr;
      #suffixStr;
      // there is a prefix or suffix to check
      #affix = false;
      #dfa;
      #form;
      constructor(pattern, options = {}) {
        if (pattern.includes("/")) {
          throw new Error("can only match a single path portion, got pattern: " + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? "NFC" : n || void 0;
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
          items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every((it) => it.t === "lit")) {
          this.#literal = items.map((it) => it.ch).join("");
          this.#literalFold = nocase;
        } else {
          const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
          for (const it of items) {
            const l = lit2(it);
            if (!l)
              break;
            this.#prefix.push(l);
          }
          for (let j = items.length - 1; j >= 0; j--) {
            const l = lit2(items[j]);
            if (!l)
              break;
            this.#suffix.unshift(l);
          }
          this.#affix = !!(this.#prefix.length || this.#suffix.length);
          if (!nocase) {
            this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
            this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
          }
          this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
          this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
          const [min, max] = lengths(items);
          this.#min = min;
          this.#max = max;
        }
      }
      test(s) {
        if (this.#form) {
          noSlash(s);
          return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
          noSlash(s);
          return this.#test(s, [...s]);
        }
        return this.#test(s, s);
      }
      /**
       * The same as {@link Matcher#test}, but the string is not checked
       * for `/` chars, so the result for a string that has one is not
       * defined. Only use it for a string that is known to be one path
       * portion, such as a part of a path that was split on `/`. It can
       * be faster, because some patterns do not need to look at each char
       * of the string.
       */
      testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
      }
      // Test a string that has no `/`. `chars` indexes it by code point.
      // If it is not given, it is only found if a step needs it.
      #test(s, chars) {
        if (this.#literal !== void 0) {
          return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
        }
        const min = this.#min;
        const max = this.#max;
        if (chars === void 0) {
          const most = s.length;
          const least = most + 1 >> 1;
          if (most < min || least > max)
            return false;
          if (least < min || most > max)
            chars = codePoints(s);
        }
        if (chars !== void 0 && (chars.length < min || chars.length > max)) {
          return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
          if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
            if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
              return false;
            }
          } else {
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
              return false;
            }
          }
        }
        const dotStart = !this.options.dot && s.startsWith(".");
        if (this.#linear) {
          if (s === "." || s === "..")
            return false;
          if (dotStart && !prefix)
            return false;
          if (this.#wild)
            return true;
          chars ??= codePoints(s);
          const end = chars.length - this.#suffix.length;
          return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === "." || s === "..") {
          this.#marks ??= marks(this.#size);
          const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
          const start = sim.state();
          sim.add(start, this.#start, 0, true);
          let state = sim.done(start);
          for (let i = 0; i < chars.length; i++) {
            state = sim.step(state, chars[i], i, true);
          }
          return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
        let d = dfa.start(dotStart);
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
          if (d.dead)
            return false;
          const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
          d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
      }
      /** a readable listing of the state machine */
      toString() {
        return show(this.#start);
      }
    };
    exports2.Matcher = Matcher;
  }
});

// node_modules/minimatch/dist/commonjs/assert-valid-pattern.js
var require_assert_valid_pattern = __commonJS({
  "node_modules/minimatch/dist/commonjs/assert-valid-pattern.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.assertValidPattern = void 0;
    var MAX_PATTERN_LENGTH = 1024 * 64;
    var assertValidPattern = (pattern) => {
      if (typeof pattern !== "string") {
        throw new TypeError("invalid pattern");
      }
      if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError("pattern is too long");
      }
    };
    exports2.assertValidPattern = assertValidPattern;
  }
});

// node_modules/minimatch/dist/commonjs/escape.js
var require_escape = __commonJS({
  "node_modules/minimatch/dist/commonjs/escape.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.escape = void 0;
    var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
      const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
      const c = e.charAt(0);
      if (c === "#") {
        return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
      }
      if (c === "!") {
        return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
      }
      return e;
    };
    exports2.escape = escape;
  }
});

// node_modules/minimatch/dist/commonjs/unescape.js
var require_unescape = __commonJS({
  "node_modules/minimatch/dist/commonjs/unescape.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.unescape = void 0;
    var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
      if (windowsPathsNoEscape && s.startsWith("@(!)")) {
        return "!" + (0, exports2.unescape)(s.slice(4), { windowsPathsNoEscape, magicalBraces });
      }
      if (magicalBraces) {
        return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
      }
      return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
    };
    exports2.unescape = unescape;
  }
});

// node_modules/minimatch/dist/commonjs/index.js
var require_commonjs4 = __commonJS({
  "node_modules/minimatch/dist/commonjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.unescape = exports2.escape = exports2.Minimatch = exports2.match = exports2.braceExpand = exports2.defaults = exports2.filter = exports2.GLOBSTAR = exports2.sep = exports2.minimatch = void 0;
    var brace_expansion_1 = require_commonjs2();
    var nonrecursive_glob_match_1 = require_commonjs3();
    var assert_valid_pattern_js_1 = require_assert_valid_pattern();
    var escape_js_1 = require_escape();
    var unescape_js_1 = require_unescape();
    var DEFAULT_BRACE_EXPAND_MAX = 1e5;
    var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
    var AWE_KEY = "allowWindowsEscape";
    var minimatch = (p, pattern, options) => {
      (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
      if (!options?.nocomment && pattern.charAt(0) === "#") {
        return false;
      }
      return cachedMinimatch(pattern, options).match(p);
    };
    exports2.minimatch = minimatch;
    var cache = /* @__PURE__ */ new Map();
    var oldCache = /* @__PURE__ */ new Map();
    var cacheSize = 0;
    var cacheTotalWeight = 0;
    var cacheMax = 256;
    var cacheMaxWeight = 1 << 15;
    var cacheMaxEntryWeight = 1 << 12;
    var cacheWeight = (mm) => {
      let w = mm.pattern.length;
      for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
          break;
      }
      return w;
    };
    var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
    var booleanWeights = new Map(Object.keys({
      nobrace: 0,
      nocomment: 0,
      nonegate: 0,
      noglobstar: 0,
      noext: 0,
      nonull: 0,
      partial: 0,
      dot: 0,
      nocase: 0,
      nocaseMagicOnly: 0,
      magicalBraces: 0,
      matchBase: 0,
      flipNegate: 0,
      preserveMultipleSlashes: 0,
      windowsNoMagicRoot: 0
    }).map((k, i) => [k, 24 * 3 ** i]));
    var optionsKey = (o) => {
      let n = 0;
      let wpe = false;
      for (const k in o) {
        const v = o[k];
        switch (k) {
          // the same test as the Minimatch constructor
          case "windowsPathsNoEscape":
            if (v)
              wpe = true;
            break;
          case AWE_KEY:
            if (v === false)
              wpe = true;
            break;
          case "platform": {
            const p = v || defaultPlatform;
            if (p === defaultPlatform)
              break;
            if (p === "darwin")
              n += 3;
            else if (p === "win32")
              n += 6;
            else if (p === "linux")
              n += 9;
            else
              return JSON.stringify(o);
            break;
          }
          case "optimizationLevel":
            if (v === void 0)
              break;
            n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
            break;
          case "braceExpandMax":
            if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
              return JSON.stringify(o);
            }
            break;
          case "maxGlobstarRecursion":
            if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
              return JSON.stringify(o);
            }
            break;
          case "normalize":
            if (v !== void 0)
              return JSON.stringify(o);
            break;
          default:
            n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
      }
      return wpe ? n + 12 : n;
    };
    var copyOptions = (o) => {
      const copy = {};
      for (const k in o)
        copy[k] = o[k];
      return copy;
    };
    var cachedMinimatch = (pattern, options) => {
      const key = options ? optionsKey(options) : 0;
      let mm = cache.get(key)?.get(pattern);
      if (mm)
        return mm;
      mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
      const weight = cacheWeight(mm);
      if (weight > cacheMaxEntryWeight)
        return mm;
      if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = /* @__PURE__ */ new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
      }
      let byPattern = cache.get(key);
      if (!byPattern)
        cache.set(key, byPattern = /* @__PURE__ */ new Map());
      byPattern.set(pattern, mm);
      cacheSize++;
      cacheTotalWeight += weight;
      return mm;
    };
    var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
    var path = {
      win32: { sep: "\\" },
      posix: { sep: "/" }
    };
    exports2.sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
    exports2.minimatch.sep = exports2.sep;
    exports2.GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
    exports2.minimatch.GLOBSTAR = exports2.GLOBSTAR;
    var filter = (pattern, options) => {
      let mm;
      return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
    };
    exports2.filter = filter;
    exports2.minimatch.filter = exports2.filter;
    var ext = (a, b = {}) => Object.assign({}, a, b);
    var defaults = (def) => {
      if (!def || typeof def !== "object" || !Object.keys(def).length) {
        return exports2.minimatch;
      }
      const orig = exports2.minimatch;
      const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
      return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
          constructor(pattern, options = {}) {
            super(pattern, ext(def, options));
          }
          static defaults(options) {
            return orig.defaults(ext(def, options)).Minimatch;
          }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: exports2.GLOBSTAR
      });
    };
    exports2.defaults = defaults;
    exports2.minimatch.defaults = exports2.defaults;
    var braceExpand = (pattern, options = {}) => {
      (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
      if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        return [pattern];
      }
      let p = pattern.replace(/\\\\/g, "\\\\\\\\");
      if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, "[\\$1]");
      }
      return (0, brace_expansion_1.expand)(p, { max: options.braceExpandMax });
    };
    exports2.braceExpand = braceExpand;
    exports2.minimatch.braceExpand = exports2.braceExpand;
    var RANGE_MIN = 100;
    var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
    var inRepeatOrNegExt = (portion, mark) => {
      const stack = [];
      for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === "\\") {
          i++;
        } else if (c === mark) {
          if (stack.some((t) => t !== "@" && t !== "?"))
            return true;
        } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
          stack.push(c);
          i++;
        } else if (c === ")") {
          stack.pop();
        }
      }
      return false;
    };
    var match = (list, pattern, options = {}) => {
      const mm = new Minimatch(pattern, options);
      list = list.filter((f) => mm.match(f));
      if (mm.options.nonull && !list.length) {
        list.push(pattern);
      }
      return list;
    };
    exports2.match = match;
    exports2.minimatch.match = exports2.match;
    var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
    var classEnd = (pattern, start) => {
      let i = start + 1;
      if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
        i++;
      let sawStart = false;
      for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "]" && sawStart)
          return i;
        sawStart = true;
        if (c === "\\")
          i++;
      }
      return -1;
    };
    var literal = (pattern, noext) => {
      if (!noext && (pattern === "+()" || pattern === "@()"))
        return pattern;
      let lit = "";
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "\\") {
          lit += pattern.charAt(++i) || c;
        } else if (c === "*" || c === "?") {
          return void 0;
        } else if (c === "[") {
          const close = classEnd(pattern, i);
          if (close === -1) {
            lit += c;
            continue;
          }
          let body = pattern.slice(i + 1, close);
          if (body.startsWith("\\"))
            body = body.slice(1);
          if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
            return void 0;
          }
          lit += body;
          i = close;
        } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
          return void 0;
        } else {
          lit += c;
        }
      }
      return lit;
    };
    var MAX_EXTGLOBS = 256;
    var extglobCount = (pattern) => {
      let n = 0;
      for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === "\\") {
          i++;
        } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
          n++;
          i++;
        }
      }
      return n;
    };
    var assertValidExtglobs = (pattern) => {
      if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError("pattern has too many extglobs");
      }
    };
    var extSafe = (pattern) => {
      if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
        return false;
      let depth = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "\\") {
          if (++i === pattern.length)
            return false;
        } else if (c === "[") {
          const close = classEnd(pattern, i);
          if (close !== -1)
            i = close;
        } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
          depth++;
          i++;
        } else if (c === ")") {
          if (!depth--)
            return false;
        } else if (c === "|" && !depth) {
          return false;
        }
      }
      return !depth;
    };
    var lastSplit;
    var lastChecked;
    var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
    var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
    var isDots = (p) => p === "." || p === "..";
    var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
    var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
    var uncHost = (p) => {
      if (p[0] !== "" || p[1] !== "")
        return -1;
      const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
      const host = p[h];
      const share = p[h + 1];
      return h !== -1 && host !== void 0 && host !== "" && host !== exports2.GLOBSTAR && share !== void 0 && share !== "" && share !== exports2.GLOBSTAR ? h : -1;
    };
    var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
    var dotPortion = (f, start, end, dot, sep) => {
      for (let k = start; k < end; ) {
        if (f.charCodeAt(k) === 46) {
          if (!dot)
            return true;
          const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
          if (n >= end || isSep(f.charCodeAt(n), sep))
            return true;
        }
        const s = nextSep(f, k, sep);
        if (s === -1)
          return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
          k++;
      }
      return false;
    };
    var isSep = (c, sep) => sep === "/" ? c === 47 : sep === "\\" ? c === 92 : c === 47 || c === 92;
    var nextSep = (f, from, sep) => {
      if (sep !== "both")
        return f.indexOf(sep, from);
      const s = f.indexOf("/", from);
      const b = f.indexOf("\\", from);
      return s === -1 ? b : b === -1 ? s : Math.min(s, b);
    };
    var lastSep = (f, from, sep) => sep !== "both" ? f.lastIndexOf(sep, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
    var PENDING = {};
    var Minimatch = class {
      options;
      set;
      pattern;
      windowsPathsNoEscape;
      nonegate;
      negate;
      comment;
      empty;
      preserveMultipleSlashes;
      partial;
      globSet;
      globParts;
      nocase;
      isWindows;
      platform;
      windowsNoMagicRoot;
      maxGlobstarRecursion;
      // the path can be checked against the last portion, and the string
      // portions, of each row before it is split. See #canMatch.
      #endCheck;
      #literalCheck;
      // level 2 resolves `.` and `..` portions in the path
      #level2;
      // the unicode normalization form, if any
      #form;
      // the string portions of each row in the set
      #literals = [];
      // the rows that #canMatch can match without splitting the path
      #shapes = [];
      // the rows whose last portion can be checked against the path's
      #endRows = [];
      // brace expansion can make the same portion in many rows, so they
      // share one Matcher, and the states that it caches
      #matchers = /* @__PURE__ */ new Map();
      // parse() returns PENDING in place of a Matcher
      #pending = false;
      // the char that marks numeric ranges in globSet, if any
      #rangeMark;
      // the GlobstarParts of each pattern row, by start index and partial
      #globstarParts = /* @__PURE__ */ new WeakMap();
      constructor(pattern, options = {}) {
        (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === "win32";
        this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
          this.pattern = this.pattern.replace(/\\/g, "/");
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? "NFC" : n || void 0;
        this.make();
        const drives = this.set.map((row) => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        this.#literals = this.set.map((row, r) => {
          const end = this.#endRows[r] ? row.length - 1 : row.length;
          const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
          return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some((l) => l.length);
        this.#shapes = this.set.map((row, r) => {
          const [p0, p1, p2] = row;
          if (this.#endRows[r] && row.length === 2) {
            if (p0 === exports2.GLOBSTAR && p1 !== exports2.GLOBSTAR)
              return "tail";
          }
          if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== exports2.GLOBSTAR && p0 !== "") {
            return "base";
          }
          if (!this.#endCheck || drives[r] !== -1)
            return void 0;
          if (row.length === 3 && p0 === exports2.GLOBSTAR && p2 === exports2.GLOBSTAR && p1 !== exports2.GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
          this.maxGlobstarRecursion > 0) {
            return "mid";
          }
          if (row.length === 2 && p1 === exports2.GLOBSTAR && p0 !== exports2.GLOBSTAR && p0 !== "") {
            return "head";
          }
          return void 0;
        });
      }
      // a string portion of a pattern, normalized if the option is set
      #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
      }
      // On Windows, the index of the last root portion of a row, as
      // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
      // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
      // -1.
      #rootIndex(row) {
        if (!this.isWindows)
          return -1;
        if (isDrive(row[0]))
          return 0;
        const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
        if (uncDrive)
          return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
      }
      hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
          return true;
        }
        for (const pattern of this.set) {
          for (const part of pattern) {
            if (typeof part !== "string")
              return true;
          }
        }
        return false;
      }
      make() {
        const pattern = this.pattern;
        const options = this.options;
        if (!options.nocomment && pattern.charAt(0) === "#") {
          this.comment = true;
          return;
        }
        if (!pattern) {
          this.empty = true;
          return;
        }
        this.parseNegate();
        this.globSet = [...new Set(this.#expandBraces())];
        const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
          if (this.isWindows && this.windowsNoMagicRoot) {
            const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
            const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
            const isDrive2 = /^[a-z]:/i.test(s[0]);
            if (isUNC) {
              return [
                ...s.slice(0, n).map((p) => this.#norm(p)),
                ...s.slice(n).map((ss) => this.parse(ss))
              ];
            } else if (isDrive2) {
              return [
                this.#norm(s[0]),
                ...s.slice(1).map((ss) => this.parse(ss))
              ];
            }
          }
          return s.map((ss) => this.parse(ss));
        });
        this.set = set.filter((s) => s.indexOf(false) === -1);
        if (this.isWindows) {
          for (let i = 0; i < this.set.length; i++) {
            const p = this.set[i];
            if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
              if (isLongUNC(this.globParts[i][3]))
                p[3] = "UNC";
              p[2] = "?";
            }
          }
        }
        if (!options.noext)
          this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
          for (let k = 0; k < row.length; k++) {
            if (row[k] === PENDING) {
              row[k] = this.parse(this.globParts[i][k]);
            }
          }
        });
      }
      // Merge rows that only differ in one portion, where each of them
      // is a Matcher, into one row that matches any of them with
      // `@(a|b|...)`. Then a path is only walked once for all of them,
      // for example with `**/*.{js,ts}`.
      mergeRows() {
        let merged = true;
        while (merged) {
          merged = false;
          if (this.set.length < 2)
            return;
          let keys = this.#mergeKeys();
          const len = Math.max(0, ...this.set.map((r) => r.length));
          for (let k = 0; k < len; k++) {
            const groups = /* @__PURE__ */ new Map();
            const R = this.set.length + 1;
            this.set.forEach((row, i) => {
              if (!(row[k] instanceof nonrecursive_glob_match_1.Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
                return;
              }
              const { pre, suf } = keys[i];
              const key = pre[k] * R + suf[k + 1];
              const g = groups.get(key);
              if (g)
                g.push(i);
              else
                groups.set(key, [i]);
            });
            const drop = /* @__PURE__ */ new Set();
            for (const g of groups.values()) {
              if (g.length < 2)
                continue;
              const [first, ...rest] = g;
              const alts = g.map((i) => this.globParts[i][k]);
              const glob = `@(${alts.join("|")})`;
              if (extglobCount(glob) > MAX_EXTGLOBS)
                continue;
              this.globParts[first][k] = glob;
              this.set[first][k] = this.parse(glob);
              for (const i of rest)
                drop.add(i);
            }
            if (drop.size) {
              merged = true;
              this.set = this.set.filter((_, i) => !drop.has(i));
              this.globParts = this.globParts.filter((_, i) => !drop.has(i));
              if (this.set.length < 2)
                return;
              keys = this.#mergeKeys();
            }
          }
        }
      }
      // For each row, number ids for its prefixes and suffixes, such that
      // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
      // Two rows are the same other than at portion k exactly when they
      // have the same pre[k] and suf[k + 1]. This is linear in the size of
      // the rows, where joining the whole row for every k was quadratic.
      #mergeKeys() {
        const partIds = /* @__PURE__ */ new Map();
        const ids = this.globParts.map((parts) => parts.map((s) => {
          let id = partIds.get(s);
          if (id === void 0)
            partIds.set(s, id = partIds.size);
          return id;
        }));
        const P = partIds.size;
        const len = Math.max(0, ...ids.map((r) => r.length));
        const keys = ids.map((r) => ({
          pre: [0],
          suf: new Array(r.length + 1).fill(0)
        }));
        for (let k = 0; k < len; k++) {
          const m = /* @__PURE__ */ new Map();
          ids.forEach((r, i) => {
            if (k >= r.length)
              return;
            const { pre } = keys[i];
            const key = pre[k] * P + r[k];
            let id = m.get(key);
            if (id === void 0)
              m.set(key, id = m.size + 1);
            pre.push(id);
          });
        }
        for (let k = len - 1; k >= 0; k--) {
          const m = /* @__PURE__ */ new Map();
          ids.forEach((r, i) => {
            if (k >= r.length)
              return;
            const { suf } = keys[i];
            const key = suf[k + 1] * P + r[k];
            let id = m.get(key);
            if (id === void 0)
              m.set(key, id = m.size + 1);
            suf[k] = id;
          });
        }
        return keys;
      }
      // various transforms to equivalent pattern sets that are
      // faster to process in a filesystem walk.  The goal is to
      // eliminate what we can, and push all ** patterns as far
      // to the right as possible, even if it increases the number
      // of patterns that we have to process.
      preprocess(globParts) {
        if (this.options.noglobstar) {
          for (const partset of globParts) {
            for (let j = 0; j < partset.length; j++) {
              if (partset[j] === "**") {
                partset[j] = "*";
              }
            }
          }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
          globParts = this.firstPhasePreProcess(globParts);
          globParts = this.secondPhasePreProcess(globParts);
        } else if (optimizationLevel >= 1) {
          globParts = this.levelOneOptimize(globParts);
        } else {
          globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
      }
      // just get rid of adjascent ** portions
      adjascentGlobstarOptimize(globParts) {
        return globParts.map((parts) => {
          let gs = -1;
          while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
            let i = gs;
            while (parts[i + 1] === "**") {
              i++;
            }
            if (i !== gs) {
              parts.splice(gs, i - gs);
            }
          }
          return parts;
        });
      }
      // get rid of adjascent ** and resolve .. portions
      levelOneOptimize(globParts) {
        return globParts.map((parts) => {
          const root = this.#rootIndex(parts) + 1;
          parts = parts.reduce((set, part) => {
            const prev = set[set.length - 1];
            if (part === "**" && prev === "**") {
              return set;
            }
            if (part === "..") {
              if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
                set.pop();
                return set;
              }
            }
            set.push(part);
            return set;
          }, []);
          return parts.length === 0 ? [""] : parts;
        });
      }
      // Check the path against each row before it is split. 'no' if no
      // row can match, so it does not need to be split. 'yes' if a row of
      // `**` and one more portion matches. 'maybe' if it must be split to
      // know. None of this applies with partial, where the path can end
      // before the row does.
      //
      // On Windows, `\` is a separator in the path too, and the portions of
      // a row up to its drive letter or UNC share are not checked (see
      // #rootIndex).
      //
      // Each string portion of a row must be a portion of the path, so the
      // path must contain it. Level 2 can only take portions out of the
      // path, so this is still true then.
      //
      // The last portion of a row must match the last portion of the path,
      // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
      // This does not apply to rows that end in **, rows that end in a
      // root, or preserveMultipleSlashes (which can leave more
      // than one '' at the end). At level 2, it does not apply if that
      // portion is `.` or `..`, which can be
      // resolved away. Level 2 only takes other portions out of the
      // middle of the path.
      //
      // A row of `**/x` then matches if the ** can walk the portions
      // before the one that x matches, the same as #matchGlobstar. At
      // level 2, this is only known if none of them are `.` or `..`, so
      // that the path does not change when it is resolved.
      #canMatch(f) {
        const sep = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
        let ends = this.#endCheck ? 0 : -1;
        let last = "";
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        ROWS: for (let r = 0; r < this.set.length; r++) {
          const row = this.set[r];
          const p = row[row.length - 1];
          let end = ends !== -1 && this.#endRows[r] && p !== exports2.GLOBSTAR;
          if (end && ends === 0) {
            const i = lastSep(f, f.length, sep);
            lastStart = i + 1;
            last = f.slice(lastStart);
            if (last === "" && i >= 0) {
              let j = i;
              while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                j--;
              prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
              prev = f.slice(prevStart, j);
            }
            const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
            ends = resolves ? -1 : 1;
            end = !resolves;
          }
          let tailStart = -1;
          if (end && typeof p === "string") {
            tailStart = endIndex(p, last, lastStart, prev, prevStart);
            if (tailStart === -1)
              continue;
          }
          if (this.#literalCheck) {
            for (const l of this.#literals[r]) {
              if (!f.includes(l))
                continue ROWS;
            }
          }
          if (end && typeof p === "object") {
            tailStart = endIndex(p, last, lastStart, prev, prevStart);
            if (tailStart === -1)
              continue;
          }
          const shape = this.#shapes[r];
          if (shape === "base" && end)
            return "yes";
          if (shape === "tail" && end) {
            if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
              return "maybe";
            }
            if (!dotPortion(f, 0, tailStart, dot, sep))
              return "yes";
            continue;
          }
          if (shape === "mid" || shape === "head") {
            const m = this.#walk(f, row, shape === "head", dot, sep);
            if (m !== "no")
              return m;
            continue;
          }
          return "maybe";
        }
        return "no";
      }
      // Match a row of a known shape against the split path, the same as
      // #matchGlobstar and #matchGlobStarBodySections do. None of these
      // rows have a drive letter, so they start at the first portion.
      #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === "head") {
          if (n < 2 || !portionMatch(row[0], file[0])) {
            return false;
          }
          for (let i = 1; i < n; i++)
            if (!walkable(file[i], dot))
              return false;
          return true;
        }
        const x = row[1];
        if (shape === "tail") {
          let t = n - 1;
          if (!portionMatch(x, file[t])) {
            if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
              return false;
            }
          }
          for (let i = 0; i < t; i++)
            if (!walkable(file[i], dot))
              return false;
          return true;
        }
        for (let k = 0; k < n; k++) {
          if (portionMatch(x, file[k]) && k + 1 < n) {
            let i = k + 1;
            while (i < n && walkable(file[i], dot))
              i++;
            if (i === n)
              return true;
          }
          if (!walkable(file[k], dot))
            return false;
        }
        return false;
      }
      // Match a row of `**/x/**` or `x/**` against the path, the same as
      // #matchGlobstar and #matchGlobStarBodySections do once it is split.
      // x must match a portion (the first one, for `x/**`), the ** before
      // it must be able to walk the portions before that one, and there
      // must be a portion after it, which the ** after it can walk. At
      // level 2, this is only known if no portion is `.` or `..`.
      #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
          return "maybe";
        const x = row[head ? 0 : 1];
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
          let next = e + 1;
          while (next < f.length && isSep(f.charCodeAt(next), sep))
            next++;
          const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
          if (hit && !dotPortion(f, next, f.length, dot, sep))
            return "yes";
          if (head || dotPortion(f, s, next, dot, sep))
            return "no";
          s = next;
        }
        return "no";
      }
      // the last split, if it was the same path with the same split
      // settings
      #cachedSplit(f) {
        const last = lastSplit;
        return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
      }
      // split a path for match(), and keep the parts for the next call
      #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
        const normalize = this.#form;
        if (normalize)
          parts = parts.map((p) => p.normalize(normalize));
        lastSplit = {
          f,
          isWindows,
          preserveMultipleSlashes,
          normalize,
          parts
        };
        return lastSplit;
      }
      // resolve `.` and `..` portions of a path, for level 2
      #levelTwoFileOptimize(file) {
        const parts = [...file];
        let didSomething = false;
        do {
          didSomething = false;
          if (!this.preserveMultipleSlashes) {
            for (let i = 1; i < parts.length - 1; i++) {
              const p = parts[i];
              if (i === 1 && p === "" && parts[0] === "")
                continue;
              if (p === "." || p === "") {
                didSomething = true;
                parts.splice(i, 1);
                i--;
              }
            }
            if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
              didSomething = true;
              parts.pop();
            }
          }
          const root = this.#rootIndex(parts) + 1;
          let dd = root;
          while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
            const p = parts[dd - 1];
            if (p && p !== "." && p !== ".." && p !== "**") {
              didSomething = true;
              parts.splice(dd - 1, 2);
              dd = Math.max(dd - 2, root);
            }
          }
        } while (didSomething);
        return parts.length === 0 ? [""] : parts;
      }
      // First phase: single-pattern processing
      // <pre> is 1 or more portions
      // <rest> is 1 or more portions
      // <p> is any portion other than ., .., '', or **
      // <e> is . or ''
      //
      // **/.. is *brutal* for filesystem walking performance, because
      // it effectively resets the recursive walk each time it occurs,
      // and ** cannot be reduced out by a .. pattern part like a regexp
      // or most strings (other than .., ., and '') can be.
      //
      // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
      // <pre>/<e>/<rest> -> <pre>/<rest>
      // <pre>/<p>/../<rest> -> <pre>/<rest>
      // **/**/<rest> -> **/<rest>
      //
      // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
      // this WOULD be allowed if ** did follow symlinks, or * didn't
      firstPhasePreProcess(globParts) {
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1e6;
        let didSomething = false;
        do {
          didSomething = false;
          for (let parts of globParts) {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
              let gss = gs;
              while (parts[gss + 1] === "**") {
                gss++;
              }
              if (gss > gs) {
                parts.splice(gs + 1, gss - gs);
              }
              let next = parts[gs + 1];
              const p = parts[gs + 2];
              const p2 = parts[gs + 3];
              if (next !== "..")
                continue;
              if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
                continue;
              }
              const addedCells = parts.length - 1;
              if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
                throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
              }
              didSomething = true;
              parts.splice(gs, 1);
              const other = parts.slice(0);
              other[gs] = "**";
              splitCells += addedCells;
              globParts.push(other);
              gs--;
            }
            if (!this.preserveMultipleSlashes) {
              for (let i = 1; i < parts.length - 1; i++) {
                const p = parts[i];
                if (i === 1 && p === "" && parts[0] === "")
                  continue;
                if (p === "." || p === "") {
                  didSomething = true;
                  parts.splice(i, 1);
                  i--;
                }
              }
              if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
                didSomething = true;
                parts.pop();
              }
            }
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
              const p = parts[dd - 1];
              if (p && p !== "." && p !== ".." && p !== "**") {
                didSomething = true;
                const needDot = dd === 1 && parts[dd + 1] === "**";
                const splin = needDot ? ["."] : [];
                parts.splice(dd - 1, 2, ...splin);
                if (parts.length === 0)
                  parts.push("");
                dd = Math.max(dd - 2, root);
              }
            }
          }
        } while (didSomething);
        return globParts;
      }
      // second phase: multi-pattern dedupes
      // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
      // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
      secondPhasePreProcess(globParts) {
        const keys = /* @__PURE__ */ new Set();
        const rows = globParts.filter((parts) => {
          const key = parts.join("/");
          if (keys.has(key))
            return false;
          keys.add(key);
          return true;
        });
        const stars = /* @__PURE__ */ new Map();
        for (const parts of rows) {
          const s = [];
          for (let i = 0; i < parts.length; i++) {
            if (parts[i] === "*")
              s.push(i);
          }
          if (s.length)
            stars.set(s.join(","), s);
        }
        if (!stars.size || rows.length * stars.size > 1e5)
          return rows;
        const { dot } = this.options;
        return rows.filter((parts) => {
          for (const s of stars.values()) {
            if (s[s.length - 1] >= parts.length)
              continue;
            const c = [...parts];
            let ok = true;
            let changed = false;
            for (const i of s) {
              const p = parts[i];
              if (p === "*")
                continue;
              if (!p || p === "**" || !dot && p.startsWith(".")) {
                ok = false;
                break;
              }
              c[i] = "*";
              changed = true;
            }
            if (ok && changed && keys.has(c.join("/")))
              return false;
          }
          return true;
        });
      }
      parseNegate() {
        if (this.nonegate)
          return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
          negate = !negate;
          negateOffset++;
        }
        if (negateOffset)
          this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
      }
      // Match the parts of a path against one row of the set. `resolved`
      // is the parts after level 2 resolves `.` and `..` in them, or the
      // same parts below level 2. Set partial to true to test if, for
      // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
      // you run out of file before you run out of pattern, then that's
      // fine, as long as all the parts match.
      #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
          const host = pattern[ph];
          const share = pattern[ph + 1];
          if (typeof host !== "string" || typeof share !== "string") {
            fileStartIndex = fh;
            patternStartIndex = ph;
          } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
            fileStartIndex = fh + 2;
            patternStartIndex = ph + 2;
          }
        } else if (this.isWindows) {
          const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
          const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
          const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
          const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
          const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
          const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
          if (typeof fdi === "number" && typeof pdi === "number") {
            const [fd, pd] = [
              file[fdi],
              pattern[pdi]
            ];
            if (fd.toLowerCase() === pd.toLowerCase()) {
              patternStartIndex = pdi + 1;
              fileStartIndex = fdi + 1;
            }
          }
        }
        file = resolved;
        if (pattern.includes(exports2.GLOBSTAR)) {
          return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
      }
      #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        if (head.length) {
          const headEnd = fileIndex + head.length;
          if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
            return false;
          }
          fileIndex += head.length;
          patternIndex += head.length;
        }
        let fileTailMatch = 0;
        if (tail.length) {
          if (tail.length + fileIndex > file.length)
            return false;
          let tailStart = file.length - tail.length;
          if (this.#matchOne(file, tail, partial, tailStart, 0)) {
            fileTailMatch = tail.length;
          } else {
            if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
              return false;
            }
            tailStart--;
            if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
              return false;
            }
            fileTailMatch = tail.length + 1;
          }
        }
        if (!body.length) {
          let sawSome = !!fileTailMatch;
          for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
            const f = String(file[i]);
            sawSome = true;
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return partial || sawSome;
        }
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
      }
      // Split the pattern into head, tail, and middle of ** delimited
      // parts. The tail has to be at the end, and the others just have to
      // be found in order from the head. These only depend on the pattern
      // row, so they are kept for the next path.
      #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
          byStart = [];
          this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
          return found;
        const firstgs = pattern.indexOf(exports2.GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(exports2.GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
          if (b === exports2.GLOBSTAR) {
            nonGsPartsSums.push(nonGsParts);
            current = [[], 0];
            segments.push(current);
          } else {
            current[0].push(b);
            nonGsParts++;
          }
        }
        segments.forEach((b, i) => {
          b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
      }
      // return false for "nope, not matching"
      // return null for "not matching, cannot keep trying"
      #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
        const bs = bodySegments[bodyIndex];
        if (!bs) {
          if (partial) {
            return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
          }
          for (let i = fileIndex; i < fileLength; i++) {
            sawTail = true;
            const f = file[i];
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return sawTail;
        }
        const [body, need] = bs;
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
          const key = bodyIndex * (file.length + 1) + fileIndex;
          if (tried.has(key))
            return false;
          tried.add(key);
          const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
          if (m && globStarDepth < this.maxGlobstarRecursion) {
            const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
            if (sub !== false) {
              return sub;
            }
          }
          if (fileIndex === after)
            break;
          const f = file[fileIndex];
          if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
            return false;
          }
          fileIndex++;
        }
        return partial || null;
      }
      #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
          let p = pattern[pi];
          let f = file[fi];
          if (p === false || p === exports2.GLOBSTAR) {
            return false;
          }
          if (!portionMatch(p, f))
            return false;
        }
        if (fi === fl && pi === pl) {
          return true;
        } else if (fi === fl) {
          return partial;
        } else if (pi === pl) {
          return fi === fl - 1 && file[fi] === "";
        } else {
          throw new Error("wtf?");
        }
      }
      braceExpand() {
        return (0, exports2.braceExpand)(this.pattern, this.options);
      }
      // Expand braces, except numeric ranges such as {0..999} with at
      // least RANGE_MIN values. Each of those stays in its pattern as
      // `<mark>0..999<mark>`, for the Matcher to test. If a range might
      // be inside a [...] class, expand all of them instead.
      #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
          return this.braceExpand();
        let code = 57344;
        while (pattern.includes(String.fromCharCode(code))) {
          if (++code > 63743)
            return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
          const a = Number(lo);
          const b = Number(hi);
          if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
            return m;
          }
          found = true;
          return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
          return this.braceExpand();
        const set = (0, exports2.braceExpand)(marked, this.options);
        for (const p of set) {
          for (const portion of p.split("/")) {
            const c = portion.indexOf("[");
            if (c !== -1 && c < portion.lastIndexOf(mark)) {
              return this.braceExpand();
            }
            if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
              return this.braceExpand();
            }
          }
        }
        this.#rangeMark = mark;
        return set;
      }
      parse(pattern) {
        (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
        const options = this.options;
        if (pattern === "**")
          return exports2.GLOBSTAR;
        if (pattern === "")
          return "";
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
        if (lit !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
          return this.#norm(lit);
        }
        if (this.#pending)
          return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
          if (!noext)
            assertValidExtglobs(pattern);
          m = new nonrecursive_glob_match_1.Matcher(pattern, {
            nocase,
            noext,
            dot,
            normalize,
            ...rangeMark && { rangeMark }
          });
          this.#matchers.set(pattern, m);
        }
        return m;
      }
      #slashSplit(p) {
        if (this.preserveMultipleSlashes) {
          return p.split("/");
        } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
          return ["", ...p.split(/\/+/)];
        } else {
          return p.split(/\/+/);
        }
      }
      match(f, partial = this.partial) {
        if (this.comment) {
          return false;
        }
        if (this.empty) {
          return f === "";
        }
        if (f === "/" && partial) {
          return true;
        }
        const options = this.options;
        let split = this.#cachedSplit(f);
        if (!split) {
          if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
            lastChecked = f;
            const can = this.#canMatch(f);
            if (can === "no")
              return options.flipNegate ? false : this.negate;
            if (can === "yes")
              return options.flipNegate ? true : !this.negate;
          }
          split = this.#split(f);
        }
        const ff = split.parts;
        const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
        const set = this.set;
        let filename = ff[ff.length - 1];
        if (!filename) {
          for (let i = ff.length - 2; !filename && i >= 0; i--) {
            filename = ff[i];
          }
        }
        for (let r = 0; r < set.length; r++) {
          const pattern = set[r];
          const shape = partial ? void 0 : this.#shapes[r];
          const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
          if (hit) {
            if (options.flipNegate) {
              return true;
            }
            return !this.negate;
          }
        }
        if (options.flipNegate) {
          return false;
        }
        return this.negate;
      }
      static defaults(def) {
        return exports2.minimatch.defaults(def).Minimatch;
      }
    };
    exports2.Minimatch = Minimatch;
    var escape_js_2 = require_escape();
    Object.defineProperty(exports2, "escape", { enumerable: true, get: function() {
      return escape_js_2.escape;
    } });
    var unescape_js_2 = require_unescape();
    Object.defineProperty(exports2, "unescape", { enumerable: true, get: function() {
      return unescape_js_2.unescape;
    } });
    exports2.minimatch.Minimatch = Minimatch;
    exports2.minimatch.escape = escape_js_1.escape;
    exports2.minimatch.unescape = unescape_js_1.unescape;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/useProgramFromProjectService.js
var require_useProgramFromProjectService = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/useProgramFromProjectService.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.useProgramFromProjectService = useProgramFromProjectService;
    var debug_1 = __importDefault(require_src());
    var minimatch_1 = require_commonjs4();
    var node_path_1 = __importDefault(require("node:path"));
    var node_util_1 = __importDefault(require("node:util"));
    var ts = __importStar(require("typescript"));
    var createProjectProgram_1 = require_createProjectProgram();
    var createSourceFile_1 = require_createSourceFile();
    var shared_1 = require_shared();
    var validateDefaultProjectForFilesGlob_1 = require_validateDefaultProjectForFilesGlob();
    var RELOAD_THROTTLE_MS = 250;
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:useProgramFromProjectService");
    var serviceFileExtensions = /* @__PURE__ */ new WeakMap();
    var updateExtraFileExtensions = (service, extraFileExtensions) => {
      const currentServiceFileExtensions = serviceFileExtensions.get(service) ?? [];
      if (!node_util_1.default.isDeepStrictEqual(currentServiceFileExtensions, extraFileExtensions)) {
        log("Updating extra file extensions: before=%s: after=%s", currentServiceFileExtensions, extraFileExtensions);
        service.setHostConfiguration({
          extraFileExtensions: extraFileExtensions.map((extension) => ({
            extension,
            isMixedContent: false,
            scriptKind: ts.ScriptKind.Deferred
          }))
        });
        serviceFileExtensions.set(service, extraFileExtensions);
        log("Extra file extensions updated: %o", extraFileExtensions);
      }
    };
    function openClientFileFromProjectService(defaultProjectMatchedFiles, isDefaultProjectAllowed, filePathAbsolute, parseSettings, serviceAndSettings) {
      const opened = openClientFileAndMaybeReload();
      log("Result from attempting to open client file: %o", opened);
      log("Default project allowed path: %s, based on config file: %s", isDefaultProjectAllowed, opened.configFileName);
      if (opened.configFileName) {
        if (isDefaultProjectAllowed) {
          throw new Error(`${parseSettings.filePath} was included by allowDefaultProject but also was found in the project service. Consider removing it from allowDefaultProject.`);
        }
      } else {
        const fromSymlinkedPath = openFromSymlinkedPath();
        if (fromSymlinkedPath) {
          return fromSymlinkedPath;
        }
        const wasNotFound = `${parseSettings.filePath} was not found by the project service`;
        const fileExtension = node_path_1.default.extname(parseSettings.filePath);
        const extraFileExtensions = parseSettings.extraFileExtensions;
        if (!shared_1.DEFAULT_EXTRA_FILE_EXTENSIONS.has(fileExtension) && !extraFileExtensions.includes(fileExtension)) {
          const nonStandardExt = `${wasNotFound} because the extension for the file (\`${fileExtension}\`) is non-standard`;
          if (extraFileExtensions.length > 0) {
            throw new Error(`${nonStandardExt}. It should be added to your existing \`parserOptions.extraFileExtensions\`.`);
          } else {
            throw new Error(`${nonStandardExt}. You should add \`parserOptions.extraFileExtensions\` to your config.`);
          }
        }
        if (!isDefaultProjectAllowed) {
          const baseMessage = `${wasNotFound}. Consider either including it in the tsconfig.json or including it in allowDefaultProject.`;
          const allowDefaultProject = parseSettings.projectService?.allowDefaultProject;
          if (!allowDefaultProject) {
            throw new Error(baseMessage);
          }
          const relativeFilePath = node_path_1.default.relative(parseSettings.tsconfigRootDir, filePathAbsolute);
          throw new Error([
            baseMessage,
            `allowDefaultProject is set to ${JSON.stringify(allowDefaultProject)}, which does not match '${relativeFilePath}'.`
          ].join("\n"));
        }
      }
      if (!opened.configFileName) {
        defaultProjectMatchedFiles.add(filePathAbsolute);
        if (defaultProjectMatchedFiles.size > serviceAndSettings.maximumDefaultProjectFileMatchCount) {
          const filePrintLimit = 20;
          const filesToPrint = [...defaultProjectMatchedFiles].slice(0, filePrintLimit);
          const truncatedFileCount = defaultProjectMatchedFiles.size - filesToPrint.length;
          throw new Error(`Too many files (>${serviceAndSettings.maximumDefaultProjectFileMatchCount}) have matched the default project.${validateDefaultProjectForFilesGlob_1.DEFAULT_PROJECT_FILES_ERROR_EXPLANATION}
Matching files:
${filesToPrint.map((file) => `- ${file}`).join("\n")}
${truncatedFileCount ? `...and ${truncatedFileCount} more files
` : ""}
If you absolutely need more files included, set parserOptions.projectService.maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING to a larger value.
`);
        }
      }
      return { filePathAbsolute, opened };
      function openClientFile(fileName = filePathAbsolute) {
        return serviceAndSettings.service.openClientFile(
          fileName,
          parseSettings.codeFullText,
          /* scriptKind */
          void 0,
          parseSettings.tsconfigRootDir
        );
      }
      function openFromSymlinkedPath() {
        if (isDefaultProjectAllowed) {
          return void 0;
        }
        const symlinkedFilePath = getSymlinkedFilePathInProjects(serviceAndSettings.service, filePathAbsolute);
        if (symlinkedFilePath == null) {
          return void 0;
        }
        log("Retrying with the path a project knows the file by: %s", symlinkedFilePath);
        const reopened = openClientFile(symlinkedFilePath);
        return reopened.configFileName ? { filePathAbsolute: symlinkedFilePath, opened: reopened } : void 0;
      }
      function openClientFileAndMaybeReload() {
        log("Opening project service client file at path: %s", filePathAbsolute);
        let opened2 = openClientFile();
        if (!opened2.configFileErrors && !opened2.configFileName && !parseSettings.singleRun && !isDefaultProjectAllowed && performance.now() - serviceAndSettings.lastReloadTimestamp > RELOAD_THROTTLE_MS) {
          log("No config file found; reloading project service and retrying.");
          serviceAndSettings.service.reloadProjects();
          opened2 = openClientFile();
          serviceAndSettings.lastReloadTimestamp = performance.now();
        }
        return opened2;
      }
    }
    function getSymlinkedFilePathInProjects(service, filePathAbsolute) {
      for (const project of service.configuredProjects.values()) {
        const symlinkedDirectories = (0, shared_1.createSymlinkedDirectories)(project.getFileNames(
          /* excludeFilesFromExternalLibraries */
          true,
          /* excludeConfigFiles */
          true
        ));
        const symlinkedFilePath = (0, shared_1.getPathToSameFile)(symlinkedDirectories, filePathAbsolute);
        if (symlinkedFilePath != null) {
          return symlinkedFilePath;
        }
      }
      return void 0;
    }
    function createNoProgramWithProjectService(filePathAbsolute, parseSettings, service) {
      log("No project service information available. Creating no program.");
      if (service.getScriptInfo(filePathAbsolute)) {
        log("Script info available. Opening client file in project service.");
        service.openClientFile(
          filePathAbsolute,
          parseSettings.codeFullText,
          /* scriptKind */
          void 0,
          parseSettings.tsconfigRootDir
        );
      }
      return (0, createSourceFile_1.createNoProgram)(parseSettings);
    }
    function retrieveASTAndProgramFor(filePathAbsolute, parseSettings, serviceAndSettings) {
      log("Retrieving script info and then program for: %s", filePathAbsolute);
      const scriptInfo = serviceAndSettings.service.getScriptInfo(filePathAbsolute);
      const program = serviceAndSettings.service.getDefaultProjectForFile(scriptInfo.fileName, true).getLanguageService(
        /*ensureSynchronized*/
        true
      ).getProgram();
      if (!program) {
        log("Could not find project service program for: %s", filePathAbsolute);
        return void 0;
      }
      log("Found project service program for: %s", filePathAbsolute);
      return (0, createProjectProgram_1.createProjectProgram)(parseSettings, [program]);
    }
    function useProgramFromProjectService(serviceAndSettings, parseSettings, hasFullTypeInformation, defaultProjectMatchedFiles) {
      updateExtraFileExtensions(serviceAndSettings.service, parseSettings.extraFileExtensions);
      const filePathAbsolute = absolutify(parseSettings.filePath, serviceAndSettings);
      log("Opening project service file for: %s at absolute path %s", parseSettings.filePath, filePathAbsolute);
      const filePathRelative = node_path_1.default.relative(parseSettings.tsconfigRootDir, filePathAbsolute);
      const isDefaultProjectAllowed = filePathMatchedBy(filePathRelative, serviceAndSettings.allowDefaultProject);
      if (!hasFullTypeInformation && !isDefaultProjectAllowed) {
        return createNoProgramWithProjectService(filePathAbsolute, parseSettings, serviceAndSettings.service);
      }
      const opened = hasFullTypeInformation && openClientFileFromProjectService(defaultProjectMatchedFiles, isDefaultProjectAllowed, filePathAbsolute, parseSettings, serviceAndSettings);
      log("Opened project service file: %o", opened);
      return retrieveASTAndProgramFor(opened ? opened.filePathAbsolute : filePathAbsolute, parseSettings, serviceAndSettings);
    }
    function absolutify(filePath, serviceAndSettings) {
      return node_path_1.default.isAbsolute(filePath) ? filePath : node_path_1.default.join(serviceAndSettings.service.host.getCurrentDirectory(), filePath);
    }
    function filePathMatchedBy(filePath, allowDefaultProject) {
      return !!allowDefaultProject?.some((pattern) => (0, minimatch_1.minimatch)(filePath, pattern, { dot: true }));
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parser.js
var require_parser = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parser.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.clearProgramCache = clearProgramCache;
    exports2.clearDefaultProjectMatchedFiles = clearDefaultProjectMatchedFiles;
    exports2.parse = parse;
    exports2.clearParseAndGenerateServicesCalls = clearParseAndGenerateServicesCalls;
    exports2.parseAndGenerateServices = parseAndGenerateServices;
    var debug_1 = __importDefault(require_src());
    var ts = __importStar(require("typescript"));
    var ast_converter_1 = require_ast_converter();
    var convert_1 = require_convert();
    var createIsolatedProgram_1 = require_createIsolatedProgram();
    var createProjectProgram_1 = require_createProjectProgram();
    var createSourceFile_1 = require_createSourceFile();
    var getWatchProgramsForProjects_1 = require_getWatchProgramsForProjects();
    var shared_1 = require_shared();
    var useProvidedPrograms_1 = require_useProvidedPrograms();
    var createParserServices_1 = require_createParserServices();
    var nativeParserRegistry_1 = require_nativeParserRegistry();
    var createParseSettings_1 = require_createParseSettings();
    var getProjectConfigFiles_1 = require_getProjectConfigFiles();
    var semantic_or_syntactic_errors_1 = require_semantic_or_syntactic_errors();
    var useProgramFromProjectService_1 = require_useProgramFromProjectService();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:parser");
    var existingPrograms = /* @__PURE__ */ new Map();
    var configFilesWithReferences = /* @__PURE__ */ new Set();
    var projectServiceConfigFileMatches = /* @__PURE__ */ new Map();
    function clearProgramCache() {
      existingPrograms.clear();
      configFilesWithReferences.clear();
      projectServiceConfigFileMatches.clear();
    }
    function useSingleRunProgramForProjectService(parseSettings) {
      if (parseSettings.extraFileExtensions.length || parseSettings.projectService?.allowDefaultProject?.length) {
        return void 0;
      }
      let configFile;
      try {
        [configFile] = (0, getProjectConfigFiles_1.getProjectConfigFiles)({
          ...parseSettings,
          tsconfigMatchCache: projectServiceConfigFileMatches
        }, true, ["tsconfig.json", "jsconfig.json"]) ?? [];
      } catch {
        return void 0;
      }
      if (!configFile) {
        return void 0;
      }
      const canonicalConfigFile = (0, shared_1.getCanonicalFileName)(configFile);
      if (configFilesWithReferences.has(canonicalConfigFile)) {
        return void 0;
      }
      let program = existingPrograms.get(canonicalConfigFile);
      if (!program) {
        const rawConfig = ts.readConfigFile(configFile, ts.sys.readFile).config;
        if (rawConfig?.references?.length) {
          configFilesWithReferences.add(canonicalConfigFile);
          return void 0;
        }
        log("Creating single-run Program for project service: %s", configFile);
        program = (0, useProvidedPrograms_1.createProgramFromConfigFile)(configFile, void 0, parseSettings.jsDocParsingMode);
        existingPrograms.set(canonicalConfigFile, program);
      }
      const astAndProgram = (0, shared_1.getAstFromProgram)(program, parseSettings.filePath);
      if (astAndProgram?.ast.text !== parseSettings.codeFullText) {
        return void 0;
      }
      astAndProgram.program.getTypeChecker();
      return astAndProgram;
    }
    var defaultProjectMatchedFiles = /* @__PURE__ */ new Set();
    function clearDefaultProjectMatchedFiles() {
      defaultProjectMatchedFiles.clear();
    }
    function getProgramAndAST(parseSettings, hasFullTypeInformation) {
      if (parseSettings.projectService) {
        if (parseSettings.singleRun && hasFullTypeInformation) {
          const fromSingleRunProgram = useSingleRunProgramForProjectService(parseSettings);
          if (fromSingleRunProgram) {
            return fromSingleRunProgram;
          }
        }
        const fromProjectService = (0, useProgramFromProjectService_1.useProgramFromProjectService)(parseSettings.projectService, parseSettings, hasFullTypeInformation, defaultProjectMatchedFiles);
        if (fromProjectService) {
          return fromProjectService;
        }
      }
      if (parseSettings.programs) {
        return (0, useProvidedPrograms_1.useProvidedPrograms)(parseSettings.programs, parseSettings);
      }
      if (!hasFullTypeInformation) {
        return (0, createSourceFile_1.createNoProgram)(parseSettings);
      }
      return (0, createProjectProgram_1.createProjectProgram)(parseSettings, (0, getWatchProgramsForProjects_1.getWatchProgramsForProjects)(parseSettings));
    }
    function parse(code, options) {
      const { ast } = parseWithNodeMapsInternal(code, options, false);
      return ast;
    }
    function parseWithNodeMapsInternal(code, options, shouldPreserveNodeMaps) {
      const parseSettings = (0, createParseSettings_1.createParseSettings)(code, options);
      if (options?.errorOnTypeScriptSyntacticAndSemanticIssues) {
        throw new Error(`"errorOnTypeScriptSyntacticAndSemanticIssues" is only supported for parseAndGenerateServices()`);
      }
      const ast = (0, createSourceFile_1.createSourceFile)(parseSettings);
      const { astMaps, estree } = (0, ast_converter_1.astConverter)(ast, parseSettings, shouldPreserveNodeMaps);
      return {
        ast: estree,
        esTreeNodeToTSNodeMap: astMaps.esTreeNodeToTSNodeMap,
        tsNodeToESTreeNodeMap: astMaps.tsNodeToESTreeNodeMap
      };
    }
    var parseAndGenerateServicesCalls = {};
    function clearParseAndGenerateServicesCalls() {
      parseAndGenerateServicesCalls = {};
    }
    function parseAndGenerateServices(code, tsestreeOptions) {
      const parseSettings = (0, createParseSettings_1.createParseSettings)(code, tsestreeOptions);
      if (typeof tsestreeOptions.errorOnTypeScriptSyntacticAndSemanticIssues === "boolean" && tsestreeOptions.errorOnTypeScriptSyntacticAndSemanticIssues) {
        parseSettings.errorOnTypeScriptSyntacticAndSemanticIssues = true;
      }
      if (parseSettings.backend === "tsgo") {
        const nativeParser = (0, nativeParserRegistry_1.getNativeParser)();
        if (!nativeParser) {
          const cause = (0, nativeParserRegistry_1.getNativeBackendLoadError)();
          throw new Error(`The experimental tsgo backend could not be loaded${cause instanceof Error ? `: ${cause.message}` : ""}. Install a supported TypeScript 7.1 build aliased as @typescript/native.`, { cause });
        }
        return nativeParser(parseSettings);
      }
      if (parseSettings.singleRun && !parseSettings.programs && parseSettings.projects.size > 0) {
        parseSettings.programs = {
          *[Symbol.iterator]() {
            for (const configFile of parseSettings.projects) {
              const existingProgram = existingPrograms.get(configFile[0]);
              if (existingProgram) {
                yield existingProgram;
              } else {
                log("Detected single-run/CLI usage, creating Program once ahead of time for project: %s", configFile);
                const newProgram = (0, useProvidedPrograms_1.createProgramFromConfigFile)(configFile[1]);
                existingPrograms.set(configFile[0], newProgram);
                yield newProgram;
              }
            }
          }
        };
      }
      const hasFullTypeInformation = parseSettings.programs != null || parseSettings.projects.size > 0 || !!parseSettings.projectService;
      if (parseSettings.errorOnTypeScriptSyntacticAndSemanticIssues && !hasFullTypeInformation) {
        throw new Error("Cannot calculate TypeScript semantic issues without a valid project.");
      }
      if (parseSettings.singleRun && tsestreeOptions.filePath) {
        parseAndGenerateServicesCalls[tsestreeOptions.filePath] = (parseAndGenerateServicesCalls[tsestreeOptions.filePath] || 0) + 1;
      }
      const { ast, program } = parseSettings.singleRun && tsestreeOptions.filePath && parseAndGenerateServicesCalls[tsestreeOptions.filePath] > 1 && !parseSettings.projectService ? (0, createIsolatedProgram_1.createIsolatedProgram)(parseSettings) : getProgramAndAST(parseSettings, hasFullTypeInformation);
      const shouldPreserveNodeMaps = typeof parseSettings.preserveNodeMaps === "boolean" ? parseSettings.preserveNodeMaps : true;
      const { astMaps, estree } = (0, ast_converter_1.astConverter)(ast, parseSettings, shouldPreserveNodeMaps);
      if (program && parseSettings.errorOnTypeScriptSyntacticAndSemanticIssues) {
        const error = (0, semantic_or_syntactic_errors_1.getFirstSemanticOrSyntacticError)(program, ast);
        if (error) {
          throw (0, convert_1.convertError)(error);
        }
      }
      return {
        ast: estree,
        services: (0, createParserServices_1.createParserServices)(astMaps, program)
      };
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/clear-caches.js
var require_clear_caches = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/clear-caches.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.clearProgramCache = void 0;
    exports2.clearCaches = clearCaches;
    var getWatchProgramsForProjects_1 = require_getWatchProgramsForProjects();
    var shared_1 = require_shared();
    var nativeParserRegistry_1 = require_nativeParserRegistry();
    var parser_1 = require_parser();
    var candidateTSConfigRootDirs_1 = require_candidateTSConfigRootDirs();
    var createParseSettings_1 = require_createParseSettings();
    var resolveProjectList_1 = require_resolveProjectList();
    function clearCaches() {
      (0, candidateTSConfigRootDirs_1.clearCandidateTSConfigRootDirs)();
      (0, parser_1.clearDefaultProjectMatchedFiles)();
      (0, parser_1.clearProgramCache)();
      (0, shared_1.clearRealPathCache)();
      (0, getWatchProgramsForProjects_1.clearWatchCaches)();
      (0, createParseSettings_1.clearTSConfigMatchCache)();
      (0, createParseSettings_1.clearTSServerProjectService)();
      (0, resolveProjectList_1.clearGlobCache)();
      (0, nativeParserRegistry_1.clearNativeBackendCaches)();
      (0, createParseSettings_1.clearBackendFallbackWarning)();
    }
    exports2.clearProgramCache = clearCaches;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/withoutProjectParserOptions.js
var require_withoutProjectParserOptions = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/withoutProjectParserOptions.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.withoutProjectParserOptions = withoutProjectParserOptions;
    function withoutProjectParserOptions(opts) {
      const { EXPERIMENTAL_useProjectService, project, projectService, ...rest } = opts;
      return rest;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/index.js
var require_dist7 = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.withoutProjectParserOptions = exports2.version = exports2.typescriptVersionIsAtLeast = exports2.simpleTraverse = exports2.clearCandidateTSConfigRootDirs = exports2.addCandidateTSConfigRootDir = exports2.parseAndGenerateServices = exports2.parse = exports2.TSError = exports2.createProgram = exports2.getCanonicalFileName = void 0;
    __exportStar(require_clear_caches(), exports2);
    __exportStar(require_getScriptKind(), exports2);
    var shared_1 = require_shared();
    Object.defineProperty(exports2, "getCanonicalFileName", { enumerable: true, get: function() {
      return shared_1.getCanonicalFileName;
    } });
    var useProvidedPrograms_1 = require_useProvidedPrograms();
    Object.defineProperty(exports2, "createProgram", { enumerable: true, get: function() {
      return useProvidedPrograms_1.createProgramFromConfigFile;
    } });
    __exportStar(require_getModifiers(), exports2);
    var node_utils_1 = require_node_utils();
    Object.defineProperty(exports2, "TSError", { enumerable: true, get: function() {
      return node_utils_1.TSError;
    } });
    var parser_1 = require_parser();
    Object.defineProperty(exports2, "parse", { enumerable: true, get: function() {
      return parser_1.parse;
    } });
    Object.defineProperty(exports2, "parseAndGenerateServices", { enumerable: true, get: function() {
      return parser_1.parseAndGenerateServices;
    } });
    var candidateTSConfigRootDirs_1 = require_candidateTSConfigRootDirs();
    Object.defineProperty(exports2, "addCandidateTSConfigRootDir", { enumerable: true, get: function() {
      return candidateTSConfigRootDirs_1.addCandidateTSConfigRootDir;
    } });
    Object.defineProperty(exports2, "clearCandidateTSConfigRootDirs", { enumerable: true, get: function() {
      return candidateTSConfigRootDirs_1.clearCandidateTSConfigRootDirs;
    } });
    var simple_traverse_1 = require_simple_traverse();
    Object.defineProperty(exports2, "simpleTraverse", { enumerable: true, get: function() {
      return simple_traverse_1.simpleTraverse;
    } });
    __exportStar(require_ts_estree2(), exports2);
    var version_check_1 = require_version_check();
    Object.defineProperty(exports2, "typescriptVersionIsAtLeast", { enumerable: true, get: function() {
      return version_check_1.typescriptVersionIsAtLeast;
    } });
    var version_1 = require_version();
    Object.defineProperty(exports2, "version", { enumerable: true, get: function() {
      return version_1.version;
    } });
    var withoutProjectParserOptions_1 = require_withoutProjectParserOptions();
    Object.defineProperty(exports2, "withoutProjectParserOptions", { enumerable: true, get: function() {
      return withoutProjectParserOptions_1.withoutProjectParserOptions;
    } });
  }
});

// estree-entry.js
module.exports = require_dist7();
