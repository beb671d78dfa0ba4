/**
 * History at scale. Core: diff two versions of a 10,000-event plan (10
 * properties each) that differ by a few hundred changes of every kind;
 * target under 2 s of CPU (issue 14). Storage: encode and decode a version.
 * Add-on: service calls of Save version, Changes and the Changelog tab on
 * plans of 10, 1,000 and 10,000 events, which must not grow with the plan.
 */
import { createFakeServices, type FakeServices, loadBundle, type BundleContext } from '../fakes';
import { countChanges, diffPlans } from '../src/core/history/diff';
import { decodeVersion, encodeVersion, type EventSnapshot, type PlanSnapshot, splitParts } from '../src/core/history/snapshot';
import { headerCaptions, tabDef } from '../src/core/template';
import { best, cpuClock } from './timing';

const BUNDLE = `${process.cwd()}/dist/Code.js`;
const TYPES = ['String', 'Number', 'Integer', 'Boolean', 'Object', 'Array', 'Date'];

function version(events: number): PlanSnapshot {
  const out: EventSnapshot[] = [];
  for (let i = 0; i < events; i++) {
    out.push({
      name: `Event ${i} Happened`,
      status: 'Approved',
      description: `When event ${i} happens in the product.`,
      properties: Array.from({ length: 10 }, (_, p) => ({
        name: `property_${p}_of_${i % 50}`,
        type: TYPES[(i + p) % TYPES.length],
        required: p < 3,
        allowedValues: p === 4 ? ['one', 'two', 'three'] : [],
        description: `Property ${p}.`,
      })),
    });
  }
  return { events: out };
}

/** The next version: renamed, removed and added events, and property changes of every kind, spread through the plan. */
function edited(before: PlanSnapshot): PlanSnapshot {
  const after: PlanSnapshot = {
    events: before.events.map((e) => ({ ...e, properties: e.properties.map((p) => ({ ...p, allowedValues: [...p.allowedValues] })) })),
  };
  after.events.forEach((e, i) => {
    if (i % 97 === 0) e.name = e.name.toLowerCase().replace(/ /g, '_');
    if (i % 89 === 0) e.status = 'Deprecated';
    if (i % 83 === 0) e.properties[1].type = 'String';
    if (i % 79 === 0) e.properties[5].required = true;
    if (i % 73 === 0) e.properties[4].allowedValues.pop();
    if (i % 71 === 0) e.properties.splice(7, 1);
    if (i % 67 === 0) e.properties.push({ name: 'added_property', type: 'String', required: false, allowedValues: [], description: '' });
    if (i % 61 === 0) e.properties[2].name = `renamed_${i}`;
  });
  after.events = after.events.filter((_, i) => i % 101 !== 50);
  for (let i = 0; i < 100; i++) after.events.push({ name: `New Event ${i}`, status: 'Planned', description: '', properties: [] });
  return after;
}

function seed(services: FakeServices, events: number): void {
  const header = headerCaptions(tabDef('track'));
  const at = (caption: string) => header.indexOf(caption);
  const values: unknown[][] = [header];
  for (let i = 0; i < events; i++) {
    const event = new Array<unknown>(header.length).fill('');
    event[at('Event Name')] = `Event ${i} Happened`;
    event[at('Fires When...')] = `When event ${i} happens.`;
    event[at('Status')] = 'Approved';
    values.push(event);
    for (let p = 0; p < 10; p++) {
      const property = new Array<unknown>(header.length).fill('');
      property[at('Property Name')] = `property_${p}`;
      property[at('Type')] = TYPES[(i + p) % TYPES.length];
      property[at('Required')] = p < 3;
      values.push(property);
    }
  }
  services.spreadsheet.testAddSheet('Track (Custom)', []).testSetValues(1, 1, values);
}

function calls(services: FakeServices, work: () => void): number {
  services.calls.reset();
  work();
  return services.calls.count();
}

export async function run(report: (line: string) => void): Promise<void> {
  report('Core: diff of two versions (10 properties per event), CPU ms, best of runs');
  report('events | changes (breaking/other) | diff ms | encode ms | decode ms | stored parts');
  for (const size of [1000, 10000]) {
    const before = version(size);
    const after = edited(before);
    let changes = diffPlans(before, after);
    // In CPU milliseconds, as this benchmark's figures have always been quoted.
    const diffMs = best(size > 1000 ? 5 : 9, () => void (changes = diffPlans(before, after)), cpuClock);
    let json = '';
    const encodeMs = best(5, () => void (json = encodeVersion({ name: 'v', savedAt: '2026-01-01T00:00:00.000Z', snapshot: after })), cpuClock);
    const decodeMs = best(5, () => void decodeVersion(json), cpuClock);
    const c = countChanges(changes);
    report(
      `${size} | ${changes.length} (${c.breaking}/${c.other}) | ${diffMs.toFixed(1)} | ${encodeMs.toFixed(1)} | ${decodeMs.toFixed(1)} | ${splitParts(json).length}`,
    );
    if (size === 10000) report(`10k diff: ${diffMs.toFixed(0)} ms CPU (target < 2000 ms)`);
  }

  report('');
  report('Add-on: service calls (same at every size means they do not grow with the plan)');
  report('events | Save version (first / later) | Compare with current | Compare two versions | Changelog tab (first / again)');
  for (const size of [10, 1000, 10000]) {
    const services = createFakeServices();
    const ctx: BundleContext = loadBundle(services, BUNDLE);
    ctx.onOpen({ authMode: 'FULL' });
    seed(services, size);
    const first = calls(services, () => ctx.saveVersion('one'));
    const later = calls(services, () => ctx.saveVersion('two'));
    const current = calls(services, () => ctx.compareVersions(1, null));
    const two = calls(services, () => ctx.compareVersions(1, 2));
    const changelog = calls(services, () => ctx.writeChangelog(1, null));
    const again = calls(services, () => ctx.writeChangelog(1, 2));
    report(`${size} | ${first} / ${later} | ${current} | ${two} | ${changelog} / ${again}`);
  }
}
