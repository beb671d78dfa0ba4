/**
 * Messy sheets, through the menu and the sidebar functions of the built
 * bundle: every operation answers with a sentence a non-engineer can read,
 * and nothing the user wrote changes unless they asked for it (a fix, an
 * insertion below their rows, Repair row groups for the groups only).
 */
import { type FakeServices } from '../../fakes';
import { col, HEADERS, seedKnownViolations, TRACK } from '../bundle/checks-helpers';
import { ensureBuilt, open, trackRow, TRACK_HEADER } from '../bundle/sheet-helpers';
import { dumpAll, expectClearMessage, GENERIC_FAILURE, menu, type Outcome, sidebar, userChanges } from './helpers';

beforeAll(ensureBuilt);

const EVENT = col('track', 'Event Name');
const PROPERTY = col('track', 'Property Name');

/** A small plan with a few violations and the layout's row groups. */
function basePlan(services: FakeServices): void {
  seedKnownViolations(services);
  const sheet = services.spreadsheet.testSheet(TRACK);
  sheet.testSetRowGroupDepth(3, 4, 1);
  sheet.testSetRowGroupDepth(6, 6, 1);
  // The user's own formatting on a few cells.
  sheet.getRange('C2').setNote('Agreed with Dana').setBackground('#00ff00');
  sheet.getRange('F4').setFontWeight('bold');
}

function trackSheet(services: FakeServices) {
  return services.spreadsheet.testSheet(TRACK);
}

/** The base plan, then `names` written from row 8 down, into Event Name and Property Name by turns (an event, then a property). */
function namesFromRow8(services: FakeServices, names: string[]): void {
  basePlan(services);
  const sheet = trackSheet(services);
  names.forEach((name, i) => sheet.testSetValues(8 + i, i % 2 === 0 ? EVENT : PROPERTY, [[name]]));
}

interface Scenario {
  name: string;
  seed: (services: FakeServices) => void;
}

const TEMPLATE_TABS = ['Goals', 'Identify', 'Group', 'Page & Screen', TRACK];

