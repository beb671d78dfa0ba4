/** The conditional-format formula evaluator used by testEffectiveFormat. */
import { evaluateFormula, shiftFormulaRefs } from '../../fakes/formula';
import { type CellValue } from '../../fakes/a1';

function at(cells: Record<string, CellValue>, row: number, col = 1, anchorRow = 2, anchorCol = 1) {
  const lookup = (r: number, c: number): CellValue => cells[`${String.fromCharCode(64 + c)}${r}`] ?? '';
  return { row, col, anchorRow, anchorCol, lookup };
}

describe('evaluateFormula', () => {
  const cells = { A2: 'Signed Up', A3: 'signed_up', B2: 'string', C2: 'x', C3: 'x' };
  it('REGEXMATCH with relative rows', () => {
    expect(evaluateFormula('=REGEXMATCH($A2, " ")', at(cells, 2))).toBe(true);
    expect(evaluateFormula('=REGEXMATCH($A2, " ")', at(cells, 3))).toBe(false);
    expect(evaluateFormula('=REGEXMATCH($A2, "(?i)^SIGNED")', at(cells, 3))).toBe(true);
  });
  it('ISNUMBER(SEARCH()) is case-insensitive', () => {
    expect(evaluateFormula('=ISNUMBER(SEARCH("UP", $A2))', at(cells, 2))).toBe(true);
    expect(evaluateFormula('=ISNUMBER(SEARCH("zz", $A2))', at(cells, 2))).toBe(false);
  });
  it('= compares text case-insensitively; AND/OR/NOT/LEN', () => {
    expect(evaluateFormula('=$B2="String"', at(cells, 2))).toBe(true);
    expect(evaluateFormula('=AND($A2<>"", NOT($B2="number"), LEN($A2)>3)', at(cells, 2))).toBe(true);
    expect(evaluateFormula('=OR($A2="", $B2="")', at(cells, 3))).toBe(true);
    expect(evaluateFormula('=EXACT($B2,"String")', at(cells, 2))).toBe(false);
  });
  it('COUNTIF over a column range', () => {
    expect(evaluateFormula('=COUNTIF($C:$C, $C2)>1', at(cells, 2))).toBe(true);
    expect(evaluateFormula('=COUNTIF($A$2:$A$3, $A2)', at(cells, 2))).toBe(1);
  });
  it('unsupported functions throw', () => {
    expect(() => evaluateFormula('=VLOOKUP(A1, B:C, 2)', at(cells, 2))).toThrow(/not supported/);
  });
});

describe('shiftFormulaRefs', () => {
  it('moves references at or below the inserted rows, not text in strings', () => {
    expect(shiftFormulaRefs('=REGEXMATCH($A2, "A2")', 2, 1, true)).toBe('=REGEXMATCH($A3, "A2")');
    expect(shiftFormulaRefs('=$A1=$A5', 3, 2, true)).toBe('=$A1=$A7');
    expect(shiftFormulaRefs('=$A5', 2, -2, true)).toBe('=$A3');
    expect(shiftFormulaRefs('=$B2', 2, 1, false)).toBe('=$C2');
  });
});
