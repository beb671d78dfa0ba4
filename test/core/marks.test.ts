import {
  captionOf,
  CHECKS_CAPTION,
  checksColumnFor,
  CROSS_TAB_RULES,
  editBoxFromA1,
  editIsOnlyInChecksColumn,
  editNeedsOtherTab,
  fitCell,
  legacyChecksColumn,
  LEGACY_CHECKS_CAPTION,
  planChecksClear,
  highlightRules,
  isOwnHighlightFormula,
  markLine,
  markTexts,
  planTabMarks,
  ruleOfLine,
  summaryMessage,
  type TabSnapshot,
} from '../../src/core/marks';
import { evaluateFormula } from '../../fakes';
import { finding } from '../findings';

const HEADER = ['Priority', 'Spec', 'Event Name', 'Fires When...', 'Business Goal', 'Property Name', 'Type'];

function snapshot(rows: unknown[][], name = 'Track (Custom)'): TabSnapshot {
  return { name, headerRow: 1, values: [HEADER, ...rows] };
}

describe('markLine', () => {
  it('starts with the severity and column caption, says the problem in words and ends with the rule id', () => {
    expect(markLine(finding({ suggestion: 'Order Completed' }), 'Event Name')).toBe(
      '✖ Event Name: Event names use Title Case. Suggested: "Order Completed" (event-casing)',
    );
  });

  it('uses ⚠ for warnings and ℹ for info, keeps one line, and appends a hint', () => {
    expect(markLine(finding({ severity: 'warning', message: 'Read as\nObject + Action.' }), 'Event Name')).toBe(
      '⚠ Event Name: Read as Object + Action. (event-casing)',
    );
    expect(markLine(finding({ severity: 'info', rule: 'missing-description', message: 'No description', hint: 'Say when it fires' }), 'Fires When...')).toBe(
      'ℹ Fires When...: No description. Say when it fires. (missing-description)',
    );
  });

  it("can be read back for its rule id, in today's form and in the form of earlier versions", () => {
    expect(ruleOfLine(markLine(finding({ rule: 'event-without-goal', severity: 'info' }), 'Event Name'))).toBe('event-without-goal');
    expect(ruleOfLine('ℹ Event Name: [event-without-goal] No goal lists it.')).toBe('event-without-goal');
    expect(ruleOfLine('my own note')).toBeUndefined();
    expect(ruleOfLine('see the spec (v2)')).toBeUndefined();
  });
});

describe('fitCell', () => {
  it('keeps a cell within the limit, saying how many lines it left out', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `✖ Event Name: problem number ${i} (event-casing)`);
    expect(fitCell(lines)).toBe(lines.join('\n'));
    const short = fitCell(lines, 120);
    expect(short.length).toBeLessThanOrEqual(120);
    expect(short.split('\n')).toEqual([lines[0], lines[1], '… and 8 more']);
    const one = fitCell(['x'.repeat(200)], 50);
    expect(one.length).toBeLessThanOrEqual(50);
    expect(one).toMatch(/… and 1 more$/);
  });
});

