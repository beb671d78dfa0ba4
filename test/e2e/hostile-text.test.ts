/**
 * Issue 7: no sheet text is ever put into the page as HTML. The built
 * dist/Sidebar.html runs in Chromium against a stub `google.script.run`
 * whose every answer carries hostile strings in every string field, and
 * each section is driven so its renderer runs. After each, the page must
 * have run no script, grown no <img>/<svg>/<script>, no on* attribute and
 * no javascript: link, and must show the strings literally.
 */
import { ensureBuilt } from '../ensure-built';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import type {
  CoverageResultDto,
  CheckResultDto,
  ExportDto,
  FindingDto,
  OverviewDto,
  SettingsDto,
  SpecListDto,
  SpecPickerDto,
  ImportResultDto,
} from '../../src/gas/api-types';
import type { SidebarFunction } from '../../templates/sidebar/server';
import { CHROMIUM, eventually, ROOT } from './helpers';

jest.setTimeout(90000);

// Overridable so a deliberately broken copy can show that these tests fail.
const SIDEBAR = process.env.SIDEBAR_HTML || join(ROOT, 'dist', 'Sidebar.html');

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const JS_URL = 'javascript:window.__pwned=1';
const FORMULA = '=HYPERLINK("http://evil")';
const HOSTILE = [IMG, SCRIPT, SVG, JS_URL, FORMULA];
/** The i-th hostile string, wrapping, so parallel fields get different ones. */
const hostile = (i: number): string => HOSTILE[i % HOSTILE.length];

// DTOs in which every string a person could have typed is hostile -----------------

const RULES = [
  { id: 'event-casing', severity: 'error', title: IMG, description: SCRIPT },
  { id: 'whitespace', severity: 'warning', title: SVG, description: JS_URL },
  { id: 'missing-description', severity: 'info', title: FORMULA, description: IMG },
] as SettingsDto['choices']['rules'];

function finding(i: number, rule: string): FindingDto {
  return {
    rule: rule as FindingDto['rule'],
    severity: (['error', 'warning', 'info'] as const)[i % 3],
    tab: hostile(i),
    row: i + 2,
    column: 3,
    a1: `C${i + 2}`,
    text: hostile(i),
    message: hostile(i + 1),
    suggestion: hostile(i + 2),
    hint: hostile(i + 3),
  };
}

// Five findings of known rules, and one whose rule id is itself hostile (its group title falls back to the id).
const FINDINGS: FindingDto[] = [...HOSTILE.map((_, i) => finding(i, RULES[i % RULES.length].id)), finding(0, SVG)];

const CHECK: CheckResultDto = { errors: 2, warnings: 2, infos: 2, findings: FINDINGS, message: SCRIPT };

const OVERVIEW: OverviewDto = {
  spreadsheetName: IMG,
  counts: { goals: 1, events: 2, properties: 3, traits: 4 },
  lastCheck: { errors: 1, warnings: 1, infos: 1, at: '2024-01-01T00:00:00.000Z' },
  missingTabs: HOSTILE,
  problems: HOSTILE.map((_, i) => hostile(i + 2)),
};

const SPECS: SpecListDto = { specs: HOSTILE.map((text, i) => ({ id: hostile(i + 1), name: text, eventCount: i })) };

const PICKER: SpecPickerDto = {
  specId: SVG,
  specName: SCRIPT,
  events: [
    ...HOSTILE.map((text, i) => ({ name: text, description: hostile(i + 1), category: hostile(i + 2), propertyCount: i, inPlan: false })),
    { name: `${FORMULA} (in plan)`, description: IMG, category: JS_URL, propertyCount: 1, inPlan: true },
  ],
};

const SETTINGS: SettingsDto = {
  settings: {
    eventCasing: IMG as SettingsDto['settings']['eventCasing'],
    propertyCasing: SVG as SettingsDto['settings']['propertyCasing'],
    acceptedWords: HOSTILE,
    severities: { whitespace: 'off' },
    acceptedFindings: [{ rule: 'event-casing', tab: SCRIPT, name: IMG }],
  },
  choices: { eventCasing: [SCRIPT, JS_URL], propertyCasing: [FORMULA, IMG], rules: RULES },
  warnings: HOSTILE,
};

