import * as k8s from '@pulumi/kubernetes';

// Where go install puts the binary.
const BINARY = '/go/bin/payments';
const appLabels = { app: 'payments' };

const deployment = new k8s.apps.v1.Deployment('payments', {
  metadata: { name: 'payments' },
  spec: {
    replicas: 2,
    selector: { matchLabels: appLabels },
    template: {
      metadata: { labels: appLabels },
      spec: {
        shareProcessNamespace: true,
        containers: [
          { name: 'payments', image: 'ghcr.io/acme/payments:2.0.1', ports: [{ containerPort: 8080 }] },
          {
            name: 'otel-go-agent',
            image: 'otel/autoinstrumentation-go:v0.24.0',
            env: [
              { name: 'OTEL_GO_AUTO_TARGET_EXE', value: BINARY },
              { name: 'OTEL_SERVICE_NAME', value: 'payments' },
            ],
            securityContext: { privileged: true, runAsUser: 0 },
          },
        ],
      },
    },
  },
});

export const deploymentName = deployment.metadata.name;
