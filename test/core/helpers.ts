/**
 * Builders for the sheet values a test plan is parsed from: rows are
 * written by caption, so tests read like the sheet they describe.
 */
import { parsePlan, type SheetData } from '../../src/core/parse';
import type { Plan } from '../../src/core/plan';
import { headerCaptions, tabDef, type TabKind } from '../../src/core/template';
import { SPECS } from '../../src/core/specs';

export type RowByCaption = Record<string, unknown>;

/** A tab's values: its template header row, then one row per object, keyed by caption. */
export function sheet(kind: TabKind, rows: readonly RowByCaption[], name = tabDef(kind).name): SheetData {
  const header = headerCaptions(tabDef(kind));
  return { name, values: [header, ...rows.map((row) => header.map((caption) => (caption === '' ? '' : (row[caption] ?? ''))))] };
}

export interface TrackRowSpec {
  event?: string;
  spec?: string;
  firesWhen?: string;
  goal?: string;
  property?: string;
  type?: string;
  description?: string;
}

export function trackRows(rows: readonly TrackRowSpec[]): RowByCaption[] {
  return rows.map((r) => ({
    Spec: r.spec ?? '',
    'Event Name': r.event ?? '',
    'Fires When...': r.firesWhen ?? '',
    'Business Goal': r.goal ?? '',
    'Property Name': r.property ?? '',
    Type: r.type ?? '',
    'Property Description': r.description ?? '',
  }));
}

/** A plan with only a Track tab. Events get a description unless one is given. */
export function trackPlan(rows: readonly TrackRowSpec[]): Plan {
  return parsePlan([sheet('track', trackRows(rows))]);
}

/** An event row (described, so missing-description stays quiet) followed by one row per property. */
export function event(name: string, properties: readonly (string | [string, string])[] = [], extra: Partial<TrackRowSpec> = {}): TrackRowSpec[] {
  return [
    { event: name, firesWhen: 'When it happens', ...extra },
    ...properties.map((p) => (typeof p === 'string' ? { property: p, type: 'String' } : { property: p[0], type: p[1] })),
  ];
}

/** Every event of the four built-in specs, as the Insert spec events action writes them. */
export function allSpecRows(): TrackRowSpec[] {
  const rows: TrackRowSpec[] = [];
  for (const spec of SPECS) {
    for (const e of spec.events) {
      rows.push({ spec: spec.name, event: e.name, firesWhen: e.description });
      for (const p of e.properties) rows.push({ property: p.name, type: p.type, description: p.description });
    }
  }
  return rows;
}

import { checkName, type NameFinding } from '../../src/core/check';
import type { RuleId } from '../../src/core/finding';
import type { NameScope } from '../../src/core/names';
import type { NameTarget } from '../../src/core/rules/types';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

/** Settings with some fields changed. */
export function settingsWith(changes: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, acceptedWords: [], disabledRules: [], ...changes };
}

/** The findings one rule makes on one name, as the checker reports them (after suppression). */
export function findingsOf(rule: RuleId, target: NameTarget, text: string, settings: Settings = DEFAULT_SETTINGS, scope: NameScope = 'track'): NameFinding[] {
  return checkName(target, text, settings, scope).filter((f) => f.rule === rule);
}

/** The rule ids the checker reports on one name. */
export function rulesOn(target: NameTarget, text: string, settings: Settings = DEFAULT_SETTINGS, scope: NameScope = 'track'): RuleId[] {
  return checkName(target, text, settings, scope).map((f) => f.rule);
}

/**
 * The one finding a rule makes on one name, once the test has checked that
 * there is exactly one, that it has the fields given, and that its message
 * contains `message` (a string) or matches it (a RegExp).
 */
export function oneFindingOf(
  rule: RuleId,
  target: NameTarget,
  text: string,
  { message, ...fields }: Partial<Omit<NameFinding, 'message'>> & { message: string | RegExp },
  settings: Settings = DEFAULT_SETTINGS,
): NameFinding {
  const findings = findingsOf(rule, target, text, settings);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject(fields);
  expect(findings[0].message).toMatch(message);
  return findings[0];
}
