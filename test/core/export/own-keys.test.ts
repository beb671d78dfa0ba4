/** `__proto__`, `constructor` and other object-key names survive every export (issue 10). */
import { parseCsv } from '../../../src/cli/read-plan';
import { exportPlan } from '../../../src/core/export';
import { getOwn, setOwn } from '../../../src/core/export/own-keys';
import { handMadePlan } from '../../fixtures/plans';

const OWN = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

describe('own-keys', () => {
  it('sets and reads __proto__ as an own key, never the prototype', () => {
    const target: Record<string, number> = {};
    setOwn(target, '__proto__', 1);
    setOwn(target, 'constructor', 2);
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(JSON.stringify(target)).toBe('{"__proto__":1,"constructor":2}');
    expect(getOwn(target, '__proto__')).toBe(1);
    expect(getOwn({}, 'constructor')).toBeUndefined();
    expect(getOwn({}, 'toString')).toBeUndefined();
  });
});

describe('every export keeps __proto__ and constructor as names', () => {
  const plan = handMadePlan();
  const content = (format: string, file = 0) => exportPlan(plan, format, { name: 'Acme' }).files[file].content;

  afterAll(() => {
    // Nothing leaked into Object.prototype along the way.
    expect(({} as Record<string, unknown>).type).toBeUndefined();
    expect(({} as Record<string, unknown>).description).toBeUndefined();
  });

  it('Protocols', () => {
    const rules = JSON.parse(content('protocols', 1)).rules;
    const byKey = (type: string, key?: string) => rules.find((r: { type: string; key?: string }) => r.type === type && r.key === key);
    expect(byKey('TRACK', '__proto__')).toBeDefined();
    const order = byKey('TRACK', 'Order Completed').jsonSchema.properties.properties.properties;
    expect(OWN(order, '__proto__') && OWN(order, 'constructor')).toBe(true);
    expect(order.__proto__).toEqual({ type: 'string', description: 'A property named like a prototype' });
    expect(OWN(byKey('IDENTIFY').jsonSchema.properties.traits.properties, '__proto__')).toBe(true);
    expect(OWN(byKey('GROUP').jsonSchema.properties.traits.properties, 'constructor')).toBe(true);
  });

  it('Typewriter keeps the event named __proto__ and refuses only the property it cannot build', () => {
    const withoutProtoProperty = handMadePlan();
    for (const event of withoutProtoProperty.events) event.properties = event.properties.filter((p) => p.name.text !== '__proto__');
    const rules = JSON.parse(exportPlan(withoutProtoProperty, 'typewriter').files[0].content).rules;
    expect(rules.map((r: { key: string }) => r.key)).toContain('__proto__');
    expect(OWN(rules[0].jsonSchema.properties.properties.properties, 'constructor')).toBe(true);
    expect(() => exportPlan(plan, 'typewriter')).toThrow(/"__proto__"/);
  });

  it('CSV, Amplitude and Avo', () => {
    const names = (text: string, column: string) => {
      const [header, ...rows] = parseCsv(text);
      return rows.map((r) => r[header.indexOf(column)]);
    };
    expect(names(content('csv'), 'Event Name')).toContain('__proto__');
    expect(names(content('csv'), 'Property Name')).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    expect(names(content('amplitude'), 'Object Name')).toContain('__proto__');
    expect(names(content('amplitude'), 'Event Property Name')).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    expect(names(content('amplitude', 1), 'Property Name')).toContain('__proto__');
    expect(names(content('avo'), 'Event Name')).toContain('__proto__');
    expect(names(content('avo'), 'Property Name')).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
  });

  it('Mixpanel and Markdown', () => {
    const entries = JSON.parse(content('mixpanel')).entries;
    expect(entries.map((e: { name: string }) => e.name)).toContain('__proto__');
    const order = entries.find((e: { name: string }) => e.name === 'Order Completed').schemaJson.properties;
    expect(OWN(order, '__proto__') && OWN(order, 'constructor')).toBe(true);
    expect(content('markdown')).toContain('### \\_\\_proto\\_\\_');
  });
});
