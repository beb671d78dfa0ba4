/**
 * The add-on menu. In AuthMode.NONE (a document where the add-on is
 * installed but not yet used) Apps Script allows nothing but building the
 * menu, so onOpen does exactly that and nothing else.
 */

export interface MenuItem {
  caption: string;
  /** The top-level function in dist/Code.js the item runs. */
  functionName: string;
}

export interface SubMenu {
  caption: string;
  items: readonly MenuItem[];
}

export type MenuEntry = MenuItem | SubMenu | 'separator';

export const MENU: readonly MenuEntry[] = [
  { caption: 'Open sidebar', functionName: 'menuOpenSidebar' },
  { caption: 'Set up template', functionName: 'menuSetUpTemplate' },
  {
    caption: 'Insert spec events',
    items: [
      { caption: 'B2B SaaS', functionName: 'menuInsertB2bSaas' },
      { caption: 'Ecommerce v2', functionName: 'menuInsertEcommerceV2' },
      { caption: 'Mobile', functionName: 'menuInsertMobile' },
      { caption: 'Video', functionName: 'menuInsertVideo' },
    ],
  },
  'separator',
  { caption: 'Check conventions', functionName: 'menuCheckConventions' },
  { caption: 'Clear checks', functionName: 'menuClearChecks' },
  'separator',
  { caption: 'Minimize rows', functionName: 'menuMinimizeRows' },
  { caption: 'Reset rows', functionName: 'menuResetRows' },
  'separator',
  {
    caption: 'History',
    items: [
      { caption: 'Save version…', functionName: 'menuSaveVersion' },
      { caption: 'Changelog since last version', functionName: 'menuChangelogSinceLastVersion' },
      { caption: 'Update Status dropdown', functionName: 'menuUpdateStatusDropdown' },
    ],
  },
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui, entries: readonly MenuEntry[] = MENU): void {
  const menu = ui.createAddonMenu();
  for (const entry of entries) {
    if (entry === 'separator') {
      menu.addSeparator();
    } else if ('items' in entry) {
      const sub = ui.createMenu(entry.caption);
      for (const item of entry.items) sub.addItem(item.caption, item.functionName);
      menu.addSubMenu(sub);
    } else {
      menu.addItem(entry.caption, entry.functionName);
    }
  }
  menu.addToUi();
}
