/** loadBundle runs a script in an isolated vm context; clickMenuItem clicks by caption. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { clickMenuItem, createFakeServices, loadBundle } from '../../fakes/index';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-bundle-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function writeScript(src: string): string {
  const file = path.join(dir, `Code${Math.random().toString(36).slice(2)}.js`);
  fs.writeFileSync(file, src);
  return file;
}

const SCRIPT = `
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Open sidebar', 'menuOpenSidebar').addToUi(); }
function menuOpenSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>' + SpreadsheetApp.getActiveSpreadsheet().getName() + '</p>'));
  return 'opened';
}
function globalsSeen() {
  return { require: typeof require, process: typeof process, module: typeof module, Buffer: typeof Buffer, setTimeout: typeof setTimeout };
}
function dateIsDate() {
  var v = SpreadsheetApp.getActiveSheet().getRange(1, 1).getValue();
  return [v instanceof Date, Array.isArray(SpreadsheetApp.getActiveSheet().getRange(1, 1).getValues())];
}
function caught() {
  try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message]; }
}
`;

describe('loadBundle', () => {
  it('runs the script, onOpen builds the menu, clickMenuItem calls the function', () => {
    const s = createFakeServices({ name: 'My plan', authMode: 'NONE' });
    const ctx = loadBundle(s, writeScript(SCRIPT));
    ctx.onOpen({ authMode: 'NONE' });
    expect(s.ui.testAddonMenu()!.entries).toEqual([{ type: 'item', caption: 'Open sidebar', functionName: 'menuOpenSidebar' }]);
    expect(clickMenuItem(s, ctx, 'Open sidebar')).toBe('opened');
    expect(s.ui.testSidebarHtml()).toBe('<p>My plan</p>');
    expect(() => clickMenuItem(s, ctx, 'Nope')).toThrow(/no menu item "Nope"/);
  });

  it('the context has no require/process/module/Buffer/timers', () => {
    const s = createFakeServices();
    const ctx = loadBundle(s, writeScript(SCRIPT));
    expect({ ...ctx.globalsSeen() }).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined', setTimeout: 'undefined' });
  });

  it('dates and errors are of the bundle realm', () => {
    const s = createFakeServices();
    s.spreadsheet.getActiveSheet().testSetValues(1, 1, [[new Date(2024, 0, 1)]]);
    const ctx = loadBundle(s, writeScript(SCRIPT));
    expect([...ctx.dateIsDate()]).toEqual([true, true]);
    expect([...ctx.caught()]).toEqual([true, 'Exception', 'The starting row of the range is too small.']);
  });

  it('throws a clear error when the bundle is missing', () => {
    const s = createFakeServices();
    expect(() => loadBundle(s, path.join(dir, 'missing.js'))).toThrow(/npm run build/);
  });
});
