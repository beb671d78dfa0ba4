/**
 * Issue 10 (sheet side) and the Checks column of issue 12, through the built
 * bundle: the add-on's column is known by its marker, Clear removes exactly
 * what the add-on wrote, plan tabs are known by their header, and the sheet
 * explains its marks.
 */
import { CHECKS_CAPTION, CHECKS_LEGEND, LEGACY_CHECKS_CAPTION, MAX_CELL_CHARS } from '../../src/core/marks';
import { clickMenuItem, type FakeServices } from '../../fakes';
import { FakeLock } from '../../fakes/services';
import { col, HEADERS, highlight, letter, markKeys, row, seedKnownViolations, seedPlan, TRACK } from './checks-helpers';
import { ensureBuilt, open, seedTrack, typeInto } from './sheet-helpers';
import { REPAIR_EVENTS_PER_RUN } from '../../src/core/row-groups';

beforeAll(ensureBuilt);

type Ctx = Record<string, (...args: any[]) => any>;
const RED = '#f4c7c3';
const WIDTH = HEADERS.track.length;

function check(services: FakeServices, ctx: Ctx): string {
  clickMenuItem(services, ctx, 'Check conventions');
  expect(services.ui.testAlerts()).toEqual([]);
  return services.spreadsheet.testToasts().pop()!.message;
}

function clear(services: FakeServices, ctx: Ctx): string {
  clickMenuItem(services, ctx, 'Clear checks');
  expect(services.ui.testAlerts()).toEqual([]);
  return services.spreadsheet.testToasts().pop()!.message;
}

/** The column the add-on owns on a tab, by its marker (what the bundle itself reads). */
function ownedColumn(services: FakeServices, tab: string): number | null {
  const found = services.spreadsheet.testSheet(tab).createDeveloperMetadataFinder().withKey('trackingPlan.ownedColumn').find();
  return found.length ? found[0].getLocation().getColumn()!.getColumn() : null;
}

describe("a user's own Checks column", () => {
  it.each([
    ['empty', [[LEGACY_CHECKS_CAPTION]]],
    ['holding QA notes', [[LEGACY_CHECKS_CAPTION], ['reviewed by Sam'], [''], ['✔ ok, Ann']]],
  ])('is never written or deleted when %s; the add-on uses the next free column', (_label, cells) => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    services.spreadsheet.testSheet(TRACK).testSetValues(1, WIDTH + 1, cells);
    const before = services.spreadsheet.testDumpAll();
    check(services, ctx);
    const after = services.spreadsheet.testDump(TRACK);
    for (let r = 0; r < 8; r++) expect(after.values[r]?.[WIDTH] ?? '').toBe(before[TRACK].values[r]?.[WIDTH] ?? '');
    expect(after.values[0][WIDTH + 1]).toBe(CHECKS_CAPTION);
    expect(ownedColumn(services, TRACK)).toBe(WIDTH + 2);
    expect(markKeys(services, TRACK, 5)).toEqual(['✖ Event Name [event-casing]']);
    expect(highlight(services, TRACK, 'C5')).toBe(RED);
    clear(services, ctx);
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
  });

  it("is not taken after the user deletes the add-on's column by hand", () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    services.spreadsheet.testSheet(TRACK).testSetValues(1, WIDTH + 1, [[LEGACY_CHECKS_CAPTION], ['reviewed by Sam']]);
    check(services, ctx);
    // The user deletes the add-on's column: its marker goes with it.
    services.spreadsheet.testSheet(TRACK).deleteColumn(WIDTH + 2);
    expect(ownedColumn(services, TRACK)).toBeNull();
    const before = services.spreadsheet.testDumpAll();
    check(services, ctx);
    const after = services.spreadsheet.testDump(TRACK);
    expect(after.values[1][WIDTH]).toBe('reviewed by Sam');
    expect(after.values[0][WIDTH + 1]).toBe(CHECKS_CAPTION);
    clear(services, ctx);
    // The user's cells, notes and formats are as they were (the orphaned rules of the deleted column are gone too).
    const cleared = services.spreadsheet.testDump(TRACK);
    expect(cleared.values).toEqual(before[TRACK].values);
    expect(cleared.notes).toEqual(before[TRACK].notes);
    expect(cleared.columnWidths).toEqual(before[TRACK].columnWidths);
    expect(cleared.maxColumns).toBe(before[TRACK].maxColumns);
  });
});

