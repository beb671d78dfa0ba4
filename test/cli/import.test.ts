/**
 * `tracking-plan import` as a user runs it: the built command line in a
 * child process, on the fixture of every format, into a new workbook or
 * onto a --base workbook that must stay as it was.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPlan } from '../../src/core/export';
import { parsePlan, type SheetData } from '../../src/core/parse';
import { worksheetValues } from '../../src/cli/read-plan';
import { tab } from '../fixtures/plans';
import { FIXTURES } from '../core/import/fixtures';
import { planShape } from '../core/import/helpers';
import { runCli } from './cli-helpers';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(dir, args);

async function readSheets(file: string): Promise<SheetData[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, file));
  return workbook.worksheets.map((ws) => ({ name: ws.name, values: worksheetValues(ws) }));
}

async function writeXlsx(file: string, sheets: SheetData[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, i) => (ws.getRow(i + 1).values = row as ExcelJS.CellValue[]));
  }
  await workbook.xlsx.writeFile(join(dir, file));
}

const fixture = (name: string) => join(FIXTURES, name);

describe('tracking-plan import', () => {
  it('writes a new workbook from the files of five formats, rows right below each header', async () => {
    const files = ['protocols-rules.json', 'typewriter-plan.json', 'avo.csv', 'amplitude-events.csv', 'rudderstack-v1.yaml'];
    const result = run('import', ...files.map(fixture), '-o', 'plan.xlsx');
    expect(result.stderr.replace(/^note: .*\n/gm, '')).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Imported 10 events \(\d+ property rows\), \d+ traits, 2 pages and screens from protocols-rules\.json, .*\nwrote .*plan\.xlsx\n$/,
    );
    const plan = parsePlan(await readSheets('plan.xlsx'));
    expect(plan.events.map((e) => e.name.text)).toEqual([
      'Product Viewed',
      'Cart Viewed',
      'Order Completed',
      'Signed Up',
      'Song Played',
      'Playlist Created',
      'App Opened',
      'Search Performed',
      'Item Saved',
      'Checkout Started',
    ]);
    expect([plan.events[0].row, plan.identify[0].row, plan.group[0].row, plan.pages[0].row]).toEqual([2, 2, 2, 2]);
    expect(plan.problems).toEqual([]);
  });

  it('reports a name two files both define as a conflict, writes the rest, and exits 1', async () => {
    const result = run('import', fixture('segment.csv'), fixture('typewriter-v7-plan.json'), '-o', 'plan.xlsx');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^'Track \(Custom\)'!C2 import-conflict Event "Order Completed" from typewriter-v7-plan\.json was already imported from segment\.csv/,
    );
    const plan = parsePlan(await readSheets('plan.xlsx'));
    expect(plan.events.map((e) => [e.name.text, e.spec?.text])).toEqual([
      ['Order Completed', 'Ecommerce v2'],
      ['Coupon Applied', undefined],
    ]);
  });

  it('reads the files of one rudder-cli project together, and several formats in one run', async () => {
    const yaml = ['events.yaml', 'properties.yaml', 'tracking-plan.yaml'].map((f) => fixture(join('rudderstack', f)));
    const result = run('import', ...yaml, fixture('amplitude-user-properties.csv'), '-o', 'plan.xlsx');
    expect(result.code).toBe(0);
    const plan = parsePlan(await readSheets('plan.xlsx'));
    expect(plan.events.map((e) => [e.name.text, e.properties.map((p) => p.name.text)])).toEqual([
      ['Product Viewed', ['sku', 'price', 'color', 'tags', 'dimensions', 'dimensions.width']],
    ]);
    expect(plan.identify.map((t) => [t.name.text, t.required])).toEqual([
      ['plan', false],
      ['signup_date', true],
      ['seats', false],
      ['email', true],
    ]);
    expect(plan.pages.map((p) => p.name.text)).toEqual(['Home']);
  });

  it("groups each event's property rows under it in the .xlsx", async () => {
    expect(run('import', fixture('typewriter-plan.json'), '-o', 'plan.xlsx').code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'plan.xlsx'));
    const track = workbook.getWorksheet('Track (Custom)')!;
    const levels = [2, 3, 8, 9, 10].map((r) => track.getRow(r).outlineLevel ?? 0);
    expect(levels).toEqual([0, 1, 1, 0, 1]);
  });

  it('adds to a --base workbook, leaves that file unchanged, and prints conflicts as tab!A1 import-conflict', async () => {
    await writeXlsx('old.xlsx', [
      tab('track', [
        { 'Event Name': 'Order Completed', 'Fires When...': 'Ours', Status: 'Implemented' },
        { 'Property Name': 'order_id', Type: 'Integer' },
      ]),
      { name: 'Notes', values: [['keep this tab']] },
    ]);
    const before = readFileSync(join(dir, 'old.xlsx'));
    const result = run('import', fixture('typewriter-plan.json'), '--base', 'old.xlsx', '-o', 'new.xlsx');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      `'Track (Custom)'!C2 import-conflict Event "Order Completed" from typewriter-plan.json is already in the plan (row 2); the imported one was not added. Compare them and update row 2 by hand if needed.`,
    );
    expect(readFileSync(join(dir, 'old.xlsx')).equals(before)).toBe(true);
    const sheets = await readSheets('new.xlsx');
    expect(sheets.map((s) => s.name)).toEqual(['Track (Custom)', 'Notes']);
    const plan = parsePlan(sheets);
    expect(plan.events.map((e) => [e.name.text, e.row, e.status?.text])).toEqual([
      ['Order Completed', 2, 'Implemented'],
      ['Signed Up', 4, undefined],
    ]);
    expect(plan.events[0].properties.map((p) => p.type?.text)).toEqual(['Integer']);
  });

  it('round-trips our own exports of a plan through the command line', async () => {
    const plan = parsePlan([
      tab('track', [
        { 'Event Name': 'Order Completed', 'Fires When...': 'Paid' },
        { 'Property Name': 'order_id', Type: 'String', Required: true, 'Allowed Values': 'a, b' },
      ]),
      tab('identify', [{ Trait: 'email', Type: 'String', Required: true, 'Trait Description': 'Mail' }]),
    ]);
    for (const format of ['protocols', 'csv'] as const) {
      const file = exportPlan(plan, format).files[format === 'protocols' ? 1 : 0]; // the Protocols rules body
      writeFileSync(join(dir, file.filename), file.content);
      expect(run('import', file.filename, '-o', `${format}.xlsx`).code).toBe(0);
      expect(planShape(parsePlan(await readSheets(`${format}.xlsx`)))).toEqual(planShape(plan));
    }
  });

  it('exits 2 with a message on a missing, unreadable or unknown file, and writes nothing', () => {
    writeFileSync(join(dir, 'notes.csv'), 'Name,Age\nAda,36\n');
    copyFileSync(fixture('segment.csv'), join(dir, 'ok.csv'));
    for (const [args, message] of [
      [['missing.json'], /No such file: missing\.json/],
      [['notes.csv'], /notes\.csv is not a tracking plan this can import/],
      [['ok.csv', '--base', 'missing.xlsx'], /No such file: missing\.xlsx/],
      [['ok.csv', '--base', 'notes.csv'], /Could not read notes\.csv as an \.xlsx workbook/],
    ] as const) {
      const result = run('import', ...args, '-o', 'out.xlsx');
      expect([result.code, result.stdout]).toEqual([2, '']);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\s+at /);
    }
    expect(run('import', 'ok.csv', '--base', 'ok.xlsx', '-o', 'ok.xlsx').stderr).toMatch(/-o names the --base workbook/);
    expect(run('import', 'ok.csv').stderr).toMatch(/Missing -o/);
    expect(run('--help').stdout).toMatch(/import <file>\.\.\. -o plan\.xlsx/);
  });
});