const SCENARIOS: Scenario[] = [
  { name: 'an empty spreadsheet', seed: () => undefined },
  ...TEMPLATE_TABS.map((tab) => ({
    name: `the ${tab} tab missing`,
    seed: (s: FakeServices) => {
      basePlan(s);
      s.spreadsheet.testRemoveSheet(tab);
    },
  })),
  ...TEMPLATE_TABS.map((tab) => ({
    name: `the ${tab} tab renamed to an unknown name`,
    seed: (s: FakeServices) => {
      basePlan(s);
      s.spreadsheet.testSheet(tab).setName(`${tab} (old copy)`);
    },
  })),
  ...TEMPLATE_TABS.map((tab) => ({
    name: `the ${tab} tab empty`,
    seed: (s: FakeServices) => {
      basePlan(s);
      s.spreadsheet.testRemoveSheet(tab);
      s.spreadsheet.testAddSheet(tab, []);
    },
  })),
  {
    name: 'every tab empty',
    seed: (s) => {
      for (const tab of TEMPLATE_TABS) s.spreadsheet.testAddSheet(tab, []);
      s.spreadsheet.testRemoveSheet('Sheet1');
    },
  },
  {
    name: 'the Track header moved down to row 10 under a title band',
    seed: (s) => {
      basePlan(s);
      const sheet = trackSheet(s);
      sheet.insertRowsBefore(1, 9);
      sheet.testSetValues(1, 1, [['Tracking plan for Acme'], ['Owner: analytics team'], [''], ['Buttons below']]);
      sheet.getRange('A1:D1').merge();
    },
  },
  {
    name: 'the header row below the first 20 rows',
    seed: (s) => {
      basePlan(s);
      trackSheet(s).insertRowsBefore(1, 25);
    },
  },
  {
    name: 'Track columns in reverse order',
    seed: (s) => {
      basePlan(s);
      const sheet = trackSheet(s);
      const values = sheet.getSheetValues(1, 1, -1, -1) as unknown[][];
      sheet.testSetValues(
        1,
        1,
        values.map((r) => [...r].reverse()),
      );
    },
  },
  {
    name: 'the Event Name column hidden',
    seed: (s) => {
      basePlan(s);
      trackSheet(s).hideColumns(EVENT);
    },
  },
  {
    name: 'the Event Name column duplicated',
    seed: (s) => {
      basePlan(s);
      const sheet = trackSheet(s);
      sheet.testSetValues(1, TRACK_HEADER.length + 1, [['Event Name'], ['Other Name'], [''], ['x_y']]);
    },
  },
  {
    name: 'the Event Name caption missing',
    seed: (s) => {
      basePlan(s);
      trackSheet(s).testSetValues(1, EVENT, [['']]);
    },
  },
  {
    name: 'cells merged across an event row and its property rows',
    seed: (s) => {
      basePlan(s);
      const sheet = trackSheet(s);
      sheet.getRange(2, EVENT, 3, 1).merge();
      sheet.getRange(5, 1, 2, PROPERTY).merge();
    },
  },
  {
    name: 'formulas, numbers, dates, booleans and errors in name cells',
    seed: (s) => {
      basePlan(s);
      const sheet = trackSheet(s);
      sheet.testSetValues(8, 1, [trackRow({ 'Event Name': '' }), trackRow({ 'Property Name': '' })]);
      sheet.testSetValues(8, EVENT, [[42]]);
      sheet.testSetValues(9, PROPERTY, [[new Date(Date.UTC(2024, 0, 31))]]);
      sheet.testSetValues(10, EVENT, [[true]]);
      sheet.testSetValues(11, PROPERTY, [[3.5]]);
      sheet.testSetFormula(`${letterOf(EVENT)}12`, '=A1/0', '#DIV/0!');
      sheet.testSetFormula(`${letterOf(PROPERTY)}13`, '=#REF!', '#REF!');
      sheet.testSetFormula(`${letterOf(EVENT)}14`, '=UPPER("order shipped")', 'ORDER SHIPPED');
      // A formula showing nothing, below every visible value: still the user's cell.
      sheet.testSetFormula(`${letterOf(PROPERTY)}17`, '=IF(FALSE,1,"")', '');
      s.spreadsheet.testSheet('Identify').testSetValues(3, 1, [[false, 7, new Date(Date.UTC(2020, 1, 2))]]);
      s.spreadsheet.testSheet('Goals').testSetValues(3, 1, [[12, '', '', 99]]);
    },
  },
  {
    name: '50,000-character cells',
    seed: (s) => {
      basePlan(s);
      const sheet = trackSheet(s);
      const long = 'Order Completed '.repeat(3125);
      sheet.testSetValues(8, EVENT, [[long]]);
      sheet.testSetValues(9, PROPERTY, [['a'.repeat(50000)]]);
      sheet.testSetValues(8, col('track', 'Fires When...'), [['x'.repeat(50000)]]);
      s.spreadsheet.testSheet('Goals').testSetValues(3, 1, [['Huge', '', '', 'y'.repeat(50000)]]);
    },
  },
  {
    name: 'emoji and right-to-left text',
    seed: (s) => namesFromRow8(s, ['🛒 Cart Viewed 🚀', 'סל_קניות', 'تم إتمام الطلب', '👍', '\u202Eevil\u202C Name']),
  },
  {
    name: 'names that are HTML or start with =',
    seed: (s) =>
      namesFromRow8(s, ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '\'=HYPERLINK("http://evil")', '+cmd|calc', '@SUM(A1)', '-2+3']),
  },
  {
    name: 'a property row with no event above it',
    seed: (s) => {
      basePlan(s);
      const sheet = trackSheet(s);
      sheet.insertRowsBefore(2, 2);
      sheet.testSetValues(2, 1, [trackRow({ 'Property Name': 'lonely_prop', Type: 'String' }), trackRow({ 'Property Name': 'second_lonely', Type: 'Number' })]);
    },
  },
  {
    name: 'an event row between property rows',
    seed: (s) => {
      basePlan(s);
      trackSheet(s).testSetValues(3, EVENT, [['Wedged Event']]);
    },
  },
  {
    name: 'row groups that do not match the layout',
    seed: (s) => {
      basePlan(s);
      const sheet = trackSheet(s);
      sheet.testSetRowGroupDepth(2, 4, 2);
      sheet.testSetRowGroupDepth(5, 7, 1);
    },
  },
  {
    name: 'blank rows, blank columns and a user column named Checks',
    seed: (s) => {
      basePlan(s);
      const sheet = trackSheet(s);
      sheet.insertRowsBefore(5, 3);
      sheet.testSetValues(1, TRACK_HEADER.length + 2, [['Checks'], ['reviewed by Sam'], ['ok']]);
    },
  },
];

function letterOf(column: number): string {
  return String.fromCharCode(64 + column);
}

interface Step {
  label: string;
  run: (services: FakeServices, ctx: Record<string, (...args: any[]) => any>, state: { findings: any[] }) => Outcome;
  /** What the step may change beyond the marks: nothing (default), groups, or the fixed cells. */
  may?: 'groups' | 'fix' | 'append';
}