describe('a Checks column written by the earlier version', () => {
  it('is adopted once, given the marker and the new caption, and its old lines read', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    // Caption "Checks" and only lines in the earlier form, as the earlier version left them.
    services.spreadsheet
      .testSheet(TRACK)
      .testSetValues(1, WIDTH + 1, [
        [LEGACY_CHECKS_CAPTION],
        [''],
        [''],
        ['✖ Property Name: [property-casing] Property names use snake_case.'],
        ['✖ Event Name: [event-casing] Event names use Title Case.'],
      ]);
    check(services, ctx);
    const after = services.spreadsheet.testDump(TRACK);
    expect(after.values[0][WIDTH]).toBe(CHECKS_CAPTION);
    expect(after.values[0][WIDTH + 1] ?? '').toBe('');
    expect(ownedColumn(services, TRACK)).toBe(WIDTH + 1);
    expect(after.notes[`${letter(WIDTH + 1)}1`]).toBe(CHECKS_LEGEND);
    expect(markKeys(services, TRACK, 5)).toEqual(['✖ Event Name [event-casing]']);
    check(services, ctx);
    expect(services.spreadsheet.testDump(TRACK).maxColumns).toBe(after.maxColumns);
  });

  it('keeps old-form lines of cross-tab rules through a live re-check, and both forms highlight', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    check(services, ctx);
    const goals = services.spreadsheet.testDump('Goals');
    const checksColumn = goals.values[0].indexOf(CHECKS_CAPTION) + 1;
    // An old-form line, as a sheet checked by the earlier version holds it.
    services.spreadsheet.testSheet('Goals').testSetValues(2, checksColumn, [['⚠ Events: [goal-event-missing] "Checkout Started" is not in the Track tab.']]);
    expect(highlight(services, 'Goals', 'D2')).toBe('#fce8b2');
    // An edit of a Track property cell re-checks Track alone: the Track marks are new-form lines.
    typeInto(services, ctx, TRACK, `${letter(col('track', 'Property Name'))}3`, 'orderId');
    expect(markKeys(services, TRACK, 3)).toEqual(['✖ Property Name [property-casing]']);
    expect(services.spreadsheet.testDump(TRACK).values[2][WIDTH]).toMatch(/^✖ Property Name: .+ \(property-casing\)$/);
    expect(highlight(services, TRACK, 'F3')).toBe(RED);
    // Clear recognises both forms as the add-on's.
    const message = clear(services, ctx);
    expect(message).toBe('Cleared the checks from 2 tabs.');
    expect(services.spreadsheet.testDump('Goals').values[0]).not.toContain(CHECKS_CAPTION);
  });
});

describe('Clear checks under a title band', () => {
  it("removes exactly the add-on's cells, leaving what the user typed above the header and in the column", () => {
    const header = HEADERS.track;
    const { services, ctx } = open({
      sheets: {
        [TRACK]: [
          ['Acme tracking plan'],
          ['Owner: Dana'],
          [],
          [],
          header,
          row('track', { Spec: 'Custom', 'Event Name': 'order_completed', 'Fires When...': 'x', 'Business Goal': 'Grow' }),
          row('track', { Spec: 'Custom', 'Event Name': 'Cart Viewed', 'Fires When...': 'x', 'Business Goal': 'Grow' }),
        ],
      },
    });
    const before = services.spreadsheet.testDumpAll();
    check(services, ctx);
    const c = ownedColumn(services, TRACK)!;
    expect(services.spreadsheet.testDump(TRACK).values[4][c - 1]).toBe(CHECKS_CAPTION);
    // Cells above the header stay as they were (empty) through Check.
    expect(
      services.spreadsheet
        .testDump(TRACK)
        .values.slice(0, 4)
        .map((r) => r[c - 1] ?? ''),
    ).toEqual(['', '', '', '']);
    // Clear with nothing of the user's in the column: the column goes, the sheet is as before.
    clear(services, ctx);
    expect(services.spreadsheet.testDumpAll()).toEqual(before);

    // Now the user types a title above the header and a note in a row of the add-on's column.
    check(services, ctx);
    const sheet = services.spreadsheet.testSheet(TRACK);
    sheet.testSetValues(1, c, [['Q3 review']]);
    sheet.testSetValues(7, c, [['asked Dana']]);
    clear(services, ctx);
    const after = services.spreadsheet.testDump(TRACK);
    expect(after.values[0][c - 1]).toBe('Q3 review');
    expect(after.values[6][c - 1]).toBe('asked Dana');
    expect(after.values[4][c - 1]).toBe('');
    expect(after.values[5][c - 1]).toBe('');
    expect(after.notes[`${letter(c)}5`]).toBeUndefined();
    expect(after.conditionalFormatRules).toEqual([]);
    expect(ownedColumn(services, TRACK)).toBeNull();
  });
});