const exportOf = (offset: number): ExportDto => ({
  files: HOSTILE.map((text, i) => ({ filename: hostile(i + offset), mimeType: 'text/plain', content: `${text}\n${FORMULA}` })),
  message: hostile(offset + 1),
});

const COVERAGE: CoverageResultDto = {
  errors: 1,
  warnings: 1,
  infos: 0,
  message: SVG,
  tab: SCRIPT,
  read: IMG,
  counts: { planned: 2, seen: 2, plannedSeen: 1, notSeen: 1, notPlanned: 2, nearMisses: 1 },
  events: HOSTILE.map((name, i) => ({
    kind: 'track' as const,
    name,
    planned: false,
    seen: true,
    status: i === 0 ? 'near miss' : 'not planned',
    count: i + 1,
    plannedAs: i === 0 ? hostile(i + 1) : undefined,
    findings: [{ rule: hostile(i + 2), severity: 'error' as const, message: hostile(i + 3), cell: hostile(i + 4) }],
    properties: [{ name: hostile(i + 1), type: hostile(i + 2), planned: false, count: 1 }],
  })),
};
const IMPORTED: ImportResultDto = {
  message: SVG,
  counts: { events: 1, properties: 2, traits: 3, pages: 0 },
  conflicts: HOSTILE.map((text, i) => ({ tab: hostile(i + 1), row: i + 2, column: 3, a1: `C${i + 2}`, message: text })),
  notes: HOSTILE,
};
const VERSIONS = { versions: HOSTILE.map((text, i) => ({ id: HOSTILE.length - i, name: text, savedAt: '2026-11-30T12:00:00.000Z', events: i })), message: IMG };
const CHANGES = {
  title: SVG,
  breaking: 1,
  other: 1,
  changes: [
    { breaking: false, kind: 'status', event: FORMULA, message: IMG },
    { breaking: true, kind: 'type', event: IMG, property: SCRIPT, before: FORMULA, after: JS_URL, message: SVG },
  ],
  message: SCRIPT,
};
const STATUS_LIST = {
  statuses: ['Planned', 'Approved'],
  events: HOSTILE.map((text, i) => ({ name: text, status: i % 2 ? 'Approved' : hostile(i + 1), tab: hostile(i), row: i + 2, column: 3 })),
};

/** The answer of every function the sidebar may call; the type makes a new entry point fail to compile here. */
const ANSWERS: Record<SidebarFunction, unknown> = {
  getOverview: OVERVIEW,
  checkNow: CHECK,
  clearChecks: { message: IMG },
  fixFinding: { ...CHECK, findings: FINDINGS.slice(1), message: SVG },
  fixAllOfRule: { ...CHECK, findings: FINDINGS.slice(2), message: JS_URL },
  selectCell: null,
  listSpecs: SPECS,
  listSpecEvents: PICKER,
  insertSpecEvents: { message: FORMULA },
  setUpTemplate: { message: SCRIPT },
  minimizeRows: { message: IMG },
  resetRows: { message: SVG },
  repairRowGroups: { message: FORMULA },
  getSettings: SETTINGS,
  saveSettings: { ...SETTINGS, warnings: [JS_URL, SCRIPT] },
  exportPlan: exportOf(0),
  readObservedChunk: { reader: null, observation: { events: [] }, files: [], records: 3 },
  finishCoverage: COVERAGE,
  listObservedTabs: { tabs: HOSTILE },
  coverageFromTab: COVERAGE,
  addObservedToPlan: { message: JS_URL },
  importPlanFile: IMPORTED,
  saveVersion: { ...VERSIONS, message: FORMULA },
  listVersions: VERSIONS,
  compareVersions: CHANGES,
  writeChangelog: { ...CHANGES, message: JS_URL },
  listEventStatuses: STATUS_LIST,
  updateStatusDropdown: { message: SVG },
  getChangeStamp: { stamp: SCRIPT },
  getSidebarState: { stamp: SCRIPT, overview: OVERVIEW, result: CHECK },
  previewFixAll: {
    rule: 'event-casing',
    changes: HOSTILE.map((text, i) => ({ tab: hostile(i), row: i + 2, column: 3, a1: `C${i + 2}`, before: text, after: hostile(i + 1) })),
  },
  undoLastFix: { ...CHECK, message: SCRIPT },
  acceptFinding: { ...CHECK, message: IMG },
  unacceptFinding: { ...CHECK, message: SVG },
};

