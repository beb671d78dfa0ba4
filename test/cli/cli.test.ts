/**
 * The command line as a CI pipeline runs it: `node bin/tracking-plan.js` in
 * a child process, on .xlsx and .csv files made here the way Google Sheets
 * downloads them.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../src/core/check';
import { toProtocols } from '../../src/core/export/protocols';
import { parsePlan } from '../../src/core/parse';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { headerCaptions, tabDef, type TabKind } from '../../src/core/template';
import { findingLine } from '../../src/cli/lint';
import { allSpecsPlan } from '../fixtures/plans';
import { bin, buildCli, root, runCli } from './cli-helpers';

let dir: string;

const run = (...args: string[]) => runCli(dir, args);

/** A tab's rows under the template header, given as caption -> value. */
function rows(kind: TabKind, data: Record<string, unknown>[]): unknown[][] {
  const header = headerCaptions(tabDef(kind));
  return [header, ...data.map((row) => header.map((caption) => (caption && caption in row ? row[caption] : null)))];
}

async function writeXlsx(file: string, sheets: { name: string; values: unknown[][] }[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, i) => {
      worksheet.getRow(i + 1).values = row as ExcelJS.CellValue[];
    });
  }
  const path = join(dir, file);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Sheets' CSV download of one tab. */
function writeCsv(file: string, values: unknown[][]): string {
  const text = values
    .map((row) => row.map((v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(','))
    .join('\r\n');
  writeFileSync(join(dir, file), text + '\r\n');
  return join(dir, file);
}

const violations = rows('track', [
  { 'Event Name': 'order_completed', 'Fires When...': 'Order placed' },
  { 'Property Name': 'orderId', Type: 'String' },
  { 'Property Name': 'total', Type: 'int' },
  { 'Event Name': 'Order Completed ', 'Fires When...': 'Again' },
]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-'));
  buildCli();
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tracking-plan template', () => {
  it('writes every tab with a bold frozen header, dropdowns and the spec events grouped under their event rows', async () => {
    const result = run('template', '--spec', 'ecommerce-v2', '-o', 'plan.xlsx');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'plan.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Goals', 'Identify', 'Group', 'Page & Screen', 'Track (Custom)']);
    const track = workbook.getWorksheet('Track (Custom)')!;
    expect(track.getRow(1).values).toEqual([undefined, ...headerCaptions(tabDef('track'))]);
    expect(track.getRow(1).font?.bold).toBe(true);
    expect(track.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(track.properties.outlineProperties).toMatchObject({ summaryBelow: false });
    expect(track.getCell('G2').dataValidation).toMatchObject({ type: 'list', formulae: ['"String,Number,Integer,Float,Boolean,Object,Array,Date,Null,Any"'] });
    // Row 2 is the first event; its property rows follow at outline level 1, the next event row at 0.
    expect(track.getCell('C2').value).toBe('Products Searched');
    expect(track.getRow(2).outlineLevel).toBe(0);
    expect(track.getCell('F3').value).toBe('query');
    expect(track.getRow(3).outlineLevel).toBe(1);
    const nextEvent = [...Array(40).keys()].map((i) => i + 3).find((r) => track.getCell(`C${r}`).value)!;
    expect(track.getRow(nextEvent).outlineLevel).toBe(0);
    expect(track.getRow(nextEvent - 1).outlineLevel).toBe(1);
  });

  it('refuses to overwrite a file and rejects an unknown spec', () => {
    expect(run('template', '-o', 'plan.xlsx').code).toBe(2);
    const unknown = run('template', '--spec', 'retail', '-o', 'other.xlsx');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown --spec "retail"');
  });
});

