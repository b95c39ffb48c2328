// What `make` runs when a Dockerfile's RUN calls it (`RUN make build`, `RUN make -C src GOOS=linux bin/server`): the
// recipe lines of the goals and, first, of their prerequisites, in the order GNU make runs them, each expanded as
// make expands it. Image inference then runs each line as a shell of its own in the Makefile's directory, so a
// `go build -o` in a recipe places its binary as one in a RUN does.
//
// Followed: the default goal (`.DEFAULT_GOAL` or the first ordinary target), prerequisites depth first and each
// target once, command-line variables (they win over the Makefile's, except `override`), the environment as
// variables (the Makefile's assignments win), target-specific variables (also while the target's prerequisites are
// made), `$@`, `$<`, `$^`, `$(MAKE)`, `$(MAKECMDGOALS)`. Not followed: pattern and suffix rules, `$(eval)`, included Makefiles,
// `.ONESHELL`; a goal with no rule is taken to be a file that exists. Conditionals are decided as make reads them
// (see readStatements); a recipe line or prerequisite in a branch that cannot be decided is run as one that may not be.

import { assignVariable, expandMake, hasUnknownMake, readStatements, recipeCommand } from '../parsers/makefile.ts';
import type { MakeRecipeLine, MakeStatement } from '../parsers/makefile.ts';

/** One recipe line to run: `text` expanded; `verbatim` when make changed nothing in it (its ranges map 1:1). */
export interface MakeRecipeRun {
  target: string;
  line: MakeRecipeLine;
  /** Offset of `text` in the Makefile when verbatim (after the tab and the `@`, `-`, `+` prefixes). */
  bodyStart: number;
  text: string;
  verbatim: boolean;
  /** In a conditional make cannot decide here (or made for a prerequisite that is): the line may not run. */
  conditional: boolean;
}

/** At most this many recipe lines are run for one `make` (a Makefile that generates targets stops there). */
export const MAX_MAKE_LINES = 500;

interface Rule {
  prerequisites: string[];
  /** Prerequisites named only in conditionals that cannot be decided. */
  maybe: Set<string>;
  recipe: MakeRecipeLine[];
}

export function makePlan(
  statements: readonly MakeStatement[],
  env: ReadonlyMap<string, string | undefined>,
  overrides: ReadonlyMap<string, string | undefined>,
  goals: readonly string[],
): { runs: MakeRecipeRun[]; goals: string[]; notes: string[] } {
  // MAKECMDGOALS: the goals named on the command line (`ifeq ($(MAKECMDGOALS),release)`).
  const seed = new Map([['MAKE', 'make'], ...env, ['MAKECMDGOALS', goals.join(' ')]]);
  const { vars: base, reach } = readStatements(statements, seed, overrides, true);
  // A list of targets or prerequisites: words between blanks; `|` separates the order-only ones (made all the same).
  const split = (text: string, vars: ReadonlyMap<string, string | undefined>) =>
    expandMake(text, vars, true)
      .replaceAll('\t', ' ')
      .split(' ')
      .filter((w) => w !== '' && w !== '|' && !hasUnknownMake(w));
  const rules = new Map<string, Rule>();
  // A target-specific assignment in a conditional that cannot be decided leaves its variable not known.
  const targetVars = new Map<string, { st: Extract<MakeStatement, { kind: 'target-var' }>; maybe: boolean }[]>();
  let defaultGoal: string | undefined;
  for (const [i, st] of statements.entries()) {
    if (reach[i] === 'off') continue;
    if (st.kind === 'target-var') {
      for (const t of split(st.targets, base)) targetVars.set(t, [...(targetVars.get(t) ?? []), { st, maybe: reach[i] === 'maybe' }]);
      continue;
    }
    if (st.kind !== 'rule') continue;
    const recipe = st.recipe.filter((l) => reach[l.after] !== 'off');
    const targets = split(st.targets, base);
    const prerequisites = split(st.prerequisites, base);
    if (defaultGoal === undefined && targets[0] !== undefined && !targets[0].startsWith('.') && !targets[0].includes('%')) defaultGoal = targets[0];
    for (const t of targets) {
      if (t.includes('%')) continue;
      const r = rules.get(t) ?? { prerequisites: [], maybe: new Set<string>(), recipe: [] };
      for (const p of prerequisites) {
        if (reach[i] === 'on') r.maybe.delete(p);
        else if (!r.prerequisites.includes(p)) r.maybe.add(p);
      }
      r.prerequisites.push(...prerequisites);
      // A later recipe for the same target replaces the earlier one (make warns); a double-colon rule adds its own.
      if (recipe.length > 0) r.recipe = st.doubleColon ? [...r.recipe, ...recipe] : recipe;
      rules.set(t, r);
    }
  }
  const fromVar = base.get('.DEFAULT_GOAL');
  const wanted = goals.length > 0 ? [...goals] : fromVar ? [fromVar] : defaultGoal ? [defaultGoal] : [];
  const runs: MakeRecipeRun[] = [];
  const notes: string[] = [];
  const made = new Set<string>();

  const withTargetVars = (target: string, vars: Map<string, string | undefined>): Map<string, string | undefined> => {
    const own = targetVars.get(target);
    if (!own || own.length === 0) return vars;
    const out = new Map(vars);
    for (const { st: a, maybe } of own) {
      if (overrides.has(a.name)) continue;
      if (maybe) out.set(a.name, undefined);
      else assignVariable(out, a, true);
    }
    return out;
  };

  // Depth first, iteratively (a chain of thousands of prerequisites must not exhaust the stack): a frame first makes
  // its prerequisites, then runs its recipe.
  type Frame = { target: string; vars: Map<string, string | undefined>; conditional: boolean; next: number };
  for (const goal of wanted) {
    if (!rules.has(goal)) {
      notes.push(`the Makefile has no rule for "${goal}" (taken to be a file that exists)`);
      continue;
    }
    const stack: Frame[] = [];
    const enter = (target: string, vars: Map<string, string | undefined>, conditional: boolean) => {
      if (made.has(target) || !rules.has(target)) return;
      made.add(target);
      stack.push({ target, vars: withTargetVars(target, vars), conditional, next: 0 });
    };
    enter(goal, base, false);
    while (stack.length > 0 && runs.length < MAX_MAKE_LINES) {
      const f = stack[stack.length - 1]!;
      const rule = rules.get(f.target)!;
      if (f.next < rule.prerequisites.length) {
        const p = rule.prerequisites[f.next++]!;
        enter(p, f.vars, f.conditional || rule.maybe.has(p));
        continue;
      }
      stack.pop();
      const auto = new Map(f.vars);
      auto.set('@', f.target);
      auto.set('<', rule.prerequisites[0] ?? '');
      auto.set('^', [...new Set(rule.prerequisites)].join(' '));
      for (const line of rule.recipe) {
        if (runs.length >= MAX_MAKE_LINES) break;
        const command = recipeCommand(line);
        const text = expandMake(command.text, auto, true);
        const conditional = f.conditional || reach[line.after] === 'maybe';
        runs.push({ target: f.target, line, bodyStart: command.start, text, verbatim: text === command.text, conditional });
      }
    }
    if (runs.length >= MAX_MAKE_LINES) {
      notes.push(`make runs more than ${MAX_MAKE_LINES} recipe lines; the rest are not read`);
      break;
    }
  }
  return { runs, goals: wanted, notes };
}
