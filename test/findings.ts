/**
 * The finding most unit tests start from (an event-casing error on the first
 * event name of the Track tab), so each test spells out only the fields it is
 * about.
 */
import type { Finding } from '../src/core/finding';
import type { FindingDto } from '../src/gas/api-types';

/** An event-casing error on C2 of Track (Custom), with some fields changed. */
export function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'event-casing',
    severity: 'error',
    tab: 'Track (Custom)',
    row: 2,
    column: 3,
    text: 'order_completed',
    message: 'Event names use Title Case',
    ...over,
  };
}

/** The same finding as the sidebar receives it, with the cell's A1 address. */
export function findingDto(over: Partial<FindingDto> = {}): FindingDto {
  return { ...finding(), a1: 'C2', ...over };
}
