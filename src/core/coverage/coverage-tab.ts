/**
 * The Coverage tab's content, decided in memory: a summary block at the top,
 * then one row per event in the Track tab's order (each planned event
 * followed by the near misses sent for it), then the unplanned events,
 * traits and pages. The shell writes it with one setValues.
 */
import { summaryMessage } from '../marks';
import { literalText } from '../literal-text';
import { plural, thousands } from '../counts';
import { type CoverageReport, type EventCoverage } from './compare';
import { type ReadSummary } from './reader';

export const COVERAGE_TITLE = 'Coverage: the plan held against observed data';
export const COVERAGE_HEADER = ['Event', 'Call', 'Status', 'Count', 'Last Seen', 'Planned As', 'Problems'] as const;

export interface CoverageTabValues {
  values: (string | number)[][];
  /** 1-based row of the events' header. */
  headerRow: number;
  width: number;
  /** Rows of the near misses sent for each planned event, grouped under it as property rows are on the Track tab. */
  groups: { first: number; last: number }[];
}

const STATUS_TEXT: Record<EventCoverage['status'], string> = {
  seen: 'Seen',
  'not seen': 'Not seen',
  'not planned': 'Not planned',
  'near miss': 'Near miss',
  'unplanned kind': 'Not judged',
};

const CALL_TEXT: Record<EventCoverage['kind'], string> = { track: 'Track', identify: 'Identify', group: 'Group', page: 'Page', screen: 'Screen' };

function text(value: string): string {
  return literalText(value.replace(/[\r\n]+/g, ' '));
}

/** What the Problems cell says: one line per finding, its rule in brackets as in the Checks column (a symbol first, so never a formula). */
export function problemsText(event: EventCoverage): string {
  return event.findings.map((f) => `${f.severity === 'error' ? '✖' : f.severity === 'warning' ? '⚠' : 'ℹ'} [${f.rule}] ${f.message}`).join('\n');
}

export function describeInputs(inputs: readonly ReadSummary[]): string {
  return inputs.map((i) => `${i.source} (${i.label}, ${plural(i.records, 'record')}${i.skipped ? `, ${thousands(i.skipped)} skipped` : ''})`).join('; ');
}

export function coverageTabValues(report: CoverageReport, inputs: readonly ReadSummary[], at: string): CoverageTabValues {
  const width = COVERAGE_HEADER.length;
  const row = (...cells: (string | number)[]): (string | number)[] => [...cells, ...new Array<string>(Math.max(0, width - cells.length)).fill('')];
  const c = report.counts;
  const values: (string | number)[][] = [
    row(COVERAGE_TITLE),
    row('Observed data', text(describeInputs(inputs))),
    row('Updated', at),
    row('Planned events seen', `${thousands(c.plannedSeen)} of ${thousands(c.planned)}`),
    row('Not seen', c.notSeen),
    row('Not planned', c.notPlanned),
    row('Near misses', c.nearMisses),
    row('Problems', summaryMessage(report.summary)),
    row(),
    [...COVERAGE_HEADER],
  ];
  const headerRow = values.length;
  const groups: { first: number; last: number }[] = [];
  report.events.forEach((e, i) => {
    if (e.status !== 'near miss' || e.kind !== 'track') return;
    const row = headerRow + 1 + i;
    const last = groups[groups.length - 1];
    if (last && last.last === row - 1) last.last = row;
    else groups.push({ first: row, last: row });
  });
  for (const e of report.events) {
    values.push([text(e.name), CALL_TEXT[e.kind], STATUS_TEXT[e.status], e.count, e.lastSeen ?? '', e.plannedAs ? text(e.plannedAs) : '', problemsText(e)]);
  }
  return { values, headerRow, width, groups };
}
