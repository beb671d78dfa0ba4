/**
 * A1 notation: column letters and cell references as Sheets writes them.
 */

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" -> 1, "aa" -> 27. */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "C12" for row 12, column 3. */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** A reference with its tab, the tab name quoted when it is not a plain word: 'Track (Custom)'!C12, Goals!A2. */
export function tabReference(tab: string, a1: string): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(tab) ? tab : `'${tab.replace(/'/g, "''")}'`;
  return `${name}!${a1}`;
}

/** 'Track (Custom)'!C12 for row 12, column 3 of that tab. */
export function cellReference(tab: string, row: number, column: number): string {
  return tabReference(tab, cellA1(row, column));
}
