// Shared diagnostics for the stylish, json and gcc formatter tests.
import type { Diagnostic } from '../../src/engine/types.ts';
import type { FormatContext } from '../../src/formatters/types.ts';
import { LineIndex } from '../../src/model/source.ts';
import type { Range, SourceFile } from '../../src/model/source.ts';

export const APP_YAML = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
\t\t- env:
            - name: OTEL_GO_AUTO_TARGET_EXE
              value: /app/server
`;

export const DOCKERFILE = `FROM golang:1.22 AS build
RUN go build -o /out/server .
FROM gcr.io/distroless/static
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
`;

function file(path: string, text: string): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'yaml', requested: true, lines: new LineIndex(text) };
}

export const files = new Map<string, SourceFile>([
  ['deploy/app.yaml', file('deploy/app.yaml', APP_YAML)],
  ['Dockerfile', file('Dockerfile', DOCKERFILE)],
]);

export function at(path: string, needle: string, length = needle.length): Range {
  const f = files.get(path)!;
  const i = f.text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in ${path}`);
  return f.lines.range(path, i, i + length);
}

export const mismatch: Diagnostic = {
  ruleId: 'target-exe-mismatch',
  severity: 'error',
  message: 'OTEL_GO_AUTO_TARGET_EXE is "/app/server" but the container runs "/server".',
  range: at('deploy/app.yaml', '/app/server'),
  related: [
    { range: at('Dockerfile', 'ENTRYPOINT'), message: 'ENTRYPOINT runs /server' },
    { range: at('Dockerfile', 'COPY'), message: 'the binary is copied to /server' },
  ],
  fix: {
    description: 'Set OTEL_GO_AUTO_TARGET_EXE to "/server"',
    edits: [{ range: at('deploy/app.yaml', '/app/server'), text: '/server' }],
  },
};

/** A range over three lines, starting in the middle of the first; a two-line message. */
export const multiLine: Diagnostic = {
  ruleId: 'stage-binary',
  severity: 'warning',
  message: 'The build stage writes /out/server\nbut the final stage copies it elsewhere.',
  range: at('Dockerfile', 'go build -o /out/server .\nFROM gcr.io/distroless/static\nCOPY'),
  related: [],
};

/** An underline after tab indentation. */
export const tabbed: Diagnostic = {
  ruleId: 'env-list',
  severity: 'info',
  message: 'env is set here',
  range: at('deploy/app.yaml', '- env:'),
  related: [],
};

export const crash: Diagnostic = {
  ruleId: 'internal-error',
  severity: 'error',
  message: 'Rule "boom" crashed: oops.',
  range: { file: '', line: 0, column: 0, endLine: 0, endColumn: 0, start: 0, end: 0 },
  related: [],
};

/** A whole-file problem in a file that could not be read (so it is not in `files`). */
export const unreadable: Diagnostic = {
  ruleId: 'parse-error',
  severity: 'warning',
  message: 'File is too large to lint (3.0 MiB; the limit is 2.0 MiB): skipped.',
  range: { file: 'big.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 },
  related: [],
};

export function ctx(color = false): FormatContext {
  return { cwd: '/repo', files, rules: [], color, version: '9.9.9' };
}
