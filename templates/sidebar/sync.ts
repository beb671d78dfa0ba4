/**
 * Keeps the open sidebar in step with the sheet. Every command and every
 * edit on a plan tab moves a change stamp in the document properties; the
 * sidebar asks for it every few seconds (getChangeStamp: two service calls)
 * and reloads its view (getSidebarState) only when it moved. A real sidebar
 * is never reloaded, so this is how changes made from the menu or by typing
 * reach it.
 */
import { run } from './server';

/** Often enough to feel live, rare enough to stay far below Apps Script's quotas (about 1,200 calls an hour while open). */
export const POLL_MS = 3000;

export interface Syncer {
  /** The stamp the view on show was read at. */
  seen(stamp: string): void;
  start(): void;
}

/** `refresh` reloads the view; `busy` says whether a user action is running (it refreshes when it ends). */
export function syncer(refresh: () => Promise<void>, busy: () => boolean, interval = POLL_MS): Syncer {
  let stamp: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async (): Promise<void> => {
    try {
      if (!busy() && !document.hidden && stamp !== undefined) {
        const now = await run('getChangeStamp');
        if (now.stamp !== stamp && !busy()) await refresh();
      }
    } catch (_) {
      // A failed poll is retried at the next tick; the user's own actions report their failures.
    } finally {
      timer = setTimeout(() => void tick(), interval);
    }
  };
  return {
    seen(value: string): void {
      stamp = value;
    },
    start(): void {
      if (timer === undefined) timer = setTimeout(() => void tick(), interval);
      // Coming back to the tab: look at once.
      document.addEventListener('visibilitychange', () => {
        if (!document.hidden && timer !== undefined) {
          clearTimeout(timer);
          void tick();
        }
      });
    },
  };
}
