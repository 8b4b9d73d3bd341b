import { z } from 'zod';
import { db } from './db';
import { useTablesRead } from './table-read';
import { DEFAULT_SNAPSHOTS_KEPT, MAX_SNAPSHOTS_KEPT } from '../../shared/ipc/constants';

/** Settings of this installation, shared by every window. */
export const SettingsSchema = z.object({
  /** 'system' follows the operating system's language. */
  language: z.string().min(2).max(20),
  /** How long before a phase's end the timer warns. */
  warningSeconds: z.number().int().min(0).max(3600),
  chimeMuted: z.boolean(),
  /** 0 to 1. */
  chimeVolume: z.number().min(0).max(1),
  /** How many snapshots each workshop keeps. */
  snapshotsKept: z.number().int().min(1).max(MAX_SNAPSHOTS_KEPT),
});
export type Settings = z.infer<typeof SettingsSchema>;

const KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = { language: 'system', warningSeconds: 60, chimeMuted: false, chimeVolume: 0.8, snapshotsKept: DEFAULT_SNAPSHOTS_KEPT };

/** Stored settings, with defaults for anything missing or damaged (settings added later included). */
function parse(value: unknown): Settings {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (SettingsSchema.shape[key].safeParse(stored[key]).success) out[key] = stored[key];
  }
  return out as Settings;
}

export async function readSettings(): Promise<Settings> {
  return parse((await db.meta.get(KEY))?.value);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.meta, async () => {
    const next = SettingsSchema.parse({ ...(await readSettings()), ...patch });
    await db.meta.put({ key: KEY, value: next });
    return next;
  });
}

export function useSettings(): Settings | undefined {
  return useTablesRead(['meta'], readSettings, []);
}
