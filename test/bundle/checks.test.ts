/** Check conventions and Clear checks through the menu, on the in-memory spreadsheet. */
import { clickMenuItem, type FakeServices } from '../../fakes';
import { checksLines, col, highlight, HEADERS, letter, markKeys, row, seedKnownViolations, seedLargePlan, TRACK } from './checks-helpers';
import { ensureBuilt, open } from './sheet-helpers';
import { CHECKS_CAPTION, CHECKS_LEGEND } from '../../src/core/marks';
import { thousands } from '../../src/core/counts';

beforeAll(ensureBuilt);

const RED = '#f4c7c3';
const YELLOW = '#fce8b2';
const BLUE = '#c9daf8';

function checkViaMenu(services: FakeServices, ctx: Record<string, (...args: any[]) => any>): string {
  clickMenuItem(services, ctx, 'Check conventions');
  expect(services.ui.testAlerts()).toEqual([]);
  return services.spreadsheet.testToasts().pop()!.message;
}

describe('Check conventions', () => {
  it('marks every finding on its cell: a Checks line naming column and rule, and a highlight by severity', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    const message = checkViaMenu(services, ctx);
    expect(message).toBe('3 errors, 1 warning, 1 info');

    const track = services.spreadsheet.testDump(TRACK);
    const checksColumn = HEADERS.track.length + 1;
    expect(track.values[0][checksColumn - 1]).toBe(CHECKS_CAPTION);
    expect(markKeys(services, TRACK, 2)).toEqual([]);
    expect(markKeys(services, TRACK, 4)).toEqual(['✖ Property Name [property-casing]', '✖ Type [property-type]']);
    expect(markKeys(services, TRACK, 5)).toEqual(['✖ Event Name [event-casing]']);
    expect(checksLines(services, TRACK, 5)[0]).toMatch(/^✖ Event Name: .+ Suggested: "Product Viewed" \(event-casing\)$/);
    expect(markKeys(services, TRACK, 7)).toHaveLength(1);
    expect(markKeys(services, TRACK, 7)[0]).toMatch(/^ℹ .+ \[missing-description\]$/);
    expect(markKeys(services, 'Goals', 2)).toEqual(['⚠ Events [goal-event-missing]']);

    const t = (caption: string, r: number) => `${letter(col('track', caption))}${r}`;
    expect(highlight(services, TRACK, t('Property Name', 4))).toBe(RED);
    expect(highlight(services, TRACK, t('Type', 4))).toBe(RED);
    expect(highlight(services, TRACK, t('Event Name', 5))).toBe(RED);
    expect(highlight(services, 'Goals', `${letter(col('goals', 'Events'))}2`)).toBe(YELLOW);
    const infoCells = ['Event Name', 'Fires When...'].map((c) => highlight(services, TRACK, t(c, 7)));
    expect(infoCells.filter((bg) => bg === BLUE)).toHaveLength(1);
    // Nothing else is highlighted.
    for (const r of [2, 3, 4, 5, 6]) {
      for (const caption of HEADERS.track) {
        if ((r === 4 && (caption === 'Property Name' || caption === 'Type')) || (r === 5 && caption === 'Event Name')) continue;
        expect(highlight(services, TRACK, t(caption, r))).toBeUndefined();
      }
    }
    expect(highlight(services, TRACK, `${letter(checksColumn)}5`)).toBeUndefined();
    // Tabs without findings get no column.
    expect(services.spreadsheet.testDump('Identify').values[0]).toEqual(HEADERS.identify);
  });

  it('keeps a note and background the user put on a violating cell, through Check and Clear', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    services.spreadsheet.testSheet(TRACK).getRange('C5').setNote('Ask Dana').setBackground('#00ff00');
    const before = services.spreadsheet.testDumpAll();
    checkViaMenu(services, ctx);
    const checked = services.spreadsheet.testDump(TRACK);
    // The only new note is the legend on the add-on's own header cell (M1).
    expect(checked.notes).toEqual({ ...before[TRACK].notes, M1: CHECKS_LEGEND });
    expect(checked.backgrounds).toEqual(before[TRACK].backgrounds);
    clickMenuItem(services, ctx, 'Clear checks');
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
  });

  it("keeps the user's own conditional format rules and removes only its own", () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    // Through the Apps Script types: the fakes' own classes do not declare every method of the real ones.
    const sheet = services.spreadsheet.testSheet(TRACK) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const app = services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const own = app
      .newConditionalFormatRule()
      .whenTextEqualTo('P1')
      .setBackground('#00ff00')
      .setRanges([sheet.getRange('A2:A')])
      .build();
    sheet.setConditionalFormatRules([own]);
    const before = services.spreadsheet.testDumpAll();
    checkViaMenu(services, ctx);
    const rules = services.spreadsheet.testDump(TRACK).conditionalFormatRules;
    expect(rules).toHaveLength(4);
    expect(rules[3]).toEqual(before[TRACK].conditionalFormatRules[0]);
    clickMenuItem(services, ctx, 'Clear checks');
    expect(services.spreadsheet.testToasts().pop()!.message).toBe('Cleared the checks from 2 tabs.');
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
  });

  it('is idempotent: checking twice leaves the sheet as checking once', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    checkViaMenu(services, ctx);
    const once = services.spreadsheet.testDumpAll();
    checkViaMenu(services, ctx);
    expect(services.spreadsheet.testDumpAll()).toEqual(once);
  });

  it('Clear returns every tab to exactly its state before the first check, even when the sheet had to grow a column', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    // A Track tab with no spare column: the add-on widens it, and Clear narrows it again.
    services.spreadsheet.testRemoveSheet(TRACK);
    const values = [HEADERS.track, row('track', { 'Event Name': 'order_completed', 'Fires When...': 'x', 'Business Goal': 'Revenue' })];
    services.spreadsheet.testAddSheet(TRACK, values, { maxColumns: HEADERS.track.length });
    const before = services.spreadsheet.testDumpAll();
    checkViaMenu(services, ctx);
    expect(services.spreadsheet.testDump(TRACK).maxColumns).toBe(HEADERS.track.length + 1);
    expect(markKeys(services, TRACK, 2)).toEqual(['✖ Event Name [event-casing]']);
    clickMenuItem(services, ctx, 'Clear checks');
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
    clickMenuItem(services, ctx, 'Clear checks');
    expect(services.spreadsheet.testToasts().pop()!.message).toBe('There were no checks to clear.');
  });

  it("never takes a user's own Checks column for the add-on's", () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    const sheet = services.spreadsheet.testSheet(TRACK);
    sheet.testSetValues(1, HEADERS.track.length + 1, [['Checks'], ['reviewed by Ann']]);
    const before = services.spreadsheet.testDumpAll();
    checkViaMenu(services, ctx);
    const after = services.spreadsheet.testDump(TRACK);
    expect(after.values[0][HEADERS.track.length]).toBe('Checks');
    expect(after.values[1][HEADERS.track.length]).toBe('reviewed by Ann');
    expect(after.values[0][HEADERS.track.length + 1]).toBe(CHECKS_CAPTION);
    clickMenuItem(services, ctx, 'Clear checks');
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
  });

  it("works on Segment's original template: header lower down, older captions", () => {
    const header = ['', 'Spec', 'Name', 'Fires when...', 'prop name', 'type', 'prop description'];
    const { services, ctx } = open({
      sheets: {
        Track: [
          ['Tracking Plan'],
          ['Minimize rows', 'Reset rows'],
          [],
          header,
          ['P1', 'Custom', 'order_completed', 'An order is placed.', '', '', ''],
          ['', '', '', '', 'orderId', 'String', 'Order id.'],
        ],
      },
    });
    checkViaMenu(services, ctx);
    const dump = services.spreadsheet.testDump('Track');
    expect(dump.values[3][7]).toBe(CHECKS_CAPTION);
    expect(markKeys(services, 'Track', 5)[0]).toBe('✖ Name [event-casing]');
    expect(markKeys(services, 'Track', 6)).toEqual(['✖ prop name [property-casing]']);
    expect(highlight(services, 'Track', 'C5')).toBe(RED);
    expect(highlight(services, 'Track', 'E6')).toBe(RED);
    expect(highlight(services, 'Track', 'C6')).toBeUndefined();
    expect(highlight(services, 'Track', 'C4')).toBeUndefined();
  });

  it('says which tabs it could not check, without a stack trace', () => {
    const { services, ctx } = open({
      sheets: { Track: [HEADERS.track, row('track', { 'Event Name': 'Order Completed', 'Fires When...': 'x', 'Business Goal': 'y' })] },
    });
    const message = checkViaMenu(services, ctx);
    expect(message).toMatch(/not found, so not checked: "Goals", "Identify", "Group", "Page & Screen"\./);
  });

  it('stores the last check for the overview', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    expect(ctx.getOverview().lastCheck).toBeNull();
    checkViaMenu(services, ctx);
    const overview = ctx.getOverview();
    expect(overview.counts).toEqual({ goals: 1, events: 3, properties: 3, traits: 2 });
    expect(overview.lastCheck).toMatchObject({ errors: 3, warnings: 1, infos: 1 });
    expect(new Date(overview.lastCheck.at).toISOString()).toBe(overview.lastCheck.at);
    expect(overview.missingTabs).toEqual([]);
  });

  it('returns the findings to the sidebar with their cells', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    const result = ctx.checkNow();
    expect(result.errors).toBe(3);
    const casing = result.findings.find((f: { rule: string }) => f.rule === 'event-casing');
    expect(casing).toMatchObject({ tab: TRACK, row: 5, column: 3, a1: 'C5', text: 'product_viewed', suggestion: 'Product Viewed' });
  });

  it('selectCell activates the cell on its tab', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    ctx.selectCell('Goals', 2, 4);
    expect(services.spreadsheet.getActiveSheet().getName()).toBe('Goals');
    expect(services.spreadsheet.getActiveRange()!.getA1Notation()).toBe('D2');
    expect(() => ctx.selectCell('Nope', 1, 1)).toThrow('There is no "Nope" tab any more.');
  });
});

