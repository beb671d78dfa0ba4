/**
 * 50,000-character names (Sheets' cell limit) shaped to trip a slow regular
 * expression: test/core/check.test.ts checks that every target reads them,
 * bench/names.bench.ts times them (a timing is never asserted in a test).
 */
export const LONG_NAMES: [label: string, text: string][] = [
  ['letters', 'a'.repeat(50000)],
  ['spaces', `a${' '.repeat(49998)}b`],
  ['digits', '1'.repeat(50000)],
  ['hex', 'ab'.repeat(24999) + 'g'],
  ['dashes', '-'.repeat(49999) + 'x'],
  ['separators', ' - a'.repeat(12500)],
  ['at signs', 'a@'.repeat(25000)],
  ['half e-mail', `${'a'.repeat(25000)}@${'b'.repeat(24999)}`],
  ['braces', '{'.repeat(50000)],
  ['open brackets', '(a'.repeat(25000)],
  ['angle brackets', '<a'.repeat(25000)],
  ['quotes', `"${'a '.repeat(24999)}`],
  ['apostrophes', " 'a".repeat(16666)],
  ['slashes', 'a/'.repeat(25000)],
  ['colons', ':a '.repeat(16666)],
  ['dates', '1-1-'.repeat(12500)],
  ['months', 'May '.repeat(12500)],
  ['camel', 'aB'.repeat(25000)],
  ['underscores', 'a_'.repeat(25000)],
  ['unicode', 'É🙂'.repeat(16666)],
];
