import { readImportFiles } from '../../../src/core/import';
import { fixture } from './fixtures';
import { parseYaml } from './helpers';

describe('RudderStack rudder-cli YAML', () => {
  it('resolves the $refs of a tracking plan across the events and properties files, nested properties as paths', () => {
    const files = ['rudderstack/events.yaml', 'rudderstack/properties.yaml', 'rudderstack/tracking-plan.yaml'].map(fixture);
    const plans = readImportFiles(files, { parseYaml });
    expect(plans).toHaveLength(1);
    const [plan] = plans;
    expect(plan.format).toBe('rudderstack-yaml');
    expect(plan.events).toEqual([
      {
        name: 'Product Viewed',
        description: 'Triggered when a user views a product',
        properties: [
          { name: 'sku', type: 'String', required: true, allowedValues: [], description: 'Stock keeping unit' },
          { name: 'price', type: 'Number', required: false, allowedValues: [], description: 'Price in USD' },
          { name: 'color', type: 'String', required: false, allowedValues: ['red', 'green'], description: '' },
          { name: 'tags', type: 'Array[String]', required: false, allowedValues: [], description: '' },
          { name: 'dimensions', type: 'Object', required: false, allowedValues: [], description: 'Package size' },
          { name: 'dimensions.width', type: 'Number | Null', required: true, allowedValues: [], description: '' },
        ],
      },
    ]);
    expect(plan.identify.map((t) => [t.name, t.required])).toEqual([['email', true]]);
    expect(plan.pages).toEqual([{ name: 'Home', method: 'Page', properties: ['referrer'], description: 'The landing page' }]);
    expect(plan.notes).toEqual([]);
  });

  it('reads the rudder/v1 URN syntax, several documents in one file', () => {
    const [plan] = readImportFiles([fixture('rudderstack-v1.yaml')], { parseYaml });
    expect(plan.events).toEqual([
      {
        name: 'Checkout Started',
        description: 'The shopper opened the checkout',
        properties: [
          { name: 'cart_value', type: 'Number', required: true, allowedValues: [], description: 'Cart total' },
          { name: 'payment_methods', type: 'Array[String]', required: false, allowedValues: ['card', 'paypal'], description: '' },
        ],
      },
    ]);
  });

  it('names the references it could not resolve when a file of the project is missing', () => {
    const [plan] = readImportFiles([fixture('rudderstack/tracking-plan.yaml')], { parseYaml });
    expect(plan.events).toEqual([]);
    expect(plan.notes.join(' ')).toMatch(/#\/events\/app-events\/product_viewed.*Import the events and properties files together/);
  });
});
