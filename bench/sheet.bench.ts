/**
 * Service calls (and time) of the template commands, run on dist/Code.js
 * against fresh fakes: Set up template, inserting each spec into plans of
 * 0, 1,000 and 10,000 events, and Minimize / Reset. Counts are whole menu
 * clicks, including the toast that reports the outcome.
 */
import { clickMenuItem, createFakeServices, type FakeServices, loadBundle, type BundleContext } from '../fakes';
import { headerCaptions, tabDef } from '../src/core/template';

// Bundled into another directory, this file cannot find dist/ from its own
// location; benchmarks run from the repository root.
const BUNDLE = `${process.cwd()}/dist/Code.js`;

const SPECS: [string, string][] = [
  ['B2B SaaS', 'b2b-saas'],
  ['Ecommerce v2', 'ecommerce-v2'],
  ['Mobile', 'mobile'],
  ['Video', 'video'],
];

function fresh(): { services: FakeServices; ctx: BundleContext } {
  const services = createFakeServices();
  const ctx = loadBundle(services, BUNDLE);
  ctx.onOpen({ authMode: 'FULL' });
  services.calls.reset();
  return { services, ctx };
}

/** A Track tab of `events` events with two grouped property rows each, seeded without counting. */
function seedTrack(services: FakeServices, events: number): void {
  const header = headerCaptions(tabDef('track'));
  const at = (caption: string) => header.indexOf(caption);
  const values: string[][] = [header];
  const sheet = services.spreadsheet.testAddSheet('Track (Custom)', []);
  const spans: number[] = [];
  for (let i = 0; i < events; i++) {
    const event = new Array<string>(header.length).fill('');
    event[at('Event Name')] = `Custom Event ${i + 1}`;
    values.push(event);
    for (const name of ['first_prop', 'second_prop']) {
      const property = new Array<string>(header.length).fill('');
      property[at('Property Name')] = name;
      property[at('Type')] = 'String';
      values.push(property);
    }
    spans.push(values.length - 1);
  }
  sheet.testSetValues(1, 1, values);
  for (const first of spans) sheet.testSetRowGroupDepth(first, first + 1, 1);
}

function measure(services: FakeServices, work: () => void): { calls: number; ms: number } {
  services.calls.reset();
  const start = Date.now();
  work();
  return { calls: services.calls.count(), ms: Date.now() - start };
}

function line(label: string, m: { calls: number; ms: number }, budget?: number): string {
  const verdict = budget === undefined ? '' : m.calls <= budget ? `  (budget ${budget}: ok)` : `  (budget ${budget}: OVER)`;
  return `${label.padEnd(52)} ${String(m.calls).padStart(5)} calls ${String(m.ms).padStart(6)} ms${verdict}`;
}

export async function run(report: (line: string) => void): Promise<void> {
  report('Template commands: service calls per menu click (toast included)');
  {
    const { services, ctx } = fresh();
    report(
      line(
        'Set up template, empty spreadsheet',
        measure(services, () => clickMenuItem(services, ctx, 'Set up template')),
        70,
      ),
    );
    report(
      line(
        'Set up template, all tabs exist',
        measure(services, () => clickMenuItem(services, ctx, 'Set up template')),
        20,
      ),
    );
  }
  for (const size of [0, 1000, 10000]) {
    for (const [caption, id] of SPECS) {
      const { services, ctx } = fresh();
      if (size) seedTrack(services, size);
      else clickMenuItem(services, ctx, 'Set up template');
      const k = ctx.listSpecEvents(id).events.length;
      const m = measure(services, () => clickMenuItem(services, ctx, caption, 'Insert spec events'));
      report(line(`Insert ${caption} (k=${k}) into ${size} events`, m, 23 + 2 * k)); // 23: read and write, the change stamp (2), selecting the new rows
    }
  }
  for (const size of [0, 10000]) {
    const { services, ctx } = fresh();
    if (size) seedTrack(services, size);
    else {
      clickMenuItem(services, ctx, 'Set up template');
      clickMenuItem(services, ctx, 'Ecommerce v2', 'Insert spec events');
    }
    const label = size ? `${size} events` : 'Ecommerce v2 plan';
    report(
      line(
        `Minimize rows, ${label}`,
        measure(services, () => clickMenuItem(services, ctx, 'Minimize rows')),
        6,
      ),
    );
    report(
      line(
        `Reset rows, ${label}`,
        measure(services, () => clickMenuItem(services, ctx, 'Reset rows')),
        6,
      ),
    );
    report(
      line(
        `  minimizeRows() from the sidebar, ${label}`,
        measure(services, () => ctx.minimizeRows()),
        6,
      ),
    );
  }
  // Repair row groups on 10,000 events: all right, and half of them typed by hand (ungrouped).
  for (const broken of [0, 5000]) {
    const { services, ctx } = fresh();
    seedTrack(services, 10000);
    const sheet = services.spreadsheet.testSheet('Track (Custom)');
    for (let i = 0; i < broken; i++) sheet.testSetRowGroupDepth(3 + i * 3, 4 + i * 3, 0);
    // The sidebar calls again from `next` until the repair is done.
    let runs = 0;
    let from: number | undefined;
    const m = measure(services, () => {
      do {
        const step = from === undefined ? ctx.repairRowGroups() : ctx.repairRowGroups(from);
        from = step.next;
        runs++;
      } while (from !== undefined);
    });
    report(line(`Repair row groups, 10000 events, ${broken} ungrouped (${runs} runs)`, m));
  }
}
