/** Minimize rows / Reset rows against the fakes. */
import { clickMenuItem } from '../../fakes';
import { ensureBuilt, open, seedTrack, TRACK_HEADER, trackRow } from './sheet-helpers';

beforeAll(ensureBuilt);

function withVideoPlan() {
  const loaded = open();
  clickMenuItem(loaded.services, loaded.ctx, 'Set up template');
  clickMenuItem(loaded.services, loaded.ctx, 'Video', 'Insert spec events');
  loaded.services.calls.reset();
  return loaded;
}

describe('Minimize rows and Reset rows', () => {
  it('Minimize hides every property row and no event row; Reset shows them again', () => {
    const { services, ctx } = withVideoPlan();
    const dump = services.spreadsheet.testDump('Track (Custom)');
    const propertyRows = Object.keys(dump.rowGroupDepths).map(Number);
    expect(propertyRows.length).toBeGreaterThan(100);

    clickMenuItem(services, ctx, 'Minimize rows');
    const minimized = services.spreadsheet.testDump('Track (Custom)');
    expect(minimized.collapsedRows).toEqual(propertyRows);
    expect(minimized.values.length).toBe(dump.values.length);
    expect(services.spreadsheet.testToasts().pop()!.message).toMatch(/^Collapsed the property rows of 17 events/);

    clickMenuItem(services, ctx, 'Reset rows');
    const reset = services.spreadsheet.testDump('Track (Custom)');
    expect(reset.collapsedRows).toEqual([]);
    expect(reset).toEqual(dump);
  });

  it('each costs at most 5 calls of its own (7 with the menu toast) whatever the plan size', () => {
    const { services, ctx } = open();
    seedTrack(services, 10000);
    services.calls.reset();
    expect(ctx.minimizeRows().message).toMatch(/10,000 events/);
    expect(services.calls.count()).toBeLessThanOrEqual(5);
    services.calls.reset();
    ctx.resetRows();
    expect(services.calls.count()).toBeLessThanOrEqual(5);
    services.calls.reset();
    clickMenuItem(services, ctx, 'Minimize rows');
    expect(services.calls.count()).toBeLessThanOrEqual(6);
    services.calls.reset();
    clickMenuItem(services, ctx, 'Reset rows');
    expect(services.calls.count()).toBeLessThanOrEqual(6);
  });

  it('says so when no event has property rows', () => {
    const { services, ctx } = open({ sheets: { 'Track (Custom)': [TRACK_HEADER, trackRow({ 'Event Name': 'Signed Up' })] } });
    const before = services.spreadsheet.testDumpAll();
    clickMenuItem(services, ctx, 'Minimize rows');
    expect(services.spreadsheet.testToasts()[0].message).toMatch(/no row groups/);
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
  });

  it("says so when the first event's property rows are not grouped", () => {
    const { services, ctx } = open({ sheets: { Track: [TRACK_HEADER, trackRow({ 'Event Name': 'Signed Up' }), trackRow({ 'Property Name': 'plan' })] } });
    clickMenuItem(services, ctx, 'Reset rows');
    expect(services.spreadsheet.testToasts()[0].message).toMatch(/no row groups/);
  });

  it('tells the user to set up the template when there is no Track tab', () => {
    const { services, ctx } = open();
    clickMenuItem(services, ctx, 'Minimize rows');
    expect(services.ui.testAlerts()[0].prompt).toBe('Minimize rows: There is no Track (Custom) tab yet. Run Set up template first.');
  });

  it("works in place on Segment's original template", () => {
    const band: unknown[][] = [['Tracking Plan'], [], [], [], [], [], [], [], []];
    const header = ['', 'Spec', 'Name', 'Fires when...', 'prop name', 'type', 'prop description'];
    const { services, ctx } = open({ sheets: { Track: [...band, header] } });
    clickMenuItem(services, ctx, 'Mobile', 'Insert spec events');
    clickMenuItem(services, ctx, 'Minimize rows');
    const dump = services.spreadsheet.testDump('Track');
    expect(dump.collapsedRows.length).toBeGreaterThan(0);
    for (const r of dump.collapsedRows) expect(dump.values[r - 1][2]).toBe('');
    expect(dump.values[10][2]).not.toBe('');
    expect(services.spreadsheet.testSheet('Track').testIsRowVisible(11)).toBe(true);
  });

  it("Repair row groups makes each event's property rows one depth-1 group again, touching nothing else", () => {
    const { services, ctx } = withVideoPlan();
    const good = services.spreadsheet.testDump('Track (Custom)');
    const sheet = services.spreadsheet.testSheet('Track (Custom)');
    sheet.testSetRowGroupDepth(2, 40, 1);
    sheet.testSetRowGroupDepth(5, 9, 3);
    sheet.testSetRowGroupDepth(good.lastRow + 1, good.lastRow + 20, 2);
    services.calls.reset();
    const groups = good.rowGroups.length;
    expect(ctx.repairRowGroups().message).toBe(`Regrouped the property rows of ${groups} events under their event rows.`);
    expect(services.spreadsheet.testDump('Track (Custom)')).toEqual(good);
    expect(services.calls.count()).toBeLessThanOrEqual(20 + 2 * groups);
  });
});
