/**
 * History and review through the built bundle: Save version (menu and
 * sidebar), comparing versions, the Changelog tab, Update Status dropdown
 * and the exports' status selection, on the in-memory spreadsheet.
 */
import { clickMenuItem, type FakeServices } from '../../fakes';
import { findOwnedSheet } from '../../src/gas/ownership';
import { PART_LENGTH } from '../../src/core/history/snapshot';
import { col, row, seedPlan, TRACK } from './checks-helpers';
import { ensureBuilt, open } from './sheet-helpers';

beforeAll(ensureBuilt);

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const sheets = (services: FakeServices) => services.spreadsheet as unknown as Spreadsheet;

const ORDER = [
  row('track', { 'Event Name': 'Order Completed', 'Fires When...': 'The order is paid.', Status: 'Approved' }),
  row('track', { 'Property Name': 'order_id', Type: 'String', Required: true }),
  row('track', { 'Property Name': 'total', Type: 'Number' }),
  row('track', { 'Property Name': 'currency', Type: 'String', 'Allowed Values': 'USD, EUR' }),
  row('track', { 'Event Name': 'Cart Viewed', 'Fires When...': 'The cart opens.', Status: 'Planned' }),
  row('track', { 'Event Name': 'Old Event', 'Fires When...': 'Never.', Status: 'Deprecated' }),
];

/** Sets one Track cell, as a user typing would (uncounted). */
function type(services: FakeServices, a1: string, value: unknown): void {
  services.spreadsheet.testSheet(TRACK).getRange(a1).setValue(value);
  services.calls.reset();
}

const letterOf = (caption: string) => String.fromCharCode(64 + col('track', caption));

function seeded() {
  const loaded = open();
  seedPlan(loaded.services, ORDER);
  loaded.services.calls.reset();
  return loaded;
}

