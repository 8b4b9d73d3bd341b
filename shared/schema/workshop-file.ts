import { WorkshopBundleSchema, type WorkshopBundle } from '../model/bundle';
import { SCHEMA_MESSAGE_VALUES } from '../model/common';
import { upgradeBundle, isRecord, FutureVersionError } from './upgrade';
import { CURRENT_VERSION } from './version';
import { message, type Message } from '../i18n';

export const WORKSHOP_FILE_TYPE = 'outmodel-workshop';

/** The lossless workshop file: an envelope around one workshop bundle. */
export interface WorkshopFile extends WorkshopBundle {
  type: typeof WORKSHOP_FILE_TYPE;
  version: number;
  source: string;
  exportedAt: string;
}

export function toWorkshopFile(bundle: WorkshopBundle, exportedAt: string, source = 'Outmodel'): WorkshopFile {
  return { type: WORKSHOP_FILE_TYPE, version: CURRENT_VERSION, source, exportedAt, ...bundle };
}

export type ReadResult = { ok: true; bundle: WorkshopBundle } | { ok: false; message: Message; detail?: Message };

/** Reads a parsed workshop file of any released version, upgrades it and validates it whole. */
export function readWorkshopFile(data: unknown): ReadResult {
  if (!isRecord(data) || data.type !== WORKSHOP_FILE_TYPE) {
    return { ok: false, message: message('errors.notWorkshopFile') };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: message('errors.fileNoVersion') };
  }
  const { type: _type, version: _version, source: _source, exportedAt: _exportedAt, ...raw } = data;
  let upgraded: Record<string, unknown>;
  try {
    upgraded = upgradeBundle(raw, version);
  } catch (error) {
    if (error instanceof FutureVersionError) return { ok: false, message: message('errors.fileFutureVersion', { version: error.version, current: CURRENT_VERSION }) };
    throw error;
  }
  const parsed = WorkshopBundleSchema.safeParse(upgraded);
  if (!parsed.success) {
    // Where the damage is, in the file's own terms (a field path, or the record that does not hold together).
    const first = parsed.error.issues[0];
    const detail = !first
      ? undefined
      : first.code === 'custom' && first.message.startsWith('integrity.')
        ? message(first.message, first.params as Message['values'])
        : /^(errors|validation)\./.test(first.message)
          ? message(first.message, SCHEMA_MESSAGE_VALUES[first.message])
          : undefined;
    const problem = first?.path.length ? first.path.join('.') : String(detail?.values?.what ?? detail?.values?.name ?? '?');
    return { ok: false, message: message('errors.fileDamaged', { problem }), ...(detail ? { detail } : {}) };
  }
  return { ok: true, bundle: parsed.data };
}
