import { desktopMenuEn } from '../../../shared/i18n/desktop.en';

/**
 * The main process's English text for `desktop.menu.*` keys, read straight from the catalog
 * file the lead merges as `desktop.menu` (so these tests do not wait for the merge).
 */
export function englishText(key: string, values: Record<string, string> = {}): string {
  const name = key.replace(/^desktop\.menu\./, '') as keyof typeof desktopMenuEn;
  const template = desktopMenuEn[name];
  if (!key.startsWith('desktop.menu.') || template === undefined) throw new Error(`No English text for ${key}`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, placeholder: string) => values[placeholder] ?? `{{${placeholder}}}`);
}
