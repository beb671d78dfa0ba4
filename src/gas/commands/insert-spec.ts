/**
 * Insert spec events: appends a spec's events (all, or the ones picked in
 * the sidebar) that the plan lacks to the Track tab, each event's property
 * rows grouped under it. Also lists the specs and their events for the
 * sidebar's picker.
 */
import { UserError } from '../../core/errors';
import { findHeader } from '../../core/header';
import { columnLetters } from '../../core/a1';
import { fitValidation, type ValidationInfo } from '../../core/insert-validation';
import { chooseEvents, type InsertionPlan, lastFilledRow, planInsertion } from '../../core/insertion';
import { parsePlan } from '../../core/parse';
import { eventKey } from '../../core/plan';
import { tabLayout } from '../../core/setup';
import { findSpec, type Spec, SPECS } from '../../core/specs';
import { tabDef } from '../../core/template';
import { type MessageDto, type SpecListDto, type SpecPickerDto } from '../api-types';
import { findTabs, readSheetValues } from '../gateway';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet, type Services } from '../services';
import { DocumentStore } from '../settings-store';
import { appendRows, createTab, ValidationRules } from '../sheet-writer';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function specOrError(specId: unknown): Spec {
  const specs = SPECS.map((s) => s.name).join(', ');
  // google.script.run may hand over anything: only a string is worth quoting back.
  if (typeof specId !== 'string' || !specId.trim()) throw new UserError(`Choose a spec: ${specs}.`);
  const spec = findSpec(specId);
  if (!spec) throw new UserError(`There is no spec called "${specId}". The specs are ${specs}.`);
  return spec;
}

function eventNamesOrError(eventNames: unknown): string[] | undefined {
  if (eventNames === undefined || eventNames === null) return undefined;
  if (!Array.isArray(eventNames) || eventNames.some((n) => typeof n !== 'string')) {
    throw new UserError('Choose the events to insert by their names.');
  }
  return eventNames as string[];
}

interface TrackRead {
  sheet: Sheet;
  name: string;
  values: unknown[][];
}

function readTrack(services: Services): TrackRead | undefined {
  const tab = findTabs(activeSpreadsheet(services), ['track']).track;
  return tab ? { sheet: tab.sheet, name: tab.name, values: readSheetValues(tab.sheet) } : undefined;
}

function trackHeader(track: TrackRead) {
  const header = findHeader(tabDef('track'), track.values);
  if (!header) {
    throw new UserError(`The ${track.name} tab has no header row with "Event Name" and "Property Name" in its first 20 rows, so events cannot be added to it.`);
  }
  return header;
}

export function listSpecs(_services: Services): SpecListDto {
  return { specs: SPECS.map((s) => ({ id: s.id, name: s.name, eventCount: s.events.length })) };
}

export function listSpecEvents(services: Services, specId: string): SpecPickerDto {
  const spec = specOrError(specId);
  const track = readTrack(services);
  const inPlan = new Set<string>();
  if (track && findHeader(tabDef('track'), track.values)) {
    for (const event of parsePlan([{ name: track.name, values: track.values }]).events) inPlan.add(eventKey(event.name.text));
  }
  return {
    specId: spec.id,
    specName: spec.name,
    events: spec.events.map((e) => ({
      name: e.name,
      description: e.description,
      ...(e.category ? { category: e.category } : {}),
      propertyCount: e.properties.length,
      inPlan: inPlan.has(eventKey(e.name)),
    })),
  };
}

/**
 * getSheetValues(1, 1, -1, -1) ends at the sheet's last row with content:
 * a checkbox's FALSE counts there, and so does a formula that shows ''. A
 * FALSE is not the user's content, a formula is: below the last row with
 * text, the formulas are read (one call) so insertion never writes over one.
 */
function lastFormulaRow(track: TrackRead): number {
  const filled = lastFilledRow(track.values);
  const below = track.values.length - filled;
  if (below <= 0) return 0;
  const width = track.values.reduce((w, r) => Math.max(w, r.length), 0);
  if (!width) return 0;
  const formulas = track.sheet.getRange(filled + 1, 1, below, width).getFormulas();
  for (let r = formulas.length - 1; r >= 0; r--) if (formulas[r].some((f) => f !== '')) return filled + 1 + r;
  return 0;
}

