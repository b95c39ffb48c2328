import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { DfInstruction, DockerfileDoc } from '../../src/model/dockerfile.ts';
import type { ShellScript } from '../../src/model/shell.ts';
import { LineIndex, type Range, type SourceFile } from '../../src/model/source.ts';
import { logicalText, parseDockerfile, parseJsonArray } from '../../src/parsers/dockerfile.ts';
import { initShellParser } from '../../src/parsers/shell.ts';

test.before(async () => {
  await initShellParser();
});

function file(text: string, path = 'Dockerfile'): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'dockerfile', requested: true, lines: new LineIndex(text) };
}
function parse(text: string): DockerfileDoc {
  return parseDockerfile(file(text));
}
/** `line:col-endLine:endCol` */
function r(range: Range | undefined): string {
  return range ? `${range.line}:${range.column}-${range.endLine}:${range.endColumn}` : 'none';
}
/** The text a range covers. */
function slice(text: string, range: Range): string {
  return text.slice(range.start, range.end);
}
function ins<K extends DfInstruction['kind']>(doc: DockerfileDoc, stage: number, i: number, kind: K): DfInstruction & { kind: K } {
  const x = doc.stages[stage]!.instructions[i]!;
  assert.is(x.kind, kind);
  return x as DfInstruction & { kind: K };
}
/** Each command as `word word ...` (values of literal words) with its range. */
function cmds(s: ShellScript | undefined): string[] {
  return (s?.commands ?? []).map(
    (c) =>
      `${[...c.assignments.map((a) => `${a.name}=${a.value?.raw ?? ''}`), ...c.words.map((w) => w.raw)].join(' ')} @${r(c.range)}`,
  );
}

test('stages, stage names, global ARGs and platform', () => {
  const text = `ARG GO=1.23
ARG BASE
FROM --platform=$BUILDPLATFORM golang:\${GO} AS Build
RUN true
FROM gcr.io/distroless/static@sha256:abc
FROM build AS final
`;
  const doc = parse(text);
  assert.equal(doc.problems, []);
  assert.equal(
    doc.globalArgs.map((a) => [a.name, r(a.nameRange), a.default?.value, r(a.default?.range)]),
    [
      ['GO', '1:5-1:7', '1.23', '1:8-1:12'],
      ['BASE', '2:5-2:9', undefined, 'none'],
    ],
  );
  assert.equal(
    doc.stages.map((s) => [s.index, s.name, r(s.nameRange), s.base.value, r(s.base.range), s.platform?.value, r(s.range)]),
    [
      [0, 'build', '3:48-3:53', 'golang:${GO}', '3:32-3:44', '$BUILDPLATFORM', '3:1-3:53'],
      [1, undefined, 'none', 'gcr.io/distroless/static@sha256:abc', '5:6-5:41', undefined, '5:1-5:41'],
      [2, 'final', '6:15-6:20', 'build', '6:6-6:11', undefined, '6:1-6:20'],
    ],
  );
  assert.is(doc.stages[0]!.instructions.length, 1);
  assert.is(doc.escapeChar, '\\');
});

test('ENV: key=value pairs with quotes, legacy form, ranges of values as written', () => {
  const text = `FROM alpine
ENV A=b C="d e" \\
    F='$G'
ENV LEGACY some value
ENV PATH=/app:$PATH
`;
  const doc = parse(text);
  const env1 = ins(doc, 0, 0, 'ENV');
  assert.is(r(env1.range), '2:1-3:11');
  assert.equal(
    env1.vars.map((v) => [v.name, v.value.value, v.value.raw, r(v.value.range), r(v.range)]),
    [
      ['A', 'b', undefined, '2:7-2:8', '2:5-2:8'],
      ['C', 'd e', '"d e"', '2:11-2:16', '2:9-2:16'],
      ['F', '$G', "'$G'", '3:7-3:11', '3:5-3:11'],
    ],
  );
  const env2 = ins(doc, 0, 1, 'ENV');
  assert.equal(env2.vars.map((v) => [v.name, v.value.value, r(v.value.range)]), [['LEGACY', 'some value', '4:12-4:22']]);
  const env3 = ins(doc, 0, 2, 'ENV');
  assert.equal(env3.vars.map((v) => [v.name, v.value.value]), [['PATH', '/app:$PATH']]);
});

