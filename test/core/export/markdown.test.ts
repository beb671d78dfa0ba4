import { exportPlan } from '../../../src/core/export';
import { markdownText, toMarkdown } from '../../../src/core/export/markdown';
import { parsePlan } from '../../../src/core/parse';
import { type Plan } from '../../../src/core/plan';
import { allSpecsPlan, handMadePlan, tab } from '../../fixtures/plans';

/** Cells of a Markdown table row, split at the pipes that are not escaped. */
function cells(line: string): string[] {
  return line.slice(2, -2).split(/(?<!\\)\|/);
}

/** Every table: each row has as many cells as its header, and the second line is the delimiter row. */
function checkTables(markdown: string): number {
  const lines = markdown.split('\n');
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('| ') || (i > 0 && lines[i - 1].startsWith('| '))) continue;
    tables++;
    const width = cells(lines[i]).length;
    expect(lines[i + 1]).toMatch(/^\| ---( \| ---)* \|$/);
    for (let j = i + 1; j < lines.length && lines[j].startsWith('| '); j++) expect(cells(lines[j])).toHaveLength(width);
  }
  return tables;
}

const plans: [string, Plan][] = [
  ['all four specs', allSpecsPlan()],
  ['the hand-made plan', handMadePlan()],
];

describe('data dictionary in Markdown', () => {
  it.each(plans)('%s: one section per event with a well-formed properties table', (_, plan) => {
    const markdown = toMarkdown(plan, 'Acme');
    expect(markdown.split('\n').filter((l) => l.startsWith('### '))).toHaveLength(plan.events.length);
    const withProperties = plan.events.filter((e) => e.properties.length).length;
    expect(checkTables(markdown)).toBeGreaterThanOrEqual(withProperties);
    for (const event of plan.events) if (event.firesWhen) expect(markdown).toContain(`**Fires when:** ${markdownText(event.firesWhen.text)}`);
  });

  it('shows hostile text as written: no HTML, no broken table, no stray formatting', () => {
    const plan = parsePlan([
      tab('track', [
        { 'Event Name': '<img src=x onerror=alert(1)>', 'Fires When...': 'a | b\nc' },
        { 'Property Name': 'pipe|name', Type: 'String', 'Property Description': '**bold** [link](javascript:x)' },
      ]),
    ]);
    const markdown = toMarkdown(plan, 'Evil *plan*');
    expect(markdown).not.toMatch(/<img/);
    expect(markdown).toContain('### &lt;img src=x onerror=alert(1)>');
    expect(markdown).toContain('**Fires when:** a \\| b<br>c');
    expect(markdown).toContain('| pipe\\|name | String | no |   | \\*\\*bold\\*\\* \\[link\\](javascript:x) |');
    expect(markdown.startsWith('# Evil \\*plan\\*\n')).toBe(true);
    expect(checkTables(markdown)).toBe(1);
  });

  it('lists goals, traits and pages of the hand-made plan', () => {
    const markdown = exportPlan(handMadePlan(), 'markdown', { name: 'Acme' }).files[0].content;
    for (const heading of ['## Business goals', '## Events', '## Identify traits', '## Group traits', '## Pages and screens'])
      expect(markdown).toContain(heading);
    expect(markdown).toContain('| \\_\\_proto\\_\\_ | String | no |');
  });
});
