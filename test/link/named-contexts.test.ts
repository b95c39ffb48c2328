// Named build contexts (bake `contexts`, compose `additional_contexts`): a FROM or `COPY --from` of such a name reads
// the context instead of a stage or an image of that name. Read through --print-targets' report of the app container.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lintRepo } from '../helpers/rule-tester.ts';
import { containerTarget } from '../helpers/targets.ts';
import { BASE_DOCKERFILE, GO_APP_BUILD, goAgentCompose } from '../helpers/fixtures.ts';


const ENTRYPOINT_SH = '#!/bin/sh\nset -e\nexec "$@"\n';

/** The app's Dockerfile: the Go build, then `FROM <from>` with the binary copied to a relative path. */
const appDockerfile = (from: string, tail = 'COPY --from=build /out/app bin/server\nCMD ["server"]\n') => `${GO_APP_BUILD}
FROM ${from}
${tail}`;

/** A bake file building ghcr.io/acme/app:1 from app/ with these `contexts` entries; compose runs it with the agent. */
function bakeRepo(contexts: string, app: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'docker-bake.hcl': `target "base" {
  context = "base"
}

target "app" {
  context = "app"
  contexts = {
${contexts}
  }
  tags = ["ghcr.io/acme/app:1"]
}
`,
    'base/Dockerfile': BASE_DOCKERFILE,
    'base/entrypoint.sh': ENTRYPOINT_SH,
    'app/Dockerfile': app,
    'app/go.mod': 'module example.com/app\n\ngo 1.24\n',
    'compose.yaml': goAgentCompose({ app: ['image: ghcr.io/acme/app:1'] }),
    ...extra,
  };
}

const appOf = (files: Record<string, string>) => containerTarget(files);

test('bake: FROM a name that contexts maps to target:<another target> carries on from that target\'s image', async () => {
  const s = await appOf(bakeRepo('    baseimg = "target:base"', appDockerfile('baseimg')));
  assert.equal([s.status, s.exe, s.through], ['resolved', '/opt/app/bin/server', ['tini', 'entrypoint.sh']]);
  assert.ok(
    s.steps.includes(
      'base/Dockerfile:6: ENTRYPOINT ["/sbin/tini","--","entrypoint.sh"] (the ENTRYPOINT of baseimg, built from base/Dockerfile by the docker-bake target "base" at docker-bake.hcl:1)',
    ),
    s.steps.join('\n'),
  );
  // Without the context, baseimg is an unknown Docker Hub image: no ENTRYPOINT, WORKDIR or PATH known.
  const without = await appOf(bakeRepo('', appDockerfile('baseimg')));
  assert.is(without.status, 'unknown');
});

test('bake: contexts merge along inherits; a docker-image:// context stands for the image it names', async () => {
  const files = bakeRepo(
    '    base = "docker-image://gcr.io/distroless/static-debian12:nonroot"',
    appDockerfile('base', 'COPY --from=build /out/app ./server\nENTRYPOINT ["./server"]\n'),
  );
  const s = await appOf(files);
  // distroless' nonroot variants start in /home/nonroot.
  assert.equal([s.status, s.exe], ['resolved', '/home/nonroot/server']);
  const inherited = await appOf({
    ...files,
    'docker-bake.hcl': `target "common" {
  contexts = { base = "docker-image://gcr.io/distroless/static-debian12:nonroot" }
}

target "app" {
  inherits = ["common"]
  context = "app"
  tags = ["ghcr.io/acme/app:1"]
}
`,
  });
  assert.equal([inherited.status, inherited.exe], ['resolved', '/home/nonroot/server']);
});

