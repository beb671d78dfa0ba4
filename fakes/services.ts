/**
 * Fakes of the small services (PropertiesService, LockService, Session, ScriptApp, Logger,
 * console, Utilities) and createFakeServices, which wires one complete fake environment.
 *
 * Logger, console and Utilities are local in Apps Script (no round trip to Sheets), so
 * their calls are recorded for inspection but NOT counted in the CallLog.
 */
import * as fs from 'fs';
import * as path from 'path';
import { type AuthModeName, type CallLog, FakeEnv, FakeObject, gasError } from './calls';
import { AuthMode, FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeHtmlService, FakeUi } from './ui';

export class FakeProperties extends FakeObject {
  constructor(
    env: FakeEnv,
    readonly _store: Map<string, string>,
  ) {
    super(env, 'Properties');
  }
  getProperty(key: string): string | null {
    return this._store.has(key) ? this._store.get(key)! : null;
  }
  setProperty(key: string, value: unknown): FakeProperties {
    if (value === null || value === undefined) throw gasError('Invalid argument: value');
    this._store.set(String(key), String(value));
    return this;
  }
  getProperties(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this._store) out[k] = v;
    return out;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    if (deleteAllOthers) this._store.clear();
    for (const k of Object.keys(properties)) this._store.set(k, String(properties[k]));
    return this;
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
  deleteProperty(key: string): FakeProperties {
    this._store.delete(key);
    return this;
  }
  deleteAllProperties(): FakeProperties {
    this._store.clear();
    return this;
  }
}

/** The scopes of PropertiesService and LockService. */
export type LockScope = 'document' | 'script' | 'user';

export class FakePropertiesService extends FakeObject {
  /** One store per scope, shared by every Properties object handed out for it. */
  readonly _stores: Record<LockScope, Map<string, string>> = { document: new Map(), script: new Map(), user: new Map() };
  constructor(env: FakeEnv) {
    super(env, 'PropertiesService');
  }
  private _properties(scope: LockScope): FakeProperties {
    return new FakeProperties(this._env, this._stores[scope]);
  }
  getDocumentProperties(): FakeProperties {
    return this._properties('document');
  }
  getScriptProperties(): FakeProperties {
    return this._properties('script');
  }
  getUserProperties(): FakeProperties {
    return this._properties('user');
  }
}

/** One lock slot (document / script / user) shared by all Lock objects of that scope. */
interface LockSlot {
  holder: 'none' | 'me' | 'other';
  /** When another execution holds it: how many more milliseconds it keeps it (undefined: until the test releases it). */
  releaseInMs?: number;
  /** What the other execution does before it releases (its own writes). */
  beforeRelease?: () => void;
  /** Milliseconds this execution has spent waiting for the lock (a virtual clock: nothing sleeps). */
  waitedMs: number;
}

const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/**
 * Apps Script's tryLock(ms) waits up to ms for another execution to release
 * the lock, then returns true, or false when it is still held; waitLock(ms)
 * does the same and throws on timeout. The fake waits on a virtual clock: a
 * holder set with testHoldLockElsewhere(scope, { releaseInMs }) releases
 * (after running its beforeRelease writes) once a waiter has waited that long.
 */
export class FakeLock extends FakeObject {
  constructor(
    env: FakeEnv,
    readonly _slot: LockSlot,
  ) {
    super(env, 'Lock');
  }
  private _acquire(timeoutInMillis: number): boolean {
    const slot = this._slot;
    if (slot.holder === 'other') {
      const timeout = Math.max(0, Number(timeoutInMillis) || 0);
      if (slot.releaseInMs === undefined || slot.releaseInMs > timeout) {
        slot.waitedMs += timeout;
        if (slot.releaseInMs !== undefined) slot.releaseInMs -= timeout;
        return false;
      }
      slot.waitedMs += slot.releaseInMs;
      releaseOther(slot);
    }
    slot.holder = 'me';
    return true;
  }
  tryLock(timeoutInMillis: number): boolean {
    return this._acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this._acquire(timeoutInMillis)) throw gasError(LOCK_TIMEOUT);
  }
  releaseLock(): void {
    if (this._slot.holder === 'me') this._slot.holder = 'none';
  }
  hasLock(): boolean {
    return this._slot.holder === 'me';
  }
}

function releaseOther(slot: LockSlot): void {
  const work = slot.beforeRelease;
  slot.holder = 'none';
  slot.releaseInMs = undefined;
  slot.beforeRelease = undefined;
  work?.();
}

