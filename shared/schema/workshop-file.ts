import { WorkshopBundleSchema, type WorkshopBundle } from '../model/bundle';
import { upgradeBundle, isRecord, FutureVersionError } from './upgrade';
import { CURRENT_VERSION } from './version';

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

export type ReadResult = { ok: true; bundle: WorkshopBundle } | { ok: false; message: string };

/** Reads a parsed workshop file of any released version, upgrades it and validates it whole. */
export function readWorkshopFile(data: unknown): ReadResult {
  if (!isRecord(data) || data.type !== WORKSHOP_FILE_TYPE) {
    return { ok: false, message: 'This is not an Outmodel workshop file.' };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: 'This workshop file has no valid version number.' };
  }
  const { type: _type, version: _version, source: _source, exportedAt: _exportedAt, ...raw } = data;
  let upgraded: Record<string, unknown>;
  try {
    upgraded = upgradeBundle(raw, version);
  } catch (error) {
    if (error instanceof FutureVersionError) return { ok: false, message: error.message };
    throw error;
  }
  const parsed = WorkshopBundleSchema.safeParse(upgraded);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length ? ` (at ${first.path.join('.')})` : '';
    return { ok: false, message: `This workshop file is damaged and was not imported: ${first?.message ?? 'unknown problem'}${where}.` };
  }
  return { ok: true, bundle: parsed.data };
}
