/**
 * The sidebar in real Chromium, against the bundle on the playground's
 * in-memory spreadsheet: checks, the problem list, selecting and fixing a
 * cell, conventions, export, failures, and proof that sheet text never
 * runs as HTML.
 */
import { type FrameLocator, type Page } from 'playwright-core';
import { cell, eventually, freshPage, pageShot, sessionPerFile, showTab, sidebarShot, typeInCell } from './helpers';

jest.setTimeout(90000);

const session = sessionPerFile();

const TRACK = 'Track (Custom)';

async function checkNow(sidebar: FrameLocator): Promise<void> {
  const before = await sidebar.locator('#notice-text').textContent();
  await sidebar.locator('#check-now').click();
  await eventually(async () => {
    expect(await sidebar.locator('#status').getAttribute('data-state')).toBe('idle');
    expect(await sidebar.locator('#problems-body .empty, #problems-body .rule-group').count()).toBeGreaterThan(0);
    expect(await sidebar.locator('#notice-text').textContent()).not.toBe(before);
  });
}

async function problemTexts(sidebar: FrameLocator, rule?: string): Promise<string[]> {
  const scope = rule ? sidebar.locator(`.rule-group[data-rule="${rule}"]`) : sidebar.locator('#problems-body');
  if (rule && !(await scope.count())) return [];
  return scope.locator('.finding-text').allTextContents();
}

/** Whether the add-on marked a cell: a highlight the page computed from the sheet's formats. */
async function isHighlighted(page: Page, a1: string): Promise<boolean> {
  const background = await cell(page, a1).evaluate((td) => getComputedStyle(td).backgroundColor);
  return background !== 'rgb(255, 255, 255)' && background !== 'rgba(0, 0, 0, 0)';
}

