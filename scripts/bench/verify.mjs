// Checks a JSON report (the `--format json` document) against the mistakes scripts/bench/generate.mjs seeded:
// every seeded service must have its one finding, and nothing else may be found anywhere.

/**
 * `gen` is generate()'s result. Returns { pass, rules: { [ruleId]: { expected, found } }, missing, unexpected }:
 * `missing` lists the seeded services without their finding, `unexpected` every other finding (as text).
 */
export function verify(report, gen) {
  const perRule = {};
  const unexpected = [];
  const found = new Set();
  for (const d of report.diagnostics) {
    const parts = d.file.split('/');
    const service = parts[0] === 'services' && parts.length > 2 ? `services/${parts[1]}` : undefined;
    const want = service ? gen.expected.get(service) : undefined;
    if (want === d.ruleId && !found.has(service)) {
      found.add(service);
      perRule[d.ruleId] = (perRule[d.ruleId] ?? 0) + 1;
    } else unexpected.push(`${d.file}:${d.line}:${d.column} ${d.ruleId}: ${d.message}`);
  }
  const missing = [...gen.expected].filter(([s]) => !found.has(s)).map(([s, r]) => `${s}: ${r}`);
  const rules = Object.keys(gen.counts).sort();
  return {
    pass: missing.length === 0 && unexpected.length === 0,
    rules: Object.fromEntries(rules.map((r) => [r, { expected: gen.counts[r], found: perRule[r] ?? 0 }])),
    missing,
    unexpected,
  };
}