describe('round trip: template -> lint -> export', () => {
  it('a fresh template seeded with all four specs lints with no errors or warnings, and exports the same plan', () => {
    expect(run('template', '--spec', 'b2b-saas', '--spec', 'ecommerce-v2', '--spec', 'mobile', '--spec', 'video', '-o', 'all.xlsx').code).toBe(0);
    const lint = run('lint', 'all.xlsx', '--format', 'json');
    expect(lint.code).toBe(0);
    const report = JSON.parse(lint.stdout);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });

    const exported = run('export', '--to', 'protocols', 'all.xlsx', '-o', 'out', '--name', 'All Specs');
    expect(exported.code).toBe(0);
    const create = JSON.parse(readFileSync(join(dir, 'out', 'tracking-plan.create.json'), 'utf8'));
    const rules = JSON.parse(readFileSync(join(dir, 'out', 'tracking-plan.rules.json'), 'utf8'));
    expect({ create, rules }).toEqual(toProtocols(allSpecsPlan(), { name: 'All Specs' }));

    expect(run('export', '--to', 'typewriter', 'all.xlsx', '-o', 'tw').code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'tw', 'plan.json'), 'utf8')).rules).toHaveLength(allSpecsPlan().events.length);
    expect(readFileSync(join(dir, 'tw', 'typewriter.yml'), 'utf8')).toContain('sdk: analytics-js');
  });
});

describe('tracking-plan lint', () => {
  it('prints exactly the findings of the add-on’s checks, one tab!A1 line each, and exits 1', async () => {
    await writeXlsx('violations.xlsx', [{ name: 'Track', values: violations }]);
    const result = run('lint', 'violations.xlsx');
    const expected = check(parsePlan([{ name: 'Track', values: violations }]), { ...DEFAULT_SETTINGS });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1).sort()).toEqual(expected.map(findingLine).sort());
    // The violations planted above, at their cells.
    const heads = lines.map((l) => l.split(' ').slice(0, 2).join(' '));
    expect(heads).toEqual(expect.arrayContaining(['Track!C2 event-casing', 'Track!F3 property-casing', 'Track!G4 property-type', 'Track!C5 whitespace']));
    expect(lines[lines.length - 1]).toMatch(/^\d+ errors?, \d+ warnings?, \d+ info\.$/);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('note: There is no "Goals" tab.');
  });

  it('reads rich text, formula results and hyperlinks as their text', async () => {
    const values = rows('track', [
      { 'Event Name': 'Order Completed', 'Fires When...': 'Order placed' },
      { 'Property Name': 'order_id', Type: 'String' },
    ]);
    values[1][2] = { richText: [{ text: 'order_' }, { text: 'completed', font: { bold: true } }] };
    values[2][5] = { formula: 'LOWER("ORDER_ID")', result: 'order_id' };
    values[2][9] = { text: 'docs', hyperlink: 'https://example.com' };
    await writeXlsx('rich.xlsx', [{ name: 'Track (Custom)', values }]);
    const result = run('lint', 'rich.xlsx', '--format', 'json');
    const report = JSON.parse(result.stdout);
    const rules = report.findings.map((f: { cell: string; rule: string; text: string }) => `${f.cell} ${f.rule} ${f.text}`);
    expect(rules).toContain("'Track (Custom)'!C2 event-casing order_completed");
    expect(rules.filter((r: string) => r.includes('!F3'))).toEqual([]);
  });

  it('exits 0 on warnings alone, and 1 when they exceed --max-warnings', async () => {
    await writeXlsx('warnings.xlsx', [{ name: 'Track', values: rows('track', [{ 'Event Name': 'Homepage', 'Fires When...': 'Shown' }]) }]);
    const json = run('lint', 'warnings.xlsx', '--format', 'json');
    const warnings = JSON.parse(json.stdout).summary.warnings;
    expect(JSON.parse(json.stdout).summary.errors).toBe(0);
    expect(warnings).toBeGreaterThan(0);
    expect(json.code).toBe(0);
    expect(run('lint', 'warnings.xlsx', '--max-warnings', String(warnings)).code).toBe(0);
    expect(run('lint', 'warnings.xlsx', '--max-warnings', String(warnings - 1)).code).toBe(1);
  });

  it('takes settings from flags and from tracking-plan.config.json', async () => {
    await writeXlsx('snake.xlsx', [{ name: 'Track', values: rows('track', [{ 'Event Name': 'order_completed', 'Fires When...': 'Order placed' }]) }]);
    const flagged = run('lint', 'snake.xlsx', '--format', 'json', '--event-casing', 'snake_case', '--disable', 'event-object-action');
    expect(JSON.parse(flagged.stdout).findings.map((f: { rule: string }) => f.rule)).not.toContain('event-casing');
    expect(run('lint', 'snake.xlsx').code).toBe(1);

    writeFileSync(join(dir, 'tracking-plan.config.json'), JSON.stringify({ eventCasing: 'snake_case', disabledRules: ['event-object-action'] }));
    try {
      expect(JSON.parse(run('lint', 'snake.xlsx', '--format', 'json').stdout).findings.map((f: { rule: string }) => f.rule)).not.toContain('event-casing');
    } finally {
      rmSync(join(dir, 'tracking-plan.config.json'));
    }
    writeFileSync(join(dir, 'bad.config.json'), JSON.stringify({ eventCasing: 'Shouting Case' }));
    const bad = run('lint', 'snake.xlsx', '--config', 'bad.config.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Shouting Case');
  });

  it('finds a CSV tab from its header captions, or from --tab', () => {
    writeCsv('download.csv', violations);
    const csv = run('lint', 'download.csv');
    expect(csv.code).toBe(1);
    expect(csv.stdout).toContain("'Track (Custom)'!C2 event-casing");
    expect(csv.stderr).toBe('');

    writeCsv('traits.csv', rows('group', [{ Trait: 'Plan Name', Type: 'String' }]));
    const group = run('lint', 'traits.csv', '--tab', 'Group', '--format', 'json');
    expect(JSON.parse(group.stdout).findings.map((f: { cell: string; rule: string }) => `${f.cell} ${f.rule}`)).toContain('Group!A2 property-casing');
    const identify = run('lint', 'traits.csv', '--format', 'json');
    expect(JSON.parse(identify.stdout).findings[0].tab).toBe('Identify');
  });

  it('explains a missing, corrupt or foreign file and a bad flag with exit code 2', async () => {
    const missing = run('lint', 'nope.xlsx');
    expect([missing.code, missing.stderr]).toEqual([2, 'tracking-plan: No such file: nope.xlsx\n']);

    writeFileSync(join(dir, 'corrupt.xlsx'), 'PK\u0003\u0004 not really a zip');
    const corrupt = run('lint', 'corrupt.xlsx');
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toMatch(/^tracking-plan: Could not read corrupt\.xlsx as an \.xlsx workbook/);

    await writeXlsx('budget.xlsx', [
      {
        name: 'Budget',
        values: [
          ['Item', 'Cost'],
          ['Laptop', 1200],
        ],
      },
    ]);
    const foreign = run('lint', 'budget.xlsx');
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('budget.xlsx is not a tracking plan');
    expect(foreign.stderr).toContain('There is no "Track (Custom)" tab.');

    writeCsv('costs.csv', [['Item', 'Cost']]);
    const foreignCsv = run('lint', 'costs.csv');
    expect(foreignCsv.code).toBe(2);
    expect(foreignCsv.stderr).toContain('"Event Name" and "Property Name"');

    const flag = run('lint', 'budget.xlsx', '--colour');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--colour'");
    expect(flag.stdout).toBe('');
  });

  it('shows usage with --help', () => {
    const help = run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tracking-plan <command>/);
    expect(run('frobnicate').code).toBe(2);
  });
});

