/**
 * Runs the built add-on bundle (dist/Code.js) against the fakes, in a fresh `vm` context
 * whose only globals are the fake Apps Script services (plus the JS builtins every context
 * has) - no require, process, module, Buffer or timers, as in Apps Script.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import type { FakeServicesCore } from './services';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const DEFAULT_BUNDLE = path.join(REPO_ROOT, 'dist', 'Code.js');

export type BundleContext = Record<string, (...args: any[]) => any>;

export function loadBundle(services: FakeServicesCore, bundlePath: string = DEFAULT_BUNDLE): BundleContext {
  if (!fs.existsSync(bundlePath)) {
    throw new Error(`Bundle not found at ${bundlePath}: run \`npm run build\` first.`);
  }
  const source = fs.readFileSync(bundlePath, 'utf8');
  const ctx = vm.createContext({ ...services.globals });
  // Values and errors the fakes hand to the bundle are re-created in the context's realm,
  // so `instanceof Date` / `instanceof Error` in the bundle behave as in Apps Script.
  services.env.realm = vm.runInContext('({ Array, Object, Date, Error })', ctx);
  vm.runInContext(source, ctx, { filename: bundlePath });
  return ctx;
}

/**
 * Click an item of the add-on menu the bundle built (call ctx.onOpen first): finds the
 * function registered for `caption` (inside the submenu `submenuCaption` if given) and
 * calls it. A menu click is a new execution with full authorization, so the auth mode is
 * set to FULL first.
 */
export function clickMenuItem(services: FakeServicesCore, ctx: BundleContext, caption: string, submenuCaption?: string): unknown {
  const menu = services.ui.testAddonMenu();
  if (!menu) throw new Error('fake: no add-on menu was added to the Ui; call ctx.onOpen(...) first.');
  let entries = menu.entries;
  if (submenuCaption !== undefined) {
    const sub = entries.find((e) => e.type === 'submenu' && e.caption === submenuCaption);
    if (!sub || sub.type !== 'submenu') throw new Error(`fake: no submenu "${submenuCaption}" in menu "${menu.title}".`);
    entries = sub.menu.entries;
  }
  const item = entries.find((e) => e.type === 'item' && e.caption === caption);
  if (!item || item.type !== 'item') {
    const captions = entries.map((e) => (e.type === 'separator' ? '---' : e.caption)).join(', ');
    throw new Error(`fake: no menu item "${caption}" (have: ${captions}).`);
  }
  const fn = ctx[item.functionName];
  if (typeof fn !== 'function') throw new Error(`fake: menu item "${caption}" calls ${item.functionName}, which the bundle does not define.`);
  services.testSetAuthMode('FULL');
  return fn();
}