/** How another execution holds a lock: until released by the test, or for releaseInMs of a waiter's time. */
export interface OtherHolder {
  releaseInMs?: number;
  beforeRelease?: () => void;
}

export class FakeLockService extends FakeObject {
  readonly _slots: Record<LockScope, LockSlot> = {
    document: { holder: 'none', waitedMs: 0 },
    script: { holder: 'none', waitedMs: 0 },
    user: { holder: 'none', waitedMs: 0 },
  };
  constructor(env: FakeEnv) {
    super(env, 'LockService');
  }
  getDocumentLock(): FakeLock {
    return new FakeLock(this._env, this._slots.document);
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this._env, this._slots.script);
  }
  getUserLock(): FakeLock {
    return new FakeLock(this._env, this._slots.user);
  }
}

export class FakeUser extends FakeObject {
  constructor(
    env: FakeEnv,
    readonly _email: string,
  ) {
    super(env, 'User');
  }
  getEmail(): string {
    return this._email;
  }
}

export class FakeSession extends FakeObject {
  _email = 'user@example.com';
  _locale = 'en';
  _timeZone = 'Etc/GMT';
  constructor(env: FakeEnv) {
    super(env, 'Session');
  }
  getActiveUser(): FakeUser {
    return new FakeUser(this._env, this._email);
  }
  /** An add-on run from the menu or sidebar runs as the user at the keyboard. */
  getEffectiveUser(): FakeUser {
    return this.getActiveUser();
  }
  getActiveUserLocale(): string {
    return this._locale;
  }
  getScriptTimeZone(): string {
    return this._timeZone;
  }
  getTemporaryActiveUserKey(): string {
    return 'fake-temporary-user-key';
  }
}

export class FakeScriptApp extends FakeObject {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };
  constructor(env: FakeEnv) {
    super(env, 'ScriptApp');
  }
  getScriptId(): string {
    return 'fake-script-id';
  }
  getOAuthToken(): string {
    throw gasError('You do not have permission to call ScriptApp.getOAuthToken.');
  }
}

/** Logger, console and Utilities: local, uncounted; output is kept in `logs`. */
function makeLocalServices(logs: string[], echo: boolean) {
  const fmt = (args: unknown[]): string => args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ');
  const push =
    (level: string) =>
    (...args: unknown[]) => {
      const line = level ? `${level}: ${fmt(args)}` : fmt(args);
      logs.push(line);
      if (echo) process.stdout.write(line + '\n');
    };
  const Logger = {
    log: (format: unknown, ...values: unknown[]) => {
      let s = String(typeof format === 'string' ? format : safeJson(format));
      values.forEach((v) => {
        s = s.replace(/%s/, String(v));
      });
      push('')(s);
      return Logger;
    },
    getLog: () => logs.join('\n'),
    clear: () => {
      logs.length = 0;
    },
  };
  const console = { log: push(''), info: push('INFO'), warn: push('WARNING'), error: push('ERROR'), debug: push('DEBUG'), time: () => {}, timeEnd: () => {} };
  let uuid = 0;
  const Utilities = {
    getUuid: () => `00000000-0000-4000-8000-${String(++uuid).padStart(12, '0')}`,
    sleep: (_ms: number) => {},
    formatString: (template: string, ...args: unknown[]) => {
      let i = 0;
      return template.replace(/%[sd]/g, () => String(args[i++]));
    },
    formatDate: (date: Date, _timeZone: string, _format: string) => date.toISOString(),
    base64Encode: (s: string) => Buffer.from(String(s), 'utf8').toString('base64'),
    base64Decode: (s: string) => Array.from(Buffer.from(String(s), 'base64')).map((b) => (b > 127 ? b - 256 : b)),
    newBlob: (data: string, contentType?: string, name?: string) => ({
      getDataAsString: () => String(data),
      getContentType: () => contentType ?? 'text/plain',
      getName: () => name ?? null,
    }),
    Charset: { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' },
  };
  return { Logger, console, Utilities };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** Read every *.html file of a directory into a files map for HtmlService (name without .html). */
export function htmlFilesFromDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const f of fs.readdirSync(dir)) {
    if (f.endsWith('.html')) out[f.slice(0, -5)] = fs.readFileSync(path.join(dir, f), 'utf8');
  }
  return out;
}

