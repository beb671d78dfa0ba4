import { planSetup, tabLayout, widthRuns, joinAnd } from '../../src/core/setup';
import { TEMPLATE, tabDef, headerCaptions } from '../../src/core/template';

const SEGMENT_TRACK = [
  ['Tracking Plan'],
  ['Minimize rows', 'Reset rows'],
  [],
  [],
  [],
  [],
  [],
  [],
  [],
  ['', 'Spec', 'Name', 'Fires when...', 'prop name', 'type', 'prop description'],
  ['P1', 'Ecommerce v2', 'Order Completed', 'A user completed an order', '', '', ''],
];

describe('planSetup', () => {
  it('creates every tab, in template order, on an empty spreadsheet', () => {
    const plan = planSetup([]);
    expect(plan.create.map((t) => t.name)).toEqual(['Goals', 'Identify', 'Group', 'Page & Screen', 'Track (Custom)']);
    expect(plan.message).toBe('Created Goals, Identify, Group, Page & Screen and Track (Custom).');
  });

  it('creates only the missing tabs and says the others were left alone', () => {
    const existing = TEMPLATE.filter((t) => t.kind !== 'group' && t.kind !== 'goals').map((t) => ({ kind: t.kind, name: t.name, values: [headerCaptions(t)] }));
    const plan = planSetup(existing);
    expect(plan.create.map((t) => t.kind)).toEqual(['goals', 'group']);
    expect(plan.message).toBe('Created Goals and Group. Existing tabs were left as they were.');
  });

  it('reports captions an existing tab lacks without creating anything', () => {
    const track = tabDef('track');
    const header = headerCaptions(track).filter((c) => c !== 'Status');
    const others = TEMPLATE.filter((t) => t.kind !== 'track').map((t) => ({ kind: t.kind, name: t.name, values: [headerCaptions(t)] }));
    const plan = planSetup([...others, { kind: 'track', name: 'Track', values: [header] }]);
    expect(plan.create).toEqual([]);
    expect(plan.notes).toEqual(['The Track tab has no "Status" column.']);
    expect(plan.message).toBe('Every tab of the template is already here; nothing was changed. The Track tab has no "Status" column.');
  });

  it("recognises Segment's original Track tab with its header on row 10", () => {
    const plan = planSetup([{ kind: 'track', name: 'Track', values: SEGMENT_TRACK }]);
    expect(plan.create.map((t) => t.kind)).not.toContain('track');
    expect(plan.notes[0]).toMatch(/^The Track tab has no "Priority", "Business Goal", "Required", "Allowed Values", "Status" and "Notes" columns\.$/);
  });

  it('says when an existing tab has no header row at all', () => {
    const plan = planSetup([{ kind: 'track', name: 'Track (Custom)', values: [['just', 'notes']] }]);
    expect(plan.notes).toEqual(['The Track (Custom) tab has no header row with "Event Name" and "Property Name" in its first 20 rows.']);
  });
});

describe('tabLayout', () => {
  it("puts Identify's last two captions after an empty gap column", () => {
    const layout = tabLayout(tabDef('identify'));
    expect(layout.header).toEqual(['Trait', 'Type', 'Required', 'Allowed Values', 'Trait Description', 'Notes', '', 'Sent Immediately Before', 'Why?']);
    expect(layout.validations).toHaveLength(layout.header.length);
    expect(layout.validations[6]).toBeNull();
  });

  it('gives Track a Type dropdown that accepts other text, a Required checkbox and Priority/Spec/Status dropdowns', () => {
    const layout = tabLayout(tabDef('track'));
    const at = (caption: string) => layout.validations[layout.header.indexOf(caption)];
    expect(at('Type')).toEqual({ kind: 'list', values: expect.arrayContaining(['String', 'Number', 'Boolean']), strict: false });
    expect(at('Required')).toEqual({ kind: 'checkbox' });
    expect(at('Priority')).toMatchObject({ kind: 'list', values: ['P1', 'P2', 'P3'] });
    expect(at('Spec')).toMatchObject({ kind: 'list', values: expect.arrayContaining(['Ecommerce v2', 'Custom']) });
    expect(at('Status')).toMatchObject({ kind: 'list', values: ['Planned', 'In Review', 'Approved', 'In Progress', 'Implemented', 'Deprecated'] });
    expect(at('Event Name')).toBeNull();
  });
});

describe('widthRuns', () => {
  it('leaves narrow columns at the default and shares one width among wide neighbours', () => {
    const runs = widthRuns(tabDef('track'));
    // Priority, Spec, Type, Required and Status stay at the default width.
    expect(runs.map((r) => [r.column, r.count])).toEqual([
      [3, 4],
      [9, 2],
      [12, 1],
    ]);
    for (const run of runs) expect(run.width).toBeGreaterThanOrEqual(150);
  });

  it('never spans the gap column', () => {
    const runs = widthRuns(tabDef('identify'));
    expect(runs.some((r) => r.column <= 7 && r.column + r.count - 1 >= 7)).toBe(false);
  });

  it('needs few calls for the whole template', () => {
    expect(TEMPLATE.reduce((n, t) => n + widthRuns(t).length, 0)).toBeLessThanOrEqual(12);
  });
});

describe('joinAnd', () => {
  it('joins lists the way a sentence does', () => {
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['A'])).toBe('A');
    expect(joinAnd(['A', 'B'])).toBe('A and B');
    expect(joinAnd(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
