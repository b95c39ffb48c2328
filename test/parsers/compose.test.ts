// src/parsers/compose.ts: detection, services, merge keys, environment ranges, command splitting, build specs.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/model/source.ts';
import type { Range, SourceFile } from '../../src/model/source.ts';
import { composeBuildSpecs, isComposeDocument, isHostPath, normalizeProjectName, parseCompose, splitShellWords, splitVolumeSpec } from '../../src/parsers/compose.ts';
import { parseYaml } from '../../src/parsers/yaml.ts';

function sf(text: string, path = 'compose.yaml', absDir = '/work/Shop App'): SourceFile {
  return { path, absPath: `${absDir}/${path}`, text, kind: 'compose', requested: true, lines: new LineIndex(text) };
}
const pos = (r: Range | undefined) => (r ? [r.line, r.column, r.endLine, r.endColumn] : undefined);
const slice = (text: string, r: Range | undefined) => (r ? text.slice(r.start, r.end) : undefined);

test('isComposeDocument: by content', () => {
  const rows: [string, boolean][] = [
    ['services:\n  api:\n    image: a\n', true],
    ['version: "3.9"\nservices: {}\nvolumes: {data: {}}\nx-anything: 1\n', true],
    ['name: shop\nservices:\n', true],
    ['apiVersion: v1\nkind: Pod\nservices: {}\n', false],
    ['services:\n  - postgres\n', false], // GitLab CI: a list
    ['image: node\nservices: {db: {}}\nstages: [build]\n', false], // not a Compose top-level key
    ['replicaCount: 1\n', false],
    ['', false],
    ['- a\n', false],
  ];
  for (const [text, want] of rows) {
    assert.is(isComposeDocument(sf(text)), want, JSON.stringify(text));
    const d = parseYaml(sf(text), { helm: false }).docs[0];
    if (d) assert.is(isComposeDocument(d), want, JSON.stringify(text));
  }
});

const COMPOSE = `# otel-target-lint-disable-file compose-pid-missing -- demo
x-defaults: &defaults
  restart: always
  environment:
    - LOG_LEVEL=debug
  cap_add: [SYS_PTRACE]

services:
  api:
    <<: *defaults
    build:
      context: ./api
      dockerfile: build/Dockerfile
      target: runtime
      args:
        - GO_VERSION=1.23
        - "LDFLAGS=-s -w"
        - FROM_ENV
    command: /app/server --port "80 80"
    environment:
      OTEL_SERVICE_NAME: api
      PORT: 8080
      EMPTY: ""
      FROM_SHELL:
    env_file: .env
  agent:
    <<: *defaults
    image: otel/autoinstrumentation-go:v0.24.0
    privileged: true
    pid: "service:api"
    user: root
    entrypoint: ["/otel-go-instrumentation"]
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=/app/server
      - "QUOTED=/a b"
      - 'SINGLE=x'
      - "ESCAPED=\\ta"
      - NO_VALUE
      - EMPTY=
    env_file:
      - common.env
      - path: ./agent.env
        required: false
  web:
    build: ../web
`;

