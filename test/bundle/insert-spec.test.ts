/** Insert spec events, from the menu and the sidebar, against the fakes. */
import { clickMenuItem, type FakeServices, type BundleContext } from '../../fakes';
import catalog from '../../src/core/specs/catalog.json';
import { ensureBuilt, open, seedTrack, TRACK_COLUMN, TRACK_HEADER, trackRow } from './sheet-helpers';

beforeAll(ensureBuilt);

interface CatalogSpec {
  id: string;
  name: string;
  events: { name: string; description: string; properties: { name: string; type: string; description: string; allowedValues?: string[] }[] }[];
}
const SPECS = (catalog as unknown as { specs: CatalogSpec[] }).specs;
const MENU: Record<string, string> = { 'b2b-saas': 'B2B SaaS', 'ecommerce-v2': 'Ecommerce v2', mobile: 'Mobile', video: 'Video' };

function setUp(): { services: FakeServices; ctx: BundleContext } {
  const loaded = open();
  clickMenuItem(loaded.services, loaded.ctx, 'Set up template');
  loaded.services.calls.reset();
  return loaded;
}

const cell = (row: unknown[], caption: string) => row[TRACK_COLUMN(caption) - 1] ?? '';

/** The rows a spec should add: one per event, then one per property. */
function expectedRows(spec: CatalogSpec): string[][] {
  const rows: string[][] = [];
  for (const e of spec.events) {
    rows.push(['E', spec.name, e.name, e.description, '', '', '', '']);
    for (const p of e.properties) rows.push(['P', '', '', '', p.name, p.type, (p.allowedValues ?? []).join(', '), p.description]);
  }
  return rows;
}

function actualRows(values: unknown[][], from: number): string[][] {
  return values
    .slice(from - 1)
    .map((r) => [
      cell(r, 'Event Name') ? 'E' : 'P',
      ...['Spec', 'Event Name', 'Fires When...', 'Property Name', 'Type', 'Allowed Values', 'Property Description'].map((c) => String(cell(r, c))),
    ]);
}

/** Every event row at depth 0, every property row in a depth-1 group of its own event. */
function expectLayoutGroups(services: FakeServices, sheetName: string, from: number): void {
  const dump = services.spreadsheet.testDump(sheetName);
  const spans: { start: number; end: number; depth: number; collapsed: boolean }[] = [];
  let open_: { start: number; end: number; depth: number; collapsed: boolean } | undefined;
  dump.values.forEach((row, i) => {
    const r = i + 1;
    if (r < from) return;
    if (cell(row, 'Event Name') || cell(row, 'Name')) {
      expect(dump.rowGroupDepths[r] ?? 0).toBe(0);
      open_ = undefined;
    } else {
      expect(dump.rowGroupDepths[r]).toBe(1);
      if (open_) open_.end = r;
      else spans.push((open_ = { start: r, end: r, depth: 1, collapsed: false }));
    }
  });
  const groups = dump.rowGroups.filter((g) => g.end >= from);
  expect(groups.map((g) => ({ ...g, collapsed: false }))).toEqual(spans);
  expect(dump.rowGroupControlPosition).toBe('BEFORE');
}

describe.each(SPECS.map((s) => [MENU[s.id], s] as const))('Insert %s events into an empty plan', (caption, spec) => {
  let services: FakeServices;
  let ctx: BundleContext;
  beforeAll(() => {
    ({ services, ctx } = setUp());
    clickMenuItem(services, ctx, caption, 'Insert spec events');
  });

  it("writes exactly the catalog's events and properties below the header", () => {
    const dump = services.spreadsheet.testDump('Track (Custom)');
    expect(dump.values[0]).toEqual(TRACK_HEADER);
    expect(actualRows(dump.values, 2)).toEqual(expectedRows(spec));
  });

  it("groups each event's property rows under it, toggle on the event row", () => {
    expectLayoutGroups(services, 'Track (Custom)', 2);
  });

  // 23 fixed calls: reading and writing the tab, the change stamp the open sidebar follows (2), selecting the new rows (1).
  it('stays within 23 + 2k calls for k events', () => {
    expect(services.calls.count()).toBeLessThanOrEqual(23 + 2 * spec.events.length);
  });

  it('says how many it inserted', () => {
    expect(services.spreadsheet.testToasts().pop()!.message).toBe(`Inserted ${spec.events.length} events.`);
  });

  it('adds nothing the second time, and says so', () => {
    const before = services.spreadsheet.testDumpAll();
    clickMenuItem(services, ctx, caption, 'Insert spec events');
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
    expect(services.spreadsheet.testToasts().pop()!.message).toBe(`All ${spec.events.length} events are already in the plan; nothing was inserted.`);
  });
});

