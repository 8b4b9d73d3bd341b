import { useEffect } from 'react';
import { useSettings } from '../db';
import { changeLanguage, resolveLanguage } from '../i18n';

/** Follows the language setting, in every window, as soon as any window changes it. */
export function useAppLanguage(): void {
  const settings = useSettings();
  useEffect(() => {
    if (settings) void changeLanguage(resolveLanguage(settings.language));
  }, [settings]);
}