describe('checksColumnFor', () => {
  it('adopts a Checks column of an earlier version: caption "Checks" and only its mark lines', () => {
    const values = [
      [...HEADER, LEGACY_CHECKS_CAPTION],
      ['', '', 'x', '', '', '', '', '✖ Event Name: [event-casing] bad'],
      ['', '', 'y', '', '', '', '', ''],
    ];
    expect(legacyChecksColumn(values, 1)).toBe(8);
    expect(checksColumnFor({ name: 't', headerRow: 1, values })).toEqual({ column: 8, isNew: false, adopt: true });
    // The column the add-on owns by metadata wins, and is never adopted again.
    expect(checksColumnFor({ name: 't', headerRow: 1, values, ownedColumn: 8 })).toEqual({ column: 8, isNew: false });
  });

  it("never takes a user's own Checks column, empty or holding other text", () => {
    const notes = [
      [...HEADER, 'Checks'],
      ['', '', 'x', '', '', '', '', 'reviewed by Ann'],
    ];
    expect(legacyChecksColumn(notes, 1)).toBeUndefined();
    expect(checksColumnFor({ name: 't', headerRow: 1, values: notes })).toEqual({ column: 9, isNew: true });
    const empty = [
      [...HEADER, 'Checks'],
      ['', '', 'x', '', '', '', '', ''],
    ];
    expect(legacyChecksColumn(empty, 1)).toBeUndefined();
    // Today's caption typed by a user is not a marker either.
    const typed = [
      [...HEADER, CHECKS_CAPTION],
      ['', '', 'x', '', '', '', '', '✖ Event Name: [event-casing] bad'],
    ];
    expect(checksColumnFor({ name: 't', headerRow: 1, values: typed })).toEqual({ column: 9, isNew: true });
  });

  it('puts a new column after the last used column of any row', () => {
    expect(checksColumnFor({ name: 't', headerRow: 1, values: [HEADER, ['a', '', '', '', '', '', '', '', '', 'far right']] })).toEqual({
      column: 11,
      isNew: true,
    });
  });
});

describe('markTexts', () => {
  it('joins the lines of one row, left to right then by severity', () => {
    const snap = snapshot([['', '', 'order_completed', '', '', 'Total', 'int']]);
    const texts = markTexts(
      [
        finding({ rule: 'property-type', column: 7, message: 'Unknown type' }),
        finding({ rule: 'event-object-action', severity: 'warning', column: 3, message: 'Object + Action' }),
        finding({ rule: 'event-casing', column: 3 }),
        finding({ rule: 'property-casing', column: 6, message: 'snake_case' }),
      ],
      snap,
    );
    expect(texts.get(2)!.split('\n')).toEqual([
      '✖ Event Name: Event names use Title Case. (event-casing)',
      '⚠ Event Name: Object + Action. (event-object-action)',
      '✖ Property Name: snake_case. (property-casing)',
      '✖ Type: Unknown type. (property-type)',
    ]);
  });

  it('ignores findings of other tabs and of the header row', () => {
    const texts = markTexts([finding({ tab: 'Goals' }), finding({ row: 1 })], snapshot([['', '', 'a']]));
    expect(texts.size).toBe(0);
  });

  it('keeps the lines of cross-tab rules from the sheet when asked', () => {
    const old = '✖ Event Name: [event-casing] old.\nℹ Event Name: [event-without-goal] No goal lists it.';
    const values = [
      [...HEADER, CHECKS_CAPTION],
      ['', '', 'order_completed', '', '', '', '', old],
    ];
    const fresh = [finding({ message: 'new' }), finding({ rule: 'event-without-goal', severity: 'info', message: 'fresh, ignored' })];
    const texts = markTexts(fresh, { name: 'Track (Custom)', headerRow: 1, values, ownedColumn: 8 }, { keepRules: CROSS_TAB_RULES });
    expect(texts.get(2)).toBe('✖ Event Name: new. (event-casing)\nℹ Event Name: [event-without-goal] No goal lists it.');
  });
});

