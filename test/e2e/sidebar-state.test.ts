/**
 * One state everywhere, in real Chromium through the playground: every
 * change (from the menu, from typing, from the sidebar itself) shows in the
 * open sidebar without reloading it, and working through problems (Previous
 * / Next, filters, Fix all preview, Undo, Ignore, export warning) works by
 * mouse and by keyboard. Screenshots at the sidebar's 300 px go to
 * test-artifacts/screenshots.
 */
import { type Frame, type FrameLocator, type Page } from 'playwright-core';
import { cell, eventually, freshPage, sessionPerFile, showTab, sidebarShot, typeInCell } from './helpers';

jest.setTimeout(180000);

const session = sessionPerFile();

const TRACK = 'Track (Custom)';

function sidebarFrame(page: Page): Frame {
  return page.frames().find((f) => f.url().endsWith('/sidebar'))!;
}

/** Marks the sidebar's window: the mark is gone if the frame was reloaded or re-created. */
async function markFrame(page: Page): Promise<() => Promise<void>> {
  await sidebarFrame(page).evaluate(() => {
    (window as unknown as { __kept: string }).__kept = 'same window';
  });
  return async () => {
    expect(await sidebarFrame(page).evaluate(() => (window as unknown as { __kept?: string }).__kept)).toBe('same window');
  };
}

/** Runs an add-on menu item as a user does: Extensions, the add-on, (a submenu,) the item. */
async function menu(page: Page, caption: string, submenu?: string): Promise<void> {
  await page.locator('#extensions-button').click();
  await page.locator('#extensions-menu > .submenu > .menu-item.has-submenu').hover();
  if (submenu) await page.locator('#extensions-menu .menu-item.has-submenu', { hasText: submenu }).hover();
  await page.locator('#extensions-menu .menu-item', { hasText: new RegExp(`^${caption}$`) }).click();
}

async function stat(sidebar: FrameLocator, label: RegExp): Promise<number> {
  const text = await sidebar.locator('#overview .stat', { hasText: label }).locator('.stat-value').textContent();
  return Number(text);
}

async function problemTexts(sidebar: FrameLocator, rule?: string): Promise<string[]> {
  const scope = rule ? sidebar.locator(`.rule-group[data-rule="${rule}"]`) : sidebar.locator('#problems-body .rule-group');
  return scope.locator('.finding-text').allTextContents();
}

async function isHighlighted(page: Page, a1: string): Promise<boolean> {
  const background = await cell(page, a1).evaluate((td) => getComputedStyle(td).backgroundColor);
  return background !== 'rgb(255, 255, 255)' && background !== 'rgba(0, 0, 0, 0)';
}

async function idle(sidebar: FrameLocator): Promise<void> {
  await eventually(async () => expect(await sidebar.locator('#status').getAttribute('data-state')).toBe('idle'));
}

/** The first empty row below the Track tab's content. */
function freeTrackRow(): number {
  return session().server.playground().services.spreadsheet.testDump(TRACK).lastRow + 1;
}

