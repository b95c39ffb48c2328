import type { Rule } from '../src/engine/types.ts';
import type { Evidence } from '../src/model/source.ts';
import { at } from '../src/engine/report-helpers.ts';
import { goAgentEnvs, type AgentEnvVar } from '../src/link/agent-env.ts';
import { compareVersions } from '../src/link/go-versions.ts';
import { baseImageFacts } from '../src/infer/base-images.ts';
import { describeVar } from './agent-env-invalid.ts';
import { endpointPort } from './agent/otlp-endpoint.ts';

const GRPC_PORT = 4317;
const HTTP_PORT = 4318;

export const otlpProtocolPortMismatch: Rule = {
  meta: {
    id: 'otlp-protocol-port-mismatch',
    description: "The Go agent's OTLP endpoint is on the other protocol's port (4317 gRPC, 4318 HTTP)",
    defaultSeverity: 'error',
    fixable: false,
    category: 'settings',
  },
  check({ model, report }) {
    for (const g of goAgentEnvs(model)) {
      // An agent built in the repository: which release (or fork) it is, and so its protocol, is not known.
      if (!g.version && g.agent?.builtFromSource) continue;
      const set = (name: string): AgentEnvVar | undefined => {
        const v = g.vars.get(name);
        return v && v.value !== '' ? v : undefined;
      };
      // The traces-specific variables win (autoexport, otlptrace); an empty value counts as unset.
      const endpoint = set('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ?? set('OTEL_EXPORTER_OTLP_ENDPOINT');
      // A value with a variable in it (`http://$(HOST_IP):4317`) still has a literal port.
      const text = endpoint?.value ?? endpoint?.raw;
      if (!endpoint || text === undefined) continue;
      // Which exporter the agent's release builds (its instrumentation.go, cli/main.go): before v0.8.0 always
      // OTLP/gRPC; up to v0.19.x OTLP/HTTP unless OTEL_TRACES_EXPORTER is set (only then does autoexport read the
      // protocol variables); from v0.20.0 autoexport, which reads them. An unknown version is a current one.
      let era: 'grpc-only' | 'http-only' | 'current' = 'current';
      if (g.version && compareVersions(g.version, [0, 8, 0]) < 0) era = 'grpc-only';
      else if (g.version && compareVersions(g.version, [0, 20, 0]) < 0 && !set('OTEL_TRACES_EXPORTER')) era = 'http-only';
      const protoVar = era === 'current' ? (set('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ?? set('OTEL_EXPORTER_OTLP_PROTOCOL')) : undefined;
      if (protoVar && protoVar.value === undefined) continue;
      const protocol = era === 'grpc-only' ? 'grpc' : (protoVar?.value ?? 'http/protobuf');
      if (protocol !== 'grpc' && protocol !== 'http/protobuf') continue; // agent-env-invalid reports it
      const port = endpointPort(text);
      const wrong = protocol === 'grpc' ? HTTP_PORT : GRPC_PORT;
      if (port !== wrong) continue;
      const related: Evidence[] = [...endpoint.evidence];
      let how: string;
      let options: string;
      const release = g.version ? `v${g.version.join('.')}` : '';
      if (era === 'grpc-only') {
        how = `the agent's release ${release} exports only over OTLP/gRPC`;
      } else if (era === 'http-only') {
        how = `the agent's release ${release} exports over OTLP/HTTP (http/protobuf) and reads no protocol variable unless OTEL_TRACES_EXPORTER is set`;
      } else if (protoVar) {
        related.push({ range: protoVar.range, message: `${protoVar.name} is ${protocol}` });
        how = `${protoVar.name} is ${protocol} (${at(protoVar.range)})`;
      } else {
        how = 'the agent uses http/protobuf, the default, as OTEL_EXPORTER_OTLP_PROTOCOL is not set';
      }
      const whereSet = g.instrumentation ? `in spec.go.env of ${g.label}` : `on ${g.label}`;
      if (era === 'grpc-only') {
        options = `Send to port ${GRPC_PORT} (OTLP/gRPC), or use agent v0.20.0 or later, which can export over OTLP/HTTP.`;
      } else if (era === 'http-only') {
        options = `Either send to port ${HTTP_PORT} (OTLP/HTTP) if the collector listens there, or set OTEL_TRACES_EXPORTER=otlp and OTEL_EXPORTER_OTLP_PROTOCOL=grpc ${whereSet} (or use agent v0.20.0 or later, which reads the protocol variable by itself).`;
      } else if (protocol === 'http/protobuf') {
        options = `Either set ${protoVar?.name ?? 'OTEL_EXPORTER_OTLP_PROTOCOL'}=grpc ${whereSet}, or send to port ${HTTP_PORT} (OTLP/HTTP) if the collector listens there.`;
      } else {
        options = `Either send to port ${GRPC_PORT} (OTLP/gRPC), or set ${protoVar?.name ?? 'OTEL_EXPORTER_OTLP_PROTOCOL'}=http/protobuf if the collector listens for OTLP/HTTP on ${HTTP_PORT}.`;
      }
      const portName = port === GRPC_PORT ? 'the OTLP/gRPC port' : 'the OTLP/HTTP port';
      const talk = protocol === 'grpc' ? 'gRPC to an OTLP/HTTP receiver' : 'HTTP requests to a gRPC receiver';
      // An image that is not the project's (a mirror or a team's own build) and names no release: a release before
      // v0.8.0 exports over gRPC only, where port 4317 is right. Said as likely, not certain.
      const unknownRelease = !g.version && !(g.image && !g.image.unknown && baseImageFacts(g.image.value).agent === 'go-auto');
      if (unknownRelease && era === 'current' && !protoVar && port === GRPC_PORT) {
        report({
          range: endpoint.range,
          severity: 'warning',
          message: `${describeVar(endpoint, g.label)} is "${text}", ${portName}, but an agent of v0.8.0 or later uses http/protobuf, the default, as OTEL_EXPORTER_OTLP_PROTOCOL is not set: it would send ${talk}, and every export would fail. Its image${g.image && !g.image.unknown ? ` (${g.image.value})` : ''} says no release (a release before v0.8.0 exports only over gRPC, to this port). ${options}`,
          related,
        });
        continue;
      }
      report({
        range: endpoint.range,
        message: `${describeVar(endpoint, g.label)} is "${text}", ${portName}, but ${how}: it sends ${talk}, and every export fails. ${options}`,
        related,
      });
    }
  },
};
