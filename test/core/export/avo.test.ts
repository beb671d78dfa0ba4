import { exportPlan } from '../../../src/core/export';
import { avoType, toAvoCsv } from '../../../src/core/export/avo';
import { type Plan } from '../../../src/core/plan';
import { allSpecsPlan, handMadePlan } from '../../fixtures/plans';
import { AVO_ULTIMATE_OPTIONAL, AVO_ULTIMATE_REQUIRED, AVO_VALUES, csvRecords } from './documented-formats';

const plans: [string, Plan][] = [
  ['all four specs', allSpecsPlan()],
  ['the hand-made plan', handMadePlan()],
];

describe('Avo Ultimate template CSV', () => {
  it.each(plans)('%s: the documented columns, one row per event property, documented values only', (_, plan) => {
    const { header, records } = csvRecords(toAvoCsv(plan));
    expect(header).toEqual(expect.arrayContaining(AVO_ULTIMATE_REQUIRED));
    expect(header.every((h) => AVO_ULTIMATE_REQUIRED.includes(h) || AVO_ULTIMATE_OPTIONAL.includes(h))).toBe(true);
    expect([...new Set(records.map((r) => r['Event Name']))]).toEqual([...new Set(plan.events.map((e) => e.name.text.replace(/\s+/g, ' ').trim()))]);
    const properties = records.filter((r) => r['Property Name'] !== '');
    expect(properties.length).toBe(plan.events.reduce((n, e) => n + e.properties.length, 0));
    for (const record of properties) {
      expect(AVO_VALUES['Property Value Type']).toContain(record['Property Value Type']);
      expect(AVO_VALUES.booleans).toContain(record['Is Property Required?']);
      expect(AVO_VALUES.booleans).toContain(record['Is Property Array?']);
      expect(AVO_VALUES['Property Type']).toContain(record['Property Type']);
    }
  });

  it('maps the template types to Avo’s', () => {
    expect(avoType('Integer')).toEqual({ valueType: 'int', isArray: false });
    expect(avoType('Number')).toEqual({ valueType: 'float', isArray: false });
    expect(avoType('Array[String]')).toEqual({ valueType: 'string', isArray: true });
    expect(avoType('Array')).toEqual({ valueType: 'any', isArray: true });
    expect(avoType('Boolean | Null')).toEqual({ valueType: 'bool', isArray: false });
    expect(avoType('Date')).toEqual({ valueType: 'string', isArray: false });
    expect(avoType('String | Object')).toEqual({ valueType: 'any', isArray: false });
  });

  it('keeps a quoted allowed value with its comma, and names the file avo.csv', () => {
    const { records } = csvRecords(toAvoCsv(handMadePlan()));
    expect(records.find((r) => r['Property Name'] === 'categories')!['Property Enumeration Options']).toBe('media, news,sports');
    expect(exportPlan(handMadePlan(), 'avo').files.map((f) => f.filename)).toEqual(['avo.csv']);
  });
});
