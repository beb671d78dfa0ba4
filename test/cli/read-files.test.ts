/**
 * The command line on the files real teams feed it (issue 10): merged cells,
 * broken quotes, semicolons, tabs, UTF-16, other encodings, old workbooks,
 * huge files, stray far-away cells, and output paths that cannot be written.
 * Runs `main` in-process (what bin/tracking-plan.js runs) for speed; each case
 * checks the exit code and that the message is one line with no stack trace.
 */
import ExcelJS from 'exceljs';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { MAX_FILE_BYTES, readPlan } from '../../src/cli/read-plan';
import { headerCaptions, tabDef } from '../../src/core/template';

// The fs module object itself (not an import namespace), so a spy replaces what src/cli calls.

// eslint-disable-next-line @typescript-eslint/consistent-type-imports
const fs: typeof import('node:fs') = require('node:fs');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-files-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
  return { code, stdout, stderr };
}

/** A refusal: exit 2 and one line on stderr, no stack trace. */
function expectOneLine(result: { code: number; stderr: string; stdout: string }, pattern: RegExp): void {
  expect([result.code, result.stderr]).toEqual([2, expect.stringMatching(pattern)]);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at |unexpected error/);
}

const TRACK = headerCaptions(tabDef('track'));
const col = (caption: string) => TRACK.indexOf(caption);
/** A Track tab: the header, then rows given as caption -> value. */
function trackRows(rows: Record<string, string>[]): string[][] {
  return [TRACK.map((c) => c ?? ''), ...rows.map((r) => TRACK.map((c) => (c && r[c]) ?? ''))];
}
const PLAN = trackRows([
  { 'Event Name': 'Order Completed', 'Fires When...': 'Paid' },
  { 'Property Name': 'order_id', Type: 'String' },
  { 'Event Name': 'order_shipped', 'Fires When...': 'Shipped' },
  { 'Property Name': 'Carrier Name', Type: 'String' },
]);

async function findings(file: string): Promise<string[]> {
  const result = await cli('lint', file, '--format', 'json');
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout).findings.map((f: { cell: string; rule: string }) => `${f.cell.replace(/^.*!/, '')} ${f.rule}`);
}

function delimited(rows: string[][], delimiter: string): string {
  return rows.map((r) => r.map((v) => (v.includes(delimiter) || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v)).join(delimiter)).join('\r\n') + '\r\n';
}