describe('Save version', () => {
  it('asks for a name from the menu and keeps the plan in a hidden tab the add-on owns', () => {
    const { services, ctx } = seeded();
    services.ui.testQueueResponse('OK', '  Release   1 ');
    clickMenuItem(services, ctx, 'Save version…', 'History');
    expect(services.ui.testPrompts()[0].title).toBe('Save version');
    expect(services.spreadsheet.testToasts().map((t) => t.message)).toEqual(['Saved version 1, "Release 1", with 3 events.']);
    const tab = findOwnedSheet(sheets(services), 'versions')!;
    expect(tab.getName()).toBe('Plan Versions');
    expect(tab.isSheetHidden()).toBe(true);
    const dump = services.spreadsheet.testDump('Plan Versions');
    // Only the cells a version needs count against the spreadsheet's limit.
    expect([dump.maxRows, dump.maxColumns]).toEqual([2, 6]);
    expect(dump.values[1].slice(0, 5)).toEqual([1, '~Release 1', expect.stringMatching(/^~\d{4}-\d\d-\d\dT/), 3, 1]);
    const listed = ctx.listVersions();
    expect(listed.versions).toEqual([{ id: 1, name: 'Release 1', savedAt: expect.stringMatching(/^\d{4}-/), events: 3 }]);
  });

  it('saves nothing on Cancel, and refuses a blank name with a message', () => {
    const { services, ctx } = seeded();
    services.ui.testQueueResponse('CANCEL', 'x');
    clickMenuItem(services, ctx, 'Save version…', 'History');
    expect(findOwnedSheet(sheets(services), 'versions')).toBeNull();
    expect(() => ctx.saveVersion('   ')).toThrow(/Type a name for the version/);
    expect(findOwnedSheet(sheets(services), 'versions')).toBeNull();
  });

  it('keeps any number of versions, newest first, and leaves a user tab named Plan Versions alone', () => {
    const { services, ctx } = seeded();
    services.spreadsheet.testAddSheet('Plan Versions', [['my own notes']]);
    const userTab = services.spreadsheet.testDump('Plan Versions');
    for (const name of ['One', 'Two', 'Three']) ctx.saveVersion(name);
    expect(services.spreadsheet.testDump('Plan Versions')).toEqual(userTab);
    expect(findOwnedSheet(sheets(services), 'versions')!.getName()).toBe('Plan Versions 2');
    expect(ctx.listVersions().versions.map((v: { id: number; name: string }) => `${v.id} ${v.name}`)).toEqual(['3 Three', '2 Two', '1 One']);
  });

  it('stores a large plan in parts under the cell limit, read back unchanged, in calls that do not grow with the plan', () => {
    const callsFor = (events: number) => {
      const { services, ctx } = open();
      const rows: unknown[][] = [];
      for (let i = 0; i < events; i++) {
        rows.push(
          row('track', {
            'Event Name': `Event Number ${i}`,
            'Fires When...': `When thing ${i} happens, described at some length to fill the cell.`,
            Status: 'Planned',
          }),
        );
        for (let p = 0; p < 5; p++)
          rows.push(row('track', { 'Property Name': `property_${p}`, Type: 'String', 'Property Description': `Property ${p} of event ${i}.` }));
      }
      seedPlan(services, rows);
      ctx.saveVersion('first');
      services.calls.reset();
      const saved = ctx.saveVersion('second');
      const calls = services.calls.count();
      const data = services.spreadsheet.testDump(saved.versions[0] && findOwnedSheet(sheets(services), 'versions')!.getName()).values;
      const longest = Math.max(...data.map((r) => String(r[5] ?? '').length));
      expect(longest).toBeLessThanOrEqual(PART_LENGTH + 1);
      expect(ctx.compareVersions(1, 2).changes).toEqual([]);
      expect(ctx.compareVersions(2, null).changes).toEqual([]);
      return { calls, parts: data.length - 1 };
    };
    const small = callsFor(5);
    const large = callsFor(1500);
    expect(large.parts).toBeGreaterThan(4);
    expect(large.calls).toBe(small.calls);
    expect(large.calls).toBeLessThanOrEqual(20);
  });

  it('says so when a saved version was damaged by hand', () => {
    const { services, ctx } = seeded();
    ctx.saveVersion('One');
    services.spreadsheet.testSheet('Plan Versions').getRange('F2').setValue('~{"format":1,"na');
    expect(() => ctx.compareVersions(1, null)).toThrow(/Version 1 \("One"\) cannot be read/);
    expect(() => ctx.compareVersions(7, null)).toThrow(/There is no version 7/);
  });

  it('malformed arguments and a busy plan get clear messages and change nothing', () => {
    const { services, ctx } = seeded();
    ctx.saveVersion('One');
    const before = services.spreadsheet.testDumpAll();
    const refusals: [string, unknown[], RegExp][] = [
      ['saveVersion', [null], /Type a name/],
      ['saveVersion', [42], /Type a name/],
      ['compareVersions', ['x', null], /There is no version "x"/],
      ['compareVersions', [1, 99], /There is no version 99/],
      ['writeChangelog', [undefined, undefined], /There is no version/],
    ];
    for (const [fn, args, message] of refusals) expect(() => (ctx[fn] as (...a: unknown[]) => unknown)(...args)).toThrow(message);
    expect(ctx.compareVersions('1', null).changes).toEqual([]);
    services.testHoldLockElsewhere();
    expect(() => ctx.saveVersion('Two')).toThrow(/busy/);
    expect(() => ctx.writeChangelog(1, null)).toThrow(/busy/);
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
    expect(services.logs.join('\n')).not.toMatch(/Error/);
  });

  it('needs a Track tab', () => {
    const { ctx } = open();
    expect(() => ctx.saveVersion('x')).toThrow(/There is no plan to save or compare/);
  });
});

