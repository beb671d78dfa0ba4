/** Plan snapshots: what a version keeps, and its storage in parts under Sheets' cell limit. */
import { parsePlan } from '../../../src/core/parse';
import {
  decodeVersion,
  encodeVersion,
  joinParts,
  PART_LENGTH,
  PART_PREFIX,
  snapshotOf,
  splitParts,
  type StoredVersion,
} from '../../../src/core/history/snapshot';
import { sheet } from '../helpers';

describe('snapshotOf', () => {
  it('keeps each event and property as the sheet describes it, without positions', () => {
    const plan = parsePlan([
      sheet('track', [
        { 'Event Name': '  Order   Completed ', 'Fires When...': 'When paid.', Status: 'Approved' },
        { 'Property Name': 'currency', Type: 'String', Required: true, 'Allowed Values': 'USD, "EUR"\nGBP', 'Property Description': 'ISO code.' },
        { 'Property Name': 'total', Type: 'Number' },
      ]),
    ]);
    expect(snapshotOf(plan)).toEqual({
      events: [
        {
          name: 'Order Completed',
          status: 'Approved',
          description: 'When paid.',
          properties: [
            { name: 'currency', type: 'String', required: true, allowedValues: ['USD', 'EUR', 'GBP'], description: 'ISO code.' },
            { name: 'total', type: 'Number', required: false, allowedValues: [], description: '' },
          ],
        },
      ],
    });
  });
});

describe('version storage', () => {
  const version: StoredVersion = {
    name: 'Release "2" =SUM(A1)',
    savedAt: '2026-11-30T12:00:00.000Z',
    snapshot: {
      events: [
        {
          name: 'Signed Up 🎉',
          status: '',
          description: 'x',
          properties: [{ name: 'plan', type: 'String', required: true, allowedValues: ['a'], description: '' }],
        },
      ],
    },
  };

  it('round-trips through JSON', () => {
    expect(decodeVersion(encodeVersion(version))).toEqual(version);
  });

  it('refuses damaged JSON rather than guessing', () => {
    const json = encodeVersion(version);
    expect(decodeVersion(json.slice(0, -3))).toBeUndefined();
    expect(decodeVersion(json.replace('"format":1', '"format":9'))).toBeUndefined();
    expect(decodeVersion('{"format":1,"name":"x","savedAt":"y","events":[["A","",""]]}')).toBeUndefined();
    expect(decodeVersion('null')).toBeUndefined();
  });

  it('cuts long text into prefixed parts under the cell limit and joins them back', () => {
    const text = 'x'.repeat(PART_LENGTH * 2 + 5);
    const parts = splitParts(text);
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      expect(part.startsWith(PART_PREFIX)).toBe(true);
      expect(part.length).toBeLessThanOrEqual(50_000);
    }
    expect(joinParts(parts)).toBe(text);
    expect(splitParts('')).toEqual([PART_PREFIX]);
    expect(joinParts(splitParts(''))).toBe('');
  });

  it('never cuts an emoji in two', () => {
    const text = 'ab😀cd😀';
    for (let length = 2; length <= 5; length++) {
      const parts = splitParts(text, length);
      expect(joinParts(parts)).toBe(text);
      for (const part of parts) expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(part)).toBe(false);
    }
  });

  it('refuses parts the add-on did not write', () => {
    expect(joinParts([`${PART_PREFIX}{"a":`, '1}'])).toBeUndefined();
    expect(joinParts([42])).toBeUndefined();
  });
});
