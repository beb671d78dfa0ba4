import { cellText, isRequired, parsePlan, splitEventList } from '../../src/core/parse';
import { propertyRowSpan } from '../../src/core/plan';
import { sheet, trackRows } from './helpers';

describe('parsePlan', () => {
  it('reads events and the property rows under them, keeping rows and columns', () => {
    const plan = parsePlan([
      sheet(
        'track',
        trackRows([
          { event: 'Order Completed', firesWhen: 'Paid' },
          { property: 'order_id', type: 'String' },
          {},
          { property: 'total', type: 'Number' },
          { event: 'Cart Viewed' },
        ]),
      ),
    ]);
    expect(plan.events.map((e) => [e.name.text, e.row, e.name.column, e.properties.map((p) => p.name.text), e.lastRow])).toEqual([
      ['Order Completed', 2, 3, ['order_id', 'total'], 5],
      ['Cart Viewed', 6, 3, [], 6],
    ]);
    expect(propertyRowSpan(plan.events[0])).toEqual({ first: 3, last: 5 });
    expect(propertyRowSpan(plan.events[1])).toBeUndefined();
  });

  it("reads Segment's original template: a title band above the header and short captions", () => {
    const values: unknown[][] = [['Tracking Plan'], ['', 'Minimize rows'], [], [], [], [], [], [], []];
    values.push(['', 'Spec', 'Name', 'Fires when...', 'prop name', 'type', 'prop description']);
    values.push(['P1', 'Custom', 'Signed Up', 'On sign up', '', '', '']);
    values.push(['', '', '', '', 'method', 'String', 'How']);
    const plan = parsePlan([{ name: 'Track', values }]);
    expect(plan.tabs.track!.header.row).toBe(10);
    expect(plan.events).toHaveLength(1);
    expect(plan.events[0]).toMatchObject({ row: 11, name: { text: 'Signed Up', column: 3 }, firesWhen: { text: 'On sign up' } });
    expect(plan.events[0].properties[0]).toMatchObject({ name: { text: 'method', column: 5 }, type: { text: 'String' } });
  });

  it('keeps property rows with no event above them as orphans', () => {
    const plan = parsePlan([sheet('track', trackRows([{ property: 'lost' }, { event: 'Found' }]))]);
    expect(plan.orphans.map((p) => [p.name.text, p.row])).toEqual([['lost', 2]]);
  });

  it('reads numbers, dates and booleans as displayed text and marks them', () => {
    const plan = parsePlan([sheet('track', [{ 'Event Name': 2019 }, { 'Event Name': new Date(Date.UTC(2019, 10, 1)) }, { 'Event Name': false }])]);
    expect(plan.events.map((e) => [e.name.text, e.name.nonText])).toEqual([
      ['2019', true],
      ['2019-11-01', true],
      ['FALSE', true],
    ]);
  });

  it('reports missing tabs and headers as problems, not exceptions', () => {
    const plan = parsePlan([{ name: 'Track (Custom)', values: [['nothing', 'here']] }]);
    expect(plan.problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['missing-header', 'missing-tab']));
    // A tab named only like an alias ("Track") is not a plan tab without the header.
    expect(parsePlan([{ name: 'Track', values: [['nothing', 'here']] }]).problems.map((p) => p.kind)).not.toContain('missing-header');
  });

  it('reads goals and the events they list', () => {
    const plan = parsePlan([sheet('goals', [{ 'Business Goal': 'Revenue', Events: 'Order Completed\n- Cart Viewed, Checkout Started' }])]);
    expect(plan.goals[0].eventNames).toEqual(['Order Completed', 'Cart Viewed', 'Checkout Started']);
  });
});

describe('cell helpers', () => {
  it('display cells as Sheets does, closely enough', () => {
    expect([cellText(null), cellText(3.5), cellText(true), cellText(NaN), cellText(new Date('x'))]).toEqual(['', '3.5', 'TRUE', '', '']);
    expect(cellText(new Date(Date.UTC(2019, 10, 1, 10, 30)))).toBe('2019-11-01 10:30:00');
  });

  it('read checkboxes and typed answers', () => {
    expect([true, 'yes', 'X', 'required', false, '', 'no'].map(isRequired)).toEqual([true, true, true, true, false, false, false]);
  });

  it('split event lists', () => {
    expect(splitEventList(' a ;b\n\n• c ')).toEqual(['a', 'b', 'c']);
  });
});
