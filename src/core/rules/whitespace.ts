/**
 * whitespace: no leading, trailing or doubled spaces, tabs or line breaks in
 * a name, and no unusual space or invisible character anywhere in it
 * (conventions.md). Invisible in the sheet, they make "Order Completed" and
 * "Order Completed " two different events. Every other rule reads the
 * cleaned name.
 */
import { hasInvisible, normalizeSpaces } from '../casing';
import type { NameRule } from './types';

function describe(raw: string): string {
  const issues: string[] = [];
  if (/^\s/.test(raw)) issues.push('a space before it');
  if (/\s$/.test(raw)) issues.push('a space after it');
  const inner = raw.trim();
  if (/ {2,}/.test(inner)) issues.push('doubled spaces');
  if (/\t/.test(inner)) issues.push('a tab');
  if (/[\r\n]/.test(inner)) issues.push('a line break');
  if (/[\p{Zs}\u2028\u2029\u0085\v\f]/u.test(inner.replace(/ /g, ''))) issues.push('an unusual space character');
  if (hasInvisible(raw)) issues.push('an invisible character');
  if (issues.length === 0) issues.push('extra spaces');
  return issues.length === 1 ? issues[0] : `${issues.slice(0, -1).join(', ')} and ${issues[issues.length - 1]}`;
}

export const whitespace: NameRule<'whitespace'> = {
  kind: 'name',
  id: 'whitespace',
  severity: 'error',
  title: 'Stray spaces',
  description:
    'Names have no leading, trailing or doubled spaces, tabs, line breaks, unusual spaces or invisible characters (zero-width spaces, direction marks, soft hyphens).',
  doc: {
    reason: 'Spaces and invisible characters cannot be seen in the sheet, yet they make "Order Completed" and "Order Completed " two different names.',
    good: ['Order Completed', 'first_name'],
    bad: ['Order Completed ', 'Order  Completed', 'Order\u00a0Completed (non-breaking space)', 'Order\u200bCompleted (zero-width space)'],
    fix: 'Apply the suggestion: the name trimmed, with single ASCII spaces and no invisible characters.',
  },
  targets: ['event', 'property', 'page'],
  check({ raw, text }) {
    if (text === '' || raw === text) return undefined;
    return {
      message: `This name has ${describe(raw)}. Characters no one can see make two names that look the same count as different names.`,
      suggestion: normalizeSpaces(raw),
    };
  },
};
