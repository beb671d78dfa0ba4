/**
 * The playground in real Chromium: the template in the grid, the add-on
 * menu built by the bundle's onOpen, typing into cells, inserting spec
 * events through the sidebar picker, and Minimize / Reset rows.
 */
import { cell, columnTexts, eventually, freshPage, pageShot, sessionPerFile, showSpecEvents, showTab, sidebarShot, typeInCell } from './helpers';

jest.setTimeout(90000);

const session = sessionPerFile();

const TEMPLATE_TABS = ['Goals', 'Identify', 'Group', 'Page & Screen', 'Track (Custom)'];

describe('the playground', () => {
  it('shows the template tabs with their headers, and the sidebar next to the grid at 300 px', async () => {
    const { page, sidebar } = await freshPage(session());
    const tabs = await page.locator('#tabs .tab').allTextContents();
    for (const tab of TEMPLATE_TABS) expect(tabs).toContain(tab);
    await showTab(page, 'Track (Custom)');
    expect(await cell(page, 'C1').textContent()).toBe('Event Name');
    expect(await cell(page, 'F1').textContent()).toBe('Property Name');
    const box = await page.locator('#sidebar').boundingBox();
    expect(box!.width).toBe(300);
    await sidebar.locator('#check-now').waitFor();
    await sidebarShot(page, '01-start');
    await pageShot(page, '01-start');
    await page.close();
  });

  it('builds the add-on menu from what onOpen registered, and runs Set up template from it', async () => {
    const { page } = await freshPage(session(), { empty: true });
    expect(await page.locator('#tabs .tab').allTextContents()).toEqual(['Sheet1']);
    await page.locator('#extensions-button').click();
    await page.locator('#extensions-menu .menu-item.has-submenu').first().hover();
    const captions = await page.locator('#extensions-menu .menu-item').allTextContents();
    expect(captions).toEqual(expect.arrayContaining(['Set up template', 'Check conventions', 'Minimize rows', 'Reset rows', 'B2B SaaS']));
    await pageShot(page, '02-menu');
    await page.locator('#extensions-menu .menu-item', { hasText: /^Set up template$/ }).click();
    await eventually(async () => expect(await page.locator('#tabs .tab').allTextContents()).toEqual(expect.arrayContaining(TEMPLATE_TABS)));
    // The command's toast reaches the page.
    await page.locator('#toasts .toast').first().waitFor();
    await page.close();
  });

  it('offers Set up template in the overview of a spreadsheet without the template', async () => {
    const { page, sidebar } = await freshPage(session(), { empty: true });
    const missing = sidebar.locator('#overview .callout li');
    await eventually(async () => expect(await missing.allTextContents()).toEqual(expect.arrayContaining(TEMPLATE_TABS)));
    await sidebarShot(page, '00-blank');
    await sidebar.locator('#set-up-template').click();
    await eventually(async () => expect(await page.locator('#tabs .tab').allTextContents()).toEqual(expect.arrayContaining(TEMPLATE_TABS)));
    await eventually(async () => expect(await missing.count()).toBe(0));
    expect(await sidebar.locator('#notice').getAttribute('data-kind')).toBe('ok');
    await page.close();
  });

  it('stores what the user typed and shows it as typed', async () => {
    const { page } = await freshPage(session());
    await typeInCell(page, 'Track (Custom)', 'C2', 'Order Completed');
    await typeInCell(page, 'Track (Custom)', 'F3', 'order_id');
    expect(await columnTexts(page, 'C')).toEqual(expect.arrayContaining(['Event Name', 'Order Completed']));
    await page.close();
  });
});

describe('Insert spec events through the sidebar picker', () => {
  it('inserts only the chosen events, groups their property rows, and then lists them as in the plan', async () => {
    const { page, sidebar } = await freshPage(session());
    await showSpecEvents(sidebar, 'b2b-saas');
    const names = await sidebar.locator('#spec-events .pick-name').allTextContents();
    expect(names.length).toBeGreaterThan(2);
    await sidebar.locator('#select-all').click();
    expect(await sidebar.locator('#insert-events').textContent()).toBe(`Insert ${names.length} events`);
    await sidebar.locator('#select-none').click();
    expect(await sidebar.locator('#insert-events').isDisabled()).toBe(true);
    const chosen = names.slice(0, 2);
    for (const name of chosen) await sidebar.locator('.pick', { hasText: name }).locator('input').check();
    await sidebarShot(page, '02-picker');
    await sidebar.locator('#insert-events').click();
    await sidebar.locator('#notice[data-kind="ok"]').waitFor();

    await showTab(page, 'Track (Custom)');
    await eventually(async () => {
      const events = (await columnTexts(page, 'C')).filter((t) => t && t !== 'Event Name');
      expect(events).toEqual(chosen);
    });
    // Each event's property rows are a row group with its toggle on the event row.
    expect(await page.locator('#grid .group-toggle').count()).toBe(chosen.length);

    // Inserting twice adds nothing twice: the picker now shows them as in the plan, not selectable.
    await eventually(async () => {
      for (const name of chosen) expect(await sidebar.locator('.pick', { hasText: name }).locator('input').isDisabled()).toBe(true);
    });
    await sidebarShot(page, '03-inserted');
    await pageShot(page, '03-inserted');
    await page.close();
  });
});

describe('Rows', () => {
  it('Minimize rows hides every property row and Reset rows shows them again', async () => {
    const { page, sidebar } = await freshPage(session());
    await showSpecEvents(sidebar, 'video');
    await sidebar.locator('#select-all').click();
    await sidebar.locator('#insert-events').click();
    await sidebar.locator('#notice[data-kind="ok"]').waitFor();
    await showTab(page, 'Track (Custom)');
    await eventually(async () => expect((await columnTexts(page, 'F')).filter(Boolean).length).toBeGreaterThan(10));
    const rowsBefore = await page.locator('#grid tbody tr').count();

    await sidebar.locator('#rows > summary').click();
    await sidebar.locator('#minimize-rows').click();
    await eventually(async () => {
      // Only the header and event rows (and the empty rows below) are left on show.
      expect((await columnTexts(page, 'F')).filter((t) => t && t !== 'Property Name')).toEqual([]);
      expect(await page.locator('#grid .group-toggle[aria-expanded="false"]').count()).toBeGreaterThan(0);
    });
    expect(await page.locator('#grid tbody tr').count()).toBeLessThan(rowsBefore);
    await pageShot(page, '04-minimized');

    await sidebar.locator('#reset-rows').click();
    await eventually(async () => expect(await page.locator('#grid tbody tr').count()).toBe(rowsBefore));
    expect(await page.locator('#grid .group-toggle[aria-expanded="false"]').count()).toBe(0);

    await sidebar.locator('#repair-groups').click();
    await eventually(async () => expect(await sidebar.locator('#notice-text').textContent()).toMatch(/group/i));
    expect(await sidebar.locator('#notice').getAttribute('data-kind')).toBe('ok');

    // The grid's own toggle collapses one group, as the user would in Sheets.
    await page.locator('#grid .group-toggle').first().click();
    await eventually(async () => expect(await page.locator('#grid .group-toggle[aria-expanded="false"]').count()).toBe(1));
    await page.close();
  });
});
