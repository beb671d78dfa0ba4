/**
 * Avo's tracking-plan CSV export (https://www.avo.app/docs/workspace/tracking-plan/importing
 * lists the formats Avo reads and writes): one row per event property, the
 * event's columns repeated on each (or left blank below the event's first
 * row). Columns are found by caption: Event Name, Event Description,
 * Property Name, Property Type, Property Description, Property Presence
 * ("Always sent" is required) or Property Required, Property Is List,
 * Property Allowed Values, and Property Sent As (event, user or group
 * property; user properties go to Identify, group properties to Group).
 */
import { CsvTable, listCell, yes } from './csv-table';
import { emptyImport, ImportedEvent, ImportedField, ImportedPlan, typeWord } from './types';

const EVENT = ['Event Name', 'Event'];
const PROPERTY = ['Property Name', 'Property'];

export function isAvoCsv(table: CsvTable): boolean {
  return table.has(...EVENT) && table.has(...PROPERTY);
}

function field(table: CsvTable, row: string[]): ImportedField {
  const base = typeWord(table.cell(row, 'Property Type', 'Property Value Type', 'Type'));
  const list = yes(table.cell(row, 'Property Is List', 'Is List', 'List'));
  return {
    name: table.cell(row, ...PROPERTY),
    type: list ? (base ? `Array[${base}]` : 'Array') : base,
    required: yes(table.cell(row, 'Property Presence', 'Presence', 'Property Required', 'Required')),
    allowedValues: listCell(table.cell(row, 'Property Allowed Values', 'Allowed Values', 'Property Enum Values', 'Enum Values')),
    description: table.cell(row, 'Property Description'),
  };
}

export function readAvoCsv(table: CsvTable, source: string): ImportedPlan {
  const plan = emptyImport(source, 'avo-csv');
  const events = new Map<string, ImportedEvent>();
  const traits = { identify: new Set<string>(), group: new Set<string>() };
  let current: ImportedEvent | undefined;
  for (const row of table.rows) {
    const name = table.cell(row, ...EVENT);
    if (name) {
      current = events.get(name);
      if (!current) {
        current = { name, description: table.cell(row, 'Event Description', 'Description'), properties: [] };
        events.set(name, current);
        plan.events.push(current);
      }
    }
    const property = field(table, row);
    if (!property.name) continue;
    const sentAs = table.cell(row, 'Property Sent As', 'Sent As', 'Property Kind', 'Property Send As').toLowerCase();
    const traitTab = /user/.test(sentAs) ? 'identify' : /group/.test(sentAs) ? 'group' : undefined;
    if (traitTab) {
      // A user property is listed under every event that updates it: it is one trait.
      if (!traits[traitTab].has(property.name)) plan[traitTab].push(property);
      traits[traitTab].add(property.name);
    } else if (current && !current.properties.some((p) => p.name === property.name)) {
      current.properties.push(property);
    }
  }
  return plan;
}
