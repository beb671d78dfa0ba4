/** Shared by the import tests: import files onto sheet values and read the plan back, as the CLI does. */
import { parseYamlDocuments } from '../../../src/cli/yaml-documents';
import { importIntoSheets, readImportFiles, type ImportFile } from '../../../src/core/import';
import { parsePlan, type SheetData } from '../../../src/core/parse';
import { type Plan } from '../../../src/core/plan';
import { splitAllowedValues, splitPath } from '../../../src/core/export/json-schema';
import { eventName } from '../../../src/core/export/protocols';

export const parseYaml = parseYamlDocuments;

export function importFiles(sheets: readonly SheetData[], files: ImportFile[]) {
  const result = importIntoSheets(sheets, readImportFiles(files, { parseYaml }));
  return { ...result, plan: parsePlan(result.sheets) };
}

/** A path with one spelling: `products[].sku` and `products.$.sku` alike. */
function canonicalPath(name: string): string {
  return splitPath(name)
    .map((s) => (s.array ? `${s.name}.$` : s.name))
    .join('.');
}

interface FieldShape {
  name: string;
  required: boolean;
  allowedValues: string[];
  description: string;
}

function field(row: { name: { text: string }; required: boolean; allowedValues?: { text: string }; description?: { text: string } }): FieldShape {
  return {
    name: canonicalPath(row.name.text),
    required: row.required,
    allowedValues: splitAllowedValues(row.allowedValues?.text),
    description: (row.description?.text ?? '').trim(),
  };
}

/** What every format carries: events (first of a repeated name), their property rows, traits; no row positions. */
export function planShape(plan: Plan, parts: { traits: boolean } = { traits: true }) {
  const seen = new Set<string>();
  const events = [];
  for (const event of plan.events) {
    const name = eventName(event.name.text);
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    events.push({ name, description: (event.firesWhen?.text ?? '').trim(), properties: event.properties.map(field) });
  }
  return parts.traits ? { events, identify: plan.identify.map(field), group: plan.group.map(field) } : { events };
}
