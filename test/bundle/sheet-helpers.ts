/**
 * Shared set-up for the bundle tests of the template commands: makes sure
 * dist/ is built from the current sources, loads it against fresh fakes,
 * and builds Track tabs to start from.
 */
import { createFakeServices, type FakeServices, loadBundle, type BundleContext, type FakeServicesOptions } from '../../fakes';
import { headerCaptions, tabDef } from '../../src/core/template';

/** Rebuilds dist/ when any input of the build changed, and fails when the build does (test/ensure-built.ts). */
export { ensureBuilt } from '../ensure-built';

export interface Loaded {
  services: FakeServices;
  ctx: BundleContext;
}

/** Fresh fakes with the bundle loaded and the menu built, call log cleared. */
export function open(opts?: FakeServicesOptions): Loaded {
  const services = createFakeServices(opts);
  const ctx = loadBundle(services);
  ctx.onOpen({ authMode: 'FULL' });
  services.calls.reset();
  return { services, ctx };
}

/** Types `value` into one cell (A1, columns A-Z) as a user would, then runs the onEdit trigger with the event Sheets would send. */
export function typeInto(services: FakeServices, ctx: BundleContext, tab: string, a1: string, value: unknown): void {
  const sheet = services.spreadsheet.testSheet(tab);
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  sheet.testSetValues(Number(m[2]), m[1].charCodeAt(0) - 64, [[value]]);
  services.testSetAuthMode('LIMITED');
  ctx.onEdit({ range: sheet.getRange(a1), source: services.spreadsheet, value, authMode: 'LIMITED' });
  services.testSetAuthMode('FULL');
}

export const TRACK_HEADER = headerCaptions(tabDef('track'));
export const TRACK_COLUMN = (caption: string): number => TRACK_HEADER.indexOf(caption) + 1;

/** A Track row with the given captions filled in. */
export function trackRow(cells: Record<string, string>): string[] {
  const row = new Array<string>(TRACK_HEADER.length).fill('');
  for (const [caption, text] of Object.entries(cells)) row[TRACK_COLUMN(caption) - 1] = text;
  return row;
}

/**
 * A Track tab of `events` custom events with two property rows each,
 * grouped as the layout wants, made with uncounted helpers. Returns the
 * property-row spans.
 */
export function seedTrack(services: FakeServices, events: number, opts: { name?: string; exactRows?: boolean } = {}): { first: number; last: number }[] {
  const values: string[][] = [TRACK_HEADER];
  const spans: { first: number; last: number }[] = [];
  for (let i = 0; i < events; i++) {
    values.push(trackRow({ Spec: 'Custom', 'Event Name': `Custom Event ${i + 1}`, 'Fires When...': 'When it happens.' }));
    values.push(trackRow({ 'Property Name': 'first_prop', Type: 'String' }));
    values.push(trackRow({ 'Property Name': 'second_prop', Type: 'Number' }));
    spans.push({ first: values.length - 1, last: values.length });
  }
  const sheet = services.spreadsheet.testAddSheet(opts.name ?? 'Track (Custom)', values, opts.exactRows ? { maxRows: values.length } : {});
  for (const span of spans) sheet.testSetRowGroupDepth(span.first, span.last, 1);
  return spans;
}
