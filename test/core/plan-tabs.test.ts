import { assignPlanTabs, kindOfAlias, kindOfTemplateName } from '../../src/core/plan-tabs';
import { parsePlan, splitEventList } from '../../src/core/parse';
import { headerCaptions, tabDef } from '../../src/core/template';

const TRACK = headerCaptions(tabDef('track'));
const PAGE = headerCaptions(tabDef('page'));

describe('assignPlanTabs', () => {
  it('does not take a calendar named "Events" or a list named "Pages" for a plan tab', () => {
    const sheets = [
      {
        name: 'Events',
        values: [
          ['Date', 'What'],
          ['2026-01-01', 'Launch'],
        ],
      },
      { name: 'Pages', values: [['URL'], ['/home']] },
    ];
    expect([...assignPlanTabs(sheets).keys()]).toEqual([]);
    expect(kindOfAlias('Events')).toBe('track');
    expect(kindOfTemplateName('Events')).toBeUndefined();
  });

  it('takes an alias-named tab when its header fits', () => {
    const events = { name: 'Events', values: [TRACK] };
    expect(assignPlanTabs([events]).get('track')).toBe(events);
  });

  it("prefers the template's own name, then a fitting alias, then the leftmost fitting header", () => {
    const old = { name: 'Track', values: [TRACK] };
    const custom = { name: 'Track (Custom)', values: [TRACK] };
    expect(assignPlanTabs([old, custom]).get('track')).toBe(custom);
    const left = { name: 'Plan A', values: [TRACK] };
    const right = { name: 'Plan B', values: [TRACK] };
    expect(assignPlanTabs([left, right]).get('track')).toBe(left);
    const alias = { name: 'Track Events', values: [TRACK] };
    expect(assignPlanTabs([left, alias]).get('track')).toBe(alias);
  });

  it("never takes the add-on's own tabs: by metadata when known, else by their reserved names", () => {
    const coverage = { name: 'Coverage', values: [TRACK] };
    expect(assignPlanTabs([coverage]).get('track')).toBeUndefined();
    const ownedCopy = { name: 'Events', values: [TRACK], owned: true };
    expect(assignPlanTabs([ownedCopy]).get('track')).toBeUndefined();
    const userCoverage = { name: 'Coverage', values: [PAGE], owned: false };
    expect(assignPlanTabs([userCoverage]).get('page')).toBe(userCoverage);
  });

  it('reads the plan from the right tab when an unrelated "Events" tab sits left of the Track tab', () => {
    const plan = parsePlan([
      {
        name: 'Events',
        values: [
          ['Date', 'What'],
          ['2026-01-01', 'Launch'],
        ],
      },
      { name: 'Track Events', values: [TRACK, ['', 'Custom', 'Order Completed']] },
    ]);
    expect(plan.tabs.track?.sheetName).toBe('Track Events');
    expect(plan.events.map((e) => e.name.text)).toEqual(['Order Completed']);
  });
});

describe('splitEventList', () => {
  it('accepts quoted names', () => {
    expect(splitEventList('"Coupon Entered", “Order Completed”\n\'Cart Viewed\'; Plain')).toEqual([
      'Coupon Entered',
      'Order Completed',
      'Cart Viewed',
      'Plain',
    ]);
  });
});
