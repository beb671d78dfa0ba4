/**
 * The add-on asks for exactly two OAuth scopes and talks to no network. A
 * change that widens either must fail here, on purpose.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');

describe('manifest', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));

  it('asks for exactly the current-spreadsheet and container-UI scopes', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('runs on V8 and logs exceptions to Stackdriver', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  it('is copied unchanged into dist/', () => {
    expect(JSON.parse(readFileSync(join(root, 'dist', 'appsscript.json'), 'utf8'))).toEqual(manifest);
  });
});

describe('bundle', () => {
  const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');

  it('makes no network calls', () => {
    for (const service of ['UrlFetchApp', 'XMLHttpRequest', 'fetch(', 'ScriptApp.getOAuthToken', 'DriveApp', 'GmailApp']) {
      expect(code).not.toContain(service);
    }
  });

  it('holds no module syntax, which Apps Script cannot load', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('declares every entry point as a top-level function', () => {
    for (const name of ['onOpen', 'onInstall', 'onEdit', 'menuSetUpTemplate', 'menuCheckConventions', 'checkNow', 'insertSpecEvents']) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('stays readable: not minified (catalog data aside)', () => {
    const codeLines = code.split('\n').filter((l) => !/JSON\.parse\(["`]/.test(l));
    const longest = Math.max(...codeLines.map((l) => l.length));
    expect(longest).toBeLessThan(2000);
  });
});

describe('sidebar page', () => {
  const page = join(root, 'dist', 'Sidebar.html');
  const maybe = existsSync(page) ? it : it.skip;

  maybe('loads nothing from the network', () => {
    const html = readFileSync(page, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=["']?https?:/i);
    expect(html).not.toMatch(/@import\s+url\(\s*["']?https?:/i);
    expect(html).not.toMatch(/fonts\.googleapis|cdn\.|unpkg|jsdelivr/i);
  });
});
