/**
 * Service calls and time of Check conventions (first and second check) and
 * of an onEdit of one cell, on plans of 10, 1,000 and 10,000 events with 10
 * properties each, running the built bundle (dist/Code.js) on the fakes.
 */
import * as path from 'path';
import { clickMenuItem, createFakeServices, loadBundle } from '../fakes';
import { col, letter, seedLargePlan, TRACK } from '../test/bundle/checks-helpers';

export async function run(report: (line: string) => void): Promise<void> {
  const bundle = path.resolve(process.cwd(), 'dist', 'Code.js');
  report('| events | rows | first check: calls | ms | second check: calls | ms | onEdit property: calls | ms | onEdit event name: calls | ms |');
  report('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const events of [10, 1000, 10000]) {
    const services = createFakeServices();
    const ctx = loadBundle(services, bundle);
    ctx.onOpen({ authMode: 'FULL' });
    const { eventRows } = seedLargePlan(services, events);
    const rows = events * 11 + 1;

    const measure = (work: () => void): [number, number] => {
      services.calls.reset();
      const start = process.hrtime.bigint();
      work();
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      return [services.calls.count(), Math.round(ms)];
    };
    const [firstCalls, firstMs] = measure(() => clickMenuItem(services, ctx, 'Check conventions'));
    const [secondCalls, secondMs] = measure(() => clickMenuItem(services, ctx, 'Check conventions'));

    const sheet = services.spreadsheet.testSheet(TRACK);
    const middle = eventRows[Math.floor(events / 2)];
    const onEdit = (a1: string, r: number, c: number, value: string): [number, number] => {
      sheet.testSetValues(r, c, [[value]]);
      const e = { range: sheet.getRange(a1), source: services.spreadsheet, value };
      return measure(() => ctx.onEdit(e));
    };
    const propertyColumn = col('track', 'Property Name');
    const eventColumn = col('track', 'Event Name');
    const [propertyCalls, propertyMs] = onEdit(`${letter(propertyColumn)}${middle + 1}`, middle + 1, propertyColumn, 'orderId');
    const [eventCalls, eventMs] = onEdit(`${letter(eventColumn)}${middle}`, middle, eventColumn, 'cart_zzz_removed');
    report(
      `| ${events} | ${rows} | ${firstCalls} | ${firstMs} | ${secondCalls} | ${secondMs} | ${propertyCalls} | ${propertyMs} | ${eventCalls} | ${eventMs} |`,
    );
  }
}
