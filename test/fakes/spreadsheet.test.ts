/** Faithfulness of the Spreadsheet / Sheet / Range fakes. */
import { createFakeServices, type FakeServices } from '../../fakes/index';

function setup(
  values: unknown[][] = [
    ['Event Name', 'Property Name'],
    ['Signed Up', ''],
    ['', 'plan'],
  ],
): { s: FakeServices; sheet: any; app: any } {
  const s = createFakeServices();
  const sheet = s.spreadsheet.testAddSheet('Track', values);
  return { s, sheet, app: s.globals.SpreadsheetApp };
}

describe('ranges', () => {
  it('are 1-based with the real messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(undefined as any, 1)).toThrow(/don't match the method signature/);
    expect(() => sheet.getRange(1, undefined, 2)).toThrow(/don't match the method signature/);
    expect(() => sheet.getRange(1)).toThrow(/don't match the method signature/);
  });

  it('accept A1 notation', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:C4');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 3, 2]);
    expect(r.getA1Notation()).toBe('B2:C4');
    expect(sheet.getRange('A1').getA1Notation()).toBe('A1');
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
    expect(sheet.getRange("'Track'!B1").getValue()).toBe('Property Name');
    expect(() => sheet.getRange('nonsense!!')).toThrow('Range not found');
    expect(sheet.getRange(2, 2, 3, 2).offset(1, -1).getA1Notation()).toBe('A3:B5');
    expect(sheet.getRange(2, 2, 3, 2).getLastRow()).toBe(4);
  });

  it('setValues checks dimensions with the exact messages', () => {
    const { sheet } = setup();
    expect(() =>
      sheet.getRange(1, 1, 1, 2).setValues([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 1.');
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b'], ['c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 1).setNotes([['a', 'b']])).toThrow(/The number of columns in the data/);
    expect(() => sheet.getRange(1, 1, 2, 1).setBackgrounds([['red']])).toThrow(/The number of rows in the data/);
    expect(() => sheet.getRange(1, 1, 1, 1).setDataValidations([[null], [null]])).toThrow(/The number of rows in the data/);
    expect(() => sheet.getRange(1, 1, 1, 2).setFontWeights([['bold']])).toThrow(/The number of columns in the data/);
  });

  it('reads empty cells as "" and parses written text like typed input', () => {
    const { sheet } = setup([]);
    const d = new Date(2024, 0, 31);
    sheet.getRange(1, 1, 1, 6).setValues([['text', 42, true, d, '007', 'false']]);
    sheet.getRange(2, 1, 1, 2).setValues([["'007", null]]);
    const v = sheet.getRange(1, 1, 2, 7).getValues();
    expect(v[0].slice(0, 3)).toEqual(['text', 42, true]);
    expect(v[0][3]).toEqual(d);
    expect(v[0][3]).not.toBe(d);
    expect(v[0][4]).toBe(7);
    expect(v[0][5]).toBe(false);
    expect(v[0][6]).toBe('');
    expect(v[1].slice(0, 2)).toEqual(['007', '']);
    expect(sheet.getRange(1, 1, 1, 4).getDisplayValues()).toEqual([['text', '42', 'TRUE', '1/31/2024']]);
  });

  it('keeps text as written in plain-text cells and stores formulas', () => {
    const { sheet } = setup([]);
    sheet.getRange('A1').setNumberFormat('@').setValue('007');
    expect(sheet.getRange('A1').getValue()).toBe('007');
    sheet.getRange('B1').setValue('=A1&"x"');
    expect(sheet.getRange('B1').getFormula()).toBe('=A1&"x"');
  });

  it('setValue fills every cell; getValue reads the top-left', () => {
    const { sheet } = setup([]);
    sheet.getRange(1, 1, 2, 2).setValue('x');
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    expect(sheet.getRange(1, 1, 2, 2).getValue()).toBe('x');
  });

  it('getLastRow/getLastColumn/getDataRange/getSheetValues(-1)', () => {
    const { sheet, s } = setup();
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
    expect(sheet.getSheetValues(2, 1, -1, -1)).toEqual([
      ['Signed Up', ''],
      ['', 'plan'],
    ]);
    s.spreadsheet.setActiveSheet(sheet);
    expect(s.spreadsheet.getSheetValues(1, 2, -1, 1)).toEqual([['Property Name'], [''], ['plan']]);
    const empty = s.spreadsheet.testAddSheet('Empty');
    expect(empty.getLastRow()).toBe(0);
    expect(empty.getSheetValues(1, 1, -1, -1)).toEqual([]);
    expect(empty.getDataRange().getA1Notation()).toBe('A1');
  });

  it('notes, backgrounds and font weights are per cell with defaults', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 1, 2);
    expect(r.getNotes()).toEqual([['', '']]);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(r.getFontWeights()).toEqual([['normal', 'normal']]);
    r.setNotes([['n1', '']])
      .setBackgrounds([['#FF0000', 'yellow']])
      .setFontWeights([['bold', 'normal']]);
    expect(r.getNotes()).toEqual([['n1', '']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffff00']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    sheet.getRange('A1').setNote(null).setBackground(null);
    expect(sheet.getRange('A1').getNote()).toBe('');
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });
});

