/**
 * Import in real Chromium: a file chosen in the sidebar's Import section is
 * read in the browser, sent to the built bundle on the playground's
 * spreadsheet, and its rows appear in the grid; a name already in the plan
 * is listed as a conflict that selects its cell when clicked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FrameLocator } from 'playwright-core';
import { cell, columnTexts, eventually, freshPage, sessionPerFile, showTab, sidebarShot, typeInCell } from './helpers';
import { FIXTURES } from '../core/import/fixtures';

jest.setTimeout(90000);

const session = sessionPerFile();

const TRACK = 'Track (Custom)';

async function importFile(sidebar: FrameLocator, name: string, content: string): Promise<void> {
  await sidebar.locator('#import > summary').click();
  await sidebar.locator('#import-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
  await sidebar.locator('#import-run').click();
  await eventually(async () => {
    expect(await sidebar.locator('#status').getAttribute('data-state')).toBe('idle');
    expect(await sidebar.locator('#import-result .import-message').count()).toBe(1);
  });
}

describe('import in the sidebar', () => {
  it('adds the events of an uploaded Typewriter plan.json to the Track tab', async () => {
    const { page, sidebar } = await freshPage(session());
    await importFile(sidebar, 'plan.json', readFileSync(join(FIXTURES, 'typewriter-plan.json'), 'utf8'));
    expect(await sidebar.locator('#notice-text').textContent()).toBe('Imported 2 events (7 property rows) from plan.json.');
    await showTab(page, TRACK);
    await eventually(async () => expect((await columnTexts(page, 'C')).filter(Boolean)).toEqual(['Event Name', 'Order Completed', 'Signed Up']));
    expect(await cell(page, 'F3').textContent()).toBe('currency');
    expect(await cell(page, 'I3').textContent()).toBe('USD, EUR');
    await sidebarShot(page, '20-import');
    await page.close();
  });

  it('lists a name already in the plan as a conflict, leaves its row, and selects it on click', async () => {
    const { page, sidebar } = await freshPage(session());
    await typeInCell(page, TRACK, 'C2', 'Signed Up');
    await typeInCell(page, TRACK, 'D2', 'Our own words');
    await importFile(sidebar, 'export.csv', readFileSync(join(FIXTURES, 'segment.csv'), 'utf8').replace(/Order Completed/g, 'Signed Up'));
    const conflict = sidebar.locator('#import-result .import-conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('.finding-where').textContent()).toBe("'Track (Custom)'!C2");
    expect(await conflict.locator('.finding-message').textContent()).toMatch(/^Event "Signed Up" from export\.csv is already in the plan \(row 2\)/);
    expect(await sidebar.locator('#notice').getAttribute('data-kind')).toBe('problems');
    expect(await cell(page, 'D2').textContent()).toBe('Our own words');
    await conflict.locator('.finding-target').click();
    await eventually(async () => expect(await page.locator('#cell-name').textContent()).toBe('C2'));
    await page.close();
  });

  it('explains why a RudderStack YAML file is refused, and changes nothing', async () => {
    const { page, sidebar } = await freshPage(session());
    await sidebar.locator('#import > summary').click();
    await sidebar
      .locator('#import-file')
      .setInputFiles({ name: 'plan.yaml', mimeType: 'text/yaml', buffer: readFileSync(join(FIXTURES, 'rudderstack-v1.yaml')) });
    await sidebar.locator('#import-run').click();
    await eventually(async () => expect(await sidebar.locator('#notice-text').textContent()).toMatch(/RudderStack YAML, which the sidebar does not read/));
    expect(await sidebar.locator('#notice').getAttribute('data-kind')).toBe('error');
    await showTab(page, TRACK);
    expect((await columnTexts(page, 'C')).filter(Boolean)).toEqual(['Event Name']);
    await page.close();
  });
});