test('services: fields with exact ranges; merge keys; extension keys ignored', () => {
  const cf = parseCompose(sf(COMPOSE, 'deploy/compose.yaml'));
  assert.equal(cf.problems, []);
  assert.equal(cf.directives.map((d) => [d.kind, d.rules]), [['disable-file', ['compose-pid-missing']]]);
  assert.equal(cf.services.map((s) => [s.name.value, ...pos(s.name.range)!]), [
    ['api', 9, 3, 9, 6],
    ['agent', 26, 3, 26, 8],
    ['web', 44, 3, 44, 6],
  ]);
  const [api, agent, web] = cf.services;
  assert.ok(api && agent && web);
  // build mapping
  const b = api.build!;
  assert.equal([b.context.value, b.dockerfile?.value, b.target?.value, ...pos(b.range)!], ['./api', 'build/Dockerfile', 'runtime', 12, 7, 18, 19]);
  assert.equal(pos(b.context.range), [12, 16, 12, 21]);
  assert.equal(b.args.map((a) => [a.name, a.value?.value, slice(COMPOSE, a.value?.range)]), [
    ['GO_VERSION', '1.23', '1.23'],
    ['LDFLAGS', '-s -w', '-s -w'],
    ['FROM_ENV', undefined, undefined],
  ]);
  // string command: split like compose-go, string kept
  assert.equal(api.command?.items.map((i) => [i.value, slice(COMPOSE, i.range)]), [
    ['/app/server', '/app/server'],
    ['--port', '--port'],
    ['80 80', '"80 80"'],
  ]);
  assert.equal([api.command?.string?.value, ...pos(api.command?.string?.range)!], ['/app/server --port "80 80"', 19, 14, 19, 40]);
  assert.equal(pos(api.command?.keyRange), [19, 5, 19, 12]);
  // map-form environment; merged `environment` is overridden as a whole (YAML merge semantics)
  assert.equal(api.environment.map((e) => [e.name.value, e.value?.value, ...pos(e.name.range)!, ...(e.value ? pos(e.value.range)! : []), ...pos(e.range)!]), [
    ['OTEL_SERVICE_NAME', 'api', 21, 7, 21, 24, 21, 26, 21, 29, 21, 7, 21, 29],
    ['PORT', '8080', 22, 7, 22, 11, 22, 13, 22, 17, 22, 7, 22, 17],
    ['EMPTY', '', 23, 7, 23, 12, 23, 14, 23, 16, 23, 7, 23, 16],
    ['FROM_SHELL', undefined, 24, 7, 24, 17, 24, 7, 24, 18],
  ]);
  assert.equal(api.envFiles.map((f) => f.value), ['.env']);
  // merged from x-defaults
  assert.equal(api.capAdd.map((c) => [c.value, ...pos(c.range)!]), [['SYS_PTRACE', 6, 13, 6, 23]]);
  // agent
  assert.equal([agent.image?.value, agent.privileged?.value, agent.pid?.value, agent.user?.value], [
    'otel/autoinstrumentation-go:v0.24.0', true, 'service:api', 'root',
  ]);
  assert.equal(pos(agent.pid?.range), [30, 10, 30, 23]);
  assert.equal(pos(agent.privileged?.range), [29, 17, 29, 21]);
  assert.equal(agent.entrypoint?.items.map((i) => [i.value, ...pos(i.range)!]), [['/otel-go-instrumentation', 32, 18, 32, 44]]);
  assert.is(agent.entrypoint?.string, undefined);
  assert.equal(agent.envFiles.map((f) => f.value), ['common.env', './agent.env']);
});

test('environment list form: name and value ranges inside the scalar', () => {
  const cf = parseCompose(sf(COMPOSE));
  const agent = cf.services[1]!;
  const rows = agent.environment.map((e) => [e.name.value, slice(COMPOSE, e.name.range), e.value?.value, slice(COMPOSE, e.value?.range), slice(COMPOSE, e.range)]);
  assert.equal(rows, [
    ['OTEL_GO_AUTO_TARGET_EXE', 'OTEL_GO_AUTO_TARGET_EXE', '/app/server', '/app/server', 'OTEL_GO_AUTO_TARGET_EXE=/app/server'],
    ['QUOTED', 'QUOTED', '/a b', '/a b', '"QUOTED=/a b"'],
    ['SINGLE', 'SINGLE', 'x', 'x', "'SINGLE=x'"],
    // an escape in the scalar: no 1:1 mapping, so both parts get the whole scalar's range
    ['ESCAPED', '"ESCAPED=\\ta"', '\ta', '"ESCAPED=\\ta"', '"ESCAPED=\\ta"'],
    ['NO_VALUE', 'NO_VALUE', undefined, undefined, 'NO_VALUE'],
    ['EMPTY', 'EMPTY', '', '', 'EMPTY='],
  ]);
  const target = agent.environment[0]!;
  assert.equal(pos(target.value?.range), [34, 33, 34, 44]);
  assert.equal(pos(target.name.range), [34, 9, 34, 32]);
});

test('build string shorthand is the context; composeBuildSpecs resolves paths and image names', () => {
  const cf = parseCompose(sf(COMPOSE, 'deploy/compose.yaml'));
  // the project directory is the compose file's directory
  assert.is(cf.projectName, 'deploy');
  const web = cf.services[2]!;
  assert.equal([web.build?.context.value, ...pos(web.build?.range)!], ['../web', 45, 12, 45, 18]);
  const specs = composeBuildSpecs(cf, 'deploy');
  assert.equal(
    specs.map((s) => [s.image, s.context, s.dockerfile, s.target, Object.fromEntries(s.args), s.source.kind, s.source.range.line]),
    [
      ['deploy-api', 'deploy/api', 'deploy/api/build/Dockerfile', 'runtime', { GO_VERSION: '1.23', LDFLAGS: '-s -w' }, 'compose', 12],
      ['deploy-web', 'web', 'web/Dockerfile', undefined, {}, 'compose', 45],
    ],
  );
  assert.is(specs[0]!.source.range.start, cf.services[0]!.build!.range.start);
});

