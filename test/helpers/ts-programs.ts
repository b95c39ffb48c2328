// cdk8s (L1 and cdk8s-plus) and Pulumi programs for the rule tests and the synthesis comparison: the same sidecar
// setup as `deployment()` in fixtures.ts (an app container and the agent with OTEL_GO_AUTO_TARGET_EXE), written the
// way each library's users write it. `target` is TypeScript source text (quotes included), so each case shows the
// exact literal the finding and the fix are about.
//
// Programs export their cdk8s `app` and do not call `app.synth()` (which writes dist/ in the working directory): the
// synthesis test calls `app.synthYaml()` itself; the linter does not care.

export interface ProgramOptions {
  /** TypeScript source of the target value, e.g. `'/app/server'` or `process.env.TARGET!`. */
  target?: string;
  /** Extra lines at the top, after the imports (constants). */
  prelude?: string[];
}

export interface PodProgramOptions extends ProgramOptions {
  /** Where the agent runs: a container (default), an ordinary init container, or a native sidecar (restartPolicy: 'Always'). */
  agent?: 'container' | 'init' | 'native';
}

/** The pod spec's container lists as an object literal (cdk8s L1 and Pulumi write them alike). */
function podLists(o: PodProgramOptions): string {
  const agent = `{
            name: 'otel-go-agent',
            image: 'otel/autoinstrumentation-go:v0.24.0',${o.agent === 'native' ? "\n            restartPolicy: 'Always'," : ''}
            env: [{ name: 'OTEL_GO_AUTO_TARGET_EXE', value: ${o.target ?? "'/app/server'"} }],
            securityContext: { privileged: true, runAsUser: 0 },
          }`;
  const inContainers = (o.agent ?? 'container') === 'container';
  return `${inContainers ? '' : `\n        initContainers: [\n          ${agent},\n        ],`}
        containers: [
          { name: 'app', image: 'ghcr.io/acme/api:1.0.0' },${inContainers ? `\n          ${agent},` : ''}
        ],`;
}

/** cdk8s L1: `KubeDeployment` from the generated `imports/k8s`. */
export function cdk8sL1Program(o: PodProgramOptions = {}): string {
  return `import { App, Chart } from 'cdk8s';
import { KubeDeployment } from './imports/k8s';
${(o.prelude ?? []).join('\n')}
export const app = new App();
const chart = new Chart(app, 'shop');

new KubeDeployment(chart, 'api', {
  metadata: { name: 'api' },
  spec: {
    selector: { matchLabels: { app: 'api' } },
    template: {
      metadata: { labels: { app: 'api' } },
      spec: {
        shareProcessNamespace: true,${podLists(o)}
      },
    },
  },
});
`;
}

/** cdk8s-plus: `new kplus.Deployment` and `addContainer` with `envVariables`. */
export function cdk8sPlusProgram(o: ProgramOptions = {}): string {
  return `import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-31';
${(o.prelude ?? []).join('\n')}
export const app = new App();
const chart = new Chart(app, 'shop');

const api = new kplus.Deployment(chart, 'api', { metadata: { name: 'api' }, shareProcessNamespace: true });
api.addContainer({ name: 'app', image: 'ghcr.io/acme/api:1.0.0', portNumber: 8080 });
api.addContainer({
  name: 'otel-go-agent',
  image: 'otel/autoinstrumentation-go:v0.24.0',
  envVariables: { OTEL_GO_AUTO_TARGET_EXE: kplus.EnvValue.fromValue(${o.target ?? "'/app/server'"}) },
  securityContext: { privileged: true, ensureNonRoot: false, user: 0, allowPrivilegeEscalation: true },
});
`;
}

/** Pulumi: `k8s.apps.v1.Deployment` with the sidecar. */
export function pulumiProgram(o: PodProgramOptions = {}): string {
  return `import * as k8s from '@pulumi/kubernetes';
${(o.prelude ?? []).join('\n')}
const labels = { app: 'api' };

export const api = new k8s.apps.v1.Deployment('api', {
  metadata: { name: 'api' },
  spec: {
    selector: { matchLabels: labels },
    template: {
      metadata: { labels },
      spec: {
        shareProcessNamespace: true,${podLists(o)}
      },
    },
  },
});
`;
}
