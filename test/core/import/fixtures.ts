/** Reads a file of test/fixtures/import as an import file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ImportFile } from '../../../src/core/import';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'import');

export function fixture(name: string): ImportFile {
  return { name, content: readFileSync(join(FIXTURES, name), 'utf8') };
}
