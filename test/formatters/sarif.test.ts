import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Diagnostic, RuleMeta } from '../../src/engine/types.ts';
import { buildSarif, FINGERPRINT_KEY, relativeUri, ruleName, sarif, srcRootUri } from '../../src/formatters/sarif.ts';
import type { FormatContext } from '../../src/formatters/types.ts';
import { LineIndex, type SourceFile } from '../../src/model/source.ts';

const require = createRequire(import.meta.url);

const RULES: RuleMeta[] = [
  {
    id: 'target-exe-mismatch',
    description: 'OTEL_GO_AUTO_TARGET_EXE does not name the binary the app container runs',
    defaultSeverity: 'error',
    fixable: true,
    category: 'target',
  },
  {
    id: 'missing-share-process-namespace',
    description: 'The agent sidecar cannot see the app process.',
    defaultSeverity: 'warning',
    fixable: false,
    category: 'sidecar',
  },
  { id: 'go-run-target', description: 'The app is started with go run', defaultSeverity: 'info', fixable: false, category: 'build' },
];

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: agent
          env:
            - name: OTEL_GO_AUTO_TARGET_EXE
              value: /server
`;
const DOCKERFILE = 'FROM golang:1.22 AS build\nRUN go build -o /app/server .\nFROM gcr.io/distroless/static\nCOPY --from=build /app/server /app/server\nENTRYPOINT ["/app/server"]\n';

function sourceFile(p: string, text: string): SourceFile {
  return { path: p, absPath: `/repo/${p}`, text, kind: 'other', requested: true, lines: new LineIndex(text) };
}

function at(f: SourceFile, needle: string, occurrence = 0) {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) i = f.text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`${needle} not in ${f.path}`);
  return f.lines.range(f.path, i, i + needle.length);
}

function fixture(manifestText = MANIFEST, value = '/server') {
  const manifest = sourceFile('deploy/my app.yaml', manifestText);
  const dockerfile = sourceFile('Dockerfile', DOCKERFILE);
  const files = new Map([manifest, dockerfile].map((f) => [f.path, f]));
  const target = at(manifest, value);
  const diagnostics: Diagnostic[] = [
    {
      ruleId: 'target-exe-mismatch',
      severity: 'error',
      message: `OTEL_GO_AUTO_TARGET_EXE is "${value}" but the app container runs /app/server (Dockerfile:5)`,
      range: target,
      related: [
        { range: at(dockerfile, '["/app/server"]'), message: 'ENTRYPOINT starts /app/server' },
        { range: at(dockerfile, '/app/server'), message: 'go build writes /app/server' },
      ],
      fix: { description: 'Set OTEL_GO_AUTO_TARGET_EXE to "/app/server"', edits: [{ range: target, text: '/app/server' }] },
    },
    {
      ruleId: 'go-run-target',
      severity: 'info',
      message: 'Multi-line\nmessage with "quotes" and 100% sure',
      range: { ...target, endLine: target.line + 1, endColumn: 1, end: target.end + 1 },
      related: [],
    },
    {
      ruleId: 'unknown-check',
      severity: 'warning',
      message: 'whole-file finding',
      range: { file: 'Dockerfile', line: 0, column: 0, endLine: 0, endColumn: 0, start: 0, end: 0 },
      related: [],
    },
    {
      ruleId: 'unknown-check',
      severity: 'error',
      message: 'could not read .otel-target-lint.yaml',
      range: { file: '', line: 0, column: 0, endLine: 0, endColumn: 0, start: 0, end: 0 },
      related: [],
    },
  ];
  const ctx: FormatContext = { cwd: '/home/me/my repo', files, rules: RULES, color: false, version: '1.2.3' };
  return { diagnostics, ctx, manifest, dockerfile };
}

test('helpers: rule names, relative URIs, the %SRCROOT% URI', () => {
  assert.is(ruleName('target-exe-mismatch'), 'TargetExeMismatch');
  assert.is(relativeUri('deploy/my app.yaml'), 'deploy/my%20app.yaml');
  assert.is(relativeUri('a/b#c/C:x?.yaml'), 'a/b%23c/C%3Ax%3F.yaml');
  assert.is(srcRootUri('/home/me/my repo'), 'file:///home/me/my%20repo/');
  assert.is(srcRootUri('/'), 'file:///');
});

test('run header: tool, every rule, base URI, column kind', () => {
  const { diagnostics, ctx } = fixture();
  const log = buildSarif(diagnostics, ctx);
  assert.is(log.version, '2.1.0');
  assert.is(log.$schema, 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
  assert.is(log.runs.length, 1);
  const run = log.runs[0]!;
  const driver = run.tool.driver;
  assert.is(driver.name, 'otel-target-lint');
  assert.is(driver.version, '1.2.3');
  assert.is(driver.informationUri, 'https://github.com/otel-target-lint/otel-target-lint');
  // Every known rule, in order, then the one that reported without being known.
  assert.equal(
    driver.rules.map((r) => r.id),
    ['target-exe-mismatch', 'missing-share-process-namespace', 'go-run-target', 'unknown-check'],
  );
  assert.equal(driver.rules[0], {
    id: 'target-exe-mismatch',
    name: 'TargetExeMismatch',
    shortDescription: { text: 'OTEL_GO_AUTO_TARGET_EXE does not name the binary the app container runs.' },
    fullDescription: {
      text:
        'OTEL_GO_AUTO_TARGET_EXE does not name the binary the app container runs. Default severity: error; ' +
        'category: target; fixable with --fix.',
    },
    helpUri: 'https://github.com/otel-target-lint/otel-target-lint/blob/main/rules/target-exe-mismatch.md',
    help: {
      text:
        'OTEL_GO_AUTO_TARGET_EXE does not name the binary the app container runs. See ' +
        'https://github.com/otel-target-lint/otel-target-lint/blob/main/rules/target-exe-mismatch.md for why it ' +
        'matters, examples, how to fix it and how to suppress it.',
      markdown:
        '**target-exe-mismatch**: OTEL_GO_AUTO_TARGET_EXE does not name the binary the app container runs. ' +
        '`otel-target-lint --fix` can fix it.\n\nSee [the rule documentation]' +
        '(https://github.com/otel-target-lint/otel-target-lint/blob/main/rules/target-exe-mismatch.md) for why it ' +
        'matters, a failing and a passing example, how to fix it and how to suppress it.',
    },
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['opentelemetry', 'ebpf', 'go', 'target'],
      'problem.severity': 'error',
      precision: 'high',
      fixable: true,
    },
  });
  assert.equal(
    driver.rules.map((r) => [r.defaultConfiguration.level, r.properties['problem.severity']]),
    [
      ['error', 'error'],
      ['warning', 'warning'],
      ['note', 'recommendation'],
      ['warning', 'warning'],
    ],
  );
  assert.equal(run.originalUriBaseIds, {
    '%SRCROOT%': { uri: 'file:///home/me/my%20repo/', description: { text: 'The directory otel-target-lint ran in.' } },
  });
  assert.is(run.columnKind, 'utf16CodeUnits');
  // The file-less finding is a tool notification, not a result.
  assert.equal(run.invocations, [
    {
      executionSuccessful: false,
      toolExecutionNotifications: [
        { level: 'error', message: { text: 'could not read .otel-target-lint.yaml.' }, associatedRule: { id: 'unknown-check', index: 3 } },
      ],
    },
  ]);
  assert.is(run.results.length, 3);
});

test('a result: level, message, location with snippet and context, related locations, fix', () => {
  const { diagnostics, ctx } = fixture();
  const r = buildSarif(diagnostics, ctx).runs[0]!.results[0]!;
  const fp = (r.partialFingerprints as Record<string, string>)[FINGERPRINT_KEY]!;
  assert.match(fp, /^[0-9a-f]{32}$/);
  assert.equal(r, {
    ruleId: 'target-exe-mismatch',
    ruleIndex: 0,
    level: 'error',
    message: { text: 'OTEL_GO_AUTO_TARGET_EXE is "/server" but the app container runs /app/server (Dockerfile:5).' },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: 'deploy/my%20app.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 10, startColumn: 22, endLine: 10, endColumn: 29, snippet: { text: '/server' } },
          contextRegion: {
            startLine: 10,
            endLine: 10,
            startColumn: 1,
            endColumn: 29,
            snippet: { text: '              value: /server' },
          },
        },
      },
    ],
    relatedLocations: [
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
          region: { startLine: 5, startColumn: 12, endLine: 5, endColumn: 27, snippet: { text: '["/app/server"]' } },
        },
        message: { text: 'ENTRYPOINT starts /app/server.' },
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 17, endLine: 2, endColumn: 28, snippet: { text: '/app/server' } },
        },
        message: { text: 'go build writes /app/server.' },
      },
    ],
    fixes: [
      {
        description: { text: 'Set OTEL_GO_AUTO_TARGET_EXE to "/app/server".' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'deploy/my%20app.yaml', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 10, startColumn: 22, endLine: 10, endColumn: 29 },
                insertedContent: { text: '/app/server' },
              },
            ],
          },
        ],
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fp },
  });
  const [, info, wholeFile] = buildSarif(diagnostics, ctx).runs[0]!.results;
  assert.equal([info!.level, info!.ruleIndex, (info!.message as { text: string }).text], [
    'note',
    2,
    'Multi-line\nmessage with "quotes" and 100% sure.',
  ]);
  assert.equal((wholeFile!.locations as { physicalLocation: unknown }[])[0]!.physicalLocation, {
    artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
    region: { startLine: 1, endLine: 5 },
  });
  assert.is(wholeFile!.ruleIndex, 3);
});

test('fingerprints survive line shifts and tell apart different findings and repeats', () => {
  const fpOf = (manifestText: string, value = '/server', pick?: (d: Diagnostic[]) => Diagnostic[]) => {
    const { diagnostics, ctx } = fixture(manifestText, value);
    const ds = pick ? pick(diagnostics) : diagnostics;
    return buildSarif(ds, ctx).runs[0]!.results.map((r) => (r.partialFingerprints as Record<string, string>)[FINGERPRINT_KEY]);
  };
  const base = fpOf(MANIFEST);
  // Two comment lines above: every line number moves, the fingerprint does not.
  const shifted = fpOf(`# comment\n# another\n${MANIFEST}`);
  assert.is(shifted[0], base[0]);
  // Another value: another finding.
  const other = fpOf(MANIFEST.replace('/server', '/srv/api'), '/srv/api');
  assert.is.not(other[0], base[0]);
  // The same finding twice (two identical containers): distinct fingerprints, stable order.
  const twice = fpOf(MANIFEST, '/server', (ds) => [ds[0]!, ds[0]!]);
  assert.is(twice[0], base[0]);
  assert.is.not(twice[1], twice[0]);
  // A position quoted in the message does not enter the fingerprint.
  const moved = fpOf(MANIFEST, '/server', (ds) => [{ ...ds[0]!, message: ds[0]!.message.replace('Dockerfile:5', 'Dockerfile:7') }]);
  assert.is(moved[0], base[0]);
});

