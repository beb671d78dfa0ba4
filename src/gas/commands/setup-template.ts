/**
 * Set up template: creates the template's missing tabs, in template order,
 * and tells the user what it made. Existing tabs are only read, to report
 * the header captions they lack.
 */
import { type ExistingTab, planSetup } from '../../core/setup';
import { TEMPLATE } from '../../core/template';
import { type MessageDto } from '../api-types';
import { findTabsByListing, readSheetValues } from '../gateway';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet, type Services } from '../services';
import { DocumentStore } from '../settings-store';
import { createTab, ValidationRules } from '../sheet-writer';
import { statusDropdownOffer } from './status-dropdown';

/**
 * What to create is decided under the document lock, from the tabs as they
 * are once the lock is held: when two people run Set up template at once,
 * the second waits, then sees the first one's tabs and creates none.
 */
export function setUpTemplate(services: Services): MessageDto {
  const spreadsheet = activeSpreadsheet(services);
  return withDocumentLock(services.lockService, () => {
    const found = findTabsByListing(spreadsheet);
    const existing: ExistingTab[] = [];
    for (const def of TEMPLATE) {
      const tab = found[def.kind];
      if (tab) existing.push({ kind: def.kind, name: tab.name, values: tab.values ?? readSheetValues(tab.sheet) });
    }
    const plan = planSetup(existing);
    const rules = new ValidationRules(services.spreadsheetApp);
    let rows: number | undefined;
    for (const layout of plan.create) rows = createTab(spreadsheet, layout, rules, rows).rows;
    // An existing Track tab may carry the Status dropdown from before In Review and Approved: offered, never changed here.
    const track = existing.find((t) => t.kind === 'track');
    const offer = track && found.track ? statusDropdownOffer(found.track.sheet, track.values) : '';
    // The open sidebar's missing tabs follow (two calls).
    if (plan.create.length) new DocumentStore(services.propertiesService).touch();
    return { message: offer ? `${plan.message} ${offer}` : plan.message };
  });
}
