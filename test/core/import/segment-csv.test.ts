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

describe("Segment's CSV with a Required column (the documented download)", () => {
  const csv = [
    'Version,Event Type,Event Name,Property Name,Description,Labels,Property Data Type,Required,Enum Values',
    '1,Track,Order Completed,,Paid,spec:Ecommerce v2,,,',
    '1,Track,Order Completed,order_id,Order id,,string,true,',
    '1,Track,Order Completed,revenue,,,"float,null",false,',
    '1,Track,Order Completed,quantity,,,int,true,',
    '1,Track,Order Completed,gift,,,"bool,null",false,',
    '1,Track,Order Completed,note,,,"string,null,null",false,',
    '1,Track,Order Completed,size,,,"string,null",false,"""S, small"",M"',
    '1,Track,Order Completed,untyped,,,null,false,',
    '1,Track,Order Completed,nothing,,,"null,null",false,',
    "1,Identify,,'-handle,,,string,true,",
  ].join('\r\n');
  const [plan] = readImportFiles([{ name: 'download.csv', content: csv }]);

  it("reads Segment's type names, and a trailing null on an optional field as the optional marker", () => {
    expect(plan.events[0].properties.map((p) => [p.name, p.type, p.required])).toEqual([
      ['order_id', 'String', true],
      ['revenue', 'Float', false],
      ['quantity', 'Integer', true],
      ['gift', 'Boolean', false],
      ['note', 'String | Null', false],
      ['size', 'String', false],
      ['untyped', '', false],
      ['nothing', 'Null', false],
    ]);
  });

  it('reads quoted enum values that hold a comma, and a neutralised leading minus', () => {
    expect(plan.events[0].properties[5].allowedValues).toEqual(['S, small', 'M']);
    expect(plan.identify.map((t) => t.name)).toEqual(['-handle']);
  });
});
