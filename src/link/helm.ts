// Helm charts: the chart a templated manifest belongs to (the nearest Chart.yaml above it) and its default values,
// so that a value written as a template action (`image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"`)
// can be read as `helm template` renders it with the chart's own values.yaml. Only what src/parsers/go-template.ts
// evaluates is read; anything else stays unknown.

import { posix } from 'node:path';
import type { SourceFile } from '../model/source.ts';
import type { Scalar } from '../model/workload.ts';
import type { ChartData } from '../parsers/go-template.ts';
import { parseTemplate, renderScalar } from '../parsers/go-template.ts';
import { MAX_ALIAS_COUNT, parseYaml } from '../parsers/yaml.ts';

export class HelmCharts {
  private readonly charts = new Map<string, ChartData | null>();

  constructor(private readonly files: Map<string, SourceFile>) {}

  /** What a templated scalar of `file` renders to with its chart's values.yaml, when that is known. */
  render(s: Scalar, file: string): string | undefined {
    if (!s.unknown) return s.value;
    const chart = this.chartFor(file);
    if (!chart) return undefined;
    const src = this.files.get(s.range.file)?.text;
    const quoted = src !== undefined && (src[s.range.start] === '"' || src[s.range.start] === "'");
    return renderScalar(s.value, quoted, chart);
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
    if (field.kind !== 'field' || field.root !== 'Values') return { value };
    const source = this.valuesScalar(file, field.path);
    return source && source.value === value ? { value, source, path: field.path.join('.') } : { value };
  }

  /** The scalar at a path of the chart's values.yaml, with its range there. */
  private valuesScalar(file: string, path: string[]): Scalar | undefined {
    const dir = this.chartDir(file);
    if (dir === undefined) return undefined;
    const valuesFile = this.files.get(dir === '.' ? 'values.yaml' : `${dir}/values.yaml`) ?? this.files.get(dir === '.' ? 'values.yml' : `${dir}/values.yml`);
    if (!valuesFile) return undefined;
    try {
      const d = parseYaml(valuesFile, { helm: false }).docs[0];
      if (!d || d.hasErrors || !d.root) return undefined;
      const r = d.reader;
      const e = r.path(d.root, ...path);
      return e ? r.entryStr(e) : undefined;
    } catch {
      return undefined;
    }
  }

  private chartDir(file: string): string | undefined {
    for (let dir = posix.dirname(file); ; dir = posix.dirname(dir)) {
      if (this.files.has(dir === '.' ? 'Chart.yaml' : `${dir}/Chart.yaml`)) return dir;
      if (dir === '.' || dir === '/' || dir === '..' || dir.endsWith('/..')) return undefined;
    }
  }

  private chartFor(file: string): ChartData | undefined {
    for (let dir = posix.dirname(file); ; dir = posix.dirname(dir)) {
      const cached = this.charts.get(dir);
      if (cached !== undefined) return cached ?? undefined;
      const chartFile = this.files.get(dir === '.' ? 'Chart.yaml' : `${dir}/Chart.yaml`);
      if (chartFile) {
        const data = this.read(dir, chartFile);
        this.charts.set(dir, data ?? null);
        return data;
      }
      if (dir === '.' || dir === '/' || dir === '..' || dir.endsWith('/..')) return undefined;
    }
  }

  private read(dir: string, chartFile: SourceFile): ChartData | undefined {
    const chart = plain(chartFile);
    if (!chart || typeof chart !== 'object' || Array.isArray(chart)) return undefined;
    const c = chart as Record<string, unknown>;
    const valuesFile = this.files.get(dir === '.' ? 'values.yaml' : `${dir}/values.yaml`) ?? this.files.get(dir === '.' ? 'values.yml' : `${dir}/values.yml`);
    const values = valuesFile ? plain(valuesFile) : {};
    if (values === undefined) return undefined;
    const data: ChartData = { values, chart: {} };
    if (typeof c['name'] === 'string') data.chart.Name = c['name'];
    if (typeof c['version'] === 'string') data.chart.Version = c['version'];
    if (typeof c['appVersion'] === 'string' || typeof c['appVersion'] === 'number') data.chart.AppVersion = String(c['appVersion']);
    return data;
  }
}

/** A YAML file's first document as plain data; undefined when it has errors (what was recovered may be wrong). */
function plain(file: SourceFile): unknown {
  try {
    const { docs } = parseYaml(file, { helm: false });
    const d = docs[0];
    if (!d) return {};
    if (d.hasErrors) return undefined;
    return d.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}
