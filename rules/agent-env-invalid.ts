import type { Rule } from '../src/engine/types.ts';
import { setScalarFix } from '../src/engine/report-helpers.ts';
import { goAgentEnvs, type AgentEnvVar } from '../src/link/agent-env.ts';
import { compareVersions } from '../src/link/go-versions.ts';
import { endpointPort, goParseEndpoint } from './agent/otlp-endpoint.ts';

/** What is wrong with a value, and the one obviously right value when there is one. */
export interface ValueProblem {
  problem: string;
  fix?: string;
  /** Advice when there is no fix. */
  advice?: string;
}

const LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'];
const EXPORTERS = ['otlp', 'console', 'none'];
const PROTOCOLS = ['grpc', 'http/protobuf'];
export const SAMPLERS = ['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'];
const RATIO_SAMPLERS = ['traceidratio', 'parentbased_traceidratio'];
const GO_TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const GO_FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

function isDigits(s: string): boolean {
  return s !== '' && [...s].every((c) => c >= '0' && c <= '9');
}

/** Go's `slog.Level.UnmarshalText`: DEBUG, INFO, WARN or ERROR in any case, optionally `+N` / `-N`. */
export function isSlogLevel(s: string): boolean {
  let i = 0;
  while (i < s.length && s[i] !== '+' && s[i] !== '-') i++;
  const name = s.slice(0, i).toUpperCase();
  if (!LEVELS.includes(name)) return false;
  if (i === s.length) return true;
  return isDigits(s.slice(i + 1));
}

/** Go's `strconv.ParseFloat(s, 64)` for the forms a ratio is written in; undefined when Go rejects it. */
export function parseGoFloat(s: string): number | undefined {
  let t = s;
  let sign = 1;
  if (t.startsWith('+') || t.startsWith('-')) {
    if (t[0] === '-') sign = -1;
    t = t.slice(1);
  }
  const lower = t.toLowerCase();
  if (lower === 'inf' || lower === 'infinity') return sign * Infinity;
  if (lower === 'nan') return NaN;
  let i = 0;
  let digits = 0;
  while (i < t.length && t[i]! >= '0' && t[i]! <= '9') (i++, digits++);
  if (t[i] === '.') {
    i++;
    while (i < t.length && t[i]! >= '0' && t[i]! <= '9') (i++, digits++);
  }
  if (digits === 0) return undefined;
  if (t[i] === 'e' || t[i] === 'E') {
    i++;
    if (t[i] === '+' || t[i] === '-') i++;
    if (!isDigits(t.slice(i))) return undefined;
    i = t.length;
  }
  if (i !== t.length) return undefined;
  return sign * Number(t);
}

/** The endpoint variables' problem: a value the exporters get no host from. */
function endpointProblem(value: string): ValueProblem | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  const u = goParseEndpoint(v);
  if ('host' in u) return undefined;
  const schemeless = !v.includes('://') && !v.startsWith('/');
  const fix = schemeless && endpointPort(v) !== undefined ? `http://${v}` : undefined;
  const problem =
    'error' in u
      ? `the OTLP exporter parses it with Go's url.Parse, which rejects it ("${u.error}"), so the agent ignores it and exports to its default, localhost:4318 (localhost:4317 over gRPC), in its own network namespace`
      : `the OTLP exporter parses it with Go's url.Parse, and ${u.noHost}: the exporter has no address to send to, so every export fails (over gRPC: "dns resolver: missing address")`;
  const p: ValueProblem = { problem: `${schemeless ? 'an endpoint needs a scheme: ' : ''}${problem}` };
  if (fix !== undefined) p.fix = fix;
  else p.advice = ` Write a URL with a scheme and a port, e.g. "http://otel-collector:4318" (OTLP/HTTP) or "http://otel-collector:4317" with OTEL_EXPORTER_OTLP_PROTOCOL=grpc.`;
  return p;
}