describe('tracking-plan export', () => {
  it('writes CSV with formula text neutralised', async () => {
    const values = rows('track', [
      { 'Event Name': '=HYPERLINK("http://evil","x")', 'Fires When...': '+cmd' },
      { 'Property Name': '@id', Type: 'String' },
    ]);
    await writeXlsx('evil.xlsx', [{ name: 'Track', values }]);
    const result = run('export', '--to', 'csv', 'evil.xlsx', '-o', 'csv');
    expect(result.code).toBe(0);
    const csv = readFileSync(join(dir, 'csv', 'evil.csv'), 'utf8');
    expect(csv).toContain(`1,Track,"'=HYPERLINK(""http://evil"",""x"")",,'+cmd,,,,`);
    expect(csv).toContain(`'@id`);
  });

  it('requires a known --to', () => {
    expect(run('export', 'all.xlsx').stderr).toContain('Missing --to');
    expect(run('export', '--to', 'segment', 'all.xlsx').code).toBe(2);
    expect(run('export', '--to', 'typewriter', '--open', '--closed', 'all.xlsx').stderr).toContain('--closed or --open');
  });

  it('writes each format’s files into the -o folder', () => {
    expect(run('template', '--spec', 'ecommerce-v2', '-o', 'shop.xlsx').code).toBe(0);
    const written = (to: string) => {
      const result = run('export', '--to', to, 'shop.xlsx', '-o', `each-${to}`);
      expect(result.code).toBe(0);
      return readdirSync(join(dir, `each-${to}`)).sort();
    };
    expect(written('protocols')).toEqual(['tracking-plan.create.json', 'tracking-plan.rules.json']);
    expect(written('typewriter')).toEqual(['plan.json', 'typewriter.yml']);
    expect(written('csv')).toEqual(['shop.csv']);
    expect(written('amplitude')).toEqual(['amplitude-events.csv', 'amplitude-user-properties.csv']);
    expect(written('mixpanel')).toEqual(['mixpanel-schemas.json']);
    expect(written('avo')).toEqual(['avo.csv']);
    expect(written('markdown')).toEqual(['tracking-plan.md']);
    const open = run('export', '--to', 'typewriter', '--open', 'shop.xlsx', '-o', 'tw-open');
    expect(open.code).toBe(0);
    expect(readFileSync(join(dir, 'tw-open', 'plan.json'), 'utf8')).not.toContain('additionalProperties');
    expect(readFileSync(join(dir, 'each-typewriter', 'plan.json'), 'utf8')).toContain('"additionalProperties": false');
  });

  it('lints its own CSV export as it lints the workbook', async () => {
    // A Type cell of "int" is left out: in Segment's CSV "int" is the name of Integer, so it is no longer a finding there.
    const plan = rows('track', [
      { 'Event Name': 'order_completed', 'Fires When...': 'Order placed' },
      { 'Property Name': 'orderId', Type: 'String' },
      { 'Property Name': 'total', Type: 'Numbr' },
      { 'Event Name': 'Order Completed ', 'Fires When...': 'Again' },
      { 'Event Name': '=HYPERLINK("http://x")' },
      { 'Property Name': '-1', Type: 'Integer', Required: true },
    ]);
    await writeXlsx('mixed.xlsx', [
      { name: 'Track', values: plan },
      { name: 'Identify', values: rows('identify', [{ Trait: 'First Name', Type: 'String | Null', 'Allowed Values': '"a, b"\nc' }]) },
    ]);
    expect(run('export', '--to', 'csv', 'mixed.xlsx', '-o', '.').code).toBe(0);
    const fromSheet = JSON.parse(run('lint', 'mixed.xlsx', '--format', 'json').stdout);
    const fromCsv = JSON.parse(run('lint', 'mixed.csv', '--format', 'json').stdout);
    const ruleAndText = (report: { findings: { rule: string; text: string }[] }) => report.findings.map((f) => `${f.rule} ${f.text}`).sort();
    expect(fromSheet.findings.length).toBeGreaterThan(0);
    expect(ruleAndText(fromCsv)).toEqual(ruleAndText(fromSheet));
  });
});

describe('bin/tracking-plan.js', () => {
  it('builds dist/cli.js first when it is missing, as right after npm ci', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'tp-fresh-'));
    try {
      mkdirSync(join(fresh, 'bin'));
      mkdirSync(join(fresh, 'scripts'));
      cpSync(bin, join(fresh, 'bin', 'tracking-plan.js'));
      cpSync(join(root, 'scripts', 'build-cli.mjs'), join(fresh, 'scripts', 'build-cli.mjs'));
      symlinkSync(join(root, 'src'), join(fresh, 'src'));
      symlinkSync(join(root, 'node_modules'), join(fresh, 'node_modules'));
      const result = spawnSync(process.execPath, [join(fresh, 'bin', 'tracking-plan.js'), '--help'], { cwd: fresh, encoding: 'utf8', timeout: 60000 });
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^Usage: tracking-plan/);
      expect(existsSync(join(fresh, 'dist', 'cli.js'))).toBe(true);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
