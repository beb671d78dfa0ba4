/**
 * The add-on's public surface: exactly the functions Apps Script may call
 * (triggers, menu items, google.script.run targets). The build turns each
 * export into a top-level function declaration in dist/Code.js.
 */
export {
  onOpen,
  onInstall,
  menuOpenSidebar,
  menuSetUpTemplate,
  menuInsertB2bSaas,
  menuInsertEcommerceV2,
  menuInsertMobile,
  menuInsertVideo,
  menuCheckConventions,
  menuClearChecks,
  menuMinimizeRows,
  menuResetRows,
  getOverview,
  checkNow,
  clearChecks,
  fixFinding,
  fixAllOfRule,
  selectCell,
  listSpecs,
  listSpecEvents,
  insertSpecEvents,
  setUpTemplate,
  minimizeRows,
  resetRows,
  repairRowGroups,
  getSettings,
  saveSettings,
  exportPlan,
  getChangeStamp,
  getSidebarState,
  previewFixAll,
  undoLastFix,
  acceptFinding,
  unacceptFinding,
} from './gas/entry-points';
export { onEdit } from './gas/live-check';
