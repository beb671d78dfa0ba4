/** Ui, HtmlService, PropertiesService, LockService and auth-mode fakes. */
import { createFakeServices } from '../../fakes/index';

describe('Ui', () => {
  it('records the add-on menu with items, separators and submenus', () => {
    const s = createFakeServices();
    const ui = (s.globals.SpreadsheetApp as any).getUi();
    const sub = ui.createMenu('Insert spec events').addItem('B2B SaaS', 'menuInsertB2b');
    ui.createAddonMenu().addItem('Open sidebar', 'menuOpenSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(s.ui.testAddonMenu()).toEqual({
      title: 'Tracking Plan for Google Sheets',
      addon: true,
      entries: [
        { type: 'item', caption: 'Open sidebar', functionName: 'menuOpenSidebar' },
        { type: 'separator' },
        {
          type: 'submenu',
          caption: 'Insert spec events',
          menu: { title: 'Insert spec events', addon: false, entries: [{ type: 'item', caption: 'B2B SaaS', functionName: 'menuInsertB2b' }] },
        },
      ],
    });
    expect(s.calls.countOf('Menu.addItem')).toBe(2);
  });

  it('alerts: three signatures, default and queued answers', () => {
    const s = createFakeServices();
    const ui = s.ui;
    expect(ui.alert('Hello')).toBe('OK');
    expect(ui.alert('Sure?', ui.ButtonSet.YES_NO)).toBe('YES');
    ui.testQueueResponse(ui.Button.NO);
    expect(ui.alert('Title', 'Sure?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.testAlerts()).toEqual([
      { title: '', prompt: 'Hello', buttons: 'OK', response: 'OK' },
      { title: '', prompt: 'Sure?', buttons: 'YES_NO', response: 'YES' },
      { title: 'Title', prompt: 'Sure?', buttons: 'YES_NO', response: 'NO' },
    ]);
    ui.testQueueResponse('OK', 'typed');
    const p = ui.prompt('Name?', ui.ButtonSet.OK_CANCEL);
    expect([p.getSelectedButton(), p.getResponseText()]).toEqual(['OK', 'typed']);
  });

  it('showSidebar records the HtmlOutput content and title', () => {
    const s = createFakeServices({ htmlFiles: { Sidebar: '<p>hi</p>' } });
    const html = (s.globals.HtmlService as any).createHtmlOutputFromFile('Sidebar').setTitle('Tracking Plan');
    s.ui.showSidebar(html);
    expect(s.ui.testSidebarHtml()).toBe('<p>hi</p>');
    expect(s.ui.testSidebar()!.title).toBe('Tracking Plan');
    expect(() => (s.globals.HtmlService as any).createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  it('templates evaluate printing scriptlets with escaping', () => {
    const s = createFakeServices({ htmlFiles: { T: '<b><?= name ?></b><?!= raw ?>' } });
    const t = (s.globals.HtmlService as any).createTemplateFromFile('T');
    t.name = '<x>';
    t.raw = '<i>';
    expect(t.evaluate().getContent()).toBe('<b>&lt;x&gt;</b><i>');
  });
});

describe('PropertiesService', () => {
  it('document properties store strings', () => {
    const s = createFakeServices();
    const props = (s.globals.PropertiesService as any).getDocumentProperties();
    expect(props.getProperty('k')).toBeNull();
    props.setProperty('k', 'v').setProperties({ n: 1 });
    expect(props.getProperties()).toEqual({ k: 'v', n: '1' });
    props.deleteProperty('k');
    expect(s.testDocumentProperties()).toEqual({ n: '1' });
    expect((s.globals.PropertiesService as any).getDocumentProperties().getProperty('n')).toBe('1');
  });
});

describe('LockService', () => {
  it('a lock held by another execution makes tryLock false and waitLock throw', () => {
    const s = createFakeServices();
    const LockService = s.globals.LockService as any;
    s.testHoldLockElsewhere();
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    s.testReleaseLockElsewhere();
    expect(lock.tryLock(1000)).toBe(true);
    expect(LockService.getDocumentLock().hasLock()).toBe(true);
    expect(s.testLockHolder()).toBe('me');
    lock.releaseLock();
    expect(s.testLockHolder()).toBe('none');
    expect(s.calls.countOf('Lock.tryLock')).toBe(2);
  });
});

describe('auth modes', () => {
  it('AuthMode.NONE only allows building the add-on menu', () => {
    const s = createFakeServices({ authMode: 'NONE' });
    const app = s.globals.SpreadsheetApp as any;
    app.getUi().createAddonMenu().addItem('Open', 'open').addToUi();
    expect(() => app.getActiveSpreadsheet()).toThrow(/You do not have permission to call SpreadsheetApp.getActiveSpreadsheet/);
    expect(() => (s.globals.PropertiesService as any).getDocumentProperties()).toThrow(/permission/);
    s.testSetAuthMode('FULL');
    expect(app.getActiveSpreadsheet().getName()).toBe('Untitled spreadsheet');
  });

  it('enums are exposed on SpreadsheetApp and ScriptApp', () => {
    const s = createFakeServices();
    const app = s.globals.SpreadsheetApp as any;
    expect(app.AuthMode.NONE).toBe('NONE');
    expect((s.globals.ScriptApp as any).AuthMode.FULL).toBe('FULL');
    expect(app.GroupControlTogglePosition.BEFORE).toBe('BEFORE');
    expect(s.calls.count()).toBe(0);
  });
});

describe('logging', () => {
  it('Logger and console are captured and not counted', () => {
    const s = createFakeServices();
    (s.globals.Logger as any).log('hello %s', 'you');
    (s.globals.console as any).warn('careful');
    expect(s.logs).toEqual(['hello you', 'WARNING: careful']);
    expect(s.calls.count()).toBe(0);
  });
});