describe('checks in the sidebar', () => {
  it('lists problems by rule, selects the offending cell on click, and fixes it', async () => {
    const { page, sidebar } = await freshPage(session());
    await typeInCell(page, TRACK, 'C2', 'order_completed');
    await typeInCell(page, TRACK, 'D2', 'When an order is placed.');
    await typeInCell(page, TRACK, 'C3', 'Product Viewed');
    await typeInCell(page, TRACK, 'D3', 'When a product page opens.');
    await checkNow(sidebar);

    const group = sidebar.locator('.rule-group[data-rule="event-casing"]');
    await group.waitFor();
    expect(await group.locator('.badge').first().textContent()).toBe('error');
    expect(await problemTexts(sidebar, 'event-casing')).toEqual(['order_completed']);
    const finding = group.locator('.finding').first();
    expect(await finding.locator('.finding-where').textContent()).toBe("'Track (Custom)'!C2");
    expect(await finding.locator('.finding-suggestion').textContent()).toBe('Suggested: Order Completed');
    expect(await sidebar.locator('#overview .last-check').count()).toBe(1);
    expect(await isHighlighted(page, 'C2')).toBe(true);
    await sidebarShot(page, '04-problems');

    // Clicking the finding switches the grid to its tab and selects the cell.
    await showTab(page, 'Goals');
    await finding.locator('.finding-target').click();
    await page.locator(`#grid[data-sheet="${TRACK}"] td.selected[data-a1="C2"]`).waitFor();
    expect(await page.locator('#cell-name').textContent()).toBe('C2');
    await pageShot(page, '05-selected');

    await finding.getByRole('button', { name: /^Fix / }).click();
    await eventually(async () => expect(await cell(page, 'C2').textContent()).toBe('Order Completed'));
    await eventually(async () => expect(await problemTexts(sidebar, 'event-casing')).toEqual([]));
    expect(await isHighlighted(page, 'C2')).toBe(false);
    await page.close();
  });

  it('re-checks a cell as soon as it is edited (onEdit)', async () => {
    const { page, sidebar } = await freshPage(session());
    await typeInCell(page, TRACK, 'C2', 'Order Completed');
    await typeInCell(page, TRACK, 'D2', 'When an order is placed.');
    await checkNow(sidebar);
    expect(await isHighlighted(page, 'C2')).toBe(false);
    await typeInCell(page, TRACK, 'C2', 'order_completed');
    await eventually(async () => expect(await isHighlighted(page, 'C2')).toBe(true));
    await typeInCell(page, TRACK, 'C2', 'Order Completed');
    await eventually(async () => expect(await isHighlighted(page, 'C2')).toBe(false));
    await page.close();
  });

  it('Fix all fixes every finding of one rule', async () => {
    const { page, sidebar } = await freshPage(session());
    await typeInCell(page, TRACK, 'C2', 'order_completed');
    await typeInCell(page, TRACK, 'C3', 'cart_viewed');
    await checkNow(sidebar);
    expect((await problemTexts(sidebar, 'event-casing')).sort()).toEqual(['cart_viewed', 'order_completed']);
    await sidebar.locator('.rule-group[data-rule="event-casing"] .rule-head button').click();
    // It shows what it would change and asks first.
    await sidebar.locator('#preview-apply').click();
    await eventually(async () => expect(await problemTexts(sidebar, 'event-casing')).toEqual([]));
    expect(await cell(page, 'C2').textContent()).toBe('Order Completed');
    expect(await cell(page, 'C3').textContent()).toBe('Cart Viewed');
    await page.close();
  });

  it('a convention setting changes the findings', async () => {
    const { page, sidebar } = await freshPage(session());
    // Not Segment spec events: those pass as Segment spells them, whatever the casing.
    await typeInCell(page, TRACK, 'C2', 'invoice_paid');
    await typeInCell(page, TRACK, 'C3', 'Invoice Shared');
    await checkNow(sidebar);
    expect(await problemTexts(sidebar, 'event-casing')).toEqual(['invoice_paid']);

    await sidebar.locator('#conventions > summary').click();
    await sidebar.locator('#event-casing').selectOption('snake_case');
    await sidebar.locator('#accepted-words').fill('iOS, PayPal\neBay');
    await sidebarShot(page, '05-conventions');
    await sidebar.locator('#save-settings').click();
    // Saving re-runs the check that was on show, under the new settings.
    await eventually(async () => expect(await problemTexts(sidebar, 'event-casing')).toEqual(['Invoice Shared']));
    expect(await sidebar.locator('#notice-text').textContent()).toMatch(/^Conventions saved/);
    expect(await sidebar.locator('#accepted-words').inputValue()).toBe('iOS\nPayPal\neBay');

    // Switching a rule off removes its findings.
    await sidebar.locator('#rule-event-casing').selectOption('off');
    await sidebar.locator('#save-settings').click();
    await eventually(async () => expect(await sidebar.locator('.rule-group[data-rule="event-casing"]').count()).toBe(0));
    await page.close();
  });
});

