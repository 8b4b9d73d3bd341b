import { WorkshopBundleSchema, type WorkshopBundle } from '../model/bundle';
import { upgradeBundle, isRecord, FutureVersionError } from './upgrade';
import { CURRENT_VERSION } from './version';
import { describeIssues, fileProblemText, type FileProblem } from './file-problems';
import { MAX_WORKSHOP_FILE_CHARS, parseFileText } from './file-text';
import { message, type Message } from '../i18n';

export const WORKSHOP_FILE_TYPE = 'outmodel-workshop';
export const BACKUP_FILE_TYPE = 'outmodel-backup';
export const APP_NAME = 'Outmodel';

/** Which program wrote a file, and which version of it. */
export interface AppStamp {
  name: string;
  version: string;
}

/** The fields every Outmodel file starts with, whatever it holds. */
export interface FileEnvelope<Type extends string> {
  type: Type;
  /** The version of the stored shape the file was written in (CURRENT_VERSION when written). */
  version: number;
  /** When it was written: an ISO timestamp. */
  exportedAt: string;
  app: AppStamp;
}

/** The lossless workshop file: an envelope around one workshop bundle. */
export type WorkshopFile = FileEnvelope<typeof WORKSHOP_FILE_TYPE> & WorkshopBundle;

export function envelope<Type extends string>(type: Type, exportedAt: string, appVersion: string): FileEnvelope<Type> {
  return { type, version: CURRENT_VERSION, exportedAt, app: { name: APP_NAME, version: appVersion } };
}

export function toWorkshopFile(bundle: WorkshopBundle, exportedAt: string, appVersion: string): WorkshopFile {
  return { ...envelope(WORKSHOP_FILE_TYPE, exportedAt, appVersion), ...bundle };
}

/** Where a file came from, as far as it says: for the import dialog, never trusted for anything else. */
export interface FileOrigin {
  /** The file's own version, before any upgrade. */
  version: number;
  exportedAt: string | null;
  /** "Outmodel 1.2.0" from `app`, or the `source` text files before `app` carried. */
  savedBy: string | null;
}

/** Why a file was refused: the headline, and where the damage is when the body was read. */
export interface ReadFailure {
  ok: false;
  message: Message;
  /** The first problems found, in the file's order (at most MAX_PROBLEMS). */
  problems: FileProblem[];
  /** How many problems were found in all. */
  problemCount: number;
}

export type ReadResult = ({ ok: true; bundle: WorkshopBundle } & FileOrigin) | ReadFailure;

export function failure(key: string, values?: Message['values'], problems: FileProblem[] = [], problemCount = problems.length): ReadFailure {
  return { ok: false, message: message(key, values), problems, problemCount };
}

const shortText = (value: unknown, max: number): string | null => (typeof value === 'string' && value.length > 0 ? value.slice(0, max) : null);

function savedByOf(data: Record<string, unknown>): string | null {
  const app = data.app;
  if (isRecord(app) && typeof app.name === 'string') return shortText([app.name, app.version].filter((p) => typeof p === 'string' && p).join(' '), 100);
  return shortText(data.source, 100);
}

/** The envelope of a parsed file of `type`: its version and origin, or why it is not one. */
export function readEnvelope(data: unknown, type: string): ({ ok: true } & FileOrigin) | ReadFailure {
  const fileType = isRecord(data) ? data.type : undefined;
  if (fileType !== type) {
    if (fileType === BACKUP_FILE_TYPE) return failure('files.read.isBackup');
    if (fileType === WORKSHOP_FILE_TYPE) return failure('files.read.isWorkshopFile');
    return failure(type === BACKUP_FILE_TYPE ? 'files.read.notBackupFile' : 'files.read.notWorkshopFile');
  }
  const file = data as Record<string, unknown>;
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return failure('files.read.noVersion');
  if (version > CURRENT_VERSION) return failure('files.read.futureVersion', { version, current: CURRENT_VERSION });
  return { ok: true, version, exportedAt: shortText(file.exportedAt, 40), savedBy: savedByOf(file) };
}

/**
 * Upgrades a raw bundle of `version` with the named migrations and validates it whole: the one
 * way a workshop gets into Outmodel from outside, for workshop files and backups alike.
 */
export function readBundleBody(raw: Record<string, unknown>, version: number): { ok: true; bundle: WorkshopBundle } | { ok: false; problems: FileProblem[]; problemCount: number } {
  let upgraded: Record<string, unknown>;
  try {
    upgraded = upgradeBundle(raw, version);
  } catch (error) {
    // readEnvelope has refused newer versions already; anything else is a bug to hear about.
    if (error instanceof FutureVersionError) return { ok: false, problems: [], problemCount: 0 };
    throw error;
  }
  const parsed = WorkshopBundleSchema.safeParse(upgraded);
  if (!parsed.success) return { ok: false, problems: describeIssues(upgraded, parsed.error.issues), problemCount: parsed.error.issues.length };
  return { ok: true, bundle: parsed.data };
}

/** Reads a parsed workshop file of any released version, upgrades it and validates it whole. */
export function readWorkshopFile(data: unknown): ReadResult {
  const origin = readEnvelope(data, WORKSHOP_FILE_TYPE);
  if (!origin.ok) return origin;
  const { type: _type, version: _version, exportedAt: _exportedAt, app: _app, source: _source, ...raw } = data as Record<string, unknown>;
  const body = readBundleBody(raw, origin.version);
  if (!body.ok) return failure('files.read.damaged', undefined, body.problems, body.problemCount);
  const { ok: _ok, ...rest } = origin;
  return { ok: true, bundle: body.bundle, ...rest };
}

/**
 * Reads the text of a workshop file: refuses it over MAX_WORKSHOP_FILE_CHARS, empty, cut off,
 * nested absurdly or not JSON before any of it is parsed into a workshop, then reads it whole.
 */
export function parseWorkshopFileText(text: string): ReadResult {
  const parsed = parseFileText(text, MAX_WORKSHOP_FILE_CHARS);
  if (!parsed.ok) return { ok: false, message: parsed.message, problems: [], problemCount: 0 };
  return readWorkshopFile(parsed.data);
}

/** A refusal as a person reads it: the headline, the first problem, and how many more there are. */
export function readFailureText(refusal: Pick<ReadFailure, 'message' | 'problems' | 'problemCount'>, tm: (m: Message) => string): string {
  const first = refusal.problems[0];
  const lines = [tm(refusal.message)];
  if (first) lines.push(fileProblemText(first, tm));
  const others = refusal.problemCount - 1;
  if (first && others > 0) lines.push(tm(message('files.read.moreProblems', { count: others })));
  return lines.join('\n');
}
