/**
 * Import a file from another tool (sidebar upload): reads the file in the
 * core, appends its events, traits and pages to the template tabs (creating
 * a tab the spreadsheet lacks), each event's property rows grouped under it,
 * and lists the names already in the plan as conflicts, never overwriting
 * them. Each tab is read once and written with one setValues; grouping costs
 * two calls per imported event that has properties, as in Insert spec events.
 */
import { UserError } from '../../core/errors';
import { IMPORT_TABS, importTarget, type ImportTabKind, type ImportTarget, layOutImport, readImportFiles } from '../../core/import';
import { parsePlan } from '../../core/parse';
import { tabLayout } from '../../core/setup';
import { tabDef } from '../../core/template';
import { type ImportFileDto, type ImportResultDto } from '../api-types';
import { findTabs, readSheetValues } from '../gateway';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet, type Services } from '../services';
import { appendRows, createTab, ValidationRules } from '../sheet-writer';
import { noun } from '../../core/counts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The largest file the sidebar sends, in characters. google.script.run
 * carries arguments of a few megabytes; a tracking plan's JSON or CSV is far
 * smaller, and the sidebar refuses a bigger file before sending it.
 */
export const MAX_IMPORT_CHARS = 4_000_000;

function fileOrError(file: unknown): ImportFileDto {
  const f = file as Partial<ImportFileDto> | null;
  if (!f || typeof f !== 'object' || typeof f.content !== 'string') throw new UserError('Choose a file to import.');
  const name = typeof f.name === 'string' && f.name.trim() ? f.name.trim().slice(0, 200) : 'The file';
  if (f.content.length > MAX_IMPORT_CHARS) {
    throw new UserError(
      `${name} is too large to import from the sidebar (over ${MAX_IMPORT_CHARS / 1_000_000} million characters): use "npx tracking-plan import" on your computer.`,
    );
  }
  return { name, content: f.content };
}

export function importPlanFile(services: Services, file: ImportFileDto): ImportResultDto {
  const upload = fileOrError(file);
  // The file is read (and refused if unreadable) before anything is locked or read from the sheet.
  const imports = readImportFiles([upload]);
  return withDocumentLock(services.lockService, () => {
    const spreadsheet = activeSpreadsheet(services);
    const found = findTabs(spreadsheet, IMPORT_TABS);
    const sheets = new Map<ImportTabKind, Sheet>();
    const targets = {} as Record<ImportTabKind, ImportTarget>;
    const read: { name: string; values: unknown[][] }[] = [];
    for (const kind of IMPORT_TABS) {
      const tab = found[kind];
      if (!tab) {
        targets[kind] = importTarget(kind);
        continue;
      }
      const values = readSheetValues(tab.sheet);
      sheets.set(kind, tab.sheet);
      read.push({ name: tab.name, values });
      // getSheetValues ends at the last row with content, formulas that show '' included.
      targets[kind] = importTarget(kind, { name: tab.name, values, lastUsedRow: values.length });
    }
    const layout = layOutImport(imports, parsePlan(read), targets);
    const created: string[] = [];
    let rules: ValidationRules | undefined;
    for (const append of layout.appends) {
      const kind = append.kind as ImportTabKind;
      let sheet = sheets.get(kind);
      if (!sheet) {
        rules = rules ?? new ValidationRules(services.spreadsheetApp);
        sheet = createTab(spreadsheet, tabLayout(tabDef(kind)), rules).sheet;
        sheets.set(kind, sheet);
        created.push(append.tab);
      }
      appendRows(sheet, append, services.spreadsheetApp.GroupControlTogglePosition.BEFORE);
    }
    const createdNote = created.length ? ` Created the ${created.join(', ')} ${noun(created.length, 'tab')}.` : '';
    return {
      message: layout.message + createdNote,
      counts: layout.counts,
      conflicts: layout.conflicts.map((c) => ({ tab: c.tab, row: c.row, column: c.column, a1: c.ref.replace(/^.*!/, ''), message: c.message })),
      notes: layout.notes,
    };
  });
}
