/**
 * Random small plans and random sequences of operations (insert spec
 * events, check, fix one, fix all of a rule, clear, minimize, reset, and
 * user edits with the onEdit trigger), through the built bundle. After
 * every step, the user's cells are what they were except where a fix or a
 * user edit wrote; after every Clear checks, the spreadsheet is what it was
 * minus the add-on's marks, and carries none of them.
 */
import { CHECKS_CAPTION } from '../../src/core/marks';
import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { type FakeServices } from '../../fakes';
import { HEADERS, row, seedPlan, TRACK } from '../bundle/checks-helpers';
import { ensureBuilt, open } from '../bundle/sheet-helpers';
import { type Dump, dumpAll, expectClearMessage, GENERIC_FAILURE, userChanges, withoutMarks } from './helpers';

beforeAll(ensureBuilt);

const EVENT_NAMES = [
  'Order Completed',
  'order_completed',
  'productViewed',
  ' Spaced  Name ',
  'Signed Up',
  '🛒 Cart Viewed',
  '<b>Bold</b> Clicked',
  'Video Playback Started',
  'تم الطلب',
  '+1 Added',
  'Order Completed',
];
const PROPERTY_NAMES = ['order_id', 'cartValue', 'Product ID', 'price', 'ünïcode_name', 'order id', '$revenue', 'a'.repeat(300)];
const TYPES = ['String', 'Number', 'int', '', 'Boolean'];
const VIDEO = ['Video Playback Started', 'Video Playback Paused', 'Video Ad Started', 'Video Content Completed'];
const RULES = ['event-casing', 'property-casing', 'property-type', 'whitespace', 'duplicate-event'];

const eventArb = fc.record({
  name: fc.constantFrom(...EVENT_NAMES),
  properties: fc.array(fc.record({ name: fc.constantFrom(...PROPERTY_NAMES), type: fc.constantFrom(...TYPES) }), { maxLength: 3 }),
});

const decorationArb = fc.record({
  row: fc.integer({ min: 1, max: 14 }),
  column: fc.integer({ min: 1, max: 12 }),
  note: fc.option(fc.constantFrom('Ask Dana', '<i>html</i>', '=not a formula'), { nil: undefined }),
  background: fc.option(fc.constantFrom('#00ff00', '#123456'), { nil: undefined }),
});

type Op =
  | { kind: 'insert'; events: string[] }
  | { kind: 'check' }
  | { kind: 'fixOne'; pick: number }
  | { kind: 'fixAll'; rule: string }
  | { kind: 'clear' }
  | { kind: 'minimize' }
  | { kind: 'reset' }
  | { kind: 'edit'; row: number; column: number; value: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), events: fc.subarray(VIDEO, { minLength: 1 }) }),
  fc.constant({ kind: 'check' as const }),
  fc.record({ kind: fc.constant('fixOne' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('fixAll' as const), rule: fc.constantFrom(...RULES) }),
  fc.constant({ kind: 'clear' as const }),
  fc.constant({ kind: 'minimize' as const }),
  fc.constant({ kind: 'reset' as const }),
  fc.record({
    kind: fc.constant('edit' as const),
    row: fc.integer({ min: 2, max: 14 }),
    column: fc.integer({ min: 1, max: 12 }),
    value: fc.constantFrom(...EVENT_NAMES, ...PROPERTY_NAMES, ''),
  }),
);

function seed(
  services: FakeServices,
  events: { name: string; properties: { name: string; type: string }[] }[],
  grouped: boolean,
  decorations: { row: number; column: number; note?: string; background?: string }[],
  userChecks = false,
): void {
  const track: unknown[][] = [];
  const spans: [number, number][] = [];
  for (const e of events) {
    track.push(row('track', { Spec: 'Custom', 'Event Name': e.name, 'Fires When...': 'When it happens.' }));
    const first = track.length + 2;
    for (const p of e.properties) track.push(row('track', { 'Property Name': p.name, Type: p.type }));
    if (e.properties.length) spans.push([first, track.length + 1]);
  }
  seedPlan(services, track, [
    row('goals', {
      'Business Goal': 'Revenue',
      Events: events
        .map((e) => e.name)
        .slice(0, 2)
        .join('\n'),
    }),
  ]);
  const sheet = services.spreadsheet.testSheet(TRACK);
  if (grouped) for (const [a, b] of spans) sheet.testSetRowGroupDepth(a, b, 1);
  for (const d of decorations) {
    const range = sheet.getRange(d.row, d.column);
    if (d.note) range.setNote(d.note);
    if (d.background) range.setBackground(d.background);
  }
  if (userChecks) {
    // The user's own QA column, captioned like the add-on's column once was, with a note and a dropdown.
    sheet.testSetValues(1, HEADERS.track.length + 1, [['Checks'], ['reviewed by Sam'], [''], ['✔ ok']]);
    sheet.getRange(1, HEADERS.track.length + 1).setNote('QA, keep');
    const app = services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    (sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet)
      .getRange(2, HEADERS.track.length + 1, 10, 1)
      .setDataValidation(app.newDataValidation().requireValueInList(['✔ ok', 'reviewed by Sam', '']).build());
  }
}

const col = (caption: string) => HEADERS.track.indexOf(caption) + 1;
const letters = (c: number) => String.fromCharCode(64 + c);

