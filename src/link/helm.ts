// Helm charts: the chart a templated manifest belongs to (the nearest Chart.yaml above it) and its default values,
// so that a value written as a template action (`image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"`)
// can be read as `helm template` renders it with the chart's own values.yaml. Only what src/parsers/go-template.ts
// evaluates is read; anything else stays unknown.

import { posix } from 'node:path';
import type { SourceFile } from '../model/source.ts';
import type { HelmValuesRef, Scalar, Workload } from '../model/workload.ts';
import { readAnnotationMap, readEnvList } from '../parsers/kube.ts';
import type { ChartData } from '../parsers/go-template.ts';
import { parseTemplate, renderScalar } from '../parsers/go-template.ts';
import { MAX_ALIAS_COUNT, parseYaml } from '../parsers/yaml.ts';
import type { YamlDoc } from '../parsers/yaml.ts';

/** A chart: its data for rendering, and its values.yaml document (to find the scalar a value comes from). */
interface Chart {
  data: ChartData;
  values?: YamlDoc;
}

export class HelmCharts {
  /** By chart directory; null: a Chart.yaml that could not be read. */
  private readonly charts = new Map<string, Chart | null>();

  constructor(private readonly files: Map<string, SourceFile>) {}

  /** What a templated scalar of `file` renders to with its chart's values.yaml, when that is known. */
  render(s: Scalar, file: string): string | undefined {
    if (!s.unknown) return s.value;
    const chart = this.chartFor(file);
    if (!chart) return undefined;
    const src = this.files.get(s.range.file)?.text;
    const quoted = src !== undefined && (src[s.range.start] === '"' || src[s.range.start] === "'");
    return renderScalar(s.value, quoted, chart.data);
  }

  /**
   * A templated value as rendered with the chart's values, and, when the template is just one `.Values` field
   * (`{{ .Values.otel.target }}`, optionally `| quote` / `| toString`), the values.yaml scalar that holds it: what a
   * finding points at and a fix edits.
   */
  valueOf(s: Scalar, file: string): { value: string; source?: Scalar; path?: string } | undefined {
    const value = this.render(s, file);
    if (value === undefined) return undefined;
    const parts = parseTemplate(s.value.trim());
    const only = parts && parts.length === 1 && parts[0]!.kind === 'action' ? parts[0]!.pipeline : undefined;
    const head = only?.[0];
    const passThrough = only?.slice(1).every((c) => (c.fn === 'quote' || c.fn === 'squote' || c.fn === 'toString') && c.args.length === 0);
    if (!head || head.fn || head.args.length !== 1 || !passThrough) return { value };
    const field = head.args[0]!;
    const values = this.chartFor(file)?.values;
    if (field.kind !== 'field' || field.root !== 'Values' || !values?.root) return { value };
    const e = values.reader.path(values.root, ...field.path);
    const source = e ? values.reader.entryStr(e) : undefined;
    return source && source.value === value ? { value, source, path: field.path.join('.') } : { value };
  }

  /**
   * What `toYaml .Values.<path>` writes into a workload's containers' `env:` and its pod template's annotations, read
   * from the chart's values.yaml, with values.yaml's ranges: a finding on such a value points where it is written, and
   * its fix edits it there. The action's line is recorded as evidence of where the value comes from.
   */
  applyValues(w: Workload): void {
    if (!this.files.get(w.file)?.helm) return;
    const chart = this.chartFor(w.file);
    const values = chart?.values;
    if (!values?.root) return;
    const entry = (ref: HelmValuesRef) => (ref.path.length > 0 ? values.reader.path(values.root, ...ref.path) : undefined);
    for (const c of [...w.pod.containers, ...w.pod.initContainers]) {
      if (!c.envValues) continue;
      const e = entry(c.envValues);
      if (!e) continue;
      const from = { range: c.envValues.range, path: c.envValues.path.join('.') };
      for (const v of readEnvList(values.reader, e)) c.env.push({ ...v, fromValues: from });
    }
    const ann = w.podAnnotations;
    if (ann.values) {
      const e = entry(ann.values);
      if (e) {
        const read = readAnnotationMap(values.reader, e, { entries: [] });
        const path = ann.values.path.join('.');
        for (const a of read.entries) {
          const message = `annotation ${a.key.value} is set in .Values.${path} (${a.value.range.file}:${a.value.range.line}), which the template writes here`;
          ann.entries.push({ key: a.key, value: { ...a.value, via: { evidence: [{ range: ann.values.range, message }], edit: 'scalar' } } });
        }
        // They stay unknown as a whole: values given at install time (`--set`, `-f`) may add annotations, so what
        // values.yaml leaves out is not known to be missing.
      }
    }
  }

  /** The chart `file` belongs to: the nearest directory above it with a Chart.yaml, read once. */
  private chartFor(file: string): Chart | undefined {
    for (let dir = posix.dirname(file); ; dir = posix.dirname(dir)) {
      const cached = this.charts.get(dir);
      if (cached !== undefined) return cached ?? undefined;
      const chartFile = this.files.get(inDir(dir, 'Chart.yaml'));
      if (chartFile) {
        const chart = this.read(dir, chartFile);
        this.charts.set(dir, chart ?? null);
        return chart;
      }
      if (dir === '.' || dir === '/' || dir === '..' || dir.endsWith('/..')) return undefined;
    }
  }

  private read(dir: string, chartFile: SourceFile): Chart | undefined {
    const chart = firstDoc(chartFile);
    if (chart === undefined) return undefined;
    const c = chart ? toPlain(chart) : {};
    if (!c || typeof c !== 'object' || Array.isArray(c)) return undefined;
    const meta = c as Record<string, unknown>;
    const valuesFile = this.files.get(inDir(dir, 'values.yaml')) ?? this.files.get(inDir(dir, 'values.yml'));
    const values = valuesFile ? firstDoc(valuesFile) : null;
    if (values === undefined) return undefined;
    const plainValues = values ? toPlain(values) : {};
    if (plainValues === undefined) return undefined;
    const out: Chart = { data: { values: plainValues, chart: {} } };
    if (values) out.values = values;
    if (typeof meta['name'] === 'string') out.data.chart.Name = meta['name'];
    if (typeof meta['version'] === 'string') out.data.chart.Version = meta['version'];
    if (typeof meta['appVersion'] === 'string' || typeof meta['appVersion'] === 'number') out.data.chart.AppVersion = String(meta['appVersion']);
    return out;
  }
}

function inDir(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

/**
 * A YAML file's first document; null when it has none (an empty file); undefined when it cannot be read or has
 * errors (what was recovered may be wrong).
 */
function firstDoc(file: SourceFile): YamlDoc | null | undefined {
  try {
    const d = parseYaml(file, { helm: false }).docs[0];
    if (!d) return null;
    return d.hasErrors ? undefined : d;
  } catch {
    return undefined;
  }
}

/** A document as plain data ({} when empty). */
function toPlain(d: YamlDoc): unknown {
  try {
    return d.root ? d.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) : {};
  } catch {
    return undefined;
  }
}
