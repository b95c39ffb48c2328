import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { clipMessage, runRules } from '../../src/engine/run.ts';
import type { Diagnostic, ReportInput, Rule, Severity } from '../../src/engine/types.ts';
import type { ProjectModel } from '../../src/model/project.ts';
import { LineIndex } from '../../src/model/source.ts';
import type { Directive, Range, SourceFile } from '../../src/model/source.ts';
import type { KubeFile, LintConfig, Workload } from '../../src/model/workload.ts';
import { parseDirective } from '../../src/parsers/directives.ts';

// ---- helpers ----

function source(path: string, text: string): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'yaml', requested: true, lines: new LineIndex(text) };
}

function makeModel(texts: Record<string, string>, extra: Partial<ProjectModel> = {}): ProjectModel {
  const files = new Map(Object.entries(texts).map(([p, t]) => [p, source(p, t)]));
  return {
    files,
    dockerfiles: new Map(),
    kube: [],
    compose: [],
    config: config(),
    buildSpecs: [],
    instrumentations: [],
    problems: [],
    directives: new Map(),
    deployments: [],
    unlinkedImages: [],
    links: new Map(),
    ...extra,
  };
}

function config(rules: Record<string, Severity | 'off'> = {}): LintConfig {
  return { rules: new Map(Object.entries(rules)), ignore: [], images: [], problems: [] };
}

/** Range of the `nth` occurrence of `needle` in a model file. */
function at(model: ProjectModel, file: string, needle: string, nth = 0): Range {
  const f = model.files.get(file)!;
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = f.text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} not in ${file}`);
  }
  return f.lines.range(file, i, i + needle.length);
}

/** Directives of a file, read from its `# otel-target-lint-...` comment lines. */
function directivesOf(model: ProjectModel, file: string): Directive[] {
  const f = model.files.get(file)!;
  const out: Directive[] = [];
  for (let line = 1; line <= f.lines.starts.length; line++) {
    const text = f.lines.lineText(line);
    const hash = text.indexOf('# otel-target-lint-');
    if (hash < 0) continue;
    const start = f.lines.starts[line - 1]! + hash;
    const d = parseDirective(text.slice(hash + 1), f.lines.range(file, start, start + text.length - hash));
    if (d) out.push(d);
  }
  return out;
}

function withDirectives(model: ProjectModel): ProjectModel {
  for (const file of model.files.keys()) {
    const d = directivesOf(model, file);
    if (d.length) model.directives.set(file, d);
  }
  return model;
}

/** A rule that reports what `find` returns. */
function rule(id: string, find: (m: ProjectModel) => ReportInput[], defaultSeverity: Severity = 'error'): Rule {
  return {
    meta: { id, description: id, defaultSeverity, fixable: false, category: 'target' },
    check(ctx) {
      for (const r of find(ctx.model)) ctx.report(r);
    },
  };
}

/** Compact view of diagnostics: `file:line:col sev rule message`. */
function view(ds: Diagnostic[]): string[] {
  return ds.map((d) => `${d.range.file}:${d.range.line}:${d.range.column} ${d.severity} ${d.ruleId} ${d.message}`);
}

const all = (m: ProjectModel) => new Set(m.files.keys());

// ---- severities ----

test('severity: rule default, per-finding severity, config override, off', () => {
  const m = makeModel({ 'a.yaml': 'one\ntwo\n' });
  let calls = 0;
  const rules = [
    rule('r-default', (mm) => [{ range: at(mm, 'a.yaml', 'one'), message: 'default' }], 'warning'),
    rule('r-info', (mm) => [{ range: at(mm, 'a.yaml', 'two'), message: 'likely', severity: 'info' }]),
    rule('r-off', () => {
      calls++;
      return [{ range: at(m, 'a.yaml', 'two'), message: 'never' }];
    }),
  ];
  assert.equal(view(runRules(m, rules, { requested: all(m), config: config({ 'r-off': 'off' }) })), [
    'a.yaml:1:1 warning r-default default',
    'a.yaml:2:1 info r-info likely',
  ]);
  assert.is(calls, 0, 'a rule that is off is not run');
  assert.equal(view(runRules(m, rules, { requested: all(m), config: config({ 'r-off': 'off', 'r-info': 'error', 'r-default': 'info' }) })), [
    'a.yaml:1:1 info r-default default',
    'a.yaml:2:1 error r-info likely',
  ]);
});

