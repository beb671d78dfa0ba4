/**
 * Import of our own exports gives back the plan: the same events,
 * properties (as paths), required flags, allowed values, descriptions and
 * traits; and the types as each format carries them, so exporting the
 * imported plan again gives the very same file. Status, Goals, Spec and
 * Page & Screen rows are not in these formats and are not compared.
 */
import { exportPlan } from '../../../src/core/export';
import { parsePlan } from '../../../src/core/parse';
import { type Plan } from '../../../src/core/plan';
import { SPECS } from '../../../src/core/specs';
import { seededTrackValues } from '../../../src/cli/write-template';
import { tab } from '../../fixtures/plans';
import { importFiles, planShape } from './helpers';

const FORMATS = ['protocols', 'typewriter', 'csv'] as const;

/** A plan with every tab, nested and array paths, unions, enums on several types, and text that looks like formulas. */
const everyTab = [
  tab('goals', [{ 'Business Goal': 'Grow revenue', Events: 'Order Completed' }]),
  tab('identify', [
    { Trait: 'email', Type: 'String', Required: true, 'Trait Description': 'E-mail address' },
    { Trait: 'plan', Type: 'String', 'Allowed Values': 'free, pro, "enterprise"' },
    { Trait: 'seats', Type: 'Integer', 'Allowed Values': '1, 5, 10' },
    { Trait: 'address', Type: 'Object', 'Trait Description': 'Postal address' },
    { Trait: 'address.city', Type: 'String', Required: true },
    { Trait: 'created_at', Type: 'Date' },
  ]),
  tab('group', [
    { Trait: 'name', Type: 'String', Required: true, 'Trait Description': '=not a formula' },
    { Trait: 'industry', Type: 'String | Null' },
  ]),
  tab('page', [{ 'Page or Screen Name': 'Home', 'Method(s)': 'Page' }]),
  tab('track', [
    { 'Event Name': 'Order Completed', 'Fires When...': 'User completed the order', Status: 'Planned', Spec: 'Ecommerce v2' },
    { 'Property Name': 'order_id', Type: 'String', Required: true, 'Property Description': 'Order id' },
    { 'Property Name': 'total', Type: 'Float', 'Property Description': '-1 when unknown' },
    { 'Property Name': 'currency', Type: 'String', 'Allowed Values': 'USD\nEUR' },
    { 'Property Name': 'coupons', Type: 'Array[String]' },
    { 'Property Name': 'products', Type: 'Array[Object]', Required: true, 'Property Description': 'Line items' },
    { 'Property Name': 'products.$.sku', Type: 'String', Required: true },
    { 'Property Name': 'products.$.quantity', Type: 'Integer', 'Allowed Values': '1, 2, 3' },
    { 'Property Name': 'context.groupId', Type: 'String', Required: true },
    { 'Event Name': 'Signed Up', 'Fires When...': 'After the form' },
    { 'Property Name': 'method', Type: 'String', 'Allowed Values': 'email, google' },
    { 'Property Name': 'newsletter', Type: 'Boolean', Required: true },
    { 'Event Name': 'App Opened' },
  ]),
];

/** JSON files compare as data (key order is not meaning); other files as text. */
function contents(files: { filename: string; content: string }[]): unknown[] {
  return files.map((f) => (f.filename.endsWith('.json') ? JSON.parse(f.content) : f.content));
}

function roundTrip(plan: Plan, format: (typeof FORMATS)[number]) {
  const exported = exportPlan(plan, format, { name: 'Round Trip' });
  // The importer reads plans: typewriter.yml and the Create Tracking Plan body (a name and a type) hold none.
  const files = exported.files
    .filter((f) => !f.filename.endsWith('.yml') && !f.filename.endsWith('.create.json'))
    .map((f) => ({ name: f.filename, content: f.content }));
  const { plan: back, layout } = importFiles([], files);
  return { exported, back, layout, again: exportPlan(back, format, { name: 'Round Trip' }) };
}

describe.each(FORMATS)('round trip through the %s export', (format) => {
  // Typewriter generates code for Track calls only: its plan.json carries no traits.
  const traits = format !== 'typewriter';

  it('gives back every event, property and trait of a plan with every tab', () => {
    const plan = parsePlan(everyTab);
    const { back, layout } = roundTrip(plan, format);
    expect(layout.conflicts).toEqual([]);
    expect(planShape(back, { traits })).toEqual(planShape(plan, { traits }));
    expect(back.events.map((e) => e.name.text)).toEqual(['Order Completed', 'Signed Up', 'App Opened']);
  });

  it('gives back types as the format carries them: exporting the import again gives the same file', () => {
    const plan = parsePlan(everyTab);
    const { exported, again } = roundTrip(plan, format);
    expect(contents(again.files)).toEqual(contents(exported.files));
  });

  it.each(SPECS.map((s) => [s.name, s.id] as const))('gives back the %s spec', (_name, id) => {
    const plan = parsePlan([{ name: 'Track (Custom)', values: seededTrackValues([id]).values }]);
    const { exported, back, again } = roundTrip(plan, format);
    expect(planShape(back)).toEqual(planShape(plan));
    expect(contents(again.files)).toEqual(contents(exported.files));
  });
});
