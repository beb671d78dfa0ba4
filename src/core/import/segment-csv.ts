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
import { type CsvTable, listCell } from './csv-table';
import { emptyImport, type ImportedEvent, type ImportedField, type ImportedPage, type ImportedPlan } from './types';
import { segmentRequired, segmentType, specLabel } from '../segment-csv-tabs';
import { plural } from '../counts';

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
    const required = segmentRequired(requiredColumn ? table.cell(row, 'Required') : undefined, table.cell(row, 'Labels'));
    const field = (): ImportedField => ({
      name: property,
      type: segmentType(table.cell(row, 'Property Data Type'), required, requiredColumn),
      required,
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