// The stub google.script.run ---------------------------------------------------

interface StubConfig {
  answers: Record<string, unknown>;
  /** Names of functions that fail (their failure handler gets an Error), or '*' for all. */
  fail: string[];
  failMessage: string;
  /** Never answer: the page as it is before any data arrives. */
  hang: boolean;
}

interface StubWindow {
  __pwned?: unknown;
  __stub: { fail: string[]; failMessage: string; answers: Record<string, unknown>; calls: { name: string; args: unknown[] }[] };
}

/** Runs in the page before its script: answers asynchronously like Apps Script, with JSON copies. */
function installStub(config: StubConfig): void {
  const stub = { fail: config.fail, failMessage: config.failMessage, answers: config.answers, calls: [] as { name: string; args: unknown[] }[] };
  (window as unknown as StubWindow).__stub = stub;
  type Handler = (value: unknown) => void;
  function runner(success?: Handler, failure?: Handler): Record<string, unknown> {
    const r: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => runner(handler, failure),
      withFailureHandler: (handler: Handler) => runner(success, handler),
    };
    for (const name of Object.keys(stub.answers)) {
      r[name] = (...args: unknown[]) => {
        stub.calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
        if (config.hang) return;
        setTimeout(() => {
          if (stub.fail.includes('*') || stub.fail.includes(name)) failure?.(new Error(stub.failMessage));
          else success?.(JSON.parse(JSON.stringify(stub.answers[name] ?? null)));
        }, 5);
      };
    }
    return r;
  }
  (window as unknown as { google: unknown }).google = { script: { run: runner() } };
}

// Browser ----------------------------------------------------------------------

let context: BrowserContext;
let profile: string;
/** The sidebar's own elements of the kinds an injection would add, counted before any data arrived. */
let baseline: Record<string, number>;
const WATCHED = ['img', 'svg', 'script', 'iframe', 'object', 'embed', 'math', 'style', 'link', 'meta', 'base', 'a', 'form'];

interface Opened {
  page: Page;
  dialogs: string[];
  errors: string[];
}

async function open(config: Partial<StubConfig> = {}): Promise<Opened> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(installStub, { answers: ANSWERS, fail: [], failMessage: IMG, hang: false, ...config });
  await page.goto(pathToFileURL(SIDEBAR).href);
  if (!config.hang) await page.locator('body[data-loaded="true"]').waitFor({ state: 'attached' });
  return { page, dialogs, errors };
}

async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate((tags) => Object.fromEntries(tags.map((tag) => [tag, document.getElementsByTagName(tag).length])), WATCHED);
}

async function setFail(page: Page, names: string[], message: string): Promise<void> {
  await page.evaluate(
    ([n, m]) => {
      const s = (window as unknown as StubWindow).__stub;
      s.fail = n;
      s.failMessage = m;
    },
    [names, message] as const,
  );
}

async function calls(page: Page, name: string): Promise<unknown[][]> {
  return page.evaluate((n) => (window as unknown as StubWindow).__stub.calls.filter((c) => c.name === n).map((c) => c.args), name);
}

async function idle(page: Page): Promise<void> {
  await eventually(async () => expect(await page.locator('#status').getAttribute('data-state')).toBe('idle'));
}

/** Opens the stubbed sidebar, runs one test's steps on it, then checks that none of the hostile text ran and closes it. */
async function onSidebar(steps: (page: Page, opened: Opened) => Promise<void>, config: Partial<StubConfig> = {}): Promise<void> {
  const opened = await open(config);
  await steps(opened.page, opened);
  await expectNothingRan(opened);
  await opened.page.close();
}

