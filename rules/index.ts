// Every rule, in documentation order (the README's rule table follows it).
import type { Rule } from '../src/engine/types.ts';
import { targetExeMismatch } from './target-exe-mismatch.ts';
import { targetExeGoRun } from './target-exe-go-run.ts';
import { targetExeWrapper } from './target-exe-wrapper.ts';
import { targetExeRelative } from './target-exe-relative.ts';
import { targetExeUnresolved } from './target-exe-unresolved.ts';
import { targetExeAmbiguous } from './target-exe-ambiguous.ts';
import { imageNotLinked } from './image-not-linked.ts';
import { parseError } from './parse-error.ts';
import { shareProcessNamespaceMissing } from './share-process-namespace-missing.ts';
import { shareProcessNamespaceInContainer } from './share-process-namespace-in-container.ts';
import { hostPidWithShareProcessNamespace } from './host-pid-with-share-process-namespace.ts';
import { podSecurityRejectsAgent } from './pod-security-rejects-agent.ts';
import { agentNotPrivileged } from './agent-not-privileged.ts';
import { agentNotRoot } from './agent-not-root.ts';
import { targetExeOnAppContainer } from './target-exe-on-app-container.ts';
import { targetExeMissing } from './target-exe-missing.ts';
import { agentArgsWithoutBinary } from './agent-args-without-binary.ts';
import { agentUnknownFlag } from './agent-unknown-flag.ts';
import { targetFlagEnvConflict } from './target-flag-env-conflict.ts';
import { composeAgentPidMissing } from './compose-agent-pid-missing.ts';
import { composeAgentNotPrivileged } from './compose-agent-not-privileged.ts';
import { composePidServiceUnknown } from './compose-pid-service-unknown.ts';
import { composePidHostAmbiguous } from './compose-pid-host-ambiguous.ts';
import { agentInInitContainer } from './agent-in-init-container.ts';
// @imports:sidecar
import { operatorAnnotationOnWorkload } from './operator-annotation-on-workload.ts';
import { operatorAnnotationKey } from './operator-annotation-key.ts';
import { operatorInstrumentationNotFound } from './operator-instrumentation-not-found.ts';
import { operatorInstrumentationAmbiguous } from './operator-instrumentation-ambiguous.ts';
import { operatorTargetMissing } from './operator-target-missing.ts';
import { operatorTargetWithoutInjectGo } from './operator-target-without-inject-go.ts';
import { operatorContainerNames } from './operator-container-names.ts';
import { operatorShareProcessNamespaceFalse } from './operator-share-process-namespace-false.ts';
import { operatorHostPid } from './operator-host-pid.ts';
import { operatorAgentSecurityContext } from './operator-agent-security-context.ts';
import { operatorGoInstrumentationDisabled } from './operator-go-instrumentation-disabled.ts';
import { instrumentationGoImage } from './instrumentation-go-image.ts';
import { instrumentationGoResourcesKey } from './instrumentation-go-resources-key.ts';
// @imports:operator
import { agentEnvInvalid } from './agent-env-invalid.ts';
import { agentEnvNoEffect } from './agent-env-no-effect.ts';
import { otlpProtocolPortMismatch } from './otlp-protocol-port-mismatch.ts';
import { binaryStrippedPie } from './binary-stripped-pie.ts';
import { binaryStrippedGo126 } from './binary-stripped-go126.ts';
import { binaryStrippedOldAgent } from './binary-stripped-old-agent.ts';
import { binaryUpx } from './binary-upx.ts';
import { binaryGoVersionUnparsable } from './binary-go-version-unparsable.ts';
import { goVersionUnsupported } from './go-version-unsupported.ts';
import { ebpfTargetGlobNeverMatches } from './ebpf-target-glob-never-matches.ts';
import { ebpfDeprecatedSelector } from './ebpf-deprecated-selector.ts';
import { ebpfTargetEnvIgnored } from './ebpf-target-env-ignored.ts';
import { ebpfTargetExcluded } from './ebpf-target-excluded.ts';
import { scriptCrlf } from './script-crlf.ts';
import { scriptNotExecutable } from './script-not-executable.ts';
// @imports:settings

export const allRules: Rule[] = [
  // The target path (issue #2).
  targetExeMismatch,
  targetExeGoRun,
  targetExeWrapper,
  targetExeRelative,
  targetExeUnresolved,
  targetExeAmbiguous,
  scriptCrlf,
  scriptNotExecutable,
  imageNotLinked,
  // Sidecar in Kubernetes and Compose.
  shareProcessNamespaceMissing,
  shareProcessNamespaceInContainer,
  hostPidWithShareProcessNamespace,
  podSecurityRejectsAgent,
  agentNotPrivileged,
  agentNotRoot,
  targetExeOnAppContainer,
  targetExeMissing,
  agentArgsWithoutBinary,
  agentUnknownFlag,
  targetFlagEnvConflict,
  agentInInitContainer,
  composeAgentPidMissing,
  composeAgentNotPrivileged,
  composePidServiceUnknown,
  composePidHostAmbiguous,
  // @rules:sidecar
  // OpenTelemetry Operator.
  operatorAnnotationOnWorkload,
  operatorAnnotationKey,
  operatorInstrumentationNotFound,
  operatorInstrumentationAmbiguous,
  operatorTargetMissing,
  operatorTargetWithoutInjectGo,
  operatorContainerNames,
  operatorShareProcessNamespaceFalse,
  operatorHostPid,
  operatorGoInstrumentationDisabled,
  operatorAgentSecurityContext,
  instrumentationGoImage,
  instrumentationGoResourcesKey,
  // @rules:operator
  // Agent settings and builds the agent cannot read.
  agentEnvInvalid,
  agentEnvNoEffect,
  otlpProtocolPortMismatch,
  binaryStrippedPie,
  binaryStrippedGo126,
  binaryStrippedOldAgent,
  binaryUpx,
  binaryGoVersionUnparsable,
  goVersionUnsupported,
  ebpfTargetGlobNeverMatches,
  ebpfDeprecatedSelector,
  ebpfTargetEnvIgnored,
  ebpfTargetExcluded,
  // @rules:settings
  // Input.
  parseError,
];