it('keeps the user’s cells through random operations, and Clear checks removes exactly the marks', () => {
  fc.assert(
    fc.property(
      fc.array(eventArb, { minLength: 1, maxLength: 5 }),
      fc.boolean(),
      fc.array(decorationArb, { maxLength: 4 }),
      fc.array(opArb, { minLength: 1, maxLength: 8 }),
      fc.boolean(),
      (events, grouped, decorations, ops, userChecks) => {
        const { services, ctx } = open();
        seed(services, events, grouped, decorations, userChecks);
        for (const op of ops) {
          const before: Dump = dumpAll(services);
          let allowed = new Set<string>();
          const messages: string[] = [];
          const call = (fn: string, ...args: unknown[]): any => {
            try {
              const out = ctx[fn](...args);
              if (out && typeof out.message === 'string') messages.push(out.message);
              return out;
            } catch (e) {
              messages.push((e as Error).message);
              return undefined;
            }
          };
          switch (op.kind) {
            case 'insert':
              call('insertSpecEvents', 'video', op.events);
              break;
            case 'check':
              call('checkNow');
              break;
            case 'fixOne': {
              const findings = (ctx.checkNow().findings as any[]).filter((f) => f.suggestion !== undefined);
              const f = findings[op.pick % Math.max(findings.length, 1)];
              const checked = dumpAll(services);
              if (f) {
                allowed = new Set([`${f.tab}!${f.a1}`]);
                call('fixFinding', { rule: f.rule, tab: f.tab, row: f.row, column: f.column, text: f.text });
              }
              expect(userChanges(before, checked)).toEqual([]);
              break;
            }
            case 'fixAll': {
              const findings = (ctx.checkNow().findings as any[]).filter((f) => f.rule === op.rule);
              allowed = new Set(findings.map((f) => `${f.tab}!${f.a1}`));
              call('fixAllOfRule', op.rule);
              break;
            }
            case 'clear':
              call('clearChecks');
              break;
            case 'minimize':
              call('minimizeRows');
              break;
            case 'reset':
              call('resetRows');
              break;
            case 'edit': {
              // The user types into a cell; Sheets then runs the simple trigger.
              const sheet = services.spreadsheet.testSheet(TRACK);
              const oldValue = before[TRACK].values[op.row - 1]?.[op.column - 1];
              sheet.testSetValues(op.row, op.column, [[op.value]]);
              allowed = new Set([`${TRACK}!${letters(op.column)}${op.row}`]);
              const edited = dumpAll(services);
              services.testSetAuthMode('LIMITED');
              ctx.onEdit({ range: sheet.getRange(op.row, op.column), source: services.spreadsheet, value: op.value, oldValue, authMode: 'LIMITED', user: {} });
              services.testSetAuthMode('FULL');
              // The trigger itself changes nothing of the user's, not even the cell just typed.
              expect(userChanges(edited, dumpAll(services))).toEqual([]);
              break;
            }
          }
          for (const m of messages) {
            expectClearMessage(m);
            expect(m).not.toMatch(GENERIC_FAILURE);
          }
          const after = dumpAll(services);
          expect([op, userChanges(before, after, { allowed })]).toEqual([op, []]);
          if (op.kind === 'clear') {
            // Clear leaves exactly the sheet minus the marks, and no mark at all.
            expect(withoutMarks(after)).toEqual(withoutMarks(before));
            for (const d of Object.values(after)) {
              expect(d.conditionalFormatRules.filter((r) => /^=ISNUMBER\(SEARCH\("/.test(String(r.values[0])))).toEqual([]);
              expect(d.values.slice(0, 20).some((r) => r.includes(CHECKS_CAPTION))).toBe(false);
            }
          }
        }
        // However the sequence went, a final Clear leaves no mark and keeps the rest:
        // every user value, note, format, validation, column and group.
        const last = dumpAll(services);
        ctx.clearChecks();
        const cleared = dumpAll(services);
        expect(withoutMarks(cleared)).toEqual(withoutMarks(last));
        expect(userChanges(last, cleared)).toEqual([]);
        for (const [tab, d] of Object.entries(cleared)) {
          const marked = last[tab].values.slice(0, 20).some((r) => r.includes(CHECKS_CAPTION));
          // The add-on's column goes (none of its cells was typed into); no other column does.
          expect([tab, d.maxColumns]).toEqual([tab, last[tab].maxColumns - (marked ? 1 : 0)]);
          expect(Object.values(d.notes).filter((n) => n.startsWith('Checks by the Tracking Plan add-on'))).toEqual([]);
        }
        expect(services.spreadsheet.createDeveloperMetadataFinder().withKey('trackingPlan.ownedColumn').find()).toEqual([]);
        if (userChecks) {
          const d = cleared[TRACK];
          const c = HEADERS.track.length;
          expect([d.values[0][c], d.values[1][c], d.values[3][c], d.notes[`${letters(c + 1)}1`]]).toEqual(['Checks', 'reviewed by Sam', '✔ ok', 'QA, keep']);
        }
      },
    ),
    propertyRuns(30),
  );
}, 120_000);

it('names the rule columns it relies on', () => {
  expect(col('Event Name')).toBeGreaterThan(0);
  expect(col('Property Name')).toBeGreaterThan(0);
});