export interface FakeServicesOptions {
  /** Spreadsheet name (default 'Untitled spreadsheet'). */
  name?: string;
  /** Auth mode of the simulated execution; NONE allows only building the add-on menu. Default FULL. */
  authMode?: AuthModeName;
  /** Title of the add-on menu (default 'Tracking Plan for Google Sheets'). */
  addonName?: string;
  /** HTML files visible to HtmlService.createHtmlOutputFromFile / createTemplateFromFile. */
  htmlFiles?: Record<string, string>;
  /** Sheets to start with, name -> values (row 1 = header). Default: one empty 'Sheet1'. */
  sheets?: Record<string, unknown[][]>;
  /** Print Logger/console output to stdout (default: keep quiet, see services.logs). */
  echoLogs?: boolean;
}

export interface FakeServicesCore {
  calls: CallLog;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  globals: Record<string, unknown>;
  /** Logger.log / console.* output, one entry per call. */
  logs: string[];
  env: FakeEnv;
  htmlService: FakeHtmlService;
  properties: FakePropertiesService;
  locks: FakeLockService;
  session: FakeSession;
  /** Test helpers (uncounted). */
  testSetAuthMode(mode: AuthModeName): void;
  /**
   * Simulate another execution holding (or releasing) a lock. With releaseInMs it
   * releases once this execution has waited that long (running beforeRelease first).
   */
  testHoldLockElsewhere(scope?: LockScope, holder?: OtherHolder): void;
  testReleaseLockElsewhere(scope?: LockScope): void;
  /** Milliseconds this execution has waited for the lock (virtual time). */
  testLockWaitedMs(scope?: LockScope): number;
  /** Who holds the lock: 'none', 'me' (this execution) or 'other'. */
  testLockHolder(scope?: LockScope): 'none' | 'me' | 'other';
  /** Raw copy of document properties. */
  testDocumentProperties(): Record<string, string>;
}

export function createFakeServicesCore(opts: FakeServicesOptions = {}): FakeServicesCore {
  const env = new FakeEnv();
  const initial = opts.sheets && Object.keys(opts.sheets).length ? null : 'Sheet1';
  const ss = new FakeSpreadsheet(env, opts.name ?? 'Untitled spreadsheet', 'fake-spreadsheet-id', initial);
  if (opts.sheets) for (const [name, values] of Object.entries(opts.sheets)) ss.testAddSheet(name, values);
  const ui = new FakeUi(env, ss, opts.addonName ?? 'Tracking Plan for Google Sheets');
  const app = new FakeSpreadsheetApp(env, ss, ui);
  const html = new FakeHtmlService(env, { ...(opts.htmlFiles || {}) });
  const props = new FakePropertiesService(env);
  const locks = new FakeLockService(env);
  const session = new FakeSession(env);
  const scriptApp = new FakeScriptApp(env);
  const logs: string[] = [];
  const local = makeLocalServices(logs, !!opts.echoLogs);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: env.proxy('SpreadsheetApp', app),
    HtmlService: env.proxy('HtmlService', html),
    PropertiesService: env.proxy('PropertiesService', props),
    LockService: env.proxy('LockService', locks),
    Session: env.proxy('Session', session),
    ScriptApp: env.proxy('ScriptApp', scriptApp),
    Logger: local.Logger,
    console: local.console,
    Utilities: local.Utilities,
  };
  // Set after construction so arranging the initial sheets is never refused in NONE mode.
  env.authMode = opts.authMode ?? 'FULL';
  return {
    calls: env.log,
    spreadsheet: env.proxy('Spreadsheet', ss),
    ui: env.proxy('Ui', ui),
    globals,
    logs,
    env,
    htmlService: env.proxy('HtmlService', html),
    properties: env.proxy('PropertiesService', props),
    locks: env.proxy('LockService', locks),
    session,
    testSetAuthMode: (mode) => {
      env.authMode = mode;
    },
    testHoldLockElsewhere: (scope = 'document', holder = {}) => {
      Object.assign(locks._slots[scope], { holder: 'other', releaseInMs: holder.releaseInMs, beforeRelease: holder.beforeRelease });
    },
    testReleaseLockElsewhere: (scope = 'document') => {
      if (locks._slots[scope].holder === 'other') releaseOther(locks._slots[scope]);
    },
    testLockWaitedMs: (scope = 'document') => locks._slots[scope].waitedMs,
    testLockHolder: (scope = 'document') => locks._slots[scope].holder,
    testDocumentProperties: () => Object.fromEntries(props._stores.document),
  };
}
