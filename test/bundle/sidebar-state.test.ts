/**
 * One state everywhere: the change stamp every command and edit moves, the
 * sidebar state read from the sheet as it is, the Fix all preview and Undo,
 * accepted findings, per-rule severities and settings above the 9 KB
 * property limit, through the bundle's entry points.
 */
import { clickMenuItem } from '../../fakes';
import { col, highlight, letter, markKeys, seedLargePlan, seedTwoBadEventNames, TRACK } from './checks-helpers';
import { ensureBuilt, open, typeInto } from './sheet-helpers';

beforeAll(ensureBuilt);

const EVENT = col('track', 'Event Name');

type Ctx = ReturnType<typeof open>['ctx'];

function stamp(ctx: Ctx): string {
  return ctx.getChangeStamp().stamp;
}

describe('the change stamp', () => {
  it('costs two service calls to read', () => {
    const { services, ctx } = open();
    seedTwoBadEventNames(services);
    services.calls.reset();
    stamp(ctx);
    expect(services.calls.count()).toBe(2);
    expect(services.calls.byMethod()).toEqual({ 'PropertiesService.getDocumentProperties': 1, 'Properties.getProperty': 1 });
  });

  it('moves after every command and every edit on a plan tab, and not when nothing changed', () => {
    const { services, ctx } = open();
    const moves = (label: string, act: () => void) => {
      const before = stamp(ctx);
      act();
      expect([label, stamp(ctx)]).not.toEqual([label, before]);
    };
    moves('set up template', () => clickMenuItem(services, ctx, 'Set up template'));
    moves('insert', () => ctx.insertSpecEvents('b2b-saas', ['Account Created']));
    moves('menu check', () => clickMenuItem(services, ctx, 'Check conventions'));
    // The sidebar looks at the sheet, then someone types.
    ctx.getSidebarState();
    moves('edit', () => typeInto(services, ctx, TRACK, `${letter(EVENT)}40`, 'order_done'));
    const found = ctx.checkNow().findings.find((f: { text: string }) => f.text === 'order_done');
    moves('fix', () => ctx.fixFinding({ rule: found.rule, tab: found.tab, row: found.row, column: found.column, text: found.text }));
    moves('undo', () => ctx.undoLastFix());
    moves('settings', () => ctx.saveSettings({ eventCasing: 'Title Case' }));
    moves('clear', () => clickMenuItem(services, ctx, 'Clear checks'));
    const seen = ctx.getSidebarState().stamp;
    ctx.getSidebarState();
    ctx.previewFixAll('event-casing');
    expect(stamp(ctx)).toBe(seen);
  });

  it('costs an edit one call only when a sidebar looked since the last change', () => {
    const { services, ctx } = open();
    seedTwoBadEventNames(services);
    clickMenuItem(services, ctx, 'Check conventions');
    const count = (value: string) => {
      services.calls.reset();
      typeInto(services, ctx, TRACK, `${letter(EVENT)}2`, value);
      return services.calls.countOf('Properties.setProperty');
    };
    expect(count('order_done')).toBe(0);
    const seen = ctx.getSidebarState().stamp;
    expect(count('Order Done')).toBe(1);
    expect(stamp(ctx)).not.toBe(seen);
    expect(count('order_done')).toBe(0);
  });
});