describe('Changes and the Changelog tab', () => {
  function edited() {
    const loaded = seeded();
    loaded.ctx.saveVersion('Before review');
    type(loaded.services, `${letterOf('Type')}4`, 'String'); // total: Number -> String
    type(loaded.services, `${letterOf('Status')}6`, 'In Review'); // Cart Viewed
    return loaded;
  }

  it('compares a version with the current plan, breaking changes classed as such', () => {
    const { ctx } = edited();
    const dto = ctx.compareVersions(1, null);
    expect(dto.title).toMatch(/^Changes from "Before review" \(version 1, \d{4}-\d\d-\d\d\) to the current plan$/);
    expect([dto.breaking, dto.other]).toEqual([1, 1]);
    expect(
      dto.changes.map((c: { breaking: boolean; event: string; property?: string; message: string }) => [c.breaking, c.event, c.property ?? null, c.message]),
    ).toEqual([
      [true, 'Order Completed', 'total', 'type changed from "Number" to "String"'],
      [false, 'Cart Viewed', null, 'status changed from "Planned" to "In Review"'],
    ]);
  });

  it('compares two versions', () => {
    const { ctx } = edited();
    ctx.saveVersion('After review');
    expect(ctx.compareVersions(1, 2).changes).toHaveLength(2);
    expect(ctx.compareVersions(2, 1).changes[0]).toMatchObject({ breaking: true, kind: 'type', before: 'String', after: 'Number' });
    expect(ctx.compareVersions(2, null).changes).toEqual([]);
  });

  it('writes a Changelog tab it owns, replaced whole on each run, and leaves a user tab named Changelog alone', () => {
    const { services, ctx } = edited();
    services.spreadsheet.testAddSheet('Changelog', [['Our own release notes']]);
    const userTab = services.spreadsheet.testDump('Changelog');
    ctx.writeChangelog(1, null);
    const tab = findOwnedSheet(sheets(services), 'changelog')!;
    expect(tab.getName()).toBe('Changelog 2');
    let dump = services.spreadsheet.testDump('Changelog 2');
    expect(dump.values[0][0]).toMatch(/to the current plan: 1 breaking change and 1 other change\.$/);
    expect(dump.values[1]).toEqual(['Class', 'Changed Event', 'Changed Property', 'Change', 'Before', 'After']);
    expect(dump.values.slice(2)).toEqual([
      ['breaking', 'Order Completed', 'total', 'type changed from "Number" to "String"', 'Number', 'String'],
      ['change', 'Cart Viewed', '', 'status changed from "Planned" to "In Review"', 'Planned', 'In Review'],
    ]);
    expect(dump.frozenRows).toBe(2);
    expect(dump.backgrounds.A3).toBe('#fce8e6');
    expect(dump.backgrounds.A4).toBeUndefined();

    // Put things back: the next Changelog has fewer rows, and none of the old ones linger.
    type(services, `${letterOf('Type')}4`, 'Number');
    ctx.writeChangelog(1, null);
    dump = services.spreadsheet.testDump('Changelog 2');
    expect(dump.values.slice(2)).toEqual([['change', 'Cart Viewed', '', 'status changed from "Planned" to "In Review"', 'Planned', 'In Review']]);
    expect(dump.backgrounds).toEqual({});
    expect(services.spreadsheet.testDump('Changelog')).toEqual(userTab);
    expect(services.spreadsheet.testSheetNames().filter((n) => n.startsWith('Changelog'))).toEqual(['Changelog', 'Changelog 2']);
  });

  it('from the menu: the changes since the newest version', () => {
    const { services, ctx } = edited();
    clickMenuItem(services, ctx, 'Changelog since last version', 'History');
    expect(services.spreadsheet.testToasts().map((t) => t.message)).toEqual([
      expect.stringMatching(/^Wrote the Changelog tab\. .*1 breaking change and 1 other change\.$/),
    ]);
    expect(services.spreadsheet.testDump('Changelog').values).toHaveLength(4);
  });

  it('from the menu with no version saved: a message, no tab', () => {
    const { services, ctx } = seeded();
    clickMenuItem(services, ctx, 'Changelog since last version', 'History');
    expect(services.ui.testAlerts().map((a) => a.prompt)).toEqual(['Changelog: No version of the plan is saved yet: use Save version first.']);
    expect(services.spreadsheet.testSheetNames()).not.toContain('Changelog');
  });
});

