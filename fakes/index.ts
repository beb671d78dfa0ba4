/**
 * Public entry point of the Apps Script fakes used by the add-on's tests:
 * createFakeServices() builds one in-memory spreadsheet + Ui + services environment that
 * counts every service call; loadBundle() runs dist/Code.js against it in a vm context;
 * clickMenuItem() clicks the add-on menu by caption.
 */
import type { CallLog as CallLogT } from './calls';
import { createFakeServicesCore, type FakeServicesCore, type FakeServicesOptions } from './services';

export type CallLog = CallLogT;
export type { CallEntry, AuthModeName } from './calls';
export { FakeEnv, gasError } from './calls';
export type {
  FakeSpreadsheet,
  FakeSheet,
  FakeRange,
  FakeRangeList,
  FakeRowGroup,
  FakeDataValidation,
  FakeConditionalFormatRule,
  SheetDump,
  CfFormat,
  Toast,
} from './spreadsheet';
export {
  AuthMode,
  DataValidationCriteria,
  BooleanCriteria,
  GroupControlTogglePosition,
  BorderStyle,
  DEFAULT_ROWS,
  DEFAULT_COLUMNS,
  DEFAULT_COLUMN_WIDTH,
  MAX_GROUP_DEPTH,
} from './spreadsheet';
export type { FakeUi, FakeMenu, FakeHtmlOutput, MenuModel, MenuEntry, AlertRecord, DialogRecord } from './ui';
export { Button, ButtonSet } from './ui';
export type { FakeServicesOptions, LockScope, OtherHolder } from './services';
export { htmlFilesFromDir } from './services';
export { loadBundle, clickMenuItem, DEFAULT_BUNDLE, REPO_ROOT } from './load-bundle';
export type { BundleContext } from './load-bundle';
export { evaluateFormula, evaluateCondition } from './formula';
export { colToLetters, lettersToCol, parseA1, rangeA1, cellA1 } from './a1';

/**
 * One fake environment. `calls`, `spreadsheet`, `ui` and `globals` are the stable core;
 * the rest are extra handles and uncounted test helpers (see services.ts).
 */
export type FakeServices = FakeServicesCore;

export function createFakeServices(opts?: FakeServicesOptions): FakeServices {
  return createFakeServicesCore(opts);
}
