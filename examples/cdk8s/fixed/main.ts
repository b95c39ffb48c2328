import { App, Chart } from 'cdk8s';
import type { ChartProps } from 'cdk8s';
import * as kplus from 'cdk8s-plus-31';
import type { Construct } from 'constructs';

export class Checkout extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);

    const deployment = new kplus.Deployment(this, 'checkout', {
      metadata: { name: 'checkout' },
      // The agent sidecar must see the application's processes (cdk8s-plus writes false otherwise).
      shareProcessNamespace: true,
    });
    deployment.addContainer({ name: 'checkout', image: 'ghcr.io/acme/checkout:1.4.2', portNumber: 8080 });
    deployment.addContainer({
      name: 'otel-go-agent',
      image: 'otel/autoinstrumentation-go:v0.24.0',
      envVariables: {
        OTEL_GO_AUTO_TARGET_EXE: kplus.EnvValue.fromValue('/usr/local/bin/checkout'),
        OTEL_SERVICE_NAME: kplus.EnvValue.fromValue('checkout'),
      },
      // The agent loads eBPF programs as root; cdk8s-plus defaults are the opposite of each of these.
      securityContext: { privileged: true, allowPrivilegeEscalation: true, ensureNonRoot: false, user: 0 },
    });
  }
}

const app = new App();
new Checkout(app, 'checkout');
app.synth();
