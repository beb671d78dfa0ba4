/**
 * Which sheets are the plan's tabs. A sheet carrying the template's own name
 * ("Track (Custom)") is that tab, header or not (so a broken header is
 * reported, not taken for a missing tab). Any other sheet counts only when
 * its header row has that tab's captions: a calendar named "Events" or a
 * list named "Pages" is not a plan tab. Among sheets that qualify, one named
 * like the tab ("Track") wins over one named otherwise, then the leftmost.
 * Tabs the add-on owns (Coverage, Changelog, versions, settings) are never
 * plan tabs.
 */
import { findHeader } from './header';
import { isReservedTabName } from './owned-tabs';
import { normalizeCaption, TEMPLATE, type TabKind, tabDef } from './template';

export interface NamedValues {
  name: string;
  values: readonly (readonly unknown[])[];
  /** The add-on owns this sheet (developer metadata in Sheets, a reserved name in a file). */
  owned?: boolean;
}

/** The kind whose template name the sheet carries exactly (compared as captions are). */
export function kindOfTemplateName(name: string): TabKind | undefined {
  const wanted = normalizeCaption(name);
  return TEMPLATE.find((def) => normalizeCaption(def.name) === wanted)?.kind;
}

/** The kind one of whose other names ("Track", "Pages") the sheet carries. */
export function kindOfAlias(name: string): TabKind | undefined {
  const wanted = normalizeCaption(name);
  return TEMPLATE.find((def) => def.aliases.some((a) => normalizeCaption(a) === wanted))?.kind;
}

/** The sheet's header row has the tab's captions. */
export function hasTabHeader(kind: TabKind, values: readonly (readonly unknown[])[]): boolean {
  return findHeader(tabDef(kind), values) !== undefined;
}

/** Track's header is the most specific; Identify before Group since both have "Trait". */
const HEADER_ORDER: readonly TabKind[] = ['track', 'page', 'goals', 'identify', 'group'];

/** Assigns sheets (in tab order, leftmost first) to the template's tabs. */
export function assignPlanTabs<T extends NamedValues>(sheets: readonly T[]): Map<TabKind, T> {
  const assigned = new Map<TabKind, T>();
  const used = new Set<T>();
  const take = (kind: TabKind, sheet: T) => {
    assigned.set(kind, sheet);
    used.add(sheet);
  };
  // Without metadata (a file), the add-on's own tab names are reserved.
  const free = sheets.filter((s) => !(s.owned ?? isReservedTabName(s.name)));
  for (const sheet of free) {
    const kind = kindOfTemplateName(sheet.name);
    if (kind && !assigned.has(kind)) take(kind, sheet);
  }
  for (const sheet of free) {
    if (used.has(sheet)) continue;
    const kind = kindOfAlias(sheet.name);
    if (kind && !assigned.has(kind) && hasTabHeader(kind, sheet.values)) take(kind, sheet);
  }
  for (const kind of HEADER_ORDER) {
    if (assigned.has(kind)) continue;
    const sheet = free.find((s) => !used.has(s) && hasTabHeader(kind, s.values));
    if (sheet) take(kind, sheet);
  }
  return assigned;
}