test('extra findings (I/O problems) get severity overrides and off', () => {
  const m = makeModel({ 'a.yaml': 'x\n' });
  const extra: Diagnostic[] = [
    { ruleId: 'parse-error', severity: 'warning', message: 'too large', range: at(m, 'a.yaml', 'x'), related: [] },
  ];
  assert.equal(view(runRules(m, [], { requested: all(m), config: config(), extra })), ['a.yaml:1:1 warning parse-error too large']);
  assert.equal(view(runRules(m, [], { requested: all(m), config: config({ 'parse-error': 'error' }), extra })), [
    'a.yaml:1:1 error parse-error too large',
  ]);
  assert.equal(runRules(m, [], { requested: all(m), config: config({ 'parse-error': 'off' }), extra }), []);
});

// ---- filter, de-duplication, order ----

test('only requested files are reported; identical findings once; sorted by file, line, column', () => {
  const m = makeModel({ 'b.yaml': 'k: v\nx: y\n', 'a.yaml': 'p: q\n', 'ctx.yaml': 'c: d\n' });
  const r = rule('r', (mm) => [
    { range: at(mm, 'b.yaml', 'y'), message: 'y' },
    { range: at(mm, 'b.yaml', 'v'), message: 'v' },
    { range: at(mm, 'b.yaml', 'k'), message: 'k' },
    { range: at(mm, 'b.yaml', 'k'), message: 'k' },
    { range: at(mm, 'ctx.yaml', 'c'), message: 'context only' },
    { range: at(mm, 'a.yaml', 'q'), message: 'q' },
  ]);
  assert.equal(view(runRules(m, [r], { requested: new Set(['a.yaml', 'b.yaml']), config: config() })), [
    'a.yaml:1:4 error r q',
    'b.yaml:1:1 error r k',
    'b.yaml:1:4 error r v',
    'b.yaml:2:4 error r y',
  ]);
});

test('related evidence and fix are passed through', () => {
  const m = makeModel({ 'a.yaml': 'image: app\n', Dockerfile: 'FROM x\n' });
  const related = [{ range: at(m, 'Dockerfile', 'FROM'), message: 'built here' }];
  const fix = { description: 'replace', edits: [{ range: at(m, 'a.yaml', 'app'), text: 'api' }] };
  const [d] = runRules(m, [rule('r', (mm) => [{ range: at(mm, 'a.yaml', 'app'), message: 'm', related, fix }])], {
    requested: all(m),
    config: config(),
  });
  assert.equal(d!.related, related);
  assert.equal(d!.fix, fix);
});

test('words over 200 characters in messages are cut to their start and end; fixes are exact', () => {
  const long = `"/${'x'.repeat(500)}/server"`;
  const cut = `${long.slice(0, 120)}\u2026(${long.length - 160} more characters)\u2026${long.slice(-40)}`;
  assert.is(clipMessage(`a ${long} b`), `a ${cut} b`);
  assert.is(clipMessage(`${'y'.repeat(200)} short`), `${'y'.repeat(200)} short`, '200 characters are kept');
  assert.is(clipMessage('short'), 'short');

  const m = makeModel({ 'a.yaml': 'image: app\n' });
  const fix = { description: 'replace', edits: [{ range: at(m, 'a.yaml', 'app'), text: long }] };
  const related = [{ range: at(m, 'a.yaml', 'image'), message: `set to ${long}` }];
  const extra: Diagnostic[] = [{ ruleId: 'parse-error', severity: 'error', message: `bad ${long}`, range: at(m, 'a.yaml', 'image'), related: [] }];
  const ds = runRules(m, [rule('r', (mm) => [{ range: at(mm, 'a.yaml', 'app'), message: `is ${long}`, related, fix }])], { requested: all(m), config: config(), extra });
  assert.equal(ds.map((d) => d.message), [`bad ${cut}`, `is ${cut}`]);
  assert.is(ds[1]!.related[0]!.message, `set to ${cut}`);
  assert.equal(ds[1]!.fix, fix);
});

// ---- suppression comments ----

const SUPPRESS = `a: 1
# otel-target-lint-disable-next-line r1 -- known
b: 2
c: 3
# otel-target-lint-disable-next-line
d: 4
`;

