/**
 * The plan as a data dictionary in Markdown, for a wiki or a repository:
 * the business goals, then one section per event (when it fires, its goal,
 * a table of its properties), the Identify and Group traits, and the pages
 * and screens. Text from the sheet is escaped so that it shows as written:
 * no cell can break a table, start a heading or inject HTML.
 */
import { type Plan, type Trait, type TrackProperty } from '../plan';

/**
 * Inline text: emphasis, code, link and table characters escaped, `&` and
 * `<` as entities (no HTML runs), line breaks as <br>. Every such text sits
 * after a prefix (`| `, `### `, `**Goal:** `), so no cell starts a block.
 */
export function markdownText(text: string | undefined): string {
  if (!text) return '';
  return text
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]|~]/g, (c) => '\\' + c)
    .replace(/</g, '&lt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map((c) => c || ' ').join(' | ')} |`)];
}

const FIELD_HEADER = ['Name', 'Type', 'Required', 'Allowed values', 'Description'];

function fieldRow(field: TrackProperty | Trait): string[] {
  return [
    markdownText(field.name.text),
    markdownText(field.type?.text),
    field.required ? 'yes' : 'no',
    markdownText(field.allowedValues?.text),
    markdownText(field.description?.text),
  ];
}

/** A heading's anchor-free text: one line, escaped. */
function heading(text: string): string {
  return markdownText(text.replace(/\s+/g, ' '));
}

export function toMarkdown(plan: Plan, name: string): string {
  const lines: string[] = [`# ${heading(name)}`, '', 'Data dictionary exported from the tracking plan sheet.', ''];
  if (plan.goals.length) {
    lines.push(
      '## Business goals',
      '',
      ...table(
        ['Goal', 'Events'],
        plan.goals.map((g) => [markdownText(g.goal?.text), markdownText(g.eventNames.join(', '))]),
      ),
      '',
    );
  }
  lines.push('## Events', '');
  for (const event of plan.events) {
    lines.push(`### ${heading(event.name.text)}`, '');
    if (event.firesWhen) lines.push(`**Fires when:** ${markdownText(event.firesWhen.text)}`, '');
    if (event.businessGoal) lines.push(`**Goal:** ${markdownText(event.businessGoal.text)}`, '');
    const facts = [
      event.spec && `Spec: ${markdownText(event.spec.text)}`,
      event.priority && `Priority: ${markdownText(event.priority.text)}`,
      event.status && `Status: ${markdownText(event.status.text)}`,
    ].filter(Boolean);
    if (facts.length) lines.push(facts.join(' · '), '');
    if (event.properties.length) lines.push(...table(FIELD_HEADER, event.properties.map(fieldRow)), '');
    else lines.push('No properties.', '');
  }
  if (plan.identify.length) lines.push('## Identify traits', '', ...table(FIELD_HEADER, plan.identify.map(fieldRow)), '');
  if (plan.group.length) lines.push('## Group traits', '', ...table(FIELD_HEADER, plan.group.map(fieldRow)), '');
  if (plan.pages.length) {
    lines.push(
      '## Pages and screens',
      '',
      ...table(
        ['Name', 'Method(s)', 'Properties'],
        plan.pages.map((p) => [markdownText(p.name.text), markdownText(p.methods?.text), markdownText(p.properties?.text)]),
      ),
      '',
    );
  }
  return lines.join('\n');
}