test('ARG: several names in one instruction, defaults with quotes', () => {
  const text = `FROM alpine
ARG X Y
ARG A=1 B="2 3"
`;
  const doc = parse(text);
  const a1 = ins(doc, 0, 0, 'ARG');
  assert.equal(a1.args.map((a) => [a.name, r(a.nameRange), a.default?.value]), [
    ['X', '2:5-2:6', undefined],
    ['Y', '2:7-2:8', undefined],
  ]);
  const a2 = ins(doc, 0, 1, 'ARG');
  assert.equal(a2.args.map((a) => [a.name, a.default?.value, a.default?.raw, r(a.default?.range)]), [
    ['A', '1', undefined, '3:7-3:8'],
    ['B', '2 3', '"2 3"', '3:11-3:16'],
  ]);
});

test('RUN: flags kept, continuation with a comment line, script ranges in the Dockerfile', () => {
  const text = `FROM golang:1.23
RUN --mount=type=cache,target=/root/.cache \\
    # build it
    CGO_ENABLED=0 go build \\
  -o /app/server ./cmd/server && \\
  strip /app/server
`;
  const doc = parse(text);
  assert.equal(doc.problems, []);
  const run = ins(doc, 0, 0, 'RUN');
  assert.is(r(run.range), '2:1-6:20');
  assert.equal(run.flags.map((f) => [f.value, r(f.range)]), [['--mount=type=cache,target=/root/.cache', '2:5-2:43']]);
  assert.is(run.execArgv, undefined);
  assert.equal(cmds(run.script), [
    'CGO_ENABLED=0 go build -o /app/server ./cmd/server @4:5-5:30',
    'strip /app/server @6:3-6:20',
  ]);
  const words = run.script!.commands[0]!.words;
  assert.equal(words.map((w) => [w.raw, r(w.range), slice(text, w.range)]), [
    ['go', '4:19-4:21', 'go'],
    ['build', '4:22-4:27', 'build'],
    ['-o', '5:3-5:5', '-o'],
    ['/app/server', '5:6-5:17', '/app/server'],
    ['./cmd/server', '5:18-5:30', './cmd/server'],
  ]);
  assert.equal(run.script!.errors, []);
});

test('RUN: an empty line inside a continuation does not end the command', () => {
  const text = 'FROM alpine\nRUN echo a \\\n\n   b\n';
  const run = ins(parse(text), 0, 0, 'RUN');
  assert.equal(cmds(run.script), ['echo a b @2:5-4:5']);
});

test('RUN: exec form', () => {
  const text = 'FROM golang\nRUN ["go", "build", "-o", "/out/app", "."]\n';
  const run = ins(parse(text), 0, 0, 'RUN');
  assert.is(run.script, undefined);
  assert.equal(run.execArgv!.map((a) => [a.value, r(a.range)]), [
    ['go', '2:6-2:10'],
    ['build', '2:12-2:19'],
    ['-o', '2:21-2:25'],
    ['/out/app', '2:27-2:37'],
    ['.', '2:39-2:42'],
  ]);
});

test('RUN heredoc: the body is the script (also `RUN bash <<EOF`); other heredocs are data', () => {
  const text = `FROM golang
RUN <<EOF
set -e
go build -o /x .
EOF
RUN bash -e <<'EOT'
cd /src && go install ./cmd/tool
EOT
RUN cat <<EOF > /etc/motd
go build -o /nope .
EOF
`;
  const doc = parse(text);
  assert.equal(doc.problems, []);
  assert.equal(cmds(ins(doc, 0, 0, 'RUN').script), ['set -e @3:1-3:7', 'go build -o /x . @4:1-4:17']);
  assert.equal(cmds(ins(doc, 0, 1, 'RUN').script), ['cd /src @7:1-7:8', 'go install ./cmd/tool @7:12-7:33']);
  assert.equal(cmds(ins(doc, 0, 2, 'RUN').script), ['cat @9:5-9:26']);
});

test('RUN heredoc: two bodies are concatenated with their statement trees renumbered', () => {
  const text = `FROM alpine
RUN <<A <<B
echo one
A
echo two
B
`;
  const run = ins(parse(text), 0, 0, 'RUN');
  assert.equal(cmds(run.script), ['echo one @3:1-3:9', 'echo two @5:1-5:9']);
  assert.equal(run.script!.body!.map((n) => (n.kind === 'command' ? n.index : -1)), [0, 1]);
});