describe('the open sidebar follows every change without reloading', () => {
  it('from a blank spreadsheet through set-up, insert, typing, check, a fix by hand, Clear and the row commands', async () => {
    const { page, sidebar } = await freshPage(session(), { empty: true });
    const sameFrame = await markFrame(page);

    // Blank: never "No problems found"; the missing tabs and Set up template instead.
    await eventually(async () => expect(await sidebar.locator('#problems-missing-tabs li').count()).toBe(5));
    await sidebar.locator('#check-now').click();
    await idle(sidebar);
    expect(await sidebar.locator('#notice-text').textContent()).toMatch(/no tracking plan yet/);
    expect(await sidebar.locator('#app').innerText()).not.toMatch(/No problems/);
    await sidebarShot(page, 'state-01-blank');

    await menu(page, 'Set up template');
    await eventually(async () => expect(await sidebar.locator('#overview .callout').count()).toBe(0));
    expect(await stat(sidebar, /events?/)).toBe(0);
    await sameFrame();

    await menu(page, 'B2B SaaS', 'Insert spec events');
    await eventually(async () => expect(await stat(sidebar, /events?/)).toBeGreaterThan(5));
    const events = await stat(sidebar, /events?/);
    await sameFrame();

    const row = freeTrackRow();
    await typeInCell(page, TRACK, `C${row}`, 'order_completed');
    await eventually(async () => expect(await stat(sidebar, /events?/)).toBe(events + 1));
    expect(await sidebar.locator('#overview').textContent()).toMatch(/Not checked yet/);

    await menu(page, 'Check conventions');
    await eventually(async () => expect(await problemTexts(sidebar, 'event-casing')).toEqual(['order_completed']));
    expect(await sidebar.locator('#overview .last-check').textContent()).toMatch(/Checked just now/);
    const errors = async () => Number(/(\d+) errors?/.exec((await sidebar.locator('#overview .last-check').textContent()) ?? '')?.[1] ?? 0);
    const before = await errors();
    expect(before).toBeGreaterThan(0);
    await sidebarShot(page, 'state-02-checked-from-menu');
    await sameFrame();

    // Typing the right name: the live check clears the mark, and the sidebar follows.
    await typeInCell(page, TRACK, `C${row}`, 'Order Completed');
    await eventually(async () => expect(await problemTexts(sidebar, 'event-casing')).toEqual([]));
    await eventually(async () => expect(await errors()).toBe(before - 1));
    await sameFrame();

    await menu(page, 'Clear checks');
    await eventually(async () => expect(await sidebar.locator('#overview .last-check-off').count()).toBe(1));
    expect(await sidebar.locator('#problems-body').textContent()).toMatch(/Checks are cleared/);
    await sidebarShot(page, 'state-03-cleared-from-menu');

    await menu(page, 'Minimize rows');
    await menu(page, 'Reset rows');
    await page.waitForTimeout(500);
    await sameFrame();
    await page.close();
  });

  it('after a change of settings, the problems and counts follow', async () => {
    const { page, sidebar } = await freshPage(session());
    const sameFrame = await markFrame(page);
    await typeInCell(page, TRACK, 'C2', 'invoice_paid');
    await menu(page, 'Check conventions');
    await eventually(async () => expect(await problemTexts(sidebar, 'event-casing')).toEqual(['invoice_paid']));
    await sidebar.locator('#conventions > summary').click();
    expect(await sidebar.locator('#event-casing-help').textContent()).toMatch(/spec events .* keep their exact names whatever the casing/);
    await sidebar.locator('#rule-event-casing').selectOption('info');
    await sidebar.locator('#save-settings').click();
    await eventually(async () => expect(await sidebar.locator('.rule-group[data-rule="event-casing"] .rule-head .badge').textContent()).toBe('info'));
    await sidebarShot(page, 'state-04-severity-info');
    await sameFrame();
    await page.close();
  });
});

