/**
 * How an operation's outcome reaches the person who started it. Menu items
 * answer with a toast (or an alert when something went wrong); sidebar calls
 * return data or fail with a message the sidebar shows as it is. Either way
 * the user never sees a stack trace: unexpected errors are logged for the
 * Executions log and replaced by a plain sentence.
 */
import { isUserError } from '../core/errors';
import { explainSheetsError } from '../core/sheets-errors';
import { type MessageDto } from './api-types';
import { activeSpreadsheet, type Services } from './services';

export const UNEXPECTED_MESSAGE = 'Something went wrong and nothing was changed. Please try again; if it keeps happening, reload the spreadsheet.';

export function userMessage(error: unknown): string {
  if (isUserError(error)) return error.message;
  console.error(error);
  // Errors a user can cause (protection, validation, limits) get their own sentence.
  const known = explainSheetsError(error instanceof Error ? error.message : String(error));
  return known ?? UNEXPECTED_MESSAGE;
}

/** Runs a menu command and tells the user how it went. */
export function fromMenu(services: Services, title: string, command: (services: Services) => MessageDto | void): void {
  let message: string | undefined;
  try {
    const result = command(services);
    message = result ? result.message : undefined;
  } catch (error) {
    services.spreadsheetApp.getUi().alert(`${title}: ${userMessage(error)}`);
    return;
  }
  if (message) activeSpreadsheet(services).toast(message, title, 8);
}

/** Runs a sidebar server function; failures reach google.script.run's failure handler as plain messages. */
export function fromSidebar<T>(command: () => T): T {
  try {
    return command();
  } catch (error) {
    throw new Error(userMessage(error));
  }
}
