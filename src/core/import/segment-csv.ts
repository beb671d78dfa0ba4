/**
 * Segment's tracking-plan CSV, in the columns of Segment's CSV upload (the
 * ones our CSV export writes, see src/core/export/csv.ts): Event Type
 * (Track, Identify, Group, Page, Screen), Event Name, Property Name,
 * Description, Labels, Property Data Type (Segment's type names: string,
 * int, float, bool, object, array, any, null; comma-separated for a union),
 * Required (or, in older files, a `required:true` label) and Enum Values
 * (or Allowed Property Values). In a file with a Required column, a
 * trailing `null` on an optional field is Segment's (and Avo's) way of
 * saying "optional", not part of its type. An event's own row has no
 * Property Name; its property rows repeat the Event Name.
 */
import { type CsvTable, listCell, yes } from './csv-table';
import { emptyImport, type ImportedEvent, type ImportedField, type ImportedPage, type ImportedPlan, typeWord, unionText } from './types';
import { plural } from '../counts';

export function isSegmentCsv(table: CsvTable): boolean {
  return table.has('event type') && table.has('event name') && table.has('property name');
}

function dataType(cell: string, optionalMarker: boolean): string {
  const words = listCell(cell);
  // A lone `null` on an optional field is an untyped field; `null,null` a field typed Null.
  if (optionalMarker && words.length && words[words.length - 1].toLowerCase() === 'null') words.pop();
  return unionText(words.map(typeWord));
}

function required(labels: string): boolean {
  return listCell(labels).some((l) => /^required\s*:\s*true$/i.test(l));
}

/** The `spec:<name>` label our export puts on an event's row. */
function specLabel(labels: string): string | undefined {
  const label = listCell(labels).find((l) => /^spec\s*:/i.test(l));
  return label ? label.replace(/^spec\s*:\s*/i, '').trim() || undefined : undefined;
}

export function readSegmentCsv(table: CsvTable, source: string): ImportedPlan {
  const plan = emptyImport(source, 'segment-csv');
  const events = new Map<string, ImportedEvent>();
  const pages = new Map<string, ImportedPage>();
  let ignored = 0;
  const requiredColumn = table.has('Required');
  for (const row of table.rows) {
    const kind = table.cell(row, 'Event Type').toLowerCase();
    const name = table.cell(row, 'Event Name');
    const property = table.cell(row, 'Property Name');
    const description = table.cell(row, 'Description');
    const isRequired = required(table.cell(row, 'Labels')) || yes(table.cell(row, 'Required'));
    const field = (): ImportedField => ({
      name: property,
      type: dataType(table.cell(row, 'Property Data Type'), requiredColumn && !isRequired),
      required: isRequired,
      allowedValues: listCell(table.cell(row, 'Enum Values') || table.cell(row, 'Allowed Property Values')),
      description,
    });
    if (kind === 'track' && name) {
      let event = events.get(name);
      if (!event) {
        event = { name, description: '', properties: [] };
        events.set(name, event);
        plan.events.push(event);
      }
      if (property) event.properties.push(field());
      else {
        if (description) event.description = description;
        const spec = specLabel(table.cell(row, 'Labels'));
        if (spec) event.spec = spec;
      }
    } else if ((kind === 'identify' || kind === 'group') && property) {
      (kind === 'identify' ? plan.identify : plan.group).push(field());
    } else if ((kind === 'page' || kind === 'screen') && name) {
      const key = `${kind}:${name}`;
      let page = pages.get(key);
      if (!page) {
        page = { name, method: kind === 'page' ? 'Page' : 'Screen', properties: [], description: '' };
        pages.set(key, page);
        plan.pages.push(page);
      }
      if (property) page.properties.push(property);
      else if (description) page.description = description;
    } else if (kind || name || property) ignored++;
  }
  if (ignored) plan.notes.push(`${plural(ignored, 'row')} with no event type or name ${ignored === 1 ? 'was' : 'were'} left out.`);
  return plan;
}
