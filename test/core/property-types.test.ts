import { compatibleTypes, readType, templateTypeWord } from '../../src/core/property-types';
import { typeWord } from '../../src/core/import/types';
import { typeSchema } from '../../src/core/export/json-schema';
import { isSegmentCsv, segmentCsvSheets, segmentRequired, templateType } from '../../src/core/segment-csv-tabs';
import { readImportFiles } from '../../src/core/import';
import { parsePlan } from '../../src/core/parse';

describe('readType', () => {
  it.each([
    ['String', 'String'],
    ['string', 'String'],
    ['String | Object', 'Object | String'],
    ['String, Array[String]', 'Array[String] | String'],
    ['Array [String]', 'Array[String]'],
    ['', ''],
  ])('reads %j as %j', (text, key) => {
    expect(readType(text)).toEqual({ valid: true, key });
  });

  it('suggests the closest valid type', () => {
    expect(readType('int')).toEqual({ valid: false, suggestion: 'Integer' });
    expect(readType('foo')).toEqual({ valid: false, suggestion: undefined });
    expect(readType('x'.repeat(300))).toEqual({ valid: false });
  });
});

describe('compatibleTypes', () => {
  it.each([
    ['Number', 'Integer', true],
    ['Number', 'Float', true],
    ['Integer', 'Float', false],
    ['Array', 'Array[Object]', true],
    ['String', 'Any', true],
    ['String', 'Number', false],
  ] as const)('%s and %s: %s', (a, b, expected) => {
    expect(compatibleTypes(a, b)).toBe(expected);
    expect(compatibleTypes(b, a)).toBe(expected);
  });
});

describe('one table of type words', () => {
  it('reads a word the same for the checker, imports and the JSON Schema export', () => {
    for (const [word, type, schema] of [
      ['double', 'Float', { type: 'number' }],
      ['bool', 'Boolean', { type: 'boolean' }],
      ['list', 'Array', { type: 'array' }],
      ['timestamp', 'Date', { type: 'string', format: 'date-time' }],
    ] as const) {
      expect(templateTypeWord(word)).toBe(type);
      expect(typeWord(word)).toBe(type);
      expect(readType(word).suggestion).toBe(type);
      expect(typeSchema(word)).toEqual(schema);
    }
  });

  it('does not take an Object.prototype key for a type word', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(templateTypeWord(word)).toBeUndefined();
      expect(typeWord(word)).toBe(word);
      expect(typeSchema(word)).toBeUndefined();
      expect(readType(word).suggestion === undefined || typeof readType(word).suggestion === 'string').toBe(true);
    }
    expect(readType('constructor')).toEqual({ valid: false, suggestion: undefined });
  });
});

describe("Segment's CSV, read alike by lint and import", () => {
  it('keeps words Segment does not use as written, for the checker to explain', () => {
    expect(templateType('text', true)).toBe('text');
    expect(templateType('int,null', false)).toBe('Integer');
    expect(templateType('"string",null', true)).toBe('String | Null');
  });

  it('takes Required from its column, else from a required:true label', () => {
    expect(segmentRequired('true', '')).toBe(true);
    expect(segmentRequired('false', 'required:true')).toBe(false);
    expect(segmentRequired(undefined, 'spec:Video, required:true')).toBe(true);
    expect(segmentRequired(undefined, 'spec:Video')).toBe(false);
  });

  it('knows the file by the same columns for lint and import, with or without a Property Data Type column', () => {
    const rows = [
      ['Event Type', 'Event Name', 'Property Name', 'Description'],
      ['Track', 'Order Completed', '', 'The order is placed.'],
      ['Track', 'Order Completed', 'order_id', 'Order id.'],
    ];
    expect(isSegmentCsv(rows)).toBe(true);
    const linted = parsePlan(segmentCsvSheets(rows));
    expect(linted.events.map((e) => [e.name.text, e.properties.map((p) => p.name.text)])).toEqual([['Order Completed', ['order_id']]]);
    const [imported] = readImportFiles([{ name: 'segment.csv', content: rows.map((r) => r.join(',')).join('\n') }]);
    expect(imported.format).toBe('segment-csv');
    expect(imported.events.map((e) => [e.name, e.properties.map((p) => p.name)])).toEqual([['Order Completed', ['order_id']]]);
  });
});