/** The problem with one variable's value for the Go agent (v0.22+), or undefined when the agent accepts it. */
export function checkAgentValue(name: string, value: string, sampler: string | undefined): ValueProblem | undefined {
  const norm = value.trim().toLowerCase();
  switch (name) {
    case 'OTEL_LOG_LEVEL': {
      if (isSlogLevel(value)) return undefined;
      const fixes: Record<string, string> = { warning: 'warn', trace: 'debug', fatal: 'error', critical: 'error', panic: 'error', err: 'error' };
      const fix = isSlogLevel(value.trim()) ? value.trim() : fixes[norm];
      const quiet = ['none', 'off', 'silent', 'disabled', 'false'].includes(norm);
      const p: ValueProblem = {
        problem: `the agent accepts only debug, info, warn or error (Go's slog levels)${norm === 'none' ? '; its docs list "none", but the code rejects it' : ''}, so it fails to start ("parse log level")`,
      };
      if (fix !== undefined) p.fix = fix;
      else p.advice = quiet ? ' The quietest level is "error".' : ' Use debug, info, warn or error.';
      return p;
    }
    case 'OTEL_TRACES_EXPORTER': {
      if (value === '') return undefined;
      const items = value.split(',');
      if (items.every((x) => EXPORTERS.includes(x))) return undefined;
      const alias: Record<string, string> = { logging: 'console', stdout: 'console' };
      const fixed = items.map((x) => {
        const n = x.trim().toLowerCase();
        return EXPORTERS.includes(n) ? n : alias[n];
      });
      const docs = items.some((x) => ['zipkin', 'logging'].includes(x.trim().toLowerCase()));
      const p: ValueProblem = {
        problem: `the agent's exporter selection (autoexport) knows only otlp, console and none${items.length > 1 ? ', split at each comma with no spaces trimmed' : ''}${docs ? ' (its docs also list zipkin and logging, which are not built in)' : ''}, so it fails to start ("unknown exporter")`,
      };
      if (fixed.every((x) => x !== undefined)) p.fix = fixed.join(',');
      else p.advice = ' Use otlp (the default), console or none.';
      return p;
    }
    case 'OTEL_EXPORTER_OTLP_PROTOCOL':
    case 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL': {
      if (value === '' || PROTOCOLS.includes(value)) return undefined;
      const http = ['http', 'https', 'http/protobuf', 'http/proto', 'http/json', 'protobuf'];
      const fix = PROTOCOLS.includes(norm) ? norm : http.includes(norm) ? 'http/protobuf' : norm === 'grpc/protobuf' ? 'grpc' : undefined;
      const p: ValueProblem = {
        problem: `the agent accepts only grpc or http/protobuf${norm === 'http/json' ? ' (it has no OTLP/JSON exporter)' : ''}, so it fails to start ("invalid OTLP protocol")`,
      };
      if (fix !== undefined) p.fix = fix;
      else p.advice = ' Use http/protobuf (the default, port 4318) or grpc (port 4317).';
      return p;
    }
    case 'OTEL_TRACES_SAMPLER': {
      if (SAMPLERS.includes(norm)) return undefined;
      const operator = ['jaeger_remote', 'parentbased_jaeger_remote', 'xray'].includes(norm);
      return {
        problem: `${value === '' ? 'an empty value is not a sampler: ' : ''}the agent knows only ${SAMPLERS.join(', ')}${operator ? ' (the Operator\'s Instrumentation CRD allows this one for other languages)' : ''}, so it fails to start ("unknown sampler name")`,
        advice: ' Use one of those (parentbased_always_on is the default).',
      };
    }
    case 'OTEL_TRACES_SAMPLER_ARG': {
      if (sampler === undefined || !RATIO_SAMPLERS.includes(sampler.trim().toLowerCase())) return undefined;
      const f = parseGoFloat(value.trim());
      if (f !== undefined && f >= 0 && f <= 1) return undefined;
      return {
        problem: f === undefined || Number.isNaN(f)
          ? `${sampler.trim()} needs a number in [0, 1], and Go's strconv.ParseFloat rejects it, so the agent fails to start`
          : `${sampler.trim()} needs a fraction in [0, 1], so the agent fails to start ("fraction in TraceIDRatio must be in the range [0, 1]")`,
        advice: ' Write the fraction of traces to keep, e.g. 0.25 for 25%.',
      };
    }
    case 'OTEL_GO_AUTO_INCLUDE_DB_STATEMENT':
    case 'OTEL_GO_AUTO_PARSE_DB_STATEMENT': {
      if (value === '' || GO_TRUE.includes(value) || GO_FALSE.includes(value)) return undefined;
      const yes = ['yes', 'y', 'on', 'enabled', 'enable', 'true', 't', '1'];
      const no = ['no', 'n', 'off', 'disabled', 'disable', 'false', 'f', '0'];
      const p: ValueProblem = {
        problem: `the agent reads it with Go's strconv.ParseBool, which accepts only 1, t, T, TRUE, true, True, 0, f, F, FALSE, false or False, so "${value}" means false`,
      };
      if (yes.includes(norm)) p.fix = 'true';
      else if (no.includes(norm)) p.fix = 'false';
      else p.advice = ' Use true or false.';
      return p;
    }
    case 'OTEL_EXPORTER_OTLP_ENDPOINT':
    case 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT':
      return endpointProblem(value);
    default:
      return undefined;
  }
}

