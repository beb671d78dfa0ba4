/**
 * Reads one tab downloaded as text: Sheets' CSV (comma, UTF-8) and what
 * other tools write for the same tab: semicolon-separated CSV (Excel in
 * locales with a decimal comma), tab-separated (.tsv, also a Sheets
 * download option), UTF-16 with a byte-order mark (Excel's "Unicode Text").
 * What cannot be read faithfully (an unterminated quote, text that is not
 * UTF-8) is refused with advice, never guessed at.
 */
import { findHeader } from '../core/header';
import { UserError } from '../core/errors';
import { TEMPLATE } from '../core/template';
import { CsvError, type Delimiter, parseCsv } from '../core/csv-text';

/** Decodes the bytes of a text file, or refuses them with advice on how to save it. */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 4096);
  const zeros = sample.filter((b) => b === 0).length;
  if (zeros > 0) {
    // UTF-16 without a byte-order mark: ASCII text has a zero in every other byte.
    let even = 0;
    let odd = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? odd++ : even++;
    if (zeros * 3 >= sample.length) {
      if (odd > even * 4) return new TextDecoder('utf-16le').decode(bytes);
      if (even > odd * 4) return new TextDecoder('utf-16be').decode(bytes);
    }
    throw new UserError(`Could not read ${path}: it is neither an .xlsx workbook nor a CSV text file.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(
      `Could not read ${path}: it is not UTF-8 text (probably saved in a Windows or Mac encoding, which would garble accented names). ` +
        'Download the tab from Google Sheets with File > Download > Comma-separated values, or in Excel save it as "CSV UTF-8".',
    );
  }
}

/** Whether rows hold the header of any template tab in their first 20 rows. */
function holdsHeader(rows: readonly string[][]): boolean {
  return TEMPLATE.some((def) => findHeader(def, rows) !== undefined);
}

/**
 * The delimiter a file uses: the one whose first rows hold a template tab's
 * header; failing that, the one that splits the first non-blank line into
 * the most fields. A .tsv tries tabs first.
 */
export function sniffDelimiter(text: string, path: string): Delimiter {
  const order: Delimiter[] = /\.tsv$/i.test(path) ? ['\t', ',', ';'] : [',', ';', '\t'];
  const samples = order.map((delimiter) => ({ delimiter, rows: parseCsv(text.slice(0, 1 << 16), { delimiter, maxRows: 20 }) }));
  const recognised = samples.find((s) => holdsHeader(s.rows));
  if (recognised) return recognised.delimiter;
  const width = (rows: string[][]) => rows.find((r) => r.some((c) => c.trim() !== ''))?.length ?? 0;
  let best = samples[0];
  for (const s of samples) if (width(s.rows) > width(best.rows)) best = s;
  return best.delimiter;
}

/** The rows of a CSV, TSV or semicolon-separated file's text; an unreadable one is a UserError naming the line. */
export function readDelimited(text: string, path: string): string[][] {
  const delimiter = sniffDelimiter(text, path);
  try {
    return parseCsv(text, { delimiter });
  } catch (error) {
    if (error instanceof CsvError) {
      throw new UserError(
        `Could not read ${path}, ${error.message}. Fix the quote, or download the tab again from Google Sheets (File > Download > Comma-separated values).`,
      );
    }
    throw error;
  }
}
