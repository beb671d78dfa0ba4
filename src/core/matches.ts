/**
 * Every non-empty match of a global regular expression in a text. Written
 * once because an empty match must advance lastIndex by hand, or exec loops
 * forever on the same position.
 */
export function nonEmptyMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    matches.push(match);
  }
  return matches;
}
