/**
 * `tracking-plan lint` on a workbook downloaded from a sheet whose team set
 * severities and accepted findings in the sidebar: the add-on's hidden
 * settings tab travels in the .xlsx, and the command line applies the same
 * settings as the sheet (a config file still overrides them).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedTwoBadEventNames, TRACK } from '../bundle/checks-helpers';
import { ensureBuilt, open } from '../bundle/sheet-helpers';
import { buildCli, runCli } from './cli-helpers';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-settings-'));
  buildCli();
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(dir, args);

/** What File > Download > .xlsx gives: every tab's values, hidden tabs included (and still hidden). */
async function download(services: ReturnType<typeof open>['services'], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const name of services.spreadsheet.testSheetNames()) {
    const sheet = workbook.addWorksheet(name, { state: services.spreadsheet.testSheet(name).isSheetHidden() ? 'hidden' : 'visible' });
    services.spreadsheet.testDump(name).values.forEach((values: unknown[], i: number) => {
      sheet.getRow(i + 1).values = values as ExcelJS.CellValue[];
    });
  }
  await workbook.xlsx.writeFile(join(dir, file));
}

function lint(
  file: string,
  ...flags: string[]
): { code: number; report: { summary: Record<string, number>; findings: { rule: string; text: string; severity: string; accepted?: boolean }[] } } {
  const result = run('lint', file, '--format', 'json', ...flags);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) };
}

describe('lint honours the settings a downloaded .xlsx carries', () => {
  let services: ReturnType<typeof open>['services'];

  beforeAll(async () => {
    const loaded = open();
    services = loaded.services;
    seedTwoBadEventNames(services);
    await download(services, 'before.xlsx');
    loaded.ctx.checkNow();
    loaded.ctx.acceptFinding({ rule: 'event-casing', tab: TRACK, name: 'order_completed' });
    loaded.ctx.saveSettings({ severities: { 'event-casing': 'warning', 'missing-description': 'off' } });
    await download(services, 'plan.xlsx');
  });

  it('fails on the errors of a sheet without settings', () => {
    const { code, report } = lint('before.xlsx');
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.rule === 'event-casing').map((f) => [f.text, f.severity])).toEqual([
      ['order_completed', 'error'],
      ['invoice_paid', 'error'],
    ]);
  });

  it('applies the severities and the accepted findings from the settings tab', () => {
    const { code, report } = lint('plan.xlsx');
    const casing = report.findings.filter((f) => f.rule === 'event-casing');
    expect(casing.map((f) => [f.text, f.severity, !!f.accepted])).toEqual([
      ['order_completed', 'warning', true],
      ['invoice_paid', 'warning', false],
    ]);
    expect(report.findings.some((f) => f.rule === 'missing-description')).toBe(false);
    expect(report.summary.accepted).toBe(1);
    expect(report.summary.errors).toBe(0);
    expect(code).toBe(0);
    const text = run('lint', 'plan.xlsx');
    expect(text.stdout).toMatch(/^'Track \(Custom\)'!C3 event-casing /m);
    expect(text.stdout).not.toMatch(/!C2 event-casing/);
    expect(text.stdout).toMatch(/1 accepted on purpose, not counted/);
  });

  it('lets a config file and flags override the tab', () => {
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ severities: { 'event-casing': 'error' }, acceptedFindings: [] }));
    const { code, report } = lint('plan.xlsx', '--config', 'strict.json');
    expect(report.findings.filter((f) => f.rule === 'event-casing').map((f) => [f.severity, !!f.accepted])).toEqual([
      ['error', false],
      ['error', false],
    ]);
    expect(code).toBe(1);
    expect(lint('plan.xlsx', '--disable', 'event-casing').report.findings.some((f) => f.rule === 'event-casing')).toBe(false);
  });
});