describe('planTabMarks', () => {
  it('adds nothing to a tab without findings or Checks column', () => {
    expect(planTabMarks([], snapshot([['', '', 'Order Completed']]))).toBeUndefined();
  });

  it('writes the caption and the marks of a new column in one run', () => {
    const snap = snapshot([
      ['', '', 'order_completed'],
      ['', '', 'Order Completed'],
      ['', '', 'x y'],
    ]);
    const marks = planTabMarks([finding({ row: 2 }), finding({ row: 4, text: 'x y' })], snap)!;
    expect(marks.isNewColumn).toBe(true);
    expect(marks.checksColumn).toBe(8);
    expect(marks.write).toEqual({
      row: 1,
      values: [
        [CHECKS_CAPTION],
        ['✖ Event Name: Event names use Title Case. (event-casing)'],
        [''],
        ['✖ Event Name: Event names use Title Case. (event-casing)'],
      ],
    });
    expect(marks.rules.map((r) => r.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('writes nothing when the sheet already shows the same marks', () => {
    const line = '✖ Event Name: Event names use Title Case. (event-casing)';
    const values = [
      [...HEADER, CHECKS_CAPTION],
      ['', '', 'order_completed', '', '', '', '', line],
      ['', '', 'Fine', '', '', '', '', ''],
    ];
    const marks = planTabMarks([finding({ row: 2 })], { name: 'Track (Custom)', headerRow: 1, values, ownedColumn: 8 })!;
    expect(marks.isNewColumn).toBe(false);
    expect(marks.write).toBeUndefined();
    expect(marks.changedRows).toEqual([]);
  });

  it('writes only the span of rows that changed, clearing fixed marks', () => {
    const line = '✖ Event Name: Event names use Title Case. (event-casing)';
    const rows: unknown[][] = [];
    for (let i = 0; i < 10; i++) rows.push(['', '', `e${i}`, '', '', '', '', i === 2 ? line : '']);
    const values = [[...HEADER, CHECKS_CAPTION], ...rows];
    const marks = planTabMarks([finding({ row: 6 })], { name: 'Track (Custom)', headerRow: 1, values, ownedColumn: 8 })!;
    expect(marks.changedRows).toEqual([4, 6]);
    expect(marks.write).toEqual({ row: 4, values: [[''], [''], [line]] });
  });

  it('keeps writing to an existing Checks column with no findings left', () => {
    const values = [
      [...HEADER, CHECKS_CAPTION],
      ['', '', 'x', '', '', '', '', '✖ Event Name: old. (event-casing)'],
    ];
    const marks = planTabMarks([], { name: 'Track (Custom)', headerRow: 1, values, ownedColumn: 8 })!;
    expect(marks.write).toEqual({ row: 2, values: [['']] });
  });
});

describe('highlightRules', () => {
  const rules = highlightRules(1, 8);

  it('covers the data rows of every column before the Checks column, one rule per severity', () => {
    expect(rules.map((r) => [r.severity, r.background, r.a1])).toEqual([
      ['error', '#f4c7c3', 'A2:G'],
      ['warning', '#fce8b2', 'A2:G'],
      ['info', '#c9daf8', 'A2:G'],
    ]);
    expect(rules.every((r) => isOwnHighlightFormula(r.formula))).toBe(true);
    expect(isOwnHighlightFormula('=$C2="x"')).toBe(false);
  });

  it("matches a cell exactly when its row's Checks cell names its column at that severity", () => {
    const sheet: unknown[][] = [
      [...HEADER, 'Checks'],
      ['', '', 'order_completed', '', '', 'Total', 'int', '✖ Event Name: x. (event-casing)\n⚠ Type: [property-type] y.'],
    ];
    const at = (formula: string, row: number, col: number) =>
      evaluateFormula(formula, { row, col, anchorRow: 2, anchorCol: 1, lookup: (r, c) => (sheet[r - 1]?.[c - 1] ?? '') as string });
    const [error, warning] = rules;
    expect(at(error.formula, 2, 3)).toBe(true);
    expect(at(error.formula, 2, 6)).toBe(false);
    expect(at(error.formula, 2, 7)).toBe(false);
    expect(at(warning.formula, 2, 7)).toBe(true);
    expect(at(warning.formula, 2, 3)).toBe(false);
    // "Name" alone (Segment's old caption) is not found inside "Event Name".
    sheet[0][5] = 'Name';
    expect(at(error.formula, 2, 6)).toBe(false);
    // A caption typed with stray spaces still matches the mark, which names it trimmed.
    sheet[0][2] = ' Event  Name ';
    expect(at(error.formula, 2, 3)).toBe(true);
    // A caption typed with a line break reads as one line, as the mark names it.
    sheet[0][2] = 'Event\nName';
    expect(at(error.formula, 2, 3)).toBe(true);
    expect(captionOf(sheet, 1, 3)).toBe('Event Name');
    expect(markLine(finding({}), 'x')).toMatch(/^✖ x: /);
    expect(markTexts([finding({})], { name: 'Track (Custom)', headerRow: 1, values: [sheet[0], ['']] }).get(2)).toMatch(/^✖ Event Name: /);
  });

  it('follows a header that sits lower down', () => {
    const [error] = highlightRules(10, 13);
    expect(error.a1).toBe('A11:L');
    expect(error.formula).toBe('=ISNUMBER(SEARCH("✖ "&TRIM(SUBSTITUTE(A$10,CHAR(10)," "))&":",$M11))');
  });

  it("recognises the formulas of earlier versions as the add-on's, so Clear removes them", () => {
    expect(isOwnHighlightFormula('=ISNUMBER(SEARCH("✖ "&TRIM(A$10)&":",$M11))')).toBe(true);
  });
});

describe('planChecksClear', () => {
  it("deletes the column when every cell is the add-on's", () => {
    const values = [
      [...HEADER, CHECKS_CAPTION],
      ['', '', 'x', '', '', '', '', '✖ Event Name: bad (event-casing)'],
      ['', '', 'y'],
    ];
    expect(planChecksClear(values, 8)).toEqual({ deleteColumn: true, runs: [{ first: 1, last: 2 }], headerRow: 1 });
  });

  it('keeps what a user typed above the header or in a row, and clears only the caption and the marks', () => {
    const values = [
      ['', '', '', '', '', '', '', 'Q3 review'],
      [...HEADER, CHECKS_CAPTION],
      ['', '', 'x', '', '', '', '', '✖ Event Name: bad (event-casing)'],
      ['', '', 'y', '', '', '', '', 'asked Ann'],
      ['', '', 'z', '', '', '', '', 'ℹ Event Name: [event-without-goal] old form'],
    ];
    expect(planChecksClear(values, 8)).toEqual({
      deleteColumn: false,
      runs: [
        { first: 2, last: 3 },
        { first: 5, last: 5 },
      ],
      headerRow: 2,
    });
  });
});

describe('edits', () => {
  it('reads the box of an edit', () => {
    expect(editBoxFromA1('C5')).toEqual({ row: 5, column: 3, lastRow: 5, lastColumn: 3 });
    expect(editBoxFromA1('B2:D9')).toEqual({ row: 2, column: 2, lastRow: 9, lastColumn: 4 });
    expect(editBoxFromA1('C:C')).toEqual({ row: 1, column: 3, lastRow: Infinity, lastColumn: 3 });
    expect(editBoxFromA1('nonsense!')).toBeUndefined();
  });

  it('ignores edits only in the Checks column', () => {
    expect(editIsOnlyInChecksColumn(editBoxFromA1('M4')!, 13)).toBe(true);
    expect(editIsOnlyInChecksColumn(editBoxFromA1('L4:M4')!, 13)).toBe(false);
    expect(editIsOnlyInChecksColumn(editBoxFromA1('M4')!, undefined)).toBe(false);
  });

  it('reads Goals too for event names, business goals, pastes and Goals edits', () => {
    const cols = { event: 3, businessGoal: 5 };
    expect(editNeedsOtherTab('track', editBoxFromA1('C5')!, 1, cols)).toBe(true);
    expect(editNeedsOtherTab('track', editBoxFromA1('E5')!, 1, cols)).toBe(true);
    expect(editNeedsOtherTab('track', editBoxFromA1('F5')!, 1, cols)).toBe(false);
    expect(editNeedsOtherTab('track', editBoxFromA1('F5:F9')!, 1, cols)).toBe(true);
    expect(editNeedsOtherTab('goals', editBoxFromA1('A2')!, 1, {})).toBe(true);
    expect(editNeedsOtherTab('identify', editBoxFromA1('A2:A9')!, 1, {})).toBe(false);
  });
});

describe('summaryMessage', () => {
  it('sums up by severity', () => {
    expect(summaryMessage({ errors: 2, warnings: 1, infos: 1 })).toBe('2 errors, 1 warning, 1 info');
    expect(summaryMessage({ errors: 3, warnings: 5, infos: 0 })).toBe('3 errors, 5 warnings');
    expect(summaryMessage({ errors: 0, warnings: 0, infos: 0 })).toBe('No problems found');
  });
});
