/**
 * literalText is the add-on's one way to write text that must stay text
 * (fixes and spec insertion). Proven against the fake, which converts
 * written strings as Sheets does (fakes/typed-input.ts): raw, the
 * strings below change; through literalText, every one reads back as written.
 */
import fc from 'fast-check';
import { literalText, sheetsMayConvert } from '../../src/core/literal-text';
import { parseInput } from '../../fakes/a1';
import { createFakeServices } from '../../fakes';
import { propertyRuns } from '../property-runs';

const CONVERTED = ['3/4/2024', '50%', '$5', '1,000', '12:30', 'TRUE', '1e5', '42', '-1', '2024-01-31', 'March 4', '1/2', '1:30 PM', '=SUM(A1)', "'quoted"];
const KEPT = ['Order Completed', 'pre-roll, mid-roll', 'order_id', 'Video Playback Started', 'String', 'Array[Object]'];

describe('literalText', () => {
  it.each(CONVERTED)('protects %j, which Sheets would store as something else', (text) => {
    expect(parseInput(text, false)).not.toEqual({ v: text }); // the fake converts it raw: the test can fail
    expect(literalText(text)).toBe(`'${text}`);
    expect(parseInput(literalText(text), false)).toEqual({ v: text });
  });

  it.each(KEPT)('leaves %j as it is', (text) => {
    expect(sheetsMayConvert(text)).toBe(false);
    expect(literalText(text)).toBe(text);
  });

  it('writes every string back as itself through setValues on the fake', () => {
    const s = createFakeServices();
    const sheet = s.spreadsheet.getActiveSheet();
    const all = [...CONVERTED, ...KEPT];
    sheet.getRange(1, 1, all.length, 1).setValues(all.map((t) => [literalText(t)]));
    expect(
      sheet
        .getRange(1, 1, all.length, 1)
        .getValues()
        .map((r) => r[0]),
    ).toEqual(all);
  });

  it('is wider than the fake’s conversion: any string reads back as written', () => {
    const piece = fc.constantFrom('1', '12', ',', '.', '/', '-', ':', ' ', '$', '%', 'e', 'PM', 'March', 'Mar', 'true', '=', "'", '+', 'a', '2024', '(');
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.array(piece, { maxLength: 6 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const written = parseInput(literalText(t), false);
        expect([t, written.f, written.v]).toEqual([t, undefined, t]);
      }),
      propertyRuns(2000),
    );
  });
});
