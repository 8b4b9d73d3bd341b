import { useSyncExternalStore } from 'react';
import type { OpenedFile } from '../../../shared/ipc';
import {
  BACKUP_FILE_TYPE,
  MAX_BACKUP_FILE_CHARS,
  MAX_WORKSHOP_FILE_CHARS,
  isWithinFileSize,
  megabytes,
  parseFileText,
  readBackupFile,
  readFailureText,
  readWorkshopFile,
  type BackupEntry,
  type ReadFailure,
} from '../../../shared/schema';
import { importWorkshopAction, perform } from '../../actions';
import { navigate } from '../../app/route';
import { translate, translateMessage } from '../../i18n';
import { useUi } from '../../state';

/** A backup waiting for the facilitator to choose which workshops to restore. */
export interface PendingRestore {
  fileName: string;
  entries: BackupEntry[];
  exportedAt: string | null;
}

let pending: PendingRestore | null = null;
const listeners = new Set<() => void>();
function setPending(next: PendingRestore | null): void {
  pending = next;
  listeners.forEach((l) => l());
}

export function usePendingRestore(): PendingRestore | null {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => pending,
  );
}
export const dismissRestore = () => setPending(null);

const tm = translateMessage;

function refuse(fileName: string, reason: string): void {
  useUi.getState().notify({ tone: 'error', message: { key: 'exporting.fileRefused', values: { name: fileName, reason } } });
}

const tooLarge = (size: number, max: number) => tm({ key: 'files.read.tooLarge', values: { size: megabytes(size), max: megabytes(max) } });

/** How much of a file's start is looked at to see whether it is a backup: Outmodel writes the type first. */
const HEAD_CHARS = 256;
const BACKUP_START = `{"type":"${BACKUP_FILE_TYPE}"`;

/**
 * Only a backup may be larger than a workshop file. Whether a file says it is one shows in its
 * first characters, so anything else that large is refused before it is read or parsed whole:
 * a huge file must not keep the app busy only to be refused.
 */
function oversizedReason(size: number, head: string): string | null {
  if (isWithinFileSize(size, MAX_WORKSHOP_FILE_CHARS)) return null;
  if (head.replace(/^\uFEFF/, '').replace(/\s+/g, '').startsWith(BACKUP_START)) return null;
  return tooLarge(size, MAX_WORKSHOP_FILE_CHARS);
}

/** Says why a file was refused, naming the file: which item, which field, what is wrong. */
export function refuseFile(fileName: string, refusal: Pick<ReadFailure, 'message' | 'problems' | 'problemCount'>): void {
  refuse(fileName, readFailureText(refusal, tm));
}

/**
 * A file the facilitator gave the app (import button, a drop on the window, a double-click in
 * the system): a workshop file is imported as a new workshop and opened; a backup asks which
 * workshops to restore. Anything else is refused with the reason, and nothing changes.
 */
export async function takeFile(file: OpenedFile): Promise<void> {
  if (file.text === null) {
    const reason = file.problem === 'too-large' ? translate('exporting.tooLargeToOpen', { max: megabytes(MAX_BACKUP_FILE_CHARS) }) : translate('exporting.unreadable');
    return refuse(file.name, reason);
  }
  const oversized = oversizedReason(file.text.length, file.text.slice(0, HEAD_CHARS));
  if (oversized) return refuse(file.name, oversized);
  const parsed = parseFileText(file.text, MAX_BACKUP_FILE_CHARS);
  if (!parsed.ok) return refuse(file.name, tm(parsed.message));
  const type = (parsed.data as { type?: unknown } | null)?.type;
  if (type === BACKUP_FILE_TYPE) {
    const backup = readBackupFile(parsed.data);
    if (!backup.ok) return refuseFile(file.name, backup);
    return setPending({ fileName: file.name, entries: backup.entries, exportedAt: backup.exportedAt });
  }
  // It began like a backup but is not one, and is too large for a workshop file.
  if (file.text.length > MAX_WORKSHOP_FILE_CHARS) return refuse(file.name, tooLarge(file.text.length, MAX_WORKSHOP_FILE_CHARS));
  const read = readWorkshopFile(parsed.data);
  if (!read.ok) return refuseFile(file.name, read);
  const imported = await perform(importWorkshopAction, { bundle: read.bundle });
  if (!imported) return;
  useUi.getState().notify({ tone: 'info', message: { key: 'exporting.imported', values: { title: imported.workshop.title } } });
  navigate({ name: 'workshop', id: imported.workshop.id });
}

/** Reads files a person picked or dropped, one after the other. */
export async function takeBrowserFiles(files: Iterable<File>): Promise<void> {
  for (const f of files) {
    // Larger than any file the app opens: refuse before reading it into memory.
    if (!isWithinFileSize(f.size, MAX_BACKUP_FILE_CHARS)) {
      refuse(f.name, tooLarge(f.size, MAX_BACKUP_FILE_CHARS));
      continue;
    }
    // Larger than a workshop file: read only its start, to see whether it is a backup.
    const head = isWithinFileSize(f.size, MAX_WORKSHOP_FILE_CHARS) ? '' : await f.slice(0, HEAD_CHARS).text().catch(() => '');
    const oversized = oversizedReason(f.size, head);
    if (oversized) {
      refuse(f.name, oversized);
      continue;
    }
    const text = await f.text().catch(() => null);
    await takeFile({ name: f.name, text, problem: text === null ? 'unreadable' : null });
  }
}
