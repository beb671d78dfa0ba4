/**
 * check() on Group traits (issue 16): the Group tab is checked as Identify
 * is, with its own reserved traits, and its findings point at Group cells.
 */
import { check } from '../../src/core/check';
import { parsePlan } from '../../src/core/parse';
import { RESERVED_NAMES } from '../../src/core/specs';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { sheet } from './helpers';

function groupFindings(traits: Record<string, unknown>[], settings = DEFAULT_SETTINGS): string[] {
  return check(parsePlan([sheet('group', traits)]), { ...settings }).map(
    (f) => `${f.tab} R${f.row}C${f.column} ${f.rule} ${f.text}${f.suggestion !== undefined ? ` -> ${f.suggestion}` : ''}`,
  );
}

describe('check() on the Group tab', () => {
  it('flags trait names against the property casing, on the Group cell', () => {
    expect(
      groupFindings([
        { Trait: 'Plan Name', Type: 'String' },
        { Trait: 'seatCount', Type: 'Integer' },
        { Trait: 'billing_email', Type: 'String' },
      ]),
    ).toEqual(['Group R2C1 property-casing Plan Name -> plan_name', 'Group R3C1 property-casing seatCount -> seat_count']);
  });

  it('follows the property casing setting: camelCase turns the findings around', () => {
    const findings = groupFindings(
      [
        { Trait: 'seatCount', Type: 'Integer' },
        { Trait: 'billing_email', Type: 'String' },
      ],
      { ...DEFAULT_SETTINGS, propertyCasing: 'camelCase' },
    );
    expect(findings).toEqual(['Group R3C1 property-casing billing_email -> billingEmail']);
  });

  it('accepts every Segment-reserved Group trait as written, camelCase ones included', () => {
    expect(RESERVED_NAMES.group.length).toBeGreaterThan(5);
    expect(groupFindings(RESERVED_NAMES.group.map((name) => ({ Trait: name, Type: 'String' })))).toEqual([]);
    expect(RESERVED_NAMES.group).toContain('createdAt');
  });

  it('reports a trait listed twice on the Group tab, at the later row', () => {
    const findings = groupFindings([
      { Trait: 'plan', Type: 'String' },
      { Trait: 'industry', Type: 'String' },
      { Trait: 'plan', Type: 'String' },
    ]);
    expect(findings.filter((f) => f.includes('duplicate-property'))).toEqual([expect.stringMatching(/^Group R4C1 duplicate-property plan/)]);
  });

  it('checks trait types as property types', () => {
    const findings = groupFindings([{ Trait: 'employees', Type: 'int' }]);
    expect(findings.filter((f) => f.includes('property-type'))).toEqual([expect.stringMatching(/^Group R2C\d+ property-type int -> Integer$/)]);
  });

  it('keeps Group and Identify apart: the same trait on both tabs is no duplicate', () => {
    const plan = parsePlan([sheet('identify', [{ Trait: 'plan', Type: 'String' }]), sheet('group', [{ Trait: 'plan', Type: 'String' }])]);
    expect(check(plan, { ...DEFAULT_SETTINGS }).filter((f) => f.rule === 'duplicate-property')).toEqual([]);
  });

  it('orders Group findings by row, after Identify’s', () => {
    const plan = parsePlan([sheet('group', [{ Trait: 'Seat Count', Type: 'Integer' }]), sheet('identify', [{ Trait: 'First Name', Type: 'String' }])]);
    expect(check(plan, { ...DEFAULT_SETTINGS }).map((f) => `${f.tab} ${f.text}`)).toEqual(['Identify First Name', 'Group Seat Count']);
  });
});
