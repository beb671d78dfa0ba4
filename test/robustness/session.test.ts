/**
 * What happens around an operation rather than in the sheet's content:
 * onOpen with little authorization, sidebar calls made after the
 * spreadsheet changed underneath them, two operations at once, and
 * settings an older version stored.
 */
import { createFakeServices, loadBundle } from '../../fakes';
import { col, eventRow, propertyRow, row, seedPlan, TRACK } from '../bundle/checks-helpers';
import { ensureBuilt, open, trackRow } from '../bundle/sheet-helpers';
import { dumpAll, expectClearMessage, menu, sidebar, userChanges } from './helpers';

beforeAll(ensureBuilt);

const EVENT = col('track', 'Event Name');
const PROPERTY = col('track', 'Property Name');
const MENU_CALLS = ['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu', 'Menu.addItem', 'Menu.addSeparator', 'Menu.addSubMenu', 'Menu.addToUi'];

function seed(services: ReturnType<typeof createFakeServices>): void {
  seedPlan(
    services,
    [
      eventRow('order_completed', 'Order placed.', { Spec: 'Custom' }),
      propertyRow('orderId', 'String', 'Order id.'),
      propertyRow('cartValue', 'Number', 'Cart value.'),
      eventRow('product_viewed', 'Product page opens.', { Spec: 'Custom' }),
      propertyRow('productId', 'String', 'Product id.'),
    ],
    [row('goals', { 'Business Goal': 'Revenue', Events: 'Order Completed' })],
  );
  const sheet = services.spreadsheet.testSheet(TRACK);
  sheet.testSetRowGroupDepth(3, 4, 1);
  sheet.testSetRowGroupDepth(6, 6, 1);
  sheet.getRange('C2').setNote('Keep this note');
}

describe('onOpen with little authorization', () => {
  for (const mode of ['NONE', 'LIMITED'] as const) {
    it(`builds only the menu in AuthMode.${mode}`, () => {
      const services = createFakeServices();
      seed(services);
      services.testSetAuthMode(mode);
      const before = dumpAll(services);
      const ctx = loadBundle(services);
      services.calls.reset();
      ctx.onOpen({ authMode: mode });
      expect(services.ui.testAddonMenu()).not.toBeNull();
      for (const e of services.calls.entries()) expect(MENU_CALLS).toContain(`${e.service}.${e.method}`);
      expect(dumpAll(services)).toEqual(before);
      expect(services.testDocumentProperties()).toEqual({});
      expect(services.ui.testAlerts()).toEqual([]);
    });
  }

  it('onEdit before the add-on was ever used does nothing and shows nothing', () => {
    const services = createFakeServices();
    seed(services);
    const ctx = loadBundle(services);
    services.testSetAuthMode('LIMITED');
    const before = dumpAll(services);
    const sheet = services.spreadsheet.testSheet(TRACK);
    sheet.testSetValues(2, EVENT, [['Order Completed']]);
    const expected = dumpAll(services);
    ctx.onEdit({ range: sheet.getRange(2, EVENT), source: services.spreadsheet, value: 'Order Completed', oldValue: 'order_completed', authMode: 'LIMITED' });
    expect(dumpAll(services)).toEqual(expected);
    expect(before).not.toEqual(expected);
  });
});

