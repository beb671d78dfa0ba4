/**
 * What the checker reports: one finding per problem, pointing at one cell.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A rule's id, derived from the registry (src/core/rules/index.ts): a rule is one file and one registry line. */
export type { RuleId } from './rules';
import type { RuleId } from './rules';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The sheet name of the tab (the real one, which may be an alias such as "Track"). */
  tab: string;
  /** 1-based sheet row and column of the offending cell. */
  row: number;
  column: number;
  /** The offending cell's text. */
  text: string;
  /** What is wrong, in words a non-engineer understands. */
  message: string;
  /** The value that fixes the cell, when the rule has one; applying it is a one-click fix. */
  suggestion?: string;
  /** Extra advice that is not a cell value, e.g. "send 11-01-2019 as a property". */
  hint?: string;
  /** The team accepted this finding on purpose (settings' accepted findings): listed apart, never highlighted or counted as open. */
  accepted?: true;
}
