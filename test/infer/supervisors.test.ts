// Process supervisors: what a container runs when its command is supervisord or s6-overlay's /init (the Go process is
// one of the programs they start as children), read through --print-targets' report of each container.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { targetReport } from '../../src/engine/targets.ts';
import { lintRepo } from '../helpers/rule-tester.ts';
import { s6OverlayImage, S6_RC_APP, supervisordImage } from '../helpers/fixtures.ts';

interface Seen {
  status: string;
  exe?: string;
  reason?: string;
  through: string[];
  steps: string[];
}

async function seen(files: Record<string, string>): Promise<Seen> {
  const r = await lintRepo(files, [], ['.']);
  const [e, ...rest] = targetReport(r.model, (p) => r.requested.has(p));
  assert.is(rest.length, 0);
  return {
    status: e!.status,
    ...(e!.exe !== undefined ? { exe: e!.exe } : {}),
    ...(e!.reason !== undefined ? { reason: e!.reason } : {}),
    through: e!.wrappers.map((w) => w.name),
    steps: e!.steps.map((s) => `${s.range.file}:${s.range.line}:${s.range.column}: ${s.message}`),
  };
}

test('supervisord -c: the program that runs the Go binary; nginx runs a program of the base image', async () => {
  const s = await seen(supervisordImage('/app/server'));
  assert.equal([s.status, s.exe, s.through], ['resolved', '/app/server', ['supervisord']]);
  assert.ok(s.steps.includes('docker/supervisord.conf:9:9: supervisord starts program app: /app/server --listen :%(ENV_PORT)s'), s.steps.join('\n'));
  assert.ok(
    s.steps.includes('Dockerfile:11:6: of the services supervisord supervises (nginx (/usr/sbin/nginx), app (/app/server)), only app runs a Go binary the Dockerfile builds'),
    s.steps.join('\n'),
  );
});

test('supervisord: the search path, [include] globs relative to the file, a program environment PATH', async () => {
  const files = supervisordImage(
    '/app/server',
    {
      'docker/main.conf': '[supervisord]\nnodaemon=true\n\n[include]\nfiles = conf.d/*.ini %(here)s/none/*.conf\n',
      'docker/app.ini': '[program:app]\ncommand = server --listen :8080\ndirectory = /app\nenvironment = PATH="/app:/usr/bin:/bin",MODE=prod\n',
    },
    '["supervisord", "-n"]',
  );
  files.Dockerfile = files.Dockerfile!.replace('COPY docker/supervisord.conf /etc/supervisor/conf.d/app.conf\n', 'COPY docker/main.conf /etc/supervisord.conf\nCOPY docker/app.ini /etc/conf.d/app.ini\n');
  const s = await seen(files);
  assert.equal([s.status, s.exe], ['resolved', '/app/server']);
  assert.ok(s.steps.some((x) => x.startsWith('docker/app.ini:2:11: supervisord starts program app: server --listen :8080')), s.steps.join('\n'));
  assert.ok(s.steps.some((x) => x.includes('found on PATH in /app')), s.steps.join('\n'));
});

test("supervisord without a configuration the Dockerfile writes: the Debian package's /etc/supervisor/conf.d/*.conf", async () => {
  const s = await seen(supervisordImage('/app/server', {}, '["supervisord", "-n"]'));
  assert.equal([s.status, s.exe], ['resolved', '/app/server']);
  const files = supervisordImage('/app/server', {}, '["supervisord", "-n"]');
  files.Dockerfile = files.Dockerfile!.replace('COPY docker/supervisord.conf /etc/supervisor/conf.d/app.conf\n', '');
  const none = await seen(files);
  assert.equal(none.status, 'unknown');
  assert.match(none.reason!, /^supervisord reads its configuration from the first of \/supervisord.conf, \/etc\/supervisord.conf, \/etc\/supervisor\/supervisord.conf that exists, and the Dockerfile puts none of them in the image$/);
});

