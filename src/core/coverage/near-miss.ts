/**
 * Near misses: a sent name that is meant to be a planned one but is spelled
 * differently ("order completed", "order_completed", "Order Complete" for
 * "Order Completed"). Reported once, naming the planned name, instead of as
 * an unplanned event plus an unseen one.
 */
import { eventKey } from '../plan';

/** Letters and digits only, lowercased: "Order_Completed" and "order completed" meet here. */
export function looseKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** How many edits a name of this length may be away and still be the same name misspelled. */
function editsAllowed(length: number): number {
  if (length >= 12) return 2;
  if (length >= 5) return 1;
  return 0;
}

export interface NearMissIndex {
  /** The planned name a sent name nearly matches, or undefined. */
  find(sent: string): string | undefined;
}

/** An index over the planned names (in plan order: the first of equally near names wins). */
export function nearMissIndex(planned: readonly string[]): NearMissIndex {
  const byKey = new Map<string, string>();
  const byLoose = new Map<string, string>();
  const loose: { key: string; name: string }[] = [];
  for (const name of planned) {
    if (!byKey.has(eventKey(name))) byKey.set(eventKey(name), name);
    const key = looseKey(name);
    if (!key) continue;
    if (!byLoose.has(key)) byLoose.set(key, name);
    loose.push({ key, name });
  }
  return {
    find(sent: string): string | undefined {
      const exact = byKey.get(eventKey(sent)) ?? byLoose.get(looseKey(sent));
      if (exact !== undefined) return exact;
      const key = looseKey(sent);
      const limit = editsAllowed(key.length);
      if (!limit) return undefined;
      let best: string | undefined;
      let bestDistance = limit + 1;
      for (const candidate of loose) {
        const allowed = Math.min(limit, editsAllowed(candidate.key.length));
        if (!allowed) continue;
        const d = boundedDistance(key, candidate.key, allowed);
        if (d <= allowed && d < bestDistance) {
          bestDistance = d;
          best = candidate.name;
        }
      }
      return bestDistance <= limit ? best : undefined;
    },
  };
}
