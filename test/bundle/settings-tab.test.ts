/** The hidden settings tab that carries the document's settings into a downloaded .xlsx. */
import { settingsFromRows } from '../../src/core/settings-sheet';
import { ensureBuilt, open } from './sheet-helpers';

beforeAll(ensureBuilt);

const MARKER = 'trackingPlan.ownedSheet';

describe('the settings tab', () => {
  it('is created hidden and claimed when settings differ from the defaults, and holds them all', () => {
    const { services, ctx } = open();
    services.spreadsheet.testAddSheet('Goals', [['Business Goal']]);
    services.spreadsheet.testSetSelection('Goals', 'A1');
    ctx.saveSettings({ eventCasing: 'Title Case' });
    expect(services.spreadsheet.testSheetNames()).not.toContain('Plan Settings');
    ctx.saveSettings({ acceptedWords: ['iOS', '=1+1', '007'], severities: { 'event-casing': 'warning' } });
    ctx.acceptFinding({ rule: 'event-casing', tab: 'Track (Custom)', name: 'iPhone_Opened' });
    const sheet = services.spreadsheet.testSheet('Plan Settings');
    expect(sheet.isSheetHidden()).toBe(true);
    // Creating the tab does not take the user away from theirs.
    expect(services.spreadsheet.getActiveSheet().getName()).toBe('Goals');
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([[MARKER, 'settings']]);
    const values = services.spreadsheet.testDump('Plan Settings').values;
    expect(settingsFromRows(values)).toEqual({ settings: ctx.getSettings().settings, problems: [] });
    expect(ctx.getSettings().settings.acceptedWords).toEqual(['iOS', '=1+1', '007']);
    expect(services.spreadsheet.testDump('Plan Settings').formulas).toEqual({});
  });

  it('never writes to a user tab of the same name, and is rewritten whole, in the same few calls however many settings', () => {
    const { services, ctx } = open();
    services.spreadsheet.testAddSheet('Plan Settings', [['My own notes']]);
    services.calls.reset();
    ctx.saveSettings({ acceptedWords: ['iOS'] });
    const small = services.calls.count();
    expect(services.spreadsheet.testDump('Plan Settings').values).toEqual([['My own notes']]);
    expect(services.spreadsheet.testSheet('Plan Settings (2)').isSheetHidden()).toBe(true);
    services.calls.reset();
    ctx.saveSettings({ acceptedWords: Array.from({ length: 2000 }, (_, i) => `Word${i}`) });
    const large = services.calls.count();
    expect(large).toBeLessThanOrEqual(small + 2);
    services.calls.reset();
    ctx.saveSettings({ acceptedWords: ['PayPal'] });
    const values = services.spreadsheet.testDump('Plan Settings (2)').values;
    expect(settingsFromRows(values).settings.acceptedWords).toEqual(['PayPal']);
    expect(services.calls.count()).toBeLessThanOrEqual(20);
  });
});