const STEPS: Step[] = [
  { label: 'getOverview', run: (s, c) => sidebar(s, c, 'getOverview') },
  { label: 'menu Check conventions', run: (s, c) => menu(s, c, 'Check conventions') },
  {
    label: 'checkNow',
    run: (s, c, st) => {
      const out = sidebar(s, c, 'checkNow');
      st.findings = (out.result as { findings?: any[] } | undefined)?.findings ?? [];
      return out;
    },
  },
  { label: 'export csv', run: (s, c) => sidebar(s, c, 'exportPlan', 'csv') },
  { label: 'export protocols', run: (s, c) => sidebar(s, c, 'exportPlan', 'protocols') },
  { label: 'export typewriter', run: (s, c) => sidebar(s, c, 'exportPlan', 'typewriter') },
  { label: 'menu Minimize rows', run: (s, c) => menu(s, c, 'Minimize rows') },
  { label: 'menu Reset rows', run: (s, c) => menu(s, c, 'Reset rows') },
  { label: 'minimizeRows', run: (s, c) => sidebar(s, c, 'minimizeRows') },
  { label: 'resetRows', run: (s, c) => sidebar(s, c, 'resetRows') },
  { label: 'listSpecEvents', run: (s, c) => sidebar(s, c, 'listSpecEvents', 'video') },
  { label: 'getSettings', run: (s, c) => sidebar(s, c, 'getSettings') },
  { label: 'menu Clear checks', run: (s, c) => menu(s, c, 'Clear checks') },
  { label: 'menu Check conventions again', run: (s, c) => menu(s, c, 'Check conventions') },
  { label: 'clearChecks', run: (s, c) => sidebar(s, c, 'clearChecks') },
  {
    label: 'fixFinding',
    may: 'fix',
    run: (s, c, st) => {
      const f = st.findings.find((x) => x.suggestion !== undefined) ?? { rule: 'event-casing', tab: TRACK, row: 2, column: EVENT, text: 'nothing' };
      return sidebar(s, c, 'fixFinding', { rule: f.rule, tab: f.tab, row: f.row, column: f.column, text: f.text });
    },
  },
  { label: 'fixAllOfRule', may: 'fix', run: (s, c) => sidebar(s, c, 'fixAllOfRule', 'property-casing') },
  { label: 'repairRowGroups', may: 'groups', run: (s, c) => sidebar(s, c, 'repairRowGroups') },
  { label: 'insertSpecEvents', may: 'append', run: (s, c) => sidebar(s, c, 'insertSpecEvents', 'video', ['Video Playback Started', 'Video Ad Completed']) },
  { label: 'menu Insert spec events', may: 'append', run: (s, c) => menu(s, c, 'Mobile', 'Insert spec events') },
  { label: 'menu Set up template', may: 'append', run: (s, c) => menu(s, c, 'Set up template') },
  { label: 'menu Clear checks at the end', run: (s, c) => menu(s, c, 'Clear checks') },
];

/** The cells a fix may change: those of the findings of the last check (any rule: the suggestion is written into the finding's cell). */
function fixCells(findings: any[]): Set<string> {
  return new Set(findings.map((f) => `${f.tab}!${f.a1}`));
}

