// The few GitHub Actions runner conventions the action needs, without @actions/core: inputs from INPUT_<NAME>
// environment variables, outputs and the job summary through the files the runner names in GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY, and workflow commands on standard output.

import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { escapeData } from '../formatters/github.ts';

/**
 * An input's value as the runner passes it: INPUT_ + the name upper-cased with spaces as `_` (hyphens stay:
 * `failure-threshold` is INPUT_FAILURE-THRESHOLD), trimmed; '' when unset.
 */
export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A multi-line input as a list: one entry per line, blank lines dropped. */
export function getMultilineInput(env: NodeJS.ProcessEnv, name: string): string[] {
  return getInput(env, name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * One entry of a GITHUB_OUTPUT-style file: `name=value`, or for a value with a line break the heredoc form
 * `name<<DELIMITER` ... `DELIMITER` with a delimiter that does not occur in the value.
 */
export function fileCommandEntry(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (!/[\r\n]/.test(value)) return `${name}=${value}\n`;
  if (value.includes(delimiter) || name.includes(delimiter)) throw new Error(`output ${name}: the value contains its delimiter`);
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

export interface Runner {
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
}

/** Sets a step output; without GITHUB_OUTPUT (an old or local runner) it only warns. */
export function setOutput(r: Runner, name: string, value: string): void {
  const file = r.env.GITHUB_OUTPUT;
  if (!file) {
    r.stdout(`::warning::${escapeData(`GITHUB_OUTPUT is not set: output ${name} is not recorded`)}\n`);
    return;
  }
  appendFileSync(file, fileCommandEntry(name, value), 'utf8');
}

/** Appends markdown to the job summary; returns false when the runner gives no summary file. */
export function appendSummary(r: Runner, markdown: string): boolean {
  const file = r.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown, 'utf8');
  return true;
}

/** `::error::message` (or warning / notice) without a location. */
export function command(level: 'error' | 'warning' | 'notice', message: string): string {
  return `::${level}::${escapeData(message)}\n`;
}
