/**
 * Objects keyed by names from the sheet. A property, trait or event may be
 * called `__proto__` or `constructor`: assigning `obj[name] = value` with such
 * a name would change the object's prototype (and drop the key from the
 * export) instead of adding a key. These helpers always make or read an own
 * property, so every export keeps every name a user typed.
 */

/** Sets `key` as an own, enumerable property, whatever its name. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The own property `key`, never one inherited from Object.prototype. */
export function getOwn<T>(target: Record<string, T> | undefined, key: string): T | undefined {
  return target !== undefined && Object.prototype.hasOwnProperty.call(target, key) ? target[key] : undefined;
}
