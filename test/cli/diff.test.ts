/**
 * `tracking-plan diff` as a CI pipeline runs it: two .xlsx downloads of a
 * plan, one line per change, exit 1 on a breaking change.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headerCaptions, tabDef } from '../../src/core/template';
import { buildCli, runCli } from './cli-helpers';

let dir: string;

const run = (...args: string[]) => runCli(dir, args);

type Row = Record<string, unknown>;

async function writePlan(file: string, track: Row[]): Promise<void> {
  const header = headerCaptions(tabDef('track'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Track (Custom)');
  [header, ...track.map((row) => header.map((caption) => (caption && caption in row ? row[caption] : null)))].forEach((values, i) => {
    sheet.getRow(i + 1).values = values as ExcelJS.CellValue[];
  });
  await workbook.xlsx.writeFile(join(dir, file));
}

const v1: Row[] = [
  { 'Event Name': 'Order Completed', 'Fires When...': 'The order is paid.', Status: 'Approved' },
  { 'Property Name': 'order_id', Type: 'String', Required: true },
  { 'Property Name': 'total', Type: 'Number' },
  { 'Property Name': 'currency', Type: 'String', 'Allowed Values': 'USD, EUR' },
  { 'Event Name': 'Cart Viewed', 'Fires When...': 'The cart opens.', Status: 'Planned' },
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tp-diff-'));
  buildCli();
  await writePlan('v1.xlsx', v1);
  await writePlan('same.xlsx', v1);
  await writePlan('additions.xlsx', [
    ...v1,
    { 'Property Name': 'cart_id', Type: 'String' },
    { 'Event Name': 'Coupon Applied', 'Fires When...': 'A coupon is used.' },
  ]);
  await writePlan('v2.xlsx', [
    { 'Event Name': 'Order Completed', 'Fires When...': 'The order is paid.', Status: 'Implemented' },
    { 'Property Name': 'order_id', Type: 'String', Required: true },
    { 'Property Name': 'total', Type: 'String' },
    { 'Property Name': 'currency', Type: 'String', 'Allowed Values': 'USD' },
  ]);
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tracking-plan diff', () => {
  it('prints one line per change naming event and property, and exits 1 on a breaking change', () => {
    const result = run('diff', 'v1.xlsx', 'v2.xlsx');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'change: event "Order Completed": status changed from "Approved" to "Implemented"',
      'breaking: event "Order Completed", property "total": type changed from "Number" to "String"',
      'breaking: event "Order Completed", property "currency": allowed value "EUR" removed',
      'breaking: event "Cart Viewed": event removed',
      '3 breaking changes and 1 other change.',
    ]);
  });

  it('exits 0 when the changes break nothing, and when there are none', () => {
    const additions = run('diff', 'v1.xlsx', 'additions.xlsx');
    expect(additions.code).toBe(0);
    expect(additions.stdout).toBe('change: event "Cart Viewed", property "cart_id": property added\nchange: event "Coupon Applied": event added\n2 changes.\n');
    const same = run('diff', 'v1.xlsx', 'same.xlsx');
    expect([same.code, same.stdout]).toEqual([0, 'No changes.\n']);
  });

  it('reads the other way round: what was added is now removed', () => {
    const back = run('diff', 'additions.xlsx', 'v1.xlsx');
    expect(back.code).toBe(1);
    expect(back.stdout).toMatch(/^breaking: event "Cart Viewed", property "cart_id": property removed$/m);
  });

  it('prints JSON for machines', () => {
    const result = run('diff', '--format', 'json', 'v1.xlsx', 'v2.xlsx');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.summary).toEqual({ breaking: 3, other: 1 });
    expect(json.changes[1]).toEqual({
      breaking: true,
      kind: 'type',
      event: 'Order Completed',
      property: 'total',
      before: 'Number',
      after: 'String',
      message: 'type changed from "Number" to "String"',
    });
  });

  it('explains bad input with exit 2', () => {
    expect(run('diff', 'v1.xlsx')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Give two plan files/) });
    expect(run('diff', 'v1.xlsx', 'missing.xlsx')).toMatchObject({ code: 2, stderr: expect.stringMatching(/No such file: missing.xlsx/) });
    expect(run('diff', '--format', 'xml', 'v1.xlsx', 'v2.xlsx')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown --format "xml"/) });
  });
});

describe('tracking-plan export --approved-only', () => {
  it('leaves out Deprecated events always and unapproved ones on request, saying so', () => {
    const all = run('export', '--to', 'protocols', 'v1.xlsx', '-o', 'out-all');
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/Exported 2 events/);
    const approved = run('export', '--to', 'protocols', '--approved-only', 'v1.xlsx', '-o', 'out-approved');
    expect(approved.code).toBe(0);
    expect(approved.stdout).toMatch(/Exported 1 event /);
    expect(approved.stderr).toBe('note: Left out 1 event not yet Approved or Implemented ("Cart Viewed"): the export is limited to approved events.\n');
  });
});
