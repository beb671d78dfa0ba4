/**
 * The Apps Script services the add-on uses, passed in rather than reached
 * for, so tests can hand in fakes that count their calls. Only
 * `appsScriptServices` touches the globals.
 */
export interface Services {
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  htmlService: GoogleAppsScript.HTML.HtmlService;
  propertiesService: GoogleAppsScript.Properties.PropertiesService;
  lockService: GoogleAppsScript.Lock.LockService;
}

export function appsScriptServices(): Services {
  // Referencing a service is free; only calling it is a round trip, so this
  // is safe in AuthMode.NONE too.
  return {
    spreadsheetApp: SpreadsheetApp,
    htmlService: HtmlService,
    propertiesService: PropertiesService,
    lockService: LockService,
  };
}

const activeSpreadsheets = new WeakMap<object, GoogleAppsScript.Spreadsheet.Spreadsheet>();

/**
 * The active spreadsheet, fetched once per execution: every command and the
 * toast that reports on it share one getActiveSpreadsheet round trip.
 */
export function activeSpreadsheet(services: Pick<Services, 'spreadsheetApp'>): GoogleAppsScript.Spreadsheet.Spreadsheet {
  let spreadsheet = activeSpreadsheets.get(services);
  if (!spreadsheet) {
    spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
    activeSpreadsheets.set(services, spreadsheet);
  }
  return spreadsheet;
}