export const agentEnvInvalid: Rule = {
  meta: {
    id: 'agent-env-invalid',
    description: 'A Go agent setting has a value the agent rejects or ignores',
    defaultSeverity: 'error',
    fixable: true,
    category: 'settings',
  },
  check({ model, report }) {
    for (const g of goAgentEnvs(model)) {
      if (g.version && compareVersions(g.version, [0, 22, 0]) < 0) continue;
      if (!g.version && g.agent?.builtFromSource) continue;
      const samplerVar = g.vars.get('OTEL_TRACES_SAMPLER');
      // A sampler the agent rejects is reported once; its argument is not checked against it.
      const sampler = samplerVar?.value !== undefined && checkAgentValue('OTEL_TRACES_SAMPLER', samplerVar.value, undefined) === undefined ? samplerVar.value : undefined;
      for (const v of g.vars.values()) {
        if (v.value === undefined) continue;
        const p = checkAgentValue(v.name, v.value, sampler);
        if (!p) continue;
        const shared = v.goOnly
          ? ''
          : ` ${fieldOf(v)} also configures the Operator's other language agents: set ${v.name} in spec.go.env to override it for Go.`;
        const fix = p.fix !== undefined && v.goOnly && v.scalar && !v.scalar.implicit ? setScalarFix(model, v.scalar, p.fix, `Set ${v.name} to "${p.fix}"`) : undefined;
        const advice = p.fix !== undefined ? ` Use "${p.fix}".` : (p.advice ?? '');
        report({
          range: v.range,
          message: `${describeVar(v, g.label)} is "${v.value}": ${p.problem}.${advice}${shared}`,
          related: v.evidence,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};

/** `spec.env`, `spec.sampler.type` ... */
function fieldOf(v: AgentEnvVar): string {
  return v.where.split(' of ')[0]!;
}

/**
 * How a message names a variable and where it is set: `OTEL_LOG_LEVEL on agent container "agent"`,
 * `OTEL_LOG_LEVEL in spec.go.env of Instrumentation go`, `spec.sampler.type of Instrumentation go (OTEL_TRACES_SAMPLER
 * for the Go agent)`.
 */
export function describeVar(v: AgentEnvVar, label: string): string {
  if (v.source === 'container' || v.source === 'service') return `${v.name} on ${label}`;
  if (v.source === 'go-env' || v.source === 'env') return `${v.name} in ${v.where}`;
  return `${v.where} (${v.name} for the Go agent)`;
}
