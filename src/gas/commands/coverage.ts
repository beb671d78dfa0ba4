/**
 * Observed data in the sheet: the sidebar sends an exported file in chunks
 * (each call one execution, the reader's state carried by the sidebar), or
 * names a tab the user pasted an export into; the plan is held against it,
 * the Coverage tab rewritten, the unseen events remembered for the Checks
 * column, and picked unplanned events can be added to the plan.
 */
import { compileAcceptedWords, convertCasing } from '../../core/casing';
import { compareCoverage, type CoverageReport } from '../../core/coverage/compare';
import { coverageTabValues, describeInputs } from '../../core/coverage/coverage-tab';
import { Observation, type ObservationState } from '../../core/coverage/observation';
import { type ReadSummary, readerEnd, readerPush, readerStart, type ReaderState, readObservedRows } from '../../core/coverage/reader';
import { UserError } from '../../core/errors';
import { cellReference } from '../../core/a1';
import { findHeader } from '../../core/header';
import { planInsertion } from '../../core/insertion';
import { mapPathNames } from '../../core/names';
import { cellText, parsePlan } from '../../core/parse';
import { readType } from '../../core/property-types';
import { tabLayout } from '../../core/setup';
import { type Spec } from '../../core/specs';
import { tabDef, tabKindForName } from '../../core/template';
import { type CoverageResultDto, type MessageDto, type ObservedEventPick, type ObservedUploadDto } from '../api-types';
import { writeCoverageTab } from '../coverage-tab';
import { findTabs, planFromTabs, readSheetValues, readTabs } from '../gateway';
import { withDocumentLock } from '../lock';
import { ownedSheetIds } from '../ownership';
import { activeSpreadsheet, type Services } from '../services';
import { DocumentStore } from '../settings-store';
import { appendRows, createTab, ValidationRules } from '../sheet-writer';
import { checkNow } from './checks';
import { plural } from '../../core/counts';

/**
 * The most text one call takes. google.script.run carries arguments of
 * several megabytes, but each call is an execution that must parse its
 * chunk quickly; the sidebar sends 1 MB slices.
 */
export const MAX_CHUNK_CHARS = 4_000_000;
/** Events "Add to plan" takes at once. */
const MAX_PICKS = 500;

const AGAIN = 'The upload was not understood; choose the file again.';

function isRecord(x: unknown): x is Record<string, unknown> {
  return !!x && typeof x === 'object' && !Array.isArray(x);
}

/** The upload state came back from the browser: trust its shape only after a look. */
function validUpload(upload: unknown): ObservedUploadDto {
  if (upload === null || upload === undefined) return { reader: null, observation: { events: [] }, files: [], records: 0 };
  if (!isRecord(upload) || !isRecord(upload.observation) || !Array.isArray(upload.observation.events) || !Array.isArray(upload.files))
    throw new UserError(AGAIN);
  const events = upload.observation.events as unknown[];
  if (
    !events.every((e) => isRecord(e) && typeof e.name === 'string' && typeof e.kind === 'string' && typeof e.count === 'number' && Array.isArray(e.properties))
  )
    throw new UserError(AGAIN);
  if (upload.reader !== null && (!isRecord(upload.reader) || typeof upload.reader.source !== 'string')) throw new UserError(AGAIN);
  return upload as unknown as ObservedUploadDto;
}

/**
 * Reads one chunk of an observed file. `last` ends the file: its summary
 * joins the upload's files and the next chunk may start another file.
 */