test('supervisord: autostart=false, a heredoc configuration, unknown expansions and files', async () => {
  const autostart = await seen(supervisordImage('/app/server', { 'docker/supervisord.conf': '[program:app]\ncommand=/app/server\n[program:tool]\ncommand=/app/server tool\nautostart=false\n' }));
  assert.equal([autostart.status, autostart.exe], ['resolved', '/app/server']);
  assert.ok(autostart.steps.some((x) => x.endsWith('supervisord supervises one service in /etc/supervisor/conf.d/app.conf: app')), autostart.steps.join('\n'));

  const heredoc = supervisordImage('/app/server');
  heredoc.Dockerfile = heredoc.Dockerfile!.replace('COPY docker/supervisord.conf /etc/supervisor/conf.d/app.conf\n', 'COPY <<EOF /etc/supervisor/conf.d/app.conf\n[program:app]\ncommand=/app/server\nEOF\n');
  const h = await seen(heredoc);
  assert.equal([h.status, h.exe], ['resolved', '/app/server']);
  assert.ok(h.steps.includes('Dockerfile:12:9: supervisord starts program app: /app/server'), h.steps.join('\n'));

  const env = await seen(supervisordImage('/app/server', { 'docker/supervisord.conf': '[program:app]\ncommand=%(ENV_APP_BIN)s\n' }));
  assert.equal([env.status, env.reason], ['unknown', 'supervisord supervises one service in /etc/supervisor/conf.d/app.conf, whose program is not known: app (not known: the command of program app uses an expansion that is not known statically)']);

  // `-c` naming the package's own file (not in the repository): its include directory.
  const pkg = await seen(supervisordImage('/app/server', {}, '["supervisord", "-c", "/etc/supervisor/supervisord.conf", "-n"]'));
  assert.equal([pkg.status, pkg.exe], ['resolved', '/app/server']);
  const alpine = await seen(supervisordImage('/app/server', {}, '["supervisord", "-c", "/etc/supervisord.conf"]'));
  assert.equal([alpine.status, alpine.reason], ['unknown', "supervisord reads the supervisor package's /etc/supervisord.conf, which includes /etc/supervisor.d/*.ini, and the Dockerfile writes no file there"]);
  const missing = await seen(supervisordImage('/app/server', {}, '["supervisord", "-c", "/etc/other.conf"]'));
  assert.equal([missing.status, missing.reason], ['unknown', 'supervisord reads its configuration from /etc/other.conf, which the Dockerfile does not put in the image']);
  const cluster = await seen(supervisordImage('/app/server', {}, '["supervisord", "-nc/etc/supervisor/conf.d/app.conf"]'));
  assert.equal([cluster.status, cluster.exe], ['resolved', '/app/server']);
});

test('supervisord: two programs of the same Go binary (shmokmt/docker-init) are one path', async () => {
  const conf = '[supervisord]\nnodaemon=true\n\n[program:init-1]\nCommand=/app/server\n\n[program:init-2]\nCommand=/app/server\n';
  const s = await seen(supervisordImage('/app/server', { 'docker/supervisord.conf': conf }));
  assert.equal([s.status, s.exe], ['resolved', '/app/server']);
  assert.ok(
    s.steps.includes('Dockerfile:11:6: of the services supervisord supervises (init-1 (/app/server), init-2 (/app/server)), init-1 and init-2 run the same Go binary the Dockerfile builds'),
    s.steps.join('\n'),
  );
});

test("s6-overlay's /init: an s6-rc service's execline run file, chain-loaded to the Go binary", async () => {
  const s = await seen(s6OverlayImage('/app/server', S6_RC_APP));
  assert.equal([s.status, s.exe], ['resolved', '/app/server']);
  assert.equal(s.through, ['s6-overlay', 'run', 'with-contenv', 'fdmove', 'importas', 's6-setuidgid']);
  assert.ok(s.steps.includes('docker/root/etc/s6-overlay/s6-rc.d/app/run:6:18: starts /app/server'), s.steps.join('\n'));
  assert.ok(s.steps.includes('Dockerfile:12:13: s6-overlay supervises one service under /init: app'), s.steps.join('\n'));
});

test("s6-overlay's /init: legacy services.d with-contenv scripts, the CMD as a child, nothing to run", async () => {
  const legacy = await seen(
    s6OverlayImage('/app/server', {
      'etc/services.d/app/run': '#!/usr/bin/with-contenv bash\nexec s6-setuidgid app /app/server\n',
      'etc/services.d/nginx/run': '#!/usr/bin/with-contenv bash\nexec nginx -g "daemon off;"\n',
    }),
  );
  assert.equal([legacy.status, legacy.exe], ['resolved', '/app/server']);
  assert.ok(
    legacy.steps.includes('Dockerfile:12:13: of the services s6-overlay supervises (app (/app/server), nginx (nginx, of the base image)), only app runs a Go binary the Dockerfile builds'),
    legacy.steps.join('\n'),
  );
  const cmd = await seen(s6OverlayImage('/app/server', {}, '["/app/server", "--listen", ":8080"]'));
  assert.equal([cmd.status, cmd.exe], ['resolved', '/app/server']);
  const nothing = await seen(s6OverlayImage('/app/server', {}));
  assert.equal([nothing.status, nothing.reason], ['unknown', '/init is given no command, and the Dockerfile puts no service (a directory with a run file) in /etc/services.d or /etc/s6-overlay/s6-rc.d']);
  const broken = await seen(s6OverlayImage('/app/server', { 'etc/services.d/app/run': '#!/command/execlineb -P\nforeground { echo hi\n/app/server\n' }));
  assert.equal(broken.status, 'unknown');
  assert.match(broken.reason!, /app \(not known: \/etc\/services.d\/app\/run cannot be read as execline: A \{ block is never closed/);
});

test.run();
