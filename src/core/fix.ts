/**
 * Which cells a fix changes and to what. A fix writes a finding's suggestion
 * into its own cell and nothing else; the writes are grouped so the shell
 * can apply many of them in few calls without ever writing back a value it
 * read (which would turn a neighbour's formula into a plain value).
 */
import { UserError } from './errors';
import { type Finding, type RuleId } from './finding';
import { columnLetters } from './a1';

export interface FixTarget {
  rule: RuleId;
  tab: string;
  row: number;
  column: number;
  text: string;
}

export interface CellFix {
  tab: string;
  row: number;
  column: number;
  value: string;
}

export const STALE_MESSAGE = 'That cell changed since the last check; run Check again.';

/** The fix of one finding, from a fresh check: it must still be there, on a cell that still holds the text the user saw. */
export function fixForTarget(findings: readonly Finding[], target: FixTarget): CellFix {
  const found = findings.find(
    (f) => f.rule === target.rule && f.tab === target.tab && f.row === target.row && f.column === target.column && f.text === target.text,
  );
  if (!found) throw new UserError(STALE_MESSAGE);
  if (found.suggestion === undefined || found.suggestion === '')
    throw new UserError(`This ${target.rule} finding has no suggested fix; please change the cell by hand.`);
  return { tab: found.tab, row: found.row, column: found.column, value: found.suggestion };
}

/** Every suggested fix of one rule, one per cell (the first finding on a cell wins). */
export function fixesForRule(findings: readonly Finding[], rule: RuleId): CellFix[] {
  const seen = new Set<string>();
  const fixes: CellFix[] = [];
  for (const f of findings) {
    if (f.rule !== rule || f.suggestion === undefined || f.suggestion === '' || f.suggestion === f.text) continue;
    const key = `${f.tab}\u0000${f.row}\u0000${f.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fixes.push({ tab: f.tab, row: f.row, column: f.column, value: f.suggestion });
  }
  return fixes;
}

/** One batch of writes on one tab: either a run of adjacent cells in one column, each of which is fixed, or scattered cells taking one value. */
export type FixWrite =
  { kind: 'run'; tab: string; row: number; column: number; values: string[][] } | { kind: 'same-value'; tab: string; a1s: string[]; value: string };

/**
 * Groups fixes into as few writes as possible: runs of two or more adjacent
 * fixed cells in a column become one setValues, the remaining cells are
 * grouped by their new value into one RangeList each.
 */
export function groupFixes(fixes: readonly CellFix[]): FixWrite[] {
  const writes: FixWrite[] = [];
  const byTab = new Map<string, CellFix[]>();
  for (const fix of fixes) {
    const list = byTab.get(fix.tab);
    if (list) list.push(fix);
    else byTab.set(fix.tab, [fix]);
  }
  for (const [tab, list] of byTab) {
    const sorted = [...list].sort((a, b) => a.column - b.column || a.row - b.row);
    const singles = new Map<string, string[]>();
    for (let i = 0; i < sorted.length;) {
      let j = i + 1;
      while (j < sorted.length && sorted[j].column === sorted[i].column && sorted[j].row === sorted[j - 1].row + 1) j++;
      if (j - i >= 2) {
        writes.push({ kind: 'run', tab, row: sorted[i].row, column: sorted[i].column, values: sorted.slice(i, j).map((f) => [f.value]) });
      } else {
        const a1 = `${columnLetters(sorted[i].column)}${sorted[i].row}`;
        const group = singles.get(sorted[i].value);
        if (group) group.push(a1);
        else singles.set(sorted[i].value, [a1]);
      }
      i = j;
    }
    for (const [value, a1s] of singles) writes.push({ kind: 'same-value', tab, a1s, value });
  }
  return writes;
}
