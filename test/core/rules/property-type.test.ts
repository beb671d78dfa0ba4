import { TYPES } from '../../../src/core/template';
import { findingsOf, oneFindingOf } from '../helpers';

describe('property-type', () => {
  it.each([
    ...TYPES,
    ...TYPES.map((t) => t.toLowerCase()),
    ...TYPES.map((t) => t.toUpperCase()),
    'String | Object',
    'String, Array[String]',
    'Array[String]',
    'Array [String]',
    'array[object]',
    'Array[Object]',
    'Number|Null',
    ' String ',
  ])('accepts %j', (type) => {
    expect(findingsOf('property-type', 'type', type)).toEqual([]);
  });

  it.each([
    ['int', 'Integer'],
    ['bool', 'Boolean'],
    ['text', 'String'],
    ['datetime', 'Date'],
    ['timestamp', 'Date'],
    ['list', 'Array'],
    ['double', 'Float'],
    ['dict', 'Object'],
    ['Strng', 'String'],
    ['Integr', 'Integer'],
    ['string[]', 'Array[String]'],
    ['Array<String>', 'Array[String]'],
    ['list of strings', 'Array[String]'],
    ['int | text', 'Integer | String'],
    ['String, int', 'String, Integer'],
  ])('rejects %j and suggests %j', (type, suggestion) => {
    oneFindingOf('property-type', 'type', type, { severity: 'error', suggestion, message: 'not a type the plan knows' });
  });

  it.each(['foo', 'Array[Foo]', '🙂', 'x'.repeat(500), '=SUM(A1)'])('rejects %j without a suggestion', (type) => {
    const findings = findingsOf('property-type', 'type', type);
    expect(findings).toHaveLength(1);
    expect(findings[0].suggestion).toBeUndefined();
  });
});
