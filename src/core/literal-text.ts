/**
 * The one way the add-on writes text into a cell so that it stays that text.
 * Sheets reads a string written with setValue/setValues like typed input:
 * "1,000", "$5", "50%", "1e5" become numbers, "3/4/2024", "March 4" and
 * "12:30" dates and times, "TRUE" a boolean, "=..." a formula. A leading
 * apostrophe makes Sheets keep the rest as text (the apostrophe is not part
 * of the value, and it costs no call, unlike setting the '@' number format,
 * which would also change the user's formatting).
 *
 * The test is deliberately wider than Sheets' rules (anything whose first
 * significant character is a digit, any month-name start followed by a
 * number): an apostrophe on text Sheets would have kept anyway changes nothing.
 */

/** Leads Sheets reads as a formula, an operator or an escape. */
const FORMULA_LEAD = /^[=+\-@']/;
/** A digit first, after signs, currency symbols, opening brackets or a decimal point. */
const NUMBER_LIKE = /^[\s+\-(]*[$€£¥₹]?[\s+\-(]*\.?\d/;
const BOOLEAN = /^\s*(true|false)\s*$/i;
/** "March 4", "Mar. 4, 2024", "Sept 2024". */
const MONTH_DATE = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d/i;

/** Whether Sheets could store `text`, written as it is, as something other than that text. */
export function sheetsMayConvert(text: string): boolean {
  return FORMULA_LEAD.test(text) || NUMBER_LIKE.test(text) || BOOLEAN.test(text) || MONTH_DATE.test(text);
}

/** The value to hand to setValue/setValues so the cell holds `text` as text. */
export function literalText(text: string): string {
  return text !== '' && sheetsMayConvert(text) ? `'${text}` : text;
}
