/**
 * Export: the files each format produces from a plan, as text with a file
 * name and MIME type. The sidebar downloads them and the command line writes
 * them; neither decides anything about their content.
 */
import { type Plan } from '../plan';
import { UserError } from '../errors';
import { amplitudeEventsCsv, amplitudeUserPropertiesCsv } from './amplitude';
import { toAvoCsv } from './avo';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';
import { toMixpanel } from './mixpanel';
import { planName, toProtocols } from './protocols';
import {
  inheritedNameEvents,
  planSlug,
  toTypewriterPlan,
  typewriterConfig,
  type TypewriterOptions,
  unbuildableEventNames,
  unusableEventNames,
} from './typewriter';
import { plural } from '../counts';

export type ExportFormatId = 'protocols' | 'typewriter' | 'csv' | 'amplitude' | 'mixpanel' | 'avo' | 'markdown';
export const EXPORT_FORMATS: readonly ExportFormatId[] = ['protocols', 'typewriter', 'csv', 'amplitude', 'mixpanel', 'avo', 'markdown'];

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

function quoted(names: readonly string[]): string {
  return names.map((n) => '"' + n + '"').join(', ');
}

function reservedWarning(names: string[]): string {
  if (!names.length) return '';
  return ' Rename ' + quoted(names) + ': Typewriter would name a function after ' + (names.length === 1 ? 'it' : 'each') + ' with a word TypeScript reserves.';
}

function inheritedWarning(events: string[]): string {
  if (!events.length) return '';
  return (
    ' Calls to ' +
    quoted(events) +
    ' must state their property named like constructor or toString: every object inherits one, so leaving it out sends the inherited one.'
  );
}

const CSV = 'text/csv';
const JSON_TYPE = 'application/json';

export function exportPlan(plan: Plan, format: string, options: TypewriterOptions = {}): ExportResult {
  const traits = plan.identify.length + plan.group.length;
  const what = plural(plan.events.length, 'event') + (traits ? ' and ' + plural(traits, 'trait') : '');
  const needsEvents = format === 'typewriter' || format === 'avo' || (format === 'mixpanel' && plan.identify.length === 0);
  if (plan.events.length === 0 && ((traits === 0 && plan.pages.length === 0) || needsEvents)) {
    throw new UserError('There is nothing to export: the Track tab lists no events yet.');
  }
  switch (format) {
    case 'protocols': {
      const { create, rules } = toProtocols(plan, options);
      return {
        files: [
          { filename: 'tracking-plan.create.json', mimeType: JSON_TYPE, content: json(create) },
          { filename: 'tracking-plan.rules.json', mimeType: JSON_TYPE, content: json(rules) },
        ],
        message:
          `Exported ${what} as ${plural(rules.rules.length, 'Protocols rule')}: send tracking-plan.create.json to Create Tracking Plan, ` +
          'then tracking-plan.rules.json to Replace Rules of the plan it creates.',
      };
    }
    case 'typewriter': {
      const typewriterPlan = toTypewriterPlan(plan, options);
      const unbuildable = unbuildableEventNames(typewriterPlan);
      if (unbuildable.length) {
        throw new UserError(
          `Typewriter cannot build ${plural(unbuildable.length, 'event name')}: ` +
            unbuildable.map((u) => `"${u.name}" (${u.problem})`).join(', ') +
            '. Rename them in the sheet (letters, digits, spaces and . - _ / # are safe), then export again.',
        );
      }
      return {
        files: [
          { filename: 'plan.json', mimeType: JSON_TYPE, content: json(typewriterPlan) },
          { filename: 'typewriter.yml', mimeType: 'text/yaml', content: typewriterConfig(typewriterPlan, options) },
        ],
        message:
          `Exported ${plural(typewriterPlan.rules.length, 'event')} for Typewriter: put plan.json and typewriter.yml in one folder and run "npx typewriter build" there.` +
          reservedWarning(unusableEventNames(typewriterPlan)) +
          inheritedWarning(inheritedNameEvents(typewriterPlan)),
      };
    }
    case 'csv':
      return {
        files: [
          { filename: `${planSlug(options.name && options.name.trim() ? options.name.trim() : 'tracking-plan')}.csv`, mimeType: CSV, content: toCsv(plan) },
        ],
        message: `Exported ${what} as CSV in Segment's tracking-plan columns.`,
      };
    case 'amplitude':
      return {
        files: [
          { filename: 'amplitude-events.csv', mimeType: CSV, content: amplitudeEventsCsv(plan) },
          { filename: 'amplitude-user-properties.csv', mimeType: CSV, content: amplitudeUserPropertiesCsv(plan) },
        ],
        message: `Exported ${what} for Amplitude Data: import amplitude-events.csv under Events and amplitude-user-properties.csv under Properties > User Properties.`,
      };
    case 'mixpanel': {
      const body = toMixpanel(plan);
      return {
        files: [{ filename: 'mixpanel-schemas.json', mimeType: JSON_TYPE, content: json(body) }],
        message:
          `Exported ${plural(body.entries.length, 'Lexicon schema')} for Mixpanel: send mixpanel-schemas.json to the Lexicon Schemas API.` +
          (plan.group.length ? ' Group traits are left out: Lexicon schemas describe events and user profiles only.' : ''),
      };
    }
    case 'avo':
      return {
        files: [{ filename: 'avo.csv', mimeType: CSV, content: toAvoCsv(plan) }],
        message:
          `Exported ${plural(plan.events.length, 'event')} for Avo: import avo.csv with Avo's importer (Ultimate template).` +
          (traits ? ' Traits are left out: Avo imports user and group properties from files of their own.' : ''),
      };
    case 'markdown':
      return {
        files: [{ filename: 'tracking-plan.md', mimeType: 'text/markdown', content: toMarkdown(plan, planName(options)) }],
        message: `Exported ${what} as a data dictionary in Markdown.`,
      };
    default:
      // Not a template literal: the build's no-import/export guard misreads nested ones.
      throw new UserError('Unknown format "' + format + '" to save the plan in: choose ' + EXPORT_FORMATS.join(', ') + '.');
  }
}
