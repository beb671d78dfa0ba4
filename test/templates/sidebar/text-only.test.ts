/**
 * The sidebar and the playground page put sheet text into the page only as
 * text nodes. This guards the source against the APIs that parse HTML; the
 * Chromium test in test/e2e proves the behaviour.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js|html)$/.test(name) ? [path] : [];
  });
}

describe('client code', () => {
  const files = [...sources(join(root, 'templates')), ...sources(join(root, 'playground'))];

  it('exists', () => {
    expect(files.some((f) => f.endsWith(join('sidebar', 'main.ts')))).toBe(true);
  });

  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s never parses text as HTML', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\(|new Function\(/);
  });

  it('loads nothing from the network', () => {
    const html = readFileSync(join(root, 'templates', 'sidebar.html'), 'utf8') + readFileSync(join(root, 'templates', 'sidebar.css'), 'utf8');
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
  });
});
