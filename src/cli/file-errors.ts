/**
 * File-system failures as one line a person can act on ("the folder out/
 * does not exist", "permission denied"), never a stack trace: every read and
 * write of the command line goes through here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../core/errors';

/** What a Node file-system error code means, in words. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a file is in the way where a folder should be',
  EISDIR: 'it is a folder',
  EEXIST: 'a file with that name is in the way',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'the file is in use',
};

export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  // By shape, not instanceof: errors made in another realm (a vm, jest) are not this realm's Error.
  if (typeof error !== 'object' || error === null) return false;
  const e = error as NodeJS.ErrnoException;
  return typeof e.code === 'string' && typeof e.syscall === 'string' && typeof e.message === 'string';
}

/** "permission denied", or the system's own words for a code not listed. */
export function fileErrorReason(error: unknown): string {
  if (isFileSystemError(error)) return REASONS[error.code!] ?? error.message.replace(/^[A-Z]+:\s*/, '').replace(/,\s*\w+ '.*'$/, '');
  return error && typeof (error as Error).message === 'string' ? (error as Error).message : String(error);
}

/** Makes the output folder (and its parents), or says in one line why it cannot. */
export function ensureFolder(dir: string, display: string = dir): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = isFileSystemError(error) ? error.code : undefined;
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new UserError(`Cannot write into ${display}: a file is in the way where a folder should be. Give -o a folder, or move the file.`);
    throw new UserError(`Cannot create the folder ${display}: ${fileErrorReason(error)}.`);
  }
}

/** Writes one output file, or says in one line why it cannot. */
export function writeOutput(path: string, content: string | Uint8Array, display: string = path): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new UserError(writeFailure(error, path, display));
  }
}

/** The one-line message for a failed write of `path`. */
export function writeFailure(error: unknown, path: string, display: string = path): string {
  const code = isFileSystemError(error) ? error.code : undefined;
  if (code === 'ENOENT') return `Cannot write ${display}: the folder ${dirname(display)} does not exist. Create it first, or give another path.`;
  if (code === 'EISDIR') return `Cannot write ${display}: a folder with that name is in the way.`;
  if (code === 'ENOTDIR') return `Cannot write ${display}: a file is in the way where a folder should be.`;
  return `Cannot write ${display}: ${fileErrorReason(error)}.`;
}