describe('Check conventions: service calls', () => {
  const sizes = [10, 1000, 10000];
  const first: number[] = [];
  const second: number[] = [];

  it.each(sizes)('a plan of %i events costs the same few calls', (events) => {
    const { services, ctx } = open();
    seedLargePlan(services, events);
    services.calls.reset();
    clickMenuItem(services, ctx, 'Check conventions');
    expect(services.ui.testAlerts()).toEqual([]);
    first.push(services.calls.count());
    // 35 before the column had a marker: finding it by metadata costs 4 calls a tab (7 once it exists),
    // and a new column costs 9 more (insert, clear what it copied, wrap, width, legend, marker).
    expect(services.calls.count()).toBeLessThanOrEqual(48);
    services.calls.reset();
    clickMenuItem(services, ctx, 'Check conventions');
    second.push(services.calls.count());
    expect(services.calls.count()).toBeLessThanOrEqual(27);
    expect(services.spreadsheet.testToasts().pop()!.message).toMatch(new RegExp(`^${thousands(Math.ceil(events / 10))} errors?$`));
  });

  it('each further tab that gets marks for the first time adds its column and rules once (24 calls)', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    clickMenuItem(services, ctx, 'Check conventions');
    services.calls.reset();
    clickMenuItem(services, ctx, 'Check conventions');
    const again = services.calls.count();
    const fresh = open();
    seedKnownViolations(fresh.services);
    fresh.services.calls.reset();
    clickMenuItem(fresh.services, fresh.ctx, 'Check conventions');
    // Track and Goals both get marks here.
    expect(fresh.services.calls.count()).toBe(again + 2 * 24);
    expect(again).toBeLessThanOrEqual(31);
  });

  it('the counts do not grow with the plan', () => {
    expect(Math.max(...first) - Math.min(...first)).toBeLessThanOrEqual(2);
    expect(Math.max(...second) - Math.min(...second)).toBeLessThanOrEqual(2);
  });
});
