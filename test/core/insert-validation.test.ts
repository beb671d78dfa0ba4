import { fitValidation, type ValidationInfo } from '../../src/core/insert-validation';
import { lastFilledRow } from '../../src/core/insertion';

const caption = (c: number) => ['Priority', 'Spec', 'Event Name'][c - 1] ?? `Column ${c}`;
const list = (values: string[], strict = true): ValidationInfo => ({ strict, kind: 'list', values });

describe('fitValidation', () => {
  it('writes a dropdown its own spelling of a value', () => {
    const fit = fitValidation([['', 'Video', 'Video Playback Started']], [[null, list(['video', 'custom']), null]], 4, 1, caption);
    expect(fit).toEqual({ ok: true, rows: [['', 'video', 'Video Playback Started']] });
  });

  it('ignores warnings-only rules and empty cells', () => {
    const rows = [['', 'Video', '']];
    expect(fitValidation(rows, [[list(['P1']), list(['x'], false), { strict: true, kind: 'other', criteria: 'CUSTOM_FORMULA' }]], 4, 1, caption)).toEqual({
      ok: true,
      rows,
    });
  });

  it('names the column, the value and the cell a strict rule would refuse', () => {
    const fit = fitValidation([['', 'Video']], [[null, { strict: true, kind: 'other', criteria: 'TEXT_IS_VALID_EMAIL' }]], 7, 1, caption);
    expect(fit).toEqual({
      ok: false,
      message:
        'Nothing was inserted: the "Spec" column rejects input that breaks its data validation (text is valid email), which Insert cannot evaluate, and Insert would write "Video" in B7. Add the value to the rule, or set the rule to "Show a warning" (Data > Data validation), then insert again.',
    });
  });
});

describe('lastFilledRow', () => {
  it('does not count unticked checkboxes (FALSE) as content, but does count a ticked one', () => {
    expect(lastFilledRow([['Event Name'], ['Order Completed', false], ['', false], ['', false]])).toBe(2);
    expect(lastFilledRow([['Event Name'], ['Order Completed', false], ['', true]])).toBe(3);
  });
});
