/** Convention settings stored in the document properties. (Being built: issue 4.) */
import { UserError } from '../../core/errors';
import { SettingsDto } from '../api-types';
import { Services } from '../services';
import { Settings } from '../../core/settings';

export function getSettings(_services: Services): SettingsDto {
  throw new UserError('Settings are not available yet.');
}

export function saveSettings(_services: Services, _settings: Partial<Settings>): SettingsDto {
  throw new UserError('Settings are not available yet.');
}
