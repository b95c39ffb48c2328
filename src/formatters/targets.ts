// Output of `--print-targets` (src/engine/targets.ts): text for a terminal, or JSON (`--format json`).
//
//   deploy/app.yaml:14:18: Deployment "checkout", container "app": /app/server
//     image ghcr.io/acme/checkout:1.4.2, built from Dockerfile (its directory matches the image name)
//     Dockerfile:4:1: go build -o /app/server writes /app/server
//     Dockerfile:9:1: ENTRYPOINT runs /app/server
//     OTEL_GO_AUTO_TARGET_EXE = "/server" (deploy/app.yaml:23:22): does not match

import type { TargetReportEntry } from '../engine/targets.ts';
import type { Evidence, Range } from '../model/source.ts';
import { span } from './json.ts';
import { location } from './summary.ts';

function at(r: Range): string {
  return location(r.file, r.line, r.column);
}

function evidenceLine(e: Evidence): string {
  return `${at(e.range)}: ${e.message}`;
}

function headline(e: TargetReportEntry): string {
  switch (e.status) {
    case 'resolved':
      return e.exe!;
    case 'go-run':
      return `no stable executable: started by ${e.goRun?.tool ?? 'go run'} (a temporary binary)`;
    default:
      return `unknown: ${e.reason ?? 'the executable could not be worked out'}`;
  }
}

export function targetsText(entries: TargetReportEntry[], opts: { bold?: (s: string) => string } = {}): string {
  const bold = opts.bold ?? ((s: string) => s);
  if (entries.length === 0) return 'No application container in the given paths.\n';
  const out: string[] = [];
  for (const e of entries) {
    const who = e.platform === 'k8s' ? `${e.owner}, container "${e.container}"` : e.owner;
    out.push(`${bold(at(e.range))}: ${who}: ${headline(e)}`);
    if (e.invokedAs) out.push(`  started as ${e.invokedAs}, which the kernel reports as ${e.exe}`);
    const image = e.image !== undefined ? `image ${e.image}` : 'the image';
    if (e.link) out.push(`  ${image}, ${e.link.guess ? 'assumed to be ' : ''}${e.link.how}`);
    else if (e.unlinkedReason) out.push(`  ${image}: not linked to a Dockerfile (${e.unlinkedReason})`);
    if (e.wrappers.length > 0) out.push(`  through ${e.wrappers.map((w) => (w.exe && w.exe !== w.path ? `${w.path} (${w.exe})` : w.path)).join(', then ')}`);
    for (const s of e.steps) out.push(`  ${evidenceLine(s)}`);
    for (const t of e.targets) {
      const value = t.resolved !== undefined && t.resolved !== t.value ? `"${t.resolved}" (written "${t.value}")` : `"${t.value}"`;
      const verdict = t.matches === undefined ? (t.resolved === undefined ? 'not known statically' : 'not checked') : t.matches ? 'matches' : 'does not match';
      out.push(`  ${t.label} = ${value} (${at(t.range)}): ${verdict}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function evidenceJson(e: Evidence) {
  return { ...span(e.range), message: e.message };
}

/** `{ version, tool, containers: [...] }`; documented in docs/json-format.md. */
export function targetsJson(entries: TargetReportEntry[], version: string): string {
  const containers = entries.map((e) => ({
    ...span(e.range),
    platform: e.platform,
    owner: e.owner,
    container: e.container,
    ...(e.image !== undefined ? { image: e.image } : {}),
    status: e.status,
    ...(e.exe !== undefined ? { exe: e.exe } : {}),
    ...(e.invokedAs !== undefined ? { invokedAs: e.invokedAs } : {}),
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
    ...(e.goRun ? { goRun: { tool: e.goRun.tool, ...evidenceJson(e.goRun.evidence) } } : {}),
    ...(e.link ? { link: { dockerfile: e.link.dockerfile, how: e.link.how, guess: e.link.guess, ...evidenceJson(e.link.evidence) } } : {}),
    ...(e.unlinkedReason !== undefined ? { unlinkedReason: e.unlinkedReason } : {}),
    wrappers: e.wrappers.map((w) => ({ name: w.name, path: w.path, ...(w.exe !== undefined ? { exe: w.exe } : {}), kind: w.kind, ...evidenceJson(w.evidence) })),
    steps: e.steps.map(evidenceJson),
    targets: e.targets.map((t) => ({
      label: t.label,
      value: t.value,
      ...(t.resolved !== undefined ? { resolved: t.resolved } : {}),
      match: t.match,
      ...span(t.range),
      ...(t.matches !== undefined ? { matches: t.matches } : {}),
    })),
  }));
  return `${JSON.stringify({ version: 1, tool: { name: 'otel-target-lint', version }, containers }, null, 2)}\n`;
}
