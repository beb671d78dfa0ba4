/** Export from the sidebar, run in dist/Code.js against the fakes. */
import { clickMenuItem } from '../../fakes';
import { thousands } from '../../src/core/counts';
import { ensureBuilt, open, seedTrack, TRACK_HEADER, trackRow } from './sheet-helpers';

beforeAll(ensureBuilt);

describe('exportPlan', () => {
  it('exports the sheet as Protocols request bodies, Typewriter files, CSV and the four other formats', () => {
    const { services, ctx } = open({ name: 'Shop Plan' });
    clickMenuItem(services, ctx, 'Set up template');
    clickMenuItem(services, ctx, 'Ecommerce v2', 'Insert spec events');

    const protocols = ctx.exportPlan('protocols');
    expect(protocols.files.map((f: { filename: string; mimeType: string }) => [f.filename, f.mimeType])).toEqual([
      ['tracking-plan.create.json', 'application/json'],
      ['tracking-plan.rules.json', 'application/json'],
    ]);
    expect(JSON.parse(protocols.files[0].content)).toEqual({
      name: 'Shop Plan',
      description: 'Exported from the tracking plan sheet "Shop Plan".',
      type: 'LIVE',
    });
    const rules = JSON.parse(protocols.files[1].content).rules;
    expect(rules.find((r: { key: string }) => r.key === 'Order Completed').jsonSchema.properties.properties.properties.products.items.properties.sku).toEqual({
      type: 'string',
      description: expect.any(String),
    });

    expect(ctx.exportPlan('typewriter').files.map((f: { filename: string }) => f.filename)).toEqual(['plan.json', 'typewriter.yml']);
    expect(ctx.exportPlan('csv').files[0].content.split('\r\n')[0]).toBe(
      'Version,Event Type,Event Name,Property Name,Description,Labels,Property Data Type,Required,Enum Values',
    );
    const names = (format: string) => ctx.exportPlan(format).files.map((f: { filename: string }) => f.filename);
    expect(names('amplitude')).toEqual(['amplitude-events.csv', 'amplitude-user-properties.csv']);
    expect(names('mixpanel')).toEqual(['mixpanel-schemas.json']);
    expect(names('avo')).toEqual(['avo.csv']);
    expect(names('markdown')).toEqual(['tracking-plan.md']);
  });

  it('keeps __proto__ and constructor as event and property names', () => {
    const { services, ctx } = open({ name: 'Shop Plan' });
    services.spreadsheet.testAddSheet('Track (Custom)', [
      TRACK_HEADER,
      trackRow({ 'Event Name': '__proto__', 'Fires When...': 'A prototype' }),
      trackRow({ 'Property Name': '__proto__', Type: 'String' }),
      trackRow({ 'Property Name': 'constructor', Type: 'Integer' }),
    ]);
    const rules = JSON.parse(ctx.exportPlan('protocols').files[1].content).rules as {
      key?: string;
      jsonSchema: { properties: { properties: { properties: Record<string, unknown> } } };
    }[];
    const proto = rules.find((r) => r.key === '__proto__')!;
    expect(Object.keys(proto.jsonSchema.properties.properties.properties)).toEqual(['__proto__', 'constructor']);
    expect(JSON.parse(ctx.exportPlan('mixpanel').files[0].content).entries.find((e: { name: string }) => e.name === '__proto__').schemaJson.properties).toEqual(
      JSON.parse('{"__proto__":{"type":"string"},"constructor":{"type":"integer"}}'),
    );
  });

  it('reads each tab with a fixed number of calls whatever the plan size', () => {
    const callsFor = (events: number) => {
      const { services, ctx } = open();
      seedTrack(services, events);
      services.calls.reset();
      expect(ctx.exportPlan('csv').message).toContain(`${thousands(events)} events`);
      return services.calls.count();
    };
    expect(callsFor(3000)).toBe(callsFor(20));
  });

  it('explains an empty plan', () => {
    const { ctx } = open();
    expect(() => ctx.exportPlan('protocols')).toThrow(/nothing to export/);
  });
});
