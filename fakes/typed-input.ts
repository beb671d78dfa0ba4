/**
 * How Sheets reads a string written with setValue/setValues: like text typed
 * into a cell (the Sheets API calls it USER_ENTERED: "strings may be
 * converted to numbers, dates, etc. following the same rules that are
 * applied when entering text into a cell via the Google Sheets UI",
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption;
 * Sheets Help "Format numbers in a spreadsheet",
 * https://support.google.com/docs/answer/56470). The cases below are the
 * en_US locale's (the fake's); fakes/ASSUMPTIONS.md lists them and
 * fakes/confirm-assumptions.gs checks them in a real spreadsheet.
 *
 *   '42', '-1.5', '.5', '007', '1e5', '+3'   numbers
 *   '1,000', '1,234,567.5'                   numbers (groups of three digits)
 *   '50%', '5.5%'                            numbers / 100
 *   '$5', '-$5', '$1,000.50'                 numbers (currency)
 *   'TRUE', 'false'                          booleans
 *   '3/4/2024', '3/4/24', '3/4', '2024-01-31', '2024/1/31', '3-4-2024',
 *   'March 4, 2024', 'Mar 4 2024', '4 March 2024', 'March 4'
 *                                            dates (M/D: month first; no year: this year)
 *   '12:30', '12:30:15', '1:30 PM', '3/4/2024 12:30'
 *                                            times (on 1899-12-30) and date-times
 *
 * What is not a valid date or time (13/45/2024, 25:00, 1,00) stays text.
 */
import type { CellValue } from './a1';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function toNumber(text: string): number | undefined {
  if (!NUMBER.test(text) || !/\d/.test(text.replace(/[eE][+-]?\d+$/, ''))) return undefined;
  // A grouped number may not carry an exponent ("1,000e5" is text).
  if (text.includes(',') && /[eE]/.test(text)) return undefined;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

function validDate(year: number, month: number, day: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

function fullYear(text: string | undefined): number {
  if (text === undefined) return new Date().getFullYear();
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function monthOf(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  if (i < 0) return undefined;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i];
  const lower = name.toLowerCase().replace(/\.$/, '');
  return full.startsWith(lower) && lower.length >= 3 ? i + 1 : undefined;
}

function toDate(text: string): Date | undefined {
  let m = /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(text);
  if (m) return validDate(fullYear(m[4]), Number(m[1]), Number(m[3]));
  m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:,?\s+(\d{4}))?$/.exec(text);
  if (m && monthOf(m[1])) return validDate(fullYear(m[3]), monthOf(m[1])!, Number(m[2]));
  m = /^(\d{1,2})\s+([A-Za-z]+\.?)(?:,?\s+(\d{4}))?$/.exec(text);
  if (m && monthOf(m[2])) return validDate(fullYear(m[3]), monthOf(m[2])!, Number(m[1]));
  return undefined;
}

/** Hours, minutes and seconds of a time, or undefined. */
function toTime(text: string): [number, number, number] | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$/.exec(text);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes > 59 || seconds > 59) return undefined;
  if (m[4]) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  } else if (hours > 23) return undefined;
  return [hours, minutes, seconds];
}

/** The value Sheets stores for typed text, or undefined when it stays text. */
export function typedValue(raw: string): CellValue | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  const number = toNumber(text);
  if (number !== undefined) return number;
  let m = /^([+-]?)\$([+-]?)([\d,.]+)$/.exec(text);
  if (m && !(m[1] && m[2])) {
    const n = toNumber(m[3]);
    if (n !== undefined) return (m[1] === '-' || m[2] === '-' ? -1 : 1) * n;
  }
  m = /^(.+?)\s*%$/.exec(text);
  if (m) {
    const n = toNumber(m[1]);
    if (n !== undefined) return n / 100;
  }
  const date = toDate(text);
  if (date) return date;
  const time = toTime(text);
  if (time) return new Date(1899, 11, 30, ...time);
  m = /^(\S+(?:\s+\S+,?\s+\d{4})?)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)$/.exec(text);
  if (m) {
    const day = toDate(m[1]);
    const at = toTime(m[2]);
    if (day && at) return new Date(day.getFullYear(), day.getMonth(), day.getDate(), ...at);
  }
  return undefined;
}
