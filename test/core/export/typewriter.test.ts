import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPlan } from '../../../src/core/export';
import { planSlug, toTypewriterPlan, typewriterConfig } from '../../../src/core/export/typewriter';
import { allSpecsPlan } from '../../fixtures/plans';
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
});

describe('typewriter build on an exported plan of all four specs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tp-typewriter-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'generates a TypeScript client with one function per event that tsc accepts',
    () => {
      const plan = allSpecsPlan();
      const result = exportPlan(plan, 'typewriter', { name: 'All Specs' });
      expect(result.files.map((f) => f.filename)).toEqual(['plan.json', 'typewriter.yml']);
      for (const f of result.files) writeFileSync(join(dir, f.filename), f.content);
      // Offline: typewriter's telemetry goes through fetch, and a token would come from ~/.typewriter.
      writeFileSync(join(dir, 'offline.js'), "globalThis.fetch = async () => { throw new Error('offline'); };\n");
      execFileSync(process.execPath, [join(root, 'node_modules', 'typewriter', 'bin', 'run'), 'build'], {
        cwd: dir,
        env: { ...process.env, HOME: dir, CI: 'true', NODE_OPTIONS: `--require ${join(dir, 'offline.js')}` },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120000,
      });
      const client = readFileSync(join(dir, 'segment.ts'), 'utf8');
      for (const event of plan.events) expect(client).toContain(`a.track('${event.name.text}'`);
      expect(client.match(/^export function /gm)).toHaveLength(plan.events.length + 1);

      writeFileSync(
        join(dir, 'usage.ts'),
        [
          "import { orderCompleted, videoPlaybackStarted, setTypewriterOptions } from './segment';",
          'setTypewriterOptions({ onViolation: () => undefined });',
          "orderCompleted({ order_id: 'o-1', total: 27.5, products: [{ sku: 'S-1', quantity: 1 }] });",
          'videoPlaybackStarted({});',
          '// @ts-expect-error total is a number in the Ecommerce spec',
          "orderCompleted({ order_id: 'o-1', total: '27.50' });",
          '// @ts-expect-error products is an array of objects',
          "orderCompleted({ products: 'S-1' });",
          '',
        ].join('\n'),
      );
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
      let output = '';
      try {
        execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: dir, stdio: 'pipe', timeout: 120000 });
      } catch (error) {
        output = String((error as { stdout?: Buffer }).stdout ?? error);
      }
      expect(output).toBe('');
    },
    240000,
  );
});

describe('unusable event names', () => {
  it('warns about events whose Typewriter function would be a reserved word', () => {
    const plan = allSpecsPlan();
    plan.events[0].name.text = 'Class';
    const result = exportPlan(plan, 'typewriter');
    expect(result.message).toContain('Rename "Class"');
    expect(exportPlan(allSpecsPlan(), 'typewriter').message).not.toContain('Rename');
  });
});
