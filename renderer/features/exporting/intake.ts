import { useSyncExternalStore } from 'react';
import type { OpenedFile } from '../../../shared/ipc';
import type { Message } from '../../../shared/i18n';
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
import { translate } from '../../i18n';
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

const tm = (m: Message) => translate(m.key, m.values);

function refuse(fileName: string, reason: string): void {
  useUi.getState().notify({ tone: 'error', message: { key: 'exporting.fileRefused', values: { name: fileName, reason } } });
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
  const parsed = parseFileText(file.text, MAX_BACKUP_FILE_CHARS);
  if (!parsed.ok) return refuse(file.name, tm(parsed.message));
  const type = (parsed.data as { type?: unknown } | null)?.type;
  if (type === BACKUP_FILE_TYPE) {
    const backup = readBackupFile(parsed.data);
    if (!backup.ok) return refuseFile(file.name, backup);
    return setPending({ fileName: file.name, entries: backup.entries, exportedAt: backup.exportedAt });
  }
  if (file.text.length > MAX_WORKSHOP_FILE_CHARS) {
    return refuse(file.name, tm({ key: 'files.read.tooLarge', values: { size: megabytes(file.text.length), max: megabytes(MAX_WORKSHOP_FILE_CHARS) } }));
  }
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
      refuse(f.name, tm({ key: 'files.read.tooLarge', values: { size: megabytes(f.size), max: megabytes(MAX_BACKUP_FILE_CHARS) } }));
      continue;
    }
    const text = await f.text().catch(() => null);
    await takeFile({ name: f.name, text, problem: text === null ? 'unreadable' : null });
  }
}
