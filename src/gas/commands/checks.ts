/**
 * Check conventions, Clear checks, fixes, and the overview. Each reads the
 * plan's tabs once (two calls a tab), checks the whole plan in memory, and
 * writes the add-on's marks only where they changed (see core/marks.ts).
 */
import { check, openFindings, summarize, type Summary } from '../../core/check';
import { UserError } from '../../core/errors';
import { type Finding, type RuleId } from '../../core/finding';
import { literalText } from '../../core/literal-text';
import { type CellFix, fixesForRule, fixForTarget, groupFixes } from '../../core/fix';
import { fixBatch, planUndo, undoMessage } from '../../core/fix-history';
import { cellA1, cellReference } from '../../core/a1';
import { legacyChecksColumn, planTabMarks, summaryMessage } from '../../core/marks';
import { type Plan } from '../../core/plan';
import { withUnseen } from '../../core/coverage/unseen';
import { groupMismatchMessage, groupProbes, groupsMismatch } from '../../core/row-groups';
import { RULES } from '../../core/rules/index';
import { TEMPLATE } from '../../core/template';
import {
  type CheckResultDto,
  type FindingDto,
  type FixPreviewDto,
  type FixTarget,
  type MessageDto,
  type OverviewDto,
  type SidebarStateDto,
} from '../api-types';
import { planFromTabs, readSheetValues, readTabs, type TabHandle } from '../gateway';
import { withDocumentLock } from '../lock';
import { findOwnedColumn } from '../ownership';
import { ownedChecksColumns, writeTabMarks, removeTabMarks } from '../marks-writer';
import { activeSpreadsheet, type Services } from '../services';
import { DocumentStore, type MarkedTab, type MarksState, readChangeStamp } from '../settings-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function toDto(finding: Finding): FindingDto {
  const dto: FindingDto = {
    rule: finding.rule,
    severity: finding.severity,
    tab: finding.tab,
    row: finding.row,
    column: finding.column,
    a1: cellA1(finding.row, finding.column),
    text: finding.text,
    message: finding.message,
  };
  if (finding.suggestion !== undefined) dto.suggestion = finding.suggestion;
  if (finding.hint !== undefined) dto.hint = finding.hint;
  if (finding.accepted) dto.accepted = true;
  return dto;
}

/** Template tabs the plan lacks, by their template names. */
function missingTabs(plan: Plan): string[] {
  return plan.problems.filter((p) => p.kind === 'missing-tab').map((p) => p.tab);
}

/** A spreadsheet with none of the template's tabs has no plan to call clean. */
export const NO_PLAN_MESSAGE = `This spreadsheet has no tracking plan yet: the template's tabs were not found (${TEMPLATE.map((t) => t.name).join(', ')}). Run Set up template to create them.`;

/** Plan problems in one or two sentences: the missing tabs together, then the rest. */
export function problemMessages(plan: Plan): string[] {
  const missing = plan.problems.filter((p) => p.kind === 'missing-tab').map((p) => `"${p.tab}"`);
  const messages: string[] = [];
  if (missing.length) messages.push(`${missing.length === 1 ? 'This tab was' : 'These tabs were'} not found, so not checked: ${missing.join(', ')}.`);
  for (const p of plan.problems) if (p.kind !== 'missing-tab') messages.push(p.message);
  return messages;
}

/** `findings` come from check(), already in tab, row and column order. */
function result(findings: Finding[], counts: Summary, plan: Plan, warnings: string[], lead?: string): CheckResultDto {
  const missing = missingTabs(plan);
  if (missing.length === TEMPLATE.length) {
    return { errors: 0, warnings: 0, infos: 0, findings: [], missingTabs: missing, message: lead ? `${lead} ${NO_PLAN_MESSAGE}` : NO_PLAN_MESSAGE };
  }
  const extras = [...problemMessages(plan), ...warnings];
  let message = summaryMessage(counts);
  if (counts.accepted) message = `${message}${counts.errors || counts.warnings || counts.infos ? ',' : ';'} ${counts.accepted} accepted`;
  if (lead) message = `${lead} ${message}.`;
  if (extras.length) message = `${message.replace(/\.?$/, '.')} ${extras.join(' ')}`;
  return { ...counts, findings: findings.map(toDto), missingTabs: missing, message };
}