function schemaPath(): string {
  for (const pkg of ['linux', 'darwin', 'win32']) {
    try {
      return require.resolve(`@microsoft/sarif-multitool-${pkg}/sarif-2.1.0.json`);
    } catch {
      /* try the next platform package */
    }
  }
  throw new Error('sarif-2.1.0.json not found: install the dev dependency @microsoft/sarif-multitool');
}

test('the log validates against the SARIF 2.1.0 JSON schema (the one the SARIF SDK ships)', () => {
  const schema = JSON.parse(readFileSync(schemaPath(), 'utf8'));
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const { diagnostics, ctx } = fixture();
  const log = JSON.parse(sarif(diagnostics, ctx)) as { runs: { results: { level: string }[] }[] };
  const valid: boolean = validate(log);
  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  // The validator does reject a malformed log (the check can fail).
  log.runs[0]!.results[0]!.level = 'info';
  const invalid: boolean = validate(log);
  assert.not.ok(invalid);
  // An empty run is valid too.
  assert.ok(validate(JSON.parse(sarif([], { ...ctx, rules: [] }))), JSON.stringify(validate.errors));
});

test('the SARIF Multitool (validate, GitHub and SARIF rule kinds) reports no error and no warning', async () => {
  const bin: string = require('@microsoft/sarif-multitool');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'otl-sarif-'));
  const { diagnostics, ctx } = fixture();
  await fs.writeFile(path.join(dir, 'out.sarif'), sarif(diagnostics, ctx));
  // SARIF2006 would try to fetch every URI over the network; the tests stay offline.
  await fs.writeFile(
    path.join(dir, 'policy.xml'),
    '<?xml version="1.0" encoding="utf-8"?>\n<Properties>\n  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">\n' +
      '    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />\n  </Properties>\n</Properties>\n',
  );
  const run = spawnSync(
    bin,
    ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note', '-c', path.join(dir, 'policy.xml'),
      path.join(dir, 'out.sarif'), '-o', path.join(dir, 'validation.sarif')],
    { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, timeout: 120_000 },
  );
  assert.is(run.status, 0, `${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(await fs.readFile(path.join(dir, 'validation.sarif'), 'utf8'));
  const findings = (report.runs[0].results ?? []) as { level: string; ruleId: string }[];
  const serious = findings.filter((f) => f.level === 'error' || f.level === 'warning');
  assert.equal(serious, [], run.stdout);
  // Its notes are advice we do not follow, listed here so a new one shows up in review.
  assert.equal([...new Set(findings.map((f) => f.ruleId))].sort(), [
    'SARIF2002', // message text instead of message ids + arguments
    'SARIF2003', // no versionControlProvenance (upload-sarif adds the commit)
    'SARIF2009', // rule ids are kebab-case names, not `ABC1234`
    'SARIF2010', // the whole-file finding has no snippet ...
    'SARIF2011', // ... and no context region
  ]);

  // And it does catch a broken log (a context region without the region it surrounds).
  const bad = JSON.parse(sarif(diagnostics, ctx));
  delete bad.runs[0].results[0].locations[0].physicalLocation.region;
  await fs.writeFile(path.join(dir, 'bad.sarif'), JSON.stringify(bad));
  const badRun = spawnSync(
    bin,
    ['validate', '--rule-kind', 'Gh;Sarif', '-c', path.join(dir, 'policy.xml'), path.join(dir, 'bad.sarif'), '-o', path.join(dir, 'bad-validation.sarif')],
    { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, timeout: 120_000 },
  );
  const badReport = JSON.parse(await fs.readFile(path.join(dir, 'bad-validation.sarif'), 'utf8'));
  const badErrors = (badReport.runs[0].results ?? []).filter((f: { level: string }) => f.level === 'error');
  assert.equal(badErrors.map((f: { ruleId: string }) => f.ruleId), ['SARIF1008'], badRun.stdout);
});

test.run();
