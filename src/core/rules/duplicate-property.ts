/**
 * duplicate-property: a property appears once under its event, and a trait
 * once in its tab (ignoring case and spaces: warehouses fold the case of
 * column names).
 */
import { normalizeSpaces } from '../casing';
import type { TextCell } from '../plan';
import type { TabKind } from '../template';
import { quote } from './shared';
import type { PlanRule, Report } from './types';

/**
 * Finds repeated names in the lists of one check. The maps are reused from
 * list to list (a plan has 10,000 short lists; allocating two maps for each
 * would cost more than the search).
 */
class DuplicateFinder {
  /** Cell text -> comparison key; the same names recur under many events. */
  private readonly keys = new Map<string, string>();
  private readonly first = new Map<string, TextCell>();

  constructor(private readonly report: Report) {}

  private keyOf(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) this.keys.set(text, (key = normalizeSpaces(text).toLowerCase()));
    return key;
  }

  find<T>(items: readonly T[], cellOf: (item: T) => TextCell, tab: TabKind, where: () => string): void {
    if (items.length < 2) return;
    this.first.clear();
    for (const item of items) {
      const cell = cellOf(item);
      const key = this.keyOf(cell.text);
      if (key === '') continue;
      const earlier = this.first.get(key);
      if (!earlier) {
        this.first.set(key, cell);
        continue;
      }
      this.report(
        { tab, row: cell.row, column: cell.column, text: cell.text },
        {
          message: `${quote(cell.text)} is already listed ${where()} on row ${earlier.row}.`,
          hint: 'Keep one row and delete the other, merging their descriptions.',
        },
      );
    }
  }
}

const nameOf = (item: { name: TextCell }) => item.name;

export const duplicateProperty: PlanRule<'duplicate-property'> = {
  kind: 'plan',
  id: 'duplicate-property',
  severity: 'error',
  title: 'Duplicate properties and traits',
  description: 'A property appears once under its event, and a trait once in its tab (ignoring case and spaces).',
  doc: {
    reason: 'A property listed twice under one event (or a trait twice in one tab) gets two types or descriptions, and exports cannot say which one holds.',
    good: ['order_id and total under Order Completed'],
    bad: ['order_id twice under Order Completed', 'email and "Email " in the Identify tab'],
    fix: 'Keep one row for the property and delete the other, after merging their types and descriptions.',
  },
  check(plan, _context, report) {
    const finder = new DuplicateFinder(report);
    for (const event of plan.events) finder.find(event.properties, nameOf, 'track', () => `under ${quote(event.name.text)}`);
    finder.find(plan.identify, nameOf, 'identify', () => 'in this tab');
    finder.find(plan.group, nameOf, 'group', () => 'in this tab');
  },
};
