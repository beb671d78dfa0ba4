/** Convention settings in the document properties, through the sidebar's server functions. */
import { type FakeServices } from '../../fakes';
import { row, seedPlan } from './checks-helpers';
import { ensureBuilt, open } from './sheet-helpers';

beforeAll(ensureBuilt);

const KEY = 'trackingPlan.settings';

function seed(services: FakeServices): void {
  seedPlan(services, [
    // Not spec events: those pass as Segment spells them, whatever the casing.
    row('track', { 'Event Name': 'Invoice Paid', 'Fires When...': 'The invoice is paid.', 'Business Goal': 'Revenue' }),
    row('track', { 'Event Name': 'cart_viewed', 'Fires When...': 'The cart opens.', 'Business Goal': 'Revenue' }),
  ]);
}

function casingRows(result: { findings: { rule: string; row: number }[] }): number[] {
  return result.findings.filter((f) => f.rule === 'event-casing').map((f) => f.row);
}

function store(services: FakeServices, value: string): void {
  services.properties.getDocumentProperties().setProperty(KEY, value);
  services.calls.reset();
}

describe('settings', () => {
  it('starts from the defaults and lists the choices', () => {
    const { ctx } = open();
    const dto = ctx.getSettings();
    expect(dto.settings).toEqual({ eventCasing: 'Title Case', propertyCasing: 'snake_case', acceptedWords: [], severities: {}, acceptedFindings: [] });
    expect(dto.choices.eventCasing).toContain('snake_case');
    expect(dto.choices.propertyCasing).toEqual(['snake_case', 'camelCase']);
    expect(dto.choices.rules.map((r: { id: string }) => r.id)).toContain('event-casing');
    expect(dto.warnings).toEqual([]);
  });

  it('saves to the document properties, and a different casing changes the findings', () => {
    const { services, ctx } = open();
    seed(services);
    expect(casingRows(ctx.checkNow())).toEqual([3]);
    const saved = ctx.saveSettings({ eventCasing: 'snake_case' });
    expect(saved.settings.eventCasing).toBe('snake_case');
    expect(JSON.parse(services.testDocumentProperties()[KEY]).eventCasing).toBe('snake_case');
    expect(ctx.getSettings().settings.eventCasing).toBe('snake_case');
    expect(casingRows(ctx.checkNow())).toEqual([2]);
  });

  it('switched-off rules report nothing', () => {
    const { services, ctx } = open();
    seed(services);
    ctx.saveSettings({ disabledRules: ['event-casing'] });
    expect(casingRows(ctx.checkNow())).toEqual([]);
  });

  it('refuses bad input with a message and keeps what was stored', () => {
    const { services, ctx } = open();
    ctx.saveSettings({ eventCasing: 'camelCase' });
    expect(() => ctx.saveSettings({ eventCasing: 'SHOUTING' })).toThrow(/cannot be saved/);
    expect(() => ctx.saveSettings('nonsense')).toThrow(/not in the expected form/);
    expect(JSON.parse(services.testDocumentProperties()[KEY]).eventCasing).toBe('camelCase');
  });

  it('falls back to the defaults with a warning when the stored value is garbage', () => {
    const { services, ctx } = open();
    seed(services);
    store(services, '{not json');
    const dto = ctx.getSettings();
    expect(dto.settings.eventCasing).toBe('Title Case');
    expect(dto.warnings).toHaveLength(1);
    expect(dto.warnings[0]).toMatch(/not valid JSON/);
    const result = ctx.checkNow();
    expect(casingRows(result)).toEqual([3]);
    expect(result.message).toMatch(/not valid JSON/);
  });

  it('falls back per setting when a stored value is unknown', () => {
    const { services, ctx } = open();
    store(services, JSON.stringify({ eventCasing: 'Klingon', propertyCasing: 'camelCase' }));
    const dto = ctx.getSettings();
    expect(dto.settings.eventCasing).toBe('Title Case');
    expect(dto.settings.propertyCasing).toBe('camelCase');
    expect(dto.warnings.length).toBeGreaterThanOrEqual(1);
    expect(dto.warnings.join(' ')).toMatch(/Klingon.*Using Title Case/);
  });

  it('reads the document properties once per run', () => {
    const { services, ctx } = open();
    seed(services);
    services.calls.reset();
    ctx.checkNow();
    expect(services.calls.countOf('PropertiesService.getDocumentProperties')).toBe(1);
    expect(services.calls.countOf('Properties.getProperties')).toBe(1);
  });
});