test('COPY/ADD: flags, several sources, JSON form, ranges', () => {
  const text = `FROM alpine
COPY --from=build --chmod=755 --chown=app:app --link a b /dst/
ADD ["my file", "/x y/"]
COPY --link=false go.mod \\
     go.sum ./
`;
  const doc = parse(text);
  assert.equal(doc.problems, []);
  const c = ins(doc, 0, 0, 'COPY');
  assert.equal([c.from?.value, r(c.from?.range), c.chmod?.value, c.chown?.value, c.link], ['build', '2:13-2:18', '755', 'app:app', true]);
  assert.equal(c.sources.map((s) => [s.value, r(s.range)]), [
    ['a', '2:54-2:55'],
    ['b', '2:56-2:57'],
  ]);
  assert.equal([c.dest.value, r(c.dest.range)], ['/dst/', '2:58-2:63']);
  const a = ins(doc, 0, 1, 'ADD');
  assert.equal(a.sources.map((s) => [s.value, r(s.range)]), [['my file', '3:6-3:15']]);
  assert.equal([a.dest.value, r(a.dest.range)], ['/x y/', '3:17-3:24']);
  const c2 = ins(doc, 0, 2, 'COPY');
  assert.is(c2.link, false);
  assert.equal(c2.sources.map((s) => s.value), ['go.mod', 'go.sum']);
  assert.is(c2.dest.value, './');
});

test('COPY heredoc: content, range, and a parsed script for a `#!` body', () => {
  const text = `FROM alpine
COPY --chmod=755 <<EOF /entrypoint.sh
#!/bin/sh
exec /app/server "$@"
EOF
COPY <<-EOT /etc/conf
\tkey=value
\tEOT
`;
  const doc = parse(text);
  assert.equal(doc.problems, []);
  const c = ins(doc, 0, 0, 'COPY');
  assert.equal(c.sources, []);
  assert.is(c.dest.value, '/entrypoint.sh');
  assert.is(c.heredocs!.length, 1);
  const h = c.heredocs![0]!;
  assert.is(h.name, 'EOF');
  assert.is(h.content, '#!/bin/sh\nexec /app/server "$@"\n');
  assert.is(r(h.range), '3:1-5:1');
  assert.is(h.script?.shebang?.interpreter, '/bin/sh');
  assert.equal(cmds(h.script), ['exec /app/server "$@" @4:1-4:22']);
  assert.is(h.expand, true);
  const c2 = ins(doc, 0, 1, 'COPY');
  assert.is(c2.heredocs![0]!.expand, true);
  for (const marker of ["<<'EOF'", '<<"EOF"', '<<-"EOF"'])
    assert.is(ins(parse(`FROM alpine\nCOPY ${marker} /x.sh\n#!/bin/sh\nexec /y\nEOF\n`), 0, 0, 'COPY').heredocs![0]!.expand, undefined, marker);
  assert.is(c2.heredocs![0]!.content, 'key=value\n');
  assert.is(c2.heredocs![0]!.script, undefined);
  assert.is(c2.dest.value, '/etc/conf');
});

test('ENTRYPOINT/CMD: exec form kept intact, single quotes are shell form, shell form parsed', () => {
  const text = `FROM alpine
ENTRYPOINT ["sh","-c","exec /server"]
CMD ['/x']
CMD /app/server \\
    --port 8080
ENTRYPOINT []
`;
  const doc = parse(text);
  assert.equal(doc.problems, []);
  const e = ins(doc, 0, 0, 'ENTRYPOINT');
  assert.is(e.form, 'exec');
  assert.equal(e.argv!.map((a) => [a.value, r(a.range)]), [
    ['sh', '2:13-2:17'],
    ['-c', '2:18-2:22'],
    ['exec /server', '2:23-2:37'],
  ]);
  const c1 = ins(doc, 0, 1, 'CMD');
  assert.is(c1.form, 'shell');
  assert.equal([c1.text?.value, r(c1.text?.range)], ["['/x']", '3:5-3:11']);
  assert.equal(c1.script!.commands.map((c) => r(c.range)), ['3:5-3:11']);
  const c2 = ins(doc, 0, 2, 'CMD');
  assert.is(c2.form, 'shell');
  assert.is(c2.text?.value, '/app/server     --port 8080');
  assert.is(r(c2.text?.range), '4:5-5:16');
  assert.equal(cmds(c2.script), ['/app/server --port 8080 @4:5-5:16']);
  const e2 = ins(doc, 0, 3, 'ENTRYPOINT');
  assert.equal([e2.form, e2.argv], ['exec', []]);
});

test('WORKDIR, USER, SHELL', () => {
  const text = `FROM alpine
WORKDIR /src/\${APP}
USER 65532:65532
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
`;
  const doc = parse(text);
  const w = ins(doc, 0, 0, 'WORKDIR');
  assert.equal([w.path.value, r(w.path.range)], ['/src/${APP}', '2:9-2:20']);
  const u = ins(doc, 0, 1, 'USER');
  assert.is(u.user.value, '65532:65532');
  const s = ins(doc, 0, 2, 'SHELL');
  assert.equal(s.argv.map((a) => a.value), ['/bin/bash', '-o', 'pipefail', '-c']);
  assert.is(r(s.argv[0]!.range), '4:8-4:19');
});

