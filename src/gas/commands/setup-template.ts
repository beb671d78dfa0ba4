/**
 * Set up template: creates the template's missing tabs, in template order,
 * and tells the user what it made. Existing tabs are only read, to report
 * the header captions they lack.
 */
import { ExistingTab, planSetup } from '../../core/setup';
import { TEMPLATE } from '../../core/template';
import { MessageDto } from '../api-types';
import { findTabsByListing, readSheetValues } from '../gateway';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet, Services } from '../services';
import { DocumentStore } from '../settings-store';
import { createTab, ValidationRules } from '../sheet-writer';

export function setUpTemplate(services: Services): MessageDto {
  const spreadsheet = activeSpreadsheet(services);
  const found = findTabsByListing(spreadsheet);
  const existing: ExistingTab[] = [];
  for (const def of TEMPLATE) {
    const tab = found[def.kind];
    if (tab) existing.push({ kind: def.kind, name: tab.name, values: readSheetValues(tab.sheet) });
  }
  const plan = planSetup(existing);
  if (plan.create.length) {
    withDocumentLock(services.lockService, () => {
      const rules = new ValidationRules(services.spreadsheetApp);
      let rows: number | undefined;
      for (const layout of plan.create) rows = createTab(spreadsheet, layout, rules, rows).rows;
    });
    // The open sidebar's missing tabs follow (two calls).
    new DocumentStore(services.propertiesService).touch();
  }
  return { message: plan.message };
}
