/**
 * Fakes of the Ui (menus, alerts, prompts, sidebars, dialogs) and of HtmlService.
 * The Ui records everything shown so tests can inspect it with its `test*` helpers
 * (uncounted); alert/prompt answers can be queued with testQueueResponse.
 */
import { type FakeEnv, FakeObject, gasError } from './calls';
import type { FakeSpreadsheet, Toast } from './spreadsheet';

export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export type MenuEntry = { type: 'item'; caption: string; functionName: string } | { type: 'separator' } | { type: 'submenu'; caption: string; menu: MenuModel };
export interface MenuModel {
  title: string;
  addon: boolean;
  entries: MenuEntry[];
}
export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  response: string;
}
export interface PromptRecord extends AlertRecord {
  text: string;
}
/** The user's answer to an alert or prompt: the button clicked and the text typed (prompt only). */
interface Answer {
  button: string;
  text: string;
}
export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width?: number;
  height?: number;
}

/** What appendUntrusted and a template's `<?= ?>` do to text: HtmlService escapes these five characters. */
function escapeHtml(text: unknown): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export class FakeMenu extends FakeObject {
  readonly _entries: MenuEntry[] = [];
  constructor(
    env: FakeEnv,
    private _ui: FakeUi,
    readonly _title: string,
    readonly _addon: boolean,
  ) {
    super(env, 'Menu');
  }
  addItem(caption: string, functionName: string): FakeMenu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') throw gasError('Invalid argument: caption or functionName');
    this._entries.push({ type: 'item', caption, functionName });
    return this;
  }
  addSeparator(): FakeMenu {
    this._entries.push({ type: 'separator' });
    return this;
  }
  addSubMenu(menu: FakeMenu): FakeMenu {
    this._entries.push({ type: 'submenu', caption: menu._title, menu: menu._model() });
    return this;
  }
  addToUi(): void {
    this._ui._menus.push(this._model());
  }
  _model(): MenuModel {
    return {
      title: this._title,
      addon: this._addon,
      entries: this._entries.map((e) => (e.type === 'submenu' ? { ...e, menu: JSON.parse(JSON.stringify(e.menu)) } : { ...e })),
    };
  }
}

export class FakePromptResponse extends FakeObject {
  constructor(
    env: FakeEnv,
    readonly _answer: Answer,
  ) {
    super(env, 'PromptResponse');
  }
  getResponseText(): string {
    return this._answer.text;
  }
  getSelectedButton(): string {
    return this._answer.button;
  }
}

export class FakeHtmlOutput extends FakeObject {
  _title = '';
  _width?: number;
  _height?: number;
  _sandbox: string = SandboxMode.IFRAME;
  _xframe: string = XFrameOptionsMode.DEFAULT;
  constructor(
    env: FakeEnv,
    public _content: string,
  ) {
    super(env, 'HtmlOutput');
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): FakeHtmlOutput {
    this._content = String(content);
    return this;
  }
  append(html: string): FakeHtmlOutput {
    this._content += String(html);
    return this;
  }
  appendUntrusted(text: string): FakeHtmlOutput {
    this._content += escapeHtml(text);
    return this;
  }
  clear(): FakeHtmlOutput {
    this._content = '';
    return this;
  }
  setTitle(title: string): FakeHtmlOutput {
    this._title = String(title);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(width: number): FakeHtmlOutput {
    this._width = width;
    return this;
  }
  getWidth(): number | undefined {
    return this._width;
  }
  setHeight(height: number): FakeHtmlOutput {
    this._height = height;
    return this;
  }
  getHeight(): number | undefined {
    return this._height;
  }
  setSandboxMode(mode: string): FakeHtmlOutput {
    this._sandbox = mode;
    return this;
  }
  setXFrameOptionsMode(mode: string): FakeHtmlOutput {
    this._xframe = mode;
    return this;
  }
  addMetaTag(_name: string, _content: string): FakeHtmlOutput {
    return this;
  }
  setFaviconUrl(_url: string): FakeHtmlOutput {
    return this;
  }
}

/**
 * HtmlTemplate: `<?= expr ?>` (escaped), `<?!= expr ?>` (raw) and `<? code ?>` scriptlets,
 * evaluated with the template's assigned properties in scope (like Apps Script).
 */
export class FakeHtmlTemplate extends FakeObject {
  [key: string]: unknown;
  constructor(
    env: FakeEnv,
    readonly _source: string,
  ) {
    super(env, 'HtmlTemplate');
  }
  getRawContent(): string {
    return this._source;
  }
  evaluate(): FakeHtmlOutput {
    let code = 'let __out = "";\n';
    const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this._source))) {
      code += `__out += ${JSON.stringify(this._source.slice(last, m.index))};\n`;
      if (m[1] === '=') code += `__out += __esc(${m[2]});\n`;
      else if (m[1] === '!=') code += `__out += String(${m[2]});\n`;
      else code += `${m[2]}\n`;
      last = re.lastIndex;
    }
    code += `__out += ${JSON.stringify(this._source.slice(last))};\nreturn __out;`;
    const data: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (!k.startsWith('_')) data[k] = this[k];
    const fn = new Function('__esc', ...Object.keys(data), code);
    return new FakeHtmlOutput(this._env, fn(escapeHtml, ...Object.values(data)));
  }
}

