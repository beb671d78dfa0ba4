/**
 * The `tracking-plan` command line: lint, export and template over the same
 * core as the add-on. Exit codes: 0 fine, 1 lint found errors (or too many
 * warnings), 2 the command could not run (bad flags, missing or unreadable
 * file, a file that is not a tracking plan, bad settings).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError, isUserError } from '../core/errors';
import { EXPORT_FORMATS, exportPlan } from '../core/export';
import { TYPEWRITER_SDKS, type TypewriterSdk } from '../core/export/typewriter';
import { defaultSettings, validateSettings } from '../core/settings';
import { overrideSettings, settingsFromRows } from '../core/settings-sheet';
import { SPECS, SPEC_IDS, type SpecId, specById } from '../core/specs';
import { COVERAGE_USAGE, coverageCommand } from './coverage';
import { runImport } from './import';
import { diffPlans } from '../core/history/diff';
import { snapshotOf } from '../core/history/snapshot';
import { selectForExport } from '../core/history/status';
import { diffExitCode, diffJson, diffText } from './diff';
import { ensureFolder, fileErrorReason, isFileSystemError, writeFailure, writeOutput } from './file-errors';
import { CHECK_OPTIONS } from './options';
import { lintExitCode, lintJson, lintPlan, lintText } from './lint';
import { readPlan } from './read-plan';
import { writeTemplate } from './write-template';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export const CONFIG_FILE = 'tracking-plan.config.json';

export const USAGE = `Usage: tracking-plan <command> [options]

Commands:
  lint <plan.xlsx|plan.csv>     Check the plan's naming conventions, as the add-on does.
    --tab NAME                  The tab a .csv holds (found from its header otherwise).
    --format text|json          Output format (default text).
    --max-warnings N            Also fail when there are more than N warnings.
    --config FILE               Settings file (default ./${CONFIG_FILE} if present).
    --event-casing CASING       ${'Title Case, Sentence case, lower case, snake_case, camelCase, PascalCase'}.
    --property-casing CASING    snake_case or camelCase.
    --accept WORD               A word the casing rules accept as written (repeatable).
    --disable RULE              A rule id to switch off (repeatable).
                                A workbook downloaded from Sheets carries the sheet's settings (rule
                                severities, accepted words and findings) in its Plan Settings tab;
                                the config file and these flags override them.

${COVERAGE_USAGE}
  export --to ${EXPORT_FORMATS.join('|')} <plan.xlsx|plan.csv>
    -o, --out DIR               Folder to write into (default: the current folder).
    --name NAME                 The plan's name (default: the file's name).
    --sdk SDK                   Typewriter only: ${TYPEWRITER_SDKS.join(', ')} (default analytics-js).
    --closed / --open           Whether an event takes only the properties the plan lists
                                (additionalProperties: false); Typewriter closes by default, Protocols opens.
    --tab NAME                  The tab a .csv holds.
    --approved-only             Export only Approved and Implemented events (Deprecated ones are always left out).

  diff <old.xlsx> <new.xlsx>    What changed: one "breaking:" or "change:" line per change.
    --format text|json          Output format (default text).
    --tab NAME                  The tab .csv files hold.

  template [--spec ID]... -o plan.xlsx
    --spec ID                   Seed the Track tab with a spec's events: ${SPEC_IDS.join(', ')} (repeatable).
    -o, --out FILE              The .xlsx to write (default tracking-plan.xlsx).
    --force                     Overwrite the file if it exists.

  import <file>... -o plan.xlsx  Bring in Segment Protocols rules JSON, a Typewriter plan.json, Segment, Avo
                                or Amplitude Data CSV, or rudder-cli YAML (the format is read from the content).
    -o, --out FILE              The .xlsx to write.
    --base FILE                 Start from this workbook (left unchanged) and add the imported rows.
    --force                     Overwrite the -o file if it exists.
    Names already in the plan print as "tab!A1 import-conflict message" and exit 1.

  -h, --help                    Show this help.

Exit codes: 0 no errors; 1 lint found errors, or more warnings than --max-warnings, import found conflicts, or diff found a breaking change;
2 the command could not run (a missing or unreadable file, not a tracking plan, bad options).
`;

class UsageError extends UserError {}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean; default?: string }>;
type Values = Record<string, string | boolean | string[] | undefined>;

function parse(args: string[], options: OptionSpec): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '.') : String(error));
  }
}

function onePositional(positionals: string[], what: string): string {
  if (positionals.length === 0) throw new UsageError(`Missing ${what}.`);
  if (positionals.length > 1) throw new UsageError(`Expected one ${what}, got ${positionals.length}: ${positionals.join(' ')}.`);
  return positionals[0];
}

function readConfig(io: Io, path: string | undefined): Record<string, unknown> {
  const file = path ? resolve(io.cwd, path) : join(io.cwd, CONFIG_FILE);
  if (!existsSync(file)) {
    if (path) throw new UserError(`No such config file: ${path}`);
    return {};
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(`The config file ${path ?? CONFIG_FILE} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UserError(`The config file ${path ?? CONFIG_FILE} must hold a JSON object of settings.`);
  return raw as Record<string, unknown>;
}

function problemText(problem: unknown): string {
  if (problem && typeof problem === 'object' && 'message' in problem) return String(problem.message);
  return String(problem);
}

const list = (v: unknown) => (Array.isArray(v) ? v : []);

async function lint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { ...CHECK_OPTIONS });
  if (values.help) return help(io);
  const file = onePositional(positionals, 'plan file (.xlsx or .csv) to lint');
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') throw new UsageError(`Unknown --format "${format}": choose text or json.`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(String(values['max-warnings']))) throw new UsageError(`--max-warnings needs a whole number, got "${values['max-warnings']}".`);
  }
  const raw = readConfig(io, values.config as string | undefined);
  if (values['event-casing'] !== undefined) raw.eventCasing = values['event-casing'];
  if (values['property-casing'] !== undefined) raw.propertyCasing = values['property-casing'];
  if (values.disable) raw.disabledRules = [...list(raw.disabledRules), ...(values.disable as string[])];
  // The config and the flags are checked before the file is read: a bad one is the user's to fix (exit 2).
  const checked = validateSettings(raw);
  if (checked.problems.length) throw new UserError(`Bad settings: ${checked.problems.map(problemText).join(' ')}`);

  const { plan, notes, settingsValues } = await readPlan(resolve(io.cwd, file), { tab: values.tab as string | undefined, display: file });
  // A downloaded .xlsx carries the sheet's settings in the add-on's settings tab; the config file and flags override them.
  const fromTab = settingsValues ? settingsFromRows(settingsValues) : { settings: defaultSettings(), problems: [] };
  for (const problem of fromTab.problems) notes.push(`Settings tab: ${problem}`);
  const settings = overrideSettings(fromTab.settings, raw).settings;
  if (values.accept) settings.acceptedWords = [...settings.acceptedWords, ...(values.accept as string[])];
  const result = lintPlan(plan, settings);
  if (format === 'json') io.stdout(lintJson(file, result, notes));
  else {
    for (const note of notes) io.stderr(`note: ${note}\n`);
    io.stdout(lintText(result));
  }
  return lintExitCode(result.summary, maxWarnings);
}

async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    to: { type: 'string' },
    out: { type: 'string', short: 'o' },
    name: { type: 'string' },
    sdk: { type: 'string' },
    tab: { type: 'string' },
    closed: { type: 'boolean' },
    open: { type: 'boolean' },
    'approved-only': { type: 'boolean' },
  });
  if (values.help) return help(io);
  if (values.closed && values.open) throw new UsageError('Give --closed or --open, not both.');
  const closed = values.closed ? true : values.open ? false : undefined;
  const to = values.to as string | undefined;
  if (!to) throw new UsageError(`Missing --to: choose ${EXPORT_FORMATS.join(', ')}.`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(to)) throw new UsageError(`Unknown --to "${to}": choose ${EXPORT_FORMATS.join(', ')}.`);
  const sdk = values.sdk as string | undefined;
  if (sdk !== undefined && !(TYPEWRITER_SDKS as readonly string[]).includes(sdk))
    throw new UsageError(`Unknown --sdk "${sdk}": choose ${TYPEWRITER_SDKS.join(', ')}.`);
  const file = onePositional(positionals, 'plan file (.xlsx or .csv) to export');
  const { plan: whole } = await readPlan(resolve(io.cwd, file), { tab: values.tab as string | undefined, display: file });
  const { plan, note } = selectForExport(whole, { approvedOnly: values['approved-only'] === true });
  const name = (values.name as string | undefined) ?? basename(file, extname(file));
  const result = exportPlan(plan, to, { name, sdk: sdk as TypewriterSdk | undefined, closed });
  if (note) io.stderr(`note: ${note}\n`);
  const out = (values.out as string | undefined) ?? '.';
  const dir = resolve(io.cwd, out);
  ensureFolder(dir, out);
  for (const f of result.files) {
    const path = join(dir, f.filename);
    writeOutput(path, f.content, join(out, f.filename));
    io.stdout(`wrote ${path}\n`);
  }
  io.stdout(`${result.message}\n`);
  return 0;
}

async function diff(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', default: 'text' },
    tab: { type: 'string' },
  });
  if (values.help) return help(io);
  if (positionals.length !== 2) throw new UsageError(`Give two plan files to compare, the older first: tracking-plan diff old.xlsx new.xlsx.`);
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') throw new UsageError(`Unknown --format "${format}": choose text or json.`);
  const [older, newer] = positionals;
  const tab = values.tab as string | undefined;
  const before = await readPlan(resolve(io.cwd, older), { tab, display: older });
  const after = await readPlan(resolve(io.cwd, newer), { tab, display: newer });
  const changes = diffPlans(snapshotOf(before.plan), snapshotOf(after.plan));
  io.stdout(format === 'json' ? diffJson(older, newer, changes) : diffText(changes));
  return diffExitCode(changes);
}

async function template(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    spec: { type: 'string', multiple: true },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  });
  if (values.help) return help(io);
  if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}": give the file with -o.`);
  const specIds: SpecId[] = [];
  for (const wanted of (values.spec as string[] | undefined) ?? []) {
    const spec = specById(wanted.trim().toLowerCase()) ?? SPECS.find((s) => s.name.toLowerCase() === wanted.trim().toLowerCase());
    if (!spec) throw new UsageError(`Unknown --spec "${wanted}": choose ${SPEC_IDS.join(', ')}.`);
    if (!specIds.includes(spec.id)) specIds.push(spec.id);
  }
  const out = resolve(io.cwd, (values.out as string | undefined) ?? 'tracking-plan.xlsx');
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`The template is an .xlsx workbook: give -o a file name ending in .xlsx.`);
  if (existsSync(out) && !values.force) throw new UserError(`${out} already exists; pass --force to overwrite it.`);
  try {
    await writeTemplate(out, specIds);
  } catch (error) {
    throw new UserError(writeFailure(error, out, (values.out as string | undefined) ?? 'tracking-plan.xlsx'));
  }
  const events = specIds.reduce((n, id) => n + specById(id)!.events.length, 0);
  io.stdout(`wrote ${out}${specIds.length ? ` with ${events} events of ${specIds.map((id) => specById(id)!.name).join(', ')}` : ''}\n`);
  return 0;
}

async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string', short: 'o' },
    base: { type: 'string' },
    force: { type: 'boolean' },
  });
  if (values.help) return help(io);
  if (!positionals.length) throw new UsageError('Missing the file(s) to import.');
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('Missing -o: the .xlsx workbook to write.');
  if (!/\.xlsx$/i.test(out)) throw new UsageError('The import is written as an .xlsx workbook: give -o a file name ending in .xlsx.');
  return runImport(positionals, { out, base: values.base as string | undefined, force: values.force === true }, io);
}

function help(io: Io): number {
  io.stdout(USAGE);
  return 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await lint(rest, io);
      case 'coverage':
        return await coverageCommand(rest, io, { parse, readConfig, usageError: (message) => new UsageError(message), help });
      case 'export':
        return await exportCommand(rest, io);
      case 'template':
        return await template(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case 'diff':
        return await diff(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        return help(io);
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`tracking-plan: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr(`Run "tracking-plan --help" for usage.\n`);
      return 2;
    }
    // A file-system failure not met where it happened is still one line, never a stack trace.
    if (isFileSystemError(error)) {
      io.stderr(`tracking-plan: ${error.path ? `${error.path}: ` : ''}${fileErrorReason(error)}\n`);
      return 2;
    }
    io.stderr(`tracking-plan: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}
