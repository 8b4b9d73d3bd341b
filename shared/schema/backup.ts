import type { WorkshopBundle } from '../model/bundle';
import type { WorkshopId } from '../model/common';
import type { Workshop } from '../model/workshop';
import { message, type Message } from '../i18n';
import { isRecord } from './upgrade';
import type { FileProblem } from './file-problems';
import { MAX_BACKUP_FILE_CHARS, parseFileText } from './file-text';
import {
  BACKUP_FILE_TYPE,
  envelope,
  failure,
  readBundleBody,
  readEnvelope,
  type FileEnvelope,
  type FileOrigin,
  type ReadFailure,
} from './workshop-file';

/** Every workshop of this computer in one file: what "Back up all workshops" writes. */
export type BackupFile = FileEnvelope<typeof BACKUP_FILE_TYPE> & { workshops: WorkshopBundle[] };

/** More workshops than any library holds; a list longer than this is not a backup of ours. */
export const MAX_BACKUP_WORKSHOPS = 1000;

export function toBackupFile(bundles: readonly WorkshopBundle[], exportedAt: string, appVersion: string): BackupFile {
  return { ...envelope(BACKUP_FILE_TYPE, exportedAt, appVersion), workshops: [...bundles] };
}

/** One workshop of a backup, numbered from 1 in the file's order; a damaged one says why. */
export type BackupEntry =
  | { position: number; id: WorkshopId; title: string; usable: true; bundle: WorkshopBundle }
  | { position: number; id: string | null; title: string | null; usable: false; message: Message; problems: FileProblem[]; problemCount: number };

export type BackupReadResult = ({ ok: true; entries: BackupEntry[] } & FileOrigin) | ReadFailure;

const textOr = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : null);

const ENTRY_MESSAGES = {
  damaged: ['files.backup.damaged', 'files.backup.damagedUntitled'],
  duplicate: ['files.backup.duplicate', 'files.backup.duplicateUntitled'],
} as const;

function damaged(position: number, id: string | null, title: string | null, why: keyof typeof ENTRY_MESSAGES, problems: FileProblem[] = [], problemCount = problems.length): BackupEntry {
  const [named, untitled] = ENTRY_MESSAGES[why];
  const text = title ? message(named, { number: position, title }) : message(untitled, { number: position });
  return { position, id, title, usable: false, message: text, problems, problemCount };
}

/**
 * Reads a backup of all workshops. The envelope is checked as a workshop file's is, and a wrong
 * one refuses the whole file; then each workshop is upgraded and validated on its own, so one
 * damaged workshop does not keep the others from being restored: the restore dialog lists every
 * workshop, the damaged ones with what is wrong.
 */
export function readBackupFile(data: unknown): BackupReadResult {
  const origin = readEnvelope(data, BACKUP_FILE_TYPE);
  if (!origin.ok) return origin;
  const workshops = (data as Record<string, unknown>).workshops;
  if (!Array.isArray(workshops)) {
    return failure('files.read.damagedBackup', undefined, [{ item: message('files.table.workshops'), reason: message(workshops === undefined ? 'files.reason.missing' : 'files.reason.notList') }]);
  }
  if (workshops.length > MAX_BACKUP_WORKSHOPS) {
    return failure('files.read.damagedBackup', undefined, [{ item: message('files.table.workshops'), reason: message('files.reason.tooMany', { max: MAX_BACKUP_WORKSHOPS }) }]);
  }
  const seen = new Set<string>();
  const entries = workshops.map((raw: unknown, i): BackupEntry => {
    const position = i + 1;
    const workshop = isRecord(raw) && isRecord(raw.workshop) ? raw.workshop : undefined;
    const id = textOr(workshop?.id);
    const title = textOr(workshop?.title);
    if (!isRecord(raw)) return damaged(position, id, title, 'damaged');
    const body = readBundleBody(raw, origin.version);
    if (!body.ok) return damaged(position, id, title, 'damaged', body.problems, body.problemCount);
    const bundle = body.bundle;
    if (seen.has(bundle.workshop.id)) return damaged(position, id, title, 'duplicate');
    seen.add(bundle.workshop.id);
    return { position, id: bundle.workshop.id, title: bundle.workshop.title, usable: true, bundle };
  });
  const { ok: _ok, ...rest } = origin;
  return { ok: true, entries, ...rest };
}

/** Reads the text of a backup file, with the same checks as a workshop file's and a larger size bound. */
export function parseBackupFileText(text: string): BackupReadResult {
  const parsed = parseFileText(text, MAX_BACKUP_FILE_CHARS);
  if (!parsed.ok) return { ok: false, message: parsed.message, problems: [], problemCount: 0 };
  return readBackupFile(parsed.data);
}

/** What restoring the chosen workshops of a backup will do, for the confirmation. */
export interface RestorePlan {
  /** Workshops of this computer that the backup's copy replaces (their current title, too). */
  replace: { id: WorkshopId; title: string; currentTitle: string }[];
  /** Workshops this computer does not have: they are added. */
  add: { id: WorkshopId; title: string }[];
  /** Chosen ids the backup cannot restore: not in it, or damaged there. */
  refused: string[];
}

/** For each chosen workshop: whether it replaces the workshop of the same id here, or is added. */
export function planRestore(entries: readonly BackupEntry[], chosenIds: readonly string[], existing: readonly Pick<Workshop, 'id' | 'title'>[]): RestorePlan {
  const here = new Map<string, string>(existing.map((w) => [w.id, w.title]));
  const usable = new Map(entries.flatMap((e) => (e.usable ? [[e.id as string, e] as const] : [])));
  const plan: RestorePlan = { replace: [], add: [], refused: [] };
  for (const id of new Set(chosenIds)) {
    const entry = usable.get(id);
    if (!entry?.usable) plan.refused.push(id);
    else if (here.has(id)) plan.replace.push({ id: entry.id, title: entry.title, currentTitle: here.get(id)! });
    else plan.add.push({ id: entry.id, title: entry.title });
  }
  return plan;
}
