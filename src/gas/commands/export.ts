/** Export to Segment Protocols, Typewriter and CSV. (Being built: issue 6.) */
import { UserError } from '../../core/errors';
import { ExportDto, ExportFormat } from '../api-types';
import { Services } from '../services';

export function exportPlan(_services: Services, _format: ExportFormat): ExportDto {
  throw new UserError('Export is not available yet.');
}
