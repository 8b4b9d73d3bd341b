import { z } from 'zod';

/**
 * The one contract between the renderer and the main process. Every channel is declared here,
 * with the schema both sides validate its payload against.
 */
export const IPC_CHANNELS = {
  getAppInfo: 'app:get-info',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Where this renderer runs: the desktop app, or a plain browser (`npm run web`). */
  shell: z.enum(['electron', 'browser']),
  /** The operating system (Node's `process.platform`), or the browser's user agent platform. */
  os: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** What the renderer may ask of the operating system; in Electron the preload exposes exactly this. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
}

/** The global name under which the preload exposes the DesktopApi. */
export const DESKTOP_API_GLOBAL = 'desktop';
