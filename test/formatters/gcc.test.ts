import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { gcc } from '../../src/formatters/gcc.ts';
import { crash, ctx, mismatch, multiLine, tabbed } from './text-fixtures.ts';

test('one line per finding; multi-line messages folded; no location for internal errors', () => {
  assert.is(gcc([], ctx()), '');
  assert.is(
    gcc([mismatch, multiLine, tabbed, crash], ctx(true)),
    `deploy/app.yaml:9:22: error: OTEL_GO_AUTO_TARGET_EXE is "/app/server" but the container runs "/server". [target-exe-mismatch]
Dockerfile:2:5: warning: The build stage writes /out/server but the final stage copies it elsewhere. [stage-binary]
deploy/app.yaml:7:3: info: env is set here [env-list]
otel-target-lint: error: Rule "boom" crashed: oops. [internal-error]
`,
  );
});

test.run();
