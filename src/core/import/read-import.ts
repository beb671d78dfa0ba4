/**
 * Reads the files a user brings in, whatever tool wrote them: the format is
 * detected from the content, never from the file name (downloads get
 * renamed). JSON holding Protocols rules or a Typewriter plan, CSV in the
 * columns of Segment, Amplitude Data or Avo, and rudder-cli YAML (whose
 * files of one project are read together, since a plan references the
 * events and properties files).
 */
import { UserError } from '../errors';
import { isAmplitudeCsv, readAmplitudeCsv } from './amplitude-csv';
import { isAvoCsv, readAvoCsv } from './avo-csv';
import { CsvError, parseCsv } from '../csv-text';
import { CsvTable } from './csv-table';
import { looksLikeTypewriter, readProtocols, readTypewriter, rulesOf, isTypewriterV7 } from './protocols';
import { isRudderDocument, readRudderYaml } from './rudderstack-yaml';
import { readSegmentCsv } from './segment-csv';
import { isSegmentCsv } from '../segment-csv-tabs';
import { type ImportedPlan } from './types';

export interface ImportFile {
  name: string;
  content: string;
}

export interface ReadOptions {
  /** Parses YAML text into its documents; without it YAML files are refused with a message. */
  parseYaml?: (text: string) => unknown[];
}

const FORMATS_SENTENCE =
  'Segment Protocols rules JSON, a Typewriter plan.json, a CSV exported from Segment, Amplitude Data or Avo, or RudderStack rudder-cli YAML';

/** rudder-cli files start with `version: rudder/...` and a `kind:`. */
export function looksLikeRudderYaml(content: string): boolean {
  return /^\s*version\s*:\s*["']?rudder\//m.test(content) && /^\s*kind\s*:/m.test(content);
}

function readJson(file: ImportFile): ImportedPlan {
  let value: unknown;
  try {
    value = JSON.parse(file.content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(`${file.name} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (isTypewriterV7(value) || (rulesOf(value) && looksLikeTypewriter(value))) return readTypewriter(value, file.name);
  if (rulesOf(value)) return readProtocols(value, file.name);
  throw new UserError(
    `${file.name} is JSON but holds no tracking-plan rules: expected Protocols rules ({"rules": [...]} or the API's {"data": {"rules": [...]}}) or a Typewriter plan.json.`,
  );
}

/** The rows of an import's CSV that hold anything; an unterminated quote is refused, never read as one long cell. */
function csvRows(file: ImportFile): string[][] {
  try {
    return parseCsv(file.content).filter((row) => row.some((cell) => cell.trim() !== ''));
  } catch (error) {
    if (error instanceof CsvError) throw new UserError(`Could not read ${file.name}, ${error.message}. Fix the quote, or export the file again.`);
    throw error;
  }
}

function readCsv(file: ImportFile): ImportedPlan {
  const table = new CsvTable(csvRows(file));
  // Known by the same columns as lint knows it (in the first row here: other tools' exports have no title band).
  if (isSegmentCsv([table.header])) return readSegmentCsv(table, file.name);
  if (isAmplitudeCsv(table)) return readAmplitudeCsv(table, file.name);
  if (isAvoCsv(table)) return readAvoCsv(table, file.name);
  const header = table.header
    .filter((h) => h)
    .slice(0, 8)
    .join(', ');
  throw new UserError(`${file.name} is not a tracking plan this can import${header ? ` (its columns: ${header})` : ''}. Import ${FORMATS_SENTENCE}.`);
}

function isBinary(content: string): boolean {
  return content.includes('\u0000') || /^PK\u0003\u0004/.test(content);
}

/** Reads every file; the YAML files of one rudder-cli project become one import. */
export function readImportFiles(files: readonly ImportFile[], options: ReadOptions = {}): ImportedPlan[] {
  const plans: ImportedPlan[] = [];
  const yamlDocs: unknown[] = [];
  const yamlNames: string[] = [];
  for (const file of files) {
    const content = file.content;
    if (isBinary(content)) throw new UserError(`${file.name} is not a text file. Import ${FORMATS_SENTENCE}.`);
    if (!content.trim()) throw new UserError(`${file.name} is empty.`);
    const start = content.replace(/^\uFEFF/, '').trimStart()[0];
    if (start === '{' || start === '[') plans.push(readJson(file));
    else if (looksLikeRudderYaml(content)) {
      if (!options.parseYaml) {
        throw new UserError(
          `${file.name} is RudderStack YAML, which the sidebar does not read: run "npx tracking-plan import ${file.name} --base plan.xlsx -o plan.xlsx" on your computer, or export the plan as JSON.`,
        );
      }
      let docs: unknown[];
      try {
        docs = options.parseYaml(content);
      } catch (error) {
        throw new UserError(`${file.name} is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
      }
      yamlDocs.push(...docs.filter(isRudderDocument));
      yamlNames.push(file.name);
    } else plans.push(readCsv(file));
  }
  if (yamlNames.length) plans.push(readRudderYaml(yamlDocs, yamlNames.join(', ')));
  return plans;
}
