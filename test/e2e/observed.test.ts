/**
 * The Observed data section in real Chromium, against the bundle on the
 * playground's in-memory spreadsheet: a file chosen in the browser is read
 * in slices and sent chunk by chunk, the comparison is listed, and "Add to
 * plan" writes the picked unplanned events into the Track tab.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnTexts, eventually, freshPage, ROOT, sessionPerFile, showTab, sidebarShot, typeInCell } from './helpers';

jest.setTimeout(90000);

const session = sessionPerFile();

const TRACK = 'Track (Custom)';

describe('Observed data in the sidebar', () => {
  it('uploads a Segment export, lists what it found, and adds the picked unplanned event to the plan', async () => {
    const { page, sidebar } = await freshPage(session());
    await typeInCell(page, TRACK, 'C2', 'Order Completed');
    await typeInCell(page, TRACK, 'C3', 'Product Viewed');

    await sidebar.locator('#observed > summary').click();
    const events = readFileSync(join(ROOT, 'test', 'fixtures', 'coverage', 'segment-events.jsonl'));
    await sidebar.locator('#observed-file').setInputFiles({ name: 'segment-events.jsonl', mimeType: 'application/json', buffer: events });
    await sidebar.locator('#observed-read').click();
    const result = sidebar.locator('#observed-result');
    await result.locator('.observed-event').first().waitFor();

    expect(await result.locator('.observed-summary').textContent()).toBe('2 of 2 planned events seen · 0 not seen · 2 not planned · 1 near miss');
    const rows = await result
      .locator('.observed-event')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-name')}|${e.getAttribute('data-status')}`));
    expect(rows).toEqual([
      'Order Completed|seen',
      'order completed|near miss',
      'Product Viewed|seen',
      'Cart Shared|not planned',
      'signup_clicked|not planned',
      'Identify|seen',
      'Home|unplanned kind',
    ]);
    expect(await sidebar.locator('#notice-text').textContent()).toContain('segment-events.jsonl (Segment raw events (JSON), 9 records)');

    const add = sidebar.locator('#observed-add');
    expect(await add.isDisabled()).toBe(true);
    await result.locator('.observed-event[data-name="Cart Shared"] input').check();
    await eventually(async () => expect(await add.textContent()).toBe('Add 1 event to plan'));
    await sidebarShot(page, '20-observed');
    await add.click();
    await eventually(async () => expect(await sidebar.locator('#notice-text').textContent()).toBe('Inserted 1 event.'));
    expect(await result.locator('.observed-event[data-name="Cart Shared"]').getAttribute('data-added')).toBe('true');
    expect(await result.locator('.observed-event[data-name="Cart Shared"] input').isDisabled()).toBe(true);

    await showTab(page, TRACK);
    await eventually(async () =>
      expect((await columnTexts(page, 'C')).filter(Boolean)).toEqual(['Event Name', 'Order Completed', 'Product Viewed', 'Cart Shared']),
    );
    expect((await columnTexts(page, 'F')).filter(Boolean)).toEqual(['Property Name', 'cart_id']);
    expect((await columnTexts(page, 'G')).filter(Boolean)).toEqual(['Type', 'String']);
    // The add-on's Coverage tab is there beside the plan.
    expect(await page.locator('#tabs .tab', { hasText: 'Coverage' }).count()).toBe(1);
    await page.close();
  });
});
