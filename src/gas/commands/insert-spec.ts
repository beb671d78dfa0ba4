/**
 * Insert spec events: appends a spec's events (all, or the ones picked in
 * the sidebar) that the plan lacks to the Track tab, each event's property
 * rows grouped under it. Also lists the specs and their events for the
 * sidebar's picker.
 */
import { UserError } from '../../core/errors';
import { findHeader } from '../../core/header';
import { chooseEvents, planInsertion } from '../../core/insertion';
import { parsePlan } from '../../core/parse';
import { eventKey } from '../../core/plan';
import { tabLayout } from '../../core/setup';
import { findSpec, Spec, SPECS } from '../../core/specs';
import { tabDef } from '../../core/template';
import { MessageDto, SpecListDto, SpecPickerDto } from '../api-types';
import { findTabs, readSheetValues } from '../gateway';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet, Services } from '../services';
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
    throw new UserError(
      `The ${track.name} tab has no header row with "Event Name" and "Property Name" in its first 20 rows, so events cannot be added to it.`,
    );
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
    // getSheetValues(1, 1, -1, -1) ends at the sheet's last row with content, formulas that show '' included.
    const insertion = planInsertion(plan, header, track.values, spec, names, track.values.length);
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