export function readObservedChunk(_services: Services, upload: ObservedUploadDto | null, fileName: string, text: string, last: boolean): ObservedUploadDto {
  const state = validUpload(upload);
  if (typeof text !== 'string') throw new UserError(AGAIN);
  if (text.length > MAX_CHUNK_CHARS) throw new UserError(`A piece of the upload was too large (${text.length} characters); reload the sidebar and try again.`);
  const name = typeof fileName === 'string' && fileName.trim() ? fileName.trim().slice(0, 200) : 'uploaded file';
  const observation = Observation.from(state.observation);
  const reader: ReaderState = state.reader && state.reader.source === name ? state.reader : readerStart(name);
  const before = reader.records;
  readerPush(reader, text, observation);
  const files = state.files.slice();
  let next: ReaderState | null = reader;
  if (last) {
    files.push(readerEnd(reader, observation));
    next = null;
  }
  return { reader: next, observation: observation.state(), files, records: state.records + (reader.records - before) };
}

function resultDto(report: CoverageReport, inputs: ReadSummary[], tab: string): CoverageResultDto {
  const read = describeInputs(inputs);
  const c = report.counts;
  const problems = report.summary.errors + report.summary.warnings + report.summary.infos;
  const message = `Read ${read}. ${c.plannedSeen} of ${c.planned} planned events seen; ${c.notSeen} not seen, ${c.notPlanned} not planned, ${plural(c.nearMisses, 'near miss', 'near misses')}. ${problems ? `${plural(problems, 'problem')} listed` : 'Everything is listed'} on the "${tab}" tab.`;
  return {
    ...report.summary,
    message,
    tab,
    read,
    counts: report.counts,
    events: report.events.map((e) => {
      const dto: CoverageResultDto['events'][number] = {
        kind: e.kind,
        name: e.name,
        planned: e.planned,
        seen: e.seen,
        status: e.status,
        count: e.count,
        findings: e.findings.map((f) => {
          const fd: CoverageResultDto['events'][number]['findings'][number] = { rule: f.rule, severity: f.severity, message: f.message };
          if (f.property !== undefined) fd.property = f.property;
          if (f.cell) fd.cell = cellReference(f.cell.tab, f.cell.row, f.cell.column);
          return fd;
        }),
        properties: e.properties,
      };
      if (e.lastSeen !== undefined) dto.lastSeen = e.lastSeen;
      if (e.plannedAs !== undefined) dto.plannedAs = e.plannedAs;
      return dto;
    }),
  };
}

/** Holds the plan against the observation, rewrites the Coverage tab and the "not seen" marks. */
function report(services: Services, observation: ObservationState, inputs: ReadSummary[]): CoverageResultDto {
  return withDocumentLock(services.lockService, () => {
    const spreadsheet = activeSpreadsheet(services);
    const store = new DocumentStore(services.propertiesService);
    const plan = planFromTabs(readTabs(spreadsheet));
    const coverage = compareCoverage(plan, observation, store.read().settings);
    const at = new Date().toISOString();
    const tab = writeCoverageTab(spreadsheet, coverageTabValues(coverage, inputs, at), services.spreadsheetApp.GroupControlTogglePosition.BEFORE);
    const anyTrack = observation.events.some((e) => e.kind === 'track');
    const unseen = anyTrack ? coverage.events.filter((e) => e.kind === 'track' && e.planned && !e.seen).map((e) => e.name) : [];
    store.saveUnseen({ at, names: unseen });
    // The Checks column shows the unseen events at once when checks are on.
    if (store.read().marks) checkNow(services);
    return resultDto(coverage, inputs, tab);
  });
}

/** Ends an upload: the plan held against every file sent. */
export function finishCoverage(services: Services, upload: ObservedUploadDto): CoverageResultDto {
  const state = validUpload(upload);
  const observation = Observation.from(state.observation);
  const files = state.files.slice();
  if (state.reader) files.push(readerEnd(state.reader, observation));
  if (!files.length) throw new UserError('Choose a file of observed events first.');
  return report(services, observation.state(), files);
}

/** Tabs a user may have pasted an export into: neither plan tabs nor the add-on's own. */
export function listObservedTabs(services: Services): { tabs: string[] } {
  const spreadsheet = activeSpreadsheet(services);
  const owned = new Set(ownedSheetIds(spreadsheet));
  const tabs: string[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    if (owned.size && owned.has(sheet.getSheetId())) continue;
    const name = sheet.getName();
    if (!tabKindForName(name)) tabs.push(name);
  }
  return { tabs };
}

