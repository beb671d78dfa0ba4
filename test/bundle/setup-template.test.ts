/** Set up template, run from the menu against the fakes. */
import { clickMenuItem, type SheetDump } from '../../fakes';
import { TEMPLATE, headerCaptions } from '../../src/core/template';
import { ensureBuilt, type Loaded, open, TRACK_COLUMN, trackRow, TRACK_HEADER } from './sheet-helpers';

beforeAll(ensureBuilt);

const A1 = (row: number, column: number) => `${String.fromCharCode(64 + column)}${row}`;

describe('Set up template on an empty spreadsheet', () => {
  let loaded: Loaded;
  let calls: number;
  let dumps: Record<string, SheetDump>;
  beforeAll(() => {
    loaded = open();
    clickMenuItem(loaded.services, loaded.ctx, 'Set up template');
    calls = loaded.services.calls.count();
    dumps = loaded.services.spreadsheet.testDumpAll();
  });

  it('creates every tab after the existing one, in template order', () => {
    expect(loaded.services.spreadsheet.testSheetNames()).toEqual(['Sheet1', ...TEMPLATE.map((t) => t.name)]);
  });

  it.each(TEMPLATE.map((t) => [t.name, t] as const))('%s gets a bold, frozen header row', (name, def) => {
    const dump = dumps[name];
    expect(dump.values).toEqual([headerCaptions(def)]);
    expect(dump.frozenRows).toBe(1);
    headerCaptions(def).forEach((caption, i) => {
      if (caption) expect(dump.fontWeights[A1(1, i + 1)]).toBe('bold');
    });
    expect(dump.fontWeights[A1(2, 1)]).toBeUndefined();
  });

  it('sets wide columns wider and leaves narrow ones at the default', () => {
    const track = dumps['Track (Custom)'];
    expect(track.columnWidths[TRACK_COLUMN('Event Name')]).toBeGreaterThanOrEqual(200);
    expect(track.columnWidths[TRACK_COLUMN('Property Description')]).toBeGreaterThanOrEqual(200);
    expect(track.columnWidths[TRACK_COLUMN('Priority')]).toBeUndefined();
    expect(dumps.Goals.columnWidths[1]).toBeGreaterThanOrEqual(200);
  });

  it('validates Track data rows: Type and the dropdowns accept other text, Required is a checkbox', () => {
    const dv = dumps['Track (Custom)'].dataValidations;
    for (const row of [2, 1000]) {
      const type = dv[A1(row, TRACK_COLUMN('Type'))];
      expect(type.type).toBe('VALUE_IN_LIST');
      expect(type.values[0]).toEqual(['String', 'Number', 'Integer', 'Float', 'Boolean', 'Object', 'Array', 'Date', 'Null', 'Any']);
      expect(type.allowInvalid).toBe(true);
      expect(dv[A1(row, TRACK_COLUMN('Required'))].type).toBe('CHECKBOX');
      expect(dv[A1(row, TRACK_COLUMN('Priority'))].values[0]).toEqual(['P1', 'P2', 'P3']);
      expect(dv[A1(row, TRACK_COLUMN('Status'))].values[0]).toEqual(['Planned', 'In Review', 'Approved', 'In Progress', 'Implemented', 'Deprecated']);
      expect(dv[A1(row, TRACK_COLUMN('Spec'))].values[0]).toEqual(['B2B SaaS', 'Ecommerce v2', 'Mobile', 'Video', 'Custom']);
      expect(dv[A1(row, TRACK_COLUMN('Event Name'))]).toBeUndefined();
    }
    expect(dv[A1(1, TRACK_COLUMN('Type'))]).toBeUndefined();
    expect(dumps.Identify.dataValidations.B2.type).toBe('VALUE_IN_LIST');
    expect(dumps.Identify.dataValidations.C2.type).toBe('CHECKBOX');
    expect(dumps['Page & Screen'].dataValidations.C2.values[0]).toEqual(['Client', 'Server']);
    expect(Object.keys(dumps.Goals.dataValidations)).toEqual([]);
  });

  it('says what it created', () => {
    expect(loaded.services.spreadsheet.testToasts().map((t) => t.message)).toEqual(['Created Goals, Identify, Group, Page & Screen and Track (Custom).']);
  });

  it('makes at most 70 service calls', () => {
    expect(calls).toBeLessThanOrEqual(70);
  });

  it('changes nothing when run again, in at most 20 calls', () => {
    const { services, ctx } = loaded;
    services.calls.reset();
    clickMenuItem(services, ctx, 'Set up template');
    // 14, 3 to read the Status dropdown (to offer its update when it predates In Review and Approved),
    // and 3 for the document lock, under which what to create is decided.
    expect(services.calls.count()).toBeLessThanOrEqual(20);
    expect(services.spreadsheet.testDumpAll()).toEqual(dumps);
    expect(services.spreadsheet.testToasts()[1].message).toBe('Every tab of the template is already here; nothing was changed.');
  });
});

