/**
 * Amplitude Data's tracking-plan CSV (Data > Events > export; the columns are
 * defined in https://amplitude.com/docs/data/csv-import-export/file-schema):
 * an event's row has Object Type "Event" and its name in Object Name; the
 * rows of its properties follow it, with Property Type "Event Property" (or
 * Object Type "Event Property") and the name in Event Property Name.
 * Property columns: Property Value Type (string, number, boolean, enum,
 * const, any), Number Is Integer, Property Required, Property Is Array,
 * Enum Values, Const Value, Property Regex (a date-time pattern reads as
 * Date) and a description. The user properties file has the same property
 * columns and a Property Name; its rows go to Identify.
 */
import { type CsvTable, listCell } from './csv-table';
import { isRequired } from '../parse';
import { SPEC_NAMES } from '../template';
import { emptyImport, type ImportedEvent, type ImportedField, type ImportedPlan, typeWord } from './types';
import { plural } from '../counts';

/** Amplitude's events file has Object Type; its user properties file has value types but no event column (Avo's has). */
export function isAmplitudeCsv(table: CsvTable): boolean {
  return (
    table.has('object type', 'event property name') || (table.has('property value type') && table.has('property name') && !table.has('event name', 'event'))
  );
}

function field(table: CsvTable, row: string[], name: string): ImportedField {
  const valueType = table.cell(row, 'Property Value Type', 'Property Data Type', 'Value Type').toLowerCase();
  const constant = table.cell(row, 'Const Value');
  let allowedValues = listCell(table.cell(row, 'Enum Values', 'Property Enum Values'));
  let base = typeWord(valueType);
  // Amplitude's enum and const are strings restricted to a list; the sheet says that with Allowed Values.
  if (valueType === 'enum') base = 'String';
  if (valueType === 'const') {
    base = 'String';
    if (constant) allowedValues = [constant];
  }
  if (isRequired(table.cell(row, 'Number Is Integer')) && (base === 'Number' || valueType === 'enum')) base = 'Integer';
  if (base === 'String' && /\\d\{4\}-\\d\{2\}-\\d\{2\}T/.test(table.cell(row, 'Property Regex'))) base = 'Date';
  const array = isRequired(table.cell(row, 'Property Is Array', 'Is Array'));
  return {
    name,
    type: array ? (base ? `Array[${base}]` : 'Array') : base,
    required: isRequired(table.cell(row, 'Property Required', 'Required', 'Is Required')),
    allowedValues,
    description: table.cell(row, 'Property Description', 'Object Description', 'Description'),
  };
}

export function readAmplitudeCsv(table: CsvTable, source: string): ImportedPlan {
  const plan = emptyImport(source, 'amplitude-csv');
  const events = new Map<string, ImportedEvent>();
  const seenTraits = new Set<string>();
  let current: ImportedEvent | undefined;
  let groups = 0;
  const hasObjectType = table.has('object type');
  for (const row of table.rows) {
    const propertyType = table.cell(row, 'Property Type').toLowerCase();
    const objectType = (hasObjectType ? table.cell(row, 'Object Type').toLowerCase() : '') || propertyType || (hasObjectType ? '' : 'user property');
    const objectName = table.cell(row, 'Object Name', 'Property Name');
    const propertyName = table.cell(row, 'Event Property Name');
    if (objectType === 'event') {
      if (!objectName) continue;
      current = events.get(objectName);
      if (!current) {
        current = { name: objectName, description: table.cell(row, 'Object Description', 'Event Description', 'Description'), properties: [] };
        const tags = listCell(table.cell(row, 'Tags'));
        const spec = tags.find((t) => (SPEC_NAMES as readonly string[]).includes(t));
        if (spec) current.spec = spec;
        events.set(objectName, current);
        plan.events.push(current);
      }
    } else if (objectType === 'event property') {
      const name = propertyName || objectName;
      if (name && current && !current.properties.some((p) => p.name === name)) current.properties.push(field(table, row, name));
    } else if (objectType === 'user property') {
      const name = objectName || propertyName;
      if (name && !seenTraits.has(name)) {
        seenTraits.add(name);
        plan.identify.push(field(table, row, name));
      }
    } else if (objectType.startsWith('property group')) {
      groups++;
    }
  }
  if (groups) plan.notes.push(`${plural(groups, 'property group row')} left out: the sheet lists each event's properties instead.`);
  return plan;
}
