/**
 * `tracking-plan lint`: the add-on's convention checks over a downloaded
 * plan, reported as one `tab!A1 rule-id message` line per finding (or as
 * JSON) with the exit code a CI pipeline needs.
 */
import { cellReference } from '../core/a1';
import { check, summarize, type Summary } from '../core/check';
import { severityCounts } from '../core/counts';
import { type Finding } from '../core/finding';
import { type Settings } from '../core/settings';
import { type Plan } from '../core/plan';

export { cellReference };

/** The add-on's own summary: findings accepted on purpose are reported in JSON, not counted, never failing the run. */
export type LintSummary = Summary;

export interface LintResult {
  findings: Finding[];
  summary: LintSummary;
}

export function lintPlan(plan: Plan, settings: Settings): LintResult {
  // In the add-on's order (tab, row, column, rule) and with its counts, so CI and the sidebar list the same findings alike.
  const findings = check(plan, settings);
  return { findings, summary: summarize(findings) };
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
