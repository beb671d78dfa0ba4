import type { FindingDto } from '../../../src/gas/api-types';
import { applyFilter, filterChoices, findingKey, NO_FILTER, positionText, step, validFilter } from '../../../templates/sidebar/navigation';

function finding(over: Partial<FindingDto>): FindingDto {
  return { rule: 'event-casing', severity: 'error', tab: 'Track (Custom)', row: 2, column: 3, a1: 'C2', text: 'x', message: 'm', ...over };
}

const FINDINGS = [
  finding({ tab: 'Goals', row: 2, column: 4, rule: 'goal-event-missing', severity: 'warning' }),
  finding({ row: 2 }),
  finding({ row: 3, rule: 'missing-description', severity: 'info', column: 4 }),
  finding({ row: 5 }),
  finding({ row: 6, accepted: true }),
];

describe('problem filters', () => {
  it('keep open findings by severity, tab and rule, in sheet order', () => {
    expect(applyFilter(FINDINGS, NO_FILTER).map((f) => f.row)).toEqual([2, 2, 3, 5]);
    expect(applyFilter(FINDINGS, { ...NO_FILTER, severity: 'error' }).map((f) => f.row)).toEqual([2, 5]);
    expect(applyFilter(FINDINGS, { ...NO_FILTER, tab: 'Goals' }).map((f) => f.rule)).toEqual(['goal-event-missing']);
    expect(applyFilter(FINDINGS, { severity: 'info', tab: 'Goals', rule: '' })).toEqual([]);
  });

  it('count per rule what each choice would show, accepted findings apart', () => {
    const choices = filterChoices(FINDINGS, NO_FILTER);
    expect(choices.rule).toEqual([
      { value: 'event-casing', count: 2 },
      { value: 'goal-event-missing', count: 1 },
      { value: 'missing-description', count: 1 },
    ]);
    expect(choices.severity.map((c) => c.value)).toEqual(['error', 'warning', 'info']);
    expect(filterChoices(FINDINGS, { ...NO_FILTER, tab: 'Track (Custom)' }).rule).toEqual([
      { value: 'event-casing', count: 2 },
      { value: 'missing-description', count: 1 },
    ]);
  });

  it('fall back to all when the chosen findings are gone', () => {
    expect(validFilter(FINDINGS, { severity: 'error', tab: 'Identify', rule: 'whitespace' })).toEqual({ severity: 'error', tab: '', rule: '' });
  });
});

describe('Next and Previous', () => {
  const list = applyFilter(FINDINGS, NO_FILTER);
  it('walk in sheet order and wrap around', () => {
    expect(step(list, undefined, 1)).toBe(list[0]);
    expect(step(list, undefined, -1)).toBe(list[3]);
    expect(step(list, findingKey(list[0]), 1)).toBe(list[1]);
    expect(step(list, findingKey(list[3]), 1)).toBe(list[0]);
    expect(step(list, findingKey(list[0]), -1)).toBe(list[3]);
    expect(step([], undefined, 1)).toBeUndefined();
  });

  it('say where they are', () => {
    expect(positionText(list, findingKey(list[1]))).toBe('2 of 4');
    expect(positionText(list, undefined)).toBe('4 to go through');
  });
});
