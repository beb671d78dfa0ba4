/**
 * Export to Segment Protocols, Typewriter, CSV, Amplitude, Mixpanel, Avo and
 * a Markdown data dictionary: reads every template tab
 * once (two calls each), lets the core build the files, and hands them to
 * the sidebar, which offers them as downloads.
 */
import { UserError } from '../../core/errors';
import { exportPlan as buildExport } from '../../core/export';
import { selectForExport } from '../../core/history/status';
import { type ExportDto, type ExportFormat } from '../api-types';
import { planFromTabs, readTabs } from '../gateway';
import { activeSpreadsheet, type Services } from '../services';
import { DocumentStore } from '../settings-store';

export function exportPlan(services: Services, format: ExportFormat): ExportDto {
  // The core quotes an unknown format back; a missing one would read "undefined".
  if (typeof format !== 'string' || !format.trim())
    throw new UserError('Choose a format to export the plan in: Protocols, Typewriter, CSV, Amplitude, Mixpanel, Avo or Markdown.');
  const spreadsheet = activeSpreadsheet(services);
  // Deprecated events stay in the sheet but not in exports; with the setting on, only approved ones go.
  const approvedOnly = new DocumentStore(services.propertiesService).read().settings.exportApprovedOnly === true;
  const { plan, note } = selectForExport(planFromTabs(readTabs(spreadsheet)), { approvedOnly });
  const result = buildExport(plan, format, { name: spreadsheet.getName() });
  return {
    files: result.files.map((f) => ({ filename: f.filename, mimeType: f.mimeType, content: f.content })),
    message: note ? `${result.message} ${note}` : result.message,
  };
}