/** The whole page is still only the sidebar's own markup plus text. */
async function expectNothingRan(opened: Opened): Promise<void> {
  const { page } = opened;
  await idle(page);
  await page.waitForTimeout(150); // an onerror/onload would fire within a tick or two
  expect(opened.dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as StubWindow).__pwned)).toBeUndefined();
  const now = await counts(page);
  // Export links are the only elements the sidebar adds of these kinds; they are checked separately.
  const exportLinks = await page.locator('#export-files a').count();
  expect({ ...now, a: now.a - exportLinks }).toEqual(baseline);
  const bad = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(element.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`<${element.tagName.toLowerCase()} ${attr.name}>`);
        if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) {
          found.push(`<${element.tagName.toLowerCase()} ${attr.name}="${attr.value}">`);
        }
      }
    }
    return found;
  });
  expect(bad).toEqual([]);
  expect(page.frames()).toHaveLength(1);
  expect(page.url()).toBe(pathToFileURL(SIDEBAR).href);
  expect(opened.errors).toEqual([]);
}

/** Each string shows as those very characters in the element's text. */
async function expectLiteral(locator: Locator, strings: readonly string[]): Promise<void> {
  const text = (await locator.allTextContents()).join('\n');
  for (const s of strings) expect(text).toContain(s);
}

/** Waits for the notice at the top to say `text` (it may still show the previous message for a moment). */
async function expectNotice(page: Page, text: string, kind: string): Promise<void> {
  await eventually(async () => {
    expect(await page.locator('#notice').isHidden()).toBe(false);
    expect({ text: await page.locator('#notice-text').textContent(), kind: await page.locator('#notice').getAttribute('data-kind') }).toEqual({ text, kind });
  });
}

