/**
 * Times parse and check on generated plans of 10, 1,000 and 10,000 events
 * with 10 properties each (up to 110,000 rows). Targets (issue 3): the
 * 10,000-event plan parses and checks in under a second, and growing the
 * plan tenfold costs at most 12 times as much (n log n at worst).
 */
import { check, summarize } from '../src/core/check';
import { parsePlan, type SheetData } from '../src/core/parse';
import { headerCaptions, tabDef } from '../src/core/template';
import { best } from './timing';

const OBJECTS = [
  'Order',
  'Product',
  'Cart',
  'Checkout Step',
  'Blog Post',
  'Video',
  'Coupon',
  'Invoice',
  'Workspace',
  'Report',
  'Dashboard',
  'Project',
  'Task',
  'Comment',
  'Invite',
  'Subscription',
  'Payment Method',
  'Search',
  'Filter',
  'Playlist',
];
const ACTIONS = [
  'Viewed',
  'Created',
  'Updated',
  'Deleted',
  'Shared',
  'Completed',
  'Started',
  'Opened',
  'Closed',
  'Sent',
  'Paid',
  'Read',
  'Added to Wishlist',
  'Removed',
  'Exported',
];
const AREAS = [
  'Billing',
  'Partner Portal',
  'Admin',
  'Mobile',
  'Reseller',
  'Onboarding',
  'Settings',
  'Help Center',
  'Marketplace',
  'Analytics',
  'Inbox',
  'Calendar',
  'Archive',
  'Library',
  'Studio',
  'Forum',
  'Store',
  'Wallet',
  'Profile',
  'Lab',
];
const WORDS = [
  'alpha',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliet',
  'kilo',
  'lima',
  'mike',
  'november',
  'oscar',
  'papa',
  'quebec',
  'romeo',
  'sierra',
  'tango',
];
const PROPERTIES = Array.from(
  { length: 300 },
  (_, i) =>
    `${WORDS[i % 20]}_${['id', 'name', 'count', 'url', 'type', 'value', 'status', 'source', 'total', 'label'][Math.floor(i / 20) % 10]}${i >= 200 ? '_' + WORDS[(i * 7) % 20] : ''}`,
);
const TYPES = ['String', 'Number', 'Integer', 'Boolean', 'Array[String]', 'Object', 'Date', 'Float'];

/** The name of the i-th event: realistic, distinct, with a few violations a real plan has. */
function eventName(i: number): string {
  const object = OBJECTS[i % OBJECTS.length];
  const action = ACTIONS[Math.floor(i / OBJECTS.length) % ACTIONS.length];
  const round = Math.floor(i / (OBJECTS.length * ACTIONS.length));
  const extra = round >= AREAS.length ? WORDS[Math.floor(round / AREAS.length) % WORDS.length] : '';
  const area = round === 0 ? '' : `${AREAS[round % AREAS.length]} ${extra ? extra[0].toUpperCase() + extra.slice(1) + ' ' : ''}`;
  const name = `${area}${object} ${action}`;
  if (i % 97 === 0) return name.toLowerCase().replace(/ /g, '_');
  if (i % 101 === 0) return `${name} (11-01-2019)`;
  if (i % 103 === 0) return `View ${object}`;
  if (i % 107 === 0) return `${name} `;
  return name;
}

export function generate(events: number): SheetData {
  const header = headerCaptions(tabDef('track'));
  const col = (caption: string) => header.indexOf(caption);
  const rows: unknown[][] = [header];
  const blank = () => header.map((): unknown => '');
  for (let i = 0; i < events; i++) {
    const row = blank();
    row[col('Spec')] = 'Custom';
    row[col('Event Name')] = eventName(i);
    row[col('Fires When...')] = i % 13 === 0 ? '' : 'When the user does it';
    row[col('Priority')] = 'P2';
    rows.push(row);
    for (let p = 0; p < 10; p++) {
      const prop = blank();
      const index = (i * 31 + p * 17) % PROPERTIES.length;
      let name = PROPERTIES[index];
      if ((i + p) % 211 === 0) name = name.replace(/_(\w)/, (_m, c: string) => c.toUpperCase());
      prop[col('Property Name')] = name;
      prop[col('Type')] = (i + p) % 199 === 0 ? 'int' : TYPES[index % TYPES.length];
      prop[col('Required')] = p < 3;
      prop[col('Property Description')] = 'What it holds';
      rows.push(prop);
    }
  }
  return { name: 'Track (Custom)', values: rows };
}

export async function run(report: (line: string) => void): Promise<void> {
  const sizes = [10, 1000, 10000];
  const results = new Map<number, { parse: number; check: number }>();
  report('events | rows | parse ms | check ms | parse + check ms | findings (errors/warnings/infos)');
  for (const size of sizes) {
    const sheet = generate(size);
    const runs = size <= 1000 ? 15 : 9;
    let plan = parsePlan([sheet]);
    let findings = check(plan);
    const parseMs = best(runs, () => {
      plan = parsePlan([sheet]);
    });
    const checkMs = best(runs, () => {
      findings = check(plan);
    });
    results.set(size, { parse: parseMs, check: checkMs });
    const s = summarize(findings);
    report(
      `${size} | ${sheet.values.length - 1} | ${parseMs.toFixed(1)} | ${checkMs.toFixed(1)} | ${(parseMs + checkMs).toFixed(1)} | ${findings.length} (${s.errors}/${s.warnings}/${s.infos})`,
    );
  }
  const small = results.get(1000)!;
  const large = results.get(10000)!;
  report(
    `10k/1k ratio: check ${(large.check / small.check).toFixed(1)}x, parse + check ${((large.parse + large.check) / (small.parse + small.check)).toFixed(1)}x (target <= 12x)`,
  );
  report(`10k parse + check: ${(large.parse + large.check).toFixed(0)} ms (target < 1000 ms)`);
}
