import { test } from 'uvu';
import { operatorGoInstrumentationDisabled } from '../../rules/operator-go-instrumentation-disabled.ts';
import { operatorManager as operator, operatorApp as app } from '../helpers/fixtures.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';

const off = { 'operator.yaml': operator('0.110.0', ['--zap-log-level=info', '--enable-multi-instrumentation']), 'deploy.yaml': app };
const old = { 'operator.yaml': operator('0.98.0', ['--zap-log-level=info']), 'deploy.yaml': app };

ruleTests(operatorGoInstrumentationDisabled, {
  valid: [
    { name: 'the flag', files: { ...off, 'operator.yaml': operator('0.110.0', ['--enable-go-instrumentation']) } },
    { name: 'the flag set to true', files: { ...off, 'operator.yaml': operator('0.110.0', ['-enable-go-instrumentation=true']) } },
    { name: 'the environment variable', files: { ...off, 'operator.yaml': operator('0.110.0', ['--zap-log-level=info'], '          env:\n            - name: ENABLE_GO_AUTO_INSTRUMENTATION\n              value: "true"\n') } },
    { name: 'an older Operator with the feature gate', files: { ...old, 'operator.yaml': operator('0.98.0', ['--feature-gates=operator.autoinstrumentation.go,-operator.collector.rewritetargetallocator']) } },
    { name: 'a config file may enable it', files: { ...off, 'operator.yaml': operator('0.110.0', ['--config-file=/conf/operator.yaml']) } },
    { name: 'no workload asks for Go injection', files: { 'operator.yaml': off['operator.yaml'] } },
    { name: 'no Operator in the repository', files: { 'deploy.yaml': app } },
  ],
  invalid: [
    {
      name: 'the Operator runs without --enable-go-instrumentation: reported at its args, fixed by adding the flag',
      files: off,
      errors: [
        {
          ...span(off, 'operator.yaml', 'args'),
          severity: 'warning',
          message:
            'The OpenTelemetry Operator of Deployment opentelemetry-operator runs with Go instrumentation disabled (it is off unless enabled), so it injects no Go agent: Deployment api (deploy.yaml:9) asks for it, and the webhook only records a "support for Go auto instrumentation is not enabled" warning event on each pod. To enable it, add --enable-go-instrumentation to its args (the Helm chart: manager.autoInstrumentation.go.enabled: true).',
          related: ['deploy.yaml:9'],
        },
      ],
      output: { 'operator.yaml': operator('0.110.0', ['--enable-go-instrumentation', '--zap-log-level=info', '--enable-multi-instrumentation']) },
    },
    {
      name: 'explicitly false',
      files: { ...off, 'operator.yaml': operator('0.110.0', ['--enable-go-instrumentation=false']) },
      errors: [{ ...span({ 'operator.yaml': operator('0.110.0', ['--enable-go-instrumentation=false']) }, 'operator.yaml', 'args'), message: ['runs with Go instrumentation disabled'] }],
    },
    {
      name: 'an Operator older than v0.99.0 needs the feature gate, not the flag (no fix)',
      files: old,
      errors: [{ ...span(old, 'operator.yaml', 'args'), message: ['add --feature-gates=operator.autoinstrumentation.go to its args (Operator 0.98.0 predates --enable-go-instrumentation, added in v0.99.0)'] }],
    },
  ],
});

test.run();
