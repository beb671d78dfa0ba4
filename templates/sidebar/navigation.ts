/**
 * Working through the problem list, as plain data (unit-tested in Node):
 * which findings the filters keep, the counts the filter menus show, and
 * the next or previous finding in sheet order.
 */
import type { FindingDto } from '../../src/gas/api-types';
import type { Severity } from '../../src/core/finding';

export interface ProblemFilter {
  severity: Severity | '';
  tab: string;
  rule: string;
}

export const NO_FILTER: ProblemFilter = { severity: '', tab: '', rule: '' };

export function open(findings: readonly FindingDto[]): FindingDto[] {
  return findings.filter((f) => !f.accepted);
}

export function accepted(findings: readonly FindingDto[]): FindingDto[] {
  return findings.filter((f) => f.accepted);
}

/** The open findings the filter keeps, in the order the server gave them (tab in template order, then row, then column). */
export function applyFilter(findings: readonly FindingDto[], filter: ProblemFilter): FindingDto[] {
  return open(findings).filter(
    (f) => (!filter.severity || f.severity === filter.severity) && (!filter.tab || f.tab === filter.tab) && (!filter.rule || f.rule === filter.rule),
  );
}

export interface Choice {
  value: string;
  count: number;
}

function countBy(findings: readonly FindingDto[], key: (f: FindingDto) => string): Choice[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  return Array.from(counts, ([value, count]) => ({ value, count }));
}

/**
 * The choices of each filter menu with their counts. Each menu counts the
 * findings the other two filters keep, so a count says what picking it shows.
 */
export function filterChoices(findings: readonly FindingDto[], filter: ProblemFilter): { severity: Choice[]; tab: Choice[]; rule: Choice[] } {
  const order: Severity[] = ['error', 'warning', 'info'];
  const severity = countBy(applyFilter(findings, { ...filter, severity: '' }), (f) => f.severity).sort(
    (a, b) => order.indexOf(a.value as Severity) - order.indexOf(b.value as Severity),
  );
  const tab = countBy(applyFilter(findings, { ...filter, tab: '' }), (f) => f.tab);
  const rule = countBy(applyFilter(findings, { ...filter, rule: '' }), (f) => f.rule).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return { severity, tab, rule };
}

/** A filter that still keeps something: a choice whose findings are all gone (fixed, accepted) falls back to "all". */
export function validFilter(findings: readonly FindingDto[], filter: ProblemFilter): ProblemFilter {
  const kept = open(findings);
  return {
    severity: filter.severity && kept.some((f) => f.severity === filter.severity) ? filter.severity : '',
    tab: filter.tab && kept.some((f) => f.tab === filter.tab) ? filter.tab : '',
    rule: filter.rule && kept.some((f) => f.rule === filter.rule) ? filter.rule : '',
  };
}

export function findingKey(f: Pick<FindingDto, 'rule' | 'tab' | 'row' | 'column'>): string {
  return `${f.rule}|${f.tab}|${f.row}|${f.column}`;
}

/**
 * The finding to go to from `current` (a findingKey) in sheet order: the
 * next one (step 1) or the previous one (step -1), wrapping around. From
 * nothing, Next starts at the first and Previous at the last.
 */
export function step(list: readonly FindingDto[], current: string | undefined, direction: 1 | -1): FindingDto | undefined {
  if (!list.length) return undefined;
  const at = current ? list.findIndex((f) => findingKey(f) === current) : -1;
  if (at < 0) return direction === 1 ? list[0] : list[list.length - 1];
  return list[(at + direction + list.length) % list.length];
}

/** "3 of 12" for the position shown beside Previous / Next. */
export function positionText(list: readonly FindingDto[], current: string | undefined): string {
  const at = current ? list.findIndex((f) => findingKey(f) === current) : -1;
  return at < 0 ? `${list.length} to go through` : `${at + 1} of ${list.length}`;
}
