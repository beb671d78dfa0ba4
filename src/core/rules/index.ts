/**
 * The rule registry. Adding a rule is one new file in this folder and one
 * line here; the order here is the order findings on the same cell are listed.
 */
import { duplicateEvent } from './duplicate-event';
import { duplicateProperty } from './duplicate-property';
import { eventCasing } from './event-casing';
import { eventCharacters } from './event-characters';
import { eventDynamicValue } from './event-dynamic-value';
import { eventEmbeddedValue } from './event-embedded-value';
import { eventFamily } from './event-family';
import { eventObjectAction } from './event-object-action';
import { eventWithoutGoal } from './event-without-goal';
import { goalEventMissing } from './goal-event-missing';
import { missingDescription } from './missing-description';
import { orphanProperty } from './orphan-property';
import { propertyCasing } from './property-casing';
import { propertyDynamicKey } from './property-dynamic-key';
import { propertyKeyFamily } from './property-key-family';
import { propertyType } from './property-type';
import { propertyTypeConflict } from './property-type-conflict';
import { whitespace } from './whitespace';
import type { RuleInfo } from './types';

export type { RuleInfo, RuleDoc, NameRule, PlanRule, Problem, NameTarget, NameInput, RuleContext, CellAt, Report } from './types';

/** Every rule, with its check. */
export const REGISTRY = [
  whitespace,
  eventDynamicValue,
  eventEmbeddedValue,
  eventCharacters,
  eventCasing,
  eventObjectAction,
  propertyDynamicKey,
  propertyCasing,
  propertyType,
  duplicateEvent,
  duplicateProperty,
  propertyKeyFamily,
  eventFamily,
  propertyTypeConflict,
  orphanProperty,
  missingDescription,
  goalEventMissing,
  eventWithoutGoal,
] as const;

/** A rule's id: one of the registry's. */
export type RuleId = (typeof REGISTRY)[number]['id'];

/** Every rule as plain data (JSON-safe), for the sidebar's settings. */
export const RULES: readonly RuleInfo<RuleId>[] = REGISTRY.map(({ id, severity, title, description, doc }) => ({ id, severity, title, description, doc }));

export const RULE_IDS: readonly RuleId[] = REGISTRY.map((rule) => rule.id);

/** Rules whose findings depend on another tab (Goals against Track); see PlanRule.crossTab. */
export const CROSS_TAB_RULES: ReadonlySet<RuleId> = new Set<RuleId>(REGISTRY.flatMap((rule) => (rule.kind === 'plan' && rule.crossTab ? [rule.id] : [])));

export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && (RULE_IDS as readonly string[]).includes(id);
}
