/** The fake lock waits as Apps Script's does: tryLock(ms) / waitLock(ms) succeed when the holder lets go in time. */
import { createFakeServices } from '../../fakes/index';

describe('LockService fake', () => {
  it('a free lock is taken at once', () => {
    const s = createFakeServices();
    expect(s.locks.getDocumentLock().tryLock(1000)).toBe(true);
    expect(s.testLockWaitedMs()).toBe(0);
  });

  it('tryLock waits for a holder that releases within the timeout, and sees what it wrote', () => {
    const s = createFakeServices();
    s.testHoldLockElsewhere('document', { releaseInMs: 300, beforeRelease: () => s.spreadsheet.insertSheet('Track (Custom)') });
    expect(s.spreadsheet.getSheetByName('Track (Custom)')).toBeNull();
    const lock = s.locks.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(s.testLockWaitedMs()).toBe(300);
    expect(s.spreadsheet.getSheetByName('Track (Custom)')).not.toBeNull();
  });

  it('tryLock gives up after its timeout when the holder keeps the lock longer, and a later wait can still get it', () => {
    const s = createFakeServices();
    s.testHoldLockElsewhere('document', { releaseInMs: 500 });
    const lock = s.locks.getDocumentLock();
    expect(lock.tryLock(200)).toBe(false);
    expect(s.testLockWaitedMs()).toBe(200);
    expect(s.testLockHolder()).toBe('other');
    expect(lock.tryLock(300)).toBe(true);
    expect(s.testLockWaitedMs()).toBe(500);
  });

  it('waitLock throws Apps Script’s timeout error when the holder does not let go', () => {
    const s = createFakeServices();
    s.testHoldLockElsewhere();
    expect(() => s.locks.getDocumentLock().waitLock(10000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(s.testLockWaitedMs()).toBe(10000);
    s.testReleaseLockElsewhere();
    expect(() => s.locks.getDocumentLock().waitLock(10000)).not.toThrow();
  });

  it('scopes are separate', () => {
    const s = createFakeServices();
    s.testHoldLockElsewhere('script');
    expect(s.locks.getDocumentLock().tryLock(0)).toBe(true);
    expect(s.locks.getScriptLock().tryLock(0)).toBe(false);
  });
});
