/**
 * `tracking-plan coverage <plan> <observed file>...`: holds the plan against
 * exports of the events really sent. Each observed file is streamed (read
 * in 1 MB chunks into the accumulator), so a million raw events take memory
 * for the distinct names only. Several files are merged, counts added.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { cellReference } from '../core/a1';
import { compareCoverage, type CoverageFinding, type CoverageReport, COVERAGE_RULE_IDS } from '../core/coverage/compare';
import { plural, thousands } from '../core/counts';
import { Observation } from '../core/coverage/observation';
import { type ReadSummary, readerEnd, readerPush, readerStart } from '../core/coverage/reader';
import { UserError } from '../core/errors';
import { type Settings, validateSettings } from '../core/settings';
import { CHECK_OPTIONS } from './options';
import { lintExitCode, summaryLine } from './lint';
import { readPlan } from './read-plan';

type Values = Record<string, string | boolean | string[] | undefined>;

export interface CoverageIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** What main.ts lends this command, so the flags parse and the config reads exactly as for lint. */
export interface CommandTools {
  parse: (
    args: string[],
    options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; default?: string }>,
  ) => { values: Values; positionals: string[] };
  readConfig: (io: CoverageIo, path: string | undefined) => Record<string, unknown>;
  usageError: (message: string) => Error;
  help: (io: CoverageIo) => number;
}

export const COVERAGE_USAGE = `  coverage <plan.xlsx|plan.csv> <observed file>...
                                Hold the plan against exports of the events really sent: Segment
                                Source Schema CSV or raw events (JSON lines or array), Amplitude or
                                Mixpanel exports, a GA4 events report, or a CSV of event names.
                                Takes lint's options; exit 1 on errors (an unplanned event, ...).
`;

/** Reads one observed file in chunks into the observation. */
export async function readObservedFile(path: string, display: string, observation: Observation): Promise<ReadSummary> {
  if (!existsSync(path)) throw new UserError(`No such file: ${display}`);
  if (statSync(path).isDirectory()) throw new UserError(`${display} is a folder, not a file of events.`);
  const state = readerStart(display);
  try {
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const chunk of stream) readerPush(state, chunk as string, observation);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`Cannot read ${display}${code ? ` (${code})` : ''}.`);
  }
  return readerEnd(state, observation);
}

function findingCell(f: CoverageFinding): string | undefined {
  return f.cell ? cellReference(f.cell.tab, f.cell.row, f.cell.column) : undefined;
}

export function coverageLine(f: CoverageFinding): string {
  const where = findingCell(f) ?? `${f.source ?? ''}:`;
  const suggestion = f.suggestion !== undefined && f.rule !== 'event-near-miss' && f.rule !== 'property-not-planned' ? ` Suggestion: "${f.suggestion}".` : '';
  return `${where} ${f.rule} ${f.message}${suggestion}`.replace(/[\r\n]+/g, ' ');
}

export function coverageCountsLine(report: CoverageReport): string {
  const c = report.counts;
  const parts = [`${thousands(c.plannedSeen)} of ${thousands(c.planned)} planned events seen`];
  if (c.notSeen) parts.push(`${thousands(c.notSeen)} not seen`);
  if (c.notPlanned) parts.push(`${thousands(c.notPlanned)} not planned`);
  if (c.nearMisses) parts.push(plural(c.nearMisses, 'near miss', 'near misses'));
  return parts.join(', ') + '.';
}

export function coverageText(report: CoverageReport): string {
  return [...report.findings.map(coverageLine), coverageCountsLine(report), summaryLine(report.summary)].join('\n') + '\n';
}

function jsonFinding(f: CoverageFinding): Record<string, unknown> {
  const out: Record<string, unknown> = { rule: f.rule, severity: f.severity, message: f.message, event: f.event };
  if (f.property !== undefined) out.property = f.property;
  const cell = findingCell(f);
  if (cell) out.cell = cell;
  if (f.source !== undefined) out.file = f.source;
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  return out;
}

