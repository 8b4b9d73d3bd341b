import { db } from './db';

/**
 * What someone is typing and has not posted yet, kept so that a crash or a closed window does
 * not take it: a sticky being written in a lane's composer, or an edit in progress.
 */
const key = (name: string) => `draft:${name}`;

export async function readDraft(name: string): Promise<string> {
  const value = (await db.meta.get(key(name)))?.value as { text?: unknown } | undefined;
  return typeof value?.text === 'string' ? value.text : '';
}

export async function saveDraft(name: string, text: string): Promise<void> {
  if (text === '') await db.meta.delete(key(name));
  else await db.meta.put({ key: key(name), value: { text, savedAt: new Date().toISOString() } });
}

export function removeDraft(name: string): Promise<void> {
  return db.meta.delete(key(name));
}

/** Removes every draft typed in one workshop. */
export function removeWorkshopDrafts(workshopId: string): Promise<number> {
  return db.meta.where('key').startsWith(key(`${workshopId}/`)).delete();
}
