/**
 * Opens the sidebar: dist/Sidebar.html, which the build assembles from
 * templates/ with its script and styles inlined.
 */
import { type Services } from '../services';

export const SIDEBAR_TITLE = 'Tracking Plan';

export function openSidebar(services: Services): void {
  const page = services.htmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  services.spreadsheetApp.getUi().showSidebar(page);
}
