/**
 * The convention checker: runs every enabled rule of conventions.md over a
 * plan and returns one finding per problem, each pointing at one cell.
 *
 * Cost grows as n log n at worst: each distinct name is checked once (the
 * same property name under a thousand events costs one check), plan rules
 * group with maps instead of comparing pairs, and only the sort is n log n.
 */
import { compileAcceptedWords, normalizeSpaces } from './casing';
import type { Finding, RuleId, Severity } from './finding';
import { BUILT_IN_BRANDS } from './lexicon/brands';
import type { NameScope } from './names';
import type { Plan, TextCell } from './plan';
import { REGISTRY } from './rules';
import type { CellAt, NameInput, NameRule, NameTarget, PlanRule, Problem, RuleContext } from './rules/types';
import { acceptedKey, DEFAULT_SETTINGS, ruleSeverity, type Settings } from './settings';
import { type TabKind, TEMPLATE, tabDef } from './template';

/** A finding about a name, before it is placed on a cell. */
export interface NameFinding {
  rule: RuleId;
  severity: Severity;
  text: string;
  message: string;
  suggestion?: string;
  hint?: string;
}

function makeContext(settings: Settings): RuleContext {
  const words = settings.acceptedWords ?? [];
  // Brands keep their spelling in phrase casings ("iOS App Opened"); in snake_case or camelCase they are plain words (ios_app_opened).
  const brands = settings.eventCasing === 'Title Case' || settings.eventCasing === 'Sentence case';
  return {
    settings,
    accepted: compileAcceptedWords(words),
    eventAccepted: compileAcceptedWords(brands ? [...words, ...BUILT_IN_BRANDS] : words),
  };
}

function makeInput(raw: string, target: NameTarget, scope: NameScope): NameInput {
  return { raw, text: normalizeSpaces(raw), target, scope };
}

/** Shared by every clean name: most of a plan's names have nothing to report, and need no array of their own. */
const NO_FINDINGS: NameFinding[] = [];

/**
 * Runs the name rules on one cell's text. Keeps only suggestions that fix
 * what they are offered for, and drops findings another finding on the cell
 * already covers (event-dynamic-value over casing, and so on).
 */
class NameChecker {
  /** Per target and scope, the findings of each distinct text (maps of maps: no key strings to build per cell). */
  private readonly cache = new Map<string, Map<string, NameFinding[]>>();
  private readonly byTarget: Record<NameTarget, NameRule<RuleId>[]>;

  constructor(
    rules: readonly NameRule<RuleId>[],
    private readonly context: RuleContext,
  ) {
    this.byTarget = { event: [], property: [], type: [], page: [] };
    for (const rule of rules) for (const target of rule.targets) this.byTarget[target].push(rule);
  }

  check(raw: string, target: NameTarget, scope: NameScope): NameFinding[] {
    return this.checkerFor(target, scope)(raw);
  }

  private severityOf(rule: NameRule<RuleId>): Severity {
    return ruleSeverity(this.context.settings, rule.id, rule.severity) as Severity;
  }

  /** A checker for one kind of cell, for loops over many cells. */
  checkerFor(target: NameTarget, scope: NameScope): (raw: string) => NameFinding[] {
    const slot = target + scope;
    let byText = this.cache.get(slot);
    if (!byText) this.cache.set(slot, (byText = new Map()));
    const cache = byText;
    return (raw) => {
      let found = cache.get(raw);
      if (!found) {
        found = this.run(raw, target, scope);
        cache.set(raw, found);
      }
      return found;
    };
  }

  private run(raw: string, target: NameTarget, scope: NameScope): NameFinding[] {
    const input = makeInput(raw, target, scope);
    if (input.text === '') return NO_FINDINGS;
    const found: { rule: NameRule<RuleId>; problem: Problem }[] = [];
    for (const rule of this.byTarget[target]) {
      const problem = rule.check(input, this.context);
      if (problem) found.push({ rule, problem: this.verified(rule, problem, raw, target, scope) });
    }
    if (found.length === 0) return NO_FINDINGS;
    const fired: readonly string[] = found.map((f) => f.rule.id);
    return found
      .filter(({ rule }) => !rule.suppressedBy || !rule.suppressedBy.some((id) => fired.includes(id)))
      .map(({ rule, problem }) => {
        const finding: NameFinding = { rule: rule.id, severity: this.severityOf(rule), text: raw, message: problem.message };
        if (problem.suggestion !== undefined) finding.suggestion = problem.suggestion;
        if (problem.hint !== undefined) finding.hint = problem.hint;
        return finding;
      });
  }

  /** A suggestion is offered only when it differs from the cell and the same rule finds nothing in it. */
  private verified(rule: NameRule<RuleId>, problem: Problem, raw: string, target: NameTarget, scope: NameScope): Problem {
    const suggestion = problem.suggestion;
    if (suggestion === undefined) return problem;
    const fixes = suggestion.trim() !== '' && suggestion !== raw && !rule.check(makeInput(suggestion, target, scope), this.context);
    if (fixes) return problem;
    const { suggestion: _dropped, ...rest } = problem;
    return rest;
  }
}

const TAB_ORDER: Record<TabKind, number> = TEMPLATE.reduce((order, def, i) => ({ ...order, [def.kind]: i }), {} as Record<TabKind, number>);

