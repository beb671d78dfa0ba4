/**
 * Shared set-up of the browser tests: the playground server in-process on a
 * free port, Debian's Chromium driven by playwright-core, and small helpers
 * that wait for what a user would see.
 */
import { ensureBuilt } from '../ensure-built';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { type PlaygroundServer, startPlayground } from '../../playground/server';

export const ROOT = join(__dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');

export interface Session {
  server: PlaygroundServer;
  context: BrowserContext;
  profile: string;
}

export async function openSession(): Promise<Session> {
  // The sidebar page is built from templates/: a stale dist/ would test yesterday's page.
  ensureBuilt();
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startPlayground({ port: 0, root: ROOT });
  const profile = mkdtempSync(join(tmpdir(), 'tp-chromium-'));
  // launchPersistentContext is how Playwright takes a fresh --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return { server, context, profile };
}

export async function closeSession(session: Session | undefined): Promise<void> {
  if (!session) return;
  await session.context.close().catch(() => undefined);
  await session.server.close();
  rmSync(session.profile, { recursive: true, force: true });
}

/** One browser and playground per test file: opened before its tests, closed after them. */
export function sessionPerFile(): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await closeSession(session);
  });
  return () => {
    if (!session) throw new Error('The browser session did not open: see the error of beforeAll.');
    return session;
  };
}

/** Opens the playground on a fresh spreadsheet (the template, or blank) and waits for the sidebar to load. */
export async function freshPage(session: Session, options: { empty?: boolean } = {}): Promise<{ page: Page; sidebar: FrameLocator }> {
  const page = await session.context.newPage();
  await page.goto(`${session.server.url}?${options.empty ? 'empty' : 'reset'}=1`);
  await page.locator('#grid table').waitFor();
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.locator('body[data-loaded="true"]').waitFor({ state: 'attached' });
  return { page, sidebar };
}

/** Opens the sidebar's Insert spec events section on one spec and waits until its events can be picked. */
export async function showSpecEvents(sidebar: FrameLocator, spec: string): Promise<void> {
  await sidebar.locator('#insert > summary').click();
  await sidebar.locator('#spec-select').selectOption(spec);
  await sidebar.locator('#spec-events input[type="checkbox"]').first().waitFor();
}

/**
 * Retries an assertion until it passes (the page updates asynchronously),
 * then returns. It gives up after a number of attempts rather than at a
 * time, so a busy machine gets more time, not a failure.
 */
export async function eventually(assertion: () => Promise<void> | void, attempts = 100): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function showTab(page: Page, name: string): Promise<void> {
  if ((await page.locator('#grid').getAttribute('data-sheet')) !== name) {
    await page.locator('#tabs .tab', { hasText: name }).first().click();
  }
  await page.locator(`#grid[data-sheet="${name}"]`).waitFor();
}

export function cell(page: Page, a1: string): Locator {
  return page.locator(`#grid td[data-a1="${a1}"]`);
}

/** Types into a cell the way a user does: select it, type in the formula bar, press Enter. */
export async function typeInCell(page: Page, tab: string, a1: string, text: string): Promise<void> {
  await showTab(page, tab);
  await cell(page, a1).click();
  await page.locator('#cell-name', { hasText: new RegExp(`^${a1}$`) }).waitFor();
  await page.locator('#formula-input').fill(text);
  await page.locator('#formula-input').press('Enter');
  await eventually(async () => expect(await cell(page, a1).textContent()).toBe(text));
}

/** Visible grid texts of one column, top to bottom (hidden rows are not drawn). */
export async function columnTexts(page: Page, letter: string): Promise<string[]> {
  return page
    .locator(`#grid td[data-a1^="${letter}"]`)
    .evaluateAll(
      (tds, l) => tds.filter((td) => (td as HTMLElement).dataset.a1 === `${l}${(td as HTMLElement).dataset.row}`).map((td) => td.textContent || ''),
      letter,
    );
}

export async function sidebarShot(page: Page, name: string): Promise<void> {
  await page.locator('#sidebar').screenshot({ path: join(SCREENSHOTS, `sidebar-${name}.png`) });
}

export async function pageShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `playground-${name}.png`) });
}
