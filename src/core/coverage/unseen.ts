/**
 * "Not seen in the last import": the planned events the last coverage run
 * did not see, kept in the document properties so every later check (and
 * every live re-check of an edit) marks them again in the Checks column,
 * beside the convention findings, until the next import says otherwise.
 */
import { type Finding, type RuleId } from '../finding';
import { type Plan } from '../plan';
import { TEMPLATE } from '../template';

export const UNSEEN_KEY = 'trackingPlan.coverage.unseen';
/** Document property values hold 9 KB at most: the list is spread over numbered keys below this size. */
const PART_SIZE = 8000;
const MAX_PARTS = 40;

export interface UnseenEvents {
  /** When the import was read (ISO). */
  at: string;
  /** Planned event names, exactly as the plan had them. */
  names: string[];
}

export const UNSEEN_RULE = 'event-not-seen' as RuleId;

/** The properties to write (and the stale parts to blank) for a list. */
export function encodeUnseen(unseen: UnseenEvents | null, previousParts = 0): Record<string, string> {
  const json = unseen ? JSON.stringify(unseen) : '';
  const parts: string[] = [];
  for (let i = 0; i < json.length && parts.length < MAX_PARTS; i += PART_SIZE) parts.push(json.slice(i, i + PART_SIZE));
  const out: Record<string, string> = {};
  const count = Math.max(parts.length, previousParts, 1);
  for (let i = 0; i < count; i++) out[i === 0 ? UNSEEN_KEY : `${UNSEEN_KEY}.${i}`] = parts[i] ?? '';
  return out;
}

/** How many numbered parts the properties hold. */
export function unseenParts(props: Record<string, string>): number {
  let n = props[UNSEEN_KEY] !== undefined ? 1 : 0;
  while (props[`${UNSEEN_KEY}.${n}`] !== undefined) n++;
  return n;
}

export function decodeUnseen(props: Record<string, string>): UnseenEvents | null {
  let json = props[UNSEEN_KEY] ?? '';
  for (let i = 1; props[`${UNSEEN_KEY}.${i}`]; i++) json += props[`${UNSEEN_KEY}.${i}`];
  if (!json) return null;
  try {
    const value = JSON.parse(json) as UnseenEvents;
    if (!value || typeof value.at !== 'string' || !Array.isArray(value.names)) return null;
    return { at: value.at, names: value.names.filter((n) => typeof n === 'string') };
  } catch {
    return null;
  }
}

const TAB_ORDER = new Map<string, number>(TEMPLATE.map((def, i) => [def.kind, i]));

/**
 * The check's findings with a "not seen" finding on the name cell of every
 * planned event the last import lacked, in tab, row and column order.
 */
export function withUnseen(findings: readonly Finding[], plan: Plan, unseen: UnseenEvents | null): Finding[] {
  const track = plan.tabs.track;
  if (!unseen || !unseen.names.length || !track) return findings.slice();
  const names = new Set(unseen.names);
  const day = unseen.at.slice(0, 10);
  const added: Finding[] = [];
  for (const event of plan.events) {
    if (!names.has(event.name.text)) continue;
    added.push({
      rule: UNSEEN_RULE,
      severity: 'warning',
      tab: track.sheetName,
      row: event.name.row,
      column: event.name.column,
      text: event.name.text,
      message: `Not seen in the last import of observed data (${day})`,
    });
  }
  if (!added.length) return findings.slice();
  const order = new Map<string, number>();
  for (const [kind, tab] of Object.entries(plan.tabs)) if (tab) order.set(tab.sheetName, TAB_ORDER.get(kind) ?? 99);
  return [...findings, ...added].sort((a, b) => (order.get(a.tab) ?? 99) - (order.get(b.tab) ?? 99) || a.row - b.row || a.column - b.column);
}