export class FakeHtmlService extends FakeObject {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(
    env: FakeEnv,
    public _files: Record<string, string>,
  ) {
    super(env, 'HtmlService');
  }
  private _file(name: string): string {
    const key = String(name).replace(/\.html$/, '');
    const src = this._files[key] ?? this._files[`${key}.html`];
    if (src === undefined) throw gasError(`No HTML file named ${name} was found.`);
    return src;
  }
  createHtmlOutput(html?: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this._env, html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this._env, this._file(filename));
  }
  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this._env, String(html));
  }
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this._env, this._file(filename));
  }
  /** Add or replace project HTML files (name without .html). */
  testSetFiles(files: Record<string, string>): void {
    Object.assign(this._files, files);
  }
}

export class FakeUi extends FakeObject {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  _menus: MenuModel[] = [];
  _alerts: AlertRecord[] = [];
  _prompts: PromptRecord[] = [];
  _dialogs: DialogRecord[] = [];
  _queue: Answer[] = [];
  constructor(
    env: FakeEnv,
    private _ss: FakeSpreadsheet,
    private _addonName: string,
  ) {
    super(env, 'Ui');
  }

  private _answer(buttons: string): Answer {
    const q = this._queue.shift();
    if (q) return q;
    // No queued answer: the user clicks the first (affirmative) button.
    return { button: buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK, text: '' };
  }
  /** The Apps Script add-on menu title is the add-on's name. */
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this._env, this, this._addonName, true);
  }
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this._env, this, String(caption), false);
  }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons); prompt takes the same arguments. */
  private _ask(a: string, b?: string, c?: string): { asked: AlertRecord; text: string } {
    const [title, prompt, buttons] = c !== undefined ? [String(a), String(b), c] : ['', String(a), b !== undefined ? b : ButtonSet.OK];
    const answer = this._answer(buttons);
    return { asked: { title, prompt, buttons, response: answer.button }, text: answer.text };
  }
  alert(a: string, b?: string, c?: string): string {
    const { asked } = this._ask(a, b, c);
    this._alerts.push(asked);
    return asked.response;
  }
  prompt(a: string, b?: string, c?: string): FakePromptResponse {
    const { asked, text } = this._ask(a, b, c);
    this._prompts.push({ ...asked, text });
    return new FakePromptResponse(this._env, { button: asked.response, text });
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    this._show('sidebar', userInterface);
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this._show('modal', userInterface, title);
  }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this._show('modeless', userInterface, title);
  }
  private _show(kind: DialogRecord['kind'], out: FakeHtmlOutput, title?: string): void {
    if (!(out instanceof FakeHtmlOutput)) throw gasError(`The parameters (${typeof out}) don't match the method signature for Ui.show.`);
    this._dialogs.push({ kind, title: title ?? out._title, html: out._content, width: out._width, height: out._height });
  }

  // --- test helpers (not counted) ---
  /** Menus added with addToUi, oldest first. */
  testMenus(): MenuModel[] {
    return JSON.parse(JSON.stringify(this._menus));
  }
  /** The last add-on menu added (what the user sees under Extensions), or null. */
  testAddonMenu(): MenuModel | null {
    const m = [...this._menus].reverse().find((x) => x.addon);
    return m ? JSON.parse(JSON.stringify(m)) : null;
  }
  testAlerts(): AlertRecord[] {
    return this._alerts.map((a) => ({ ...a }));
  }
  testPrompts(): PromptRecord[] {
    return this._prompts.map((a) => ({ ...a }));
  }
  testToasts(): Toast[] {
    return this._ss._toasts.map((t) => ({ ...t }));
  }
  testDialogs(): DialogRecord[] {
    return this._dialogs.map((d) => ({ ...d }));
  }
  /** HTML of the last sidebar shown, or null. */
  testSidebarHtml(): string | null {
    const d = [...this._dialogs].reverse().find((x) => x.kind === 'sidebar');
    return d ? d.html : null;
  }
  testSidebar(): DialogRecord | null {
    const d = [...this._dialogs].reverse().find((x) => x.kind === 'sidebar');
    return d ? { ...d } : null;
  }
  /** Answer the next alert/prompt with this button (and prompt text). */
  testQueueResponse(button: string, text = ''): void {
    this._queue.push({ button, text });
  }
  testClear(): void {
    this._menus = [];
    this._alerts = [];
    this._prompts = [];
    this._dialogs = [];
    this._ss._toasts = [];
  }
}