describe('getSidebarState', () => {
  it('shows the sheet as it is after a check from the menu, an edit and Clear', () => {
    const { services, ctx } = open();
    seedTwoBadEventNames(services);
    expect(ctx.getSidebarState().result).toBeNull();
    expect(ctx.getSidebarState().overview).toMatchObject({ checksOn: false, lastCheck: null, counts: { events: 3 } });
    clickMenuItem(services, ctx, 'Check conventions');
    let state = ctx.getSidebarState();
    expect(state.overview.checksOn).toBe(true);
    const casing = () =>
      ctx
        .getSidebarState()
        .result.findings.filter((f: { rule: string }) => f.rule === 'event-casing')
        .map((f: { text: string }) => f.text);
    expect(casing()).toEqual(['order_completed', 'invoice_paid']);
    expect(state.overview.lastCheck.errors).toBe(state.result.errors);
    typeInto(services, ctx, TRACK, `${letter(EVENT)}2`, 'Order Completed');
    state = ctx.getSidebarState();
    expect(casing()).toEqual(['invoice_paid']);
    expect(state.overview.lastCheck.errors).toBe(state.result.errors);
    clickMenuItem(services, ctx, 'Clear checks');
    state = ctx.getSidebarState();
    expect(state.result).toBeNull();
    expect(state.overview.checksOn).toBe(false);
  });

  it('costs the same few calls for 10 and 5,000 events (read only: the marks are not rewritten)', () => {
    const cost = (events: number) => {
      const { services, ctx } = open();
      seedLargePlan(services, events);
      clickMenuItem(services, ctx, 'Check conventions');
      ctx.getSidebarState();
      services.calls.reset();
      ctx.getSidebarState();
      const byMethod = services.calls.byMethod();
      expect(Object.keys(byMethod).filter((m) => /set|insert|delete|clear|add/i.test(m) && !/^Properties\./.test(m))).toEqual([]);
      return services.calls.count();
    };
    const small = cost(10);
    expect(cost(5000)).toBe(small);
    expect(small).toBeLessThanOrEqual(20);
  });

  it('on a blank spreadsheet names every missing tab and never says there are no problems', () => {
    const { ctx } = open();
    const state = ctx.getSidebarState();
    expect(state.overview.missingTabs).toEqual(['Goals', 'Identify', 'Group', 'Page & Screen', 'Track (Custom)']);
    const checked = ctx.checkNow();
    expect(checked.message).not.toMatch(/No problems/);
    expect(checked.message).toMatch(/no tracking plan yet.*Set up template/);
    expect(checked.missingTabs).toHaveLength(5);
  });
});

describe('Insert', () => {
  it('selects the rows it added, so Sheets scrolls to them, and leaves the selection alone when it adds nothing', () => {
    const { services, ctx } = open();
    clickMenuItem(services, ctx, 'Set up template');
    services.spreadsheet.testSetSelection('Goals', 'A1');
    ctx.insertSpecEvents('b2b-saas', ['Account Created', 'Signed Up']);
    const sheet = services.spreadsheet.getActiveSheet();
    const range = sheet.getActiveRange()!;
    const values = services.spreadsheet.testDump(TRACK).values;
    expect(sheet.getName()).toBe(TRACK);
    expect(range.getRow()).toBe(2);
    expect(range.getLastRow()).toBe(values.length);
    expect(values[range.getRow() - 1][EVENT - 1]).toBe('Account Created');
    services.spreadsheet.testSetSelection('Goals', 'B3');
    ctx.insertSpecEvents('b2b-saas', ['Account Created']);
    expect(services.spreadsheet.getActiveSheet().getName()).toBe('Goals');
  });
});

describe('Fix all preview and Undo', () => {
  it('previews old -> new per cell without writing, and Undo restores the batch exactly', () => {
    const { services, ctx } = open();
    seedTwoBadEventNames(services);
    ctx.checkNow();
    const before = services.spreadsheet.testDumpAll();
    const preview = ctx.previewFixAll('event-casing');
    expect(preview.changes.map((c: { a1: string; before: string; after: string }) => [c.a1, c.before, c.after])).toEqual([
      [`${letter(EVENT)}2`, 'order_completed', 'Order Completed'],
      [`${letter(EVENT)}3`, 'invoice_paid', 'Invoice Paid'],
    ]);
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
    ctx.fixAllOfRule('event-casing');
    expect(services.spreadsheet.testDump(TRACK).values[2][EVENT - 1]).toBe('Invoice Paid');
    expect(ctx.getSidebarState().overview.canUndoFix).toBe(true);
    const undone = ctx.undoLastFix();
    expect(undone.message).toMatch(/^Restored 2 cells/);
    const after = services.spreadsheet.testDump(TRACK);
    expect(after.values.map((r: unknown[]) => r[EVENT - 1])).toEqual(before[TRACK].values.map((r: unknown[]) => r[EVENT - 1]));
    expect(ctx.getSidebarState().overview.canUndoFix).toBe(false);
    expect(() => ctx.undoLastFix()).toThrow(/no fix to undo/);
  });

  it('leaves a cell edited since the fix alone, and names it', () => {
    const { services, ctx } = open();
    seedTwoBadEventNames(services);
    ctx.checkNow();
    ctx.fixAllOfRule('event-casing');
    typeInto(services, ctx, TRACK, `${letter(EVENT)}3`, 'Invoice Settled');
    const undone = ctx.undoLastFix();
    expect(undone.message).toMatch(/^Restored 1 cell to what it held before the fix\. Left 'Track \(Custom\)'!C3 alone: it was edited since the fix\./);
    const values = services.spreadsheet.testDump(TRACK).values;
    expect(values[1][EVENT - 1]).toBe('order_completed');
    expect(values[2][EVENT - 1]).toBe('Invoice Settled');
  });
});

