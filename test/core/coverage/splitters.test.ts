/** The splitters give the same records however the text is cut into chunks. */
import fc from 'fast-check';
import { csvEnd, csvPush, csvStart, jsonPush, jsonStart } from '../../../src/core/coverage/splitters';

function csvRows(chunks: string[]): string[][] {
  const state = csvStart();
  const rows: string[][] = [];
  for (const chunk of chunks) csvPush(state, chunk, (row) => rows.push(row));
  csvEnd(state, (row) => rows.push(row));
  return rows;
}

function jsonRecords(chunks: string[]): unknown[] {
  // The state goes through JSON between chunks, as it does between Apps Script executions.
  let state = jsonStart();
  const records: unknown[] = [];
  for (const chunk of chunks) {
    jsonPush(state, chunk, (text) => records.push(JSON.parse(text)));
    state = JSON.parse(JSON.stringify(state));
  }
  return records;
}

/** Cuts a text at the given fractions of its length. */
function cut(text: string, at: number[]): string[] {
  const points = Array.from(new Set(at.map((f) => Math.floor(f * text.length)))).sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
}

describe('CSV rows', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    expect(csvRows(['a,"b, ""c""\nd",e\r\n1,2,3\n'])).toEqual([
      ['a', 'b, "c"\nd', 'e'],
      ['1', '2', '3'],
    ]);
    expect(csvRows(['x,y'])).toEqual([['x', 'y']]);
  });

  it('gives the same rows wherever the chunks are cut', () => {
    const field = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"', '""', ',', '\r\n', '\n', 'a"b'));
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), fc.boolean(), (rows, at, crlf) => {
        const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join(crlf ? '\r\n' : '\n') + '\n';
        expect(csvRows(cut(text, at))).toEqual(rows);
      }),
      { seed: 13, numRuns: 300 },
    );
  });
});

describe('JSON records', () => {
  it('reads JSON lines, an indented array and objects back to back', () => {
    expect(jsonRecords(['{"a":1}\n{"a":2}\n'])).toEqual([{ a: 1 }, { a: 2 }]);
    expect(jsonRecords(['[\n  {"a": [1, {"b": "}"}]},\n  {"a": "\\"{"}\n]\n'])).toEqual([{ a: [1, { b: '}' }] }, { a: '"{' }]);
    expect(jsonRecords(['{"a":1}{"a":2}'])).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('gives the same records wherever the chunks are cut', () => {
    const record = fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 5 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        fc.boolean(),
        (records, at, asArray) => {
          const text = asArray ? JSON.stringify(records, null, 2) : records.map((r) => JSON.stringify(r)).join('\n');
          expect(jsonRecords(cut(text, at))).toEqual(JSON.parse(JSON.stringify(records)));
        },
      ),
      { seed: 13, numRuns: 300 },
    );
  });
});