describe.each(SCENARIOS)('with $name', ({ seed }) => {
  it('every menu item and sidebar function answers clearly and keeps the user’s cells', () => {
    const { services, ctx } = open();
    seed(services);
    const state = { findings: [] as any[] };
    const problems: string[] = [];
    for (const step of STEPS) {
      const before = dumpAll(services);
      const outcome = step.run(services, ctx as any, state);
      for (const message of outcome.messages) {
        try {
          expectClearMessage(message);
        } catch (e) {
          problems.push(`${step.label}: ${(e as Error).message}`);
        }
        if (GENERIC_FAILURE.test(message)) problems.push(`${step.label}: unexpected failure (see log: ${services.logs.slice(-1)[0]?.slice(0, 300)})`);
      }
      if (!outcome.messages.length && !['getSettings', 'listSpecEvents', 'getOverview'].includes(step.label) && !step.label.startsWith('export')) {
        problems.push(`${step.label}: no message shown`);
      }
      const after = dumpAll(services);
      const changes = userChanges(before, after, {
        groups: step.may !== 'groups',
        allowed: step.may === 'fix' ? fixCells(state.findings) : undefined,
      });
      for (const c of changes) problems.push(`${step.label} changed ${c}`);
      if (step.may === 'fix' && !outcome.failed) {
        // A fix re-checks: later fixes may only touch cells of the fresh findings.
        state.findings = (outcome.result as { findings?: any[] } | undefined)?.findings ?? state.findings;
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('specific answers', () => {
  it('says which tabs are missing when checking a spreadsheet without the template', () => {
    const { services, ctx } = open();
    const out = menu(services, ctx, 'Check conventions');
    expect(out.messages.join(' ')).toMatch(/not found/);
    expect(out.messages.join(' ')).toMatch(/Track \(Custom\)/);
  });

  it('explains a Track tab whose header is not in the first 20 rows, and inserts nothing', () => {
    const { services, ctx } = open();
    basePlan(services);
    trackSheet(services).insertRowsBefore(1, 25);
    const before = dumpAll(services);
    const out = sidebar(services, ctx, 'insertSpecEvents', 'video', ['Video Playback Started']);
    expect(out.failed).toMatch(/header row/);
    expect(dumpAll(services)).toEqual(before);
  });

  it('reads a Track tab whose header sits on row 10 under a title band, and inserts below its rows', () => {
    const { services, ctx } = open();
    basePlan(services);
    trackSheet(services).insertRowsBefore(1, 9);
    trackSheet(services).testSetValues(1, 1, [['Tracking plan for Acme']]);
    const overview = sidebar(services, ctx, 'getOverview').result as { counts: { events: number } };
    expect(overview.counts.events).toBe(3);
    sidebar(services, ctx, 'insertSpecEvents', 'b2b-saas', ['Account Created']);
    const values = services.spreadsheet.testDump(TRACK).values;
    expect(values[17 - 1][EVENT - 1]).toBe('Account Created');
  });

  it('reports row groups that do not match the layout, and Repair row groups fixes only the groups', () => {
    const { services, ctx } = open();
    basePlan(services);
    // An event typed by hand below the last one, pulled by Sheets into the group above it.
    const sheet = trackSheet(services);
    sheet.testSetValues(8, 1, [trackRow({ 'Event Name': 'Coupon Applied' }), trackRow({ 'Property Name': 'coupon_id' })]);
    sheet.testSetRowGroupDepth(6, 9, 1);
    const check = sidebar(services, ctx, 'checkNow');
    expect(check.messages.join(' ')).toMatch(/Row groups on Track \(Custom\) don't match the events: use Repair row groups/);
    const overview = sidebar(services, ctx, 'getOverview').result as { problems: string[] };
    expect(overview.problems.join(' ')).toMatch(/Repair row groups/);
    const before = dumpAll(services);
    const repair = sidebar(services, ctx, 'repairRowGroups');
    expect(repair.failed).toBeUndefined();
    const after = dumpAll(services);
    expect(userChanges(before, after, { groups: false })).toEqual([]);
    expect(after[TRACK].rowGroups.map((g) => `${g.start}-${g.end}@${g.depth}`)).toEqual(['3-4@1', '6-6@1', '9-9@1']);
    const again = sidebar(services, ctx, 'checkNow');
    expect(again.messages.join(' ')).not.toMatch(/Repair row groups/);
  });

  it('reports groups nested deeper than the layout', () => {
    const { services, ctx } = open();
    basePlan(services);
    trackSheet(services).testSetRowGroupDepth(5, 6, 2);
    expect(sidebar(services, ctx, 'checkNow').messages.join(' ')).toMatch(/Repair row groups/);
  });

  it('does not report the layout’s own groups', () => {
    const { services, ctx } = open();
    basePlan(services);
    expect(sidebar(services, ctx, 'checkNow').messages.join(' ')).not.toMatch(/Repair row groups/);
    expect((sidebar(services, ctx, 'getOverview').result as { problems: string[] }).problems).toEqual([]);
  });

  it('does not report a hand-made plan without any row groups as mismatched', () => {
    const { services, ctx } = open();
    basePlan(services);
    trackSheet(services).testSetRowGroupDepth(2, 7, 0);
    const check = sidebar(services, ctx, 'checkNow');
    expect(check.messages.join(' ')).not.toMatch(/Repair row groups/);
  });

  it('counts a property row with no event above it and marks it', () => {
    const { services, ctx } = open();
    basePlan(services);
    const sheet = trackSheet(services);
    sheet.insertRowsBefore(2, 1);
    sheet.testSetValues(2, PROPERTY, [['lonely_prop']]);
    const check = sidebar(services, ctx, 'checkNow').result as { findings: { rule: string; row: number }[] };
    expect(check.findings.some((f) => f.rule === 'orphan-property' && f.row === 2)).toBe(true);
  });

  it('writes HTML and =formula names into CSV escaped, never as formulas', () => {
    const { services, ctx } = open();
    basePlan(services);
    trackSheet(services).testSetValues(8, EVENT, [['=HYPERLINK("http://evil","x")']]);
    trackSheet(services).testSetFormula(`${letterOf(EVENT)}9`, '=1+1', '+cmd|calc');
    const out = sidebar(services, ctx, 'exportPlan', 'csv').result as { files: { content: string }[] };
    const csv = out.files.map((f) => f.content).join('\n');
    for (const line of csv.split('\n')) for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@]/);
  });

  it('reads the visible text of header rows in other tabs too', () => {
    expect(HEADERS.track).toContain('Event Name');
  });
});