/**
 * Marks every checked tab and returns what to remember about them. The
 * add-on's column is looked up (by its metadata) only on tabs that have
 * findings or were marked before: a clean tab never marked costs nothing.
 */
function markTabs(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  handles: readonly TabHandle[],
  plan: Plan,
  findings: readonly Finding[],
  known: MarksState | null,
): MarksState {
  const tabs: Record<string, MarkedTab> = {};
  const withFindings = new Set(findings.map((f) => f.tab));
  for (const handle of handles) {
    const tab = plan.tabs[handle.kind];
    if (!tab || tab.sheetName !== handle.name) continue;
    const before = known ? known.tabs[handle.name] : undefined;
    if (!before && !withFindings.has(handle.name)) continue;
    const ownedColumn = findOwnedColumn(handle.sheet, 'checks') ?? undefined;
    // Accepted findings are never highlighted.
    const marks = planTabMarks(openFindings(findings), { name: handle.name, headerRow: tab.header.row, values: handle.values, ownedColumn });
    if (!marks) continue;
    tabs[handle.name] = writeMarksOrExplain(() => writeTabMarks(app, handle.sheet, marks, before, tab.header.row), handle.name);
  }
  return { tabs };
}

/**
 * A write Sheets refuses in the add-on's own column (a user added strict
 * validation to it, or protected it) becomes a message saying what to do.
 */
function writeMarksOrExplain<T>(write: () => T, tab: string): T {
  try {
    return write();
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/data validation/i.test(text)) {
      throw new UserError(
        `Sheets refused the checks on "${tab}": its Checks (Tracking Plan) column has data validation that rejects them. Remove that validation (Data > Data validation) and check again.`,
      );
    }
    if (/protected/i.test(text)) {
      throw new UserError(
        `Sheets refused the checks on "${tab}": part of it is protected. Ask its owner to let you edit the Checks (Tracking Plan) column, or run Clear checks.`,
      );
    }
    throw error;
  }
}

/**
 * The Track tab's row groups, probed at two rows (see core/row-groups.ts):
 * a message when they have drifted from the layout, else none.
 */
function groupProblems(handles: readonly TabHandle[], plan: Plan): string[] {
  const tab = plan.tabs.track;
  const handle = tab && handles.find((h) => h.kind === 'track' && h.name === tab.sheetName);
  if (!handle) return [];
  const probes = groupProbes(plan);
  const depths = probes.map((p) => handle.sheet.getRowGroupDepth(p.row));
  return groupsMismatch(probes, depths) ? [groupMismatchMessage(handle.name)] : [];
}

export function checkAndMark(
  services: Services,
  store: DocumentStore,
  handles: readonly TabHandle[],
  lead?: string,
  probeGroups = false,
  fixes?: { batch: ReturnType<typeof fixBatch> | null },
): CheckResultDto {
  const state = store.read();
  const plan = planFromTabs(handles);
  // Planned events the last coverage import did not see are marked beside the convention findings.
  const findings = withUnseen(check(plan, state.settings), plan, state.unseen);
  const marks = markTabs(services.spreadsheetApp, handles, plan, findings, state.marks);
  const counts = summarize(findings);
  // A spreadsheet without any of the template's tabs was not checked: nothing to remember, checks stay off.
  const noPlan = missingTabs(plan).length === TEMPLATE.length;
  const kept = store.saveCheck(noPlan ? {} : { lastCheck: { ...counts, at: new Date().toISOString() }, marks, fixBatch: fixes ? fixes.batch : undefined });
  if (fixes && fixes.batch && !kept) lead = `${lead ?? ''} This fix changed too many cells to be undone with Undo.`.trim();
  const warnings = probeGroups ? [...groupProblems(handles, plan), ...state.warnings] : state.warnings;
  return result(findings, counts, plan, warnings, lead);
}

/*
 * No document lock here: the marks are derived from the plan and idempotent,
 * so two checks at once at worst write the same marks twice, and the lock's
 * three calls would not fit the call budget of a check.
 */
export function checkNow(services: Services): CheckResultDto {
  const spreadsheet = activeSpreadsheet(services);
  return checkAndMark(services, new DocumentStore(services.propertiesService), readTabs(spreadsheet), undefined, true);
}

