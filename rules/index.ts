// Every rule, in documentation order.
import type { Rule } from '../src/engine/types.ts';
import { targetExeMismatch } from './target-exe-mismatch.ts';
import { targetExeGoRun } from './target-exe-go-run.ts';
import { targetExeWrapper } from './target-exe-wrapper.ts';
import { targetExeRelative } from './target-exe-relative.ts';
import { targetExeUnresolved } from './target-exe-unresolved.ts';
import { imageNotLinked } from './image-not-linked.ts';
import { parseError } from './parse-error.ts';

export const allRules: Rule[] = [
  targetExeMismatch,
  targetExeGoRun,
  targetExeWrapper,
  targetExeRelative,
  targetExeUnresolved,
  imageNotLinked,
  parseError,
];
