import { AppInfoSchema, DESKTOP_API_GLOBAL, type DesktopApi } from '../../shared/ipc';

declare const __APP_VERSION__: string;

/** In a plain browser (`npm run web`) the same contract is served by the browser itself. */
const browserDesktopApi: DesktopApi = {
  getAppInfo: async () =>
    AppInfoSchema.parse({ name: 'Outmodel', version: __APP_VERSION__, shell: 'browser', os: navigator.platform || 'unknown' }),
};

function pick(): DesktopApi {
  const exposed = (window as unknown as Record<string, unknown>)[DESKTOP_API_GLOBAL];
  return (exposed as DesktopApi | undefined) ?? browserDesktopApi;
}

/** The operating system's services: Electron's preload bridge, or the browser fallback. */
export const desktop: DesktopApi = pick();
