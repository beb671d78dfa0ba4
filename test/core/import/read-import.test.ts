import { isUserError } from '../../../src/core/errors';
import { readImportFiles } from '../../../src/core/import';
import { fixture } from './fixtures';
import { parseYaml } from './helpers';

function refusal(files: { name: string; content: string }[], options = {}): string {
  try {
    readImportFiles(files, options);
  } catch (error) {
    expect(isUserError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected the import to be refused');
}

describe('readImportFiles', () => {
  it('detects each format from the content, whatever the file is called', () => {
    const names = ['protocols-rules.json', 'typewriter-plan.json', 'segment.csv', 'avo.csv', 'amplitude-events.csv', 'rudderstack-v1.yaml'];
    const formats = readImportFiles(
      names.map((n) => ({ name: 'download', content: fixture(n).content })),
      { parseYaml },
    ).map((p) => p.format);
    expect(formats).toEqual(['protocols', 'typewriter', 'segment-csv', 'avo-csv', 'amplitude-csv', 'rudderstack-yaml']);
  });

  it('refuses a file in no known format with a message naming the formats', () => {
    expect(refusal([{ name: 'notes.csv', content: 'Name,Age\nAda,36\n' }])).toMatch(
      /notes\.csv is not a tracking plan this can import \(its columns: name, age\)\. Import Segment Protocols rules JSON/,
    );
    expect(refusal([{ name: 'x.json', content: '{"hello": 1}' }])).toMatch(/x\.json is JSON but holds no tracking-plan rules/);
    expect(refusal([{ name: 'x.json', content: '{"rules": [' }])).toMatch(/x\.json is not valid JSON/);
    expect(refusal([{ name: 'empty.csv', content: '  \n' }])).toBe('empty.csv is empty.');
    expect(refusal([{ name: 'plan.xlsx', content: 'PK\u0003\u0004binary' }])).toMatch(/plan\.xlsx is not a text file/);
  });

  it('refuses a CSV whose quote never closes, naming the line, rather than reading the rest as one cell', () => {
    const content = 'Event Type,Event Name,Property Name\nTrack,Order Completed,\nTrack,"Order Refunded,\nTrack,Cart Viewed,\n';
    expect(refusal([{ name: 'segment.csv', content }])).toMatch(/^Could not read segment\.csv, line 3: a quoted field opens here and never closes/);
  });

  it('refuses YAML without a parser (the sidebar) with the command to run instead', () => {
    expect(refusal([fixture('rudderstack-v1.yaml')])).toMatch(/RudderStack YAML, which the sidebar does not read: run "npx tracking-plan import/);
  });

  it('reports broken YAML as a message', () => {
    expect(refusal([{ name: 'bad.yaml', content: 'version: rudder/v1\nkind: tp\nspec: [unclosed\n' }], { parseYaml })).toMatch(/bad\.yaml is not valid YAML/);
  });
});