test('a named context wins over a stage of the same name (COPY --from reads the context, as BuildKit does)', async () => {
  // The stage `tools` has no script; the context `tools` (a directory) has the entrypoint script.
  const s = await appOf(
    bakeRepo(
      '    tools = "./scripts"',
      `${GO_APP_BUILD}
FROM alpine:3.20 AS tools
RUN echo nothing

FROM alpine:3.20
COPY --from=build /out/app /app/server
COPY --from=tools entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["/app/server"]
`,
      { 'scripts/entrypoint.sh': ENTRYPOINT_SH },
    ),
  );
  assert.equal([s.status, s.exe, s.through], ['resolved', '/app/server', ['entrypoint.sh']]);
  assert.ok(s.steps.some((x) => x.startsWith('app/Dockerfile:11: COPY --from=tools entrypoint.sh /entrypoint.sh (the build context tools is the directory scripts (docker-bake.hcl:8))')), s.steps.join('\n'));
});

test('compose: additional_contexts service:<name> is the image that service builds; list form too', async () => {
  for (const contexts of [['  additional_contexts:', '    baseimg: service:base'], ['  additional_contexts:', '    - baseimg=service:base']]) {
    const files = {
      'base/Dockerfile': BASE_DOCKERFILE,
      'base/entrypoint.sh': ENTRYPOINT_SH,
      'app/Dockerfile': appDockerfile('baseimg'),
      'app/go.mod': 'module example.com/app\n\ngo 1.24\n',
      'compose.yaml': goAgentCompose({ app: ['build:', '  context: ./app', ...contexts] }).replace('services:\n', 'services:\n  base:\n    build: ./base\n'),
    };
    const s = await appOf(files);
    assert.equal([s.status, s.exe], ['resolved', '/opt/app/bin/server'], contexts.join('\n'));
    assert.ok(s.steps.some((x) => x.includes('built from base/Dockerfile by the compose service "base" at compose.yaml:3')), s.steps.join('\n'));
  }
});

test('a context the linter does not read (a Git URL): COPY --from of it puts the file there, what it is is not known', async () => {
  const files = bakeRepo('    bin = "https://github.com/acme/bin.git"', appDockerfile('alpine:3.20', 'COPY --from=bin server /usr/local/bin/\nCMD ["server"]\n'));
  const s = await appOf(files);
  assert.equal([s.status, s.exe], ['resolved', '/usr/local/bin/server']);
  const r = await lintRepo(files, [], ['.']);
  const unknowns = [...r.model.links.values()].flatMap((l) => l.model?.unknowns ?? []).map((u) => `${u.range.file}:${u.range.line}: ${u.message}`);
  assert.ok(
    unknowns.includes('app/Dockerfile:7: COPY --from=bin server /usr/local/bin/: the build context bin is https://github.com/acme/bin.git, which the linter does not read (docker-bake.hcl:8): its files are not known'),
    unknowns.join('\n'),
  );
});

test('a workflow step\'s build-contexts and a make recipe\'s --build-context name the context too', async () => {
  const app = appDockerfile('base', 'COPY --from=build /out/app ./server\nENTRYPOINT ["./server"]\n');
  const common = { 'app/Dockerfile': app, 'app/go.mod': 'module example.com/app\n\ngo 1.24\n', 'compose.yaml': goAgentCompose({ app: ['image: ghcr.io/acme/app:1'] }) };
  const workflow = `on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/build-push-action@v6
        with:
          context: ./app
          build-contexts: |
            base=docker-image://gcr.io/distroless/static-debian12:nonroot
          tags: ghcr.io/acme/app:1
`;
  const viaWorkflow = await appOf({ ...common, '.github/workflows/image.yml': workflow });
  assert.equal([viaWorkflow.status, viaWorkflow.exe], ['resolved', '/home/nonroot/server']);
  const makefile = 'image:\n\tdocker build --build-context base=docker-image://gcr.io/distroless/static-debian12:nonroot -t ghcr.io/acme/app:1 app\n';
  const viaMake = await appOf({ ...common, Makefile: makefile });
  assert.equal([viaMake.status, viaMake.exe], ['resolved', '/home/nonroot/server']);
});

test('a target: context that leads back to the target itself stays unknown (no endless evaluation)', async () => {
  const s = await appOf(bakeRepo('    baseimg = "target:app"', appDockerfile('baseimg')));
  assert.is(s.status, 'unknown');
});

test.run();
