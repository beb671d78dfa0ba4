/**
 * Export: the files each format produces from a plan, as text with a file
 * name and MIME type. The sidebar downloads them and the command line writes
 * them; neither decides anything about their content.
 */
import { Plan } from '../plan';
import { UserError } from '../errors';
import { toCsv } from './csv';
import { toProtocols } from './protocols';
import { planSlug, toTypewriterPlan, typewriterConfig, TypewriterOptions, unusableEventNames } from './typewriter';

export type ExportFormatId = 'protocols' | 'typewriter' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormatId[] = ['protocols', 'typewriter', 'csv'];

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

export interface ExportResult {
  files: ExportFile[];
  /** What was exported, for the person: "12 events, 9 traits exported to ...". */
  message: string;
}

export type { TypewriterOptions };

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

function counted(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function reservedWarning(names: string[]): string {
  if (!names.length) return '';
  return ' Rename ' + names.map((n) => '"' + n + '"').join(', ') + ': Typewriter would name a function after ' + (names.length === 1 ? 'it' : 'each') + ' with a word TypeScript reserves.';
}

export function exportPlan(plan: Plan, format: string, options: TypewriterOptions = {}): ExportResult {
  const traits = plan.identify.length + plan.group.length;
  const what = counted(plan.events.length, 'event') + (traits ? ' and ' + counted(traits, 'trait') : '');
  if (plan.events.length === 0 && (traits === 0 || format === 'typewriter')) {
    throw new UserError('There is nothing to export: the Track tab lists no events yet.');
  }
  switch (format) {
    case 'protocols': {
      const protocols = toProtocols(plan, options);
      return {
        files: [{ filename: `${planSlug(protocols.name)}.protocols.json`, mimeType: 'application/json', content: json(protocols) }],
        message: `Exported ${what} as ${counted(protocols.rules.length, 'Protocols rule')}.`,
      };
    }
    case 'typewriter': {
      const typewriterPlan = toTypewriterPlan(plan, options);
      return {
        files: [
          { filename: 'plan.json', mimeType: 'application/json', content: json(typewriterPlan) },
          { filename: 'typewriter.yml', mimeType: 'text/yaml', content: typewriterConfig(typewriterPlan, options) },
        ],
        message:
          `Exported ${counted(typewriterPlan.rules.length, 'event')} for Typewriter: put plan.json and typewriter.yml in one folder and run "npx typewriter build" there.` +
          reservedWarning(unusableEventNames(typewriterPlan)),
      };
    }
    case 'csv': {
      const name = options.name && options.name.trim() ? options.name.trim() : 'tracking-plan';
      return {
        files: [{ filename: `${planSlug(name)}.csv`, mimeType: 'text/csv', content: toCsv(plan) }],
        message: `Exported ${what} as CSV.`,
      };
    }
    default:
      // Not a template literal: the build's no-import/export guard misreads nested ones.
      throw new UserError('Unknown format "' + format + '" to save the plan in: choose ' + EXPORT_FORMATS.join(', ') + '.');
  }
}
