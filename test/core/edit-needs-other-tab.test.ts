/**
 * editNeedsOtherTab on edits that span columns (issue 16): a paste over
 * B5:D5 covers Event Name though it starts before it, and must re-read Goals.
 */
import { editBoxFromA1, editNeedsOtherTab } from '../../src/core/marks';

const cols = { event: 3, businessGoal: 5 };
const needs = (a1: string) => editNeedsOtherTab('track', editBoxFromA1(a1)!, 1, cols);

it.each([
  ['B5:D5', true],
  ['A5:C5', true],
  ['C5:C5', true],
  ['D5:E5', true],
  ['A5:Z5', true],
  ['A5:B5', false],
  ['D5:D5', false],
  ['F5:J5', false],
])('a one-row edit of %s needs Goals: %s', (a1, expected) => {
  expect(needs(a1)).toBe(expected);
});
