/**
 * YAML for the command line's import of rudder-cli files. The parser is a
 * CLI-only dependency: the Apps Script bundle stays free of it, and the
 * sidebar asks for RudderStack YAML to be imported from the command line.
 */
import { parseAllDocuments } from 'yaml';

/** Every document of a YAML text as plain data; the first syntax error is thrown with its line. */
export function parseYamlDocuments(text: string): unknown[] {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return [];
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) throw new Error(error.message);
  }
  return docs.map((d) => d.toJS({ maxAliasCount: 100 }));
}