describe('Insert spec events next to existing rows', () => {
  it('brings new rows back to depth 0 when the sheet must grow below a grouped event', () => {
    const { services, ctx } = open();
    seedTrack(services, 2, { exactRows: true }); // rows 2-7, group on 6-7 is the sheet's last row
    const before = services.spreadsheet.testDump('Track (Custom)');
    clickMenuItem(services, ctx, 'Mobile', 'Insert spec events');
    const after = services.spreadsheet.testDump('Track (Custom)');
    expect(after.values.slice(0, 7)).toEqual(before.values);
    expect(after.rowGroups.slice(0, 2)).toEqual(before.rowGroups);
    expectLayoutGroups(services, 'Track (Custom)', 2);
    expect(services.calls.countOf('Sheet.insertRowsAfter')).toBe(1);
  });

  it('keeps a collapsed group collapsed and the new rows visible', () => {
    const { services, ctx } = open();
    seedTrack(services, 1, { exactRows: true });
    services.spreadsheet.testSheet('Track (Custom)').getRowGroup(3, 1)!.collapse();
    clickMenuItem(services, ctx, 'B2B SaaS', 'Insert spec events');
    const sheet = services.spreadsheet.testSheet('Track (Custom)');
    expect(sheet.testIsRowVisible(3)).toBe(false);
    expect(sheet.testIsRowVisible(5)).toBe(true);
    expectLayoutGroups(services, 'Track (Custom)', 2);
  });

  it('fixes depth when the empty rows under the last event already sit in its group', () => {
    const { services, ctx } = open();
    seedTrack(services, 1);
    services.spreadsheet.testSheet('Track (Custom)').testSetRowGroupDepth(3, 10, 1);
    clickMenuItem(services, ctx, 'Video', 'Insert spec events');
    expect(services.spreadsheet.testDump('Track (Custom)').rowGroups[0]).toEqual({ start: 3, end: 4, depth: 1, collapsed: false });
    expectLayoutGroups(services, 'Track (Custom)', 2);
  });

  it('skips events already in the plan, whatever their spelling, and counts them', () => {
    const { services, ctx } = open({
      sheets: { 'Track (Custom)': [TRACK_HEADER, trackRow({ 'Event Name': ' order  COMPLETED' }), trackRow({ 'Event Name': 'Cart Viewed' })] },
    });
    clickMenuItem(services, ctx, 'Ecommerce v2', 'Insert spec events');
    const total = SPECS.find((s) => s.id === 'ecommerce-v2')!.events.length;
    expect(services.spreadsheet.testToasts()[0].message).toBe(`Inserted ${total - 2} events, 2 were already in the plan.`);
    const names = services.spreadsheet
      .testDump('Track (Custom)')
      .values.map((r) => cell(r, 'Event Name'))
      .filter(Boolean);
    expect(names.filter((n) => /order\s+completed/i.test(String(n)))).toHaveLength(1);
  });

  it('tells the user the plan is busy and changes nothing while another execution holds the lock', () => {
    const { services, ctx } = setUp();
    const before = services.spreadsheet.testDumpAll();
    services.testHoldLockElsewhere();
    clickMenuItem(services, ctx, 'Video', 'Insert spec events');
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
    expect(services.ui.testAlerts()[0].prompt).toMatch(/busy/);
  });

  it('creates the Track tab when there is none, and says so', () => {
    const { services, ctx } = open();
    clickMenuItem(services, ctx, 'Mobile', 'Insert spec events');
    const dump = services.spreadsheet.testDump('Track (Custom)');
    expect(dump.values[0]).toEqual(TRACK_HEADER);
    expect(dump.frozenRows).toBe(1);
    expect(services.spreadsheet.testToasts()[0].message).toMatch(/^There was no Track \(Custom\) tab, so it was created\. Inserted \d+ events\.$/);
  });

  it.each([1000, 10000])('stays within 23 + 2k calls for a plan of %i events', (size) => {
    const { services, ctx } = open();
    seedTrack(services, size);
    services.calls.reset();
    clickMenuItem(services, ctx, 'Video', 'Insert spec events');
    const k = SPECS.find((s) => s.id === 'video')!.events.length;
    expect(services.calls.count()).toBeLessThanOrEqual(23 + 2 * k);
    expectLayoutGroups(services, 'Track (Custom)', 2 + 3 * size);
  });
});