describe('rows and columns', () => {
  it('a new sheet has 1000 rows and 26 columns; insertSheet refuses duplicates', () => {
    const s = createFakeServices();
    const sheet = s.spreadsheet.insertSheet('Goals');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(s.spreadsheet.getActiveSheet().getName()).toBe('Goals');
    expect(() => s.spreadsheet.insertSheet('Goals')).toThrow('A sheet with the name "Goals" already exists. Please enter another name.');
    s.spreadsheet.insertSheet('First', 0);
    expect(s.spreadsheet.getSheets().map((x) => x.getName())).toEqual(['First', 'Sheet1', 'Goals']);
  });

  it('insertRowsAfter moves values, notes, formats and validations down', () => {
    const { s, sheet, app } = setup([['h'], ['a'], ['b']]);
    sheet.getRange('A3').setNote('note b').setBackground('red').setFontWeight('bold');
    sheet.getRange('A3').setDataValidation(app.newDataValidation().requireValueInList(['b', 'c']).build());
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    const d = s.spreadsheet.testDump('Track');
    expect(d.values).toEqual([['h'], ['a'], [''], [''], ['b']]);
    expect(d.notes).toEqual({ A5: 'note b' });
    expect(d.backgrounds).toEqual({ A5: '#ff0000' });
    expect(d.fontWeights).toEqual({ A5: 'bold' });
    expect(Object.keys(d.dataValidations)).toEqual(['A5']);
  });

  it('inserted rows inherit the formats of the row above, not its values or notes', () => {
    const { s, sheet } = setup([['h'], ['a']]);
    sheet.getRange('A1').setFontWeight('bold').setNote('n');
    sheet.insertRowAfter(1);
    const d = s.spreadsheet.testDump('Track');
    expect(d.fontWeights).toEqual({ A1: 'bold', A2: 'bold' });
    expect(d.notes).toEqual({ A1: 'n' });
    expect(d.values).toEqual([['h'], [''], ['a']]);
  });

  it('insertRows / insertRowsBefore / deleteRows', () => {
    const { s, sheet } = setup([['1'], ['2'], ['3']]);
    sheet.insertRows(2, 1);
    expect(s.spreadsheet.testDump('Track').values).toEqual([['1'], [''], ['2'], ['3']]);
    sheet.deleteRows(2, 2);
    expect(s.spreadsheet.testDump('Track').values).toEqual([['1'], ['3']]);
    expect(sheet.getMaxRows()).toBe(999);
    expect(() => sheet.deleteRows(998, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 999)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  it('appendRow writes after the last row with content and grows the sheet', () => {
    const { s, sheet } = setup([['h']]);
    sheet.appendRow(['x', 1]);
    expect(s.spreadsheet.testDump('Track').values).toEqual([
      ['h', ''],
      ['x', 1],
    ]);
    const full = s.spreadsheet.testAddSheet('Full', [['a'], ['b']], { maxRows: 2 });
    full.appendRow(['c']);
    expect(full.getMaxRows()).toBe(3);
    expect(full.getRange(3, 1).getValue()).toBe('c');
  });

  it('columns: insert/delete shift cells and widths; widths default to 100', () => {
    const { s, sheet } = setup([['a', 'b', 'c']]);
    expect(sheet.getColumnWidth(2)).toBe(100);
    sheet.setColumnWidth(2, 250);
    sheet.insertColumnAfter(1);
    expect(sheet.getColumnWidth(3)).toBe(250);
    expect(s.spreadsheet.testDump('Track').values).toEqual([['a', '', 'b', 'c']]);
    sheet.deleteColumn(1);
    expect(s.spreadsheet.testDump('Track').values).toEqual([['', 'b', 'c']]);
    expect(s.spreadsheet.testDump('Track').columnWidths).toEqual({ 2: 250 });
    expect(sheet.getMaxColumns()).toBe(26);
  });

  it('frozen rows', () => {
    const { sheet } = setup();
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('hideRows/showRows/isRowHiddenByUser', () => {
    const { sheet } = setup();
    sheet.hideRows(2, 2);
    expect([sheet.isRowHiddenByUser(1), sheet.isRowHiddenByUser(2), sheet.isRowHiddenByUser(3)]).toEqual([false, true, true]);
    sheet.showRows(2);
    expect(sheet.isRowHiddenByUser(2)).toBe(false);
    expect(sheet.isRowHiddenByUser(3)).toBe(true);
  });
});

describe('row groups', () => {
  function grouped() {
    const ctx = setup([
      ['Event Name', 'Property Name'],
      ['A', ''],
      ['', 'p1'],
      ['', 'p2'],
      ['B', ''],
      ['', 'q1'],
    ]);
    const { sheet, app } = ctx;
    sheet.setRowGroupControlPosition(app.GroupControlTogglePosition.BEFORE);
    sheet.getRange('3:4').shiftRowGroupDepth(1);
    sheet.getRange(6, 1).shiftRowGroupDepth(1);
    return ctx;
  }

  it('shiftRowGroupDepth creates groups; control BEFORE sits on the event row', () => {
    const { sheet, s } = grouped();
    expect([1, 2, 3, 4, 5, 6].map((r) => sheet.getRowGroupDepth(r))).toEqual([0, 0, 1, 1, 0, 1]);
    const g = sheet.getRowGroup(2, 1);
    expect(g).not.toBeNull();
    expect(g.getRange().getRow()).toBe(3);
    expect(g.getRange().getNumRows()).toBe(2);
    expect(g.getControlIndex()).toBe(2);
    expect(g.getDepth()).toBe(1);
    expect(sheet.getRowGroup(4, 1).getControlIndex()).toBe(2);
    expect(sheet.getRowGroup(1, 1)).toBeNull();
    expect(sheet.getRowGroup(3, 2)).toBeNull();
    expect(s.spreadsheet.testDump('Track').rowGroups).toEqual([
      { start: 3, end: 4, depth: 1, collapsed: false },
      { start: 6, end: 6, depth: 1, collapsed: false },
    ]);
  });

  it('default control position is AFTER', () => {
    const { sheet } = setup();
    expect(sheet.getRowGroupControlPosition()).toBe('AFTER');
    sheet.getRange('2:3').shiftRowGroupDepth(1);
    expect(sheet.getRowGroup(4, 1).getControlIndex()).toBe(4);
    expect(sheet.getRowGroup(1, 1)).toBeNull();
  });

  it('depth stays within 0..8', () => {
    const { sheet } = setup();
    sheet.getRange('A2').shiftRowGroupDepth(-1);
    expect(sheet.getRowGroupDepth(2)).toBe(0);
    for (let i = 0; i < 10; i++) sheet.getRange('A2').shiftRowGroupDepth(1);
    expect(sheet.getRowGroupDepth(2)).toBe(8);
  });

  it('collapse hides the group rows; expand shows them; user-hidden rows stay hidden', () => {
    const { sheet, s } = grouped();
    sheet.hideRows(4);
    const g = sheet.getRowGroup(2, 1);
    g.collapse();
    expect(g.isCollapsed()).toBe(true);
    expect(s.spreadsheet.testDump('Track').collapsedRows).toEqual([3, 4]);
    expect(sheet.testIsRowVisible(3)).toBe(false);
    expect(sheet.testIsRowVisible(6)).toBe(true);
    sheet.getRowGroup(2, 1).expand();
    expect(sheet.getRowGroup(3, 1).isCollapsed()).toBe(false);
    expect(sheet.testIsRowVisible(3)).toBe(true);
    expect(sheet.testIsRowVisible(4)).toBe(false);
    expect(s.spreadsheet.testDump('Track').hiddenRows).toEqual([4]);
  });

  it('collapseAllRowGroups / expandAllRowGroups act on every group', () => {
    const { sheet, s } = grouped();
    sheet.collapseAllRowGroups();
    expect(s.spreadsheet.testDump('Track').collapsedRows).toEqual([3, 4, 6]);
    sheet.expandAllRowGroups();
    expect(s.spreadsheet.testDump('Track').collapsedRows).toEqual([]);
  });

  it('rows inserted after a row inside a group join the group', () => {
    const { sheet } = grouped();
    sheet.insertRowsAfter(4, 2);
    expect([2, 3, 4, 5, 6, 7].map((r) => sheet.getRowGroupDepth(r))).toEqual([0, 1, 1, 1, 1, 0]);
    const g = sheet.getRowGroup(2, 1);
    expect([g.getRange().getRow(), g.getRange().getNumRows()]).toEqual([3, 4]);
    expect(sheet.getRange(7, 1).getValue()).toBe('B');
    expect(sheet.getRowGroupDepth(8)).toBe(1);
  });

  it('rows inserted after an event row (depth 0) stay outside the group', () => {
    const { sheet } = grouped();
    sheet.insertRowsAfter(2, 1);
    expect([2, 3, 4, 5].map((r) => sheet.getRowGroupDepth(r))).toEqual([0, 0, 1, 1]);
    // the toggle (BEFORE) is now on the inserted row
    expect(sheet.getRowGroup(3, 1).getControlIndex()).toBe(3);
  });

  it('a row inserted into a collapsed group is hidden with it', () => {
    const { sheet } = grouped();
    sheet.getRowGroup(2, 1).collapse();
    sheet.insertRowAfter(3);
    expect(sheet.testIsRowVisible(4)).toBe(false);
    expect(sheet.getRowGroup(2, 1).getRange().getNumRows()).toBe(3);
  });

  it('appendRow under a group joins it', () => {
    const { sheet } = grouped();
    sheet.appendRow(['', 'q2']);
    expect(sheet.getRowGroupDepth(7)).toBe(1);
    expect(sheet.getRowGroup(5, 1).getRange().getNumRows()).toBe(2);
  });

  it('depths move with deleted rows and RowGroup.remove lowers the depth', () => {
    const { sheet } = grouped();
    sheet.deleteRows(2, 1);
    expect([2, 3, 4, 5].map((r) => sheet.getRowGroupDepth(r))).toEqual([1, 1, 0, 1]);
    sheet.getRowGroup(2, 1).remove();
    expect([2, 3].map((r) => sheet.getRowGroupDepth(r))).toEqual([0, 0]);
  });

  it('adjacent grouped runs merge into one group, like Sheets', () => {
    const { sheet } = setup();
    sheet.getRange('2:3').shiftRowGroupDepth(1);
    sheet.getRange('4:5').shiftRowGroupDepth(1);
    expect(sheet.getRowGroup(2, 1).getRange().getNumRows()).toBe(4);
  });
});

describe('data validation', () => {
  it('builder and getters', () => {
    const { sheet, app } = setup();
    const rule = app.newDataValidation().requireValueInList(['String', 'Number'], true).setAllowInvalid(true).setHelpText('pick').build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['String', 'Number'], true]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBe('pick');
    sheet.getRange(2, 2, 2, 1).setDataValidation(rule);
    const got = sheet.getRange(1, 2, 3, 1).getDataValidations();
    expect(got[0][0]).toBeNull();
    expect(got[1][0].getCriteriaValues()).toEqual([['String', 'Number'], true]);
    sheet.getRange(2, 2, 2, 1).clearDataValidations();
    expect(sheet.getRange(2, 2).getDataValidation()).toBeNull();
    const cb = app.newDataValidation().requireCheckbox().build();
    expect(cb.getCriteriaType()).toBe('CHECKBOX');
    expect(cb.getCriteriaValues()).toEqual([]);
  });

  it('rejecting rules refuse invalid values written by script', () => {
    const { sheet, app } = setup();
    sheet.getRange('C2').setDataValidation(app.newDataValidation().requireValueInList(['P1', 'P2']).setAllowInvalid(false).build());
    expect(() => sheet.getRange('C2').setValue('P9')).toThrow('The data you entered in cell C2 violates the data validation rules set on this cell.');
    sheet.getRange('C2').setValue('P1');
    expect(sheet.getRange('C2').getValue()).toBe('P1');
  });

  it('insertCheckboxes sets a checkbox rule and FALSE', () => {
    const { sheet } = setup();
    sheet.getRange('D2:D3').insertCheckboxes();
    expect(sheet.getRange('D2:D3').getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange('D2').getDataValidation().getCriteriaType()).toBe('CHECKBOX');
  });
});

describe('conditional format rules', () => {
  /** The add-on's kind of rule: a background on column A cells that contain a space. */
  const spaceRule = (app: any, background: string) => app.newConditionalFormatRule().whenFormulaSatisfied('=REGEXMATCH($A2, " ")').setBackground(background);

  it('stores built rules; get returns copies; set replaces the list', () => {
    const { sheet, app, s } = setup();
    const rule = spaceRule(app, '#FCE8E6')
      .setFontColor('red')
      .setRanges([sheet.getRange('A2:A1000')])
      .build();
    expect(rule.getRanges()[0].getA1Notation()).toBe('A2:A1000');
    expect(rule.getBooleanCondition().getCriteriaValues()).toEqual(['=REGEXMATCH($A2, " ")']);
    expect(rule.getBooleanCondition().getBackground()).toBe('#fce8e6');
    sheet.setConditionalFormatRules([rule]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0]).not.toBe(rule);
    rules.pop();
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
    sheet.setConditionalFormatRules([]);
    expect(s.spreadsheet.testDump('Track').conditionalFormatRules).toEqual([]);
  });

  it('rule ranges move with inserted rows and the effective format is computed', () => {
    const { sheet, app, s } = setup([['Event Name'], ['Signed Up'], ['signed_up']]);
    const rule = spaceRule(app, '#ff0000')
      .setRanges([sheet.getRange('A2:A10')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(s.spreadsheet.testEffectiveFormat('Track', 'A2').background).toBe('#ff0000');
    expect(s.spreadsheet.testEffectiveFormat('Track', 'A3').background).toBeUndefined();
    sheet.insertRowsAfter(1, 1);
    expect(s.spreadsheet.testDump('Track').conditionalFormatRules[0].ranges).toEqual(['A3:A11']);
    // Sheets rewrites the references of the formula too
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition().getCriteriaValues()).toEqual(['=REGEXMATCH($A3, " ")']);
    expect(s.spreadsheet.testEffectiveFormat('Track', 'A3').background).toBe('#ff0000');
    expect(s.spreadsheet.testEffectiveFormat('Track', 'A4').matchedRules).toEqual([]);
  });
});

describe('spreadsheet', () => {
  it('active sheet, selection, toasts, ids', () => {
    const { s, sheet } = setup();
    expect(s.spreadsheet.getName()).toBe('Untitled spreadsheet');
    expect(typeof s.spreadsheet.getId()).toBe('string');
    s.spreadsheet.testSetSelection('Track', 'B3');
    expect(s.spreadsheet.getActiveSheet().getName()).toBe('Track');
    expect(s.spreadsheet.getActiveRange()!.getA1Notation()).toBe('B3');
    s.spreadsheet.setActiveRange(sheet.getRange('A2:B2'));
    expect(s.spreadsheet.getActiveRange()!.getA1Notation()).toBe('A2:B2');
    sheet.getRange('A1').activate();
    expect(s.spreadsheet.getActiveRange()!.getA1Notation()).toBe('A1');
    s.spreadsheet.toast('Done', 'Tracking Plan', 5);
    expect(s.ui.testToasts()).toEqual([{ message: 'Done', title: 'Tracking Plan', timeoutSeconds: 5 }]);
    expect(s.spreadsheet.getRange("'Track'!A2").getValue()).toBe('Signed Up');
  });

  it('testDump reports the whole sheet as plain JSON', () => {
    const { s, sheet } = setup([['h'], [new Date(Date.UTC(2024, 0, 2))]]);
    sheet.setFrozenRows(1);
    sheet.getRange('A1').merge();
    const d = s.spreadsheet.testDump('Track');
    expect(d.values).toEqual([['h'], ['2024-01-02T00:00:00.000Z']]);
    expect(d.frozenRows).toBe(1);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(Object.keys(s.spreadsheet.testDumpAll())).toEqual(['Sheet1', 'Track']);
  });

  it('merges keep the top-left value', () => {
    const { sheet } = setup([['a', 'b']]);
    sheet.getRange('A1:B1').merge();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', '']]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A1').getMergedRanges()[0].getA1Notation()).toBe('A1:B1');
  });

  it('refuses other spreadsheets (currentonly scope)', () => {
    const { app } = setup();
    expect(() => app.openById('x')).toThrow(/permission/);
  });
});
