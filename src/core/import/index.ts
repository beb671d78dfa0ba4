/** Import from other tools' tracking plans: read files, then lay their rows out on the template tabs. */
export { readImportFiles, looksLikeRudderYaml } from './read-import';
export type { ImportFile, ReadOptions } from './read-import';
export { layOutImport, allowedValuesCell, applyAppend, importTarget, IMPORT_TABS } from './layout';
export type { ImportTarget, ImportLayout, ImportConflict, TabAppend, ImportCell, ImportCounts, ImportTabKind } from './layout';
export type { ImportedPlan, ImportedEvent, ImportedField, ImportedPage, ImportFormat } from './types';
export { importIntoSheets } from './into-sheets';
export type { SheetsAfterImport, SheetWithExtent } from './into-sheets';