/** Reads a tab the user pasted an export into (one read), as a CSV with that header would be read. */
export function coverageFromTab(services: Services, tabName: string): CoverageResultDto {
  if (typeof tabName !== 'string' || !tabName.trim()) throw new UserError('Choose the tab that holds the observed events.');
  const spreadsheet = activeSpreadsheet(services);
  const sheet = spreadsheet.getSheetByName(tabName);
  if (!sheet) throw new UserError(`There is no "${tabName}" tab.`);
  if (tabKindForName(tabName)) throw new UserError(`"${tabName}" is a tab of the plan; paste the observed events into a tab of their own.`);
  const rows = readSheetValues(sheet).map((row) => row.map(cellText));
  const observation = new Observation();
  const summary = readObservedRows(tabName, rows, observation);
  return report(services, observation.state(), [summary]);
}

function validPicks(picks: unknown): ObservedEventPick[] {
  if (!Array.isArray(picks) || !picks.length) throw new UserError('Choose the events to add to the plan.');
  if (picks.length > MAX_PICKS) throw new UserError(`Add at most ${MAX_PICKS} events at once.`);
  return picks.map((p) => {
    if (!isRecord(p) || typeof p.name !== 'string' || !p.name.trim()) throw new UserError('Choose the events to add by their names.');
    const properties = Array.isArray(p.properties)
      ? p.properties.filter((q): q is { name: string; type?: string } => isRecord(q) && typeof q.name === 'string' && !!q.name.trim())
      : [];
    return { name: p.name, properties };
  });
}

/**
 * "Add to plan": the picked unplanned events, with the properties they were
 * sent with and the types their values suggest, appended to the Track tab
 * as grouped rows, names in the plan's casing. Events the plan already has
 * (in any casing) are skipped.
 */
export function addObservedToPlan(services: Services, picks: ObservedEventPick[]): MessageDto {
  const chosen = validPicks(picks);
  return withDocumentLock(services.lockService, () => {
    const spreadsheet = activeSpreadsheet(services);
    const settings = new DocumentStore(services.propertiesService).read().settings;
    const accepted = compileAcceptedWords(settings.acceptedWords);
    let track = findTabs(spreadsheet, ['track']).track;
    let values: unknown[][];
    let created = '';
    if (track) values = readSheetValues(track.sheet);
    else {
      const layout = tabLayout(tabDef('track'));
      const { sheet } = createTab(spreadsheet, layout, new ValidationRules(services.spreadsheetApp));
      track = { sheet, name: layout.name };
      values = [layout.header];
      created = `There was no ${layout.name} tab, so it was created. `;
    }
    const header = findHeader(tabDef('track'), values);
    if (!header)
      throw new UserError(
        `The ${track.name} tab has no header row with "Event Name" and "Property Name" in its first 20 rows, so events cannot be added to it.`,
      );
    const plan = parsePlan([{ name: track.name, values }]);
    const spec: Spec = {
      id: 'custom' as Spec['id'],
      name: 'Custom',
      source: 'observed data',
      events: chosen.map((pick) => ({
        name: convertCasing(pick.name.trim(), settings.eventCasing, accepted),
        description: '',
        properties: (pick.properties ?? []).map((p) => {
          const type = readType(p.type ?? '');
          return {
            name: mapPathNames(p.name.trim(), (n) => convertCasing(n, settings.propertyCasing, accepted)),
            type: type.valid && type.key ? type.key : '',
            description: '',
          };
        }),
      })),
    };
    const insertion = planInsertion(plan, header, values, spec, undefined, values.length);
    appendRows(track.sheet, insertion, services.spreadsheetApp.GroupControlTogglePosition.BEFORE);
    return { message: created + insertion.message };
  });
}