test('composeBuildSpecs: top-level name, image given, context defaults, remote and inline builds skipped', () => {
  const text = `name: My_Shop
services:
  a:
    image: registry/a:1
    build: {dockerfile: Dockerfile.dev}
  b:
    build:
      context: .
  c:
    build: https://github.com/x/y.git#main
  d:
    build:
      dockerfile_inline: |
        FROM scratch
  e:
    build: /abs/ctx
`;
  const cf = parseCompose(sf(text));
  assert.equal(cf.problems, []);
  assert.is(cf.projectName, 'my_shop');
  assert.equal(cf.services[3]!.build?.dockerfileInline?.value, 'FROM scratch\n');
  assert.equal(
    composeBuildSpecs(cf, '.').map((s) => [s.image, s.context, s.dockerfile]),
    [
      ['registry/a:1', '.', 'Dockerfile.dev'],
      ['my_shop-b', '.', 'Dockerfile'],
      ['my_shop-e', '/abs/ctx', '/abs/ctx/Dockerfile'],
    ],
  );
});

test('normalizeProjectName follows compose-go', () => {
  const rows: [string, string][] = [
    ['Shop App', 'shopapp'],
    ['-_my.app_', 'myapp_'],
    ['ÄBC-1', 'bc-1'],
    ['', ''],
  ];
  for (const [input, want] of rows) assert.is(normalizeProjectName(input), want, input);
});

test('splitShellWords follows go-shellwords as compose-go uses it', () => {
  const rows: [string, string[] | 'error'][] = [
    ['/app/server --port 8080', ['/app/server', '--port', '8080']],
    ['  a   b  ', ['a', 'b']],
    [`sh -c "exec /app/server --x 'y'"`, ['sh', '-c', "exec /app/server --x 'y'"]],
    [`a'b c'd`, ['ab cd']],
    ['a\\ b', ['a b']],
    ['a "" b', ['a', '', 'b']],
    ['echo \\n', ['echo', '\n']],
    ["'\\n'", ['\\n']],
    ['a; b', ['a']],
    ['a && b', ['a']],
    ['app 2>/dev/null', ['app']],
    ['a | b', ['a']],
    ['echo $(date) `x y`', ['echo', '$(date)', '`x y`']],
    ['echo "a', 'error'],
    ['echo (a)', 'error'],
    ['a)', 'error'],
  ];
  for (const [input, want] of rows) {
    const r = splitShellWords(input);
    if (want === 'error') assert.ok(r.error, input);
    else {
      assert.is(r.error, undefined, input);
      assert.equal(r.words.map((w) => w.value), want, input);
    }
  }
  assert.equal(splitShellWords(`run "a b" c`).words.map((w) => [w.start, w.end]), [[0, 3], [4, 9], [10, 11]]);
  assert.is(splitShellWords('a; b').stoppedAt, 1);
});

test('bad values: problems with positions, the rest of the service is read', () => {
  const text = `services:
  a:
    image: [x]
    privileged: maybe
    build: 5
    command: "sh -c 'unterminated"
    environment: "A=b"
    cap_add: NET_ADMIN
    user: 1000
  b: 7
  c:
`;
  const cf = parseCompose(sf(text));
  assert.equal(cf.services.map((s) => s.name.value), ['a', 'b', 'c']);
  const a = cf.services[0]!;
  // Reported here once; nothing is left to interpolate (only a `$` is).
  assert.equal([a.image, a.privileged?.unknown, a.privilegedText, a.build, a.user?.value], [undefined, true, undefined, undefined, '1000']);
  assert.equal([a.command?.items, a.command?.string?.value], [[], "sh -c 'unterminated"]);
  assert.equal(cf.problems.map((p) => [p.message, p.range.line]), [
    ['Expected a string for image, found a list', 3],
    ['Compose rejects `maybe` for privileged ("invalid boolean") and loads nothing: write true or false', 4],
    ['Expected a string for build, found the number `5`', 5],
    ['Compose cannot split this command: unterminated quote or escape', 6],
    ['Expected a mapping for environment, found the string "A=b"', 7],
    ['Expected a list for cap_add, found the string "NET_ADMIN"', 8],
    ['Expected a mapping for service b, found the number `7`', 10],
  ]);
});

