/** The add-on menu, as Apps Script builds it from dist/Code.js. */
import * as path from 'path';
import { clickMenuItem, createFakeServices, htmlFilesFromDir, loadBundle, REPO_ROOT } from '../../fakes';
import { ensureBuilt } from './sheet-helpers';

beforeAll(ensureBuilt);

const UNEXPECTED = /Something went wrong/;

describe('onOpen', () => {
  it('builds exactly the add-on menu of the issue in AuthMode.NONE and calls nothing else', () => {
    const services = createFakeServices({ authMode: 'NONE' });
    const ctx = loadBundle(services);
    ctx.onOpen({ authMode: 'NONE' });
    const menu = services.ui.testAddonMenu()!;
    expect(menu.addon).toBe(true);
    const captions = menu.entries.map((e) =>
      e.type === 'separator' ? '---' : e.type === 'submenu' ? { [e.caption]: e.menu.entries.map((s) => (s.type === 'item' ? s.caption : '?')) } : e.caption,
    );
    expect(captions).toEqual([
      'Open sidebar',
      'Set up template',
      { 'Insert spec events': ['B2B SaaS', 'Ecommerce v2', 'Mobile', 'Video'] },
      '---',
      'Check conventions',
      'Clear checks',
      '---',
      'Minimize rows',
      'Reset rows',
      '---',
      { History: ['Save version…', 'Changelog since last version', 'Update Status dropdown'] },
    ]);
    const services_ = new Set(services.calls.entries().map((e) => `${e.service}.${e.method}`));
    for (const call of services_)
      expect(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu', 'Menu.addItem', 'Menu.addSeparator', 'Menu.addSubMenu', 'Menu.addToUi']).toContain(
        call,
      );
    expect(services.spreadsheet.testDumpAll()).toEqual(createFakeServices().spreadsheet.testDumpAll());
  });

  it('onInstall builds the same menu', () => {
    const services = createFakeServices({ authMode: 'NONE' });
    loadBundle(services).onInstall({ authMode: 'NONE' });
    expect(services.ui.testAddonMenu()!.entries).toHaveLength(11);
  });
});

describe('clicking each item by its caption', () => {
  const S = 'Insert spec events';
  const items = [
    { caption: 'Open sidebar' },
    { caption: 'Set up template' },
    { caption: 'B2B SaaS', submenu: S },
    { caption: 'Ecommerce v2', submenu: S },
    { caption: 'Mobile', submenu: S },
    { caption: 'Video', submenu: S },
    { caption: 'Check conventions' },
    { caption: 'Clear checks' },
    { caption: 'Minimize rows' },
    { caption: 'Reset rows' },
    { caption: 'Save version…', submenu: 'History' },
    { caption: 'Changelog since last version', submenu: 'History' },
    { caption: 'Update Status dropdown', submenu: 'History' },
  ];
  it.each(items)('"$caption" answers without an unexpected error', ({ caption, submenu }: { caption: string; submenu?: string }) => {
    const services = createFakeServices({ htmlFiles: htmlFilesFromDir(path.join(REPO_ROOT, 'dist')) });
    const ctx = loadBundle(services);
    ctx.onOpen({ authMode: 'FULL' });
    clickMenuItem(services, ctx, 'Set up template');
    clickMenuItem(services, ctx, caption, submenu);
    for (const alert of services.ui.testAlerts()) expect(alert.prompt + alert.title).not.toMatch(UNEXPECTED);
    expect(services.logs.join('\n')).not.toMatch(/Error/);
  });

  it('the template commands report through a toast', () => {
    const services = createFakeServices();
    const ctx = loadBundle(services);
    ctx.onOpen({ authMode: 'FULL' });
    clickMenuItem(services, ctx, 'Set up template');
    clickMenuItem(services, ctx, 'Video', 'Insert spec events');
    clickMenuItem(services, ctx, 'Minimize rows');
    clickMenuItem(services, ctx, 'Reset rows');
    expect(services.ui.testAlerts()).toEqual([]);
    expect(services.spreadsheet.testToasts().map((t) => t.title)).toEqual(['Set up template', 'Insert Video events', 'Minimize rows', 'Reset rows']);
  });
});