describe('the Checks column explains itself', () => {
  it('is captioned, wide, wraps, carries the legend, and nothing else is formatted', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    const before = services.spreadsheet.testDumpAll();
    check(services, ctx);
    const after = services.spreadsheet.testDump(TRACK);
    const c = WIDTH + 1;
    expect(after.values[0][c - 1]).toBe(CHECKS_CAPTION);
    expect(after.columnWidths[c]).toBeGreaterThanOrEqual(300);
    expect(services.spreadsheet.testSheet(TRACK).getRange(2, c).getWrap()).toBe(true);
    expect(after.notes[`${letter(c)}1`]).toBe(CHECKS_LEGEND);
    expect(CHECKS_LEGEND).toMatch(/✖/);
    expect(CHECKS_LEGEND).toMatch(/⚠/);
    expect(CHECKS_LEGEND).toMatch(/ℹ/);
    expect(after.frozenRows).toBe(before[TRACK].frozenRows);
    for (let i = 1; i < c; i++) expect(after.columnWidths[i]).toBe(before[TRACK].columnWidths[i]);
    expect(
      services.spreadsheet
        .testSheet(TRACK)
        .getRange(2, c - 1)
        .getWrap(),
    ).toBe(
      before[TRACK] &&
        services.spreadsheet
          .testSheet(TRACK)
          .getRange(2, c - 1)
          .getWrap(),
    );
    // Each line: "<symbol> <caption>: <problem in words> (<rule id>)".
    const line = String(after.values[4][c - 1]);
    expect(line).toMatch(/^✖ Event Name: Event names use Title Case.* \(event-casing\)$/);
  });

  it('clears what Sheets copied from the column on its left, so a strict dropdown there cannot refuse the marks', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    const app = services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const strict = app.newDataValidation().requireValueInList(['yes', 'no']).setAllowInvalid(false).build();
    (services.spreadsheet.testSheet(TRACK) as unknown as GoogleAppsScript.Spreadsheet.Sheet)
      .getRange(`${letter(WIDTH)}2:${letter(WIDTH)}20`)
      .setDataValidation(strict);
    expect(check(services, ctx)).toBe('3 errors, 1 warning, 1 info');
    expect(markKeys(services, TRACK, 5)).toEqual(['✖ Event Name [event-casing]']);
  });

  it('shortens a cell that would pass 50,000 characters, saying how many lines it left out', () => {
    const { services, ctx } = open();
    const long = `${'order_completed_'.repeat(1700)}x`;
    seedPlan(services, [
      row('track', { Spec: 'Custom', 'Event Name': ` ${long} `, 'Fires When...': long, 'Business Goal': long, 'Property Name': ` ${long} ` }),
    ]);
    check(services, ctx);
    const text = String(services.spreadsheet.testDump(TRACK).values[1][WIDTH]);
    expect(text.length).toBeGreaterThan(1000);
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(text).toMatch(/\n… and \d+ more$/);
  });
});

describe('header captions with a line break', () => {
  it('match, and the highlight rules find their column', () => {
    const header = HEADERS.track.map((c) => (c === 'Event Name' ? 'Event\nName' : c === 'Property Name' ? 'Property\nName' : c));
    const { services, ctx } = open({
      sheets: { [TRACK]: [header, row('track', { Spec: 'Custom', 'Event Name': 'order_completed', 'Fires When...': 'x', 'Business Goal': 'Grow' })] },
    });
    expect(check(services, ctx)).toMatch(/^1 error/);
    expect(markKeys(services, TRACK, 2)).toEqual(['✖ Event Name [event-casing]']);
    expect(highlight(services, TRACK, 'C2')).toBe(RED);
  });
});