test('splitVolumeSpec: sections at colons outside ${…}, drive letters kept, as compose-go splits them', () => {
  const rows: [string, [string | undefined, string] | string][] = [
    ['./obi.yml:/config/obi.yml:ro', ['./obi.yml', '/config/obi.yml']],
    ['/data', [undefined, '/data']],
    ['db:/var/lib/db', ['db', '/var/lib/db']],
    ['${CFG:-./a.yml}:/etc/a.yml', ['${CFG:-./a.yml}', '/etc/a.yml']],
    ['${X:-a:b}:/t', ['${X:-a:b}', '/t']],
    ['C:\\cfg\\obi.yml:/config/obi.yml', ['C:\\cfg\\obi.yml', '/config/obi.yml']],
    ['/a', [undefined, '/a']],
    ['', 'the volume is empty'],
    ['./a::/b', 'a section between colons is empty'],
    ['./a:/b:ro:z', 'it has too many colons'],
    ['a::b', ['a:', 'b']], // `a:` is read as a drive letter
    ['./a:/b${X', 'it has an unclosed "${"'],
    ['${X', 'it has an unclosed "${"'],
    ['./a$${x:/b', ['./a$${x', '/b']], // `$$` is a literal `$`
  ];
  for (const [spec, want] of rows) {
    const r = splitVolumeSpec(spec);
    if (typeof want === 'string') {
      assert.equal(r, { error: want }, spec);
      continue;
    }
    assert.ok(!('error' in r), spec);
    if ('error' in r) continue;
    assert.equal([r.source ? spec.slice(...r.source) : undefined, spec.slice(...r.target)], want, spec);
  }
  const hosts: [string, boolean][] = [['./a', true], ['../a', true], ['/a', true], ['~/a', true], ['C:\\a', true], ['\\\\pipe\\x', true], ['data', false], ['', false], ['c', false]];
  for (const [s, want] of hosts) assert.is(isHostPath(s), want, s);
});

test('volumes and configs: mounts with exact ranges; top-level configs', () => {
  const text = [
    'services:',
    '  obi:',
    '    image: otel/ebpf-instrument:main',
    '    volumes:',
    '      - ./obi.yml:/config/obi.yml:ro',
    '      - data:/var/lib/obi',
    '      - /tmp',
    '      - type: bind',
    '        source: ./conf',
    '        target: /etc/obi',
    '      - {type: tmpfs, target: /run}',
    '      - "./a::/b"',
    '    configs:',
    '      - obi_config',
    '      - source: other',
    '        target: /etc/other.yml',
    'configs:',
    '  obi_config:',
    '    file: ./obi.yml',
    '  other:',
    '    content: |',
    '      discovery: {}',
    '  ext:',
    '    external: true',
    '',
  ].join('\n');
  const cf = parseCompose(sf(text));
  const mounts = cf.services[0]!.mounts!;
  assert.equal(mounts.map((m) => [m.type, m.source?.value, m.target.value]), [
    ['bind', './obi.yml', '/config/obi.yml'],
    ['volume', 'data', '/var/lib/obi'],
    ['volume', undefined, '/tmp'],
    ['bind', './conf', '/etc/obi'],
    ['other', undefined, '/run'],
    ['config', 'obi_config', '/obi_config'],
    ['config', 'other', '/etc/other.yml'],
  ]);
  assert.equal(pos(mounts[0]!.source!.range), [5, 9, 5, 18]);
  assert.equal(pos(mounts[0]!.target.range), [5, 19, 5, 34]);
  assert.equal(pos(mounts[0]!.range), [5, 9, 5, 37]);
  assert.is(slice(text, mounts[3]!.target.range), '/etc/obi');
  // A default target: not written anywhere (no fix may edit it).
  assert.is(mounts[5]!.target.implicit, true);
  assert.equal(cf.problems.map((p) => [p.message, pos(p.range)]), [['Compose rejects the volume "./a::/b": a section between colons is empty', [12, 9, 12, 18]]]);
  assert.equal(cf.configs!.map((c) => [c.name.value, c.file?.value, c.content?.value]), [
    ['obi_config', './obi.yml', undefined],
    ['other', undefined, 'discovery: {}\n'],
    ['ext', undefined, undefined],
  ]);
  // Neither key written: no mounts at all (not an empty list).
  assert.is(parseCompose(sf('services:\n  a:\n    image: x\n')).services[0]!.mounts, undefined);
});

test.run();
