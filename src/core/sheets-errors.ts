/**
 * Errors Google Sheets raises for things a user can cause (a protected
 * range, strict data validation, the spreadsheet's size limits, a busy
 * service), turned into a sentence that says what happened and what to do.
 * Anything not recognised here is unexpected, and reported as such.
 */

interface Known {
  pattern: RegExp;
  message: (m: RegExpExecArray) => string;
}

const KNOWN: readonly Known[] = [
  {
    pattern: /protected cell or object/i,
    message: () =>
      'Part of this spreadsheet is protected, so Sheets refused the change; anything written before that point stays. Ask the owner for edit access to the protected range (Data > Protect sheets and ranges), then try again.',
  },
  {
    pattern: /data you entered in cell ([A-Z]+\d+) violates the data validation rules/i,
    message: (m) =>
      `Sheets refused a value in ${m[1]}: the cell's data validation rejects it. Add the value to the rule, or set the rule to "Show a warning" (Data > Data validation), then try again.`,
  },
  {
    pattern: /above the limit of ([\d,]+) cells/i,
    message: (m) =>
      `The spreadsheet has reached Sheets' limit of ${m[1]} cells, so nothing more could be added. Delete unused rows, columns or tabs, then try again.`,
  },
  {
    pattern: /more than the maximum of 50000 characters/i,
    message: () => "A cell would pass Sheets' limit of 50,000 characters, so it was not written. Shorten the longest texts in the plan, then try again.",
  },
  {
    pattern: /sheet with the name "([^"]*)" already exists/i,
    message: (m) => `A tab named "${m[1]}" already exists, so it was not created again. Rename that tab if it is not part of the plan, then try again.`,
  },
  {
    pattern: /Exceeded maximum execution time/i,
    message: () => 'Apps Script stopped the command at its 6-minute limit; part of it may be done. Run it again to finish.',
  },
  {
    pattern: /Service (Spreadsheets|Sheets)? ?(timed out|failed|unavailable)|Service invoked too many times|try again later/i,
    message: () => 'Google Sheets did not answer in time; part of the command may be done. Wait a moment, then run it again.',
  },
];

/** A plain message for an error Sheets raised, or undefined when it is not one a user can cause. */
export function explainSheetsError(text: string): string | undefined {
  for (const known of KNOWN) {
    const m = known.pattern.exec(text);
    if (m) return known.message(m);
  }
  return undefined;
}