export function clearChecks(services: Services): MessageDto {
  return withDocumentLock(services.lockService, () => {
    const spreadsheet = activeSpreadsheet(services);
    const store = new DocumentStore(services.propertiesService);
    const known = store.read().marks;
    const handles = readTabs(spreadsheet);
    const plan = planFromTabs(handles);
    let cleared = 0;
    const owned = ownedChecksColumns(spreadsheet);
    for (const handle of handles) {
      const tab = plan.tabs[handle.kind];
      // The add-on's column by its marker; else one an earlier version wrote, known by its caption and mark lines.
      let column = owned.find((o) => o.name === handle.name)?.column;
      if (column === undefined && tab && tab.sheetName === handle.name && known) column = legacyChecksColumn(handle.values, tab.header.row);
      if (removeTabMarks(handle.sheet, column, handle.values)) cleared++;
    }
    // A marked column on a tab that is no longer a plan tab (renamed, or its header changed) goes too.
    for (const other of owned) {
      if (handles.some((h) => h.name === other.name)) continue;
      if (removeTabMarks(other.sheet, other.column, readSheetValues(other.sheet))) cleared++;
    }
    store.saveCheck({ marks: null });
    if (!cleared) return { message: 'There were no checks to clear.' };
    return { message: `Cleared the checks from ${cleared} ${cleared === 1 ? 'tab' : 'tabs'}.` };
  });
}

function validTarget(target: unknown): FixTarget {
  const t = target as Partial<FixTarget> | null;
  const ok =
    !!t &&
    typeof t.rule === 'string' &&
    typeof t.tab === 'string' &&
    typeof t.text === 'string' &&
    Number.isInteger(t.row) &&
    Number.isInteger(t.column) &&
    (t.row as number) >= 1 &&
    (t.column as number) >= 1;
  if (!ok) throw new UserError('Which problem to fix was not understood; run Check again and pick it from the list.');
  return t as FixTarget;
}

function knownRule(rule: unknown): RuleId {
  if (typeof rule !== 'string' || !rule.trim()) throw new UserError('Choose the rule whose findings to fix.');
  const found = RULES.find((r) => r.id === rule);
  if (!found) throw new UserError(`There is no rule called "${rule}".`);
  return found.id;
}

function handleOf(handles: readonly TabHandle[], tab: string): TabHandle {
  const handle = handles.find((h) => h.name === tab);
  if (!handle) throw new UserError(`The "${tab}" tab was not found; run Check again.`);
  return handle;
}

/** Re-reads the tabs a fix wrote to, so the re-check sees what Sheets made of the new values. */
function reread(handles: TabHandle[], tabs: ReadonlySet<string>): TabHandle[] {
  return handles.map((h) => (tabs.has(h.name) ? { ...h, values: readSheetValues(h.sheet) } : h));
}

/** The sheet as a fix sees it: the plan tabs read once and checked with the document's settings. */
function checkedTabs(services: Services): { store: DocumentStore; handles: TabHandle[]; findings: Finding[] } {
  const store = new DocumentStore(services.propertiesService);
  const handles = readTabs(activeSpreadsheet(services));
  return { store, handles, findings: check(planFromTabs(handles), store.read().settings) };
}

export function fixFinding(services: Services, target: FixTarget): CheckResultDto {
  const wanted = validTarget(target);
  return withDocumentLock(services.lockService, () => {
    const { store, handles, findings } = checkedTabs(services);
    const fix = fixForTarget(findings, wanted);
    const cell = handleOf(handles, fix.tab).sheet.getRange(fix.row, fix.column);
    // A formula computes the name: writing the fix would replace it with a fixed value.
    const formula = cell.getFormula();
    if (formula) throw new UserError(formulaMessage([cellReference(fix.tab, fix.row, fix.column)]));
    const batch = batchOf(handles, [fix]);
    cell.setValue(literalText(fix.value));
    return checkAndMark(services, store, reread(handles, new Set([fix.tab])), `Fixed ${cellA1(fix.row, fix.column)} on "${fix.tab}".`, false, { batch });
  });
}