describe("Segment's original template", () => {
  const band: unknown[][] = [['Tracking Plan'], ['Minimize rows', 'Reset rows'], [], [], [], [], [], [], []];
  const header = ['', 'Spec', 'Name', 'Fires when...', 'prop name', 'type', 'prop description'];

  it('inserts under its header on row 10, in its own columns', () => {
    const { services, ctx } = open({
      sheets: { Track: [...band, header, ['P1', 'Custom', 'Signed Up', 'When a user signs up', '', '', ''], ['', '', '', '', 'plan', 'String', 'The plan']] },
    });
    clickMenuItem(services, ctx, 'B2B SaaS', 'Insert spec events');
    const dump = services.spreadsheet.testDump('Track');
    const b2b = SPECS.find((s) => s.id === 'b2b-saas')!;
    expect(dump.values[12].slice(0, 7)).toEqual(['', 'B2B SaaS', b2b.events[0].name, b2b.events[0].description, '', '', '']);
    expect(dump.values[13].slice(0, 7)).toEqual([
      '',
      '',
      '',
      '',
      b2b.events[0].properties[0].name,
      b2b.events[0].properties[0].type,
      b2b.events[0].properties[0].description,
    ]);
    expect(dump.values[0]).toEqual(['Tracking Plan', '', '', '', '', '', '']);
    expect(dump.rowGroups.find((g) => g.start === 14)).toEqual({ start: 14, end: 14 + b2b.events[0].properties.length - 1, depth: 1, collapsed: false });
    expect(dump.rowGroupDepths[13]).toBeUndefined();
  });
});

describe('the sidebar picker', () => {
  it('lists the specs', () => {
    const { ctx } = setUp();
    const list = ctx.listSpecs();
    expect(list.specs.map((s: { name: string }) => s.name)).toEqual(['B2B SaaS', 'Ecommerce v2', 'Mobile', 'Video']);
  });

  it("lists a spec's events with what is already in the plan, and inserts only the chosen ones", () => {
    const { services, ctx } = open({ sheets: { 'Track (Custom)': [TRACK_HEADER, trackRow({ 'Event Name': 'Application Opened' })] } });
    const picker = ctx.listSpecEvents('mobile');
    expect(picker.specName).toBe('Mobile');
    const opened = picker.events.find((e: { name: string }) => e.name === 'Application Opened');
    expect(opened.inPlan).toBe(true);
    expect(opened.propertyCount).toBeGreaterThan(0);
    expect(picker.events.filter((e: { inPlan: boolean }) => e.inPlan)).toHaveLength(1);
    const result = ctx.insertSpecEvents('mobile', ['Application Installed', 'Application Opened']);
    expect(result.message).toBe('Inserted 1 event, 1 was already in the plan.');
    const names = services.spreadsheet
      .testDump('Track (Custom)')
      .values.map((r) => cell(r, 'Event Name'))
      .filter(Boolean);
    expect(names).toEqual(['Event Name', 'Application Opened', 'Application Installed']);
    expect(JSON.parse(JSON.stringify(picker))).toEqual(picker);
  });

  it('refuses unknown specs and events with a clear message, changing nothing', () => {
    const { services, ctx } = setUp();
    const before = services.spreadsheet.testDumpAll();
    expect(() => ctx.insertSpecEvents('retail', [])).toThrow('There is no spec called "retail". The specs are B2B SaaS, Ecommerce v2, Mobile, Video.');
    expect(() => ctx.insertSpecEvents('video', ['Video Exploded'])).toThrow('The Video spec has no event named "Video Exploded".');
    expect(() => ctx.listSpecEvents('nope')).toThrow(/There is no spec called "nope"/);
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
  });
});