describe('Goals Events cells', () => {
  it('may quote event names', () => {
    const { services, ctx } = open();
    seedPlan(
      services,
      [row('track', { Spec: 'Custom', 'Event Name': 'Coupon Entered', 'Fires When...': 'x', 'Business Goal': 'Grow' })],
      [row('goals', { 'Business Goal': 'Grow', Events: '"Coupon Entered"' })],
    );
    expect(check(services, ctx)).toBe('No problems found');
  });
});

describe('plan tabs are known by their header', () => {
  const calendar = [
    ['Date', 'Event', 'Where'],
    ['2026-03-01', 'Launch party', 'Berlin'],
  ];

  it('Set up template creates Track (Custom) next to an unrelated "Events" tab, and Insert and Check use it', () => {
    const { services, ctx } = open({ sheets: { Events: calendar, Pages: [['URL'], ['/home']] } });
    const before = services.spreadsheet.testDump('Events');
    clickMenuItem(services, ctx, 'Set up template');
    expect(services.ui.testAlerts()).toEqual([]);
    expect(services.spreadsheet.testSheetNames()).toEqual(expect.arrayContaining(['Events', 'Pages', TRACK, 'Page & Screen']));
    ctx.insertSpecEvents('video', ['Video Playback Started']);
    expect(services.spreadsheet.testDump(TRACK).values[1]).toContain('Video Playback Started');
    check(services, ctx);
    clear(services, ctx);
    expect(services.spreadsheet.testDump('Events')).toEqual(before);
  });

  it('Check says the Track tab is missing, not that the "Events" calendar is a broken Track tab', () => {
    const { services, ctx } = open();
    seedPlan(services, []);
    services.spreadsheet.testRemoveSheet(TRACK);
    services.spreadsheet.testAddSheet('Events', calendar);
    expect(check(services, ctx)).toBe('No problems found. This tab was not found, so not checked: "Track (Custom)".');
  });

  it('an older "Track" tab beside "Track (Custom)" gets no marks from Check, onEdit or Clear', () => {
    const { services, ctx } = open();
    seedKnownViolations(services);
    services.spreadsheet.testAddSheet('Track', [HEADERS.track, row('track', { Spec: 'Custom', 'Event Name': 'old_event', 'Fires When...': 'x' })]);
    const old = services.spreadsheet.testDump('Track');
    check(services, ctx);
    expect(services.spreadsheet.testDump('Track')).toEqual(old);
    typeInto(services, ctx, 'Track', 'C2', 'another_bad_name');
    const edited = services.spreadsheet.testDump('Track');
    expect(edited.values[0]).not.toContain(CHECKS_CAPTION);
    expect(edited.conditionalFormatRules).toEqual([]);
    clear(services, ctx);
    expect(services.spreadsheet.testDump('Track')).toEqual(edited);
  });
});

describe('Set up template by two people at once', () => {
  it("decides what to create once it holds the lock: the second run sees the first one's tabs", () => {
    const { services, ctx } = open();
    const tryLock = jest.spyOn(FakeLock.prototype, 'tryLock').mockImplementationOnce(function (this: FakeLock, ms: number) {
      // While this run waits for the lock, the other person's Set up template creates every tab.
      for (const [name, kind] of [
        ['Goals', 'goals'],
        ['Identify', 'identify'],
        ['Group', 'group'],
        ['Page & Screen', 'page'],
        [TRACK, 'track'],
      ] as const) {
        services.spreadsheet.testAddSheet(name, [HEADERS[kind]]);
      }
      tryLock.mockRestore();
      return FakeLock.prototype.tryLock.call(this, ms);
    });
    clickMenuItem(services, ctx, 'Set up template');
    expect(services.ui.testAlerts()).toEqual([]);
    expect(services.spreadsheet.testToasts().pop()!.message).toBe('Every tab of the template is already here; nothing was changed.');
    expect(services.spreadsheet.testSheetNames().filter((n) => n === TRACK)).toHaveLength(1);
  });
});

