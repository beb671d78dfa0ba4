/**
 * `tracking-plan lint`: the add-on's convention checks over a downloaded
 * plan, reported as one `tab!A1 rule-id message` line per finding (or as
 * JSON) with the exit code a CI pipeline needs.
 */
import { cellReference } from '../core/a1';
import { check } from '../core/check';
import { severityCounts } from '../core/counts';
import { type Finding, type Severity } from '../core/finding';
import { type Settings } from '../core/settings';
import { type Plan } from '../core/plan';

export { cellReference };

export interface LintSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings the sheet's team accepted on purpose: reported in JSON, not counted, never failing the run. */
  accepted?: number;
}

export interface LintResult {
  findings: Finding[];
  summary: LintSummary;
}

export function lintPlan(plan: Plan, settings: Settings): LintResult {
  const findings: Finding[] = check(plan, settings).slice();
  const order = new Map<string, number>();
  for (const tab of Object.values(plan.tabs)) if (tab) order.set(tab.sheetName, order.size);
  findings.sort((a, b) => (order.get(a.tab) ?? 99) - (order.get(b.tab) ?? 99) || a.row - b.row || a.column - b.column || a.rule.localeCompare(b.rule));
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity && !f.accepted).length;
  const summary: LintSummary = { errors: count('error'), warnings: count('warning'), infos: count('info') };
  const accepted = findings.filter((f) => f.accepted).length;
  if (accepted) summary.accepted = accepted;
  return { findings, summary };
}

export function findingLine(finding: Finding): string {
  const suggestion = finding.suggestion !== undefined ? ` Suggestion: "${finding.suggestion}".` : '';
  const hint = finding.hint ? ` ${finding.hint}` : '';
  return `${cellReference(finding.tab, finding.row, finding.column)} ${finding.rule} ${finding.message}${suggestion}${hint}`.replace(/[\r\n]+/g, ' ');
}

export function summaryLine(summary: LintSummary): string {
  const accepted = summary.accepted ? ` (${summary.accepted} accepted on purpose, not counted)` : '';
  if (!summary.errors && !summary.warnings && !summary.infos) return `No problems found${accepted}.`;
  return `${severityCounts(summary, true)}${accepted}.`;
}

/** ESLint's rule: errors fail; warnings fail only beyond --max-warnings. */
export function lintExitCode(summary: LintSummary, maxWarnings?: number): number {
  if (summary.errors > 0) return 1;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return 1;
  return 0;
}

export function lintText(result: LintResult): string {
  return [...result.findings.filter((f) => !f.accepted).map(findingLine), summaryLine(result.summary)].join('\n') + '\n';
}

export function lintJson(file: string, result: LintResult, notes: string[]): string {
  return (
    JSON.stringify(
      {
        file,
        summary: result.summary,
        findings: result.findings.map((f) => ({ ...f, cell: cellReference(f.tab, f.row, f.column) })),
        notes,
      },
      null,
      2,
    ) + '\n'
  );
}