describe('text files', () => {
  let expected: string[];
  beforeAll(async () => {
    writeFileSync(join(dir, 'comma.csv'), delimited(PLAN, ','));
    expected = await findings('comma.csv');
    expect(expected).toEqual(expect.arrayContaining(['C4 event-casing', 'F5 property-casing']));
  });

  it('reads semicolon-separated CSV (Excel where the decimal mark is a comma) as the comma one', async () => {
    writeFileSync(join(dir, 'semicolon.csv'), delimited(PLAN, ';'));
    expect(await findings('semicolon.csv')).toEqual(expected);
  });

  it('reads a semicolon CSV whose descriptions hold commas', async () => {
    const rows = trackRows([{ 'Event Name': 'order_shipped', 'Fires When...': 'Shipped, by post, or by courier' }]);
    writeFileSync(join(dir, 'commas-inside.csv'), delimited(rows, ';'));
    expect(await findings('commas-inside.csv')).toContain('C2 event-casing');
  });

  it('reads tab-separated values (.tsv, a Sheets download option)', async () => {
    writeFileSync(join(dir, 'plan.tsv'), delimited(PLAN, '\t'));
    expect(await findings('plan.tsv')).toEqual(expected);
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian (Excel’s "Unicode Text")', async () => {
    const text = delimited(PLAN, '\t');
    writeFileSync(join(dir, 'unicode-le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(await findings('unicode-le.txt')).toEqual(expected);
    const be = Buffer.from(text, 'utf16le').swap16();
    writeFileSync(join(dir, 'unicode-be.csv'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    expect(await findings('unicode-be.csv')).toEqual(expected);
  });

  it('reads UTF-8 with a byte-order mark, keeping accented names', async () => {
    const rows = trackRows([{ 'Event Name': 'Commande Réglée', 'Fires When...': 'Payée' }]);
    writeFileSync(join(dir, 'bom.csv'), '\uFEFF' + delimited(rows, ','));
    const { plan } = await readPlan(join(dir, 'bom.csv'));
    expect(plan.events.map((e) => e.name.text)).toEqual(['Commande Réglée']);
  });

  it('refuses a CSV with an unterminated quote, naming the line where it opens', async () => {
    const text = delimited(PLAN, ',').replace('Shipped', '"Shipped');
    writeFileSync(join(dir, 'open-quote.csv'), text);
    expectOneLine(await cli('lint', 'open-quote.csv'), /^tracking-plan: Could not read open-quote\.csv, line 4: a quoted field opens here and never closes/);
    // Line numbers count the line breaks inside earlier quoted fields.
    const multiline = trackRows([
      { 'Event Name': 'Order Completed', 'Fires When...': 'Paid\nin full' },
      { 'Event Name': 'Order Shipped', 'Fires When...': 'x' },
    ]);
    writeFileSync(join(dir, 'open-quote-2.csv'), delimited(multiline, ',').replace(',x', ',"x'));
    expectOneLine(await cli('lint', 'open-quote-2.csv'), /line 4: /);
  });

  it('refuses text in another encoding than UTF-8, with advice', async () => {
    const rows = trackRows([{ 'Event Name': 'Commande Réglée', 'Fires When...': 'x' }]);
    writeFileSync(join(dir, 'latin1.csv'), Buffer.from(delimited(rows, ','), 'latin1'));
    expectOneLine(await cli('lint', 'latin1.csv'), /not UTF-8 text.*CSV UTF-8/);
  });

  it('refuses an old .xls workbook and an .ods one, with advice', async () => {
    writeFileSync(join(dir, 'old.xls'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    expectOneLine(await cli('lint', 'old.xls'), /old Excel 97-2003 workbook \(\.xls\).*Save it as \.xlsx/);
    const ods = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]);
    writeFileSync(join(dir, 'plan.ods'), ods);
    expectOneLine(await cli('lint', 'plan.ods'), /OpenDocument spreadsheet \(\.ods\)/);
  });
});

describe('workbooks', () => {
  async function writeXlsx(file: string, build: (sheet: ExcelJS.Worksheet) => void): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Track (Custom)');
    PLAN.forEach((row, i) => (sheet.getRow(i + 1).values = row));
    build(sheet);
    await workbook.xlsx.writeFile(join(dir, file));
  }

  it('reads merged cells as Sheets shows them: the value in the first cell only', async () => {
    // "Order Completed" merged down over its property row, and a description merged across two columns.
    await writeXlsx('merged.xlsx', (sheet) => {
      sheet.mergeCells(2, col('Event Name') + 1, 3, col('Event Name') + 1);
      sheet.mergeCells(2, col('Fires When...') + 1, 2, col('Fires When...') + 2);
    });
    const result = await findings('merged.xlsx');
    expect(result.filter((f) => /duplicate/.test(f))).toEqual([]);
    const { plan } = await readPlan(join(dir, 'merged.xlsx'));
    expect(plan.events.map((e) => [e.name.text, e.name.row])).toEqual([
      ['Order Completed', 2],
      ['order_shipped', 4],
    ]);
  });

  it('reads a sheet with a stray cell at XFD2 only as far as each row goes', async () => {
    await writeXlsx('stray.xlsx', (sheet) => {
      sheet.getCell('XFD2').value = 'stray';
    });
    const { plan } = await readPlan(join(dir, 'stray.xlsx'));
    expect(plan.events.map((e) => e.name.text)).toEqual(['Order Completed', 'order_shipped']);
    expect(await findings('stray.xlsx')).toEqual(expect.arrayContaining(['C4 event-casing', 'F5 property-casing']));
  });

  it('keeps the tabs in the workbook’s order', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['Notes', 'Track (Custom)', 'Archive']) workbook.addWorksheet(name).getCell('A1').value = name;
    await workbook.xlsx.writeFile(join(dir, 'order.xlsx'));
    const result = await cli('lint', 'order.xlsx');
    expect(result.stderr).toMatch(/none of its tabs \("Notes", "Track \(Custom\)" and "Archive"\)/);
  });

  it(`refuses a file over ${MAX_FILE_BYTES / 1024 / 1024} MB before reading it`, async () => {
    const big = join(dir, 'huge.xlsx');
    writeFileSync(big, 'PK\u0003\u0004');
    truncateSync(big, MAX_FILE_BYTES + 1); // sparse: no 100 MB written
    expectOneLine(await cli('lint', 'huge.xlsx'), /^tracking-plan: huge\.xlsx is 100 MB; the command line reads plans up to 100 MB/);
  });

  it('explains a corrupt workbook in one line', async () => {
    writeFileSync(join(dir, 'corrupt.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 7)]));
    expectOneLine(await cli('lint', 'corrupt.xlsx'), /^tracking-plan: Could not read corrupt\.xlsx as an \.xlsx workbook/);
  });
});

describe('output paths that cannot be written', () => {
  beforeAll(() => writeFileSync(join(dir, 'export.csv'), delimited(PLAN, ',')));

  it('a missing output folder for the template', async () => {
    expectOneLine(
      await cli('template', '-o', join('missing', 'plan.xlsx')),
      /^tracking-plan: Cannot write missing\/plan\.xlsx: the folder missing does not exist/,
    );
  });

  it('a file in the way of the export folder, or of a folder above it', async () => {
    writeFileSync(join(dir, 'in-the-way'), 'x');
    expectOneLine(
      await cli('export', '--to', 'protocols', 'export.csv', '-o', 'in-the-way'),
      /^tracking-plan: Cannot write into in-the-way: a file is in the way/,
    );
    expectOneLine(await cli('export', '--to', 'protocols', 'export.csv', '-o', join('in-the-way', 'deeper')), /a file is in the way/);
  });

  it('a folder in the way of an output file', async () => {
    mkdirSync(join(dir, 'tw', 'plan.json'), { recursive: true });
    expectOneLine(
      await cli('export', '--to', 'typewriter', 'export.csv', '-o', 'tw'),
      /^tracking-plan: Cannot write tw\/plan\.json: a folder with that name is in the way/,
    );
    mkdirSync(join(dir, 'folder.xlsx'));
    expectOneLine(await cli('template', '-o', 'folder.xlsx', '--force'), /^tracking-plan: Cannot write folder\.xlsx: a folder with that name is in the way/);
  });

  it('no write permission (the error Node gives, as a non-root user gets it)', async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/x/out/tracking-plan.create.json'"), {
      code: 'EACCES',
      syscall: 'open',
      errno: -13,
    });
    const spy = jest.spyOn(fs, 'writeFileSync').mockImplementation(() => {
      throw denied;
    });
    try {
      expectOneLine(
        await cli('export', '--to', 'protocols', 'export.csv', '-o', 'out'),
        /^tracking-plan: Cannot write out\/tracking-plan\.create\.json: permission denied\.\n$/,
      );
    } finally {
      spy.mockRestore();
    }
  });

  const asUser = process.getuid?.() === 0 ? it.skip : it;
  asUser('no write permission on a real read-only folder', async () => {
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o555);
    try {
      expectOneLine(await cli('export', '--to', 'protocols', 'export.csv', '-o', 'locked'), /permission denied/);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('an unreadable input file', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open', errno: -13 });
    const spy = jest.spyOn(fs, 'openSync').mockImplementation(() => {
      throw denied;
    });
    try {
      expectOneLine(await cli('lint', 'export.csv'), /^tracking-plan: Could not read export\.csv: permission denied\.\n$/);
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(join(dir, 'export.csv'), 'utf8')).toContain('Order Completed');
  });
});
