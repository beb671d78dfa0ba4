/** Export from the sidebar, run in dist/Code.js against the fakes. */
import { clickMenuItem } from '../fakes';
import { ensureBuilt, open, seedTrack } from './sheet-helpers';

beforeAll(ensureBuilt);

describe('exportPlan', () => {
  it('exports the sheet as Protocols JSON, Typewriter files and CSV', () => {
    const { services, ctx } = open({ name: 'Shop Plan' });
    clickMenuItem(services, ctx, 'Set up template');
    clickMenuItem(services, ctx, 'Ecommerce v2', 'Insert spec events');

    const protocols = ctx.exportPlan('protocols');
    expect(protocols.files.map((f: { filename: string; mimeType: string }) => [f.filename, f.mimeType])).toEqual([['shop-plan.protocols.json', 'application/json']]);
    const rules = JSON.parse(protocols.files[0].content).rules;
    expect(rules.find((r: { key: string }) => r.key === 'Order Completed').jsonSchema.properties.properties.properties.products.items.properties.sku).toEqual({
      type: 'string',
      description: expect.any(String),
    });

    expect(ctx.exportPlan('typewriter').files.map((f: { filename: string }) => f.filename)).toEqual(['plan.json', 'typewriter.yml']);
    expect(ctx.exportPlan('csv').files[0].content.split('\r\n')[0]).toBe(
      'Version,Event Type,Event Name,Property Name,Description,Labels,Property Data Type,Allowed Property Values,Enum Values',
    );
  });

  it('reads each tab with a fixed number of calls whatever the plan size', () => {
    const callsFor = (events: number) => {
      const { services, ctx } = open();
      seedTrack(services, events);
      services.calls.reset();
      expect(ctx.exportPlan('csv').message).toContain(`${events} events`);
      return services.calls.count();
    };
    expect(callsFor(3000)).toBe(callsFor(20));
  });

  it('explains an empty plan', () => {
    const { ctx } = open();
    expect(() => ctx.exportPlan('protocols')).toThrow(/nothing to export/);
  });
});
