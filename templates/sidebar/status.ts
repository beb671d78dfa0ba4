/**
 * The strip at the top of the sidebar: a progress line and "Checking…" text
 * while a server call runs, and the last outcome (a confirmation or an
 * error) until the next one. Every server call goes through `task`, so a
 * failure always ends in a readable message and the sidebar stays usable.
 */
import { byId } from './dom';
import { errorText } from './view';

let running = 0;

function setBusy(label: string | null): void {
  const status = byId('status');
  const busy = byId('busy');
  if (label !== null) {
    running++;
    busy.textContent = label;
  } else {
    running = Math.max(0, running - 1);
    if (!running) busy.textContent = '';
  }
  status.dataset.state = running ? 'busy' : 'idle';
  document.body.setAttribute('aria-busy', running ? 'true' : 'false');
}

/** Whether a server call of the user's is running. */
export function isBusy(): boolean {
  return running > 0;
}

export interface NoticeAction {
  label: string;
  run(button: HTMLButtonElement): void;
}

/**
 * `problems`: the call worked but found errors, so the notice must not look
 * like an all-clear. `action` adds one button to the notice (such as Undo).
 */
export function showMessage(text: string, kind: 'ok' | 'problems' | 'error' = 'ok', action?: NoticeAction): void {
  const notice = byId('notice');
  byId('notice-text').textContent = text;
  delete notice.dataset.stale;
  const button = byId<HTMLButtonElement>('notice-action');
  button.hidden = !action;
  button.textContent = action ? action.label : '';
  button.onclick = action ? () => action.run(button) : null;
  notice.dataset.kind = kind;
  notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  notice.hidden = false;
}

/** The sheet changed since the notice was shown: it stays readable, but no longer looks current. */
export function markMessageStale(): void {
  const notice = byId('notice');
  if (!notice.hidden) notice.dataset.stale = 'true';
}

export function clearMessage(): void {
  byId('notice').hidden = true;
  byId('notice-action').hidden = true;
  byId('notice-text').textContent = '';
}

export function initStatus(): void {
  byId('notice-close').addEventListener('click', clearMessage);
}

/**
 * Runs one server call with the busy indicator. Buttons passed in are
 * disabled meanwhile, so a double click does not run an operation twice.
 * Resolves to undefined when the call failed; the message goes to `onError`,
 * by default the notice at the top.
 */
export async function task<T>(
  label: string,
  call: () => Promise<T>,
  buttons: readonly HTMLButtonElement[] = [],
  onError: (message: string) => void = (message) => showMessage(message, 'error'),
): Promise<T | undefined> {
  setBusy(label);
  const wasDisabled = buttons.map((b) => b.disabled);
  buttons.forEach((b) => (b.disabled = true));
  try {
    return await call();
  } catch (error) {
    onError(errorText(error));
    return undefined;
  } finally {
    buttons.forEach((b, i) => (b.disabled = wasDisabled[i]));
    setBusy(null);
  }
}
