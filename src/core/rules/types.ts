/**
 * The shape of a rule. A name rule looks at one cell's text; a plan rule
 * needs the whole plan (duplicates, families, goals). Rules return problems;
 * the checker turns them into findings with the tab, row and column.
 */
import type { AcceptedWords } from '../casing';
import type { Severity } from '../finding';
import type { NameScope } from '../names';
import type { Plan } from '../plan';
import type { Settings } from '../settings';
import type { TabKind } from '../template';

/**
 * What a user reads about a rule: the sidebar's "Why?" and docs/rules.md are
 * both made from this text, kept in the rule's own file so they cannot drift.
 */
export interface RuleDoc {
  /** Why the rule exists, in one sentence. */
  readonly reason: string;
  /** Names that pass. */
  readonly good: readonly string[];
  /** Names that fail. */
  readonly bad: readonly string[];
  /** How to fix a finding. */
  readonly fix: string;
}

/**
 * What the sidebar's settings show about a rule. `Id` is the rule's literal
 * id: the registry derives the RuleId union from it.
 */
export interface RuleInfo<Id extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  /** A short title for the settings list. */
  readonly title: string;
  /** One or two sentences on what the rule asks. */
  readonly description: string;
  /** The rule's reason, examples and fix: the sidebar's "Why?" and its section of docs/rules.md. */
  readonly doc: RuleDoc;
}

/** What a rule found, before the checker places it on a cell. */
export interface Problem {
  message: string;
  /** A value that can replace the cell's text. */
  suggestion?: string;
  /** Advice that is not a cell value. */
  hint?: string;
}

/** Which kind of cell a name rule reads. */
export type NameTarget = 'event' | 'property' | 'type' | 'page';

export interface NameInput {
  /** The cell's text as written. */
  raw: string;
  /** Whitespace collapsed and trimmed: what every rule but `whitespace` reads. */
  text: string;
  target: NameTarget;
  /** For properties, traits and their types: the tab that declares them. */
  scope: NameScope;
}

/** Settings compiled once per check. */
export interface RuleContext {
  readonly settings: Settings;
  /** The team's accepted words: what property and trait names may use as written. */
  readonly accepted: AcceptedWords;
  /** What event names may use as written: the accepted words and, in Title Case and Sentence case, the built-in brands. */
  readonly eventAccepted: AcceptedWords;
}

export interface NameRule<Id extends string = string> extends RuleInfo<Id> {
  readonly kind: 'name';
  readonly targets: readonly NameTarget[];
  /**
   * Ids of the rules whose finding on the same cell already covers this one
   * (its suggestion fixes both). Plain strings, because RuleId is derived
   * from the rules; a registry test checks each one names a rule.
   */
  readonly suppressedBy?: readonly string[];
  check(input: NameInput, context: RuleContext): Problem | undefined;
}

/** A cell a plan rule reports on. */
export interface CellAt {
  tab: TabKind;
  row: number;
  column: number;
  text: string;
}

export type Report = (at: CellAt, problem: Problem) => void;

export interface PlanRule<Id extends string = string> extends RuleInfo<Id> {
  readonly kind: 'plan';
  /**
   * True when findings depend on another tab than the one they are on (Goals
   * against Track): a live re-check of one tab keeps their marks as the last
   * full check left them.
   */
  readonly crossTab?: boolean;
  check(plan: Plan, context: RuleContext, report: Report): void;
}
