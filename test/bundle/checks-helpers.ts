/**
 * Plans for the bundle tests and the benchmark of the checks: every template
 * tab, seeded with uncounted helpers, plus small readers of the add-on's
 * marks (the Checks column and the effective highlight of a cell).
 */
import { type FakeServices } from '../../fakes';
import { headerCaptions, tabDef, type TabKind } from '../../src/core/template';
import { CHECKS_CAPTION } from '../../src/core/marks';

export const HEADERS: Record<TabKind, string[]> = {
  goals: headerCaptions(tabDef('goals')),
  identify: headerCaptions(tabDef('identify')),
  group: headerCaptions(tabDef('group')),
  page: headerCaptions(tabDef('page')),
  track: headerCaptions(tabDef('track')),
};

export const TRACK = 'Track (Custom)';

export function row(kind: TabKind, cells: Record<string, unknown>): unknown[] {
  const header = HEADERS[kind];
  const out = new Array<unknown>(header.length).fill('');
  for (const [caption, value] of Object.entries(cells)) {
    const i = header.indexOf(caption);
    if (i < 0) throw new Error(`no column "${caption}" on ${kind}`);
    out[i] = value;
  }
  return out;
}

/** A Track event row: its name, when it fires, and Business Goal Revenue unless `cells` says otherwise. */
export function eventRow(name: string, firesWhen: string, cells: Record<string, unknown> = {}): unknown[] {
  return row('track', { 'Event Name': name, 'Fires When...': firesWhen, 'Business Goal': 'Revenue', ...cells });
}

/** A Track property row under the event above it. */
export function propertyRow(name: string, type: string, description: string): unknown[] {
  return row('track', { 'Property Name': name, Type: type, 'Property Description': description });
}

export const col = (kind: TabKind, caption: string): number => HEADERS[kind].indexOf(caption) + 1;

export const letter = (column: number): string => String.fromCharCode(64 + column);

/** Adds every template tab; Track rows and Goals rows as given, the other tabs with a clean trait and page. */
export function seedPlan(services: FakeServices, track: unknown[][], goals: unknown[][] = []): void {
  const ss = services.spreadsheet;
  ss.testAddSheet('Goals', [HEADERS.goals, ...goals]);
  ss.testAddSheet('Identify', [HEADERS.identify, row('identify', { Trait: 'email', Type: 'String', 'Trait Description': 'E-mail address' })]);
  ss.testAddSheet('Group', [HEADERS.group, row('group', { Trait: 'industry', Type: 'String', 'Trait Description': 'Industry' })]);
  ss.testAddSheet('Page & Screen', [HEADERS.page, row('page', { 'Page or Screen Name': 'Home', 'Method(s)': 'Page' })]);
  ss.testAddSheet(TRACK, [HEADERS.track, ...track]);
  if (ss.testSheetNames().includes('Sheet1')) ss.testRemoveSheet('Sheet1');
}

const WORDS = ['Product', 'Order', 'Cart', 'Coupon', 'Video', 'Article', 'Invite', 'Report', 'Project', 'Comment'];
const ACTIONS = ['Viewed', 'Added', 'Removed', 'Shared', 'Completed', 'Started', 'Opened', 'Saved', 'Deleted', 'Updated'];
const PROPERTIES: [string, string][] = [
  ['order_id', 'String'],
  ['product_id', 'String'],
  ['price', 'Number'],
  ['quantity', 'Integer'],
  ['currency', 'String'],
  ['category', 'String'],
  ['brand', 'String'],
  ['coupon', 'String'],
  ['revenue', 'Number'],
  ['sku', 'String'],
];

