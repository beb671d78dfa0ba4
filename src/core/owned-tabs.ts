/**
 * The tabs the add-on writes for its own output. In Sheets it recognises them
 * by developer metadata (src/gas/ownership.ts), never by name; these names are
 * only what it calls them when it creates them, and what the command line,
 * which reads a downloaded .xlsx that carries no developer metadata, treats
 * as reserved: never plan tabs.
 */

export type OwnedSheetKind = 'coverage' | 'changelog' | 'versions' | 'settings';

export const OWNED_TAB_NAMES: Readonly<Record<OwnedSheetKind, string>> = Object.freeze({
  coverage: 'Coverage',
  changelog: 'Changelog',
  versions: 'Plan Versions',
  settings: 'Plan Settings',
});

const RESERVED = new Set(Object.values(OWNED_TAB_NAMES).map((name) => name.toLowerCase()));

/** A tab name the command line must not read as part of the plan. */
export function isReservedTabName(name: string): boolean {
  return RESERVED.has(name.trim().toLowerCase());
}
