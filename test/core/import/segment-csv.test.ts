import { readImportFiles } from '../../../src/core/import';
import { fixture } from './fixtures';

describe("Segment's tracking-plan CSV", () => {
  const [plan] = readImportFiles([fixture('segment.csv')]);

  it('reads events from their own row and their property rows, with the spec label', () => {
    expect(plan.format).toBe('segment-csv');
    expect(plan.events.map((e) => [e.name, e.description, e.spec])).toEqual([
      ['Order Completed', 'Fires when the order is paid', 'Ecommerce v2'],
      ['Coupon Applied', '', undefined],
    ]);
    expect(plan.events[0].properties).toEqual([
      { name: 'order_id', type: 'String', required: true, allowedValues: [], description: 'Order identifier' },
      { name: 'revenue', type: 'Integer | Null', required: false, allowedValues: [], description: 'Revenue in cents' },
      { name: 'currency', type: 'String', required: true, allowedValues: ['USD', 'EUR'], description: 'ISO currency' },
      { name: 'products.$.sku', type: 'String', required: true, allowedValues: [], description: 'SKU of each item' },
    ]);
  });

  it('reads a cell our export guarded with an apostrophe as the text it stands for', () => {
    expect(plan.events[1].properties[0].description).toBe('=CODE typed by the shopper');
  });

  it('sends Identify and Group rows to traits, Page rows to Page & Screen', () => {
    expect(plan.identify.map((t) => [t.name, t.required])).toEqual([
      ['email', true],
      ['created_at', false],
    ]);
    expect(plan.group.map((t) => t.name)).toEqual(['industry']);
    expect(plan.pages).toEqual([{ name: 'Pricing', method: 'Page', properties: ['plan_shown'], description: 'The pricing page' }]);
  });
});
