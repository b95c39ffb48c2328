// Output of `--print-targets` (src/engine/targets.ts): text for a terminal, or JSON (`--format json`).
//
//   deploy/app.yaml:14:18: Deployment "checkout", container "app": /app/server
//     image ghcr.io/acme/checkout:1.4.2, built from Dockerfile (its directory matches the image name)
//     Dockerfile:4:1: go build -o /app/server writes /app/server
//     Dockerfile:9:1: ENTRYPOINT runs /app/server
//     OTEL_GO_AUTO_TARGET_EXE = "/server" (deploy/app.yaml:23:22): does not match

import { isGoCandidate, type TargetReportEntry } from '../engine/targets.ts';
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

export interface TargetsOutputOptions {
  /** Every application container, not only those that may run a Go program (`--all`). */
  all?: boolean;
}

/** The entries shown, and how many of each kind are left out (`isGoCandidate`). */
function selected(entries: TargetReportEntry[], opts: TargetsOutputOptions): { shown: TargetReportEntry[]; omitted: { notBuiltHere: number; notGo: number } } {
  const shown = opts.all ? entries : entries.filter((e) => isGoCandidate(e.relevance));
  const omitted = { notBuiltHere: 0, notGo: 0 };
  if (!opts.all) {
    for (const e of entries) {
      if (e.relevance === 'not-built-here') omitted.notBuiltHere++;
      else if (e.relevance === 'not-go') omitted.notGo++;
    }
  }
  return { shown, omitted };
}

function containers(n: number): string {
  return `${n} container${n === 1 ? '' : 's'}`;
}

function omittedLine(o: { notBuiltHere: number; notGo: number }): string | undefined {
  const parts: string[] = [];
  if (o.notBuiltHere > 0) parts.push(`${containers(o.notBuiltHere)} whose image is not built in this repository (or not linked to its Dockerfile)`);
  if (o.notGo > 0) parts.push(`${parts.length > 0 ? `${o.notGo}` : containers(o.notGo)} whose image builds no Go program and starts nothing the linter could work out`);
  if (parts.length === 0) return undefined;
  return `Not shown: ${parts.join(', and ')}. --all lists them.`;
}

export function targetsText(entries: TargetReportEntry[], opts: { bold?: (s: string) => string } & TargetsOutputOptions = {}): string {
  const bold = opts.bold ?? ((s: string) => s);
  const { shown, omitted } = selected(entries, opts);
  const footer = omittedLine(omitted);
  if (shown.length === 0) {
    return footer ? `No container in the given paths may run a Go program. ${footer}\n` : 'No application container in the given paths.\n';
  }
  const out: string[] = [];
  for (const e of shown) {
    const who = e.platform === 'k8s' ? `${e.owner}, container "${e.container}"` : e.owner;
    out.push(`${bold(at(e.range))}: ${who}: ${headline(e)}`);
    if (e.invokedAs) out.push(`  started as ${e.invokedAs}, which the kernel reports as ${e.exe}`);
    const image = e.image !== undefined ? `image ${e.image}` : 'the image';
    if (e.link) out.push(`  ${image}, ${e.link.guess ? 'assumed to be ' : ''}${e.link.how}`);
    else if (e.unlinkedReason) {
      // (A Helm template's `{{ if }}` around the image: its name is not known, which is why nothing links it.)
      const which = e.image !== undefined ? image : 'the image (its name is not known statically)';
      out.push(`  ${which}: not linked to a Dockerfile (${e.unlinkedReason}); if the repository builds it, map it in .otel-target-lint.yaml under images:`);
    }
    if (e.wrappers.length > 0) out.push(`  through ${e.wrappers.map((w) => (w.exe && w.exe !== w.path ? `${w.path} (${w.exe})` : w.path)).join(', then ')}`);
    for (const s of e.steps) out.push(`  ${evidenceLine(s)}`);
    for (const t of e.targets) {
      if (t.selectsBy !== undefined) {
        out.push(`  ${t.label} (${at(t.range)}): selects by ${t.selectsBy}, not checked statically; it may select this process`);
        continue;
      }
      const value = t.resolved !== undefined && t.resolved !== t.value ? `"${t.resolved}" (written "${t.value}")` : `"${t.value}"`;
      const verdict = t.matches === undefined ? (t.resolved === undefined ? 'not known statically' : 'not checked') : t.matches ? 'matches' : 'does not match';
      out.push(`  ${t.label} = ${value} (${at(t.range)}): ${verdict}`);
    }
  }
  if (footer) out.push('', footer);
  return `${out.join('\n')}\n`;
}

function evidenceJson(e: Evidence) {
  return { ...span(e.range), message: e.message };
}

/** `{ version, tool, containers: [...], omitted: {...} }`; documented in docs/json-format.md. */
export function targetsJson(entries: TargetReportEntry[], version: string, opts: TargetsOutputOptions = {}): string {
  const { shown, omitted } = selected(entries, opts);
  const list = shown.map((e) => ({
    ...span(e.range),
    relevance: e.relevance,
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
      ...(t.selectsBy !== undefined ? { selectsBy: t.selectsBy } : {}),
    })),
  }));
  return `${JSON.stringify({ version: 1, tool: { name: 'otel-target-lint', version }, containers: list, omitted }, null, 2)}\n`;
}
