/** Minimize rows / Reset rows / Repair row groups. (Being built: issue 2.) */
import { UserError } from '../../core/errors';
import { MessageDto } from '../api-types';
import { Services } from '../services';

export function minimizeRows(_services: Services): MessageDto {
  throw new UserError('Minimize rows is not available yet.');
}

export function resetRows(_services: Services): MessageDto {
  throw new UserError('Reset rows is not available yet.');
}

export function repairRowGroups(_services: Services): MessageDto {
  throw new UserError('Repair row groups is not available yet.');
}