describe('a fix on a cell holding a formula', () => {
  function seedFormula(services: FakeServices): void {
    seedPlan(services, [
      row('track', { Spec: 'Custom', 'Event Name': 'order_completed', 'Fires When...': 'x', 'Business Goal': 'Grow' }),
      row('track', { Spec: 'Custom', 'Fires When...': 'x', 'Business Goal': 'Grow' }),
    ]);
    services.spreadsheet.testSheet(TRACK).testSetFormula('C3', '="cart_"&"viewed"', 'cart_viewed');
  }

  it('leaves the formula and says so (one fix)', () => {
    const { services, ctx } = open();
    seedFormula(services);
    const finding = ctx.checkNow().findings.find((f: { row: number; rule: string }) => f.row === 3 && f.rule === 'event-casing');
    expect(() => ctx.fixFinding({ rule: finding.rule, tab: finding.tab, row: 3, column: finding.column, text: finding.text })).toThrow(
      "'Track (Custom)'!C3 holds a formula, so it was left as it is. Change the formula to give the suggested name, or type the name over it.",
    );
    expect(services.spreadsheet.testDump(TRACK).formulas.C3).toBe('="cart_"&"viewed"');
  });

  it('fixes the other cells of the rule and names the formula it left (fix all)', () => {
    const { services, ctx } = open();
    seedFormula(services);
    ctx.checkNow();
    const result = ctx.fixAllOfRule('event-casing');
    expect(result.message).toMatch(/^Fixed 1 cell \(event-casing\)\. 'Track \(Custom\)'!C3 holds a formula, so it was left as it is\./);
    const dump = services.spreadsheet.testDump(TRACK);
    expect(dump.values[1][2]).toBe('Order Completed');
    expect(dump.formulas.C3).toBe('="cart_"&"viewed"');
  });
});

describe('checkboxes, dropdowns and strict validation', () => {
  function seedTrackWithCheckboxes(services: FakeServices): void {
    seedPlan(services, [
      row('track', { Spec: 'Custom', 'Event Name': 'Order Completed', 'Fires When...': 'An order is placed.', 'Business Goal': 'Grow' }),
      row('track', { 'Property Name': 'order_id', Type: 'String', 'Property Description': 'Id.' }),
    ]);
    const sheet = services.spreadsheet.testSheet(TRACK) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const app = services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    // Insert > Checkbox on a whole column (FALSE in every row), and a dropdown in every row of another.
    sheet.getRange(2, col('track', 'Required'), 999, 1).insertCheckboxes();
    sheet.getRange(2, col('track', 'Status'), 999, 1).setDataValidation(app.newDataValidation().requireValueInList(['Planned', 'Done']).build());
  }

  it('do not count as content: Insert lands right after the last real row', () => {
    const { services, ctx } = open();
    seedTrackWithCheckboxes(services);
    const result = ctx.insertSpecEvents('video', ['Video Playback Started']);
    expect(result.message).toBe('Inserted 1 event.');
    expect(services.spreadsheet.testDump(TRACK).values[3][col('track', 'Event Name') - 1]).toBe('Video Playback Started');
  });

  it('a strict dropdown gets its own spelling of a value, and Check still runs', () => {
    const { services, ctx } = open();
    seedTrackWithCheckboxes(services);
    const sheet = services.spreadsheet.testSheet(TRACK) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const app = services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const specs = app.newDataValidation().requireValueInList(['custom', 'video', 'ecommerce v2']).setAllowInvalid(false).build();
    sheet.getRange(4, col('track', 'Spec'), 997, 1).setDataValidation(specs);
    expect(ctx.insertSpecEvents('video', ['Video Playback Started']).message).toBe('Inserted 1 event.');
    const dump = services.spreadsheet.testDump(TRACK);
    expect(dump.values[3][col('track', 'Spec') - 1]).toBe('video');
    expect(dump.values[3][col('track', 'Event Name') - 1]).toBe('Video Playback Started');
    expect(check(services, ctx)).toMatch(/error|warning|info|No problems/);
  });

  it('a strict rule that refuses a value stops Insert with a message naming it, and nothing is written', () => {
    const { services, ctx } = open();
    seedTrackWithCheckboxes(services);
    const sheet = services.spreadsheet.testSheet(TRACK) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const app = services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    sheet
      .getRange(4, col('track', 'Spec'), 997, 1)
      .setDataValidation(app.newDataValidation().requireValueInList(['Ecommerce v2']).setAllowInvalid(false).build());
    const before = services.spreadsheet.testDumpAll();
    expect(() => ctx.insertSpecEvents('video', ['Video Playback Started'])).toThrow(
      'Nothing was inserted: the "Spec" column only accepts values from its dropdown (Ecommerce v2), and Insert would write "Video" in B4. Add the value to the rule, or set the rule to "Show a warning" (Data > Data validation), then insert again.',
    );
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
  });
});