test('escape directive: backtick continuations', () => {
  const text = '# escape=`\nFROM golang\nRUN go build `\n    -o C:\\out\\app.exe .\n';
  const doc = parse(text);
  assert.is(doc.escapeChar, '`');
  const run = ins(doc, 0, 0, 'RUN');
  assert.equal(cmds(run.script).length, 1);
  assert.equal(run.script!.commands[0]!.words.map((w) => r(w.range)), ['3:5-3:7', '3:8-3:13', '4:5-4:7', '4:8-4:22', '4:23-4:24']);
});

test('suppression directives from comments', () => {
  const text = `FROM alpine
# otel-target-lint-disable-next-line target-exe-mismatch -- built elsewhere
COPY app /app
# just a comment
# otel-target-lint-disable-file
`;
  const doc = parse(text);
  assert.equal(
    doc.directives.map((d) => [d.kind, d.rules, d.reason, d.targetLine, r(d.range)]),
    [
      ['disable-next-line', ['target-exe-mismatch'], 'built elsewhere', 3, '2:1-2:76'],
      ['disable-file', [], undefined, undefined, '5:1-5:32'],
    ],
  );
});

test('problems instead of exceptions', () => {
  const cases: { text: string; problems: [string, string, string][] }[] = [
    { text: '', problems: [] },
    {
      text: 'RUN echo hi\nFROM alpine\n',
      problems: [['RUN before the first FROM: Docker rejects it (only ARG may come first)', '1:1-1:12', 'partial']],
    },
    { text: 'FROM alpine\nFROBNICATE x\n', problems: [['unknown instruction FROBNICATE', '2:1-2:11', 'partial']] },
    { text: 'FROM\n', problems: [['FROM without an image', '1:1-1:5', 'partial']] },
    {
      text: 'just some text\n',
      problems: [
        ['unknown instruction just', '1:1-1:5', 'partial'],
        ['just before the first FROM: Docker rejects it (only ARG may come first)', '1:1-1:15', 'partial'],
        ['no FROM instruction: this is not a Dockerfile Docker can build', '1:1-1:1', 'error'],
      ],
    },
    { text: 'FROM alpine\nCOPY onlyone\n', problems: [['COPY needs at least one source and a destination', '2:1-2:13', 'partial']] },
    { text: 'FROM alpine\nSHELL /bin/bash -c\n', problems: [['SHELL requires a JSON array of strings, e.g. SHELL ["/bin/bash", "-c"]', '2:1-2:19', 'partial']] },
    { text: 'FROM alpine\nCMD ["a", 1]\n', problems: [['CMD exec form must be a JSON array of strings', '2:1-2:13', 'partial']] },
    { text: 'FROM alpine\nRUN <<EOF\necho never ends\n', problems: [['heredoc EOF has no terminating EOF line', '2:5-2:10', 'partial']] },
  ];
  for (const c of cases) {
    const doc = parse(c.text);
    assert.equal(
      doc.problems.map((p) => [p.message, r(p.range), p.severity]),
      c.problems,
      JSON.stringify(c.text),
    );
  }
  // Binary garbage does not throw.
  const junk = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 7919) % 256));
  assert.type(parse(junk).problems.length, 'number');
});

test('logicalText: same length, continuations and comment lines blanked; joined as Docker does', () => {
  const cases: [string, string, string, string][] = [
    ['echo a \\\n  b', '\\', 'echo a     b', 'echo a   b'],
    ['a \\  \n# c\n  b', '\\', 'a           b', 'a   b'],
    ['a `\r\nb', '`', 'a    b', 'a b'],
    ['x\\\ny', '\\', 'x  y', 'xy'],
  ];
  for (const [text, esc, same, joined] of cases) {
    const l = logicalText(text, 0, text.length, esc);
    assert.is(l.sameLength, same, JSON.stringify(text));
    assert.is(l.sameLength.length, text.length);
    assert.is(l.joined, joined, JSON.stringify(text));
  }
});

test('parseJsonArray: items with their offsets, quotes included', () => {
  assert.equal(parseJsonArray(' ["a", "b\\"c"] '), {
    items: [
      { value: 'a', start: 2, end: 5 },
      { value: 'b"c', start: 7, end: 13 },
    ],
  });
  assert.is(parseJsonArray("['/x']"), undefined);
  assert.is(parseJsonArray('/x'), undefined);
  assert.equal(parseJsonArray('[1]'), { notStrings: true });
});

test.run();
