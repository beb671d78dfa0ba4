/**
 * The playground server over HTTP, without a browser: the google.script.run
 * forwarding contract, the menu and typing, and the shim being added only
 * to the served page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPlayground, type PlaygroundServer } from '../../playground/server';
import { ROOT } from './helpers';

let server: PlaygroundServer;
beforeAll(async () => {
  server = await startPlayground({ port: 0, root: ROOT });
});
afterAll(async () => {
  await server.close();
});

async function post(path: string, body: unknown): Promise<any> {
  const response = await fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.json();
}

async function state(): Promise<any> {
  return (await fetch(new URL('/api/state', server.url))).json();
}

describe('the playground server', () => {
  it('serves the sidebar with the google.script.run shim, leaving dist/Sidebar.html as built', async () => {
    const served = await (await fetch(new URL('/sidebar', server.url))).text();
    const built = readFileSync(join(ROOT, 'dist', 'Sidebar.html'), 'utf8');
    expect(served).toContain('google = { script: { run: runner()');
    expect(built).not.toContain('/api/run');
    expect(served.replace(/<script>\n\/\* Playground only[\s\S]*?<\/script>\n?/, '')).toBe(built);
  });

  it('runs sidebar functions of the bundle and answers {ok, value} with JSON data', async () => {
    const result = await post('/api/run', { name: 'listSpecs', args: [] });
    expect(result.ok).toBe(true);
    expect(result.value.specs.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['b2b-saas', 'video']));
  });

  it('answers a failure with the message the sidebar shows', async () => {
    const result = await post('/api/run', { name: 'listSpecEvents', args: ['no-such-spec'] });
    expect(result.ok).toBe(false);
    expect(result.message).not.toMatch(/\bat\s.*:\d+/);
  });

  it('refuses private and unknown functions, as Apps Script does', async () => {
    expect(await post('/api/run', { name: 'AddOn_', args: [] })).toEqual({ ok: false, message: 'Script function not found: AddOn_' });
    expect(await post('/api/run', { name: 'constructor', args: [] })).toMatchObject({ ok: false });
    expect(await post('/api/menu', { functionName: 'getOverview' })).toMatchObject({ ok: false });
  });

  it('counts changes so the page knows when to redraw', async () => {
    const before = (await (await fetch(new URL('/api/version', server.url))).json()).version;
    await post('/api/select', { sheet: 'Goals', row: 2, column: 1 });
    const after = (await (await fetch(new URL('/api/version', server.url))).json()).version;
    expect(after).toBeGreaterThan(before);
    expect((await state()).active).toMatchObject({ sheet: 'Goals', row: 2, column: 1 });
  });

  it('stores typed input as Sheets does and shows the add-on marks it evaluates', async () => {
    const track = (await state()).sheets.find((s: { name: string }) => /track/i.test(s.name)).name;
    await post('/api/edit', { sheet: track, row: 2, column: 3, value: 'order_completed' });
    await post('/api/run', { name: 'checkNow', args: [] });
    const sheet = (await state()).sheets.find((s: { name: string }) => s.name === track);
    expect(sheet.cells['2:3'].text).toBe('order_completed');
    expect(sheet.cells['2:3'].background).toMatch(/^#/);
  });
});
