import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { db } from './db';

/** Settings of this installation, shared by every window. */
export const SettingsSchema = z.object({
  /** 'system' follows the operating system's language. */
  language: z.string().min(2).max(20),
});
export type Settings = z.infer<typeof SettingsSchema>;

const KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = { language: 'system' };

function parse(value: unknown): Settings {
  const result = SettingsSchema.safeParse(value);
  return result.success ? result.data : DEFAULT_SETTINGS;
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
  return useLiveQuery(readSettings, []);
}