describe('Status', () => {
  /** A Track tab as Set up template made it before In Review and Approved, with one Status cell the user gave a rule of their own. */
  function oldDropdown() {
    const loaded = open();
    const { services } = loaded;
    seedPlan(services, ORDER);
    const sheet = services.spreadsheet.testSheet(TRACK) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const app = services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const old = app.newDataValidation().setAllowInvalid(true).requireValueInList(['Planned', 'In Progress', 'Implemented', 'Deprecated'], true).build();
    const mine = app.newDataValidation().requireValueInList(['Yes', 'No'], true).build();
    const type = app.newDataValidation().requireValueInList(['Planned', 'In Progress', 'Implemented', 'Deprecated'], true).build();
    const status = col('track', 'Status');
    sheet.getRange(2, status, 99, 1).setDataValidation(old);
    sheet.getRange(5, status).setDataValidation(mine);
    // The same list on another column is not the Status dropdown.
    sheet.getRange(2, col('track', 'Notes'), 9, 1).setDataValidation(type);
    services.calls.reset();
    return loaded;
  }

  it('Set up template offers to update an older Status dropdown and changes nothing itself', () => {
    const { services, ctx } = oldDropdown();
    const before = services.spreadsheet.testDumpAll();
    clickMenuItem(services, ctx, 'Set up template');
    expect(services.spreadsheet.testToasts()[0].message).toMatch(
      /Status dropdown of the Track tab lacks In Review and Approved: choose Update Status dropdown/,
    );
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
  });

  it("Update Status dropdown replaces only the add-on's own rule on the Status column", () => {
    const { services, ctx } = oldDropdown();
    const before = services.spreadsheet.testDump(TRACK).dataValidations;
    clickMenuItem(services, ctx, 'Update Status dropdown', 'History');
    expect(services.spreadsheet.testToasts()[0].message).toBe(
      'Updated the Status dropdown on 98 rows: it now offers Planned, In Review, Approved, In Progress, Implemented, Deprecated.',
    );
    const after = services.spreadsheet.testDump(TRACK).dataValidations;
    const K = letterOf('Status');
    for (const r of [2, 4, 6, 100])
      expect(after[`${K}${r}`]).toEqual({
        ...before[`${K}${r}`],
        values: [['Planned', 'In Review', 'Approved', 'In Progress', 'Implemented', 'Deprecated'], true],
      });
    expect(after[`${K}5`]).toEqual(before[`${K}5`]);
    expect(after[`${K}101`]).toBeUndefined();
    const changed = Object.keys(after).filter((a1) => JSON.stringify(after[a1]) !== JSON.stringify(before[a1]));
    expect(changed.every((a1) => a1.startsWith(K) && /^\D+\d+$/.test(a1))).toBe(true);
    expect(Object.keys(after).length).toBe(Object.keys(before).length);
    // Done: a second run and Set up template say nothing more.
    services.calls.reset();
    expect(ctx.updateStatusDropdown().message).toMatch(/already offers/);
    clickMenuItem(services, ctx, 'Set up template');
    expect(services.spreadsheet.testToasts().pop()!.message).not.toMatch(/Status dropdown/);
  });

  it('the sidebar lists each event with its status, old and new values read as typed', () => {
    const { services, ctx } = seeded();
    type(services, `${letterOf('Status')}6`, ' in review ');
    const dto = ctx.listEventStatuses();
    expect(dto.statuses).toEqual(['Planned', 'In Review', 'Approved', 'In Progress', 'Implemented', 'Deprecated']);
    expect(dto.events).toEqual([
      { name: 'Order Completed', status: 'Approved', tab: TRACK, row: 2, column: col('track', 'Event Name') },
      { name: 'Cart Viewed', status: 'In Review', tab: TRACK, row: 6, column: col('track', 'Event Name') },
      { name: 'Old Event', status: 'Deprecated', tab: TRACK, row: 7, column: col('track', 'Event Name') },
    ]);
  });

  it('exports leave Deprecated events out with a note; the setting limits them to approved ones', () => {
    const { ctx } = seeded();
    const all = ctx.exportPlan('protocols');
    const names = (dto: { files: { content: string }[] }) =>
      JSON.parse(dto.files[1].content)
        .rules.filter((r: { type: string }) => r.type === 'TRACK')
        .map((r: { key: string }) => r.key);
    expect(names(all)).toEqual(['Order Completed', 'Cart Viewed']);
    expect(all.message).toMatch(/Left out 1 Deprecated event \("Old Event"\); it stays in the sheet\.$/);
    expect(ctx.saveSettings({ exportApprovedOnly: true }).settings.exportApprovedOnly).toBe(true);
    const approved = ctx.exportPlan('csv');
    expect(approved.files[0].content).toContain('Order Completed');
    expect(approved.files[0].content).not.toContain('Cart Viewed');
    expect(approved.message).toMatch(/Left out 1 event not yet Approved or Implemented \("Cart Viewed"\)/);
    expect(ctx.getSettings().settings.exportApprovedOnly).toBe(true);
    expect(ctx.saveSettings({ exportApprovedOnly: false }).settings.exportApprovedOnly).toBeUndefined();
    expect(names(ctx.exportPlan('protocols'))).toEqual(['Order Completed', 'Cart Viewed']);
  });
});
