// The config file of OBI (`OTEL_EBPF_CONFIG_PATH` / `-config`) or Beyla (`BEYLA_CONFIG_PATH` / `-config`): only what
// selects the processes to instrument. Its text is a file of its own, or a ConfigMap value (a literal block scalar,
// parsed in place so that every range is the manifest's own; the only source the linker follows so far).
//
// What OBI reads (pkg/appolly/discover/matcher.go, services/attr_glob.go and attr_regex.go):
// - `discovery.instrument`: a list of selectors; each item's attributes must all match (`exe_path` is a glob over
//   the whole executable path, as OTEL_EBPF_AUTO_TARGET_EXE), and a process is instrumented when any item matches.
//   OTEL_EBPF_AUTO_TARGET_EXE / BEYLA_AUTO_TARGET_EXE, when set, adds one more item.
// - `discovery.services` (deprecated): the same, but `exe_path` is an unanchored regular expression. When the file
//   has it and neither `instrument` nor `exclude_instrument`, it is all OBI reads: the glob variable is ignored.
// The file's `${VAR}` references are replaced from the agent's environment before it is parsed: values are kept as
// written here, and linking expands them with the environment of each container that reads the file
// (src/link/ebpf-config.ts expandConfigVars).

import type { ParsedNode, YAMLMap } from 'yaml';
import type { EbpfConfig, EbpfSelector } from '../model/ebpf.ts';
import type { SourceFile } from '../model/source.ts';
import type { Scalar } from '../model/workload.ts';
import { literalBlockInPlace, parseYaml, sortProblems } from './yaml.ts';
import type { LiteralBlockIssue, YamlReader } from './yaml.ts';

const UNREADABLE: Record<LiteralBlockIssue, string> = {
  'not-literal': 'the ConfigMap value is not a literal block (`key: |`)',
  empty: 'the ConfigMap value is empty',
  'explicit-indentation': 'the ConfigMap value has an explicit indentation indicator',
  'several-documents': 'the ConfigMap value holds several YAML documents',
  unmappable: 'the ConfigMap value cannot be mapped onto the manifest line for line',
};

/**
 * Reads an OBI or Beyla config file: the whole of `file`, or the ConfigMap value `value` (a scalar of `file`).
 */
export function parseEbpfConfig(file: SourceFile, value?: Scalar): EbpfConfig {
  const out: EbpfConfig = { file: file.path, instrument: [], exclusions: [], services: [], excludeServices: false, problems: [] };
  let source = file;
  if (value) {
    const inPlace = literalBlockInPlace(file.text, value.range.start, value.range.end, value.value);
    if ('unsupported' in inPlace) {
      out.unreadable = UNREADABLE[inPlace.unsupported];
      return out;
    }
    // Line breaks stay where they were: the file's line index still holds.
    source = { ...file, text: inPlace.text };
  }
  const parsed = parseYaml(source, { helm: false });
  out.problems = parsed.problems.filter((p) => p.severity !== 'partial');
  // OBI does not start on a file that does not parse: what the library recovered is not what OBI would select.
  if (parsed.docs.some((x) => x.hasErrors)) {
    out.unreadable = 'the config file is not valid YAML';
    return out;
  }
  const d = parsed.docs.find((x) => x.root !== null);
  if (d?.root) read(d.reader, d.root, out);
  sortProblems(out.problems);
  return out;
}

function read(r: YamlReader, root: ParsedNode, out: EbpfConfig): void {
  const top = r.map(root, 'the config file');
  const discE = r.get(top, 'discovery');
  const disc = discE ? r.map(discE.value, 'discovery') : undefined;
  if (!disc) return;
  const list = (key: string): EbpfSelector[] => {
    const e = r.get(disc, key);
    const items: EbpfSelector[] = [];
    for (const item of r.items(e ? r.seq(e.value, `discovery.${key}`) : undefined)) {
      const m = r.map(item, `an item of discovery.${key}`) as YAMLMap<unknown, unknown> | undefined;
      const sel: EbpfSelector = { range: r.range(item) };
      const exe = m ? r.entryStr(r.get(m, 'exe_path'), { what: 'exe_path' }) : undefined;
      if (exe) sel.exePath = exe;
      if (!m || r.entries(m).some((x) => x.key !== 'exe_path')) sel.otherAttributes = true;
      items.push(sel);
    }
    return items;
  };
  out.instrument = list('instrument');
  out.exclusions = list('exclude_instrument');
  out.services = list('services');
  out.excludeServices = list('exclude_services').length > 0;
  const servicesE = r.get(disc, 'services');
  if (servicesE) out.servicesKey = r.range(servicesE.keyNode);
  const instrumentE = r.get(disc, 'instrument');
  if (instrumentE) out.instrumentKey = r.range(instrumentE.keyNode);
  // Written at all (an empty list included), it replaces the built-in list.
  const defaultE = r.get(disc, 'default_exclude_instrument');
  if (defaultE) out.defaultExcludeKey = r.range(defaultE.keyNode);
}

/** OBI reads only the deprecated `discovery.services` selection (matcher.go OnlyDefinesDeprecatedServiceSelection). */
export function onlyDeprecatedSelection(c: EbpfConfig): boolean {
  return (c.services.length > 0 || c.excludeServices) && c.instrument.length === 0 && c.exclusions.length === 0;
}
