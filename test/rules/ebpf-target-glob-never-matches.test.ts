import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ebpfTargetGlobNeverMatches } from '../../rules/ebpf-target-glob-never-matches.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE, ebpfCompose, obiConfigPod, obiSidecarPod } from '../helpers/fixtures.ts';

const ORDERS_DOCKERFILE = SEED_DOCKERFILE.replaceAll('/app/server', '/usr/local/bin/orders').replace('./cmd/server', './cmd/orders');
const ordersApp = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
spec:
  selector:
    matchLabels:
      app: orders
  template:
    metadata:
      labels:
        app: orders
    spec:
      containers:
        - name: orders
          image: ghcr.io/acme/orders:1.0.0
`;
const daemonSet = (name: string, value: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: beyla
spec:
  selector:
    matchLabels:
      app: beyla
  template:
    metadata:
      labels:
        app: beyla
    spec:
      hostPID: true
      containers:
        - name: beyla
          image: grafana/beyla:2.7.1
          securityContext:
            privileged: true
          env:
            - name: ${name}
              value: ${value}
`;
const obiSidecar = (value: string) => obiSidecarPod(['- name: OTEL_EBPF_AUTO_TARGET_EXE', `  value: ${value}`]);
const composeObi = (value: string) => `services:
  orders:
    build: .
  obi:
    image: otel/ebpf-instrument:main
    pid: "service:orders"
    privileged: true
    environment:
      OTEL_GO_AUTO_TARGET_EXE: ${value}
`;

