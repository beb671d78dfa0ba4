/** The simple onEdit trigger: re-checks what an edit touches. (Being built: issue 4.) */

export function onEdit(_e: GoogleAppsScript.Events.SheetsOnEdit): void {
  // Nothing yet.
}
