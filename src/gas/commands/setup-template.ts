/** Set up template: creates the template's missing tabs. (Being built: issue 2.) */
import { UserError } from '../../core/errors';
import { MessageDto } from '../api-types';
import { Services } from '../services';

export function setUpTemplate(_services: Services): MessageDto {
  throw new UserError('Set up template is not available yet.');
}
