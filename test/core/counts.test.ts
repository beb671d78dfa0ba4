import { noun, plural, severityCounts, thousands } from '../../src/core/counts';

describe('counts', () => {
  it('groups thousands without Intl', () => {
    expect(thousands(0)).toBe('0');
    expect(thousands(999)).toBe('999');
    expect(thousands(1000)).toBe('1,000');
    expect(thousands(200000)).toBe('200,000');
    expect(thousands(1234567)).toBe('1,234,567');
  });

  it('puts the noun in agreement with the count', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(0, 'event')).toBe('0 events');
    expect(plural(12345, 'record')).toBe('12,345 records');
    expect(plural(2, 'near miss', 'near misses')).toBe('2 near misses');
    expect(noun(1, 'tab')).toBe('tab');
    expect(noun(3, 'tab')).toBe('tabs');
  });

  it('names the severities that have findings, or all three when asked', () => {
    expect(severityCounts({ errors: 3, warnings: 1, infos: 2 })).toBe('3 errors, 1 warning, 2 info');
    expect(severityCounts({ errors: 0, warnings: 2, infos: 0 })).toBe('2 warnings');
    expect(severityCounts({ errors: 0, warnings: 0, infos: 0 })).toBe('');
    expect(severityCounts({ errors: 1, warnings: 0, infos: 0 }, true)).toBe('1 error, 0 warnings, 0 info');
  });
});