const bare = { Dockerfile: ORDERS_DOCKERFILE, 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', 'orders'), 'orders.yaml': ordersApp };
const bareOutsideRepo = { 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', '"payments-*"') };
const wrongPath = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': obiSidecar("'/srv/server'") };
const sidecarBare = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': obiSidecar('api') };
/** A `pid: host` OBI beside the repository's two services and a pulled backend (the OBI book chapter's setup). */
const hostProject = (value: string, extra = '  lgtm:\n    image: grafana/otel-lgtm:0.32.1\n') => ({
  'frontend/Dockerfile': SEED_DOCKERFILE.replaceAll('/app/server', '/frontend'),
  'backend/Dockerfile': SEED_DOCKERFILE.replaceAll('/app/server', '/backend'),
  'compose.yaml': `services:\n  frontend:\n    build: ./frontend\n  backend:\n    build: ./backend\n  obi:\n    image: otel/ebpf-instrument:v0.13.0\n    privileged: true\n    pid: host\n    environment:\n      OTEL_EBPF_AUTO_TARGET_EXE: "${value}"\n${extra}`,
});
const commaList = hostProject('*/frontend,*/backend');
const wrongDir = hostProject('/usr/local/bin/{frontend,backend}');

// Beyla issue #2461: a regular expression where a glob is read.
const regexAll = { 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', '".*"') };
const regexName = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': obiSidecar('"^server$"') };
const composeDefault = { Dockerfile: ORDERS_DOCKERFILE, 'compose.yaml': composeObi('orders') };
const invalid = { 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', '"/usr/bin/[a-z0-9]*"') };
/** Beyla before 2.5.0 reads OTEL_GO_AUTO_TARGET_EXE as an alias of BEYLA_EXECUTABLE_NAME, a regular expression. */
const oldBeyla = { Dockerfile: ORDERS_DOCKERFILE, 'beyla.yaml': daemonSet('OTEL_GO_AUTO_TARGET_EXE', 'orders').replace('grafana/beyla:2.7.1', 'grafana/beyla:1.9.0'), 'orders.yaml': ordersApp };
// A hostPID DaemonSet may select any process of the host: a full path is checked against the repository's programs
// of the same name only.
const hostWrongPath = { Dockerfile: ORDERS_DOCKERFILE, 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', '/bin/orders'), 'orders.yaml': ordersApp };
const goVarOnBeyla = { Dockerfile: ORDERS_DOCKERFILE, 'beyla.yaml': daemonSet('OTEL_GO_AUTO_TARGET_EXE', 'orders'), 'orders.yaml': ordersApp };

const cfg = (items: string[]) => obiConfigPod(['discovery:', '  instrument:', ...items.map((i) => `    ${i}`)]);
const cfgBare = { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': cfg(['- exe_path: server']) };
const cfgNone = { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': cfg(['- exe_path: /srv/server', '- exe_path: "*/worker"']) };
// A second Deployment mounting the same ConfigMap: its app runs /app/worker, which only the second item selects.
const sharedCfg = {
  'api/Dockerfile': SEED_DOCKERFILE,
  'worker/Dockerfile': SEED_DOCKERFILE.replaceAll('/app/server', '/app/worker').replace('./cmd/server', './cmd/worker'),
  'k8s/api.yaml': cfg(['- exe_path: /app/server', '- exe_path: /app/worker']),
  'k8s/worker.yaml': obiConfigPod(['x: 1']).split('---\n')[1]!.replaceAll('api', 'worker'),
};

const sharedWorkerOnly = { ...sharedCfg, 'k8s/api.yaml': cfg(['- exe_path: /app/worker']) };

// `${VAR}` in the file: replaced from the OBI container's environment.
const cfgVar = (value: string) => ({
  Dockerfile: SEED_DOCKERFILE,
  'k8s/api.yaml': obiConfigPod(['discovery:', '  instrument:', '    - exe_path: ${APP_PATH}'], ['- name: APP_PATH', `  value: ${value}`]),
});
const cfgVarWrong = cfgVar('/srv/server');
// Compose: Beyla reads a file of the repository, bind-mounted.
const beylaCompose = (exe: string) => ({
  Dockerfile: SEED_DOCKERFILE,
  'deploy/beyla.yml': `discovery:\n  instrument:\n    - exe_path: ${exe}\n`,
  'deploy/compose.yaml': ebpfCompose(['command: ["-config", "/etc/beyla/beyla.yml"]', 'volumes:', '  - ./beyla.yml:/etc/beyla/beyla.yml'], { name: 'beyla', image: 'grafana/beyla:2.7.1', build: '..' }),
});
const beylaComposeWrong = beylaCompose('/server');

ruleTests(ebpfTargetGlobNeverMatches, {
  valid: [
    { name: 'pid: host beside a pulled service: the alternatives match', files: hostProject('{*/frontend,*/backend}') },
    {
      name: 'pid: host beside a service built here whose program is not known: it may be the one',
      files: { ...hostProject('*/frontend,*/backend', '  worker:\n    build: ./worker\n'), 'worker/Dockerfile': 'FROM alpine:3.20\nCOPY worker /usr/local/bin/\nCMD ["sh", "-c", "$CMD"]\n' },
    },
    { name: 'hostPID: the full path the repository image runs', files: { ...hostWrongPath, 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', '/usr/local/bin/orders') } },
    { name: 'hostPID: a path no program of the repository is named like (a host process)', files: { ...hostWrongPath, 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', '/usr/sbin/sshd') } },
    { name: 'Beyla 1.9.0: OTEL_GO_AUTO_TARGET_EXE is a regular expression there, not a glob', files: oldBeyla },
    { name: 'Beyla DaemonSet: */orders', files: { ...bare, 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', '"*/orders"') } },
    { name: 'OBI sidecar: the full path', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': obiSidecar('/app/server') } },
    { name: 'OBI sidecar: a glob that matches', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': obiSidecar('"/app/{server,worker}"') } },
    { name: 'compose: OTEL_GO_AUTO_TARGET_EXE as the default, matching', files: { Dockerfile: ORDERS_DOCKERFILE, 'compose.yaml': composeObi('"*/orders"') } },
    { name: 'an absolute glob with no app to compare (hostPID)', files: { 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', '/opt/other/bin/x') } },
    { name: 'the app image is not in the repository', files: { 'deploy.yaml': obiSidecar('/srv/server') } },
    { name: 'config file: an item that matches', files: { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': cfg(['- exe_path: "*/server"']) } },
    { name: 'config file: one item of two matches', files: { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': cfg(['- exe_path: /srv/server', '- exe_path: /app/server']) } },
    { name: 'config file: another item selects by port (not checked)', files: { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': cfg(['- exe_path: /srv/server', '- open_ports: 8080']) } },
    { name: 'config file shared by two Deployments: each pod has an item that selects its app', files: sharedCfg },
    {
      name: 'config file: a ${VAR} reference the container does not set is not known',
      files: { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': cfg(['- exe_path: ${APP_PATH}']) },
    },
    { name: 'config file: a ${VAR} reference the container sets, matching', files: cfgVar('/app/server') },
    { name: 'compose: a bind-mounted config file whose item matches', files: beylaCompose('"*/server"') },
    {
      name: 'config file not found: a Secret volume',
      files: { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': cfg(['- exe_path: server']).replace('configMap:\n            name: obi-config', 'secret:\n            secretName: obi-config') },
    },
  ],
  invalid: [
    {
      name: 'pid: host beside a pulled service: a comma list matches none of the repository\'s programs (warning, braces)',
      files: commaList,
      errors: [
        {
          ...span(commaList, 'compose.yaml', '"*/frontend,*/backend"'),
          severity: 'warning',
          message: [
            "and it matches none of the repository's programs it should select: service \"frontend\" runs \"/frontend\"",
            'OBI may select a process of the other services ("lgtm": images from elsewhere), but not these. A comma outside braces is part of the path: for alternatives write "{*/frontend,*/backend}".',
          ],
        },
      ],
      output: { 'compose.yaml': hostProject('{*/frontend,*/backend}')['compose.yaml'] },
    },
    {
      name: 'pid: host beside a pulled service: a directory none of the programs is in (warning)',
      files: wrongDir,
      errors: [{ ...span(wrongDir, 'compose.yaml', '"/usr/local/bin/{frontend,backend}"'), severity: 'warning', message: ['service "backend" runs "/backend"'] }],
    },
    {
      name: 'a regular expression for everything: its glob is "*"',
      files: regexAll,
      errors: [{ ...span(regexAll, 'beyla.yaml', '".*"'), message: ['so it never matches any process. It reads like a regular expression; as a glob it is "*" (every executable).'] }],
      output: { 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', '"*"') },
    },
    {
      name: 'an anchored regular expression: the glob of that name under any directory',
      files: regexName,
      errors: [{ ...span(regexName, 'deploy.yaml', '"^server$"'), message: ['It reads like a regular expression; as a glob it is "*/server".'] }],
      output: { 'deploy.yaml': obiSidecar('"*/server"') },
    },
    {
      name: 'hostPID: a full path where the repository image runs its program elsewhere (warning, fixed to that path)',
      files: hostWrongPath,
      errors: [
        {
          ...span(hostWrongPath, 'beyla.yaml', '/bin/orders'),
          severity: 'warning',
          message: [
            'BEYLA_AUTO_TARGET_EXE is "/bin/orders", a glob Beyla matches against the whole executable path, and no program of this repository\'s images matches it: container "orders" of Deployment orders runs "/usr/local/bin/orders"',
            'Beyla may select any process of the host here, but not those. Set it to "/usr/local/bin/orders" (or "*/orders").',
          ],
        },
      ],
      output: { 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', '/usr/local/bin/orders') },
    },
    {
      name: 'Beyla DaemonSet with hostPID: a bare name (the example)',
      files: bare,
      errors: [
        {
          ...span(bare, 'beyla.yaml', 'orders', 0),
          severity: 'error',
          message:
            'BEYLA_AUTO_TARGET_EXE is "orders", but Beyla matches it as a glob against the whole executable path (readlink /proc/<pid>/exe, always absolute; "*" also matches "/"), so it never matches any process: container "orders" of Deployment orders runs "/usr/local/bin/orders" (Dockerfile:4, Dockerfile:7; its image is assumed to be built from Dockerfile, the only Dockerfile in the repository). Use "*/orders" or "/usr/local/bin/orders".',
          related: ['Dockerfile:6', 'Dockerfile:8', 'Dockerfile:8', 'Dockerfile:4', 'Dockerfile:7'],
        },
      ],
      output: { 'beyla.yaml': daemonSet('BEYLA_AUTO_TARGET_EXE', '"*/orders"') },
    },
    {
      name: 'a relative glob, nothing in the repository to compare: no fix',
      files: bareOutsideRepo,
      errors: [{ ...span(bareOutsideRepo, 'beyla.yaml', '"payments-*"'), message: ['never matches any process.', 'Start it with "*/" or "/" (e.g. "*/payments-*").'] }],
    },
    {
      name: 'OBI sidecar: an absolute path that is not the app\'s (quoting kept)',
      files: wrongPath,
      errors: [
        {
          ...span(wrongPath, 'deploy.yaml', "'/srv/server'"),
          message:
            'OTEL_EBPF_AUTO_TARGET_EXE is "/srv/server", a glob OBI matches against the whole executable path, and it matches none of the processes it should select: container "app" runs "/app/server" (Dockerfile:4, Dockerfile:7; its image is assumed to be built from Dockerfile, the only Dockerfile in the repository). Set it to "/app/server" (or a glob that matches it, such as "*/server").',
        },
      ],
      output: { 'deploy.yaml': obiSidecar("'/app/server'") },
    },
    {
      name: 'OBI sidecar: a bare name that is not the binary\'s name: fixed to the path',
      files: sidecarBare,
      errors: [{ ...span(sidecarBare, 'deploy.yaml', 'api', 5), message: ['container "app" of Deployment api runs "/app/server"', 'Set it to "/app/server".'] }],
      output: { 'deploy.yaml': obiSidecar('/app/server') },
    },
    {
      name: 'compose OBI: OTEL_GO_AUTO_TARGET_EXE is its default, and a glob',
      files: composeDefault,
      errors: [{ ...span(composeDefault, 'compose.yaml', 'orders', 2), message: ['OTEL_GO_AUTO_TARGET_EXE is "orders", but OBI matches it', 'service "orders" runs "/usr/local/bin/orders"'] }],
      output: { 'compose.yaml': composeObi('"*/orders"') },
    },
    {
      name: 'OTEL_GO_AUTO_TARGET_EXE on a Beyla container',
      files: goVarOnBeyla,
      errors: [{ ...span(goVarOnBeyla, 'beyla.yaml', 'orders', 0), message: ['OTEL_GO_AUTO_TARGET_EXE is "orders", but Beyla'] }],
      output: { 'beyla.yaml': daemonSet('OTEL_GO_AUTO_TARGET_EXE', '"*/orders"') },
    },
    {
      name: 'config file in a ConfigMap: a bare name, exact position inside the block, fixed in place',
      files: cfgBare,
      errors: [
        {
          ...span(cfgBare, 'k8s/api.yaml', 'server', 0),
          message:
            'discovery.instrument[0].exe_path is "server", but OBI matches it as a glob against the whole executable path (readlink /proc/<pid>/exe, always absolute; "*" also matches "/"), so it never matches any process: container "app" of Deployment api runs "/app/server" (Dockerfile:4, Dockerfile:7; its image is assumed to be built from Dockerfile, the only Dockerfile in the repository). Use "*/server" or "/app/server".',
          related: ['k8s/api.yaml:34', 'k8s/api.yaml:36', 'k8s/api.yaml:41', 'k8s/api.yaml:6', 'Dockerfile:6', 'Dockerfile:8', 'Dockerfile:8', 'Dockerfile:4', 'Dockerfile:7'],
        },
      ],
      output: { 'k8s/api.yaml': cfg(['- exe_path: "*/server"']) },
    },
    {
      name: 'config file: no item matches the app',
      files: cfgNone,
      errors: [
        { ...span(cfgNone, 'k8s/api.yaml', '/srv/server'), message: ['discovery.instrument[0].exe_path is "/srv/server"', '(nor does any other item of the list): container "app" runs "/app/server"'] },
        { ...span(cfgNone, 'k8s/api.yaml', '"*/worker"'), message: ['discovery.instrument[1].exe_path is "*/worker"', 'Set it to "/app/server"'] },
      ],
      output: { 'k8s/api.yaml': cfg(['- exe_path: /app/server', '- exe_path: "/app/server"']) },
    },
    {
      name: 'config file shared by two Deployments: the one whose app no item selects is reported',
      files: sharedWorkerOnly,
      errors: [{ ...span(sharedWorkerOnly, 'k8s/api.yaml', '/app/worker'), message: ['discovery.instrument[0].exe_path is "/app/worker"', 'it matches none of the processes it should select: container "app" runs "/app/server"'] }],
      output: { 'k8s/api.yaml': cfg(['- exe_path: /app/server']) },
    },
    {
      name: 'config file: a ${VAR} reference replaced from the container environment: both values shown, no fix (the variable makes it)',
      files: cfgVarWrong,
      errors: [
        {
          ...span(cfgVarWrong, 'k8s/api.yaml', '${APP_PATH}'),
          message: ['discovery.instrument[0].exe_path is "${APP_PATH}", which is "/srv/server", a glob OBI matches', 'container "app" runs "/app/server"'],
          related: ['k8s/api.yaml:34', 'k8s/api.yaml:38', 'k8s/api.yaml:43', 'k8s/api.yaml:6', 'k8s/api.yaml:36', 'Dockerfile:6', 'Dockerfile:8', 'Dockerfile:8', 'Dockerfile:4', 'Dockerfile:7'],
        },
      ],
    },
    {
      name: 'compose: a bind-mounted config file, reported and fixed in that file',
      files: beylaComposeWrong,
      errors: [
        {
          ...span(beylaComposeWrong, 'deploy/beyla.yml', '/server'),
          message:
            'discovery.instrument[0].exe_path is "/server", a glob Beyla matches against the whole executable path, and it matches none of the processes it should select: service "api" runs "/app/server" (Dockerfile:4, Dockerfile:7; its image is built from Dockerfile by the compose service at deploy/compose.yaml:3). Set it to "/app/server" (or a glob that matches it, such as "*/server").',
          related: ['deploy/compose.yaml:8', 'deploy/compose.yaml:10', 'deploy/beyla.yml:1', 'deploy/compose.yaml:3', 'Dockerfile:8', 'Dockerfile:8', 'Dockerfile:4', 'Dockerfile:7'],
        },
      ],
      output: { 'deploy/beyla.yml': beylaCompose('/app/server')['deploy/beyla.yml'] },
    },
    {
      name: 'not a valid glob',
      files: invalid,
      errors: [
        {
          ...span(invalid, 'beyla.yaml', '"/usr/bin/[a-z0-9]*"'),
          message: 'BEYLA_AUTO_TARGET_EXE is "/usr/bin/[a-z0-9]*", which is not a valid glob: [a-z must be followed by ], as a class holds one range or one set of characters. Beyla refuses the configuration and does not start.',
        },
      ],
    },
  ],
});

// MrAlias' KubeCon demo: OBI built locally (`obi:local`), recognised by the binary its command runs (its config file
// selects the processes; no selection variable names it).
test('an agent recognised by its command (/ebpf-instrument, /beyla) in an image of another name', async () => {
  const { lintRepo } = await import('../helpers/rule-tester.ts');
  for (const [bin, kind] of [['/ebpf-instrument', 'obi'], ['/beyla', 'beyla'], ['/usr/local/bin/otel-go-instrumentation', 'go-auto']] as const) {
    const files = { Dockerfile: SEED_DOCKERFILE, 'compose.yaml': ebpfCompose([`command: ["${bin}", "--config=/etc/agent/config.yml"]`], { image: 'ebpf:local' }) };
    const r = await lintRepo(files, [], ['.']);
    const agents = r.model.deployments.flatMap((d) => d.agents);
    assert.equal(agents.map((a) => [a.kind, a.recognisedBy]), [[kind, `its command runs ${bin}`]], bin);
  }
});

test.run();
