/**
 * Call counting and the object boundary between the code under test and the fakes.
 *
 * Every fake object (Sheet, Range, Ui, ...) is handed out only as a Proxy made here. The
 * proxy records {service, method, args} for each method call before running it, so no
 * call can escape counting. Inside the fakes we only ever work on the raw objects, so one
 * API call is one entry however much the fake does internally.
 *
 * Conventions of the fake classes that this proxy enforces:
 * - fields and methods starting with `_` are internals: invisible through the proxy;
 * - methods starting with `test` are test helpers: callable, never counted;
 * - any other method is API surface: counted.
 *
 * The proxy also converts at the boundary: raw fakes returned by a method become their
 * proxies, proxies passed as arguments become raw objects, and - once a bundle is loaded
 * in a vm context - arrays, plain objects, Dates and thrown errors are re-created in that
 * context's realm, so `v instanceof Date` / `e instanceof Error` behave in the bundle as
 * they do in Apps Script.
 */

export interface CallEntry {
  service: string;
  method: string;
  args: unknown[];
}

export interface CallLog {
  count(): number;
  entries(): CallEntry[];
  reset(): void;
  byMethod(): Record<string, number>;
  /** Number of calls of one 'Service.method', e.g. countOf('Sheet.getRange'). */
  countOf(key: string): number;
}

export class CallRecorder implements CallLog {
  private list: CallEntry[] = [];
  record(service: string, method: string, args: unknown[]): void {
    this.list.push({ service, method, args });
  }
  count(): number {
    return this.list.length;
  }
  entries(): CallEntry[] {
    return this.list.slice();
  }
  reset(): void {
    this.list = [];
  }
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.list) {
      const k = `${e.service}.${e.method}`;
      out[k] = (out[k] || 0) + 1;
    }
    return out;
  }
  countOf(key: string): number {
    let n = 0;
    for (const e of this.list) if (`${e.service}.${e.method}` === key) n++;
    return n;
  }
}

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** Constructors of the realm (vm context) the code under test runs in. */
export interface Realm {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
}

/**
 * What AuthMode.NONE allows (Apps Script add-on onOpen before authorization): building the
 * add-on menu only. Everything else throws, like the real permission error.
 */
function allowedInNone(service: string, method: string): boolean {
  if (service === 'Menu') return true;
  if (service === 'SpreadsheetApp' && method === 'getUi') return true;
  if (service === 'Ui' && (method === 'createAddonMenu' || method === 'createMenu')) return true;
  if (service === 'ScriptApp') return true;
  return false;
}

/** An error shaped like an Apps Script service exception (name 'Exception'). */
export function gasError(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Shared state of one fake Apps Script environment: call log, auth mode, realm, proxies. */
export class FakeEnv {
  readonly log = new CallRecorder();
  authMode: AuthModeName = 'FULL';
  realm: Realm | null = null;
  private readonly toProxy = new WeakMap<object, object>();
  private readonly toRaw = new WeakMap<object, object>();

  /** Register a raw fake and return its (counting) proxy. */
  proxy<T extends object>(service: string, target: T): T {
    const existing = this.toProxy.get(target);
    if (existing) return existing as T;
    const env = this;
    const cache = new Map<string, Function>();
    const p = new Proxy(target, {
      get(t, prop) {
        if (typeof prop === 'symbol') return Reflect.get(t, prop);
        if (prop.startsWith('_')) return undefined;
        const v = Reflect.get(t, prop);
        if (typeof v !== 'function') return v;
        if (prop.startsWith('test') || prop === 'toString' || prop === 'constructor') return v.bind(t);
        let w = cache.get(prop);
        if (!w) {
          w = function (...args: unknown[]) {
            return env.call(service, prop, t, v, args);
          };
          cache.set(prop, w);
        }
        return w;
      },
      set(t, prop, value) {
        // Apps Script objects are not extensible from script code in a meaningful way;
        // keep the assignment on the proxy target only for non-internal names.
        if (typeof prop === 'string' && prop.startsWith('_')) return false;
        return Reflect.set(t, prop, value);
      },
      ownKeys(t) {
        return Reflect.ownKeys(t).filter((k) => typeof k !== 'string' || !k.startsWith('_'));
      },
      has(t, prop) {
        if (typeof prop === 'string' && prop.startsWith('_')) return false;
        return Reflect.has(t, prop);
      },
    });
    this.toProxy.set(target, p);
    this.toRaw.set(p, target);
    return p;
  }

  /** Raw object behind a proxy (or the value itself). */
  raw<T>(x: T): T {
    if (x && typeof x === 'object') {
      const r = this.toRaw.get(x);
      if (r) return r as T;
    }
    return x;
  }

  isFake(x: unknown): boolean {
    return !!x && typeof x === 'object' && (this.toRaw.has(x) || this.toProxy.has(x));
  }

  private call(service: string, method: string, target: object, fn: Function, args: unknown[]): unknown {
    this.log.record(service, method, args);
    try {
      if (this.authMode === 'NONE' && !allowedInNone(service, method)) {
        throw gasError(
          `You do not have permission to call ${service}.${method}. ` + 'Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
        );
      }
      const rawArgs = args.map((a) => (Array.isArray(a) ? a.map((x) => this.raw(x)) : this.raw(a)));
      return this.out(fn.apply(target, rawArgs));
    } catch (e) {
      throw this.outError(e);
    }
  }

  /** Convert a value leaving the fakes: raw fakes -> proxies, data -> caller's realm. */
  out(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    const p = this.toProxy.get(v);
    if (p) return p;
    if (this.toRaw.has(v)) return v;
    const R = this.realm;
    if (isDate(v)) return R ? new R.Date(v.getTime()) : v;
    if (Array.isArray(v)) {
      const a: unknown[] = R ? new R.Array(v.length) : new Array(v.length);
      for (let i = 0; i < v.length; i++) a[i] = this.out(v[i]);
      return a;
    }
    if (Object.getPrototypeOf(v) === Object.prototype || (R && Object.getPrototypeOf(v) === R.Object.prototype)) {
      const o: Record<string, unknown> = R ? (new R.Object() as Record<string, unknown>) : {};
      for (const k of Object.keys(v)) o[k] = this.out((v as Record<string, unknown>)[k]);
      return o;
    }
    return v;
  }

  private outError(e: unknown): unknown {
    const R = this.realm;
    if (!R || !e || typeof e !== 'object' || !('message' in e)) return e;
    const src = e as Error;
    const err = new R.Error(src.message);
    err.name = src.name === 'Error' ? 'Exception' : src.name;
    return err;
  }
}

/**
 * Base of every fake Apps Script object: registering its counting proxy in the constructor
 * means no instance can reach the code under test uncounted, and String(x) gives the
 * service name, as Apps Script objects print.
 */
export abstract class FakeObject {
  constructor(
    protected readonly _env: FakeEnv,
    private readonly _service: string,
  ) {
    _env.proxy(_service, this);
  }
  toString(): string {
    return this._service;
  }
}