beforeAll(async () => {
  if (!process.env.SIDEBAR_HTML) ensureBuilt();
  if (!existsSync(SIDEBAR)) throw new Error('dist/Sidebar.html is missing: run `node scripts/build.mjs` first.');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}.`);
  profile = mkdtempSync(join(tmpdir(), 'tp-hostile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const before = await open({ hang: true });
  await before.page.waitForLoadState('load');
  baseline = await counts(before.page);
  // The stub must really have been in place: the page asked it for its first loads.
  expect((await calls(before.page, 'getSidebarState')).length + (await calls(before.page, 'getSettings')).length).toBeGreaterThanOrEqual(1);
  expect(baseline.script).toBeGreaterThan(0);
  await before.page.close();
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  if (profile) rmSync(profile, { recursive: true, force: true });
});

// One test per section, so a failure names the renderer -----------------------------

describe('hostile text from the server is only ever text', () => {
  it('overview: spreadsheet name, missing tabs, parser problems, Set up template', () =>
    onSidebar(async (page) => {
      const body = page.locator('#overview-body');
      expect(await body.locator('.sheet-name').textContent()).toBe(IMG);
      expect(await body.locator('.sheet-name').getAttribute('title')).toBe(IMG);
      expect(await body.locator('.callout').first().locator('li').allTextContents()).toEqual(HOSTILE);
      expect(await body.locator('.callout').nth(1).locator('li').allTextContents()).toEqual(OVERVIEW.problems);
      const shownImg = [OVERVIEW.spreadsheetName, ...OVERVIEW.missingTabs, ...OVERVIEW.problems].filter((t) => t === IMG).length;
      expect(await body.getByText(IMG, { exact: true }).count()).toBe(shownImg);
      await page.locator('#set-up-template').click();
      await expectNotice(page, SCRIPT, 'ok');
      expect((await calls(page, 'setUpTemplate')).length).toBe(1);
    }));

  it('problems: check now, the finding list, select, Fix, Fix all, Clear checks', () =>
    onSidebar(async (page, opened) => {
      await page.locator('#check-now').click();
      await page.locator('#problems-body .rule-group').first().waitFor();
      await idle(page);
      await expectNotice(page, SCRIPT, 'problems');

      const body = page.locator('#problems-body');
      expect((await body.locator('.finding-text').allTextContents()).sort()).toEqual([...HOSTILE, FINDINGS[5].text].sort());
      expect((await body.locator('.finding-message').allTextContents()).sort()).toEqual(FINDINGS.map((f) => f.message).sort());
      expect((await body.locator('.finding-hint').allTextContents()).sort()).toEqual(FINDINGS.map((f) => f.hint).sort());
      expect((await body.locator('.finding-suggestion').allTextContents()).sort()).toEqual(FINDINGS.map((f) => `Suggested: ${f.suggestion}`).sort());
      // Tabs show in Sheets' quoted form: 'tab'!C2 (none of these holds a quote to double).
      expect((await body.locator('.finding-where').allTextContents()).sort()).toEqual(FINDINGS.map((f) => `'${f.tab}'!${f.a1}`).sort());
      // Rule titles from the settings, and the hostile rule id standing in for a title it lacks.
      await expectLiteral(body.locator('.rule-head'), [IMG, SVG, FORMULA]);
      expect(await body.locator('.rule-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toContain(SVG);

      // Selecting hands the server the tab exactly as received.
      await body.locator('.finding-target').first().click();
      await eventually(async () => expect((await calls(page, 'selectCell')).length).toBe(1));
      expect(HOSTILE).toContain((await calls(page, 'selectCell'))[0][0]);

      // Fix: the target goes back verbatim; the answer is rendered again.
      const firstFix = body.locator('.finding').first();
      const sent = { tab: await firstFix.locator('.finding-where').textContent(), text: await firstFix.locator('.finding-text').textContent() };
      await firstFix.getByRole('button', { name: /^Fix / }).click();
      await eventually(async () => expect((await calls(page, 'fixFinding')).length).toBe(1));
      await expectNotice(page, SVG, 'ok');
      const target = (await calls(page, 'fixFinding'))[0][0] as { tab: string; text: string };
      expect(target.text).toBe(sent.text);
      expect(`'${target.tab}'!`).toBe(sent.tab!.replace(/C\d+$/, ''));
      await expectNothingRan(opened);

      // Fix all of the group whose rule id is hostile.
      const groups = body.locator('.rule-group');
      const ids = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
      const hostileGroup = groups.nth(ids.indexOf(SVG));
      await hostileGroup.locator('.rule-head button').click();
      // It previews first: the preview's hostile cells are text too.
      await eventually(async () => expect(await calls(page, 'previewFixAll')).toEqual([[SVG]]));
      await expectLiteral(page.locator('#fix-preview'), HOSTILE);
      await page.locator('#preview-apply').click();
      await eventually(async () => expect(await calls(page, 'fixAllOfRule')).toEqual([['event-casing']]));
      await expectNotice(page, JS_URL, 'ok');
      await expectLiteral(
        body,
        FINDINGS.slice(2).map((f) => f.text),
      );

      await page.locator('#clear-checks').click();
      await expectNotice(page, IMG, 'ok');
    }));

  it('insert spec events: spec options, the picker, Insert', () =>
    onSidebar(async (page) => {
      const options = await page.locator('#spec-select option').allTextContents();
      expect(options.slice(1)).toEqual(SPECS.specs.map((s) => `${s.name} (${s.eventCount} event${s.eventCount === 1 ? '' : 's'})`));
      expect(await page.locator('#spec-select option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).slice(1))).toEqual(
        SPECS.specs.map((s) => s.id),
      );

      await page.locator('#insert > summary').click();
      await page.locator('#spec-select').selectOption({ index: 1 });
      await page.locator('#spec-events .pick').first().waitFor();
      expect(await calls(page, 'listSpecEvents')).toEqual([[SPECS.specs[0].id]]);
      expect(await page.locator('#spec-events .pick-name').allTextContents()).toEqual(PICKER.events.map((e) => e.name));
      expect(await page.locator('#spec-events .pick-category').allTextContents()).toEqual(PICKER.events.map((e) => e.category));
      expect(await page.locator('#spec-events label.pick').evaluateAll((els) => els.map((e) => e.getAttribute('title')))).toEqual(
        PICKER.events.map((e) => e.description),
      );
      expect(await page.locator('#spec-events input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(
        PICKER.events.map((e) => e.name),
      );

      await page.locator('#select-all').click();
      await page.locator('#insert-events').click();
      await eventually(async () => expect((await calls(page, 'insertSpecEvents')).length).toBe(1));
      expect((await calls(page, 'insertSpecEvents'))[0]).toEqual([PICKER.specId, HOSTILE]);
      await expectNotice(page, FORMULA, 'ok');
    }));

  it('conventions: casing choices, accepted words, rule switches, warnings, Save', () =>
    onSidebar(async (page) => {
      await page.locator('#conventions > summary').click();
      expect(await page.locator('#event-casing option').allTextContents()).toEqual([IMG, SCRIPT, JS_URL]);
      expect(await page.locator('#event-casing').inputValue()).toBe(IMG);
      expect(await page.locator('#property-casing option').allTextContents()).toEqual([SVG, FORMULA, IMG]);
      expect(await page.locator('#property-casing').inputValue()).toBe(SVG);
      expect(await page.locator('#accepted-words').inputValue()).toBe(HOSTILE.join('\n'));
      expect(await page.locator('#rule-list .rule-label').allTextContents()).toEqual(RULES.map((r) => r.title));
      expect(await page.locator('#rule-list .switch-desc').allTextContents()).toEqual(RULES.map((r) => `${r.id}: ${r.description}`));
      expect(await page.locator('#settings-warnings p').allTextContents()).toEqual(HOSTILE);
      expect(await page.locator('#settings-warnings').isHidden()).toBe(false);

      await page.locator('#save-settings').click();
      await eventually(async () => expect((await calls(page, 'saveSettings')).length).toBe(1));
      const saved = (await calls(page, 'saveSettings'))[0][0] as { eventCasing: string; propertyCasing: string; acceptedWords: string[] };
      expect(saved.eventCasing).toBe(IMG);
      expect(saved.propertyCasing).toBe(SVG);
      expect(saved.acceptedWords).toEqual(HOSTILE);
      // Checks are on (the state holds findings), so saving checks again under the new settings.
      await expectNotice(page, `Conventions saved, with the remarks shown below. ${SCRIPT}`, 'problems');
      expect(await page.locator('#settings-warnings p').allTextContents()).toEqual([JS_URL, SCRIPT]);
    }));

  it('observed data: tab names, the comparison, Add to plan', () =>
    onSidebar(async (page) => {
      await page.locator('#observed > summary').click();
      await eventually(async () => expect((await page.locator('#observed-tab option').allTextContents()).slice(1)).toEqual(HOSTILE));
      await page.locator('#observed-tab').selectOption({ index: 2 });
      await page.locator('#observed-read').click();
      await page.locator('#observed-result .observed-event').first().waitFor();
      await idle(page);
      expect(await calls(page, 'coverageFromTab')).toEqual([[HOSTILE[1]]]);
      await expectNotice(page, SVG, 'problems');
      const body = page.locator('#observed-result');
      expect(await body.locator('.observed-name').allTextContents()).toEqual(HOSTILE);
      expect(await body.locator('.observed-finding').allTextContents()).toEqual(COVERAGE.events.map((e) => `${e.findings[0].cell} ${e.findings[0].message}`));
      await expectLiteral(body.locator('.observed-read'), [IMG, SCRIPT]);
      // Only unplanned events can be picked; the near miss cannot.
      expect(await body.locator('input[type="checkbox"]').count()).toBe(4);
      await body.locator('input[type="checkbox"]').first().check();
      await page.locator('#observed-add').click();
      await eventually(async () => expect((await calls(page, 'addObservedToPlan')).length).toBe(1));
      expect((await calls(page, 'addObservedToPlan'))[0]).toEqual([[{ name: HOSTILE[1], properties: [{ name: hostile(2), type: hostile(3) }] }]]);
      await expectNotice(page, JS_URL, 'ok');
    }));

  it('rows: Minimize, Reset and Repair show their messages as text', () =>
    onSidebar(async (page) => {
      await page.locator('#rows > summary').click();
      for (const [id, message] of [
        ['#minimize-rows', IMG],
        ['#reset-rows', SVG],
        ['#repair-groups', FORMULA],
      ] as const) {
        await page.locator(id).click();
        await eventually(async () => expect(await page.locator('#notice-text').textContent()).toBe(message));
        await idle(page);
      }
      expect((await calls(page, 'minimizeRows')).length + (await calls(page, 'resetRows')).length + (await calls(page, 'repairRowGroups')).length).toBe(3);
    }));

  it('export: file names as link text, contents byte for byte, links only to blobs', () =>
    onSidebar(async (page) => {
      await page.locator('#export > summary').click();
      for (const [index, format] of (['protocols', 'typewriter', 'csv'] as const).entries()) {
        await page.evaluate(
          (answer) => {
            (window as unknown as StubWindow).__stub.answers.exportPlan = answer;
          },
          exportOf(index) as unknown as Record<string, unknown>,
        );
        await page.locator(`button.export[data-format="${format}"]`).click();
        // The findings on show hold errors: the sidebar lists them (as text) and asks first.
        await expectLiteral(page.locator('#export-confirm'), [IMG]);
        await page.locator('#export-anyway').click();
        const expected = exportOf(index);
        await eventually(async () => expect(await page.locator('#notice-text').textContent()).toBe(expected.message));
        await idle(page);
        const links = page.locator('#export-files a');
        expect(await links.allTextContents()).toEqual(expected.files.map((f) => f.filename));
        const found = await links.evaluateAll(async (els) =>
          Promise.all(
            els.map(async (a) => ({
              href: a.getAttribute('href') || '',
              download: a.getAttribute('download'),
              content: await (await fetch((a as HTMLAnchorElement).href)).text(),
            })),
          ),
        );
        for (const [i, link] of found.entries()) {
          expect(link.href).toMatch(/^blob:/);
          expect(link.download).toBe(expected.files[i].filename);
          expect(link.content).toBe(expected.files[i].content);
        }
      }
      expect(await calls(page, 'exportPlan')).toEqual([['protocols'], ['typewriter'], ['csv']]);
    }));

  it('import: the file goes to the server as text; message, conflicts and notes come back as text', () =>
    onSidebar(async (page) => {
      await page.locator('#import > summary').click();
      const content = `${SCRIPT}\n${FORMULA}`;
      await page.locator('#import-file').setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
      await page.locator('#import-run').click();
      await expectNotice(page, SVG, 'problems');
      expect(await calls(page, 'importPlanFile')).toEqual([[{ name: 'plan.csv', content }]]);
      const result = page.locator('#import-result');
      expect(await result.locator('.import-message').textContent()).toBe(SVG);
      expect(await result.locator('.import-conflict .finding-message').allTextContents()).toEqual(HOSTILE);
      expect(await result.locator('.import-notes li').allTextContents()).toEqual(HOSTILE);
      await result.locator('.import-conflict .finding-target').nth(1).click();
      await eventually(async () => expect(await calls(page, 'selectCell')).toEqual([[hostile(2), 3, 3]]));
    }));

  it('history: statuses, versions, changes and their messages', () =>
    onSidebar(async (page) => {
      await page.locator('#history > summary').click();
      await eventually(async () => expect((await calls(page, 'listVersions')).length).toBe(1));
      await idle(page);
      expect(await page.locator('#compare-from option').allTextContents()).toEqual(
        VERSIONS.versions.map((v) => `${v.id}. ${v.name} (2026-11-30, ${v.events} event${v.events === 1 ? '' : 's'})`),
      );
      // Statuses typed as hostile text are "Other text"; picking it lists those events, their text shown beside them.
      await page.locator('#status-filter').selectOption('(other)');
      expect(await page.locator('#status-events .status-event').allTextContents()).toEqual([IMG, SVG, FORMULA]);
      await expectLiteral(page.locator('#status-events'), [SCRIPT, JS_URL, IMG]);
      await page.locator('#status-events .status-event').first().click();
      await eventually(async () => expect(await calls(page, 'selectCell')).toEqual([[IMG, 2, 3]]));

      await page.locator('#update-status-dropdown').click();
      await expectNotice(page, SVG, 'ok');
      await page.locator('#version-name').fill(SCRIPT);
      await page.locator('#save-version').click();
      await expectNotice(page, FORMULA, 'ok');
      expect(await calls(page, 'saveVersion')).toEqual([[SCRIPT]]);
      await page.locator('#show-changes').click();
      await expectNotice(page, SCRIPT, 'problems');
      expect(await page.locator('#changes-list .change-where').allTextContents()).toEqual([`${IMG} › ${SCRIPT}`, FORMULA]);
      expect(await page.locator('#changes-list .change-message').allTextContents()).toEqual([SVG, IMG]);
      await expectLiteral(page.locator('#changes-summary'), [SVG]);
      await page.locator('#write-changelog').click();
      await expectNotice(page, JS_URL, 'problems');
      expect(await calls(page, 'writeChangelog')).toEqual([[HOSTILE.length, null]]);
    }));

  it('error notice: every action that fails shows the hostile message as text', () =>
    onSidebar(async (page) => {
      await page.locator('#check-now').click();
      await page.locator('#problems-body .finding').first().waitFor();
      await idle(page);
      for (const section of ['#rows', '#export', '#conventions', '#insert']) await page.locator(`${section} > summary`).click();

      const actions: [string, () => Promise<void>][] = [
        ['checkNow', () => page.locator('#check-now').click()],
        ['clearChecks', () => page.locator('#clear-checks').click()],
        ['setUpTemplate', () => page.locator('#set-up-template').click()],
        ['selectCell', () => page.locator('#problems-body .finding-target').first().click()],
        ['fixFinding', () => page.locator('#problems-body .finding').first().getByRole('button', { name: /^Fix / }).click()],
        ['previewFixAll', () => page.locator('#problems-body .rule-head button').first().click()],
        [
          'fixAllOfRule',
          async () => {
            await page.locator('#problems-body .rule-head button').first().click();
            await page.locator('#preview-apply').click();
          },
        ],
        [
          'acceptFinding',
          () =>
            page
              .locator('#problems-body .finding')
              .first()
              .getByRole('button', { name: /^Ignore this one/ })
              .click(),
        ],
        ['minimizeRows', () => page.locator('#minimize-rows').click()],
        ['resetRows', () => page.locator('#reset-rows').click()],
        ['repairRowGroups', () => page.locator('#repair-groups').click()],
        ['saveSettings', () => page.locator('#save-settings').click()],
        [
          'exportPlan',
          async () => {
            await page.locator('button.export[data-format="csv"]').click();
            await page.locator('#export-anyway').click();
          },
        ],
      ];
      for (const [i, [name, act]] of actions.entries()) {
        // "Exception: " is what Apps Script puts before a thrown message; the sidebar drops it and keeps the rest as text.
        const message = hostile(i);
        await setFail(page, [name], i % 2 ? `Exception: ${message}` : message);
        await act();
        await eventually(async () => expect(await page.locator('#notice[data-kind="error"] #notice-text').textContent()).toBe(message));
        expect(await page.locator('#notice').getAttribute('role')).toBe('alert');
        await idle(page);
        await page.locator('#notice-close').click();
      }

      // A spec that fails to load explains itself inside the picker.
      await setFail(page, ['listSpecEvents'], SCRIPT);
      await page.locator('#spec-select').selectOption({ index: 2 });
      await eventually(async () => expect(await page.locator('#spec-events').textContent()).toBe(SCRIPT));
      // The insert failure needs a loaded picker first.
      await setFail(page, ['insertSpecEvents'], SVG);
      await page.locator('#spec-select').selectOption({ index: 1 });
      await page.locator('#spec-events .pick').first().waitFor();
      await page.locator('#select-all').click();
      await page.locator('#insert-events').click();
      await eventually(async () => expect(await page.locator('#notice[data-kind="error"] #notice-text').textContent()).toBe(SVG));
    }));

  it('error notice: first loads that fail show the hostile message in each section', () =>
    onSidebar(
      async (page) => {
        expect(await page.locator('#overview-body').textContent()).toBe(SVG);
        expect(await page.locator('#rule-list').textContent()).toBe(SVG);
        expect(await page.locator('#spec-events').textContent()).toBe(SVG);
      },
      { fail: ['*'], failMessage: SVG },
    ));
});
