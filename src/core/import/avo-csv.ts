/**
 * Avo's tracking-plan CSV, in the columns of Avo's "Ultimate Tracking Plan
 * Template" (avohq/docs, "Import a CSV of Your Existing Tracking Plan";
 * https://www.avo.app/docs/workspace/tracking-plan/importing): one row per
 * event property naming its event (an event with no properties has a row
 * of its own), with Event Name, Event Description, Property Name, Property
 * Description, Property Value Type (string, int, float, bool, object, any),
 * Is Property Required?, Is Property Array?, Property Enumeration Options,
 * Property Type (Event, User or System property; user properties go to
 * Identify, group properties to Group) and Event Tags. Columns are found by
 * caption, and the spellings of other Avo exports are accepted too.
 */
import { type CsvTable, listCell } from './csv-table';
import { isRequired } from '../parse';
import { emptyImport, type ImportedEvent, type ImportedField, type ImportedPlan, typeWord } from './types';

const EVENT = ['Event Name', 'Event'];
const PROPERTY = ['Property Name', 'Property'];

export function isAvoCsv(table: CsvTable): boolean {
  return table.has(...EVENT) && table.has(...PROPERTY);
}

/** "Event", "User property", "System", "Group Property" are kinds, not value types. */
function isKind(cell: string): boolean {
  return /^(event|user|system|group)(\s+property)?$/i.test(cell.trim());
}

function field(table: CsvTable, row: string[]): ImportedField {
  const typeCell = table.cell(row, 'Property Value Type') || (isKind(table.cell(row, 'Property Type')) ? '' : table.cell(row, 'Property Type', 'Type'));
  const base = typeWord(typeCell);
  const list = isRequired(table.cell(row, 'Is Property Array?', 'Property Is List', 'Is List', 'Property Is Array'));
  return {
    name: table.cell(row, ...PROPERTY),
    type: list ? (base ? `Array[${base}]` : 'Array') : base,
    required: isRequired(table.cell(row, 'Is Property Required?', 'Property Presence', 'Property Required', 'Required')),
    allowedValues: listCell(table.cell(row, 'Property Enumeration Options', 'Property Allowed Values', 'Allowed Values', 'Enum Values')),
    description: table.cell(row, 'Property Description'),
  };
}

/** `Spec:Ecommerce v2` in Event Tags, as our Avo export tags the events it took from a spec. */
function specTag(cell: string): string | undefined {
  const tag = listCell(cell).find((t) => /^spec\s*:/i.test(t));
  return tag ? tag.replace(/^spec\s*:\s*/i, '').trim() || undefined : undefined;
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
        const spec = specTag(table.cell(row, 'Event Tags', 'Tags'));
        if (spec) current.spec = spec;
        events.set(name, current);
        plan.events.push(current);
      }
    }
    const property = field(table, row);
    if (!property.name) continue;
    // Where the property is sent: Sent As in some exports, Property Type (Event, User, System) in the template.
    const typeColumn = table.cell(row, 'Property Type');
    const kind = (table.cell(row, 'Property Sent As', 'Sent As', 'Property Kind') || (isKind(typeColumn) ? typeColumn : '')).toLowerCase();
    const traitTab = /user/.test(kind) ? 'identify' : /group/.test(kind) ? 'group' : undefined;
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
