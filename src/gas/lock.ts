/**
 * Serialises operations that change the plan, so two people clicking at once
 * cannot interleave their writes.
 */
import { UserError } from '../core/errors';

/** How long to wait for another operation to finish before telling the user the plan is busy. */
export const LOCK_WAIT_MS = 10_000;

export const BUSY_MESSAGE = 'The plan is busy: someone else is changing it right now. Nothing was changed; try again in a moment.';

export function withDocumentLock<T>(lockService: GoogleAppsScript.Lock.LockService, work: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = lockService.getDocumentLock();
  if (!lock || !lock.tryLock(waitMs)) throw new UserError(BUSY_MESSAGE);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
