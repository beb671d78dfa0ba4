/**
 * An error whose message is written for the person using the add-on. Menu
 * handlers show it in an alert and the sidebar shows it as it is; any other
 * error is reported as a generic failure, never as a stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof Error && error.name === 'UserError';
}
