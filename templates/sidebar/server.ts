/**
 * The sidebar's only door to the server: google.script.run wrapped in a
 * promise and typed against src/index.ts, the one list of what Apps Script may
 * call: renaming a server function, changing its arguments or forgetting to
 * export it there breaks `tsc`, not a user's click.
 */
import type * as EntryPoints from '../../src/index';

type EntryPointModule = typeof EntryPoints;

/** The entry points the sidebar may call: everything except triggers and menu items. */
export type SidebarFunction = Exclude<keyof EntryPointModule, 'onOpen' | 'onInstall' | 'onEdit' | `menu${string}`>;

export type Server = Pick<EntryPointModule, SidebarFunction>;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

// HtmlService injects `google.script.run` into the page; @types/google-apps-script
// does not describe the client side, so this is its shape as far as we use it.
declare const google: { script: { run: ScriptRun } };

export function run<K extends SidebarFunction>(name: K, ...args: Parameters<Server[K]>): Promise<ReturnType<Server[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as ReturnType<Server[K]>)).withFailureHandler(reject);
    const call = runner[name] as (...a: unknown[]) => void;
    call.apply(runner, args);
  });
}
