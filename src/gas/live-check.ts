/**
 * The simple onEdit trigger: re-checks the tab an edit touched and rewrites
 * only the Checks cells that changed. A simple trigger runs without
 * authorization and within 30 seconds, so it uses nothing but SpreadsheetApp
 * on the edited spreadsheet and PropertiesService: no lock, no UI. The
 * edited tab is read whole and checked whole (a rename can create or end a
 * duplicate anywhere in it); Goals and Track are read together only when the
 * edit can change the findings that compare them.
 */
import { check } from '../core/check';
import { findHeader } from '../core/header';
import { withUnseen } from '../core/coverage/unseen';
import { CROSS_TAB_RULES, editBoxFromA1, editIsOnlyInChecksColumn, editNeedsOtherTab, planTabMarks } from '../core/marks';
import { kindOfAlias, kindOfTemplateName } from '../core/plan-tabs';
import { type TabKind, tabDef } from '../core/template';
import { findTabs, planFromTabs, readSheetValues, type TabHandle } from './gateway';
import { writeChecksCells, writeTabMarks } from './marks-writer';
import { findOwnedColumn } from './ownership';
import { activeSpreadsheet, appsScriptServices } from './services';
import { DocumentStore } from './settings-store';

export interface LiveServices {
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  propertiesService: GoogleAppsScript.Properties.PropertiesService;
}

export function liveCheck(services: LiveServices, e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e && e.range;
  if (!range) return;
  const sheet = range.getSheet();
  const name = sheet.getName();
  const kind = kindOfTemplateName(name) ?? kindOfAlias(name);
  if (!kind) return;
  const box = editBoxFromA1(range.getA1Notation());
  if (!box) return;
  const values = readSheetValues(sheet);
  const header = findHeader(tabDef(kind), values);
  if (!header) return;
  const store = new DocumentStore(services.propertiesService);
  const state = store.read();
  // An edit on a plan tab can change what an open sidebar shows: move the stamp it polls
  // (one call, and none while an earlier change is still unseen).
  store.touchUnlessPending();
  // Checks are off (never run, or cleared): an edit adds no marks.
  if (!state.marks) return;
  const spreadsheet = e.source || activeSpreadsheet(services);
  // A tab named like a plan tab that Check does not use (an older "Track" beside "Track (Custom)") gets no marks.
  if (!kindOfTemplateName(name)) {
    const used = findTabs(spreadsheet, [kind])[kind];
    if (!used || used.sheet.getSheetId() !== sheet.getSheetId()) return;
  }
  const ownedColumn = findOwnedColumn(sheet, 'checks') ?? undefined;
  if (editIsOnlyInChecksColumn(box, ownedColumn)) return;

  const handles: TabHandle[] = [{ kind, sheet, name, values }];
  if (editNeedsOtherTab(kind, box, header.row, header.columns)) {
    const otherKind: TabKind = kind === 'goals' ? 'track' : 'goals';
    const other = findTabs(spreadsheet, [otherKind])[otherKind];
    if (other) handles.push({ kind: otherKind, sheet: other.sheet, name: other.name, values: other.values ?? readSheetValues(other.sheet) });
  }
  const plan = planFromTabs(handles);
  const findings = withUnseen(check(plan, state.settings), plan, state.unseen);
  // Without the other tab, the Goals-against-Track marks stay as the last check left them.
  const keepRules = handles.length > 1 ? undefined : CROSS_TAB_RULES;

  let marksState = state.marks;
  for (const handle of handles) {
    const tab = plan.tabs[handle.kind];
    if (!tab || tab.sheetName !== handle.name) continue;
    const column = handle.sheet === sheet ? ownedColumn : (findOwnedColumn(handle.sheet, 'checks') ?? undefined);
    const marks = planTabMarks(findings, { name: handle.name, headerRow: tab.header.row, values: handle.values, ownedColumn: column }, { keepRules });
    if (!marks) continue;
    if (marks.isNewColumn || marks.adopt) {
      // The first problem on a tab that had none: add its column and highlight rules, as Check would.
      const known = marksState.tabs[handle.name];
      marksState = { tabs: { ...marksState.tabs, [handle.name]: writeTabMarks(services.spreadsheetApp, handle.sheet, marks, known, tab.header.row) } };
    } else {
      writeChecksCells(handle.sheet, marks);
    }
  }
  if (marksState !== state.marks) store.saveCheck({ marks: marksState });
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    liveCheck(appsScriptServices(), e);
  } catch (error) {
    // A simple trigger has no one to tell; the Executions log keeps the details.
    console.error(error);
  }
}
