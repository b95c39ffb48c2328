// Every rule, in documentation order (the README's rule table follows it).
import type { Rule } from '../src/engine/types.ts';
import { targetExeMismatch } from './target-exe-mismatch.ts';
import { targetExeGoRun } from './target-exe-go-run.ts';
import { targetExeWrapper } from './target-exe-wrapper.ts';
import { targetExeRelative } from './target-exe-relative.ts';
import { targetExeUnresolved } from './target-exe-unresolved.ts';
import { imageNotLinked } from './image-not-linked.ts';
import { parseError } from './parse-error.ts';
// @imports:sidecar
// @imports:operator
// @imports:settings

export const allRules: Rule[] = [
  // The target path (issue #2).
  targetExeMismatch,
  targetExeGoRun,
  targetExeWrapper,
  targetExeRelative,
  targetExeUnresolved,
  imageNotLinked,
  // Sidecar in Kubernetes and Compose.
  // @rules:sidecar
  // OpenTelemetry Operator.
  // @rules:operator
  // Agent settings and builds the agent cannot read.
  // @rules:settings
  // Input.
  parseError,
];
