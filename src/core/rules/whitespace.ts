/**
 * whitespace: no leading, trailing or doubled spaces, tabs or line breaks in
 * a name. Invisible in the sheet, they make "Order Completed" and
 * "Order Completed " two different events.
 */
import { normalizeSpaces } from '../casing';
import type { NameRule } from './types';

function describe(raw: string): string {
  const issues: string[] = [];
  if (/^\s/.test(raw)) issues.push('a space before it');
  if (/\s$/.test(raw)) issues.push('a space after it');
  const inner = raw.trim();
  if (/ {2,}/.test(inner)) issues.push('doubled spaces');
  if (/\t/.test(inner)) issues.push('a tab');
  if (/[\r\n]/.test(inner)) issues.push('a line break');
  if (/[^\S \t\r\n]/.test(inner)) issues.push('an unusual space character');
  if (issues.length === 0) issues.push('extra spaces');
  return issues.length === 1 ? issues[0] : `${issues.slice(0, -1).join(', ')} and ${issues[issues.length - 1]}`;
}

export const whitespace: NameRule = {
  kind: 'name',
  id: 'whitespace',
  severity: 'error',
  title: 'Stray spaces',
  description: 'Names have no leading, trailing or doubled spaces, tabs or line breaks.',
  targets: ['event', 'property', 'page'],
  check({ raw, text }) {
    if (text === '' || raw === text) return undefined;
    return {
      message: `This name has ${describe(raw)}. Invisible extra spaces make two names that look the same count as different names.`,
      suggestion: normalizeSpaces(raw),
    };
  },
};