function captionAt(track: TrackRead, headerRow: number, column: number): string {
  const text = String((track.values[headerRow - 1] ?? [])[column - 1] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text || `Column ${columnLetters(column)}`;
}

/**
 * The data validation of the cells Insert writes (one read over the block).
 * Rows added below the sheet's last row take the rules of that row, as
 * Sheets copies them. Each distinct rule is read once.
 */
function readValidation(sheet: Sheet, insertion: InsertionPlan): (ValidationInfo | null)[][] {
  const maxRows = sheet.getMaxRows();
  const count = insertion.rows.length;
  const width = insertion.rows[0].length;
  const first = Math.min(insertion.startRow, maxRows);
  const last = Math.min(insertion.startRow + count - 1, maxRows);
  const grid = sheet.getRange(first, insertion.startColumn, last - first + 1, width).getDataValidations();
  const known = new Map<object, ValidationInfo>();
  const info = (rule: GoogleAppsScript.Spreadsheet.DataValidation | null): ValidationInfo | null => {
    if (!rule) return null;
    let found = known.get(rule);
    if (!found) {
      if (rule.getAllowInvalid()) found = { strict: false, kind: 'other' };
      else {
        const criteria = String(rule.getCriteriaType());
        const args = rule.getCriteriaValues();
        if (criteria === 'VALUE_IN_LIST') found = { strict: true, kind: 'list', values: ((args[0] as unknown[]) ?? []).map((v) => String(v)), criteria };
        else if (criteria === 'CHECKBOX') found = { strict: true, kind: 'checkbox', criteria };
        else found = { strict: true, kind: 'other', criteria };
      }
      known.set(rule, found);
    }
    return found;
  };
  const out: (ValidationInfo | null)[][] = [];
  for (let i = 0; i < count; i++) {
    const row = grid[Math.min(insertion.startRow + i, maxRows) - first] ?? [];
    out.push(row.map(info));
  }
  return out;
}

/** Appends the spec's events (all of them, or only `eventNames`) to the Track tab. */
export function insertSpecEvents(services: Services, specId: string, eventNames?: string[]): MessageDto {
  const spec = specOrError(specId);
  const names = eventNamesOrError(eventNames);
  // Unknown names are refused before anything is locked or read.
  chooseEvents(spec, names);
  return withDocumentLock(services.lockService, () => {
    let track = readTrack(services);
    let created = '';
    if (!track) {
      const layout = tabLayout(tabDef('track'));
      const { sheet } = createTab(activeSpreadsheet(services), layout, new ValidationRules(services.spreadsheetApp));
      track = { sheet, name: layout.name, values: [layout.header] };
      created = `There was no ${layout.name} tab, so it was created. `;
    }
    const header = trackHeader(track);
    const plan = parsePlan([{ name: track.name, values: track.values }]);
    const insertion = planInsertion(plan, header, track.values, spec, names, lastFormulaRow(track));
    if (insertion.rows.length) {
      const fit = fitValidation(insertion.rows, readValidation(track.sheet, insertion), insertion.startRow, insertion.startColumn, (c) =>
        captionAt(track, header.row, c),
      );
      if (!fit.ok) throw new UserError(fit.message);
      insertion.rows = fit.rows;
    }
    appendRows(track.sheet, insertion, services.spreadsheetApp.GroupControlTogglePosition.BEFORE);
    if (insertion.rows.length) {
      // Show the user what arrived: select the new rows, which brings them into view (three calls).
      track.sheet.activate();
      track.sheet.getRange(insertion.startRow, insertion.startColumn, insertion.rows.length, insertion.rows[0].length).activate();
    }
    // The open sidebar's counts follow (two calls).
    new DocumentStore(services.propertiesService).touch();
    return { message: created + insertion.message };
  });
}