describe('accepted findings', () => {
  it('are listed as accepted, counted apart and never highlighted, and can be restored', () => {
    const { services, ctx } = open();
    seedTwoBadEventNames(services);
    ctx.checkNow();
    const cell = `${letter(EVENT)}2`;
    expect(highlight(services, TRACK, cell)).toBe('#f4c7c3');
    const accepted = ctx.acceptFinding({ rule: 'event-casing', tab: TRACK, name: 'order_completed' });
    const finding = accepted.findings.find((f: { rule: string; row: number }) => f.rule === 'event-casing' && f.row === 2);
    expect(finding.accepted).toBe(true);
    expect(accepted.accepted).toBe(1);
    expect(markKeys(services, TRACK, 2)).not.toContain('✖ Event Name [event-casing]');
    expect(highlight(services, TRACK, cell)).toBeUndefined();
    expect(ctx.getSettings().settings.acceptedFindings).toEqual([{ rule: 'event-casing', tab: TRACK, name: 'order_completed' }]);
    // Fix all leaves the accepted one as it is.
    ctx.fixAllOfRule('event-casing');
    expect(services.spreadsheet.testDump(TRACK).values[1][EVENT - 1]).toBe('order_completed');
    const restored = ctx.unacceptFinding({ rule: 'event-casing', tab: TRACK, name: 'order_completed' });
    expect(restored.findings.find((f: { rule: string; row: number }) => f.rule === 'event-casing' && f.row === 2).accepted).toBeUndefined();
    expect(highlight(services, TRACK, cell)).toBe('#f4c7c3');
  });
});

describe('settings', () => {
  it('give each rule a severity, or switch it off, and still read the old switched-off list', () => {
    const { services, ctx } = open();
    seedTwoBadEventNames(services);
    ctx.saveSettings({ severities: { 'event-casing': 'warning' } });
    const result = ctx.checkNow();
    expect(result.findings.filter((f: { rule: string }) => f.rule === 'event-casing').map((f: { severity: string }) => f.severity)).toEqual([
      'warning',
      'warning',
    ]);
    ctx.saveSettings({ severities: { 'event-casing': 'off' } });
    expect(ctx.checkNow().findings.some((f: { rule: string }) => f.rule === 'event-casing')).toBe(false);
    services.properties.getDocumentProperties().setProperty('trackingPlan.settings', JSON.stringify({ disabledRules: ['event-casing'] }));
    expect(ctx.getSettings().settings.severities).toEqual({ 'event-casing': 'off' });
  });

  it('keep 1,000 accepted words and more past the 9 KB property limit, in parts', () => {
    const { services, ctx } = open();
    const words = Array.from({ length: 3000 }, (_, i) => `Brandname${i}Ünïcode`);
    ctx.saveSettings({ acceptedWords: words });
    const props = services.testDocumentProperties();
    for (const value of Object.values(props)) expect(Buffer.byteLength(String(value) + '', 'utf8')).toBeLessThanOrEqual(9 * 1024);
    expect(Object.keys(props).filter((k) => k.startsWith('trackingPlan.settings.part')).length).toBeGreaterThan(5);
    expect(ctx.getSettings().settings.acceptedWords).toEqual(words);
    // Fewer words later: the stale parts go.
    ctx.saveSettings({ acceptedWords: ['iOS'] });
    expect(Object.keys(services.testDocumentProperties()).filter((k) => k.startsWith('trackingPlan.settings.part'))).toEqual([]);
    expect(ctx.getSettings().settings.acceptedWords).toEqual(['iOS']);
  });

  it('refuse settings above the stated limit with a message, keeping what was stored', () => {
    const { ctx } = open();
    ctx.saveSettings({ acceptedWords: ['iOS'] });
    const words = Array.from({ length: 20000 }, (_, i) => `Brandname${i}`);
    expect(() => ctx.saveSettings({ acceptedWords: words })).toThrow(
      /too large to keep with the document: [\d,]+ characters, and the limit is 200,000 .*Nothing was changed\./,
    );
    expect(ctx.getSettings().settings.acceptedWords).toEqual(['iOS']);
  });
});