describe('sidebar calls after the spreadsheet changed underneath', () => {
  function checked() {
    const { services, ctx } = open();
    seed(services);
    const result = sidebar(services, ctx, 'checkNow').result as { findings: any[] };
    const finding = result.findings.find((f) => f.rule === 'event-casing' && f.row === 5)!;
    expect(finding).toBeDefined();
    return { services, ctx, finding, findings: result.findings };
  }

  it('fixing a finding on a tab deleted since the check says so and changes nothing', () => {
    const { services, ctx, finding } = checked();
    services.spreadsheet.testRemoveSheet(TRACK);
    const before = dumpAll(services);
    const out = sidebar(services, ctx, 'fixFinding', finding);
    expect(out.failed).toBeDefined();
    expectClearMessage(out.failed!);
    expect(out.failed).not.toMatch(/Something went wrong/);
    expect(userChanges(before, dumpAll(services))).toEqual([]);
  });

  it('fixing a finding whose rows were removed since the check says so and changes nothing', () => {
    const { services, ctx, finding } = checked();
    services.spreadsheet.testSheet(TRACK).deleteRows(2, 3);
    const before = dumpAll(services);
    const out = sidebar(services, ctx, 'fixFinding', finding);
    expect(out.failed).toMatch(/changed since the last check/);
    expectClearMessage(out.failed!);
    expect(userChanges(before, dumpAll(services))).toEqual([]);
  });

  it('fixing a finding whose cell was edited since the check changes nothing', () => {
    const { services, ctx, finding } = checked();
    services.spreadsheet.testSheet(TRACK).testSetValues(5, EVENT, [['product_seen']]);
    const before = dumpAll(services);
    const out = sidebar(services, ctx, 'fixFinding', finding);
    expect(out.failed).toMatch(/changed since the last check/);
    expect(userChanges(before, dumpAll(services))).toEqual([]);
  });

  it('fix-all after a tab was deleted fixes what is left and says so clearly', () => {
    const { services, ctx } = checked();
    services.spreadsheet.testRemoveSheet('Goals');
    const out = sidebar(services, ctx, 'fixAllOfRule', 'event-casing');
    expect(out.failed).toBeUndefined();
    for (const m of out.messages) expectClearMessage(m);
    expect(out.messages.join(' ')).toMatch(/Goals/);
  });

  it('selecting a cell on a deleted tab, or with nonsense arguments, says so', () => {
    const { services, ctx, finding } = checked();
    services.spreadsheet.testRemoveSheet(TRACK);
    for (const args of [
      [finding.tab, finding.row, finding.column],
      [undefined, 'x', null],
      [{}, -1, 1.5],
    ]) {
      const out = sidebar(services, ctx, 'selectCell', ...args);
      expect(out.failed).toBeDefined();
      expectClearMessage(out.failed!);
    }
  });

  it('malformed sidebar arguments get clear messages and change nothing', () => {
    const { services, ctx } = checked();
    const before = dumpAll(services);
    const calls: [string, unknown[]][] = [
      ['fixFinding', [null]],
      ['fixFinding', [{ rule: 'event-casing', tab: TRACK, row: 'five', column: 3, text: 'x' }]],
      ['fixAllOfRule', ['no-such-rule']],
      ['fixAllOfRule', [undefined]],
      ['insertSpecEvents', ['no-such-spec', []]],
      ['insertSpecEvents', ['video', 'Video Playback Started']],
      ['insertSpecEvents', ['video', ['No Such Event']]],
      ['insertSpecEvents', [undefined, undefined]],
      ['listSpecEvents', [42]],
      ['exportPlan', ['pdf']],
      ['exportPlan', [undefined]],
      ['saveSettings', [null]],
      ['saveSettings', [{ eventCasing: 'SHOUTING' }]],
      ['saveSettings', [{ disabledRules: 'everything' }]],
    ];
    const problems: string[] = [];
    for (const [fn, args] of calls) {
      const out = sidebar(services, ctx, fn, ...args);
      if (out.failed === undefined) problems.push(`${fn}(${JSON.stringify(args)}) did not refuse`);
      else {
        try {
          expectClearMessage(out.failed);
        } catch (e) {
          problems.push(`${fn}: ${(e as Error).message}`);
        }
        if (/Something went wrong/.test(out.failed))
          problems.push(`${fn}(${JSON.stringify(args)}): unexpected failure ${services.logs.slice(-1)[0]?.slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(dumpAll(services)).toEqual(before);
  });
});

describe('two operations at once', () => {
  it('a second insertion while the document lock is held elsewhere says the plan is busy and changes nothing', () => {
    const { services, ctx } = open();
    seed(services);
    services.testHoldLockElsewhere();
    const before = dumpAll(services);
    const fromSidebar = sidebar(services, ctx, 'insertSpecEvents', 'video', ['Video Playback Started']);
    expect(fromSidebar.failed).toMatch(/busy/);
    expectClearMessage(fromSidebar.failed!);
    const fromMenu = menu(services, ctx, 'Video', 'Insert spec events');
    expect(fromMenu.messages.join(' ')).toMatch(/busy/);
    for (const m of fromMenu.messages) expectClearMessage(m);
    expect(dumpAll(services)).toEqual(before);
    expect(services.testLockHolder()).toBe('other');
  });

  it('every operation that writes the plan refuses while the lock is held elsewhere, and changes nothing', () => {
    const { services, ctx } = open();
    seed(services);
    sidebar(services, ctx, 'checkNow');
    services.testHoldLockElsewhere();
    const before = dumpAll(services);
    const props = services.testDocumentProperties();
    for (const [fn, args] of [
      ['clearChecks', []],
      ['fixAllOfRule', ['event-casing']],
      ['fixFinding', [{ rule: 'event-casing', tab: TRACK, row: 2, column: EVENT, text: 'order_completed' }]],
      ['repairRowGroups', []],
      ['insertSpecEvents', ['mobile', undefined]],
    ] as [string, unknown[]][]) {
      const out = sidebar(services, ctx, fn, ...args);
      expect([fn, out.failed]).toEqual([fn, expect.stringMatching(/busy/)]);
    }
    expect(dumpAll(services)).toEqual(before);
    expect(services.testDocumentProperties()).toEqual(props);
  });

  it('once the lock is free, two insertions one after the other add each event once and keep the groups right', () => {
    const { services, ctx } = open();
    seed(services);
    services.testHoldLockElsewhere();
    sidebar(services, ctx, 'insertSpecEvents', 'video', ['Video Playback Started']);
    services.testReleaseLockElsewhere();
    const first = sidebar(services, ctx, 'insertSpecEvents', 'video', ['Video Playback Started', 'Video Playback Paused']);
    const second = sidebar(services, ctx, 'insertSpecEvents', 'video', ['Video Playback Started', 'Video Playback Paused']);
    expect(first.messages).toEqual(['Inserted 2 events.']);
    expect(second.messages[0]).toMatch(/already in the plan/);
    const dump = services.spreadsheet.testDump(TRACK);
    const names = dump.values.map((r) => r[EVENT - 1]).filter((v) => v);
    expect(names.filter((n) => n === 'Video Playback Started')).toHaveLength(1);
    // Each event row at depth 0, each property row at depth 1.
    dump.values.forEach((r, i) => {
      if (i === 0) return;
      const depth = dump.rowGroupDepths[i + 1] ?? 0;
      if (r[EVENT - 1]) expect([i + 1, depth]).toEqual([i + 1, 0]);
      else if (r[PROPERTY - 1]) expect([i + 1, depth]).toEqual([i + 1, 1]);
    });
    expect(services.testLockHolder()).toBe('none');
    expect(sidebar(services, ctx, 'checkNow').messages.join(' ')).not.toMatch(/Repair row groups/);
  });

  it('a failed operation releases the lock', () => {
    const { services, ctx } = open();
    seed(services);
    sidebar(services, ctx, 'insertSpecEvents', 'video', ['Nope']);
    sidebar(services, ctx, 'fixFinding', { rule: 'event-casing', tab: TRACK, row: 99, column: 3, text: 'x' });
    expect(services.testLockHolder()).toBe('none');
  });
});

describe('settings stored by an older version', () => {
  const KEY = 'trackingPlan.settings';
  const stored: [string, string][] = [
    ['an unknown casing', JSON.stringify({ eventCasing: 'Shouting Case', propertyCasing: 'kebab-case', acceptedWords: ['iOS'], disabledRules: [] })],
    ['an unknown rule id', JSON.stringify({ eventCasing: 'Title Case', disabledRules: ['no-such-rule', 'event-casing'] })],
    ['fields of the wrong type', JSON.stringify({ eventCasing: 7, propertyCasing: null, acceptedWords: { a: 1 }, disabledRules: 'event-casing' })],
    ['text that is not JSON', '{eventCasing: Title Case'],
    ['a JSON array', '[1,2,3]'],
  ];
  for (const [what, json] of stored) {
    it(`falls back to defaults with a message for ${what}`, () => {
      const { services, ctx } = open();
      seed(services);
      services.properties.getDocumentProperties().setProperty(KEY, json);
      const got = sidebar(services, ctx, 'getSettings');
      expect(got.failed).toBeUndefined();
      const dto = got.result as { settings: { eventCasing: string; propertyCasing: string }; warnings: string[] };
      expect(['Title Case', 'Sentence case', 'lower case', 'snake_case', 'camelCase', 'PascalCase']).toContain(dto.settings.eventCasing);
      expect(['snake_case', 'camelCase']).toContain(dto.settings.propertyCasing);
      expect(dto.warnings.length).toBeGreaterThan(0);
      for (const w of dto.warnings) expectClearMessage(w);

      const checkMenu = menu(services, ctx, 'Check conventions');
      expect(checkMenu.messages.join(' ')).toMatch(/settings/i);
      for (const m of checkMenu.messages) expectClearMessage(m);
      const overview = sidebar(services, ctx, 'getOverview').result as { problems: string[] };
      expect(overview.problems.join(' ')).toMatch(/settings/i);
      // The stored value is left for the user to replace: reading never rewrites it.
      expect(services.testDocumentProperties()[KEY]).toBe(json);
    });
  }

  it('saving settings replaces the old value and ends the message', () => {
    const { services, ctx } = open();
    seed(services);
    services.properties.getDocumentProperties().setProperty(KEY, JSON.stringify({ eventCasing: 'Shouting Case' }));
    sidebar(services, ctx, 'saveSettings', { eventCasing: 'snake_case' });
    const dto = sidebar(services, ctx, 'getSettings').result as { settings: { eventCasing: string }; warnings: string[] };
    expect(dto.settings.eventCasing).toBe('snake_case');
    expect(dto.warnings).toEqual([]);
  });
});

it('a hand-typed row between events stays where it is through insert, check and clear', () => {
  const { services, ctx } = open();
  seed(services);
  services.spreadsheet.testSheet(TRACK).testSetValues(7, 1, [trackRow({ Notes: 'remember to ask legal' })]);
  const before = dumpAll(services);
  sidebar(services, ctx, 'insertSpecEvents', 'b2b-saas', ['Account Created']);
  sidebar(services, ctx, 'checkNow');
  sidebar(services, ctx, 'clearChecks');
  expect(userChanges(before, dumpAll(services))).toEqual([]);
  expect(services.spreadsheet.testDump(TRACK).values[8 - 1][EVENT - 1]).toBe('Account Created');
});
