import { check } from '../../../src/core/check';
import { parsePlan } from '../../../src/core/parse';
import { trackPlan } from '../helpers';

describe('missing-description', () => {
  it('points at the empty Fires When... cell of the event row', () => {
    const found = check(trackPlan([{ event: 'Order Completed' }, { event: 'Cart Viewed', firesWhen: 'When the cart opens' }])).filter(
      (f) => f.rule === 'missing-description',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', row: 2, column: 4, text: '' });
    expect(found[0].message).toContain('"Order Completed" has no description');
  });

  it('points at the name cell when the tab has no Fires When... column', () => {
    const plan = parsePlan([
      {
        name: 'Track',
        values: [
          ['Event Name', 'Property Name'],
          ['Order Completed', ''],
        ],
      },
    ]);
    const found = check(plan).filter((f) => f.rule === 'missing-description');
    expect(found).toEqual([expect.objectContaining({ tab: 'Track', row: 2, column: 1, text: 'Order Completed' })]);
  });
});
