/**
 * The Import section: the chosen file is read in the browser as text and
 * sent to the server in one call (google.script.run carries a few megabytes;
 * bigger files are refused here, before sending). The answer lists the
 * conflicts (names already in the plan) as cells to jump to, and the notes
 * about what the file held that the sheet has no place for.
 */
import type { ImportConflictDto, ImportFileDto, ImportResultDto } from '../../src/gas/api-types';
import { h, replace } from './dom';
import { tabReference } from '../../src/core/a1';

/** Bytes; a little under the server's character limit, since UTF-8 takes at least one byte a character. */
export const MAX_IMPORT_BYTES = 4_000_000;

export function readImportFile(file: File): Promise<ImportFileDto> {
  if (file.size > MAX_IMPORT_BYTES) {
    return Promise.reject(new Error(`${file.name} is too large to import from the sidebar (over 4 MB): use "npx tracking-plan import" on your computer.`));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, content: String(reader.result ?? '') });
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.readAsText(file);
  });
}

export interface ImportActions {
  select: (conflict: ImportConflictDto) => void;
}

export function renderImportResult(container: HTMLElement, result: ImportResultDto, actions: ImportActions): void {
  const conflicts = result.conflicts.map((conflict) => {
    const where = tabReference(conflict.tab, conflict.a1);
    const target = h(
      'button',
      { className: 'finding-target', attrs: { type: 'button', title: `Select ${where}` } },
      h('span', { className: 'finding-where' }, where),
      h('span', { className: 'finding-message' }, conflict.message),
    );
    target.addEventListener('click', () => actions.select(conflict));
    return h('li', { className: 'finding import-conflict' }, target);
  });
  replace(
    container,
    h('p', { className: 'import-message' }, result.message),
    conflicts.length
      ? h(
          'div',
          { className: 'import-conflicts' },
          h(
            'p',
            { className: 'help' },
            `${conflicts.length === 1 ? 'This name is' : 'These names are'} already in the plan; the imported ${conflicts.length === 1 ? 'one was' : 'ones were'} not added. Compare and update by hand if needed:`,
          ),
          h('ul', { className: 'findings' }, ...conflicts),
        )
      : null,
    result.notes.length ? h('div', { className: 'callout import-notes' }, h('ul', {}, ...result.notes.map((n) => h('li', {}, n)))) : null,
  );
}