test('disable-next-line: suppresses the listed rule on the next line only; without a list, every rule', () => {
  const m = withDirectives(makeModel({ 'a.yaml': SUPPRESS }));
  const rules = ['r1', 'r2'].map((id) =>
    rule(id, (mm) => ['a: 1', 'b: 2', 'c: 3', 'd: 4'].map((n) => ({ range: at(mm, 'a.yaml', n), message: n }))),
  );
  assert.equal(view(runRules(m, rules, { requested: all(m), config: config() })), [
    'a.yaml:1:1 error r1 a: 1',
    'a.yaml:1:1 error r2 a: 1',
    'a.yaml:3:1 error r2 b: 2',
    'a.yaml:4:1 error r1 c: 3',
    'a.yaml:4:1 error r2 c: 3',
  ]);
});

test('disable-next-line also applies on the directive target line when the parser sets one further down', () => {
  const m = makeModel({ Dockerfile: '# otel-target-lint-disable-next-line r1\nRUN a \\\n  b\nCMD x\n' });
  const [d] = directivesOf(m, 'Dockerfile');
  m.directives.set('Dockerfile', [{ ...d!, targetLine: 3 }]);
  const r = rule('r1', (mm) => [
    { range: at(mm, 'Dockerfile', '  b'), message: 'on target line' },
    { range: at(mm, 'Dockerfile', 'CMD'), message: 'later' },
  ]);
  assert.equal(view(runRules(m, [r], { requested: all(m), config: config() })), ['Dockerfile:4:1 error r1 later']);
});

test('disable-file: listed rules anywhere in the file; other files unaffected', () => {
  const m = withDirectives(
    makeModel({ 'a.yaml': 'x: 1\n# otel-target-lint-disable-file r1, r3\ny: 2\n', 'b.yaml': 'x: 1\n' }),
  );
  const r1 = rule('r1', (mm) => [
    { range: at(mm, 'a.yaml', 'x'), message: 'x' },
    { range: at(mm, 'a.yaml', 'y'), message: 'y' },
    { range: at(mm, 'b.yaml', 'x'), message: 'other file' },
  ]);
  const r2 = rule('r2', (mm) => [{ range: at(mm, 'a.yaml', 'y'), message: 'not listed' }]);
  const r3 = rule('r3', (mm) => [{ range: at(mm, 'a.yaml', 'x'), message: 'x3' }]);
  assert.equal(view(runRules(m, [r1, r2, r3], { requested: all(m), config: config() })), [
    'a.yaml:3:1 error r2 not listed',
    'b.yaml:1:1 error r1 other file',
  ]);
});

// ---- the Kubernetes annotation ----

const TWO_DOCS = `kind: Deployment
metadata:
  annotations:
    otel-target-lint.io/ignore: "r1, r2"
spec:
  template:
    metadata:
      annotations:
        otel-target-lint.io/ignore: "r3"
    spec:
      containers:
        - image: app
---
kind: Deployment
spec:
  template:
    spec:
      containers:
        - image: other
`;

function workloads(m: ProjectModel, file: string): KubeFile {
  const f = m.files.get(file)!;
  const split = f.text.indexOf('---');
  const scalar = (needle: string, nth = 0) => ({ value: needle, range: at(m, file, needle, nth) });
  const entry = (value: string, nth: number) => ({
    key: scalar('otel-target-lint.io/ignore', nth),
    value: { value, range: at(m, file, `"${value}"`) },
  });
  const wl = (start: number, end: number, ann: Workload['annotations'], pod: Workload['podAnnotations']): Workload =>
    ({
      type: 'workload',
      kind: 'Deployment',
      annotations: ann,
      podAnnotations: pod,
      range: f.lines.range(file, start, end),
      kindRange: f.lines.range(file, start, start + 4),
      file,
      docIndex: 0,
      pod: { containers: [], initContainers: [], range: f.lines.range(file, start, end) },
    }) as Workload;
  return {
    file,
    helm: false,
    problems: [],
    directives: [],
    objects: [
      wl(0, split, { entries: [entry('r1, r2', 0)] }, { entries: [entry('r3', 1)] }),
      wl(split + 4, f.text.length, { entries: [] }, { entries: [] }),
    ],
  };
}

test('annotation on workload metadata or pod template suppresses findings inside that object only', () => {
  const m = makeModel({ 'k.yaml': TWO_DOCS });
  m.kube = [workloads(m, 'k.yaml')];
  const rules = ['r1', 'r3', 'r4'].map((id) =>
    rule(id, (mm) => [
      { range: at(mm, 'k.yaml', 'app'), message: 'first' },
      { range: at(mm, 'k.yaml', 'other'), message: 'second' },
    ]),
  );
  assert.equal(view(runRules(m, [...rules, rule('r2', () => [])], { requested: all(m), config: config() })), [
    'k.yaml:4:33 warning unused-directive Unused suppression: no "r2" finding in this object.',
    'k.yaml:12:18 error r4 first',
    'k.yaml:19:18 error r1 second',
    'k.yaml:19:18 error r3 second',
    'k.yaml:19:18 error r4 second',
  ]);
});

