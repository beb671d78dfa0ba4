/**
 * The Export section: each file the server returns is offered as a download
 * made from a Blob in the page, so nothing leaves the browser for another
 * site and no Drive access is needed.
 */
import type { ExportFileDto } from '../../src/gas/api-types';
import { h, replace } from './dom';

const urls: string[] = [];

export function renderDownloads(list: HTMLElement, files: readonly ExportFileDto[], autoDownload: boolean): void {
  while (urls.length) URL.revokeObjectURL(urls.pop()!);
  replace(
    list,
    ...files.map((file) => {
      const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType || 'application/octet-stream' }));
      urls.push(url);
      const link = h('a', { attrs: { href: url, download: file.filename } }, file.filename);
      return h('li', {}, link);
    }),
  );
  if (autoDownload) for (const link of Array.from(list.querySelectorAll('a'))) link.click();
}
