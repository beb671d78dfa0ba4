/** Insert spec events. (Being built: issue 2.) */
import { UserError } from '../../core/errors';
import { MessageDto, SpecListDto, SpecPickerDto } from '../api-types';
import { Services } from '../services';

export function listSpecs(_services: Services): SpecListDto {
  throw new UserError('Insert spec events is not available yet.');
}

export function listSpecEvents(_services: Services, _specId: string): SpecPickerDto {
  throw new UserError('Insert spec events is not available yet.');
}

/** Appends the spec's events (all of them, or only `eventNames`) to the Track tab. */
export function insertSpecEvents(_services: Services, _specId: string, _eventNames?: string[]): MessageDto {
  throw new UserError('Insert spec events is not available yet.');
}