describe('Minimize and Reset on a partly hand-typed plan', () => {
  it('act on every group when the first event was typed by hand and later ones inserted', () => {
    const { services, ctx } = open({
      sheets: { [TRACK]: [HEADERS.track, row('track', { Spec: 'Custom', 'Event Name': 'Signed Up' }), row('track', { 'Property Name': 'plan' })] },
    });
    ctx.insertSpecEvents('video', ['Video Playback Started', 'Video Playback Paused']);
    const inserted = services.spreadsheet.testDump(TRACK).rowGroups;
    expect(inserted.length).toBe(2);
    clickMenuItem(services, ctx, 'Minimize rows');
    expect(services.spreadsheet.testToasts().pop()!.message).toMatch(/^Collapsed/);
    const minimized = services.spreadsheet.testDump(TRACK);
    expect(minimized.rowGroups.every((g) => g.collapsed)).toBe(true);
    // The hand-typed property row stays visible: it is in no group.
    expect(minimized.collapsedRows).not.toContain(3);
    clickMenuItem(services, ctx, 'Reset rows');
    expect(services.spreadsheet.testToasts().pop()!.message).toMatch(/^Expanded/);
    expect(services.spreadsheet.testDump(TRACK).collapsedRows).toEqual([]);
  });
});

describe('Repair row groups on 10,000 events', () => {
  it('runs in steps within the time limit, one call per event, showing progress, and ends with every group right', () => {
    const { services, ctx } = open();
    const spans = seedTrack(services, 10000);
    const sheet = services.spreadsheet.testSheet(TRACK);
    // Half the events typed by hand (ungrouped), one group drifted over its event row.
    for (let i = 0; i < 5000; i++) sheet.testSetRowGroupDepth(spans[i].first, spans[i].last, 0);
    sheet.testSetRowGroupDepth(spans[9000].first - 1, spans[9000].last, 1);
    const messages: string[] = [];
    const perRun: number[] = [];
    let from: number | undefined;
    do {
      services.calls.reset();
      const step = from === undefined ? ctx.repairRowGroups() : ctx.repairRowGroups(from);
      perRun.push(services.calls.count());
      messages.push(step.message);
      from = step.next;
    } while (from !== undefined);
    expect(perRun).toHaveLength(Math.ceil(10000 / REPAIR_EVENTS_PER_RUN));
    // Per run: a fixed 20 or so calls, then one per event.
    for (const calls of perRun) expect(calls).toBeLessThanOrEqual(20 + REPAIR_EVENTS_PER_RUN);
    expect(messages[0]).toBe('Regrouped 2,000 of 10,000 events so far; continuing…');
    expect(messages[messages.length - 1]).toBe('Regrouped the property rows of 10,000 events under their event rows.');
    const dump = services.spreadsheet.testDump(TRACK);
    expect(dump.rowGroups.map((g) => [g.start, g.end, g.depth])).toEqual(spans.map((s) => [s.first, s.last, 1]));
  });
});

describe('failures a user can cause', () => {
  it('a fix refused by a strict dropdown says which cell and what to do, not "Something went wrong"', () => {
    const { services, ctx } = open();
    seedPlan(services, [
      row('track', { Spec: 'Custom', 'Event Name': 'Order Completed', 'Fires When...': 'x', 'Business Goal': 'Grow' }),
      row('track', { 'Property Name': 'total', Type: 'int', 'Property Description': 'Total.' }),
    ]);
    const sheet = services.spreadsheet.testSheet(TRACK) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const app = services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const typeCell = `${letter(col('track', 'Type'))}3`;
    sheet.getRange(typeCell).setDataValidation(app.newDataValidation().requireValueInList(['int', 'str']).setAllowInvalid(false).build());
    const finding = ctx.checkNow().findings.find((f: { rule: string }) => f.rule === 'property-type');
    expect(finding.suggestion).toBeDefined();
    expect(() => ctx.fixFinding({ rule: finding.rule, tab: finding.tab, row: finding.row, column: finding.column, text: finding.text })).toThrow(
      `Sheets refused a value in ${typeCell}: the cell's data validation rejects it. Add the value to the rule, or set the rule to "Show a warning" (Data > Data validation), then try again.`,
    );
    expect(services.spreadsheet.testDump(TRACK).values[2][col('track', 'Type') - 1]).toBe('int');
  });
});