function formulaMessage(cells: string[]): string {
  const list = cells.length > 5 ? `${cells.slice(0, 5).join(', ')} and ${cells.length - 5} more` : cells.join(', ');
  const one = cells.length === 1;
  return `${one ? `${list} holds a formula` : `These cells hold formulas: ${list}`}, so ${one ? 'it was' : 'they were'} left as ${one ? 'it is' : 'they are'}. Change the formula${one ? '' : 's'} to give the suggested name, or type the name over ${one ? 'it' : 'them'}.`;
}

/** The fixes' cells that hold formulas: one getFormulas per tab over the box the fixes span. */
function formulaCells(handles: readonly TabHandle[], fixes: readonly { tab: string; row: number; column: number }[]): Set<string> {
  const found = new Set<string>();
  for (const tab of new Set(fixes.map((f) => f.tab))) {
    const mine = fixes.filter((f) => f.tab === tab);
    const top = Math.min(...mine.map((f) => f.row));
    const left = Math.min(...mine.map((f) => f.column));
    const bottom = Math.max(...mine.map((f) => f.row));
    const right = Math.max(...mine.map((f) => f.column));
    const formulas = handleOf(handles, tab)
      .sheet.getRange(top, left, bottom - top + 1, right - left + 1)
      .getFormulas();
    for (const f of mine) if (formulas[f.row - top][f.column - left]) found.add(cellReference(f.tab, f.row, f.column));
  }
  return found;
}

export function fixAllOfRule(services: Services, rule: string): CheckResultDto {
  const id = knownRule(rule);
  return withDocumentLock(services.lockService, () => {
    const { store, handles, findings } = checkedTabs(services);
    // Accepted findings stay as the team accepted them.
    const all = fixesForRule(openFindings(findings), id);
    if (!all.length) return checkAndMark(services, store, handles, `Nothing to fix for ${id}.`);
    const formulas = formulaCells(handles, all);
    const fixes = all.filter((f) => !formulas.has(cellReference(f.tab, f.row, f.column)));
    const left = formulas.size ? ` ${formulaMessage([...formulas])}` : '';
    if (!fixes.length) return checkAndMark(services, store, handles, `Nothing was fixed for ${id}.${left}`);
    const batch = batchOf(handles, fixes);
    // Only the fixed cells are written: never values read back over a range, which would turn formulas into values.
    for (const write of groupFixes(fixes)) {
      const sheet = handleOf(handles, write.tab).sheet;
      if (write.kind === 'run') sheet.getRange(write.row, write.column, write.values.length, 1).setValues(write.values.map((r) => [literalText(r[0])]));
      else sheet.getRangeList(write.a1s).setValue(literalText(write.value));
    }
    const tabs = new Set(fixes.map((f) => f.tab));
    const cells = fixes.length === 1 ? '1 cell' : `${fixes.length} cells`;
    return checkAndMark(services, store, reread(handles, tabs), `Fixed ${cells} (${id}).${left}`, false, { batch });
  });
}

/** What a batch of fixes will change, from the values just read, for Undo. */
function batchOf(handles: readonly TabHandle[], fixes: readonly CellFix[]) {
  return fixBatch(fixes, (tab, row, column) => valueAt(handles, tab, row, column), new Date().toISOString());
}

function valueAt(handles: readonly TabHandle[], tab: string, row: number, column: number): unknown {
  const handle = handles.find((h) => h.name === tab);
  if (!handle) return undefined;
  const line = handle.values[row - 1];
  return line ? (line[column - 1] ?? '') : '';
}

/** What Fix all would write for one rule, cell by cell, without writing anything. */
export function previewFixAll(services: Services, rule: string): FixPreviewDto {
  const id = knownRule(rule);
  const { handles, findings } = checkedTabs(services);
  const fixes = fixesForRule(openFindings(findings), id);
  const changes = fixes.map((fix) => ({
    tab: fix.tab,
    row: fix.row,
    column: fix.column,
    a1: cellA1(fix.row, fix.column),
    before: String(valueAt(handles, fix.tab, fix.row, fix.column) ?? ''),
    after: fix.value,
  }));
  return { rule: id, changes };
}

/**
 * Puts back the cells of the last fix batch: each cell that still holds
 * what the fix wrote gets its old value; a cell edited since is left alone
 * and named. Then re-checks, as a fix does.
 */
