import { check } from '../../../src/core/check';
import { event, trackPlan } from '../helpers';

const conflicts = (plan: ReturnType<typeof trackPlan>) => check(plan).filter((f) => f.rule === 'property-type-conflict');

describe('property-type-conflict', () => {
  it('reports the declarations that disagree with the most common type, on their Type cell', () => {
    const plan = trackPlan([
      ...event('A Viewed', [['price', 'Number']]),
      ...event('B Viewed', [['price', 'Number']]),
      ...event('C Viewed', [['price', 'String']]),
    ]);
    const found = conflicts(plan);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', row: 7, column: 7, text: 'String' });
    expect(found[0].message).toContain('"price" is Number under "A Viewed" (row 3) but String here');
  });

  it.each([
    ['Number', 'Integer'],
    ['Array', 'Array[String]'],
    ['String', 'string'],
    ['String', 'Any'],
    ['String | Object', 'Object|String'],
  ])('accepts %j with %j', (a, b) => {
    expect(conflicts(trackPlan([...event('A Viewed', [['x_value', a]]), ...event('B Viewed', [['x_value', b]])]))).toEqual([]);
  });

  it('ignores wrong and missing types (property-type speaks for those)', () => {
    expect(
      conflicts(trackPlan([...event('A Viewed', [['price', 'Number']]), ...event('B Viewed', [['price', 'int']]), ...event('C Viewed', [['price', '']])])),
    ).toEqual([]);
  });

  it('trusts the specs, which type position two ways, but not a custom event that disagrees', () => {
    const plan = trackPlan([
      ...event('Promotion Viewed', [['position', 'String']]),
      ...event('Product Clicked', [['position', 'Number']]),
      ...event('Product Viewed', [['position', 'Number']]),
      ...event('Banner Viewed', [['position', 'Boolean']]),
    ]);
    expect(conflicts(plan).map((f) => f.row)).toEqual([9]);
  });
});