/** A unique pronounceable word for n (Abab, Abac, ...), so no name holds a long number. */
function tag(n: number): string {
  const syll = ['ba', 'ce', 'di', 'fo', 'gu', 'ha', 'je', 'ki', 'lo', 'mu', 'na', 'pe', 'ri', 'so', 'tu', 'vy'];
  let s = '';
  let x = n;
  do {
    s += syll[x % 16];
    x = Math.floor(x / 16);
  } while (x > 0);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A plan of `events` events with 10 properties each. Every tenth event has
 * a snake_case name (an event-casing error); the rest is clean, so only the
 * Track tab gets marks. Goals lists the first three events.
 */
export function seedLargePlan(services: FakeServices, events: number): { eventRows: number[] } {
  const track: unknown[][] = [];
  const eventRows: number[] = [];
  for (let i = 0; i < events; i++) {
    const words = `${WORDS[i % WORDS.length]} ${tag(i)} ${ACTIONS[Math.floor(i / WORDS.length) % ACTIONS.length]}`;
    const name = i % 10 === 3 ? words.toLowerCase().replace(/ /g, '_') : words;
    eventRows.push(track.length + 2);
    track.push(eventRow(name, 'When it happens.', { Priority: 'P2', Spec: 'Custom', 'Business Goal': 'Grow' }));
    for (const [property, type] of PROPERTIES) track.push(propertyRow(property, type, 'A property.'));
  }
  const firstEvents = [0, 1, 2].filter((i) => i < events).map((i) => String(track[eventRows[i] - 2][col('track', 'Event Name') - 1]));
  seedPlan(services, track, [row('goals', { 'Business Goal': 'Grow', Events: firstEvents.join('\n') })]);
  return { eventRows };
}

/** The Checks column's lines of one row, or [] when the tab has no Checks column. */
export function checksLines(services: FakeServices, tab: string, sheetRow: number): string[] {
  const dump = services.spreadsheet.testDump(tab);
  const isCaption = (v: unknown) => v === CHECKS_CAPTION;
  const header: unknown[] | undefined = dump.values.slice(0, 20).find((r) => r.some(isCaption));
  const c = header ? header.findIndex(isCaption) : -1;
  if (c < 0) return [];
  const text = String((dump.values[sheetRow - 1] ?? [])[c] ?? '');
  return text ? text.split('\n') : [];
}

/** "caption [rule]" for each line of a row's Checks cell: what a test can state without the checker's exact wording. */
export function markKeys(services: FakeServices, tab: string, sheetRow: number): string[] {
  return checksLines(services, tab, sheetRow).map((line) => {
    // Today's form "✖ Caption: words (rule-id)", or an earlier version's "✖ Caption: [rule-id] words".
    const m = /^(\S+) (.*?): .*\(([a-z0-9-]+)\)$/.exec(line) ?? /^(\S+) (.*?): \[([a-z0-9-]+)\]/.exec(line);
    return m ? `${m[1]} ${m[2]} [${m[3]}]` : `?${line}`;
  });
}

export function highlight(services: FakeServices, tab: string, a1: string): string | undefined {
  const format = services.spreadsheet.testEffectiveFormat(tab, a1);
  return format.background ?? undefined;
}

/** Track rows 2-4: two snake_case event names (event-casing errors) and Cart Viewed, the one event Goals lists. */
export function seedTwoBadEventNames(services: FakeServices): void {
  seedPlan(
    services,
    [eventRow('order_completed', 'The order is placed.'), eventRow('invoice_paid', 'The invoice is paid.'), eventRow('Cart Viewed', 'The cart opens.')],
    [row('goals', { 'Business Goal': 'Revenue', Events: 'Cart Viewed' })],
  );
}

/** Track rows 2-7 and one goal, with known violations on F4, G4, C5, the description of row 7 and Goals D2. */
export function seedKnownViolations(services: FakeServices): void {
  seedPlan(
    services,
    [
      eventRow('Order Completed', 'The order is placed.', { Spec: 'Custom' }),
      propertyRow('order_id', 'String', 'Order id.'),
      propertyRow('cartValue', 'int', 'Value of the cart.'),
      eventRow('product_viewed', 'A product page opens.', { Spec: 'Custom' }),
      propertyRow('product_id', 'String', 'Product id.'),
      row('track', { Spec: 'Custom', 'Event Name': 'Invite Sent', 'Business Goal': 'Growth' }),
    ],
    [row('goals', { 'Business Goal': 'Revenue', Events: 'Order Completed\nCheckout Started' })],
  );
}