describe('working through problems', () => {
  async function twoBadNames(page: Page, sidebar: FrameLocator): Promise<void> {
    await typeInCell(page, TRACK, 'C2', 'order_completed');
    await typeInCell(page, TRACK, 'D2', 'When an order is placed.');
    await typeInCell(page, TRACK, 'C3', 'cart_viewed');
    await typeInCell(page, TRACK, 'D3', 'When the cart opens.');
    await sidebar.locator('#check-now').click();
    await eventually(async () => expect((await problemTexts(sidebar, 'event-casing')).sort()).toEqual(['cart_viewed', 'order_completed']));
  }

  it('Fix all shows old -> new and asks first; Cancel writes nothing; Undo puts the cells back', async () => {
    const { page, sidebar } = await freshPage(session());
    await twoBadNames(page, sidebar);
    await sidebar.locator('.rule-group[data-rule="event-casing"] .rule-head button').click();
    const changes = sidebar.locator('#fix-preview .preview-change');
    await eventually(async () => expect(await changes.count()).toBe(2));
    expect(await changes.allTextContents()).toEqual(["'Track (Custom)'!C2order_completed → Order Completed", "'Track (Custom)'!C3cart_viewed → Cart Viewed"]);
    await sidebarShot(page, 'work-01-fix-all-preview');
    await sidebar.locator('#preview-cancel').click();
    expect(await sidebar.locator('#fix-preview').count()).toBe(0);
    expect(await cell(page, 'C2').textContent()).toBe('order_completed');

    await sidebar.locator('.rule-group[data-rule="event-casing"] .rule-head button').click();
    await sidebar.locator('#preview-apply').click();
    await eventually(async () => expect(await cell(page, 'C3').textContent()).toBe('Cart Viewed'));
    await eventually(async () => expect(await problemTexts(sidebar, 'event-casing')).toEqual([]));
    await sidebar.locator('#undo-fix').click();
    await eventually(async () => expect(await cell(page, 'C2').textContent()).toBe('order_completed'));
    expect(await cell(page, 'C3').textContent()).toBe('cart_viewed');
    await eventually(async () => expect((await problemTexts(sidebar, 'event-casing')).sort()).toEqual(['cart_viewed', 'order_completed']));
    expect(await sidebar.locator('#notice-text').textContent()).toMatch(/^Restored 2 cells/);
    expect(await isHighlighted(page, 'C2')).toBe(true);
    await page.close();
  });

  it('Ignore accepts a finding: listed apart, counted apart, not highlighted; and it can be undone', async () => {
    const { page, sidebar } = await freshPage(session());
    await twoBadNames(page, sidebar);
    expect(await isHighlighted(page, 'C2')).toBe(true);
    await sidebar
      .locator('.finding[data-cell="\'Track (Custom)\'!C2"]')
      .getByRole('button', { name: /^Ignore this one/ })
      .click();
    await eventually(async () => expect(await problemTexts(sidebar, 'event-casing')).toEqual(['cart_viewed']));
    await eventually(async () => expect(await isHighlighted(page, 'C2')).toBe(false));
    expect(await sidebar.locator('#accepted-findings summary').textContent()).toBe('Accepted on purpose (1)');
    expect(await sidebar.locator('#problems-body .summary-line').textContent()).toMatch(/1 accepted/);
    await sidebar.locator('#accepted-findings summary').click();
    await sidebarShot(page, 'work-02-accepted');
    await sidebar.locator('#notice-action').click();
    await eventually(async () => expect((await problemTexts(sidebar, 'event-casing')).sort()).toEqual(['cart_viewed', 'order_completed']));
    await eventually(async () => expect(await isHighlighted(page, 'C2')).toBe(true));
    expect(await sidebar.locator('#accepted-findings').count()).toBe(0);
    await page.close();
  });

  it('filters by severity, tab and rule with counts, and explains a rule', async () => {
    const { page, sidebar } = await freshPage(session());
    await twoBadNames(page, sidebar);
    await typeInCell(page, TRACK, 'C4', 'Coupon Entered');
    await sidebar.locator('#check-now').click();
    await idle(sidebar);
    await eventually(async () => expect(await problemTexts(sidebar, 'event-casing')).toHaveLength(2));
    expect(await sidebar.locator('#filter-rule option').first().textContent()).toBe('All rules');
    // Counts per rule, in each rule's option.
    expect(await sidebar.locator('#filter-rule option[value="event-casing"]').textContent()).toMatch(/ \(2\)$/);
    expect(await sidebar.locator('#filter-tab option[value="Track (Custom)"]').textContent()).toMatch(/^Track \(Custom\) \(\d+\)$/);
    await sidebar.locator('#filter-rule').selectOption('event-casing');
    await eventually(async () => expect(await sidebar.locator('#problems-body .rule-group').count()).toBe(1));
    // Each menu counts what the other filters keep: under one error rule there are only errors to pick.
    expect(await sidebar.locator('#filter-severity option').allTextContents()).toEqual(['All severities', 'Errors (2)']);
    await sidebar.locator('#filter-rule').selectOption('');
    await sidebar.locator('#filter-severity').selectOption('error');
    await eventually(async () =>
      expect(new Set(await sidebar.locator('#problems-body .rule-group .rule-head .badge').allTextContents())).toEqual(new Set(['error'])),
    );
    await sidebar.locator('#filter-severity').selectOption('');
    const why = sidebar.locator('.rule-group[data-rule="event-casing"] .why');
    await why.locator('summary').click();
    expect((await why.locator('.why-body').textContent())!.length).toBeGreaterThan(20);
    await sidebarShot(page, 'work-03-filters-why');
    await page.close();
  });

  it('is driven by the keyboard: Next / Previous select the cells in sheet order, and Fix all is previewed and applied with Enter', async () => {
    const { page, sidebar } = await freshPage(session());
    await twoBadNames(page, sidebar);
    await showTab(page, 'Goals');
    await sidebar.locator('#next-problem').focus();
    await page.keyboard.press('Enter');
    await page.locator(`#grid[data-sheet="${TRACK}"] td.selected[data-a1="C2"]`).waitFor();
    await page.keyboard.press('Enter');
    await page.locator(`#grid[data-sheet="${TRACK}"] td.selected[data-a1="C3"]`).waitFor();
    expect(await sidebar.locator('#problem-position').textContent()).toMatch(/^2 of \d+$/);
    expect(await sidebar.locator('#next-problem:focus').count()).toBe(1);
    await page.keyboard.press('Shift+Tab');
    expect(await sidebar.locator('#prev-problem:focus').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.locator(`#grid[data-sheet="${TRACK}"] td.selected[data-a1="C2"]`).waitFor();

    await sidebar.locator('.rule-group[data-rule="event-casing"] .rule-head button').focus();
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await sidebar.locator('#preview-apply:focus').count()).toBe(1));
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await cell(page, 'C2').textContent()).toBe('Order Completed'));
    await page.close();
  });

  it('a click on a problem far down selects its cell and scrolls the grid to it', async () => {
    const { page, sidebar } = await freshPage(session());
    await menu(page, 'Ecommerce v2', 'Insert spec events');
    await eventually(async () => expect(freeTrackRow()).toBeGreaterThan(100));
    const row = freeTrackRow();
    await typeInCell(page, TRACK, `C${row}`, 'order_completed');
    await sidebar.locator('#check-now').click();
    await eventually(async () => expect(await problemTexts(sidebar, 'event-casing')).toEqual(['order_completed']));
    await page.locator('#grid').evaluate((grid) => {
      grid.scrollTop = 0;
    });
    const inView = async (a1: string) => {
      const grid = (await page.locator('#grid').boundingBox())!;
      const box = (await cell(page, a1).boundingBox())!;
      return box.y >= grid.y && box.y + box.height <= grid.y + grid.height;
    };
    expect(await inView(`C${row}`)).toBe(false);
    await sidebar.locator('.rule-group[data-rule="event-casing"] .finding-target').click();
    const target = page.locator(`#grid td.selected[data-a1="C${row}"]`);
    await target.waitFor();
    await eventually(async () => expect(await inView(`C${row}`)).toBe(true));
    await page.close();
  });

  it('warns before exporting with open errors, and lists them', async () => {
    const { page, sidebar } = await freshPage(session());
    await twoBadNames(page, sidebar);
    await sidebar.locator('#export > summary').click();
    await sidebar.locator('button.export[data-format="csv"]').click();
    const confirm = sidebar.locator('#export-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/2 open errors/);
    expect(await confirm.locator('li').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^'Track \(Custom\)'!C2 order_completed: /)]));
    await sidebarShot(page, 'work-04-export-warning');
    const download = page.waitForEvent('download');
    await sidebar.locator('#export-anyway').click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await page.close();
  });
});