describe('sheet text is only ever text', () => {
  it('runs no script from names that are HTML, and shows them literally in the grid and the problem list', async () => {
    const { page, sidebar } = await freshPage(session());
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const img = '<img src=x onerror=alert(1)>';
    const script = '<script>window.__pwned=1</script>';
    await typeInCell(page, TRACK, 'C2', img);
    await typeInCell(page, TRACK, 'C3', script);
    expect(await cell(page, 'C2').textContent()).toBe(img);
    expect(await cell(page, 'C3').textContent()).toBe(script);
    expect(await page.locator('#grid img, #grid script').count()).toBe(0);

    await checkNow(sidebar);
    const texts = await problemTexts(sidebar);
    expect(texts).toEqual(expect.arrayContaining([img, script]));
    expect(await sidebar.locator('#problems-body img, #problems-body script').count()).toBe(0);
    // A click on the finding still works with such text.
    await sidebar.locator('.finding', { hasText: img }).first().locator('.finding-target').click();
    await page.locator('#grid td.selected[data-a1="C2"]').waitFor();
    await sidebarShot(page, '06-html-names');

    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const frame = page.frames().find((f) => f.url().endsWith('/sidebar'))!;
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});

describe('failures', () => {
  it('shows the server message, never a stack trace, and keeps working afterwards', async () => {
    const { page, sidebar } = await freshPage(session());
    let reply = { ok: false, message: 'The plan is busy: someone else is changing it. Try again in a moment.' };
    await page.route('**/api/run', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(reply) }));
    await sidebar.locator('#check-now').click();
    const notice = sidebar.locator('#notice[data-kind="error"] #notice-text');
    await eventually(async () => expect(await notice.textContent()).toBe(reply.message));
    expect(await sidebar.locator('#notice').getAttribute('role')).toBe('alert');
    await sidebarShot(page, '07-error');

    reply = { ok: false, message: "TypeError: Cannot read properties of undefined (reading 'getRange')\n    at checkNow (Code:812:9)" };
    await sidebar.locator('#check-now').click();
    await eventually(async () => expect(await notice.textContent()).toBe('Something went wrong and nothing was changed. Please try again.'));

    await page.unroute('**/api/run');
    expect(await sidebar.locator('#check-now').isDisabled()).toBe(false);
    await checkNow(sidebar);
    expect(await sidebar.locator('#notice').getAttribute('data-kind')).toBe('ok');
    await page.close();
  });

  it('shows a progress line while a call runs', async () => {
    const { page, sidebar } = await freshPage(session());
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/run', async (route) => {
      await held;
      await route.continue();
    });
    await sidebar.locator('#check-now').click();
    await eventually(async () => expect(await sidebar.locator('#status').getAttribute('data-state')).toBe('busy'));
    expect(await sidebar.locator('#busy').textContent()).toBe('Checking conventions…');
    expect(await sidebar.locator('#check-now').isDisabled()).toBe(true);
    await sidebarShot(page, '08-busy');
    release();
    await eventually(async () => expect(await sidebar.locator('#status').getAttribute('data-state')).toBe('idle'));
    await page.unroute('**/api/run');
    await page.close();
  });
});

describe('export', () => {
  it.each([
    ['protocols', /\.json$/],
    ['typewriter', /\.json$/],
    ['csv', /\.csv$/],
    ['amplitude', /^amplitude-.*\.csv$/],
    ['mixpanel', /^mixpanel-schemas\.json$/],
    ['avo', /^avo\.csv$/],
    ['markdown', /^tracking-plan\.md$/],
  ])('downloads the %s export', async (format, name) => {
    const { page, sidebar } = await freshPage(session());
    await typeInCell(page, TRACK, 'C2', 'Order Completed');
    await sidebar.locator('#export > summary').click();
    const download = page.waitForEvent('download');
    await sidebar.locator(`button.export[data-format="${format}"]`).click();
    expect((await download).suggestedFilename()).toMatch(name);
    await sidebar.locator('#notice[data-kind="ok"]').waitFor();
    expect(await sidebar.locator('#export-files a').count()).toBeGreaterThan(0);
    if (format === 'csv') await sidebarShot(page, '09-export');
    await page.close();
  });
});

describe('keyboard', () => {
  it('reaches and runs the actions with Tab and Enter', async () => {
    const { page, sidebar } = await freshPage(session());
    await typeInCell(page, TRACK, 'C2', 'order_completed');
    await sidebar.locator('#overview > summary').focus();
    await page.keyboard.press('Tab');
    // Tab from the Overview heading goes through the overview to Check now.
    for (let i = 0; i < 5 && (await sidebar.locator('#check-now:focus').count()) === 0; i++) await page.keyboard.press('Tab');
    expect(await sidebar.locator('#check-now:focus').count()).toBe(1);
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await problemTexts(sidebar, 'event-casing')).toEqual(['order_completed']));
    await page.close();
  });
});
