import { amplitudeEventsCsv, amplitudeField, amplitudeUserPropertiesCsv } from '../../../src/core/export/amplitude';
import { exportPlan } from '../../../src/core/export';
import { type Plan } from '../../../src/core/plan';
import { allSpecsPlan, handMadePlan } from '../../fixtures/plans';
import { AMPLITUDE_EVENTS_FIELDS, AMPLITUDE_USER_PROPERTIES_FIELDS, AMPLITUDE_VALUES, csvRecords } from './documented-formats';

const plans: [string, Plan][] = [
  ['all four specs', allSpecsPlan()],
  ['the hand-made plan', handMadePlan()],
];

describe('Amplitude Data CSV import', () => {
  it.each(plans)('%s: the events file has every documented field and documented values only', (_, plan) => {
    const { header, records } = csvRecords(amplitudeEventsCsv(plan));
    expect([...header].sort()).toEqual([...AMPLITUDE_EVENTS_FIELDS].sort());
    const events = records.filter((r) => r['Object Type'] !== '');
    const properties = records.filter((r) => r['Object Type'] === '');
    expect(events.map((r) => r['Object Name'])).toEqual([...new Set(plan.events.map((e) => e.name.text.replace(/\s+/g, ' ').trim()))]);
    for (const event of events) {
      expect(AMPLITUDE_VALUES['Object Type']).toContain(event['Object Type']);
      expect(event['Object Name']).not.toBe('');
    }
    expect(properties.length).toBe(plan.events.reduce((n, e) => n + e.properties.length, 0));
    for (const property of properties) {
      expect(AMPLITUDE_VALUES['Property Type (events file)']).toContain(property['Property Type']);
      expect(property['Event Property Name']).not.toBe(''); // required for event properties
      expect(AMPLITUDE_VALUES['Property Value Type']).toContain(property['Property Value Type']);
      for (const field of ['Property Required', 'Property Is Array', 'Number Is Integer']) expect(AMPLITUDE_VALUES.booleans).toContain(property[field]);
      expect(property['Enum Values'] !== '').toBe(property['Property Value Type'] === 'enum');
    }
  });

  it.each(plans)('%s: the user properties file has every documented field, one row per Identify trait', (_, plan) => {
    const { header, records } = csvRecords(amplitudeUserPropertiesCsv(plan));
    expect([...header].sort()).toEqual([...AMPLITUDE_USER_PROPERTIES_FIELDS].sort());
    expect(records.map((r) => r['Property Name'])).toEqual(plan.identify.map((t) => t.name.text));
    for (const record of records) {
      expect(AMPLITUDE_VALUES['Property Type (user properties file)']).toContain(record['Property Type']);
      expect(AMPLITUDE_VALUES['Property Value Type']).toContain(record['Property Value Type']);
    }
  });

  it('maps the template types to Amplitude’s', () => {
    expect(amplitudeField('String', undefined)).toMatchObject({ valueType: 'string', isArray: false });
    expect(amplitudeField('Integer', undefined)).toMatchObject({ valueType: 'number', isInteger: true });
    expect(amplitudeField('Array[String]', '"media, news"\nsports')).toMatchObject({ valueType: 'enum', isArray: true, enumValues: 'media, news,sports' });
    expect(amplitudeField('Date', undefined).regex).not.toBe('');
    expect(amplitudeField('String | Object', undefined).valueType).toBe('any');
    expect(amplitudeField('String | Null', 'a, b')).toMatchObject({ valueType: 'enum', enumValues: 'a,b' });
  });

  it('writes the two files the README names', () => {
    expect(exportPlan(handMadePlan(), 'amplitude').files.map((f) => [f.filename, f.mimeType])).toEqual([
      ['amplitude-events.csv', 'text/csv'],
      ['amplitude-user-properties.csv', 'text/csv'],
    ]);
  });
});