describe('Set up template on a spreadsheet with user data', () => {
  it('leaves every existing tab exactly as it was and reports missing captions', () => {
    const { services, ctx } = open({
      sheets: {
        Budget: [
          ['Item', 'Cost'],
          ['Ads', 100],
        ],
      },
    });
    const header = TRACK_HEADER.filter((c) => c !== 'Status');
    const track = services.spreadsheet.testAddSheet('Track', [header, trackRow({ 'Event Name': 'Signed Up' }).filter((_, i) => TRACK_HEADER[i] !== 'Status')]);
    track.getRange('C2').setNote('keep me');
    track.getRange('A1:D1').setBackground('#ffeeaa');
    track.testSetRowGroupDepth(5, 6, 1);
    services.spreadsheet.testAddSheet('Goals', [
      ['Business Goal', 'Key Questions', 'Metric', 'Events', 'Owner'],
      ['Grow', '?', 'MAU', 'Signed Up', 'Ann'],
    ]);
    const before = services.spreadsheet.testDumpAll();
    services.calls.reset();

    clickMenuItem(services, ctx, 'Set up template');

    const after = services.spreadsheet.testDumpAll();
    for (const name of Object.keys(before)) expect(after[name]).toEqual(before[name]);
    expect(services.spreadsheet.testSheetNames()).toEqual(['Budget', 'Track', 'Goals', 'Identify', 'Group', 'Page & Screen']);
    expect(services.spreadsheet.testToasts()[0].message).toBe(
      'Created Identify, Group and Page & Screen. Existing tabs were left as they were. The Track tab has no "Status" column.',
    );
  });

  it("adds nothing to Segment's original Track tab (header on row 10)", () => {
    const { services, ctx } = open();
    const band: unknown[][] = [['Tracking Plan'], ['Minimize rows', 'Reset rows'], [], [], [], [], [], [], []];
    services.spreadsheet.testAddSheet('Track', [
      ...band,
      ['', 'Spec', 'Name', 'Fires when...', 'prop name', 'type', 'prop description'],
      ['P1', 'Custom', 'Signed Up', 'A user signed up', '', '', ''],
    ]);
    const before = services.spreadsheet.testDump('Track');
    clickMenuItem(services, ctx, 'Set up template');
    expect(services.spreadsheet.testDump('Track')).toEqual(before);
    expect(services.spreadsheet.testSheetNames()).not.toContain('Track (Custom)');
  });

  it('tells the user the plan is busy and creates nothing while another execution holds the lock', () => {
    const { services, ctx } = open();
    services.testHoldLockElsewhere();
    clickMenuItem(services, ctx, 'Set up template');
    expect(services.spreadsheet.testSheetNames()).toEqual(['Sheet1']);
    expect(services.ui.testAlerts()[0].prompt).toMatch(/busy/);
  });
});