export function coverageJson(planFile: string, report: CoverageReport, inputs: ReadSummary[], notes: string[]): string {
  const formats = Array.from(new Set(inputs.map((i) => i.format)));
  const body = {
    file: planFile,
    summary: report.summary,
    findings: report.findings.map(jsonFinding),
    notes,
    format: formats.join(','),
    inputs: inputs.map((i) => ({ file: i.source, format: i.format, label: i.label, records: i.records, skipped: i.skipped })),
    counts: report.counts,
    // Each event exactly as issue 13 states it; the top-level findings carry the rest (event, file, suggestion).
    events: report.events.map((e) => {
      const out: Record<string, unknown> = { name: e.name, planned: e.planned, seen: e.seen, count: e.count };
      if (e.lastSeen !== undefined) out.lastSeen = e.lastSeen;
      out.findings = e.findings.map((f) => {
        const j: Record<string, unknown> = { rule: f.rule, severity: f.severity, message: f.message };
        if (f.property !== undefined) j.property = f.property;
        const cell = findingCell(f);
        if (cell) j.cell = cell;
        return j;
      });
      return out;
    }),
  };
  return JSON.stringify(body, null, 2) + '\n';
}

function settingsFrom(values: Values, raw: Record<string, unknown>): Settings {
  if (values['event-casing'] !== undefined) raw.eventCasing = values['event-casing'];
  if (values['property-casing'] !== undefined) raw.propertyCasing = values['property-casing'];
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  if (values.accept) raw.acceptedWords = [...list(raw.acceptedWords), ...(values.accept as string[])];
  // Coverage's own rule ids are not convention rules: kept apart so the settings check accepts the rest.
  const disabled = [...list(raw.disabledRules), ...((values.disable as string[] | undefined) ?? [])].map(String);
  const own = disabled.filter((id) => (COVERAGE_RULE_IDS as string[]).includes(id));
  if (disabled.length) raw.disabledRules = disabled.filter((id) => !own.includes(id));
  const { settings, problems } = validateSettings(raw);
  if (problems.length)
    throw new UserError(
      `Bad settings: ${problems.map((p) => (typeof p === 'object' && p && 'message' in p ? String((p as { message: unknown }).message) : String(p))).join(' ')}`,
    );
  return { ...settings, disabledRules: [...(settings.disabledRules ?? []), ...(own as never[])] };
}

export async function coverageCommand(args: string[], io: CoverageIo, tools: CommandTools): Promise<number> {
  const { values, positionals } = tools.parse(args, { ...CHECK_OPTIONS });
  if (values.help) return tools.help(io);
  if (positionals.length === 0) throw tools.usageError('Missing plan file (.xlsx or .csv) and observed files.');
  if (positionals.length === 1) throw tools.usageError('Missing observed file: give one or more exports of the events sent after the plan.');
  const [planFile, ...observedFiles] = positionals;
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') throw tools.usageError(`Unknown --format "${format}": choose text or json.`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(String(values['max-warnings']))) throw tools.usageError(`--max-warnings needs a whole number, got "${values['max-warnings']}".`);
    maxWarnings = Number(values['max-warnings']);
  }
  const settings = settingsFrom(values, tools.readConfig(io, values.config as string | undefined));
  const { plan, notes } = await readPlan(resolve(io.cwd, planFile), { tab: values.tab as string | undefined, display: planFile });
  const observation = new Observation();
  const inputs: ReadSummary[] = [];
  for (const file of observedFiles) inputs.push(await readObservedFile(resolve(io.cwd, file), file, observation));
  const report = compareCoverage(plan, observation.state(), settings);
  const allNotes = [...notes, ...inputs.flatMap((i) => i.notes)];
  if (format === 'json') io.stdout(coverageJson(planFile, report, inputs, allNotes));
  else {
    for (const input of inputs) io.stderr(`note: ${input.source} read as ${input.label}: ${plural(input.records, 'record')}.\n`);
    for (const note of allNotes) io.stderr(`note: ${note}\n`);
    io.stdout(coverageText(report));
  }
  return lintExitCode(report.summary, maxWarnings);
}