export function undoLastFix(services: Services): CheckResultDto {
  return withDocumentLock(services.lockService, () => {
    const spreadsheet = activeSpreadsheet(services);
    const store = new DocumentStore(services.propertiesService);
    const batch = store.fixBatch();
    if (!batch) throw new UserError('There is no fix to undo.');
    const handles = readTabs(spreadsheet);
    const plan = planUndo(batch, (tab, row, column) => valueAt(handles, tab, row, column));
    const texts: CellFix[] = [];
    for (const cell of plan.restore) {
      if (typeof cell.before === 'string') texts.push({ tab: cell.tab, row: cell.row, column: cell.column, value: cell.before });
      // A number or TRUE/FALSE goes back as that value, not as text.
      else handleOf(handles, cell.tab).sheet.getRange(cell.row, cell.column).setValue(cell.before);
    }
    for (const write of groupFixes(texts)) {
      const sheet = handleOf(handles, write.tab).sheet;
      if (write.kind === 'run') sheet.getRange(write.row, write.column, write.values.length, 1).setValues(write.values.map((r) => [literalText(r[0])]));
      else sheet.getRangeList(write.a1s).setValue(literalText(write.value));
    }
    const tabs = new Set(plan.restore.map((c) => c.tab));
    return checkAndMark(services, store, reread(handles, tabs), undoMessage(plan), false, { batch: null });
  });
}

/** Selects a cell for the user, switching to its tab. */
export function selectCell(services: Services, tab: string, row: number, column: number): void {
  if (typeof tab !== 'string' || !Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) {
    throw new UserError('That cell could not be found.');
  }
  const spreadsheet: Spreadsheet = activeSpreadsheet(services);
  const sheet = spreadsheet.getSheetByName(tab);
  if (!sheet) throw new UserError(`There is no "${tab}" tab any more.`);
  sheet.activate();
  sheet.getRange(row, column).activate();
}

export function getOverview(services: Services): OverviewDto {
  return getSidebarState(services).overview;
}

/** The change stamp the open sidebar polls: two service calls (see settings-store.ts); it differs from the one getSidebarState gave whenever something changed since. */
export function getChangeStamp(services: Services): { stamp: string } {
  return { stamp: readChangeStamp(services.propertiesService) };
}

/**
 * Everything the sidebar shows, from the sheet as it is now: the overview
 * and, while checks are on, the findings of a fresh check (read only: the
 * marks are Check's and onEdit's to write). The stamp is read first, so a
 * change made meanwhile moves it past what the sidebar saw.
 */
export function getSidebarState(services: Services): SidebarStateDto {
  const store = new DocumentStore(services.propertiesService);
  const state = store.read();
  const stamp = store.seenStamp();
  const spreadsheet = activeSpreadsheet(services);
  const handles = readTabs(spreadsheet);
  const plan = planFromTabs(handles);
  const properties = plan.events.reduce((n, e) => n + e.properties.length, 0) + plan.orphans.length;
  const checksOn = !!state.marks;
  let current: CheckResultDto | null = null;
  if (checksOn) {
    const findings = check(plan, state.settings);
    current = result(findings, summarize(findings), plan, state.warnings);
  }
  // With none of the template's tabs there is nothing a check could have called clean.
  const noPlan = missingTabs(plan).length === TEMPLATE.length;
  if (noPlan) current = null;
  const lastCheck = noPlan ? null : state.lastCheck && current ? { ...summaryOf(current), at: state.lastCheck.at } : state.lastCheck;
  const overview: OverviewDto = {
    spreadsheetName: spreadsheet.getName(),
    counts: { goals: plan.goals.length, events: plan.events.length, properties, traits: plan.identify.length + plan.group.length },
    lastCheck,
    checksOn,
    missingTabs: missingTabs(plan),
    problems: [...plan.problems.filter((p) => p.kind !== 'missing-tab').map((p) => p.message), ...groupProblems(handles, plan), ...state.warnings],
    canUndoFix: !!store.fixBatch(),
  };
  return { stamp, overview, result: current };
}

function summaryOf(counts: Summary): Summary {
  const summary: Summary = { errors: counts.errors, warnings: counts.warnings, infos: counts.infos };
  if (counts.accepted) summary.accepted = counts.accepted;
  return summary;
}
