/** Check conventions, Clear checks, fixes, and the overview. (Being built: issue 4.) */
import { UserError } from '../../core/errors';
import { CheckResultDto, FixTarget, MessageDto, OverviewDto } from '../api-types';
import { Services } from '../services';

const LATER = 'Convention checks in the sheet are not available yet.';

export function getOverview(_services: Services): OverviewDto {
  throw new UserError(LATER);
}

export function checkNow(_services: Services): CheckResultDto {
  throw new UserError(LATER);
}

export function clearChecks(_services: Services): MessageDto {
  throw new UserError(LATER);
}

export function fixFinding(_services: Services, _target: FixTarget): CheckResultDto {
  throw new UserError(LATER);
}

export function fixAllOfRule(_services: Services, _rule: string): CheckResultDto {
  throw new UserError(LATER);
}

/** Selects a cell for the user, switching to its tab. */
export function selectCell(_services: Services, _tab: string, _row: number, _column: number): void {
  throw new UserError(LATER);
}
