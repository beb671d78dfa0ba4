import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { exportPlan } from '../../../src/core/export';
import { parsePlan } from '../../../src/core/parse';
import { type Plan } from '../../../src/core/plan';
import { planSlug, toTypewriterPlan, typewriterConfig, typewriterNameProblem } from '../../../src/core/export/typewriter';
import { allSpecsPlan, handMadePlan, tab } from '../../fixtures/plans';
import { TYPEWRITER_PLAN_SHAPE } from './shapes';

const root = join(__dirname, '..', '..', '..');

describe('toTypewriterPlan', () => {
  it('matches the plan.json shape and names the plan typewriter.yml points at', () => {
    const plan = toTypewriterPlan(allSpecsPlan(), { name: 'Acme Web (prod)' });
    const ajv = new Ajv({ allErrors: true, strict: false });
    expect(ajv.validate(TYPEWRITER_PLAN_SHAPE, plan)).toBe(true);
    for (const rule of plan.rules) expect(ajv.validateSchema(rule.jsonSchema)).toBe(true);
    expect(plan.id).toBe('tp_acme_web_prod');
    const yml = typewriterConfig(plan, { sdk: 'analytics-node' });
    expect(yml).toContain(`  - id: ${plan.id}\n    path: .\n`);
    expect(yml).toContain('  language: typescript\n  sdk: analytics-node\n');
  });

  it('slugs names safely', () => {
    expect(planSlug('  Ça va? Plan #2  ')).toBe('ca-va-plan-2');
    expect(planSlug('!!!')).toBe('tracking-plan');
  });

  it('closes event properties by default, and opens them when asked', () => {
    const closed = toTypewriterPlan(handMadePlan()).rules[0].jsonSchema.properties!.properties;
    const open = toTypewriterPlan(handMadePlan(), { closed: false }).rules[0].jsonSchema.properties!.properties;
    expect(closed.additionalProperties).toBe(false);
    expect(open.additionalProperties).toBeUndefined();
  });
});

describe('event names Typewriter cannot build', () => {
  const names = ['Checkout:Started', 'Page: Viewed', '50% Scrolled', '=SUM(A1)', "Coupon's Entered", 'Path\\Taken'];

  it.each(names)('finds %j', (name) => {
    expect(typewriterNameProblem(name)).toBeDefined();
  });

  it.each(['Order Completed', 'A/B Test Viewed', 'Step 2 Done', 'Plan #2 Chosen', 'Café Opened', 'order_completed'])('lets %j through', (name) => {
    expect(typewriterNameProblem(name)).toBeUndefined();
  });

  it('refuses the export with the list of them, instead of a crash in typewriter build', () => {
    const plan = parsePlan([tab('track', [...names.map((n) => ({ 'Event Name': n })), { 'Event Name': 'Order Completed' }])]);
    expect(() => exportPlan(plan, 'typewriter')).toThrow(
      /Typewriter cannot build 6 event names: "Checkout:Started" \(typewriter build fails on ":" and "%"\), "Page: Viewed"/,
    );
    expect(() => exportPlan(plan, 'typewriter')).toThrow(/"=SUM\(A1\)" \(Typewriter would send it HTML-escaped, as another name\)/);
    expect(() => exportPlan(allSpecsPlan(), 'typewriter')).not.toThrow();
  });

  it('refuses a property named __proto__, which makes the generated client throw', () => {
    expect(() => exportPlan(handMadePlan(), 'typewriter')).toThrow(/Typewriter cannot build 1 event name: "Order Completed" \(a property named "__proto__"/);
  });

  it('warns that a property named constructor must be stated in every call', () => {
    const plan = handMadePlan();
    for (const event of plan.events) event.properties = event.properties.filter((p) => p.name.text !== '__proto__');
    expect(exportPlan(plan, 'typewriter').message).toContain('Calls to "Order Completed" must state their property named like constructor');
    expect(exportPlan(allSpecsPlan(), 'typewriter').message).not.toContain('must state');
  });

  it('warns about events whose Typewriter function would be a reserved word', () => {
    const plan = allSpecsPlan();
    plan.events[0].name.text = 'Class';
    expect(exportPlan(plan, 'typewriter').message).toContain('Rename "Class"');
    expect(exportPlan(allSpecsPlan(), 'typewriter').message).not.toContain('Rename');
  });
});

/** Runs the real `typewriter build` (typewriter is a devDependency) offline in `dir`. */
function typewriterBuild(dir: string, plan: Plan): string {
  for (const f of exportPlan(plan, 'typewriter', { name: 'Acme' }).files) writeFileSync(join(dir, f.filename), f.content);
  // Offline: typewriter's telemetry goes through fetch, and a token would come from ~/.typewriter.
  writeFileSync(join(dir, 'offline.js'), "globalThis.fetch = async () => { throw new Error('offline'); };\n");
  execFileSync(process.execPath, [join(root, 'node_modules', 'typewriter', 'bin', 'run'), 'build'], {
    cwd: dir,
    env: { ...process.env, HOME: dir, CI: 'true', NODE_OPTIONS: `--require ${join(dir, 'offline.js')}` },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120000,
  });
  return readFileSync(join(dir, 'segment.ts'), 'utf8');
}

/** tsc --strict over the generated client and a usage file; its output ('' when both compile). */
function tscStrict(dir: string, usage: string[]): string {
  writeFileSync(join(dir, 'usage.ts'), usage.join('\n') + '\n');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2019',
        module: 'commonjs',
        moduleResolution: 'node',
        esModuleInterop: true,
        skipLibCheck: true,
        lib: ['ES2019', 'DOM'],
        types: [],
        baseUrl: '.',
        paths: { '*': [join(root, 'node_modules', '*')] },
      },
      files: ['segment.ts', 'usage.ts'],
    }),
  );
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {
      cwd: dir,
      stdio: 'pipe',
      timeout: 120000,
    });
    return '';
  } catch (error) {
    return String((error as { stdout?: Buffer }).stdout ?? error);
  }
}

