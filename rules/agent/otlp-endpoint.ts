// How the Go agent's OTLP exporters read an endpoint value (OTEL_EXPORTER_OTLP_ENDPOINT, ..._TRACES_ENDPOINT).

/**
 * The port of an OTLP endpoint as the exporters read it: `http://host:4317/path`, `host:4317`, `[::1]:4317`.
 * Undefined when no port is written (the exporters then use the protocol's default port, which always fits).
 */
export function endpointPort(endpoint: string): number | undefined {
  let rest = endpoint.trim();
  const scheme = rest.indexOf('://');
  if (scheme >= 0) rest = rest.slice(scheme + 3);
  let end = rest.length;
  for (const c of ['/', '?', '#']) {
    const i = rest.indexOf(c);
    if (i >= 0 && i < end) end = i;
  }
  let authority = rest.slice(0, end);
  const atSign = authority.lastIndexOf('@');
  if (atSign >= 0) authority = authority.slice(atSign + 1);
  const bracket = authority.lastIndexOf(']');
  const colon = authority.lastIndexOf(':');
  if (colon < 0 || colon < bracket) return undefined;
  const port = authority.slice(colon + 1);
  if (port === '' || ![...port].every((c) => c >= '0' && c <= '9')) return undefined;
  return Number(port);
}

/** How Go's `url.Parse` reads an OTLP endpoint, as far as the exporters care: a host, no host, or an error. */
export type GoEndpoint = { host: string } | { noHost: string } | { error: string };

const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isSchemeChar = (c: string): boolean => isLetter(c) || (c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.';

/**
 * Go's `net/url.Parse` on a (trimmed) endpoint, reduced to what the OTLP exporters read from it (`u.Host`;
 * opentelemetry-go internal/shared/otlp envconfig `WithURL`, otlpconfig `withEndpointForGRPC`): `host:4317` has the
 * scheme `host` and an opaque `4317`, so no host; `10.0.0.1:4317` and `[::1]:4317` have no scheme and a colon in the
 * first path segment, which Go rejects.
 */
export function goParseEndpoint(raw: string): GoEndpoint {
  let v = raw;
  const hash = v.indexOf('#');
  if (hash >= 0) v = v.slice(0, hash);
  if ([...v].some((c) => c < ' ' || c === '\x7f')) return { error: 'net/url: invalid control character in URL' };
  let scheme = '';
  let rest = v;
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === ':') {
      if (i === 0) return { error: 'missing protocol scheme' };
      scheme = v.slice(0, i);
      rest = v.slice(i + 1);
      break;
    }
    if (!isSchemeChar(c) || (i === 0 && !isLetter(c))) break;
  }
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  if (!rest.startsWith('/')) {
    if (scheme !== '') return { noHost: `it reads "${scheme}" as the URL's scheme and "${rest}" as what follows it, with no host` };
    const slash = rest.indexOf('/');
    if ((slash < 0 ? rest : rest.slice(0, slash)).includes(':')) return { error: 'first path segment in URL cannot contain colon' };
    return { noHost: 'it reads it as a path, with no host' };
  }
  if (!rest.startsWith('//')) return { noHost: 'it reads what follows the scheme as a path, with no host' };
  const authority = rest.slice(2).split('/')[0]!;
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  const colon = host.lastIndexOf(':');
  if (colon > host.lastIndexOf(']') && ![...host.slice(colon + 1)].every((c) => c >= '0' && c <= '9')) {
    return { error: `invalid port "${host.slice(colon)}" after host` };
  }
  // An empty authority (`unix:///run/otlp.sock`) is left alone.
  return { host };
}