interface Placed {
  finding: Finding;
  tabOrder: number;
  ruleOrder: number;
}

const RULE_ORDER = new Map<RuleId, number>(REGISTRY.map((rule, i) => [rule.id, i]));

/** The rules to run: every rule whose severity is not 'off' under the settings. */
function enabledRules(settings: Settings): { names: NameRule<RuleId>[]; plans: PlanRule<RuleId>[] } {
  const names: NameRule<RuleId>[] = [];
  const plans: PlanRule<RuleId>[] = [];
  for (const rule of REGISTRY) {
    if (ruleSeverity(settings, rule.id, rule.severity) === 'off') continue;
    if (rule.kind === 'name') names.push(rule);
    else plans.push(rule);
  }
  return { names, plans };
}

/** The findings to mark in the sheet: accepted ones are never highlighted. */
export function openFindings<T extends Pick<Finding, 'accepted'>>(findings: readonly T[]): T[] {
  return findings.filter((f) => !f.accepted);
}

/**
 * Checks a plan against the conventions, with each rule at the severity the
 * settings give it (rules set to 'off' do not run) and accepted findings
 * marked `accepted`. Findings are sorted by tab (in the
 * template's order), then row, then column, then rule.
 */
export function check(plan: Plan, settings: Settings = DEFAULT_SETTINGS): Finding[] {
  const context = makeContext(settings);
  const { names, plans } = enabledRules(settings);
  const checker = new NameChecker(names, context);
  const placed: Placed[] = [];
  const sheetName = (tab: TabKind) => plan.tabs[tab]?.sheetName ?? tabDef(tab).name;
  const tabNames: Record<TabKind, string> = {
    goals: sheetName('goals'),
    identify: sheetName('identify'),
    group: sheetName('group'),
    page: sheetName('page'),
    track: sheetName('track'),
  };

  const accepted = new Set((settings.acceptedFindings ?? []).map((a) => acceptedKey(a.rule, a.tab, a.name)));
  const place = (tab: TabKind, at: { row: number; column: number }, f: NameFinding) => {
    const finding: Finding = { rule: f.rule, severity: f.severity, tab: tabNames[tab], row: at.row, column: at.column, text: f.text, message: f.message };
    if (f.suggestion !== undefined) finding.suggestion = f.suggestion;
    if (f.hint !== undefined) finding.hint = f.hint;
    if (accepted.size && accepted.has(acceptedKey(f.rule, finding.tab, f.text))) finding.accepted = true;
    placed.push({ finding, tabOrder: TAB_ORDER[tab], ruleOrder: RULE_ORDER.get(f.rule) ?? 0 });
  };
  // Plain loops: this runs for each of up to 110,000 cells.
  const visit = (tab: TabKind, cell: TextCell | undefined, checkText: (raw: string) => NameFinding[]) => {
    if (!cell) return;
    const found = checkText(cell.text);
    for (let i = 0; i < found.length; i++) place(tab, cell, found[i]);
  };
  const eventName = checker.checkerFor('event', 'track');
  const propertyName = checker.checkerFor('property', 'track');
  const propertyType = checker.checkerFor('type', 'track');
  for (const event of plan.events) {
    visit('track', event.name, eventName);
    for (const property of event.properties) {
      visit('track', property.name, propertyName);
      visit('track', property.type, propertyType);
    }
  }
  for (const property of plan.orphans) {
    visit('track', property.name, propertyName);
    visit('track', property.type, propertyType);
  }
  for (const scope of ['identify', 'group'] as const) {
    const traitName = checker.checkerFor('property', scope);
    const traitType = checker.checkerFor('type', scope);
    for (const trait of plan[scope]) {
      visit(scope, trait.name, traitName);
      visit(scope, trait.type, traitType);
    }
  }
  const pageName = checker.checkerFor('page', 'track');
  for (const page of plan.pages) visit('page', page.name, pageName);

  for (const rule of plans) {
    rule.check(plan, context, (at: CellAt, problem: Problem) =>
      place(at.tab, at, { rule: rule.id, severity: ruleSeverity(settings, rule.id, rule.severity) as Severity, text: at.text, ...problem }),
    );
  }

  placed.sort((a, b) => a.tabOrder - b.tabOrder || a.finding.row - b.finding.row || a.finding.column - b.finding.column || a.ruleOrder - b.ruleOrder);
  return placed.map((p) => p.finding);
}

/**
 * Checks one name on its own, as the per-name rules see it: an event name
 * (`target` 'event'), a property or trait name ('property', with the tab as
 * `scope`), a Type cell ('type') or a page name ('page'). Plan-wide rules
 * need the plan and are not run.
 */
export function checkName(target: NameTarget, text: string, settings: Settings = DEFAULT_SETTINGS, scope: NameScope = 'track'): NameFinding[] {
  const { names } = enabledRules(settings);
  return new NameChecker(names, makeContext(settings)).check(text, target, scope).slice();
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings the team accepted, counted apart from the open ones; present only when there are some. */
  accepted?: number;
}

/** Counts open findings by severity, and accepted ones apart. */
export function summarize(findings: readonly Pick<Finding, 'severity' | 'accepted'>[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.accepted) summary.accepted = (summary.accepted ?? 0) + 1;
    else if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}
