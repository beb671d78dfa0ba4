/**
 * The History section in real Chromium, against the bundle on the
 * playground's in-memory spreadsheet: the status filter, Save version,
 * the changes since a version and the Changelog tab.
 */
import { type FrameLocator, type Page } from 'playwright-core';
import { cell, eventually, freshPage, sessionPerFile, showTab, sidebarShot, typeInCell } from './helpers';

jest.setTimeout(120000);

const session = sessionPerFile();

const TRACK = 'Track (Custom)';

async function idle(sidebar: FrameLocator): Promise<void> {
  await eventually(async () => expect(await sidebar.locator('#status').getAttribute('data-state')).toBe('idle'));
}

async function openHistory(page: Page, sidebar: FrameLocator): Promise<void> {
  await typeInCell(page, TRACK, 'C2', 'Order Completed');
  await typeInCell(page, TRACK, 'D2', 'The order is paid.');
  await typeInCell(page, TRACK, 'K2', 'Approved');
  await typeInCell(page, TRACK, 'F3', 'total');
  await typeInCell(page, TRACK, 'G3', 'Number');
  await typeInCell(page, TRACK, 'C4', 'Cart Viewed');
  await typeInCell(page, TRACK, 'D4', 'The cart opens.');
  await typeInCell(page, TRACK, 'K4', 'In Review');
  await sidebar.locator('#history > summary').click();
  await idle(sidebar);
}

describe('the History section', () => {
  it('filters events by status and selects the chosen event', async () => {
    const { page, sidebar } = await freshPage(session());
    await openHistory(page, sidebar);
    const options = await sidebar.locator('#status-filter option').allTextContents();
    expect(options).toEqual(['Choose a status…', 'Planned (0)', 'In Review (1)', 'Approved (1)', 'In Progress (0)', 'Implemented (0)', 'Deprecated (0)']);
    await sidebar.locator('#status-filter').selectOption('In Review');
    expect(await sidebar.locator('#status-events .status-event').allTextContents()).toEqual(['Cart Viewed']);

    // A status typed after the section loaded shows after Refresh.
    await typeInCell(page, TRACK, 'K2', 'In Review');
    await sidebar.locator('#refresh-statuses').click();
    await eventually(async () => expect(await sidebar.locator('#status-events .status-event').allTextContents()).toEqual(['Order Completed', 'Cart Viewed']));

    await showTab(page, 'Goals');
    await sidebar.locator('#status-events .status-event', { hasText: 'Cart Viewed' }).click();
    await page.locator(`#grid[data-sheet="${TRACK}"] td.selected[data-a1="C4"]`).waitFor();
    await page.close();
  });

  it('saves a version, shows the breaking change made since, and writes the Changelog tab', async () => {
    const { page, sidebar } = await freshPage(session());
    await openHistory(page, sidebar);
    expect(await sidebar.locator('#show-changes').isDisabled()).toBe(true);
    expect(await sidebar.locator('#compare-from option').allTextContents()).toEqual(['No version saved yet']);
    // A blank name is refused with a message.
    await sidebar.locator('#save-version').click();
    await eventually(async () =>
      expect(await sidebar.locator('#notice[data-kind="error"] #notice-text').textContent()).toMatch(/^Type a name for the version/),
    );

    await sidebar.locator('#version-name').fill('Before review');
    await sidebar.locator('#save-version').click();
    await eventually(async () => expect(await sidebar.locator('#notice-text').textContent()).toBe('Saved version 1, "Before review", with 2 events.'));
    expect(await sidebar.locator('#compare-from option').allTextContents()).toEqual([
      expect.stringMatching(/^1\. Before review \(\d{4}-\d\d-\d\d, 2 events\)$/),
    ]);
    expect(await sidebar.locator('#version-name').inputValue()).toBe('');

    await typeInCell(page, TRACK, 'G3', 'String');
    await typeInCell(page, TRACK, 'K4', 'Approved');
    await sidebar.locator('#show-changes').click();
    await eventually(async () => expect(await sidebar.locator('#changes-list li').count()).toBe(2));
    expect(await sidebar.locator('#notice').getAttribute('data-kind')).toBe('problems');
    expect(await sidebar.locator('#changes-list .badge').allTextContents()).toEqual(['breaking', 'change']);
    expect(await sidebar.locator('#changes-list .change-where').allTextContents()).toEqual(['Order Completed › total', 'Cart Viewed']);
    expect(await sidebar.locator('#changes-list .change-message').allTextContents()).toEqual([
      'type changed from "Number" to "String"',
      'status changed from "In Review" to "Approved"',
    ]);
    await sidebarShot(page, '09-history-changes');

    await sidebar.locator('#write-changelog').click();
    await eventually(async () => expect(await sidebar.locator('#notice-text').textContent()).toMatch(/^Wrote the Changelog tab\./));
    await page.locator('#grid[data-sheet="Changelog"]').waitFor();
    expect(await cell(page, 'A3').textContent()).toBe('breaking');
    expect(await cell(page, 'C3').textContent()).toBe('total');
    await page.close();
  });
});
