import { expectedGroups, groupMismatchMessage, groupProbes, groupsMismatch, planRepair } from '../../src/core/row-groups';
import { parsePlan } from '../../src/core/parse';
import { headerCaptions, tabDef } from '../../src/core/template';

const HEADER = headerCaptions(tabDef('track'));
const E = HEADER.indexOf('Event Name');
const P = HEADER.indexOf('Property Name');

function row(event: string, property = ''): string[] {
  const r = new Array<string>(HEADER.length).fill('');
  r[E] = event;
  r[P] = property;
  return r;
}

const values = [
  HEADER,
  row('Signed Up'), // 2, no properties
  row('Order Completed'), // 3
  row('', 'order_id'), // 4
  row('', 'total'), // 5
  [], // 6 blank
  row('Product Viewed', 'product_id'), // 7: property on the event row itself
  row('', 'sku'), // 8
];
const plan = parsePlan([{ name: 'Track (Custom)', values }]);

describe('expectedGroups', () => {
  it("groups each event's property rows below its event row", () => {
    expect(expectedGroups(plan)).toEqual([
      { first: 4, last: 5 },
      { first: 8, last: 8 },
    ]);
  });

  it('finds none when no event has property rows', () => {
    const flat = parsePlan([{ name: 'Track', values: [HEADER, row('A'), row('B')] }]);
    expect(expectedGroups(flat)).toEqual([]);
  });
});

describe('planRepair', () => {
  it('rebuilds every group below the header down to the last row', () => {
    const repair = planRepair(plan, 1000)!;
    expect(repair.area).toEqual({ first: 2, last: 1000 });
    expect(repair.groups).toEqual([
      { first: 4, last: 5 },
      { first: 8, last: 8 },
    ]);
    expect(repair.message).toBe('Regrouped the property rows of 2 events under their event rows.');
  });

  it('has nothing to do on a tab without a header or without data rows', () => {
    expect(planRepair({ events: [], tabs: {} }, 1000)).toBeUndefined();
    expect(planRepair(plan, 1)).toBeUndefined();
  });
});

describe('groupProbes and groupsMismatch', () => {
  it('probes the last grouped event: its event row at depth 0, its last property row at depth 1', () => {
    expect(groupProbes(plan)).toEqual([
      { row: 7, expected: 0 },
      { row: 8, expected: 1 },
    ]);
    expect(groupProbes({ events: [] })).toEqual([]);
  });

  it('reports drifted groups, but neither the layout nor a tab with no groups at all', () => {
    const probes = groupProbes(plan);
    expect(groupsMismatch(probes, [0, 1])).toBe(false);
    expect(groupsMismatch(probes, [0, 0])).toBe(false);
    expect(groupsMismatch(probes, [1, 1])).toBe(true);
    expect(groupsMismatch(probes, [0, 2])).toBe(true);
    expect(groupsMismatch([], [])).toBe(false);
  });

  it('tells the user what to do', () => {
    expect(groupMismatchMessage('Track')).toMatch(/^Row groups on Track don't match the events: use Repair row groups/);
  });
});
