import type { SpecEventDto } from '../../../src/gas/api-types';
import { tabReference } from '../../../src/core/a1';
import {
  displayText,
  errorText,
  groupFindings,
  insertButtonText,
  lastCheckText,
  parseAcceptedWords,
  pickerRows,
  pickerSummary,
  summaryText,
} from '../../../templates/sidebar/view';
import { findingDto as finding } from '../../findings';

describe('groupFindings', () => {
  it('groups by rule with errors first, then warnings, then info', () => {
    const groups = groupFindings([
      finding({ rule: 'missing-description', severity: 'info' }),
      finding({ rule: 'whitespace', severity: 'warning' }),
      finding({ rule: 'event-casing', severity: 'error', row: 9 }),
      finding({ rule: 'event-casing', severity: 'error', row: 3 }),
    ]);
    expect(groups.map((g) => g.rule)).toEqual(['event-casing', 'whitespace', 'missing-description']);
    expect(groups[0].findings.map((f) => f.row)).toEqual([3, 9]);
  });

  it('puts the rule with more findings first within a severity', () => {
    const groups = groupFindings([
      finding({ rule: 'duplicate-event' }),
      finding({ rule: 'property-casing', row: 4 }),
      finding({ rule: 'property-casing', row: 5 }),
    ]);
    expect(groups.map((g) => g.rule)).toEqual(['property-casing', 'duplicate-event']);
  });

  it('counts only findings whose suggestion changes the cell as fixable', () => {
    const [group] = groupFindings([finding({ suggestion: 'Order Completed' }), finding({ row: 3 }), finding({ row: 4, suggestion: 'order_completed' })]);
    expect(group.fixable).toBe(1);
  });

  it('uses the rule titles when given and the rule id otherwise', () => {
    const rules = [{ id: 'event-casing' as const, severity: 'error' as const, title: 'Event name casing', description: '' }];
    expect(groupFindings([finding({})], rules)[0].title).toBe('Event name casing');
    expect(groupFindings([finding({ rule: 'whitespace' })], rules)[0].title).toBe('whitespace');
  });

  it('takes the most severe severity of a mixed group', () => {
    const [group] = groupFindings([finding({ severity: 'info' }), finding({ severity: 'warning', row: 4 })]);
    expect(group.severity).toBe('warning');
  });
});

describe('parseAcceptedWords', () => {
  it('accepts one word per line or comma-separated, trimmed, without blanks or duplicates', () => {
    expect(parseAcceptedWords(' iOS\nPayPal, eBay ,,\n\niOS\r\nURL ')).toEqual(['iOS', 'PayPal', 'eBay', 'URL']);
  });
  it('returns nothing for an empty box', () => {
    expect(parseAcceptedWords('  \n ')).toEqual([]);
  });
});

describe('errorText', () => {
  it('shows a user message as it is, without the "Exception: " prefix Apps Script may add', () => {
    expect(errorText(new Error('Exception: The Track tab is missing.'))).toBe('The Track tab is missing.');
    expect(errorText(new Error('Insert spec events is not available yet.'))).toBe('Insert spec events is not available yet.');
  });
  it('never shows a stack trace or a programming error', () => {
    const error = new Error('Cannot read properties of undefined (reading "x")');
    expect(errorText(error)).toBe('Something went wrong and nothing was changed. Please try again.');
    expect(errorText(new Error('TypeError: x is not a function'))).toMatch(/^Something went wrong/);
    expect(errorText({ message: 'Plan is busy.\n    at foo (Code.js:1:2)' })).toBe('Plan is busy.');
    expect(errorText(undefined)).toMatch(/^Something went wrong/);
  });
});

describe('texts', () => {
  it('summarises counts', () => {
    expect(summaryText({ errors: 2, warnings: 1, infos: 3 })).toBe('2 errors, 1 warning, 3 info');
    expect(summaryText({ errors: 0, warnings: 0, infos: 0 })).toBe('No problems');
  });
  it('writes cell references the way Sheets does', () => {
    expect(tabReference('Goals', 'A2')).toBe('Goals!A2');
    expect(tabReference('Track (Custom)', 'C12')).toBe("'Track (Custom)'!C12");
    expect(tabReference("Bob's", 'B1')).toBe("'Bob''s'!B1");
  });
  it('gives empty and blank cells a visible stand-in', () => {
    expect(displayText('')).toEqual({ text: '(empty cell)', blank: true });
    expect(displayText('  ')).toEqual({ text: '(only spaces)', blank: true });
    expect(displayText('<b>x</b>')).toEqual({ text: '<b>x</b>', blank: false });
  });
  it('says how long ago the last check ran', () => {
    const now = new Date('2024-05-01T12:00:00Z');
    expect(lastCheckText('2024-05-01T11:59:50Z', now)).toBe('Checked just now');
    expect(lastCheckText('2024-05-01T11:45:00Z', now)).toBe('Checked 15 min ago');
    expect(lastCheckText('2024-05-01T09:00:00Z', now)).toBe('Checked 3 hours ago');
    expect(lastCheckText('2024-04-01T09:00:00Z', now)).toBe('Checked on 2024-04-01');
    expect(lastCheckText('nonsense', now)).toBe('Last check');
  });
});

describe('spec picker', () => {
  const events: SpecEventDto[] = [
    { name: 'Signed Up', description: '', category: 'Account', propertyCount: 3, inPlan: true },
    { name: 'Signed In', description: '', category: 'Account', propertyCount: 2, inPlan: false },
    { name: 'Invite Sent', description: '', category: 'Invites', propertyCount: 4, inPlan: false },
  ];
  it('lists events under their category captions, in order', () => {
    expect(pickerRows(events).map((r) => `${r.kind}:${r.label}`)).toEqual([
      'category:Account',
      'event:Signed Up',
      'event:Signed In',
      'category:Invites',
      'event:Invite Sent',
    ]);
  });
  it('omits captions when the spec has no categories', () => {
    expect(pickerRows(events.map((e) => ({ ...e, category: undefined }))).every((r) => r.kind === 'event')).toBe(true);
  });
  it('counts the selectable events, not those already in the plan', () => {
    expect(pickerSummary(events, 1)).toBe('1 of 2 selected · 1 in plan');
    expect(insertButtonText(0)).toBe('Insert');
    expect(insertButtonText(2)).toBe('Insert 2 events');
  });
});
