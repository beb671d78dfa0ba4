/**
 * "Ignore this one": a finding the team accepts on purpose goes into the
 * document's settings (rule, tab, name), so every check after it lists the
 * finding as accepted and never highlights it; undoing removes it again.
 * Both re-check at once, so the highlight and the sidebar follow.
 */
import { UserError } from '../../core/errors';
import { type AcceptedFinding, sameAcceptedFinding } from '../../core/settings';
import { settingsToSave } from '../../core/settings-properties';
import { isRuleId } from '../../core/rules/index';
import { type CheckResultDto } from '../api-types';
import { readTabs } from '../gateway';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet, type Services } from '../services';
import { DocumentStore } from '../settings-store';
import { writeSettingsTab } from '../settings-tab';
import { checkAndMark } from './checks';

function validAccepted(input: unknown): AcceptedFinding {
  const t = input as Partial<AcceptedFinding> | null;
  if (!t || typeof t !== 'object' || !isRuleId(t.rule) || typeof t.tab !== 'string' || !t.tab.trim() || typeof t.name !== 'string') {
    throw new UserError('Which finding to accept was not understood; run Check again and pick it from the list.');
  }
  return { rule: t.rule, tab: t.tab, name: t.name };
}

function change(services: Services, input: unknown, accept: boolean): CheckResultDto {
  const wanted = validAccepted(input);
  return withDocumentLock(services.lockService, () => {
    const store = new DocumentStore(services.propertiesService);
    const current = store.read().settings;
    const others = current.acceptedFindings.filter((f) => !sameAcceptedFinding(f, wanted));
    const acceptedFindings = accept ? [...others, wanted] : others;
    const settings = settingsToSave(current, { acceptedFindings });
    store.saveSettings(settings);
    const spreadsheet = activeSpreadsheet(services);
    writeSettingsTab(spreadsheet, settings);
    const lead = accept
      ? `Accepted "${wanted.name}" (${wanted.rule}) on "${wanted.tab}": it is no longer highlighted.`
      : `"${wanted.name}" (${wanted.rule}) on "${wanted.tab}" is a problem again.`;
    return checkAndMark(services, store, readTabs(spreadsheet), lead);
  });
}

export function acceptFinding(services: Services, finding: AcceptedFinding): CheckResultDto {
  return change(services, finding, true);
}

export function unacceptFinding(services: Services, finding: AcceptedFinding): CheckResultDto {
  return change(services, finding, false);
}