// ---- unused directives ----

test('unused directives: per unlisted rule, unknown rules, all-rules form; not for off or non-requested', () => {
  const m = withDirectives(
    makeModel({
      'a.yaml': `# otel-target-lint-disable-next-line r1, r2, nope
x: 1
# otel-target-lint-disable-next-line
y: 2
# otel-target-lint-disable-file r-off
`,
      'ctx.yaml': '# otel-target-lint-disable-file r1\n',
    }),
  );
  const rules = [
    rule('r1', (mm) => [{ range: at(mm, 'a.yaml', 'x: 1'), message: 'x' }]),
    rule('r2', () => []),
    rule('r-off', () => []),
  ];
  assert.equal(view(runRules(m, rules, { requested: new Set(['a.yaml']), config: config({ 'r-off': 'off' }) })), [
    'a.yaml:1:1 warning unused-directive Unknown rule "nope" in suppression (see --list-rules).',
    'a.yaml:1:1 warning unused-directive Unused suppression: no "r2" finding on the next line.',
    'a.yaml:3:1 warning unused-directive Unused suppression: no finding on the next line.',
  ]);
  const [first] = runRules(m, rules, { requested: new Set(['a.yaml']), config: config({ 'r-off': 'off' }) });
  assert.equal(
    [first!.range.line, first!.range.column, first!.range.endLine, first!.range.endColumn],
    [1, 1, 1, 50],
    'reported at the whole directive comment',
  );
  assert.equal(
    runRules(m, rules, { requested: new Set(['a.yaml']), config: config({ 'r-off': 'off', 'unused-directive': 'off' }) }),
    [],
  );
  assert.equal(
    view(runRules(m, rules, { requested: new Set(['a.yaml']), config: config({ 'r-off': 'off', 'unused-directive': 'error' }) }))[0],
    'a.yaml:1:1 error unused-directive Unknown rule "nope" in suppression (see --list-rules).',
  );
});

// ---- crashes ----

test('a rule that throws becomes one internal-error; the other rules still run; its directives are not unused', () => {
  const m = withDirectives(makeModel({ 'a.yaml': '# otel-target-lint-disable-next-line boom\nx: 1\n' }));
  const boom: Rule = {
    meta: { id: 'boom', description: '', defaultSeverity: 'error', fixable: false, category: 'target' },
    check() {
      throw new TypeError('cannot read x of undefined');
    },
  };
  const ok = rule('ok', (mm) => [{ range: at(mm, 'a.yaml', 'x: 1'), message: 'fine' }]);
  const out = runRules(m, [boom, ok], { requested: new Set(), config: config() });
  assert.equal(view(out), [
    ':0:0 error internal-error Rule "boom" crashed: cannot read x of undefined. Its findings may be missing; the other rules still ran. This is a bug in otel-target-lint: please report it.',
  ]);
  assert.equal(view(runRules(m, [boom, ok], { requested: all(m), config: config() })).length, 2);
  // A directive for every rule cannot be judged unused either when a rule's findings are missing.
  const blanket = withDirectives(makeModel({ 'b.yaml': '# otel-target-lint-disable-next-line\ny: 1\n' }));
  assert.equal(view(runRules(blanket, [boom], { requested: all(blanket), config: config() })).length, 1);
  assert.equal(view(runRules(blanket, [rule('quiet', () => [])], { requested: all(blanket), config: config() })), [
    'b.yaml:1:1 warning unused-directive Unused suppression: no finding on the next line.',
  ]);
});

test('a finding without a valid range is an internal error of that rule', () => {
  const m = makeModel({ 'a.yaml': 'x\n' });
  const bad = rule('bad', () => [{ range: undefined as unknown as Range, message: 'x' }]);
  assert.equal(view(runRules(m, [bad], { requested: all(m), config: config() })), [
    ':0:0 error internal-error Rule "bad" crashed: reported a finding without a valid range. Its findings may be missing; the other rules still ran. This is a bug in otel-target-lint: please report it.',
  ]);
});

test.run();