describe('Insert spec events', () => {
  it('is disabled with nothing chosen, and selects and scrolls to the new rows after inserting', async () => {
    const { page, sidebar } = await freshPage(session());
    await menu(page, 'Ecommerce v2', 'Insert spec events');
    await eventually(async () => expect(freeTrackRow()).toBeGreaterThan(100));
    const first = freeTrackRow();
    await page.locator('#grid').evaluate((grid) => {
      grid.scrollTop = 0;
    });
    await showTab(page, 'Goals');
    await sidebar.locator('#insert > summary').click();
    await sidebar.locator('#spec-select').selectOption('b2b-saas');
    await sidebar.locator('#spec-events .pick').first().waitFor();
    expect(await sidebar.locator('#insert-events').isDisabled()).toBe(true);
    await sidebar.locator('#spec-events input:not([disabled])').first().check();
    expect(await sidebar.locator('#insert-events').isDisabled()).toBe(false);
    await sidebar.locator('#select-none').click();
    expect(await sidebar.locator('#insert-events').isDisabled()).toBe(true);
    await sidebar.locator('#spec-events input:not([disabled])').first().check();
    await sidebar.locator('#insert-events').click();
    const target = page.locator(`#grid[data-sheet="${TRACK}"] td.selected[data-row="${first}"]`);
    await target.waitFor();
    await eventually(async () => {
      const grid = (await page.locator('#grid').boundingBox())!;
      const box = (await target.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(grid.y);
      expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height);
    });
    await page.close();
  });
});