interface Client {
  [fn: string]: (...args: unknown[]) => void;
}

/**
 * Loads the generated client as an app would (compiled to CommonJS, Ajv from
 * node_modules) with a stand-in analytics.js that records its track calls.
 */
function loadClient(source: string, sent: unknown[][], violations: unknown[]): Client {
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true },
  }).outputText;
  const module = { exports: {} as Client };

  new Function('require', 'module', 'exports', js)((name: string) => require(name), module, module.exports);
  module.exports.setTypewriterOptions({
    analytics: { track: (...args: unknown[]) => sent.push(args) },
    onViolation: (_message: unknown, errors: unknown) => violations.push(errors),
  });
  return module.exports;
}

describe('typewriter build on exported plans', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tp-typewriter-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('all four specs: one function per event, and tsc --strict passes correct calls and fails wrong ones', () => {
    const plan = allSpecsPlan();
    const client = typewriterBuild(dir, plan);
    for (const event of plan.events) expect(client).toContain(`a.track('${event.name.text}'`);
    expect(client.match(/^export function /gm)).toHaveLength(plan.events.length + 1);
    const output = tscStrict(dir, [
      "import { orderCompleted, videoPlaybackStarted, setTypewriterOptions } from './segment';",
      'setTypewriterOptions({ onViolation: () => undefined });',
      "orderCompleted({ order_id: 'o-1', total: 27.5, products: [{ sku: 'S-1', quantity: 1 }] });",
      'videoPlaybackStarted({});',
      '// @ts-expect-error total is a number in the Ecommerce spec',
      "orderCompleted({ order_id: 'o-1', total: '27.50' });",
      '// @ts-expect-error products is an array of objects',
      "orderCompleted({ products: 'S-1' });",
      '// @ts-expect-error a misspelled property is not part of the event (additionalProperties: false)',
      "orderCompleted({ order_id: 'o-1', totl: 27.5 });",
    ]);
    expect(output).toBe('');
  }, 240000);

  it('the hand-made plan: tsc --strict checks the calls, and the client validates a call with a Date without throwing', () => {
    const plan = handMadePlan();
    // Refused (next test): Typewriter's client cannot hold a property named __proto__.
    for (const event of plan.events) event.properties = event.properties.filter((p) => p.name.text !== '__proto__');
    const client = typewriterBuild(dir, plan);
    // The plan's property named `constructor` is kept: a call states it, since every object has one.
    const valid =
      "{ order_id: 'o-1', total: 27.5, products: [{ sku: 'S-1', quantity: 1 }], placed_at: new Date(0).toISOString(), shipping: { address: { zip: '10115' } }, constructor: 1 }";
    expect(
      tscStrict(dir, [
        "import { orderCompleted, couponEntered, appOpened } from './segment';",
        `orderCompleted(${valid});`,
        "couponEntered({ coupon_id: 'c-1', metadata: { source: 'mail' } });",
        'appOpened({});',
        '// @ts-expect-error a misspelled property is not part of the event (additionalProperties: false)',
        "orderCompleted({ order_id: 'o-1', total: 1, products: [], placed_at: '2024-05-01T10:00:00Z', constructor: 1, gfit: true });",
        '// @ts-expect-error placed_at is required',
        "orderCompleted({ order_id: 'o-1', total: 1, products: [], constructor: 1 });",
        '// @ts-expect-error a Date is sent as its ISO string',
        "orderCompleted({ order_id: 'o-1', total: 1, products: [], placed_at: new Date(), constructor: 1 });",
        '// @ts-expect-error a nested field is typed too',
        "orderCompleted({ order_id: 'o-1', total: 1, products: [{ sku: 42 }], placed_at: '2024-05-01T10:00:00Z', constructor: 1 });",
      ]),
    ).toBe('');

    // The generated client's own run-time validation, in its default (development) mode.
    const sent: unknown[][] = [];
    const violations: unknown[] = [];
    const api = loadClient(client, sent, violations);
    const placedAt = new Date(Date.UTC(2024, 4, 1, 10, 0, 0)).toISOString();
    // `constructor` is stated: without it, Ajv would read the Object constructor every object inherits.
    expect(() => api.orderCompleted({ order_id: 'o-1', total: 27.5, products: [{ sku: 'S-1' }], placed_at: placedAt, constructor: 1 })).not.toThrow();
    expect(violations).toEqual([]);
    expect(sent.map((call) => call[0])).toEqual(['Order Completed']);
    api.orderCompleted({ order_id: 'o-1', total: 27.5, products: [{ sku: 'S-1' }], placed_at: 'last tuesday', constructor: 1 });
    api.orderCompleted({ order_id: 'o-1', total: 27.5, products: [{ sku: 'S-1' }], placed_at: placedAt, constructor: 1, gfit: true });
    expect(violations).toHaveLength(2);
  }, 240000);
});
