/**
 * Insert spec events and the user's strict ("reject input") data validation:
 * Sheets refuses a whole write when one cell breaks such a rule. Before
 * writing, each planned cell is held against the rule of the cell it goes
 * to: a dropdown that spells a value differently ("string" for "String")
 * gets its own spelling; anything the rule would refuse stops the insert,
 * with a message naming the column, the value and what to change.
 */
import { cellA1 } from './a1';

/** A data validation rule as the shell reads it. */
export interface ValidationInfo {
  /** Rejects input (Sheets' "Reject the input"), as opposed to showing a warning. */
  strict: boolean;
  kind: 'list' | 'checkbox' | 'other';
  /** The accepted values of a dropdown. */
  values?: readonly string[];
  /** Sheets' name of the criteria, for the message ("CUSTOM_FORMULA"). */
  criteria?: string;
}

export type ValidationCheck = { ok: true; rows: string[][] } | { ok: false; message: string };

function describe(rule: ValidationInfo): string {
  if (rule.kind === 'list') {
    const values = rule.values ?? [];
    const shown = values.length > 6 ? `${values.slice(0, 6).join(', ')}, …` : values.join(', ');
    return `only accepts values from its dropdown (${shown})`;
  }
  if (rule.kind === 'checkbox') return 'only accepts checkboxes';
  const criteria = (rule.criteria ?? 'a rule').toLowerCase().replace(/_/g, ' ');
  return `rejects input that breaks its data validation (${criteria}), which Insert cannot evaluate`;
}

/**
 * Holds the rows Insert will write (from `startRow`, `startColumn`) against
 * the validation of their cells (`rules[i][j]`, null where none). Returns the
 * rows to write, or why nothing can be written.
 */
export function fitValidation(
  rows: readonly (readonly string[])[],
  rules: readonly (readonly (ValidationInfo | null)[])[],
  startRow: number,
  startColumn: number,
  captionOf: (column: number) => string,
): ValidationCheck {
  const out = rows.map((r) => r.slice());
  for (let i = 0; i < out.length; i++) {
    for (let j = 0; j < out[i].length; j++) {
      const value = out[i][j];
      const rule = rules[i]?.[j];
      if (value === '' || !rule || !rule.strict) continue;
      if (rule.kind === 'list') {
        const text = value.replace(/^'/, '');
        const values = rule.values ?? [];
        if (values.includes(text)) continue;
        const same = values.find((v) => v.trim().toLowerCase() === text.trim().toLowerCase());
        if (same !== undefined) {
          out[i][j] = same;
          continue;
        }
      }
      const column = startColumn + j;
      const where = cellA1(startRow + i, column);
      return {
        ok: false,
        message:
          `Nothing was inserted: the "${captionOf(column)}" column ${describe(rule)}, and Insert would write "${value.replace(/^'/, '')}" in ${where}. ` +
          'Add the value to the rule, or set the rule to "Show a warning" (Data > Data validation), then insert again.',
      };
    }
  }
  return { ok: true, rows: out };
}
