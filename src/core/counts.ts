/**
 * Counts in messages: every "1 event" / "3 events" the add-on, the sidebar
 * and the command line write comes from here, so they agree.
 */

/** 12,345: Apps Script's toLocaleString is not to be relied on. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The noun a count takes: "event" for 1, "events" (or `many`) otherwise. */
export function noun(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** "1 event", "12,345 events", "2 near misses". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${thousands(count)} ${noun(count, one, many)}`;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * "3 errors, 5 warnings, 2 info". Zero counts are left out unless `zeros`
 * (the command line's summary, like ESLint's, names all three); empty when
 * there is nothing to count.
 */
export function severityCounts(counts: SeverityCounts, zeros = false): string {
  const parts: string[] = [];
  if (zeros || counts.errors) parts.push(plural(counts.errors, 'error'));
  if (zeros || counts.warnings) parts.push(plural(counts.warnings, 'warning'));
  if (zeros || counts.infos) parts.push(`${thousands(counts.infos)} info`);
  return parts.join(', ');
}
