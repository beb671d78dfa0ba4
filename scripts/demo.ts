/**
 * A terminal run of the add-on on the built-in template: loads dist/Code.js
 * against the in-memory Apps Script fakes, opens the menu, sets up the
 * template, inserts the Ecommerce v2 spec, minimizes the Track tab, and
 * prints every tab as a text grid with its toasts.
 *
 *   npx esbuild scripts/demo.ts --bundle --platform=node --format=cjs --outfile=/tmp/demo.js && node /tmp/demo.js
 */
import { clickMenuItem, createFakeServices, loadBundle, type SheetDump } from '../fakes';

/** Widest a column is printed; longer text is cut with an ellipsis. */
const CELL_WIDTH = 20;
/** Rows shown per tab; the rest is summarised. */
const MAX_ROWS = 24;

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

/** One tab as text: a margin with row number, group depth (│) and collapsed (▸) markers. */
function grid(dump: SheetDump): string {
  const lines = [`== ${dump.name} (${dump.lastRow} rows, ${dump.frozenRows} frozen, ${dump.rowGroups.length} row groups) ==`];
  const widths = (dump.values[0] ?? []).map((_, c) =>
    Math.min(CELL_WIDTH, Math.max(3, ...dump.values.slice(0, 200).map((row) => String(row[c] ?? '').length))),
  );
  const collapsed = new Set(dump.collapsedRows);
  const controls = new Set(dump.rowGroups.filter((g) => g.collapsed).map((g) => g.start - 1));
  let hidden = 0;
  let shown = 0;
  for (let r = 1; r <= dump.lastRow; r++) {
    if (collapsed.has(r)) {
      hidden++;
      continue;
    }
    if (shown++ >= MAX_ROWS) continue;
    const depth = dump.rowGroupDepths[r] ?? 0;
    const margin = `${String(r).padStart(4)} ${controls.has(r) ? '▸' : ' '}${'│'.repeat(depth).padEnd(2)}`;
    const cells = dump.values[r - 1].map((v, c) => fit(String(v ?? ''), widths[c]));
    lines.push(`${margin} ${cells.join('|')}`.trimEnd());
  }
  if (shown > MAX_ROWS) lines.push(`     … ${shown - MAX_ROWS} more visible rows`);
  if (hidden) lines.push(`     (${hidden} property rows hidden in collapsed groups)`);
  return lines.join('\n');
}

function main(): void {
  const services = createFakeServices({ name: 'My tracking plan' });
  const ctx = loadBundle(services, `${process.cwd()}/dist/Code.js`);
  ctx.onOpen({ authMode: 'NONE' });
  const menu = services.ui.testAddonMenu()!;
  console.log(`Menu "${menu.title}": ${menu.entries.map((e) => (e.type === 'separator' ? '—' : e.caption)).join(' · ')}\n`);

  const steps: [string, string?][] = [['Set up template'], ['Ecommerce v2', 'Insert spec events'], ['Minimize rows']];
  for (const [caption, submenu] of steps) {
    if (caption === 'Minimize rows') console.log(`\nBefore Minimize rows:\n${grid(services.spreadsheet.testDump('Track (Custom)'))}\n`);
    services.calls.reset();
    clickMenuItem(services, ctx, caption, submenu);
    const toast = services.spreadsheet.testToasts().pop();
    const alert = services.ui.testAlerts().pop();
    console.log(`> ${submenu ? `${submenu} › ` : ''}${caption}  (${services.calls.count()} service calls)`);
    if (toast) console.log(`  toast: ${toast.message}`);
    if (alert) console.log(`  alert: ${alert.prompt}`);
  }
  console.log('');
  for (const dump of Object.values(services.spreadsheet.testDumpAll())) console.log(`${grid(dump)}\n`);
}

main();
