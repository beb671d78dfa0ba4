/**
 * The command line on large files (issue 10): `tracking-plan lint` run as CI
 * runs it (node dist/cli.js in a child process) on workbooks generated here,
 * never committed. Reports wall time and the child's peak memory (max RSS).
 * Targets: a 300,000-row .xlsx in under 30 s and 1 GB; a plan with one stray
 * cell at XFD2 in under 5 s. On a shared machine the wall time grows with the
 * load; the CPU time says what the command itself costs.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from './check.bench';

const CLI = join(process.cwd(), 'dist', 'cli.js');

/**
 * The realistic plan of bench/check.bench.ts (an event and 10 properties, a
 * few violations) at `rows` rows, written row by row with exceljs's
 * streaming writer; `stray` puts one value far away, at XFD2.
 */
async function writeTrack(path: string, rows: number, stray?: string): Promise<void> {
  const sheet = generate(Math.ceil((rows - 1) / 11));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const worksheet = workbook.addWorksheet(sheet.name);
  sheet.values.forEach((row, i) => {
    const added = worksheet.addRow(row);
    if (stray && i === 1) added.getCell(stray).value = 'stray';
    added.commit();
  });
  worksheet.commit();
  await workbook.commit();
}

/** Runs the CLI on a file; returns its exit code, wall time and peak RSS. */
function lint(path: string): { code: number; seconds: number; cpu: number; peakMb: number; summary: string } {
  const rusage = join(tmpdir(), `tp-rusage-${process.pid}.json`);
  const probe = `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rusage)}, JSON.stringify(process.resourceUsage())));`;
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-e', `${probe} require(${JSON.stringify(CLI)})`, 'tracking-plan', 'lint', path, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const usage = JSON.parse(readFileSync(rusage, 'utf8')) as NodeJS.ResourceUsage;
  rmSync(rusage, { force: true });
  let summary = result.stderr.trim().slice(0, 200);
  try {
    const s = JSON.parse(result.stdout).summary;
    summary = `${s.errors} errors, ${s.warnings} warnings`;
  } catch {
    // the message on stderr says why
  }
  return { code: result.status ?? -1, seconds, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peakMb: usage.maxRSS / 1024, summary };
}

export async function run(report: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tp-bench-cli-'));
  try {
    const cases: { label: string; rows: number; stray?: string; target: string }[] = [
      { label: '300,000-row Track tab', rows: 300_000, target: '< 30 s, < 1 GB' },
      { label: '1,000-row Track tab, stray cell at XFD2', rows: 1_000, stray: 'XFD', target: '< 5 s' },
      { label: '300,000-row Track tab, stray cell at XFD2', rows: 300_000, stray: 'XFD', target: '< 30 s, < 1 GB' },
    ];
    report('| file | size | exit | lint time (wall) | CPU time | peak memory | target | result |');
    report('|---|---:|---:|---:|---:|---:|---|---|');
    for (const c of cases) {
      const path = join(dir, `${c.rows}${c.stray ? '-stray' : ''}.xlsx`);
      await writeTrack(path, c.rows, c.stray);
      const mb = statSync(path).size / (1024 * 1024);
      const r = lint(path);
      report(
        `| ${c.label} | ${mb.toFixed(1)} MB | ${r.code} | ${r.seconds.toFixed(1)} s | ${r.cpu.toFixed(1)} s | ${Math.round(r.peakMb)} MB | ${c.target} | ${r.summary} |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
